"""Extracted figures against the reference dataset, night by night.

Both sides go through the same nightly figure rule (``query.series``): the
reference side is the claims of the reference dataset, the extracted side every
other claim of Russian attacks on Ukraine. Per night, weapon class and outcome
(``launched``, ``neutralized``) the status is ``agree``, ``differ`` (with the
difference, extracted minus reference), ``only_extracted`` or ``only_reference``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from skytally.query.frame import REFERENCE_OUTLET
from skytally.query.series import nights

OUTCOMES = ("launched", "neutralized")
WEAPONS = ("drone", "missile")
STATUSES = ("agree", "differ", "only_extracted", "only_reference")


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts of each status per outcome, and how far apart the differing figures are."""

    counts: dict[str, dict[str, int]]  # outcome → status → nights
    median_abs_pct: dict[str, float | None]  # outcome → median |difference| / reference, in %

    def agreement(self, outcome: str) -> float | None:
        """Share of nights with figures on both sides that agree."""
        both = self.counts[outcome]["agree"] + self.counts[outcome]["differ"]
        return self.counts[outcome]["agree"] / both if both else None


def compare_reference(claims: pl.DataFrame, *, since: dt.date | None = None,
                      until: dt.date | None = None) -> pl.DataFrame:
    """One row per night, weapon and outcome with both figures and their status."""
    is_ref = pl.col("outlet").fill_null("") == REFERENCE_OUTLET
    russian = (pl.col("attacker") == "russia") & pl.col("target").fill_null("ukraine").is_in(["ukraine"])
    sides = {name: _long(nights(claims.filter(keep & russian), since=since, until=until), name)
             for name, keep in (("reference", is_ref), ("extracted", ~is_ref))}
    joined = sides["reference"].join(sides["extracted"], on=["date", "weapon", "outcome"], how="full",
                                     coalesce=True)
    diff = pl.col("extracted") - pl.col("reference")
    return (joined.with_columns(diff.alias("difference"), _status())
            .with_columns(pl.when(pl.col("reference") != 0)
                          .then(100.0 * pl.col("difference") / pl.col("reference")).alias("pct"))
            .sort(["date", "weapon", "outcome"]))


def summarize(comparison: pl.DataFrame) -> Summary:
    counts = {o: dict.fromkeys(STATUSES, 0) for o in OUTCOMES}
    for outcome, status, n in comparison.group_by(["outcome", "status"]).len().iter_rows():
        counts[outcome][status] = n
    medians: dict[str, float | None] = {}
    for outcome in OUTCOMES:
        pct = comparison.filter((pl.col("outcome") == outcome) & (pl.col("status") == "differ"))["pct"]
        value = pct.abs().median() if len(pct) else None
        medians[outcome] = float(value) if isinstance(value, (int, float)) else None
    return Summary(counts, medians)


def _long(series: pl.DataFrame, name: str) -> pl.DataFrame:
    kept = series.filter(pl.col("weapon").is_in(WEAPONS)).select("date", "weapon", *OUTCOMES)
    return (kept.unpivot(index=["date", "weapon"], on=list(OUTCOMES), variable_name="outcome",
                         value_name=name)
            .filter(pl.col(name).is_not_null()))


def _status() -> pl.Expr:
    ref, ext = pl.col("reference"), pl.col("extracted")
    return (pl.when(ref.is_null()).then(pl.lit("only_extracted"))
            .when(ext.is_null()).then(pl.lit("only_reference"))
            .when(ref == ext).then(pl.lit("agree"))
            .otherwise(pl.lit("differ")).alias("status"))
