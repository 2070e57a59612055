"""Ukrainian and Russian sentences → the claims CLAIMS.md says they state.

Every sentence here is written for these tests; each row is one rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.slavic import extract
from skytally.models import Claim

PUBLISHED = dt.datetime(2026, 3, 9, 5, 30, tzinfo=dt.UTC)

Row = tuple[str, str | None, int, str]  # outcome, weapon, n, qualifier


def scored(claims: list[Claim]) -> set[Row]:
    return {(c.outcome.value, c.weapon.value if c.weapon else None, c.n, c.qualifier.value)
            for c in claims if not c.subset}


CASES: list[tuple[str, set[Row]]] = [
    # launched, neutralized and hit figures of an Air Force night report
    ("Вночі ворог атакував 64 ударними БпЛА типу Shahed та Гербера. "
     "Протиповітряною обороною збито/подавлено 52 ворожі БпЛА. "
     "Зафіксовано влучання 9 ударних БпЛА на 4 локаціях.",
     {("launched", "drone", 64, "exact"), ("neutralized", "drone", 52, "exact"),
      ("hit", "drone", 9, "exact")}),
    # numbers in words, every case form
    ("Противник атакував двома балістичними ракетами Іскандер-М та трьома крилатими ракетами Х-101.",
     {("launched", "missile", 2, "exact"), ("launched", "missile", 3, "exact")}),
    ("Збито/подавлено чотири керовані авіаційні ракети та двадцять одну ударну безпілотну систему.",
     {("neutralized", "missile", 4, "exact"), ("neutralized", "drone", 21, "exact")}),
    # one weapon without a number is n = 1
    ("Ворог атакував керованою авіаційною ракетою Х-59 з акваторії моря.",
     {("launched", "missile", 1, "exact")}),
    ("Зафіксовано влучання балістичної ракети та 3 ударних БпЛА.",
     {("hit", "missile", 1, "exact"), ("hit", "drone", 3, "exact")}),
    ("Зафіксовано влучання ракет та 7 ударних БпЛА на 5 локаціях.",
     {("hit", "drone", 7, "exact")}),
    # each adjective borrows the noun at the end of the list
    ("Зафіксовано влучання 2 протикорабельних, 5 балістичних та 1 крилатої ракети.",
     {("hit", "missile", 2, "exact"), ("hit", "missile", 5, "exact"), ("hit", "missile", 1, "exact")}),
    # suppressed: did not reach the targets, lost to electronic warfare
    ("Крім того, дві ракети не досягли своїх цілей.", {("suppressed", "missile", 2, "exact")}),
    ("Ворожа ракета цілей не досягла.", {("suppressed", "missile", 1, "exact")}),
    ("Ракети Х-22 не досягли цілей.", set()),
    ("Ще 14 БпЛА локаційно втрачено.", {("suppressed", "drone", 14, "exact")}),
    # qualifiers
    ("Протягом дня зафіксовано понад 70 ударних БпЛА, збито близько 60 дронів.",
     {("launched", "drone", 70, "at_least"), ("neutralized", "drone", 60, "about")}
     - {("neutralized", "drone", 60, "about")} | {("shot_down", "drone", 60, "about")}),
    # "із N": the whole is what was launched
    ("За попередніми даними, із 80 БпЛА збито/подавлено 71.", {("launched", "drone", 80, "exact")}),
    # parts of a figure ("37 із них — реактивні") and drones in the air now are no claims
    ("Противник атакував 120 ударними БпЛА (37 із них — реактивні).", {("launched", "drone", 120, "exact")}),
    ("Станом на 19:00 у повітряному просторі понад 15 ударних безпілотників.", set()),
    # a targets total of one class is that class
    ("ЗБИТО/ПОДАВЛЕНО 58 ЦІЛЕЙ\nзбито/подавлено 55 ворожих БпЛА типу Shahed та 3 «Бандероль».",
     {("neutralized", "drone", 58, "exact")}),
    # a targets total of several classes is "any", its parts are claims
    ("ЗБИТО/ПОДАВЛЕНО 40 ЦІЛЕЙ\nзбито/подавлено 2 крилаті ракети Калібр та 38 ворожих БпЛА.",
     {("neutralized", "any", 40, "exact"), ("neutralized", "missile", 2, "exact"),
      ("neutralized", "drone", 38, "exact")}),
    # list items take the outcome of the line that opens the list
    ("Усього зафіксовано 30 засобів повітряного нападу – 10 ракет і 20 БпЛА:\n"
     "- 4 балістичні ракети Іскандер-М;\n- 6 крилатих ракет Х-101;\n- 20 ударних БпЛА.",
     {("launched", "any", 30, "exact"), ("launched", "missile", 10, "exact"),
      ("launched", "drone", 20, "exact")}),
    # a sentence going on with "А також" keeps the verb of the one before
    ("Противник атакував Київщину 5 крилатими ракетами Калібр. А також 90 ударними БпЛА.",
     {("launched", "missile", 5, "exact"), ("launched", "drone", 90, "exact")}),
    # ranges: the lower bound, at least
    ("Росія атакувала 300–350 дронами.", {("launched", "drone", 300, "at_least")}),
    # bombs
    ("Окупанти скинули 12 керованих авіабомб на місто.", {("launched", "bomb", 12, "exact")}),
    # casualties
    ("Внаслідок удару загинули три людини, ще 11 поранено, серед них двоє дітей.",
     {("killed", None, 3, "exact"), ("injured", None, 11, "exact")}),
    ("У місті загинула жінка.", {("killed", None, 1, "exact")}),
    ("Кількість загиблих зросла до 9.", {("killed", None, 9, "exact")}),
    # Russian
    ("В ночь на 9 марта Россия атаковала Украину 85 дронами и 4 ракетами. Сбито 70 дронов.",
     {("launched", "drone", 85, "exact"), ("launched", "missile", 4, "exact"),
      ("shot_down", "drone", 70, "exact")}),
    ("В результате удара погибли 2 человека, ранены 6.",
     {("killed", None, 2, "exact"), ("injured", None, 6, "exact")}),
    # "24 з 30": the first borrows the noun of the second, which was launched
    ("Сили ППО знищили 24 з 30 крилатих ракет.",
     {("shot_down", "missile", 24, "exact"), ("launched", "missile", 30, "exact")}),
    ("Ще 40 дронів-імітаторів – локаційно втрачені.", {("suppressed", "drone", 40, "exact")}),
    ("Загинула 37-річна жінка, ще 4 людей отримали поранення.",
     {("killed", None, 1, "exact"), ("injured", None, 4, "exact")}),
    ("У місті зафіксовано влучання шахеда.", {("hit", "drone", 1, "exact")}),
    ("Зафіксовано влучання ударного БпЛА у будинок.", {("hit", "drone", 1, "exact")}),
    ("Над областю уражено 7 ударних БпЛА.", {("shot_down", "drone", 7, "exact")}),
    ("ППО знешкодила 30 із 40 дронів.",
     {("neutralized", "drone", 30, "exact"), ("launched", "drone", 40, "exact")}),
    ("Мер заявив про 15 збитих безпілотників.", {("shot_down", "drone", 15, "exact")}),
    # figures that are no claims
    ("Уничтожены: 12 самолетов, 7 вертолетов и 300 беспилотных летательных аппаратов.",
     {("shot_down", "drone", 300, "exact")}),
    ("Зафіксовано падіння уламків на 6 локаціях.", set()),
    ("Інформація щодо трьох ракет уточнюється.", set()),
    # the day of a date, English or Ukrainian, is no count
    ("Станом на July 12 ворог атакував дронами.", set()),
    ("Станом на 12 July ворог атакував дронами.", set()),
    ("Звіт від 12 липня: ворог атакував дронами.", set()),
    ("July 12 ворог атакував 40 дронами.", {("launched", "drone", 40, "exact")}),
    ("У березні 5 ракет влучили в будівлі.", {("hit", "missile", 5, "exact")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_states_claims(text: str, expected: set[Row]) -> None:
    claims, _ = extract(text, PUBLISHED)
    assert scored(claims) == expected


def test_parts_by_model_are_subsets_of_a_stated_class_total() -> None:
    text = ("ЗБИТО/ПОДАВЛЕНО 9 РАКЕТ\nзбито/подавлено 6 балістичних ракет Іскандер-М, "
            "3 керовані авіаційні ракети Х-59/69.")
    claims, _ = extract(text, PUBLISHED)
    subsets = {(c.n, c.model) for c in claims if c.subset}
    assert subsets == {(6, "Iskander-M"), (3, "Kh-59/69")}
    assert scored(claims) == {("neutralized", "missile", 9, "exact")}


def test_air_force_report_is_russian_attack_on_the_night_date() -> None:
    text = "У ніч на 9 березня (з 18:00 8 березня) противник атакував 40 ударними БпЛА."
    (claim,), _ = extract(text, PUBLISHED)
    assert (claim.attacker, claim.target, claim.date) == ("russia", "ukraine", dt.date(2026, 3, 9))
    assert claim.model is None
    assert text[claim.evidence.start:claim.evidence.end] == "атакував 40 ударними БпЛА"


def test_defence_ministry_statement_is_ukrainian_attack_with_regions() -> None:
    text = ("Минобороны России: в течение прошедшей ночи дежурными средствами ПВО перехвачены и "
            "уничтожены 25 украинских беспилотных летательных аппаратов: 15 – над территорией "
            "Брянской области, 10 – над территорией Курской области.")
    claims, places = extract(text, PUBLISHED)
    assert {(c.outcome.value, c.weapon.value if c.weapon else None, c.n) for c in claims} == {
        ("shot_down", "drone", 25), ("shot_down", "drone", 15), ("shot_down", "drone", 10)}
    assert {(c.attacker, c.target) for c in claims} == {("ukraine", "russia")}
    assert places == ["Bryansk", "Kursk"]


def test_monthly_total_is_aggregate() -> None:
    claims, _ = extract("Протягом лютого противник застосував понад 4 000 ударних БпЛА.", PUBLISHED)
    assert [(c.n, c.scope.value, c.qualifier.value) for c in claims] == [(4000, "aggregate", "at_least")]


def test_model_is_canonicalised() -> None:
    claims, _ = extract("Противник атакував 2 ракетами Х-31П та 5 ракетами Кинджал.", PUBLISHED)
    assert {c.model for c in claims} == {"Kh-31P", "Kinzhal"}


def test_region_figures_after_a_parts_header_keep_outcome_and_class() -> None:
    text = ("Дежурными средствами ПВО уничтожены 19 украинских беспилотных летательных аппаратов. "
            "Из них: 12 – над территорией Орловской области, 7 – над территорией Тульской области.")
    claims, places = extract(text, PUBLISHED)
    assert {(c.outcome.value, c.weapon.value if c.weapon else None, c.n, c.subset) for c in claims} == {
        ("shot_down", "drone", 19, False), ("shot_down", "drone", 12, False),
        ("shot_down", "drone", 7, False)}
    assert text[claims[1].evidence.start:claims[1].evidence.end] == "12 – над территорией Орловской области"
    assert places == ["Oryol", "Tula"]


def test_list_with_dash_items_and_electronic_warfare_losses() -> None:
    text = ("Загалом у повітряному просторі було зафіксовано 51 засіб повітряного нападу:\n"
            "– 3 керовані авіаційні ракети Х-59/69;\n– 48 ударних БпЛА типу Shahed.\n"
            "Збито 30 ворожих БпЛА у Черкаській області. 15 дронів-імітаторів – локаційно втрачені.")
    claims, places = extract(text, PUBLISHED)
    assert scored(claims) == {
        ("launched", "any", 51, "exact"), ("launched", "missile", 3, "exact"),
        ("launched", "drone", 48, "exact"), ("shot_down", "drone", 30, "exact"),
        ("suppressed", "drone", 15, "exact")}
    assert places == ["Cherkasy"]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Противник атакував Харківщину 20 ударними БпЛА.", "russia"),
    ("Дрони атакували Москву: мер заявив про 15 збитих безпілотників.", "ukraine"),
    ("Средствами ПВО сбиты 4 управляемые авиационные бомбы и 30 беспилотных летательных аппаратов.",
     "ukraine"),
    ("В Киеве прогремели взрывы, силы ПВО сбили 12 беспилотников.", "russia"),
    ("Россия атаковала Украину 50 дронами.", "russia"),
])
def test_attacker(text: str, attacker: str) -> None:
    claims, _ = extract(text, PUBLISHED)
    target = "russia" if attacker == "ukraine" else "ukraine"
    assert {(c.attacker, c.target) for c in claims} == {(attacker, target)}
