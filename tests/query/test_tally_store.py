"""The notebook API and the timeline over a real SQLite store with data written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import skytally
from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.query.tally import Tally, open_tally
from skytally.reference import import_reference
from skytally.store import Store, open_store

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
          "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
          "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
          "destroyed_details,launched_details,launch_place_details,source\n")
NIGHTS = [("2025-08-01", 100, 90), ("2025-08-02", 300, 280), ("2025-08-03", 200, 150)]
NEWS = ("Russia launched a record 400 drones overnight, the air force said. "
        "Zelensky spoke by phone with Macron on Sunday about air defence. "
        "A drone hit a house in Odesa, killing two people.")


def reference_csv(tmp_path: Path) -> Path:
    lines = [f"{day} 18:00,{day} 08:00,Shahed-136/131,,Ukraine,,{n}.0,{d}.0,0.0,,{{}},,,,,,,,,,,kpszsu/p{i}\n"
             for i, (day, n, d) in enumerate(NIGHTS)]
    path = tmp_path / "daily.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def news(store: Store) -> None:
    text = NEWS
    day = dt.date(2025, 8, 4)

    def span(fragment: str) -> Evidence:
        start = text.index(fragment)
        return Evidence(start, start + len(fragment))

    claims = (
        Claim(Outcome.LAUNCHED, 400, span("Russia launched a record 400 drones overnight"), Weapon.DRONE,
              attacker="russia", target="ukraine", date=day, attribution="air force"),
        Claim(Outcome.HIT, 1, span("A drone hit a house in Odesa"), Weapon.DRONE, attacker="russia",
              target="ukraine", date=day),
        Claim(Outcome.KILLED, 2, span("killing two people"), attacker="russia", target="ukraine", date=day),
    )
    doc = Document(id="news1", text=text, published=day, outlet="example.com", language="en")
    store.save(doc, Extraction(doc.id, claims, ("Odesa",)))


@pytest.fixture
def tally(tmp_path: Path) -> Tally:
    store = open_store(str(tmp_path / "t.db"))
    import_reference(store, reference_csv(tmp_path))
    news(store)
    store.resolve_events()
    return Tally(store.engine)


def test_nights_come_from_reference_and_reports(tally: Tally) -> None:
    nightly = tally.nights("drone")
    assert nightly["launched"].to_list() == [100, 300, 200, 400]
    assert nightly["neutralized"].to_list()[:3] == [90, 280, 150]
    assert nightly["hit"].to_list()[3] == 1


def test_reimport_of_an_edited_file_updates_instead_of_duplicating(tally: Tally, tmp_path: Path) -> None:
    path = reference_csv(tmp_path)
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


def test_timeline_scans_reports_once_and_lists_events(tally: Tally) -> None:
    events = tally.timeline()
    assert events.select("date", "kind", "participants").rows() == [
        (dt.date(2025, 8, 3), "phone_call", "Zelensky; Macron")]
    assert "spoke by phone" in events["quote"][0]
    assert tally.timeline().height == 1


def test_skytally_open_is_the_notebook_entry(tmp_path: Path) -> None:
    with skytally.open(str(tmp_path / "empty.db")) as tally:
        assert tally.nights().is_empty()
    assert isinstance(open_tally(str(tmp_path / "empty.db")), Tally)
