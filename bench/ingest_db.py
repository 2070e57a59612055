"""Storage speed: reports/s from JSONL into SQLite (and PostgreSQL when
``SKYTALLY_TEST_PG_URL`` is set), on one core.

Cycles the development reports (``../shared/eval/dev``; the bundled sample when
missing) up to ``--n`` reports with fresh ids, written to a temporary JSONL file.
The claims stored are the hand-labelled gold claims (so the figures measure the
store, not the extractor), spread over a year of dates so events form. Timed:

- ingest: ``Store.ingest(read_paths(jsonl))``: read, upsert, one transaction per report;
- re-ingest: the same file again (every report unchanged, nothing written);
- save: ``Store.save`` of documents and claims already in memory, one transaction each,
  and ``Store.save_many`` (batches) as the Dask bulk loader uses it;
- resolve: ``Store.resolve_events`` over everything stored;
- ingest + extract: ``skytally ingest``'s path with the real extractor (for reference).

Target: ingest ≥ 1,000 reports/s into SQLite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from itertools import cycle, islice
from pathlib import Path

from sqlalchemy import create_engine, text

from skytally.extract import extract_document
from skytally.ingest import read_paths
from skytally.models import Claim, Document, Extraction
from skytally.store import Store, normalise_url, open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval" / "dev"
SAMPLE = ROOT / "skytally" / "data" / "sample" / "reports.jsonl"
TARGET = 1000.0


def load_sources() -> list[tuple[dict[str, object], list[dict[str, object]]]]:
    """(document record, gold claims) pairs; the sample with no claims when dev is missing."""
    docs_path, gold_path = SHARED / "docs.jsonl", SHARED / "gold.jsonl"
    if not docs_path.exists():
        return [(json.loads(line), []) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    gold = {g["id"]: g["claims"] for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    return [(d, gold.get(d["id"], []))
            for d in map(json.loads, docs_path.read_text(encoding="utf-8").splitlines())]


def corpus(n: int, tmp: Path) -> tuple[Path, dict[str, Extraction], list[Document]]:
    """A JSONL of ``n`` reports and the gold extraction of each, keyed by the new ids."""
    path = tmp / "reports.jsonl"
    extractions: dict[str, Extraction] = {}
    documents: list[Document] = []
    start = dt.date(2025, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        for i, (record, gold) in enumerate(islice(cycle(load_sources()), n)):
            doc_id = f"bench-{i:07d}"
            textual = str(record["text"])
            day = start + dt.timedelta(days=i % 365)
            rec = {**record, "id": doc_id, "published": day.isoformat()}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            claims = tuple(_claim(c, textual, day) for c in gold)
            extractions[doc_id] = Extraction(doc_id, claims, ())
            documents.append(Document(id=f"{doc_id}-mem", text=textual, published=day,
                                      outlet=str(record.get("outlet") or "") or None))
    return path, extractions, documents


def _claim(gold: dict[str, object], textual: str, day: dt.date) -> Claim:
    quote = str(gold.get("quote") or "")
    start = max(textual.find(quote), 0)
    data = {**gold, "evidence": {"start": start, "end": start + len(quote)}, "date": day.isoformat(),
            "attacker": gold.get("attacker") or "unknown"}
    return Claim.from_dict(data)


def timed(label: str, n: int, fn: Callable[[], object]) -> tuple[str, int, float]:
    began = time.perf_counter()
    fn()
    return label, n, time.perf_counter() - began


def bench(url: str, path: Path, extractions: dict[str, Extraction], documents: list[Document],
          extract_n: int) -> list[tuple[str, int, float]]:
    n = len(extractions)
    gold: Callable[[Document], Extraction] = lambda d: extractions[d.id]  # noqa: E731
    rows = []
    _warm_up(path)
    with open_store(url) as store:
        rows.append(timed("ingest (read + store)", n, lambda: _check(store.ingest(read_paths([str(path)]),
                                                                                   extractor=gold))))
        rows.append(timed("re-ingest (all unchanged)", n, lambda: store.ingest(read_paths([str(path)]),
                                                                               extractor=gold)))
        rows.append(timed("save, one per transaction", n // 4,
                          lambda: _save_all(store, documents[: n // 4], extractions)))
        rows.append(timed("save_many (in memory)", n - n // 4, lambda: store.save_many(
            (d, extractions[d.id.removesuffix("-mem")]) for d in documents[n // 4:])))
        rows.append(timed("resolve events (all claims)", n * 2, store.resolve_events))
    with open_store(_fresh(url, "extract")) as store:
        subset = list(islice(read_paths([str(path)]), extract_n))
        rows.append(timed("ingest + real extractor", len(subset),
                          lambda: store.ingest(subset, extractor=extract_document)))
    return rows


def _warm_up(path: Path) -> None:
    """Import and compile what the readers load lazily, so the first row does not pay for it."""
    for _ in islice(read_paths([str(path)]), 10):
        pass


def _check(report: object) -> None:
    print(f"  ingest report: {report}", file=sys.stderr)


def _save_all(store: Store, documents: list[Document], extractions: dict[str, Extraction]) -> None:
    for doc in documents:
        store.save(doc, extractions[doc.id.removesuffix("-mem")])


def _fresh(url: str, tag: str) -> str:
    if url.startswith("sqlite:///"):
        return url.replace(".db", f"-{tag}.db")
    return _pg_schema(os.environ["SKYTALLY_TEST_PG_URL"])


def _pg_schema(base: str) -> str:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(normalise_url(base))
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    _CREATED.append(schema)
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"


_CREATED: list[str] = []


def _drop_schemas(base: str) -> None:
    engine = create_engine(normalise_url(base))
    with engine.begin() as conn:
        for schema in _CREATED:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def targets(tmp: Path) -> Iterator[tuple[str, str]]:
    yield "sqlite", f"sqlite:///{tmp / 'bench.db'}"
    base = os.environ.get("SKYTALLY_TEST_PG_URL")
    if base:
        yield "postgresql", _pg_schema(base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="reports to store")
    parser.add_argument("--extract-n", type=int, default=300, help="reports for the real-extractor row")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path, extractions, documents = corpus(args.n, tmp)
        n_claims = sum(len(e.claims) for e in extractions.values())
        print(f"{args.n} reports, {n_claims} claims, {path.stat().st_size / 2**20:.1f} MiB JSONL")
        print(f"{'database':<11}{'step':<30}{'reports':>8}{'seconds':>9}{'reports/s':>11}")
        try:
            for name, url in targets(tmp):
                for label, n, seconds in bench(url, path, extractions, documents, args.extract_n):
                    print(f"{name:<11}{label:<30}{n:>8}{seconds:>9.2f}{n / seconds:>11.0f}")
        finally:
            if _CREATED:
                _drop_schemas(os.environ["SKYTALLY_TEST_PG_URL"])
    print(f"target: ingest ≥ {TARGET:.0f} reports/s into SQLite on one core")


if __name__ == "__main__":
    main()
