"""Nightly series count one attacker's attacks: Russia's by default, another's when asked."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Qualifier, Weapon
from skytally.store import Store

NIGHT = dt.date(2025, 3, 14)


def add_other_side(store: Store) -> None:
    """A larger drone night by another attacker, the same night as the stored Russian ones."""
    text = "Moscow said 300 Ukrainian drones were launched at Russian regions overnight."
    phrase = "300 Ukrainian drones were launched"
    start = text.index(phrase)
    claim = Claim(Outcome.LAUNCHED, 300, Evidence(start, start + len(phrase)), Weapon.DRONE,
                  Qualifier.EXACT, attacker="ukraine", target="russia", date=NIGHT)
    doc = Document("mod-0314", text, published=NIGHT, outlet="Example Ministry")
    store.save(doc, Extraction("mod-0314", (claim,), ()))
    store.resolve_events()


def test_records_and_top_follow_russia_unless_asked(store: Store, client: TestClient) -> None:
    add_other_side(store)
    default = client.get("/api/stats/records?weapon=drone&top=5").json()
    assert default["attacker"] == "russia"
    assert [r["launched"] for r in default["top"]] == [140, 62]
    assert [r["launched"] for r in default["records"]] == [140]
    other = client.get("/api/stats/records?weapon=drone&attacker=ukraine").json()
    assert [r["launched"] for r in other["top"]] == [300]
    assert client.get("/api/stats/records?attacker=Not%20A%20Name").status_code == 422


def test_stats_and_casualties_follow_one_attacker(store: Store, client: TestClient) -> None:
    add_other_side(store)
    stats = client.get("/api/stats?weapon=drone").json()
    assert stats["filters"]["attacker"] == "russia"
    assert [r["launched"] for r in stats["rows"]] == [140, 62]
    other = client.get("/api/stats?weapon=drone&attacker=ukraine").json()["rows"]
    assert [r["launched"] for r in other] == [300]
    assert client.get("/api/stats/casualties").json()["filters"]["attacker"] == "russia"


def test_overview_charts_show_russia_and_say_so(store: Store, client: TestClient) -> None:
    add_other_side(store)
    overview = client.get("/index.json").json()
    assert overview["chart_filters"]["attacker"] == "russia"
    assert overview["series"]["drone"]["launched"][0] == 140
    assert overview["series"]["drone"]["records"] == [{"date": "2025-03-14", "launched": 140}]
    assert overview["nights"] == client.get("/api/stats").json()["rows"]
    assert len(overview["events"]["items"]) == 3  # the recent events list every attacker
    theirs = client.get("/index.json?attacker=ukraine").json()
    assert theirs["series"]["drone"]["launched"] == [300]
    assert "attacks by <strong id=\"chart-attacker\">russia</strong>" in client.get("/").text
