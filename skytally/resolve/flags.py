"""Consistency checks on one event's figures, each with a plain-language explanation."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from skytally.models import Outcome, Qualifier, Weapon
from skytally.resolve.policy import Figure, headlines
from skytally.resolve.records import ClaimRecord, FigureKey

RECORD_WORDS = ("record", "record-breaking", "largest", "biggest", "most massive", "heaviest",
                "unprecedented", "рекордн", "наймасованіш", "наймасштабніш", "самой массированной")
RECORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in RECORD_WORDS) + r")", re.I)
CORRECTION_WORDS = ("corrected", "correction", "revised", "revises", "downward", "lowered", "clarified",
                    "earlier reported", "previously reported", "уточн", "виправл", "исправл")
CORRECTION = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in CORRECTION_WORDS) + r")", re.I)
NEUTRALISING = (Outcome.SHOT_DOWN, Outcome.SUPPRESSED)


class FlagCode(StrEnum):
    OUTCOMES_EXCEED_LAUNCHED = "outcomes_exceed_launched"
    COMBINED_AS_DRONES = "combined_as_drones"
    RECORD_CONTRADICTED = "record_contradicted"
    CASUALTIES_DECREASE = "casualties_decrease"


@dataclass(frozen=True, slots=True)
class Flag:
    code: FlagCode
    message: str


def combined_totals(records: Sequence[ClaimRecord]) -> dict[int, str]:
    """Drone figures equal to another report's drones + missiles: claim id → explanation."""
    heads, _ = headlines(r for r in records if not r.subset)
    by_doc: dict[tuple[str, Outcome], dict[Weapon, ClaimRecord]] = {}
    for r in heads:
        if r.weapon in (Weapon.DRONE, Weapon.MISSILE):
            by_doc.setdefault((r.document_id, r.outcome), {})[r.weapon] = r
    found: dict[int, str] = {}
    for (doc, outcome), pair in by_doc.items():
        if len(pair) < 2:
            continue
        drones, missiles = pair[Weapon.DRONE], pair[Weapon.MISSILE]
        total = drones.n + missiles.n
        for r in heads:
            if (r.document_id != doc and r.outcome is outcome and r.weapon is Weapon.DRONE
                    and r.n == total and r.n != drones.n):
                found[r.claim_id] = (f"{r.source_label} gives {r.n} drones {outcome.value}, which is "
                                     f"{drones.n} drones + {missiles.n} missiles in {drones.source_label}: "
                                     "looks like a combined total reported as drones")
    return found


def check_outcomes(figures: Mapping[FigureKey, Figure]) -> list[Flag]:
    """Shot down + suppressed + hit must not exceed launched (per weapon class)."""
    flags = []
    for weapon in Weapon:
        launched = figures.get(FigureKey(Outcome.LAUNCHED, weapon))
        if launched is None or launched.preferred.qualifier is Qualifier.AT_LEAST:
            continue
        parts = _parts(figures, weapon)
        total = sum(n for _, n in parts)
        if parts and total > launched.preferred.n:
            terms = " + ".join(f"{name} {n}" for name, n in parts) + (f" = {total}" if len(parts) > 1 else "")
            flags.append(Flag(FlagCode.OUTCOMES_EXCEED_LAUNCHED,
                              f"{weapon.value}: {terms} is more than launched "
                              f"{launched.preferred.n} ({launched.preferred.source_label})"))
    return flags


def _parts(figures: Mapping[FigureKey, Figure], weapon: Weapon) -> list[tuple[str, int]]:
    parts = [(o.value, figures[FigureKey(o, weapon)].preferred.n)
             for o in NEUTRALISING if FigureKey(o, weapon) in figures]
    neutralized = figures.get(FigureKey(Outcome.NEUTRALIZED, weapon))
    if not parts and neutralized:
        parts.append((Outcome.NEUTRALIZED.value, neutralized.preferred.n))
    hit = figures.get(FigureKey(Outcome.HIT, weapon))
    if hit:
        parts.append((Outcome.HIT.value, hit.preferred.n))
    return parts


def check_combined(combined: Mapping[int, str]) -> list[Flag]:
    return [Flag(FlagCode.COMBINED_AS_DRONES, why) for why in combined.values()]


def launched_count(figures: Mapping[FigureKey, Figure], weapon: Weapon) -> int | None:
    """The preferred launched figure of a class; for ``any``, the mixed figure if a report
    gives one, else the sum over the classes."""
    figure = figures.get(FigureKey(Outcome.LAUNCHED, weapon))
    if figure is not None:
        return figure.preferred.n
    if weapon is not Weapon.ANY:
        return None
    parts = [figures[k].preferred.n for w in (Weapon.DRONE, Weapon.MISSILE, Weapon.BOMB)
             if (k := FigureKey(Outcome.LAUNCHED, w)) in figures]
    return sum(parts) if parts else None


def check_record(records: Sequence[ClaimRecord], figures: Mapping[FigureKey, Figure],
                 history: Mapping[Weapon, tuple[int, dt.date]]) -> list[Flag]:
    """A "record"/"largest" attack that an earlier stored event of the attacker exceeds."""
    flags = []
    weapons = {r.weapon for r in records if r.weapon and RECORD.search(r.quote)
               and r.outcome is Outcome.LAUNCHED}
    for weapon in sorted(weapons):
        launched, earlier = launched_count(figures, weapon), history.get(weapon)
        if launched is not None and earlier and earlier[0] > launched:
            what = "weapons in all" if weapon is Weapon.ANY else f"{weapon.value}s"
            flags.append(Flag(FlagCode.RECORD_CONTRADICTED,
                              f"called a record, but {launched} {what} launched is "
                              f"fewer than {earlier[0]} on {earlier[1].isoformat()}"))
    return flags


def check_casualties(records: Sequence[ClaimRecord]) -> list[Flag]:
    """A casualty figure lower than an earlier report's, with no word of a correction."""
    flags = []
    for outcome in (Outcome.KILLED, Outcome.INJURED):
        heads, _ = headlines(r for r in records if r.outcome is outcome)
        dated = sorted((r for r in heads if r.published), key=lambda r: (r.published, r.claim_id))
        highest: ClaimRecord | None = None
        for r in dated:
            if highest and r.n < highest.n and not CORRECTION.search(r.quote):
                flags.append(Flag(FlagCode.CASUALTIES_DECREASE,
                                  f"{outcome.value}: {r.source_label} says {r.n} after "
                                  f"{highest.source_label} said {highest.n}, without a correction"))
            if highest is None or r.n > highest.n:
                highest = r
    return flags
