"""The gazetteer: canonical English place names, their spellings and coordinates.

``PLACES`` maps each canonical name to its ``Place``; ``canonical_place`` turns
any known spelling ("Kiev", "Odessa", "Kharkiv Oblast", "Kyiv region") into the
canonical name. ``find_places`` lists the places a text names, with offsets.

The data is ``skytally/data/gazetteer.json`` (English names) plus, when present,
``skytally/data/gazetteer_slavic.json``: Ukrainian and Russian spellings mapped to
the canonical names here, either as ``{"spelling": "Canonical", ...}`` or as a
list of ``{"name": "Canonical", "variants": [...]}``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final, NamedTuple

from skytally.extract.triggers import bisect_left, first_word, index_of, watch

log = logging.getLogger(__name__)

REGION_WORDS: Final = (r"(?:\s+(?:region|Region|oblast|Oblast|province|Province|Krai|krai|city|City|Republic"
                r"|governorate))?")


@dataclass(frozen=True, slots=True)
class Place:
    """One city, region or sea reports name as attacked."""

    name: str
    country: str
    kind: str  # "city", "region" or "sea"
    lat: float
    lon: float
    parent: str | None = None
    variants: tuple[str, ...] = ()


# ``X(...)`` of a NamedTuple runs the interpreted ``__new__`` namedtuple writes, which calls this on its
# fields: called directly, building one costs half as much compiled.
_BUILD: Final = tuple.__new__


class PlaceMention(NamedTuple):  # a tuple: built many times per report, cheaply
    """A place named in a text: its canonical name and where the name stands."""

    name: str
    start: int
    end: int


def _read(name: str) -> Any:
    try:
        return json.loads(resources.files("skytally.data").joinpath(name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("gazetteer %s not read: %s", name, exc)
        return None


def _load_places() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for rec in _read("gazetteer.json") or []:
        places[rec["name"]] = Place(
            name=rec["name"], country=rec["country"], kind=rec["kind"], lat=float(rec["lat"]),
            lon=float(rec["lon"]), parent=rec.get("parent"), variants=tuple(rec.get("variants") or ()))
    return places


def _spellings(places: dict[str, Place]) -> dict[str, str]:
    out: dict[str, str] = {}
    for place in places.values():
        for spelling in (place.name, *place.variants):
            out.setdefault(_key(spelling), place.name)
    extra = _read("gazetteer_slavic.json")
    pairs: list[tuple[str, str]] = []
    if isinstance(extra, dict):
        pairs = [(k, v) for k, v in extra.items() if isinstance(v, str)]
    elif isinstance(extra, list):
        pairs = [(v, rec["name"]) for rec in extra if isinstance(rec, dict) and "name" in rec
                 for v in rec.get("variants") or ()]
    for spelling, name in pairs:
        if name in places:
            out.setdefault(_key(spelling), name)
    return out


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


PLACES: Final[dict[str, Place]] = _load_places()
SPELLINGS: Final[dict[str, str]] = _spellings(PLACES)
_SUFFIX_RE: Final = re.compile(r"\s+(?:region|oblast|province|krai|city|republic|governorate|district)$")
_PREFIX_RE: Final = re.compile(r"^(?:the\s+)?(?:city\s+of\s+|region\s+of\s+)?")
_NAMES: Final = sorted({n for p in PLACES.values() for n in (p.name, *p.variants)}, key=len, reverse=True)
_SUFFIX_AFTER_RE: Final = re.compile(REGION_WORDS)
_BY_FIRST_WORD: Final[dict[str, list[str]]] = {}
for _name in _NAMES:  # longest first, so "Sea of Azov" is tried before "Sea"
    _BY_FIRST_WORD.setdefault(first_word(_name), []).append(_name)
_FIRST_WORDS: Final = frozenset(_BY_FIRST_WORD)
watch(_FIRST_WORDS)


@lru_cache(maxsize=4096)
def canonical_place(name: str) -> str | None:
    """The canonical English name of a place spelled any known way, else None."""
    key = _key(name)
    key = _PREFIX_RE.sub("", key)
    while True:
        if key in SPELLINGS:
            return SPELLINGS[key]
        shorter = _SUFFIX_RE.sub("", key)
        if shorter == key:
            return None
        key = shorter


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every known place named in ``text[start:end]``, in order."""
    stop = len(text) if end is None else end
    out: list[PlaceMention] = []
    index = index_of(text)
    candidates, numbers = index.positions(_FIRST_WORDS), index.numbers(_FIRST_WORDS)
    starts, words = index.starts, index.words
    pos = start
    for i in range(bisect_left(candidates, start), bisect_left(candidates, stop)):
        k = numbers[i]
        at = starts[k]
        if at < pos or at and text[at - 1] in "-_":
            continue
        mention = _place_at(text, at, stop, _BY_FIRST_WORD[words[k]])
        if mention:
            out.append(mention)
            pos = mention.end
    return out


def _place_at(text: str, at: int, stop: int, names: list[str]) -> PlaceMention | None:
    for name in names:
        end = at + len(name)
        if end <= stop and text[at:end] == name and not (end < len(text) and _continues(text[end])):
            # a region word follows only after a space: elsewhere the pattern is not run
            suffix = _SUFFIX_AFTER_RE.match(text, end, stop) if end < stop and text[end].isspace() else None
            full_end = suffix.end() if suffix else end
            canonical = canonical_place(text[at:full_end])
            if canonical:
                return _BUILD(PlaceMention, (canonical, at, full_end))
    return None


def _continues(ch: str) -> bool:
    return ch.isalnum() or ch in "-_"
