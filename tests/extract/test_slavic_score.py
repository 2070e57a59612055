"""The quality gate for Ukrainian and Russian posts: the dev-uk score may not drop below its floor.

Needs ``../shared/eval`` (the benchmark stays outside the repository); skipped without it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from skytally.cli import main

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
DEV_UK = EVAL / "dev-uk"
FLOORS = {"event_f1": 0.95, "date_accuracy": 0.95, "places_f1": 0.9}

pytestmark = pytest.mark.skipif(not (DEV_UK / "gold.jsonl").exists(), reason="needs ../shared/eval/dev-uk")


def test_dev_uk_scores_stay_above_their_floors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", str(DEV_UK / "docs.jsonl")])
    assert result.exit_code == 0, result.output
    pred = tmp_path / "pred.jsonl"
    pred.write_text(result.stdout, encoding="utf-8")
    run = subprocess.run([sys.executable, str(EVAL / "score.py"), str(DEV_UK / "gold.jsonl"), str(pred),
                          "--json"], capture_output=True, text=True, check=True)
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    scores = {"event_f1": summary["event"]["f1"], "date_accuracy": summary["date_accuracy"],
              "places_f1": summary["places"]["f1"]}
    assert {k: v for k, v in scores.items() if v < FLOORS[k]} == {}
