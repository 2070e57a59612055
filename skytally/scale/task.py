"""One partition as a unit of work for any engine: run it, write its files, report counts.

``process_partition`` is what a Dask task (or a process-pool job, or a
Kubernetes job) calls; it needs pyarrow but no Dask.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from skytally.extract import extract_document
from skytally.scale.parquet import write_partition
from skytally.scale.partition import Extractor, PartitionSpec, run_partition


@dataclass(frozen=True, slots=True)
class PartitionSummary:
    """What one partition task did: counts only, so results stay on the workers' disks."""

    index: int
    name: str
    documents: int
    claims: int
    failures: int
    seconds: float


def process_partition(spec: PartitionSpec, out: str,
                      extract: Extractor = extract_document) -> PartitionSummary:
    """Run one partition and write its Parquet files under ``out`` (one Dask task)."""
    started = time.perf_counter()
    records = run_partition(spec, extract)
    write_partition(records, Path(out), spec.name)
    return PartitionSummary(spec.index, spec.name, len(records.documents),
                            sum(len(e.claims) for e in records.extractions), len(records.failures),
                            time.perf_counter() - started)
