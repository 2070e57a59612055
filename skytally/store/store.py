"""``Store``: the one object that writes documents, claims, failures and events."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType

from sqlalchemy import Engine
from tqdm import tqdm

from skytally.extract import EXTRACTOR_VERSION, extract_document
from skytally.ingest.dedupe import DuplicateIndex, Signature
from skytally.models import Document, Extraction, Failure
from skytally.store import political, writer
from skytally.store.engine import make_engine, writing
from skytally.store.events import rebuild_events
from skytally.store.loading import Extractor, LazyIndex, Loader
from skytally.store.migrations import migrate
from skytally.store.reextract import reextract
from skytally.store.signatures import load_index


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
             duplicate_group: str | None = None, extractor_version: str = EXTRACTOR_VERSION,
             signature: Signature | None = None) -> bool:
        """Upsert a document and its claims in one transaction; True if anything was written
        (a new document, or new text or extractor version), False if stored as it is.
        ``signature`` (``DuplicateIndex.signature`` of the document just grouped) spares the
        next ``duplicate_index`` hashing its text."""
        with writing(self.engine) as conn:
            status = writer.save_document(conn, document, extraction, source_kind=source_kind,
                                          extractor_version=extractor_version,
                                          duplicate_group=duplicate_group, signature=signature)
        return status is not writer.SaveStatus.UNCHANGED

    def save_many(self, pairs: Iterable[tuple[Document, Extraction]], *, source_kind: str = "report",
                  extractor_version: str = EXTRACTOR_VERSION,
                  dedupe: DuplicateIndex | None = None) -> IngestReport:
        """``save`` for many documents already extracted, a batch per transaction (each
        document whole in one); near-duplicates grouped only when ``dedupe`` is given."""
        items = list(pairs)
        extracted = {d.id: e for d, e in items}
        loader = Loader(self.engine, lambda d: extracted[d.id], extractor_version, source_kind, dedupe)
        counts: Counter[str] = Counter()
        loader.run((d for d, _ in items), counts)
        return _report(counts)

    def ingest(self, items: Iterable[Document | Failure], *, progress: bool = False,
               extractor: Extractor = extract_document, dedupe: DuplicateIndex | None = None,
               source_kind: str = "report", extractor_version: str = EXTRACTOR_VERSION) -> IngestReport:
        """Extract and store each document not stored as it is; record failures."""
        loader = Loader(self.engine, extractor, extractor_version, source_kind,
                        dedupe if dedupe is not None else LazyIndex(self.duplicate_index))
        counts: Counter[str] = Counter()
        loader.run(tqdm(items, disable=not progress, file=sys.stderr, unit="doc", desc="ingest"), counts)
        return _report(counts)

    def record_failure(self, failure: Failure) -> None:
        with writing(self.engine) as conn:
            writer.record_failure(conn, failure)

    def duplicate_index(self) -> DuplicateIndex:
        """A near-duplicate index that already knows every stored document, rebuilt from
        their stored signatures (documents stored without one are hashed and signed once)."""
        return load_index(self.engine)

    def resolve_events(self) -> int:
        """Rebuild every event from the stored claims; the number of events."""
        return rebuild_events(self.engine)

    def rescan_political(self) -> int:
        """Read the political events of every stored report again, in one transaction (after
        an upgrade of ``extract.politics``); the number now stored. Saving a document already
        stores its events: this is only for documents saved by an older lexicon."""
        with writing(self.engine) as conn:
            return political.rescan(conn)

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


def _report(counts: Counter[str]) -> IngestReport:
    return IngestReport(new=counts["new"], updated=counts["updated"], unchanged=counts["unchanged"],
                        failed=counts["failed"])


def open_store(url: str | None = None) -> Store:
    """The store at ``url`` (a SQLAlchemy URL or a file path; default ``skytally.db``), migrated."""
    engine = make_engine(url)
    migrate(engine)
    return Store(engine)
