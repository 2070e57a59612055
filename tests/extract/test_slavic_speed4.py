"""The fourth speed pass of the Slavic grammar changes no segment or token."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.slavic_segments import BOUNDARY
from skytally.extract.slavic_tokens import Tag, tokenize

# The sentence boundary as written before: a look-ahead for the mark, then one branch per kind.
PLAIN_BOUNDARY = re.compile(
    r"(?=[\n;.!?…])(?:\n+|;|(?<!\bобл)(?<!\bм)(?<!\bг)(?<!\bр)(?<!\bс)(?<!\bт\.ч)(?<!\bін)(?<!\bтис)(?<!\bмлн)"
    r"[.!?…]+(?=\s+[«\"“(\-–—•]?[А-ЯІЇЄҐA-Z0-9\U0001F300-\U0001FAFF\u2600-\u27BF]))"
)
PIECES = ["Збито", "обл", "м", "г", "т.ч", "тис", "млн", "ін", "у", " ", "  ", "\n", "\n\n", ".", "..", "!",
          "?", "…", ";", ",", "«", "\"", "(", "-", "–", "•", "Б", "A", "7", "\U0001F680", "☀", "x", "ſ", "_"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=60)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_boundaries_are_those_of_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in BOUNDARY.finditer(text)] == [m.span() for m in PLAIN_BOUNDARY.finditer(text)]


def test_tokens_are_columns_with_merged_number_words() -> None:
    tokens = tokenize("Збито двадцять одну ракету, 5 тисяч БпЛА; 1,5 тисячі")
    assert tokens.texts == ["Збито", "двадцять одну", "ракету", ",", "5 тисяч", "БпЛА", ";", "1,5 тисячі"]
    assert tokens.values == [0, 21, 0, 0, 5000, 0, 0, 1500]
    assert tokens.numbers == [1, 4, 7]
    assert tokens.tags[3] is Tag.MARK and len(tokens) == 8
    assert [tokens.starts[1], tokens.ends[1]] == [6, 19]

