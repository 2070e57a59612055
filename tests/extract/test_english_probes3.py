"""English wordings found misread on a blind held-out set (session 3), each by a general rule.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from english_reading import PUB, Row, read

from skytally.extract.english import extract
from skytally.models import Outcome, Weapon

L, S = Outcome.LAUNCHED, Outcome.SHOT_DOWN
D, M = Weapon.DRONE, Weapon.MISSILE

NESTED_PARTS: list[tuple[str, set[Row]]] = [
    # "among them 14 of the 17 Kh-101": both figures are parts, by model, of the class totals
    ("Russia fired 300 drones and 40 missiles overnight. Air defences downed 280 of the drones and 33 "
     "of the missiles, among them 11 of the 15 Kh-101 cruise missiles.",
     {(L, D, 300), (L, M, 40), (S, D, 280), (S, M, 33)}),
    ("Russia launched 52 missiles; 45 were shot down, including nine of the 12 Iskander-M missiles.",
     {(L, M, 52), (S, M, 45)}),
    # with no class total beside them, the model figures are the class figures
    ("The air force said it shot down 14 of the 17 Kh-101 cruise missiles.", {(S, M, 14), (L, M, 17)}),
]


@pytest.mark.parametrize(("text", "expected"), NESTED_PARTS)
def test_model_parts_inside_a_partitive_are_subsets(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


NIGHTS: list[tuple[str, str]] = [
    ("Russia launched 90 drones at Ukraine late on Saturday and early on Sunday.", "2025-11-09"),
    ("Russia hit Odesa with 40 drones late on Saturday and early Sunday, the governor said.", "2025-11-09"),
    # a day named after the attack's is no end of its night: the report came the next day
    ("A Russian drone attack on Saturday killed three people, officials said on Sunday.", "2025-11-08"),
]


@pytest.mark.parametrize(("text", "day"), NIGHTS)
def test_a_night_over_two_days_ends_on_the_later(text: str, day: str) -> None:
    claims, _ = extract(text, PUB)
    assert claims and {str(c.date) for c in claims} == {day}


def test_warplanes_name_their_side_as_the_attacker() -> None:
    text = ("Iran fired 90 missiles at Israel overnight. Israeli warplanes struck targets in Tehran, "
            "state media reported, killing at least 12 people.")
    claims, _ = extract(text, PUB)
    assert {(c.outcome, c.n, c.attacker) for c in claims} == {
        (L, 90, "iran"), (Outcome.KILLED, 12, "israel")}
