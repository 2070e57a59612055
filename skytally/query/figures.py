"""The figure rule, fast: each report's figure per (night, weapon, outcome), then the best one.

``report_figures`` does the heavy part once (two group-bys over integer keys);
``best_figures`` then picks one figure per night, weapon and outcome from it in
a few milliseconds, so a ``Tally`` keeps the first and answers every series
query with the second. The rule itself is described in ``series.py``.

Keys are packed into one integer: ``day * 64 + weapon * 8 + outcome`` (days
since 1970; weapon and outcome are positions in the tuples below, 7 = none).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

OUTCOMES = ("launched", "shot_down", "suppressed", "neutralized", "hit", "killed", "injured")
WEAPONS = ("drone", "missile", "bomb", "any")
NONE = 7
_SHIFT = 1 << 32  # report code below, figure key above
_TIER = 1 << 40  # tier above, figure below, in one comparable score
EPOCH = dt.date(1970, 1, 1)


def _code(column: str, values: tuple[str, ...]) -> pl.Expr:
    mapping = {v: i for i, v in enumerate(values)}
    return pl.col(column).replace_strict(mapping, default=NONE, return_dtype=pl.Int64).fill_null(NONE)


def report_figures(claims: pl.DataFrame) -> pl.DataFrame:
    """Per report and figure key: ``key``, the report's figure ``n`` and its source ``tier``."""
    day = pl.col("date").cast(pl.Int32).cast(pl.Int64)
    key = day * 64 + _code("weapon", WEAPONS) * 8 + _code("outcome", OUTCOMES)
    report = pl.col("report").cast(pl.Categorical).to_physical().cast(pl.Int64)
    model = (pl.col("model").cast(pl.Categorical).to_physical().cast(pl.Int64) + 1).fill_null(0)
    tier = pl.col("preferred").fill_null(False).cast(pl.Int64) * 2 + pl.col("official").fill_null(False).cast(
        pl.Int64)
    coded = claims.filter(pl.col("date").is_not_null()).select(
        (key * _SHIFT + report).alias("kr"), model.alias("model"), pl.col("n"), tier.alias("tier"))
    per_model = coded.group_by("kr", "model").agg(pl.col("n").max(), pl.col("tier").max())
    unnamed, named = pl.col("model") == 0, pl.col("model") != 0
    per_report = per_model.group_by("kr").agg(
        pl.max_horizontal(pl.col("n").filter(unnamed).max().fill_null(0), pl.col("n").filter(named).sum()),
        pl.col("tier").max())
    return per_report.select((pl.col("kr") // _SHIFT).alias("key"), "n", "tier")


def best_figures(figures: pl.DataFrame, *, weapon: str | None = None, outcomes: tuple[str, ...] = OUTCOMES,
                 since: dt.date | None = None, until: dt.date | None = None) -> pl.DataFrame:
    """One figure per (date, weapon, outcome): the highest tier, then the largest; with its tier
    and the number of reports that gave one."""
    keep = (pl.col("key") % 8).is_in([OUTCOMES.index(o) for o in outcomes])
    if weapon:
        keep &= (pl.col("key") // 8 % 8) == WEAPONS.index(weapon)
    if since:
        keep &= pl.col("key") >= (since - EPOCH).days * 64
    if until:
        keep &= pl.col("key") < ((until - EPOCH).days + 1) * 64
    best = figures.filter(keep).group_by("key").agg(
        (pl.col("tier") * _TIER + pl.col("n")).max().alias("score"), pl.len().alias("reports"))
    return best.select(
        (pl.col("key") // 64).cast(pl.Int32).cast(pl.Date).alias("date"),
        _name(pl.col("key") // 8 % 8, WEAPONS).alias("weapon"),
        _name(pl.col("key") % 8, OUTCOMES).alias("outcome"),
        (pl.col("score") % _TIER).alias("n"), (pl.col("score") // _TIER).alias("tier"), "reports")


def _name(code: pl.Expr, values: tuple[str, ...]) -> pl.Expr:
    return code.replace_strict(dict(enumerate(values)), default=None, return_dtype=pl.String)
