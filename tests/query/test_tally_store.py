"""The notebook API and the timeline over a real SQLite store with data written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import skytally
from skytally.query.tally import Tally, open_tally
from skytally.reference import import_reference
from skytally.store import Store


def test_nights_come_from_reference_and_reports(tally: Tally) -> None:
    nightly = tally.nights("drone")
    assert nightly["launched"].to_list() == [100, 300, 200, 400]
    assert nightly["neutralized"].to_list()[:3] == [90, 280, 150]
    assert nightly["hit"].to_list()[3] == 1


def test_reimport_of_an_edited_file_updates_instead_of_duplicating(tally: Tally, tmp_path: Path) -> None:
    path = tmp_path / "daily.csv"  # written by the analytics_db fixture
    path.write_text(path.read_text(encoding="utf-8").replace("300.0", "310.0"), encoding="utf-8")
    import_reference(Store(tally.engine), path)
    assert tally.refresh().nights("drone")["launched"].to_list() == [100, 310, 200, 400]
    assert tally.claims.filter(tally.claims["outlet"] == "reference dataset").height == 6


def test_stats_records_and_record_claims(tally: Tally) -> None:
    assert tally.stats("month", "drone")["launched"].to_list() == [1000]
    assert "launched_7d" in tally.stats("night", "drone").columns
    assert tally.records()["launched"].to_list() == [100, 300, 400]
    standing = tally.standing("2025-08-03")
    assert standing is not None and standing.since == dt.date(2025, 8, 2)
    assert tally.record_claims("drone")["verdict"].to_list() == ["record"]


def test_places_and_casualties(tally: Tally) -> None:
    assert tally.places_summary().row(0) == ("Odesa", 1, 1, 3, 2, 0)
    assert tally.casualties()["killed"].to_list() == [2]


def test_timeline_lists_the_events_stored_with_reports(tally: Tally) -> None:
    events = tally.timeline()
    assert events.select("date", "kind", "participants").rows() == [
        (dt.date(2025, 8, 3), "phone_call", "Zelensky; Macron")]
    assert "spoke by phone" in events["quote"][0]
    assert tally.timeline().height == 1


def test_frames_convert_to_pandas(tally: Tally) -> None:
    frame = tally.nights("drone").to_pandas()
    assert list(frame["launched"]) == [100, 300, 200, 400]


def test_skytally_open_is_the_notebook_entry(tmp_path: Path) -> None:
    with skytally.open(str(tmp_path / "empty.db")) as tally:
        assert tally.nights().is_empty()
    assert isinstance(open_tally(str(tmp_path / "empty.db")), Tally)
