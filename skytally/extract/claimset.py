"""Claims as a set: a document states each figure once, whatever repeats it."""

from __future__ import annotations

from collections.abc import Iterable

from skytally.models import Claim


def unique_claims(claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` in order, keeping the first of those with the same outcome, weapon, figure,
    attacker, scope and subset flag (a headline repeated in the body is one claim)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in claims:
        key = (c.outcome, c.weapon, c.n, c.attacker, c.scope, c.subset)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
