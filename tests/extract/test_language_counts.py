"""The letter counts behind language detection equal those of the plain patterns."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.language import MIN_LETTERS, RU_LETTERS, UK_LETTERS, _english_or_other, _letters

CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")
LATIN_RUN = re.compile(r"[A-Za-z]+")
# Letters at the edges of the ranges counted, and characters whose UTF-16 bytes look alike.
PIECES = ["Збито", "ЗБИТО", "БпЛА", "ворожі", "її", "ґ", "ёлка", "объект", "Shahed", "Air Force", "z", "A",
          "\u03ff", "\u0400", "\u04ff", "\u0500", "\u0404", "\u0104", "\u4004", "\U0001F680", "\U00010400",
          "é", "Ω", "ä", "1", " ", "\n", "«", "—", "’", "\u00a0", ""]


def plain_letters(text: str) -> tuple[int, int, int, int]:
    cyrillic = sum(map(len, CYRILLIC_RUN.findall(text)))
    latin = sum(map(len, LATIN_RUN.findall(text)))
    return cyrillic, latin, sum(text.count(c) for c in UK_LETTERS), sum(text.count(c) for c in RU_LETTERS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=60))
def test_letter_counts_match_the_plain_patterns(text: str) -> None:
    assert _letters(text) == plain_letters(text)


def plain_english_or_other(sentence: str) -> str | None:
    latin = sum(map(len, LATIN_RUN.findall(sentence)))
    if not latin:
        return "other" if len(CYRILLIC_RUN.findall(sentence)) and sum(
            map(len, CYRILLIC_RUN.findall(sentence))) >= MIN_LETTERS else None
    cyrillic = sum(map(len, CYRILLIC_RUN.findall(sentence)))
    if cyrillic + latin < MIN_LETTERS:
        return None
    return "en" if cyrillic <= latin else "other"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=60))
def test_english_or_other_as_by_the_plain_patterns(text: str) -> None:
    assert _english_or_other(text) == plain_english_or_other(text)
