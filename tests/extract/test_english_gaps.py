"""General rules for gaps found with sentences of our own: ranges, rising tolls, wholes, cues, spans."""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.english import extract
from skytally.models import Outcome, Qualifier, Weapon

L, S, K, INJ = Outcome.LAUNCHED, Outcome.SHOT_DOWN, Outcome.KILLED, Outcome.INJURED
D, M, A = Weapon.DRONE, Weapon.MISSILE, Weapon.ANY
EX, LEAST = Qualifier.EXACT, Qualifier.AT_LEAST
PUB = dt.date(2025, 11, 14)

Row = tuple[Outcome, Weapon | None, int, Qualifier]


def read(text: str) -> set[Row]:
    claims, _ = extract(text, PUB)
    return {(c.outcome, c.weapon, c.n, c.qualifier) for c in claims if not c.subset}


RANGES: list[tuple[str, set[Row]]] = [
    ("Between 60 and 70 Shahed drones were launched at the Mykolaiv region overnight.", {(L, D, 60, LEAST)}),
    ("The enemy fired between 20 and 30 missiles at the port.", {(L, M, 20, LEAST)}),
    ("Air defence shot down between fifteen and twenty drones over the city.", {(S, D, 15, LEAST)}),
    ("Between 10 and 15 people were injured in the strike on the market.", {(INJ, None, 10, LEAST)}),
    ("The army launched 40-50 drones and 5-6 missiles at the border towns.",
     {(L, D, 40, LEAST), (L, M, 5, LEAST)}),
    # a hyphen between numbers is no range when the second is smaller or glued to more digits
    ("The home side won 3-1 on Sunday.", set()),
    ("Call 067-123-45 for help, the mayor said after 3 drones hit the depot.", {(Outcome.HIT, D, 3, EX)}),
    # "between" hours is no range of the figure before it
    ("Air defence downed 20 drones between 2 and 4 a.m.", {(S, D, 20, EX)}),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_a_range_is_its_lower_bound_at_least(text: str, expected: set[Row]) -> None:
    assert read(text) == expected
