"""``import-reference`` reads ``missiles_and_uavs.csv`` from beside the CSV unless told otherwise."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from skytally.cli import main
from skytally.reference import models_beside

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
          "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
          "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
          "destroyed_details,launched_details,launch_place_details,source\n")
ROW = "2025-08-02 18:00,2025-08-03 08:30,Mystery-7,,Ukraine,,12.0,10.0,0.0,,{},,,,,,,,,,,kpszsu/posts/m7\n"


def import_claims(tmp_path: Path, with_table: bool) -> tuple[str, list[str | None]]:
    folder = tmp_path / ("with" if with_table else "without")
    folder.mkdir()
    daily = folder / "missile_attacks_daily.csv"
    daily.write_text(HEADER + ROW, encoding="utf-8")
    if with_table:
        (folder / "missiles_and_uavs.csv").write_text("model,category\nMystery-7,UAV\n", encoding="utf-8")
    db = str(folder / "t.db")
    runner = CliRunner()
    imported = runner.invoke(main, ["import-reference", "--db", db, str(daily)])
    assert imported.exit_code == 0, imported.output
    listed = runner.invoke(main, ["claims", "--db", db, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    return imported.stderr, [c["weapon"] for c in json.loads(listed.stdout)["items"]]


def test_the_weapon_table_beside_the_csv_is_used(tmp_path: Path) -> None:
    err, weapons = import_claims(tmp_path, with_table=True)
    assert "weapon models from" in err and "missiles_and_uavs.csv" in err
    assert set(weapons) == {"drone"}


def test_without_a_table_name_rules_decide(tmp_path: Path) -> None:
    err, weapons = import_claims(tmp_path, with_table=False)
    assert "weapon models" not in err
    assert "drone" not in weapons
    assert models_beside(tmp_path / "without" / "missile_attacks_daily.csv") is None


def test_make_run_imports_the_reference_given_before_serving() -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    root = Path(__file__).resolve().parents[2]

    def planned(*args: str) -> list[str]:
        out = subprocess.run([make, "-n", "-C", str(root), "run", *args], capture_output=True, text=True,
                             check=True).stdout
        return [line for line in out.splitlines() if "skytally " in line]

    with_ref = planned("REFERENCE=/data/missile_attacks_daily.csv")
    assert [line.split()[1] for line in with_ref] == ["ingest", "import-reference", "serve"]
    assert '"/data/missile_attacks_daily.csv"' in with_ref[1]
    assert [line.split()[1] for line in planned()] == ["ingest", "serve"]
