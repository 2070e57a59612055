"""A "targets" total of one class: "атакував ударними БпЛА та дронами-імітаторами – всього
103 засоби повітряного нападу" is 103 drones, not ``any`` (CLAIMS.md: ``any`` mixes classes).

The classes a total counts are those its sentence names, and, where the sentence opens a
list with a colon, those its items name. One class only: the total is of that class; drones
and missiles (or none named): it stays ``any``. Where those words state figures for the same
outcome that do not make up the total ("80 цілей, з них 70 БпЛА"), the rest is of no class
said and the total stays ``any``. Only sentences with such a total are read.
"""

from __future__ import annotations

import dataclasses

from skytally.extract import slavic_lexicon as lex
from skytally.extract.slavic_phrases import WEAPON_NAMED
from skytally.extract.slavic_rules import ANY, counts
from skytally.extract.slavic_segments import Segment
from skytally.models import Claim, Weapon


def one_class_totals(text: str, segments: list[Segment], claims: list[Claim],
                     segment_of: list[int]) -> list[Claim]:
    """``claims`` with every ``any`` count whose sentence (or list) names one class given that class."""
    out = list(claims)
    for i, c in enumerate(claims):
        if not counts(c.outcome) or c.weapon is not ANY or i >= len(segment_of):
            continue
        span = _span(segments, segment_of[i])
        named = {w for k in span for w in _named_in(text, segments[k])}
        if len(named) == 1 and _made_up(c, [o for j, o in enumerate(claims) if j < len(segment_of)
                                            and segment_of[j] in span and o.weapon in named]):
            out[i] = dataclasses.replace(c, weapon=named.pop())
    return out


def _span(segments: list[Segment], k: int) -> set[int]:
    """Segment ``k`` and, if it opens a list, the list's items."""
    span = {k}
    if segments[k].opens_list:
        for j in range(k + 1, len(segments)):
            if not segments[j].item:
                break
            span.add(j)
    return span


def _made_up(total: Claim, parts: list[Claim]) -> bool:
    """Whether the figures beside a total, for its outcome, are none, it, or add up to it."""
    values = [p.n for p in parts if p.outcome is total.outcome and counts(p.outcome)]
    return not values or total.n in values or sum(values) == total.n


def _named_in(text: str, seg: Segment) -> set[Weapon]:
    return {WEAPON_NAMED[m.lastgroup or ""] for m in lex.CLASS_NOUN_SCAN.finditer(text, seg.start, seg.end)}
