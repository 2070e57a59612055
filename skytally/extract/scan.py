"""One pass per kind over a whole report: who attacks, where, when, over what span of time.

Each kind of mark (attacker cue, place, date, aggregate cue, reporter) is found by
a single regex pass over the text and kept sorted by position, so every sentence
looks its marks up by bisection instead of re-running the patterns. A pass tries its
pattern only at its first words, and at some of them ("in", "on", "a", "according") only
where the word after is one the pattern can read next (``triggers.NextWord`` gates). ``Scan``
then answers the per-sentence questions the grammar asks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import Final, NamedTuple

from skytally.extract import dates, places
from skytally.extract import patterns as px
from skytally.extract.segment import Span
from skytally.extract.triggers import (
    NextWord,
    Triggered,
    bisect_left,
    bisect_right,
    folded,
    gated,
    index_of,
    match_in_last_words,
)

LEAD_SENTENCES: Final = 4  # a report names the day of its attack in its first few sentences, if at all
MIN_LEAD_WORDS: Final = 6  # shorter lines are page furniture: bylines, date lines, captions
LEAD_WINDOW: Final = dt.timedelta(days=7)  # a lead's day far from publication is background, not the attack
RUSSIAN_HELD: Final = frozenset({"Crimea"})  # attacks there are Ukraine's, whatever the map says
NIGHT_END_WORDS: Final = ("early", "early on", "into", "until", "till")  # "... and early on Sunday"

_PLACE_ADJ = (r"(?:(?:the|occupied|annexed|temporarily|Russian|Russia's|Ukrainian|partially|southern|"
              r"northern|western|eastern)\s+)*")
_LAUNCH_SITE_RE: Final = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:directions?|areas?|territory|side|skies|waters|region)\s+(?:(?:west|east|north|"
    r"south)\s+)?of\s+(?:the\s+)?)?" + _PLACE_ADJ
    + r"(?:[A-Z][\w'’-]+(?:\s+(?:region|oblast|Oblast|Region|Krai))?\s*(?:,|and)\s*" + _PLACE_ADJ + r")*$"
    r"|\b(?:launched|fired|took\s+off|flying|came)\s+from\b(?:[^,;.]|,\s*(?=[A-Z]|$)){0,60}$"
    r"|\b(?:km|kilomet(?:er|re)s|miles)\b[^.;()]{0,40}\b(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_METONYM_RE: Final = folded(
    r"\s*(?:'s|’s)?\s+(?:said|says|say|has|have|had|urged|urges|remains?|claimed|claims|denied|denies|"
    r"accused|accuses|wants|will|would|should|could|time|government|officials|allies|and\s+(?:Kyiv|Kiev|"
    r"Moscow|Washington)\b|air\s+force)")


# Capitals name governments as often as places: they count only where the words say attacked there.
NAMED_AS_GOVERNMENT: Final = frozenset({"Kyiv", "Moscow", "Tehran", "Jerusalem", "Gaza", "Washington",
                                         "Islamabad", "Riyadh", "Damascus", "Baghdad", "Beirut"})
_ATTACKED_AT_WORDS: Final = ("in", "on", "over", "at", "towards", "toward", "near", "across", "around",
                             "into", "hit", "struck", "attacked", "targeted", "targeting", "shelled",
                             "bombed", "against")
_ATTACKED_AT_SET: Final = frozenset(_ATTACKED_AT_WORDS)
_ATTACKED_AT_REACH: Final = 5  # words: "in the Ukrainian capital of" Kyiv
# "++": what follows a name starts with a space or comma, so giving its letters back never helps
# (possessive: 1.7x faster search, same matches).
_ATTACKED_AT_RE: Final = folded(
    rf"\b(?:{'|'.join(_ATTACKED_AT_WORDS)})\s+(?:the\s+)?(?:(?:Ukrainian\s+|Russian\s+)?(?:capital|city|region|"
    r"centre|center|outskirts|suburbs?|skies|district)\s+(?:of\s+)?)?$"
    r"|[A-Z][\w'’-]++(?:\s+(?:region|oblast|Oblast|Region))?\s*(?:,|,?\s+and)\s+$")
_REGION_AFTER_RE: Final = re.compile(
    r"\s+(?:region|oblast|Oblast|Region|[Mm]ayor|[Cc]ity\s+[Mm]ilitary|residents)"
    r"|\s+(?:apartment|residential|high-rise|housing|hospital|district|suburb|neighbou?rhood|metro|railway|"
    r"train\s+station|power\s+plant|shopping|kindergarten|school|clinic|maternity)\b|(?:'s|’s)\s+(?:\w+\s+)?"
    r"(?:districts?|suburbs?|outskirts|centre|center)|\s*(?:,|and)\s+[A-Z][\w'’-]+(?:\s+(?:region|oblast|"
    r"Oblast|Region))?\s*(?:,|and)")


def _says_attacked_at(text: str, start: int, end: int) -> bool:
    """Whether ``_ATTACKED_AT_RE`` matches the folded ``text[start:end]`` at its end, as a search would.

    Unless a comma or "and" ends the text (the pattern's second branch), a match starts at one of
    ``_ATTACKED_AT_WORDS`` among the last few words: it is matched only there, not searched for."""
    index = index_of(text)
    low = index.folded
    if not index.folded_words or low[start:end].rstrip().endswith((",", "and")):
        return _ATTACKED_AT_RE.search(low, start, end) is not None
    return match_in_last_words(index, _ATTACKED_AT_RE, _ATTACKED_AT_SET, _ATTACKED_AT_REACH, start, end)


def _may_name_launch_site(before: str) -> bool:
    """The words ``_LAUNCH_SITE_RE`` cannot match without (it is case-sensitive)."""
    return "from" in before or "km" in before or "kilomet" in before or "miles" in before


def _may_be_metonym(low: str, end: int, stop: int) -> bool:
    """What ``_METONYM_RE`` cannot match without: a space or an apostrophe right after the name."""
    return end < stop and (low[end] in "'’" or low[end].isspace())


# a cue's group name -> who, weight
_CUE_OF: Final = {f"a{i}": group for i, group in enumerate(px.ATTACKER_GROUPS)}

# What may follow the first words that start the most cues, totals and reporters in vain: read from
# the lexicon's cues (``lexicon.ATTACKER_CUES``, ``AGGREGATE_CUES``, ``REPORTERS``), held to the patterns
# by a property test. A first word not listed here is tried wherever it stands.
_OWN = ("s",)  # "Ukraine's", "Kyiv’s": the word after the apostrophe
_BY_FROM: Final = NextWord(("by", "from"))
_CUE_NEXT: Final = {
    **dict.fromkeys(("in", "on", "across", "against", "over"),
                    NextWord(prefixes=("ukraine", "russia"), suffixes=("ern",))),
    **dict.fromkeys(("launched", "fired", "sent"), _BY_FROM),
    "from": NextWord(("the", "gaza")),
    "kyiv": NextWord(_OWN, prefixes=("launched", "fired", "attacked")),
    "moscow": NextWord(_OWN),
    **dict.fromkeys(("ukraine", "ukrainian"), NextWord(_OWN, prefixes=(
        "air", "defen", "drone", "uav", "missile", "attack", "strike", "launched", "fired", "struck"))),
    **dict.fromkeys(("israel", "israeli"), NextWord(prefixes=(
        "strike", "air", "attack", "jets", "fighter", "warplanes", "military",
        "has", "had", "launch", "fire", "struck", "target", "bomb", "pound", "sen"))),
    "ministry": NextWord(prefixes=("said",)),
    "u": NextWord(_OWN),
    "us": NextWord(prefixes=("strike", "forces", "military")),
}
_NUMERALS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_AGGREGATE_NEXT: Final = {
    "a": NextWord(prefixes=("night", "day", "week", "month", "year")),
    "on": NextWord(prefixes=("average",)),
    "in": NextWord(("the", "past", "last", "next", *_NUMERALS, "total", "all", "these", "those", "early",
                    "late"), prefixes=("mid", *_MONTHS), digit=True),
    "over": NextWord(("the", "past", "last", "next", *_NUMERALS), digit=True),
    "this": NextWord(prefixes=("week", "month", "year")),
    "war": NextWord(("against", "on", "in", "has", "have", "had"), prefixes=("began",)),
}
_REPORTER_NEXT: Final = {
    "according": NextWord(("to",)),
    **dict.fromkeys(("ukraine", "russia", "israel", "iran"), NextWord(_OWN)),
    **dict.fromkeys(("ukrainian", "russian", "israeli"),
                    NextWord(prefixes=("air", "defen", "military", "army"))),
    "air": NextWord(prefixes=("force",)),
    **dict.fromkeys(("defence", "defense"), NextWord(prefixes=("ministry",))),
    **dict.fromkeys(("ministry", "head"), NextWord(("of",))),
    "prime": NextWord(prefixes=("minister",)),
    **dict.fromkeys(("governor", "mayor", "president", "minister", "spokesperson", "spokesman"),
                    NextWord(capital=True)),
}


def _vote(place: places.Place) -> tuple[str, int] | None:
    """Whom a place named as attacked points at, and how strongly."""
    if place.country == "russia" or place.name in RUSSIAN_HELD or place.parent in RUSSIAN_HELD:
        return ("ukraine", 2)
    return ("russia", 1) if place.country == "ukraine" else None


_VOTES: Final = {name: vote for name, place in places.PLACES.items() if (vote := _vote(place)) is not None}


# ``X(...)`` of a NamedTuple runs the interpreted ``__new__`` namedtuple writes, which calls this on its
# fields: called directly, building one costs half as much compiled.
_BUILD: Final = tuple.__new__


class Cue(NamedTuple):  # a tuple: built many times per report, cheaply
    """A phrase that points at an attacker ("Russia launched", "Ukrainian drones")."""

    start: int
    who: str
    weight: int


class Site(NamedTuple):  # a tuple: built many times per report, cheaply
    """A place named in the report, and whether it is only where the attack came from."""

    start: int
    name: str
    launch: bool


def _gated_finditer(pattern: Triggered, text: str, gates: dict[str, NextWord]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` tried only where the word after a first word passes its gate."""
    return pattern.finditer(text, candidates=gated(index_of(text), pattern.first, pattern.digits, gates))


def _has_words(text: str, span: Span, n: int) -> bool:
    """Whether ``span`` holds at least ``n`` words split at spaces (as ``str.split`` splits)."""
    count = 0
    inside = False
    for i in range(span.start, span.end):
        if text[i].isspace():
            inside = False
        elif not inside:
            inside = True
            count += 1
            if count == n:
                return True
    return False


class _Lazy:
    """Matches of one pass over a report, taken from it only as far as a question needs.

    Sentences are asked about in order, mostly near the top of a report: the pass stops
    after the last sentence asked about. The matches are those of the whole pass (a match
    running on from an earlier sentence still hides what it covers).
    """

    __slots__ = ("_matches", "_starts", "_found")

    def __init__(self, matches: Iterator[re.Match[str]]) -> None:
        self._matches: Iterator[re.Match[str]] | None = matches
        self._starts: list[int] = []
        self._found: list[re.Match[str]] = []

    def _take_until(self, end: int) -> None:
        """Take matches until one starts at or after ``end`` (or none is left)."""
        while self._matches is not None and (not self._starts or self._starts[-1] < end):
            m = next(self._matches, None)
            if m is None:
                self._matches = None
                return
            self._starts.append(m.start())
            self._found.append(m)

    def within(self, span: Span) -> list[re.Match[str]]:
        """The matches that start within ``span``."""
        self._take_until(span.end)
        starts = self._starts
        return self._found[bisect_left(starts, span.start):bisect_left(starts, span.end)]

    def first(self) -> re.Match[str] | None:
        """The first match of the pass, if any."""
        self._take_until(0)
        return self._found[0] if self._found else None


class Scan:
    """The marks of one report, found once, looked up by sentence."""

    __slots__ = ("text", "low", "sentences", "today", "_cues", "_cue_starts", "_sites", "_site_sentences",
                 "_site_starts", "_dates", "_date_starts", "_aggregates", "_reporters", "attacker")

    def __init__(self, text: str, sentences: list[Span], published: dt.datetime | dt.date | None) -> None:
        self.text = text
        self.low = index_of(text).folded  # for the case-insensitive patterns
        self.sentences = sentences
        self._cues = self._find_cues()
        self._cue_starts = [c.start for c in self._cues]
        self._sites, self._site_sentences = self._find_sites()
        self._site_starts = [s.start for s in self._sites]
        self.attacker = self._score(self._cues, self._sites)
        self.today = dates.local_day(published, self.attacker)
        self._dates = [d for d in dates.find_all(text, self.today) if d.day]
        self._date_starts = [d.start for d in self._dates]
        self._aggregates = _Lazy(_gated_finditer(px.AGGREGATE_RE, text, _AGGREGATE_NEXT))
        self._reporters = _Lazy(_gated_finditer(px.REPORTER_RE, text, _REPORTER_NEXT))

    def _find_cues(self) -> list[Cue]:
        out: list[Cue] = []
        for m in _gated_finditer(px.ATTACKER_RE, self.text, _CUE_NEXT):
            who, weight = _CUE_OF[m.lastgroup or ""]
            out.append(_BUILD(Cue, (m.start(), who, weight)))
        return out

    def _find_sites(self) -> tuple[list[Site], list[int]]:
        """The places named in the report's sentences, and the index of the sentence each stands in."""
        out: list[Site] = []
        where: list[int] = []
        sent_starts = [sent.start for sent in self.sentences]
        for mention in places.find_places(self.text):
            i = bisect_right(sent_starts, mention.start) - 1
            if i >= 0 and mention.start < self.sentences[i].end:
                launch = self._launch_site(self.sentences[i], mention)
                out.append(_BUILD(Site, (mention.start, mention.name, launch)))
                where.append(i)
        return out, where

    def _launch_site(self, sent: Span, mention: places.PlaceMention) -> bool:
        """Whether a place is named as a launch site, a government or a reference point, not a target."""
        before = self.text[max(sent.start, mention.start - 80):mention.start]
        if (_may_name_launch_site(before) and _LAUNCH_SITE_RE.search(before)
                or _may_be_metonym(self.low, mention.end, sent.end)
                and _METONYM_RE.match(self.low, mention.end, sent.end)):
            return True
        return mention.name in NAMED_AS_GOVERNMENT and not (
            _says_attacked_at(self.text, max(sent.start, mention.start - 40), mention.start)
            or _REGION_AFTER_RE.match(self.text, mention.end, sent.end)
            or self.text[mention.start:mention.end] != mention.name)

    @staticmethod
    def _score(cues: list[Cue], sites: list[Site]) -> str | None:
        scores: dict[str, int] = {}
        for cue in cues:
            scores[cue.who] = scores.get(cue.who, 0) + cue.weight
        for site in sites:
            vote = None if site.launch else _VOTES.get(site.name)
            if vote is not None:
                scores[vote[0]] = scores.get(vote[0], 0) + vote[1]
        best: str | None = None
        for who, score in scores.items():  # the highest score, the first name in order among equals
            if best is None or score > scores[best] or score == scores[best] and who < best:
                best = who
        return best

    def attacker_in(self, sent: Span) -> str | None:
        """The attacker a sentence's own words point at, if any."""
        c0, c1 = bisect_left(self._cue_starts, sent.start), bisect_left(self._cue_starts, sent.end)
        s0, s1 = bisect_left(self._site_starts, sent.start), bisect_left(self._site_starts, sent.end)
        if c0 == c1 and s0 == s1:
            return None
        return self._score(self._cues[c0:c1], self._sites[s0:s1])

    def attackers(self) -> list[str | None]:
        """``attacker_in`` of every sentence, in order: the marks are handed out in one walk."""
        n = len(self.sentences)
        cues: list[list[Cue]] = [[] for _ in range(n)]
        i = 0
        for cue in self._cues:  # cues and sentences are both in text order
            while i < n and self.sentences[i].end <= cue.start:
                i += 1
            if i < n and self.sentences[i].start <= cue.start:
                cues[i].append(cue)
        sites: list[list[Site]] = [[] for _ in range(n)]
        for i, site in zip(self._site_sentences, self._sites, strict=True):
            sites[i].append(site)
        return [self._score(cues[i], sites[i]) if cues[i] or sites[i] else None for i in range(n)]

    def day_in(self, sent: Span) -> dt.date | None:
        """The day a sentence names: calendar dates first, then weekdays, then "overnight"."""
        best: dates.DateMention | None = None
        for i in range(bisect_left(self._date_starts, sent.start), bisect_left(self._date_starts, sent.end)):
            if best is None or self._dates[i].rank < best.rank or self._ends_on(best, self._dates[i]):
                best = self._dates[i]
        return best.day if best else None

    def _ends_on(self, first: dates.DateMention, then: dates.DateMention) -> bool:
        """"late on Saturday and early on Sunday", "from Saturday into Sunday": an attack over a
        night ends on the later day (a day merely named after another is not the attack's)."""
        return (first.rank == then.rank == 1 and first.day is not None and then.day is not None
                and (then.day - first.day).days == 1
                and self.low[max(first.end, then.start - 16):then.start].rstrip().endswith(NIGHT_END_WORDS))

    def aggregate_in(self, sent: Span) -> bool:
        """Whether a sentence states totals over many days ("since the war began", "this week")."""
        for m in self._aggregates.within(sent):  # a loop, not a generator: compiled, cheaper
            if not px.SUPERLATIVE_RE.search(self.low, sent.start, m.start()):
                return True
        return False

    def reporter_in(self, sent: Span | None = None) -> str | None:
        """Who a sentence (or the report, first) says states its figures."""
        if sent is None:
            m = self._reporters.first()
        else:
            found = self._reporters.within(sent)
            m = found[0] if found else None
        return " ".join((m.group("a") or m.group("b")).split()) if m else None

    def attack_day(self) -> dt.date | None:
        """The day the report's attack ended: the first day its lead names, else publication day."""
        if self.today is None:  # any day the report names
            for sent in self.sentences:
                day = self.day_in(sent)
                if day:
                    return day
            return None
        leads = 0
        for sent in self.sentences:
            if not _has_words(self.text, sent, MIN_LEAD_WORDS):
                continue
            day = self.day_in(sent)
            if day and self.today - LEAD_WINDOW <= day <= self.today:
                return day
            leads += 1
            if leads == LEAD_SENTENCES:
                break
        return self.today

    def places(self) -> list[str]:
        """The places named as attacked, in sentences about an attack, each once."""
        out: list[str] = []
        for i, group in groupby(zip(self._site_sentences, self._sites, strict=True), key=itemgetter(0)):
            sites = [site for _, site in group if not site.launch and site.name not in out]
            sent = self.sentences[i]
            if not sites or not px.ATTACK_CONTEXT_RE.search(self.low, sent.start, sent.end):
                continue
            for site in sites:
                if site.name not in out:
                    out.append(site.name)
        return out
