"""Pure helpers of the API: tokens, export names and bodies, highlighting."""

from __future__ import annotations

import csv
import io

import pytest

from skytally.api.auth import bearer, check_token
from skytally.api.errors import ApiError
from skytally.api.export import ExportFormat, safe_filename, to_csv, to_geojson
from skytally.web.highlight import Span, segments


@pytest.mark.parametrize("header,expected", [
    ("Bearer abc", "abc"), ("bearer  abc ", "abc"), ("Basic abc", None), ("Bearer ", None), (None, None),
])
def test_bearer(header: str | None, expected: str | None) -> None:
    assert bearer(header) == expected


def test_check_token() -> None:
    check_token("s3cret", "Bearer s3cret")
    with pytest.raises(ApiError) as disabled:
        check_token(None, "Bearer s3cret")
    assert disabled.value.status == 403
    for header in (None, "Bearer wrong", "Bearer s3cre", "Bearer s3cret2"):
        with pytest.raises(ApiError) as bad:
            check_token("s3cret", header)
        assert bad.value.status == 401


@pytest.mark.parametrize("name,expected", [
    (None, "claims.csv"),
    ("", "claims.csv"),
    ("../../etc/passwd", "passwd.csv"),
    ("..\\..\\windows\\win.ini", "win.ini.csv"),
    ("night report 2025.csv", "night-report-2025.csv"),
    ("..", "claims.csv"),
    (".hidden", "hidden.csv"),
    ("/", "claims.csv"),
    ("a\x00b", "a-b.csv"),
])
def test_safe_filename(name: str | None, expected: str) -> None:
    assert safe_filename(name, "claims", ExportFormat.CSV) == expected


def test_to_csv_flattens_and_defuses_formulas() -> None:
    rows = [{"id": 1, "n": -5, "text": "=HYPERLINK(\"x\")", "evidence": {"start": 0, "end": 3}},
            {"id": 2, "extra": "@cmd", "n": None}]
    out = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert list(out[0]) == ["id", "n", "text", "extra"]
    assert out[0]["n"] == "-5"
    assert out[0]["text"].startswith("'=")
    assert out[1]["extra"] == "'@cmd"
    assert out[1]["n"] == ""


def test_geojson_lists_places_it_cannot_locate() -> None:
    doc = to_geojson([{"place": "Nowhere-on-earth", "nights": 3}])
    assert doc["type"] == "FeatureCollection"
    assert doc["features"] == []
    assert doc["unlocated"] == ["Nowhere-on-earth"]


def test_segments_cover_text_and_overlaps() -> None:
    text = "Russia launched 62 drones; 51 were shot down."
    spans = [Span(0, 25, "a"), Span(16, 45, "b"), Span(40, 999, "bad")]
    segs = segments(text, spans)
    assert "".join(s.text for s in segs) == text
    assert [s.keys for s in segs] == [("a",), ("a", "b"), ("b",)]
    assert segments("", []) == []
