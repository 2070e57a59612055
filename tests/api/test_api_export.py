"""CSV, JSON and GeoJSON exports, and their download names."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient


def test_csv_export_of_claims(client: TestClient) -> None:
    r = client.get("/api/export/claims.csv?weapon=drone")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="claims.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(int(row["n"]) for row in rows) == [30, 51, 62, 97, 140, 150]
    assert "quote" in rows[0]


def test_json_export_of_events(client: TestClient) -> None:
    r = client.get("/api/export/events.json")
    assert r.status_code == 200
    assert [e["date"] for e in r.json()] == ["2025-03-15", "2025-03-14"]


def test_geojson_export_of_places(client: TestClient) -> None:
    r = client.get("/api/export/places.geojson")
    assert r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection"
    names = {f["properties"]["place"] for f in body["features"]} | set(body["unlocated"])
    assert names == {"Kharkiv", "Kyiv", "Odesa"}
    for feature in body["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert 20 < lon < 45 and 40 < lat < 55  # Ukraine


def test_export_names_cannot_traverse(client: TestClient) -> None:
    for name in ("../../etc/passwd", "..%2F..%2Fsecret", "/abs/path.csv", "a\\b\\c"):
        r = client.get("/api/export/claims.csv", params={"filename": name})
        disposition = r.headers["content-disposition"]
        assert "/" not in disposition and "\\" not in disposition and ".." not in disposition
    r = client.get("/api/export/claims.csv", params={"filename": "../../etc/passwd"})
    assert r.headers["content-disposition"] == 'attachment; filename="passwd.csv"'


def test_bad_exports(client: TestClient) -> None:
    assert client.get("/api/export/secrets.csv").status_code == 404
    assert client.get("/api/export/claims.xml").status_code == 422
    assert client.get("/api/export/claims.geojson").status_code == 400
    assert client.get("/api/export/..%2F..%2Fetc%2Fpasswd.csv").status_code == 404
