"""Rows of one Air Force post (a row per model) are one report in an event: parts, not conflicts."""

from __future__ import annotations

from pathlib import Path

from skytally.query import browse
from skytally.reference import import_reference
from skytally.store import open_store

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
          "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
          "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
          "destroyed_details,launched_details,launch_place_details,source\n")


def row(model: str, launched: int, destroyed: int, source: str) -> str:
    figures = f"{launched}.0,{destroyed}.0,"
    return f"2025-07-03 18:00,2025-07-04 06:00,{model},,Ukraine,,{figures},,{{}},,,,,,,,,,,{source}\n"


def test_rows_of_one_post_are_parts_and_another_post_may_conflict(tmp_path: Path) -> None:
    csv = tmp_path / "missile_attacks_daily.csv"
    rows = (row("Iskander-M", 6, 0, "kpszsu/posts/p1"), row("Kalibr", 4, 2, "kpszsu/posts/p1"),
            row("Iskander-M", 2, 0, "PvKPivden/posts/p2"))
    csv.write_text(HEADER + "".join(rows), encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 'ref.db'}") as store:
        report = import_reference(store, csv)
        assert (report.rows, report.failures) == (3, [])
        store.resolve_events()
        detail = browse.get_event(store.engine, "2025-07-04:russia:ukraine")
    assert detail is not None
    launched = next(f for f in detail["figures"] if f["figure"] == "launched:missile:")
    roles = sorted((e["n"], e["role"]) for e in (launched["preferred"], *launched["others"]))
    assert roles == [(2, "conflicts"), (4, "breakdown"), (6, "preferred")]
