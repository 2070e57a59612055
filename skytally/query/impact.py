"""Strikes around political events: did attacks grow after a call, a summit, a sanctions package?

For each event, the mean nightly figure over the ``days`` nights before it and the
``days`` nights after it (nights with a figure only; the event's own night is in
neither), and the change between them in percent.
"""

from __future__ import annotations

import datetime as dt

import polars as pl


def around_events(events: pl.DataFrame, nightly: pl.DataFrame, *, days: int = 7,
                  column: str = "launched") -> pl.DataFrame:
    """``events`` (with a ``date`` column) plus ``before``, ``after`` and ``change_pct``."""
    valued = nightly.filter(pl.col(column).is_not_null()).select("date", column)
    dates, values = valued["date"].to_list(), valued[column].to_list()
    before, after = [], []
    for day in events["date"].to_list():
        before.append(_mean(dates, values, day - dt.timedelta(days=days), day - dt.timedelta(days=1)))
        after.append(_mean(dates, values, day + dt.timedelta(days=1), day + dt.timedelta(days=days)))
    growth = 100.0 * (pl.col("after") - pl.col("before")) / pl.col("before")
    means = events.with_columns(pl.Series("before", before, dtype=pl.Float64),
                                pl.Series("after", after, dtype=pl.Float64))
    return means.with_columns(pl.when(pl.col("before") > 0).then(growth).alias("change_pct"))


def _mean(dates: list[dt.date], values: list[int], first: dt.date, last: dt.date) -> float | None:
    picked = [v for d, v in zip(dates, values, strict=True) if first <= d <= last]
    return sum(picked) / len(picked) if picked else None
