"""The English grammar, one rule per case: a sentence we wrote -> the claims it states."""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.english import extract
from skytally.models import Claim, Outcome, Qualifier, Scope, Weapon

L, S, SUP, NEU, H = (Outcome.LAUNCHED, Outcome.SHOT_DOWN, Outcome.SUPPRESSED, Outcome.NEUTRALIZED,
                     Outcome.HIT)
K, INJ = Outcome.KILLED, Outcome.INJURED
D, M, B, ANY = Weapon.DRONE, Weapon.MISSILE, Weapon.BOMB, Weapon.ANY
EX, AL, AB = Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT
PUB = dt.date(2025, 3, 14)  # a Friday

Row = tuple[Outcome, Weapon | None, int, Qualifier]


def scored(text: str, published: dt.date | None = PUB) -> set[Row]:
    claims, _ = extract(text, published)
    return {(c.outcome, c.weapon, c.n, c.qualifier) for c in claims if not c.subset}


CASES: list[tuple[str, str, set[Row]]] = [
    ("digits and a list", "The enemy launched 41 drones and 3 missiles at the south overnight.",
     {(L, D, 41, EX), (L, M, 3, EX)}),
    ("words", "Air defence destroyed twenty-seven attack drones.", {(S, D, 27, EX)}),
    ("thousands separator", "In total 1,250 drones were launched.", {(L, D, 1250, EX)}),
    ("verb after the figure", "Eleven missiles were shot down over the capital.", {(S, M, 11, EX)}),
    ("list sharing a verb after it", "Sixty drones and two missiles were intercepted.",
     {(S, D, 60, EX), (S, M, 2, EX)}),
    ("N out of M", "Defenders downed 18 out of 25 drones.", {(S, D, 18, EX), (L, D, 25, EX)}),
    ("N of the M", "Crews intercepted 12 of the 14 cruise missiles launched by the enemy.",
     {(S, M, 12, EX), (L, M, 14, EX)}),
    ("N of the class", "The air force shot down five of the drones.", {(S, D, 5, EX)}),
    ("bare figure takes the class before it", "Russia fired 9 missiles at Lviv; 7 were shot down.",
     {(L, M, 9, EX), (S, M, 7, EX)}),
    ("all N", "Units destroyed all 16 Shaheds.", {(S, D, 16, EX)}),
    ("all N fired", "All four missiles fired at the port were intercepted.", {(S, M, 4, EX), (L, M, 4, EX)}),
    ("both", "Both missiles were intercepted near the border.", {(S, M, 2, EX)}),
    ("a dozen", "A dozen drones hit the city.", {(H, D, 12, EX)}),
    ("about two dozen", "About two dozen drones were launched.", {(L, D, 24, AB)}),
    ("more than", "More than 90 drones were fired at the region.", {(L, D, 90, AL)}),
    ("nearly", "Nearly 300 drones were launched overnight.", {(L, D, 300, AB)}),
    ("range is its lower bound", "The enemy used 40 to 50 drones.", {(L, D, 40, AL)}),
    ("aerial targets are any weapon", "Forces neutralised 33 aerial targets.", {(S, ANY, 33, EX)}),
    ("mixed classes are any", "The army launched over 120 missiles and drones.", {(L, ANY, 120, AL)}),
    ("with N", "The city was attacked with 14 drones.", {(L, D, 14, EX)}),
    ("weapons that attacked", "Eleven drones attacked the port overnight.", {(L, D, 11, EX)}),
    ("attempted attack", "Two drones attempted to attack the airfield.", {(L, D, 2, EX)}),
    ("hits after the class", "Officials counted 6 missile impacts across the region.", {(H, M, 6, EX)}),
    ("got through", "Three drones got through the defences.", {(H, D, 3, EX)}),
    ("electronic warfare", "Another 8 drones were lost to electronic warfare.", {(SUP, D, 8, EX)}),
    ("shot down/suppressed", "Air defence shot down/suppressed 130 enemy UAVs.", {(NEU, D, 130, EX)}),
    ("breakdown by region after a colon",
     "Systems destroyed 60 UAVs: 32 over the territory of the Bryansk region, 28 over the Kursk region.",
     {(S, D, 60, EX), (S, D, 32, EX), (S, D, 28, EX)}),
    ("shot down or suppressed", "In total 50 drones were shot down or suppressed.", {(NEU, D, 50, EX)}),
    ("one weapon with an outcome", "A drone hit a warehouse in the suburbs.", {(H, D, 1, EX)}),
    ("one weapon shot down", "Air defence shot down a guided missile over the bay.", {(S, M, 1, EX)}),
    ("struck by one weapon", "The depot was struck by a missile.", {(H, M, 1, EX)}),
    ("attacked with one weapon", "Troops attacked the minibus with a drone.", {(L, D, 1, EX)}),
    ("model names are drones or missiles", "Ukraine said it downed 31 Gerans and two Kinzhals.",
     {(S, D, 31, EX), (S, M, 2, EX)}),
    ("casualties after the figure", "Four people were killed and 19 were injured.", {(K, None, 4, EX),
                                                                                     (INJ, None, 19, EX)}),
    ("casualties before the figure", "The strike hit a clinic, killing at least six people and wounding 30.",
     {(K, None, 6, AL), (INJ, None, 30, EX)}),
    ("death toll", "By evening the death toll had risen to 12.", {(K, None, 12, EX)}),
    ("one person", "A 60-year-old woman was wounded by debris.", {(INJ, None, 1, EX)}),
    ("including children adds no claim", "Nine people were hurt, including two children.",
     {(INJ, None, 9, EX)}),
    ("killed or injured is no claim", "Some 14 people were killed or injured.", set()),
    ("vague amounts are no claims", "Dozens of drones and several missiles were shot down.", set()),
    ("no one", "No one was injured in the attack.", set()),
    ("fatally injured is killed", "A 51-year-old man was fatally injured.", {(K, None, 1, EX)}),
    ("hospitalised alone are injured", "More than 40 people were hospitalised.", {(INJ, None, 40, AL)}),
    ("hospitalised part of the injured", "Nine people were injured; 6 were hospitalised.",
     {(INJ, None, 9, EX)}),
    ("times are not figures", "At 04:30 the alert ended and 5 drones were destroyed.", {(S, D, 5, EX)}),
    ("dates are not figures", "On July 4 the enemy launched 20 drones.", {(L, D, 20, EX)}),
    ("ages are not figures", "A 7-year-old boy was injured.", {(INJ, None, 1, EX)}),
    ("counts of places are not claims", "The enemy attacked 30 settlements in the region.", set()),
    ("strikes are not weapons", "Russian forces carried out four strikes with glide bombs.", set()),
    ("production is not an attack", "The plant can build 300 drones a month.", set()),
    ("promised weapons are not attacks", "The allies will send 10 interceptor missiles.", set()),
    ("stock is not an attack", "Russia keeps about 300 Shaheds in stock.", set()),
    ("budgets are not claims", "Parliament approved 2 billion euros for air defence.", set()),
    ("a strike on a target is a hit", "A drone strike on a substation cut the power.", {(H, D, 1, EX)}),
    ("a strike on a city is no count", "A missile strike on Lviv killed two people.", {(K, None, 2, EX)}),
    ("debris is not the weapon", "Debris from a downed drone hit a garage.", set()),
    ("amounts after a preposition", "Wreckage of one of the downed drones fell on a field.", set()),
    ("gallery counters are not totals", "Photo 1 of 8", set()),
    ("rising toll from-to", "The death toll rose from 10 to 15.", {(K, None, 15, EX)}),
    ("toll far from its figure", "The death toll from Tuesday's strike on the port has risen to 9.",
     {(K, None, 9, EX)}),
    ("each verb its own figure", "Officials said 50 drones were shot down and 12 were jammed.",
     {(S, D, 50, EX), (SUP, D, 12, EX)}),
    ("a share of the total", "Israel shot down 99% of the 300 drones and missiles.", {(L, ANY, 300, EX)}),
    ("most of the total", "Defenders intercepted most of the 140 missiles fired at the coast.",
     {(L, M, 140, EX)}),
    ("others with a verb", "Crews downed 20 drones; four others hit a depot.",
     {(S, D, 20, EX), (H, D, 4, EX)}),
    ("others without a verb", "The blast damaged one house and destroyed two others.", set()),
    ("quoted verb", "Officials said 15 drones were 'locally lost'.", {(SUP, D, 15, EX)}),
    ("model part of a class total", "Russia fired 80 drones, of them about 50 Shaheds.", {(L, D, 80, EX)}),
    ("per-region breakdown", "Units destroyed 40 drones, including 25 over Belgorod region and 9 over Kursk.",
     {(S, D, 40, EX), (S, D, 25, EX), (S, D, 9, EX)}),
    ("elliptical second figure", "Crews downed six drones over Mykolaiv and two over Odesa.",
     {(S, D, 6, EX), (S, D, 2, EX)}),
    ("number of injured", "In the city the number of injured rose to 33.", {(INJ, None, 33, EX)}),
    ("breakdown after a colon", "In all 30 aerial targets were destroyed: 26 drones and 4 missiles.",
     {(S, ANY, 30, EX), (S, D, 26, EX), (S, M, 4, EX)}),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rule(rule: str, text: str, expected: set[Row]) -> None:
    assert scored(text) == expected


def claims_of(text: str, published: dt.date | None = PUB) -> list[Claim]:
    return extract(text, published)[0]


def test_subset_by_model_is_marked() -> None:
    claims = claims_of("Russia launched 70 missiles, including 20 Iskander-M.")
    parts = [c for c in claims if c.subset]
    assert [(c.n, c.model) for c in parts] == [(20, "Iskander-M")]
    assert scored("Russia launched 70 missiles, including 20 Iskander-M.") == {(L, M, 70, EX)}


def test_model_alone_is_a_class_claim() -> None:
    assert scored("Air defence downed 24 Shaheds overnight.") == {(S, D, 24, EX)}


def test_model_is_canonicalised() -> None:
    claims = claims_of("The enemy fired three Kh-101 cruise missiles and 10 Shahed-136 drones.")
    assert {c.model for c in claims} == {"Kh-101", "Shahed-136"}


def test_headline_repeated_in_body_is_one_claim() -> None:
    text = ("Russia launches 45 drones at Ukraine\nRussia launches 45 drones at Ukraine\n"
            "Russia launched 45 drones overnight, the air force said.")
    assert len(claims_of(text)) == 1


def test_targets_equal_to_a_class_figure_are_that_class() -> None:
    text = "Air defence downed 52 aerial targets. All 52 drones were destroyed over the east."
    assert scored(text) == {(S, D, 52, EX)}


def test_aggregate_scope() -> None:
    claims = claims_of("Since the start of the war Russia has launched 9,000 missiles.")
    assert [(c.n, c.scope) for c in claims] == [(9000, Scope.AGGREGATE)]


@pytest.mark.parametrize("text", [
    "In 2024 Russia launched more than 50,000 drones at Ukraine.",
    "Russia fires about 4,000 drones a month at Ukraine.",
    "So far in June, 2,000 drones have been launched.",
    "Over the past week, Russia launched 1,200 drones.",
])
def test_totals_over_time_are_aggregates(text: str) -> None:
    claims = claims_of(text)
    assert claims and all(c.scope is Scope.AGGREGATE for c in claims)


def test_grouped_thousands_are_not_years() -> None:
    assert scored("So far in June, 2,000 drones have been launched.") == {(L, D, 2000, EX)}


def test_superlative_since_is_an_event() -> None:
    claims = claims_of("It was the largest attack since the war began: 600 drones were launched.")
    assert [(c.n, c.scope) for c in claims] == [(600, Scope.EVENT)]


def test_rising_toll_keeps_the_latest_figure() -> None:
    text = "Five people were killed in the strike. Later the toll rose to 8."
    assert scored(text) == {(K, None, 8, EX)}


def test_russian_defence_ministry_means_ukraine_attacked() -> None:
    claims = claims_of("Russia's Defence Ministry said air defences destroyed 17 drones over Kursk region.")
    assert [(c.attacker, c.target) for c in claims] == [("ukraine", "russia")]


def test_attacker_from_the_sentence() -> None:
    claims = claims_of("Russian forces launched 12 drones at Odesa.")
    assert claims[0].attacker == "russia"
    claims = claims_of("The Houthis fired two missiles at the ship.")
    assert claims[0].attacker == "houthis"


def test_launched_by_names_the_attacker() -> None:
    claims = claims_of("Israel strikes down most of the 300 drones launched by Iran.")
    assert {c.attacker for c in claims} == {"iran"}
    claims = claims_of("Israeli strikes on Gaza killed at least 45 people.")
    assert {c.attacker for c in claims} == {"israel"}


def test_attribution() -> None:
    claims = claims_of("Ukraine's air force said 30 drones were shot down.")
    assert claims[0].attribution == "Ukraine's air force"


def test_evidence_is_the_sentence() -> None:
    text = "Heavy night. Russia launched 18 missiles at Kyiv. Power is out."
    (claim,) = claims_of(text)
    assert claim.evidence.quote(text) == "Russia launched 18 missiles at Kyiv."


def test_page_trailers_are_not_read() -> None:
    text = "Two drones were shot down.\nRelated news\n40 missiles were launched at Kharkiv"
    assert scored(text) == {(S, D, 2, EX)}


def test_read_also_lines_are_not_read() -> None:
    text = "Two drones were shot down.\nREAD: Russia attacked Kyiv with 90 missiles"
    assert scored(text) == {(S, D, 2, EX)}


def test_photo_captions_are_not_read() -> None:
    text = "Photo: 30 drones were launched in 2022.\nTwo drones were shot down."
    assert scored(text) == {(S, D, 2, EX)}
