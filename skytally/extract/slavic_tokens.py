"""Tokens of a Ukrainian or Russian sentence: numbers (digits or words), words, marks.

A run of number words becomes one number token ("двадцять одна" is 21),
"181-м" is 181, times ("18:00") and decimals are marks, not numbers.

A sentence is read by both the weapon and the people passes, so ``tokenize``
keeps its last results. ``Token`` is a named tuple rather than a frozen
dataclass: a report has hundreds and a frozen dataclass is four times slower
to build.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator, Sequence
from enum import Enum
from functools import lru_cache, partial
from typing import NamedTuple, TypeVar

from skytally.extract.slavic_numbers import MULTIPLIERS, NUMBER_WORDS, can_follow, word_value
from skytally.extract.slavic_scan import lowered, word_tree

T = TypeVar("T")


class Tag(Enum):
    NUM = "num"
    WORD = "word"
    MARK = "mark"


class Token(NamedTuple):
    tag: Tag
    text: str
    start: int
    end: int
    value: int = 0


# Every token starts with a non-space, and the branches with different characters (a letter, a
# digit, another mark): the look-ahead lets the engine pass over spaces at once, and words, the
# most tokens, are tried first. Times and decimals go before numbers.
TOKEN_RE = re.compile(
    r"(?=\S)(?:(?P<word>[^\W\d_][\w'’ʼ]*(?:[-/][\w'’ʼ]+)*)"
    r"|(?P<mark>\d{1,2}[:.]\d{2}(?!\d)|\d+[.,]\d+)"
    r"|(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:-(?:[а-яіїє]{1,3})(?![\w]))?"
    r"|(?P<other>[^\w\s]))"
)


MAX_DIGITS = 12
DECIMAL = re.compile(r"\d+[.,]\d+")
NON_DIGIT = re.compile(r"\D")
# Where a number token may be, on the lower-cased text: a digit, or a word that is a number word.
DIGIT = re.compile(r"\d")
WORD_RUN = re.compile(r"[^\W\d_][\w'’ʼ]*")  # the words of TOKEN_RE, less their hyphenated tails
NUMBER_WORD_FORMS = frozenset(
    form.replace("'", mark) for form in NUMBER_WORDS for mark in "'’ʼ"
)
# Where a number word ends a run of word characters (a run that is one is such a place).
NUMBER_WORD_END = re.compile("(?:" + word_tree(NUMBER_WORD_FORMS) + r")(?![\w'’ʼ])")


def number_tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """``tokenize(text, start, end)``, or nothing where no number can be (no tokens are made)."""
    low = lowered(text)
    if low is not None and DIGIT.search(low, start, end) is None and (
            NUMBER_WORD_END.search(low, start, end) is None  # no run of words is listed, most often
            or NUMBER_WORD_FORMS.isdisjoint(WORD_RUN.findall(low, start, end))):
        return ()
    return tokenize(text, start, end)


@lru_cache(maxsize=64)
def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    Built column by column with C-level ``map`` calls and comprehensions (a report has
    hundreds of tokens; a Python function call per token was most of the cost)."""
    found = list(TOKEN_RE.finditer(text, start, len(text) if end is None else end))
    kinds = list(map(LAST_GROUP, found))
    texts = list(map(re.Match.group, found))
    tags = list(map(KIND_TAGS.__getitem__, kinds))
    values = [0] * len(found)
    spelled = list(map(word_value, texts))
    words = len(spelled) - spelled.count(None)
    if words:
        for i, v in enumerate(spelled):
            if v is not None:
                tags[i], values[i] = Tag.NUM, -v  # negative: spelled out, merged below
    for i in _indices(kinds, "num"):
        tags[i], values[i] = _number(found[i].group("num"))
    starts, ends = map(re.Match.start, found), map(re.Match.end, found)
    tokens = list(map(_new, zip(tags, texts, starts, ends, values, strict=True)))
    return tuple(_merge_number_words(tokens) if words else tokens)


def number_indices(tokens: Sequence[Token]) -> list[int]:
    """Where the numbers of ``tokens`` are, found in a column of tags by C-level ``list.index``."""
    return list(_indices(list(map(TAG, tokens)), Tag.NUM))


def _indices(items: list[T], item: T) -> Iterator[int]:
    """Where ``item`` is in ``items``, found by C-level ``list.count`` and ``list.index`` (as many
    times as it is there: a last, failing ``index`` would raise, and format the item's repr)."""
    i = -1
    for _ in range(items.count(item)):
        i = items.index(item, i + 1)
        yield i


LAST_GROUP = operator.attrgetter("lastgroup")
TAG = operator.itemgetter(0)  # a token's tag
KIND_TAGS = {"word": Tag.WORD, "num": Tag.NUM, "mark": Tag.MARK, "other": Tag.MARK}
_new = partial(tuple.__new__, Token)  # Token(*fields), without the Python-level __new__


def _number(number: str) -> tuple[Tag, int]:
    digits = number if number.isdecimal() else NON_DIGIT.sub("", number)
    if len(digits) > MAX_DIGITS:  # a code or junk, never a count (and int() refuses 4300+)
        return Tag.MARK, 0
    return Tag.NUM, int(digits)


def _merge_number_words(raw: list[Token]) -> list[Token]:
    """Join spelled-out number words into one token; digits keep their value."""
    out: list[Token] = []
    for tok in raw:
        if tok.value < 0:
            value = -tok.value
            prev = out[-1] if out else None
            if prev is not None and prev.end + 2 > tok.start and _continues(prev, value):
                merged = _merged_value(prev, value)
                out[-1] = Token(Tag.NUM, prev.text + " " + tok.text, prev.start, tok.end, merged)
                continue
            out.append(Token(Tag.NUM, tok.text, tok.start, tok.end, value))
        else:
            out.append(tok)
    return out


def _continues(prev: Token, value: int) -> bool:
    """"двадцять" + "одна", "5" + "тисяч", "1,5" + "тисячі"."""
    if prev.tag is Tag.NUM and prev.text[:1].isalpha():
        return can_follow(word_value(prev.text.split()[-1]) or 0, value)
    return value in MULTIPLIERS and (prev.tag is Tag.NUM or DECIMAL.fullmatch(prev.text) is not None)


def _merged_value(prev: Token, value: int) -> int:
    if value in MULTIPLIERS:
        base = prev.value if prev.tag is Tag.NUM else float(prev.text.replace(",", "."))
        return round(max(base, 1) * value)
    return prev.value + value
