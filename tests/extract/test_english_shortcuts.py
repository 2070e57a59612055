"""Cheap ways the English grammar answers a question give the answer of the plain pattern.

Each shortcut (a ``str.find`` walk instead of a regex search, a word index instead of a
scan) is checked here against the pattern it replaces, on text built to hit the edges.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import patterns as px
from skytally.extract.english import people_starts
from skytally.extract.segment import sentences
from skytally.extract.triggers import fold

PIECES = (*px.CASUALTY_STEMS, "ki", "ll", "deat", "h", "skilled", "Killed", "LIFE", "İ", "ı", "Σ", " ", ". ",
          "\n", "A", "-", "’")
TEXT = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_sentences_name_people_where_the_pattern_finds_a_piece(text: str) -> None:
    starts = people_starts(text)
    for sent in sentences(text):
        found = px.CASUALTY_WORD_RE.search(fold(text), sent.start, sent.end) is not None
        assert any(sent.start <= at < sent.end for at in starts) == found
