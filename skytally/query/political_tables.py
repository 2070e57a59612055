"""Tables of political events (schema version 20), registered on the store's metadata.

``political_events`` holds what ``extract.politics`` reads from each report;
``political_scans`` remembers which version of which document was scanned, so
``timeline.scan_documents`` only reads new or changed documents. Light on
purpose: ``store.migrations`` imports this module.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.engine import Connection

from skytally.store.schema import metadata


def _political_events(md: MetaData) -> Table:
    return Table(
        "political_events", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("kind", String(30), nullable=False),
        Column("participants", Text, nullable=False),  # canonical names joined by "; "
        Column("date", Date),
        Column("evidence_start", Integer, nullable=False),
        Column("evidence_end", Integer, nullable=False),
        Index("ix_political_events_date", "date"),
        Index("ix_political_events_document_id", "document_id"),
    )


def _political_scans(md: MetaData) -> Table:
    return Table(
        "political_scans", md,
        Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        Column("content_hash", String, nullable=False),
        Column("extractor_version", String, nullable=False),
    )


political_events = _political_events(metadata)
political_scans = _political_scans(metadata)


def v20_political_events(conn: Connection) -> None:
    """Migration 20: the two tables as they were at version 20."""
    md = MetaData()
    Table("documents", md, Column("id", String, primary_key=True))
    events, scans = _political_events(md), _political_scans(md)
    events.create(conn)
    scans.create(conn)


__all__ = ["political_events", "political_scans", "v20_political_events"]
