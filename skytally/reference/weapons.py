"""Weapon models of the reference dataset → weapon classes and canonical names.

The classes come from the ``category`` column of ``missiles_and_uavs.csv`` when
that file is given; the built-in table below covers every model string of the
dataset (including bundles, the Cyrillic UAV names and the bombs that file lacks),
so the import works without it.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from pathlib import Path

from skytally.errors import InputError
from skytally.models import Weapon

# category (missiles_and_uavs.csv) → weapon class
CATEGORY_CLASS: Mapping[str, Weapon] = {
    "uav": Weapon.DRONE,
    "cruise missile": Weapon.MISSILE,
    "ballistic missile": Weapon.MISSILE,
    "surface-to-air missile": Weapon.MISSILE,
    "surface-to-air and ballistic": Weapon.MISSILE,
    "guided bomb": Weapon.BOMB,
}

# Word stems of single models, by class; a bundle takes the class its parts share.
DRONE_STEMS = ("shahed", "geran", "gerbera", "uav", "orlan", "zala", "supercam", "lancet",
               "merlin", "orion", "mohajer", "forpost", "kub", "eleron", "granat",
               "молнія", "молния", "фенікс", "картограф", "привет")
BOMB_STEMS = ("gbu", "bomb", "kab")

_DRONE_RE = re.compile("|".join(DRONE_STEMS), re.IGNORECASE)
_BOMB_RE = re.compile(r"\b(?:" + "|".join(BOMB_STEMS) + r")", re.IGNORECASE)

# Latin transliteration used by the dataset → usual English spelling.
_RENAMES = ((re.compile(r"\bX-(?=\d)"), "Kh-"), (re.compile(r"\bC-(?=\d)"), "S-"))


def canonical_model(model: str) -> str:
    """``X-101/X-555 and Kalibr`` → ``Kh-101/Kh-555 and Kalibr``; ``C-300`` → ``S-300``."""
    out = " ".join(model.split())
    for pattern, repl in _RENAMES:
        out = pattern.sub(repl, out)
    return out


def model_key(model: str) -> str:
    """An order-free key of a (bundled) model string, stable when the author reorders parts."""
    parts = sorted(p.strip().casefold() for p in model.split(" and ") if p.strip())
    return " and ".join(parts)


def guess_class(model: str) -> Weapon:
    """The class of a model string from its name alone (used when no category is known)."""
    if _BOMB_RE.search(model):
        return Weapon.BOMB
    parts = [p for p in model.split(" and ") if p.strip()]
    if parts and all(_DRONE_RE.search(p) for p in parts):
        return Weapon.DRONE
    return Weapon.MISSILE if not any(_DRONE_RE.search(p) for p in parts) else Weapon.ANY


class WeaponTable:
    """Model string → weapon class: the metadata file first, then the name rules."""

    def __init__(self, categories: Mapping[str, str] | None = None) -> None:
        self._categories = {k.strip(): v.strip().casefold() for k, v in (categories or {}).items()}

    def classify(self, model: str) -> Weapon:
        weapon = CATEGORY_CLASS.get(self._categories.get(model.strip(), ""))
        return weapon if weapon is not None else guess_class(model)


def read_weapon_table(path: str | Path) -> WeaponTable:
    """Read ``missiles_and_uavs.csv`` (columns ``model`` and ``category``)."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = {"model", "category"} - set(reader.fieldnames or ())
            if missing:
                raise InputError(f"missing column(s) {', '.join(sorted(missing))}; expected the "
                                 "missiles_and_uavs.csv layout", path=str(path), line=1)
            return WeaponTable({row["model"]: row["category"] or "" for row in reader})
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from exc
