"""Ingest: extract what is new and write it in batches, each batch one transaction.

A transaction holds whole documents with all their claims, so a crash (even
SIGKILL) loses at most the batch in flight and never leaves a document half
written; a re-run skips what was stored. A batch the database refuses is
retried document by document, so one bad document costs only itself.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import Engine
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from skytally.errors import SkytallyError
from skytally.ingest.dedupe import DuplicateIndex, Signature
from skytally.models import Document, Extraction, Failure
from skytally.store import bulk, writer
from skytally.store.bulk import Item
from skytally.store.engine import writing

log = logging.getLogger(__name__)

Extractor = Callable[[Document], Extraction]
BATCH = 200  # documents per transaction


# What a refused write can raise: the driver's binding of a too-large int is not wrapped.
WRITE_ERRORS = (SQLAlchemyError, SkytallyError, OverflowError)


class LazyIndex:
    """A near-duplicate index built on first use, so a run that writes nothing never pays
    for hashing every stored document."""

    def __init__(self, build: Callable[[], DuplicateIndex]) -> None:
        self._build = build
        self._index: DuplicateIndex | None = None

    @property
    def index(self) -> DuplicateIndex:
        if self._index is None:
            self._index = self._build()
        return self._index


@dataclass(frozen=True, slots=True)
class Loader:
    """Writes documents for one ingest run: extractor, version, kind, near-duplicate index."""

    engine: Engine
    extractor: Extractor
    extractor_version: str
    source_kind: str = "report"
    dedupe: DuplicateIndex | LazyIndex | None = None

    def run(self, items: Iterable[Document | Failure], counts: Counter[str]) -> None:
        for batch in batched(items, BATCH):
            failures = [i for i in batch if isinstance(i, Failure)]
            docs = [i for i in batch if isinstance(i, Document)]
            self.record_failures(failures)
            counts["failed"] += len(failures)
            self.load(docs, counts)

    def load(self, docs: Sequence[Document], counts: Counter[str]) -> None:
        pending, unchanged = self.prepare(docs, counts)
        counts["unchanged"] += unchanged
        if pending:
            self.write(pending, counts)

    def prepare(self, docs: Sequence[Document], counts: Counter[str]) -> tuple[list[Item], int]:
        """Extract the documents not already stored as they are; (pending, unchanged count)."""
        with self.engine.connect() as conn:
            states = writer.stored_states(conn, [d.id for d in docs])
        pending, unchanged = [], 0
        for doc in docs:
            digest = writer.digest_of(doc)
            if states.get(doc.id) == (digest, self.extractor_version):
                unchanged += 1
                continue
            extraction = self.extract(doc)
            if extraction is None:
                counts["failed"] += 1
                continue
            pending.append(Item(doc, extraction, digest, *self.group(doc)))
        return pending, unchanged

    def group(self, doc: Document) -> tuple[str | None, Signature | None]:
        """The near-duplicate group of ``doc`` and, if the index saw its text just now, the
        signature to store with it."""
        if self.dedupe is None:
            return None, None
        index = self.dedupe.index if isinstance(self.dedupe, LazyIndex) else self.dedupe
        fresh = doc.id not in index
        group = index.add(doc.id, writer.clean_text(doc.text))
        return group, index.signature(doc.id) if fresh else None

    def extract(self, doc: Document) -> Extraction | None:
        try:
            return self.extractor(doc)
        except Exception as exc:  # an extractor bug must not stop the batch
            log.exception("extracting %s failed", doc.id)
            self.record_failures([Failure(doc.source or doc.id, f"extraction failed: {exc!r}")])
            return None

    def write(self, pending: Sequence[Item], counts: Counter[str]) -> None:
        try:
            statuses = self.write_batch(pending)
        except WRITE_ERRORS as exc:
            log.warning("batch of %d refused (%s); writing one by one", len(pending), exc)
            statuses = [s for p in pending if (s := self.write_one(p)) is not None]
            counts["failed"] += len(pending) - len(statuses)
        counts.update(s.value for s in statuses)

    def write_batch(self, pending: Sequence[Item]) -> list[writer.SaveStatus]:
        with writing(self.engine) as conn:
            return bulk.save_batch(conn, pending, source_kind=self.source_kind,
                                   extractor_version=self.extractor_version)

    def write_one(self, p: Item) -> writer.SaveStatus | None:
        try:
            with writing(self.engine) as conn:
                return self.save(conn, p)
        except WRITE_ERRORS as exc:
            self.record_failures([Failure(p.doc.source or p.doc.id, f"not stored: {exc}")])
            return None

    def save(self, conn: Connection, p: Item) -> writer.SaveStatus:
        return writer.save_document(conn, p.doc, p.extraction, source_kind=self.source_kind,
                                    extractor_version=self.extractor_version, duplicate_group=p.group,
                                    digest=p.digest, signature=p.signature)

    def record_failures(self, failures: Sequence[Failure]) -> None:
        if not failures:
            return
        for f in failures:
            log.warning("%s", f)
        with writing(self.engine) as conn:
            for f in failures:
                writer.record_failure(conn, f)


def batched(items: Iterable[Document | Failure], size: int) -> Iterator[list[Document | Failure]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
