"""Loading claims for event resolution and saving the events it builds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, delete, false, func, insert, select
from sqlalchemy.engine import Connection

from skytally.documents import parse_published
from skytally.models import Outcome, Qualifier, Scope, Weapon
from skytally.resolve import ClaimRecord, Event, SourceKind, figure_source, resolve_events
from skytally.store.engine import writing
from skytally.store.reading import to_date
from skytally.store.schema import claims, documents, event_claims, event_flags, events, sources


def claim_records(conn: Connection) -> Iterator[ClaimRecord]:
    """Every event-scope, non-derived claim with an attacker and a date."""
    quote = func.substr(documents.c.text, claims.c.evidence_start + 1,
                        claims.c.evidence_end - claims.c.evidence_start)
    stmt = (select(claims, documents.c.outlet, documents.c.published, documents.c.duplicate_group,
                   documents.c.source_kind, documents.c.url, sources.c.kind.label("outlet_kind"),
                   quote.label("quote"))
            .join(documents, documents.c.id == claims.c.document_id)
            .outerjoin(sources, sources.c.name == documents.c.outlet)
            .where(claims.c.scope == Scope.EVENT.value, claims.c.derived == false(),
                   claims.c.attacker.is_not(None), claims.c.date.is_not(None))
            .order_by(claims.c.id))
    for row in conn.execute(stmt):
        yield record_from_row(row)


def record_from_row(row: Any) -> ClaimRecord:
    outlet_kind = SourceKind(row.outlet_kind) if row.outlet_kind else (
        SourceKind.REFERENCE if row.source_kind == "reference" else SourceKind.OUTLET)
    kind = figure_source(outlet_kind, row.attribution)
    return ClaimRecord(
        claim_id=row.id, document_id=row.document_id, outcome=Outcome(row.outcome), n=row.n,
        qualifier=Qualifier(row.qualifier), date=to_date(row.date) or dt.date.min, attacker=row.attacker,
        weapon=Weapon(row.weapon) if row.weapon else None, model=row.model, target=row.target,
        subset=bool(row.subset), outlet=row.outlet, source_kind=kind, quoted=kind is not outlet_kind,
        published=_utc(row.published), duplicate_group=row.duplicate_group, quote=row.quote or "",
        post=row.url if row.source_kind == "reference" else None,  # one post, a row per model
    )


def rebuild_events(engine: Engine) -> int:
    """Resolve every stored claim into events and replace the stored events atomically."""
    with engine.connect() as conn:
        records = list(claim_records(conn))
    built = resolve_events(records)
    with writing(engine) as conn:
        save_events(conn, built)
    return len(built)


def save_events(conn: Connection, built: Sequence[Event]) -> None:
    now = dt.datetime.now(dt.UTC)
    for table in (event_flags, event_claims, events):
        conn.execute(delete(table))
    if not built:
        return
    conn.execute(insert(events), [_event_row(e, now) for e in built])
    links = [{"event_id": e.id, "claim_id": entry.record.claim_id, "figure": str(f.key),
              "role": entry.role.value, "reason": entry.reason,
              "source_kind": entry.record.source_kind.value}
             for e in built for f in e.figures for entry in f.entries]
    conn.execute(insert(event_claims), links)
    flags = [{"event_id": e.id, "code": f.code.value, "message": f.message} for e in built for f in e.flags]
    if flags:
        conn.execute(insert(event_flags), flags)


def _event_row(e: Event, now: dt.datetime) -> dict[str, Any]:
    return {"id": e.id, "attacker": e.attacker, "target": e.target, "date": e.date, "label": e.label,
            "n_documents": len(e.document_ids), "n_claims": e.n_claims, "n_flags": len(e.flags),
            "resolved_at": now}


def _utc(published: str | None) -> dt.datetime | None:
    value = parse_published(published) if published else None
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
