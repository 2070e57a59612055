"""General rules for gaps found with sentences of our own: ranges, rising tolls, wholes, cues, spans."""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.english import extract
from skytally.models import Outcome, Qualifier, Scope, Weapon

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


NUMBER_OF: list[tuple[str, set[Row]]] = [
    ("The number of people killed in the missile attack on the town has risen to 31.", {(K, None, 31, EX)}),
    ("The number of those wounded in Tuesday's strike on the depot has climbed to 64, the mayor said.",
     {(INJ, None, 64, EX)}),
    ("The number of dead from the drone strike on the market now stands at 12.", {(K, None, 12, EX)}),
    ("The number of civilians injured in the overnight shelling of the city reached more than 40.",
     {(INJ, None, 40, LEAST)}),
    # each figure takes the "number of" nearest before it
    ("The number of people killed in the strike is 7, and the number of injured has risen to 40.",
     {(K, None, 7, EX), (INJ, None, 40, EX)}),
    # a number of weapons is no casualty figure
    ("The number of drones launched at the region has risen to 40.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_OF)
def test_a_number_of_people_killed_is_read_from_far_back(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def attackers(text: str) -> set[str | None]:
    claims, _ = extract(text, PUB)
    return {c.attacker for c in claims}


OWN_ATTACKS: list[tuple[str, set[str | None]]] = [
    # a possessive before an attack noun is the agent, not a place the figure stands in
    ("The number of people killed in Russia's missile attack on the city has risen to 31.", {"russia"}),
    ("Two people were killed in Russia’s massive overnight attack.", {"russia"}),
    ("Russia's overnight assault involved 40 missiles and 300 drones.", {"russia"}),
    ("Three people were injured in Ukraine's drone attack on the Belgorod region.", {"ukraine"}),
    # a possessive before a place is still a place
    ("Five drones were shot down over Russia's Kursk region.", {"ukraine"}),
    ("Four drones were shot down over Russia overnight.", {"ukraine"}),
]


@pytest.mark.parametrize(("text", "expected"), OWN_ATTACKS)
def test_a_possessive_before_an_attack_noun_names_the_attacker(text: str, expected: set[str | None]) -> None:
    assert attackers(text) == expected


WHOLES: list[tuple[str, set[Row]]] = [
    ("Of the 550 drones, 268 were downed.", {(L, D, 550, EX), (S, D, 268, EX)}),
    ("Of 40 missiles, only 35 were intercepted, the air force said.", {(L, M, 40, EX), (S, M, 35, EX)}),
    ("But of the 40 missiles the enemy fired overnight, 35 were intercepted.",
     {(L, M, 40, EX), (S, M, 35, EX)}),
    ("Out of 73 missiles, most were destroyed.", {(L, M, 73, EX)}),
    ("In total, 87 aerial targets were shot down, out of 103 launched by the enemy overnight.",
     {(S, A, 87, EX), (L, A, 103, EX)}),
    ("Air defences shot down 87 drones or suppressed them by electronic warfare, the air force said on "
     "Tuesday, out of 103 launched.", {(S, D, 87, EX), (L, D, 103, EX)}),
    # a whole of people is no weapon figure; a whole with no figure after it is no total
    ("Of the 12 people injured, five were hospitalised.", {(INJ, None, 12, EX)}),
    ("Of the drones, 268 were downed.", {(S, D, 268, EX)}),
]


@pytest.mark.parametrize(("text", "expected"), WHOLES)
def test_a_whole_named_before_its_parts_is_the_total_launched(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def scopes(text: str) -> set[tuple[int, Scope]]:
    claims, _ = extract(text, PUB)
    return {(c.n, c.scope) for c in claims}


EV, AGG = Scope.EVENT, Scope.AGGREGATE
SPANS: list[tuple[str, set[tuple[int, Scope]]]] = [
    ("A total of 1,200 drones were launched by the enemy over the week.", {(1200, AGG)}),
    ("Since Monday, the enemy has launched more than 900 drones at the region.", {(900, AGG)}),
    ("Over three nights, the army fired 1,100 drones and 40 missiles.", {(1100, AGG), (40, AGG)}),
    ("The war against Ukraine has killed 12,000 civilians, the UN said.", {(12000, AGG)}),
    ("Over the years, the launcher has been used to fire 300 missiles.", {(300, AGG)}),
    # one night, or the week's single attack, is an event
    ("The army launched 40 drones in one night.", {(40, EV)}),
    ("The week's heaviest attack involved 600 drones.", {(600, EV)}),
    ("Over the past 24 hours, 45 drones were shot down.", {(45, EV)}),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_a_figure_over_many_days_is_an_aggregate(text: str, expected: set[tuple[int, Scope]]) -> None:
    assert scopes(text) == expected


NIGHTS: list[tuple[str, dt.date]] = [
    ("The enemy launched 40 drones on the night of Nov. 13 to 14.", dt.date(2025, 11, 14)),
    ("On the night of 13 to 14 November, the enemy launched 40 drones.", dt.date(2025, 11, 14)),
    ("Overnight from November 12 into 13, the enemy launched 40 drones.", dt.date(2025, 11, 13)),
    ("On the night of November 12-13, the enemy launched 40 drones.", dt.date(2025, 11, 13)),
    # a day and a figure after a comma are no night
    ("On Nov. 13, 14 drones were shot down.", dt.date(2025, 11, 13)),
]


@pytest.mark.parametrize(("text", "day"), NIGHTS)
def test_a_night_from_one_day_to_the_next_ends_on_the_second(text: str, day: dt.date) -> None:
    claims, _ = extract(text, PUB)
    assert {c.date for c in claims} == {day}
