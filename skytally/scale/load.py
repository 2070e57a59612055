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
from skytally.store.writer import clean_text


@dataclass(frozen=True, slots=True)
class LoadReport:
    written: int
    unchanged: int
    failures: int


def load_partition(store: Store, out: Path, name: str, index: DuplicateIndex,
                   extractor_version: str) -> LoadReport:
    """Upsert one written partition; ``index`` carries near-duplicate groups across partitions."""
    records = read_partition(out, name)
    written = 0
    for doc, extraction in zip(records.documents, records.extractions, strict=True):
        group = index.add(doc.id, clean_text(doc.text))
        written += store.save(doc, extraction, duplicate_group=group, extractor_version=extractor_version)
    for failure in records.failures:
        store.record_failure(failure)
    return LoadReport(written, len(records.documents) - written, len(records.failures))
