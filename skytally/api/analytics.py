"""Analytics for the API and dashboard: the analytics engineer's ``Tally``, JSON-ready.

The app keeps one ``Analytics`` (a ``Tally`` cache) while the store is unchanged; any
write (a new claim, a rebuilt event, a stored political event) changes the store's
signature and the next request reads the claims again, so pages never show stale figures.

Nightly series (stats, records, casualties) count one attacker's attacks: the figure rule
picks one number per night, so mixing attackers would mix their figures. Without an
``attacker`` filter they follow ``DEFAULT_ATTACKER``.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from dataclasses import replace
from typing import Any

import polars as pl
from sqlalchemy import Engine, func, select

from skytally.api.params import only
from skytally.query.browse import Filters, Page
from skytally.query.series import Period
from skytally.query.tally import Tally
from skytally.store.political import political_events
from skytally.store.schema import claims, events

DEFAULT_ATTACKER = "russia"  # the common case: the dashboard's overview, Russia's attacks


def signature(engine: Engine) -> tuple[Any, ...]:
    """What changes whenever claims, events or political events are written."""
    with engine.connect() as conn:
        return (*conn.execute(select(func.count(), func.max(claims.c.id))).one(),
                conn.execute(select(func.max(events.c.resolved_at))).scalar(),
                conn.execute(select(func.count()).select_from(political_events)).scalar())


class Analytics:
    """The store's ``Tally``, read again whenever the store's signature changes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._cached: tuple[tuple[Any, ...], Tally] | None = None

    def tally(self) -> Tally:
        sig = signature(self.engine)
        with self._lock:
            if self._cached is None or self._cached[0] != sig:
                fresh = Tally(self.engine)
                _ = fresh.claims, fresh.places  # read once, under the lock
                self._cached = (sig, fresh)
            return self._cached[1]


def _value(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def rows(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """A frame as JSON-ready dicts: ISO dates, no NaN."""
    return [{k: _value(v) for k, v in r.items()} for r in frame.to_dicts()]


def for_series(f: Filters) -> Filters:
    """``f`` with the one attacker a nightly series needs (``DEFAULT_ATTACKER`` unless given)."""
    return replace(f, attacker=f.attacker or DEFAULT_ATTACKER)


def stats(a: Analytics, f: Filters, by: Period = "night") -> list[dict[str, Any]]:
    """Per night (week, month) and weapon class: launched … rate; nights with 7/30-day means."""
    f = for_series(only(f, "since", "until", "attacker", "weapon"))
    return rows(a.tally().stats(by, f.weapon, attacker=f.attacker, since=f.since, until=f.until))


def records(a: Analytics, weapon: str, top: int, attacker: str = DEFAULT_ATTACKER) -> dict[str, Any]:
    """The successive record nights and the ``top`` largest nights of one attacker's weapon class."""
    t = a.tally()
    return {"weapon": weapon, "attacker": attacker, "records": record_nights(a, weapon, attacker),
            "top": rows(t.top(top, weapon, attacker=attacker))}


def record_nights(a: Analytics, weapon: str, attacker: str = DEFAULT_ATTACKER) -> list[dict[str, Any]]:
    """The successive all-time records of a weapon class's launched figure."""
    return rows(a.tally().records(weapon, attacker=attacker))


def casualties(a: Analytics, f: Filters) -> list[dict[str, Any]]:
    f = for_series(only(f, "since", "until", "attacker"))
    return rows(a.tally().casualties(attacker=f.attacker, since=f.since, until=f.until))


def places(a: Analytics, f: Filters, page: Page) -> dict[str, Any]:
    """Places ranked by attack nights (with casualties), a page of them."""
    only(f, "since", "until", "place")
    summary = a.tally().places_summary(since=f.since, until=f.until)
    if f.place:
        summary = summary.filter(pl.col("place").str.to_lowercase() == f.place.lower())
    p = page.bounded()
    return {"items": rows(summary.slice(p.offset, p.limit)), "total": summary.height, "limit": p.limit,
            "offset": p.offset, "filters": f.to_dict()}


def place_nights(a: Analytics, name: str) -> list[dict[str, Any]]:
    return rows(a.tally().place(name))


def timeline(a: Analytics, f: Filters) -> list[dict[str, Any]]:
    """Stored political events in the date range."""
    only(f, "since", "until")
    return rows(a.tally().timeline(since=f.since, until=f.until))
