"""Cheap ways the English grammar answers a question give the answer of the plain pattern.

Each shortcut (a ``str.find`` walk instead of a regex search, a word index instead of a
scan) is checked here against the pattern it replaces, on text built to hit the edges.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from skytally.extract import patterns as px
from skytally.extract.english import _story_mark, people_starts
from skytally.extract.segment import sentences
from skytally.extract.triggers import fold, index_of

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


MARK_WORDS = (*px.STORY_MARK_WORDS, "Photo", "PHOTO", "credit", "Credit", ":", "news", "next", "full",
              "original", "articles", "grab", "stories", "for", "like", "may", "Photos", "“", "(", "\n", ". ")
MARK_TEXT = st.lists(st.sampled_from((*MARK_WORDS, " ", " ", " ")), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(MARK_TEXT)
@example("Photocredit: AP. Read more:\nImage:x")
def test_page_furniture_is_told_by_first_word_as_by_the_pattern(text: str) -> None:
    index = index_of(text)
    for sent in sentences(text):
        assert _story_mark(index.folded, sent, index) == _story_mark(index.folded, sent, None)
