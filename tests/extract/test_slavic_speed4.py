"""The fourth speed pass of the Slavic grammar changes no segment, token or class named."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import slavic, slavic_phrases, slavic_scan
from skytally.extract import slavic_lexicon as lex
from skytally.extract.slavic_rules import counts
from skytally.extract.slavic_scan import lowered
from skytally.extract.slavic_segments import BOUNDARY
from skytally.extract.slavic_tokens import Tag, tokenize
from skytally.models import Kind, Outcome

# The sentence boundary as written before: a look-ahead for the mark, then one branch per kind.
PLAIN_BOUNDARY = re.compile(
    r"(?=[\n;.!?…])(?:\n+|;|(?<!\bобл)(?<!\bм)(?<!\bг)(?<!\bр)(?<!\bс)(?<!\bт\.ч)(?<!\bін)(?<!\bтис)(?<!\bмлн)"
    r"[.!?…]+(?=\s+[«\"“(\-–—•]?[А-ЯІЇЄҐA-Z0-9\U0001F300-\U0001FAFF\u2600-\u27BF]))"
)
PIECES = ["Збито", "обл", "м", "г", "т.ч", "тис", "млн", "ін", "у", " ", "  ", "\n", "\n\n", ".", "..", "!",
          "?", "…", ";", ",", "«", "\"", "(", "-", "–", "•", "Б", "A", "7", "\U0001F680", "☀", "x", "ſ", "_"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=60)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_boundaries_are_those_of_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in BOUNDARY.finditer(text)] == [m.span() for m in PLAIN_BOUNDARY.finditer(text)]


def test_tokens_are_columns_with_merged_number_words() -> None:
    tokens = tokenize("Збито двадцять одну ракету, 5 тисяч БпЛА; 1,5 тисячі")
    assert tokens.texts == ["Збито", "двадцять одну", "ракету", ",", "5 тисяч", "БпЛА", ";", "1,5 тисячі"]
    assert tokens.values == [0, 21, 0, 0, 5000, 0, 0, 1500]
    assert tokens.numbers == [1, 4, 7]
    assert tokens.tags[3] is Tag.MARK and len(tokens) == 8
    assert [tokens.starts[1], tokens.ends[1]] == [6, 19]



NOUN_PIECES = ["БпЛА", "бпла", "дронів", "Х-101", "х-59", "Kh-22", "С-300", "s-400", "к-", "ракет", "Шахед",
               "КАБ", "безпілотних літальних апаратів", " ", "\n", "-", "1", "ſ", "İ", "\U0001F680"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(NOUN_PIECES), max_size=16).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_class_nouns_scanned_are_those_of_the_pattern(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    found = [(m.span(), m.lastgroup) for m in lex.CLASS_NOUN_SCAN.finditer(text, start, end)]
    assert found == [(m.span(), m.lastgroup) for m in lex.CLASS_NOUN_RE.finditer(text, start, end)]


@pytest.mark.parametrize("outcome", list(Outcome))
def test_counts_is_the_kind_of_the_outcome(outcome: Outcome) -> None:
    assert counts(outcome) is (outcome.kind is Kind.COUNT)


AGGREGATE_PIECES = ["з початку року", "за минулий тиждень", "у червні", "У  ЧЕРВНІ", "24 червня", "в мае",
                    "за минулого березня", "в течение года", "черв", "за рік", "у", "в", "за", " ", "\n", "5",
                    "Збито", "ſ", "İ"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(AGGREGATE_PIECES), max_size=12).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_a_stretch_without_an_aggregate_hint_has_no_cue(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    low = lowered(text)
    if low is not None and not slavic._may_be_aggregate(text, start, end):
        assert lex.AGGREGATE_SCAN.search(text, start, end) is None


def test_no_lone_model_word_is_a_prefix_of_another() -> None:
    words = lex.LONE_MODEL_WORDS
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]


LONE_PIECES = ["кинджал", "кинжал", "циркон", "онікс", "нептун", "нептунептун", "калибр", "іскандер", "х-",
               "x-", "shahed", "х-х-", "типу ", "к", " ", "\n", "-", "ſ"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(LONE_PIECES), max_size=14).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_lone_model_words_start_where_the_tree_finds_them(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    found = slavic_phrases.word_starts(text, lex.LONE_MODEL_WORDS, start, end)
    assert found == [m.start() for m in lex.LONE_MODEL_TREE.finditer(text, start, end)]


def test_plain_case_characters_need_no_check() -> None:
    chars = [chr(c) for a, b in slavic_scan.PLAIN_CASE_RANGES for c in range(a, b + 1)]
    assert [c for c in chars if len(c.lower()) != 1 or c.upper().lower() != c.lower() or c == "Σ"] == []


def plain_lowered(text: str) -> str | None:
    """``lowered`` as first written: every text upper-cased and lower-cased again."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and (text.upper().lower() != low or "Σ" in text)):
        return None
    return low


CASE_PIECES = ["Збито", "БпЛА", "ſ", "İ", "ß", "µ", "Σ", "ᲀ", "K", "«", "€", "ï", " ", "\U0001F680", "ǅ", "ŉ"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(CASE_PIECES), max_size=10).map("".join) | st.text(max_size=40))
def test_lowered_is_the_plain_check(text: str) -> None:
    assert slavic_scan.lowered.__wrapped__(text) == plain_lowered(text)


MODEL_PIECES = ["Шахед", "shahed", "Іскандер-К", "искандер", "Калібр", "Х-101", "С-300", "дань-т", "ланцет",
                "ракета", "БпЛА", "-", " - ", "Х", "с", "3", "00", "Kh", "х-", " ", "\n", "ſ", "\U0001F680",
                "2"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(MODEL_PIECES), max_size=20).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_models_searched_find_what_every_model_finds(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    window = text[start:min(end, start + 70)]
    names: list[str] = []
    for pattern, name in lex.MODEL_PATTERNS:  # every model, in table order
        m = pattern.search(window)
        if m is not None:
            label = name.format(*m.groups()).translate(slavic_phrases.CYRILLIC_P) if m.groups() else name
            names += [label] if label not in names else []
    assert slavic_phrases._model(text, start, end) == ("/".join(names) if names else None)


TRIGGER_PIECES = ["збито", "Збили", "не досягли", "цілі не досягли", "не", "локаційно втрачено", "атакував",
                  "уламки збитого", "подавлено засобами РЕБ", "зафіксовано влучання", "загинули", "поранено",
                  "БпЛА", " ", "\n", ",", "ſ", "İ"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(TRIGGER_PIECES), max_size=12).map("".join),
       cut=st.tuples(st.integers(0, 120), st.integers(0, 120)))
def test_split_trigger_tables_find_what_their_patterns_find(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    for table in (lex.COUNT_TRIGGER_TABLE, lex.CASUALTY_TRIGGER_TABLE):
        assert table.scanner.by_word is not None
        found = [(m.span(), m.lastgroup) for m in table.scanner.finditer(text, start, end)]
        assert found == [(m.span(), m.lastgroup) for m in table.pattern.finditer(text, start, end)]
        first = table.scanner.search(text, start, end)
        plain = table.pattern.search(text, start, end)
        assert (first and (first.span(), first.lastgroup)) == (plain and (plain.span(), plain.lastgroup))



@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(NOUN_PIECES), max_size=10).map("".join), at=st.integers(0, 60))
def test_a_weapon_noun_starts_only_where_noun_start_says(text: str, at: int) -> None:
    low = lowered(text)
    if low is not None and lex.NOUN_START.match(low, at) is None:
        assert lex.NOUN_RE.match(text, at) is None
