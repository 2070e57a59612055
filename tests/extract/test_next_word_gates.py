"""A pass gated on the word after a first word finds what trying every first word finds.

``scan`` tries attacker cues, totals and reporters, ``numbers`` amounts and ``dates`` dates only where
the word after their first word is one the pattern can read next (``triggers.NextWord``). The
gates are written by hand from the lexicon; these properties hold them to the patterns, on
text the patterns themselves generate (every branch, any spacing and letters around them)
set among words that start a gated pattern and words that follow one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import dates, numbers, scan
from skytally.extract import patterns as px
from skytally.extract.triggers import NextWord, Triggered, WordIndex, gated, index_of

PASSES: dict[str, tuple[Triggered, dict[str, NextWord]]] = {
    "cues": (px.ATTACKER_RE, scan._CUE_NEXT),
    "totals": (px.AGGREGATE_RE, scan._AGGREGATE_NEXT),
    "reporters": (px.REPORTER_RE, scan._REPORTER_NEXT),
    "amounts": (numbers._NUMBER_RE, numbers._NUMBER_NEXT),
}
GATES = (*(gates for _, gates in PASSES.values()), dates._DATE_NEXT)
WORDS = sorted({w for gates in GATES for first, gate in gates.items()
                for w in (first, first.title(), *gate.words, *gate.prefixes)})
FILLER = st.sampled_from((*WORDS, "’s", "'s", "Governor Kim", "said", "12", "2024", "the", "Ukraine", "-"))
SEPARATORS = st.sampled_from((" ", "  ", ", ", ". ", "\n", "-", "’", ""))


def generated(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.from_regex(pattern), FILLER)
    return st.lists(st.tuples(piece, SEPARATORS), min_size=1, max_size=6).map(
        lambda parts: "".join(p + s for p, s in parts))


def spans(matches: Iterator[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(*m.span(), m.lastgroup) for m in matches]


def assert_gate_keeps_every_match(name: str, text: str) -> None:
    pattern, gates = PASSES[name]
    index = index_of(text)
    candidates = gated(index, pattern.first, pattern.digits, gates)
    found = spans(pattern.finditer(text, candidates=index.positions(pattern.first, pattern.digits)))
    assert spans(pattern.finditer(text, candidates=candidates)) == found
    if pattern.gates is not None:  # a pattern that carries its gates applies them itself
        assert pattern.gates is gates
        assert spans(pattern.finditer(text)) == found


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(set(scan._CUE_NEXT) & set(px.ATTACKER_RE.by_word or {}))).flatmap(
    lambda word: generated((px.ATTACKER_RE.by_word or {})[word])))
def test_attacker_cues_are_found_where_every_first_word_finds_them(text: str) -> None:
    assert_gate_keeps_every_match("cues", text)


@settings(max_examples=400, deadline=None)
@given(generated(px.AGGREGATE_RE.pattern))
def test_totals_are_found_where_every_first_word_finds_them(text: str) -> None:
    assert_gate_keeps_every_match("totals", text)


@settings(max_examples=400, deadline=None)
@given(generated(px.REPORTER_RE.pattern))
def test_reporters_are_found_where_every_first_word_finds_them(text: str) -> None:
    assert_gate_keeps_every_match("reporters", text)


@settings(max_examples=300, deadline=None)
@given(generated(numbers._NUMBER_RE.pattern))
def test_amounts_are_found_where_every_first_word_finds_them(text: str) -> None:
    assert_gate_keeps_every_match("amounts", text)


@settings(max_examples=300, deadline=None)
@given(generated(dates._DATES.pattern))
def test_dates_are_found_where_every_first_word_finds_them(text: str) -> None:
    index = index_of(text)
    every = index.positions(dates._DATES.first, True)
    assert spans(dates._DATES.finditer(text, candidates=dates._candidates(index))) == spans(
        dates._DATES.finditer(text, candidates=every))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(FILLER, SEPARATORS), max_size=12).map(lambda parts: "".join(map("".join, parts))),
       st.sampled_from(sorted(PASSES)))
def test_gated_words_in_any_order_find_what_every_first_word_finds(text: str, name: str) -> None:
    assert_gate_keeps_every_match(name, text)


def test_a_gate_reads_the_word_after() -> None:
    index = WordIndex("Fired by Iran; in the last week, in western Ukraine, mayor Klitschko said 12 of")

    def admitted(gate: NextWord) -> list[str]:
        return [index.words[k] for k in range(len(index.words)) if gate.admits(index, k)]

    assert admitted(NextWord(("by", "the"))) == ["fired", "in"]
    assert admitted(NextWord(prefixes=("west", "las"))) == ["the", "in"]
    assert admitted(NextWord(suffixes=("ern", "ly"))) == ["in"]
    assert admitted(NextWord(digit=True)) == ["said"]
    assert admitted(NextWord(capital=True)) == ["by", "western", "mayor"]
    assert admitted(NextWord(("of",))) == ["12"]  # and the last word has none after it


def test_a_text_whose_letters_fold_apart_is_not_gated() -> None:
    index = WordIndex("in ſeven days")  # the folded text reads "in seven days", the word "ſeven"
    assert not index.folded_words
    assert gated(index, px.AGGREGATE_RE.first, False, scan._AGGREGATE_NEXT) == [0]
    found = scan._gated_finditer(px.AGGREGATE_RE, index.text, scan._AGGREGATE_NEXT)
    assert [m.span() for m in found] == [(0, 13)]


def plainly_admits(gate: NextWord, index: WordIndex, k: int) -> bool:
    if k + 1 >= len(index.words):
        return False
    word = index.words[k + 1]
    lead = index.text[index.starts[k + 1]]
    return (word in gate.words or any(map(word.startswith, gate.prefixes))
            or any(map(word.endswith, gate.suffixes))
            or gate.digit and word[0].isdecimal() or gate.capital and "A" <= lead <= "Z")


HEADS = st.sampled_from(("by", "b", "", "the", "é", "Ω", "ern", "z", "a", "12"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FILLER, HEADS, st.text(max_size=5)), max_size=8).map(" ".join),
       st.lists(HEADS, max_size=3), st.lists(HEADS, max_size=3), st.lists(HEADS, max_size=2), st.booleans(),
       st.booleans())
def test_the_letters_leading_a_gate_tell_what_it_admits(text: str, words: list[str], prefixes: list[str],
                                                         suffixes: list[str], digit: bool,
                                                         capital: bool) -> None:
    gate = NextWord(words, tuple(prefixes), tuple(suffixes), digit, capital)
    index = WordIndex(text)
    for k in range(len(index.words)):
        assert gate.admits(index, k) == plainly_admits(gate, index, k)
