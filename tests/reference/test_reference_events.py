"""Rows of one Air Force post (a row per model) are one report in an event: parts of the
post's total, which the event prefers, as the charts count it."""

from __future__ import annotations

from pathlib import Path

from skytally.query import browse
from skytally.query.tally import Tally
from skytally.reference import import_reference
from skytally.store import open_store

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
          "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
          "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
          "destroyed_details,launched_details,launch_place_details,source\n")
EVENT = "2025-07-04:russia:ukraine"


def row(model: str, launched: int, destroyed: int, source: str) -> str:
    figures = f"{launched}.0,{destroyed}.0,"
    return f"2025-07-03 18:00,2025-07-04 06:00,{model},,Ukraine,,{figures},,{{}},,,,,,,,,,,{source}\n"


def test_rows_of_one_post_are_parts_of_its_total(tmp_path: Path) -> None:
    csv = tmp_path / "missile_attacks_daily.csv"
    rows = (row("Iskander-M", 6, 0, "kpszsu/posts/p1"), row("Kalibr", 4, 2, "kpszsu/posts/p1"),
            row("Iskander-M", 2, 0, "PvKPivden/posts/p2"))
    csv.write_text(HEADER + "".join(rows), encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 'ref.db'}") as store:
        report = import_reference(store, csv)
        assert (report.rows, report.totals, report.failures) == (3, 1, [])
        store.resolve_events()
        detail = browse.get_event(store.engine, EVENT)
        chart = Tally(store.engine).nights("missile", attacker="russia")
        assert detail is not None
        launched = next(f for f in detail["figures"] if f["figure"] == "launched:missile:")
        total = browse.get_document(store.engine, launched["preferred"]["document_id"])
    roles = sorted((e["n"], e["role"]) for e in (launched["preferred"], *launched["others"]))
    assert roles == [(2, "conflicts"), (4, "breakdown"), (6, "breakdown"), (10, "preferred")]
    assert "10 missiles launched" in detail["event"]["label"]
    assert total is not None
    assert "2 models of missiles together (Iskander-M, Kalibr): 10 launched, 2 shot down." in \
        total["document"]["text"]
    assert chart["launched"].to_list() == [10] and chart["shot_down"].to_list() == [2]


def test_a_post_of_one_model_gets_no_total(tmp_path: Path) -> None:
    csv = tmp_path / "missile_attacks_daily.csv"
    csv.write_text(HEADER + row("Shahed-136/131", 90, 80, "kpszsu/posts/p3")
                   + row("Iskander-M", 2, 0, "kpszsu/posts/p3"), encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 'ref.db'}") as store:
        assert import_reference(store, csv).totals == 0  # one model per class: nothing to add up
