"""Political events stored with their report: the table and its one writer.

``political_events`` holds what ``extract.politics`` reads from each English report.
``replace_political`` swaps a document's rows inside the transaction that writes the
document (``writer``, ``bulk``, ``reextract``), so every path that stores or re-extracts
a report (CLI, API, Dask loads) keeps the timeline current, atomically.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.engine import Connection

from skytally.documents import parse_published
from skytally.errors import SkytallyError
from skytally.extract.politics import PoliticalEvent, extract_political_events
from skytally.models import Document
from skytally.store.schema import documents, metadata

log = logging.getLogger(__name__)

LANGUAGES = frozenset({"en"})  # what extract.politics reads (an unknown language is tried too)
BATCH = 500


def _political_events(md: MetaData) -> Table:
    return Table(
        "political_events", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("kind", String(30), nullable=False),
        Column("participants", Text, nullable=False),  # canonical names joined by "; "
        Column("date", Date),
        Column("evidence_start", Integer, nullable=False),
        Column("evidence_end", Integer, nullable=False),
        Index("ix_political_events_date", "date"),
        Index("ix_political_events_document_id", "document_id"),
    )


political_events = _political_events(metadata)
DELETE = delete(political_events).where(political_events.c.document_id.in_(bindparam("ids", expanding=True)))


def political_rows(doc: Document, *, language: str | None, source_kind: str) -> list[dict[str, Any]]:
    """The rows of the political events a report states (none for other kinds or languages)."""
    if source_kind != "report" or (language is not None and language not in LANGUAGES):
        return []
    try:
        found = extract_political_events(doc.text, doc.published)
    except Exception:  # a politics bug must not cost the document its claims
        log.exception("reading political events of %s failed", doc.id)
        return []
    return [_row(doc.id, e) for e in found]


def _row(document_id: str, event: PoliticalEvent) -> dict[str, Any]:
    return {"document_id": document_id, "kind": event.kind.value,
            "participants": "; ".join(event.participants), "date": event.date,
            "evidence_start": event.evidence.start, "evidence_end": event.evidence.end}


def replace_political(conn: Connection, ids: Sequence[str], rows: Sequence[dict[str, Any]], *,
                      fresh: bool = False) -> None:
    """Swap the political events of documents ``ids`` for ``rows`` (``fresh``: they have none)."""
    if ids and not fresh:
        conn.execute(DELETE, {"ids": list(ids)})
    if rows:
        conn.execute(insert(political_events), list(rows))


def rescan(conn: Connection) -> int:
    """Read every stored report again (after a change to ``extract.politics``); the number
    of political events now stored. Runs in the caller's transaction."""
    conn.execute(delete(political_events))
    cols = (documents.c.id, documents.c.text, documents.c.published, documents.c.language,
            documents.c.source_kind)  # only columns every schema version since 1 has
    last, found = "", 0
    while rows := conn.execute(select(*cols).where(documents.c.id > last)
                               .order_by(documents.c.id).limit(BATCH)).all():
        new = [r for row in rows for r in political_rows(_document(row), language=row.language,
                                                          source_kind=row.source_kind)]
        replace_political(conn, (), new, fresh=True)
        found += len(new)
        last = rows[-1].id
    return found


def _document(row: Any) -> Document:
    try:
        published = parse_published(row.published) if row.published else None
    except (ValueError, SkytallyError):
        published = None
    return Document(id=row.id, text=row.text, published=published)


def count_political(conn: Connection, ids: Iterable[str]) -> int:
    """How many political events the documents ``ids`` state."""
    stmt = select(func.count()).where(political_events.c.document_id.in_(bindparam("ids", expanding=True)))
    return int(conn.execute(stmt, {"ids": list(ids)}).scalar_one())


# ---- migrations (spelled out as they were at each version) -------------------------------------

def v20_political_events(conn: Connection) -> None:
    """Migration 20: political events and the scans that once told which reports were read."""
    md = MetaData()
    Table("documents", md, Column("id", String, primary_key=True))
    scans = Table("political_scans", md,
                  Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"),
                         primary_key=True),
                  Column("content_hash", String, nullable=False),
                  Column("extractor_version", String, nullable=False))
    _political_events(md).create(conn)
    scans.create(conn)


def v21_political_with_documents(conn: Connection) -> None:
    """Migration 21: political events are written with their report, so scans go; the
    reports stored before are read once here."""
    conn.execute(text("DROP TABLE political_scans"))
    rescan(conn)


__all__ = ["count_political", "political_events", "political_rows", "replace_political", "rescan",
           "v20_political_events", "v21_political_with_documents"]
