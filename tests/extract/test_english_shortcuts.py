"""Cheap ways the English grammar answers a question give the answer of the plain pattern.

Each shortcut (a ``str.find`` walk instead of a regex search, a word index instead of a
scan) is checked here against the pattern it replaces, on text built to hit the edges.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import patterns as px
from skytally.extract.english import casualty_stems, names_people
from skytally.extract.segment import Span
from skytally.extract.triggers import fold

PIECES = (*px.CASUALTY_STEMS, "ki", "ll", "deat", "h", "skilled", "Killed", "LIFE", "İ", "ı", " ", ".", "\n")
TEXT = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 40), st.integers(0, 40))
def test_casualty_pieces_are_found_where_the_pattern_finds_them(text: str, a: int, b: int) -> None:
    low = fold(text)
    span = Span(min(a, b, len(low)), min(max(a, b), len(low)))
    found = px.CASUALTY_WORD_RE.search(low, span.start, span.end) is not None
    assert names_people(casualty_stems(low), span) == found
