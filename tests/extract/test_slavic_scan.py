"""The fast paths of the Slavic grammar find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import slavic_lexicon as lex
from skytally.extract import slavic_phrases, slavic_places
from skytally.extract.slavic_scan import Scanner, literal_prefixes, lowered, on_lowered, word_tree
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
    "singular gate": lex.SINGULAR_GATE,
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
        assert Tag.NUM not in tokenize(text).tags


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


MODEL_PIECES = [*PIECES, "Шахед-136", "Shahed", "Іскандер-К", "іскандер-м", "Калібр", "Х-101", "x-59/69п",
                "С-300", "S-400", "KN-23", "Storm Shadow", "Гербера", "понад", "близько", "до", "зросла до"]
MODEL_TEXTS = st.lists(st.sampled_from(MODEL_PIECES), max_size=16).map("".join)


def plain_model(window: str) -> str | None:
    names: list[str] = []
    for pattern, name in lex.MODEL_PATTERNS:
        m = pattern.search(window)
        if m is not None:
            label = name.format(*m.groups()).translate(slavic_phrases.CYRILLIC_P) if m.groups() else name
            if label not in names:
                names.append(label)
    return "/".join(names) if names else None


@settings(max_examples=200, deadline=None)
@given(text=MODEL_TEXTS)
def test_models_found_as_by_searching_every_model(text: str) -> None:
    assert slavic_phrases._model(text, 0, len(text)) == plain_model(text[:70])


@settings(max_examples=200, deadline=None)
@given(text=MODEL_TEXTS)
def test_one_noun_pattern_finds_the_class_the_table_order_gives(text: str) -> None:
    for pos in range(len(text)):
        expected = next(((w, m.end()) for w, p in lex.NOUN_PATTERNS if (m := p.match(text, pos))), None)
        assert slavic_phrases._weapon_at(text, pos) == expected


@settings(max_examples=200, deadline=None)
@given(text=MODEL_TEXTS)
def test_qualifier_gate_changes_nothing(text: str) -> None:
    expected = lex.Qualifier.EXACT
    if not lex.RISE_TO_RE.search(text[-40:]):
        expected = next((q for q, p in lex.QUALIFIER_PATTERNS if p.search(text[-40:])), lex.Qualifier.EXACT)
    assert slavic_phrases._qualifier(text, 0, len(text)) == expected


@pytest.mark.parametrize("pattern", [lex.ANY_MODEL_RE, lex.QUALIFIED_RE, slavic_places.TARGET_GOVERNORS])
@settings(max_examples=100, deadline=None)
@given(text=MODEL_TEXTS)
def test_a_pattern_on_lowered_text_finds_what_it_finds_ignoring_case(pattern: re.Pattern[str],
                                                                     text: str) -> None:
    low = lowered(text)
    if low is not None:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in on_lowered(pattern).finditer(low)] == expected


def test_on_lowered_refuses_upper_case_letters() -> None:
    with pytest.raises(ValueError):
        on_lowered(re.compile(r"\bЗбито", re.IGNORECASE))
    assert on_lowered(re.compile(r"\W\d+збито", re.IGNORECASE)).flags & re.IGNORECASE == 0


@settings(max_examples=200, deadline=None)
@given(words=st.sets(st.text("абвoїʼ'.-", min_size=1, max_size=4), min_size=1, max_size=8),
       text=st.text("абвoїʼ'.- ", max_size=30))
def test_a_word_tree_matches_where_one_of_its_words_starts(words: set[str], text: str) -> None:
    tree = re.compile(word_tree(words))
    for pos in range(len(text) + 1):
        assert (tree.match(text, pos) is not None) == any(text.startswith(w, pos) for w in words)
