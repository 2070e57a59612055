"""Places: nights, claims and casualties per city or region named in reports.

A document's places are those its extraction names as attacked; its claims are
credited to each of them. Casualties per place take, for each night, the
largest figure any document naming the place gives, then sum the nights (a
report naming two cities credits its toll to both: read the figures as
"casualties in attacks that hit this place").
"""

from __future__ import annotations

import datetime as dt

import polars as pl


def place_summary(claims: pl.DataFrame, places: pl.DataFrame, *, since: dt.date | None = None,
                  until: dt.date | None = None) -> pl.DataFrame:
    """Per place: nights attacked, documents, claims, killed, injured; most nights first."""
    dated = claims.filter(pl.col("date").is_not_null() & (pl.col("scope") == "event") & ~pl.col("derived"))
    if since:
        dated = dated.filter(pl.col("date") >= since)
    if until:
        dated = dated.filter(pl.col("date") <= until)
    joined = dated.join(places, on="document_id", how="inner")
    counts = joined.group_by("place").agg(
        pl.col("date").n_unique().alias("nights"), pl.col("document_id").n_unique().alias("documents"),
        pl.len().alias("claims"))
    return (counts.join(_casualties(joined), on="place", how="left")
            .with_columns(pl.col("killed").fill_null(0), pl.col("injured").fill_null(0))
            .sort(["nights", "claims", "place"], descending=[True, True, False]))


def _casualties(joined: pl.DataFrame) -> pl.DataFrame:
    hurt = joined.filter(pl.col("outcome").is_in(("killed", "injured")))
    per_night = hurt.group_by(["place", "date", "outcome"]).agg(pl.col("n").max())
    wide = per_night.group_by("place").agg(
        *(pl.col("n").filter(pl.col("outcome") == o).sum().alias(o) for o in ("killed", "injured")))
    return wide.with_columns(pl.col("killed").cast(pl.Int64), pl.col("injured").cast(pl.Int64))


def place_nights(claims: pl.DataFrame, places: pl.DataFrame, place: str) -> pl.DataFrame:
    """The nights a place was named as attacked, with the documents naming it."""
    docs = places.filter(pl.col("place").str.to_lowercase() == place.lower())
    dated = claims.filter(pl.col("date").is_not_null()).join(docs, on="document_id", how="inner")
    return (dated.group_by("date").agg(pl.col("document_id").n_unique().alias("documents"),
                                        pl.len().alias("claims"))
            .sort("date"))
