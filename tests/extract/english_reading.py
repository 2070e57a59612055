"""What the English probe tests compare: a text's class-level claims as (outcome, weapon, n)."""

from __future__ import annotations

import datetime as dt

from skytally.extract.english import extract
from skytally.models import Outcome, Weapon

PUB = dt.date(2025, 11, 14)  # a Friday: the publication day every probe is read against

Row = tuple[Outcome, Weapon | None, int]


def read(text: str) -> set[Row]:
    """The claims of ``text`` that are not subsets, published on ``PUB``."""
    claims, _ = extract(text, PUB)
    return {(c.outcome, c.weapon, c.n) for c in claims if not c.subset}
