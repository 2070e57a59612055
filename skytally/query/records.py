"""Records and ranks over a nightly series: top nights, "largest since", percentiles,
and checks of the "record" claims reports make.

``top_nights`` and ``standing`` rank every row given: pass the series of one
weapon class (``nights(claims, weapon="drone")``); the others work per weapon.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True, slots=True)
class Standing:
    """Where one night stands in its series."""

    date: dt.date
    value: int
    rank: int  # 1 = largest of all nights in the series
    nights: int
    percentile: float  # share of nights with a value ≤ this one, 0–100
    since: dt.date | None  # the last earlier night at least as large; None = largest so far
    record: bool  # larger than every earlier night


def top_nights(series: pl.DataFrame, n: int = 10, column: str = "launched") -> pl.DataFrame:
    """The ``n`` largest nights by ``column``, ranked (ties share a rank)."""
    ranked = series.filter(pl.col(column).is_not_null()).with_columns(
        pl.col(column).rank(method="min", descending=True).cast(pl.Int64).alias("rank"))
    return ranked.sort(["rank", "date"]).head(n)


def record_nights(series: pl.DataFrame, column: str = "launched") -> pl.DataFrame:
    """Nights that beat every earlier night: the series of successive records."""
    valued = series.filter(pl.col(column).is_not_null()).sort("date")
    before = pl.col(column).cum_max().shift(1).over("weapon")
    return valued.filter(before.is_null() | (pl.col(column) > before))


def standing(series: pl.DataFrame, date: dt.date, column: str = "launched") -> Standing | None:
    """Rank, percentile and "largest since" of the night ``date`` (None if it has no figure)."""
    valued = series.filter(pl.col(column).is_not_null()).sort("date")
    row = valued.filter(pl.col("date") == date)
    if row.is_empty():
        return None
    value = int(row[column].item(0))
    values = valued[column]
    earlier = valued.filter((pl.col("date") < date) & (pl.col(column) >= value))
    latest = earlier["date"].max() if not earlier.is_empty() else None
    since = latest if isinstance(latest, dt.date) else None
    return Standing(date=date, value=value, rank=int((values > value).sum()) + 1, nights=len(values),
                    percentile=100.0 * float((values <= value).sum()) / len(values),
                    since=since, record=since is None)


def largest_since(series: pl.DataFrame, column: str = "launched") -> pl.DataFrame:
    """Each night with the last earlier night (same weapon) at least as large (null: a record)."""
    valued = series.filter(pl.col(column).is_not_null()).sort("date").select("date", "weapon", column)
    parts = [_since(part, column) for part in valued.partition_by("weapon", maintain_order=True)]
    return pl.concat(parts).sort(["date", "weapon"]) if parts else valued.with_columns(
        pl.lit(None, dtype=pl.Date).alias("since"))


def _since(valued: pl.DataFrame, column: str) -> pl.DataFrame:
    dates = valued["date"].to_list()
    values = valued[column].to_list()
    since: list[dt.date | None] = []
    stack: list[int] = []  # indices of earlier nights with strictly decreasing values
    for i, value in enumerate(values):
        while stack and values[stack[-1]] < value:
            stack.pop()
        since.append(dates[stack[-1]] if stack else None)
        stack.append(i)
    return valued.with_columns(pl.Series("since", since, dtype=pl.Date))


def check_record_claims(claims: pl.DataFrame, series: pl.DataFrame, column: str = "launched"
                        ) -> pl.DataFrame:
    """Claims whose sentence calls the figure a record, each with the series' verdict.

    ``verdict`` is ``record`` when the claimed figure beats every earlier night of the
    series, ``not a record`` when an earlier night was at least as large (``larger_on``
    names the latest such night), and ``no earlier data`` when the series starts later.
    """
    said = claims.filter(pl.col("record") & (pl.col("outcome") == column) & pl.col("date").is_not_null()
                         & (pl.col("scope") == "event") & ~pl.col("subset") & ~pl.col("derived"))
    rows = []
    for claim in said.select("document_id", "date", "weapon", "n").iter_rows(named=True):
        earlier = series.filter((pl.col("date") < claim["date"]) & (pl.col("weapon") == claim["weapon"])
                                & pl.col(column).is_not_null())
        beaten = earlier.filter(pl.col(column) >= claim["n"])
        verdict = ("no earlier data" if earlier.is_empty()
                   else "not a record" if not beaten.is_empty() else "record")
        rows.append({**claim, "verdict": verdict, "previous_max": earlier[column].max(),
                     "larger_on": beaten["date"].max()})
    schema = {"document_id": pl.String, "date": pl.Date, "weapon": pl.String, "n": pl.Int64,
              "verdict": pl.String, "previous_max": pl.Int64, "larger_on": pl.Date}
    return pl.DataFrame(rows, schema=schema)
