"""Tokens of a Ukrainian or Russian sentence: numbers (digits or words), words, marks.

A run of number words becomes one number token ("двадцять одна" is 21),
"181-м" is 181, times ("18:00") and decimals are marks, not numbers.

A sentence is read by both the weapon and the people passes, so ``tokenize``
keeps its last results. ``Tokens`` holds them as columns (tags, texts, offsets,
values): a report has hundreds of tokens, and an object per token was most of the
cost of reading them. A chunk of text between ASCII spaces made of characters
``slavic_chars`` knows (most are) is cut into tokens by their codes in a compiled loop;
``TOKEN_RE`` reads the others (one ``findall``: texts, no match objects; offsets by
``str.find``, tags from the characters). A word is looked up as a number word only if
its lower case is a listed form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import Enum
from functools import lru_cache
from typing import Final, TypeVar

from skytally.extract.slavic_chars import NUM as CHAR_NUM
from skytally.extract.slavic_chars import chunk_end, code, figure, is_digit, is_letter, word_end
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
# The same without groups: ``findall`` gives the tokens' texts, and no match objects.
TOKEN_TEXT_RE = re.compile(re.sub(r"\(\?P<\w+>", "(?:", TOKEN_RE.pattern))


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
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    Read chunk by chunk (runs of characters between ASCII spaces): a chunk of the characters
    ``slavic_chars`` knows is read by their codes, ``TOKEN_RE`` (by ``findall``: texts, no match objects)
    the others, and chunks of digits a space joins ("1 000": a number's groups of digits)."""
    stop = len(text) if end is None else end
    cols = _Columns(lowered(text))
    p = start
    while p < stop:
        c = ord(text[p])
        if c == 32 or 9 <= c <= 13:  # ``slavic_chars.is_space``, written out
            p += 1
            continue
        q = chunk_end(text, p, stop)
        if q < 0:
            q = ~q
            cols.read(text, p, q)
        else:
            cols.chars(text, p, q)
        p = q
    if cols.spelled_words:
        return _merge_number_words(cols.tags, cols.texts, cols.starts, cols.ends, cols.values)
    return Tokens(cols.tags, cols.texts, cols.starts, cols.ends, cols.values, list(_indices(cols.tags, NUM)))


class _Columns:
    """The columns of ``Tokens`` as they are read, and whether a spelled-out number is among them."""

    def __init__(self, low: str | None) -> None:
        self.tags: list[Tag] = []
        self.texts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.values: list[int] = []
        self.low = low  # the text lower-cased, if letter for letter (``lowered``)
        self.spelled_words = False

    def add(self, tok: str, at: int, tag: Tag, value: int) -> None:
        self.tags.append(tag)
        self.texts.append(tok)
        self.starts.append(at)
        self.ends.append(at + len(tok))
        self.values.append(value)

    def word(self, tok: str, at: int) -> None:
        low = self.low  # a word is a number word only if its lower case is a form listed
        listed = low is None or low[at:at + len(tok)] in NUMBER_WORD_FORMS
        v = word_value(tok) if listed else None
        if v is None:
            self.add(tok, at, WORD, 0)
        else:
            self.add(tok, at, NUM, -v)  # negative: spelled out, merged by ``_merge_number_words``
            self.spelled_words = True

    def chars(self, text: str, start: int, end: int) -> None:
        """The tokens of a chunk of characters ``slavic_chars`` knows, read by their codes."""
        p = start
        while p < end:
            c = code(text, p)
            if is_letter(c):
                q = word_end(text, p + 1, end)
                self.word(text[p:q], p)
            elif is_digit(c):
                q, kind, digits = figure(text, p, end)
                if kind == CHAR_NUM:
                    tag, value = _number(text[p:digits])
                    self.add(text[p:q], p, tag, value)
                else:
                    self.add(text[p:q], p, MARK, 0)
            else:
                q = p + 1
                self.add(text[p:q], p, MARK, 0)
            p = q

    def read(self, text: str, start: int, end: int) -> None:
        """The tokens of ``text[start:end]`` by ``TOKEN_RE`` (its texts, without match objects)."""
        texts: list[str] = TOKEN_TEXT_RE.findall(text, start, end)
        pos = start
        for tok in texts:
            at = text.find(tok, pos)  # only spaces and "_" lie between tokens, and none starts with them
            pos = at + len(tok)
            tag, value = _token(tok)
            if tag is WORD:
                self.word(tok, at)
            else:
                self.add(tok, at, tag, value)


def _token(tok: str) -> tuple[Tag, int]:
    """The branch of ``TOKEN_RE`` a token's text was matched by, as a tag, and a number's value:
    a digit first is a time or decimal (a mark) if it holds ":.,", else a number (less its "-м"
    ending); a single mark that is no letter or digit is a mark; the rest are words."""
    first = ord(tok[0])
    if 48 <= first <= 57 or (first > 127 and tok[0].isdecimal()):
        if ":" in tok or "." in tok or "," in tok:
            return MARK, 0
        cut = tok.find("-")
        return _number(tok if cut < 0 else tok[:cut])
    if len(tok) == 1 and not tok.isalnum():
        return MARK, 0
    return WORD, 0


def _indices(items: list[T], item: T) -> Iterator[int]:
    """Where ``item`` is in ``items``, found by C-level ``list.count`` and ``list.index`` (as many
    times as it is there: a last, failing ``index`` would raise, and format the item's repr)."""
    i = -1
    for _ in range(items.count(item)):
        i = items.index(item, i + 1)
        yield i


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
