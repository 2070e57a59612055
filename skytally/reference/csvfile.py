"""Read the per-report reference CSV (``missile_attacks_daily.csv`` layout) into rows.

A bad row becomes a ``Failure`` naming the line and field; the rest carry on.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from skytally.errors import InputError
from skytally.models import Failure
from skytally.reference.weapons import model_key

REQUIRED = ("time_start", "time_end", "model", "target", "launched", "destroyed", "source")
FIGURES = ("launched", "destroyed", "not_reach_goal", "still_attacking")
OFFICIAL_PAGES = ("kpszsu/", "https://t.me/kpszsu/")


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    """One row: one report's figures for one weapon model (or bundle of models)."""

    line: int
    time_start: str
    time_end: str
    model: str
    target: str
    source: str
    launched: int | None
    destroyed: int | None
    not_reach_goal: int | None
    still_attacking: int | None
    occurrence: int = 1  # n-th row with the same identity in the file

    @property
    def date(self) -> dt.date:
        """The night the row counts for: the ``time_end`` date."""
        return dt.date.fromisoformat(self.time_end[:10])

    @property
    def national(self) -> bool:
        """True for the Air Force Command's own (national) reports."""
        return self.source.startswith(OFFICIAL_PAGES)

    @property
    def url(self) -> str:
        if self.source.startswith(("http://", "https://")):
            return self.source
        return "https://www.facebook.com/" + self.source


def read_reference(path: str | Path) -> Iterator[ReferenceRow | Failure]:
    """Every row of the file, or a ``Failure`` where a row cannot be read."""
    seen: Counter[tuple[str, ...]] = Counter()
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            _check_header(reader.fieldnames, str(path))
            for line, record in enumerate(reader, start=2):
                item = _parse(record, str(path), line)
                if isinstance(item, ReferenceRow):
                    key = identity(item)
                    seen[key] += 1
                    if seen[key] > 1:
                        item = _with_occurrence(item, seen[key])
                yield item
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from exc


def identity(row: ReferenceRow) -> tuple[str, ...]:
    """What names a row across versions of the file: post, night, models (any order), target."""
    return (row.source, row.time_end[:10], model_key(row.model), row.target.casefold())


def _check_header(fields: object, path: str) -> None:
    names = set(fields) if isinstance(fields, list) else set()
    missing = [f for f in REQUIRED if f not in names]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}; expected the "
                         "missile_attacks_daily.csv layout", path=path, line=1)


def _parse(record: dict[str, str], path: str, line: int) -> ReferenceRow | Failure:
    try:
        start, end = _time(record, "time_start", path, line), _time(record, "time_end", path, line)
        launched, destroyed, lost, attacking = (_count(record, name, path, line) for name in FIGURES)
    except InputError as exc:
        return Failure(source=path, reason=exc.reason, line=line, field=exc.field)
    model = (record.get("model") or "").strip()
    if not model:
        return Failure(source=path, reason="empty model", line=line, field="model")
    return ReferenceRow(line=line, time_start=start, time_end=end, model=model,
                        target=(record.get("target") or "").strip(),
                        source=(record.get("source") or "").strip(), launched=launched,
                        destroyed=destroyed, not_reach_goal=lost, still_attacking=attacking)


def _time(record: dict[str, str], name: str, path: str, line: int) -> str:
    value = " ".join((record.get(name) or "").split())
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"not a date: {value!r} (expected YYYY-MM-DD[ HH:MM])",
                         path=path, line=line, field=name) from None
    return value


def _count(record: dict[str, str], name: str, path: str, line: int) -> int | None:
    value = (record.get(name) or "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise InputError(f"not a number: {value!r}", path=path, line=line, field=name) from None
    if math.isnan(number):
        return None
    if number < 0 or number != int(number):
        raise InputError(f"not a count: {value!r}", path=path, line=line, field=name)
    return int(number)


def _with_occurrence(row: ReferenceRow, occurrence: int) -> ReferenceRow:
    return replace(row, occurrence=occurrence)
