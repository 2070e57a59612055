"""Passes that try fewer candidates find what trying every one finds.

``dates.find_all`` skips the numbers no month follows within reach and matches "since" only
at its words, and ``is_date_part`` searches for a month before an amount only where the text
ends as a month does; these properties check both against the plain way, on text made of the
pieces that matter.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import dates, numbers
from skytally.extract.triggers import folded, index_of

PLAIN_MONTH_BEFORE_RE = re.compile(rf"\b(?:{numbers.MONTHS})\.?\s*$", re.IGNORECASE)
PLAIN_SINCE_RE = folded(r"\b(?:since|from|between|until|till)\s+(?:the\s+)?(?:\w+\s+){0,2}$")

PIECES = ("since", "From", "between", "till", "a", "A", "half", "dozen", "hundred", "thousand", "two", "7",
          "8", "31st", "2025", "2025-07-04", "07", "JULY", "AUGUſT", "Sept.", "to", "into", "of", "the",
          "October", "sept", "May", "Friday", "night", "overnight", "drones", "-", "–", "/", ",", ".", " ",
          "  ", "\n", "İ", "ſ", "Σ")
TEXT = st.lists(st.sampled_from(PIECES), max_size=24).map(" ".join)
GLUED = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
TODAY = dt.date(2025, 7, 5)


def every_date(text: str) -> list[tuple[int, int]]:  # every first word tried, "since" searched for
    low = index_of(text).folded
    return [m.span() for m in dates._DATES.finditer(text) if m.group("d0") or m.group("d3")
            or not PLAIN_SINCE_RE.search(low, max(0, m.start() - 24), m.start())]


PLAIN_YEAR_BEFORE_RE = re.compile(
    rf"(?:\b(?:{numbers.MONTHS})\.?,?|\b(?:in|since|of|from|until|by|year)|\d,)\s*$", re.IGNORECASE)
YEAR_PIECES = st.sampled_from(("in", "IN", "Since", "of", "by", "year", "Year", "ſince", "İn", "7,", "July",
                               "Sept.", ",", ".", " ", "  ", "x", "offing", "\n"))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(YEAR_PIECES, max_size=8).map("".join), st.text(max_size=14)),
       st.integers(1890, 2110), st.booleans())
def test_a_year_after_its_words_is_found_as_the_plain_pattern_finds_it(before: str, year: int,
                                                                      grouped: bool) -> None:
    text = f"{before}{year} drones"
    window = text[max(0, len(before) - 12):len(before)]
    plain = (1900 <= year <= 2100 and not grouped and PLAIN_YEAR_BEFORE_RE.search(window) is not None
             or year <= 31 and PLAIN_MONTH_BEFORE_RE.search(window) is not None)
    assert numbers.is_date_part(text, len(before), year, grouped) == plain


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, GLUED, st.text(max_size=14)), st.integers(1, 31))
def test_a_day_after_a_month_is_found_as_the_plain_pattern_finds_it(before: str, day: int) -> None:
    text = f"{before}{day} drones"
    assert numbers.is_date_part(text, len(before), day) == (
        PLAIN_MONTH_BEFORE_RE.search(text[max(0, len(before) - 12):len(before)]) is not None)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, GLUED), st.sampled_from((TODAY, None)))
def test_dates_are_those_every_first_word_finds(text: str, today: dt.date | None) -> None:
    assert [(d.start, d.end) for d in dates.find_all(text, today)] == every_date(text)
