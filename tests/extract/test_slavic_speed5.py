"""The fifth speed pass of the Slavic grammar changes no token, phrase or place found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import slavic_chars as chars
from skytally.extract import slavic_lexicon as lex
from skytally.extract import slavic_phrases
from skytally.extract import slavic_tokens as tk
from skytally.extract.slavic_numbers import word_value
from skytally.extract.slavic_scan import (
    NOT_PLAIN_CASE,
    PLAIN_CASE_RANGES,
    Lowered,
    Scanner,
    _any_found,
    gate_parts,
    lowered,
    plain_case,
)

# Pieces of sentences: words, number words (with each apostrophe), digits in every form the
# tokeniser tells apart, marks, and characters at the edges of its classes.
TOKEN_PIECES = [
    "Збито", "ракет", "БпЛА", "двадцять", "одна", "п'ять", "п’ять", "пʼять", "тисяч", "тис", "млн", "сто",
    "місто", "Х-59", "Іскандер-М/Х", "5", "12", "181-м", "2024", "1 000", "1\u00a0500", "18:00", "1,5",
    "0.25", "1234567890123", "٣", "²", "_", " ", "  ", "\n", ",", ".", "-", "–", "/", "«", "»", "'", "’",
    "\U0001F4A5", "İ", "Σ", "ſ", "x", "Shahed", "\u0306", "\u2003", "\t", ";", ":", "(", ")", "%",
    "ʼ", "é", "١", "18.00", "6.305", "12,", "181-мм", "-м'", "-М", "-ї", "/", "Х-59/69", "С-400", "—", "…",
    "№", "\u00a0", "\u202f", "Ґ", "ё", "\x1c", "\r", "[", "_", "`",
]
TEXTS = st.lists(st.sampled_from(TOKEN_PIECES), max_size=24).map("".join) | st.text(max_size=40)


def match_tokens(text: str, start: int, end: int) -> tk.Tokens:
    """Tokens as the tokeniser made them before: from the match objects of ``TOKEN_RE``, their
    group names telling the tags, every token's text looked up as a number word."""
    found = list(tk.TOKEN_RE.finditer(text, start, end))
    kinds = {"word": tk.WORD, "num": tk.NUM, "mark": tk.MARK, "other": tk.MARK}
    tags = [kinds[m.lastgroup or ""] for m in found]
    texts = [m.group() for m in found]
    values = [0] * len(found)
    for i, m in enumerate(found):
        if tags[i] is tk.NUM:
            tags[i], values[i] = tk._number(m.group("num"))
    spelled = [word_value(t) for t in texts]
    for i, v in enumerate(spelled):
        if v is not None:
            tags[i], values[i] = tk.NUM, -v
    starts, ends = [m.start() for m in found], [m.end() for m in found]
    if any(v is not None for v in spelled):
        return tk._merge_number_words(tags, texts, starts, ends, values)
    return tk.Tokens(tags, texts, starts, ends, values, [i for i, t in enumerate(tags) if t is tk.NUM])


def columns(tokens: tk.Tokens) -> tuple[list[object], ...]:
    return (list(tokens.tags), list(tokens.texts), list(tokens.starts), list(tokens.ends),
            list(tokens.values), list(tokens.numbers))


@settings(max_examples=500, deadline=None)
@given(text=TEXTS, cut=st.tuples(st.integers(0, 60), st.integers(0, 60)))
def test_tokens_are_those_of_the_match_objects(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    end = min(end, len(text))
    start = min(start, end)
    assert columns(tk.tokenize(text, start, end)) == columns(match_tokens(text, start, end))


def test_tokens_of_every_kind() -> None:
    text = "О 18:00 збито 1 000-го, 1,5 тисячі та двадцять п’ять _ ٣ БпЛА²"
    assert columns(tk.tokenize(text)) == columns(match_tokens(text, 0, len(text)))
    assert tk.tokenize(text).values == [0, 0, 0, 1000, 0, 1500, 0, 25, 3, 0]


def test_groups_of_digits_across_spaces() -> None:
    texts = ("12 345 ракет", "5 2024", "(1 000)", "1 000,", "x 12 345", "«12\u00a0345» і 7 000-го", "12  345")
    for text in texts:
        assert columns(tk.tokenize(text)) == columns(match_tokens(text, 0, len(text))), text
    assert tk.tokenize("Збито 12 345 ракет").values == [0, 12345, 0]


def test_only_spaces_and_underscores_lie_between_tokens() -> None:
    text = "А_Б  __7\u00a0x\u2003«ж»"
    tokens = tk.tokenize(text)
    gaps = [text[e:s] for e, s in zip([0, *tokens.ends], [*tokens.starts, len(text)], strict=True)]
    assert all(re.fullmatch(r"[\s_]*", gap) for gap in gaps)


SCANNERS = [v for v in vars(lex).values() if isinstance(v, Scanner)] + [
    lex.COUNT_TRIGGER_TABLE.scanner, lex.CASUALTY_TRIGGER_TABLE.scanner, lex.SINGULAR_GENITIVE_SCANNER,
    *(scanner for _, scanner in lex.SINGULAR_SCANNERS)]
GATE_PIECES = ["мінобороны", "минобороны", "дежурн", "всу", "зсу", "українськ", "киевск", "повітрян",
               "тримаймо", "ракета", "загинул", "м", "д", "в", "у", " ", "\n", "ſ", "\U0001F4A5"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(GATE_PIECES), max_size=12).map("".join) | st.text(max_size=30))
def test_gates_searched_per_letter_find_what_the_gate_finds(text: str) -> None:
    low = lowered(text) or text.lower()
    for scanner in SCANNERS:
        if scanner.gate is not None:
            assert _any_found(scanner.gate_parts, low) is (scanner.gate.search(low) is not None)


def test_gates_of_few_first_letters_are_split() -> None:
    assert len(gate_parts(("дежурн", "министерств", "минобороны", "міноборони"))) == 2
    assert len(gate_parts(("ракети", "ракеты"))) == 1
    assert len(lex.RUSSIAN_MOD_SCAN.gate_parts) == 2


KNOWN = "абяіїєґҐЁZz0189'’-/.,:;«»—…%_ ʼ"


@settings(max_examples=1500, deadline=None)
@given(chunk=st.text(alphabet=KNOWN, max_size=14).map(str.split).map("".join))
def test_chunks_read_by_characters_are_those_of_the_pattern(chunk: str) -> None:
    plain = chars.chunk_end(chunk, 0, len(chunk)) >= 0
    assert plain is all(chars.is_known(ord(c)) for c in chunk)
    assert columns(tk.tokenize(chunk)) == columns(match_tokens(chunk, 0, len(chunk)))


SEARCH_PIECES = ["Повітряних Сил", "повітряного", "радіотехнічних військ", "Тримаймо небо", "тримаймо",
                 "Міноборони РФ", "минобороны", "дежурными средствами", "ЗСУ атакували", "украинских дронов",
                 "київськ", "п", "р", "т", " ", "\n", "ſ", "İ", "\U0001F4A5"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(SEARCH_PIECES), max_size=10).map("".join),
       cut=st.tuples(st.integers(0, 120), st.integers(0, 120)))
def test_searches_by_first_letter_find_the_first_match(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    for scanner in SCANNERS:
        if scanner.prefilter_parts:
            found = scanner.search(text, start, end)
            plain = scanner.pattern.search(text, start, end)
            assert (found is None) is (plain is None)
            assert found is None or plain is None or found.span() == plain.span()


def test_searches_of_few_first_letters_are_split() -> None:
    assert len(lex.UA_AIR_FORCE_SCAN.prefilter_parts) == 3
    assert lex.UA_AIR_FORCE_SCAN.search("Сили ППО. Тримаймо небо!") is not None



@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=30) | st.lists(st.sampled_from(TOKEN_PIECES), max_size=10).map("".join))
def test_plain_case_is_the_pattern_s_answer(text: str) -> None:
    assert plain_case(text) is (NOT_PLAIN_CASE.search(text) is None)


def test_plain_case_at_the_edges_of_its_ranges() -> None:
    for a, b in PLAIN_CASE_RANGES:
        for c in (a - 1, a, b, b + 1):
            if c >= 0:
                assert plain_case(chr(c)) is (NOT_PLAIN_CASE.search(chr(c)) is None)



MODEL_PIECES = ["Shahed", "ШАХЕД", "Гербера", "Італмас", "Іскандер-К", "ИСКАНДЕР-м", "С-300", "S-400",
                "Х-101", "х-59П", "X-22п", "KN-23", "Storm  Shadow", "ATACMS", "атакував", " ", "\n", "-",
                "/", "5", "ſ", "İ", "ракет"]


def plain_model(text: str, start: int, end: int) -> str | None:
    """``_model`` with every name searched by its IGNORECASE pattern in the text itself."""
    stop = min(end, start + 70)
    window = text[start:stop]
    names: list[str] = []
    for i in slavic_phrases._models_to_search(text, start, stop):
        pattern, name = lex.MODEL_PATTERNS[i]
        m = pattern.search(window)
        if m is not None:
            label = name.format(*m.groups()).translate(slavic_phrases.CYRILLIC_P) if m.groups() else name
            if label not in names:
                names.append(label)
    return "/".join(names) if names else None


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(MODEL_PIECES), max_size=12).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_models_named_in_the_lowered_window_are_those_of_the_text(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    assert slavic_phrases._model(text, start, end) == plain_model(text, start, end)


LOWERED = [v for v in vars(lex).values() if isinstance(v, Lowered)]
ELLIPSIS_PIECES = ["ще", "Ще", "а також", "З НИХ", "з них", "із яких", "збито", "ЗБИТО", "Знищено", "було",
                   "локаційно втрачено", "уламки збитого", "не досягли цілей", "близько", "понад", " ", "\n",
                   " — ", "-", "(", "5", "17", "ſ", "İ", "\U0001F4A5"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(ELLIPSIS_PIECES), max_size=12).map("".join),
       cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_patterns_run_on_the_lowered_text_match_where_they_match_the_text(text: str,
                                                                          cut: tuple[int, int]) -> None:
    start, end = sorted(cut)
    assert len(LOWERED) == 6
    for low in LOWERED:
        pairs = ((low.match(text, start, end), low.pattern.match(text, start, end)),
                 (low.search(text, start, end), low.pattern.search(text, start, end)))
        for found, plain in pairs:
            assert (found is None) is (plain is None)
            if found is not None and plain is not None:
                names = list(plain.re.groupindex)
                assert found.span() == plain.span()
                assert [found.span(g) for g in names] == [plain.span(g) for g in names]
