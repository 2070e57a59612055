"""Run a costly pattern only where one of its first words stands.

Python's regex engine skips quickly through text only when a pattern starts with
plain literals; a pattern that starts with ``\\b``, a look-behind or a long
alternation is tried at every character. ``Triggered`` pairs such a pattern with
the words it can start with. A text is cut into words once, and indexed by word
(both remembered for the next pattern run over the same text); the full pattern
is matched only where one of its first words starts, found by dictionary look-up
rather than by walking every word of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate

_SPLIT_RE = re.compile(r"(\w+)")


class WordIndex:
    """The words of one text: starts, lower-cased forms, and where each word stands."""

    __slots__ = ("_positions", "at", "digits", "starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts, self.words = _cut(text)
        self.at: dict[str, list[int]] = {}
        for word, start in zip(self.words, self.starts, strict=True):
            found = self.at.get(word)
            if found is None:
                self.at[word] = [start]
            else:
                found.append(start)
        self.digits = [start for word, start in zip(self.words, self.starts, strict=True) if word[0] <= "9"]
        self._positions: dict[tuple[frozenset[str], bool], list[int]] = {}

    def positions(self, first: frozenset[str], digits: bool = False) -> list[int]:
        """Sorted starts of the words in ``first`` (and, if ``digits``, of every number)."""
        key = (first, digits)
        found = self._positions.get(key)
        if found is None:
            at = self.at
            found = [s for w in at.keys() & first for s in at[w]]
            if digits:
                found += self.digits
            found.sort()
            self._positions[key] = found
        return found


def _cut(text: str) -> tuple[list[int], list[str]]:
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:  # lower case that is longer or depends on context:
        # lower each word on its own
        parts = _SPLIT_RE.split(text)
        words = [w.lower() for w in parts[1::2]]
    else:
        parts = _SPLIT_RE.split(low)
        words = parts[1::2]
    ends = list(accumulate(map(len, parts)))
    return ends[0:-1:2], words


_last: WordIndex = WordIndex("")


def index_of(text: str) -> WordIndex:
    """The word index of ``text`` (the last text's is remembered)."""
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last.text is text:
        return last
    index = WordIndex(text)
    _last = index
    return index


def words_of(text: str) -> tuple[list[int], list[str]]:
    """The start and lower-cased form of every word in ``text`` (the last text is remembered)."""
    index = index_of(text)
    return index.starts, index.words


def first_word(phrase: str) -> str:
    """The first word of a trigger phrase as ``words_of`` spells it ("Kh-101" -> "kh")."""
    m = _SPLIT_RE.search(phrase)
    return m.group().lower() if m else ""


class Triggered:
    """A pattern plus the words that may begin its matches (and, if ``digits``, any number)."""

    __slots__ = ("digits", "first", "pattern")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str] = (), digits: bool = False) -> None:
        self.pattern = pattern
        self.first = frozenset(first_word(w) for w in words) - {""}
        self.digits = digits

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """Non-overlapping matches of the pattern in ``text[start:end]``, in order."""
        stop = len(text) if end is None else end
        candidates = index_of(text).positions(self.first, self.digits)
        pos = start
        for i in range(bisect_left(candidates, start), bisect_left(candidates, stop)):
            at = candidates[i]
            if at < pos:
                continue
            m = self.pattern.match(text, at, stop)
            if m:
                yield m
                pos = max(m.end(), at + 1)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[start:end]``, or None."""
        return next(self.finditer(text, start, end), None)
