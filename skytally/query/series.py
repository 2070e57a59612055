"""Nightly series per weapon class (or model), roll-ups and rolling means.

Which figure counts for a night (``night_figures``), for each (date, weapon,
outcome):

1. within one report, a model-less figure and the sum of its per-model figures
   (largest of each) are compared and the larger is the report's figure;
2. across reports, a figure the event resolver marked ``preferred`` wins;
   otherwise official sources (the Air Force, ministries, the reference dataset)
   beat news outlets; within the winning tier the largest figure counts.

Only ``event``-scope claims that are neither derived nor subsets count
(subsets do when a model is asked for). ``neutralized`` is the reported
combined figure when there is one, else ``shot_down + suppressed``; ``rate`` is
``neutralized / launched``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import polars as pl

from skytally.query.figures import best_figures, report_figures

COUNT_OUTCOMES = ("launched", "shot_down", "suppressed", "neutralized", "hit")
CASUALTY_OUTCOMES = ("killed", "injured")
SERIES_COLUMNS = ("launched", "shot_down", "suppressed", "hit", "neutralized", "rate")
Period = Literal["night", "week", "month"]
_TRUNCATE = {"week": "1w", "month": "1mo"}


def select_claims(claims: pl.DataFrame, *, weapon: str | None = None, model: str | None = None,
                  attacker: str | None = None, since: dt.date | None = None,
                  until: dt.date | None = None, outcomes: tuple[str, ...] = COUNT_OUTCOMES
                  ) -> pl.DataFrame:
    """The event claims that figure in nightly series, filtered as asked."""
    keep = (pl.col("scope") == "event") & ~pl.col("derived") & pl.col("date").is_not_null()
    keep &= pl.col("outcome").is_in(outcomes)
    if model:
        keep &= pl.col("model").str.to_lowercase().str.contains(model.lower(), literal=True)
    else:
        keep &= ~pl.col("subset")
    for column, value in (("weapon", weapon), ("attacker", attacker)):
        if value:
            keep &= pl.col(column) == value
    if since:
        keep &= pl.col("date") >= since
    if until:
        keep &= pl.col("date") <= until
    return claims.filter(keep)


def night_figures(claims: pl.DataFrame) -> pl.DataFrame:
    """One figure per (date, weapon, outcome) by the rule above, with its tier and report count."""
    return best_figures(report_figures(claims))


def nights(claims: pl.DataFrame, *, weapon: str | None = None, model: str | None = None,
           attacker: str | None = None, since: dt.date | None = None, until: dt.date | None = None
           ) -> pl.DataFrame:
    """Per night (and weapon class): launched, shot down, suppressed, hit, neutralized, rate."""
    chosen = select_claims(claims, weapon=weapon, model=model, attacker=attacker, since=since, until=until)
    return nights_from(night_figures(chosen))


def nights_from(best: pl.DataFrame, *, weapon: str | None = None, since: dt.date | None = None,
                until: dt.date | None = None) -> pl.DataFrame:
    """``nights`` from the figures of every night computed once (``night_figures``): the fast path."""
    keep = pl.col("outcome").is_in(COUNT_OUTCOMES)
    if weapon:
        keep &= pl.col("weapon") == weapon
    if since:
        keep &= pl.col("date") >= since
    if until:
        keep &= pl.col("date") <= until
    chosen = best.filter(keep)
    wide = chosen.pivot(on="outcome", index=["date", "weapon"], values="n", aggregate_function="first")
    for outcome in COUNT_OUTCOMES:
        if outcome not in wide.columns:
            wide = wide.with_columns(pl.lit(None, dtype=pl.Int64).alias(outcome))
    reports = chosen.group_by(["date", "weapon"]).agg(pl.col("reports").max())
    return _finish(wide.join(reports, on=["date", "weapon"], how="left"))


def _finish(wide: pl.DataFrame) -> pl.DataFrame:
    parts = pl.when(pl.col("shot_down").is_not_null() | pl.col("suppressed").is_not_null()).then(
        pl.col("shot_down").fill_null(0) + pl.col("suppressed").fill_null(0))
    neutralized = pl.coalesce(pl.col("neutralized"), parts).alias("neutralized")
    return (wide.with_columns(neutralized)
            .with_columns(_rate(pl.col("neutralized"), pl.col("launched")))
            .select(["date", "weapon", *SERIES_COLUMNS, "reports"])
            .sort(["date", "weapon"]))


def _rate(part: pl.Expr, whole: pl.Expr) -> pl.Expr:
    return pl.when(whole > 0).then(part / whole).otherwise(None).alias("rate")


def rollup(series: pl.DataFrame, by: Period) -> pl.DataFrame:
    """Weekly (Monday) or monthly sums of a nightly series.

    The rate is over the nights that report both launched and neutralized figures.
    """
    if by == "night":
        return series
    sums = [pl.when(pl.col(c).is_not_null().any()).then(pl.col(c).sum()).alias(c)
            for c in ("launched", "shot_down", "suppressed", "hit", "neutralized")]
    both = pl.col("launched").is_not_null() & pl.col("neutralized").is_not_null()
    paired = [pl.col(c).filter(both).sum().alias(f"_{c}") for c in ("launched", "neutralized")]
    return (series.with_columns(pl.col("date").dt.truncate(_TRUNCATE[by]))
            .group_by(["date", "weapon"]).agg(*sums, *paired, pl.len().alias("nights"))
            .with_columns(_rate(pl.col("_neutralized"), pl.col("_launched")))
            .drop("_launched", "_neutralized")
            .sort(["date", "weapon"]))


def with_rolling(series: pl.DataFrame, windows: tuple[int, ...] = (7, 30),
                 columns: tuple[str, ...] = ("launched", "neutralized")) -> pl.DataFrame:
    """Add ``<column>_<w>d``: the mean over the nights with figures in the last ``w`` days."""
    means = [pl.col(c).rolling_mean_by("date", window_size=f"{w}d").over("weapon").alias(f"{c}_{w}d")
             for w in windows for c in columns]
    return series.sort(["weapon", "date"]).with_columns(means).sort(["date", "weapon"])


def casualty_nights(claims: pl.DataFrame, *, attacker: str | None = None,
                    since: dt.date | None = None, until: dt.date | None = None) -> pl.DataFrame:
    """Killed and injured per night, by the same figure rule."""
    chosen = select_claims(claims, attacker=attacker, since=since, until=until, outcomes=CASUALTY_OUTCOMES)
    figures = best_figures(report_figures(chosen), outcomes=CASUALTY_OUTCOMES)
    wide = figures.pivot(on="outcome", index="date", values="n", aggregate_function="sum")
    for outcome in CASUALTY_OUTCOMES:
        if outcome not in wide.columns:
            wide = wide.with_columns(pl.lit(None, dtype=pl.Int64).alias(outcome))
    return wide.select(["date", *CASUALTY_OUTCOMES]).sort("date")
