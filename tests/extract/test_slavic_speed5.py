"""The fifth speed pass of the Slavic grammar changes no token, phrase or place found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import slavic_tokens as tk
from skytally.extract.slavic_numbers import word_value

# Pieces of sentences: words, number words (with each apostrophe), digits in every form the
# tokeniser tells apart, marks, and characters at the edges of its classes.
TOKEN_PIECES = [
    "Збито", "ракет", "БпЛА", "двадцять", "одна", "п'ять", "п’ять", "пʼять", "тисяч", "тис", "млн", "сто",
    "місто", "Х-59", "Іскандер-М/Х", "5", "12", "181-м", "2024", "1 000", "1\u00a0500", "18:00", "1,5",
    "0.25", "1234567890123", "٣", "²", "_", " ", "  ", "\n", ",", ".", "-", "–", "/", "«", "»", "'", "’",
    "\U0001F4A5", "İ", "Σ", "ſ", "x", "Shahed", "\u0306", "\u2003", "\t", ";", ":", "(", ")", "%",
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


def test_only_spaces_and_underscores_lie_between_tokens() -> None:
    text = "А_Б  __7\u00a0x\u2003«ж»"
    tokens = tk.tokenize(text)
    gaps = [text[e:s] for e, s in zip([0, *tokens.ends], [*tokens.starts, len(text)], strict=True)]
    assert all(re.fullmatch(r"[\s_]*", gap) for gap in gaps)
