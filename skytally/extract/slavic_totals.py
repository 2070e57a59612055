"""A "targets" total of one class: "атакував ударними БпЛА та дронами-імітаторами – всього
103 засоби повітряного нападу" is 103 drones, not ``any`` (CLAIMS.md: ``any`` mixes classes).

The classes a total counts are those its sentence names, and, where the sentence opens a
list with a colon, those its items name. One class only: the total is of that class; drones
and missiles (or none named): it stays ``any``. Only sentences with such a total are read.
"""

from __future__ import annotations

import dataclasses

from skytally.extract import slavic_lexicon as lex
from skytally.extract.slavic_segments import Segment
from skytally.models import Claim, Kind, Weapon


def one_class_totals(text: str, segments: list[Segment], claims: list[Claim],
                     segment_of: list[int]) -> list[Claim]:
    """``claims`` with every ``any`` count whose sentence (or list) names one class given that class."""
    out = list(claims)
    for i, c in enumerate(claims):
        if c.kind is not Kind.COUNT or c.weapon is not Weapon.ANY or i >= len(segment_of):
            continue
        named = _classes_named(text, segments, segment_of[i])
        if len(named) == 1:
            out[i] = dataclasses.replace(c, weapon=named.pop())
    return out


def _classes_named(text: str, segments: list[Segment], k: int) -> set[Weapon]:
    """The weapon classes named in segment ``k`` and, if it opens a list, in the list's items."""
    named = _named_in(text, segments[k])
    if segments[k].opens_list:
        for seg in segments[k + 1:]:
            if not seg.item:
                break
            named |= _named_in(text, seg)
    return named


def _named_in(text: str, seg: Segment) -> set[Weapon]:
    return {Weapon[m.lastgroup or ""] for m in lex.CLASS_NOUN_RE.finditer(text, seg.start, seg.end)}
