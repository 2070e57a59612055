"""Political events are written with their report: every write path keeps the timeline current."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, delete, inspect, select

from skytally.cli import main
from skytally.models import Document, Extraction
from skytally.store import Store, open_store
from skytally.store.engine import make_engine, writing
from skytally.store.migrations import migrate
from skytally.store.political import political_events
from skytally.store.schema import documents

CALL = "On Monday Zelensky spoke by phone with Macron about air defence."
MEETING = "Rutte met with Zelensky in Kyiv on Tuesday."
DAY = dt.date(2025, 3, 14)


def stored(engine: Engine) -> list[tuple[str, str, str]]:
    """(document id, kind, participants) of every stored political event, in order."""
    e = political_events
    with engine.connect() as conn:
        rows = conn.execute(select(e.c.document_id, e.c.kind, e.c.participants)
                            .order_by(e.c.document_id, e.c.id)).all()
    return [tuple(r) for r in rows]


def doc(doc_id: str, text: str, language: str | None = None) -> Document:
    return Document(doc_id, text, published=DAY, outlet="Example Wire", language=language)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as s:
        yield s


def test_save_stores_them_and_a_new_text_replaces_them(store: Store) -> None:
    store.save(doc("a", CALL), Extraction("a", (), ()))
    assert stored(store.engine) == [("a", "phone_call", "Zelensky; Macron")]
    store.save(doc("a", MEETING), Extraction("a", (), ()))
    assert stored(store.engine) == [("a", "meeting", "Rutte; Zelensky; Ukraine")]
    assert store.save(doc("a", MEETING), Extraction("a", (), ())) is False
    assert len(stored(store.engine)) == 1


def test_save_many_stores_english_reports_only(store: Store) -> None:
    report = store.save_many([(doc("en", CALL), Extraction("en", (), ())),
                              (doc("uk", CALL, language="uk"), Extraction("uk", (), (), language="uk")),
                              (doc("plain", "Nothing political here."), Extraction("plain", (), ()))])
    assert report.new == 3
    assert stored(store.engine) == [("en", "phone_call", "Zelensky; Macron")]
    store.save_many([(doc("en", MEETING), Extraction("en", (), ()))], extractor_version="2")
    assert stored(store.engine) == [("en", "meeting", "Rutte; Zelensky; Ukraine")]
    store.save_many([(doc("ref", CALL), Extraction("ref", (), ()))], source_kind="reference")
    assert [r[0] for r in stored(store.engine)] == ["en"]


def test_reextract_redoes_them_with_the_claims(store: Store) -> None:
    store.save(doc("a", CALL), Extraction("a", (), ()), extractor_version="old")
    with writing(store.engine) as conn:  # as if stored before events were written with reports
        conn.execute(delete(political_events))
    assert store.reextract(extractor=lambda d: Extraction(d.id, (), ())) == 1
    assert stored(store.engine) == [("a", "phone_call", "Zelensky; Macron")]
    assert store.reextract(extractor=lambda d: Extraction(d.id, (), ()), everything=True) == 1
    assert len(stored(store.engine)) == 1


def test_rescan_reads_every_report_again(store: Store) -> None:
    store.save(doc("a", CALL), Extraction("a", (), ()))
    store.save(doc("b", MEETING), Extraction("b", (), ()))
    with writing(store.engine) as conn:
        conn.execute(delete(political_events).where(political_events.c.document_id == "b"))
    assert store.rescan_political() == 2
    assert [r[0] for r in stored(store.engine)] == ["a", "b"]


def test_version_20_database_gets_the_events_of_its_reports(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine, target=20)
        with writing(engine) as conn:
            conn.execute(documents.insert().values(
                id="old", text=CALL, published="2025-03-14", source_kind="report", content_hash="x",
                extractor_version="0.0.1", ingested_at=dt.datetime.now(dt.UTC)))
        assert stored(engine) == []
        assert migrate(engine) == [21]
        assert stored(engine) == [("old", "phone_call", "Zelensky; Macron")]
        assert not inspect(engine).has_table("political_scans")
    finally:
        engine.dispose()


def test_cli_ingest_then_timeline_needs_no_scan(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    record = {"id": "r1", "text": CALL, "published": "2025-03-14"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(path)]).exit_code == 0
    result = runner.invoke(main, ["timeline", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    [event] = json.loads(result.stdout)
    assert (event["kind"], event["participants"], event["date"]) == ("phone_call", "Zelensky; Macron",
                                                                     "2025-03-10")
