"""The reference dataset: the Air Force's own per-report figures, as claims.

``import_reference`` turns each row of ``missile_attacks_daily.csv`` into one
``Document`` (outlet ``"reference dataset"``) with claims whose evidence spans
point into a rendered line, and saves them through the store, so they join
events like any report. ``compare_reference`` sets extracted figures against
them night by night.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from skytally.models import Document, Extraction, Failure
from skytally.reference.csvfile import ReferenceRow, read_reference
from skytally.reference.render import OUTLET, render_row
from skytally.reference.totals import is_total, post_totals
from skytally.reference.weapons import WeaponTable, canonical_model, read_weapon_table


class Saver(Protocol):
    def save(self, document: Document, extraction: Extraction, *, source_kind: str = ...) -> object: ...


@dataclass(slots=True)
class ImportReport:
    """What an import did: rows read and saved, post totals added, and the rows that failed."""

    rows: int = 0
    claims: int = 0
    totals: int = 0  # documents of sums for posts split over several models
    failures: list[Failure] = field(default_factory=list)


MODELS_FILE = "missiles_and_uavs.csv"


def models_beside(path: str | Path) -> Path | None:
    """The dataset's weapon table (``missiles_and_uavs.csv``) in the folder of ``path``, if there."""
    candidate = Path(path).parent / MODELS_FILE
    return candidate if candidate.is_file() else None


def reference_documents(path: str | Path, models: str | Path | None = None
                        ) -> Iterator[tuple[Document, Extraction] | Failure]:
    """Each row of the reference CSV as a document and its claims (or a ``Failure``), then the
    totals of posts split over rows of several models (``totals.post_totals``)."""
    weapons = read_weapon_table(models) if models else WeaponTable()
    rows: list[ReferenceRow] = []
    for row in read_reference(path):
        if isinstance(row, Failure):
            yield row
            continue
        rows.append(row)
        yield render_row(row, weapons)
    yield from post_totals(rows, weapons)


def import_reference(store: Saver, path: str | Path, models: str | Path | None = None) -> ImportReport:
    """Save every row through ``store.save``; re-importing an edited file updates rows."""
    report = ImportReport()
    for item in reference_documents(path, models):
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        store.save(*item, source_kind="reference")
        if is_total(item[0]):
            report.totals += 1
        else:
            report.rows += 1
        report.claims += len(item[1].claims)
    return report


__all__ = ["MODELS_FILE", "OUTLET", "ImportReport", "ReferenceRow", "WeaponTable", "canonical_model",
           "import_reference", "models_beside", "read_reference", "read_weapon_table", "reference_documents"]
