"""Ukrainian and Russian wordings first met on held-out posts, each read by a general rule:
decoy drones, subsets of a casualty figure, "N з них" after an outcome verb, elided figures
without an introducing word, "подавлено" alone, a model named without a number.

Every sentence here is written for these tests; each row is one variant of a rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.slavic import extract
from skytally.models import Claim

PUBLISHED = dt.datetime(2026, 2, 11, 6, 0, tzinfo=dt.UTC)

Row = tuple[str, str | None, int]  # outcome, weapon, n


def scored(claims: list[Claim]) -> set[Row]:
    return {(c.outcome.value, c.weapon.value if c.weapon else None, c.n) for c in claims if not c.subset}


DECOYS: list[tuple[str, set[Row]]] = [
    ("Збито 33 БпЛА. Ще 12 імітаторів локаційно втрачені.",
     {("shot_down", "drone", 33), ("suppressed", "drone", 12)}),
    ("Противник атакував 40 ударними БпЛА та 25 імітаторами.",
     {("launched", "drone", 40), ("launched", "drone", 25)}),
    ("Сили ППО знищили 9 імітаторів над Полтавщиною.", {("shot_down", "drone", 9)}),
    ("Кроме того, 6 имитаторов потеряны локационно.", {("suppressed", "drone", 6)}),
    ("Збито 14 дронів, 8 імітаторів втрачено локаційно.",
     {("shot_down", "drone", 14), ("suppressed", "drone", 8)}),
]


@pytest.mark.parametrize(("text", "expected"), DECOYS)
def test_decoy_drones_are_drones(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected
