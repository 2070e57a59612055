"""The cheap tests the English reading runs before a pattern never turn away a text the pattern matches.

Each pattern that reads the words before a figure (ending in ``\\s+$``) or after it (starting with
``\\s``) is tried only when the text ends or starts with one of a few words; each gate is checked here
against the pattern itself, on text built from those words, their neighbours and odd whitespace.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from skytally.extract import patterns as px
from skytally.extract.english import _ends, _negated, _starts_after_space, _word_after
from skytally.extract.triggers import fold

WORDS = ("of", "the", "a", "total", "at", "least", "more", "than", "no", "fewer", "approx.", "~", "up",
         "to", "about", "another", "all", "out", "from", "including", "among", "them", "whom", "debris",
         "parts", "drones", "missile", "and", "as", "well", "plus", "along", "with", "&", "hit", "by",
         "strikes", "using", "into", "between", "in", "altogether", "that", "were", "which", "launched",
         "aimed", "fired", "not", "single", "any", "without", "n't", "initially", "earlier", "reports",
         "had", "previously", "prior", "toll", "12", "two", "5%", "most", "some", "Of", "Including",
         "OVER", "İ", "ı", "ſome", "estimated", "nearly")
SPACES = (" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2009", ",", ", ", ".", "-", "–", "")
TEXT = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), max_size=9).map(
    lambda parts: fold("".join(word + space for word, space in parts)))

BEFORE_GATES = (
    (px.QUAL_BEFORE_RE, px.QUAL_ENDS), (px.PREPOSITION_BEFORE_RE, px.PREPOSITIONS),
    (px.OF_TOTAL_BEFORE_RE, px.OF_TOTAL_ENDS), (px.OUT_OF_BEFORE_RE, px.OF_TOTAL_ENDS),
    (px.SUBSET_CASUALTY_RE, px.SUBSET_ENDS), (px.DEBRIS_BEFORE_RE, px.DEBRIS_ENDS),
    (px.LIST_TAIL_RE, px.LIST_TAIL_ENDS), (px.PASSIVE_BY_RE, px.PASSIVE_BY_ENDS),
)
AFTER_GATES = (
    (px.TOTAL_AFTER_RE, px.TOTAL_AFTER_STARTS), (px.PARTICIPLE_RE, px.PARTICIPLE_STARTS),
    (px.CONTEXT_HEAD_RE, ("out", "of")), (px.OF_WHOM_AFTER_RE, ("of",)),
)


@settings(max_examples=400, deadline=None)
@given(TEXT)
@example("at least \n")
@example("no fewer than  ")
@example("out of the approx. ")
@example("including\n\n")
def test_words_before_a_figure_are_read_only_where_they_end_the_text(text: str) -> None:
    for pattern, endings in BEFORE_GATES:
        if pattern.search(text):
            assert _ends(text, endings), (pattern.pattern[:40], text)
            assert _ends(" x " + text, endings, 3, len(text) + 3)


@settings(max_examples=400, deadline=None)
@given(TEXT)
@example(" in total.")
@example("\u00a0that were launched")
@example(" out of 5")
@example("-12 ")
@example(" to 40")
def test_words_after_a_figure_are_read_only_where_they_start_the_text(text: str) -> None:
    for pattern, starts in AFTER_GATES:
        if pattern.match(text):
            assert _starts_after_space(text, 0, len(text), starts), (pattern.pattern[:40], text)
    if px.RANGE_RE.match(text):
        assert text.startswith(px.RANGE_STARTS, _word_after(text, 0, len(text)))


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("no drones ")
@example("did n't  \n")
def test_negations_and_earlier_reports_are_looked_for_only_where_their_words_stand(text: str) -> None:
    if px.NEGATED_RE.search(text[-48:]):
        assert _negated(text)
    if px.INITIAL_REPORT_RE.search(text):
        assert any(stem in text for stem in px.INITIAL_REPORT_STEMS)


def test_the_ends_of_text_are_read_within_bounds() -> None:
    assert _ends("shot down at least 5", ("least",), 0, 19)
    assert not _ends("shot down at least", ("least",))  # no whitespace after
    assert not _ends("at least ", ("least",), 4, 9)  # "least" starts before the bounds
    assert _word_after("a   b", 1, 3) == 3
    assert not _starts_after_space(" of", 0, 2, ("of",))


def test_fragments_give_the_words_they_end_with() -> None:
    assert px.last_words((r"no\s+(?:fewer|less)\s+than", r"approx\.", "~", r"a\s+total\s+of")) == (
        "approx.", "of", "than", "~")
    for odd in (r"drones?", r"foo\b", "a.b", r"(?:a|b)"):
        with pytest.raises(ValueError):
            px.last_words((odd,))
    assert all(re.fullmatch(r"[\w.~]+", w) for w in px.QUAL_ENDS)
