"""The local day an attack ended, from what the text says and when it was published.

``find_dates`` reads the date expressions of a piece of text ("on July 4",
"overnight", "early Friday", "yesterday", "2025-07-04", "the night of 7-8 October")
and ``resolve`` turns the first of them into a calendar day against the
publication day. With no publication day only expressions that carry their own
year resolve; everything else is ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from skytally.extract.numbers import MONTHS
from skytally.extract.triggers import NextWord, Triggered, WordIndex, folded, index_of, match_in_last_words

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NUMBERS: Final[dict[str, int]] = {
    name: i for i, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1)
    for name in names
}
# Relative words: pattern -> days before the publication day.
RELATIVE: Final[dict[str, int]] = {
    r"day\s+before\s+yesterday": 2,
    r"yesterday": 1,
    r"last\s+night|overnight|tonight|this\s+morning|earlier\s+today|today|early\s+hours|"
    r"night\s+of\s+(?:the\s+)?\w+\s+(?:in)?to\s+(?:the\s+)?\w+": 0,
}
HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Christmas": (12, 25),
    "New Year's Eve": (12, 31), "New Year's Day": (1, 1), "New Year’s Eve": (12, 31),
    "New Year’s Day": (1, 1), "Independence Day": (8, 24),
}
LOCAL_ZONES: Final[dict[str, str]] = {
    "russia": "Europe/Kyiv", "ukraine": "Europe/Kyiv", "iran": "Asia/Jerusalem",
    "houthis": "Asia/Jerusalem", "hamas": "Asia/Jerusalem", "hezbollah": "Asia/Jerusalem",
    "israel": "Asia/Tehran", "india": "Asia/Karachi", "pakistan": "Asia/Kolkata",
    "rsf": "Africa/Khartoum", "saf": "Africa/Khartoum",
}
DEFAULT_ZONE: Final = "Europe/Kyiv"

_M = rf"(?:{MONTHS})"
_WD = "|".join(WEEKDAYS)
_DATE_SOURCE: Final = (
    rf"\b(?P<iso>(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b"
    rf"|\b(?P<m1>{_M})\.?\s+(?:(?P<d0>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–/]\s*|\s+(?:in)?to\s+))?(?P<d1>[0-3]?\d)"
    rf"(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<y1>20\d\d))?(?!\d|:)"
    rf"|\b(?:(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–/]\s*|\s+(?:in)?to\s+))?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_M})\b\.?"
    rf"(?:,?\s+(?P<y2>20\d\d))?"
    rf"|\b(?:night\s+of\s+|from\s+)?(?P<wd0>{_WD})\s+(?:night\s+)?(?:in)?to\s+(?P<wd1>{_WD})\b"
    rf"|\b(?P<wd>{_WD})(?P<night>\s+night)?\b"
    rf"|\b(?P<holiday>{'|'.join(HOLIDAYS)})\b"
    rf"|\b(?P<rel>{'|'.join(f'(?:{p})' for p in RELATIVE)})\b"
)
_DATE_RE: Final = re.compile(_DATE_SOURCE, re.IGNORECASE)
_SINCE_WORDS: Final = ("since", "from", "between", "until", "till")
_SINCE_SET: Final = frozenset(_SINCE_WORDS)
_SINCE_REACH: Final = 4  # words: "since the" and two more
_SINCE_RE: Final = folded(rf"\b(?:{'|'.join(_SINCE_WORDS)})\s+(?:the\s+)?(?:\w+\s+){{0,2}}$")
_HOLIDAY_KEYS: Final = {k.replace("’", "'").lower(): v for k, v in HOLIDAYS.items()}
_DATES: Final = Triggered(folded(_DATE_SOURCE), (
    *MONTHS.split("|"), *WEEKDAYS, "yesterday", "last", "overnight", "tonight", "this", "earlier", "today",
    "early", "day", "night", *HOLIDAYS), digits=True, folded=True)
# "\b20[12]\d\b" led by its digit (the word start checked behind it), so a search jumps from one "2" to
# the next instead of trying the pattern at every character (30x faster, same matches).
_YEAR_RE: Final = re.compile(r"2(?<!\w2)0[12]\d\b")
# A date that starts with a number is ISO ("2025-07-04") or has its month at most four words on
# ("7 to 8 of October"): the other numbers of a text (most) are no candidates.
_MONTH_WORDS: Final = frozenset(MONTHS.split("|"))
_MONTH_REACH: Final = 4
# What may follow the first words that start a date only with certain words after them ("this morning",
# "May 3", "New Year's"): elsewhere the pattern is not tried (a property test holds these to it).
_DATE_NEXT: Final = {
    "this": NextWord(prefixes=("morning",)), "last": NextWord(prefixes=("night",)),
    "early": NextWord(prefixes=("hours",)), "earlier": NextWord(prefixes=("today",)),
    "day": NextWord(("before",)), "night": NextWord(("of",)), "new": NextWord(("year",)),
    "independence": NextWord(prefixes=("day",)), **dict.fromkeys(_MONTH_WORDS, NextWord(digit=True)),
}
_RELATIVE_RES: Final = tuple((re.compile(p, re.IGNORECASE), days) for p, days in RELATIVE.items())


# ``X(...)`` of a NamedTuple runs the interpreted ``__new__`` namedtuple writes, which calls this on its
# fields: called directly, building one costs half as much compiled.
_BUILD: Final = tuple.__new__


class DateMention(NamedTuple):  # a tuple: built many times per report, cheaply
    """One date expression: where it is and the day it names, if it resolves."""

    start: int
    end: int
    day: dt.date | None
    rank: int = 0  # 0 calendar date, 1 weekday, 2 relative word ("overnight")


def local_day(published: dt.datetime | dt.date | None, attacker: str | None = None) -> dt.date | None:
    """The publication day in the attacked place's local time (datetimes are UTC when naive)."""
    if published is None:
        return None
    if not isinstance(published, dt.datetime):
        return published
    aware = published if published.tzinfo else published.replace(tzinfo=dt.UTC)
    return aware.astimezone(_zone(LOCAL_ZONES.get(attacker or "", DEFAULT_ZONE))).date()


def find_dates(text: str, start: int, end: int, today: dt.date | None,
               year: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved against ``today``."""
    index = index_of(text)
    return [DateMention(m.start(), m.end(), _resolve(m, today, year), _rank(m))
            for m in _DATES.finditer(text, start, end) if not _since(index, m, start)]


def _since(index: WordIndex, m: re.Match[str], start: int = 0) -> bool:
    """Whether a date starts a span ("since May 3"); a night from one day to the next ends on its date.

    ``_SINCE_RE`` is matched only at its first words among the few before the date, as a search
    over the 24 characters before it would find it."""
    if m.group("d0") or m.group("d3") or _possessive(m):
        return False
    low, lo, hi = index.folded, max(start, m.start() - 24), m.start()
    if not index.folded_words:
        return _SINCE_RE.search(low, lo, hi) is not None
    return match_in_last_words(index, _SINCE_RE, _SINCE_SET, _SINCE_REACH, lo, hi)


def _possessive(m: re.Match[str]) -> bool:
    """"Thursday's strike": the day owns what follows ("from Thursday's strike" starts no span)."""
    return m.string.startswith(("'s", "’s"), m.end())


def _rank(m: re.Match[str]) -> int:
    if m.group("wd") or m.group("wd1"):
        return 0 if _possessive(m) else 1  # "Thursday's attack" dates the attack as a calendar date does
    return 2 if m.group("rel") else 0


def find_all(text: str, today: dt.date | None) -> list[DateMention]:
    """Every date expression in the text, resolved against ``today`` and the text's own year."""
    index = index_of(text)
    matches = [m for m in _DATES.finditer(text, candidates=_candidates(index)) if not _since(index, m)]
    year = next((int(y) for m in matches if (y := m.group("iy") or m.group("y1") or m.group("y2"))), None)
    if year is None and today is None:
        bare = _YEAR_RE.search(text)
        year = int(bare.group(0)) if bare else None
    return [_BUILD(DateMention, (m.start(), m.end(), _resolve(m, today, year), _rank(m))) for m in matches]


def _candidates(index: WordIndex) -> list[int]:
    """Where a date may start: the first words of ``_DATES``, but numbers only where ISO-shaped or
    before a month, and the words of ``_DATE_NEXT`` only before a word the pattern can read next (when
    the words are those of the folded text the pattern reads)."""
    if not index.folded_words:
        return index.positions(_DATES.first, True)
    out: list[int] = []
    starts, words = index.starts, index.words
    for k in index.numbers(_DATES.first, True):
        word = words[k]
        gate = _DATE_NEXT.get(word)
        if gate is not None and not gate.admits(index, k):
            continue
        if word < ":" and not (len(word) == 4 and word.startswith("20")):
            j, reach = k + 1, min(len(words), k + 1 + _MONTH_REACH)
            while j < reach and words[j] not in _MONTH_WORDS:
                j += 1
            if j == reach:  # no month
                continue
        out.append(starts[k])
    return out


def first_year(text: str) -> int | None:
    """The year of the first full date in the text ("March 2, 2023", "2023-03-02")."""
    for m in _DATE_RE.finditer(text):
        y = m.group("iy") or m.group("y1") or m.group("y2")
        if y:
            return int(y)
    bare = _YEAR_RE.search(text)
    return int(bare.group(0)) if bare else None


def _resolve(m: re.Match[str], today: dt.date | None, year: int | None) -> dt.date | None:
    if m.group("iso"):
        return _day(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("m1") or m.group("m2"):
        month = MONTH_NUMBERS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
        day = int(m.group("d1") or m.group("d2"))
        explicit = m.group("y1") or m.group("y2")
        return _month_day(month, day, int(explicit) if explicit else None, today, year)
    if m.group("holiday"):
        month, mday = _HOLIDAY_KEYS[" ".join(m.group("holiday").replace("’", "'").lower().split())]
        return _month_day(month, mday, None, today, year)
    if today is None:
        return None
    if m.group("wd1"):
        return _last_weekday(m.group("wd1").lower(), today)
    if m.group("wd"):
        weekday = _last_weekday(m.group("wd").lower(), today)
        return weekday + dt.timedelta(days=1) if m.group("night") and weekday < today else weekday
    rel = m.group("rel").lower()
    for pattern, days in _RELATIVE_RES:
        if pattern.fullmatch(rel):
            return today - dt.timedelta(days=days)
    return today


def _month_day(month: int | None, day: int, explicit: int | None, today: dt.date | None,
               year: int | None) -> dt.date | None:
    if month is None:
        return None
    if explicit:
        return _day(explicit, month, day)
    if today is None:
        return _day(year, month, day) if year else None
    candidate = _day(today.year, month, day)
    if candidate and candidate > today + dt.timedelta(days=1):
        candidate = _day(today.year - 1, month, day)
    return candidate


def _last_weekday(name: str, today: dt.date) -> dt.date:
    back = (today.weekday() - WEEKDAYS.index(name)) % 7
    return today - dt.timedelta(days=back)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.timezone(dt.timedelta(hours=2))
