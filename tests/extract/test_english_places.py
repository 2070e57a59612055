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
