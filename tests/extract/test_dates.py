"""The day an attack ended: date expressions resolved against the publication day."""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.dates import find_dates, first_year, local_day

FRIDAY = dt.date(2025, 3, 14)


def day_of(text: str, today: dt.date | None = FRIDAY, year: int | None = None) -> dt.date | None:
    found = [d for d in find_dates(text, 0, len(text), today, year) if d.day]
    found.sort(key=lambda d: d.rank)
    return found[0].day if found else None


@pytest.mark.parametrize(("text", "day"), [
    ("drones attacked overnight", FRIDAY),
    ("strikes last night", FRIDAY),
    ("an attack yesterday", dt.date(2025, 3, 13)),
    ("early Friday", FRIDAY),
    ("on Thursday", dt.date(2025, 3, 13)),
    ("on Monday", dt.date(2025, 3, 10)),
    ("on Wednesday night", dt.date(2025, 3, 13)),
    ("on the night of Thursday to Friday", FRIDAY),
    ("on March 12", dt.date(2025, 3, 12)),
    ("on 9 March", dt.date(2025, 3, 9)),
    ("on the night of 12-13 March", dt.date(2025, 3, 13)),
    ("on Dec. 30", dt.date(2024, 12, 30)),
    ("on 2024-07-04", dt.date(2024, 7, 4)),
    ("on July 4, 2023", dt.date(2023, 7, 4)),
    ("overnight on March 11", dt.date(2025, 3, 11)),
    ("on Christmas Day", dt.date(2024, 12, 25)),
])
def test_resolves_against_publication(text: str, day: dt.date) -> None:
    assert day_of(text) == day


def test_relative_days_need_a_publication_day() -> None:
    assert day_of("overnight on Friday", today=None) is None


def test_calendar_dates_take_the_year_from_the_text() -> None:
    assert day_of("on April 28", today=None, year=2023) == dt.date(2023, 4, 28)
    assert first_year("Photos from 2023-04-28 and later") == 2023


def test_since_is_no_attack_day() -> None:
    assert day_of("since Dec. 30") is None


def test_local_day_of_a_utc_datetime() -> None:
    late = dt.datetime(2025, 3, 13, 23, 30, tzinfo=dt.UTC)
    assert local_day(late, "russia") == FRIDAY
    assert local_day(late.replace(tzinfo=None), "russia") == FRIDAY
    assert local_day(FRIDAY) == FRIDAY
    assert local_day(None) is None
