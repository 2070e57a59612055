"""Sentences and clauses with their character offsets into the report text.

A sentence ends at a line break or at ``.``/``!``/``?``/``…`` (and any closing quote)
followed by a space and something that can start a sentence, except after
abbreviations such as "Jan." or "U.S.". The characters that may end one are those
the text's word index noted while cutting words (``WordIndex.stops``), so finding
sentences reads only around them, with no regex. Clauses split a sentence at ``;``
and at conjunctions that start a new statement ("while", "but", "whereas").
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from skytally.extract.triggers import index_of

ABBREVIATIONS: Final = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "u.s",
    "u.n", "u.k", "e.g", "i.e", "approx", "gov", "sen", "rep", "inc", "corp", "etc", "a.m", "p.m",
)

_DOTS: Final = ".!?…"  # a run of these ends a sentence, with the closing quotes after it
_CLOSING: Final = "\"'”’»)"
_OPENING: Final = "\"'“‘«("
# ";", ", while", " - ": led by the character that must be there, so the engine jumps between them; a
# dash counts with spaces on both sides (the spaces before it are no part of the match, see ``_separators``).
_CLAUSE_RE: Final = re.compile(r"[;,\-–—](?:(?<=;)|(?<=,)\s+(?=(?:while|but|whereas|and\s+(?:another|"
                               r"the\s+other))\b)|(?<=\s[-–—])\s+)")
_SEPARATOR_CHARS: Final = ";,-–—"  # what every match of ``_CLAUSE_RE`` starts with
_ABBREV: Final = frozenset(ABBREVIATIONS)
_LONGEST: Final = max(map(len, ABBREVIATIONS))
_WORD_BEFORE: Final = 12  # how far back from a dot the word an abbreviation ends with is read


# ``X(...)`` of a NamedTuple runs the interpreted ``__new__`` namedtuple writes, which calls this on its
# fields: called directly, building one costs half as much compiled.
_BUILD: Final = tuple.__new__


class Span(NamedTuple):  # a tuple: built many times per report, cheaply
    """Half-open ``[start, end)`` piece of the text, stripped of outer spaces."""

    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """The sentences of ``text`` in order; empty ones are dropped."""
    out: list[Span] = []
    start = pos = 0
    for at in index_of(text).stops:
        if at < pos:  # within the end just found
            continue
        end = _end_at(text, at)
        if end < 0:
            continue
        pos = end
        if text[at] == "." and _is_abbreviation(text, at):
            continue
        _add(text, start, end, out)
        start = end
    _add(text, start, len(text), out)
    return out


def _end_at(text: str, at: int) -> int:
    """Where a sentence end that starts at ``at`` (a stop) ends, or -1 if none starts there.

    Line breaks end one with the line breaks after them; ``.!?…`` with the others after
    them and any closing quotes, if spaces and what can start a sentence follow (a capital,
    a digit or a Cyrillic letter, perhaps after an opening quote)."""
    n = len(text)
    end = at + 1
    if text[at] == "\n":
        while end < n and text[end] == "\n":
            end += 1
        return end
    while end < n and text[end] in _DOTS:
        end += 1
    while end < n and text[end] in _CLOSING:
        end += 1
    nxt = end
    while nxt < n and text[nxt].isspace():
        nxt += 1
    if nxt in (end, n):  # no space, or nothing after it
        return -1
    if text[nxt] in _OPENING:
        nxt += 1
        if nxt == n:
            return -1
    c = ord(text[nxt])
    return end if 65 <= c <= 90 or 48 <= c <= 57 or 0x400 <= c <= 0x4FF else -1


def clauses(text: str, sentence: Span) -> list[Span]:
    """The clauses of one sentence, in order."""
    out: list[Span] = []
    start = sentence.start
    for sep_start, sep_end in _separators(text, sentence.start, sentence.end):
        _add(text, start, sep_start, out)
        start = sep_end
    if start == sentence.start and _stripped(text, sentence):  # one clause: the sentence itself
        return [sentence]
    _add(text, start, sentence.end, out)
    return out


def _separators(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where clauses split: a dash whose space before it ended the previous split (or lies before
    ``start``) does not split again.

    Every split starts with one of ``_SEPARATOR_CHARS``, found by ``str.find``; the pattern is
    matched only there (what a search finds: most sentences have a comma or two and no split)."""
    out: list[tuple[int, int]] = []
    pos = start
    for at in _separator_chars(text, start, end):
        if at < pos:
            continue
        m = _CLAUSE_RE.match(text, at, end)
        if m is None:
            continue
        if at - 1 < pos and text[at] in "-–—":
            pos = at + 1
            continue
        out.append((at, m.end()))
        pos = m.end()
    return out


def _separator_chars(text: str, start: int, end: int) -> list[int]:
    """Where the characters a split starts with stand in ``text[start:end]``, in order."""
    out: list[int] = []
    for ch in _SEPARATOR_CHARS:
        at = text.find(ch, start, end)
        while at >= 0:
            out.append(at)
            at = text.find(ch, at + 1, end)
    if len(out) > 1:
        out.sort()
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the word the dot at ``dot`` ends ("Jan", "U.S", a lone letter) is an abbreviation: the
    letters, digits, "_" and dots before it, read back at most ``_WORD_BEFORE`` characters."""
    if dot > _LONGEST and text[dot - _LONGEST - 1:dot].isalpha():  # a longer word than any abbreviation
        return False
    start = dot
    while start > max(0, dot - _WORD_BEFORE) and (text[start - 1].isalnum() or text[start - 1] in "_."):
        start -= 1
    if start == dot:
        return False
    word = text[start:dot].lower()
    return word in _ABBREV or len(word) == 1 and word.isalpha()


def _stripped(text: str, span: Span) -> bool:
    return span.start < span.end and not text[span.start].isspace() and not text[span.end - 1].isspace()


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():  # stripped as str.strip() strips
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(_BUILD(Span, (start, end)))
