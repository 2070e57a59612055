"""The day an attack ended, from Ukrainian and Russian date phrases.

"У ніч на 24 червня (з 18:00 23 червня)" ends on 24 June; the year comes from
the text when it says one, else from ``published`` (the year that puts the day
nearest to it). Relative words ("минулої ночі", "этой ночью") are the day of
publication in Kyiv local time (``dates.local_day``); "вчора"/"вчера" is the day before.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from skytally.extract import dates
from skytally.extract.slavic_lexicon import FLAGS

MONTHS: dict[int, str] = {
    1: "січня|січні|січень|января|январе|январь",
    2: "лютого|лютому|лютий|февраля|феврале|февраль",
    3: "березня|березні|березень|марта|марте|март",
    4: "квітня|квітні|квітень|апреля|апреле|апрель",
    5: "травня|травні|травень|мая|мае|май",
    6: "червня|червні|червень|июня|июне|июнь",
    7: "липня|липні|липень|июля|июле|июль",
    8: "серпня|серпні|серпень|августа|августе|август",
    9: "вересня|вересні|вересень|сентября|сентябре|сентябрь",
    10: "жовтня|жовтні|жовтень|октября|октябре|октябрь",
    11: "листопада|листопаді|листопад|ноября|ноябре|ноябрь",
    12: "грудня|грудні|грудень|декабря|декабре|декабрь",
}
# English month names: an English date may stand in a Ukrainian post ("July 4 атакував ...").
ENGLISH_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
                  "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
MONTH_OF: dict[str, int] = {form: m for m, forms in MONTHS.items() for form in forms.split("|")}
MONTH_WORD = "(?:" + "|".join(MONTH_OF) + ")"

DAY_MONTH = rf"(?<![\d:.])(\d{{1,2}})\s+({MONTH_WORD})(?!\w)(?:\s+(\d{{4}})\s*(?:року|р\.|года|г\.)?)?"
NIGHT_ON = re.compile(rf"(?:ніч|ночь|ночі)\s+(?:на|с|з)\s+(?:\d{{1,2}}\s+(?:на\s+)?)?{DAY_MONTH}", FLAGS)
DATED = re.compile(DAY_MONTH, FLAGS)
MONTH_RE = re.compile(rf"(?<!\w)(?:{MONTH_WORD}|{ENGLISH_MONTHS})(?!\w)", FLAGS)
ENGLISH_MONTH_RE = re.compile(ENGLISH_MONTHS, FLAGS)
YESTERDAY = re.compile(r"(?<!\w)(?:вчора|учора|вчера|минулої\s+доби\s+вдень)(?!\w)", FLAGS)
FROM_TIME = re.compile(r"(?:з|із|с|від|от)\s+\d{1,2}[:.]\d{2}(?:\s*мск|\s+за\s+\w+\s+часом)?\s*$", FLAGS)


def attack_date(text: str, published: dt.datetime | dt.date | None) -> dt.date | None:
    """The local day the attack the text reports ended, or None when undetermined."""
    pub = local_day(published)
    match = NIGHT_ON.search(text) or _first_dated(text)
    if match is not None:
        return _resolve(match, pub)
    if pub is None:
        return None
    if YESTERDAY.search(text):
        return pub - dt.timedelta(days=1)
    return pub


def local_day(published: dt.datetime | dt.date | str | None) -> dt.date | None:
    """The calendar day of ``published`` in Kyiv; naive times are UTC, ISO text is parsed."""
    if isinstance(published, str):  # callers from Python sometimes pass ISO text
        published = _parse_iso(published)
    return dates.local_day(published)


def _parse_iso(text: str) -> dt.datetime | dt.date | None:
    try:
        parsed = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.date() if len(text.strip()) <= 10 else parsed


@lru_cache(maxsize=4096)  # a word after each figure: the same few hundred words, tried once each
def is_month_word(word: str) -> bool:
    """A month name in Ukrainian, Russian or English: a number before it is a day ("4 липня")."""
    return MONTH_RE.fullmatch(word) is not None


@lru_cache(maxsize=4096)
def is_english_month(word: str) -> bool:
    """An English month name: a number after it is a day ("July 4")."""
    return ENGLISH_MONTH_RE.fullmatch(word) is not None


def _first_dated(text: str) -> re.Match[str] | None:
    for m in DATED.finditer(text):
        if not FROM_TIME.search(text, 0, m.start()):
            return m
    return None


def _resolve(match: re.Match[str], pub: dt.date | None) -> dt.date | None:
    day, month = int(match.group(1)), MONTH_OF[match.group(2).lower()]
    if match.group(3):
        return _safe_date(int(match.group(3)), month, day)
    if pub is None:
        return None
    candidates = [_safe_date(pub.year + k, month, day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    return min(valid, key=lambda c: abs((c - pub).days)) if valid else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
