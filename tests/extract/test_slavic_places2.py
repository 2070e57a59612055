"""Districts named after another city's adjective: "Київському району Харкова" is Kharkiv.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from skytally.extract.slavic_places import attacked_places

CASES: list[tuple[str, list[str]]] = [
    # a district of one city, named by another's adjective: the city that follows
    ("Удару зазнав Київський район Харкова, поранено чотирьох людей.", ["Kharkiv"]),
    ("Уламки впали в Київському районі Одеси.", ["Odesa"]),
    ("Обстріл по Киевскому району Харькова продолжался ночью.", ["Kharkiv"]),
    # a city's own district, named by an adjective the gazetteer doesn't know: still the city
    ("Удар по Шевченківському району Києва: загинули троє людей.", ["Kyiv"]),
    ("Атаковано Соломʼянський район Києва.", ["Kyiv"]),
    # a district of the region around the city, in the region: the city's name once
    ("Атаковано Харківський район Харківської області.", ["Kharkiv"]),
    # the adjective alone is the region still
    ("У Київській області збито 10 дронів.", ["Kyiv"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_district_belongs_to_the_city_named_after_it(text: str, expected: list[str]) -> None:
    assert attacked_places(text) == expected
