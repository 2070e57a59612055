"""The store's own guards, for library callers who bypass the readers and the extractor's bounds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.store import open_store


def _docs(n: int) -> list[Document]:
    return [Document(id=f"g{i}", text=f"Russia launched {i + 5} drones overnight.") for i in range(n)]


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_a_figure_the_database_cannot_hold_fails_one_document_not_the_run(tmp_path: Path) -> None:
    db = tmp_path / "guard.db"

    def extractor(doc: Document) -> Extraction:
        n = 2**70 if doc.id == "g1" else 5
        return Extraction(doc.id, (Claim(Outcome.LAUNCHED, n, Evidence(0, 6), Weapon.DRONE),), ())

    with open_store(str(db)) as store:
        report = store.ingest(_docs(3), extractor=extractor)
    assert (report.new, report.failed) == (2, 1)
    assert _count(db, "claims") == 2 and _count(db, "failures") == 1


def test_an_extractor_that_raises_fails_one_document_not_the_run(tmp_path: Path) -> None:
    db = tmp_path / "raise.db"

    def extractor(doc: Document) -> Extraction:
        if doc.id == "g1":
            raise RecursionError("a rule went round in circles")
        return Extraction(doc.id, (Claim(Outcome.LAUNCHED, 5, Evidence(0, 6), Weapon.DRONE),), ())

    with open_store(str(db)) as store:
        report = store.ingest(_docs(3), extractor=extractor)
    assert (report.new, report.failed) == (2, 1)
    assert _count(db, "documents") == 2 and _count(db, "claims") == 2 and _count(db, "failures") == 1
