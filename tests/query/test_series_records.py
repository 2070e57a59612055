"""Nightly series, roll-ups, records and places over small claims frames written here."""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.query.frame import claims_frame, frames_from_extractions, is_official, mentions_record
from skytally.query.impact import around_events
from skytally.query.places import place_summary
from skytally.query.records import check_record_claims, largest_since, record_nights, standing, top_nights
from skytally.query.series import casualty_nights, nights, rollup, with_rolling

D = dt.date(2025, 8, 1)


def claim(day: int, outcome: str, n: int, *, report: str = "news", weapon: str | None = "drone",
          **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"report": report, "document_id": report, "date": D + dt.timedelta(days=day),
                           "outcome": outcome, "weapon": weapon, "n": n, "scope": "event",
                           "derived": False, "subset": False, "official": False, "record": False}
    row.update(extra)
    return row


def test_official_figure_beats_a_larger_news_figure() -> None:
    frame = claims_frame([claim(0, "launched", 120), claim(0, "launched", 100, report="af", official=True)])
    assert nights(frame)["launched"].to_list() == [100]


def test_preferred_event_figure_beats_official() -> None:
    frame = claims_frame([claim(0, "launched", 90, preferred=True),
                          claim(0, "launched", 100, report="af", official=True)])
    assert nights(frame)["launched"].to_list() == [90]


def test_models_of_one_report_add_up_and_subsets_do_not_count() -> None:
    frame = claims_frame([
        claim(0, "launched", 9, weapon="missile", model="Kh-101"),
        claim(0, "launched", 4, weapon="missile", model="Kalibr"),
        claim(0, "launched", 11, weapon="missile", report="other"),
        claim(0, "launched", 7, weapon="missile", report="other", model="Kh-101", subset=True),
    ])
    assert nights(frame, weapon="missile")["launched"].to_list() == [13]
    assert nights(frame, model="kh-101")["launched"].to_list() == [9]


def test_neutralized_is_the_combined_figure_or_the_sum_of_its_parts() -> None:
    frame = claims_frame([
        claim(0, "launched", 100), claim(0, "shot_down", 60), claim(0, "suppressed", 30),
        claim(1, "launched", 50), claim(1, "neutralized", 45),
    ])
    series = nights(frame)
    assert series["neutralized"].to_list() == [90, 45]
    assert series["rate"].to_list() == [0.9, 0.9]


def test_aggregate_derived_and_undated_claims_stay_out() -> None:
    frame = claims_frame([claim(0, "launched", 10), claim(0, "launched", 999, scope="aggregate"),
                          claim(0, "launched", 500, derived=True), claim(0, "launched", 7, date=None)])
    assert nights(frame)["launched"].to_list() == [10]


def test_weekly_and_monthly_rollups_sum_nights() -> None:
    frame = claims_frame([claim(d, "launched", 10 * (d + 1)) for d in range(10)]
                         + [claim(0, "neutralized", 8)])
    weekly = rollup(nights(frame), "week")
    assert weekly["launched"].sum() == sum(10 * (d + 1) for d in range(10))
    assert weekly["date"].dt.weekday().to_list() == [1] * weekly.height
    monthly = rollup(nights(frame), "month")
    assert monthly["date"].to_list() == [dt.date(2025, 8, 1)]
    assert monthly["rate"].to_list() == [0.8]  # only the night with both figures


def test_rolling_means_average_the_nights_in_the_window() -> None:
    frame = claims_frame([claim(d, "launched", v) for d, v in ((0, 10), (1, 20), (8, 30))])
    series = with_rolling(nights(frame), windows=(7,), columns=("launched",))
    assert series["launched_7d"].to_list() == [10.0, 15.0, 30.0]


def test_casualties_per_night() -> None:
    frame = claims_frame([claim(0, "killed", 2, weapon=None), claim(0, "injured", 5, weapon=None),
                          claim(0, "killed", 3, weapon=None, report="b")])
    assert casualty_nights(frame).row(0) == (D, 3, 5)


def series_of(values: list[int]) -> pl.DataFrame:
    return pl.DataFrame({"date": [D + dt.timedelta(days=i) for i in range(len(values))],
                         "weapon": ["drone"] * len(values), "launched": values})


def test_records_ranks_and_largest_since() -> None:
    series = series_of([10, 30, 20, 25, 30, 40, 5])
    assert top_nights(series, 3)["launched"].to_list() == [40, 30, 30]
    assert record_nights(series)["launched"].to_list() == [10, 30, 40]
    place = standing(series, D + dt.timedelta(days=3))
    assert place is not None
    assert (place.rank, place.since, place.record) == (4, D + dt.timedelta(days=1), False)
    assert round(place.percentile) == 57
    assert largest_since(series)["since"].to_list()[4:6] == [D + dt.timedelta(days=1), None]


def test_record_claims_are_checked_against_earlier_nights() -> None:
    series = series_of([100, 300, 200])
    frame = claims_frame([claim(2, "launched", 250, record=True), claim(3, "launched", 400, record=True)])
    verdicts = check_record_claims(frame, series)
    assert verdicts["verdict"].to_list() == ["not a record", "record"]
    assert verdicts["larger_on"].to_list()[0] == D + dt.timedelta(days=1)


def test_record_wording_is_found_in_the_evidence() -> None:
    assert mentions_record("Russia launched a record 500 drones")
    assert not mentions_record("Russia launched 500 drones")


def test_places_count_nights_and_casualties() -> None:
    frame = claims_frame([claim(0, "launched", 10, report="a"),
                          claim(0, "killed", 2, report="a", weapon=None),
                          claim(0, "killed", 3, report="b", weapon=None),
                          claim(1, "launched", 5, report="b")])
    places = pl.DataFrame({"document_id": ["a", "b", "b"], "place": ["Kyiv", "Kyiv", "Odesa"]})
    summary = place_summary(frame, places)
    assert summary.row(0) == ("Kyiv", 2, 2, 4, 3, 0)
    assert summary.filter(pl.col("place") == "Odesa")["killed"].to_list() == [3]


@given(st.lists(st.integers(0, 50), min_size=1, max_size=40))
def test_largest_since_is_the_last_earlier_night_at_least_as_large(values: list[int]) -> None:
    got = largest_since(series_of(values))["since"].to_list()
    for i, value in enumerate(values):
        earlier = [j for j in range(i) if values[j] >= value]
        assert got[i] == (D + dt.timedelta(days=earlier[-1]) if earlier else None)


def test_frames_from_extractions_without_a_store() -> None:
    text = "The air force said Russia launched a record 300 drones over Kyiv."
    claim_ = Claim(Outcome.LAUNCHED, 300, Evidence(0, len(text)), Weapon.DRONE, attacker="russia",
                   date=D, attribution="Ukrainian Air Force")
    doc = Document(id="x", text=text, outlet="example.com")
    claims, places = frames_from_extractions([(doc, Extraction("x", (claim_,), ("Kyiv",)))])
    assert claims.select("official", "record", "report").row(0) == (True, True, "x")
    assert places.rows() == [("x", "Kyiv")]
    assert nights(claims)["launched"].to_list() == [300]
    assert is_official(None, "reference dataset") and not is_official("a blogger", "example.com")


def test_nights_around_an_event() -> None:
    events = pl.DataFrame({"date": [D + dt.timedelta(days=3)], "kind": ["meeting"]})
    series = series_of([10, 20, 30, 999, 40, 80])
    row = around_events(events, series, days=2).row(0, named=True)
    assert (row["before"], row["after"], row["change_pct"]) == (25.0, 60.0, 140.0)
    assert around_events(events, series_of([]), days=2).row(0, named=True)["change_pct"] is None
