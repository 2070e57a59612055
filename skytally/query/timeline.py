"""The diplomacy timeline: political events read from stored reports, and listing them.

``scan_documents`` reads the English reports not yet scanned (or changed since,
or all with ``rebuild=True``) and replaces their rows in ``political_events``;
one transaction per batch. ``political_frame`` lists the stored events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl
from sqlalchemy import Engine, and_, delete, insert, or_, select

from skytally.documents import parse_published
from skytally.extract.politics import PoliticalEvent, extract_political_events
from skytally.query.political_tables import political_events, political_scans
from skytally.store.engine import writing
from skytally.store.schema import documents

POLITICS_VERSION = "1"
BATCH = 500
EVENT_SCHEMA: dict[str, Any] = {"date": pl.Date, "kind": pl.String, "participants": pl.String,
                                "document_id": pl.String, "outlet": pl.String, "quote": pl.String}


@dataclass(frozen=True, slots=True)
class ScanReport:
    documents: int
    events: int


def scan_documents(engine: Engine, *, rebuild: bool = False) -> ScanReport:
    """Extract political events from reports that need it; how many documents and events."""
    scanned = found = 0
    while True:
        rows = _pending(engine, rebuild=rebuild, done=scanned)
        if not rows:
            return ScanReport(scanned, found)
        found += _save(engine, rows)
        scanned += len(rows)
        if len(rows) < BATCH:
            return ScanReport(scanned, found)


def _pending(engine: Engine, *, rebuild: bool, done: int) -> Sequence[Any]:
    cols = (documents.c.id, documents.c.text, documents.c.published, documents.c.content_hash)
    stmt = (select(*cols).outerjoin(political_scans, political_scans.c.document_id == documents.c.id)
            .where(documents.c.source_kind == "report",
                   or_(documents.c.language.is_(None), documents.c.language == "en"))
            .order_by(documents.c.id).limit(BATCH))
    if rebuild:
        stmt = stmt.offset(done)  # rows scanned in this run stay in order, so an offset walks them
    else:
        stale = or_(political_scans.c.document_id.is_(None),
                    political_scans.c.content_hash != documents.c.content_hash,
                    political_scans.c.extractor_version != POLITICS_VERSION)
        stmt = stmt.where(stale)
    with engine.connect() as conn:
        return conn.execute(stmt).all()


def _save(engine: Engine, rows: Sequence[Any]) -> int:
    ids = [row.id for row in rows]
    found = [(row.id, e) for row in rows for e in _extract(row.text, row.published)]
    with writing(engine) as conn:
        conn.execute(delete(political_events).where(political_events.c.document_id.in_(ids)))
        conn.execute(delete(political_scans).where(political_scans.c.document_id.in_(ids)))
        if found:
            conn.execute(insert(political_events), [_event_row(doc_id, e) for doc_id, e in found])
        conn.execute(insert(political_scans), [{"document_id": row.id, "content_hash": row.content_hash,
                                                "extractor_version": POLITICS_VERSION} for row in rows])
    return len(found)


def _extract(text: str, published: str | None) -> list[PoliticalEvent]:
    try:
        day = parse_published(published) if published else None
    except ValueError:
        day = None
    return extract_political_events(text, day)


def _event_row(document_id: str, event: PoliticalEvent) -> dict[str, Any]:
    return {"document_id": document_id, "kind": event.kind.value,
            "participants": "; ".join(event.participants), "date": event.date,
            "evidence_start": event.evidence.start, "evidence_end": event.evidence.end}


def political_frame(engine: Engine, *, since: dt.date | None = None, until: dt.date | None = None,
                    kinds: Iterable[str] = ()) -> pl.DataFrame:
    """Stored political events (dated ones, oldest first) with their quotes."""
    e, d = political_events, documents
    stmt = (select(e.c.date, e.c.kind, e.c.participants, e.c.document_id, d.c.outlet, d.c.text,
                   e.c.evidence_start, e.c.evidence_end)
            .join(d, d.c.id == e.c.document_id).where(e.c.date.is_not(None)))
    bounds = [e.c.date >= since] if since else []
    bounds += [e.c.date <= until] if until else []
    wanted = list(kinds)
    if wanted:
        bounds.append(e.c.kind.in_(wanted))
    stmt = stmt.where(and_(*bounds)) if bounds else stmt
    with engine.connect() as conn:
        rows = [{"date": r.date, "kind": r.kind, "participants": r.participants,
                 "document_id": r.document_id, "outlet": r.outlet,
                 "quote": " ".join(r.text[r.evidence_start:r.evidence_end].split())}
                for r in conn.execute(stmt.order_by(e.c.date, e.c.id))]
    return pl.DataFrame(rows, schema=EVENT_SCHEMA)
