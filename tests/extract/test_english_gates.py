"""The cheap ways the English reading tries its patterns never change what they match.

Each pattern that reads the words before a figure (ending in ``\\s+$``) or after it (starting with
``\\s``) is tried only when the text ends or starts with one of a few words; each gate is checked here
against the pattern itself, on text built from those words, their neighbours and odd whitespace.
Alternations gathered by first letter, and the verb after a figure read by the part of its pattern
that can match there, are checked against the plain alternation and the whole pattern.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from skytally.extract import lexicon as lx
from skytally.extract import patterns as px
from skytally.extract.english import (
    _after_participle,
    _ends,
    _negated,
    _right_verb,
    _starts_after_space,
    _word_after,
    people_starts,
)
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


# ---- alternations gathered by first letter, and the verb after a figure read in part -------------

FRAGMENT_LISTS: tuple[tuple[str, ...], ...] = (
    tuple(p for _, pats in lx.MODELS.values() for p in pats), tuple(lx.CLASS_HEADS),
    *lx.OUTCOME_BEFORE.values(), *lx.OUTCOME_AFTER.values(),
    tuple(p for pats in lx.QUALIFIERS.values() for p in pats), lx.AUXILIARIES,
    lx.PEOPLE + lx.PERSON, lx.KILLED, lx.INJURED, lx.RELATIVE, tuple(lx.AGGREGATE_CUES), tuple(lx.REPORTERS),
)
LEXICON_WORDS = sorted({word for frags in FRAGMENT_LISTS for f in frags
                        for word in re.findall(r"[a-z]+", f.lower())})
LEXICON_TEXT = st.lists(st.tuples(st.sampled_from(LEXICON_WORDS), st.sampled_from(SPACES)), max_size=8).map(
    lambda parts: fold("".join(word + space for word, space in parts)))


def _plain(fragments: list[str] | tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(fragments, key=len, reverse=True))


GATHERED = [(re.compile(f"(?:{_plain(frags)})"), re.compile(f"(?:{px.alt(frags)})"))
            for frags in FRAGMENT_LISTS]


def test_alternations_are_gathered_by_first_letter_where_they_can_be() -> None:
    assert px.alt(["drones?", "missiles?", "decoys?"]) == "(?:(?:missiles?))|(?:(?:drones?)|(?:decoys?))"
    assert px.alt(["(?:shot|brought)\\s+down", "[kx]h-55"]) == (
        "(?:(?:shot\\s+down))|(?:(?:brought\\s+down))|(?:(?:kh-55))|(?:(?:xh-55))")
    for odd in (["a|b", "c"], ["s?x", "y"], ["(?<=x)a", "b"], ["\\w+ly", "x"], ["(?:a|b)?c", "d"]):
        assert px.alt(odd) == _plain(odd)
    assert sum(plain.pattern != gathered.pattern for plain, gathered in GATHERED) >= 10


@settings(max_examples=300, deadline=None)
@given(LEXICON_TEXT)
@example("shahed-136 drones and missiles ")
@example("kh-101/kh-555 ")
def test_gathered_alternations_match_as_the_plain_ones(text: str) -> None:
    for plain, gathered in GATHERED:
        for at in range(len(text)):
            a, b = plain.match(text, at), gathered.match(text, at)
            assert (a and a.span()) == (b and b.span()), (plain.pattern[:60], text, at)


@settings(max_examples=300, deadline=None)
@given(LEXICON_TEXT)
@example(", which were later shot down")
@example(" and two missiles were intercepted")
@example("” , were downed")
@example(" that were launched at kyiv were destroyed")
def test_the_verb_after_a_figure_is_read_as_by_the_whole_pattern(text: str) -> None:
    for at in range(min(len(text), 12)):
        whole = px.RIGHT_VERB_RE.match(text, at, len(text))
        part = _right_verb(text, at, len(text))
        assert (whole and (whole.span(), whole.groupdict())) == (
            part and (part.span(), part.groupdict())), text
        after = px.AFTER_PARTICIPLE_RE.match(text, at, len(text))
        assert (after and after.span()) == ((m := _after_participle(text, at, len(text))) and m.span())


CASUALTY_TEXT = st.lists(st.tuples(st.sampled_from((
    *LEXICON_WORDS[::3], "a", "an", "man", "woman", "was", "were", "later", "succumbed", "killed", "died",
    "lives", "lost", "their", "taken", "to", "hospital", "sustained", "wounds", "fatally", "3", "people")),
    st.sampled_from(SPACES)), max_size=9).map(lambda parts: "".join(word + space for word, space in parts))


@settings(max_examples=300, deadline=None)
@given(CASUALTY_TEXT)
@example("3 people lost their lives")
@example("a man later succumbed")
@example("5 were taken to hospital")
def test_casualty_verbs_are_looked_for_only_where_a_casualty_word_stands(text: str) -> None:
    low, starts = fold(text), people_starts(text)
    for at in range(len(text)):
        if px.CASUALTY_AFTER_RE.match(low, at):
            assert any(s > at for s in starts), text
    if px.SINGLE_CASUALTY_RE.search(text) is not None:
        assert starts or "succumb" in low, text
