"""Reading stored documents and claims back into domain records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from skytally.documents import parse_published
from skytally.models import Claim, Document, Evidence, Outcome, Qualifier, Scope, Weapon
from skytally.store.schema import claims, document_places, documents


def document_from_row(row: Any) -> Document:
    published = parse_published(row.published) if row.published else None
    return Document(id=row.id, text=row.text, published=published, url=row.url, outlet=row.outlet,
                    title=row.title, language=row.language, source=row.source)


def claim_from_row(row: Any) -> Claim:
    return Claim(
        outcome=Outcome(row.outcome), n=int(row.n),
        evidence=Evidence(int(row.evidence_start), int(row.evidence_end)),
        weapon=Weapon(row.weapon) if row.weapon else None, qualifier=Qualifier(row.qualifier),
        scope=Scope(row.scope), attacker=row.attacker, target=row.target, date=to_date(row.date),
        model=row.model, attribution=row.attribution, derived=bool(row.derived), subset=bool(row.subset),
    )


def load_document(conn: Connection, document_id: str) -> Document | None:
    row = conn.execute(select(documents).where(documents.c.id == document_id)).first()
    return document_from_row(row) if row else None


def load_claims(conn: Connection, document_id: str) -> list[Claim]:
    rows = conn.execute(select(claims).where(claims.c.document_id == document_id)
                        .order_by(claims.c.ordinal)).all()
    return [claim_from_row(r) for r in rows]


def load_places(conn: Connection, document_id: str) -> list[str]:
    rows = conn.execute(select(document_places.c.place)
                        .where(document_places.c.document_id == document_id)
                        .order_by(document_places.c.place)).scalars()
    return list(rows)


def iter_texts(engine: Engine, batch: int = 1000) -> Iterator[tuple[str, str]]:
    """(id, text) of every stored document, in id order, a batch at a time."""
    last = ""
    while True:
        with engine.connect() as conn:
            rows = conn.execute(select(documents.c.id, documents.c.text).where(documents.c.id > last)
                                .order_by(documents.c.id).limit(batch)).all()
        if not rows:
            return
        yield from ((doc_id, text) for doc_id, text in rows)
        last = rows[-1][0]


def to_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
