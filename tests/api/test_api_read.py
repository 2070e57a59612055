"""Every read endpoint against a real SQLite store of hand-written reports."""

from __future__ import annotations

from fastapi.testclient import TestClient

EVENT = "2025-03-14:russia:ukraine"


def test_events_listing_newest_first(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 2
    assert [e["date"] for e in body["items"]] == ["2025-03-15", "2025-03-14"]


def test_events_filters(client: TestClient) -> None:
    assert client.get("/api/events?since=2025-03-15").json()["total"] == 1
    assert client.get("/api/events?until=2025-03-14").json()["items"][0]["id"] == EVENT
    assert client.get("/api/events?attacker=ukraine").json()["total"] == 0
    assert client.get("/api/events?weapon=missile").json()["total"] == 1
    assert client.get("/api/events?place=kyiv").json()["total"] == 1
    assert client.get("/api/events?outlet=Example%20Wire").json()["total"] == 1


def test_event_detail_has_figures_side_by_side(client: TestClient) -> None:
    body = client.get(f"/api/events/{EVENT}").json()
    assert body["event"]["id"] == EVENT
    launched = next(f for f in body["figures"] if f["figure"] == "launched:drone:")
    figures = {launched["preferred"]["n"], *(o["n"] for o in launched["others"])}
    assert figures == {140, 150}
    assert launched["preferred"]["outlet"] == "Air Force of Ukraine"
    assert launched["preferred"]["quote"] == "Overnight the enemy attacked with 140 strike drones."
    assert {s["document_id"] for s in body["sources"]} == {"air-0314", "wire-0314"}


def test_missing_event_and_document_are_404(client: TestClient) -> None:
    for url in ("/api/events/1999-01-01:nobody:none", "/api/documents/nope", "/api/places/Atlantis"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.json()["error"]["code"] == "not_found"


def test_document_with_text_and_spans(client: TestClient) -> None:
    body = client.get("/api/documents/wire-0314").json()
    text = body["document"]["text"]
    for claim in body["claims"]:
        assert text[claim["evidence_start"]:claim["evidence_end"]] == claim["quote"]
    assert body["places"] == ["Kharkiv"]
    assert body["events"] == [EVENT]


def test_documents_listing_and_pagination(client: TestClient) -> None:
    first = client.get("/api/documents?limit=2").json()
    second = client.get("/api/documents?limit=2&offset=2").json()
    assert first["total"] == second["total"] == 3
    ids = [d["id"] for d in first["items"] + second["items"]]
    assert sorted(ids) == ["air-0314", "kyiv-0315", "wire-0314"]


def test_claims_filters(client: TestClient) -> None:
    killed = client.get("/api/claims?outcome=killed").json()
    assert [c["n"] for c in killed["items"]] == [3]
    drones = client.get("/api/claims?weapon=drone&since=2025-03-15").json()
    assert sorted(c["n"] for c in drones["items"]) == [51, 62]


def test_places_ranked_and_one_place(client: TestClient) -> None:
    places = client.get("/api/places").json()["items"]
    assert [p["place"] for p in places][0] == "Kharkiv"
    assert {p["place"] for p in places} == {"Kharkiv", "Kyiv", "Odesa"}
    assert next(p for p in places if p["place"] == "Kharkiv")["killed"] == 3
    one = client.get("/api/places/kharkiv").json()
    assert one["place"] == "Kharkiv"
    assert [e["id"] for e in one["nights"]["items"]] == [EVENT]
    assert [n["date"] for n in one["per_night"]] == ["2025-03-14"]


def test_nightly_stats(client: TestClient) -> None:
    rows = client.get("/api/stats?weapon=drone").json()["rows"]
    first = rows[0]
    assert (first["date"], first["launched"], first["neutralized"]) == ("2025-03-14", 140, 127)
    assert first["rate"] == 127 / 140
    assert rows[1]["launched_7d"] == (140 + 62) / 2


def test_monthly_stats_records_casualties_timeline(client: TestClient) -> None:
    month = client.get("/api/stats?by=month&weapon=drone").json()["rows"]
    assert [(m["date"], m["launched"], m["nights"]) for m in month] == [("2025-03-01", 202, 2)]
    records = client.get("/api/stats/records?weapon=drone&top=2").json()
    assert [r["date"] for r in records["records"]] == ["2025-03-14"]
    assert [r["launched"] for r in records["top"]] == [140, 62]
    killed = client.get("/api/stats/casualties").json()["rows"]
    assert [(k["date"], k["killed"]) for k in killed] == [("2025-03-14", 3)]
    [call] = client.get("/api/timeline").json()["events"]  # stored with its report, no scan needed
    assert (call["kind"], call["participants"], call["document_id"]) == ("phone_call", "Zelensky; Macron",
                                                                         "kyiv-0315")
    assert client.get("/api/stats?by=year").status_code == 422


def test_search(client: TestClient) -> None:
    found = client.get("/api/search?q=swarm").json()
    assert [d["id"] for d in found["items"]] == ["wire-0314"]
    assert client.get("/api/search?q=100%25").json()["total"] == 0  # a LIKE wildcard is literal
    assert client.get("/api/search?q=x").status_code == 422


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents", "/api/claims", "/api/places",
                 "/api/stats", "/api/stats/records", "/api/timeline", "/api/search", "/api/ingest",
                 "/api/export/{dataset}.{fmt}"):
        assert path in paths
    assert client.get("/docs").status_code == 200


def test_page_json_twins_match_the_api(client: TestClient) -> None:
    page = client.get(f"/events/{EVENT}.json").json()
    api = client.get(f"/api/events/{EVENT}").json()
    assert page["figures"] == api["figures"]
    assert client.get("/events.json").json()["events"] == client.get("/api/events").json()
    overview = client.get("/index.json").json()
    assert overview["nights"] == client.get("/api/stats").json()["rows"]
