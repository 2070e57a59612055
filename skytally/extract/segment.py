"""Sentences and clauses with their character offsets into the report text.

A sentence ends at a line break or at ``.``/``!``/``?`` (and any closing quote)
followed by a space and something that can start a sentence, except after
abbreviations such as "Jan." or "U.S.". Clauses split a sentence at ``;`` and at
conjunctions that start a new statement ("while", "but", "whereas").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "u.s",
    "u.n", "u.k", "e.g", "i.e", "approx", "gov", "sen", "rep", "inc", "corp", "etc", "a.m", "p.m",
)

# Starts with a character class, so the engine jumps from one candidate character to the next.
_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)\n*+"
                     r"|(?<=[.!?…])[.!?…]*+[\"'”’»)]*+(?=\s+[\"'“‘«(]?[A-Z0-9\u0400-\u04ff]))")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)\.$")
# ";", ", while", " - ": led by the character that must be there, so the engine jumps between them; a
# dash counts with spaces on both sides (the spaces before it are no part of the match, see ``_separators``).
_CLAUSE_RE = re.compile(r"[;,\-–—](?:(?<=;)|(?<=,)\s+(?=(?:while|but|whereas|and\s+(?:another|the\s+other))"
                        r"\b)|(?<=\s[-–—])\s+)")
_ABBREV = frozenset(ABBREVIATIONS)
_LONGEST = max(map(len, ABBREVIATIONS))


class Span(NamedTuple):  # a tuple: built many times per report, cheaply
    """Half-open ``[start, end)`` piece of the text, stripped of outer spaces."""

    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """The sentences of ``text`` in order; empty ones are dropped."""
    out: list[Span] = []
    start = 0
    for m in _END_RE.finditer(text):
        if m.group(0)[0] == "." and _is_abbreviation(text, m.start()):
            continue
        _add(text, start, m.end(), out)
        start = m.end()
    _add(text, start, len(text), out)
    return out


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


def _separators(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where clauses split: a dash whose space before it ended the previous split (or lies before
    ``start``) does not split again."""
    pos = start
    while (m := _CLAUSE_RE.search(text, pos, end)) is not None:
        if m.start() - 1 < pos and text[m.start()] in "-–—":
            pos = m.start() + 1
            continue
        yield m.start(), m.end()
        pos = m.end()


def _is_abbreviation(text: str, dot: int) -> bool:
    if dot > _LONGEST and text[dot - _LONGEST - 1:dot].isalpha():  # a longer word than any abbreviation
        return False
    m = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREV or len(word) == 1 and word.isalpha()


def _stripped(text: str, span: Span) -> bool:
    return span.start < span.end and not text[span.start].isspace() and not text[span.end - 1].isspace()


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        start += chunk.index(stripped[0])  # past the leading spaces: the first non-space is stripped's first
        out.append(Span(start, start + len(stripped)))
