"""The gazetteer: canonical names, spellings, coordinates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import places
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


def plain_place_at(text: str, at: int, stop: int, names: list[str]) -> places.PlaceMention | None:
    for name in names:
        end = at + len(name)
        glued = end < len(text) and places._continues(text[end])
        if end <= stop and text.startswith(name, at) and not glued:
            suffix = places._SUFFIX_AFTER_RE.match(text, end, stop)
            full_end = suffix.end() if suffix else end
            canonical = places.canonical_place(text[at:full_end])
            if canonical:
                return places.PlaceMention(canonical, at, full_end)
    return None


NAME_PIECES = ("Kyiv", "Kharkiv", "Odesa", "Sea of Azov", " ", "\u00a0", "\n", "region", "Oblast", "city",
               "-", ",", "_", "x", "Kyivx", "  ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=8).map("".join), st.integers(0, 4))
def test_a_place_is_read_as_the_plain_way_reads_it(after: str, cut: int) -> None:
    for first in ("kyiv", "kharkiv", "odesa", "sea"):
        names = places._BY_FIRST_WORD[first]
        text = names[-1] + after
        stop = max(0, len(text) - cut)
        assert places._place_at(text, 0, stop, names) == plain_place_at(text, 0, stop, names)
