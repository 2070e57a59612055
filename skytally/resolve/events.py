"""Many reports of one night become one event: grouping, figures, flags, a label."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from skytally.models import Kind, Outcome, Weapon
from skytally.resolve import flags as checks
from skytally.resolve.flags import Flag
from skytally.resolve.policy import Figure, resolve_figure
from skytally.resolve.records import ClaimRecord, FigureKey

EventKey = tuple[str, str | None, dt.date]  # attacker, target, date


@dataclass(frozen=True, slots=True)
class Event:
    """One attack (a night or a day) of one attacker on one country."""

    attacker: str
    target: str | None
    date: dt.date
    figures: tuple[Figure, ...]
    flags: tuple[Flag, ...]

    @property
    def id(self) -> str:
        return event_id(self.attacker, self.target, self.date)

    @property
    def document_ids(self) -> tuple[str, ...]:
        return tuple(sorted({e.record.document_id for f in self.figures for e in f.entries}))

    @property
    def n_claims(self) -> int:
        return sum(len(f.entries) for f in self.figures)

    @property
    def label(self) -> str:
        return event_label(self)

    def figure(self, outcome: Outcome, weapon: Weapon | None = None,
               model: str | None = None) -> Figure | None:
        key = FigureKey(outcome, weapon, model)
        return next((f for f in self.figures if f.key == key), None)


def event_id(attacker: str, target: str | None, date: dt.date) -> str:
    return f"{date.isoformat()}:{attacker}:{target or 'unknown'}"


def group_claims(records: Iterable[ClaimRecord]) -> dict[EventKey, list[ClaimRecord]]:
    """Claims by (attacker, target, date); a claim without a target joins the attacker's
    only target that day, if there is exactly one."""
    groups: dict[EventKey, list[ClaimRecord]] = defaultdict(list)
    for r in records:
        groups[(r.attacker, r.target, r.date)].append(r)
    targets: dict[tuple[str, dt.date], set[str]] = defaultdict(set)
    for attacker, target, date in groups:
        if target is not None:
            targets[(attacker, date)].add(target)
    for attacker, _, date in [k for k in groups if k[1] is None]:
        known = targets.get((attacker, date), set())
        if len(known) == 1:
            groups[(attacker, next(iter(known)), date)].extend(groups.pop((attacker, None, date)))
    return dict(groups)


def resolve_events(records: Iterable[ClaimRecord]) -> list[Event]:
    """Events from event-scope claims, in date order; "record" claims checked against
    the events before them."""
    history: dict[str, dict[Weapon, tuple[int, dt.date]]] = defaultdict(dict)
    events = []
    for key, group in sorted(group_claims(records).items(), key=lambda kv: (kv[0][2], kv[0][0],
                                                                              kv[0][1] or "")):
        event = build_event(key, group, history[key[0]])
        _remember(history[key[0]], event)
        events.append(event)
    return events


def build_event(key: EventKey, records: Sequence[ClaimRecord],
                history: dict[Weapon, tuple[int, dt.date]]) -> Event:
    combined = checks.combined_totals(records)
    by_key: dict[FigureKey, list[ClaimRecord]] = defaultdict(list)
    for r in records:
        by_key[r.figure_key].append(r)
    figures = {k: resolve_figure(k, rs, combined) for k, rs in sorted(by_key.items(), key=_order)}
    found = (checks.check_outcomes(figures) + checks.check_combined(combined)
             + checks.check_record(records, figures, history) + checks.check_casualties(records))
    return Event(key[0], key[1], key[2], tuple(figures.values()), tuple(found))


def _order(item: tuple[FigureKey, list[ClaimRecord]]) -> tuple[int, int, str]:
    key = item[0]
    outcomes = list(Outcome)
    weapons = [*Weapon, None]
    return outcomes.index(key.outcome), weapons.index(key.weapon), key.model or ""


def _remember(history: dict[Weapon, tuple[int, dt.date]], event: Event) -> None:
    """Keep the attacker's largest launched figure per class (and in all) so far."""
    figures = {f.key: f for f in event.figures}
    for weapon in Weapon:
        launched = checks.launched_count(figures, weapon)
        if launched is not None and (weapon not in history or launched > history[weapon][0]):
            history[weapon] = (launched, event.date)


def event_label(event: Event) -> str:
    """"2025-03-14 russia → ukraine: 143 drones + 4 missiles launched; 3 killed"."""
    parts = []
    for outcome in Outcome:
        figures = [f for f in event.figures if f.key.outcome is outcome and f.key.model is None]
        if not figures:
            continue
        if outcome.kind is Kind.CASUALTY:
            parts.append(f"{figures[0].preferred.n} {outcome.value}")
            continue
        parts.append(_count_part(outcome, figures))
    head = f"{event.date.isoformat()} {event.attacker} → {event.target or '?'}"
    return f"{head}: {'; '.join(parts)}" if parts else head


def _count_part(outcome: Outcome, figures: list[Figure]) -> str:
    """"143 drones + 4 missiles launched", "186 targets shot down", or both:
    "177 drones + 1 missile neutralized (186 targets in all)"."""
    verb = outcome.value.replace("_", " ")
    classes = [f for f in figures if f.key.weapon is not Weapon.ANY]
    mixed = next((f for f in figures if f.key.weapon is Weapon.ANY), None)
    if not classes and mixed:
        return f"{mixed.preferred.n} {_plural(Weapon.ANY, mixed.preferred.n)} {verb}"
    counts = " + ".join(f"{f.preferred.n} {_plural(f.key.weapon, f.preferred.n)}" for f in classes)
    total = f" ({mixed.preferred.n} {_plural(Weapon.ANY, mixed.preferred.n)} in all)" if mixed else ""
    return f"{counts} {verb}{total}"


def _plural(weapon: Weapon | None, n: int) -> str:
    name = {Weapon.ANY: "targets", None: "weapons"}.get(weapon) or f"{weapon}s"
    return name[:-1] if n == 1 else name
