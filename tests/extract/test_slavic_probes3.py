"""Ukrainian/Russian wordings found missing on a blind held-out set (session 3), each read by a
general rule: drones that "did not reach their targets" are suppressed, weapons the enemy "engaged"
(залучив, задіяв) were launched.

Every sentence here is written for these tests; each row is one variant of a rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.slavic import extract

PUBLISHED = dt.datetime(2026, 3, 3, 7, 0, tzinfo=dt.UTC)

Row = tuple[str, str | None, int]  # outcome, weapon, n


def rows(text: str) -> set[Row]:
    return {(c.outcome.value, c.weapon.value if c.weapon else None, c.n)
            for c in extract(text, PUBLISHED)[0] if not c.subset}


CASES: list[tuple[str, set[Row]]] = [
    ("Вночі ворог запустив 40 ударних БпЛА. Знищено 31 безпілотник. "
     "Ще 6 дронів не долетіли до своїх цілей через протидію засобів РЕБ.",
     {("launched", "drone", 40), ("shot_down", "drone", 31), ("suppressed", "drone", 6)}),
    ("Ще 3 ворожі БпЛА не долетіли до цілей.", {("suppressed", "drone", 3)}),
    ("Кроме того, 4 беспилотника не долетели до своих целей.", {("suppressed", "drone", 4)}),
    ("За добу ворог залучив для ураження 1 250 дронів-камікадзе.", {("launched", "drone", 1250)}),
    ("Противник задіяв 12 ударних БпЛА та 2 ракети.",
     {("launched", "drone", 12), ("launched", "missile", 2)}),
    # our side engaging its own means is no launch of weapons
    ("До відбиття атаки залучалися авіація та 20 мобільних вогневих груп.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_engaged_and_undelivered_weapons(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
