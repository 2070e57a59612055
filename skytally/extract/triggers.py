"""Run a costly pattern only where one of its first words stands.

Python's regex engine skips quickly through text only when a pattern starts with
plain literals; a pattern that starts with ``\\b``, a look-behind or a long
alternation is tried at every character. ``Triggered`` pairs such a pattern with
the words it can start with: the text is cut into words once (and remembered for
the next pattern run over the same text), and the full pattern is matched only
where one of those words starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

_WORD_RE = re.compile(r"\w+")
_last: tuple[str, list[int], list[str]] = ("", [], [])


def words_of(text: str) -> tuple[list[int], list[str]]:
    """The start and lower-cased form of every word in ``text`` (the last text is remembered)."""
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last[0] is text:
        return last[1], last[2]
    starts: list[int] = []
    words: list[str] = []
    for m in _WORD_RE.finditer(text):
        starts.append(m.start())
        words.append(m.group().lower())
    _last = (text, starts, words)
    return starts, words


def first_word(phrase: str) -> str:
    """The first word of a trigger phrase as ``words_of`` spells it ("Kh-101" -> "kh")."""
    m = _WORD_RE.search(phrase)
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
        starts, words = words_of(text)
        first, digits = self.first, self.digits
        pos = start
        for i in range(bisect_left(starts, start), bisect_left(starts, stop)):
            word = words[i]
            if word in first or digits and word[0] <= "9":
                at = starts[i]
                if at < pos:
                    continue
                m = self.pattern.match(text, at, stop)
                if m:
                    yield m
                    pos = max(m.end(), at + 1)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[start:end]``, or None."""
        return next(self.finditer(text, start, end), None)
