"""Ukrainian and Russian grammar: official Air Force and Defence Ministry posts.

``extract(text, published)`` cuts the text into sentences and list items
(``slavic_segments``), finds counted phrases in each (``slavic_phrases``), gives
every phrase the outcome of the word that governs it, then applies the counting
rules of CLAIMS.md across the document (``slavic_rules``): parts of a stated
class total become subsets, a "targets" total of one class takes that class.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Final

from skytally.extract import slavic_lexicon as lex
from skytally.extract.language import detect_language
from skytally.extract.places import PLACES
from skytally.extract.slavic_dates import attack_date
from skytally.extract.slavic_phrases import Phrase, find_people, find_phrases
from skytally.extract.slavic_places import attacked_places
from skytally.extract.slavic_rules import KILLED, apply_rules, counts
from skytally.extract.slavic_scan import lowered
from skytally.extract.slavic_segments import Segment, Trigger, find_triggers, split_segments
from skytally.extract.slavic_tolls import latest_tolls
from skytally.extract.slavic_totals import one_class_totals
from skytally.models import Claim, Evidence, Outcome, Scope, Weapon

log = logging.getLogger(__name__)

PART_REACH = 40  # characters before a single weapon where "зокрема" or "також" may be
CLAUSE_PENALTY = 10_000  # a casualty word past a comma is further than any in the figure's clause
OPENING_REACH = 40  # characters before the outcome word a sentence opening with it ("Збито 45.") may have
MAX_EVIDENCE_GAP = 60  # a governing word further off than this stays out of the evidence
LAUNCHED: Final = Outcome.LAUNCHED  # a C static, compiled (``Outcome.LAUNCHED``: a look-up on the class)
Figure = tuple[Weapon, str | None]  # what an elided figure takes from the one before: class and model
Whole = tuple[Weapon, str | None, int]  # a figure "з них" may refer back to: class, model and number


def extract(text: str, published: dt.datetime | dt.date | None = None) -> tuple[list[Claim], list[str]]:
    """Claims and attacked places stated in a Ukrainian or Russian report. Never raises."""
    try:
        return _extract(text, published)
    except Exception:  # a bad sentence must not stop a batch
        log.exception("slavic extraction failed; document skipped")
        return [], []


def _extract(text: str, published: dt.datetime | dt.date | None) -> tuple[list[Claim], list[str]]:
    places = attacked_places(text)
    by_ministry = lex.RUSSIAN_MOD_SCAN.search(text) is not None
    context = _Context(text, attack_date(text, published), _attacker(text, places, by_ministry), by_ministry)
    claims: list[Claim] = []
    parts: list[bool | None] = []  # per claim: a part of a class total, not one, or as the report says
    segment_of: list[int] = []
    carry = _Carry()
    segments = split_segments(text)
    for seg_no, seg in enumerate(segments):
        triggers = find_triggers(text, seg.start, seg.end, lex.COUNT_TRIGGER_TABLE)
        goes_on = lex.CONTINUATION_RE.match(text, seg.start, seg.end) is not None
        outcome, weapon = carry.inherited(seg, goes_on and not triggers)
        # "Збито 41 БпЛА. Ще 17 локаційно втрачено.": a figure without a noun takes the last class
        borrows = goes_on or _opens_with_fate(seg, triggers)  # "Збито 45." borrows the class said before
        elided = (weapon, None) if weapon else carry.last_figure if borrows else None
        whole = carry.last_whole
        seg_claims, seg_parts = context.segment_claims(seg, triggers, outcome, weapon, elided, whole)
        claims += seg_claims
        parts += seg_parts
        segment_of += [seg_no] * len(seg_claims)
        whole = _last_whole(seg_claims)
        last = None if whole is None else (whole[0], whole[1])
        carry.last_whole = whole or carry.last_whole
        carry.update(seg, triggers[-1].outcome if triggers else outcome, last[0] if last else weapon)
        carry.last_figure = last or ((weapon, None) if weapon else None)
    claims = one_class_totals(text, segments, claims, segment_of)
    return latest_tolls(text, apply_rules(claims, parts, segment_of)), places


@dataclass(slots=True)
class _Carry:
    """What a sentence leaves to the next: the outcome and class of a list it opened, or of itself."""

    list_outcome: Outcome | None = None
    list_weapon: Weapon | None = None
    last_outcome: Outcome | None = None
    last_weapon: Weapon | None = None
    last_figure: Figure | None = None  # the class and model of its last figure
    last_whole: Whole | None = None  # the last figure of the text so far ("чотири з них" refers to it)

    def inherited(self, seg: Segment, continues: bool) -> tuple[Outcome | None, Weapon | None]:
        if seg.item:
            return self.list_outcome, self.list_weapon  # "- 4 балістичні ракети ..."
        if continues:
            return self.last_outcome, self.last_weapon  # "А також 168 ударними БпЛА ..."
        return None, None

    def update(self, seg: Segment, outcome: Outcome | None, weapon: Weapon | None) -> None:
        if seg.opens_list:  # "По областях збито:" names no class: the list counts the last one named
            self.list_outcome, self.list_weapon = outcome, weapon or self.last_weapon
        elif not seg.item:
            self.list_outcome = self.list_weapon = None
        self.last_outcome, self.last_weapon = outcome, weapon


class _Context:
    """What holds for the whole document: its text, day, attacker and source, and which of the
    sentence-by-sentence scans can find anything in it at all."""

    def __init__(self, text: str, date: dt.date | None, attacker: str, by_ministry: bool) -> None:
        self.text = text
        self.date = date
        self.attacker = attacker
        self.attribution = _attribution(text, by_ministry)
        self.casualties = lex.CASUALTY_TRIGGER_TABLE.scanner.may_match(text)
        self.by_ukraine = lex.ATTACKED_BY_UKRAINE_SCAN.may_match(text)
        self.aggregate = lex.AGGREGATE_SCAN.may_match(text)

    def segment_claims(self, seg: Segment, triggers: list[Trigger], inherited: Outcome | None,
                       inherited_weapon: Weapon | None, elided: Figure | None = None,
                       whole: Whole | None = None) -> tuple[list[Claim], list[bool | None]]:
        """The claims of one sentence, and for each whether it is a part of a class total."""
        text = self.text
        phrases = find_phrases(text, seg.start, seg.end)
        casualty_triggers = (find_triggers(text, seg.start, seg.end, lex.CASUALTY_TRIGGER_TABLE)
                             if self.casualties else [])
        if not phrases and not casualty_triggers:
            return [], []
        facts = self._facts(seg)
        claims = []
        parts: list[bool | None] = []
        for k, phrase in enumerate(phrases):
            p = _whole_of(phrases, k, whole) if phrase.of_them else (
                _antecedent(phrases, k, elided) if phrase.elided else phrase)
            if p is None:
                continue
            if p.of_them:
                phrases[k] = p  # a figure elided after it takes its class: "збили 15 з них, ще 3 ..."
            weapon = p.weapon or _weapon_before(phrases, k) or inherited_weapon
            trigger = _governing(text, p, triggers)
            outcome = LAUNCHED if p.launched_whole else trigger.outcome if trigger else inherited
            if outcome is None or weapon is None:
                continue
            claims.append(self._claim(facts, p, outcome, weapon, trigger))
            parts.append(_part_hint(text, seg, p))
        casualties = self._casualties(seg, facts, phrases, casualty_triggers)
        return claims + casualties, parts + [False] * len(casualties)

    def _facts(self, seg: Segment) -> tuple[str, Scope]:
        """Who attacked and over what span of time, as this sentence says."""
        text, start, end = self.text, seg.start, seg.end
        by_ukraine = self.by_ukraine and lex.ATTACKED_BY_UKRAINE_SCAN.search(text, start, end) is not None
        aggregate = self.aggregate and _may_be_aggregate(text, start, end) and (
            lex.AGGREGATE_SCAN.search(text, start, end) is not None)
        return ("ukraine" if by_ukraine else self.attacker), (Scope.AGGREGATE if aggregate else Scope.EVENT)

    def _casualties(self, seg: Segment, facts: tuple[str, Scope], phrases: list[Phrase],
                    triggers: list[Trigger]) -> list[Claim]:
        if not triggers:
            return []
        taken = [(p.start, p.end) for p in phrases]
        out: list[tuple[Claim, Trigger]] = []
        for p in find_people(self.text, seg.start, seg.end, taken):
            trigger = _casualty_word(self.text, p, triggers)
            if p.of_them:  # "постраждали 12 людей, з них 4 загинули": the dead of all who were touched
                if trigger.outcome is not KILLED:
                    continue
                out = [(c, t) for c, t in out if not self._victims(t)]
            out.append((self._claim(facts, p, trigger.outcome, None, trigger), trigger))
        return [c for c, _ in out]

    def _victims(self, trigger: Trigger) -> bool:
        """Whether a casualty word says everyone touched ("постраждали"), not the injured alone."""
        return lex.VICTIMS_RE.fullmatch(self.text, trigger.start, trigger.end) is not None

    def _claim(self, facts: tuple[str, Scope], p: Phrase, outcome: Outcome, weapon: Weapon | None,
               trigger: Trigger | None) -> Claim:
        start, end = p.start, p.end
        if trigger is not None and _distance(trigger, p) <= MAX_EVIDENCE_GAP:
            start, end = min(start, trigger.start), max(end, trigger.end)
        attacker, scope = facts
        return Claim(
            outcome=outcome, n=p.n, evidence=Evidence(start, end),
            weapon=weapon if counts(outcome) else None, qualifier=p.qualifier,
            scope=scope, attacker=attacker, target=_other(attacker), date=self.date,
            model=p.model, attribution=self.attribution,
        )


def _governing(text: str, p: Phrase, triggers: list[Trigger]) -> Trigger | None:
    """The outcome word a phrase belongs to: a participle inside it ("15 збитих дронів"),
    a verb right after it or after it in its clause, else the nearest before."""
    for t in triggers:
        if p.start <= t.start < p.end:
            return t
        if t.start >= p.end and not text[p.end:t.start].strip():
            return t  # "5 БпЛА збито", "ещё три уничтожены"
        if t.post and t.start >= p.end and "," not in text[p.end:t.start]:
            return t
        if t.post and t.end <= p.start and lex.LEAD_GAP_RE.fullmatch(text, t.end, p.start):
            return t  # "Локаційно втрачено 12 БпЛА", "Подавлены средствами РЭБ 9 беспилотников"
    before = [t for t in triggers if t.end <= p.start and not t.post]
    if before:
        return before[-1]
    after = [t for t in triggers if t.start >= p.end]
    return after[0] if after else None


def _casualty_word(text: str, p: Phrase, triggers: list[Trigger]) -> Trigger:
    """The casualty word nearest a figure in its clause ("Один человек погиб, трое получили
    ранения": "трое" is the wounded), else the nearest in the sentence."""
    def distance(t: Trigger) -> int:
        between = text[t.end:p.start] if t.end <= p.start else text[p.end:t.start]
        return _distance(t, p) + (CLAUSE_PENALTY if "," in between or ";" in between else 0)
    return min(triggers, key=distance)


def _opens_with_fate(seg: Segment, triggers: list[Trigger]) -> bool:
    """"Збито 45.": an outcome word of what became of weapons near the start of the sentence."""
    return bool(triggers) and triggers[0].outcome is not LAUNCHED and (
        triggers[0].start - seg.start <= OPENING_REACH)


def _weapon_before(phrases: list[Phrase], k: int) -> Weapon | None:
    """The class a bare figure borrows: that of the figure before it in the sentence."""
    if not phrases[k].region:
        return None
    return next((p.weapon for p in reversed(phrases[:k]) if p.weapon), None)


def _antecedent(phrases: list[Phrase], k: int, inherited: Figure | None) -> Phrase | None:
    """An elided figure ("ще 17 локаційно втрачено") with the class and model of the nearest figure
    before it in the sentence, else of the sentence or list it goes on; None without either."""
    before = next(((p.weapon, p.model) for p in reversed(phrases[:k]) if p.weapon), inherited)
    if before is None:
        return None
    return phrases[k].named(before[0], before[1])


def _part_hint(text: str, seg: Segment, p: Phrase) -> bool | None:
    """Whether a single weapon named by model is a part of a class total: yes after "зокрема",
    "у тому числі"; no after "також", "ще"; else as the report says (None). False for the rest."""
    if p.n != 1 or p.model is None:
        return False
    if lex.INCLUDING_RE.search(text, max(seg.start, p.start - PART_REACH), p.start):
        return True
    before = lex.ADDITIVE_RE.search(text, max(seg.start, p.start - PART_REACH), p.start)
    return False if before is not None or lex.ADDITIVE_RE.match(text, seg.start) else None


def _last_whole(claims: list[Claim]) -> Whole | None:
    """The class, model and number of the last weapon figure among ``claims``."""
    for c in reversed(claims):
        if c.weapon is not None:
            return c.weapon, c.model, c.n
    return None


def _whole_of(phrases: list[Phrase], k: int, whole: Whole | None) -> Phrase | None:
    """A part "з них" with the class and model of the whole it is part of: the nearest figure before
    it in the sentence, else the last of the text so far, that is not smaller; None without one."""
    part = phrases[k]
    before = ((p.weapon, p.model, p.n) for p in reversed(phrases[:k]) if p.weapon and not p.of_them)
    found = next(before, whole)
    if found is None or found[2] < part.n:
        return None
    return part.named(found[0], found[1])


def _may_be_aggregate(text: str, start: int, end: int) -> bool:
    """False where ``text[start:end]`` holds no span-of-time cue for sure (one search in C, most
    sentences: their month names follow days)."""
    low = lowered(text)
    return low is None or lex.AGGREGATE_WORD_RE.search(low, start, end) is not None or (
        lex.AGGREGATE_MONTH_RE.search(low, start, end) is not None)


def _distance(t: Trigger, p: Phrase) -> int:
    return p.start - t.end if t.end <= p.start else t.start - p.end


def _attacker(text: str, places: list[str], by_ministry: bool) -> str:
    """Russia, unless the Russian Defence Ministry speaks, the places hit are all in Russia,
    or a Russian text names no Russian attack (Russian media report Ukrainian drones)."""
    if by_ministry:
        return "ukraine"
    countries = {PLACES[p].country for p in places if p in PLACES}
    if countries:
        return "ukraine" if countries == {"russia"} else "russia"
    russian_side = lex.RUSSIA_ATTACKS_SCAN.search(text)
    if russian_side is not None:  # first: most texts name one early, and then no language is told
        # ... but a Russian governor's "ВСУ атаковали …" before "противник выпустил" is Ukraine's attack
        if (lex.ATTACKED_BY_UKRAINE_SCAN.search(text, 0, russian_side.start()) is not None
                and detect_language(text) == "ru"):
            return "ukraine"
        return "russia"
    return "ukraine" if detect_language(text) == "ru" else "russia"


def _attribution(text: str, by_ministry: bool) -> str | None:
    if by_ministry:
        return "Russian Defence Ministry"
    if lex.UA_AIR_FORCE_SCAN.search(text):
        return "Ukrainian Air Force"
    return None


def _other(attacker: str) -> str:
    return "russia" if attacker == "ukraine" else "ukraine"
