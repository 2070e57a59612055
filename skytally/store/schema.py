"""The current database schema as SQLAlchemy Core tables, for queries and writes.

``migrations.py`` creates and upgrades these tables step by step; a test checks
that a database migrated from scratch has exactly the columns declared here.

    sources ─< documents ─< claims >─ event_claims ─< events ─< event_flags
                        ├─< document_places
                        └── document_signatures (near-duplicate index, one per document)
    failures, schema_version stand alone.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("name", String, primary_key=True),
    Column("kind", String(20), nullable=False),  # official / wire / outlet / reference
)

documents = Table(
    "documents", metadata,
    Column("id", String, primary_key=True),  # the reader's id, a content hash by default
    Column("text", Text, nullable=False),
    Column("published", String),  # ISO date or datetime, exactly as read
    Column("published_on", Date),  # its calendar day, for filtering
    Column("url", Text),
    Column("outlet", String, ForeignKey("sources.name")),
    Column("title", Text),
    Column("language", String),
    Column("source", Text),  # file (and line) it was read from
    Column("source_kind", String(20), nullable=False),  # report / reference
    Column("content_hash", String, nullable=False),
    Column("duplicate_group", String),
    Column("extractor_version", String, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_documents_published_on", "published_on"),
    Index("ix_documents_outlet", "outlet"),
    Index("ix_documents_duplicate_group", "duplicate_group"),
)

document_places = Table(
    "document_places", metadata,
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("place", String, primary_key=True),
    Index("ix_document_places_place", "place"),
)

document_signatures = Table(
    "document_signatures", metadata,
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("content_hash", String, nullable=False),  # of the document when signed: stale if it differs
    Column("text_digest", LargeBinary),  # SHA-256 of the normalised text; NULL: no words
    Column("minhash", LargeBinary),  # 128 little-endian uint32; NULL: an exact copy of an earlier text
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),  # position in the extraction
    Column("kind", String(10), nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("weapon", String(10)),
    Column("model", String),
    Column("n", Integer, nullable=False),
    Column("qualifier", String(10), nullable=False),
    Column("scope", String(10), nullable=False),
    Column("attacker", String),
    Column("target", String),
    Column("date", Date),
    Column("attribution", String),
    Column("derived", Boolean, nullable=False),
    Column("subset", Boolean, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("extractor_version", String, nullable=False),
    Index("ix_claims_document_id", "document_id"),
    Index("ix_claims_date", "date"),
    Index("ix_claims_attacker_date", "attacker", "date"),
    Index("ix_claims_weapon", "weapon"),
    Index("ix_claims_outcome", "outcome"),
)

events = Table(
    "events", metadata,
    Column("id", String, primary_key=True),  # "2025-07-04:russia:ukraine": stable across rebuilds
    Column("attacker", String, nullable=False),
    Column("target", String),
    Column("date", Date, nullable=False),
    Column("label", Text, nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("n_claims", Integer, nullable=False),
    Column("n_flags", Integer, nullable=False),
    Column("resolved_at", DateTime(timezone=True), nullable=False),
    Index("ix_events_date", "date"),
    Index("ix_events_attacker_date", "attacker", "date"),
)

event_claims = Table(
    "event_claims", metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("figure", String, nullable=False),  # "launched:drone:" / "launched:missile:Kh-101"
    Column("role", String(20), nullable=False),  # preferred / agrees / conflicts / breakdown
    Column("reason", Text),
    Column("source_kind", String(20)),  # of the figure: the outlet's, raised by an official attribution
    Index("ix_event_claims_claim_id", "claim_id"),
)

event_flags = Table(
    "event_flags", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("code", String, nullable=False),
    Column("message", Text, nullable=False),
    Index("ix_event_flags_event_id", "event_id"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("field", String),
    Column("reason", Text, nullable=False),
    Column("failed_at", DateTime(timezone=True), nullable=False),
)

__all__ = ["claims", "document_places", "document_signatures", "documents", "event_claims",
           "event_flags", "events", "failures", "metadata", "schema_version", "sources"]
