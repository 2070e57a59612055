"""Counting rules of CLAIMS.md applied across one document's claims.

- A figure stated twice is one claim (the first keeps its place).
- Figures of one class, each named by model, that add up to another figure of that
  class and outcome in the same report ("74 ракети" = 4 + 9 + 61) are its parts:
  ``subset``. Per-region figures name no model and stay claims.
- A "targets" total ("177 цілей") whose parts are all of one class is a figure of
  that class, and its parts are subsets of it.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from itertools import combinations
from typing import Final

from skytally.extract.claimset import unique_claims
from skytally.models import Claim, Outcome, Weapon

MAX_PARTS = 10


# Module constants: compiled, a ``Final`` name is a C static (``Outcome.KILLED`` is a look-up on the class).
KILLED: Final = Outcome.KILLED
INJURED: Final = Outcome.INJURED
ANY: Final = Weapon.ANY


def counts(outcome: Outcome) -> bool:
    """``outcome.kind is Kind.COUNT``, by identity: ``kind`` is a property of the models, which are
    not compiled (two interpreted calls per claim read, and the rules read every claim often)."""
    return outcome is not KILLED and outcome is not INJURED


def apply_rules(claims: list[Claim], parts: list[bool | None] | None = None,
                segment_of: list[int] | None = None) -> list[Claim]:
    """Parts are found before repeats are merged: two list items may state the same figure.
    ``parts`` and ``segment_of`` (see ``mark_lone_models``) hold one entry per claim."""
    claims = _mark_parts(_resolve_targets(claims))
    if parts is not None and segment_of is not None:
        claims = mark_lone_models(claims, parts, segment_of)
    return unique_claims(claims)


def mark_lone_models(claims: list[Claim], parts: list[bool | None], segment_of: list[int]) -> list[Claim]:
    """A single weapon named by model ("Кинджал збито") is a ``subset`` where ``parts`` says it is a
    part, or says nothing and another sentence states a larger class total (no model) for the same
    outcome; else a class-level claim."""
    out = list(claims)
    for i, part in enumerate(parts):
        if not claims[i].subset and (part or (part is None and _has_total(claims, i, segment_of))):
            out[i] = dataclasses.replace(claims[i], subset=True)
    return out


def _has_total(claims: list[Claim], i: int, segment_of: list[int]) -> bool:
    c = claims[i]
    return any(counts(o.outcome) and o.model is None and o.n > c.n and segment_of[j] != segment_of[i]
               and not o.subset
               and (o.outcome, o.weapon, o.scope, o.attacker) == (c.outcome, c.weapon, c.scope, c.attacker)
               for j, o in enumerate(claims))


def _by_outcome(claims: list[Claim]) -> dict[tuple[Outcome, object, object], list[int]]:
    groups: dict[tuple[Outcome, object, object], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if counts(c.outcome) and not c.subset:
            groups[(c.outcome, c.scope, c.attacker)].append(i)
    return groups


def _resolve_targets(claims: list[Claim]) -> list[Claim]:
    out = list(claims)
    for indices in _by_outcome(claims).values():
        parts = [i for i in indices if claims[i].weapon is not ANY]
        classes = {claims[i].weapon for i in parts}
        if len(classes) != 1:
            continue
        weapon = classes.pop()
        for i in indices:
            total = claims[i]
            values = [claims[j].n for j in parts]
            if total.weapon is ANY and (total.n in values or total.n == sum(values)):
                out[i] = dataclasses.replace(total, weapon=weapon)
    return out


def _mark_parts(claims: list[Claim]) -> list[Claim]:
    out = list(claims)
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if counts(c.outcome) and not c.subset:
            groups[(c.outcome, c.weapon, c.scope, c.attacker)].append(i)
    for indices in groups.values():
        for total in sorted(indices, key=lambda i: -claims[i].n):
            model = claims[total].model
            smaller = [j for j in indices if claims[j].n < claims[total].n and not out[j].subset
                       and claims[j].model and claims[j].model != model]
            for j in _parts_summing_to(claims, smaller, claims[total].n):
                out[j] = dataclasses.replace(out[j], subset=True)
    return out


def _parts_summing_to(claims: list[Claim], candidates: list[int], total: int) -> tuple[int, ...]:
    candidates = candidates[:MAX_PARTS]
    for size in range(len(candidates), 1, -1):
        for combo in combinations(candidates, size):
            if sum(claims[j].n for j in combo) == total and _distinct(claims, combo):
                return combo
    return ()


def _distinct(claims: list[Claim], combo: tuple[int, ...]) -> bool:
    """Parts are different things: no figure twice for the same model (a repeat, not a part)."""
    seen = {(claims[j].n, claims[j].model) for j in combo}
    return len(seen) == len(combo)
