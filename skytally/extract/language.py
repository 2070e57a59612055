"""Offline language detection for the languages skytally has grammars for.

Letters decide: Ukrainian has і ї є ґ, Russian has ы э ъ ё; Latin script is
English. This is all the routing needs and costs one pass over the text.
"""

from __future__ import annotations

UK_LETTERS = frozenset("іїєґІЇЄҐ")
RU_LETTERS = frozenset("ыэъёЫЭЪЁ")


def detect_language(text: str) -> str:
    """``"uk"``, ``"ru"`` or ``"en"`` (the default for Latin or empty text)."""
    cyrillic = latin = uk = ru = 0
    for ch in text:
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            if ch in UK_LETTERS:
                uk += 1
            elif ch in RU_LETTERS:
                ru += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if cyrillic <= latin:
        return "en"
    return "uk" if uk >= ru else "ru"
