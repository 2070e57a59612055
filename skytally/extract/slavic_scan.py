"""Fast scanning with the grammar's case-insensitive patterns.

Python's regex engine cannot skip ahead in a case-insensitive alternation of
Cyrillic words: it tries every branch at every character. A ``Scanner`` keeps
the pattern as written and adds a prefilter composed at import time from the
literal words each branch starts with ("збит", "знищ", ...). The prefilter runs
case-sensitively on the lower-cased text, where the engine skips to candidate
positions in C; the pattern itself is then tried only there. Matches are
exactly those of ``pattern.finditer``/``pattern.search`` over the same bounds.

A pattern with a branch that starts with no literal word gets no prefilter, and
a text whose lower-cased form is not letter-for-letter comparable (a letter
that lower-cases to two, or one that only case-folding equates, such as "ſ")
is scanned by the pattern alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

SPECIAL = frozenset("\\.^$*+?{}[]()|")
QUANTIFIERS = frozenset("*?{+")
LOOKBEHINDS = ("(?<!", "(?<=")


class Scanner:
    """``pattern`` (case-insensitive), with a prefilter of the literal words its branches start with.

    A pattern with branches that start with no word ("(?<!\\w)(?:\\w+ого\\s+)+бпла") names
    ``leads`` for them: patterns, on the lower-cased text, that match wherever those
    branches can start ("(?<!\\w)\\w+ого\\s"). It can also name ``needles``: lower-case
    words every match contains; where none is in the text, the pattern is not run. And it can
    name ``lead_needle``: a pattern, on the lower-cased text, found in every match of the
    branches the leads stand for; where it is not found, the leads (slow to scan for) are left out.

    With ``split`` (a pattern whose top-level branches all start with words, and whose groups are
    read by name only: group numbers change), a candidate is tried with the branches that may start
    there alone, in their order: those whose first words begin the word the prefilter found there
    (the longest one there). The others cannot match there, so the first branch that matches is the
    same; a table of many outcome words is tried at a place by its two or three that fit.
    """

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...] = (),
                 leads: tuple[str, ...] = (), lead_needle: str | None = None, split: bool = False) -> None:
        self.pattern = pattern
        words = literal_prefixes(pattern.pattern, partial=bool(leads))
        if words is not None and any(w.upper().lower() != w for w in words):
            words = None  # a letter case-folding equates with others ("ſ"): not worth the care
        starts = [word_tree(words), *leads] if words else [*leads]
        self.prefilter = re.compile("|".join(starts)) if words is not None and starts else None
        self.needles = re.compile(word_tree(needles)) if needles else None  # a tree: one branch per letter
        self.lead_needle = re.compile(lead_needle) if lead_needle and leads else None
        # The prefilter without the leads (None: there are no other branches).
        self.bare = re.compile(word_tree(words)) if self.lead_needle is not None and words else None
        # Words of which a match holds one: a text without any is skipped once, not sentence by sentence.
        self.gate = self.needles or (self.prefilter if self.prefilter is not None and not leads else None)
        # The gate as searches of the words that start with one letter each, where that is quicker.
        self.gate_parts = gate_parts(needles or tuple(words or ())) if self.gate is not None else []
        # The prefilter as patterns of the words of one first letter each, for ``search``, where that
        # is quicker (no leads: ``gate_parts``, if it has more than one).
        parts = gate_parts(words or ()) if words and not leads else []
        self.prefilter_parts = parts if len(parts) > 1 else []
        self._last: tuple[str, bool] = ("", True)  # the last text gated, and whether it passed
        # A prefilter word to the pattern of the branches that may start where it is found.
        self.by_word = split_branches(pattern, words) if split and words and not leads else None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text, start, end)``."""
        end = len(text) if end is None else end
        low = lowered(text) if self.prefilter is not None or self.needles is not None else None
        if low is None:
            return self.pattern.finditer(text, start, end)
        if not self._may_hold(low, start, end):
            return EMPTY
        if self.prefilter is None:
            return self.pattern.finditer(text, start, end)
        prefilter = self._prefilter(low, start, end)
        if prefilter is None:
            return EMPTY
        find = prefilter.search
        first = find(low, start, end)
        return EMPTY if first is None else self._scan(text, low, first, end, find)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The match of ``pattern.search(text, start, end)``."""
        end = len(text) if end is None else end
        low = lowered(text) if self.prefilter is not None or self.needles is not None else None
        if low is None:
            return self.pattern.search(text, start, end)
        if not self._may_hold(low, start, end):
            return None
        if self.prefilter is None:
            return self.pattern.search(text, start, end)
        if self.prefilter_parts:
            return self._search_parts(text, low, start, end)
        prefilter = self._prefilter(low, start, end)
        if prefilter is None:
            return None
        find, pos = prefilter.search, start
        while (candidate := find(low, pos, end)) is not None:
            m = self._match_at(text, candidate, end)
            if m is not None:
                return m
            pos = candidate.start() + 1
        return None

    def _search_parts(self, text: str, low: str, start: int, end: int) -> re.Match[str] | None:
        """``search`` with the prefilter searched per first letter: the first candidate is the
        first of those the parts find (each part looked for again only once passed)."""
        found = [part.search(low, start, end) for part in self.prefilter_parts]
        while True:
            first = -1
            for k, candidate in enumerate(found):
                if candidate is not None and (first < 0 or candidate.start() < _start_of(found[first])):
                    first = k
            if first < 0:
                return None
            candidate = found[first]
            assert candidate is not None
            m = self._match_at(text, candidate, end)
            if m is not None:
                return m
            found[first] = self.prefilter_parts[first].search(low, candidate.start() + 1, end)

    def _scan(self, text: str, low: str, candidate: re.Match[str] | None, end: int,
              find: Callable[[str, int, int], re.Match[str] | None]) -> Iterator[re.Match[str]]:
        """The matches from the prefilter's first ``candidate`` on (a generator, built only
        when there is a candidate)."""
        while candidate is not None:
            m = self._match_at(text, candidate, end)
            if m is not None:
                yield m
            # a match is never empty: every branch starts with a word or a lead
            candidate = find(low, candidate.start() + 1 if m is None else m.end(), end)

    def _match_at(self, text: str, candidate: re.Match[str], end: int) -> re.Match[str] | None:
        """``pattern.match`` at a candidate, by the branches that may start there if split."""
        if self.by_word is None:
            return self.pattern.match(text, candidate.start(), end)
        return self.by_word[candidate.group()].match(text, candidate.start(), end)

    def may_match(self, text: str) -> bool:
        """False only where no stretch of ``text`` holds a match: the text lacks every gate word."""
        low = lowered(text) if self.gate is not None else None
        return low is None or self._holds(low)

    def _prefilter(self, low: str, start: int, end: int) -> re.Pattern[str] | None:
        """The prefilter for ``low[start:end]``: without the leads where their needle is not
        found (None if then no branch is left)."""
        if self.lead_needle is None or self.lead_needle.search(low, start, end) is not None:
            return self.prefilter
        return self.bare

    def _may_hold(self, low: str, start: int, end: int) -> bool:
        """Whether ``low[start:end]`` may hold a match: the whole text holds a gate word and
        the stretch a needle."""
        return ((self.gate is None or self._holds(low))
                and (self.needles is None or self.needles.search(low, start, end) is not None))

    def _holds(self, low: str) -> bool:
        """Whether ``low`` holds one of the gate's words (a stretch holds one only if the whole does)."""
        last = self._last  # one read: other threads may replace it
        if last[0] is not low:
            last = self._last = (low, self.gate is None or _any_found(self.gate_parts, low))
        return last[1]


def gate_parts(words: Iterable[str]) -> list[re.Pattern[str]]:
    """Patterns that find ``words`` (as ``word_tree(words)`` does) between them: one for the words of
    each first letter if they start with 2 to ``MAX_GATE_LETTERS`` letters (each pattern then starts
    with a letter, which the engine skips to in a tight loop, where it tests every character against
    the set of first letters), else the one tree of them all."""
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[:1], []).append(word)
    if not 2 <= len(by_letter) <= MAX_GATE_LETTERS:
        return [re.compile(word_tree(words))]
    return [re.compile(word_tree(group)) for group in by_letter.values()]


def _start_of(m: re.Match[str] | None) -> int:
    return -1 if m is None else m.start()


def _any_found(patterns: list[re.Pattern[str]], low: str) -> bool:
    return any(pattern.search(low) is not None for pattern in patterns)


MAX_GATE_LETTERS = 4  # more first letters: the searches add up to more than the one (measured)
EMPTY: Iterator[re.Match[str]] = iter(())  # exhausted for good: shared by every scan that finds nothing


# Characters each of which lower-cases to one character and upper-cases to one that lower-cases back
# to it (ASCII, Latin-1 less "µ" and "ß", Cyrillic, punctuation, currency, dingbats, emoji): a text
# of these alone is its own check, without upper-casing it (a test holds every one of them to it).
PLAIN_CASE_RANGES = (
    (0x00, 0x7F), (0xA0, 0xB4), (0xB6, 0xDE), (0xE0, 0xFF), (0x2BC, 0x2BC), (0x400, 0x4FF), (0x2000, 0x206F),
    (0x20A0, 0x20CF), (0x2116, 0x2116), (0x2600, 0x27BF), (0xFE0F, 0xFE0F), (0x1F000, 0x1FAFF),
)
NOT_PLAIN_CASE = re.compile(
    "[^" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in PLAIN_CASE_RANGES) + "]"
)


def plain_case(text: str) -> bool:
    """``NOT_PLAIN_CASE.search(text) is None``, by the character codes in a compiled loop (ASCII,
    basic Cyrillic and general punctuation told first), not by the pattern's test of every range
    at every character."""
    for i in range(len(text)):
        c = ord(text[i])
        if c < 0x80 or 0x400 <= c <= 0x4FF or 0x2000 <= c <= 0x206F:
            continue
        if not _plain_case_code(c):
            return False
    return True


def _plain_case_code(c: int) -> bool:
    """Whether ``c`` is in ``PLAIN_CASE_RANGES`` (written out: a ``Final`` tuple is built anew
    wherever compiled code reads it)."""
    if 0xA0 <= c <= 0xFF:
        return c != 0xB5 and c != 0xDF
    return (0x2600 <= c <= 0x27BF or 0x1F000 <= c <= 0x1FAFF or c == 0xFE0F or 0x20A0 <= c <= 0x20CF
            or c == 0x2116 or c == 0x2BC or 0x400 <= c <= 0x4FF or 0x2000 <= c <= 0x206F or c < 0x80)


@lru_cache(maxsize=8)  # the texts being read now (a few threads); each is held until evicted
def lowered(text: str) -> str | None:
    """``text`` lower-cased, if every letter stays one letter that case-insensitive matching
    equates only with its own lower case; else None."""
    low = text.lower()
    if text.isascii() or plain_case(text):
        return low  # every character is one of those checked once for all
    if len(low) != len(text) or text.upper().lower() != low or "Σ" in text:
        return None
    return low


Tree = dict[str, "Tree"]  # letters to the words' next letters; "" marks a word's end


def word_tree(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` where one starts, as a tree of their letters
    ("дв(?:а|і|ох)"): the engine tries a branch per letter, not every word at every place."""
    tree: Tree = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _tree_pattern(tree)


def _tree_pattern(node: Tree) -> str:
    branches = [re.escape(ch) + _tree_pattern(node[ch]) for ch in sorted(node) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def on_lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, to be run on a text's ``lowered`` form: the same
    matches, found faster (the engine skips ahead by first letters only when case matters).
    Its literal letters must all be lower-case."""
    letters = re.sub(r"\\.|\(\?P[<=]", "", pattern.pattern)  # escapes and named groups are no letters
    if letters != letters.lower():
        raise ValueError(f"upper-case letters in {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


class Lowered:
    """``pattern`` (case-insensitive) run on a text's ``lowered`` form by its ``on_lowered`` twin
    where the text has one (the same spans: the engine then skips by first letters and compares
    characters as they are), on the text itself where not. Read the spans of its matches, not
    their texts (those are lower-cased)."""

    __slots__ = ("pattern", "low")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.low = on_lowered(pattern)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        return self.pattern.match(text, pos, end) if low is None else self.low.match(low, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        return self.pattern.search(text, pos, end) if low is None else self.low.search(low, pos, end)


def split_branches(pattern: re.Pattern[str], words: set[str]) -> dict[str, re.Pattern[str]] | None:
    """Each of ``words`` to the top-level branches of ``pattern``, in order, whose first words it
    starts with (compiled once per distinct choice); None if some branch starts with no word."""
    branches = _branches(pattern.pattern)
    firsts = [literal_prefixes(branch) for branch in branches]
    if any(not first for first in firsts):
        return None
    compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
    out = {}
    for word in words:
        chosen = tuple(i for i, first in enumerate(firsts) if any(word.startswith(w) for w in first or ()))
        if chosen not in compiled:
            compiled[chosen] = re.compile("|".join(branches[i] for i in chosen), pattern.flags)
        out[word] = compiled[chosen]
    return out


def literal_prefixes(pattern: str, partial: bool = False) -> set[str] | None:
    """The lower-case words the branches of ``pattern`` start with (after look-behinds),
    or None if some branch may start otherwise (with ``partial``, those of the branches
    that start with a word)."""
    out: set[str] = set()
    for branch in _branches(pattern):
        words = _branch_prefixes(branch, partial)
        if not words and not partial:
            return None
        out |= words or set()
    return out


def _branch_prefixes(branch: str, partial: bool) -> set[str] | None:
    while branch.startswith(LOOKBEHINDS):
        branch = branch[_group_end(branch, 0):]
    if branch.startswith("(?:") or branch.startswith("(?P<"):
        end = _group_end(branch, 0)
        inner = branch[branch.index(":" if branch[2] == ":" else ">") + 1:end - 1]
        after = branch[end:end + 2]
        return None if after[:1] in QUANTIFIERS else literal_prefixes(inner, partial)
    word = ""
    for i, ch in enumerate(branch):
        if ch in SPECIAL:
            if ch in QUANTIFIERS and word:
                word = word[:-1]
            break
        word = branch[:i + 1]
    return {word.lower()} if word else None


def _branches(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|``."""
    cuts = [i for i, ch, depth in _structure(pattern, 0) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _group_end(pattern: str, i: int) -> int:
    """The index after the group opening at ``pattern[i]``."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 1:
            return j + 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _structure(pattern: str, i: int) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` from ``i`` outside escapes and character classes, with
    the depth of groups open before it."""
    depth = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        yield i, ch, depth
        depth += (ch == "(") - (ch == ")")
        i += 1


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``pattern[i]``."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1
