"""Counted phrases: a number and the weapon or people it counts.

"101 ударним БпЛА", "двома балістичними ракетами Іскандер-М", "3 протикорабельних,
6 балістичних та 2 крилатих ракет" (each adjective borrows the last noun),
"балістичною ракетою" (one, no number), "5 людей", "троє поранених".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from skytally.extract import slavic_lexicon as lex
from skytally.extract.slavic_dates import is_english_month, is_month_word
from skytally.extract.slavic_scan import Scanner, lowered, on_lowered
from skytally.extract.slavic_tokens import MARK, NUM, WORD, Tokens, number_tokens
from skytally.models import Qualifier, Weapon

MAX_DAY = 31
MAX_GAP = 5  # adjectives allowed between a number and its noun
ELLIPSIS_REACH = 60  # characters before a figure where its introducing word and outcome word may be
INTRO_REACH = 30  # characters before a figure where its introducing word may be
ADJECTIVES_REACH = 50  # characters before a noun where its adjectives may start
APPOSITION_REACH = 40  # characters before a singular noun where the noun it names again may be
REGION_REACH = 70  # characters before a figure where the region it is for may start
AMONG_REACH = 50  # characters before a figure where "серед поранених" may be
AMONG_LEAD = re.compile(r"(?<!\w)(?:серед|среди)\s*$", re.IGNORECASE)  # "серед | поранених дитина"
ADJECTIVE = re.compile(r"(?:их|ими|им|ій|ої|ою|ий|ого|ому|ую|ая|ое|ые|ый|ой|ых|ыми|і)$", re.IGNORECASE)
CLAUSE_END = re.compile(r"\s*[,;]")
CYRILLIC_P = str.maketrans({"п": "P", "П": "P"})
RANGE_RE = re.compile(r"(?<![\w:./-])(\d+)[ \t]*(?:[–—-]|до(?!\w))[ \t]*$")
COUNT_WORD = lex.COUNT_TRIGGER_TABLE.pattern
CASUALTY_WORD = re.compile("|".join(p for _, p in lex.CASUALTY_TRIGGERS), lex.FLAGS)
ONE_PERSON = Scanner(re.compile(
    rf"(?:{CASUALTY_WORD.pattern})\s+(?:[\w-]+\s+)?{lex.SINGLE_PERSON}|(?<!\w){lex.SINGLE_PERSON}\s+(?:\w+\s+)?"
    rf"(?:{CASUALTY_WORD.pattern})", lex.FLAGS))
QUALIFIED_LOW = on_lowered(lex.QUALIFIED_RE)
WORD_CHAR = re.compile(r"\w")
# Module constants: compiled, a ``Final`` name is a C static, where ``Weapon.ANY`` is a look-up on
# the class and ``Weapon[name]`` an interpreted call.
WEAPON_NAMED: Final = {weapon.name: weapon for weapon in Weapon}
EXACT: Final = Qualifier.EXACT
AT_LEAST: Final = Qualifier.AT_LEAST
ANY: Final = Weapon.ANY
Noun = tuple[int, int, Weapon, int, int]  # a weapon noun's start, end and class; its match's start and end
TOLL_REACH = 100  # characters before a figure where a toll that rises to it may start
# "Кількість загиблих у Тернополі зросла до 31": the casualty word further off, the toll rising to the figure.
TOLL_RISES = re.compile(
    r"(?:" + CASUALTY_WORD.pattern + r")(?:\s+[\w'’ʼ-]+){0,8}?\s+" + lex.RISE_TO, lex.FLAGS
)
# "9 поранених", "Кількість поранених – 12": a casualty word, maybe a dash, then the figure
CASUALTY_BEFORE = re.compile(r"(?:" + CASUALTY_WORD.pattern + r")(?:\s+\w+){0,2}\s*[—–-]?\s*$", lex.FLAGS)


class Phrase:
    """A figure in a sentence: ``weapon`` None means people (a casualty figure). Read only.

    A class with its own ``__init__``, not a frozen dataclass: compiled, its constructor is
    native, while mypyc leaves the ``__init__`` a dataclass generates interpreted (about ten
    times slower to call, and a report makes dozens of phrases)."""

    __slots__ = ("n", "start", "end", "weapon", "qualifier", "model", "launched_whole", "region", "elided",
                 "of_them")

    def __init__(self, n: int, start: int, end: int, weapon: Weapon | None,
                 qualifier: Qualifier = Qualifier.EXACT, model: str | None = None,
                 launched_whole: bool = False, region: bool = False, elided: bool = False,
                 of_them: bool = False) -> None:
        self.n = n
        self.start = start
        self.end = end
        self.weapon = weapon
        self.qualifier = qualifier
        self.model = model
        self.launched_whole = launched_whole  # "із 140 БпЛА": the whole launched
        self.region = region  # no noun of its own: "17 – над территорией Брянской области"
        self.elided = elided  # no noun, its outcome word beside it: "ще 17 локаційно втрачено"
        self.of_them = of_them  # a part of a figure said before: "знешкодили чотири з них"

    def named(self, weapon: Weapon | None, model: str | None) -> Phrase:
        """This figure, with the class and model of the figure it refers to."""
        return Phrase(self.n, self.start, self.end, weapon, self.qualifier, model, self.launched_whole,
                      self.region, self.elided, self.of_them)

    def __repr__(self) -> str:
        return (f"Phrase(n={self.n}, start={self.start}, end={self.end}, weapon={self.weapon}, "
                f"model={self.model!r}, elided={self.elided}, of_them={self.of_them})")


def find_phrases(text: str, start: int, end: int) -> list[Phrase]:
    """Counted weapons in ``text[start:end]``, numbered or singular."""
    tokens = number_tokens(text, start, end)
    numbered = _numbered(text, tokens, start, end)
    taken = [(p.start, p.end) for p in numbered]
    return sorted(numbered + _singular(text, start, end, taken), key=lambda p: p.start)


def find_people(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Phrase]:
    """Counted people in ``text[start:end]``: "5 людей", "троє", a number by a casualty word."""
    tokens = number_tokens(text, start, end)
    out = []
    for i in tokens.numbers:
        tok_start, tok_end, value = tokens.starts[i], tokens.ends[i], tokens.values[i]
        if _inside(tok_start, taken):
            continue
        part = _among(text, start, tok_start) or lex.PART_OF_LOW.match(text, tok_end, end) is not None
        if part and lex.KILLED_PART_RE.match(text, tok_end, end) is not None:
            out.append(Phrase(value, tok_start, tok_end, None, _qualifier(text, start, tok_start),
                              of_them=True))  # "постраждали 12 людей, з них 4 загинули"
            continue
        if part or not _countable(text, tokens, i) or not _counts_people(text, tokens, i):
            continue
        out.append(Phrase(value, tok_start, _people_end(text, tokens, i), None,
                          _qualifier(text, start, tok_start)))
    for m in ONE_PERSON.finditer(text, start, end):
        if _among(text, start, m.start()) or AMONG_LEAD.search(text, max(start, m.start() - 8), m.start()):
            continue  # "Серед поранених — дитина": part of a casualty figure
        if not _inside(m.start(), taken) and not any(p.start <= m.start() < p.end for p in out):
            out.append(Phrase(1, m.start(), m.end(), None))
    return out


def _among(text: str, start: int, pos: int) -> bool:
    """Whether the figure at ``pos`` is named as a part of a casualty figure ("серед них троє")."""
    return lex.AMONG_RE.search(text, max(start, pos - AMONG_REACH), pos) is not None


def _numbered(text: str, tokens: Tokens, start: int, end: int) -> list[Phrase]:
    at = tokens.numbers
    if not at:
        return []  # most sentences: no number in them
    out: list[Phrase] = []
    pending: list[int] = []  # numbers (token indices) whose noun comes with a later one
    starts, ends = tokens.starts, tokens.ends
    numbers = [starts[i] for i in at]
    for i in at:
        if not _countable(text, tokens, i):
            of_them = _part_of_them(text, tokens, i, start, end)
            if of_them is not None:
                out.append(of_them)
                pending = []
            continue
        noun = _noun_after(text, tokens, i) or _units_of(text, tokens, i, start)
        elided = _elided(text, tokens, i, noun, (start, end))
        if elided is not None:
            out.append(elided)
            pending = []
            continue
        if noun is None:
            pending = pending + [i] if _dangles(tokens, i) else []
            if not pending and (_region_breakdown(text, tokens, i) or _region_first(text, tokens, i, start)
                                or _region_after(text, tokens, i, start)):
                out.append(_phrase(text, tokens, i, _clause_end(text, ends[i], end), None, end, region=True))
            elif not pending and _bare(tokens, i):
                out.append(_phrase(text, tokens, i, ends[i], None, end, region=True))
            continue
        weapon, noun_end = noun
        k = bisect_right(numbers, starts[i])  # the next number ends the phrase's window
        limit = numbers[k] if k < len(numbers) else end
        for part in pending:
            out.append(_phrase(text, tokens, part, ends[part], weapon, ends[part]))
        out.append(_phrase(text, tokens, i, noun_end, weapon, limit))
        pending = []
    return out


def _phrase(text: str, tokens: Tokens, i: int, noun_end: int, weapon: Weapon | None, end: int,
            region: bool = False) -> Phrase:
    """The phrase of the number ``tokens[i]``, its noun ending at ``noun_end``."""
    tok_start = tokens.starts[i]
    n, start, qualifier = tokens.values[i], tok_start, _qualifier(text, max(0, tok_start - 40), tok_start)
    low = _range_low(text, tok_start, n) if tokens.texts[i][:1].isdigit() else None
    if low is not None:
        n, start, qualifier = low[0], low[1], AT_LEAST
    whole = lex.OUT_OF_RE.search(text, max(0, start - 6), start) is not None
    return Phrase(n, start, noun_end, weapon, qualifier, _model(text, tok_start, end),
                  launched_whole=whole, region=region)


def _countable(text: str, tokens: Tokens, i: int) -> bool:
    tags, texts, value = tokens.tags, tokens.texts, tokens.values[i]
    if i and tokens.ends[i - 1] == tokens.starts[i] and texts[i - 1] in "/-":
        return False  # "Х-59/69", "Іскандер-М/..."
    if i and tags[i - 1] is WORD and value <= MAX_DAY and is_english_month(texts[i - 1]):
        return False  # "July 4": a day
    if i + 1 < len(tags) and tags[i + 1] is WORD and is_month_word(texts[i + 1]):
        return False
    if 1900 <= value <= 2100 and texts[i].isdigit():
        return False
    return lex.PART_OF_LOW.match(text, tokens.ends[i]) is None


def _noun_after(text: str, tokens: Tokens, i: int) -> tuple[Weapon, int] | None:
    tags, texts = tokens.tags, tokens.texts
    for j in range(i + 1, min(len(tags), i + 2 + MAX_GAP)):
        tag = tags[j]
        found = _weapon_at(text, tokens.starts[j]) if tag is WORD else None
        if found is not None:
            return found
        if tag is NUM or (tag is MARK and texts[j] not in lex.QUOTES):
            return None
        if tag is WORD and (texts[j].lower() in lex.STOPWORDS or lex.NOT_COUNTS_RE.match(texts[j])):
            return None
    return None


def _units_of(text: str, tokens: Tokens, i: int, start: int) -> tuple[Weapon, int] | None:
    """"ударними БпЛА Shahed (всього 24 одиниці)": units of the last weapon named before."""
    if i + 1 >= len(tokens) or tokens.tags[i + 1] is not WORD or (
            lex.UNITS_RE.fullmatch(tokens.texts[i + 1]) is None):
        return None
    last = None
    for m in lex.NOUN_RE.finditer(text, start, tokens.starts[i]):
        last = m
    return None if last is None else (WEAPON_NAMED[last.lastgroup or ""], tokens.ends[i + 1])


def _weapon_at(text: str, pos: int) -> tuple[Weapon, int] | None:
    low = lowered(text)
    if low is not None and lex.NOUN_START.match(low, pos) is None:
        return None  # most words after a figure: adjectives
    m = lex.NOUN_RE.match(text, pos)
    return None if m is None else (WEAPON_NAMED[m.lastgroup or ""], m.end())


def _dangles(tokens: Tokens, i: int) -> bool:
    """"3 протикорабельних, 6 ...", "24 з 30 ...": the noun comes with a later number."""
    tags, texts = tokens.tags, tokens.texts
    j = i + 1
    while j < len(tags) and tags[j] is WORD and ADJECTIVE.search(texts[j]):
        j += 1
    if j + 1 >= len(tags) or tags[j + 1] is not NUM:
        return False
    link = texts[j].lower()
    if link in lex.OUT_OF_WORDS:
        return True  # "знищили 24 з 30 ракет": 24 borrows the noun of 30
    return j > i + 1 and link in lex.CONJUNCTIONS


def _elided(text: str, tokens: Tokens, i: int, noun: tuple[Weapon, int] | None,
            bounds: tuple[int, int]) -> Phrase | None:
    """The figure at ``tokens[i]`` if its noun is elided ("ще 17 локаційно втрачено")."""
    if noun is not None and not _outcome_noun(text, tokens.ends[i], noun):
        return None
    span = _elided_span(text, tokens, i, *bounds)
    if span is None or (noun is None and _dangles(tokens, i)):
        return None
    return Phrase(tokens.values[i], *span, None, _qualifier(text, bounds[0], tokens.starts[i]), elided=True)


def _elided_span(text: str, tokens: Tokens, i: int, start: int, end: int) -> tuple[int, int] | None:
    """The span of a figure whose noun the sentence said before: after an introducing word,
    its outcome word right after it ("ще 17 — локаційно втрачено": the number and the dash)
    or before it ("ещё уничтожены 5": from the introducing word, so the outcome word governs it).
    None if it is no such figure."""
    tok_start, tok_end = tokens.starts[i], tokens.ends[i]
    if i and tokens.texts[i - 1].lower() in lex.NOT_ELLIPSIS_WORDS:
        return None  # "на 5 локаціях": most bare figures, ruled out before any search
    after = lex.ELLIPSIS_AFTER_LOW.match(text, tok_end, end)
    if after is not None:
        intro = lex.ELLIPSIS_INTRO_LOW.search(text, max(start, tok_start - INTRO_REACH), tok_start)
        return None if intro is None and not _next_clause(tokens, i) else (tok_start, after.end("link"))
    lead = lex.ELLIPSIS_LEAD_LOW.search(text, max(start, tok_start - ELLIPSIS_REACH), tok_start)
    if lead is not None:
        return lead.start(), tok_end
    if not _ends_clause(tokens, i):
        return None
    lead = lex.CLAUSE_LEAD_LOW.search(text, max(start, tok_start - ELLIPSIS_REACH), tok_start)
    if lead is None or (lead.group("of") is None and not _number_before(tokens, i)):
        # "з них знищено 33" may refer to the sentence before; the rest to a figure in it
        return _opening_span(text, tokens, i, start)
    return lead.start("outcome"), tok_end


def _opening_span(text: str, tokens: Tokens, i: int, start: int) -> tuple[int, int] | None:
    """"Збито 45.": the first figure of a sentence that opens with its outcome word."""
    if _number_before(tokens, i):
        return None
    lead = lex.FATE_OPENING_RE.fullmatch(text, start, tokens.starts[i])
    return None if lead is None else (lead.start("outcome"), tokens.ends[i])


def _number_before(tokens: Tokens, i: int) -> bool:
    """Whether a number stands among ``tokens`` before index ``i``."""
    return bool(tokens.numbers) and tokens.numbers[0] < i


def _next_clause(tokens: Tokens, i: int) -> bool:
    """"збито 41 БпЛА, 17 локаційно втрачено": a figure opening a clause after a figure."""
    return i > 1 and tokens.texts[i - 1].lower() in lex.NEXT_CLAUSE and _number_before(tokens, i - 1)


def _ends_clause(tokens: Tokens, i: int) -> bool:
    """"..., локаційно втрачено 17.": nothing but a mark follows the figure in its clause."""
    return i + 1 == len(tokens) or tokens.texts[i + 1] in lex.CLAUSE_MARKS


def _part_of_them(text: str, tokens: Tokens, i: int, start: int, end: int) -> Phrase | None:
    """"знешкодили чотири з них", "72 з них збито": a part, with an outcome word of its own, of
    a figure said before; None if the figure is no such part."""
    tok_start = tokens.starts[i]
    part = lex.PART_OF_LOW.match(text, tokens.ends[i], end)
    if part is None:
        return None
    after = lex.ELLIPSIS_AFTER_LOW.match(text, part.end(), end)
    lead = lex.OF_THEM_LEAD_LOW.search(text, max(start, tok_start - ELLIPSIS_REACH), tok_start)
    if after is None and lead is None:
        return None
    return Phrase(tokens.values[i], tok_start, part.end(), None, _qualifier(text, start, tok_start),
                  elided=True, of_them=True)


def _outcome_noun(text: str, tok_end: int, noun: tuple[Weapon, int]) -> bool:
    """"ще дві не досягли цілей": the "targets" after a figure are its outcome's, not its noun."""
    if noun[0] is not ANY:
        return False
    after = lex.ELLIPSIS_AFTER_LOW.match(text, tok_end)
    return after is not None and after.end() >= noun[1]


def _region_breakdown(text: str, tokens: Tokens, i: int) -> bool:
    """"17 – над территорией ...": a figure for one region, its noun said before."""
    tok_end = tokens.ends[i]
    rest = text[tok_end:tok_end + 8].lstrip()
    return rest[:1] in "–—-" and rest[1:].lstrip()[:3].lower() in ("над", "в ", "у ", "на ")


def _region_first(text: str, tokens: Tokens, i: int, start: int) -> bool:
    """"…, над Калужской — 3.": a figure for one region, the region first, its noun said before."""
    if not _ends_clause(tokens, i) or i < 2 or tokens.texts[i - 1] not in lex.DASHES:
        return False
    tok_start = tokens.starts[i]
    return lex.REGION_FIRST_RE.search(text, max(start, tok_start - REGION_REACH), tok_start) is not None


def _region_after(text: str, tokens: Tokens, i: int, start: int) -> bool:
    """"- 10 на Київщині;", "... и 3 над Орловской областью": a figure for one region, the region
    after it, heading a list item or linked by "і"/"и" to a figure before it in the sentence."""
    if lex.REGION_AFTER_RE.match(text, tokens.ends[i]) is None:
        return False
    if lex.ITEM_HEAD_RE.fullmatch(text, start, tokens.starts[i]) is not None:
        return True
    if i < 2 or tokens.texts[i - 1].lower() not in lex.REGION_LINKS:
        return False
    before = [j for j in tokens.numbers if j < i - 1]  # the figure it is linked to
    return bool(before) and _noun_after(text, tokens, before[-1]) is not None


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause from ``pos`` ends: the next comma or semicolon, else ``end``."""
    m = CLAUSE_END.search(text, pos, end)
    return m.start() if m else end


def _bare(tokens: Tokens, i: int) -> bool:
    """"ещё три уничтожены": a number whose noun was said before, right before its verb."""
    return i + 1 < len(tokens) and tokens.tags[i + 1] is WORD and (
        COUNT_WORD.match(tokens.texts[i + 1]) is not None)


def _range_low(text: str, pos: int, value: int) -> tuple[int, int] | None:
    """"від 10 до 15": the low end (and where it starts) of a range that ends at the figure
    ``value`` at ``pos``; None if there is no such range."""
    head = text[max(0, pos - 16):pos]
    m = RANGE_RE.search(head)
    if m is None:
        return None
    low = int(m.group(1))
    return (low, pos - (len(head) - m.start())) if low < value else None


def _qualifier(text: str, lo: int, pos: int) -> Qualifier:
    first = max(lo, pos - 40)
    head = text[first:pos]
    low = lowered(text)  # a slice, not bounds: the pattern's "^" is the head's start
    if low is None:
        qualified = lex.QUALIFIED_RE.search(head)
    else:  # the pattern, tried at every place of the head, only where it may end as a qualifier does
        low_head = low[first:pos]
        may = low_head.rstrip().endswith(lex.QUALIFIER_ENDS)
        qualified = QUALIFIED_LOW.search(low_head) if may else None
    if qualified is None or lex.RISE_TO_RE.search(head):
        return EXACT
    for qualifier, pattern in lex.QUALIFIER_PATTERNS:
        if pattern.search(head):
            return qualifier
    return EXACT


def _model(text: str, start: int, end: int) -> str | None:
    stop = min(end, start + 70)
    models = _models_to_search(text, start, stop)
    if not models:
        return None
    low = lowered(text)  # the names searched case-sensitively in the lowered window where there is one
    window = text[start:stop] if low is None else low[start:stop]
    patterns = lex.MODEL_PATTERNS if low is None else lex.MODEL_PATTERNS_LOW
    names: list[str] = []
    for pattern, name in map(patterns.__getitem__, models):
        m = pattern.search(window)
        if m is not None:
            label = name.format(*m.groups()).translate(CYRILLIC_P) if m.groups() else name
            if label not in names:
                names.append(label)
    return "/".join(names) if names else None


def _models_to_search(text: str, start: int, stop: int) -> list[int]:
    """The models (by index) whose names may be in ``text[start:stop]``, in table order: those
    whose first words are there, and those named otherwise if the window has their mark."""
    low = lowered(text)
    if low is None:
        any_model = lex.ANY_MODEL_RE.search(text[start:stop]) is not None
        return list(range(len(lex.MODEL_PATTERNS))) if any_model else []
    window = low[start:stop]
    found = [i for word, models in lex.MODEL_WORDS.items() if word in window for i in models]
    if lex.MODELS_ALWAYS_MARK in window and lex.MODELS_ALWAYS_RE.search(window) is not None:
        found += lex.MODELS_ALWAYS
    return sorted(set(found)) if found else found


def _singular(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Phrase]:
    out: list[Phrase] = []
    for s, e, weapon, _, _ in _singular_nouns(text, start, end):
        if _inside(s, taken) or _inside(e - 1, taken) or any(p.start <= s < p.end for p in out):
            continue
        if text[max(start, s - 6):s].lower().endswith(lex.TYPE_WORDS):
            continue  # "беспилотники типа «Шахед»": the model of a weapon named before, no other
        out.append(Phrase(1, s, e, weapon, model=_model(text, s, end)))
    return out


def _lone(text: str, start: int, pos: int) -> bool:
    """Whether the model at ``pos`` is named alone: not in a list of names, nor after a weapon
    noun that counts it already ("ракета Кинджал", "ракетами Х-59")."""
    before = lex.NOT_LONE_BEFORE.search(text, max(start, pos - 2), pos)
    return before is None and not _after_noun(text, start, pos)


def _after_noun(text: str, start: int, pos: int) -> bool:
    """Whether one of the three words before ``pos`` (no mark nor line between) is a weapon noun:
    "ракета Кинджал", "ракетами морського базування «Калібр»", "БпЛА типу Shahed"."""
    head = text[max(start, pos - APPOSITION_REACH):pos]
    line = head[head.rfind("\n") + 1:]
    words = [w for w in (w.strip(lex.QUOTE_MARKS) for w in line.split()[-4:]) if w]
    for w in reversed(words[-3:]):
        if not lex.PUNCTUATION.isdisjoint(w):
            return False
        if lex.NOUN_RE.match(w) is not None:
            return True
    return False


def _singular_nouns(text: str, start: int, end: int) -> Sequence[Noun]:
    """The singular weapon nouns in ``text[start:end]``, in order. Those of the whole text
    (scanned once) whose matches lie inside, when no match crosses a bound and the text after
    ``end`` starts with no letter (the patterns' look-aheads, all ``(?!\\w)``, then see the same
    at the bound as past it); else scanned anew within the bounds."""
    if end == len(text) or WORD_CHAR.match(text, end) is None:
        whole, inside = _singular_in(text)
        if start not in inside and end not in inside:
            return [noun for noun in whole if start <= noun[3] and noun[4] <= end]
    if lex.SINGULAR_GATE.search(text, start, end) is None:
        return []
    return sorted(_singular_scan(text, start, end))


@lru_cache(maxsize=8)  # the texts being read now; each sentence of one asks
def _singular_in(text: str) -> tuple[tuple[Noun, ...], frozenset[int]]:
    """The singular nouns of the whole text, and the positions strictly inside their matches
    (a bound there cuts one)."""
    nouns = tuple(sorted(_singular_scan(text, 0, len(text))))
    return nouns, frozenset(i for noun in nouns for i in range(noun[3] + 1, noun[4]))


def _singular_scan(text: str, start: int, end: int) -> list[Noun]:
    """Singular nouns by ``pattern.finditer`` within the bounds: the noun's span and class,
    then the span of the whole match."""
    found: list[Noun] = []
    for weapon, scanner in lex.SINGULAR_SCANNERS:
        matches = scanner.finditer(text, start, end)
        found += [(m.start(), m.end(), weapon, m.start(), m.end()) for m in matches]
    missile = Weapon.MISSILE
    genitive = lex.SINGULAR_GENITIVE_SCANNER.finditer(text, start, end)
    found += [(m.start(), m.end(), missile, m.start(), m.end()) for m in genitive]
    hits = lex.HIT_SINGULAR_SCANNER.finditer(text, start, end)
    found += [(m.start(1), m.end(1), missile, m.start(), m.end()) for m in hits]
    found += _nominative_drones(text, start, end)
    lone = _lone_models(text, start, end)
    found += [(m.start(), m.end(), WEAPON_NAMED[m.lastgroup or ""], m.start(), m.end()) for m in lone]
    return found


def _lone_models(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Models named alone in ``text[start:end]`` ("Кинджал збито"), tried only where their first
    words are."""
    low = lowered(text)
    if low is None:
        return [m for m in lex.LONE_MODEL_RE.finditer(text, start, end) if _lone(text, start, m.start())]
    out = []
    for at in word_starts(low, lex.LONE_MODEL_WORDS, start, end):
        if low.endswith(lex.TYPE_WORDS, max(start, at - 6), at):
            continue  # "БпЛА типу Shahed": named after its noun, most often
        m = lex.LONE_MODEL_LOW.match(low, at, end)
        if m is not None and _lone(text, start, at):
            out.append(m)
    return out


def word_starts(low: str, words: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where ``words`` start in ``low[start:end]``, as ``LONE_MODEL_TREE.finditer`` finds them (none
    a prefix of another: one word at most starts at a place; a word inside one found is passed
    over), by ``str.find`` for each word: the rare words of a long text are found in C at a skip,
    not by trying the pattern at every letter they start with."""
    found = []
    for word in words:
        at = low.find(word, start, end)
        while at >= 0:
            found.append((at, at + len(word)))
            at = low.find(word, at + 1, end)
    found.sort()
    out = []
    last = start
    for at, after in found:
        if at >= last:
            out.append(at)
            last = after
    return out


def _nominative_drones(text: str, start: int, end: int) -> list[Noun]:
    """"ворожий ударний БпЛА": masculine nominative adjectives, then the abbreviation (found by
    ``str.find``; the words before it read by ``str.rsplit``)."""
    low = lowered(text) or text.lower()
    out: list[Noun] = []
    word = lex.DRONE_ABBREVIATION
    at = low.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        ends = after == len(low) or not low[after].isalnum()
        nominative = ends and low.startswith(lex.NOMINATIVE_ENDING, at - 3, at - 1)
        first = _adjectives_before(low, start, at) if nominative else at  # most: "ударних БпЛА", "БпЛА."
        if first < at:
            out.append((first, after, Weapon.DRONE, first, after))
        at = low.find(word, after, end)
    return out


def _adjectives_before(low: str, start: int, pos: int) -> int:
    """Where the run of "-ий" words right before ``pos`` starts (``pos`` if there is none)."""
    head = low[max(start, pos - ADJECTIVES_REACH):pos]
    head = head[head.rfind("\n") + 1:]  # adjectives on the noun's line
    if not head[-1:].isspace():
        return pos
    first = pos
    for w in reversed(head.split()[-MAX_GAP:]):
        if not w.endswith(lex.NOMINATIVE_ENDING) or not w.isalpha():
            break
        first = low.rfind(w, start, first)
    return first


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _people_end(text: str, tokens: Tokens, i: int) -> int:
    for j in range(i + 1, min(len(tokens), i + 4)):
        if tokens.tags[j] is WORD and lex.PERSON_RE.match(tokens.texts[j]):
            return tokens.ends[j]
    return tokens.ends[i]


def _counts_people(text: str, tokens: Tokens, i: int) -> bool:
    """A person noun or a casualty word right after the number, or a casualty word before it."""
    after = [tokens.texts[j] for j in range(i + 1, min(len(tokens), i + 4)) if tokens.tags[j] is WORD]
    if after and lex.NOT_COUNTS_RE.match(after[0]):
        return False
    if any(lex.PERSON_RE.match(t) for t in after) or any(CASUALTY_WORD.match(t) for t in after[:2]):
        return True
    pos = tokens.starts[i]
    head = text[max(0, pos - 40):pos]
    if CASUALTY_BEFORE.search(head) is not None:
        return True
    if not text[max(0, pos - 4):pos].rstrip().lower().endswith("до"):
        return False  # most figures: no toll rising to them
    return TOLL_RISES.search(text, max(0, pos - TOLL_REACH), pos) is not None
