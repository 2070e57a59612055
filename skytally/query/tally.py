"""``Tally``: the notebook API over a store; every query method returns a polars frame.

    import skytally
    t = skytally.open("skytally.db")
    t.nights(weapon="drone").to_pandas()
    t.stats(by="month", weapon="drone", since="2025-01-01")

Claims (dated, event-scope, not derived: what every analysis counts) and places are
read once and kept; ``refresh()`` reads them again. ``Tally(engine, attacker=…,
since=…, until=…)`` reads only those claims, which is faster on a large store.
"""

from __future__ import annotations

import datetime as dt
from types import TracebackType

import polars as pl
from sqlalchemy import Engine

from skytally.query import places as place_queries
from skytally.query import records as ranks
from skytally.query import series
from skytally.query.impact import around_events
from skytally.query.load import load_claims, load_places
from skytally.query.timeline import political_frame

DateLike = dt.date | str | None


def as_date(value: DateLike) -> dt.date | None:
    """A ``date`` from a date or an ISO string (None stays None)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


class Tally:
    """Analytics over the claims of one store."""

    def __init__(self, engine: Engine, *, claims: pl.DataFrame | None = None,
                 places: pl.DataFrame | None = None, attacker: str | None = None,
                 since: DateLike = None, until: DateLike = None) -> None:
        self.engine = engine
        self.scope = (attacker, as_date(since), as_date(until))  # what ``claims`` reads from the store
        self._claims = claims
        self._places = places
        self._figures: dict[tuple[str | None, str | None], pl.DataFrame] = {}

    @property
    def claims(self) -> pl.DataFrame:
        if self._claims is None:
            attacker, since, until = self.scope
            self._claims = load_claims(self.engine, attacker=attacker, since=since, until=until)
        return self._claims

    @property
    def places(self) -> pl.DataFrame:
        if self._places is None:
            self._places = load_places(self.engine)
        return self._places

    def refresh(self) -> Tally:
        """Forget what was read, so the next query sees the store as it is now."""
        self._claims = self._places = None
        self._figures.clear()
        return self

    def figures(self, attacker: str | None = None, model: str | None = None) -> pl.DataFrame:
        """The counting figure of every night, weapon and outcome (``series.night_figures``),
        computed once per attacker and model; every series query filters it."""
        key = (attacker, model)
        if key not in self._figures:
            chosen = series.select_claims(self.claims, model=model, attacker=attacker)
            self._figures[key] = series.night_figures(chosen)
        return self._figures[key]

    def nights(self, weapon: str | None = None, *, model: str | None = None, attacker: str | None = None,
               since: DateLike = None, until: DateLike = None) -> pl.DataFrame:
        """Per night and weapon class: launched, shot down, suppressed, hit, neutralized, rate.

        Without ``attacker`` the figure rule runs over every attacker's claims at once: pass
        one (``"russia"``) for a clean series of one side's attacks.
        """
        return series.nights_from(self.figures(attacker, model), weapon=weapon, since=as_date(since),
                                  until=as_date(until))

    def stats(self, by: series.Period = "night", weapon: str | None = None, *, model: str | None = None,
              attacker: str | None = None, since: DateLike = None, until: DateLike = None,
              rolling: tuple[int, ...] = (7, 30)) -> pl.DataFrame:
        """``nights`` rolled up by week or month; nightly series get rolling means."""
        nightly = self.nights(weapon, model=model, attacker=attacker, since=since, until=until)
        if by == "night":
            return series.with_rolling(nightly, rolling) if rolling else nightly
        return series.rollup(nightly, by)

    def casualties(self, *, attacker: str | None = None, since: DateLike = None,
                   until: DateLike = None) -> pl.DataFrame:
        return series.casualty_nights(self.claims, attacker=attacker, since=as_date(since),
                                      until=as_date(until))

    def top(self, n: int = 10, weapon: str = "drone", column: str = "launched", *,
            attacker: str | None = None, since: DateLike = None) -> pl.DataFrame:
        """The ``n`` largest nights, each with the last earlier night at least as large."""
        nightly = self.nights(weapon, attacker=attacker, since=since)
        since_col = ranks.largest_since(nightly, column).select("date", "weapon", "since")
        return ranks.top_nights(nightly, n, column).join(since_col, on=["date", "weapon"], how="left")

    def records(self, weapon: str = "drone", column: str = "launched", *,
                attacker: str | None = None) -> pl.DataFrame:
        """The successive all-time records."""
        return ranks.record_nights(self.nights(weapon, attacker=attacker), column)

    def standing(self, date: DateLike, weapon: str = "drone", column: str = "launched", *,
                 attacker: str | None = None) -> ranks.Standing | None:
        day = as_date(date)
        return ranks.standing(self.nights(weapon, attacker=attacker), day, column) if day else None

    def record_claims(self, weapon: str | None = None, *, attacker: str | None = None) -> pl.DataFrame:
        """"Record" claims made in reports, checked against the series (of the same attacker)."""
        claims = self.claims.filter(pl.col("attacker") == attacker) if attacker else self.claims
        return ranks.check_record_claims(claims, self.nights(weapon, attacker=attacker))

    def places_summary(self, *, since: DateLike = None, until: DateLike = None) -> pl.DataFrame:
        return place_queries.place_summary(self.claims, self.places, since=as_date(since),
                                           until=as_date(until))

    def place(self, name: str) -> pl.DataFrame:
        return place_queries.place_nights(self.claims, self.places, name)

    def timeline(self, *, since: DateLike = None, until: DateLike = None) -> pl.DataFrame:
        """Political events, stored with the reports that state them."""
        return political_frame(self.engine, since=as_date(since), until=as_date(until))

    def around_events(self, days: int = 7, weapon: str = "drone", *, attacker: str | None = None,
                      column: str = "launched", since: DateLike = None,
                      until: DateLike = None) -> pl.DataFrame:
        """Each political event with the mean nightly figure ``days`` nights before and after."""
        events = self.timeline(since=since, until=until)
        return around_events(events, self.nights(weapon, attacker=attacker), days=days, column=column)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Tally:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_tally(url: str | None = None) -> Tally:
    """The analytics of the store at ``url`` (a path or SQLAlchemy URL; default ``skytally.db``)."""
    from skytally.store import open_store

    return Tally(open_store(url).engine)
