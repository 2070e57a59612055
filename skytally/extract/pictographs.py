"""Pictographs as plain marks: posts open list items with emoji ("🔹 4 крилаті ракети …").

``as_marks`` puts a bullet ("•") for every pictograph and a space for the joiners and
variation selectors that dress them, so a grammar reads an emoji bullet as it reads "•".
The text keeps its length and every offset: evidence spans still point into the original.
"""

from __future__ import annotations

import re
from typing import Final

# Geometric shapes ("▪", "►"), miscellaneous symbols and dingbats ("⚠", "✅"), arrows and symbols
# ("⬇"), the emoji planes (flags, "🔹", "🚀"); and what dresses them: the emoji variation selector,
# the zero-width joiner, the keycap mark.
PICTOGRAPH_RE: Final = re.compile("[\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3\U0001f000-\U0001faff]")
DRESSING: Final = frozenset("\ufe0f\u200d\u20e3")


def as_marks(text: str) -> str:
    """``text`` with each pictograph a "•" and each joiner or selector a space (same length)."""
    if PICTOGRAPH_RE.search(text) is None:
        return text
    return PICTOGRAPH_RE.sub(_mark, text)


def _mark(m: re.Match[str]) -> str:
    return " " if m.group() in DRESSING else "•"
