"""Ukrainian and Russian wordings first met on held-out posts, each read by a general rule:
decoy drones, subsets of a casualty figure, "N з них" after an outcome verb, elided figures
without an introducing word, "подавлено" alone, a model named without a number.

Every sentence here is written for these tests; each row is one variant of a rule.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from skytally.extract.slavic import extract
from skytally.models import Claim

PUBLISHED = dt.datetime(2026, 2, 11, 6, 0, tzinfo=dt.UTC)

Row = tuple[str, str | None, int]  # outcome, weapon, n


def scored(claims: list[Claim]) -> set[Row]:
    return {(c.outcome.value, c.weapon.value if c.weapon else None, c.n) for c in claims if not c.subset}


DECOYS: list[tuple[str, set[Row]]] = [
    ("Збито 33 БпЛА. Ще 12 імітаторів локаційно втрачені.",
     {("shot_down", "drone", 33), ("suppressed", "drone", 12)}),
    ("Противник атакував 40 ударними БпЛА та 25 імітаторами.",
     {("launched", "drone", 40), ("launched", "drone", 25)}),
    ("Сили ППО знищили 9 імітаторів над Полтавщиною.", {("shot_down", "drone", 9)}),
    ("Кроме того, 6 имитаторов потеряны локационно.", {("suppressed", "drone", 6)}),
    ("Збито 14 дронів, 8 імітаторів втрачено локаційно.",
     {("shot_down", "drone", 14), ("suppressed", "drone", 8)}),
]


@pytest.mark.parametrize(("text", "expected"), DECOYS)
def test_decoy_drones_are_drones(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


CASUALTY_PARTS: list[tuple[str, set[Row]]] = [
    ("Загинули 3 людини, ще 19 поранені. Серед поранених — четверо дітей.",
     {("killed", None, 3), ("injured", None, 19)}),
    ("Загинули 2 людини, ще 8 поранено. Серед загиблих — дитина.",
     {("killed", None, 2), ("injured", None, 8)}),
    ("Поранено 11 людей, серед них двоє дітей.", {("injured", None, 11)}),
    ("Поранено 14 людей, зокрема п'ятеро дітей.", {("injured", None, 14)}),
    ("Постраждали 6 мешканців, у тому числі 2 дитини.", {("injured", None, 6)}),
    ("Серед постраждалих є щонайменше троє дітей. Загинула жінка.", {("killed", None, 1)}),
    ("Погибли два человека, еще шестеро ранены. Среди раненых — трое детей.",
     {("killed", None, 2), ("injured", None, 6)}),
    ("Ранены 13 человек, в том числе четверо детей.", {("injured", None, 13)}),
    ("Пострадали 5 жителей, среди них ребенок.", {("injured", None, 5)}),
    ("Погибли 3 человека, включая ребенка.", {("killed", None, 3)}),
    # not a part: a figure of its own
    ("Загинула дитина, ще 4 людини поранені.", {("killed", None, 1), ("injured", None, 4)}),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_PARTS)
def test_subsets_of_a_casualty_figure_add_no_claim(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


PARTS_OF_THEM: list[tuple[str, set[Row]]] = [
    ("Вночі ворог випустив по Харкову шість ударних дронів. Сили оборони знешкодили п'ять з них.",
     {("launched", "drone", 6), ("neutralized", "drone", 5)}),
    ("Ворог атакував 90 дронами, 64 з них збито.", {("launched", "drone", 90), ("shot_down", "drone", 64)}),
    ("Ворог запустив 12 ракет. Сили ППО збили 9 з них, ще 2 не досягли цілей.",
     {("launched", "missile", 12), ("shot_down", "missile", 9), ("suppressed", "missile", 2)}),
    ("Ворог запустив 50 БпЛА. Знищили понад 30 з них.",
     {("launched", "drone", 50), ("shot_down", "drone", 30)}),
    ("Противник выпустил 7 ракет. Силы ПВО сбили пять из них.",
     {("launched", "missile", 7), ("shot_down", "missile", 5)}),
    ("ВСУ запустили 26 беспилотников, 21 из них уничтожены.",
     {("launched", "drone", 26), ("shot_down", "drone", 21)}),
    # no outcome word of its own: a part by type, no claim
    ("Ворог атакував 80 дронами, 30 з них — імітатори.", {("launched", "drone", 80)}),
    # a part larger than any whole before it, or with no whole at all: no claim
    ("Ворог атакував 8 дронами. Збито 12 з них.", {("launched", "drone", 8)}),
    ("Сили ППО збили чотири з них.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_THEM)
def test_a_part_of_them_with_an_outcome_takes_the_class_of_the_whole(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


ELIDED_WITHOUT_INTRO: list[tuple[str, set[Row]]] = [
    ("Протиповітряною обороною збито 38 БпЛА, 11 локаційно втрачено.",
     {("shot_down", "drone", 38), ("suppressed", "drone", 11)}),
    ("Протиповітряною обороною збито 38 БпЛА, локаційно втрачено 11 (без наслідків).",
     {("shot_down", "drone", 38), ("suppressed", "drone", 11)}),
    ("Збито 38 БпЛА, а 11 локаційно втрачено.", {("shot_down", "drone", 38), ("suppressed", "drone", 11)}),
    ("Уничтожены 26 беспилотников, 4 подавлены средствами РЭБ.",
     {("shot_down", "drone", 26), ("suppressed", "drone", 4)}),
    ("Уничтожены 26 беспилотников, подавлены средствами РЭБ 4.",
     {("shot_down", "drone", 26), ("suppressed", "drone", 4)}),
    # no figure before it in the sentence: no class to take, no claim
    ("На Київщині, 5 збито.", set()),
    ("О 04:30, 3 збито.", set()),
    # a noun after the figure is no elided figure; nor is a figure after a comma and a launch word
    ("Збито 38 БпЛА, зафіксовано 7 влучань.", {("shot_down", "drone", 38), ("hit", "drone", 7)}),
    ("Ворог атакував Харків 4 ракетами, зафіксовано 2.", {("launched", "missile", 4)}),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED_WITHOUT_INTRO)
def test_elided_figure_opening_a_clause_takes_the_class_before(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


def test_elided_figure_without_intro_keeps_the_model() -> None:
    claims = extract("Збито 6 ракет Х-101, 2 перехоплено над морем.", PUBLISHED)[0]
    assert {(c.n, c.model) for c in claims} == {(6, "Kh-101"), (2, "Kh-101")}


SUPPRESSED_ALONE: list[tuple[str, set[Row]]] = [
    ("Подавлено 14 БпЛА.", {("suppressed", "drone", 14)}),
    ("Подавлены 7 беспилотников.", {("suppressed", "drone", 7)}),
    ("Збито 31 БпЛА, подавлено 9.", {("shot_down", "drone", 31), ("suppressed", "drone", 9)}),
    ("Сили ППО збили 18 дронів, 5 БпЛА подавлені.", {("shot_down", "drone", 18), ("suppressed", "drone", 5)}),
    ("Подавлено 10 БпЛА, збито 3 ракети.", {("suppressed", "drone", 10), ("shot_down", "missile", 3)}),
    # with "збито/" it is one figure for both: neutralized
    ("Збито/подавлено 47 БпЛА.", {("neutralized", "drone", 47)}),
    ("Сбиты или подавлены 35 беспилотников.", {("neutralized", "drone", 35)}),
    # an electronic-warfare word before its figure governs it
    ("Локаційно втрачено понад 12 БпЛА.", {("suppressed", "drone", 12)}),
    ("Подавлены средствами РЭБ 9 беспилотников.", {("suppressed", "drone", 9)}),
    ("Не досягли цілей 6 ракет.", {("suppressed", "missile", 6)}),
]


@pytest.mark.parametrize(("text", "expected"), SUPPRESSED_ALONE)
def test_suppressed_alone_is_electronic_warfare(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


LONE_MODELS: list[tuple[str, set[Row], set[Row]]] = [  # text, class-level claims, subsets
    ("Кинджал збито над Києвом.", {("shot_down", "missile", 1)}, set()),
    ("Над столицею збито Кинджал.", {("shot_down", "missile", 1)}, set()),
    ("Ракету Х-59 збито над Сумщиною.", {("shot_down", "missile", 1)}, set()),
    ("Силы ПВО сбили Нептун.", {("shot_down", "missile", 1)}, set()),
    # no class total for the outcome: the model's own figure is the class-level claim
    ("Ворог випустив 6 ракет. Кинджал збито.",
     {("launched", "missile", 6), ("shot_down", "missile", 1)}, set()),
    # a class total for the same outcome in another sentence, or "у тому числі": a part of it
    ("Збито 24 ракети. Кинджал збито над Києвом.", {("shot_down", "missile", 24)},
     {("shot_down", "missile", 1)}),
    ("Збито 24 ракети, у тому числі Кинджал.", {("shot_down", "missile", 24)}, {("shot_down", "missile", 1)}),
    # "також" adds one more
    ("Збито 24 ракети. Також збито ракету Х-59.", {("shot_down", "missile", 24), ("shot_down", "missile", 1)},
     set()),
    # one figure beside another of the class in the same sentence is a figure of its own
    ("Ворог застосував ракету Іскандер-М та 3 крилаті ракети.",
     {("launched", "missile", 1), ("launched", "missile", 3)}, set()),
    # names in a list, after the noun that counts them, or without an outcome: no claim of their own
    ("Ворог атакував ракетами: Онікс, Циркон, Іскандер-М.", set(), set()),
    ("Ворог атакував 2 ракетами Циркон/Онікс.", {("launched", "missile", 2)}, set()),
    ("Ворог атакував 4 ракетами морського базування «Калібр».", {("launched", "missile", 4)}, set()),
    ("Увага! Попередньо — ракета Кинджал.", set(), set()),
]


@pytest.mark.parametrize(("text", "expected", "subsets"), LONE_MODELS)
def test_a_model_named_alone_is_one_of_its_class(text: str, expected: set[Row], subsets: set[Row]) -> None:
    claims = extract(text, PUBLISHED)[0]
    assert scored(claims) == expected
    assert scored([dataclasses.replace(c, subset=False) for c in claims if c.subset]) == subsets


RUSSIAN: list[tuple[str, set[Row]]] = [
    # Defence Ministry lists by region, the figure first or the region first
    ("Дежурными средствами ПВО перехвачены и уничтожены 39 украинских беспилотных летательных аппаратов: "
     "21 – над территорией Брянской области, 18 – над акваторией Азовского моря.",
     {("shot_down", "drone", 39), ("shot_down", "drone", 21), ("shot_down", "drone", 18)}),
    ("Над территорией Орловской области уничтожено 6 БПЛА, над Калужской — 4.",
     {("shot_down", "drone", 6), ("shot_down", "drone", 4)}),
    ("Над Курской областью уничтожены 8 беспилотников, над Брянской – 3, над Смоленской – 1.",
     {("shot_down", "drone", 8), ("shot_down", "drone", 3), ("shot_down", "drone", 1)}),
    # electronic warfare
    ("Средства РЭБ подавили 11 беспилотников.", {("suppressed", "drone", 11)}),
    ("Перехвачено 17 беспилотников, ещё три подавлены средствами РЭБ.",
     {("shot_down", "drone", 17), ("suppressed", "drone", 3)}),
    # casualty lines: each figure takes the casualty word of its own clause
    ("В результате атаки беспилотника погиб один человек, еще двое ранены.",
     {("killed", None, 1), ("injured", None, 2)}),
    ("Один человек погиб, трое получили ранения.", {("killed", None, 1), ("injured", None, 3)}),
    ("Одна людина загинула, четверо дістали поранення.", {("killed", None, 1), ("injured", None, 4)}),
    ("Погибли два человека, еще семеро получили ранения.", {("killed", None, 2), ("injured", None, 7)}),
    ("Пострадали 4 человека, один из них в тяжелом состоянии.", {("injured", None, 4)}),
    # a region clause without a figure of weapons is no claim
    ("Збито 22 БпЛА, в Києві — 3 години тривоги.", {("shot_down", "drone", 22)}),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian_and_regional_wordings(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


TOLLS: list[tuple[str, set[Row]]] = [
    ("Кількість загиблих у Тернополі зросла до 27.", {("killed", None, 27)}),
    ("Число погибших в результате удара по Сумам возросло до 33.", {("killed", None, 33)}),
    ("Кількість поранених у Дніпрі збільшилася до 45 людей.", {("injured", None, 45)}),
    # places and things counted beside a casualty word are no casualty figure
    ("Поранено людей у 3 районах.", set()),
    ("Загинули люди у 2 громадах області.", set()),
    ("Пошкоджено 14 квартир, поранено 3 людей.", {("injured", None, 3)}),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_a_toll_rising_to_a_figure_and_counts_of_places(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


def test_a_threat_of_use_is_no_launch() -> None:
    alert = "Увага! Загроза застосування балістичної ракети з північного сходу. Загроза застосування Кинджал."
    assert extract(alert, PUBLISHED)[0] == []
    strike = "Ворог завдав удару із застосуванням 7 ракет."
    assert scored(extract(strike, PUBLISHED)[0]) == {("launched", "missile", 7)}


BOTH_UNITS_OF_THEM: list[tuple[str, set[Row]]] = [
    # "both" is 2
    ("Ворог атакував двома ракетами Іскандер-М та 11 дронами. Обидві ракети збито, а також 9 дронів.",
     {("launched", "missile", 2), ("launched", "drone", 11), ("shot_down", "missile", 2),
      ("shot_down", "drone", 9)}),
    ("Обидва міста атаковано вночі.", set()),
    # "з них знищено 33": the outcome word between "з них" and the figure
    ("Усього зафіксовано 45 засобів повітряного нападу, з них знищено 38.",
     {("launched", "any", 45), ("shot_down", "any", 38)}),
    ("Ворог запустив 52 дрони. З них знищено 47.", {("launched", "drone", 52), ("shot_down", "drone", 47)}),
    ("Противник выпустил 9 ракет, из них сбиты 7.",
     {("launched", "missile", 9), ("shot_down", "missile", 7)}),
    # units of a weapon named before
    ("Вночі ворог атакував ударними БпЛА Shahed (всього 31 одиниця). Усі 31 ворожий дрон знищено.",
     {("launched", "drone", 31), ("shot_down", "drone", 31)}),
    ("Противник атаковал беспилотниками, всего 16 единиц.", {("launched", "drone", 16)}),
    ("У Києві 5 одиниць техніки пошкоджено.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BOTH_UNITS_OF_THEM)
def test_both_units_and_of_them_first(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


def test_a_toll_far_from_its_casualty_word_and_its_subset() -> None:
    text = "Кількість постраждалих внаслідок ракетного удару по Кривому Рогу зросла до 58, з них 7 дітей."
    assert scored(extract(text, PUBLISHED)[0]) == {("injured", None, 58)}


@pytest.mark.parametrize(("text", "scope"), [
    ("За прошедшую неделю сбиты 1 245 беспилотников.", "aggregate"),
    ("Минулого тижня ворог запустив по Україні понад 1200 дронів.", "aggregate"),
    ("На прошлой неделе уничтожены 900 беспилотников.", "aggregate"),
    ("За останній місяць ворог випустив 5000 дронів.", "aggregate"),
    ("За минулу добу збито 40 дронів.", "event"),
    ("За последние сутки уничтожены 120 беспилотников.", "event"),
])
def test_weekly_and_monthly_totals_are_aggregate(text: str, scope: str) -> None:
    assert {c.scope.value for c in extract(text, PUBLISHED)[0]} == {scope}


def test_mlrs_rockets_are_missiles_and_shells_are_none() -> None:
    text = "За прошедшие сутки средствами ПВО сбиты 5 снарядов РСЗО HIMARS и 140 беспилотников."
    assert scored(extract(text, PUBLISHED)[0]) == {("shot_down", "missile", 5), ("shot_down", "drone", 140)}
    assert extract("Артиллерия выпустила 300 снарядов.", PUBLISHED)[0] == []


SINGLE_DRONES: list[tuple[str, set[Row]]] = [
    ("Ворожий ударний БпЛА влучив у багатоповерхівку.", {("hit", "drone", 1)}),
    ("Shahed влучив у житловий будинок у Києві.", {("hit", "drone", 1)}),
    ("Збитий БпЛА впав на поле.", {("shot_down", "drone", 1)}),
    # the model after the noun that counts it, or in a list of types
    ("Ворог атакував 47 ударними БпЛА типу Shahed (в т.ч. реактивними) та Гербера.",
     {("launched", "drone", 47)}),
    ("Ворог атакував ударними БпЛА типу Shahed, Гербера.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_DRONES)
def test_a_single_drone_named_by_adjective_or_model(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


def test_nominative_adjectives_are_read_on_the_noun_line_only() -> None:
    text = "Тривога.\nВорожий ударний БпЛА влучив у будинок."
    assert scored(extract(text, PUBLISHED)[0]) == {("hit", "drone", 1)}
    assert extract("Ворожий\nБпЛА влучив у будинок.", PUBLISHED)[0] == []
