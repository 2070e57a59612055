"""The English grammar's regular expressions, composed once from ``lexicon.py``.

Each compiled pattern reads one thing next to an amount: the weapon noun after it,
the verb before or after it, its qualifier, or the people it counts. Group names
``o0``, ``o1``, … index into the outcome tuples exported alongside.
"""

from __future__ import annotations

import re

from skytally.extract import lexicon as lx
from skytally.extract.numbers import NUMBER, TENS, UNITS
from skytally.extract.triggers import Triggered
from skytally.models import Outcome, Qualifier, Weapon

IC = re.IGNORECASE


def alt(patterns: list[str] | tuple[str, ...]) -> str:
    """One alternation of regex fragments, longest first so the fullest reading wins."""
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


def outcome_groups(table: dict[Outcome, tuple[str, ...]]) -> tuple[str, tuple[Outcome, ...]]:
    """An alternation with one named group per outcome, and the outcomes in group order."""
    outcomes = tuple(table)
    return "|".join(f"(?P<o{i}>{alt(table[o])})" for i, o in enumerate(outcomes)), outcomes


def group_outcome(m: re.Match[str], outcomes: tuple[Outcome, ...]) -> Outcome | None:
    for i, outcome in enumerate(outcomes):
        if m.group(f"o{i}"):
            return outcome
    return None


MODEL_PATTERNS: tuple[tuple[re.Pattern[str], str, Weapon], ...] = tuple(
    (re.compile(alt(pats), IC), name, weapon) for name, (weapon, pats) in lx.MODELS.items())
CLASS_PATTERNS: tuple[tuple[re.Pattern[str], Weapon], ...] = tuple(
    (re.compile(p, IC), w) for p, w in sorted(lx.CLASS_HEADS.items(), key=lambda kv: -len(kv[0])))

_MODEL_ALT = alt([p for _, pats in lx.MODELS.values() for p in pats])
_CLASS_ALT = alt(list(lx.CLASS_HEADS))
STOP = (r"of|and|or|were|was|is|are|in|on|at|from|to|by|over|into|which|that|had|have|has|been|the|a|an|"
        r"with|for|as|after|before|near|during|including|while|but|out|per|people|killed|injured|wounded|"
        r"launched|fired|shot|downed|destroyed|intercepted|hit|struck|said|says|than|more|other|others|"
        r"overnight|across|against|toward|towards|them|these|those|all|its|their|his|her")
MOD = (rf"(?:(?!(?:{STOP})\b)[\w’'/.\-]+|\"[^\"]{{1,24}}\"|“[^”]{{1,24}}”"
       r"|and(?=\s+(?:cruise|ballistic|guided|hypersonic|attack|decoy|reconnaissance|anti-ship|strike)\b))")
_CLASS_ADJ = r"(?:(?:cruise|ballistic|attack|strike|kamikaze|guided|aerial|anti-ship|hypersonic|suicide)\s+)*"
HEAD = (rf"(?:(?P<model>{_MODEL_ALT})(?:(?:\s+|-){_CLASS_ADJ}(?P<mcls>{_CLASS_ALT}))?|(?P<cls>{_CLASS_ALT}))"
        r"(?![\w-])")
ANY_HEAD = rf"(?:{_MODEL_ALT}|{_CLASS_ALT})(?![\w-])"
NOT_COUNTS = (r"attacks?|strikes?|assaults?|raids?|barrages?|debris|wreckage|fragments?|operators?|units?|"
              r"production|plants?|factory|factories|alarms?|alerts?|danger|threats?|warfare|systems?|"
              r"defen[cs]es?|launchers?|carriers?|sites?|bases?|programm?e?s?|parts|components|makers?|"
              r"manufacturers?|industry|technolog(?:y|ies)|war|crews?|pilots?|footage|boats?|ships?|"
              r"launch|launches|teams?|threat|forces|troops|regiments?|brigades?|battalions?|depots?|"
              r"stocks?|stockpiles?|supplies|deliveries|shipments?|contracts?|funding|experts?|analysts?|"
              r"incursions?|sightings?|traffic|ban|fire|use|danger|engines?|salvos?")
FIGURE_RE = re.compile(
    rf"(?:\s+more)?(?:\s+launches\s+of)?(?P<mods>(?:\s+{MOD}){{0,4}}?)\s*[\"“«']?{HEAD}[\"”»']?"
    rf"(?!\s+(?:{NOT_COUNTS})\b)", IC)
CONTEXT_HEAD_RE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|them\b|which\b|all\s+(?:the\s+)?)?", IC)
CLASS_ANYWHERE_RE = Triggered(
    re.compile(rf"(?<![\w-])(?:(?P<model>{_MODEL_ALT})|(?P<cls>{_CLASS_ALT}))(?![\w-])", IC),
    lx.HEAD_TRIGGERS)

QUALIFIER_PATTERNS: tuple[tuple[re.Pattern[str], Qualifier], ...] = tuple(
    (re.compile(p, IC), q) for q, pats in lx.QUALIFIERS.items() for p in pats)
_QUAL_ALT = alt([p for pats in lx.QUALIFIERS.values() for p in pats])
QUAL_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<q>{_QUAL_ALT})\s+(?:of\s+)?(?:another\s+)?$", IC)
_NUMBER_WORDS = "|".join((*UNITS, *TENS, "both"))
RANGE_UPPER_RE = re.compile(rf"(?<!from\s){NUMBER}\s*(?:-|–|to|or)\s*$", IC)
RANGE_RE = re.compile(rf"\s*(?:-|–|to|or)\s*(?P<hi>{NUMBER})", IC)

_AUX = alt(lx.AUXILIARIES)
_BEFORE_ALT, BEFORE_OUTCOMES = outcome_groups(lx.OUTCOME_BEFORE)
_AFTER_ALT, AFTER_OUTCOMES = outcome_groups(lx.OUTCOME_AFTER)
LEFT_VERB_RE = re.compile(rf"(?<![\w-])(?:{_BEFORE_ALT})(?![\w-])", IC)
NEAR_LEFT_VERB_RE = re.compile(rf"(?<![\w-])(?:{_BEFORE_ALT})(?![\w-])(?:\s+[\w’'\-]+){{0,3}}\s+$", IC)
ADJACENT_VERB_RE = re.compile(
    rf"(?<![\w-])(?:{_BEFORE_ALT})\s+(?:(?:all|another|only|just|a\s+total\s+of|the|down|up)\s+)*"
    rf"(?:(?:{_QUAL_ALT})\s+)?$", IC)
_LIST_MEMBER = (rf"(?:\s*,?\s*(?:and|as\s+well\s+as|plus|along\s+with|&)\s+(?:(?:{_QUAL_ALT})\s+)?"
                rf"(?:{NUMBER}|a|an|one)(?:\s+{MOD}){{0,4}}?\s+{ANY_HEAD})")
_PARENTHESIS = r"(?:\s*,\s*(?:(?:including|of\s+which|among\s+them)\s)?[^,;]{1,60},)"
_PARTICIPLE = (r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:launched|fired|used|sent|deployed|targeting|"
               r"aimed\s+at)\b")
PARTICIPLE_RE = re.compile(_PARTICIPLE, IC)
_Q = "[\"“”'‘’]?"
_RIGHT_VERB = rf"{_PARENTHESIS}?{_Q}\s*,?\s*(?:{_Q}(?:{_AUX})\s+){{0,4}}{_Q}(?:{_AFTER_ALT})(?![\w-])"
RIGHT_VERB_RE = re.compile(rf"(?:{_LIST_MEMBER})*(?:{_PARTICIPLE}[^,;.]{{0,50}}?)?{_RIGHT_VERB}", IC)
AFTER_PARTICIPLE_RE = re.compile(
    rf"(?:\s+[^,;.]{{0,50}}?)?{_RIGHT_VERB}", IC)
ALL_OF_THEM_RE = re.compile(
    rf"\b(?:all|both)(?:\s+of\s+(?:them|which|these))?\s+(?:(?:{_AUX})\s+){{0,3}}(?:{_AFTER_ALT})"
    r"(?![\w-])", IC)
# "... 126 over Kursk region and 91 over Moscow region": a figure whose verb and noun are the last one's.
ELLIPSIS_BEFORE_RE = re.compile(r"(?:\bincluding|,|:|\band|\bwhile|\bwith)\s+(?:another\s+)?$", IC)
ELLIPSIS_AFTER_RE = re.compile(
    r"\s+(?:more\s+)?(?:over|in|near|above|across|around|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[A-Z]")
BARE_NEXT_RE = re.compile(
    r"(?=\s*(?:$|[,;.:)\"”]|(?:were|was|had|have|has|are|is|of|out|more|all|also|then|and|or|hit|struck|"
    r"at|in|on|over|during|by|across|towards?|that|which|overnight|"
    r"landed|got|reached|fell|managed|successfully|reportedly|allegedly|\w+ed|\w+ly)\b))", IC)
HIT_NOUN_RE = re.compile(
    rf"(?:\s+{MOD}){{0,2}}?\s+(?P<cls>drone|missile|rocket|bomb|UAV)\s+(?:impacts|hits|strikes\s+on)\b", IC)
BOTH_AND_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?and\b", IC)
SUPERLATIVE_RE = re.compile(
    r"\b(?:largest|biggest|deadliest|heaviest|worst|most|first|record|longest|strongest|second|third|"
    r"one\s+of\s+the)\b[^.;]{0,80}$", IC)
INITIAL_REPORT_RE = re.compile(
    r"\b(?:initial(?:ly)?|earlier\s+reports?|previously\s+reported|first\s+reports?)\b", IC)
OF_TOTAL_BEFORE_RE = re.compile(
    rf"(?:{NUMBER}|\d+(?:\.\d+)?\s*%|\b(?:most|many|some|half|majority|part|several|dozens|hundreds))"
    rf"[^,;]{{0,40}}?\s(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?(?:(?:{_QUAL_ALT})\s+)?$", IC)
_SINGLE_TRIGGERS = ("a", "an", "another", "the")
SINGLE_RE = Triggered(re.compile(
    rf"(?<![\w-])(?P<det>a|an|another|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    rf"tenth|last|eleventh|twelfth))\s+(?!(?:dozen|hundred|thousand|few|couple|number|lot|series|wave|barrage|"
    rf"swarm|total|group|pair|salvo|handful|mass|combination|mix|{_NUMBER_WORDS})\b)(?!\d)(?P<mods>(?:{MOD}\s+){{0,3}}?){HEAD}(?P<strike>\s+strikes?\b(?:\s+on\s+an?\b)?)?"
    rf"(?!\s+(?:{NOT_COUNTS})\b)", IC), _SINGLE_TRIGGERS)
PASSIVE_BY_RE = re.compile(
    r"(?P<hit>(?:hit|struck|damaged|destroyed|downed)\s+by|strikes?\s+with)\s+$|(?:with|using)\s+$", IC)
NO_BEFORE_RE = re.compile(r"(?:\bno|\bnot\s+(?:a\s+)?single|\bnot\s+even)\s+$", IC)
PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:of|from|in|on|at|for|to|into|onto|about|than|among|between|with|by|per|since|after|before)"
    r"\s+$", IC)
TOLL_UPDATE_RE = re.compile(
    r"\b(?:rose|risen|rises|climbed|increased|jumped|grew|reached)\s+to\b|\bupdate[d:]|\bnow\s+stands?\b", IC)
# Photo captions and credits: not part of the report.
CAPTION_RE = re.compile(
    r"^(?:(?:this|in\s+this|a|the)\s+)?(?:file\s+)?(?:photo|image|picture|video\s+grab|screenshot|illustrative)\b"
    r"|^(?:photo|image)\s*(?:credit)?\s*:", IC)
# Lines after which a page holds other stories: everything after is ignored.
TRAILER_RE = re.compile(
    r"^(?:explore\s+more|related(?:\s+(?:news|articles|stories|posts))?|more\s+(?:news|stories)(?:\s+\w+)?|"
    r"you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|latest\s+news|most\s+read|popular|"
    r"read\s+full\s+original\s+articles?)\s*:?$", IC)
# Lines after which the next line is another story's headline.
TEASER_RE = re.compile(r"^(?:read\s+(?:more|also|next)|see\s+also)\s*:?$", IC)
TEASER_LINE_RE = re.compile(r"^(?:(?:also\s+)?read(?:\s+(?:more|also|next))?|see\s+also|related)\s*:", IC)
DEBRIS_BEFORE_RE = re.compile(r"\b(?:debris|fragments?|wreckage|remains|parts|pieces)\s+(?:of|from)\s+$", IC)
UNREAL_BEFORE_RE = re.compile(
    r"\b(?:will|would|could|might|may|shall|(?:plans?|planning|planned|agreed|pledged|promised|intends?|"
    r"ready|wants?|threatened|asked)\s+to)\s+(?:\w+\s+)?$", IC)
NEGATED_RE = re.compile(r"(?:\bno|\bnot|\bwithout|\bany|n't)\s+(?:\w+\s+){0,2}$", IC)

_PEOPLE = alt(lx.PEOPLE + lx.PERSON)
_KILLED = alt(lx.KILLED)
_INJURED = alt(lx.INJURED)
_CAS_AUX = (r"were|was|have|has|had|been|are|is|being|reportedly|later|also|reported|confirmed|now|"
            r"seriously|severely|critically|lightly|slightly|badly|moderately|all|left|"
            r"officially|subsequently|(?!fatally)\w+ly")
CASUALTY_AFTER_RE = re.compile(
    rf"(?:\s+more)?(?:\s+(?:[\w-]+\s+)?(?:{_PEOPLE}))?(?:\s*,\s*including\s+[^,;]{{1,50}},)?"
    rf"(?:\s+(?:{_CAS_AUX}))*\s+(?:(?P<k>{_KILLED})|(?P<i>{_INJURED}))(?![\w-])"
    rf"(?!\s+or\s+(?:injured|wounded|hurt|killed))", IC)
CASUALTY_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<k>killing|killed|kills|martyred|claimed\s+the\s+lives\s+of|deaths?\s+of|loss\s+of|"
    rf"lives\s+of|(?:death\s+)?toll\s+(?:[\w'’-]+\s+){{0,8}}?(?:to|at|of|reached|hit|is|was|stands\s+at)"
    rf"|number\s+of\s+(?:the\s+)?(?:dead|killed|deaths|fatalities)\s+(?:[\w'’-]+\s+){{0,3}}?(?:to|at|reached))"
    rf"|(?P<i>injuring|injured|wounding|wounded|hurting|hurt|injuries\s+to|hospitali[sz]ing|"
    rf"hospitali[sz]ed|number\s+of\s+(?:the\s+)?(?:injured|wounded)\s+(?:[\w'’-]+\s+){{0,3}}?(?:to|at|reached)))"
    rf"\s+(?:(?:{_QUAL_ALT})\s+)?(?:another\s+|a\s+further\s+)?$", IC)
CASUALTY_OBJECT_RE = re.compile(
    rf"(?:\s+more)?(?:\s+(?:[\w-]+\s+)?(?:{_PEOPLE}|li(?:fe|ves)))?(?=\s|$|[,;.)])(?!\s+{ANY_HEAD})", IC)
SINGLE_CASUALTY_RE = Triggered(re.compile(
    rf"(?<![\w-])(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{alt(lx.PERSON)})\b[^.;]{{0,60}}?\s(?:was|has\s+been|had\s+been|is)"
    rf"(?:\s+(?:{_CAS_AUX}))*\s+(?:(?P<k>killed|dead|died|fatally\s+(?:injured|wounded))"
    rf"|(?P<i>injured|wounded|hurt|hospitali[sz]ed))\b"
    rf"(?!\s+or\s+(?:injured|wounded|hurt|killed))", IC), ("a", "an"))
CASUALTY_WORD_RE = re.compile(
    r"kill|injur|wound|hurt|dead|died|hospitali|martyr|death|lives|life|toll|fatalit|perish|bodies|casualt"
    r"|Kill|Injur|Wound|Dead|Died|Death|Toll|Fatalit|KILL|INJUR|WOUND|DEAD|DIED|DEATH")
SUBSET_CASUALTY_RE = re.compile(r"(?:\bincluding|\bamong\s+them|\bof\s+whom|\bof\s+them)\s+$", IC)
OF_WHOM_AFTER_RE = re.compile(r"\s+(?:of\s+(?:whom|the\b|them\b|those\b))", IC)
PARTITIVE_HINT_RE = re.compile("including|Including|of them|of which|among them|:")
PARTITIVE_BEFORE_RE = re.compile(r"(?:\bincluding|\bof\s+them|\bof\s+which|\bamong\s+them|:)\s*"
                                 rf"(?:(?:{_QUAL_ALT})\s+)?$", IC)

AGGREGATE_RE = Triggered(re.compile(rf"(?<![\w-])(?:{alt(lx.AGGREGATE_CUES)})", IC), lx.AGGREGATE_TRIGGERS)
ATTACKER_GROUPS: tuple[tuple[str, int], ...] = tuple(lx.ATTACKER_CUES.values())
ATTACKER_RE = Triggered(re.compile("|".join(f"(?P<a{i}>{p})" for i, p in enumerate(lx.ATTACKER_CUES))),
                        lx.ATTACKER_TRIGGERS)
REPORTER_RE = Triggered(re.compile(
    rf"according\s+to\s+(?:the\s+)?(?P<a>{alt(lx.REPORTERS)})|(?P<b>{alt(lx.REPORTERS)}),?\s+(?:said|says|"
    rf"reported|announced|stated|wrote|added|confirmed|claimed|informed|told)"), lx.REPORTER_TRIGGERS)
ATTACK_CONTEXT_RE = re.compile(
    r"attack|strike|struck|drone|missile|rocket|shelling|shelled|bomb|\bhit|kill|injur|wound|dead\b|died|"
    r"explosion|air\s+defen|shot\s+down|intercept|debris|air\s+(?:raid|alert)|damage|UAV|Shahed|destroy|"
    r"(?<!cease)fire\b|blast|casualt|\btarget(?:s|ed|ing)?\b", IC)
