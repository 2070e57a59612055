"""The claims frame: one row per claim, the input of every analytics function.

Columns (``CLAIM_SCHEMA``) carry what the figure rule needs: the ``report`` a
claim belongs to (near-duplicates and the rows of one reference post share
one), whether its source is ``official``, and whether the event resolver made it
the ``preferred`` figure of its night. Frames are built from the store
(``store.py``) or, for tests and notebooks, straight from extractions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl

from skytally.models import Document, Extraction
from skytally.resolve.sources import SourceKind, classify_outlet, figure_source

CLAIM_SCHEMA: Mapping[str, pl.DataType | type[pl.DataType]] = {
    "claim_id": pl.Int64,
    "document_id": pl.String,
    "report": pl.String,
    "outlet": pl.String,
    "official": pl.Boolean,
    "preferred": pl.Boolean,
    "event_id": pl.String,
    "date": pl.Date,
    "attacker": pl.String,
    "target": pl.String,
    "outcome": pl.String,
    "weapon": pl.String,
    "model": pl.String,
    "n": pl.Int64,
    "qualifier": pl.String,
    "scope": pl.String,
    "attribution": pl.String,
    "derived": pl.Boolean,
    "subset": pl.Boolean,
    "record": pl.Boolean,
}
PLACE_SCHEMA: Mapping[str, pl.DataType | type[pl.DataType]] = {"document_id": pl.String, "place": pl.String}

REFERENCE_OUTLET = "reference dataset"
# Words by which a report calls a figure a record (checked by ``records.check_record_claims``).
RECORD_WORDS = ("record", "largest", "biggest", "most massive", "heaviest", "unprecedented")
RECORD_RE = re.compile(r"\b(?:" + "|".join(RECORD_WORDS) + r")\b", re.IGNORECASE)


def is_official(attribution: str | None, outlet: str | None) -> bool:
    """As the event resolver ranks sources: an official outlet or reference data, or an
    official body named as the source of the figure."""
    kind = classify_outlet(outlet, reference=outlet == REFERENCE_OUTLET)
    return kind in (SourceKind.OFFICIAL, SourceKind.REFERENCE) or figure_source(
        kind, attribution) is SourceKind.OFFICIAL


def empty_claims() -> pl.DataFrame:
    return pl.DataFrame(schema=CLAIM_SCHEMA)


def claims_frame(rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """A claims frame from dict rows with (a subset of) the ``CLAIM_SCHEMA`` keys."""
    records = [{name: row.get(name) for name in CLAIM_SCHEMA} for row in rows]
    return pl.DataFrame(records, schema=CLAIM_SCHEMA) if records else empty_claims()


def frames_from_extractions(pairs: Iterable[tuple[Document, Extraction]]
                            ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims and places frames of documents not (yet) in a store."""
    rows: list[dict[str, Any]] = []
    places: list[dict[str, str]] = []
    for document, extraction in pairs:
        rows.extend(_claim_rows(document, extraction, start=len(rows)))
        places.extend({"document_id": document.id, "place": p} for p in extraction.places)
    place_frame = pl.DataFrame(places, schema=PLACE_SCHEMA) if places else pl.DataFrame(schema=PLACE_SCHEMA)
    return claims_frame(rows), place_frame


def report_key(document: Document) -> str:
    """Rows of one reference post form one report; any other document is its own."""
    if document.outlet == REFERENCE_OUTLET and document.url:
        return document.url
    return document.id


def mentions_record(quote: str) -> bool:
    """True when a claim's evidence calls the figure a record ("a record 810 drones")."""
    return bool(RECORD_RE.search(quote))


def _claim_rows(document: Document, extraction: Extraction, *, start: int) -> list[dict[str, Any]]:
    rows = []
    for i, claim in enumerate(extraction.claims):
        row = claim.to_dict()
        row.update(claim_id=start + i, document_id=document.id, report=report_key(document),
                   outlet=document.outlet, official=is_official(claim.attribution, document.outlet),
                   preferred=False, event_id=None, date=claim.date, weapon=claim.weapon,
                   record=mentions_record(claim.evidence.quote(document.text)))
        rows.append(row)
    return rows
