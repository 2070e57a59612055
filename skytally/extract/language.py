"""Offline language detection for the languages skytally has grammars for.

Letters decide first: Ukrainian has і ї є ґ, Russian has ы э ъ ё; Latin script is
English. Short Cyrillic text with none of those letters falls back to common
words and endings ("що", "дронів" against "что", "дронов"). ``split_languages``
does the same sentence by sentence, so that an English article quoting a
Ukrainian post can be read by both grammars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UK_LETTERS = frozenset("іїєґІЇЄҐ")
RU_LETTERS = frozenset("ыэъёЫЭЪЁ")
UK_WORDS = re.compile(r"(?<!\w)(?:що|та|як|це|й|від|ворог\w*|противник|збито|\w+ів|\w+ння)(?!\w)",
                      re.IGNORECASE)
RU_WORDS = re.compile(r"(?<!\w)(?:что|как|это|или|от|враг\w*|сбито|\w+ов|\w+ние|\w+ого)(?!\w)",
                      re.IGNORECASE)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")
LATIN_RUN = re.compile(r"[A-Za-z]+")
UK_ONLY = re.compile(f"[{''.join(sorted(UK_LETTERS))}]")
RU_ONLY = re.compile(f"[{''.join(sorted(RU_LETTERS))}]")
LETTER_RUN = re.compile(r"[^\W\d_]+")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
MIN_LETTERS = 3  # a sentence with fewer letters takes the language around it
MIN_RUN = 15  # letters a stretch of another language needs to be read by its grammar


@dataclass(frozen=True, slots=True)
class LanguageSpan:
    """A stretch ``[start, end)`` of the text in one language."""

    language: str
    start: int
    end: int


def detect_language(text: str) -> str:
    """``"uk"``, ``"ru"`` or ``"en"`` (the default for Latin or empty text)."""
    return _decide(text, _letters(text))


def _decide(text: str, letters: tuple[int, int, int, int]) -> str:
    cyrillic, latin, uk, ru = letters
    if cyrillic <= latin:
        return "en"
    if uk != ru:
        return "uk" if uk > ru else "ru"
    return "ru" if len(RU_WORDS.findall(text)) > len(UK_WORDS.findall(text)) else "uk"


def split_languages(text: str) -> list[LanguageSpan]:
    """Runs of sentences in one language, covering every sentence with letters."""
    runs: list[LanguageSpan] = []
    for m in SENTENCE.finditer(text):
        letters = _letters(m.group(0))
        if letters[0] + letters[1] < MIN_LETTERS:
            continue
        lang = _decide(m.group(0), letters)
        if runs and runs[-1].language == lang:
            runs[-1] = LanguageSpan(lang, runs[-1].start, m.end())
        else:
            runs.append(LanguageSpan(lang, m.start(), m.end()))
    return runs


def foreign_spans(text: str, main: str) -> dict[str, list[LanguageSpan]]:
    """Stretches in languages other than ``main`` long enough to read, by language."""
    if main == "en" and not CYRILLIC.search(text):
        return {}  # the common case: all-Latin English needs no sentence-by-sentence pass
    out: dict[str, list[LanguageSpan]] = {}
    for span in split_languages(text):
        if span.language != main:
            out.setdefault(span.language, []).append(span)
    return {lang: spans for lang, spans in out.items()
            if sum(_letter_count(text[s.start:s.end]) for s in spans) >= MIN_RUN}


def _letters(text: str) -> tuple[int, int, int, int]:
    """Counts of Cyrillic, Latin, Ukrainian-only and Russian-only letters (regex, C speed;
    runs rather than letters, so that a word is one string to count, not one per letter)."""
    latin = _run_length(LATIN_RUN, text)
    if not CYRILLIC.search(text):
        return 0, latin, 0, 0
    cyrillic = _run_length(CYRILLIC_RUN, text)
    return cyrillic, latin, len(UK_ONLY.findall(text)), len(RU_ONLY.findall(text))


def _letter_count(text: str) -> int:
    return _run_length(LETTER_RUN, text)


def _run_length(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))
