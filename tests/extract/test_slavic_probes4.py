"""Ukrainian/Russian wordings found misread on a blind held-out set (session 4), each read by a
general rule.

Every sentence here is written for these tests; each row is one variant of a rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract.slavic import extract
from skytally.extract.slavic_places import attacked_places
from skytally.models import Scope

PUBLISHED = dt.datetime(2026, 4, 10, 7, 0, tzinfo=dt.UTC)

Row = tuple[str, str | None, int]  # outcome, weapon, n


def rows(text: str) -> set[Row]:
    return {(c.outcome.value, c.weapon.value if c.weapon else None, c.n)
            for c in extract(text, PUBLISHED)[0] if not c.subset and c.scope is Scope.EVENT}


CASES: list[tuple[str, set[Row]]] = [
    # a toll that rose replaces the earlier one of its kind
    ("Внаслідок удару загинули 3 людини. Оновлено: кількість загиблих зросла до шести.",
     {("killed", None, 6)}),
    ("Відомо про 9 поранених. Згодом кількість поранених зросла до 14, серед них двоє дітей.",
     {("injured", None, 14)}),
    # the hospitalised are a part of the injured the report gives
    ("Поранено 25 осіб. 11 потерпілих госпіталізовані.", {("injured", None, 25)}),
    ("Ранены 8 человек, 5 из них госпитализированы.", {("injured", None, 8)}),
    # "застосовано": the participle of "застосувати" is a launch, as "применено" is
    ("Загалом застосовано 30 ракет та 90 ударних БпЛА.",
     {("launched", "missile", 30), ("launched", "drone", 90)}),
    ("Всего применено 12 ракет.", {("launched", "missile", 12)}),
    # a region's figure in a list item with no preposition
    ("Збито/подавлено 40 ворожих БпЛА:\n• Сумщина – 22\n• Полтавщина – 18",
     {("neutralized", "drone", 40), ("neutralized", "drone", 22), ("neutralized", "drone", 18)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_session_4_wordings(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_week_is_an_aggregate() -> None:
    claims, _ = extract("Протягом цього тижня ворог випустив понад 900 ударних дронів.", PUBLISHED)
    assert [(c.n, c.scope) for c in claims] == [(900, Scope.AGGREGATE)]


PLACES: list[tuple[str, list[str]]] = [
    # a city that heads a post, as a dateline
    ("Запоріжжя. Вночі ворог атакував місто ударними дронами.", ["Zaporizhzhia"]),
    # the regions of a list of figures
    ("Збито 30 БпЛА:\n• Чернігівщина – 20\n• Київщина – 10", ["Chernihiv", "Kyiv"]),
    # "Київський район" is a district of another city: no Kyiv
    ("Одеса. Вибухи у Київському та Приморському районах.", ["Odesa"]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_session_4_places(text: str, expected: list[str]) -> None:
    assert attacked_places(text) == expected


EMOJI_POST = ("У ніч на 5 березня противник атакував Україну 40 засобами повітряного нападу:\n"
              "🔹 3 крилаті ракети Х-101 – з району Енгельса;\n"
              "▪️ 37 ударних БпЛА типу Shahed – з напрямків Курськ, Орел.")


def test_emoji_bullets_open_list_items() -> None:
    assert rows(EMOJI_POST) == {
        ("launched", "any", 40), ("launched", "missile", 3), ("launched", "drone", 37)}


HELDOUT7: list[tuple[str, set[Row]]] = [
    # "збила/подавила": the past tense of "збито/подавлено", one figure for both
    ("ППО збила/подавила 80 ворожих БпЛА.", {("neutralized", "drone", 80)}),
    # a list opened by a verb alone takes the class named last
    ("Збито 50 БпЛА.\nПо областях збито:\n▪️ Сумщина – 30;\n▪️ Полтавщина – 20.",
     {("shot_down", "drone", 50), ("shot_down", "drone", 30), ("shot_down", "drone", 20)}),
    # lines of figures under a list opener, with no mark, each a region's
    ("Уничтожены 40 украинских БПЛА:\n25 – над территорией Курской области,\n"
     "15 – над акваторией Черного моря.",
     {("shot_down", "drone", 40), ("shot_down", "drone", 25), ("shot_down", "drone", 15)}),
    # "зафіксовано удар ракетою": a recorded strike is a hit
    ("Також зафіксовано удар ракетою по Слобідському району.", {("hit", "missile", 1)}),
    # an update replaces the figures before it; "Кількість поранених – 12"
    ("Відомо про 6 поранених.\nОновлено станом на 18:00: кількість поранених – 10.", {("injured", None, 10)}),
]


@pytest.mark.parametrize(("text", "expected"), HELDOUT7)
def test_seventh_held_out_wordings(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_russian_governor_reports_ukraines_attack() -> None:
    text = ("Курская область. ВСУ атаковали дроном автомобиль в Рыльске. Ранены двое мужчин.\n"
            "Всего за сутки противник выпустил 20 беспилотников.")
    claims, _ = extract(text, PUBLISHED)
    assert claims and {c.attacker for c in claims} == {"ukraine"}


def test_a_night_window_ends_on_its_last_day() -> None:
    text = "В течение ночи с 23.00 мск 9 апреля до 07.00 мск 10 апреля уничтожены 12 украинских БПЛА."
    claims, _ = extract(text, PUBLISHED)
    assert [str(c.date) for c in claims] == ["2026-04-10"]


HELDOUT8: list[tuple[str, set[Row]]] = [
    ("Одна пассажирка скончалась в больнице.", {("killed", None, 1)}),
    ("Ще один чоловік помер у лікарні.", {("killed", None, 1)}),
    ("Один беспилотник попал в частный дом.", {("hit", "drone", 1)}),
    # a hyphenated adjective between "завдав" and "удару"
    ("Противник завдав ракетно-дронового удару: 3 ракети та 40 ударних БпЛА.",
     {("launched", "missile", 3), ("launched", "drone", 40)}),
    # the hospitalised of a sentence that says so only after the figure
    ("Поранено 20 осіб. 9 постраждалих госпіталізовано.", {("injured", None, 20)}),
]


@pytest.mark.parametrize(("text", "expected"), HELDOUT8)
def test_eighth_held_out_wordings(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_suppressed_and_shot_down_together_is_neutralized() -> None:
    assert rows("За сутки подавлено и сбито 24 беспилотника.") == {("neutralized", "drone", 24)}
