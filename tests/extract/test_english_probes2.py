"""Second round of probe sentences of our own: headlines, wire leads, live blogs, other conflicts."""

from __future__ import annotations

import datetime as dt

import pytest
from english_reading import PUB, Row, read

from skytally.extract.english import extract
from skytally.models import Outcome, Weapon

L, S, H, K, INJ = Outcome.LAUNCHED, Outcome.SHOT_DOWN, Outcome.HIT, Outcome.KILLED, Outcome.INJURED
SUP = Outcome.SUPPRESSED
D, M, B = Weapon.DRONE, Weapon.MISSILE, Weapon.BOMB


HEADLINE_VERBS: list[tuple[str, set[Row]]] = [
    ("Russian strike kills 3, injures 11 in Kharkiv", {(K, None, 3), (INJ, None, 11)}),
    ("Drone strike kills 2, wounds 9 in Kherson", {(K, None, 2), (INJ, None, 9)}),
    ("Missile attack kills four, wounds 20 in Dnipro", {(K, None, 4), (INJ, None, 20)}),
    ("Drone kills a man, wounds a woman in Sumy", {(K, None, 1), (INJ, None, 1)}),
    # "wounds" as a noun counts nobody
    ("The man had shrapnel wounds, 2 others were fine.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_VERBS)
def test_headline_present_tense_casualty_verbs(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


# Phrasings the grammar already read right when probed: kept so that later rules do not lose them.
ALREADY_RIGHT: list[tuple[str, set[Row]]] = [
    ("Russia fires 40 missiles, 300 drones at Ukraine; 6 dead", {(L, M, 40), (L, D, 300), (K, None, 6)}),
    ("09:14 — Air defences downed 12 drones over Kyiv region.", {(S, D, 12)}),
    ("Russia launched one hundred and twenty drones overnight, the air force said.", {(L, D, 120)}),
    ("Russia fired a salvo of eight ballistic missiles at Kharkiv on Monday night.", {(L, M, 8)}),
    ("The strike left 3 dead and 12 wounded, officials said.", {(K, None, 3), (INJ, None, 12)}),
    ("The attack claimed the lives of four people, including a child.", {(K, None, 4)}),
    ("At least 4 civilians lost their lives in the shelling.", {(K, None, 4)}),
    ("Nine people were hospitalised after the drone strike.", {(INJ, None, 9)}),
    ("Israel's military said it intercepted 20 of the 25 rockets fired from Lebanon.",
     {(S, M, 20), (L, M, 25)}),
    ("Seventy-two drones were shot down, while 20 were lost to electronic warfare.",
     {(S, D, 72), (SUP, D, 20)}),
    ("Russia targeted Ukraine with 93 drones; air defences downed 56, while 29 were \"locally lost\".",
     {(L, D, 93), (S, D, 56), (SUP, D, 29)}),
    ("Of the 20 missiles, 14 were intercepted, while six reached their targets.",
     {(L, M, 20), (S, M, 14), (H, M, 6)}),
    ("A Russian glide bomb hit Zaporizhzhia on Wednesday afternoon, wounding 13.",
     {(H, B, 1), (INJ, None, 13)}),
    ("Casualties rose to 15 dead and 40 injured.", {(K, None, 15), (INJ, None, 40)}),
    ("The strike killed three and injured a dozen.", {(K, None, 3), (INJ, None, 12)}),
    ("Ukraine downs 74 of 90 Russian drones, air force says", {(S, D, 74), (L, D, 90)}),
    ("Drone attack on Odesa leaves two dead", {(K, None, 2)}),
    ("A child was among the dead.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ALREADY_RIGHT)
def test_probe_phrasings_already_read_right(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


DATES: list[tuple[str, dt.date]] = [
    ("A swarm of 50 drones attacked Odesa late Tuesday.", dt.date(2025, 11, 11)),
    ("In the early hours of Sunday, Russia launched 49 Shahed drones.", dt.date(2025, 11, 9)),
    ("Overnight into Sunday, Russia launched 62 drones.", dt.date(2025, 11, 9)),
    ("A guided bomb attack killed one person and wounded 8 on Thursday evening.", dt.date(2025, 11, 13)),
]


@pytest.mark.parametrize(("text", "day"), DATES)
def test_probe_dates(text: str, day: dt.date) -> None:
    claims, _ = extract(text, PUB)
    assert claims and {c.date for c in claims} == {day}


LAUNCH_VERBS: list[tuple[str, set[Row]]] = [
    ("Overnight, Russia hurled 27 missiles and 126 drones at Ukraine, the air force said.",
     {(L, M, 27), (L, D, 126)}),
    ("Russia hurls 40 missiles at Ukraine", {(L, M, 40)}),
    ("Hamas lobbed 12 rockets into Israel.", {(L, M, 12)}),
    ("The protesters hurled 30 stones.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LAUNCH_VERBS)
def test_hurled_and_lobbed_weapons_were_launched(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def test_russia_that_hurled_them_is_the_attacker() -> None:
    claims, _ = extract("Russia hurled 40 missiles at Ukraine.", PUB)
    assert [c.attacker for c in claims] == ["russia"]


HOSPITAL: list[tuple[str, set[Row]]] = [
    ("At least 21 people were taken to hospital.", {(INJ, None, 21)}),
    ("Six people were rushed to hospital after the strike.", {(INJ, None, 6)}),
    ("Four people were admitted to hospital with shrapnel wounds, officials said.", {(INJ, None, 4)}),
    ("Two people died in hospital.", {(K, None, 2)}),
    ("A drone hit a hospital in Sumy.", {(H, D, 1)}),
    # a part of the injured figure, as "six were hospitalised" is
    ("Nine people were injured; six were taken to hospital.", {(INJ, None, 9)}),
    ("Nine people were injured, six of whom were taken to hospital.", {(INJ, None, 9)}),
    ("Two of them were taken to hospital.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HOSPITAL)
def test_people_taken_to_hospital_are_injured(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


WHOLE_AFTER_THAT: list[tuple[str, set[Row]]] = [
    ("The air force said that of the 145 drones, 121 were shot down.", {(L, D, 145), (S, D, 121)}),
    ("The air force said that of the 145 drones Russia launched overnight, 121 were shot down or suppressed.",
     {(L, D, 145), (Outcome.NEUTRALIZED, D, 121)}),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_AFTER_THAT)
def test_a_whole_named_first_after_said_that_was_launched(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


ONE_WEAPON_TWO_VERBS: list[tuple[str, set[Row]]] = [
    ("Russia launched a Kinzhal missile, which was shot down.", {(L, M, 1), (S, M, 1)}),
    ("The Houthis launched a drone that was intercepted over Eilat.", {(L, D, 1), (S, D, 1)}),
    ("Russia fired a missile that struck a hospital.", {(L, M, 1), (H, M, 1)}),
    ("Air defences shot down a drone over Kyiv.", {(S, D, 1)}),
]


@pytest.mark.parametrize(("text", "expected"), ONE_WEAPON_TWO_VERBS)
def test_one_weapon_launched_and_given_an_outcome_is_both(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def test_half_a_dozen_is_six() -> None:
    assert read("Russia launched half a dozen missiles.") == {(L, M, 6)}
    assert read("Half a dozen drones were shot down.") == {(S, D, 6)}
    assert read("Russia fired a dozen missiles.") == {(L, M, 12)}


TOLLS: list[tuple[str, set[Row]]] = [
    ("Injured toll in Kyiv attack climbs to 80", {(INJ, None, 80)}),
    ("The injury toll rose to 45.", {(INJ, None, 45)}),
    ("Death toll in Dnipro strike rises to 14", {(K, None, 14)}),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_an_injury_toll_counts_the_injured(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


KIN: list[tuple[str, set[Row]]] = [
    ("A man was killed and his wife injured when a drone hit their house.",
     {(K, None, 1), (INJ, None, 1), (H, D, 1)}),
    ("A woman was killed and her son was wounded.", {(K, None, 1), (INJ, None, 1)}),
    ("The drone killed a woman and injured her husband.", {(K, None, 1), (INJ, None, 1)}),
    ("A man was killed and his wife and two children injured.", {(K, None, 1), (INJ, None, 3)}),
    ("The strike killed his wife and two daughters.", {(K, None, 3)}),
]


@pytest.mark.parametrize(("text", "expected"), KIN)
def test_a_relative_named_with_a_casualty_verb_is_one_person(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


OCCUPATIONS: list[tuple[str, set[Row]]] = [
    ("Two firefighters were injured in the drone attack.", {(INJ, None, 2)}),
    ("Three rescuers were killed in a double-tap strike.", {(K, None, 3)}),
    ("Four teenagers were wounded by the missile strike.", {(INJ, None, 4)}),
    ("Three police officers were wounded in the attack.", {(INJ, None, 3)}),
    ("Two medics were killed by a drone.", {(K, None, 2)}),
    ("The man survived and three neighbours were injured.", {(INJ, None, 3)}),
]


@pytest.mark.parametrize(("text", "expected"), OCCUPATIONS)
def test_people_named_by_occupation_or_age_are_counted(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


WITH_CLAUSES: list[tuple[str, set[Row]]] = [
    ("Russia launched 65 drones, with 50 downed.", {(L, D, 65), (S, D, 50)}),
    ("Russia launched 65 drones, with 50 of them downed.", {(L, D, 65), (S, D, 50)}),
    ("Air defences downed 70 drones, with another 10 jammed.", {(S, D, 70), (SUP, D, 10)}),
    ("Russia attacked with 40 drones, with 10 hitting targets.", {(L, D, 40), (H, D, 10)}),
    ("The city was attacked with 12 drones, which were shot down.", {(L, D, 12), (S, D, 12)}),
]


@pytest.mark.parametrize(("text", "expected"), WITH_CLAUSES)
def test_a_figure_that_with_opens_takes_the_participle_after_it(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


OTHER_CAUSES: list[tuple[str, set[Row]]] = [
    ("At least 30 people were killed in a traffic accident on the highway.", set()),
    ("Three people died in a flood in western Ukraine.", set()),
    ("Two soldiers were killed in fighting near Pokrovsk.", set()),
    # an attack named beside the other cause keeps the figure
    ("A drone hit a bus, causing a crash that killed 4 people.", {(H, D, 1), (K, None, 4)}),
    ("Two people were killed when debris from a downed drone caused a car accident.", {(K, None, 2)}),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_CAUSES)
def test_people_dead_from_a_cause_that_is_no_attack_are_no_claim(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Russia's Defence Ministry said its air defence forces had destroyed 17 fixed-wing drones.",
    "Russia's Ministry of Defence said 20 drones were destroyed.",
])
def test_russias_capitalised_defence_ministry_downs_ukrainian_drones(text: str) -> None:
    claims, _ = extract(text, PUB)
    assert [(c.outcome, c.attacker) for c in claims] == [(S, "ukraine")]


SUSTAINED: list[tuple[str, set[Row]]] = [
    ("Two people sustained injuries in the drone attack.", {(INJ, None, 2)}),
    ("Four people suffered shrapnel wounds after the missile strike.", {(INJ, None, 4)}),
    ("Five people received injuries in the shelling.", {(INJ, None, 5)}),
    ("Four people suffered minor injuries and 2 died.", {(INJ, None, 4), (K, None, 2)}),
    ("The building suffered heavy damage, and 3 drones were downed.", {(S, D, 3)}),
]


@pytest.mark.parametrize(("text", "expected"), SUSTAINED)
def test_people_who_sustained_or_suffered_injuries_are_injured(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


def test_injuries_sustained_beside_an_injured_figure_are_a_part_of_it() -> None:
    text = "Eight people were injured. Two women sustained blast injuries and were taken to hospital."
    assert read(text) == {(INJ, None, 8)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine air defences down 60 of 70 drones", {(S, D, 60), (L, D, 70)}),
    ("Air defenses down 40 drones over Kyiv", {(S, D, 40)}),
])
def test_air_defences_down_in_a_headline_shoot_down(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia launched three waves of drones overnight, 145 in total.", {(L, D, 145)}),
    ("Russia attacked Ukraine with drones and missiles overnight, 60 in total.", {(L, Weapon.ANY, 60)}),
])
def test_a_total_after_a_few_words_past_the_weapon_noun(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


ATTACKERS: list[tuple[str, str]] = [
    ("Moscow's forces fired 6 ballistic missiles at Ukraine overnight.", "russia"),
    ("Kyiv's forces launched 41 drones at Russian regions overnight.", "ukraine"),
    ("Tehran launched a barrage of about 100 missiles at Israel.", "iran"),
    ("An Iranian ballistic missile hit a hospital in Beersheba.", "iran"),
    ("Russia launched 40 Iranian-made Shahed drones.", "russia"),
]


@pytest.mark.parametrize(("text", "attacker"), ATTACKERS)
def test_capitals_and_missile_classes_name_the_attacker(text: str, attacker: str) -> None:
    claims, _ = extract(text, PUB)
    assert claims and {c.attacker for c in claims} == {attacker}


@pytest.mark.parametrize(("text", "expected"), [
    ("One person was killed and another injured.", {(K, None, 1), (INJ, None, 1)}),
    ("One man died and another was hurt.", {(K, None, 1), (INJ, None, 1)}),
    ("One person was killed and one other was wounded.", {(K, None, 1), (INJ, None, 1)}),
    ("Two people were killed and another 5 injured.", {(K, None, 2), (INJ, None, 5)}),
])
def test_another_person_hurt_is_one(text: str, expected: set[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A woman and a child were injured.", {(INJ, None, 2)}),
    ("A man and a woman were killed in the drone strike.", {(K, None, 2)}),
    ("A woman and her son were seriously injured.", {(INJ, None, 2)}),
    ("A drone and a missile were shot down.", {(S, D, 1), (S, M, 1)}),
])
def test_two_people_named_one_by_one_are_two(text: str, expected: set[Row]) -> None:
    assert read(text) == expected
