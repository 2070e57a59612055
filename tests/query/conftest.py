"""Fixtures of the analytics tests: a real SQLite store holding data written here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.query.tally import Tally
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
def analytics_db(db_url: str, tmp_path: Path) -> str:
    """A store (SQLite, then PostgreSQL when configured) with three reference nights and one
    news report (a record claim, a phone call); its URL."""
    with open_store(db_url) as store:
        import_reference(store, reference_csv(tmp_path))
        news(store)
        store.resolve_events()
    return db_url


@pytest.fixture
def tally(analytics_db: str) -> Iterator[Tally]:
    with Tally(open_store(analytics_db).engine) as tally:
        yield tally
