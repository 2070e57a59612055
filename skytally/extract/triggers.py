"""Run a costly pattern only where one of its first words stands.

Python's regex engine skips quickly through text only when a pattern starts with
plain literals; a pattern that starts with ``\\b``, a look-behind or a long
alternation is tried at every character. ``Triggered`` pairs such a pattern with
the words it can start with. A text is cut into words once, and indexed by word
(both remembered for the next pattern run over the same text); the full pattern
is matched only where one of its first words starts, found by dictionary look-up
rather than by walking every word of the text. A pass may go further with ``gated``:
at a first word that only a few words can follow (``NextWord``), the pattern is tried
only where the word after is one of them.
"""

from __future__ import annotations

import operator
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import compress, repeat
from typing import Final

_SPLIT_RE: Final = re.compile(r"(\w+)")
_KEEP_RE: Final = re.compile(r"\\[\s\S]|\(\?P[<=]\w+")  # escapes ("\S" is not "\s") and group names


# Every word set a pattern starts with (``watch``): a text's index lists where each set's words stand,
# all sets in one walk over the words.
_SET_IDS: Final[dict[frozenset[str], int]] = {}
_WATCHED: Final[dict[str, list[int]]] = {}  # word -> the sets it belongs to


def bisect_left(a: list[int], x: int, lo: int = 0) -> int:
    """``bisect.bisect_left`` for a sorted list of ints: compiled, a native loop (no call into C, no
    object comparisons), several times cheaper on the short lists of marks a report has."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int, lo: int = 0) -> int:
    """``bisect.bisect_right`` for a sorted list of ints (see ``bisect_left``)."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


# Python's own ``str.lower``, called as an object: mypyc's compiled ``str.lower`` lowers a word-final
# "Σ" to "σ" where Python gives "ς" (words are lowered one by one only when such letters are there).
_lower_word: Callable[[str], str] = str.lower


def match_in_last_words(index: WordIndex, pattern: re.Pattern[str], first: frozenset[str], reach: int,
                        lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches the folded text in ``[lo, hi)`` from one of the last ``reach`` words
    before ``hi`` that are in ``first``: what a search over the span finds, for a pattern whose every
    match there starts at such a word (the caller's to know)."""
    k = bisect_left(index.starts, hi)
    for i in range(max(0, k - reach), k):
        at = index.starts[i]
        if at >= lo and index.words[i] in first and pattern.match(index.folded, at, hi):
            return True
    return False


class NextWord:
    """What the word after a pattern's first word must be for the pattern to match there.

    The word after is the next ``\\w+`` run, lower-cased: one of ``words``, or one that starts with
    one of ``prefixes`` or ends with one of ``suffixes``, or (if ``digit``) one led by a decimal digit,
    or (if ``capital``) one led by "A"-"Z" in the text. A gate is what its pattern says of the word
    after (a property test holds it to the pattern); it only spares the pattern where it cannot match.
    """

    __slots__ = ("capital", "digit", "letters", "prefixes", "suffixes", "words")

    def __init__(self, words: Iterable[str] = (), prefixes: tuple[str, ...] = (),
                 suffixes: tuple[str, ...] = (), digit: bool = False, capital: bool = False) -> None:
        self.words = frozenset(words)
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.digit = digit
        self.capital = capital
        self.letters = _lead_letters(self.words | frozenset(prefixes)) if not suffixes else -1

    def admits(self, index: WordIndex, k: int) -> bool:
        """Whether the word after the ``k``-th word of ``index`` may follow."""
        if k + 1 >= len(index.words):
            return False
        word = index.words[k + 1]
        c = ord(word[0]) - 97  # a word led by none of the letters leading ``words`` and ``prefixes`` is none
        letters = self.letters
        if (letters < 0 or not 0 <= c < 26 or letters >> c & 1) and (
                word in self.words or word.startswith(self.prefixes) or word.endswith(self.suffixes)):
            return True
        if self.digit and word[0].isdecimal():
            return True
        return self.capital and "A" <= index.text[index.starts[k + 1]] <= "Z"


def _lead_letters(heads: frozenset[str]) -> int:
    """The letters "a"-"z" that lead ``heads`` as bits (bit 0 "a"), or -1 if other characters lead any."""
    if not all("a" <= head[:1] <= "z" for head in heads):
        return -1
    return sum(1 << (ord(head[0]) - 97) for head in {head[0] for head in heads})


def gated(index: WordIndex, first: frozenset[str], digits: bool, gates: dict[str, NextWord]) -> list[int]:
    """``index.positions(first, digits)`` less those whose word has a gate the word after fails.

    The words must be those of the folded text (``index.folded_words``); else nothing is left out."""
    if not index.folded_words:
        return index.positions(first, digits)
    out: list[int] = []
    starts, words = index.starts, index.words
    for k in index.numbers(first, digits):
        gate = gates.get(words[k])
        if gate is None or gate.admits(index, k):
            out.append(starts[k])
    return out


def watch(first: frozenset[str]) -> None:
    """Index the words of ``first`` in every text from now on (patterns register at import)."""
    if first not in _SET_IDS:
        _SET_IDS[first] = len(_SET_IDS)
        for word in first:
            _WATCHED.setdefault(word, []).append(_SET_IDS[first])


class WordIndex:
    """The words of one text: starts and lower-cased forms, and where the watched words stand."""

    __slots__ = ("_digits", "_lists", "_numbers", "_positions", "folded", "folded_words", "starts", "stops",
                 "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.folded = fold(text, low)
        # whether ``words`` are the words of ``folded`` (no letter folded apart from lower case)
        self.folded_words = self.folded is low and len(low) == len(text) and "Σ" not in text
        self.starts: list[int] = []
        self.words: list[str] = []
        self.stops: list[int] = []  # where ".", "!", "?", "…" or a line break stands: where sentences may end
        self._lists: list[list[int]] = [[] for _ in range(len(_SET_IDS))]  # the numbers of each set's words
        self._digits: list[int] = []  # ... and of the words led by a digit
        if len(low) == len(text) and "Σ" not in text:
            self._cut(low, False)
        else:  # lower case that is longer or depends on context: lower each word on its own
            self._cut(text, True)
        self._numbers: dict[tuple[frozenset[str], bool], list[int]] = {}
        self._positions: dict[tuple[frozenset[str], bool], list[int]] = {}

    def _cut(self, text: str, lower: bool) -> None:
        """The words (``\\w+`` runs: a character is in a word iff it is alphanumeric or "_") of ``text``,
        indexed as they are found, and the ``stops``: one walk over the characters, no regex."""
        start = -1
        digit = False  # whether the word being cut starts with a digit 0-9
        for i in range(len(text)):
            c = ord(text[i])
            if c < 128:
                inside = 97 <= c <= 122 or 48 <= c <= 57 or 65 <= c <= 90 or c == 95
            else:
                inside = text[i].isalnum()
            if inside:
                if start < 0:
                    start = i
                    digit = 48 <= c <= 57
                continue
            if start >= 0:
                self._add(_lower_word(text[start:i]) if lower else text[start:i], start, digit)
                start = -1
            if c == 46 or c == 10 or c == 33 or c == 63 or c == 8230:  # . \n ! ? …
                self.stops.append(i)
        if start >= 0:
            self._add(_lower_word(text[start:]) if lower else text[start:], start, digit)

    def _add(self, word: str, start: int, digit: bool) -> None:
        k = len(self.starts)  # the word's number (small: a cached int object, nothing built)
        self.starts.append(start)
        self.words.append(word)
        sets = _WATCHED.get(word)
        if sets is not None:
            for i in sets:
                self._lists[i].append(k)
        if digit:
            self._digits.append(k)

    def word_at(self, start: int) -> str:
        """The lower-cased word that starts at ``start`` (which must be a word start)."""
        return self.words[bisect_left(self.starts, start)]

    def numbers(self, first: frozenset[str], digits: bool = False) -> list[int]:
        """Sorted numbers (places in ``words``) of the words in ``first`` (and, if ``digits``, of numbers)."""
        key = (first, digits)
        found = self._numbers.get(key)
        if found is None:
            i = _SET_IDS.get(first, len(self._lists))
            if i < len(self._lists):
                found = sorted(self._lists[i] + self._digits) if digits else self._lists[i]
            else:  # a word set not watched when this text was indexed
                wanted = map(first.__contains__, self.words)
                if digits:
                    wanted = map(operator.or_, wanted, map(operator.lt, self.words, repeat(":")))
                found = list(compress(range(len(self.words)), wanted))
            self._numbers[key] = found
        return found

    def positions(self, first: frozenset[str], digits: bool = False) -> list[int]:
        """Sorted starts of the words in ``first`` (and, if ``digits``, of every number)."""
        key = (first, digits)
        found = self._positions.get(key)
        if found is None:
            starts = self.starts
            found = self._positions[key] = [starts[k] for k in self.numbers(first, digits)]
        return found


def fold(text: str, low: str | None = None) -> str:
    """``text`` lower-cased character for character, the way ``re.IGNORECASE`` compares letters.

    A pattern written in lower case and compiled without the flag matches the folded
    text exactly where the flagged pattern matches the original (at the same offsets),
    and runs two to three times faster.
    """
    low = text.lower() if low is None else low
    if len(low) != len(text):  # "İ" lower-cases to two characters; the regex engine reads it as "i"
        low = "".join(ch.lower()[0] for ch in text)
    if "ı" in low or "ſ" in low:  # the engine also equates these with "i" and "s"
        low = low.replace("ı", "i").replace("ſ", "s")
    return low


def fold_source(source: str) -> str:
    """A case-insensitive pattern rewritten for the folded text: folded but for escapes and group names."""
    out: list[str] = []
    pos = 0
    for m in _KEEP_RE.finditer(source):
        out += (fold(source[pos:m.start()]), m.group())
        pos = m.end()
    out.append(fold(source[pos:]))
    return "".join(out)


def folded(source: str) -> re.Pattern[str]:
    """``source`` compiled to read the folded text (``triggers.fold``) as if with ``re.IGNORECASE``."""
    return re.compile(fold_source(source))


class _Last(threading.local):
    index = WordIndex("")


_last: Final = _Last()  # per thread: threads extracting side by side do not evict each other's text


def index_of(text: str) -> WordIndex:
    """The word index of ``text`` (the last text's is remembered, per thread)."""
    last = _last.index
    if last.text is text:
        return last
    index = _last.index = WordIndex(text)
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

    __slots__ = ("by_word", "digits", "first", "folded", "gates", "pattern")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str] = (), digits: bool = False,
                 folded: bool = False, gates: dict[str, NextWord] | None = None) -> None:
        self.pattern = pattern
        self.first = frozenset(first_word(w) for w in words) - {""}
        self.digits = digits
        watch(self.first)
        self.folded = folded  # the pattern reads the folded text (see ``fold``); matches are on it
        self.by_word: dict[str, re.Pattern[str]] | None = None  # see ``Alternatives``
        self.gates = gates  # what may follow some first words (see ``gated``), if the pattern says

    def finditer(self, text: str, start: int = 0, end: int | None = None,
                 candidates: list[int] | None = None) -> Iterator[re.Match[str]]:
        """Non-overlapping matches of the pattern in ``text[start:end]``, in order.

        ``candidates``, if given, are the word starts to try instead of all those of the first
        words (and the pattern's ``gates``): a caller that knows more of what follows them may leave
        out some that cannot match."""
        stop = len(text) if end is None else end
        index = index_of(text)
        if candidates is None:
            gates = self.gates
            if gates is None:
                candidates = index.positions(self.first, self.digits)
            else:
                candidates = gated(index, self.first, self.digits, gates)
        subject = index.folded if self.folded else text
        pos = start
        match = self.pattern.match
        by_word = self.by_word
        starts, words = index.starts, index.words
        for i in range(bisect_left(candidates, start), bisect_left(candidates, stop)):
            at = candidates[i]
            if at < pos:
                continue
            if by_word is not None:
                match = by_word[words[bisect_left(starts, at)]].match
            m = match(subject, at, stop)
            if m:
                yield m
                pos = max(m.end(), at + 1)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[start:end]``, or None."""
        return next(self.finditer(text, start, end), None)


class Alternatives(Triggered):
    """Alternatives, each with the words it starts with: where a word stands, only its own are tried.

    ``alternatives`` pairs a regex (typically a named group) with the words its matches can
    start with. The whole alternation is ``pattern``; at a candidate word the alternatives
    listed for that word are tried in their order, so the match is the one ``pattern`` finds
    there, while the many alternatives that cannot start with the word cost nothing.
    """

    __slots__ = ()

    def __init__(self, alternatives: Iterable[tuple[str, Iterable[str]]], folded: bool = False) -> None:
        pairs = [(source, {first_word(w) for w in words} - {""}) for source, words in alternatives]
        super().__init__(re.compile("|".join(source for source, _ in pairs)),
                         [w for _, words in pairs for w in words], folded=folded)
        self.by_word = {word: re.compile("|".join(source for source, words in pairs if word in words))
                        for word in self.first}
