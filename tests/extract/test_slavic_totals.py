"""A "targets" total ("засоби повітряного нападу", "повітряні цілі", "средства воздушного
нападения", "воздушные цели") is of the one class its sentence or list names, else ``any``;
debris of a downed drone ("уламки збитого дрона") is no claim.

Every sentence here is written for these tests; each row is one variant of a rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.slavic import extract
from skytally.models import Claim

PUBLISHED = dt.datetime(2026, 3, 8, 7, 0, tzinfo=dt.UTC)

Row = tuple[str, str | None, int]  # outcome, weapon, n


def scored(claims: list[Claim]) -> set[Row]:
    return {(c.outcome.value, c.weapon.value if c.weapon else None, c.n) for c in claims if not c.subset}


ONE_CLASS: list[tuple[str, set[Row]]] = [
    ("Уночі ворог атакував ударними БпЛА типу «Shahed» та дронами-імітаторами – всього 87 засобів "
     "повітряного нападу.", {("launched", "drone", 87)}),
    ("Противник атакував ударними дронами та імітаторами, загалом 64 засоби повітряного нападу.",
     {("launched", "drone", 64)}),
    ("Сили ППО збили 52 повітряні цілі – ударні БпЛА різних типів.", {("shot_down", "drone", 52)}),
    ("Над Сумщиною збито 11 повітряних цілей (безпілотники).", {("shot_down", "drone", 11)}),
    ("Враг атаковал ударными беспилотниками и дронами-имитаторами – всего 71 средство воздушного "
     "нападения.", {("launched", "drone", 71)}),
    ("Силы ПВО уничтожили 19 воздушных целей – беспилотники типа «Шахед».", {("shot_down", "drone", 19)}),
    ("Збито 23 повітряні цілі – ударні БпЛА типу «Шахед».", {("shot_down", "drone", 23)}),
    ("Противник атакував 50 засобами повітряного нападу: 40 ударними БпЛА та 10 імітаторами.",
     {("launched", "drone", 50), ("launched", "drone", 40), ("launched", "drone", 10)}),
    ("Всего сбито 60 воздушных целей, из них 60 беспилотников.", {("shot_down", "drone", 60)}),
    ("Противник атакував крилатими ракетами Х-101 – всього 16 засобів повітряного нападу.",
     {("launched", "missile", 16)}),
]

MIXED: list[tuple[str, set[Row]]] = [
    ("Противник атакував ударними БпЛА та ракетами Х-101 – всього 93 засоби повітряного нападу.",
     {("launched", "any", 93)}),
    ("Ворог застосував балістичні ракети та дрони, загалом 120 повітряних цілей.",
     {("launched", "any", 120)}),
    ("Противник применил беспилотники и крылатые ракеты – всего 58 средств воздушного нападения.",
     {("launched", "any", 58)}),
    ("Сбито 44 воздушные цели, среди них дроны и ракеты.", {("shot_down", "any", 44)}),
    ("Збито 80 повітряних цілей, з них 70 БпЛА. Також збито 10 ракет.",
     {("shot_down", "any", 80), ("shot_down", "drone", 70), ("shot_down", "missile", 10)}),
    ("Противник атакував 50 засобами повітряного нападу, зокрема 40 ударними БпЛА.",
     {("launched", "any", 50), ("launched", "drone", 40)}),
    ("Всего сбито 60 воздушных целей, в том числе 45 беспилотников.",
     {("shot_down", "any", 60), ("shot_down", "drone", 45)}),
    ("Збито 35 повітряних цілей.", {("shot_down", "any", 35)}),
    ("Всего уничтожено 27 воздушных целей.", {("shot_down", "any", 27)}),
]


@pytest.mark.parametrize(("text", "expected"), ONE_CLASS)
def test_a_total_of_one_named_class_is_of_that_class(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_a_total_of_several_classes_or_none_named_stays_any(text: str, expected: set[Row]) -> None:
    assert scored(extract(text, PUBLISHED)[0]) == expected


LISTS: list[tuple[str, Row]] = [
    ("Противник атакував 50 засобами повітряного нападу:\n- 38 ударних БпЛА;\n- 12 дронів-імітаторів.",
     ("launched", "drone", 50)),
    ("Противник атакував 50 засобами повітряного нападу:\n- 38 ударних БпЛА;\n- 12 ракет Х-101.",
     ("launched", "any", 50)),
    ("Всего противник применил 30 средств воздушного нападения:\n- 25 беспилотников;\n- 5 имитаторов.",
     ("launched", "drone", 30)),
    ("Всего противник применил 30 средств воздушного нападения:\n- 26 беспилотников;\n"
     "- 4 баллистические ракеты.", ("launched", "any", 30)),
]


@pytest.mark.parametrize(("text", "total"), LISTS)
def test_a_total_opening_a_list_takes_the_class_of_its_items(text: str, total: Row) -> None:
    assert total in scored(extract(text, PUBLISHED)[0])


def test_a_later_sentence_naming_another_class_leaves_the_total_of_its_own() -> None:
    text = ("Противник атакував ударними БпЛА – всього 40 засобів повітряного нападу. "
            "Окремо ворог випустив 2 балістичні ракети.")
    assert scored(extract(text, PUBLISHED)[0]) == {("launched", "drone", 40), ("launched", "missile", 2)}


DEBRIS: list[tuple[str, list[str]]] = [
    ("Уламки збитого дрона впали на територію підприємства у Києві.", ["Kyiv"]),
    ("Уламки збитого безпілотника пошкодили дах будинку.", []),
    ("Внаслідок падіння уламків збитого БпЛА у Харкові пошкоджено авто.", ["Kharkiv"]),
    ("Обломки сбитого беспилотника упали на крышу дома в Белгороде.", ["Belgorod"]),
    ("Обломки сбитого дрона повредили линию электропередачи.", []),
    ("На месте падения обломков сбитого БПЛА пострадавших нет.", []),
    ("Фрагментами сбитого беспилотника повреждена крыша склада.", []),
    ("Уламками збитого дрона пошкоджено вікна школи.", []),
]


@pytest.mark.parametrize(("text", "places"), DEBRIS)
def test_debris_of_a_downed_drone_is_no_claim(text: str, places: list[str]) -> None:
    claims, found = extract(text, PUBLISHED)
    assert claims == []
    assert found == places


def test_debris_beside_a_stated_figure_leaves_the_figure_alone() -> None:
    text = "Уламки збитого дрона впали у дворі. Загалом сили ППО збили 21 БпЛА."
    assert scored(extract(text, PUBLISHED)[0]) == {("shot_down", "drone", 21)}
