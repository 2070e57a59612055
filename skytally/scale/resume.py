"""Picking up an interrupted run: the plan is saved first, finished partitions are skipped.

``plan.json`` records every partition spec of a run before any task starts. A
rerun with ``resume`` must plan exactly the same partitions (same inputs, same
sizes, same reader options); a partition counts as finished when all three of
its Parquet files are in place (each is renamed into place only when whole).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from skytally.errors import ConfigError
from skytally.scale.parquet import TABLES
from skytally.scale.partition import PartitionSpec
from skytally.scale.task import PartitionSummary

PLAN = "plan.json"


def plan_of(specs: Sequence[PartitionSpec]) -> list[dict[str, Any]]:
    return [json.loads(json.dumps(asdict(s), default=str)) for s in specs]


def save_plan(out: Path, specs: Sequence[PartitionSpec]) -> None:
    (out / PLAN).write_text(json.dumps(plan_of(specs), indent=1) + "\n", encoding="utf-8")


def check_plan(out: Path, specs: Sequence[PartitionSpec]) -> None:
    """Refuse to resume a run whose partitions were cut differently (or that never started)."""
    path = out / PLAN
    if not path.exists():
        raise ConfigError(f"nothing to resume in {out}: no {PLAN}")
    if json.loads(path.read_text(encoding="utf-8")) != plan_of(specs):
        raise ConfigError(f"cannot resume {out}: its inputs, partition size or reader options differ "
                          "from this run's; use --overwrite to start again")


def finished(out: Path, spec: PartitionSpec) -> PartitionSummary | None:
    """The summary of a partition already written under ``out``, or None if it is not complete."""
    files = [out / table / f"{spec.name}.parquet" for table in TABLES]
    if not all(f.exists() for f in files):
        return None
    documents, claims, failures = (pq.read_metadata(f).num_rows for f in files)
    return PartitionSummary(spec.index, spec.name, documents, claims, failures, 0.0)
