"""The English grammar's regular expressions, composed once from ``lexicon.py``.

Each compiled pattern reads one thing next to an amount: the weapon noun after it,
the verb before or after it, its qualifier, or the people it counts. Group names
``o0``, ``o1``, … index into the outcome tuples exported alongside.

Case-insensitive patterns are built with ``folded``: written lower-case and compiled
without ``re.IGNORECASE``, they read the folded text (``triggers.fold``, same offsets)
two to three times faster. Pass them ``index_of(text).folded``, never the text itself;
the few case-sensitive ones (``re.compile``) read the text as written.

Beside some patterns stand the words every match starts or ends with, or holds (``*_STARTS``,
``*_ENDS``, ``*_STEMS``): the grammar tries the pattern only where one of them stands. ``alt``
gathers the fragments of an alternation by first letter, which the regex engine skips through.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Final

from skytally.extract import lexicon as lx
from skytally.extract.numbers import NUMBER, TENS, UNITS
from skytally.extract.triggers import Alternatives, Triggered, folded
from skytally.models import Outcome, Qualifier, Weapon

IC: Final = re.IGNORECASE


def alt(patterns: list[str] | tuple[str, ...]) -> str:
    """One alternation of regex fragments, longest first so the fullest reading wins.

    The fragments are gathered by the letter they start with, each gathering in its order
    ("(?:(?:drones)|(?:decoys))|(?:(?:missiles))"): fragments that start with different letters
    never match at the same place, so which matches is unchanged, while the regex engine tries a
    gathering only where its letter stands instead of every fragment everywhere. A fragment that
    starts with a choice of words or letters ("(?:shot|brought)\\s+down", "[kx]h-55") is spelled out
    first; if any fragment starts otherwise, the alternation stays as it is.
    """
    ordered = sorted(patterns, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for fragment in ordered:
        spelled = _spelled_out(fragment)
        if spelled is None:
            return "|".join(f"(?:{p})" for p in ordered)
        for p in spelled:
            groups.setdefault(p[0].lower(), []).append(f"(?:{p})")
    return "|".join(f"(?:{'|'.join(group)})" for group in groups.values())


_LEAD_WORDS: Final = re.compile(  # "(?:shot|brought)", "(?:to|managed\\s+to)"
    r"\(\?:([a-z](?:[a-z]|\\s\+)*(?:\|[a-z](?:[a-z]|\\s\+)*)+)\)(?![?*+{])")
_LEAD_LETTERS: Final = re.compile(r"\[([a-z]+)\](?![?*+{])")  # [kx]
_LEAD_CHAR: Final = re.compile(r"[\w~&'’%-](?![?*+{])")  # a letter read as itself, not optional


def _spelled_out(fragment: str) -> list[str] | None:
    """``fragment`` as fragments that each start with one plain character, in order, or None."""
    if _choice_at_top(fragment):
        return None
    for lead in (_LEAD_WORDS, _LEAD_LETTERS):
        m = lead.match(fragment)
        if m:
            rest = fragment[m.end():]
            if "(?P" in rest:  # a named group may not be repeated
                return None
            firsts = m.group(1).split("|") if lead is _LEAD_WORDS else list(m.group(1))
            return [first + rest for first in firsts]
    return [fragment] if _LEAD_CHAR.match(fragment) else None


def _choice_at_top(fragment: str) -> bool:
    """Whether ``fragment`` holds a "|" outside any group or character set."""
    depth = 0
    escaped = in_set = False
    for ch in fragment:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def outcome_groups(table: dict[Outcome, tuple[str, ...]]) -> tuple[str, tuple[Outcome, ...]]:
    """An alternation with one named group per outcome, and the outcomes in group order."""
    outcomes = tuple(table)
    return "|".join(f"(?P<o{i}>{alt(table[o])})" for i, o in enumerate(outcomes)), outcomes


def last_words(patterns: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The literal word each fragment's matches end with ("no\\s+(?:fewer|less)\\s+than" -> "than").

    A pattern that ends with one of the fragments, then ``\\s+$``, can match only a text that ends
    with one of these words and whitespace: a cheap ``str.endswith`` before the search.
    """
    ends = {p.replace(r"\s+", " ").rsplit(" ", 1)[-1] for p in patterns}
    odd = [w for w in ends if not re.fullmatch(r"(?:[\w~&']|\\\.)+", w)]
    if odd:
        raise ValueError(f"fragments that end with no literal word: {odd}")
    return tuple(sorted(w.replace("\\.", ".") for w in ends))


_OUTCOME_GROUPS: Final = {f"o{i}": i for i in range(len(Outcome))}  # group name -> index into outcomes


def group_outcome(m: re.Match[str], outcomes: tuple[Outcome, ...]) -> Outcome | None:
    """The outcome whose group ("o0", "o1", …) took part in the match.

    The groups are alternatives of one alternation, so one at most takes part, and it is the last
    group the match closes (nothing after it holds a group): read from ``lastgroup``, not asked of
    every group in turn. Any other last group, and the groups are asked in turn.
    """
    name = m.lastgroup
    if name is not None:
        i = _OUTCOME_GROUPS.get(name, -1)
        if 0 <= i < len(outcomes) and m.group(name):
            return outcomes[i]
    return _asked_in_turn(m, outcomes)


def _asked_in_turn(m: re.Match[str], outcomes: tuple[Outcome, ...]) -> Outcome | None:
    for i, outcome in enumerate(outcomes):
        if m.group(f"o{i}"):
            return outcome
    return None


MODEL_PATTERNS: Final[tuple[tuple[re.Pattern[str], str, Weapon], ...]] = tuple(
    (re.compile(alt(pats), IC), name, weapon) for name, (weapon, pats) in lx.MODELS.items())
CLASS_PATTERNS: Final[tuple[tuple[re.Pattern[str], Weapon], ...]] = tuple(
    (re.compile(p, IC), w) for p, w in sorted(lx.CLASS_HEADS.items(), key=lambda kv: -len(kv[0])))

_MODEL_ALT = alt([p for _, pats in lx.MODELS.values() for p in pats])
_CLASS_ALT = alt(list(lx.CLASS_HEADS))
_STOP_WORDS = (
        r"of|and|or|were|was|is|are|in|on|at|from|to|by|over|into|which|that|had|have|has|been|the|a|an|"
        r"with|for|as|after|before|near|during|including|while|but|out|per|people|killed|injured|wounded|"
        r"launched|fired|shot|downed|destroyed|intercepted|hit|struck|said|says|than|more|other|others|"
        r"overnight|across|against|toward|towards|them|these|those|all|its|their|his|her")
STOP = alt(_STOP_WORDS.split("|"))  # only in negative look-aheads: the order does not matter
MOD = (rf"(?:(?!(?:{STOP})\b)[\w’'/.\-]+|\"[^\"]{{1,24}}\"|“[^”]{{1,24}}”"
       r"|and(?=\s+(?:cruise|ballistic|guided|hypersonic|attack|decoy|reconnaissance|anti-ship|strike)\b))")
_CLASS_ADJ = r"(?:(?:cruise|ballistic|attack|strike|kamikaze|guided|aerial|anti-ship|hypersonic|suicide)\s+)*"
HEAD = (rf"(?:(?P<model>{_MODEL_ALT})(?:(?:\s+|-){_CLASS_ADJ}(?P<mcls>{_CLASS_ALT}))?|(?P<cls>{_CLASS_ALT}))"
        r"(?![\w-])")
ANY_HEAD = rf"(?:{_MODEL_ALT}|{_CLASS_ALT})(?![\w-])"
_NOT_COUNTS = (r"attacks?|strikes?|assaults?|raids?|barrages?|debris|wreckage|fragments?|operators?|units?|"
              r"production|plants?|factory|factories|alarms?|alerts?|danger|threats?|warfare|systems?|"
              r"defen[cs]es?|launchers?|carriers?|sites?|bases?|programm?e?s?|parts|components|makers?|"
              r"manufacturers?|industry|technology|technologies|war|crews?|pilots?|footage|boats?|ships?|"
              r"launch|launches|teams?|threat|forces|troops|regiments?|brigades?|battalions?|depots?|"
              r"stocks?|stockpiles?|supplies|deliveries|shipments?|contracts?|funding|experts?|analysts?|"
              r"incursions?|sightings?|traffic|ban|fire|use|danger|engines?|salvos?")
NOT_COUNTS = alt(_NOT_COUNTS.split("|"))  # only in negative look-aheads
FIGURE_RE: Final = folded(
    rf"(?:\s+more)?(?:\s+launches\s+of)?(?P<mods>(?:\s+{MOD}){{0,4}}?)\s*[\"“«']?{HEAD}[\"”»']?"
    rf"(?!\s+(?:{NOT_COUNTS})\b)")
CONTEXT_HEAD_RE: Final = folded(
    r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|them\b|which\b|all\s+(?:the\s+)?)?")
CLASS_ANYWHERE_RE: Final = Triggered(
    folded(rf"(?<![\w-])(?:(?P<model>{_MODEL_ALT})|(?P<cls>{_CLASS_ALT}))(?![\w-])"),
    lx.HEAD_TRIGGERS, folded=True)

QUALIFIER_PATTERNS: Final[tuple[tuple[re.Pattern[str], Qualifier], ...]] = tuple(
    (re.compile(p, IC), q) for q, pats in lx.QUALIFIERS.items() for p in pats)
_QUAL_ALT = alt([p for pats in lx.QUALIFIERS.values() for p in pats])
QUAL_BEFORE_RE: Final = folded(rf"(?<![\w-])(?P<q>{_QUAL_ALT})\s+(?:of\s+)?(?:another\s+)?$")
_QUAL_LAST: Final = last_words([p for pats in lx.QUALIFIERS.values() for p in pats])
# What the text before a figure ends with (then whitespace) wherever ``QUAL_BEFORE_RE`` matches.
QUAL_ENDS: Final = (*_QUAL_LAST, "of", "another")
_NUMBER_WORDS = alt((*UNITS, *TENS, "both"))  # only in negative look-aheads
RANGE_UPPER_RE: Final = folded(rf"(?<!from\s){NUMBER}\s*(?:-|–|to|or)\s*$")
BETWEEN_UPPER_RE: Final = folded(rf"\bbetween\s+{NUMBER}\s+and\s+$")
RANGE_RE: Final = folded(rf"-(?P<digits>\d{{1,6}})(?=\s)|\s*(?:-|–|to|or)\s*(?P<hi>{NUMBER})")
RANGE_STARTS: Final = ("-", "–", "to", "or")  # what follows a figure (and whitespace) where it matches
# "between 60 and 70 drones": the lower bound, read where "between" stands right before it.
BETWEEN_BEFORE_RE: Final = folded(r"\bbetween\s+$")
BETWEEN_RANGE_RE: Final = folded(rf"\s+and\s+(?P<hi>{NUMBER})")

_AUX = alt(lx.AUXILIARIES)
_BEFORE: Final = outcome_groups(lx.OUTCOME_BEFORE)
_BEFORE_ALT: Final = _BEFORE[0]
BEFORE_OUTCOMES: Final = _BEFORE[1]
_AFTER: Final = outcome_groups(lx.OUTCOME_AFTER)
_AFTER_ALT: Final = _AFTER[0]
AFTER_OUTCOMES: Final = _AFTER[1]
LEFT_VERB_RE: Final = folded(rf"(?<![\w-])(?:{_BEFORE_ALT})(?![\w-])")
NEAR_LEFT_VERB_RE: Final = folded(rf"(?<![\w-])(?:{_BEFORE_ALT})(?![\w-])(?:\s+[\w’'\-]+){{0,3}}\s+$")
ADJACENT_VERB_RE: Final = folded(
    rf"(?<![\w-])(?:{_BEFORE_ALT})\s+(?:(?:all|another|only|just|a\s+total\s+of|the|down|up)\s+)*"
    rf"(?:(?:{_QUAL_ALT})\s+)?$")
_LIST_MEMBER = (rf"(?:\s*,?\s*(?:and|as\s+well\s+as|plus|along\s+with|&)\s+(?:(?:{_QUAL_ALT})\s+)?"
                rf"(?:{NUMBER}(?:\s+of\s+the)?|a|an|one|all(?:\s+of)?\s+the|both(?:\s+of)?\s+the)"
                rf"(?:\s+{MOD}){{0,4}}?\s+{ANY_HEAD})")
_PARENTHESIS = r"(?:\s*,\s*(?:(?:including|of\s+which|among\s+them)\s)?[^,;]{1,60},)"
_PARTICIPLE = (r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:launched|fired|used|sent|deployed|targeting|"
               r"aimed\s+at)\b")
# The words a ``PARTICIPLE_RE`` match starts with, after its whitespace.
PARTICIPLE_STARTS: Final = (
    "that", "which", "launched", "fired", "used", "sent", "deployed", "targeting", "aimed")
PARTICIPLE_RE: Final = folded(_PARTICIPLE)
# "19 drones flying towards the city were shot down", "a bomb fitted with a gliding module hit": a course
# or a make between a figure and its verb, which (unlike a participle of launching) counts no launch
MOTION_STARTS: Final = ("flying", "heading", "headed", "moving", "approaching", "bound", "travelling",
                        "traveling", "fitted", "equipped", "carrying", "armed", "loaded")
_MOTION = rf"\s+(?:{'|'.join(MOTION_STARTS)})\b"
_Q: Final = "[\"“”'‘’]?"
# A comma between a figure and its verb needs a word of the verb group after it ("drones, which were shot
# down"): "The attack, involving 70 missiles, hit ..." is the attack's verb, not the figure's.
_RIGHT_VERB = (rf"{_PARENTHESIS}?{_Q}(?:\s*,\s*(?={_Q}(?:{_AUX})\s)|\s*)(?:{_Q}(?:{_AUX})\s+){{0,4}}{_Q}"
               rf"(?:{_AFTER_ALT})(?![\w-])")
RIGHT_VERB_RE: Final = folded(
    rf"(?:{_LIST_MEMBER})*(?:(?:{_PARTICIPLE}|{_MOTION})[^,;.]{{0,50}}?)?{_RIGHT_VERB}")
# ``RIGHT_VERB_RE`` less the parts that cannot match where it is tried: no list member ("and two
# missiles") starts there; nor a participle; nor a comma (the first list joiner, participle word, comma).
LIST_JOINERS: Final = ("and", "as", "plus", "along", "&")
RIGHT_VERB_NO_LIST_RE: Final = folded(rf"(?:(?:{_PARTICIPLE}|{_MOTION})[^,;.]{{0,50}}?)?{_RIGHT_VERB}")
RIGHT_VERB_ONLY_RE: Final = folded(_RIGHT_VERB)
RIGHT_VERB_NO_COMMA_RE: Final = folded(rf"{_Q}\s*(?:{_Q}(?:{_AUX})\s+){{0,4}}{_Q}(?:{_AFTER_ALT})(?![\w-])")
QUOTES: Final = ("\"", "“", "”", "'", "‘", "’")  # what ``_Q`` reads
AFTER_PARTICIPLE_RE: Final = folded(rf"(?:\s+[^,;.]{{0,50}}?)?{_RIGHT_VERB}")
# A piece of every verb ``AFTER_PARTICIPLE_RE`` (``lexicon.OUTCOME_AFTER``) reads: none after it, no match.
AFTER_VERB_STEMS: Final = (
    "down", "destroy", "stop", "suppress", "jam", "lost", "reach", "radar", "redirect", "disappear",
    "intercept", "eliminat", "neutrali", "repel", "hit", "struck", "land", "fell", "got", "impact", "breach",
    "through", "penetrat", "evad", "blast", "tore", "explod", "into", "damag", "launch", "fire", "used",
    "sent", "deploy", "heading", "attack", "strike", "target", "cross", "aim", "direct")
ALL_OF_THEM_RE: Final = folded(
    rf"\b(?:all|both)(?:\s+of\s+(?:them|which|these))?\s+(?:(?:{_AUX})\s+){{0,3}}(?:{_AFTER_ALT})"
    r"(?![\w-])")
# "... 126 over Kursk region and 91 over Moscow region": a figure whose verb and noun are the last one's.
ELLIPSIS_BEFORE_RE: Final = folded(r"(?:\bincluding|,|:|\band|\bwhile|\bwith)\s+(?:another\s+)?$")
ELLIPSIS_AFTER_RE: Final = re.compile(
    r"(?:\s+of\s+(?:them|these|those|which))?\s+(?:more\s+)?(?:over|in|near|above|across|around|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[A-Z]")
BARE_NEXT_RE: Final = folded(
    r"(?=\s*(?:$|[,;.:)\"”]|(?:were|was|had|have|has|are|is|of|out|more|all|also|then|and|or|hit|struck|"
    r"at|in|on|over|during|by|across|towards?|that|which|overnight|"
    r"landed|got|reached|fell|managed|successfully|reportedly|allegedly|\w+ed|\w+ly)\b))")
# "two waves of drones – 27 in total": a figure set off after a weapon noun, with "in total" after it.
TOTAL_AFTER_RE: Final = folded(r"\s+(?:in\s+total|in\s+all|altogether)\b(?=\s*(?:$|[.;,)]))")
TOTAL_AFTER_STARTS: Final = ("in", "altogether")
# "waves of drones overnight, 145 in total": a few words (no noun joined by "and") may follow the head
TOTAL_BEFORE_RE: Final = folded(
    rf"(?<![\w-]){HEAD}(?:\s+(?!(?:and|or)\b)[a-z’'-]+){{0,3}}?\s*(?:[-–—:,(]\s*)$")
HIT_NOUN_RE: Final = folded(
    rf"(?:\s+{MOD}){{0,2}}?\s+(?P<cls>drone|missile|rocket|bomb|UAV)\s+(?:impacts|hits|strikes\s+on)\b")
BOTH_AND_RE: Final = folded(r"\s+(?:[\w-]+\s+){0,2}?and\b")
SUPERLATIVE_RE: Final = folded(
    r"\b(?:largest|biggest|deadliest|heaviest|worst|most|first|record|longest|strongest|second|third|"
    r"one\s+of\s+the)\b[^.;]{0,80}$")
# Figures a later one replaced: "initially", "earlier reports", "earlier, officials had reported".
INITIAL_REPORT_RE: Final = folded(
    r"\b(?:initial(?:ly)?|earlier\s+reports?|previously\s+reported|first\s+reports?)\b"
    r"|\bearlier\b[^.;]{0,40}?\bhad\s+(?:been\s+)?(?:reported|said|put|given|stated|announced|confirmed)\b"
    r"|\bhad\s+(?:earlier|previously|initially)\b"
    r"|\b(?:earlier|previously)\s+(?:put|gave|reported|said|stated|announced|set)\b"
    r"|\b(?:earlier|previous|prior)\s+(?:death\s+)?(?:toll|tally|figure|count)\b"
    r"|\bup\s+from\s+(?:(?:at\s+least|about|around|some)\s+)?$")
# A piece of every ``INITIAL_REPORT_RE`` match.
INITIAL_REPORT_STEMS: Final = ("initial", "earlier", "previous", "first", "prior", "from")
OF_TOTAL_BEFORE_RE: Final = folded(
    rf"(?:{NUMBER}|\d+(?:\.\d+)?\s*%|\b(?:most|many|some|half|majority|part|several|dozens|hundreds))"
    rf"[^,;]{{0,40}}?\s(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?(?:(?:{_QUAL_ALT})\s+)?$")
# What the text before a figure ends with (then whitespace) where either of these matches.
OF_TOTAL_ENDS: Final = ("of", "the", *_QUAL_LAST)
# ", the air force said on Tuesday, out of 103 launched": no figure needed before
OUT_OF_BEFORE_RE: Final = folded(
    rf"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?(?:(?:{_QUAL_ALT})\s+)?$")
# "Of the 550 drones, 268 were downed": a whole named first in its clause, its parts after a comma.
WHOLE_FIRST_BEFORE_RE: Final = folded(
    rf"(?:(?:but|and|overall|in\s+total)\s*,?\s+)?(?:out\s+)?of\s+(?:(?:the|these|those|all(?:\s+the)?)\s+)?"
    rf"(?:(?:{_QUAL_ALT})\s+)?")
WHOLE_FIRST_AFTER_RE: Final = folded(
    rf"[^,;.]{{0,60}}?,\s*(?:(?:only|just|all|another|a\s+total\s+of)\s+)?(?:(?:{_QUAL_ALT})\s+)?"
    rf"(?:{NUMBER}|(?:most|half|many|all|none|the\s+majority|the\s+rest)\b)")
_SINGLE_TRIGGERS: Final = ("a", "an", "another", "the")
_NOT_ONE = alt(("dozen", "hundred", "thousand", "few", "couple", "number", "lot", "series", "wave", "barrage",
                "swarm", "total", "group", "pair", "salvo", "handful", "mass", "combination", "mix", *UNITS,
                *TENS, "both"))
_WEIGHT = r"[\d,.]*[-\s]?(?:kilogram|kilo|kg|pound|lb|tonne|ton)s?\b"  # "a 500-kilogram bomb": one bomb
SINGLE_RE: Final = Triggered(folded(
    rf"(?<![\w-])(?P<det>a|an|another|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    rf"tenth|last|eleventh|twelfth))\s+(?!(?:{_NOT_ONE})\b)(?!\d(?!{_WEIGHT}))(?P<mods>(?:(?:\d[\d,.]*{_WEIGHT}|(?!\d|(?:{_NUMBER_WORDS})\b){MOD})\s+){{0,3}}?){HEAD}(?P<strike>\s+strikes?\b(?:\s+on\s+an?\b)?)?"
    rf"(?!\s+(?:{NOT_COUNTS})\b)"), _SINGLE_TRIGGERS, folded=True)
# "fired two missiles and a drone": a single weapon that closes a list of figures shares their verb.
LIST_TAIL_RE: Final = folded(rf"(?<![\w-]){ANY_HEAD}\s*,?\s*(?:and|as\s+well\s+as|plus|along\s+with|&)\s+$")
LIST_TAIL_ENDS: Final = ("and", "as", "plus", "with", "&")
PASSIVE_BY_RE: Final = folded(
    r"(?P<hit>(?:hit|struck|damaged|destroyed|downed)\s+by|strikes?\s+with)\s+$|(?:with|using)\s+$")
PASSIVE_BY_ENDS: Final = ("by", "with", "using")
NO_BEFORE_RE: Final = folded(r"(?:\bno|\bnot\s+(?:a\s+)?single|\bnot\s+even)\s+$")
# "launched 65 drones, with 50 downed": "with" opens a clause whose verb is the participle after the figure.
WITH_BEFORE_RE: Final = folded(
    rf"(?<![\w-])with\s+(?:(?:another|a\s+further|only|just)\s+)?(?:(?:{_QUAL_ALT})\s+)?$")
PREPOSITIONS: Final = ("of", "from", "in", "on", "at", "for", "to", "into", "onto", "about", "than", "among",
                "between", "with", "by", "per", "since", "after", "before")
PREPOSITION_BEFORE_RE: Final = folded(rf"\b(?:{'|'.join(PREPOSITIONS)})\s+$")
TOLL_UPDATE_RE: Final = folded(
    r"\b(?:rose|risen|rises|climbed|increased|jumped|grew|reached)\s+to\b|\bupdate[d:]|\bnow\s+stands?\b")
CORRECTION_RE: Final = folded(r"\bcorrection\b|\bcorrected\b|\brevised?\s+(?:its|their|the|his|her)\b")
TOLL_UPDATE_STEMS: Final = (  # one in every ``TOLL_UPDATE_RE`` match
    "rose", "risen", "rises", "climbed", "increased", "jumped", "grew", "reached", "update", "now")
# "..., raising the death toll to 12": looked for only in a sentence that says "toll" or "number".
TOLL_RAISED_RE: Final = folded(
    r"\b(?:bringing|brought|brings|raising|raised|raises|pushing|pushed|taking|took)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toll|number)\b")
# Photo captions and credits: not part of the report.
CAPTION_RE: Final = folded(
    r"^(?:(?:this|in\s+this|a|the)\s+)?(?:file\s+)?(?:photo|image|picture|video\s+grab|screenshot|illustrative)\b"
    r"|^(?:photo|image)\s*(?:credit)?\s*:")
# Lines after which a page holds other stories: everything after is ignored.
TRAILER_RE: Final = folded(
    r"^(?:explore\s+more|related(?:\s+(?:news|articles|stories|posts))?|more\s+(?:news|stories)(?:\s+\w+)?|"
    r"you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|latest\s+news|most\s+read|popular|"
    r"read\s+full\s+original\s+articles?)\s*:?$")
# Lines after which the next line is another story's headline.
TEASER_RE: Final = folded(r"^(?:read\s+(?:more|also|next)|see\s+also)\s*:?$")
TEASER_LINE_RE: Final = folded(r"^(?:(?:also\s+)?read(?:\s+(?:more|also|next))?|see\s+also|related)\s*:")
# What a line is, by the first of these that matches it: one pass per line.
_STORY_MARKS: Final = (("trailer", TRAILER_RE), ("teaser", TEASER_RE), ("caption", CAPTION_RE),
                ("teaser_line", TEASER_LINE_RE))
STORY_MARK_RE: Final = folded("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in _STORY_MARKS))
# The words a line that ``STORY_MARK_RE`` matches can start with: other lines need no match.
STORY_MARK_WORDS: Final = frozenset((
    "explore", "related", "more", "you", "recommended", "latest", "most", "popular", "read", "see", "this",
    "in", "a", "the", "file", "photo", "image", "picture", "video", "screenshot", "illustrative", "also",
    "photocredit", "imagecredit"))
DEBRIS_BEFORE_RE: Final = folded(r"\b(?:debris|fragments?|wreckage|remains|parts|pieces)\s+(?:of|from)\s+$")
DEBRIS_ENDS: Final = ("of", "from")
UNREAL_BEFORE_RE: Final = folded(
    r"\b(?:will|would|could|might|may|shall|(?:plans?|planning|planned|agreed|pledged|promised|intends?|"
    r"ready|wants?|threatened|asked)\s+to)\s+(?:\w+\s+)?$")
NEGATED_RE: Final = folded(r"(?:\bno|\bnot|\bwithout|\bany|n't)\s+(?:\w+\s+){0,2}$")
NEGATION_STEMS: Final = ("no", "without", "any", "n't")  # one in every match

_PEOPLE = alt(lx.PEOPLE + lx.PERSON)
_KILLED = alt(lx.KILLED)
_INJURED = alt(lx.INJURED)
_CAS_AUX = (r"(?:known|believed|confirmed|reported|said)\s+to\s+have|"
            r"were|was|have|has|had|been|are|is|being|reportedly|later|also|reported|confirmed|now|"
            r"seriously|severely|critically|lightly|slightly|badly|moderately|all|left|"
            r"officially|subsequently|(?!fatally)\w+ly")
CASUALTY_AFTER_RE: Final = folded(
    rf"(?:\s+more)?(?:\s+(?:[\w-]+\s+)?(?:{_PEOPLE}))?"
    rf"(?:\s*,\s*(?:(?:including|among\s+them|among\s+whom)\s+|(?=(?:a|an|his|her|their|the)\s))[^,;]{{1,50}},)?"
    rf"(?:\s+(?:{_CAS_AUX}))*\s+(?:(?P<k>{_KILLED})|(?P<i>{_INJURED}))(?![\w-])"
    rf"(?!\s+or\s+(?:injured|wounded|hurt|killed))")
CASUALTY_BEFORE_RE: Final = folded(
    rf"(?<![\w-])(?:(?P<k>killing|killed|kills|martyred|claimed\s+the\s+lives\s+of|deaths?\s+of|loss\s+of|"
    rf"lives\s+of|(?:death\s+)?toll\s+(?:[\w'’-]+\s+){{0,16}}?(?:to|at|of|reached|hit|is|was|stands\s+at)"
    rf"|number\s+of\s+(?:the\s+)?(?:dead|killed|deaths|fatalities)\s+(?:[\w'’-]+\s+){{0,3}}?(?:to|at|reached))"
    rf"|(?P<i>(?:injury|injured|wounded)\s+toll\s+(?:[\w'’-]+\s+){{0,16}}?(?:to|at|of|reached|is|was|stands\s+at)"
    rf"|injuring|injured|injures|wounding|wounded|wounds|hurting|hurt|injuries\s+to|hospitali[sz]ing|"
    rf"hospitali[sz]ed|number\s+of\s+(?:the\s+)?(?:injured|wounded)\s+(?:[\w'’-]+\s+){{0,3}}?(?:to|at|reached)))"
    rf"\s+(?:(?:{_QUAL_ALT})\s+)?(?:another\s+|a\s+further\s+)?$")
# "The number of people killed in the Russian missile attack on Ternopil has risen to 31": a count of the
# dead or injured, read further back than a verb when "number of" stands before the figure.
NUMBER_OF_RE: Final = folded(
    r"number\s+of\s+(?:the\s+|those\s+)?(?:(?:people|persons|civilians|residents)\s+)?"
    r"(?:(?P<k>dead|killed|deaths|fatalities|victims\s+killed)|(?P<i>injured|wounded|hurt|injuries))"
    r"\s+(?:[\w'’,-]+\s+){0,14}?(?:(?:has|have|had)\s+)?(?:risen|rose|climbed|increased|grown|grew|jumped|reached"
    r"|stands?|stood|is|was)(?:\s+at|\s+to)?\s+(?:(?:at\s+least|more\s+than|over|nearly|about)\s+)?$")
CASUALTY_OBJECT_RE: Final = folded(
    rf"(?:\s+more)?(?:\s+(?:[\w-]+\s+)?(?:{_PEOPLE}|li(?:fe|ves)))?(?=\s|$|[,;.)])(?!\s+{ANY_HEAD})")
SINGLE_CASUALTY_RE: Final = Triggered(folded(
    rf"(?<![\w-])(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{alt(lx.PERSON)})\b[^.;]{{0,60}}?\s(?:(?:was|has\s+been|had\s+been|is)"
    rf"(?:\s+(?:{_CAS_AUX}))*\s+(?:(?P<k>killed|dead|died|fatally\s+(?:injured|wounded))"
    rf"|(?P<i>injured|wounded|hurt|hospitali[sz]ed))|(?:later\s+|has\s+|had\s+)?(?P<died>died|succumbed))\b"
    rf"(?!\s+or\s+(?:injured|wounded|hurt|killed))"), ("a", "an"), folded=True)
# "The strike killed a 65-year-old woman": one person, object of the verb (not "a man and his son").
SINGLE_VICTIM_RE: Final = folded(
    rf"(?<![\w-])(?:(?P<k>killing|killed|kills)|(?P<i>injuring|injured|injures|wounding|wounded|wounds))\s+"
    rf"(?:a|an|his|her)\s+(?:(?!(?:and|or)\s)[\w-]+\s+){{0,3}}?(?:{alt(lx.PERSON + lx.RELATIVE)})\b"
    rf"(?!\s*(?:,\s*)?(?:and|or|as\s+well\s+as)\s+(?:a|an|his|her|their|the|"
    rf"two|three|four|five|\d+)\b)")
# "a man was killed and his wife injured", "… and another injured": one person before the casualty word.
KIN_BEFORE_RE: Final = folded(
    rf"(?<![\w-])(?:and|while)\s+(?:(?:his|her)\s+(?:{alt(lx.RELATIVE)})|another|one\s+other"
    rf"(?:\s+(?:person|man|woman))?)\s+(?:was\s+)?$")
# "a man and a woman were killed", "a woman and her son were injured": two people, named one by one.
PAIR_BEFORE_RE: Final = folded(
    rf"(?<![\w-])(?:a|an)\s+(?:(?!(?:and|or)\s)[\w-]+\s+){{0,2}}?(?:{alt(lx.PERSON)})\s+and\s+(?:a|an|his|her)\s+"
    rf"(?:(?!(?:and|or)\s)[\w-]+\s+){{0,2}}?(?:{alt(lx.PERSON + lx.RELATIVE)})\s+"
    rf"(?:were|have\s+been|had\s+been)\s+"
    rf"(?:(?:seriously|severely|critically|lightly|slightly|badly)\s+)?$")
KIN_VERB_RE: Final = folded(r"(?:(?P<k>killed)|(?P<i>injured|wounded|hurt))(?![\w-])(?!\s+or\s)")
# "a boy and two women had died", "killed a man and two women": one person named before a figure of people.
ONE_MORE_BEFORE_RE: Final = folded(
    rf"(?:(?P<k>killing|killed)|(?P<i>injuring|injured|wounding|wounded))?\s*(?<![\w-])(?:(?:a|an)\s+"
    rf"(?:(?!(?:and|or)\s)[\w-]+\s+){{0,2}}?(?:{alt(lx.PERSON)})|(?:his|her)\s+(?:{alt(lx.RELATIVE)}))"
    rf"\s*,?\s+and\s+$")
# A sentence whose dead or injured came from another cause than an attack ("died in a flood", "killed in
# fighting near Pokrovsk") counts no people unless it also names an attack or a weapon.
OTHER_CAUSE_STEMS: Final = (  # a piece of every word ``OTHER_CAUSE_RE`` reads
    "accident", "crash", "collision", "flood", "earthquake", "storm", "landslide", "avalanche", "heatwave",
    "wildfire", "poisoning", "stampede", "drown", "fighting", "clashes", "battle", "gunfight", "ground",
    "infantry")
OTHER_CAUSE_RE: Final = folded(
    r"\b(?:accidents?|crash(?:es)?|collisions?|floods?|flooding|earthquakes?|storms?|landslides?|avalanches?|"
    r"heatwaves?|wildfires?|poisoning|stampedes?|drown(?:ed|ing)?|fighting|clashes|battles?|gunfight|"
    r"ground\s+assaults?|infantry)\b")
ATTACK_WORD_RE: Final = folded(
    r"\b(?:drones?|missiles?|rockets?|shell(?:s|ing|ed)?|bomb(?:s|ing|ed)?|air\s*strikes?|strikes?|struck|"
    r"attacks?|attacked|shaheds?|uavs?|air\s+raids?|explosions?|blasts?|debris)\b")
# Word pieces without which a sentence counts no people (letters only: each lies within one word).
CASUALTY_STEMS: Final = ("kill", "injur", "wound", "hurt", "dead", "died", "hospital", "martyr", "death",
                         "lives", "life", "toll", "fatalit", "perish", "bodies", "casualt")
CASUALTY_WORD_RE: Final = folded("|".join(CASUALTY_STEMS))
SUBSET_CASUALTY_RE: Final = folded(r"(?:\bincluding|\bamong\s+(?:them|whom)|\bof\s+whom|\bof\s+them)\s+$")
SUBSET_ENDS: Final = ("including", "them", "whom")
OF_WHOM_AFTER_RE: Final = folded(r"\s+(?:of\s+(?:whom|the\b|them\b|those\b))")
PARTITIVE_HINT_RE: Final = re.compile("including|Including|of them|of which|among them|:")
# "including 20 Iskander-M"; "among them 14 of the 17 Kh-101": both figures name parts of the whole
# "including four Kinzhal missiles and eight Kalibr": the parts may be listed (no comma before "and")
PARTITIVE_BEFORE_RE: Final = folded(r"(?:\bincluding|\bof\s+them|\bof\s+which|\bamong\s+them|:)\s*"
                                 r"(?:[\w-]+\s+(?:[\w-]+\s+){0,3}?and\s+)?"
                                 rf"(?:(?:{_QUAL_ALT})\s+)?(?:[\w,]+\s+of\s+(?:the\s+)?)?$")

# A capitalised name right before a bracketed figure: "the Kyiv (31)", "Chernihiv (28)"
BRACKETED_NAME_RE: Final = re.compile(r"(?<![\w-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*$")
# "A night later, the air force counted 376": the day after the one the report named last
NEXT_DAY_RE: Final = folded(
    r"\b(?:(?:a|one)\s+(?:night|day)\s+later|the\s+(?:next|following)\s+(?:night|day))\b")

# The regex module's own parser (no stubs: typed Any), read by ``lead_pairs``.
_sre_parser: Final[Any] = importlib.import_module("re._parser")
_sre_constants: Final[Any] = importlib.import_module("re._constants")


def lead_pairs(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every pair of characters a match of ``pattern`` can start with, read from its parsed form
    (look-arounds and word boundaries left out, so the pairs are a superset). Raises ValueError for a
    pattern that can start otherwise than with plain characters, or match fewer than two."""
    found = _heads(list(_sre_parser.parse(pattern.pattern, pattern.flags).data), 2, 0)
    if found is None:
        raise ValueError(f"no plain start: {pattern.pattern[:60]}")
    return frozenset(found)


def _heads(items: list[Any], k: int, depth: int) -> set[str] | None:
    """The strings of ``k`` characters a match of the parsed ``items`` can start with (None: unknown,
    or more than ``_DEEPEST`` items read before ``k`` characters)."""
    if k == 0:
        return {""}
    if not items or depth > _DEEPEST:
        return None  # a match may end before k characters
    op, av = items[0]
    rest = items[1:]
    if op is _sre_constants.LITERAL or op is _sre_constants.IN:
        chars = _chars(op, av)
        tail = _heads(rest, k - 1, depth + 1) if chars is not None else None
        return None if tail is None or chars is None else {c + t for c in chars for t in tail}
    if op is _sre_constants.SUBPATTERN:
        return _heads(list(av[3].data) + rest, k, depth + 1)
    if op is _sre_constants.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            found = _heads(list(alternative.data) + rest, k, depth + 1)
            if found is None:
                return None
            out |= found
        return out
    if op is _sre_constants.MAX_REPEAT or op is _sre_constants.MIN_REPEAT:
        return _repeat_heads(op, av, rest, k, depth + 1)
    if op is _sre_constants.AT or op is _sre_constants.ASSERT or op is _sre_constants.ASSERT_NOT:
        return _heads(rest, k, depth + 1)  # zero-width: what follows starts the match
    return None


_DEEPEST: Final = 64


def _chars(op: Any, av: Any) -> set[str] | None:
    """The characters one LITERAL or IN item reads (None: a category or a negated set)."""
    if op is _sre_constants.LITERAL:
        return {chr(av)}
    chars: set[str] = set()
    for kind, value in av:
        if kind is _sre_constants.LITERAL:
            chars.add(chr(value))
        elif kind is _sre_constants.RANGE and value[1] - value[0] < 64:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def _repeat_heads(op: Any, av: Any, rest: list[Any], k: int, depth: int) -> set[str] | None:
    low, high, item = av
    if high == 0:
        return _heads(rest, k, depth)
    again = (op, (max(low - 1, 0), high if high is _sre_constants.MAXREPEAT else high - 1, item))
    taken = _heads([*item.data, again, *rest], k, depth)
    if taken is None or low > 0:
        return taken
    skipped = _heads(rest, k, depth)
    return None if skipped is None else taken | skipped


class WordLed:
    """A pattern whose every match starts with a letter a-z that no word character or hyphen stands
    before ("(?<![\\w-])" and lower-case words), with the pairs of characters its matches start with:
    the grammar tries it only at such letters where such a pair stands."""

    __slots__ = ("pairs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.pairs = lead_pairs(pattern)


LEFT_VERB_LED: Final = WordLed(LEFT_VERB_RE)
NEAR_LEFT_VERB_LED: Final = WordLed(NEAR_LEFT_VERB_RE)
ADJACENT_VERB_LED: Final = WordLed(ADJACENT_VERB_RE)
CASUALTY_BEFORE_LED: Final = WordLed(CASUALTY_BEFORE_RE)
WORD_LED: Final = (LEFT_VERB_LED, NEAR_LEFT_VERB_LED, ADJACENT_VERB_LED, CASUALTY_BEFORE_LED)

AGGREGATE_RE: Final = Triggered(folded(
    rf"(?<![\w-])(?:{alt(lx.AGGREGATE_CUES)})"), lx.AGGREGATE_TRIGGERS, folded=True)
ATTACKER_GROUPS: Final[tuple[tuple[str, int], ...]] = tuple(
    (who, w) for who, w, _ in lx.ATTACKER_CUES.values())
ATTACKER_RE: Final = Alternatives(  # each cue tried only where one of its own first words stands
    [(f"(?P<a{i}>{p})", words) for i, (p, (_, _, words)) in enumerate(lx.ATTACKER_CUES.items())])
REPORTER_RE: Final = Triggered(re.compile(
    rf"according\s+to\s+(?:the\s+)?(?P<a>{alt(lx.REPORTERS)})|(?P<b>{alt(lx.REPORTERS)}),?\s+(?:said|says|"
    rf"reported|announced|stated|wrote|added|confirmed|claimed|informed|told)"), lx.REPORTER_TRIGGERS)
# Every alternative starts with a letter (word starts are checked behind it), so a search jumps between
# the letters that can start one instead of trying every alternative at every character.
ATTACK_CONTEXT_RE: Final = folded(
    r"attack|strike|struck|drone|missile|rocket|shelling|shelled|bomb|hit(?<=\bhit)|kill|injur|wound|dead\b|"
    r"died|explosion|air\s+defen|shot\s+down|intercept|debris|air\s+(?:raid|alert)|damage|UAV|Shahed|destroy|"
    r"fire(?<!ceasefire)\b|blast|casualt|target(?<=\btarget)(?:s|ed|ing)?\b")
