"""The read endpoints and ingest on every backend: SQLite, then PostgreSQL when available."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from skytally.api import create_app
from skytally.store import open_store

EVENT = "2025-03-14:russia:ukraine"


@pytest.fixture
def backend(db_url: str, night_reports: list[tuple[object, object]]) -> Iterator[TestClient]:
    with open_store(db_url) as store:
        for document, extraction in night_reports:
            store.save(document, extraction)  # type: ignore[arg-type]
        store.resolve_events()
        with TestClient(create_app(store, token="pg-token")) as client:
            yield client


def test_listings_details_and_analytics(backend: TestClient) -> None:
    assert backend.get("/api/events?place=KYIV").json()["total"] == 1
    assert backend.get("/api/claims?outlet=Example%20Wire").json()["total"] == 2
    assert backend.get("/api/search?q=SWARM").json()["items"][0]["id"] == "wire-0314"
    assert backend.get("/api/search?q=100%25_").json()["total"] == 0
    figures = backend.get(f"/api/events/{EVENT}").json()["figures"]
    assert {f["figure"] for f in figures} >= {"launched:drone:", "killed::"}
    assert backend.get("/api/places/kharkiv").json()["per_night"][0]["date"] == "2025-03-14"
    assert backend.get("/api/stats?weapon=drone").json()["rows"][0]["launched"] == 140
    assert backend.get("/index.json").json()["latest"]["date"] == "2025-03-15"
    assert backend.get("/events/" + EVENT).status_code == 200


def test_injection_leaves_data_intact(backend: TestClient) -> None:
    for value in ("' OR '1'='1", "x'); DROP TABLE claims; --"):
        for name in ("place", "outlet"):
            assert backend.get("/api/claims", params={name: value}).json()["total"] == 0
    assert backend.get("/api/claims").json()["total"] == 8


def test_ingest(backend: TestClient) -> None:
    body = b'{"id": "pg-1", "text": "Russia launched 9 drones at Ukraine overnight."}\n'
    r = backend.post("/api/ingest", content=body, headers={"Authorization": "Bearer pg-token"})
    assert r.json()["new"] == 1
    assert backend.get("/api/documents/pg-1").status_code == 200
