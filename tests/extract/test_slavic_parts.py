"""The parts of the Ukrainian/Russian grammar: number words, dates, places."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from skytally.extract.places import canonical_place
from skytally.extract.slavic_dates import attack_date, local_day
from skytally.extract.slavic_places import attacked_places
from skytally.extract.slavic_tokens import Tag, tokenize


@pytest.mark.parametrize(("text", "value"), [
    ("двома", 2), ("шістьма", 6), ("п’ятьма", 5), ("п'ятьма", 5), ("однією", 1), ("чотири", 4),
    ("двадцять одна", 21), ("сто двадцять три", 123), ("дві тисячі", 2000), ("тисяча двісті", 1200),
    ("троє", 3), ("двумя", 2), ("сорока", 40), ("181-м", 181), ("8-ма", 8), ("1 200", 1200),
    ("5 тисяч", 5000), ("1,5 тисячі", 1500), ("2 млн", 2_000_000), ("сотню", 100),
])
def test_numbers_in_digits_and_words(text: str, value: int) -> None:
    tokens = tokenize(text)
    assert (tokens.tags, tokens.values, tokens.numbers) == ([Tag.NUM], [value], [0])


@pytest.mark.parametrize("text", ["18:00", "07.30", "1,5", "Х-59/69", "С-400", "S8000"])
def test_times_decimals_and_models_are_not_numbers(text: str) -> None:
    tokens = tokenize(text)
    assert Tag.NUM not in tokens.tags and not tokens.numbers


SUMMER = dt.datetime(2026, 7, 3, 5, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "published", "day"), [
    ("У ніч на 3 липня (з 18:00 2 липня) противник атакував", SUMMER, dt.date(2026, 7, 3)),
    ("У ніч на 03 липня противник атакував", SUMMER, dt.date(2026, 7, 3)),
    ("В ночь на 3 июля сбиты", SUMMER, dt.date(2026, 7, 3)),
    ("Протягом дня 2 липня (із 7.00 по 19.00) противник атакував", SUMMER, dt.date(2026, 7, 2)),
    ("удар 2 липня 2025 року", SUMMER, dt.date(2025, 7, 2)),
    ("У ніч на 31 грудня противник атакував", dt.date(2027, 1, 1), dt.date(2026, 12, 31)),
    ("Минулої ночі противник атакував", dt.datetime(2026, 7, 2, 22, 30, tzinfo=dt.UTC),
     dt.date(2026, 7, 3)),
    ("Вчора противник атакував", SUMMER, dt.date(2026, 7, 2)),
    ("Противник атакував", None, None),
])
def test_attack_date(text: str, published: dt.datetime | dt.date | None, day: dt.date | None) -> None:
    assert attack_date(text, published) == day


def test_local_day_is_kyiv_time_in_winter_and_summer() -> None:
    assert local_day(dt.datetime(2026, 1, 10, 22, 30, tzinfo=dt.UTC)) == dt.date(2026, 1, 11)
    assert local_day(dt.datetime(2026, 1, 10, 21, 30, tzinfo=dt.UTC)) == dt.date(2026, 1, 10)
    assert local_day(dt.datetime(2026, 7, 10, 21, 30, tzinfo=dt.UTC)) == dt.date(2026, 7, 11)


@pytest.mark.parametrize(("text", "places"), [
    ("Ворог атакував Київщину та Черкащину.", ["Kyiv", "Cherkasy"]),
    ("Основний напрямок удару – Харківщина, Сумщина.", ["Kharkiv", "Sumy"]),
    ("Уламки впали у Вінниці, пошкоджено будинок на Житомирщині.", ["Vinnytsia", "Zhytomyr"]),
    ("Дрони спрямовувались у бік столиці України.", ["Kyiv"]),
    ("Атаковано Дніпропетровщину і Кіровоградщину.", ["Dnipro", "Kropyvnytskyi"]),
    ("противник атакував Кривий Ріг та Кременчук", ["Kryvyi Rih", "Kremenchuk"]),
    ("уничтожены над территорией Брянской и Орловской областей", ["Bryansk", "Oryol"]),
    ("Удар по Одессе", ["Odesa"]),
    ("уничтожены над территорией Республики Крым и Краснодарского края", ["Crimea", "Krasnodar"]),
    # launch sites are no places
    ("атакував 30 БпЛА із напрямків: Курськ, Орел – рф, Гвардійське – ТОТ АР Крим.", []),
    ("ракетами з Брянської та Курської обл. (район пуску – Ростовська обл.)", []),
    ("з повітряного простору Бєлгородської обл. та з Криму", []),
])
def test_attacked_places(text: str, places: list[str]) -> None:
    assert attacked_places(text) == places


def test_canonical_names_are_those_of_the_english_gazetteer() -> None:
    """Ukrainian and Russian names land on the same spelling as English ones (some only here)."""
    raw = resources.files("skytally.data").joinpath("gazetteer_slavic.json").read_text(encoding="utf-8")
    names = json.loads(raw)["places"]
    only_here = {"Adygea", "Vologda"}
    assert [n for n in names if n not in only_here and canonical_place(n) != n] == []
