"""POST /api/ingest: the token, size limits, and documents really stored."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

NEW = {"id": "post-1", "published": "2025-03-20", "outlet": "Example Wire",
       "text": "Russia launched 77 drones at Ukraine overnight. Air defences shot down 70 of them. "
               "On Thursday Zelensky spoke by phone with Trump."}


def _jsonl(*records: dict[str, object]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/x-ndjson"}


def test_disabled_without_a_token(client: TestClient) -> None:
    r = client.post("/api/ingest", content=_jsonl(NEW), headers=_auth("anything"))
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "writes_disabled"


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic dGVzdA==", "Bearer "])
def test_refused_without_the_right_token(writer: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = writer.post("/api/ingest", content=_jsonl(NEW), headers=headers)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthorized"
    assert writer.get("/api/documents/post-1").status_code == 404


def test_stores_documents_and_reports_failures(writer: TestClient, token: str) -> None:
    body = _jsonl(NEW) + b"{not json\n" + _jsonl({"id": "no-text"})
    r = writer.post("/api/ingest", content=body, headers=_auth(token))
    assert r.status_code == 200, r.text
    report = r.json()
    assert (report["new"], report["failed"]) == (1, 2)
    assert [f["line"] for f in report["failures"]] == [2, 3]
    stored = writer.get("/api/documents/post-1").json()
    assert stored["document"]["text"] == NEW["text"]
    assert report["political_events"] == 1  # the new report's call (older reports' are stored already)
    calls = writer.get("/api/timeline?since=2025-03-20").json()["events"]
    assert [(c["kind"], c["document_id"]) for c in calls] == [("phone_call", "post-1")]
    again = writer.post("/api/ingest", content=_jsonl(NEW), headers=_auth(token)).json()
    assert (again["new"], again["unchanged"]) == (0, 1)


def test_empty_body_is_an_error(writer: TestClient, token: str) -> None:
    r = writer.post("/api/ingest", content=b"", headers=_auth(token))
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "invalid_input"


def test_body_over_the_limit(writer: TestClient, token: str) -> None:
    big = _jsonl({**NEW, "text": "x" * (70 * 1024)})
    r = writer.post("/api/ingest", content=big, headers=_auth(token))
    assert r.status_code == 413
    assert set(r.json()["error"]) == {"status", "code", "message", "details"}


def test_chunked_body_over_the_limit(writer: TestClient, token: str) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(80):
            yield b"y" * 1024

    r = writer.post("/api/ingest", content=chunks(), headers=_auth(token))
    assert r.status_code == 413


def test_get_is_not_allowed(writer: TestClient) -> None:
    assert writer.get("/api/ingest").status_code == 405
