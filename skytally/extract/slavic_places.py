"""Places attacked, named in Ukrainian or Russian, in canonical English spelling.

Names come from ``data/gazetteer_slavic.json``. A name counts as attacked only
where the words before it say so ("по Київщині", "атаковано Сумщину", "удару –
Київщина", "над территорией Брянской области"); launch sites ("із напрямків:
Курськ", "з Брянської обл.", "район пуску") are left out.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from skytally.extract.slavic_lexicon import ITEM_MARKS
from skytally.extract.slavic_scan import lowered, on_lowered, word_tree

GAZETTEER = "gazetteer_slavic.json"
LETTER = r"[\w'’ʼ]"

# Words between a governor and the names it governs ("над территорией Брянской области").
FILLER_WORDS = (
    r"та", r"і", r"й", r"и", r"а\s+також", r"а\s+также", r"також", r"обл\.?", r"област\w*", r"район\w*",
    r"громад\w*", r"міст\w*", r"город\w*", r"м\.", r"г\.", r"с\.", r"смт", r"територі\w*", r"территори\w*",
    r"тот", r"ар", r"столиц\w+", r"регіон\w*", r"регион\w*", r"республі\w*", r"республи\w*", r"кра[йяюе]",
    r"округ\w*",
    r"\w+(?:ськ|цьк|зьк|ск|цк)(?:ому|ім|ий|ого|ом|ой)\s+район\w*",  # "Шевченківському району Києва"
    # the weapons of the attack, in the instrumental ("атакував 5 ударними БпЛА Херсонщину")
    r"\d+", r"\w+(?:ами|ями|ими|ыми|ою|ею)", r"бпла",
    r"[сsхxм]", r"іскандер", r"искандер",  # "С-300", "Іскандер-М"
)
FILLER = re.compile(r"(?:\s|[,:;–—\-/()]|(?<!\w)(?:" + "|".join(FILLER_WORDS) + r")(?!\w))+$", re.IGNORECASE)
# A word no filler can cover (each word of a filler, without its dot): no filler run starts before its end.
COVERED_WORD = re.compile(
    "|".join(sorted({w.removesuffix(r"\.?").removesuffix(r"\.")
                     for filler in FILLER_WORDS for w in filler.split(r"\s+")})),
    re.IGNORECASE,
)
WORD = re.compile(r"\w+")
DISTRICT_ONLY = frozenset({"Kyiv", "Moscow"})
ADJECTIVE = re.compile(r"сь?к", re.IGNORECASE)  # "Київському", "Московский"
# "Київському районі", "Київському та Слобідському районах": a district adjective, maybe in a pair
DISTRICT_AFTER = re.compile(r"\s+(?:(?:та|і|й|и)\s+[\w'’ʼ-]+\s+)?район", re.IGNORECASE)
DATELINE_END = re.compile(r"[ \t]*[.:]\s")
ITEM_MARK = re.compile(rf"[ \t]*[{ITEM_MARKS}]\ufe0f?[ \t]*")
FIGURE_AFTER = re.compile(r"[ \t]*(?:обл\.|область|области)?[ \t]*[—–-][ \t]*\d")
# Between a district's name and its city's: "Київському району Харкова", "Киевском районе Харькова".
DISTRICT_OF = re.compile(r"\s+(?:район[іуа]?|районом|районе|р-н[іу]?)\s+", re.IGNORECASE)
GOVERNOR_WORDS = (
    r"(?:по|на|у|в|во|над|бік|сторону|атакува\w*|атакова\w*|атаковано|удар\w*|удари\w*"
    r"|обстріл\w*|обстрел\w*|уражен\w*|пострада\w*|постражда\w*|зазна\w*)"
)
TARGET_GOVERNORS = re.compile(rf"(?<!\w){GOVERNOR_WORDS}$", re.IGNORECASE)
# The same on the lowered text, for its last word only: every governor is one word that ends
# the head (or the head less its final line break, where "$" also matches).
GOVERNOR_LOW = on_lowered(re.compile(GOVERNOR_WORDS, re.IGNORECASE))


class PlaceMention:
    """A gazetteer name where it stands. Read only (a class with its own ``__init__``: compiled, a
    native constructor, where mypyc leaves a dataclass's generated one interpreted)."""

    __slots__ = ("name", "start", "end")

    def __init__(self, name: str, start: int, end: int) -> None:
        self.name = name
        self.start = start
        self.end = end


def _load() -> dict[str, list[str]]:
    raw = resources.files("skytally.data").joinpath(GAZETTEER).read_text(encoding="utf-8")
    places: dict[str, list[str]] = json.loads(raw)["places"]
    return places


def _compile(places: dict[str, list[str]]) -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Form patterns indexed by their first three letters, longest form first."""
    forms = sorted(((form, name) for name, names in places.items() for form in names),
                   key=lambda f: -len(f[0]))
    index: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for form, name in forms:
        body = re.escape(form.rstrip("*")) + (rf"{LETTER}*" if form.endswith("*") else rf"(?!{LETTER})")
        index.setdefault(form[:PREFIX], []).append((re.compile(body), name))
    return index


PREFIX = 3
FORMS = _compile(_load())
WORD_START = re.compile(rf"(?<!{LETTER})[^\W\d_]{{{PREFIX}}}")
# The word starts that begin some name: the matches of WORD_START less those no name begins with
# (the look-behind comes last, so that the engine can skip to the first letters of names; the
# beginnings as a tree of their letters, so that it tries one branch per letter, not every one).
NAME_START = re.compile(
    "(?:" + word_tree(k for k in FORMS if WORD_START.fullmatch(k)) + ")"
    + rf"(?<!{LETTER}.{{{PREFIX}}})", re.DOTALL
)


def find_places(text: str) -> list[PlaceMention]:
    """Every gazetteer name in the text, wherever it stands."""
    out: list[PlaceMention] = []
    for w in NAME_START.finditer(text):
        for pattern, name in FORMS[w.group()]:
            m = pattern.match(text, w.start())
            if m is not None:
                out.append(PlaceMention(name, m.start(), m.end()))
                break
    return out


def attacked_places(text: str) -> list[str]:
    """Canonical names of the places the text says were attacked, in order, once each."""
    mentions = find_places(text)
    names: list[str] = []
    for i, mention in enumerate(mentions):
        if (mention.name not in names
                and (_is_target(text, mentions, i) or _opens_post(text, mention)
                     or _region_item(text, mention))
                and not _names_district(text, mentions, i)):
            names.append(mention.name)
    return names


def _opens_post(text: str, mention: PlaceMention) -> bool:
    """"Дніпро. Ворог вдень атакував місто …": a place that heads a post, as a dateline."""
    return not text[:mention.start].strip() and DATELINE_END.match(text, mention.end) is not None


def _region_item(text: str, mention: PlaceMention) -> bool:
    """"• Харківщина – 17": a list item that gives a region its figure."""
    line = text.rfind("\n", 0, mention.start) + 1
    return (ITEM_MARK.fullmatch(text, line, mention.start) is not None
            and FIGURE_AFTER.match(text, mention.end) is not None)


def _names_district(text: str, mentions: list[PlaceMention], i: int) -> bool:
    """"Київському району Харкова": the name is a district's, of the city named next. "Київський
    район" and "Московский район" are always a city's district: neither capital's region has one."""
    mention = mentions[i]
    if (mention.name in DISTRICT_ONLY and ADJECTIVE.search(text, mention.start, mention.end) is not None
            and DISTRICT_AFTER.match(text, mention.end) is not None):
        return True
    if i + 1 == len(mentions):
        return False
    return DISTRICT_OF.fullmatch(text, mentions[i].end, mentions[i + 1].start) is not None


def _is_target(text: str, mentions: list[PlaceMention], i: int) -> bool:
    start = mentions[i].start
    while True:
        origin = max(0, start - 80)
        filler = _filler(text[origin:start])
        gap = origin + filler.start() if filler else start
        previous = _mention_ending_at(mentions, i, gap)
        if previous is None:
            break
        start, i = mentions[previous].start, previous
    low = lowered(text)  # a slice, not bounds: the patterns' look-behinds stop at the head's start
    if low is None:
        return TARGET_GOVERNORS.search(text[max(0, gap - 40):gap]) is not None
    return _governed(low[max(0, gap - 40):gap])


def _governed(head: str) -> bool:
    """``TARGET_GOVERNORS_LOW.search(head) is not None`` for a lowered head, by its last word
    (read in the reversed head) instead of a search at every place."""
    if _ends_with_governor(head):
        return True
    return head.endswith("\n") and _ends_with_governor(head[:-1])


def _ends_with_governor(head: str) -> bool:
    last = WORD.match(head[::-1])  # the last run of word characters, reversed
    return last is not None and GOVERNOR_LOW.fullmatch(last.group()[::-1]) is not None


def _filler(head: str) -> re.Match[str] | None:
    """``FILLER.search(head)``, started after the last word no filler covers (the search
    would try, and fail, at every position before it). Words are read from the end, in the
    reversed head: most often the last one is that word."""
    back = head[::-1]
    for word in WORD.finditer(back):
        if not _covered(word.group()):
            return FILLER.search(head, len(head) - word.start())
    return FILLER.search(head)


@lru_cache(maxsize=4096)  # the words before place names: the same few hundred, tried once each
def _covered(back_word: str) -> bool:
    """Whether a filler covers the word ``back_word`` is read backwards."""
    return COVERED_WORD.fullmatch(back_word[::-1]) is not None


def _mention_ending_at(mentions: list[PlaceMention], i: int, pos: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if mentions[j].end == pos:
            return j
        if mentions[j].end < pos:
            return None
    return None
