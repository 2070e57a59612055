"""Hostile clients against the REST API and dashboard, over a real SQLite store.

Writes need the token (and are off without one); everything else is read-only. No request,
however odd its parameters, path, headers or body, gets a 500 or changes the record unless it
is an authorised ingest. Export file names cannot carry paths or headers.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import Route

from skytally.api import auth, create_app
from skytally.api.ingest import MAX_DOCUMENTS
from skytally.api.limits import MAX_URL
from skytally.api.params import MAX_LIMIT, MAX_OFFSET
from skytally.store import Store, open_store

TOKEN = "s3cret-token-for-tests-0123456789"
MAX_BODY = 64 * 1024
TABLES = ("documents", "claims", "document_places", "sources", "events", "event_claims", "event_flags",
          "failures")
HOSTILE = [
    "' OR '1'='1", "x'; DROP TABLE claims; --", '" OR 1=1 --', "%' UNION SELECT id, text FROM documents --",
    "../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "file:///etc/passwd",
    "9" * 400, "-1", "1e309", "NaN", "-0", "18446744073709551616", "99999-12-31", "0000-00-00",
    "\u202eevil\u202c", "😀" * 40, "Київ' --", "\u0000", "\ufffd\ufeff", "a\r\nX-Injected: 1",
    "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "[]", "{}", "null", "true", " ",
]
PARAMS = ["since", "until", "attacker", "target", "weapon", "outcome", "place", "outlet", "limit", "offset",
          "q", "by", "top", "filename"]


@pytest.fixture
def db_file(filled_db: str) -> Path:
    return Path(filled_db.removeprefix("sqlite:///"))


@pytest.fixture
def store(filled_db: str) -> Iterator[Store]:
    with open_store(filled_db) as s:
        yield s


def _client(store: Store, token: str | None) -> TestClient:
    return TestClient(create_app(store, token=token, max_body=MAX_BODY), raise_server_exceptions=False)


@pytest.fixture
def reader(store: Store) -> Iterator[TestClient]:
    with _client(store, "") as c:  # "" : no token, whatever the environment says
        yield c


@pytest.fixture
def writer(store: Store) -> Iterator[TestClient]:
    with _client(store, TOKEN) as c:
        yield c


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but timestamps: what "nothing changed" means."""
    with sqlite3.connect(db) as conn:
        out = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                       if r[1] not in ("ingested_at", "failed_at", "resolved_at")]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out


def routes(app: FastAPI) -> set[tuple[str, str]]:
    """(path template, method) of every route: the OpenAPI schema's (routers included in the app
    are not listed in ``app.routes``) and the app's own (the dashboard's HTML pages)."""
    found = {(path, method.upper()) for path, ops in app.openapi()["paths"].items() for method in ops}
    for r in app.routes:
        if isinstance(r, APIRoute | Route):
            found |= {(r.path, m) for m in (r.methods or ())}
    return found


def get_paths(app: FastAPI) -> list[str]:
    """Every GET route with its path parameters filled in with a plain word."""
    return sorted({re.sub(r"\{[^}]+\}", "x", path) for path, method in routes(app) if method == "GET"
                   and not path.startswith(("/docs", "/openapi", "/redoc"))})


def _error_shape(r: object) -> bool:
    body = r.json()  # type: ignore[attr-defined]
    return set(body.get("error", {})) == {"status", "code", "message", "details"}


def _ingest(client: TestClient, body: bytes, authorization: str | None = None) -> object:
    headers: dict[str, str | bytes] = {"Content-Type": "application/x-ndjson"}
    if authorization is not None:
        headers["Authorization"] = authorization.encode()  # UTF-8 on the wire, as a hostile client may
    return client.post("/api/ingest", content=body, headers=headers)


def _line(record: dict[str, str]) -> bytes:
    return json.dumps(record).encode() + b"\n"


REPORT = json.dumps({"id": "hostile-1", "text": "Russia launched 77 drones at Ukraine overnight.",
                     "published": "2025-03-20"}).encode() + b"\n"


# ---- who may write ------------------------------------------------------------------------------

def test_the_only_write_route_is_ingest(writer: TestClient) -> None:
    assert isinstance(writer.app, FastAPI)
    every = routes(writer.app)
    assert ("/api/claims", "GET") in every and ("/events", "GET") in every  # both kinds are listed
    assert {(p, m) for p, m in every if m not in ("GET", "HEAD")} == {("/api/ingest", "POST")}


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_other_methods_change_nothing(writer: TestClient, db_file: Path, method: str) -> None:
    before = snapshot(db_file)
    assert writer.app is not None
    for path in get_paths(writer.app):  # type: ignore[arg-type]
        r = writer.request(method, path, content=REPORT,
                           headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code in (404, 405), (method, path, r.status_code)
    assert snapshot(db_file) == before


@pytest.mark.parametrize("authorization", [
    None, "", "Bearer", "Bearer ", "Bearer wrong", f"Bearer {TOKEN[:-1]}", f"Bearer {TOKEN}x",
    f"Bearer {TOKEN.upper()}", f"Basic {TOKEN}", f"Token {TOKEN}", TOKEN, f"Bearer {TOKEN[:8]}",
    "Bearer null", "Bearer None", f"Bearer\t{TOKEN}x", "Bearer " + "A" * 4000, "Bearer ключ",
    f"Bearer {TOKEN}\u200b", f"Bearer {TOKEN} {TOKEN}",
])
def test_wrong_or_missing_token_is_401_and_writes_nothing(writer: TestClient, db_file: Path,
                                                          authorization: str | None) -> None:
    before = snapshot(db_file)
    r = _ingest(writer, REPORT, authorization)
    assert r.status_code == 401, r.text  # type: ignore[attr-defined]
    assert _error_shape(r)
    assert snapshot(db_file) == before


def test_token_in_the_query_or_a_cookie_is_not_accepted(writer: TestClient, db_file: Path) -> None:
    before = snapshot(db_file)
    assert writer.post(f"/api/ingest?token={TOKEN}", content=REPORT).status_code == 401
    writer.cookies.set("token", TOKEN)
    assert writer.post("/api/ingest", content=REPORT).status_code == 401
    writer.cookies.clear()
    assert snapshot(db_file) == before


def test_the_right_token_writes(writer: TestClient, db_file: Path) -> None:
    r = _ingest(writer, REPORT, f"Bearer {TOKEN}")
    assert r.status_code == 200 and r.json()["new"] == 1  # type: ignore[attr-defined]
    assert len(snapshot(db_file)["documents"]) == 4


@pytest.mark.parametrize("env", [None, "", "   "])
def test_writes_are_disabled_without_a_token(store: Store, db_file: Path, monkeypatch: pytest.MonkeyPatch,
                                             env: str | None) -> None:
    if env is None:
        monkeypatch.delenv(auth.TOKEN_ENV, raising=False)
    else:
        monkeypatch.setenv(auth.TOKEN_ENV, env)
    before = snapshot(db_file)
    with _client(store, None) as client:
        for authorization in (None, "Bearer ", f"Bearer {env}", "Bearer None", f"Bearer {TOKEN}"):
            r = _ingest(client, REPORT, authorization)
            assert r.status_code == 403, (authorization, r.text)  # type: ignore[attr-defined]
            assert r.json()["error"]["code"] == "writes_disabled"  # type: ignore[attr-defined]
    assert snapshot(db_file) == before


def test_the_environment_token_enables_writes(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(auth.TOKEN_ENV, f"  {TOKEN}  ")
    with _client(store, None) as client:
        assert _ingest(client, REPORT, "Bearer nope").status_code == 401  # type: ignore[attr-defined]
        assert _ingest(client, REPORT, f"Bearer {TOKEN}").status_code == 200  # type: ignore[attr-defined]


def test_the_token_is_compared_in_constant_time() -> None:
    """``check_token`` compares with ``hmac.compare_digest`` and never with ``==``/``!=``."""
    tree = ast.parse(inspect.getsource(auth.check_token))
    calls = {ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert "hmac.compare_digest" in calls
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            equality = any(isinstance(op, ast.Eq | ast.NotEq | ast.In | ast.NotIn) for op in node.ops)
            assert not (equality and names & {"given", "expected"}), ast.unparse(node)


# ---- how much may be asked ----------------------------------------------------------------------

def test_body_limits(writer: TestClient, db_file: Path) -> None:
    before = snapshot(db_file)
    bearer = f"Bearer {TOKEN}"
    big = REPORT * (MAX_BODY // len(REPORT) + 1)
    assert _ingest(writer, big, bearer).status_code == 413  # type: ignore[attr-defined]

    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BODY // 1024 + 2):
            yield b" " * 1024
    r = writer.post("/api/ingest", content=chunks(), headers={"Authorization": bearer})
    assert r.status_code == 413
    many = b"".join(_line({"id": f"m{i}", "text": "x"}) for i in range(MAX_DOCUMENTS + 1))
    with _client(writer.app.state.store, TOKEN) as roomy:  # type: ignore[union-attr]
        roomy.app.state.max_body = len(many) + 1  # type: ignore[union-attr]
        assert _ingest(roomy, many, bearer).status_code == 413  # type: ignore[attr-defined]
    assert snapshot(db_file) == before


def test_page_size_and_url_limits(reader: TestClient) -> None:
    for path in ("/api/claims", "/api/events", "/api/documents", "/api/places", "/claims.json"):
        for query in (f"limit={MAX_LIMIT + 1}", "limit=0", f"offset={MAX_OFFSET + 1}", "limit=" + "9" * 5000):
            r = reader.get(f"{path}?{query}")
            assert r.status_code in (400, 404, 414, 422), (path, query, r.status_code)
        assert len(reader.get(f"{path}?limit={MAX_LIMIT}").json().get("items", [])) <= MAX_LIMIT
    r = reader.get("/api/claims?place=" + "k" * MAX_URL)
    assert r.status_code == 414 and _error_shape(r)


# ---- what may be asked --------------------------------------------------------------------------

def test_hostile_values_in_every_parameter_of_every_route(reader: TestClient, db_file: Path) -> None:
    """Every GET route (API, .json twins, HTML pages, exports) x every parameter x hostile values."""
    before = snapshot(db_file)
    assert reader.app is not None
    paths = get_paths(reader.app)  # type: ignore[arg-type]
    assert len(paths) >= 10
    for path in paths:
        for name in PARAMS:  # each parameter alone, with one value of each kind
            for value in (HOSTILE[1], HOSTILE[8], HOSTILE[16]):  # SQL, a huge number, unicode
                r = reader.get(path, params={name: value})
                assert r.status_code < 500, (path, name, value, r.status_code)
        for value in HOSTILE:  # every value, in all parameters at once
            r = reader.get(path, params=dict.fromkeys(PARAMS, value))
            assert r.status_code < 500, (path, value)
            if path.startswith("/api/") and r.status_code >= 400:
                assert _error_shape(r), (path, value)
    assert snapshot(db_file) == before


def test_hostile_path_segments(reader: TestClient, db_file: Path) -> None:
    before = snapshot(db_file)
    assert reader.app is not None
    templates = sorted({r.path for r in reader.app.routes  # type: ignore[union-attr]
                        if isinstance(r, APIRoute) and "{" in r.path})
    assert templates
    for template in templates:
        for value in HOSTILE:
            path = re.sub(r"\{[^}]+\}", quote(value, safe=""), template)
            r = reader.get(path)
            assert r.status_code < 500, (template, value, r.status_code)
            assert r.status_code != 200 or "etc/passwd" not in value or "root:" not in r.text
    assert snapshot(db_file) == before


@pytest.mark.parametrize("name", [
    "../../etc/passwd", "..\\..\\boot.ini", "/etc/passwd", "C:\\Windows\\x", "a/../../b", "....//....//x",
    'quo"te', "new\r\nSet-Cookie: a=1", "%2e%2e%2fx", "\u202ecod.exe", "😀.csv", ".hidden", "..", "",
    "x" * 100, "con", "nul\u0000x",
])
def test_export_file_names_carry_no_path_and_no_header(reader: TestClient, name: str) -> None:
    for dataset, fmt in (("claims", "csv"), ("events", "json"), ("places", "geojson")):
        r = reader.get(f"/api/export/{dataset}.{fmt}", params={"filename": name})
        assert r.status_code in (200, 414, 422), (name, r.status_code)
        if r.status_code != 200:
            continue
        disposition = r.headers["content-disposition"]
        m = re.fullmatch(r'attachment; filename="([A-Za-z0-9_.-]+)"', disposition)
        assert m, disposition
        filename = m.group(1)
        assert ".." not in filename and not filename.startswith(".") and filename.endswith(f".{fmt}")
        assert "set-cookie" not in r.headers


# ---- what may be sent ---------------------------------------------------------------------------

HOSTILE_BODIES = {
    "binary": bytes(range(256)) * 8,
    "deep JSON": b'{"id": "d", "text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n",
    "deep array": b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "4300-digit integer": b'{"id": "i", "text": "x", "published": ' + b"1" * 5000 + b"}\n",
    "lone surrogate": b'{"id": "s", "text": "Russia launched 9 drones \\ud800 overnight."}\n',
    "5000-digit date": json.dumps({"id": "t", "text": "Russia launched 10 drones.", "published": "1" * 5000})
                       .encode() + b"\n",
    "NaN date": b'{"id": "n", "text": "Russia launched 11 drones.", "published": NaN}\n',
    "bad UTF-8": b'{"id": "u", "text": "Russia launched 12 drones \xff\xfe overnight."}\n',
    "NUL in text": json.dumps({"id": "z", "text": "Russia launched 13 drones.\u0000"}).encode() + b"\n",
    "path as id": _line({"id": "../../etc/passwd", "text": "Russia launched 14 drones."}),
    "absurd figure": json.dumps({"id": "a", "text": "Russia launched 99999999999999999999999 drones."})
                     .encode() + b"\n",
    "text not a string": b'{"id": "x", "text": {"$gt": ""}}\n',
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_BODIES))
def test_hostile_bodies_with_the_token_are_stored_whole_or_refused(writer: TestClient, db_file: Path,
                                                                   kind: str) -> None:
    body = HOSTILE_BODIES[kind] + b"\n" + REPORT  # a good document after the bad one
    r = _ingest(writer, body, f"Bearer {TOKEN}")
    assert r.status_code in (200, 400, 413, 422), (kind, r.status_code, r.text)  # type: ignore[attr-defined]
    if r.status_code == 200:  # type: ignore[attr-defined]
        assert r.json()["new"] >= 1  # type: ignore[attr-defined]  # the good one is stored
    with sqlite3.connect(db_file) as conn:
        orphans = conn.execute("SELECT COUNT(*) FROM claims WHERE document_id NOT IN "
                               "(SELECT id FROM documents)").fetchone()[0]
        biggest = conn.execute("SELECT MAX(n) FROM claims").fetchone()[0]
    assert orphans == 0
    assert biggest < 10_000_000
    assert reader_ok(writer)


def reader_ok(client: TestClient) -> bool:
    """The record still reads after the request (no poisoned row breaks a listing)."""
    return all(client.get(p).status_code == 200 for p in ("/api/claims", "/api/documents", "/api/events",
                                                          "/events.json", "/"))
