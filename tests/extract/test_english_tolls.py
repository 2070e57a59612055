"""Casualty wordings of our own: earlier tolls, people counted one by one, totals after a dash."""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.english import extract
from skytally.models import Outcome, Weapon

K, INJ = Outcome.KILLED, Outcome.INJURED
PUB = dt.date(2025, 11, 14)

Row = tuple[Outcome, Weapon | None, int]


def read(text: str) -> set[Row]:
    claims, _ = extract(text, PUB)
    return {(c.outcome, c.weapon, c.n) for c in claims if not c.subset}


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
