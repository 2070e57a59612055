"""Event resolution on hand-built claims: grouping, the preference policy, flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import count
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.models import Outcome, Qualifier, Weapon
from skytally.resolve import (
    ClaimRecord,
    FlagCode,
    Role,
    SourceKind,
    classify_outlet,
    figure_source,
    group_claims,
    resolve_events,
)

NIGHT = dt.date(2025, 7, 4)
_ids = count(1)


def rec(outcome: Outcome, n: int, weapon: Weapon | None = Weapon.DRONE, *, doc: str = "air-force",
        kind: SourceKind = SourceKind.OFFICIAL, hour: int = 6, date: dt.date = NIGHT,
        qualifier: Qualifier = Qualifier.EXACT, quote: str = "", target: str | None = "ukraine",
        attacker: str = "russia", model: str | None = None, subset: bool = False) -> ClaimRecord:
    return ClaimRecord(claim_id=next(_ids), document_id=doc, outcome=outcome, n=n, qualifier=qualifier,
                       date=date, attacker=attacker, weapon=weapon, model=model, target=target,
                       subset=subset, outlet=doc, source_kind=kind, quote=quote,
                       published=dt.datetime(date.year, date.month, date.day, hour, tzinfo=dt.UTC))


def one_night() -> list[ClaimRecord]:
    """Three reports of one night: the air force, a wire story, a blog with a combined total."""
    return [
        rec(Outcome.LAUNCHED, 539, doc="air-force"),
        rec(Outcome.LAUNCHED, 11, Weapon.MISSILE, doc="air-force"),
        rec(Outcome.SHOT_DOWN, 270, doc="air-force"),
        rec(Outcome.SUPPRESSED, 208, doc="air-force"),
        rec(Outcome.HIT, 72, doc="air-force"),
        rec(Outcome.LAUNCHED, 539, doc="wire", kind=SourceKind.WIRE, hour=8),
        rec(Outcome.LAUNCHED, 550, doc="blog", kind=SourceKind.OUTLET, hour=9, target=None),
        rec(Outcome.INJURED, 14, None, doc="wire", kind=SourceKind.WIRE, hour=8),
        rec(Outcome.INJURED, 23, None, doc="blog", kind=SourceKind.OUTLET, hour=12,
            qualifier=Qualifier.AT_LEAST),
    ]


def test_reports_of_one_night_form_one_event() -> None:
    [event] = resolve_events(one_night())
    assert event.id == "2025-07-04:russia:ukraine"
    assert event.document_ids == ("air-force", "blog", "wire")
    assert event.label.startswith("2025-07-04 russia → ukraine: 539 drones + 11 missiles launched")


def test_official_figure_is_preferred_and_others_shown() -> None:
    [event] = resolve_events(one_night())
    figure = event.figure(Outcome.LAUNCHED, Weapon.DRONE)
    assert figure is not None
    assert (figure.preferred.n, figure.preferred.document_id) == (539, "air-force")
    roles = {e.record.document_id: e.role for e in figure.entries}
    assert roles == {"air-force": Role.PREFERRED, "wire": Role.AGREES, "blog": Role.CONFLICTS}
    assert figure.conflicting


def test_combined_drones_and_missiles_figure_is_flagged() -> None:
    [event] = resolve_events(one_night())
    flags = [f for f in event.flags if f.code is FlagCode.COMBINED_AS_DRONES]
    assert len(flags) == 1
    assert "539 drones + 11 missiles" in flags[0].message
    figure = event.figure(Outcome.LAUNCHED, Weapon.DRONE)
    assert figure is not None
    blog = next(e for e in figure.entries if e.record.document_id == "blog")
    assert "combined total" in blog.reason


def test_combined_figure_is_not_preferred_even_from_a_better_source() -> None:
    records = [rec(Outcome.LAUNCHED, 100, doc="outlet", kind=SourceKind.OUTLET),
               rec(Outcome.LAUNCHED, 10, Weapon.MISSILE, doc="outlet", kind=SourceKind.OUTLET),
               rec(Outcome.LAUNCHED, 110, doc="ministry", kind=SourceKind.OFFICIAL)]
    [event] = resolve_events(records)
    figure = event.figure(Outcome.LAUNCHED, Weapon.DRONE)
    assert figure is not None and figure.preferred.n == 100


def test_casualties_prefer_the_latest_report() -> None:
    [event] = resolve_events(one_night())
    injured = event.figure(Outcome.INJURED)
    assert injured is not None and injured.preferred.n == 23
    assert "latest" in injured.entries[0].reason


def test_updated_figure_supersedes_the_preliminary_one() -> None:
    records = [rec(Outcome.LAUNCHED, 400, doc="early", hour=5),
               rec(Outcome.LAUNCHED, 420, doc="later", kind=SourceKind.WIRE, hour=9,
                   quote="The air force later updated the figure to 420 drones.")]
    [event] = resolve_events(records)
    figure = event.figure(Outcome.LAUNCHED, Weapon.DRONE)
    assert figure is not None and figure.preferred.n == 420
    assert "updated" in figure.entries[0].reason


def test_exact_beats_at_least_from_the_same_kind_of_source() -> None:
    records = [rec(Outcome.SHOT_DOWN, 300, doc="a", qualifier=Qualifier.AT_LEAST, hour=9),
               rec(Outcome.SHOT_DOWN, 310, doc="b", hour=7)]
    [event] = resolve_events(records)
    figure = event.figure(Outcome.SHOT_DOWN, Weapon.DRONE)
    assert figure is not None and figure.preferred.document_id == "b"


def test_the_body_itself_beats_a_later_outlet_quoting_it() -> None:
    records = [rec(Outcome.LAUNCHED, 212, doc="air-force", hour=6),
               replace(rec(Outcome.LAUNCHED, 215, doc="wire", hour=11), quoted=True)]
    [event] = resolve_events(records)
    figure = event.figure(Outcome.LAUNCHED, Weapon.DRONE)
    assert figure is not None and figure.preferred.document_id == "air-force"
    assert [e.role for e in figure.entries] == [Role.PREFERRED, Role.CONFLICTS]


def test_rows_of_one_post_are_one_report() -> None:
    records = [replace(rec(Outcome.LAUNCHED, 6, Weapon.MISSILE, doc="row-1"), post="p1"),
               replace(rec(Outcome.LAUNCHED, 4, Weapon.MISSILE, doc="row-2"), post="p1"),
               replace(rec(Outcome.LAUNCHED, 2, Weapon.MISSILE, doc="row-3"), post="p2")]
    [event] = resolve_events(records)
    figure = event.figure(Outcome.LAUNCHED, Weapon.MISSILE)
    assert figure is not None
    assert [(e.record.n, e.role) for e in figure.entries] == [
        (6, Role.PREFERRED), (2, Role.CONFLICTS), (4, Role.BREAKDOWN)]


def test_smaller_figures_in_one_report_are_breakdowns() -> None:
    records = [rec(Outcome.SHOT_DOWN, 40, doc="a"), rec(Outcome.SHOT_DOWN, 5, doc="a")]
    [event] = resolve_events(records)
    figure = event.figure(Outcome.SHOT_DOWN, Weapon.DRONE)
    assert figure is not None
    assert [(e.record.n, e.role) for e in figure.entries] == [(40, Role.PREFERRED), (5, Role.BREAKDOWN)]


def test_model_subsets_are_figures_of_their_own() -> None:
    records = [rec(Outcome.LAUNCHED, 74, Weapon.MISSILE),
               rec(Outcome.LAUNCHED, 24, Weapon.MISSILE, model="Iskander-M", subset=True)]
    [event] = resolve_events(records)
    assert event.figure(Outcome.LAUNCHED, Weapon.MISSILE) is not None
    subset = event.figure(Outcome.LAUNCHED, Weapon.MISSILE, "Iskander-M")
    assert subset is not None and subset.preferred.n == 24
    assert "24" not in event.label


def test_outcomes_exceeding_launched_are_flagged() -> None:
    records = [rec(Outcome.LAUNCHED, 100), rec(Outcome.SHOT_DOWN, 80), rec(Outcome.HIT, 30)]
    [event] = resolve_events(records)
    [flag] = event.flags
    assert flag.code is FlagCode.OUTCOMES_EXCEED_LAUNCHED
    assert "shot_down 80 + hit 30 = 110" in flag.message


def test_at_least_launched_is_not_contradicted_by_a_larger_sum() -> None:
    records = [rec(Outcome.LAUNCHED, 100, qualifier=Qualifier.AT_LEAST), rec(Outcome.SHOT_DOWN, 120)]
    [event] = resolve_events(records)
    assert event.flags == ()


def test_record_claim_contradicted_by_history() -> None:
    earlier = rec(Outcome.LAUNCHED, 728, doc="june", date=dt.date(2025, 6, 9))
    later = rec(Outcome.LAUNCHED, 550, doc="july", quote="the largest drone attack of the war")
    first, second = resolve_events([later, earlier])
    assert first.flags == ()
    [flag] = second.flags
    assert flag.code is FlagCode.RECORD_CONTRADICTED
    assert "728" in flag.message and "2025-06-09" in flag.message


def test_record_claim_that_is_a_record_is_not_flagged() -> None:
    earlier = rec(Outcome.LAUNCHED, 300, doc="june", date=dt.date(2025, 6, 9))
    later = rec(Outcome.LAUNCHED, 550, doc="july", quote="a record number of drones")
    assert all(e.flags == () for e in resolve_events([earlier, later]))


def test_casualties_falling_without_correction_are_flagged() -> None:
    records = [rec(Outcome.KILLED, 5, None, doc="a", hour=6), rec(Outcome.KILLED, 3, None, doc="b", hour=9)]
    [event] = resolve_events(records)
    assert [f.code for f in event.flags] == [FlagCode.CASUALTIES_DECREASE]
    corrected = [records[0], rec(Outcome.KILLED, 3, None, doc="c", hour=9,
                                 quote="Officials corrected the toll to three.")]
    [event] = resolve_events(corrected)
    assert event.flags == ()


def test_claims_without_target_join_the_only_target_that_night() -> None:
    groups = group_claims([rec(Outcome.LAUNCHED, 1, target="ukraine"), rec(Outcome.HIT, 1, target=None)])
    assert list(groups) == [("russia", "ukraine", NIGHT)]
    groups = group_claims([rec(Outcome.LAUNCHED, 1, target="ukraine"),
                           rec(Outcome.LAUNCHED, 2, target="poland"), rec(Outcome.HIT, 1, target=None)])
    assert ("russia", None, NIGHT) in groups


def test_different_attackers_and_nights_are_different_events() -> None:
    records = [rec(Outcome.LAUNCHED, 10), rec(Outcome.LAUNCHED, 20, attacker="ukraine", target="russia"),
               rec(Outcome.LAUNCHED, 30, date=dt.date(2025, 7, 5))]
    assert len(resolve_events(records)) == 3


def test_source_kinds_from_outlet_names_and_attributions() -> None:
    assert classify_outlet("Ukrainian Air Force") is SourceKind.OFFICIAL
    assert classify_outlet("Reuters") is SourceKind.WIRE
    assert classify_outlet("Kyiv Independent") is SourceKind.OUTLET
    assert classify_outlet("Air Force", reference=True) is SourceKind.REFERENCE
    assert figure_source(SourceKind.OUTLET, "the air force") is SourceKind.OFFICIAL
    assert figure_source(SourceKind.WIRE, "a witness") is SourceKind.WIRE


def test_label_keeps_mixed_figures_apart_from_class_figures() -> None:
    records = [rec(Outcome.SHOT_DOWN, 177), rec(Outcome.SHOT_DOWN, 1, Weapon.MISSILE),
               rec(Outcome.SHOT_DOWN, 186, Weapon.ANY), rec(Outcome.LAUNCHED, 95, Weapon.ANY),
               rec(Outcome.KILLED, 2, None)]
    [event] = resolve_events(records)
    assert event.label == ("2025-07-04 russia → ukraine: 95 targets launched; "
                           "177 drones + 1 missile shot down (186 targets in all); 2 killed")


def test_record_for_the_whole_attack_compares_totals() -> None:
    earlier = [rec(Outcome.LAUNCHED, 500, doc="june", date=dt.date(2025, 6, 9)),
               rec(Outcome.LAUNCHED, 40, Weapon.MISSILE, doc="june", date=dt.date(2025, 6, 9))]
    later = rec(Outcome.LAUNCHED, 520, Weapon.ANY, doc="july", quote="the largest aerial attack so far")
    flags = resolve_events([*earlier, later])[1].flags
    assert [f.code for f in flags] == [FlagCode.RECORD_CONTRADICTED]
    assert "fewer than 540" in flags[0].message


def test_near_duplicate_copies_are_named_as_such() -> None:
    first = rec(Outcome.LAUNCHED, 80, doc="wire-a", kind=SourceKind.WIRE)
    copy = rec(Outcome.LAUNCHED, 80, doc="paper-b", kind=SourceKind.OUTLET)
    first, copy = (replace(first, duplicate_group="wire-a"), replace(copy, duplicate_group="wire-a"))
    [event] = resolve_events([first, copy])
    figure = event.figure(Outcome.LAUNCHED, Weapon.DRONE)
    assert figure is not None and "copy of the same story" in figure.entries[1].reason


record_strategy = st.builds(
    rec, st.sampled_from(Outcome), st.integers(0, 1000), st.sampled_from([*Weapon, None]),
    doc=st.sampled_from(["a", "b", "c", "d"]), kind=st.sampled_from(SourceKind), hour=st.integers(0, 23),
    date=st.dates(dt.date(2025, 7, 1), dt.date(2025, 7, 3)), qualifier=st.sampled_from(Qualifier),
    quote=st.sampled_from(["", "updated figure", "a record attack", "corrected"]),
    target=st.sampled_from(["ukraine", None]), attacker=st.sampled_from(["russia", "iran"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(record_strategy, max_size=25), st.randoms(use_true_random=False))
def test_every_claim_lands_once_and_order_does_not_matter(records: list[ClaimRecord], rnd: Random) -> None:
    events = resolve_events(records)
    placed = [e.record.claim_id for ev in events for f in ev.figures for e in f.entries]
    assert sorted(placed) == sorted(r.claim_id for r in records)
    assert all(sum(e.role is Role.PREFERRED for e in f.entries) == 1 for ev in events for f in ev.figures)
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert resolve_events(shuffled) == events


def test_compatible_numbers_are_consistent_not_conflicting() -> None:
    records = [rec(Outcome.LAUNCHED, 539, doc="af"),
               rec(Outcome.LAUNCHED, 500, doc="wire", kind=SourceKind.WIRE, qualifier=Qualifier.AT_LEAST),
               rec(Outcome.LAUNCHED, 540, doc="blog", kind=SourceKind.OUTLET, qualifier=Qualifier.ABOUT),
               rec(Outcome.LAUNCHED, 600, doc="tv", kind=SourceKind.OUTLET, qualifier=Qualifier.AT_LEAST)]
    [event] = resolve_events(records)
    figure = event.figure(Outcome.LAUNCHED, Weapon.DRONE)
    assert figure is not None
    roles = {e.record.document_id: e.role for e in figure.entries}
    assert roles == {"af": Role.PREFERRED, "wire": Role.CONSISTENT, "blog": Role.CONSISTENT,
                     "tv": Role.CONFLICTS}
    assert figure.conflicting
