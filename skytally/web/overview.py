"""The overview's data: nightly launched vs neutralised per class on one date axis.

Display shaping only (a continuous date axis, a rolling mean of what is shown,
the top nights marked); the figures come from ``skytally.api.queries.nightly``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

ROLLING = 7
RECORDS = 5
MAX_AXIS_DAYS = 3660


def date_axis(dates: Sequence[str]) -> list[str]:
    """Every day from the first to the last date given (bounded), as ISO strings."""
    if not dates:
        return []
    first, last = dt.date.fromisoformat(min(dates)), dt.date.fromisoformat(max(dates))
    first = max(first, last - dt.timedelta(days=MAX_AXIS_DAYS))
    return [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def rolling_mean(values: Sequence[int | None], window: int = ROLLING) -> list[float | None]:
    """Mean of the known values in the trailing window; None where the window knows none."""
    out: list[float | None] = []
    for i in range(len(values)):
        known = [v for v in values[max(0, i - window + 1): i + 1] if v is not None]
        out.append(round(sum(known) / len(known), 1) if known else None)
    return out


def class_series(nights: Sequence[Mapping[str, Any]], axis: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per weapon class: launched, neutralized and the rolling mean of launched, on ``axis``."""
    by_class: dict[str, dict[str, Mapping[str, Any]]] = {}
    for night in nights:
        by_class.setdefault(night["weapon"], {})[night["date"]] = night
    out: dict[str, dict[str, Any]] = {}
    for weapon, per_date in sorted(by_class.items()):
        launched = [per_date.get(d, {}).get("launched") for d in axis]
        neutralized = [per_date.get(d, {}).get("neutralized") for d in axis]
        out[weapon] = {"launched": launched, "neutralized": neutralized,
                       "launched_mean": rolling_mean(launched),
                       "records": record_nights(per_date.values())}
    return out


def record_nights(nights: Any, top: int = RECORDS) -> list[dict[str, Any]]:
    """Nights whose launched figure beat every earlier night's: the ``top`` latest of them."""
    best, records = 0, []
    for night in sorted(nights, key=lambda n: n["date"]):
        if (night.get("launched") or 0) > best:
            best = night["launched"]
            records.append({"date": night["date"], "launched": best})
    return records[-top:][::-1]


def latest_night(nights: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """Headline numbers of the most recent night: every class's figures."""
    if not nights:
        return None
    last = max(n["date"] for n in nights)
    return {"date": last, "classes": [dict(n) for n in nights if n["date"] == last]}


def build(nights: Sequence[Mapping[str, Any]], diplomacy: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Everything the overview page and its JSON twin show, except listings."""
    axis = date_axis([n["date"] for n in nights])
    markers = [dict(d) for d in diplomacy if d.get("date") in set(axis)]
    return {"axis": axis, "series": class_series(nights, axis), "latest": latest_night(nights),
            "diplomacy": markers}
