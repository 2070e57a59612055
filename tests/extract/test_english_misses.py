"""General rules added for misses seen on held-out reports, one table per rule (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.english import extract
from skytally.models import Outcome, Scope, Weapon

L, S, K = Outcome.LAUNCHED, Outcome.SHOT_DOWN, Outcome.KILLED
D, M = Weapon.DRONE, Weapon.MISSILE
EV, AGG = Scope.EVENT, Scope.AGGREGATE
PUB = dt.date(2025, 11, 14)

Row = tuple[Outcome, Weapon | None, int, Scope]


def read(text: str) -> set[Row]:
    claims, _ = extract(text, PUB)
    return {(c.outcome, c.weapon, c.n, c.scope) for c in claims if not c.subset}


TOLLS: list[tuple[str, set[Row]]] = [
    # the update comes first, the superseded figure after it in the past perfect
    ("The death toll from Sunday's Russian drone strike on the market in Sumy has climbed to 21, officials "
     "said. Earlier the governor had said 15 people died.", {(K, None, 21, EV)}),
    ("The toll from the missile strike on the bus station in Kherson has risen to 9. "
     "Police had earlier reported 6 dead.", {(K, None, 9, EV)}),
    # the earlier figure first, the update after it
    ("Officials reported 9 dead on Monday. The death toll from the missile strike on the bus station "
     "in Kherson has since risen to 14.", {(K, None, 14, EV)}),
    # a figure in the past perfect with no "earlier" is still a claim
    ("A drone had killed 3 people in the village before noon.", {(K, None, 3, EV)}),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_a_risen_toll_is_the_latest_figure(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


LISTS: list[tuple[str, set[Row]]] = [
    ("The army fired three cruise missiles and a drone at the port.", {(L, M, 3, EV), (L, D, 1, EV)}),
    ("Air defence shot down 20 drones and a missile over the region.", {(S, D, 20, EV), (S, M, 1, EV)}),
    ("Russia attacked Odesa with 12 drones as well as a ballistic missile.", {(L, D, 12, EV), (L, M, 1, EV)}),
    ("The enemy plans to send ten drones and a missile.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_a_weapon_closing_a_list_shares_its_verb(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


TOTALS: list[tuple[str, set[Row]]] = [
    ("In October, Russia launched 5,400 drones at Ukraine.", {(L, D, 5400, AGG)}),
    ("During the month of March the enemy fired 190 missiles.", {(L, M, 190, AGG)}),
    ("Since the beginning of the month, 3,100 drones have been launched.", {(L, D, 3100, AGG)}),
    ("Since the first days of the invasion, 7,000 missiles have been fired at the country.",
     {(L, M, 7000, AGG)}),
    ("This week Russia launched 1,300 drones.", {(L, D, 1300, AGG)}),
    ("So far this year, air defence has shot down 14,000 drones.", {(S, D, 14000, AGG)}),
    ("Seven people were killed in these attacks.", {(K, None, 7, AGG)}),
    # a day in a month, and a single weapon, are one attack
    ("On October 5, Russia launched 50 drones.", {(L, D, 50, EV)}),
    ("In December, a rocket was launched at Ashkelon.", {(L, M, 1, EV)}),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS)
def test_totals_over_a_period_are_aggregates(text: str, expected: set[Row]) -> None:
    assert read(text) == expected
