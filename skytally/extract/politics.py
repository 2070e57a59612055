"""Political events in English reports: calls, meetings, talks, ceasefires, sanctions,
weapons deliveries, each with its participants, date and evidence span.

The lexicons below are data; ``KIND_PATTERNS`` composes them into one pattern per
kind at import time. A sentence yields at most one event per kind; a document
yields one event per (kind, participants).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from skytally.models import Evidence


class PoliticalKind(StrEnum):
    PHONE_CALL = "phone_call"
    MEETING = "meeting"
    PEACE_TALKS = "peace_talks"
    CEASEFIRE = "ceasefire"
    SANCTIONS_ANNOUNCED = "sanctions_announced"
    SANCTIONS_DEMANDED = "sanctions_demanded"
    WEAPONS_ANNOUNCED = "weapons_announced"
    WEAPONS_PAUSED = "weapons_paused"


@dataclass(frozen=True, slots=True)
class PoliticalEvent:
    """One political event a report states, with the sentence it was read from."""

    kind: PoliticalKind
    participants: tuple[str, ...]
    date: dt.date | None
    evidence: Evidence

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind.value, "participants": list(self.participants),
                "date": self.date.isoformat() if self.date else None, "evidence": self.evidence.to_dict()}


# canonical participant → the ways reports name it
PARTICIPANTS: Mapping[str, tuple[str, ...]] = {
    "Zelensky": ("Zelensky", "Zelenskyy", "Zelenskiy"), "Putin": ("Putin",), "Trump": ("Trump",),
    "Biden": ("Biden",), "Macron": ("Macron",), "Scholz": ("Scholz",), "Merz": ("Merz",),
    "Starmer": ("Starmer",), "Sunak": ("Sunak",), "Erdogan": ("Erdogan", "Erdoğan"),
    "Xi Jinping": ("Xi Jinping",), "Modi": ("Modi",), "Netanyahu": ("Netanyahu",),
    "Lavrov": ("Lavrov",), "Blinken": ("Blinken",), "Rubio": ("Rubio",), "Witkoff": ("Witkoff",),
    "Kellogg": ("Kellogg",), "Umerov": ("Umerov",), "Medinsky": ("Medinsky",), "Yermak": ("Yermak",),
    "Sybiha": ("Sybiha",), "Kuleba": ("Kuleba",), "Peskov": ("Peskov",),
    "von der Leyen": ("von der Leyen",), "Kallas": ("Kallas",), "Rutte": ("Rutte",),
    "Stoltenberg": ("Stoltenberg",), "Meloni": ("Meloni",), "Tusk": ("Tusk",), "Orban": ("Orban", "Orbán"),
    "Guterres": ("Guterres",), "Svyrydenko": ("Svyrydenko",), "Shmyhal": ("Shmyhal",),
    "Kim Jong Un": ("Kim Jong Un", "Kim Jong-un"), "Lukashenko": ("Lukashenko",),
    "Khamenei": ("Khamenei",), "Pezeshkian": ("Pezeshkian",), "Trudeau": ("Trudeau",),
    "Carney": ("Carney",), "Vance": ("Vance",), "Hegseth": ("Hegseth",), "Pistorius": ("Pistorius",),
    "Sikorski": ("Sikorski",),
    "United States": ("United States", "U.S.", "US", "USA", "Washington", "White House", "Pentagon"),
    "European Union": ("European Union", "EU", "Brussels"), "United Kingdom": ("United Kingdom", "UK",
                                                                                 "Britain", "London"),
    "Germany": ("Germany", "Berlin", "German government"), "France": ("France", "Paris"),
    "Russia": ("Russia", "Moscow", "Kremlin"), "Ukraine": ("Ukraine", "Kyiv", "Kiev"),
    "China": ("China", "Beijing"), "Turkey": ("Turkey", "Türkiye", "Ankara"), "NATO": ("NATO",),
    "G7": ("G7", "G-7"), "United Nations": ("United Nations", "UN"), "Japan": ("Japan",),
    "Canada": ("Canada",), "Poland": ("Poland", "Warsaw"), "Iran": ("Iran", "Tehran"),
    "North Korea": ("North Korea", "Pyongyang"), "Israel": ("Israel",), "Qatar": ("Qatar",),
    "Saudi Arabia": ("Saudi Arabia", "Riyadh"), "Vatican": ("Vatican", "Pope"),
}

_SANCTION = r"sanction(?:s|ed)?\b"
_ARMS = (r"(?:Patriots?|air[- ]defen[cs]e|weapons?|missiles|systems?|package|ammunition|munitions|F-16s?"
         r"|tanks|IRIS-T|NASAMS|Tomahawks?|military (?:aid|assistance)|arms|shells|interceptors)")
LEXICON: Mapping[PoliticalKind, str] = {
    PoliticalKind.PHONE_CALL: r"phone (?:call|conversation|talks)|telephone (?:call|conversation)"
                              r"|spoke (?:by phone |on the phone )?with|(?:held|had) a call|call with",
    PoliticalKind.MEETING: r"\bmet with\b|meeting with|meeting between|(?:held|hold) talks with"
                           r"|talks with (?:President|Prime Minister|Chancellor)|summit|discussions with"
                           r"|bilateral meeting|meeting of the delegations|hosted",
    PoliticalKind.PEACE_TALKS: r"peace (?:talks|negotiations|deal|plan|initiative|process|agreement|summit)"
                               r"|negotiating (?:group|team|delegation)|delegations|talks between",
    PoliticalKind.CEASEFIRE: r"cease-?fire|truce|moratorium on (?:strikes|attacks)",
    PoliticalKind.SANCTIONS_DEMANDED: r"(?:call(?:ed|s|ing)? for|urg(?:ed|es|ing)|demand(?:ed|s|ing)?"
                                      r"|push(?:ed|es|ing)? for|ask(?:ed|s|ing)? for)\b[^.]{0,80}?\b"
                                      + _SANCTION,
    PoliticalKind.SANCTIONS_ANNOUNCED: r"(?:impos(?:e|ed|es|ing)|adopt(?:ed|s)?|announc(?:ed|es|ing)"
                                       r"|approv(?:ed|es)|introduc(?:ed|es)|unveil(?:ed|s)|new|\d+(?:st|nd|rd|th))"
                                       r"\b[^.]{0,40}?\b" + _SANCTION + r"|sanctions package"
                                       r"|(?:has|have|was|were) (?:also )?been sanctioned",
    PoliticalKind.WEAPONS_PAUSED: r"(?:paus(?:e|ed|es|ing)|halt(?:ed|s|ing)?|suspend(?:ed|s|ing)?"
                                  r"|freez(?:e|es|ing)|froze|delay(?:ed|s|ing)?|stopp?(?:ed|s|ing)?"
                                  r"|does not have|do not have|cannot send|can't send)\b[^.]{0,60}?\b"
                                  r"(?:deliver|shipments?|suppl(?:y|ies)|aid|weapons?|Patriots?|military|arms)",
    PoliticalKind.WEAPONS_ANNOUNCED: r"(?<!-)(?:deliver(?:ed|s|ing)?|send(?:s|ing)?|\bsent"
                                     r"|provid(?:e|ed|es|ing)|supply|supplied|pledg(?:e|ed|es)|promis(?:e|ed|es)|transferr(?:ed|ing)"
                                     r"|handed over|announc(?:ed|es) (?:a |an )?(?:new )?(?:military )?aid)"
                                     r"\b[^.]{0,80}?\b" + _ARMS,
}
KIND_PATTERNS: Mapping[PoliticalKind, re.Pattern[str]] = {
    kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in LEXICON.items()}
# Lower-case words every match of a kind's pattern contains: a sentence with none of them skips
# the pattern (most sentences of a strike report), which makes reading a report ~3x faster.
TRIGGERS: Mapping[PoliticalKind, tuple[str, ...]] = {
    PoliticalKind.PHONE_CALL: ("phone", "spoke", "call"),
    PoliticalKind.MEETING: ("met with", "meeting", "talks with", "summit", "discussions with", "hosted"),
    PoliticalKind.PEACE_TALKS: ("peace ", "negotiating ", "delegations", "talks between"),
    PoliticalKind.CEASEFIRE: ("cease", "truce", "moratorium"),
    PoliticalKind.SANCTIONS_DEMANDED: ("sanction",),
    PoliticalKind.SANCTIONS_ANNOUNCED: ("sanction",),
    PoliticalKind.WEAPONS_PAUSED: ("paus", "halt", "suspend", "freez", "froze", "delay", "stop",
                                   "not have", "cannot send", "can't send"),
    PoliticalKind.WEAPONS_ANNOUNCED: ("deliver", "send", "sent", "provid", "suppl", "pledg", "promis",
                                      "transferr", "handed over", "announc"),
}
# Talk about events that did not happen, or commentary, not an event.
NOT_EVENT_RE = re.compile(r"\bhopes? (?:for|of)\b|\battempts? at\b|\bprospects? (?:of|for)\b", re.IGNORECASE)
# Words that make a sentence about a kind something else (a demand is not a delivery).
VETOES: Mapping[PoliticalKind, re.Pattern[str]] = {
    PoliticalKind.WEAPONS_ANNOUNCED: re.compile(r"\b(?:urg\w*|call(?:s|ed|ing)? (?:on|for)|ask\w*|demand\w*"
                                                r"|appeal\w*|condemn\w*)\b", re.IGNORECASE),
}
# A paused delivery is not also an announced one.
EXCLUDES: Mapping[PoliticalKind, PoliticalKind] = {
    PoliticalKind.WEAPONS_ANNOUNCED: PoliticalKind.WEAPONS_PAUSED,
    PoliticalKind.SANCTIONS_ANNOUNCED: PoliticalKind.SANCTIONS_DEMANDED,
}
_NEEDS_PARTICIPANT = frozenset({PoliticalKind.PHONE_CALL, PoliticalKind.MEETING,
                                PoliticalKind.WEAPONS_ANNOUNCED, PoliticalKind.WEAPONS_PAUSED})

_ALIASES = sorted(((alias, name) for name, aliases in PARTICIPANTS.items() for alias in aliases),
                  key=lambda pair: -len(pair[0]))
_PARTICIPANT_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a, _ in _ALIASES) + r")(?![\w])")
_CANONICAL = {alias: name for alias, name in _ALIASES}
_CASE_SENSITIVE = frozenset({"US", "UK", "EU", "UN", "USA"})
_SENTENCE_RE = re.compile(r"[^\n.!?]+(?:[.!?]+(?=\s|$)|$)|[^\n]+?(?=\n|$)")

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_MONTH_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\b,?\s*(\d{4})?",
                           re.IGNORECASE)
_MONTH_DAY_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b,?\s*(\d{4})?",
                           re.IGNORECASE)
# "met in September": a month alone, capitalised (so "may" the verb is no month), names no day.
_MONTH_ONLY_RE = re.compile(r"\b(?:[Ii]n|[Ll]ast|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-)\s*("
                            + "|".join(m.capitalize() for m in MONTHS) + r")\b")
_WEEKDAY_RE = re.compile(r"\b(?:on|last|this)\s+(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = {"yesterday": -1, "today": 0, "earlier today": 0}
_RELATIVE_RE = re.compile(r"\b(yesterday|today)\b", re.IGNORECASE)


def extract_political_events(text: str, published: dt.datetime | dt.date | None = None
                             ) -> list[PoliticalEvent]:
    """Every political event the text states, once per (kind, participants)."""
    day = published.date() if isinstance(published, dt.datetime) else published
    events: dict[tuple[PoliticalKind, tuple[str, ...]], PoliticalEvent] = {}
    for start, end in _sentences(text):
        for event in _sentence_events(text, start, end, day):
            events.setdefault((event.kind, event.participants), event)
    return list(events.values())


def sentence_kinds(sentence: str) -> set[PoliticalKind]:
    """The kinds whose pattern a sentence matches (before exclusions and vetoes)."""
    low = sentence.lower()
    return {kind for kind, pattern in KIND_PATTERNS.items()
            if any(t in low for t in TRIGGERS[kind]) and pattern.search(sentence)}


def participants(sentence: str) -> tuple[str, ...]:
    """Canonical names of the leaders, countries and bodies a sentence names, in order."""
    names: list[str] = []
    for match in _PARTICIPANT_RE.finditer(sentence):
        alias = match.group(1)
        if alias in _CASE_SENSITIVE and alias != alias.upper():
            continue
        name = _CANONICAL[alias]
        if name not in names:
            names.append(name)
    return tuple(names)


def resolve_date(sentence: str, published: dt.date | None) -> dt.date | None:
    """The calendar day a sentence names, read against the publication day."""
    for pattern, day_group, month_group in ((_DAY_MONTH_RE, 1, 2), (_MONTH_DAY_RE, 2, 1)):
        match = pattern.search(sentence)
        if match:
            return _calendar(match, day_group, month_group, published)
    if published is None:
        return None
    month = _MONTH_ONLY_RE.search(sentence)
    if month and MONTHS.index(month.group(1).lower()) + 1 != published.month:
        return None  # a day of another month this sentence does not give: not the publication day
    weekday = _WEEKDAY_RE.search(sentence)
    if weekday:
        back = (published.weekday() - WEEKDAYS.index(weekday.group(1).lower())) % 7
        return published - dt.timedelta(days=back)
    relative = _RELATIVE_RE.search(sentence)
    return published + dt.timedelta(days=_RELATIVE[relative.group(1).lower()]) if relative else published


def _calendar(match: re.Match[str], day_group: int, month_group: int,
              published: dt.date | None) -> dt.date | None:
    month = MONTHS.index(match.group(month_group).lower()) + 1
    year = int(match.group(3)) if match.group(3) else (published.year if published else None)
    if year is None:
        return None
    try:
        found = dt.date(year, month, int(match.group(day_group)))
    except ValueError:
        return None
    if not match.group(3) and published and found > published:  # "on December 30" read in January
        found = found.replace(year=year - 1)
    return found


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    for match in _SENTENCE_RE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def _sentence_events(text: str, start: int, end: int, published: dt.date | None) -> list[PoliticalEvent]:
    sentence = text[start:end]
    kinds = sentence_kinds(sentence)
    if not kinds or NOT_EVENT_RE.search(sentence):
        return []
    kinds -= {kind for kind, other in EXCLUDES.items() if other in kinds}
    kinds -= {kind for kind, veto in VETOES.items() if veto.search(sentence)}
    names = participants(sentence)
    date = resolve_date(sentence, published)
    return [PoliticalEvent(kind, names, date, Evidence(start, end))
            for kind in PoliticalKind if kind in kinds and (names or kind not in _NEEDS_PARTICIPANT)]
