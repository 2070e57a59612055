"""Ordered schema migrations, recorded in the ``schema_version`` table.

``MIGRATIONS`` is a plain list: to change the schema, append a ``Migration``
with the next free version number and a function that upgrades a database at
the previous version; never edit one that has shipped. Versions 1–19 belong to
the store, 20 and up to analytics (political events, reference data). Each
migration runs in its own transaction and must be valid on SQLite and
PostgreSQL; ``migrate`` applies the missing ones in order when a store opens.

The tables are spelled out here as they were at each version (not imported from
``schema.py``, which describes only the latest state), so an old database and a
new one end up identical; a test checks that against ``schema.py``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection

from skytally.errors import StoreError
from skytally.store.engine import writing
from skytally.store.schema import schema_version

log = logging.getLogger(__name__)

PG_LOCK_KEY = 0x5C7_7A11  # pg_advisory_xact_lock key: one migrator at a time


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _tz_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _create(conn: Connection, *tables: Table) -> None:
    for table in tables:
        table.create(conn)


def _v1_documents_and_claims(conn: Connection) -> None:
    md = MetaData()
    sources = Table("sources", md, Column("name", String, primary_key=True),
                    Column("kind", String(20), nullable=False))
    documents = Table(
        "documents", md,
        Column("id", String, primary_key=True),
        Column("text", Text, nullable=False),
        Column("published", String),
        Column("published_on", Date),
        Column("url", Text),
        Column("outlet", String, ForeignKey("sources.name")),
        Column("title", Text),
        Column("language", String),
        Column("source", Text),
        Column("source_kind", String(20), nullable=False),
        Column("content_hash", String, nullable=False),
        Column("duplicate_group", String),
        Column("extractor_version", String, nullable=False),
        Column("ingested_at", DateTime(timezone=True), nullable=False),
    )
    places = Table(
        "document_places", md,
        Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"),
               primary_key=True),
        Column("place", String, primary_key=True),
    )
    claims = Table(
        "claims", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"),
               nullable=False),
        Column("ordinal", Integer, nullable=False),
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
    )
    failures = Table(
        "failures", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("source", Text, nullable=False),
        Column("line", Integer),
        Column("field", String),
        Column("reason", Text, nullable=False),
        Column("failed_at", DateTime(timezone=True), nullable=False),
    )
    _create(conn, sources, documents, places, claims, failures)  # with their indexes


def _v2_query_indexes(conn: Connection) -> None:
    md = MetaData()
    documents = Table("documents", md, Column("published_on", Date), Column("outlet", String),
                      Column("duplicate_group", String))
    places = Table("document_places", md, Column("place", String))
    claims = Table("claims", md, Column("date", Date), Column("attacker", String),
                   Column("weapon", String(10)), Column("outcome", String(20)))
    for index in (
        Index("ix_documents_published_on", documents.c.published_on),
        Index("ix_documents_outlet", documents.c.outlet),
        Index("ix_documents_duplicate_group", documents.c.duplicate_group),
        Index("ix_document_places_place", places.c.place),
        Index("ix_claims_date", claims.c.date),
        Index("ix_claims_attacker_date", claims.c.attacker, claims.c.date),
        Index("ix_claims_weapon", claims.c.weapon),
        Index("ix_claims_outcome", claims.c.outcome),
    ):
        index.create(conn)


def _v3_events(conn: Connection) -> None:
    md = MetaData()
    Table("claims", md, Column("id", Integer, primary_key=True))
    events = Table(
        "events", md,
        Column("id", String, primary_key=True),
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
        "event_claims", md,
        Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
        Column("figure", String, nullable=False),
        Column("role", String(20), nullable=False),
        Column("reason", Text),
        Index("ix_event_claims_claim_id", "claim_id"),
    )
    event_flags = Table(
        "event_flags", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        Column("code", String, nullable=False),
        Column("message", Text, nullable=False),
        Index("ix_event_flags_event_id", "event_id"),
    )
    _create(conn, events, event_claims, event_flags)


def _v4_figure_source_kind(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE event_claims ADD COLUMN source_kind VARCHAR(20)"))


def _v5_document_signatures(conn: Connection) -> None:
    """What the near-duplicate index keeps of each document, so it is rebuilt without
    hashing every text; documents stored before are signed once, when the index is built."""
    md = MetaData()
    Table("documents", md, Column("id", String, primary_key=True))
    signatures = Table(
        "document_signatures", md,
        Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        Column("content_hash", String, nullable=False),
        Column("text_digest", LargeBinary),
        Column("minhash", LargeBinary),
    )
    _create(conn, signatures)


def _v20_political_events(conn: Connection) -> None:
    from skytally.store.political import v20_political_events  # imports the extractor: lazily

    v20_political_events(conn)


def _v21_political_with_documents(conn: Connection) -> None:
    from skytally.store.political import v21_political_with_documents

    v21_political_with_documents(conn)


MIGRATIONS: list[Migration] = [
    Migration(1, "documents, claims, sources, places, failures", _v1_documents_and_claims),
    Migration(2, "indexes for date, attacker, weapon, outcome, place, outlet", _v2_query_indexes),
    Migration(3, "events, event claims and flags", _v3_events),
    Migration(4, "source kind of each event figure", _v4_figure_source_kind),
    Migration(5, "near-duplicate signature of each document", _v5_document_signatures),
    Migration(20, "political events and scans", _v20_political_events),
    Migration(21, "political events written with their report; scans dropped", _v21_political_with_documents),
]


def latest_version() -> int:
    return max(m.version for m in MIGRATIONS)


def applied_versions(engine: Engine) -> set[int]:
    """The versions recorded in the database (empty for a new one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(schema_version.name):
            return set()
        return set(conn.execute(select(schema_version.c.version)).scalars())


def current_version(engine: Engine) -> int:
    """The highest version applied to the database (0 for an empty one)."""
    return max(applied_versions(engine), default=0)


def migrate(engine: Engine, *, target: int | None = None) -> list[int]:
    """Apply, in order, every migration (up to ``target``) the database has not recorded.

    Versions are checked one by one, not against the highest, so a store migration
    numbered below an already applied analytics one (20+) still runs."""
    _check_list()
    done = applied_versions(engine)
    unknown = done - {m.version for m in MIGRATIONS}
    if unknown:
        log.warning("the database has schema versions this skytally does not know: %s "
                    "(written by a newer release?)", sorted(unknown))
    wanted = [m for m in MIGRATIONS if target is None or m.version <= target]
    todo = sorted((m for m in wanted if m.version not in done), key=lambda m: m.version)
    if not todo:
        return []
    with writing(engine) as conn:
        _lock(conn)
        schema_version.create(conn, checkfirst=True)
    return [m.version for m in todo if _apply(engine, m)]


def _apply(engine: Engine, migration: Migration) -> bool:
    with writing(engine) as conn:
        _lock(conn)
        done = conn.execute(select(schema_version.c.version)
                            .where(schema_version.c.version == migration.version)).first()
        if done:
            return False
        log.info("migrating to schema version %d: %s", migration.version, migration.name)
        migration.apply(conn)
        conn.execute(insert(schema_version).values(version=migration.version, name=migration.name,
                                                   applied_at=_tz_now()))
        return True


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})


def _check_list() -> None:
    versions = [m.version for m in MIGRATIONS]
    if len(set(versions)) != len(versions):
        raise StoreError(f"duplicate migration versions in MIGRATIONS: {sorted(versions)}")


__all__ = ["MIGRATIONS", "Migration", "applied_versions", "current_version", "latest_version", "migrate"]
