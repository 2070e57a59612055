"""English wordings found misread in session 4, each by a general rule.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from english_reading import PUB, Row, read

from skytally.documents import make_document
from skytally.extract import extract_document
from skytally.extract.english import extract
from skytally.models import Outcome, Weapon

L, K = Outcome.LAUNCHED, Outcome.KILLED
D, M = Weapon.DRONE, Weapon.MISSILE

PARENTHESES: list[tuple[str, set[Row]]] = [
    # "among them" sets off a part of the toll as "including" does: the whole is the claim
    ("Five people, among them two rescuers, were killed in a Russian drone strike on Sumy.", {(K, None, 5)}),
    ("Six people, among whom a boy of 12, died after the missile hit Poltava.", {(K, None, 6)}),
    ("Three people, including a nurse, were killed when drones hit Kherson.", {(K, None, 3)}),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHESES)
def test_a_toll_keeps_its_figure_across_a_parenthesis(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


SUBJECTS: list[tuple[str, str]] = [
    ("India launched 25 drones at Lahore overnight, the Pakistani army said.", "india"),
    ("Pakistan fired 14 missiles at Indian air bases, officials in New Delhi said.", "pakistan"),
    ("Israel has launched 60 missiles at Tehran since midnight, Iranian media said.", "israel"),
]


@pytest.mark.parametrize(("text", "attacker"), SUBJECTS)
def test_a_country_as_the_subject_of_an_attack_verb_is_the_attacker(text: str, attacker: str) -> None:
    claims, _ = extract(text, PUB)
    assert claims and {c.attacker for c in claims} == {attacker}


@pytest.mark.parametrize("text", [
    "A Russian missile hit a Kyiv apartment block overnight, killing five people.",
    "Drones struck a Kyiv hospital on Friday, injuring 4 people, the mayor said.",
])
def test_a_capital_named_before_what_was_hit_is_an_attacked_place(text: str) -> None:
    extraction = extract_document(make_document(text=text, published=str(PUB)))
    assert extraction.places == ("Kyiv",)


def test_a_capital_speaking_is_still_no_attacked_place() -> None:
    text = "Kyiv said Russia launched 70 drones at Odesa overnight."
    assert extract_document(make_document(text=text, published=str(PUB))).places == ("Odesa",)


def test_a_capital_standing_for_its_government_is_no_attacked_place() -> None:
    text = ("India said it shot down 30 drones overnight after it accused Islamabad of attacking army posts "
            "near Jammu.")
    assert extract_document(make_document(text=text, published=str(PUB))).places == ("Jammu",)


POSSESSIVE_DAYS: list[tuple[str, str]] = [
    # PUB is a Friday: "Wednesday's strike" is two days before, whatever day the update names
    ("The death toll from Wednesday's Russian strike on Dnipro rose to 14 on Friday.", "2025-11-12"),
    ("On Friday the toll from Thursday's missile attack on Odesa reached 9.", "2025-11-13"),
    ("Russia launched 70 drones since Wednesday, the air force said.", "2025-11-14"),
]


@pytest.mark.parametrize(("text", "day"), POSSESSIVE_DAYS)
def test_a_day_that_owns_the_attack_dates_it(text: str, day: str) -> None:
    claims, _ = extract(text, PUB)
    assert claims and {str(c.date) for c in claims} == {day}


H, S = Outcome.HIT, Outcome.SHOT_DOWN
READINGS: list[tuple[str, set[Row]]] = [
    # "N of the <adjective> <weapons>": the adjective is part of the weapon's words
    ("Russia fired six missiles. Two of the ballistic missiles struck a depot in Dnipro.",
     {(L, M, 6), (H, M, 2)}),
    # a qualifier before a bare figure is no preposition ("up to", "more than", "about")
    ("Most of the missiles were intercepted, but up to 12 had struck open ground.", {(H, M, 12)}),
    ("Russia launched 70 drones; more than 50 were shot down.", {(L, D, 70), (S, D, 50)}),
    ("Russia launched 70 drones, of which about 60 were downed.", {(L, D, 70), (S, D, 60)}),
    # a monitor's count of what came is a launch, with the figure right after the verb
    ("The air force reported 210 drones and 9 missiles overnight.", {(L, D, 210), (L, M, 9)}),
    ("On Monday Russia launched 150 drones; a night later the air force counted 180.",
     {(L, D, 150), (L, D, 180)}),
    ("The governor reported that six drones were shot down over the region.", {(S, D, 6)}),
    # "both" before a preposition joins two places, it counts nothing
    ("Russia fired three bombs, with blasts reported both in the city and outside it.",
     {(L, Weapon.BOMB, 3)}),
    # parts listed after "including": every model in the list is a part
    ("Russia fired 14 missiles, including three Kinzhal missiles and five Kalibr cruise missiles.",
     {(L, M, 14)}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_figures_read_in_session_4(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


W = Outcome.INJURED
MORE_READINGS: list[tuple[str, set[Row]]] = [
    # a course or a make between a figure and its verb is skipped, and counts no launch
    ("The mayor said 23 drones flying towards the capital had been shot down.", {(S, D, 23)}),
    ("A 250-kilogram bomb fitted with wings hit a school in Kharkiv.", {(H, Weapon.BOMB, 1)}),
    ("Two missiles heading for Lviv were intercepted.", {(S, M, 2)}),
    ("Three Kalibr missiles were reportedly heading towards Odesa.", {(L, M, 3)}),
    # a person set off by "among them" ends at the comma: the next figure is its own
    ("Three people died, among them a boy, and 11 were wounded.", {(K, None, 3), (W, None, 11)}),
    ("Three people died, including a boy and two women.", {(K, None, 3)}),
    # a single weapon "reported" crossing is no launch
    ("Moldovan officials reported a drone crossing their airspace.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MORE_READINGS)
def test_more_figures_read_in_session_4(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


ATTACKERS: list[tuple[str, str]] = [
    # another country's defence ministry is no Russian statement
    ("India's defence ministry said 12 Pakistani drones were shot down over Jammu.", "pakistan"),
    # the side that reports the dead is not the attacker
    ("US strikes on a port killed at least 20 people, the Houthi-run health ministry said.", "us"),
]


@pytest.mark.parametrize(("text", "attacker"), ATTACKERS)
def test_attackers_named_in_session_4(text: str, attacker: str) -> None:
    claims, _ = extract(text, PUB)
    assert claims and {c.attacker for c in claims} == {attacker}


def test_a_night_later_is_the_day_after_the_one_named() -> None:
    text = ("The raids began overnight into Tuesday, when Russia launched 300 drones at Kyiv. A night later "
            "the air force counted 280. The next day Russia launched 250 more.")
    claims, _ = extract(text, PUB)
    assert {(c.n, str(c.date)) for c in claims} == {
        (300, "2025-11-11"), (280, "2025-11-12"), (250, "2025-11-13")}


N = Outcome.NEUTRALIZED
HELDOUT7_READINGS: list[tuple[str, set[Row]]] = [
    ("Russia fired 30 drones and 5 missiles, with a missile tearing through a school in Sumy.",
     {(L, D, 30), (L, M, 5), (H, M, 1)}),
    ("Nine drones and all of the cruise missiles got through.", {(H, D, 9)}),
    ("Forty drones were either shot down or brought down by electronic warfare.", {(N, D, 40)}),
    ("Russia launched 90 drones. Most were downed over the Sumy (20) and Kharkiv (15) regions.",
     {(L, D, 90), (S, D, 20), (S, D, 15)}),
    ("In Sumy, two people, a man and his wife, were killed.", {(K, None, 2)}),
    ("Israel intercepted a missile launched from Yemen, as well as two drones.",
     {(L, M, 1), (S, M, 1), (S, D, 2)}),
]


@pytest.mark.parametrize(("text", "expected"), HELDOUT7_READINGS)
def test_figures_read_from_the_seventh_held_out_set(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def test_drones_sent_by_a_country_name_it() -> None:
    claims, _ = extract("Pakistan said it shot down 12 drones sent by India over Lahore.", PUB)
    assert claims and {c.attacker for c in claims} == {"india"}


def test_listed_parts_of_two_totals_share_the_verb() -> None:
    text = "The air force said 300 of the drones and 20 of the missiles had been shot down or jammed."
    assert read(text) == {(N, D, 300), (N, M, 20)}


def test_the_weekend_is_an_aggregate_and_iran_backed_is_not_iran() -> None:
    claims, _ = extract("Over the weekend, Russia launched more than 700 drones at Ukraine.", PUB)
    assert [c.scope.value for c in claims] == ["aggregate"]
    claims, _ = extract("The Iran-backed group has fired 40 missiles at Israel.", PUB)
    assert claims and {c.attacker for c in claims} == {None}


def test_heldout9_wordings() -> None:
    claims, _ = extract("India's army says Pakistan sent between 200 and 300 drones over the border.", PUB)
    assert [(c.n, c.attacker) for c in claims] == [(200, "pakistan")]
    text = "Last night there were 70 drones of various types and two Iskander-M ballistic missiles."
    assert read(text) == {(L, D, 70), (L, M, 2)}
