"""``Store``: the one object that writes documents, claims, failures and events."""

from __future__ import annotations

import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType

from sqlalchemy import Engine
from tqdm import tqdm

from skytally.documents import content_id
from skytally.extract import EXTRACTOR_VERSION, extract_document
from skytally.ingest.dedupe import DuplicateIndex
from skytally.models import Document, Extraction, Failure
from skytally.store import writer
from skytally.store.engine import make_engine, writing
from skytally.store.events import rebuild_events
from skytally.store.migrations import migrate
from skytally.store.reading import iter_texts
from skytally.store.reextract import reextract

log = logging.getLogger(__name__)

Extractor = Callable[[Document], Extraction]


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest did: documents written new, rewritten, left as they were, failed."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    updated: int = 0

    @property
    def total(self) -> int:
        return self.new + self.unchanged + self.failed + self.updated

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def __str__(self) -> str:
        return (f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.failed} failed")


class Store:
    """A skytally database: use ``open_store`` to get one (migrations applied)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def save(self, document: Document, extraction: Extraction, *, source_kind: str = "report",
             duplicate_group: str | None = None, extractor_version: str = EXTRACTOR_VERSION) -> bool:
        """Upsert a document and its claims in one transaction; True if anything was written."""
        return self._save(document, extraction, source_kind=source_kind, duplicate_group=duplicate_group,
                          extractor_version=extractor_version) is not writer.SaveStatus.UNCHANGED

    def ingest(self, items: Iterable[Document | Failure], *, progress: bool = False,
               extractor: Extractor = extract_document, dedupe: DuplicateIndex | None = None,
               source_kind: str = "report") -> IngestReport:
        """Extract and store each document (skipping those stored unchanged); record failures."""
        index = dedupe if dedupe is not None else self.duplicate_index()
        counts: Counter[str] = Counter()
        for item in tqdm(items, disable=not progress, file=sys.stderr, unit="doc", desc="ingest"):
            if isinstance(item, Failure):
                self.record_failure(item)
                counts["failed"] += 1
            else:
                counts[self._ingest_one(item, extractor, index, source_kind)] += 1
        return IngestReport(new=counts["new"], updated=counts["updated"], unchanged=counts["unchanged"],
                            failed=counts["failed"])

    def record_failure(self, failure: Failure) -> None:
        log.warning("%s", failure)
        with writing(self.engine) as conn:
            writer.record_failure(conn, failure)

    def duplicate_index(self) -> DuplicateIndex:
        """A near-duplicate index that already knows every stored document."""
        index = DuplicateIndex()
        for doc_id, text in iter_texts(self.engine):
            index.add(doc_id, text)
        return index

    def resolve_events(self) -> int:
        """Rebuild every event from the stored claims; the number of events."""
        return rebuild_events(self.engine)

    def reextract(self, *, everything: bool = False, progress: bool = False,
                  extractor: Extractor = extract_document,
                  extractor_version: str = EXTRACTOR_VERSION) -> int:
        """Re-run the extractor over documents stored by another version; the number redone."""
        return reextract(self.engine, extractor=extractor, extractor_version=extractor_version,
                         everything=everything, progress=progress)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _save(self, document: Document, extraction: Extraction, *, source_kind: str,
              duplicate_group: str | None, extractor_version: str) -> writer.SaveStatus:
        with writing(self.engine) as conn:
            return writer.save_document(conn, document, extraction, source_kind=source_kind,
                                        extractor_version=extractor_version,
                                        duplicate_group=duplicate_group)

    def _ingest_one(self, doc: Document, extractor: Extractor, index: DuplicateIndex,
                    source_kind: str) -> str:
        with self.engine.connect() as conn:
            before = writer.stored_state(conn, doc.id)
        if before and before[1] == EXTRACTOR_VERSION and before[0] == _digest(doc):
            return writer.SaveStatus.UNCHANGED.value
        try:
            extraction = extractor(doc)
        except Exception as exc:  # an extractor bug must not stop the batch
            log.exception("extracting %s failed", doc.id)
            self.record_failure(Failure(doc.source or doc.id, f"extraction failed: {exc!r}"))
            return "failed"
        group = index.add(doc.id, writer.clean_text(doc.text))
        status = self._save(doc, extraction, source_kind=source_kind, duplicate_group=group,
                            extractor_version=EXTRACTOR_VERSION)
        return status.value


def _digest(doc: Document) -> str:
    return content_id(writer.clean_text(doc.text), doc.url)


def open_store(url: str | None = None) -> Store:
    """The store at ``url`` (a SQLAlchemy URL or a file path; default ``skytally.db``), migrated."""
    engine = make_engine(url)
    migrate(engine)
    return Store(engine)
