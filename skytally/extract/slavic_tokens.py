"""Tokens of a Ukrainian or Russian sentence: numbers (digits or words), words, marks.

A run of number words becomes one number token ("двадцять одна" is 21),
"181-м" is 181, times ("18:00") and decimals are marks, not numbers.

A sentence is read by both the weapon and the people passes, so ``tokenize``
keeps its last results. ``Tokens`` holds them as columns (tags, texts, offsets,
values), built by C-level ``map`` calls: a report has hundreds of tokens, and an
object per token was most of the cost of reading them.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from enum import Enum
from functools import lru_cache
from typing import Final, TypeVar

from skytally.extract.slavic_numbers import MULTIPLIERS, NUMBER_WORDS, can_follow, word_value
from skytally.extract.slavic_scan import lowered, word_tree

T = TypeVar("T")


class Tag(Enum):
    NUM = "num"
    WORD = "word"
    MARK = "mark"


# The tags as module constants: compiled, a ``Final`` name is a C static, where ``Tag.NUM`` looks
# the member up on the class each time (the grammar reads a tag at every token it looks at).
NUM: Final = Tag.NUM
WORD: Final = Tag.WORD
MARK: Final = Tag.MARK


class Tokens:
    """Tokens as columns: the ``i``-th is ``tags[i]``, ``texts[i]``, ``starts[i]``, ``ends[i]``
    and, for a number, its value ``values[i]`` (0 for the others); ``numbers`` are the indices
    of the numbers, in order. Read only once built. (A class with its own ``__init__``, not a
    dataclass: compiled, its constructor is native.)"""

    __slots__ = ("tags", "texts", "starts", "ends", "values", "numbers")

    def __init__(self, tags: list[Tag], texts: list[str], starts: list[int], ends: list[int],
                 values: list[int], numbers: list[int]) -> None:
        self.tags = tags
        self.texts = texts
        self.starts = starts
        self.ends = ends
        self.values = values
        self.numbers = numbers

    def __len__(self) -> int:
        return len(self.tags)


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


def number_tokens(text: str, start: int, end: int) -> Tokens:
    """``tokenize(text, start, end)``, or no tokens where no number can be (none are made)."""
    low = lowered(text)
    if low is not None and DIGIT.search(low, start, end) is None and (
            NUMBER_WORD_END.search(low, start, end) is None  # no run of words is listed, most often
            or NUMBER_WORD_FORMS.isdisjoint(WORD_RUN.findall(low, start, end))):
        return NO_TOKENS
    return tokenize(text, start, end)


@lru_cache(maxsize=64)
def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    found = list(TOKEN_RE.finditer(text, start, len(text) if end is None else end))
    texts = list(map(re.Match.group, found))
    tags = list(map(KIND_TAGS.__getitem__, map(LAST_GROUP, found)))
    values = [0] * len(found)
    for i in _indices(tags, NUM):  # digits
        tags[i], values[i] = _number(found[i].group("num"))
    spelled = list(map(word_value, texts))
    words = len(spelled) - spelled.count(None)
    if words:
        for i, v in enumerate(spelled):
            if v is not None:
                tags[i], values[i] = NUM, -v  # negative: spelled out, merged below
    starts, ends = list(map(re.Match.start, found)), list(map(re.Match.end, found))
    if words:
        return _merge_number_words(tags, texts, starts, ends, values)
    return Tokens(tags, texts, starts, ends, values, list(_indices(tags, NUM)))


def _indices(items: list[T], item: T) -> Iterator[int]:
    """Where ``item`` is in ``items``, found by C-level ``list.count`` and ``list.index`` (as many
    times as it is there: a last, failing ``index`` would raise, and format the item's repr)."""
    i = -1
    for _ in range(items.count(item)):
        i = items.index(item, i + 1)
        yield i


LAST_GROUP = operator.attrgetter("lastgroup")
KIND_TAGS = {"word": WORD, "num": NUM, "mark": MARK, "other": MARK}
NO_TOKENS = Tokens([], [], [], [], [], [])  # never changed: read only


def _number(number: str) -> tuple[Tag, int]:
    digits = number if number.isdecimal() else NON_DIGIT.sub("", number)
    if len(digits) > MAX_DIGITS:  # a code or junk, never a count (and int() refuses 4300+)
        return MARK, 0
    return NUM, int(digits)


def _merge_number_words(tags: list[Tag], texts: list[str], starts: list[int], ends: list[int],
                        values: list[int]) -> Tokens:
    """Join spelled-out number words (negative values) into one token; digits keep their value."""
    out = Tokens([], [], [], [], [], [])
    for i, v in enumerate(values):
        k = len(out.tags) - 1
        if v < 0 and k >= 0 and out.ends[k] + 2 > starts[i] and _continues(out, k, -v):
            out.tags[k], out.values[k] = NUM, _merged_value(out, k, -v)
            out.texts[k], out.ends[k] = out.texts[k] + " " + texts[i], ends[i]
            continue
        out.tags.append(NUM if v < 0 else tags[i])
        out.texts.append(texts[i])
        out.starts.append(starts[i])
        out.ends.append(ends[i])
        out.values.append(-v if v < 0 else v)
    out.numbers.extend(_indices(out.tags, NUM))
    return out


def _continues(prev: Tokens, k: int, value: int) -> bool:
    """"двадцять" + "одна", "5" + "тисяч", "1,5" + "тисячі": whether token ``k`` goes on."""
    tag, text = prev.tags[k], prev.texts[k]
    if tag is NUM and text[:1].isalpha():
        return can_follow(word_value(text.split()[-1]) or 0, value)
    return value in MULTIPLIERS and (tag is NUM or DECIMAL.fullmatch(text) is not None)


def _merged_value(prev: Tokens, k: int, value: int) -> int:
    if value in MULTIPLIERS:
        base = prev.values[k] if prev.tags[k] is NUM else float(prev.texts[k].replace(",", "."))
        return round(max(base, 1) * value)
    return prev.values[k] + value
