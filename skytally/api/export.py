"""Exports of listings: CSV, JSON and GeoJSON bodies, and safe download file names."""

from __future__ import annotations

import csv
import importlib
import io
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    GEOJSON = "geojson"


MEDIA_TYPES = {
    ExportFormat.JSON: "application/json",
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.GEOJSON: "application/geo+json",
}

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def safe_filename(name: str | None, default: str, fmt: ExportFormat) -> str:
    """A download name with no directories, no dot-files and the format's extension.

    ``"../../etc/passwd"`` becomes ``"passwd.csv"``; anything empty falls back to ``default``.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    stem = re.sub(r"\.{2,}", ".", _UNSAFE.sub("-", base)).strip(".-")[:80]
    stem = re.sub(r"\.(json|csv|geojson)$", "", stem, flags=re.IGNORECASE) or default
    return f"{stem}.{fmt.value}"


def _cell(value: Any) -> Any:
    if isinstance(value, Mapping | list | tuple):
        return None
    text = "" if value is None else str(value)
    # a cell a spreadsheet would run as a formula is quoted (CSV injection)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def to_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    """Flat rows as CSV; nested values (lists, dicts) are left out, columns in first-seen order."""
    materialised = list(rows)
    columns: dict[str, None] = {}
    for row in materialised:
        for key, value in row.items():
            if not isinstance(value, Mapping | list | tuple):
                columns.setdefault(key, None)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in materialised:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def coordinates(place: str) -> tuple[float, float] | None:
    """``(lat, lon)`` of a place from the extractor's gazetteer, when it has them."""
    try:
        gazetteer = importlib.import_module("skytally.extract.places").PLACES
    except (ImportError, AttributeError):
        return None
    entry = gazetteer.get(place) if isinstance(gazetteer, Mapping) else None
    return _lat_lon(entry)


def _lat_lon(entry: Any) -> tuple[float, float] | None:
    if entry is None:
        return None
    if isinstance(entry, Mapping):
        lat, lon = entry.get("lat"), entry.get("lon")
    elif isinstance(entry, tuple) and len(entry) == 2:
        lat, lon = entry
    else:
        lat, lon = getattr(entry, "lat", None), getattr(entry, "lon", None)
    return (float(lat), float(lon)) if lat is not None and lon is not None else None


def to_geojson(rows: Iterable[Mapping[str, Any]], name_key: str = "place") -> dict[str, Any]:
    """A FeatureCollection of the rows whose place the gazetteer can locate; the rest are listed."""
    features: list[dict[str, Any]] = []
    unlocated: list[str] = []
    for row in rows:
        point = coordinates(str(row.get(name_key)))
        if point is None:
            unlocated.append(str(row.get(name_key)))
            continue
        props = {k: v for k, v in row.items() if not isinstance(v, Mapping | list | tuple)}
        features.append({"type": "Feature", "properties": props,
                         "geometry": {"type": "Point", "coordinates": [point[1], point[0]]}})
    return {"type": "FeatureCollection", "features": features, "unlocated": unlocated}
