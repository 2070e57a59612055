"""Emoji bullets read as list marks, with every offset kept.

Every text here is written for these tests.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from skytally.documents import make_document
from skytally.extract import extract_document
from skytally.extract.pictographs import as_marks

POST = ("У ніч на 5 березня противник атакував Україну 40 засобами повітряного нападу:\n"
        "🔹 3 крилаті ракети Х-101 – з району Енгельса;\n"
        "▪️ 37 ударних БпЛА типу Shahed – з напрямків Курськ, Орел.\n"
        "✅ Збито 30 БпЛА.")


def test_emoji_bullets_open_list_items() -> None:
    extraction = extract_document(make_document(text=POST, published="2026-03-05T07:00:00Z"))
    assert {(c.outcome.value, c.weapon.value if c.weapon else None, c.n) for c in extraction.claims} == {
        ("launched", "any", 40), ("launched", "missile", 3), ("launched", "drone", 37),
        ("shot_down", "drone", 30)}
    for claim in extraction.claims:  # spans still point into the text as given
        assert POST[claim.evidence.start:claim.evidence.end].strip()


@given(st.text())
def test_marks_keep_length_and_every_other_character(text: str) -> None:
    marked = as_marks(text)
    assert len(marked) == len(text)
    assert all(a == b or b in "• " for a, b in zip(text, marked, strict=True))
