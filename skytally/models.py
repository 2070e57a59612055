"""The domain model: documents in, claims out.

The vocabulary is exactly that of ``shared/eval/CLAIMS.md``: every ``StrEnum``
value below is the string the claims format uses, so ``Claim.to_dict()`` is the
scoreable output shape with no translation table in between.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    COUNT = "count"
    CASUALTY = "casualty"


class Outcome(StrEnum):
    LAUNCHED = "launched"
    SHOT_DOWN = "shot_down"
    SUPPRESSED = "suppressed"
    NEUTRALIZED = "neutralized"
    HIT = "hit"
    KILLED = "killed"
    INJURED = "injured"

    @property
    def kind(self) -> Kind:
        return Kind.CASUALTY if self in (Outcome.KILLED, Outcome.INJURED) else Kind.COUNT


class Weapon(StrEnum):
    DRONE = "drone"
    MISSILE = "missile"
    BOMB = "bomb"
    ANY = "any"


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    ABOUT = "about"


class Scope(StrEnum):
    EVENT = "event"
    AGGREGATE = "aggregate"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Half-open ``[start, end)`` character span into the document text."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure a report states about an attack (or the people it hurt)."""

    outcome: Outcome
    n: int
    evidence: Evidence
    weapon: Weapon | None = None  # None for casualty claims
    qualifier: Qualifier = Qualifier.EXACT
    scope: Scope = Scope.EVENT
    attacker: str | None = None  # canonical lower-case name: "russia", "ukraine", ...
    target: str | None = None  # country attacked, same naming as attacker
    date: dt.date | None = None  # local day the attack ended
    model: str | None = None  # weapon model as canonicalised: "Shahed-136", "Kh-101", ...
    attribution: str | None = None  # who the report says states the figure
    derived: bool = False
    subset: bool = False

    @property
    def kind(self) -> Kind:
        return self.outcome.kind

    def to_dict(self) -> dict[str, Any]:
        """The claim in the output shape of CLAIMS.md (plus optional extra keys)."""
        out: dict[str, Any] = {
            "kind": self.kind.value,
            "attacker": self.attacker,
            "outcome": self.outcome.value,
            "weapon": self.weapon.value if self.weapon else None,
            "n": self.n,
            "qualifier": self.qualifier.value,
            "scope": self.scope.value,
            "date": self.date.isoformat() if self.date else None,
            "derived": self.derived,
            "subset": self.subset,
            "model": self.model,
            "target": self.target,
            "attribution": self.attribution,
            "evidence": self.evidence.to_dict(),
        }
        if self.kind is Kind.CASUALTY:
            del out["weapon"]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        ev = d["evidence"]
        return cls(
            outcome=Outcome(d["outcome"]),
            n=int(d["n"]),
            evidence=Evidence(int(ev["start"]), int(ev["end"])),
            weapon=Weapon(d["weapon"]) if d.get("weapon") else None,
            qualifier=Qualifier(d.get("qualifier") or "exact"),
            scope=Scope(d.get("scope") or "event"),
            attacker=d.get("attacker"),
            target=d.get("target"),
            date=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
            model=d.get("model"),
            attribution=d.get("attribution"),
            derived=bool(d.get("derived", False)),
            subset=bool(d.get("subset", False)),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """One report as read: its text and what is known about where it came from."""

    id: str
    text: str
    published: dt.datetime | dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    source: str | None = None  # file (and line/record) it was read from
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one document: its claims and the places attacked."""

    document_id: str
    claims: tuple[Claim, ...]
    places: tuple[str, ...]
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.document_id,
            "language": self.language,
            "claims": [c.to_dict() for c in self.claims],
            "places": list(self.places),
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read: where it is and why. Never silently dropped."""

    source: str  # file path (or URL, or "-")
    reason: str
    line: int | None = None  # line or record number, 1-based
    field: str | None = None

    def __str__(self) -> str:
        loc = self.source + (f":{self.line}" if self.line else "")
        if self.field:
            loc += f" field {self.field!r}"
        return f"{loc}: {self.reason}"
