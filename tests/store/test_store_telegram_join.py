"""Issue 8 acceptance: a Ukrainian Air Force post from a Telegram Desktop export and an English
report of the same night, ingested with the real CLI, become ONE event with both reports'
claims side by side. Both texts are written here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from skytally.cli import main

EVENT = "2025-07-05:russia:ukraine"
CHANNEL = "Повітряні Сили ЗС України"
POST = [  # Telegram Desktop writes formatted text as a list of strings and entities
    {"type": "bold", "text": "У ніч на 5 липня 2025 року"},
    " противник атакував 212 ударними БпЛА типу Shahed та 8 крилатими ракетами Х-101.\n"
    "За попередніми даними, станом на 09:00 протиповітряною обороною збито 180 ворожих БпЛА "
    "та 7 крилатих ракет. Ще 25 БпЛА локаційно втрачені.",
]
EXPORT = {"name": CHANNEL, "type": "public_channel", "id": 1000000001, "username": "example_air_force",
          "messages": [
              {"id": 1, "type": "service", "date": "2025-07-04T20:00:00", "action": "pin_message",
               "text": ""},
              {"id": 2, "type": "message", "date": "2025-07-05T09:15:00", "date_unixtime": "1751696100",
               "text": POST}]}
REPORT = {"id": "wire-0705", "outlet": "Example Wire", "title": "Drones and missiles overnight",
          "published": "2025-07-05T11:00:00+00:00", "url": "https://example.test/wire-0705",
          "text": "Russia launched 215 drones and 8 cruise missiles at Ukraine overnight, the air "
                  "force said on Saturday. Air defences shot down 180 of the drones and seven missiles."}


def cli(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def by_outlet(figure: dict[str, Any]) -> dict[str, tuple[int, str]]:
    return {c["outlet"]: (c["n"], c["role"]) for c in (figure["preferred"], *figure["others"])}


def test_telegram_post_and_english_report_join_one_event(tmp_path: Path) -> None:
    export = tmp_path / "ChatExport_2025-07-05" / "result.json"
    export.parent.mkdir()
    export.write_text(json.dumps(EXPORT, ensure_ascii=False), encoding="utf-8")
    report = tmp_path / "wire.jsonl"
    report.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    db = str(tmp_path / "skytally.db")
    assert "2 new" in cli("ingest", "--db", db, str(export), str(report)).stderr

    events = json.loads(cli("events", "--db", db, "--format", "json").stdout)["items"]
    assert [(e["id"], e["n_documents"]) for e in events] == [(EVENT, 2)]
    detail = json.loads(cli("event", "--db", db, EVENT, "--format", "json").stdout)
    figures = {f["figure"]: f for f in detail["figures"]}
    assert by_outlet(figures["launched:drone:"]).keys() == {CHANNEL, "Example Wire"}
    # the Air Force's own post beats the later wire story quoting the air force
    assert by_outlet(figures["launched:drone:"]) == {CHANNEL: (212, "preferred"),
                                                     "Example Wire": (215, "conflicts")}
    assert {n for n, _ in by_outlet(figures["shot_down:drone:"]).values()} == {180}
    assert {role for _, role in by_outlet(figures["shot_down:missile:"]).values()} == {"preferred", "agrees"}
    assert by_outlet(figures["suppressed:drone:"]) == {CHANNEL: (25, "preferred")}
    launched = figures["launched:drone:"]
    quotes = {c["outlet"]: c["quote"] for c in (launched["preferred"], *launched["others"])}
    assert "212 ударними БпЛА" in quotes[CHANNEL] and "215 drones" in quotes["Example Wire"]
    post = next(s for s in detail["sources"] if s["outlet"] == CHANNEL)
    assert post["url"] == "https://t.me/example_air_force/2"
