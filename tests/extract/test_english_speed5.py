"""The fifth speed pass's shortcuts in the English sentence reading give the plain way's answers.

Each shortcut (fewer places a pattern is tried) is checked against the pattern run everywhere, on
text built from the words it turns on, their neighbours, odd letters and odd whitespace.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from skytally.extract import lexicon as lx
from skytally.extract import patterns as px
from skytally.extract.english import _at_word_starts, _first_at_word_starts, _is_letter, _matches_at
from skytally.extract.triggers import fold, index_of

SPACES = (" ", " ", "  ", "\n", "\u00a0", ",", ", ", ". ", "-", "")


LED_WORDS = sorted({word for frags in (*lx.OUTCOME_BEFORE.values(), lx.KILLED, lx.INJURED)
                    for f in frags for word in re.findall(r"[a-z]+", f)}
                   | {"defences", "toll", "death", "number", "of", "the", "at", "least", "to", "rose", "all",
                      "up", "a", "total", "more", "than", "killing", "injuring", "é", "x_y", "3", "İ", "Kill",
                      "’s"})
LED_TEXT = st.lists(st.tuples(st.sampled_from(LED_WORDS), st.sampled_from((*SPACES, "-", "’", "_"))),
                    max_size=10).map(lambda parts: fold("".join(word + space for word, space in parts)))


@settings(max_examples=400, deadline=None)
@given(LED_TEXT, st.integers(0, 80))
@example("shot down ", 10)
@example("air defences down ", 18)
@example("managed to down 5 and shot down ", 32)
@example("-launched fired", 15)
def test_word_led_patterns_are_found_at_word_starts_as_by_a_search(text: str, cut: int) -> None:
    end = min(cut, len(text))
    for led in px.WORD_LED:
        found = list(led.pattern.finditer(text, 0, end))
        last = _at_word_starts(led, text, end, False)
        assert (last and last.span()) == (found[-1].span() if found else None), text
        first = _first_at_word_starts(led, text)
        plain = led.pattern.search(text)
        assert (first and (first.span(), first.groupdict())) == (plain and (plain.span(), plain.groupdict()))


TOLL_WORDS = (*px.TOLL_UPDATE_STEMS, "to", "toll", "updated", "update:", "updates", "stands", "stand", "now",
              "known", "arose", "grown", "reachedto", "İ", "ı", "ſ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TOLL_WORDS), st.sampled_from(SPACES)), max_size=8).map(
    lambda parts: fold("".join(word + space for word, space in parts))))
@example("the toll rose to 12")
@example("update: 3 killed")
def test_a_toll_update_holds_one_of_its_stems(text: str) -> None:
    m = px.TOLL_UPDATE_RE.search(text)
    assert m is None or any(stem in m.group() for stem in px.TOLL_UPDATE_STEMS)


OUTCOME_PATTERNS = (
    *((p, px.BEFORE_OUTCOMES) for p in (px.LEFT_VERB_RE, px.NEAR_LEFT_VERB_RE, px.ADJACENT_VERB_RE)),
    *((p, px.AFTER_OUTCOMES) for p in (px.RIGHT_VERB_RE, px.RIGHT_VERB_NO_LIST_RE, px.RIGHT_VERB_ONLY_RE,
                                       px.RIGHT_VERB_NO_COMMA_RE, px.AFTER_PARTICIPLE_RE, px.ALL_OF_THEM_RE)),
)
VERB_FRAGMENTS = (*lx.OUTCOME_BEFORE.values(), *lx.OUTCOME_AFTER.values(), lx.AUXILIARIES)
VERB_WORDS = sorted({word for frags in VERB_FRAGMENTS for f in frags for word in re.findall(r"[a-z]+", f)}
                    | {"all", "both", "of", "them", "drones", "and", "two", "missiles", "that", "launched"})
VERB_TEXT = st.lists(st.tuples(st.sampled_from(VERB_WORDS), st.sampled_from(SPACES)), max_size=8).map(
    lambda parts: " " + "".join(word + space for word, space in parts))


@settings(max_examples=300, deadline=None)
@given(VERB_TEXT)
@example(" were shot down or suppressed")
@example(" and two missiles were intercepted")
@example(" all of them were destroyed")
def test_the_outcome_of_a_match_is_its_last_group_as_asked_in_turn(text: str) -> None:
    for pattern, outcomes in OUTCOME_PATTERNS:
        for at in range(min(len(text), 12)):
            m = pattern.match(text, at)
            if m is not None:
                assert px.group_outcome(m, outcomes) == px._asked_in_turn(m, outcomes), (text, at)


def test_lead_pairs_are_the_pairs_a_match_can_start_with() -> None:
    assert px.lead_pairs(re.compile(r"(?<![\w-])(?:shot|brought)\s+down|do(?:wn|ne)|[kx]h?-?101")) == {
        "sh", "br", "do", "kh", "k-", "k1", "xh", "x-", "x1"}
    assert px.lead_pairs(re.compile(r"\b(?:a )?bc")) == {"a ", "bc"}
    for odd in (r"\w+ly", r"a|b", r"[^a]b", r"ab?", r"(?:x\s*)*y"):
        with pytest.raises(ValueError):
            px.lead_pairs(re.compile(odd))


SINGLE_WORDS = ("the", "first", "a", "an", "another", "A", "drone", "missile", "Shahed", "strike", "on",
                "man",
                "woman", "was", "killed", "died", "and", "two", "İ", "ı", "Σ", "“", "-")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SINGLE_WORDS), st.sampled_from(SPACES)), max_size=10).map(
    lambda parts: "".join(word + space for word, space in parts)), st.integers(0, 30), st.integers(0, 80))
@example("a drone and another missile hit", 0, 40)
@example("a man was killed and a woman died", 2, 60)
def test_single_matches_are_those_of_the_triggered_pattern(text: str, start: int, stop: int) -> None:
    index = index_of(text)
    end = min(stop, len(text))
    for triggered in (px.SINGLE_RE, px.SINGLE_CASUALTY_RE):
        starts = index.positions(triggered.first)
        plain = [m.span() for m in triggered.finditer(text, start, end)]
        assert [m.span() for m in _matches_at(triggered.pattern, index.folded, starts, start, end)] == plain


def test_a_letter_is_told_as_by_isalpha() -> None:
    text = "".join(chr(c) for c in range(0x3000))
    assert all(_is_letter(text, at) == text[at].isalpha() for at in range(len(text)))
