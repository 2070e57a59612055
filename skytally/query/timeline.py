"""The diplomacy timeline: the political events stored with each report, as a frame.

The store writes them with their report (``skytally.store.political``), so the
timeline follows every ingest and re-extraction; ``political_frame`` lists them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import polars as pl
from sqlalchemy import Engine, and_, select

from skytally.store.political import political_events
from skytally.store.schema import documents

EVENT_SCHEMA: dict[str, Any] = {"date": pl.Date, "kind": pl.String, "participants": pl.String,
                                "document_id": pl.String, "outlet": pl.String, "quote": pl.String}


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
