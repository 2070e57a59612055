"""Near-duplicate signatures: stored with each document, read back to rebuild the index.

A document written through an ingest with a near-duplicate index gets a row in
``document_signatures`` (its text digest and MinHash values, tagged with the
document's content hash) in the same transaction. ``load_index`` rebuilds the
index from these rows in the order the documents were stored, hashing nothing;
a document without a row, or whose text changed since (another content hash), is
hashed from its text once and its row written, so the next build is quick too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from skytally.ingest.dedupe import DuplicateIndex, Signature
from skytally.store.engine import writing
from skytally.store.schema import document_signatures, documents

log = logging.getLogger(__name__)

CHUNK = 1000  # documents whose missing signatures are computed and written together

ROWS = (select(documents.c.id, documents.c.duplicate_group, documents.c.content_hash,
               document_signatures.c.content_hash.label("signed_hash"),
               document_signatures.c.text_digest, document_signatures.c.minhash)
        .select_from(documents.outerjoin(document_signatures,
                                         document_signatures.c.document_id == documents.c.id))
        .order_by(documents.c.ingested_at, documents.c.id))
TEXTS = select(documents.c.id, documents.c.text).where(documents.c.id.in_(bindparam("ids", expanding=True)))


@dataclass(frozen=True, slots=True)
class Signed:
    """A document's signature row to write: the content hash it was computed for."""

    document_id: str
    content_hash: str
    signature: Signature


def signature_row(document_id: str, content_hash: str, signature: Signature) -> dict[str, Any]:
    return {"document_id": document_id, "content_hash": content_hash,
            "text_digest": signature.digest, "minhash": signature.hashes}


@cache
def signature_upsert(dialect: str) -> Any:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(document_signatures)
    update = {c.name: stmt.excluded[c.name] for c in document_signatures.columns if c.name != "document_id"}
    return stmt.on_conflict_do_update(index_elements=["document_id"], set_=update)


def save_signatures(conn: Connection, signed: Sequence[Signed]) -> None:
    """Upsert the signature rows of documents written in this transaction."""
    if signed:
        conn.execute(signature_upsert(conn.dialect.name),
                     [signature_row(s.document_id, s.content_hash, s.signature) for s in signed])


def load_index(engine: Engine) -> DuplicateIndex:
    """A near-duplicate index that knows every stored document, in the order stored."""
    index = DuplicateIndex()
    with engine.connect() as conn:
        rows = conn.execute(ROWS).all()
    for chunk in _chunks(rows, CHUNK):
        unsigned = [r for r in chunk if r.signed_hash != r.content_hash]
        texts = _texts(engine, [r.id for r in unsigned]) if unsigned else {}
        signed = []
        for r in chunk:
            group = r.duplicate_group or r.id
            if r.signed_hash == r.content_hash:
                index.restore(r.id, group, Signature(_bytes(r.text_digest), _bytes(r.minhash)))
            elif r.id in texts:
                signed.append(Signed(r.id, r.content_hash, index.restore_text(r.id, group, texts[r.id])))
        _store(engine, signed)
    return index


def _texts(engine: Engine, ids: list[str]) -> dict[str, str]:
    with engine.connect() as conn:
        return {row[0]: row[1] for row in conn.execute(TEXTS, {"ids": ids})}


def _store(engine: Engine, signed: list[Signed]) -> None:
    """Write signatures computed for documents stored without one; a refusal (say the document
    was deleted meanwhile) only means hashing them again next time."""
    if not signed:
        return
    try:
        with writing(engine) as conn:
            save_signatures(conn, signed)
    except SQLAlchemyError as exc:
        log.warning("could not store %d near-duplicate signatures (%s)", len(signed), exc)


def _bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)  # PostgreSQL returns memoryview


def _chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk
