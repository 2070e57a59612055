"""English amounts: digits, words, dozens, and the numbers that are not amounts."""

from __future__ import annotations

import pytest

from skytally.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("7", 7), ("1,300", 1300), ("twelve", 12), ("twenty-five", 25), ("forty two", 42),
    ("one hundred and twenty", 120), ("a hundred", 100), ("two thousand", 2000), ("3 thousand", 3000),
    ("a dozen", 12), ("two dozen", 24), ("both", 2),
])
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_parse_number_rejects_words() -> None:
    assert parse_number("several") is None


@pytest.mark.parametrize(("text", "values"), [
    ("drones: 31 and 2 missiles", [31, 2]),
    ("about two dozen drones", [24]),
    ("at 04:30 local time", []),
    ("on 2025-07-04", []),
    ("since February 2022", []),
    ("on July 4 and 9 October", []),
    ("an S-300 missile and a Tu-95 bomber", []),
    ("Shahed-136/131 drones", []),
    ("99% of them", []),
    ("3.5 hours later", []),
    ("a 7-year-old girl", []),
    ("attacked four times", []),
    ("12 km away", []),
])
def test_find_numbers(text: str, values: list[int]) -> None:
    assert [v for _, _, v in find_numbers(text)] == values


def test_find_numbers_spans() -> None:
    text = "Russia sent 1,200 drones."
    ((start, end, value),) = find_numbers(text)
    assert (text[start:end], value) == ("1,200", 1200)
