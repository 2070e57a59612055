"""Which of several figures for one thing an event prefers, and why (docs/events.md).

Each report contributes its largest figure for a key (smaller ones in the same
report are breakdowns: a region, a wave). Among reports, in order:

1. a figure stated as an update, final or corrected figure beats a preliminary one;
2. weapons: the source kind wins (official > reference > wire > outlet), then the body
   itself over an outlet quoting it, then an exact figure beats "about", which beats
   "at least", then the latest report; casualties: the latest report wins (tolls rise),
   then the source kind, the body itself, then the qualifier;
3. then the larger number, then the earlier-stored claim, so the choice is stable.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from skytally.models import Kind, Qualifier
from skytally.resolve.records import ClaimRecord, FigureKey, Role
from skytally.resolve.sources import RANK

UPDATE_WORDS = ("updated", "update", "final", "finally", "revised", "corrected", "correction",
                "rose to", "risen to", "has risen", "climbed to", "increased to", "now stands at",
                "оновлено", "уточнено", "остаточно", "обновлено", "уточненные")
UPDATE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in UPDATE_WORDS) + r")(?!\w)", re.I)

QUALIFIER_RANK = {Qualifier.EXACT: 0, Qualifier.ABOUT: 1, Qualifier.AT_LEAST: 2}
BREAKDOWN_REASON = "a smaller figure in the same report (a part: a region, a wave, a model)"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class Entry:
    record: ClaimRecord
    role: Role
    reason: str


@dataclass(frozen=True, slots=True)
class Figure:
    """Every claim for one key of one event, the preferred one first."""

    key: FigureKey
    entries: tuple[Entry, ...]

    @property
    def preferred(self) -> ClaimRecord:
        return self.entries[0].record

    @property
    def conflicting(self) -> bool:
        return any(e.role is Role.CONFLICTS for e in self.entries)


def is_update(record: ClaimRecord) -> bool:
    return bool(UPDATE.search(record.quote))


def preference(record: ClaimRecord) -> tuple[int, ...]:
    """Sort key: smaller is preferred."""
    latest = -int(((record.published or EPOCH) - EPOCH).total_seconds())
    rank, qualifier = RANK[record.source_kind], QUALIFIER_RANK[record.qualifier]
    source = (rank, int(record.quoted))
    middle = ((latest, *source, qualifier) if record.outcome.kind is Kind.CASUALTY
              else (*source, qualifier, latest))
    return (0 if is_update(record) else 1, *middle, -record.n, record.claim_id)


def headlines(records: Iterable[ClaimRecord]) -> tuple[list[ClaimRecord], list[ClaimRecord]]:
    """Each report's largest figure for each key, and the smaller ones (breakdowns)."""
    by_doc: dict[tuple[str, FigureKey], list[ClaimRecord]] = {}
    for r in records:
        by_doc.setdefault((r.report, r.figure_key), []).append(r)
    heads, rest = [], []
    for group in by_doc.values():
        group.sort(key=lambda r: (-r.n, r.claim_id))
        heads.append(group[0])
        rest.extend(group[1:])
    return heads, rest


def resolve_figure(key: FigureKey, records: Sequence[ClaimRecord],
                   demoted: dict[int, str] | None = None) -> Figure:
    """The figure for ``key``: preferred claim, agreeing and conflicting ones, breakdowns."""
    demoted = demoted or {}
    heads, rest = headlines(records)
    eligible = [r for r in heads if r.claim_id not in demoted] or heads
    best = min(eligible, key=preference)
    entries = [Entry(best, Role.PREFERRED, why_preferred(best, heads))]
    for r in sorted(heads, key=preference):
        if r is best:
            continue
        role = Role.AGREES if r.n == best.n else Role.CONSISTENT if fits(r, best) else Role.CONFLICTS
        reason = demoted.get(r.claim_id) or _why_other(r, best, role)
        entries.append(Entry(r, role, reason))
    entries.extend(Entry(r, Role.BREAKDOWN, BREAKDOWN_REASON) for r in sorted(rest, key=lambda r: r.claim_id))
    return Figure(key, tuple(entries))


def fits(r: ClaimRecord, best: ClaimRecord) -> bool:
    """Whether a different number is still compatible with the preferred one: a lower bound
    below it, a number above the preferred lower bound, or an approximation within 10%."""
    if r.qualifier is Qualifier.AT_LEAST and r.n <= best.n:
        return True
    if best.qualifier is Qualifier.AT_LEAST and r.n >= best.n:
        return True
    about = Qualifier.ABOUT in (r.qualifier, best.qualifier)
    return about and abs(r.n - best.n) <= max(1, best.n // 10)


def why_preferred(best: ClaimRecord, heads: Sequence[ClaimRecord]) -> str:
    if len(heads) == 1:
        return "the only report of this figure"
    if is_update(best):
        return "stated as an updated or final figure"
    if best.outcome.kind is Kind.CASUALTY:
        return f"the latest report ({best.source_label}); casualty tolls are updated upwards"
    return f"best source: {best.source_label}"


def _why_other(r: ClaimRecord, best: ClaimRecord, role: Role) -> str:
    if r.duplicate_group and r.duplicate_group == best.duplicate_group:
        return f"{r.source_label}: a copy of the same story (near-duplicate of {best.document_id})"
    if role is Role.AGREES:
        return f"{r.source_label} agrees"
    if role is Role.CONSISTENT:
        return f"{r.source_label} says {_fmt(r)}, which fits {_fmt(best)} from {best.source_label}"
    return f"{r.source_label} says {_fmt(r)}, preferred {_fmt(best)} from {best.source_label}"


def _fmt(r: ClaimRecord) -> str:
    prefix = {Qualifier.AT_LEAST: "at least ", Qualifier.ABOUT: "about "}.get(r.qualifier, "")
    return f"{prefix}{r.n}"
