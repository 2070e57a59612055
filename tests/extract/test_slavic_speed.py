"""The third speed pass of the Slavic grammar changes no token, segment or phrase."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import slavic_lexicon as lex
from skytally.extract import slavic_phrases, slavic_places, slavic_tokens
from skytally.extract.slavic_scan import on_lowered
from skytally.extract.slavic_tokens import TOKEN_RE

# The token pattern as first written: times and decimals, numbers, words, other marks.
PLAIN_TOKEN_RE = re.compile(
    r"(?P<mark>\d{1,2}[:.]\d{2}(?!\d)|\d+[.,]\d+)"
    r"|(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:-(?:[а-яіїє]{1,3})(?![\w]))?"
    r"|(?P<word>[^\W\d_][\w'’ʼ]*(?:[-/][\w'’ʼ]+)*)"
    r"|(?P<other>[^\w\s])"
)
PIECES = ["Збито", "БпЛА", "101", "1 000", "18:00", "2,5", "181-м", "Х-59/69", "п’ять", "двадцять", "одна",
          "ракет", "ще", "\u0660", "_", "ſ", "Ⅻ", " ", " ", "\u202f", "\n", "\t", ",", ".", ":", ";", "–",
          "-", "/", "«", "'", "’", "\U0001F680"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=60)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup, m.group("num")) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_token_pattern_finds_the_tokens_of_the_plain_one(text: str) -> None:
    assert spans(TOKEN_RE, text) == spans(PLAIN_TOKEN_RE, text)


AGGREGATE_PIECES = ["з початку року", "З ПОЧАТКУ", "с начала СВО", "за минулий тиждень", "за неделю",
                    "за год", "протягом місяця", "в течение года", "у березні", "в мае", "в мая", "в май",
                    "за 5 днів", "у грудні 5", "впродовж лютого", "за цей рік", "рік", "год", "січня",
                    "в", "у", "за", "з", " ", "\n", ",", "ſ", "İ"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(AGGREGATE_PIECES), max_size=12).map("".join),
       cut=st.tuples(st.integers(0, 80), st.integers(0, 80)))
def test_aggregate_needles_keep_every_cue(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    found = lex.AGGREGATE_SCAN.search(text, start, end)
    plain = lex.AGGREGATE_SCAN.pattern.search(text, start, end)
    assert (found and found.span()) == (plain and plain.span())


LEAD_PIECES = [
    "ударного", "ворожого", "ОДНОГО", "БпЛА", "бпла", "бплаа", "дрона", "шахед", "балістичної", "ворожої",
    "крилатой", "ракети", "РАКЕТЫ", "ракета", "влучання", "попадание", "ого", "ої", " ", "  ", "\n", ",",
    "ſ", "İ",
]
SINGULAR = [s for _, s in lex.SINGULAR_SCANNERS] + [lex.SINGULAR_GENITIVE_SCANNER, lex.HIT_SINGULAR_SCANNER]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(LEAD_PIECES), max_size=14).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_leads_are_left_out_only_where_their_branches_cannot_match(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    for scanner in SINGULAR:
        found = [m.span() for m in scanner.finditer(text, start, end)]
        assert found == [m.span() for m in scanner.pattern.finditer(text, start, end)]
        first = scanner.search(text, start, end)
        assert (first and first.span()) == (found[0] if found else None)


def test_models_searched_always_hold_their_mark() -> None:
    assert lex.MODELS_ALWAYS
    for i in lex.MODELS_ALWAYS:
        assert lex.MODELS_ALWAYS_MARK in lex.MODELS[i][0]


QUALIFIER_PIECES = [
    "понад", "більше", "більш", "ніж", "щонайменше", "не", "менше", "менш", "принаймні", "мінімум", "свыше",
    "более", "больше", "менее", "по", "меньшей", "мере", "как", "минимум", "близько", "майже", "приблизно",
    "орієнтовно", "около", "почти", "примерно", "порядка", "до", "зросла", "возросло", "ПОНАД", "Близько",
    "ворожих", " ", "  ", "\n", "\u00a0", "\u2003", ",", "'", "’", "(", "–",
]


@settings(max_examples=400, deadline=None)
@given(head=st.lists(st.sampled_from(QUALIFIER_PIECES), max_size=8).map("".join))
def test_a_qualified_head_ends_with_a_qualifier_end(head: str) -> None:
    low = head.lower()
    if lex.QUALIFIED_RE.search(head) is not None or lex.QUALIFIED_RE.search(low) is not None:
        assert low.rstrip().endswith(lex.QUALIFIER_ENDS)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(LEAD_PIECES), max_size=14).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_singular_nouns_of_the_whole_text_are_those_within_bounds(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    end = min(end, len(text))
    gate = lex.SINGULAR_GATE.search(text, start, end)
    expected = [] if gate is None else sorted(slavic_phrases._singular_scan(text, start, end))
    assert list(slavic_phrases._singular_nouns(text, start, end)) == expected


GATED = {"casualty triggers": lex.CASUALTY_TRIGGER_TABLE.scanner, "by ukraine": lex.ATTACKED_BY_UKRAINE_SCAN,
         "aggregate": lex.AGGREGATE_SCAN, "count triggers": lex.COUNT_TRIGGER_TABLE.scanner}
GATE_PIECES = [*AGGREGATE_PIECES, *LEAD_PIECES, "загинули", "ПОРАНЕНО", "вбито", "українських дронів", "ЗСУ",
               "всу", "збито", "знищено"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(GATE_PIECES), max_size=10).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_a_text_a_scanner_rules_out_has_no_match_anywhere(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    for scanner in GATED.values():
        if not scanner.may_match(text):
            assert scanner.pattern.search(text, start, end) is None


GOVERNOR_PIECES = ["по", "на", "у", "в", "во", "над", "бік", "сторону", "атакували", "атаковано", "удару",
                   "ударів", "обстрілу", "уражено", "постраждала", "пострадали", "київщині", "опо", "зна",
                   "_", "5", " ", "\n", "\n\n", ",", "–", "'"]
TARGET_GOVERNORS_LOW = on_lowered(slavic_places.TARGET_GOVERNORS)


@settings(max_examples=400, deadline=None)
@given(head=st.lists(st.sampled_from(GOVERNOR_PIECES), max_size=8).map("".join))
def test_a_governor_is_told_by_the_last_word_as_by_the_search(head: str) -> None:
    assert slavic_places._governed(head) == (TARGET_GOVERNORS_LOW.search(head) is not None)


NUMBER_PIECES = ["п'ять", "п’ять", "ПЯТЬ", "сто", "місто", "тримаймо", "три", "двох", "5два", "_два", "два_",
                 "двадцять", "одна", "тис", "млн", "сімсот", "всім", "один'", "'три", " ", "\n", ",", "-",
                 "ſ"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(NUMBER_PIECES), max_size=10).map("".join),
       cut=st.tuples(st.integers(0, 70), st.integers(0, 70)))
def test_number_word_end_rules_out_only_text_without_number_words(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    low = text.lower()
    if slavic_tokens.NUMBER_WORD_END.search(low, start, end) is None:
        assert slavic_tokens.NUMBER_WORD_FORMS.isdisjoint(slavic_tokens.WORD_RUN.findall(low, start, end))
