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


def _night_reports() -> list[tuple[object, object]]:
    """Hand-written reports of two nights with conflicting figures, as (Document, Extraction)."""
    import datetime as dt

    from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Qualifier, Weapon

    def doc(doc_id: str, outlet: str, published: str, title: str, text: str, places: tuple[str, ...],
            figures: list[tuple[str, Outcome, Weapon | None, int]], day: dt.date) -> tuple[object, object]:
        claims = []
        for sentence, outcome, weapon, n in figures:
            start = text.index(sentence)
            claims.append(Claim(outcome=outcome, n=n, evidence=Evidence(start, start + len(sentence)),
                                weapon=weapon, qualifier=Qualifier.EXACT, attacker="russia",
                                target="ukraine", date=day, attribution=outlet))
        return (Document(id=doc_id, text=text, published=dt.date.fromisoformat(published), outlet=outlet,
                         title=title, url=f"https://example.test/{doc_id}"),
                Extraction(document_id=doc_id, claims=tuple(claims), places=places))

    night1, night2 = dt.date(2025, 3, 14), dt.date(2025, 3, 15)
    air = ("Overnight the enemy attacked with 140 strike drones. Air defence destroyed 97 drones. "
           "A further 30 drones were lost to electronic warfare. Two missiles were also fired at Kharkiv.")
    wire = ("Drones swarm Kharkiv. Russia launched 150 drones at Ukraine overnight, officials said. "
            "In Kharkiv a strike killed 3 people.")
    kyiv = ("A quiet night for most regions. Russia sent 62 drones towards Kyiv overnight. "
            "Of them 51 were downed over the capital region. "
            "On Saturday Zelensky spoke by phone with Macron.")
    return [
        doc("air-0314", "Air Force of Ukraine", "2025-03-14", "Night of 14 March", air,
            ("Kharkiv", "Odesa"), [
            ("Overnight the enemy attacked with 140 strike drones.", Outcome.LAUNCHED, Weapon.DRONE, 140),
            ("Air defence destroyed 97 drones.", Outcome.SHOT_DOWN, Weapon.DRONE, 97),
            ("A further 30 drones were lost to electronic warfare.", Outcome.SUPPRESSED, Weapon.DRONE, 30),
            ("Two missiles were also fired at Kharkiv.", Outcome.LAUNCHED, Weapon.MISSILE, 2)], night1),
        doc("wire-0314", "Example Wire", "2025-03-14", "Drones swarm Kharkiv", wire, ("Kharkiv",), [
            ("Russia launched 150 drones at Ukraine overnight, officials said.", Outcome.LAUNCHED,
             Weapon.DRONE, 150),
            ("In Kharkiv a strike killed 3 people.", Outcome.KILLED, None, 3)], night1),
        doc("kyiv-0315", "City News", "2025-03-15", "Kyiv night", kyiv, ("Kyiv",), [
            ("Russia sent 62 drones towards Kyiv overnight.", Outcome.LAUNCHED, Weapon.DRONE, 62),
            ("Of them 51 were downed over the capital region.", Outcome.SHOT_DOWN, Weapon.DRONE, 51)],
            night2),
    ]


@pytest.fixture
def filled_db(tmp_path: Path) -> str:
    """A SQLite database URL holding the hand-written reports of two nights, events resolved."""
    from skytally.store import open_store

    url = f"sqlite:///{tmp_path / 'filled.db'}"
    with open_store(url) as store:
        for document, extraction in _night_reports():
            store.save(document, extraction)  # type: ignore[arg-type]
        store.resolve_events()
    return url


@pytest.fixture
def night_reports() -> list[tuple[object, object]]:
    """The hand-written reports behind ``filled_db``, to store in any database."""
    return _night_reports()
