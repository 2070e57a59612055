"""Places an English report names as attacked."""

from __future__ import annotations

from skytally.extract.english import extract


def places(text: str) -> list[str]:
    return extract(text, None)[1]


def test_attacked_places_in_canonical_spelling() -> None:
    assert places("Drones attacked Kiev and the Odessa region overnight.") == ["Kyiv", "Odesa"]


def test_launch_sites_are_not_places() -> None:
    text = "Russia launched 40 drones from the directions of Kursk and Oryol at Sumy."
    assert places(text) == ["Sumy"]


def test_places_without_an_attack_are_not_places() -> None:
    assert places("The minister flew to Lviv for talks about the budget.") == []


def test_government_metonyms_are_not_places() -> None:
    assert places("Kyiv said the strike on Kherson killed two people.") == ["Kherson"]


def test_capitals_as_governments_are_not_places() -> None:
    text = "Moscow said the drones were shot down. Two drones hit Kharkiv, Kyiv officials said."
    assert places(text) == ["Kharkiv"]


def test_capitals_attacked_are_places() -> None:
    assert places("In Kyiv, debris from a drone damaged a house.") == ["Kyiv"]
    assert places("Drones attacked the Odesa, Kyiv and Sumy regions.") == ["Odesa", "Kyiv", "Sumy"]


def test_launch_sites_listed_after_a_direction() -> None:
    text = "Drones were launched from the south - Cape Chauda, Crimea. They hit Izmail."
    assert places(text) == ["Izmail"]


def test_ceasefire_talks_are_no_attack() -> None:
    assert places("Talks on a ceasefire will continue in Riyadh next week.") == []
