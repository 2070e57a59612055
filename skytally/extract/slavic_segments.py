"""Sentences, list items and the outcome words in them.

A report is cut into segments (sentences, lines, list items). A list item
("- 4 протикорабельні ракети ...") has no verb of its own: it takes the outcome
of the line that opened the list with a colon.
"""

from __future__ import annotations

import re

from skytally.extract import slavic_lexicon as lex
from skytally.models import Outcome

NOT_AFTER = ("обл", "м", "г", "р", "с", r"т\.ч", "ін", "тис", "млн")  # abbreviations: their dot ends nothing
# The mark first, as a character class: the engine skips to marks in C (it cannot where the pattern
# starts with a look-ahead or a branch); then which mark it was, and for a full stop what follows
# the marks (most full stops that end nothing fail there: "т.ч.", "обл. Харків"), then the words before.
BOUNDARY = re.compile(
    r"[\n;.!?…](?:(?<=\n)\n*|(?<=;)|(?<=[.!?…])"
    r"(?=[.!?…]*\s+[«\"“(\-–—•]?[А-ЯІЇЄҐA-Z0-9\U0001F300-\U0001FAFF\u2600-\u27BF])"
    + "".join(rf"(?<!\b{word}[.!?…])" for word in NOT_AFTER)
    + r"[.!?…]*)"
)
LIST_MARKS = frozenset("-–—•*")  # a line that starts with one of these is a list item


class Trigger:
    """An outcome word and where it is. Read only (a plain class: see ``Segment``)."""

    __slots__ = ("outcome", "start", "end", "post")

    def __init__(self, outcome: Outcome, start: int, end: int, post: bool = False) -> None:
        self.outcome = outcome
        self.start = start
        self.end = end
        self.post = post  # said after its subject ("ракета цілі не досягла")


class Segment:
    """A sentence or list item: its span, whether it is a list item, whether it opens a list.
    Read only. A class with its own ``__init__``, not a frozen dataclass: compiled, its
    constructor is native (mypyc leaves a dataclass's generated ``__init__`` interpreted)."""

    __slots__ = ("start", "end", "item", "opens_list")

    def __init__(self, start: int, end: int, item: bool, opens_list: bool) -> None:
        self.start = start
        self.end = end
        self.item = item  # a list item
        self.opens_list = opens_list  # ends with a colon


def split_segments(text: str) -> list[Segment]:
    """The sentences and list items of ``text``, empty ones dropped."""
    out = []
    pos = 0
    for m in BOUNDARY.finditer(text):
        out.extend(_segment(text, pos, m.end() if m.group(0)[:1] in ".!?…;" else m.start()))
        pos = m.end()
    out.extend(_segment(text, pos, len(text)))
    for i in range(1, len(out)):  # "…уничтожены 83 БПЛА:\n39 – над территорией …": a line under a list
        seg, prev = out[i], out[i - 1]
        if (not seg.item and (prev.opens_list or prev.item) and text[seg.start].isdigit()
                and text.rfind("\n", prev.end, seg.start) >= 0):
            out[i] = Segment(seg.start, seg.end, True, seg.opens_list)
    return out


def _segment(text: str, start: int, end: int) -> list[Segment]:
    chunk = text[start:end]
    rest = chunk.lstrip()
    body = rest.rstrip()
    if not body:
        return []
    lead = len(chunk) - len(rest)
    item = body[0] in LIST_MARKS or lex.PICTOGRAPH_RE.match(body) is not None  # "🔹 4 крилаті ракети"
    return [Segment(start + lead, start + lead + len(body), item, body.rstrip(" .").endswith(":"))]


def find_triggers(text: str, start: int, end: int, table: lex.TriggerTable) -> list[Trigger]:
    """Outcome words in ``text[start:end]``, in order."""
    found = []
    for m in table.scanner.finditer(text, start, end):
        group = m.lastgroup or ""
        found.append(Trigger(table.outcomes[group], m.start(), m.end(), group in table.post))
    return found
