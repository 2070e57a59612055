"""Storage: SQLite or PostgreSQL, documents with their claims, events, failures.

    store = open_store("sqlite:///skytally.db")   # or a path, or postgresql://…
    store.ingest(read_paths(["reports.jsonl"]))   # extract + upsert, one transaction a document
    store.resolve_events()                        # rebuild events from all stored claims

The schema lives in ``schema.py``, its history in ``migrations.py``.
"""

from __future__ import annotations

from skytally.store.engine import DEFAULT_URL, normalise_url
from skytally.store.store import IngestReport, Store, open_store

__all__ = ["DEFAULT_URL", "IngestReport", "Store", "normalise_url", "open_store"]
