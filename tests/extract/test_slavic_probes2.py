"""A second round of Ukrainian/Russian probes: wordings of Air Force, regional and Defence
Ministry posts, each read by a general rule (tracked means launched, "вдарив N ракетами",
figures per region in list items or after "з них", a bare figure after an outcome word).

Every sentence here is written for these tests; each row is one variant of a rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.slavic import extract
from skytally.models import Claim

PUBLISHED = dt.datetime(2026, 2, 11, 6, 0, tzinfo=dt.UTC)

Row = tuple[str, str | None, int]  # outcome, weapon, n


def scored(claims: list[Claim]) -> set[Row]:
    return {(c.outcome.value, c.weapon.value if c.weapon else None, c.n) for c in claims if not c.subset}


def rows(text: str) -> set[Row]:
    return scored(extract(text, PUBLISHED)[0])


TRACKED: list[tuple[str, set[Row]]] = [
    ("Всього було виявлено та супроводжено 47 засобів повітряного нападу.", {("launched", "any", 47)}),
    ("Загалом було виявлено та супроводжено 15 засобів повітряного нападу: 5 ракет та 10 БпЛА. "
     "Знищено 8 БпЛА.",
     {("launched", "any", 15), ("launched", "missile", 5), ("launched", "drone", 10),
      ("shot_down", "drone", 8)}),
    ("Виявлено та знищено 20 БпЛА.", {("shot_down", "drone", 20)}),
]


@pytest.mark.parametrize(("text", "expected"), TRACKED)
def test_tracked_weapons_were_launched(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


STRUCK_WITH: list[tuple[str, set[Row]]] = [
    ("Противник вдарив 2 ракетами С-300 по Харкову.", {("launched", "missile", 2)}),
    ("Противник вдарив двома ракетами С-300 по Харкову.", {("launched", "missile", 2)}),
    ("ВСУ ударили тремя ракетами по Белгороду.", {("launched", "missile", 3)}),
]


@pytest.mark.parametrize(("text", "expected"), STRUCK_WITH)
def test_struck_with_weapons_were_launched(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_strike_noun_alone_is_no_launch() -> None:
    assert rows("Внаслідок удару пошкоджено 3 будинки.") == set()


REGIONS: list[tuple[str, set[Row]]] = [
    ("Збито 18 БпЛА:\n- на Київщині — 10;\n- на Житомирщині — 5;\n- на Черкащині — 3.",
     {("shot_down", "drone", 18), ("shot_down", "drone", 10), ("shot_down", "drone", 5),
      ("shot_down", "drone", 3)}),
    ("Сбиты 20 беспилотников:\n- над Курской областью — 12;\n- над Брянской областью — 8.",
     {("shot_down", "drone", 20), ("shot_down", "drone", 12), ("shot_down", "drone", 8)}),
    ("Збито 18 БпЛА, з них на Київщині — 10, на Житомирщині — 5.",
     {("shot_down", "drone", 18), ("shot_down", "drone", 10), ("shot_down", "drone", 5)}),
    ("Збито 18 БпЛА:\n- 10 на Київщині;\n- 8 на Житомирщині.",
     {("shot_down", "drone", 18), ("shot_down", "drone", 10), ("shot_down", "drone", 8)}),
    ("Ночью сбиты 24 беспилотника над Курской областью и 3 над Орловской областью.",
     {("shot_down", "drone", 24), ("shot_down", "drone", 3)}),
    ("Збито 24 БпЛА на Київщині та 3 на Одещині.", {("shot_down", "drone", 24), ("shot_down", "drone", 3)}),
]


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_figures_per_region_take_the_class_said_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


NOT_REGIONS: list[tuple[str, set[Row]]] = [
    ("Збито 24 БпЛА та 3 на 5 локаціях.", {("shot_down", "drone", 24)}),
    ("Пошкоджено 24 будинки і 3 в Одесі.", set()),
    ("Збито 18 БпЛА:\n- 10 у 3 районах;\n- 8 на Житомирщині.",
     {("shot_down", "drone", 18), ("shot_down", "drone", 8)}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_REGIONS)
def test_figures_beside_no_region_name_stay_out(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


OPENINGS: list[tuple[str, set[Row]]] = [
    ("Запущено 56 дронів. Сили ППО збили 45.", {("launched", "drone", 56), ("shot_down", "drone", 45)}),
    ("Запущено 56 дронів. Збито 45.", {("launched", "drone", 56), ("shot_down", "drone", 45)}),
    ("Загалом ворог запустив 56 дронів-камікадзе; сили ППО знешкодили 45.",
     {("launched", "drone", 56), ("neutralized", "drone", 45)}),
    ("Ворог атакував 12 ракетами. Протягом ночі збито 10, ще 2 не досягли цілей.",
     {("launched", "missile", 12), ("shot_down", "missile", 10), ("suppressed", "missile", 2)}),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_a_sentence_opening_with_its_outcome_borrows_the_class_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


NOT_OPENINGS: list[tuple[str, set[Row]]] = [
    ("Ворог атакував 12 ракетами. Уражено 3 об'єкти.", {("launched", "missile", 12)}),
    ("Пошкоджено 3 будинки. Знищено 2.", set()),
    ("Ворог атакував 12 ракетами. Зафіксовано 2.", {("launched", "missile", 12)}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_OPENINGS)
def test_no_class_to_borrow_or_no_fate_no_figure(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


COLLECTIVES: list[tuple[str, set[Row]]] = [
    ("У місті внаслідок атаки поранені дев'ятеро людей, серед них двоє дітей.", {("injured", None, 9)}),
    ("Поранено дев’ятеро людей.", {("injured", None, 9)}),
    ("В результате удара ранены десятеро человек.", {("injured", None, 10)}),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVES)
def test_collective_numerals_of_nine_and_ten_count(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


VICTIMS: list[tuple[str, set[Row]]] = [
    ("Кількість постраждалих у Києві зросла до 23, з них 4 загинули.", {("killed", None, 4)}),
    ("Внаслідок атаки постраждали 12 людей, з них 2 загинули.", {("killed", None, 2)}),
    ("Постраждали 12 людей, двоє з них загинули.", {("killed", None, 2)}),
    ("Пострадали 7 человек, из них двое погибли.", {("killed", None, 2)}),
]


@pytest.mark.parametrize(("text", "expected"), VICTIMS)
def test_the_dead_among_all_touched_are_killed_the_whole_no_injured(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


CASUALTY_PARTS: list[tuple[str, set[Row]]] = [
    ("Поранено 11 осіб, з них 2 у важкому стані.", {("injured", None, 11)}),
    ("Загинули 3 людини, з них одна дитина.", {("killed", None, 3)}),
    ("Внаслідок атаки 12 людей постраждали, серед них 3 дітей.", {("injured", None, 12)}),
    ("Постраждали 5 людей. Загинула 1 людина.", {("injured", None, 5), ("killed", None, 1)}),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_PARTS)
def test_other_parts_of_a_casualty_figure_add_no_claim(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


SUPPRESSED_SYNONYM: list[tuple[str, set[Row]]] = [
    ("Протиповітряною обороною збито/придушено 120 БпЛА.", {("neutralized", "drone", 120)}),
    ("Засобами РЕБ придушено 14 БпЛА.", {("suppressed", "drone", 14)}),
    ("Збито 20 БпЛА. Ще 14 придушено засобами РЕБ.",
     {("shot_down", "drone", 20), ("suppressed", "drone", 14)}),
]


@pytest.mark.parametrize(("text", "expected"), SUPPRESSED_SYNONYM)
def test_pryducheno_reads_as_podavleno(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


PLACES_AFTER_WEAPONS: list[tuple[str, list[str]]] = [
    ("Уночі противник атакував 3 ракетами С-300 і 5 ударними БпЛА Херсонщину.", ["Kherson"]),
    ("Противник атакував ракетою Іскандер-М Одесу.", ["Odesa"]),
    ("Росіяни атакували дронами Нікополь.", ["Nikopol"]),
    ("Противник атакував 40 дронами з Брянської області.", []),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_AFTER_WEAPONS)
def test_a_place_attacked_after_the_weapons_named_is_attacked(text: str, expected: list[str]) -> None:
    assert extract(text, PUBLISHED)[1] == expected


WITH_THE_USE_OF: list[tuple[str, set[Row]]] = [
    ("Вечером 9 февраля предотвращена попытка атаки с использованием 8 беспилотников.",
     {("launched", "drone", 8)}),
    ("Ворог здійснив атаку з використанням 12 ударних БпЛА.", {("launched", "drone", 12)}),
]


@pytest.mark.parametrize(("text", "expected"), WITH_THE_USE_OF)
def test_an_attack_with_the_use_of_weapons_launched_them(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
