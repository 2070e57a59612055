"""Shared fixtures: small named inputs the tests write themselves."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "skytally" / "data" / "sample" / "reports.jsonl"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


def _corpus_line(i: int) -> str:
    import json

    day = 1 + i % 28
    texts = (
        f"Overnight the enemy sent {20 + i} attack drones and {i % 5 + 1} cruise missiles toward the "
        f"capital. Defenders downed {10 + i} drones and {i % 5} missiles; {i % 7} people were hurt.",
        f"Officials said at least {i + 2} people were killed when a guided bomb struck a depot on "
        f"night {day}. Nobody else was reported injured.",
        f"Вночі ворог атакував {30 + i} ударними БпЛА. Сили оборони знешкодили {25 + i} з них.",
        "The council met to discuss the budget for road repairs and a new library.",
    )
    record = {"id": f"doc-{i:03d}", "text": texts[i % len(texts)],
              "published": f"2025-03-{day:02d}T08:00:00+00:00", "url": f"https://example.test/{i}"}
    return json.dumps(record, ensure_ascii=False)


@pytest.fixture
def report_corpus(tmp_path: Path) -> Path:
    """A JSONL corpus written for the tests: 40 short reports, one line not JSON, one blank."""
    lines = [_corpus_line(i) for i in range(40)]
    lines.insert(17, "{this line is not json")
    lines.insert(30, "")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, then a PostgreSQL schema of its own
    (skipped unless SKYTALLY_TEST_PG_URL is set); the schema is dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'skytally.db'}"
        return
    base = os.environ.get("SKYTALLY_TEST_PG_URL")
    if not base:
        pytest.skip("SKYTALLY_TEST_PG_URL is not set")
    from sqlalchemy import create_engine, text

    from skytally.store import normalise_url

    schema = f"test_{uuid.uuid4().hex[:16]}"
    engine = create_engine(normalise_url(base))
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()
