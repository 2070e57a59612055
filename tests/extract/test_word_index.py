"""The word index cuts any text into the words a ``\\w+`` pattern finds, whatever its letters.

``WordIndex`` walks the characters itself instead of running a regex; these properties
hold it to the pattern on arbitrary Unicode text (letters of every script, digits that are
no ASCII digits, marks, "_"), and to the watched-word and number positions derived from it;
its bisection of sorted ints to the ``bisect`` module's.
"""

from __future__ import annotations

import bisect
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.triggers import WordIndex, bisect_left, bisect_right, watch

WATCHED = frozenset({"drones", "kyiv", "ſhot"})
watch(WATCHED)
PIECES = st.sampled_from(("Drones", "KYIV", "ſhot", "12", "٣", "_x", "İ", "Σσς", " ", ".", "-", "\n"))
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_words_are_the_runs_of_word_characters(text: str) -> None:
    index = WordIndex(text)
    found = [(m.start(), m.group().lower()) for m in re.finditer(r"\w+", text)]
    assert list(zip(index.starts, index.words, strict=True)) == found


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_positions_list_watched_words_and_numbers(text: str) -> None:
    index = WordIndex(text)
    pairs = list(zip(index.starts, index.words, strict=True))
    assert index.positions(WATCHED) == [s for s, w in pairs if w in WATCHED]
    numbers = [s for s, w in pairs if w in WATCHED or "0" <= w[0] <= "9"]
    assert index.positions(WATCHED, digits=True) == numbers
    assert index.numbers(WATCHED) == [k for k, w in enumerate(index.words) if w in WATCHED]
    assert [index.starts[k] for k in index.numbers(WATCHED, digits=True)] == numbers
    unwatched = frozenset({"drones", "12"})
    assert index.numbers(unwatched, digits=True) == [k for k, w in enumerate(index.words)
                                                     if w in unwatched or w < ":"]


def test_a_text_without_words_has_none() -> None:
    assert WordIndex(" .,-\n").words == []
    assert WordIndex("").starts == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-5, 40), max_size=30).map(sorted), st.integers(-8, 45), st.integers(0, 35))
def test_int_bisection_agrees_with_the_bisect_module(marks: list[int], x: int, lo: int) -> None:
    lo = min(lo, len(marks))
    assert bisect_left(marks, x, lo) == bisect.bisect_left(marks, x, lo)
    assert bisect_right(marks, x, lo) == bisect.bisect_right(marks, x, lo)
