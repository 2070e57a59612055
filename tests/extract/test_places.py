"""The gazetteer: canonical names, spellings, coordinates."""

from __future__ import annotations

import pytest

from skytally.extract.places import PLACES, canonical_place, find_places


@pytest.mark.parametrize(("name", "canonical"), [
    ("Kiev", "Kyiv"), ("Kyiv region", "Kyiv"), ("the city of Odessa", "Odesa"),
    ("Kharkov", "Kharkiv"), ("Kharkiv Oblast", "Kharkiv"), ("Zaporozhye", "Zaporizhzhia"),
    ("Dnipropetrovsk region", "Dnipropetrovsk"), ("Belgorod Region", "Belgorod"),
    ("Krivoy Rog", "Kryvyi Rih"), ("Rostov-on-Don", "Rostov-on-Don"), ("Tel Aviv", "Tel Aviv"),
])
def test_canonical_place(name: str, canonical: str) -> None:
    assert canonical_place(name) == canonical


def test_unknown_place() -> None:
    assert canonical_place("Atlantis") is None


def test_every_place_is_complete() -> None:
    for name, place in PLACES.items():
        assert place.name == name
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
        assert place.kind in {"city", "region", "sea"}
        assert place.parent is None or place.parent in PLACES
        assert canonical_place(name) == name


def test_find_places_longest_name_wins() -> None:
    text = "Drones flew over the Sea of Azov towards Rostov-on-Don and the Kiev region."
    assert [(m.name, text[m.start:m.end]) for m in find_places(text)] == [
        ("Sea of Azov", "Sea of Azov"), ("Rostov-on-Don", "Rostov-on-Don"), ("Kyiv", "Kiev region")]
