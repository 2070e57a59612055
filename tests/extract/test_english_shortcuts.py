"""Cheap ways the English grammar answers a question give the answer of the plain way.

Each shortcut (words looked up once instead of a search per sentence, a first word
looked up before a pattern is tried, marks handed to sentences in one walk or taken
from their pass on demand) is checked here against what it replaces, on text built
to hit the edges.
"""

from __future__ import annotations

import random
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from skytally.extract import patterns as px
from skytally.extract import segment
from skytally.extract.english import _story_mark, people_starts
from skytally.extract.scan import Scan
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


def _plain_abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"([\w.]+)\.$", text[max(0, dot - 12):dot + 1])
    word = m.group(1).lower() if m else ""
    return word in segment.ABBREVIATIONS or len(word) == 1 and word.isalpha()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("approx", "Approxx", "U.S", "e.g", "a", "Jan", "attacks", "overnight", "x_y",
                                 " ", "é", "7", ".")), max_size=8).map("".join))
def test_abbreviations_are_told_as_the_plain_way_tells_them(text: str) -> None:
    for dot in (i for i, ch in enumerate(text) if ch == "."):
        assert segment._is_abbreviation(text, dot) == _plain_abbreviation(text, dot)


CUE_WORDS = ("Russia", "launched", "Russian", "drones", "in", "Ukraine", "Kyiv", "Kharkiv", "Belgorod",
             "from", "the", "enemy", "Shahed", "Iran", "fired", "by", "Israel", ".", ". ", "\n", " ", ",")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), max_size=24).map("".join))
def test_attackers_of_all_sentences_are_those_of_each(text: str) -> None:
    scan = Scan(text, sentences(text), None)
    assert scan.attackers() == [scan.attacker_in(sent) for sent in scan.sentences]


TOTAL_WORDS = ("since", "the", "war", "began", "this", "week", "in", "2024", "according", "to", "Air",
               "Force", "Governor", "Oleh", "Syniehubov", "said", "largest", "a", "day", "over", "past",
               "days", "drones", ".", ". ", "\n", " ", ",")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOTAL_WORDS), max_size=30).map("".join), st.randoms(use_true_random=False))
def test_totals_and_reporters_taken_lazily_are_those_of_the_whole_pass(text: str, rnd: random.Random) -> None:
    scan = Scan(text, sentences(text), None)
    low = fold(text)
    aggregates = [m.start() for m in px.AGGREGATE_RE.finditer(text)]
    reporters = [(m.start(), " ".join((m.group("a") or m.group("b")).split()))
                 for m in px.REPORTER_RE.finditer(text)]
    order = list(scan.sentences)
    rnd.shuffle(order)
    for sent in order:
        starts = [at for at in aggregates if sent.start <= at < sent.end]
        total = any(not px.SUPERLATIVE_RE.search(low, sent.start, at) for at in starts)
        assert scan.aggregate_in(sent) == total
        own = [who for at, who in reporters if sent.start <= at < sent.end]
        assert scan.reporter_in(sent) == (own[0] if own else None)
    assert scan.reporter_in() == (reporters[0][1] if reporters else None)
