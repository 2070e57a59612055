"""The one error body builder and the handlers that route every failure through it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from skytally.api.errors import ApiError, error_body, install_error_handlers, status_code_name
from skytally.api.params import Filters, Page, filters, page


def test_error_body_shape() -> None:
    body = error_body(404, "no such event", details=[{"field": "path.id", "problem": "unknown"}])
    assert body == {"error": {"status": 404, "code": "not_found", "message": "no such event",
                              "details": [{"field": "path.id", "problem": "unknown"}]}}


def test_error_body_explicit_code_and_no_details() -> None:
    body = error_body(401, "invalid token", code="unauthorized")
    assert body["error"]["code"] == "unauthorized"
    assert body["error"]["details"] == []


def test_status_code_names() -> None:
    assert status_code_name(413) == "request_entity_too_large" or status_code_name(413) == "content_too_large"
    assert status_code_name(500) == "internal_server_error"
    assert status_code_name(799) == "error"


def _app() -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    def boom() -> None:
        raise ApiError(409, "conflict_here", "it clashed")

    @app.get("/crash")
    def crash() -> None:
        raise RuntimeError("secret internals")

    @app.get("/list")
    def listing(f: Annotated[Filters, Depends(filters)], p: Annotated[Page, Depends(page)]) -> dict[str, str]:
        return {"ok": "yes"}

    return app


def _assert_shape(body: dict[str, object], status: int) -> None:
    assert set(body) == {"error"}
    err = body["error"]
    assert isinstance(err, dict)
    assert set(err) == {"status", "code", "message", "details"}
    assert err["status"] == status


def test_handlers_use_the_one_shape() -> None:
    client = TestClient(_app(), raise_server_exceptions=False)
    cases = [("/boom", 409), ("/nowhere", 404), ("/list?limit=0", 422), ("/list?weapon=tank", 422),
             ("/list?since=2025-02-01&until=2025-01-01", 400), ("/crash", 500)]
    for url, status in cases:
        r = client.get(url)
        assert r.status_code == status, url
        _assert_shape(r.json(), status)


def test_internal_errors_do_not_leak() -> None:
    r = TestClient(_app(), raise_server_exceptions=False).get("/crash")
    assert "secret" not in r.text
    assert r.json()["error"]["code"] == "internal_error"


def test_method_not_allowed_uses_shape() -> None:
    r = TestClient(_app()).post("/boom")
    assert r.status_code == 405
    _assert_shape(r.json(), 405)
