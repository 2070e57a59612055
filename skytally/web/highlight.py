"""Text cut into segments so that evidence spans can be marked in HTML.

Spans may overlap (several claims read from one sentence); the text is cut at
every span boundary and each segment carries the keys of the spans covering it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    key: str  # what the span belongs to: a claim id


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    keys: tuple[str, ...]  # empty: plain text

    @property
    def marked(self) -> bool:
        return bool(self.keys)


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """``text`` split at every span boundary, each piece with the spans that cover it."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        keys = tuple(dict.fromkeys(s.key for s in valid if s.start <= a and b <= s.end))
        out.append(Segment(text[a:b], keys))
    return out
