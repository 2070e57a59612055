"""The overview's data: nightly launched vs neutralised per class on one date axis.

Display shaping only: the figures, rolling means and records come from the
analytics (``skytally.api.analytics``); here they are laid on a continuous date
axis so that every class and the diplomacy markers share it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

DEFAULT_DAYS = 180  # the charts' window when no start date is asked for
MAX_AXIS_DAYS = 3660
CLASS_NAMES = {"drone": "Drones", "missile": "Missiles", "bomb": "Guided bombs",
               "any": "Several classes together"}


def date_axis(dates: Sequence[str], since: str | None = None) -> list[str]:
    """Every day up to the last date given, from ``since`` (else the last ``DEFAULT_DAYS``
    days); never more than ten years."""
    if not dates:
        return []
    last = dt.date.fromisoformat(max(dates))
    first = dt.date.fromisoformat(since) if since else last - dt.timedelta(days=DEFAULT_DAYS - 1)
    first = max(first, dt.date.fromisoformat(min(dates)), last - dt.timedelta(days=MAX_AXIS_DAYS))
    return [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def class_series(nights: Sequence[Mapping[str, Any]], axis: Sequence[str],
                 records: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Per weapon class, on ``axis``: launched, neutralized, the 7-night mean, record nights."""
    by_class: dict[str, dict[str, Mapping[str, Any]]] = {}
    for night in nights:
        by_class.setdefault(night["weapon"], {})[night["date"]] = night
    out: dict[str, dict[str, Any]] = {}
    for weapon, per_date in sorted(by_class.items()):
        def column(name: str, per_date: Mapping[str, Mapping[str, Any]] = per_date) -> list[Any]:
            return [per_date.get(d, {}).get(name) for d in axis]
        out[weapon] = {"name": CLASS_NAMES.get(weapon, weapon), "launched": column("launched"),
                       "neutralized": column("neutralized"), "launched_mean": column("launched_7d"),
                       "records": [{"date": r["date"], "launched": r["launched"]}
                                   for r in records.get(weapon, ())]}
    return out


def latest_night(nights: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """Headline numbers of the most recent night: every class's figures."""
    if not nights:
        return None
    last = max(n["date"] for n in nights)
    return {"date": last, "classes": [dict(n) for n in nights if n["date"] == last]}


def build(nights: Sequence[Mapping[str, Any]], records: Mapping[str, Sequence[Mapping[str, Any]]],
          diplomacy: Sequence[Mapping[str, Any]], since: str | None = None) -> dict[str, Any]:
    """Everything the overview page and its JSON twin show, except listings."""
    axis = date_axis([n["date"] for n in nights], since)
    on_axis = set(axis)
    series = {w: s for w, s in class_series(nights, axis, records).items()
              if any(v is not None for v in (*s["launched"], *s["neutralized"]))}
    first = min((n["date"] for n in nights), default=None)
    return {"axis": axis, "series": series, "latest": latest_night(nights), "first_night": first,
            "class_names": CLASS_NAMES,
            "diplomacy": [dict(d) for d in diplomacy if d.get("date") in on_axis]}
