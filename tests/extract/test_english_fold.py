"""The speed-ups of the English grammar read text exactly as the plain patterns would.

Case-insensitive patterns are compiled lower-case and run on the folded text
(``triggers.fold``); words are cut and indexed once per text. These properties
check both against the straightforward way, on text full of letters whose case
is unusual ("İ", "ı", "ſ", the Kelvin sign, final sigma).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

from hypothesis import example, given, settings
from hypothesis import strategies as st

from skytally.extract.dates import _DATE_SOURCE
from skytally.extract.english import extract
from skytally.extract.numbers import NUMBER
from skytally.extract.segment import Span, clauses
from skytally.extract.triggers import Triggered, fold, fold_source, folded, words_of

ALPHABET = "aAbBiIsSkKtToOnN İıſKΣσςßẞ0123456789 -,.;:'’\n"
WORDS = ("Shahed", "TWO", "drones", "İstanbul", "ſhot", "down", "Kh-101", "July", "4", "sixty-five")
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(ALPHABET, max_size=6)), max_size=14).map(" ".join)
SOURCES = (
    NUMBER,
    _DATE_SOURCE,
    r"(?<![\w-])(?:shot\s+down|S-300|[A-Z]{2,}|kh-?101|is)(?![\w-])",
    r"\b(?:İstanbul|strikes?)\b[^.;]{0,20}$",
)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from(SOURCES))
def test_folded_pattern_matches_where_the_case_insensitive_one_does(text: str, source: str) -> None:
    plain = re.compile(source, re.IGNORECASE)
    fast = folded(source)
    assert len(fold(text)) == len(text)
    assert [m.span() for m in fast.finditer(fold(text))] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(TEXT)
@example("AΣ")  # a word-final capital sigma lowers to "ς" (the compiled str.lower once gave "σ")
def test_words_are_cut_as_a_word_pattern_cuts_them(text: str) -> None:
    found = [(m.start(), m.group().lower()) for m in re.finditer(r"\w+", text)]
    starts, words = words_of(text)
    assert list(zip(starts, words, strict=True)) == found


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_triggered_pattern_matches_at_its_first_words_only(text: str) -> None:
    source = r"(?:two|shahed|\d+)\s+\w+"
    triggered = Triggered(folded(source), ("two", "Shahed"), digits=True, folded=True)
    plain = re.compile(source, re.IGNORECASE)
    expected, pos = [], 0
    for m in re.finditer(r"\w+", text):
        word = m.group().lower()
        if m.start() >= pos and (word in ("two", "shahed") or word[0] <= "9"):
            hit = plain.match(text, m.start())
            if hit:
                expected.append(hit.span())
                pos = max(hit.end(), m.start() + 1)
    assert [m.span() for m in triggered.finditer(text)] == expected


def test_fold_source_keeps_escapes_and_group_names() -> None:
    assert fold_source(r"(?P<Model>\bKh\S+)(?P=Model)\W") == r"(?P<Model>\bkh\S+)(?P=Model)\W"


CLAUSE_PIECES = (";", ",", " ", "-", "–", "\n", "while", "but", "and", "another", "the", "other", "x")
CLAUSE_TEXT = st.lists(st.sampled_from(CLAUSE_PIECES), max_size=16).map("".join)
PLAIN_CLAUSE_RE = re.compile(r";|,\s+(?=(?:while|but|whereas|and\s+(?:another|the\s+other))\b)|\s+[-–—]\s+")


@settings(max_examples=300, deadline=None)
@given(CLAUSE_TEXT, st.integers(0, 3))
def test_clauses_split_where_the_plain_separator_pattern_does(text: str, skip: int) -> None:
    sentence = Span(min(skip, len(text)), len(text))
    expected: list[Span] = []
    start = sentence.start
    for m in PLAIN_CLAUSE_RE.finditer(text, sentence.start, sentence.end):
        expected += _stripped_span(text, start, m.start())
        start = m.end()
    expected += _stripped_span(text, start, sentence.end)
    assert clauses(text, sentence) == expected


def _stripped_span(text: str, start: int, end: int) -> list[Span]:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    return [Span(start + lead, start + lead + len(chunk.strip()))] if chunk.strip() else []


def test_threads_reading_side_by_side_get_the_claims_of_one_at_a_time() -> None:
    texts = [f"Russia launched {n} drones at Kharkiv; {n - 3} were shot down. {n % 5} people were hurt."
             for n in range(10, 40)]
    alone = [extract(t, None) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda t: extract(t, None), texts * 4))
    assert together == alone * 4
