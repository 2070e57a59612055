"""Sentences end where the plain sentence-end pattern says, though no regex finds them.

``segment.sentences`` reads only around the stops the word index noted; these properties
hold it to the straightforward way (one pattern for the ends, one for the word before a
dot, ``str.strip``) on text made of the pieces that decide an end.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import segment
from skytally.extract.segment import ABBREVIATIONS, Span, sentences

PLAIN_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)\n*+"
                          r"|(?<=[.!?…])[.!?…]*+[\"'”’»)]*+(?=\s+[\"'“‘«(]?[A-Z0-9\u0400-\u04ff]))")
PLAIN_WORD_BEFORE_RE = re.compile(r"([\w.]+)\.$")
PIECES = (".", "!", "?", "…", "\n", " ", "\u00a0", "\t", "\"", "'", "”", "’", "»", ")", "“", "«", "(",
          "A", "Z", "a", "7", "Київ", "ß", "_", "Jan", "U.S", "u.k", "p.m", "x", "Mr", "approx", "Kharkivska",
          "e.g", "no", "two", "Drones")
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map("".join)


def plain_sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in PLAIN_END_RE.finditer(text):
        if m.group(0)[0] == "." and plain_abbreviation(text, m.start()):
            continue
        plain_add(text, start, m.end(), out)
        start = m.end()
    plain_add(text, start, len(text), out)
    return out


def plain_abbreviation(text: str, dot: int) -> bool:
    m = PLAIN_WORD_BEFORE_RE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREVIATIONS or len(word) == 1 and word.isalpha()


def plain_add(text: str, start: int, end: int, out: list[Span]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        first = start + chunk.index(stripped[0])
        out.append(Span(first, first + len(stripped)))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_sentences_end_where_the_plain_pattern_ends_them(text: str) -> None:
    assert sentences(text) == plain_sentences(text)


def test_abbreviations_and_decimals_do_not_end_a_sentence() -> None:
    text = "On Jan. 5 the U.S. said 2.5 tonnes fell. Then «Kyiv» was hit…\n\nNext line"
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "On Jan. 5 the U.S. said 2.5 tonnes fell.", "Then «Kyiv» was hit…", "Next line"]


SPLIT_PIECES = (";", ",", " ", "  ", "\n", "-", "–", "—", "while", "but", "whereas", "and", "another", "the",
                "other", "x", "Kh-101")


def searched_separators(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause splits found by searching for the pattern again after each (the plain way)."""
    out: list[tuple[int, int]] = []
    pos = start
    while (m := segment._CLAUSE_RE.search(text, pos, end)) is not None:
        if m.start() - 1 < pos and text[m.start()] in "-–—":
            pos = m.start() + 1
            continue
        out.append(m.span())
        pos = m.end()
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SPLIT_PIECES), max_size=20).map("".join), st.integers(0, 4),
       st.integers(0, 4))
def test_splits_are_matched_where_a_search_finds_them(text: str, skip: int, cut: int) -> None:
    start, end = min(skip, len(text)), max(min(skip, len(text)), len(text) - cut)
    assert segment._separators(text, start, end) == searched_separators(text, start, end)
