"""Claims and places frames read from a store, in one query each.

The claim's ``report`` is its post for reference rows (the rows of one Air Force
post form one report) and its near-duplicate group otherwise; ``official``
follows the event resolver (``resolve.sources``): the outlet's kind, raised to
official when the claim is attributed to an official body; ``preferred`` is the
resolver's choice for the event's figure; ``record`` says the evidence calls the
figure a record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl
from sqlalchemy import Engine, String, case, cast, false, func, or_, select

from skytally.query.frame import CLAIM_SCHEMA, PLACE_SCHEMA, RECORD_WORDS
from skytally.resolve.sources import OFFICIAL, SourceKind
from skytally.store.schema import claims, document_places, documents, event_claims, sources

_OFFICIAL_KINDS = (SourceKind.OFFICIAL.value, SourceKind.REFERENCE.value)


def load_claims(engine: Engine, *, attacker: str | None = None, since: dt.date | None = None,
                until: dt.date | None = None) -> pl.DataFrame:
    """The stored dated event claims that are not derived (what every analysis counts), as a
    claims frame (``frame.CLAIM_SCHEMA``); optionally of one attacker and a date range."""
    c, d = claims, documents
    quote = func.substr(d.c.text, c.c.evidence_start + 1, c.c.evidence_end - c.c.evidence_start)
    report = case((d.c.source_kind == "reference", func.coalesce(d.c.url, d.c.id)),
                  else_=func.coalesce(d.c.duplicate_group, d.c.id))
    record = case((c.c.outcome == "launched", or_(*(quote.ilike(f"%{w}%") for w in RECORD_WORDS))),
                  else_=false())
    stmt = (select(c.c.id.label("claim_id"), c.c.document_id, report.label("report"), d.c.outlet,
                   sources.c.kind.label("outlet_kind"), event_claims.c.event_id,
                   (event_claims.c.role == "preferred").label("preferred"),
                   cast(c.c.date, String).label("date"), c.c.attacker, c.c.target, c.c.outcome, c.c.weapon,
                   c.c.model, c.c.n, c.c.qualifier, c.c.attribution, c.c.subset, record.label("record"))
            .join(d, d.c.id == c.c.document_id)
            .outerjoin(sources, sources.c.name == d.c.outlet)
            .outerjoin(event_claims, event_claims.c.claim_id == c.c.id)
            .where(*_bounds(attacker, since, until)))
    with engine.connect() as conn:
        result = conn.execute(stmt)
        names = list(result.keys())
        rows = result.all()
    frame = pl.DataFrame(rows, schema=_raw_schema(names), orient="row").with_columns(
        pl.col("date").str.to_date("%Y-%m-%d"), pl.lit("event").alias("scope"),
        pl.lit(False).alias("derived"))
    return _with_official(frame).unique("claim_id", keep="first").select(list(CLAIM_SCHEMA))


def _bounds(attacker: str | None, since: dt.date | None, until: dt.date | None) -> list[Any]:
    c = claims.c
    bounds: list[Any] = [c.scope == "event", c.derived == false(), c.date.is_not(None)]
    bounds += [c.attacker == attacker] if attacker else []
    bounds += [c.date >= since] if since else []
    bounds += [c.date <= until] if until else []
    return bounds


def load_places(engine: Engine) -> pl.DataFrame:
    """(document_id, place) of every stored document."""
    with engine.connect() as conn:
        rows = conn.execute(select(document_places.c.document_id, document_places.c.place)).all()
    return pl.DataFrame(rows, schema=PLACE_SCHEMA, orient="row")


def _raw_schema(names: list[str]) -> dict[str, Any]:
    extra: dict[str, Any] = {"outlet_kind": pl.String, "date": pl.String}  # ISO text: parsed in bulk
    return {name: extra.get(name) or CLAIM_SCHEMA[name] for name in names}


def _with_official(frame: pl.DataFrame) -> pl.DataFrame:
    said = frame["attribution"].drop_nulls().unique().to_list()
    official_said = [a for a in said if OFFICIAL.search(a)]
    official = pl.col("outlet_kind").is_in(_OFFICIAL_KINDS).fill_null(False) | pl.col("attribution").is_in(
        official_said).fill_null(False)
    return frame.with_columns(official.alias("official"), pl.col("preferred").fill_null(False),
                              pl.col("subset").cast(pl.Boolean), pl.col("record").fill_null(False))
