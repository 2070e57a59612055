"""Migrations: a new database gets the declared schema; an old one upgrades in place."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, select

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.store import open_store
from skytally.store.engine import make_engine, writing
from skytally.store.migrations import MIGRATIONS, applied_versions, latest_version, migrate
from skytally.store.schema import documents, metadata


def test_versions_are_unique_and_the_store_owns_1_to_19() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert len(versions) == len(set(versions))
    assert {1, 2, 3} <= set(versions)
    assert all(v >= 1 for v in versions)


def test_new_database_matches_schema_py(db_url: str) -> None:
    with open_store(db_url) as store:
        inspector = inspect(store.engine)
        for table in metadata.sorted_tables:
            reflected = {c["name"] for c in inspector.get_columns(table.name)}
            assert reflected == {c.name for c in table.columns}, table.name
            indexes = {i["name"] for i in inspector.get_indexes(table.name)}
            assert {i.name for i in table.indexes} <= indexes, table.name
        assert applied_versions(store.engine) == {m.version for m in MIGRATIONS}


def test_reopening_applies_nothing(db_url: str) -> None:
    open_store(db_url).close()
    engine = make_engine(db_url)
    try:
        assert migrate(engine) == []
    finally:
        engine.dispose()


def test_version_1_database_upgrades_in_place(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert migrate(engine, target=1) == [1]
        assert not inspect(engine).has_table("events")
        with writing(engine) as conn:
            conn.execute(documents.insert().values(
                id="old", text="Two drones were launched.", source_kind="report", content_hash="x",
                extractor_version="0.0.1", ingested_at=dt.datetime.now(dt.UTC)))
    finally:
        engine.dispose()
    with open_store(db_url) as store:
        assert max(applied_versions(store.engine)) == latest_version()
        with store.engine.connect() as conn:
            assert conn.execute(select(documents.c.text).where(documents.c.id == "old")).scalar() \
                == "Two drones were launched."
        claim = Claim(Outcome.LAUNCHED, 2, Evidence(0, 25), Weapon.DRONE, attacker="russia",
                      date=dt.date(2025, 1, 2))
        store.save(Document("new", "Two drones were launched."), Extraction("new", (claim,), ()))
        assert store.resolve_events() == 1
