"""Bulk-loading written partitions into a database store.

The extraction already happened on the cluster: loading reads each partition's
Parquet files back and upserts every document with its claims (ids are content
hashes, so loading twice writes nothing new), grouping near-duplicates as
``Store.ingest`` does, and records the partition's failures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from skytally.ingest.dedupe import DuplicateIndex
from skytally.scale.parquet import read_partition
from skytally.store import Store


@dataclass(frozen=True, slots=True)
class LoadReport:
    written: int
    unchanged: int
    failures: int


def load_partition(store: Store, out: Path, name: str, index: DuplicateIndex,
                   extractor_version: str) -> LoadReport:
    """Upsert one written partition, a batch per transaction; ``index`` carries near-duplicate
    groups across partitions."""
    records = read_partition(out, name)
    report = store.save_many(zip(records.documents, records.extractions, strict=True), dedupe=index,
                             extractor_version=extractor_version)
    for failure in records.failures:
        store.record_failure(failure)
    return LoadReport(report.new + report.updated, report.unchanged, len(records.failures) + report.failed)
