"""Rules for news phrasings our own probe sentences found read wrongly (wire, live blog, other conflicts)."""

from __future__ import annotations

import pytest
from english_reading import PUB, Row, read

from skytally.extract.english import extract
from skytally.models import Outcome, Weapon

L, S, H, K, INJ = Outcome.LAUNCHED, Outcome.SHOT_DOWN, Outcome.HIT, Outcome.KILLED, Outcome.INJURED
D, M = Weapon.DRONE, Weapon.MISSILE


INCREMENTS: list[tuple[str, set[Row]]] = [
    ("Two more people died in hospital, raising the death toll to 12.", {(K, None, 12)}),
    ("One person died in hospital, bringing the toll to seven.", {(K, None, 7)}),
    ("A woman was pulled alive from the rubble, bringing the number of injured to 23.", {(INJ, None, 23)}),
    ("Three more bodies were found on Friday, which took the toll to 41.", {(K, None, 41)}),
    # without an update, each figure stands
    ("Two people died and seven were injured.", {(K, None, 2), (INJ, None, 7)}),
]


@pytest.mark.parametrize(("text", "expected"), INCREMENTS)
def test_an_increment_before_a_toll_adds_no_claim(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


TARGETED: list[tuple[str, set[Row]]] = [
    ("At least 50 drones and 8 missiles targeted the western region.", {(L, D, 50), (L, M, 8)}),
    ("Some 40 drones were aimed at the capital, officials said.", {(L, D, 40)}),
    # a target of drones is no launch of them
    ("Six towns were targeted by drones.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TARGETED)
def test_weapons_that_targeted_a_place_were_launched(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def test_a_list_of_links_after_read_also_is_no_part_of_the_report() -> None:
    text = ("Two drones hit the port overnight, the governor said.\nRead also:\n"
            "- Air defence downs all 28 missiles, 15 of 16 drones\n• Nine killed in a strike on the city\n")
    assert read(text) == {(H, D, 2)}


CASUALTY_WORDINGS: list[tuple[str, set[Row]]] = [
    ("At least 12 people are known to have died.", {(K, None, 12)}),
    ("Two people are believed to have been killed in the strike.", {(K, None, 2)}),
    ("A missile attack on the village killed a teenager, the governor said.", {(K, None, 1)}),
    ("A drone hit a car, injuring an elderly man.", {(INJ, None, 1), (H, D, 1)}),
    # two victims in one object are no single one
    ("The drone killed a man and his son.", set()),
    ("The shelling wounded a woman and two children.", {(INJ, None, 3)}),  # one named, two counted
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_WORDINGS)
def test_casualty_wordings_of_updates_and_single_victims(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def test_a_figure_with_a_plus_is_at_least() -> None:
    claims, _ = extract("The enemy launched 500+ drones overnight.", PUB)
    assert [(c.outcome, c.n, c.qualifier.value) for c in claims] == [(L, 500, "at_least")]


def test_a_health_ministry_is_no_defence_ministry() -> None:
    claims, _ = extract("Fifteen people have been hospitalised, the health ministry said.", PUB)
    assert [c.attacker for c in claims] == [None]


MORE_VERBS: list[tuple[str, set[Row]]] = [
    ("A Shahed drone slammed into a nine-storey building, wounding 9.", {(H, D, 1), (INJ, None, 9)}),
    ("Two missiles crashed into the port overnight.", {(H, M, 2)}),
    ("The army said 14 projectiles crossed from the north, some of which were intercepted.",
     {(L, Weapon.ANY, 14)}),
    # a region's share after "of them" takes the verb and noun of the figure before it
    ("The military said it downed 18 drones overnight, 11 of them over the Kursk region.",
     {(S, D, 18), (S, D, 11)}),
]


@pytest.mark.parametrize(("text", "expected"), MORE_VERBS)
def test_impacts_crossings_and_shares_by_region(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


PARENTHESES: list[tuple[str, set[Row]]] = [
    ("The attack, involving over 70 missiles and 100 kamikaze drones, hit energy sites.",
     {(L, M, 70), (L, D, 100)}),
    ("The barrage, which included 12 missiles, struck the port.", {(L, M, 12)}),
    # a comma before a verb group of the figure's own still lets it read the verb
    ("The enemy launched 40 drones, which were all shot down.", {(L, D, 40), (S, D, 40)}),
    ("Twelve missiles, launched from bombers over the sea, were shot down.", {(S, M, 12)}),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHESES)
def test_a_figure_in_a_parenthesis_takes_no_verb_of_the_main_clause(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


FAR_TOLLS: list[tuple[str, set[Row]]] = [
    ("The death toll from the strike on the children's hospital and other sites in the capital has risen to "
     "33, including five children.", {(K, None, 33)}),
    ("The toll from Tuesday's missile and drone attack on the port city and its suburbs now stands at 14.",
     {(K, None, 14)}),
]


@pytest.mark.parametrize(("text", "expected"), FAR_TOLLS)
def test_a_toll_is_read_from_far_back(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


DIED: list[tuple[str, set[Row]]] = [
    ("A 14-year-old boy died of his injuries in hospital overnight.", {(K, None, 1)}),
    ("An elderly woman later died in hospital, the governor said.", {(K, None, 1)}),
    # one of several, or a part of a toll, is no claim of its own
    ("Eight people were killed, including a 26-year-old man who died in hospital.", {(K, None, 8)}),
    ("The governor said a boy and an elderly woman had died.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DIED)
def test_one_person_who_died(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


FURTHER: list[tuple[str, set[Row]]] = [
    ("A further 10 drones were suppressed by electronic warfare.", {(Outcome.SUPPRESSED, D, 10)}),
    ("A further ten drones were suppressed.", {(Outcome.SUPPRESSED, D, 10)}),
    ("An additional 7 missiles were shot down.", {(S, M, 7)}),
    ("A Kh-101 missile was shot down.", {(S, M, 1)}),
]


@pytest.mark.parametrize(("text", "expected"), FURTHER)
def test_a_further_figure_is_no_single_weapon(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def scopes(text: str) -> set[tuple[int, str]]:
    claims, _ = extract(text, PUB)
    return {(c.n, c.scope.value) for c in claims}


ONE_DAY: list[tuple[str, set[tuple[int, str]]]] = [
    # "a day after", "a week earlier" point at one other attack, not a rate
    ("The attack came a day after the enemy fired 60 drones at the port.", {(60, "event")}),
    ("A day earlier, strikes killed 7 people in the city.", {(7, "event")}),
    ("A week ago, 40 drones were shot down over the region.", {(40, "event")}),
    # a rate is still a total over many days
    ("The enemy launches about 100 drones a night.", {(100, "aggregate")}),
]


@pytest.mark.parametrize(("text", "expected"), ONE_DAY)
def test_a_day_after_is_no_rate(text: str, expected: set[tuple[int, str]]) -> None:
    assert scopes(text) == expected
