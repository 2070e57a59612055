"""Offline language detection for the languages skytally has grammars for.

Letters decide first: Ukrainian has і ї є ґ, Russian has ы э ъ ё; Latin script is
English. Short Cyrillic text with none of those letters falls back to common
words and endings ("що", "дронів" against "что", "дронов"). ``split_languages``
does the same sentence by sentence, so that an English article quoting a
Ukrainian post can be read by both grammars.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache

UK_LETTERS = frozenset("іїєґІЇЄҐ")
RU_LETTERS = frozenset("ыэъёЫЭЪЁ")
UK_WORDS = re.compile(r"(?<!\w)(?:що|та|як|це|й|від|ворог\w*|противник|збито|\w+ів|\w+ння)(?!\w)",
                      re.IGNORECASE)
RU_WORDS = re.compile(r"(?<!\w)(?:что|как|это|или|от|враг\w*|сбито|\w+ов|\w+ние|\w+ого)(?!\w)",
                      re.IGNORECASE)
LETTER_RUN = re.compile(r"[^\W\d_]+")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
MIN_LETTERS = 3  # a sentence with fewer letters takes the language around it
ENOUGH_CYRILLIC = re.compile(rf"[\u0400-\u04ff](?:[^\u0400-\u04ff]*[\u0400-\u04ff]){{{MIN_LETTERS - 1}}}")
MIN_RUN = 15  # letters a stretch of another language needs to be read by its grammar
NOT_LATIN_BYTES = bytes(b for b in range(128) if not chr(b).isalpha())  # deleted to count A-Z, a-z


@dataclass(frozen=True, slots=True)
class LanguageSpan:
    """A stretch ``[start, end)`` of the text in one language."""

    language: str
    start: int
    end: int


@lru_cache(maxsize=8)  # the router and the grammar both ask about the same text
def detect_language(text: str) -> str:
    """``"uk"``, ``"ru"`` or ``"en"`` (the default for Latin or empty text)."""
    return _decide(text, _text_letters(text))


@lru_cache(maxsize=8)  # detect_language and foreign_spans both count the letters of a whole text
def _text_letters(text: str) -> tuple[int, int, int, int]:
    return _letters(text)


def _decide(text: str, letters: tuple[int, int, int, int]) -> str:
    cyrillic, latin, uk, ru = letters
    if cyrillic <= latin:
        return "en"
    if uk != ru:
        return "uk" if uk > ru else "ru"
    return "ru" if len(RU_WORDS.findall(text)) > len(UK_WORDS.findall(text)) else "uk"


def split_languages(text: str) -> list[LanguageSpan]:
    """Runs of sentences in one language, covering every sentence with letters."""
    return _runs(text, _sentence_language)


def foreign_spans(text: str, main: str,
                  wanted: Collection[str] | None = None) -> dict[str, list[LanguageSpan]]:
    """Stretches in languages other than ``main`` (of those ``wanted``) long enough to read: at least
    ``MIN_RUN`` letters in all (Latin letters, for English stretches)."""
    cyrillic, latin, _, _ = _text_letters(text)
    if main == "en" and not cyrillic:
        return {}  # the common case: all-Latin English needs no sentence-by-sentence pass
    english_only = wanted is not None and set(wanted) <= {"en"}
    if english_only and latin < MIN_RUN:
        return {}  # the common case the other way: a post naming "Shahed" twice holds no English
    out: dict[str, list[LanguageSpan]] = {}
    # English stretches need no telling Ukrainian sentences from Russian ones.
    for span in _runs(text, _english_or_other if english_only else _sentence_language):
        if span.language != main and (wanted is None or span.language in wanted):
            out.setdefault(span.language, []).append(span)
    return {lang: spans for lang, spans in out.items()
            if sum(_stretch_letters(lang, text[s.start:s.end]) for s in spans) >= MIN_RUN}


def _stretch_letters(language: str, text: str) -> int:
    """The letters that make ``text`` a stretch worth reading in ``language``."""
    return _latin_count(text) if language == "en" else _letter_count(text)


def _runs(text: str, language_of: Callable[[str], str | None]) -> list[LanguageSpan]:
    """Runs of sentences of one language, by ``language_of`` (None: too few letters to say)."""
    runs: list[tuple[str, int, int]] = []  # made spans at the end: a tuple is quicker to replace
    for m in SENTENCE.finditer(text):
        lang = language_of(m.group(0))
        if lang is None:
            continue
        if runs and runs[-1][0] == lang:
            runs[-1] = (lang, runs[-1][1], m.end())
        else:
            runs.append((lang, m.start(), m.end()))
    return [LanguageSpan(lang, start, end) for lang, start, end in runs]


def _sentence_language(sentence: str) -> str | None:
    letters = _letters(sentence)
    return None if letters[0] + letters[1] < MIN_LETTERS else _decide(sentence, letters)


def _english_or_other(sentence: str) -> str | None:
    """``_sentence_language`` with "other" for Ukrainian and Russian alike."""
    latin = _latin_count(sentence)
    if not latin:  # the common case, told without counting
        return "other" if ENOUGH_CYRILLIC.search(sentence) else None
    cyrillic = _cyrillic_count(sentence)
    if cyrillic + latin < MIN_LETTERS:
        return None
    return "en" if cyrillic <= latin else "other"


def _letters(text: str) -> tuple[int, int, int, int]:
    """Counts of Cyrillic, Latin, Ukrainian-only and Russian-only letters."""
    latin = _latin_count(text)
    cyrillic = _cyrillic_count(text)
    if not cyrillic:
        return 0, latin, 0, 0
    return cyrillic, latin, sum(map(text.count, UK_LETTERS)), sum(map(text.count, RU_LETTERS))


def _latin_count(text: str) -> int:
    """Letters A-Z and a-z: the ASCII bytes ``NOT_LATIN_BYTES`` leaves (C-level, no regex)."""
    return len(text.encode("ascii", "ignore").translate(None, NOT_LATIN_BYTES))


def _cyrillic_count(text: str) -> int:
    """Characters of U+0400-U+04FF: in UTF-16-LE those, and no others, have the high byte 4
    (surrogates have D8-DF)."""
    return 0 if text.isascii() else text.encode("utf-16-le")[1::2].count(4)


def _letter_count(text: str) -> int:
    return _run_length(LETTER_RUN, text)


def _run_length(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))
