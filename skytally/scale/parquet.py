"""Partition records as Parquet: one file per partition and table, written atomically.

Layout under the output directory::

    documents/part-00000.parquet   one row per document, in input order
    claims/part-00000.parquet      one row per claim, in document then claim order
    failures/part-00000.parquet    one row per input that could not be read or extracted

Each file is written to a hidden temporary name and renamed into place, so a
reader (or a retry after a worker dies) never sees half a file, and writing a
partition twice gives the same files. Readers of the directory (pyarrow,
pandas, polars, DuckDB) skip the hidden temporaries.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from skytally.documents import parse_published
from skytally.errors import MissingExtra
from skytally.extract import EXTRACTOR_VERSION
from skytally.models import Claim, Document, Extraction, Failure
from skytally.scale.partition import PartitionRecords

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise MissingExtra("pyarrow", "scale") from exc

TABLES = ("documents", "claims", "failures")

STR = pa.string()
DOCUMENTS = pa.schema([
    ("id", STR), ("text", STR), ("published", STR), ("url", STR), ("outlet", STR), ("title", STR),
    ("declared_language", STR), ("source", STR), ("meta", STR), ("language", STR),
    ("places", pa.list_(STR)), ("claims", pa.int32()), ("extractor_version", STR),
])
CLAIMS = pa.schema([
    ("document_id", STR), ("claim_index", pa.int32()), ("kind", STR), ("attacker", STR),
    ("outcome", STR), ("weapon", STR), ("n", pa.int64()), ("qualifier", STR), ("scope", STR),
    ("date", pa.date32()), ("derived", pa.bool_()), ("subset", pa.bool_()), ("model", STR),
    ("target", STR), ("attribution", STR), ("evidence_start", pa.int64()),
    ("evidence_end", pa.int64()), ("quote", STR),
])
FAILURES = pa.schema([("source", STR), ("line", pa.int64()), ("field", STR), ("reason", STR)])


def write_partition(records: PartitionRecords, out: Path, name: str) -> None:
    """Write a partition's three tables under ``out`` as ``<table>/<name>.parquet``."""
    pairs = tuple(zip(records.documents, records.extractions, strict=True))
    tables = {
        "documents": pa.Table.from_pylist([_document_row(d, e) for d, e in pairs], DOCUMENTS),
        "claims": pa.Table.from_pylist([r for d, e in pairs for r in _claim_rows(d, e)], CLAIMS),
        "failures": pa.Table.from_pylist([_failure_row(f) for f in records.failures], FAILURES),
    }
    for table, data in tables.items():
        write_atomically(data, out / table / f"{name}.parquet")


def write_atomically(table: pa.Table, path: Path) -> None:
    """Write to a hidden temporary beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def remove_temporaries(out: Path) -> int:
    """Delete temporaries left by attempts that died mid-write; how many there were."""
    stale = [p for table in TABLES for p in (out / table).glob(".*.tmp")]
    for p in stale:
        p.unlink(missing_ok=True)
    return len(stale)


def partition_names(out: Path) -> list[str]:
    """The partitions written under ``out``, in order."""
    return sorted((p.stem for p in (out / "documents").glob("part-*.parquet")),
                  key=lambda name: int(name.removeprefix("part-")))


def read_partition(out: Path, name: str) -> PartitionRecords:
    """A written partition back as domain records (the inverse of ``write_partition``)."""
    docs = pq.read_table(out / "documents" / f"{name}.parquet").to_pylist()
    claims = iter(pq.read_table(out / "claims" / f"{name}.parquet").to_pylist())
    fails = pq.read_table(out / "failures" / f"{name}.parquet").to_pylist()
    extractions = tuple(_extraction(row, [next(claims) for _ in range(row["claims"])]) for row in docs)
    return PartitionRecords(tuple(_document(r) for r in docs), extractions,
                            tuple(Failure(**r) for r in fails))


def read_results(out: Path) -> Iterator[tuple[Document, Extraction]]:
    """Every document and its extraction under ``out``, in input order."""
    for name in partition_names(out):
        records = read_partition(out, name)
        yield from zip(records.documents, records.extractions, strict=True)


def _document_row(doc: Document, extraction: Extraction) -> dict[str, Any]:
    return {
        "id": doc.id, "text": doc.text,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url, "outlet": doc.outlet, "title": doc.title,
        "declared_language": doc.language, "source": doc.source,
        "meta": json.dumps(doc.meta, ensure_ascii=False, default=str) if doc.meta else None,
        "language": extraction.language, "places": list(extraction.places),
        "claims": len(extraction.claims), "extractor_version": EXTRACTOR_VERSION,
    }


def _claim_rows(doc: Document, extraction: Extraction) -> Iterator[dict[str, Any]]:
    for i, claim in enumerate(extraction.claims):
        row = claim.to_dict()
        ev = row.pop("evidence")
        row.update(document_id=doc.id, claim_index=i, evidence_start=ev["start"],
                   evidence_end=ev["end"], date=claim.date, quote=claim.evidence.quote(doc.text))
        yield row


def _failure_row(failure: Failure) -> dict[str, Any]:
    return {"source": failure.source, "line": failure.line, "field": failure.field,
            "reason": failure.reason}


def _document(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"], text=row["text"], published=parse_published(row["published"]),
        url=row["url"], outlet=row["outlet"], title=row["title"],
        language=row["declared_language"], source=row["source"],
        meta=json.loads(row["meta"]) if row["meta"] else {},
    )


def _extraction(row: dict[str, Any], claims: list[dict[str, Any]]) -> Extraction:
    return Extraction(document_id=row["id"], claims=tuple(_claim(c) for c in claims),
                      places=tuple(row["places"]), language=row["language"])


def _claim(row: dict[str, Any]) -> Claim:
    date: dt.date | None = row["date"]
    evidence = {"start": row["evidence_start"], "end": row["evidence_end"]}
    return Claim.from_dict({**row, "date": date.isoformat() if date else None, "evidence": evidence})
