"""English grammar: claims and places from news reports in English.

The report is cut into sentences; every amount in a sentence is read against
its neighbours: the weapon noun after it ("31 drones"), the verb before or after
it ("shot down 22", "15 were shot down"), its qualifier ("more than 200"), or the
people it counts ("killing at least 19 people"). A few phrases stand for one
weapon ("a drone hit …", "struck by a missile"). Each sentence lends its claims
an attacker, a day and a scope; the document as a whole supplies defaults. The
patterns themselves live in ``patterns.py``, composed from ``lexicon.py``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from skytally.extract import patterns as px
from skytally.extract.claimset import unique_claims
from skytally.extract.lexicon import DEFAULT_TARGET
from skytally.extract.numbers import find_numbers, number_at, parse_number
from skytally.extract.scan import Scan
from skytally.extract.segment import Span, clauses, sentences
from skytally.extract.triggers import WordIndex, bisect_left, index_of
from skytally.models import Claim, Evidence, Outcome, Qualifier, Scope, Weapon

log = logging.getLogger(__name__)


BULLETS: Final = "-–—•*·"  # what starts a line of a list of links
BEFORE_WINDOW: Final = 150  # characters before a figure that its verb, qualifier or people are read from
MIDDLE: Final = 90  # ... its "N of", casualty verb or near verb from
SHORT: Final = 48  # ... its qualifier, determiner or preposition from

# Enum members the reading compares with, as Final constants: compiled code reads them as C statics,
# not by a module dict look-up and an attribute look-up at each use.
_HIT: Final = Outcome.HIT
_INJURED: Final = Outcome.INJURED
_KILLED: Final = Outcome.KILLED
_LAUNCHED: Final = Outcome.LAUNCHED
_AT_LEAST: Final = Qualifier.AT_LEAST
_EXACT: Final = Qualifier.EXACT
_AGGREGATE: Final = Scope.AGGREGATE
_EVENT: Final = Scope.EVENT
_ANY: Final = Weapon.ANY


class Context:  # a compiled class: cheap to build (a NamedTuple's __new__ runs interpreted)
    """What one sentence lends its claims."""

    __slots__ = ("attacker", "attribution", "date", "scope", "span")

    def __init__(self, span: Span, attacker: str | None, date: dt.date | None, scope: Scope,
                 attribution: str | None) -> None:
        self.span = span
        self.attacker = attacker
        self.date = date
        self.scope = scope
        self.attribution = attribution


class Marks:  # a compiled class: its lists are read without look-ups
    """Where a report's figures, weapon nouns and casualty words start, found once per report."""

    __slots__ = ("head_starts", "heads", "number_starts", "numbers", "people", "single_casualties",
                 "singles")

    def __init__(self, numbers: list[tuple[int, int, int]], heads: list[tuple[int, Weapon | None]],
                 people: list[int], index: WordIndex) -> None:
        self.numbers = numbers  # (start, end, value) of each figure
        self.number_starts = [start for start, _, _ in numbers]
        self.heads = heads  # (start, class) of each weapon noun
        self.head_starts = [start for start, _ in heads]
        self.people = people  # starts of the words holding a casualty piece
        # where "a drone", "the first missile" and "a man was killed" may start: their patterns' first words
        self.singles = index.positions(px.SINGLE_RE.first)
        self.single_casualties = index.positions(px.SINGLE_CASUALTY_RE.first)

    def all_starts(self) -> list[int]:
        """Every mark's start, sorted: a sentence with none of them reads nothing."""
        return sorted(self.number_starts + self.head_starts + self.people)


class Reading:  # a compiled class: built many times per report, cheaply
    """One figure read in a sentence, before the sentence context is applied."""

    __slots__ = ("implied", "model", "n", "outcome", "partitive", "qualifier", "weapon")

    def __init__(self, outcome: Outcome, n: int, weapon: Weapon | None = None,
                 qualifier: Qualifier = _EXACT, model: str | None = None,
                 partitive: bool = False, implied: bool = False) -> None:
        self.outcome = outcome
        self.n = n
        self.weapon = weapon
        self.qualifier = qualifier
        self.model = model
        self.partitive = partitive
        self.implied = implied  # "launched" read from a participle beside another outcome


def extract(text: str, published: dt.datetime | dt.date | None = None) -> tuple[list[Claim], list[str]]:
    """Claims and attacked places stated in an English report. Never raises."""
    try:
        return _extract(text, published)
    except Exception:  # a bad report must never stop a batch; the rules have a bug to fix
        log.exception("English extraction failed on a %d-character text", len(text))
        return [], []


def _extract(text: str, published: dt.datetime | dt.date | None) -> tuple[list[Claim], list[str]]:
    index = index_of(text)
    low = index.folded  # what the case-insensitive patterns read, at the same offsets
    doc = Scan(text, _story(low, sentences(text), index), published)
    heads = [(m.start(), _weapon_of(m)[0]) for m in px.CLASS_ANYWHERE_RE.finditer(text)]
    marks = Marks(find_numbers(text), heads, people_starts(text), index)
    starts = marks.all_starts()
    claims: list[Claim] = []
    attacker = doc.attacker
    day = doc.attack_day()  # the day of claims whose sentence names none
    implied: set[int] = set()
    last_day: dt.date | None = None  # the day the last sentence that names one names
    for sent, own in zip(doc.sentences, doc.attackers(), strict=True):
        attacker = own or attacker
        named = doc.day_in(sent) or _night_after(low, sent, last_day)
        last_day = named or last_day
        if bisect_left(starts, sent.start) == bisect_left(starts, sent.end):
            continue
        readings = _read_sentence(text, low, sent, marks)
        if not readings:
            continue
        ctx = _context(doc, sent, attacker, named or day)
        found = [_claim(r, ctx) for r in readings]
        implied.update(id(c) for c, r in zip(found, readings, strict=True) if r.implied)
        if _correction(low, sent):  # "Correction: … 143, not 134": the corrected figures replace the earlier
            claims = [c for c in claims if not _corrected(c, found)]
        elif _has_casualty(readings) and _toll_update(low, sent):
            claims = [c for c in claims if not _superseded(c, found)]
            # "Two more people died, raising the death toll to 12": the increment is part of the toll
            found = [c for c in found if not _superseded(c, found)]
        claims.extend(found)
    claims = [c for c in claims if id(c) not in implied or not any(_larger_total(o, c) for o in claims)]
    return _tidy(claims), doc.places()


def _night_after(low: str, sent: Span, last_day: dt.date | None) -> dt.date | None:
    """"A night later", "the next day": the day after the one named last."""
    if last_day is None or (low.find("later", sent.start, sent.end) < 0
                            and low.find("next", sent.start, sent.end) < 0
                            and low.find("following", sent.start, sent.end) < 0):
        return None
    return last_day + dt.timedelta(days=1) if px.NEXT_DAY_RE.search(low, sent.start, sent.end) else None


def _context(doc: Scan, sent: Span, attacker: str | None, day: dt.date | None) -> Context:
    scope = _AGGREGATE if doc.aggregate_in(sent) else _EVENT
    return Context(sent, attacker, day, scope, doc.reporter_in(sent) or doc.reporter_in())


def _scope(r: Reading, ctx: Context) -> Scope:
    """One weapon is one attack, never a total ("In December, a rocket was launched at Ashkelon")."""
    return _EVENT if r.n == 1 and r.weapon is not None else ctx.scope


def _has_casualty(readings: list[Reading]) -> bool:
    """Whether any reading (so its claim) counts people: only those a later toll replaces."""
    return any(r.outcome is _KILLED or r.outcome is _INJURED for r in readings)


def _story(text: str, sents: list[Span], index: WordIndex | None = None) -> list[Span]:
    """The sentences of the report itself: not the teasers and link lists a page adds.

    ``text`` is the folded text; ``index``, the word index of the text it folds, spares
    looking for marks in sentences whose first word starts none.
    """
    out: list[Span] = []
    skip_next = False
    for sent in sents:
        if skip_next and text[sent.start] in BULLETS:  # "Read also:" and a list of links, one per line
            continue
        mark = _story_mark(text, sent, index)
        if mark == "trailer":
            break
        if skip_next:
            skip_next = False
            continue
        if mark == "teaser":
            skip_next = True
            continue
        if mark is None:  # captions and "Read also:" lines are skipped
            out.append(sent)
    return out


def _story_mark(low: str, sent: Span, index: WordIndex | None) -> str | None:
    """What page furniture a sentence is ("trailer", "teaser", "caption", "teaser_line"), if any.

    Every mark starts with a letter, at a word start (a sentence starts after a space or
    a sentence end), so a sentence that starts with none of ``STORY_MARK_WORDS`` needs no match.
    """
    if index is not None and index.folded_words:
        if not _is_letter(low, sent.start):
            return None
        at = bisect_left(index.starts, sent.start)
        if at < len(index.starts) and index.starts[at] == sent.start and (
                index.words[at] not in px.STORY_MARK_WORDS):
            return None
    m = px.STORY_MARK_RE.match(low[sent.start:sent.end])
    return m.lastgroup if m else None


def _is_letter(text: str, at: int) -> bool:
    """``text[at].isalpha()``, told by its code for ASCII (compiled, ``str.isalpha`` is a method call)."""
    c = ord(text[at])
    return (97 <= c <= 122 or 65 <= c <= 90) if c < 128 else text[at].isalpha()


def _toll_update(low: str, sent: Span) -> bool:
    """Whether a sentence gives a toll that replaces earlier ones ("rose to 15", "raising the toll to 12")."""
    if any(low.find(stem, sent.start, sent.end) >= 0 for stem in px.TOLL_UPDATE_STEMS) and (
            px.TOLL_UPDATE_RE.search(low, sent.start, sent.end)):
        return True
    return ((low.find("toll", sent.start, sent.end) >= 0 or low.find("number", sent.start, sent.end) >= 0)
            and px.TOLL_RAISED_RE.search(low, sent.start, sent.end) is not None)


def _correction(low: str, sent: Span) -> bool:
    """Whether a sentence corrects figures given before ("Correction: …", "revised its figure to 143")."""
    return ((low.find("correct", sent.start, sent.end) >= 0 or low.find("revise", sent.start, sent.end) >= 0)
            and px.CORRECTION_RE.search(low, sent.start, sent.end) is not None)


def _corrected(old: Claim, new: list[Claim]) -> bool:
    """An earlier figure a correction restates with another number."""
    return any(c.outcome is old.outcome and c.weapon is old.weapon and c.scope is old.scope and c.n != old.n
               for c in new)


def _superseded(old: Claim, new: list[Claim]) -> bool:
    """A casualty figure a later, higher toll of the same kind replaces."""
    return old.kind.value == "casualty" and any(
        c.outcome is old.outcome and c.n > old.n and c.scope is old.scope for c in new)


def _claim(r: Reading, ctx: Context) -> Claim:
    return Claim(
        outcome=r.outcome, n=r.n, evidence=Evidence(ctx.span.start, ctx.span.end),
        weapon=None if r.outcome in (_KILLED, _INJURED) else r.weapon,
        qualifier=r.qualifier, scope=_scope(r, ctx), attacker=ctx.attacker,
        target=DEFAULT_TARGET.get(ctx.attacker or ""), date=ctx.date, model=r.model,
        attribution=ctx.attribution, subset=r.partitive)


# ---- reading one sentence -------------------------------------------------------------------

_PEOPLE_WORDS: Final[dict[str, bool]] = {}  # word -> whether it holds a casualty word piece
MAX_PEOPLE_WORDS: Final = 100_000  # the remembered words are forgotten past this many


def people_starts(text: str) -> list[int]:
    """Where words holding a casualty piece (``CASUALTY_WORD_RE``) start: a sentence names people iff one
    starts within it (a piece is letters, so it lies in one word, and no word runs over a sentence end).

    Each distinct word is searched once and remembered, instead of searching every sentence; the words
    are looked up in one compiled loop (no list of flags).
    """
    index = index_of(text)
    if not index.folded_words:  # rare letters fold apart from lower case: search the folded text
        return [m.start() for m in px.CASUALTY_WORD_RE.finditer(index.folded)]
    known = _PEOPLE_WORDS
    words, starts = index.words, index.starts
    out: list[int] = []
    for i in range(len(words)):
        word = words[i]
        flag = known.get(word)
        if flag is None:
            if len(known) > MAX_PEOPLE_WORDS:
                known.clear()
            flag = known[word] = px.CASUALTY_WORD_RE.search(word) is not None
        if flag:
            out.append(starts[i])
    return out


def _read_sentence(text: str, low: str, sent: Span, marks: Marks) -> list[Reading]:
    """The figures of one sentence; ``low`` is the folded text the per-figure patterns read."""
    starts = marks.number_starts
    nums = marks.numbers[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
    has_head = bisect_left(marks.head_starts, sent.start) < bisect_left(marks.head_starts, sent.end)
    people = marks.people
    has_people = bisect_left(people, sent.start) < bisect_left(people, sent.end)
    heads = marks.heads
    out: list[Reading] = []
    if not (nums or has_head or has_people):
        return out
    for clause in clauses(text, sent):
        for start, end, n in nums:
            if clause.start <= start and end <= clause.end:
                read = _read_number(low, clause, start, end, n, heads, people if has_people else None)
                out.extend(read or _read_ellipsis(text, low, sent, start, end, n, out)
                           or _read_total(low, sent, start, end, n)
                           or _read_in_brackets(text, low, clause, start, end, n, heads))
        if has_head:
            out.extend(_read_singles(low, clause, marks.singles))
        if has_people:
            out.extend(_read_single_casualties(low, clause, people, marks.single_casualties))
        if out:
            out.extend(_read_all_of_them(low, clause, out))
    if has_people and any(r.outcome in _PEOPLE_OUTCOMES for r in out) and _other_cause(low, sent):
        out = [r for r in out if r.outcome not in _PEOPLE_OUTCOMES]
    return out


_PEOPLE_OUTCOMES: Final = (_KILLED, _INJURED)


def _other_cause(low: str, sent: Span) -> bool:
    """"Three people died in a flood": people dead or hurt from a cause that is no attack."""
    seg = low[sent.start:sent.end]
    return (any(stem in seg for stem in px.OTHER_CAUSE_STEMS)
            and px.OTHER_CAUSE_RE.search(low, sent.start, sent.end) is not None
            and px.ATTACK_WORD_RE.search(low, sent.start, sent.end) is None)


def _read_ellipsis(text: str, low: str, sent: Span, start: int, end: int, n: int,
                   so_far: list[Reading]) -> list[Reading]:
    """"destroyed three drones over Mykolaiv and one over Odesa": the last weapon figure's verb and noun."""
    last = next((r for r in reversed(so_far) if r.weapon is not None and not r.implied), None)
    if (last is None or not px.ELLIPSIS_AFTER_RE.match(text, end, sent.end)
            or not px.ELLIPSIS_BEFORE_RE.search(low[max(sent.start, start - SHORT):start])):
        return []
    return [Reading(last.outcome, n, last.weapon, _EXACT, last.model)]


def _read_in_brackets(text: str, low: str, clause: Span, start: int, end: int, n: int,
                      heads: list[tuple[int, Weapon | None]]) -> list[Reading]:
    """"downed over the Kyiv (31), Chernihiv (28) and Poltava (22) regions": a region's figure in
    brackets after its name takes the clause's verb and the weapon named last."""
    if not (start > clause.start and _char_at(text, start - 1, clause.end, "(")
            and _char_at(text, end, clause.end, ")")):
        return []
    name = px.BRACKETED_NAME_RE.search(text, max(clause.start, start - SHORT), start - 1)
    if name is None:
        return []
    before = low[max(clause.start, start - BEFORE_WINDOW):name.start()]
    left = _at_word_starts(px.LEFT_VERB_LED, before, len(before), False)
    outcome = px.group_outcome(left, px.BEFORE_OUTCOMES) if left else None
    weapon = _context_weapon(heads, start)
    if outcome is None or weapon is None:
        return []
    return [Reading(outcome, n, weapon, _EXACT)]


def _read_total(low: str, sent: Span, start: int, end: int, n: int) -> list[Reading]:
    """"launched two waves of drones – 27 in total": the weapon noun before and its verb, launched or not."""
    if not _starts_after_space(low, end, sent.end, px.TOTAL_AFTER_STARTS) or not px.TOTAL_AFTER_RE.match(
            low, end, sent.end):
        return []
    before = low[max(sent.start, start - BEFORE_WINDOW):start]
    head = px.TOTAL_BEFORE_RE.search(before)
    if head is None:
        return []
    left = _at_word_starts(px.LEFT_VERB_LED, before, head.start(), False)
    outcome = px.group_outcome(left, px.BEFORE_OUTCOMES) if left else None
    weapon, model = _weapon_of(head)
    if outcome is None or weapon is None or left is None or outcome is _LAUNCHED and (
            px.UNREAL_BEFORE_RE.search(before, 0, left.start())):
        return []
    return [Reading(outcome, n, weapon, _EXACT, model)]


def _read_all_of_them(text: str, clause: Span, so_far: list[Reading]) -> list[Reading]:
    """"launched four drones, all of them were shot down": the last figure again, new outcome."""
    last = next((r for r in reversed(so_far) if r.weapon is not None), None)
    if last is None or text.find("all", clause.start, clause.end) < 0 and text.find(
            "both", clause.start, clause.end) < 0:
        return []
    m = px.ALL_OF_THEM_RE.search(text, clause.start, clause.end)
    if m is None:
        return []
    outcome = px.group_outcome(m, px.AFTER_OUTCOMES)
    if outcome is None or outcome is last.outcome:
        return []
    return [Reading(outcome, last.n, last.weapon, last.qualifier, last.model)]


def _part_of_many(low: str, clause: Span, m: re.Match[str]) -> bool:
    """"including a man who died", "a boy and two women had died": one of several people, no claim."""
    if m.group("died") and " and " in m.group():
        return True
    return _ends(low, px.SUBSET_ENDS, clause.start, m.start()) and px.SUBSET_CASUALTY_RE.search(
        low[max(clause.start, m.start() - SHORT):m.start()]) is not None


_VICTIM_VERBS: Final = ("kill", "injur", "wound")  # what every verb ``SINGLE_VICTIM_RE`` reads starts with
_VICTIM_LEADS: Final = "".join(sorted({verb[0] for verb in _VICTIM_VERBS}))


def _read_single_casualties(low: str, clause: Span, people: list[int], starts: list[int]) -> list[Reading]:
    """"a 54-year-old man was killed", "killing a woman": one person each.

    The verb before "a woman" holds a casualty piece, so it starts at one of ``people``; so does
    every verb of ``SINGLE_CASUALTY_RE`` but "succumbed". ``starts``: where that pattern's first
    words stand in the report (``Marks.single_casualties``).
    """
    words = people[bisect_left(people, clause.start):bisect_left(people, clause.end)]
    found: list[Outcome] = []
    if words or low.find("succumb", clause.start, clause.end) >= 0:
        found = [_INJURED if m.group("i") else _KILLED  # "k" or "died"
                 for m in _matches_at(px.SINGLE_CASUALTY_RE.pattern, low, starts, clause.start, clause.end)
                 if not _part_of_many(low, clause, m)]
    out = []
    for at in words:
        lead = low[at]  # a first letter of the verbs: tested before the method calls
        if lead in _VICTIM_LEADS and low.startswith(_VICTIM_VERBS, at) and (
                m := px.SINGLE_VICTIM_RE.match(low, at, clause.end)):
            found.append(_KILLED if m.group("k") else _INJURED)
        elif lead in _KIN_LEADS and low.startswith(_KIN_VERBS, at) and (
                m := px.KIN_VERB_RE.match(low, at, clause.end)):
            outcome = _KILLED if m.group("k") else _INJURED
            named = _named_before(low, clause, at)
            if named:
                out.append(Reading(outcome, named))
    return [Reading(outcome, 1) for outcome in found] + out


_KIN_VERBS: Final = ("killed", "injured", "wounded", "hurt")  # what ``KIN_VERB_RE`` reads
_KIN_LEADS: Final = "".join(sorted({verb[0] for verb in _KIN_VERBS}))


def _named_before(low: str, clause: Span, at: int) -> int:
    """How many people named one by one stand just before the casualty word at ``at``: "and his wife
    (was) injured", "and another injured" are 1, "a man and a woman were killed" 2, else 0."""
    start = max(clause.start, at - MIDDLE)
    if low.find(" and ", start, at) < 0 and low.find("while ", start, at) < 0:
        return 0
    if px.KIN_BEFORE_RE.search(low, max(start, at - SHORT), at):
        return 1
    pair = px.PAIR_BEFORE_RE.search(low, start, at)
    if pair is None:
        return 0
    if _ends(low, px.SUBSET_ENDS, clause.start, pair.start()) and px.SUBSET_CASUALTY_RE.search(
            low, max(clause.start, pair.start() - SHORT), pair.start()):
        return 0
    return 2


def _read_number(text: str, clause: Span, start: int, end: int, n: int,
                 heads: list[tuple[int, Weapon | None]], people: list[int] | None) -> list[Reading]:
    """The claim one figure makes; ``people``: where casualty words start, None if the sentence has none."""
    before = text[max(clause.start, start - BEFORE_WINDOW):start]
    if _negated_amount(before) or _range_upper(before):
        return []
    between = _between(before)
    if between is not None:  # "between 60 and 70 drones": read as "60 to 70 drones"
        before = before[:between]
    qualifier, end, n = _qualifier(text, before, end, n, clause.end, between is not None)
    casualty = _read_casualty(text, before, start, end, n, qualifier, clause, people) if people else None
    if casualty is not None:
        return [casualty] if casualty.n >= 0 else []
    return _read_weapons(text, before, end, n, qualifier, clause, heads)


def _between(before: str) -> int | None:
    """Where "between" stands right before a figure, if it does."""
    if not before[-12:].rstrip().endswith("between"):
        return None
    m = px.BETWEEN_BEFORE_RE.search(before)
    return m.start() if m else None


def _qualifier(text: str, before: str, end: int, n: int, limit: int,
               between: bool = False) -> tuple[Qualifier, int, int]:
    qualifier = _EXACT
    m = px.QUAL_BEFORE_RE.search(before[-SHORT:]) if _ends(before, px.QUAL_ENDS) else None
    if m:
        qualifier = _qualifier_of(m.group("q"))
    if _char_at(text, end, len(text), "+"):  # "500+ drones"
        return _AT_LEAST, end + 1, n
    if not text.startswith(("and",) if between else px.RANGE_STARTS, _word_after(text, end, limit), limit):
        return qualifier, end, n
    rng = (px.BETWEEN_RANGE_RE if between else px.RANGE_RE).match(text, end, limit)
    if rng and (hi := parse_number(rng.group(rng.lastgroup or 0))) is not None and hi > n:
        return _AT_LEAST, rng.end(), n
    return qualifier, end, n


@lru_cache(maxsize=1024)
def _qualifier_of(words: str) -> Qualifier:
    for pattern, qualifier in px.QUALIFIER_PATTERNS:
        if pattern.fullmatch(words):
            return qualifier
    return _EXACT


def _read_casualty(text: str, before: str, start: int, end: int, n: int, qualifier: Qualifier,
                   clause: Span, people: list[int]) -> Reading | None:
    """A casualty figure, or a Reading with n = -1 for people figures that are no claim.

    Every verb ``CASUALTY_AFTER_RE`` reads holds a casualty piece: none of ``people`` after the
    figure, no match.
    """
    after = (px.CASUALTY_AFTER_RE.match(text, end, clause.end)
             if bisect_left(people, end) < bisect_left(people, clause.end) else None)
    # the verb after wins
    left = _first_at_word_starts(px.CASUALTY_BEFORE_LED, before[-MIDDLE:]) if after is None else None
    one = _one_more(before)
    if one is not None and (one.group("k") or one.group("i")):
        if after is not None:  # "killed a man and two women were injured": the verbs part them
            one = None
        elif left is None:  # "killed a man and two women": the verb before the one person counts both
            left = one
    if after is None and left is None:
        left = _far_toll(before)
    if after is None and (left is None or not px.CASUALTY_OBJECT_RE.match(text, end, clause.end)):
        return None
    if _no_claim(text, before, end, clause.end):
        return Reading(_KILLED, -1)
    m = after or left
    assert m is not None
    outcome = _KILLED if m.group("k") else _INJURED
    # the hospitalised are a part of the injured when the report also says how many were injured
    # ... and so are those who "sustained blast injuries" or "were taken to hospital"
    hospital = outcome is _INJURED and _detail_of_injured(m.group("i").lower())
    if one is not None:  # "a boy and two women had died": the one person named first counts too
        lead = one.end() - len(one.group().lstrip())  # where the person's words start (after a space)
        if not (_ends(before, px.SUBSET_ENDS, 0, lead) and px.SUBSET_CASUALTY_RE.search(
                before[max(0, lead - SHORT):lead])):
            n += 1
        elif "," not in one.group():  # "including a girl, and 19 were wounded": the part ends at its comma
            return Reading(_KILLED, -1)  # "including a boy and two women"
    return Reading(outcome, n, qualifier=qualifier, partitive=hospital)


def _no_claim(text: str, before: str, end: int, limit: int) -> bool:
    """People figures that are no claim: a part ("including 3 children", "5, of whom"), an earlier report."""
    if _ends(before, px.SUBSET_ENDS) and px.SUBSET_CASUALTY_RE.search(before[-SHORT:]):
        return True
    if _starts_after_space(text, end, limit, ("of",)) and px.OF_WHOM_AFTER_RE.match(text, end, limit):
        return True
    return (any(stem in before for stem in px.INITIAL_REPORT_STEMS)
            and px.INITIAL_REPORT_RE.search(before) is not None)


def _detail_of_injured(verb: str) -> bool:
    return "hospital" in verb or verb.startswith(("sustained", "suffered", "received"))


def _one_more(before: str) -> re.Match[str] | None:
    """"a boy and two women", "killed a man and three children": one person named before a figure."""
    if not before.endswith("and ") and not before.endswith("and\n"):
        return None
    return px.ONE_MORE_BEFORE_RE.search(before, max(0, len(before) - MIDDLE))


def _far_toll(before: str) -> re.Match[str] | None:
    """"The number of people killed …" or "The death toll from … has risen to" further back than a verb."""
    if "number of" in before:
        return px.NUMBER_OF_RE.match(before, before.rfind("number of"))
    if "toll" in before:
        return px.CASUALTY_BEFORE_RE.match(before, before.rfind("toll"))
    return None


def _read_weapons(text: str, before: str, end: int, n: int, qualifier: Qualifier, clause: Span,
                  heads: list[tuple[int, Weapon | None]]) -> list[Reading]:
    hit = px.HIT_NOUN_RE.match(text, end, clause.end) if _may_hit(text, end, clause.end) else None
    if hit:
        return [Reading(_HIT, n, _class_of(hit.group("cls")), qualifier)]
    fig = px.FIGURE_RE.match(text, end, clause.end)
    if fig is not None and text[end - 4:end] == "both" and px.BOTH_AND_RE.match(text, end):  # folded text
        return []
    if fig is None:
        return _read_bare(text, before, end, n, qualifier, clause, heads)
    weapon, model = _weapon_of(fig)
    partitive = bool(model) and (_partitive(before) or not fig.group("mcls"))
    if _of_total(before) or _whole_first(text, before, fig.end(), clause.end):
        return [Reading(_LAUNCHED, n, weapon, qualifier, model, partitive)]
    outcomes = _outcomes(text, before, fig.end(), clause)
    return [Reading(o, n, weapon, qualifier, model, partitive, _implied(o, outcomes)) for o in outcomes]


_BOTH_NOT_COUNTING: Final = ("in", "on", "at", "by", "from", "to", "for", "with", "inside", "outside")


def _read_bare(text: str, before: str, end: int, n: int, qualifier: Qualifier, clause: Span,
               heads: list[tuple[int, Weapon | None]]) -> list[Reading]:
    """An amount with no weapon noun: "15 were shot down", "nine of the targets", "downed all 14"."""
    if text[end - 4:end].lower() == "both" and _starts_after_space(text, end, clause.end, _BOTH_NOT_COUNTING):
        return []  # "explosions reported both in the city and its outskirts"
    weapon: Weapon | None = None
    model = None
    pos = end
    of = px.CONTEXT_HEAD_RE.match(text, end, clause.end) if _starts_after_space(
        text, end, clause.end, ("out", "of")) else None
    if of:
        nested = number_at(text, of.end(), clause.end)
        skip = nested[0] if nested else len(text[:of.end()].rstrip())  # a figure's words start at a space
        fig = px.FIGURE_RE.match(text, skip, clause.end)
        if fig:
            weapon, model = _weapon_of(fig)
            pos = fig.end()
        else:
            pos = of.end()
    if weapon is None and _of_total(before):
        # "87 aerial targets were shot down, out of 103 launched": the total is of the figure's own class
        weapon = _context_weapon(heads, end, True) if _counts_weapons(text, before, end, clause) else None
        return [Reading(_LAUNCHED, n, weapon, qualifier)] if weapon else []
    right = _right_verb(text, pos, clause.end)
    fate = _with_fate(before, right)
    if fate is not None:  # "with 50 (of them) downed"
        weapon = weapon or _context_weapon(heads, end)
        return [Reading(fate, n, weapon, qualifier, model)] if weapon else []
    # with no weapon named, the figure is no total after "out of" (said above)
    if _after_preposition(_unqualified(before, qualifier), False if weapon is None else None) or (
            of is None and right is None and not px.BARE_NEXT_RE.match(text, end, clause.end)):
        return []
    adjacent = _first_at_word_starts(px.ADJACENT_VERB_LED, before[-SHORT:])
    if weapon is None and right is None and adjacent is None:
        return []
    outcomes = _outcomes(text, before, pos, clause, participle=of is None)
    weapon = weapon or _context_weapon(heads, end)
    if weapon is None:
        return []
    partitive = bool(model) and _partitive(before)  # "among them 14 of the 17 Kh-101"
    return [Reading(o, n, weapon, qualifier, model, partitive, _implied(o, outcomes)) for o in outcomes]


def _unqualified(before: str, qualifier: Qualifier) -> str:
    """The words before a figure less its qualifier's ("up to 15 had struck": that "to" governs nothing)."""
    if qualifier is Qualifier.EXACT:
        return before
    m = px.QUAL_BEFORE_RE.search(before[-SHORT:])
    return before[:len(before) - len(before[-SHORT:]) + m.start()] if m else before


def _counts_weapons(text: str, before: str, end: int, clause: Span) -> bool:
    """Whether the "M" of a bare "N of M" counts weapons: a verb or weapon noun before it, no noun after."""
    verb_or_noun = px.LEFT_VERB_RE.search(before) or px.CLASS_ANYWHERE_RE.pattern.search(before)
    return px.BARE_NEXT_RE.match(text, end, clause.end) is not None and verb_or_noun is not None


def _implied(outcome: Outcome, outcomes: list[Outcome]) -> bool:
    return outcome is _LAUNCHED and len(outcomes) > 1


def _negated_amount(before: str) -> bool:
    """"no drones", "not a single missile": an amount that counts nothing."""
    tail = before[-SHORT:]
    return "no" in tail and px.NO_BEFORE_RE.search(tail) is not None


def _may_hit(text: str, start: int, end: int) -> bool:
    """Whether "drone impacts", "missile hits" or "strikes on" can follow (words ``HIT_NOUN_RE`` needs)."""
    return any(text.find(word, start, end) >= 0 for word in ("hits", "impacts", "strikes"))


def _range_upper(before: str) -> bool:
    """"40 to 50 drones", "between 40 and 50": the upper bound of a range is read with its lower bound."""
    tail = before[-SHORT:]
    end = tail.rstrip()
    if end.endswith(" and"):
        return "between" in tail and px.BETWEEN_UPPER_RE.search(tail) is not None
    return end.endswith(("-", "–", " to", " or")) and px.RANGE_UPPER_RE.search(tail) is not None


def _partitive(before: str) -> bool:
    """"including 20 Iskander-M", "of them 60 Shaheds": a part named after its whole."""
    tail = before[-MIDDLE:]
    return px.PARTITIVE_HINT_RE.search(tail) is not None and px.PARTITIVE_BEFORE_RE.search(tail) is not None


def _of_total(before: str) -> bool:
    """"shot down 22 out of 33": the amount after "of" is the total launched."""
    if "of" not in before[-32:] or not _ends(before, px.OF_TOTAL_ENDS):
        return False
    if px.OF_TOTAL_BEFORE_RE.search(before[-MIDDLE:]) is not None:
        return True
    return "out of" in before[-32:] and px.OUT_OF_BEFORE_RE.search(before[-32:]) is not None


def _whole_first(text: str, before: str, pos: int, limit: int) -> bool:
    """"Of the 550 drones, 268 were downed": a whole that opens its clause is the total launched.

    ``before`` is the clause up to the figure (short, so it starts where the clause does), or what
    follows "that" in it ("the air force said that of the 145 drones, 121 were downed").
    """
    lead = before.rfind(" that ")
    if lead >= 0:
        before = before[lead + 6:]
    return (len(before) <= SHORT and "of" in before and px.WHOLE_FIRST_BEFORE_RE.fullmatch(before) is not None
            and px.WHOLE_FIRST_AFTER_RE.match(text, pos, limit) is not None)


def _with_fate(before: str, right: re.Match[str] | None) -> Outcome | None:
    """"launched 65 drones, with 50 downed": the participle after a figure that "with" opens, not a launch."""
    if right is None or "with" not in before[-SHORT:] or not px.WITH_BEFORE_RE.search(before[-SHORT:]):
        return None
    fate = px.group_outcome(right, px.AFTER_OUTCOMES)
    return fate if fate is not _LAUNCHED else None


def _after_preposition(before: str, of_total: bool | None = None) -> bool:
    """"of one of the downed UAVs": an amount governed by a preposition is no subject or object.

    ``of_total`` is ``_of_total(before)`` if the caller already knows it.
    """
    if not _ends(before, px.PREPOSITIONS) or px.PREPOSITION_BEFORE_RE.search(before[-SHORT:]) is None:
        return False
    return not (_of_total(before) if of_total is None else of_total)


def _outcomes(text: str, before: str, pos: int, clause: Span, participle: bool = True) -> list[Outcome]:
    """What happened to a figure: the verb after it, else the last verb before it."""
    found: list[Outcome] = []
    part = (px.PARTICIPLE_RE.match(text, pos, clause.end)
            if participle and _starts_after_space(text, pos, clause.end, px.PARTICIPLE_STARTS) else None)
    if part:
        found.append(_LAUNCHED)
        right = _after_participle(text, part.end(), clause.end)
    else:
        right = _right_verb(text, pos, clause.end)
    main = px.group_outcome(right, px.AFTER_OUTCOMES) if right else None
    if main is _LAUNCHED and not participle:
        main = None
    if main is None:
        left = _at_word_starts(px.LEFT_VERB_LED, before, len(before), False)
        main = px.group_outcome(left, px.BEFORE_OUTCOMES) if left else None
        if main is _LAUNCHED and left and px.UNREAL_BEFORE_RE.search(before, 0, left.start()):
            main = None  # "will send 10 missiles", "plans to launch": no attack happened
    elif (participle and (near := _first_at_word_starts(px.NEAR_LEFT_VERB_LED, before[-MIDDLE:]))
          and px.group_outcome(near, px.BEFORE_OUTCOMES) is _LAUNCHED):
        # "the attack included eight drones which were shot down": both verbs count it
        found.append(_LAUNCHED)
    if main is not None and main not in found:
        found.append(main)
    return found


def _read_singles(low: str, clause: Span, starts: list[int]) -> list[Reading]:
    """"a drone hit …", "shot down a UAV", "struck by a missile": one weapon each; ``starts``, where
    ``SINGLE_RE``'s first words stand in the report (``Marks.singles``)."""
    out: list[Reading] = []
    for m in _matches_at(px.SINGLE_RE.pattern, low, starts, clause.start, clause.end):
        before = low[max(clause.start, m.start() - BEFORE_WINDOW):m.start()]
        if _negated(before) or _ends(before, px.DEBRIS_ENDS) and px.DEBRIS_BEFORE_RE.search(before[-SHORT:]):
            continue
        weapon, model = _weapon_of(m)
        outcomes = _single_outcomes(low, before, m, clause) or _list_outcome(before)
        out.extend(Reading(o, 1, weapon, _EXACT, model, implied=_implied(o, outcomes))
                   for o in outcomes)
    return out


def _list_outcome(before: str) -> list[Outcome]:
    """"fired two missiles and a drone": a weapon that closes a list of figures takes the list's verb."""
    if not _ends(before, px.LIST_TAIL_ENDS) or not px.LIST_TAIL_RE.search(before[-SHORT:]):
        return []
    left = _at_word_starts(px.LEFT_VERB_LED, before, len(before), False)
    main = px.group_outcome(left, px.BEFORE_OUTCOMES) if left else None
    if main is _LAUNCHED and left and px.UNREAL_BEFORE_RE.search(before, 0, left.start()):
        return []  # "will send ten drones and a missile"
    return [main] if main is not None else []


_MONITOR_VERBS: Final = ("report", "record", "count", "track", "detect")


def _single_outcomes(text: str, before: str, m: re.Match[str], clause: Span) -> list[Outcome]:
    by = px.PASSIVE_BY_RE.search(before[-SHORT:]) if _ends(before, px.PASSIVE_BY_ENDS) else None
    if m.group("strike"):
        return [_HIT] if by and by.group("hit") or "on" in m.group("strike").split() else []
    found: list[Outcome] = []
    if by:
        found.append(_HIT if by.group("hit") else _LAUNCHED)
    part = (px.PARTICIPLE_RE.match(text, m.end(), clause.end)
            if _starts_after_space(text, m.end(), clause.end, px.PARTICIPLE_STARTS) else None)
    if part and _LAUNCHED not in found:
        found.append(_LAUNCHED)
    right = (_after_participle(text, part.end(), clause.end) if part
             else _right_verb(text, m.end(), clause.end))
    adjacent = _first_at_word_starts(px.ADJACENT_VERB_LED, before[-SHORT:])
    main = px.group_outcome(right, px.AFTER_OUTCOMES) if right else None
    left = px.group_outcome(adjacent, px.BEFORE_OUTCOMES) if adjacent and not by else None
    if left is _LAUNCHED and adjacent is not None and adjacent.group().startswith(_MONITOR_VERBS):
        left = None  # "reported a drone crossing its airspace" counts no launch: "reported 40 drones" does
    if main is None:
        main = left
    elif left is not None and _LAUNCHED in (left, main) and left not in found:
        found.append(left)  # "launched a Kinzhal, which was downed", "downed a drone that was heading to X"
    if main is not None and main not in found:
        found.append(main)
    return found


def _weapon_of(m: re.Match[str]) -> tuple[Weapon | None, str | None]:
    model = m.group("model")
    if model:
        return _model_of(model, m.groupdict().get("mcls"))
    return _class_of(m.group("cls")), None


@lru_cache(maxsize=1024)
def _model_of(model: str, cls: str | None) -> tuple[Weapon | None, str | None]:
    for pattern, name, weapon in px.MODEL_PATTERNS:
        if pattern.fullmatch(model):
            return (_class_of(cls) if cls else None) or weapon, name
    return None, None


@lru_cache(maxsize=1024)
def _class_of(noun: str) -> Weapon | None:
    for pattern, weapon in px.CLASS_PATTERNS:
        if pattern.fullmatch(noun):
            return weapon
    return None


def _context_weapon(heads: list[tuple[int, Weapon | None]], pos: int, mixed: bool = False) -> Weapon | None:
    """The class of the last weapon noun before ``pos``; "aerial targets" (``ANY``) only if ``mixed``."""
    found = None
    for start, weapon in heads:
        if start >= pos:
            break
        if weapon is not None and (mixed or weapon is not _ANY):
            found = weapon
    return found


# ---- cheap tests a text must pass before a pattern can match it ----------------------------------

def _ends(text: str, endings: tuple[str, ...], start: int = 0, end: int = -1) -> bool:
    """Whether ``text[start:end]`` ends with one of ``endings``, then whitespace: what it needs for
    a pattern that ends with those words and ``\\s+$`` to match it (``end`` -1: the end of ``text``)."""
    stop = len(text) if end < 0 else end
    at = stop
    while at > start and text[at - 1].isspace():
        at -= 1
    return at < stop and text.endswith(endings, start, at)


def _at_word_starts(led: px.WordLed, text: str, end: int, first: bool) -> re.Match[str] | None:
    """The first (``first``) or the last of ``led.pattern.finditer(text, 0, end)``: the pattern is
    tried only at the letters a-z that start a word, and there only if the two characters there are
    among ``led.pairs``, not searched for at every character.
    """
    pattern, pairs = led.pattern, led.pairs
    found = None
    pos = 0  # where the next match may start: after the last one
    word = False  # whether the character before ``i`` is a word character (``\w``)
    for i in range(end):
        c = ord(text[i])
        inside = ((97 <= c <= 122 or 48 <= c <= 57 or 65 <= c <= 90 or c == 95) if c < 128
                  else text[i].isalnum())
        if inside and not word and 97 <= c <= 122 and i >= pos and i + 1 < end and text[i:i + 2] in pairs:
            m = pattern.match(text, i, end)
            if m is not None:
                if first:
                    return m
                found = m
                pos = m.end()
        word = inside
    return found


def _first_at_word_starts(led: px.WordLed, text: str) -> re.Match[str] | None:
    """``led.pattern.search(text)`` (see ``_at_word_starts``)."""
    return _at_word_starts(led, text, len(text), True)


def _matches_at(pattern: re.Pattern[str], low: str, starts: list[int], start: int,
                end: int) -> list[re.Match[str]]:
    """The matches of a folded ``Triggered`` pattern in ``[start, end)``, tried at ``starts`` (its first
    words' starts in the report): what ``Triggered.finditer`` yields, as a list built in one compiled
    loop, with no generator and no look-up of the starts per call."""
    out: list[re.Match[str]] = []
    pos = start
    for i in range(bisect_left(starts, start), bisect_left(starts, end)):
        at = starts[i]
        if at < pos:
            continue
        m = pattern.match(low, at, end)
        if m is not None:
            out.append(m)
            pos = max(m.end(), at + 1)
    return out


def _word_after(text: str, pos: int, limit: int) -> int:
    """Where the whitespace from ``pos`` on ends (``limit`` at most)."""
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _starts_after_space(text: str, pos: int, limit: int, words: tuple[str, ...]) -> bool:
    """Whether whitespace, then one of ``words``, follow ``pos``: what a pattern ``\\s+(?:words…)`` needs."""
    at = _word_after(text, pos, limit)
    return at > pos and text.startswith(words, at, limit)


_QUOTE_CHARS: Final = "".join(px.QUOTES)


def _char_at(text: str, pos: int, limit: int, chars: str) -> bool:
    """Whether one of ``chars`` stands at ``pos`` (before ``limit``): a ``str.startswith`` of single
    characters that compiled code runs without a method call."""
    return pos < limit and text[pos] in chars


def _right_verb(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """``RIGHT_VERB_RE`` at ``pos``, less its parts whose first word or comma does not stand there."""
    at = _word_after(text, pos, limit)
    joiner = _word_after(text, at + 1, limit) if _char_at(text, at, limit, ",") else at
    if text.startswith(px.LIST_JOINERS, joiner, limit):
        return px.RIGHT_VERB_RE.match(text, pos, limit)
    if at > pos and (text.startswith(px.PARTICIPLE_STARTS, at, limit)
                     or text.startswith(px.MOTION_STARTS, at, limit)):
        return px.RIGHT_VERB_NO_LIST_RE.match(text, pos, limit)
    # a comma after the figure, or after a quote there
    if joiner > at or _char_at(text, pos, limit, _QUOTE_CHARS) and _char_at(
            text, _word_after(text, pos + 1, limit), limit, ","):
        return px.RIGHT_VERB_ONLY_RE.match(text, pos, limit)
    return px.RIGHT_VERB_NO_COMMA_RE.match(text, pos, limit)


def _after_participle(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """``AFTER_PARTICIPLE_RE`` at ``pos``, where a piece of one of its verbs stands after it."""
    rest = text[pos:limit]
    if not any(stem in rest for stem in px.AFTER_VERB_STEMS):
        return None
    return px.AFTER_PARTICIPLE_RE.match(text, pos, limit)


def _negated(before: str) -> bool:
    """"no drone", "not a single missile", "without any": ``NEGATED_RE`` in the last words before."""
    tail = before[-SHORT:]
    return (tail[-1:].isspace() and any(stem in tail for stem in px.NEGATION_STEMS)
            and px.NEGATED_RE.search(tail) is not None)


# ---- whole-document tidying -----------------------------------------------------------------

def _tidy(claims: list[Claim]) -> list[Claim]:
    """Mark model parts of class totals as subsets, fold "targets" into classes, drop repeats."""
    out: list[Claim] = []
    for c in claims:
        if c.subset and not any(_larger_total(o, c) for o in claims):
            c = replace(c, subset=False)
        out.append(c)
    return unique_claims(c for c in out if not _same_as_class(c, out))


def _larger_total(other: Claim, part: Claim) -> bool:
    return (other is not part and not other.subset and other.outcome is part.outcome
            and other.weapon is part.weapon and other.n > part.n and other.scope is part.scope
            and other.attacker == part.attacker)


def _same_as_class(c: Claim, claims: list[Claim]) -> bool:
    return c.weapon is _ANY and any(
        o.weapon not in (None, _ANY) and o.n == c.n and o.outcome is c.outcome for o in claims)
