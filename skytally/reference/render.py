"""A reference row → a ``Document`` (one rendered line of text) and its claims.

Each claim's evidence is the span of the line that states it, so a reference
figure is checked the same way as a figure read from a news report.

Meaning of the figures (see the dataset README, caveat 4): up to 2025-07-23
``destroyed`` is the number shot down and ``not_reach_goal`` the number lost to
electronic warfare (suppressed); from 2025-07-24 ``destroyed`` counts both
together for drones, so it becomes a ``neutralized`` drone claim (missile
figures keep their meaning: shot down).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.reference.csvfile import ReferenceRow, identity
from skytally.reference.weapons import WeaponTable, canonical_model

OUTLET = "reference dataset"
NEUTRALIZED_FROM = dt.date(2025, 7, 24)

# Facebook/Telegram page → who states the figure.
PAGES: Mapping[str, str] = {
    "kpszsu": "Ukrainian Air Force",
    "PvKPivden": "Air Command South",
    "pvkshid": "Air Command East",
    "PvkZahid": "Air Command West",
    "PvkCenter": "Air Command Center",
    "GeneralStaff.ua": "General Staff of Ukraine",
    "CinCAFU": "Commander-in-Chief of Ukraine",
}
REGION_TARGETS = frozenset({"ukraine", "south", "east", "west", "north", "center", "centre", ""})
PLACE_SUFFIXES = (" oblast", " raion", " region", " city")


@dataclass(frozen=True, slots=True)
class _Part:
    outcome: Outcome
    n: int
    phrase: str


def render_row(row: ReferenceRow, weapons: WeaponTable) -> tuple[Document, Extraction]:
    """The document and claims one reference row stands for."""
    weapon = weapons.classify(row.model)
    model = canonical_model(row.model)
    text, claims = render_line(row, weapon, model, f"{model}: ")
    doc = Document(id=document_id(row), text=text, published=row.date, url=row.url, outlet=OUTLET,
                   language="en", source=f"line {row.line}",
                   meta={"national": row.national, "model": row.model, "target": row.target})
    return doc, Extraction(document_id=doc.id, claims=claims, places=_places(row.target))


def render_line(row: ReferenceRow, weapon: Weapon, model: str | None,
                what: str) -> tuple[str, tuple[Claim, ...]]:
    """``row``'s figures as one line of text (``what`` names the weapons) and a claim for each,
    its evidence the span that states it."""
    text = f"{attribution(row.source)}, {row.time_start} to {row.time_end}, {row.target or '-'}: {what}"
    claims = list[Claim]()
    for part in _parts(row, combined=weapon is Weapon.DRONE and row.date >= NEUTRALIZED_FROM):
        if claims:
            text += ", "
        start = len(text)
        text += part.phrase
        claims.append(Claim(outcome=part.outcome, n=part.n, evidence=Evidence(start, len(text)),
                            weapon=weapon, attacker="russia", target="ukraine", date=row.date,
                            model=model, attribution=attribution(row.source)))
    return text + ".", tuple(claims)


def document_id(row: ReferenceRow) -> str:
    """Stable across versions of the file, so re-importing an edited row updates it."""
    key = "\x1f".join((*identity(row), str(row.occurrence)))
    return "ref-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def attribution(source: str) -> str:
    page = source.removeprefix("https://t.me/").removeprefix("https://www.facebook.com/").split("/")[0]
    return PAGES.get(page, page or "unknown")


def _parts(row: ReferenceRow, *, combined: bool) -> list[_Part]:
    parts = []
    if row.launched is not None:
        parts.append(_Part(Outcome.LAUNCHED, row.launched, f"{row.launched} launched"))
    if row.destroyed is not None:
        parts.append(_Part(Outcome.NEUTRALIZED, row.destroyed, f"{row.destroyed} shot down or suppressed")
                     if combined else _Part(Outcome.SHOT_DOWN, row.destroyed, f"{row.destroyed} shot down"))
    lost = row.not_reach_goal
    if lost is not None and (lost > 0 or not combined):
        parts.append(_Part(Outcome.SUPPRESSED, lost, f"{lost} lost without reaching a target"))
    return parts


def _places(target: str) -> tuple[str, ...]:
    if target.casefold() in REGION_TARGETS:
        return ()
    place = target
    for suffix in PLACE_SUFFIXES:
        if place.casefold().endswith(suffix):
            place = place[: -len(suffix)]
    return (place.strip(),) if place.strip() else ()

