"""All writes of documents and claims: one document and its claims per transaction.

``save_document`` runs inside a caller's write transaction; it upserts the
document row, replaces its claims, places and political events, and reports
whether anything changed. Nothing else in the package writes these tables
(``bulk`` and ``reextract`` do the same through the functions here).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from skytally.ingest.dedupe import Signature
from skytally.models import Claim, Document, Extraction, Failure
from skytally.resolve.sources import classify_outlet
from skytally.store import political, signatures
from skytally.store.schema import claims, document_places, documents, failures, sources


class SaveStatus(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def clean_text(text: str) -> str:
    """The text as stored: NUL (refused by PostgreSQL) becomes U+FFFD, offsets unchanged."""
    return text.replace("\x00", "\ufffd")


# Statements built once and reused with bound parameters: building them per call costs more
# than running them.
STATE = select(documents.c.content_hash, documents.c.extractor_version).where(
    documents.c.id == bindparam("doc_id"))
DELETE_CLAIMS = delete(claims).where(claims.c.document_id == bindparam("doc_id"))
DELETE_PLACES = delete(document_places).where(document_places.c.document_id == bindparam("doc_id"))
INSERT_CLAIMS = insert(claims)
INSERT_PLACES = insert(document_places)


def stored_state(conn: Connection, document_id: str) -> tuple[str, str] | None:
    """(content hash, extractor version) of a stored document, or None."""
    row = conn.execute(STATE, {"doc_id": document_id}).first()
    return (row[0], row[1]) if row else None


def stored_states(conn: Connection, document_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(content hash, extractor version) of each stored document among ``document_ids``."""
    stmt = select(documents.c.id, documents.c.content_hash, documents.c.extractor_version).where(
        documents.c.id.in_(bindparam("ids", expanding=True)))
    return {row[0]: (row[1], row[2]) for row in conn.execute(stmt, {"ids": list(document_ids)})}


def digest_of(doc: Document) -> str:
    """The hash of a document's text exactly as stored, and its URL: any change, even of
    whitespace (which moves evidence offsets), means new claims."""
    h = hashlib.sha256(clean_text(doc.text).encode("utf-8", "surrogatepass"))
    h.update(b"\x00" + (doc.url or "").encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def save_document(conn: Connection, doc: Document, extraction: Extraction, *, source_kind: str,
                  extractor_version: str, duplicate_group: str | None = None,
                  digest: str | None = None, signature: Signature | None = None) -> SaveStatus:
    """Upsert ``doc`` with the claims and places of ``extraction`` (``digest``: its content
    hash, if already computed; ``signature``: its near-duplicate signature, if just computed).
    ``bulk.save_batch`` does the same for many at once."""
    digest = digest or digest_of(doc)
    before = stored_state(conn, doc.id)
    if before == (digest, extractor_version):
        return SaveStatus.UNCHANGED
    if doc.outlet:
        _ensure_source(conn, doc.outlet, source_kind)
    row = document_row(doc, text=clean_text(doc.text), digest=digest, source_kind=source_kind,
                       extractor_version=extractor_version, duplicate_group=duplicate_group,
                       language=doc.language or extraction.language)
    _upsert(conn, row)
    if signature is not None:
        signatures.save_signatures(conn, [signatures.Signed(doc.id, digest, signature)])
    # On SQLite the write lock is held from BEGIN IMMEDIATE, so "not stored" stays true; on
    # PostgreSQL another writer may have stored the document meanwhile: always clear.
    fresh = before is None and conn.dialect.name == "sqlite"
    replace_claims(conn, doc.id, extraction, extractor_version, fresh=fresh)
    political.replace_political(conn, [doc.id], political.political_rows(
        doc, language=row["language"], source_kind=source_kind), fresh=fresh)
    return SaveStatus.NEW if before is None else SaveStatus.UPDATED


def replace_claims(conn: Connection, document_id: str, extraction: Extraction,
                   extractor_version: str, *, fresh: bool = False) -> None:
    """Swap a document's claims and places for those of ``extraction`` (``fresh``: it has none)."""
    if not fresh:
        conn.execute(DELETE_CLAIMS, {"doc_id": document_id})
        conn.execute(DELETE_PLACES, {"doc_id": document_id})
    rows = [claim_row(document_id, i, c, extractor_version) for i, c in enumerate(extraction.claims)]
    if rows:
        conn.execute(INSERT_CLAIMS, rows)
    places = sorted({p for p in extraction.places if p})
    if places:
        conn.execute(INSERT_PLACES, [{"document_id": document_id, "place": p} for p in places])


def document_row(doc: Document, *, text: str, digest: str, source_kind: str, extractor_version: str,
                 duplicate_group: str | None, language: str | None) -> dict[str, Any]:
    published = doc.published
    return {
        "id": doc.id, "text": text,
        "published": published.isoformat() if published else None,
        "published_on": _day(published),
        "url": doc.url, "outlet": doc.outlet, "title": doc.title, "language": language,
        "source": doc.source, "source_kind": source_kind, "content_hash": digest,
        "duplicate_group": duplicate_group or doc.id, "extractor_version": extractor_version,
        "ingested_at": dt.datetime.now(dt.UTC),
    }


def claim_row(document_id: str, ordinal: int, c: Claim, extractor_version: str) -> dict[str, Any]:
    return {
        "document_id": document_id, "ordinal": ordinal, "kind": c.kind.value,
        "outcome": c.outcome.value, "weapon": c.weapon.value if c.weapon else None, "model": c.model,
        "n": c.n, "qualifier": c.qualifier.value, "scope": c.scope.value, "attacker": c.attacker,
        "target": c.target, "date": c.date, "attribution": c.attribution, "derived": c.derived,
        "subset": c.subset, "evidence_start": c.evidence.start, "evidence_end": c.evidence.end,
        "extractor_version": extractor_version,
    }


def record_failure(conn: Connection, failure: Failure) -> bool:
    """Store a failure once (the same source, line, field and reason again is a no-op)."""
    same = select(failures.c.id).where(
        failures.c.source == failure.source, failures.c.reason == failure.reason,
        _is(failures.c.line, failure.line), _is(failures.c.field, failure.field))
    if conn.execute(same).first():
        return False
    conn.execute(insert(failures).values(source=failure.source, line=failure.line, field=failure.field,
                                         reason=failure.reason, failed_at=dt.datetime.now(dt.UTC)))
    return True


def _is(column: Any, value: Any) -> Any:
    return column.is_(None) if value is None else column == value


def _day(published: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def _dialect_insert(dialect: str) -> Any:
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


@cache
def source_insert(dialect: str) -> Any:
    return _dialect_insert(dialect)(sources).on_conflict_do_nothing(index_elements=["name"])


@cache
def document_upsert(dialect: str) -> Any:
    stmt = _dialect_insert(dialect)(documents)
    update = {c.name: stmt.excluded[c.name] for c in documents.columns if c.name != "id"}
    return stmt.on_conflict_do_update(index_elements=["id"], set_=update)


def _ensure_source(conn: Connection, name: str, source_kind: str) -> None:
    kind = classify_outlet(name, reference=source_kind == "reference")
    conn.execute(source_insert(conn.dialect.name), {"name": name, "kind": kind.value})


def _upsert(conn: Connection, row: dict[str, Any]) -> None:
    conn.execute(document_upsert(conn.dialect.name), row)
