"""Extracted figures against the reference, night by night, and the two reference commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from skytally.cli import main
from skytally.query.frame import claims_frame
from skytally.reference.compare import compare_reference, summarize

D = dt.date(2025, 9, 1)


def claim(day: int, outcome: str, n: int, outlet: str, weapon: str = "drone") -> dict[str, Any]:
    return {"report": outlet + str(day), "document_id": outlet + str(day), "outlet": outlet,
            "date": D + dt.timedelta(days=day), "outcome": outcome, "weapon": weapon, "n": n,
            "scope": "event", "derived": False, "subset": False, "official": outlet == "reference dataset",
            "attacker": "russia", "target": "ukraine", "record": False}


def test_nights_agree_differ_or_miss_a_side() -> None:
    ref, news = "reference dataset", "news.example"
    frame = claims_frame([
        claim(0, "launched", 100, ref), claim(0, "launched", 100, news),
        claim(1, "launched", 200, ref), claim(1, "launched", 180, news),
        claim(2, "launched", 50, ref),
        claim(3, "launched", 70, news),
        claim(0, "neutralized", 90, ref), claim(0, "shot_down", 90, news),
    ])
    table = compare_reference(frame)
    launched = table.filter(table["outcome"] == "launched")
    assert launched["status"].to_list() == ["agree", "differ", "only_reference", "only_extracted"]
    assert launched["difference"].to_list()[1] == -20
    assert table.filter(table["outcome"] == "neutralized")["status"].to_list() == ["agree"]
    summary = summarize(table)
    assert summary.counts["launched"] == {"agree": 1, "differ": 1, "only_extracted": 1, "only_reference": 1}
    assert summary.agreement("launched") == 0.5
    assert summary.median_abs_pct["launched"] == 10.0


def test_no_percentage_against_a_zero_reference() -> None:
    frame = claims_frame([claim(0, "launched", 0, "reference dataset"),
                          claim(0, "launched", 3, "news.example")])
    table = compare_reference(frame)
    assert table.select("status", "difference", "pct").row(0) == ("differ", 3, None)


def test_other_attackers_are_not_compared() -> None:
    row = claim(0, "launched", 5, "news.example") | {"attacker": "ukraine", "target": "russia"}
    assert compare_reference(claims_frame([row])).is_empty()


HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
          "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
          "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
          "destroyed_details,launched_details,launch_place_details,source\n")


def test_import_then_compare_from_the_command_line(tmp_path: Path) -> None:
    csv = tmp_path / "daily.csv"
    row = "2025-09-01 18:00,2025-09-02 08:00,Shahed-136/131,,Ukraine,,80.0,70.0,0.0,,{},,,,,,,,,,,kpszsu/p1\n"
    csv.write_text(HEADER + row, encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    imported = runner.invoke(main, ["import-reference", str(csv), "--db", db])
    assert imported.exit_code == 0 and "1 rows, 2 claims imported" in imported.stderr
    again = runner.invoke(main, ["import-reference", str(csv), "--db", db])
    assert again.exit_code == 0
    compared = runner.invoke(main, ["compare-reference", "--all", "--format", "csv", "--db", db])
    assert compared.exit_code == 0
    assert compared.stdout.count("only_reference") == 2
    assert "launched: agree 0, differ 0, only_extracted 0, only_reference 1" in compared.stderr


def test_import_reports_bad_rows_and_exits_1(tmp_path: Path) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text(HEADER + "someday,2025-09-02,Kalibr,,Ukraine,,1.0,1.0,,,{},,,,,,,,,,,kpszsu/p\n",
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["import-reference", str(csv), "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 1
    assert "Error: " in result.stderr and "time_start" in result.stderr
