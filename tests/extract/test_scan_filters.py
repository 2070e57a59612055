"""The cheap filters in front of the report scan's costly patterns never hide a match.

``scan._says_attacked_at`` matches ``_ATTACKED_AT_RE`` before a place name only where the
word index says a match can start; a property checks it finds what a search finds, on text
made of the pieces the pattern reads. Lead sentences are told by counting
words by hand, as ``str.split`` would cut them.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import scan
from skytally.extract.triggers import fold

PIECES = ("in", "IN", "on", "towards", "toward", "struck", "the", "Ukrainian", "capital", "city", "of",
          "suburb", "suburbs", "Kharkiv", "region", "Oblast", ",", "and", "drones", "ſtruck", "İn", " ", "  ",
          "\n", "-", "’s")
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join)
GLUED = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXT, GLUED), st.integers(0, 60))
def test_attacked_at_is_found_where_a_search_finds_it(before: str, back: int) -> None:
    text = before + "Kyiv was hit"
    end = len(before)
    start = max(0, end - back)
    found = scan._ATTACKED_AT_RE.search(fold(text), start, end) is not None
    assert scan._says_attacked_at(text, start, end) == found


def test_attacked_at_reads_the_words_before_the_place() -> None:
    text = "Drones flew for hours before Kyiv was hit"
    assert not scan._says_attacked_at(text, 0, text.index("Kyiv"))
    said = "Drones struck the capital of "
    assert scan._says_attacked_at(said + "Kyiv", 0, len(said))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab \n\t\u00a0\u2009.-"), max_size=30), st.integers(0, 8), st.integers(1, 7))
def test_words_are_counted_as_str_split_counts_them(text: str, skip: int, n: int) -> None:
    span = scan.Span(min(skip, len(text)), len(text))
    assert scan._has_words(text, span, n) == (len(text[span.start:span.end].split()) >= n)


AFTER_NAME = ("Kyiv", "’s", "'s", " ", "\u00a0", "\n", ",", ".", "said", "has", "time", "and", "Moscow",
              "air", "force", "x")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(AFTER_NAME), max_size=8).map("".join), st.integers(0, 3))
def test_a_metonym_needs_a_space_or_an_apostrophe_after_the_name(after: str, cut: int) -> None:
    low = fold("Kyiv" + after)
    stop = max(4, len(low) - cut)
    if scan._METONYM_RE.match(low, 4, stop):
        assert scan._may_be_metonym(low, 4, stop)
