"""The fast paths of the Slavic grammar find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import slavic_lexicon as lex
from skytally.extract import slavic_phrases, slavic_places
from skytally.extract.slavic_scan import Scanner, literal_prefixes, lowered
from skytally.extract.slavic_tokens import Tag, number_tokens, tokenize

SCANNERS: dict[str, Scanner] = {
    "count triggers": lex.COUNT_TRIGGER_TABLE.scanner,
    "casualty triggers": lex.CASUALTY_TRIGGER_TABLE.scanner,
    "aggregate": lex.AGGREGATE_SCAN,
    "by ukraine": lex.ATTACKED_BY_UKRAINE_SCAN,
    "russian mod": lex.RUSSIAN_MOD_SCAN,
    "russia attacks": lex.RUSSIA_ATTACKS_SCAN,
    "air force": lex.UA_AIR_FORCE_SCAN,
    "singular genitive": lex.SINGULAR_GENITIVE_SCANNER,
    "hit singular": lex.HIT_SINGULAR_SCANNER,
    "one person": slavic_phrases.ONE_PERSON,
    **{f"singular {w}": s for w, s in lex.SINGULAR_SCANNERS},
}

# Pieces the texts are made of: words the patterns look for, in any case, near misses, and
# letters whose case does not map one to one.
PIECES = [
    "збито", "ЗБИТО", "Збито/подавлено", "позбитих", "знищено", "перехоплено", "атакував", "завдав удару",
    "не досягли цілі", "локаційно втрачено", "загинули", "поранено", "людина", "Жінка", "з початку року",
    "в грудні", "за тиждень", "українських дронів", "ЗСУ атакували", "Міноборони РФ", "повітряні сили",
    "ракета", "ракети", "балістичної ракети", "ударного БпЛА", "шахеда", "дрон", "авіабомбу",
    "влучання ракети", "ворожого", "в", "з", "по", "та", "101", "двадцять", "п’ять", "над", "Київщиною",
    "області", "м.", "обл.", "ſ", "İ", "K", "ᲀ", "Σ", " ", " ", "\n", ",", ".", ":", "–", "(", ")", "«",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def plain(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text, start, end)]


def scanned(scanner: Scanner, text: str, start: int, end: int) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup) for m in scanner.finditer(text, start, end)]


@pytest.mark.parametrize("name", sorted(SCANNERS))
@settings(max_examples=60, deadline=None)
@given(text=TEXTS, cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_scanner_finds_what_its_pattern_finds(name: str, text: str, cut: tuple[int, int]) -> None:
    scanner = SCANNERS[name]
    start, end = min(cut[0], len(text)), min(max(cut), len(text))
    assert scanned(scanner, text, start, end) == plain(scanner.pattern, text, start, end)
    found = scanner.pattern.search(text, start, end)
    assert (found and found.span()) == ((m := scanner.search(text, start, end)) and m.span())


def test_the_busy_scanners_have_prefilters() -> None:
    assert all(SCANNERS[name].prefilter is not None for name in
               ("count triggers", "casualty triggers", "aggregate", "singular drone", "singular genitive"))


@pytest.mark.parametrize(("pattern", "words"), [
    (r"збит\w*|сбит\w*", {"збит", "сбит"}),
    (r"(?<!падіння )збит\w*", {"збит"}),
    (r"(?:з|із)\s+початку", {"з", "із"}),
    (r"ракет(?!н)\w*|дрони?", {"ракет", "дрон"}),
    (r"СВО", {"сво"}),
    (r"[хx]-\d+", None),
    (r"(?:\w+ого\s+)+бпла", None),
    (r"бпла|\s+", None),
])
def test_literal_prefixes(pattern: str, words: set[str] | None) -> None:
    assert literal_prefixes(pattern) == words


def test_lowered_refuses_letters_that_do_not_lower_one_to_one() -> None:
    assert lowered("Збито 5 БпЛА") == "збито 5 бпла"
    assert lowered("İstanbul") is None
    assert lowered("ſhahed") is None


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_number_tokens_skip_only_sentences_without_numbers(text: str) -> None:
    tokens = number_tokens(text, 0, len(text))
    if not tokens:
        assert not any(t.tag is Tag.NUM for t in tokenize(text))


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_filler_search_starts_late_with_the_same_result(text: str) -> None:
    head = text[-80:]
    expected = slavic_places.FILLER.search(head)
    found = slavic_places._filler(head)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_name_starts_are_the_word_starts_names_begin_with(text: str) -> None:
    expected = [m.span() for m in slavic_places.WORD_START.finditer(text) if m.group() in slavic_places.FORMS]
    assert [m.span() for m in slavic_places.NAME_START.finditer(text)] == expected
