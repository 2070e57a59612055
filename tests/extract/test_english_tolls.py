"""Casualty wordings of our own: earlier tolls, people counted one by one, totals after a dash."""

from __future__ import annotations

import pytest
from english_reading import Row, read

from skytally.models import Outcome, Weapon

K, INJ = Outcome.KILLED, Outcome.INJURED


EARLIER_TOLLS: list[tuple[str, set[Row]]] = [
    ("Nine people were killed and 42 injured in the strike on Dnipro. "
     "Officials earlier put the toll at seven.",
     {(K, None, 9), (INJ, None, 42)}),
    ("Nine people were killed in the attack on the depot. The governor had earlier reported five dead.",
     {(K, None, 9)}),
    ("The toll in the shelled village rose to nine, up from seven killed earlier.", {(K, None, 9)}),
    ("Eleven people were killed in the raid, up from an earlier toll of seven.", {(K, None, 11)}),
    ("Twelve people were injured by the blast. Police previously put the number of injured at eight.",
     {(INJ, None, 12)}),
    ("The attack killed 11 people, the mayor said, after an earlier toll of six dead.", {(K, None, 11)}),
]


@pytest.mark.parametrize(("text", "want"), EARLIER_TOLLS)
def test_an_earlier_lower_toll_is_no_claim(text: str, want: set[Row]) -> None:
    assert read(text) == want


def test_a_toll_with_no_earlier_word_still_counts() -> None:
    assert read("Rescuers said seven people were killed in the attack on the market.") == {(K, None, 7)}


ONE_BY_ONE: list[tuple[str, set[Row]]] = [
    ("The strike killed a woman and injured her husband.", {(K, None, 1), (INJ, None, 1)}),
    ("A drone killed a pensioner and wounded his neighbour.", {(K, None, 1), (INJ, None, 1)}),
    ("A boy and two women had died in the attack.", {(K, None, 3)}),
    ("A man and two women were killed in the strike on the bakery.", {(K, None, 3)}),
    ("The drone killed a man and two women in the village.", {(K, None, 3)}),
    ("The missile killed a man and two women were injured.", {(INJ, None, 2)}),
]


@pytest.mark.parametrize(("text", "want"), ONE_BY_ONE)
def test_people_counted_one_by_one(text: str, want: set[Row]) -> None:
    assert read(text) == want


@pytest.mark.parametrize("text", [
    "The strike killed 5 people, including a boy and two women.",
    "Twelve people died, including a boy and two women who were killed at the bus stop.",
])
def test_people_named_within_a_toll_add_nothing(text: str) -> None:
    assert {row for row in read(text) if row[2] != 12 and row[2] != 5} == set()


L, S = Outcome.LAUNCHED, Outcome.SHOT_DOWN
D = Weapon.DRONE

TOTALS: list[tuple[str, set[Row]]] = [
    ("Russia launched two waves of drones – 27 in total.", {(L, D, 27)}),
    ("Russia launched two waves of drones, 27 in total.", {(L, D, 27)}),
    ("Air defences shot down several groups of Shahed drones - 40 in all.", {(S, D, 40)}),
    ("The enemy sent attack drones at the city overnight: 31 altogether.", set()),  # no noun right before
    ("Russia will launch drones – 27 in total.", set()),  # no attack happened
]


@pytest.mark.parametrize(("text", "want"), TOTALS)
def test_a_total_set_off_after_its_weapon_noun(text: str, want: set[Row]) -> None:
    assert read(text) == want
