"""Who states a figure: official body, wire agency, other outlet, reference dataset.

The kind of a figure's source drives which figure an event prefers (see
``docs/events.md``). Kinds come from lexicons below, matched as whole words in
the outlet name and in the claim's attribution ("the air force said").
"""

from __future__ import annotations

import re
from enum import StrEnum


class SourceKind(StrEnum):
    OFFICIAL = "official"
    WIRE = "wire"
    OUTLET = "outlet"
    REFERENCE = "reference"


# Words naming a state or military body that issues figures itself.
OFFICIAL_WORDS = (
    "air force", "air forces", "ministry", "ministry of defence", "ministry of defense", "mod",
    "general staff", "armed forces", "army", "military", "command", "governor", "mayor",
    "regional administration", "military administration", "president", "presidency",
    "prime minister", "state emergency service", "emergency service", "police", "idf",
    "kpszsu", "zsu", "minoborony", "повітряні сили", "міноборони", "минобороны", "генштаб",
)

# International and national news agencies.
WIRE_WORDS = (
    "wire", "reuters", "associated press", "ap", "afp", "agence france-presse", "dpa", "efe",
    "ansa", "bloomberg", "ukrinform", "interfax", "interfax-ukraine", "tass", "ria novosti",
    "xinhua", "anadolu", "kyodo", "yonhap", "pap", "unian",
)

# How the kinds rank when an event picks its preferred figure: lower wins.
RANK: dict[SourceKind, int] = {
    SourceKind.OFFICIAL: 0,
    SourceKind.REFERENCE: 1,
    SourceKind.WIRE: 2,
    SourceKind.OUTLET: 3,
}


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


OFFICIAL = _pattern(OFFICIAL_WORDS)
WIRE = _pattern(WIRE_WORDS)


def classify_outlet(outlet: str | None, *, reference: bool = False) -> SourceKind:
    """The kind of an outlet, from its name (a reference dataset when told so)."""
    if reference:
        return SourceKind.REFERENCE
    if outlet and OFFICIAL.search(outlet):
        return SourceKind.OFFICIAL
    if outlet and WIRE.search(outlet):
        return SourceKind.WIRE
    return SourceKind.OUTLET


def figure_source(outlet_kind: SourceKind, attribution: str | None) -> SourceKind:
    """The kind a figure counts as: an outlet quoting an official body counts as official."""
    if attribution and outlet_kind is not SourceKind.REFERENCE and OFFICIAL.search(attribution):
        return SourceKind.OFFICIAL
    return outlet_kind


__all__ = ["RANK", "SourceKind", "classify_outlet", "figure_source"]
