"""The records event resolution works on: a stored claim with what is known of its source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from skytally.models import Outcome, Qualifier, Weapon
from skytally.resolve.sources import SourceKind


class Role(StrEnum):
    PREFERRED = "preferred"  # the figure the event shows
    AGREES = "agrees"  # another source with the same number
    CONSISTENT = "consistent"  # another number that fits: "at least 500" beside 539, "about 540"
    CONFLICTS = "conflicts"  # another source with a different number
    BREAKDOWN = "breakdown"  # a smaller figure in the same report (a region, a model)


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One stored event-scope claim and its source, as resolution needs it."""

    claim_id: int
    document_id: str
    outcome: Outcome
    n: int
    qualifier: Qualifier
    date: dt.date
    attacker: str
    weapon: Weapon | None = None
    model: str | None = None
    target: str | None = None
    subset: bool = False
    outlet: str | None = None
    source_kind: SourceKind = SourceKind.OUTLET  # of the figure: outlet kind, raised by attribution
    published: dt.datetime | None = None  # UTC; a bare date counts as its midnight
    duplicate_group: str | None = None
    quote: str = ""  # the evidence text
    post: str | None = None  # the post several stored documents come from (reference rows)
    quoted: bool = False  # the kind is raised by attribution: an outlet quoting the body

    @property
    def report(self) -> str:
        """What one report is: a post split over several documents (the reference dataset
        has a row per model), else the document."""
        return self.post or self.document_id

    @property
    def figure_key(self) -> FigureKey:
        return FigureKey(self.outcome, self.weapon, self.model if self.subset else None)

    @property
    def source_label(self) -> str:
        return f"{self.outlet or self.document_id} ({self.source_kind.value})"


@dataclass(frozen=True, slots=True, order=True)
class FigureKey:
    """What a figure counts: an outcome of a weapon class, or of one model (a subset)."""

    outcome: Outcome
    weapon: Weapon | None
    model: str | None = None

    def __str__(self) -> str:
        return f"{self.outcome.value}:{self.weapon.value if self.weapon else ''}:{self.model or ''}"
