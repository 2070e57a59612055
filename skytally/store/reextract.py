"""Re-running a newer extractor over stored documents, one atomic swap per document
(claims, places and political events together)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from sqlalchemy import Engine, select, update
from tqdm import tqdm

from skytally.models import Document, Extraction
from skytally.store.engine import writing
from skytally.store.political import political_rows, replace_political
from skytally.store.reading import document_from_row
from skytally.store.schema import documents
from skytally.store.writer import replace_claims

log = logging.getLogger(__name__)


def stale_ids(engine: Engine, extractor_version: str, *, everything: bool = False) -> list[str]:
    stmt = select(documents.c.id).order_by(documents.c.id)
    if not everything:
        stmt = stmt.where(documents.c.extractor_version != extractor_version)
    with engine.connect() as conn:
        return list(conn.execute(stmt).scalars())


def reextract(engine: Engine, *, extractor: Callable[[Document], Extraction], extractor_version: str,
              everything: bool = False, progress: bool = False) -> int:
    """Replace the claims of every document stored by another extractor version (each
    document in its own transaction); the number of documents redone."""
    ids = stale_ids(engine, extractor_version, everything=everything)
    bar = tqdm(ids, disable=not progress, file=sys.stderr, unit="doc", desc="reextract")
    return sum(_redo(engine, doc_id, extractor, extractor_version) for doc_id in bar)


def _redo(engine: Engine, doc_id: str, extractor: Callable[[Document], Extraction],
          extractor_version: str) -> bool:
    with engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
    if row is None:  # deleted meanwhile
        return False
    doc, source_kind = document_from_row(row), row.source_kind
    try:
        extraction = extractor(doc)
    except Exception:  # an extractor bug must not stop the run; the old claims stay
        log.exception("re-extracting %s failed; its claims are unchanged", doc_id)
        return False
    with writing(engine) as conn:
        replace_claims(conn, doc_id, extraction, extractor_version)
        found = political_rows(doc, language=doc.language or extraction.language, source_kind=source_kind)
        replace_political(conn, [doc_id], found)
        conn.execute(update(documents).where(documents.c.id == doc_id)
                     .values(extractor_version=extractor_version))
    return True
