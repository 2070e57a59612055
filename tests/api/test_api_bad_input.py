"""Bad parameters and injection attempts in every filter: a clean error or an empty page."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

INJECTIONS = ["' OR '1'='1", "x'; DROP TABLE claims; --", "\" OR 1=1 --",
              "%' UNION SELECT id FROM documents --", "../../etc/passwd", "<script>alert(1)</script>",
              "\u0000"]
FILTERS = ["since", "until", "attacker", "target", "weapon", "outcome", "place", "outlet"]
CLAIMS = 8  # in the hand-written reports
LISTINGS = ["/api/events", "/api/claims", "/api/documents", "/api/places", "/api/stats",
            "/api/stats/casualties", "/api/timeline", "/events.json", "/places.json", "/index.json"]


def _error_shape(body: dict[str, object]) -> bool:
    err = body.get("error")
    return isinstance(err, dict) and set(err) == {"status", "code", "message", "details"}


@pytest.mark.parametrize("url", LISTINGS)
def test_injection_in_every_filter(client: TestClient, url: str) -> None:
    for name in FILTERS:
        for value in INJECTIONS:
            r = client.get(url, params={name: value})
            assert r.status_code in (200, 400, 422), (url, name, value)
            body = r.json()
            if r.status_code != 200:
                assert _error_shape(body)
            elif "items" in body:
                assert body["total"] == 0, (url, name, value)
    assert client.get("/api/claims").json()["total"] == CLAIMS  # nothing was dropped or altered


@pytest.mark.parametrize("query", [
    "limit=0", "limit=501", "limit=-1", "limit=ten", "offset=-5", "offset=99999999999",
    "since=2025-13-01", "until=yesterday", "weapon=tank", "outcome=won", "attacker=Russia%21",
    "since=2025-03-15&until=2025-03-01",
])
def test_bad_parameters_are_errors_in_the_one_shape(client: TestClient, query: str) -> None:
    r = client.get(f"/api/claims?{query}")
    assert r.status_code in (400, 422), query
    assert _error_shape(r.json())
    assert r.json()["error"]["status"] == r.status_code


def test_long_values_refused(client: TestClient) -> None:
    r = client.get("/api/documents", params={"place": "k" * 101})
    assert r.status_code == 422
    r = client.get("/api/documents", params={"outlet": "o" * 5000})
    assert r.status_code == 414
    assert _error_shape(r.json())


def test_injection_in_path_and_search(client: TestClient) -> None:
    for value in INJECTIONS[:4]:
        assert client.get(f"/api/events/{value}").status_code == 404
        assert client.get("/api/documents/x", params={"q": value}).status_code == 404
        assert client.get("/api/search", params={"q": value}).json()["total"] == 0
    assert client.get("/api/claims").json()["total"] == CLAIMS


def test_unknown_route_and_method(client: TestClient) -> None:
    assert _error_shape(client.get("/api/nothing").json())
    r = client.delete("/api/events")
    assert r.status_code == 405
    assert _error_shape(r.json())


@pytest.mark.parametrize("url,status", [
    ("/api/stats/records?weapon=tank", 422), ("/api/stats/records?top=0", 422),
    ("/api/stats/records?top=101", 422), ("/api/stats?by=decade", 422),
    ("/api/stats?outlet=x", 400), ("/api/timeline?weapon=drone", 400), ("/api/places?outlet=x", 400),
    ("/api/places/" + "k" * 101, 422), ("/api/events/" + "e" * 201, 422), ("/api/search", 422),
    ("/api/documents?q=" + "q" * 101, 422), ("/place", 422), ("/place.json?name=", 422),
])
def test_bad_parameters_of_each_endpoint(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status, url
    if url.startswith("/api/") or ".json" in url:
        assert _error_shape(r.json())


def test_dashboard_pages_answer_errors_in_html(client: TestClient) -> None:
    r = client.get("/events?limit=9999")
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("text/html")
    assert 'data-status="422"' in r.text and "query.limit" in r.text
    r = client.get("/events.json?limit=9999")
    assert r.status_code == 422 and _error_shape(r.json())
    assert client.get("/documents/none-such").status_code == 404
    assert client.get("/nowhere").headers["content-type"].startswith("text/html")
