"""Writing a batch of documents with a handful of statements instead of several each.

Same result as ``writer.save_document`` for each document in turn (one transaction,
whole documents), with one query for what is stored, one upsert for all documents,
one delete and one insert for all claims, places and political events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete
from sqlalchemy.engine import Connection

from skytally.ingest.dedupe import Signature
from skytally.models import Document, Extraction
from skytally.resolve.sources import classify_outlet
from skytally.store import political, signatures, writer
from skytally.store.schema import claims, document_places
from skytally.store.writer import SaveStatus

DELETE_CLAIMS = delete(claims).where(claims.c.document_id.in_(bindparam("ids", expanding=True)))
DELETE_PLACES = delete(document_places).where(
    document_places.c.document_id.in_(bindparam("ids", expanding=True)))


@dataclass(frozen=True, slots=True)
class Item:
    """A document ready to write: its extraction, content hash, near-duplicate group and
    signature (None: leave what is stored)."""

    doc: Document
    extraction: Extraction
    digest: str
    group: str | None = None
    signature: Signature | None = None


def save_batch(conn: Connection, items: Sequence[Item], *, source_kind: str,
               extractor_version: str) -> list[SaveStatus]:
    """Upsert every item's document, claims and places; the status of each, in order."""
    if len({i.doc.id for i in items}) < len(items):  # the same id twice: one at a time
        return [writer.save_document(conn, i.doc, i.extraction, source_kind=source_kind,
                                     extractor_version=extractor_version, duplicate_group=i.group,
                                     digest=i.digest, signature=i.signature) for i in items]
    states = writer.stored_states(conn, [i.doc.id for i in items])
    statuses = [_status(states.get(i.doc.id), i.digest, extractor_version) for i in items]
    todo = [i for i, s in zip(items, statuses, strict=True) if s is not SaveStatus.UNCHANGED]
    if todo:
        _write(conn, todo, states, source_kind=source_kind, extractor_version=extractor_version)
    return statuses


def _status(state: tuple[str, str] | None, digest: str, extractor_version: str) -> SaveStatus:
    if state is None:
        return SaveStatus.NEW
    return SaveStatus.UNCHANGED if state == (digest, extractor_version) else SaveStatus.UPDATED


def _write(conn: Connection, todo: Sequence[Item], states: dict[str, tuple[str, str]], *,
           source_kind: str, extractor_version: str) -> None:
    dialect = conn.dialect.name
    outlets = sorted({i.doc.outlet for i in todo if i.doc.outlet})
    if outlets:
        reference = source_kind == "reference"
        conn.execute(writer.source_insert(dialect),
                     [{"name": o, "kind": classify_outlet(o, reference=reference).value} for o in outlets])
    conn.execute(writer.document_upsert(dialect), [_row(i, source_kind, extractor_version) for i in todo])
    signatures.save_signatures(conn, [signatures.Signed(i.doc.id, i.digest, i.signature)
                                      for i in todo if i.signature is not None])
    # SQLite holds the write lock since BEGIN IMMEDIATE; PostgreSQL may have gained rows meanwhile.
    stale = [i.doc.id for i in todo if dialect != "sqlite" or i.doc.id in states]
    if stale:
        conn.execute(DELETE_CLAIMS, {"ids": stale})
        conn.execute(DELETE_PLACES, {"ids": stale})
    _insert(conn, writer.INSERT_CLAIMS, [writer.claim_row(i.doc.id, n, c, extractor_version)
                                         for i in todo for n, c in enumerate(i.extraction.claims)])
    _insert(conn, writer.INSERT_PLACES, [{"document_id": i.doc.id, "place": p}
                                         for i in todo for p in sorted(set(i.extraction.places)) if p])
    political.replace_political(conn, stale, [row for i in todo for row in political.political_rows(
        i.doc, language=_language(i), source_kind=source_kind)])


def _insert(conn: Connection, stmt: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(stmt, rows)


def _language(i: Item) -> str | None:
    return i.doc.language or i.extraction.language


def _row(i: Item, source_kind: str, extractor_version: str) -> dict[str, Any]:
    return writer.document_row(i.doc, text=writer.clean_text(i.doc.text), digest=i.digest,
                               source_kind=source_kind, extractor_version=extractor_version,
                               duplicate_group=i.group, language=_language(i))
