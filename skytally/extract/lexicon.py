"""The English vocabulary of attack reports, as data.

Every table maps surface patterns (regex fragments, case-insensitive) to the
claim vocabulary of ``models.py``. ``english.py`` composes them into the
patterns it runs; nothing here decides anything.
"""

from __future__ import annotations

from skytally.models import Outcome, Qualifier, Weapon

# Weapon models: canonical name -> (class, surface patterns). A model name can be
# the head of a figure ("24 Shaheds") or a modifier ("three Iskander missiles").
MODELS: dict[str, tuple[Weapon, tuple[str, ...]]] = {
    "Shahed-136": (Weapon.DRONE, (r"shahed(?:[- ]?13[16](?:/13[16])?)?s?", r"shahids?",
                                  r"geran(?:[- ]?2)?s?")),
    "Gerbera": (Weapon.DRONE, (r"gerberas?",)),
    "Lancet": (Weapon.DRONE, (r"lancets?",)),
    "Kh-101": (Weapon.MISSILE, (r"[kx]h?-?101(?:/[kx]h?-?55{1,2})*s?", r"[kx]h?-?555s?", r"[kx]h-55s?")),
    "Kh-22": (Weapon.MISSILE, (r"[kx]h?-?22s?", r"[kx]h?-?32s?")),
    "Kh-59": (Weapon.MISSILE, (r"[kx]h?-?59(?:/69)?s?", r"[kx]h?-?69s?")),
    "Kh-31P": (Weapon.MISSILE, (r"[kx]h?-?31(?:p)?s?",)),
    "Kalibr": (Weapon.MISSILE, (r"kalibrs?", r"caliber cruise")),
    "Iskander-M": (Weapon.MISSILE, (r"iskander(?:-m)?s?",)),
    "Iskander-K": (Weapon.MISSILE, (r"iskander-ks?",)),
    "KN-23": (Weapon.MISSILE, (r"kn-?2[34](?:/2[34])?s?",)),
    "Kinzhal": (Weapon.MISSILE, (r"kinzhals?",)),
    "S-300": (Weapon.MISSILE, (r"s-300s?(?:/400)?",)),
    "S-400": (Weapon.MISSILE, (r"s-400s?",)),
    "Zircon": (Weapon.MISSILE, (r"zircons?", r"tsirkons?")),
    "Oniks": (Weapon.MISSILE, (r"oniks", r"onyx")),
    "Tochka-U": (Weapon.MISSILE, (r"tochka(?:-u)?s?",)),
    "ATACMS": (Weapon.MISSILE, (r"atacms",)),
    "Storm Shadow": (Weapon.MISSILE, (r"storm shadows?",)),
    "Neptune": (Weapon.MISSILE, (r"neptunes?",)),
    "KAB": (Weapon.BOMB, (r"kabs?", r"guided aerial bombs? \(kabs?\)")),
}

# Class nouns that head a figure: pattern -> class. Longest alternatives win.
CLASS_HEADS: dict[str, Weapon] = {
    r"(?:drones|missiles|rockets)\s+and\s+(?:(?:cruise|ballistic|guided|attack|strike|other)\s+)?"
    r"(?:missiles|drones|rockets)": Weapon.ANY,
    r"(?:missiles|rockets)\s+and\s+(?:attack\s+)?(?:drones|uavs)": Weapon.ANY,
    r"drones?\s+and\s+decoys": Weapon.DRONE,
    r"drones?": Weapon.DRONE,
    r"uavs?": Weapon.DRONE,
    r"unmanned\s+aerial\s+vehicles?": Weapon.DRONE,
    r"unmanned\s+aircraft(?:\s+systems?)?": Weapon.DRONE,
    r"decoys?": Weapon.DRONE,
    r"loitering\s+munitions?": Weapon.DRONE,
    r"missiles?": Weapon.MISSILE,
    r"rockets?": Weapon.MISSILE,
    r"bombs?": Weapon.BOMB,
    r"(?:aerial|air)\s+targets?": Weapon.ANY,
    r"projectiles?": Weapon.ANY,
    r"means\s+of\s+(?:air|aerial)\s+attack": Weapon.ANY,
    r"air\s+attack\s+(?:assets|weapons|means)": Weapon.ANY,
}

# First words of every head, so a whole-text search can start only where one stands.
HEAD_TRIGGERS = (
    "drone", "drones", "uav", "uavs", "unmanned", "decoy", "decoys", "loitering", "missile", "missiles",
    "rocket", "rockets", "bomb", "bombs", "aerial", "air", "projectile", "projectiles", "means", "shahed",
    "shaheds", "shahid", "shahids", "geran", "gerans", "gerbera", "gerberas", "lancet", "lancets", "kh", "x",
    "kalibr", "kalibrs", "caliber", "iskander", "iskanders", "kn", "kinzhal", "kinzhals", "s", "zircon",
    "zircons", "tsirkon", "oniks", "onyx", "tochka", "atacms", "storm", "neptune", "neptunes", "kab", "kabs",
)

# Nouns that head a figure of weapons but need the class from context ("of the targets").
CONTEXT_HEADS = (r"targets", r"threats", r"of\s+them", r"of\s+which")

# Outcome verbs, in the active voice, before the figure ("shot down 22 drones").
OUTCOME_BEFORE: dict[Outcome, tuple[str, ...]] = {
    Outcome.NEUTRALIZED: (
        r"(?:shot|brought)\s+down\s*(?:or|and/or|/)\s*(?:suppressed|intercepted|jammed)",
        r"(?:downed|destroyed)\s*(?:or|/)\s*(?:suppressed|jammed)",
    ),
    Outcome.SHOT_DOWN: (
        r"shot\s+down", r"shoot(?:s|ing)?\s+down", r"(?:to|managed\s+to|could|had)\s+down",
        r"down(?:ed|s|ing)", r"destroy(?:ed|s|ing)?", r"intercept(?:ed|s|ing)?",
        r"interception\s+(?:and\s+destruction\s+)?of", r"eliminat(?:ed|es|ing|e)",
        r"neutrali[sz](?:ed|es|ing|e)", r"(?:brought|bring|take|took|taken)\s+down", r"repel(?:led|s)?",
        r"(?<=defences\s)down", r"(?<=defenses\s)down",  # headlines: "air defences down 60 of 70 drones"
    ),
    Outcome.SUPPRESSED: (
        r"suppress(?:ed|es|ing)?", r"jamm?(?:ed|ing)", r"lost\s+track\s+of",
        r"disabl(?:ed|ing|e)",
    ),
    Outcome.HIT: (r"hits\s+(?:by|from|of)",),
    Outcome.LAUNCHED: (
        # "a missile launched from Yemen, as well as three drones": a participle of the noun before, no verb
        r"launch(?:es|ing)?", r"launched(?!\s+(?:from|by)\b)", r"fir(?:es|ing)", r"fired(?!\s+(?:from|by)\b)",
        r"fire", r"us(?:ed|es|ing)", r"sen[dt](?:s|ing)?",
        r"deploy(?:ed|s|ing)?", r"unleash(?:ed|es|ing)?", r"involv(?:ed|es|ing)",
        r"hurl(?:ed|s|ing)?", r"lobb(?:ed|ing)", r"lobs",
        r"dropp?(?:ed|ing|s)?", r"with", r"(?:attack|strike|assault|raid)s?\s+(?:by|of|involving|with)",
        r"barrage\s+of", r"wave\s+of", r"salvo\s+of", r"swarm\s+of", r"carried\s+out",
        r"attack(?:ed|s|ing)?", r"target(?:ed|ing)", r"includ(?:ed|es)", r"comprised", r"consisted\s+of",
        r"there\s+were",  # "Last night there were 81 drones and three missiles"
        # a monitor's count of what came ("the air force counted 376", "it reported 339 drones"): the
        # figure right after the verb (only a qualifier between), not "reported that eight were stopped"
        r"(?:record(?:ed|s)|count(?:ed|s)|track(?:ed|s)|detect(?:ed|s)|reported)"
        r"(?=(?:\s+(?:about|some|nearly|almost|around|roughly|more|than|over|at|least|up|to))*\s+$"
        r"|\s+\d[^.;:]{1,40}?\band\s+$)",
    ),
}

# Outcome verbs after the figure ("22 drones were shot down", "two missiles hit").
OUTCOME_AFTER: dict[Outcome, tuple[str, ...]] = {
    Outcome.NEUTRALIZED: (
        r"(?:shot|brought)\s+down\s*(?:or|and/or|/)\s*(?:suppressed|intercepted|jammed)",
        r"(?:downed|destroyed)\s*(?:or|/)\s*(?:suppressed|jammed)", r"stopped",
        # "shot down or brought down by electronic warfare": fire or jamming, one figure for both
        r"(?:shot|brought)\s+down\s+or\s+(?:[\w-]+\s+){0,3}?(?:by|to|with)\s+(?:electronic\s+warfare|EW|jamming)",
    ),
    Outcome.SUPPRESSED: (
        r"suppressed", r"jammed", r"lost(?!\s+(?:their|his|her)\s+li)", r"did\s+not\s+reach",
        r"failed\s+to\s+reach", r"went\s+off\s+radar", r"redirected", r"disappeared",
    ),
    Outcome.SHOT_DOWN: (
        r"shot\s+down", r"downed", r"destroyed(?!\s+(?:a|an|the|two|several|residential|private|houses?"
        r"|buildings?|homes?)\b)", r"intercepted", r"eliminated", r"neutrali[sz]ed",
        r"(?:taken|brought)\s+down", r"repelled",
    ),
    Outcome.HIT: (
        r"hit(?:s|ting)?(?!\s+by)", r"struck(?!\s+by)", r"landed", r"fell\s+(?:on|in|near|into)",
        r"got\s+through", r"reached\s+(?:their\s+|the(?:ir)?\s+intended\s+)?targets?", r"impacts?",
        r"breached", r"slipped\s+through", r"passed\s+through", r"penetrated", r"evaded", r"blasted",
        r"(?:tore|tearing)\s+(?:into|through)", r"exploded",
        r"(?:slamm|crash|smash|plough|plow|ramm)(?:ed|ing)\s+into",
        r"destroyed(?=\s+(?:a|an|the|two|several|residential|private|houses?|buildings?|homes?)\b)",
        r"damaged\s+(?:a|an|the)\b", r"hits",
    ),
    Outcome.LAUNCHED: (
        r"(?:were|was|had\s+been|have\s+been)\s+(?:launched|fired|used|sent|deployed)",
        r"launched", r"fired", r"used", r"(?:(?<=were\s)|(?<=was\s)|(?<=ly\s))heading\s+(?:for|to|towards?)",
        r"attacked(?!\s+by)", r"(?:attempted|tried)\s+to\s+(?:attack|strike|hit)", r"targeted(?!\s+by)",
        r"crossed\s+(?:from|into|over)",
        r"(?:were|was)\s+(?:aimed|directed)\s+at",
    ),
}

# Words that may stand between a figure and the verb after it.
AUXILIARIES = (
    r"were", r"was", r"are", r"is", r"have", r"has", r"had", r"been", r"being", r"be", r"all", r"also",
    r"then", r"later", r"eventually", r"subsequently", r"reportedly", r"allegedly", r"successfully",
    r"managed\s+to", r"able\s+to", r"that", r"which", r"in\s+total", r"overnight", r"today", r"either",
    r"of\s+them", r"of\s+these", r"of\s+those", r"of\s+which", r"more", r"others?", r"the\s+rest",
    r"\w+ly",
)

QUALIFIERS: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.AT_LEAST: (
        r"at\s+least", r"more\s+than", r"over", r"upwards\s+of", r"in\s+excess\s+of",
        r"no\s+(?:fewer|less)\s+than", r"not\s+less\s+than", r"above", r"at\s+a\s+minimum",
        r"a\s+minimum\s+of",
    ),
    Qualifier.ABOUT: (
        r"nearly", r"almost", r"about", r"around", r"some", r"up\s+to", r"approximately",
        r"roughly", r"close\s+to", r"an\s+estimated", r"estimated", r"as\s+many\s+as", r"approx\.",
        r"~",
    ),
    Qualifier.EXACT: (r"a\s+total\s+of", r"total\s+of", r"all", r"all\s+the", r"all\s+of\s+the"),
}

# People hurt: nouns that may head a casualty figure.
PEOPLE = (
    r"people", r"persons?", r"civilians?", r"individuals", r"residents", r"others", r"more",
    r"men", r"women", r"children", r"adults", r"soldiers", r"servicemen", r"victims",
    r"passengers", r"workers", r"employees", r"israelis", r"palestinians", r"ukrainians", r"russians",
    r"firefighters", r"rescuers", r"medics", r"doctors", r"nurses", r"journalists", r"volunteers",
    r"teenagers", r"pensioners", r"students", r"police\s+officers", r"policemen", r"girls", r"boys",
    r"babies", r"infants", r"neighbou?rs", r"relatives", r"farmers", r"drivers",
    r"of\s+them",
)
PERSON = (
    r"person", r"man", r"woman", r"civilian", r"child", r"girl", r"boy", r"resident", r"engineer",
    r"worker", r"employee", r"driver", r"teenager", r"pensioner", r"soldier", r"serviceman", r"policeman",
    r"police\s+officer", r"rescuer", r"firefighter", r"medic", r"doctor", r"nurse", r"journalist",
    r"volunteer", r"farmer", r"infant", r"baby", r"security\s+guard",
)
# Kin named after "his" or "her": one person each ("killed a woman and injured her husband").
RELATIVE = (
    r"husband", r"wife", r"son", r"daughter", r"mother", r"father", r"brother", r"sister", r"grandson",
    r"granddaughter", r"grandmother", r"grandfather", r"neighbou?r",
)

KILLED = (
    r"killed", r"dead", r"died", r"killing", r"kills?", r"perished", r"martyred", r"fatalit(?:y|ies)",
    r"fatally\s+(?:injured|wounded)",
    r"deaths?", r"lost\s+(?:their|his|her)\s+li(?:fe|ves)", r"lives", r"life", r"bodies",
)
INJURED = (
    r"injured", r"wounded", r"hurt", r"hospitali[sz]ed", r"injuring", r"wounding", r"injur(?:y|ies)",
    r"wounds", r"casualt(?:y|ies)\s+\(injured\)",
    r"(?:taken|rushed|admitted|brought)\s+to\s+(?:a\s+|the\s+)?hospitals?",
    r"(?:sustained|suffered|received)\s+(?:[a-z-]+\s+){0,2}?(?:injur(?:y|ies)|wounds)",
)

# Who attacked: cue pattern -> (attacker, weight, the words a match can start with). Summed over a
# sentence or document. A cue is tried only where one of its own first words stands.
# A country's own attack: "Russia's overnight assault", "in Russia's missile attack on Ternopil" (the agent,
# not a place).
_ATTACK_ADJ = (r"(?:(?:overnight|latest|massive|large-scale|combined|new|renewed|deadly|nighttime|night|"
               r"morning|missile|drone|ballistic|air|aerial|full-scale)\s+){0,2}")
_ATTACK_NOUN = (r"attacks?|strikes?|assaults?|barrages?|bombardments?|shelling|war|invasion|offensive|"
                r"aggression|raids?")
OWN_ATTACK = rf"(?:'s|’s)\s+{_ATTACK_ADJ}(?:{_ATTACK_NOUN})\b"

# "India launched", "Israel has struck": a country named as the subject of an attack verb.
_SUBJECT_ATTACKS = (r"(?:has\s+|had\s+)?(?:launch(?:ed|es)|fire[sd]|attack(?:ed|s)|struck|strikes|"
                    r"target(?:ed|s)|bomb(?:ed|s)|pound(?:ed|s)|sen[dt]s?)\b")

ATTACKER_CUES: dict[str, tuple[str, int, tuple[str, ...]]] = {
    r"\b(?:Russia(?:n|'s|’s)?|Moscow(?:'s|’s))\s+(?:(?:ballistic|cruise|hypersonic|guided|glide)\s+)?"
    r"(?:forces|troops|army|military|invaders|occupiers|attack|strike|drones?|"
    r"missiles?|bombers?|aircraft|aviation|shelling)": ("russia", 3, ("russia", "russian", "moscow")),
    rf"\bRussia{OWN_ATTACK}": ("russia", 3, ("russia",)),
    r"\bRussia\s+(?:has\s+|had\s+)?(?:launch(?:ed|es)|fire[sd]|attack(?:ed|s)|struck|strikes|hits?|sen[dt]s?|"
    r"use[sd]|unleash(?:ed|es)|target(?:ed|s)|pummel+(?:ed|s)|pound(?:ed|s)|bombard(?:ed|s)|hurl(?:ed|s))": (
        "russia", 4, ("russia",)),
    r"(?i:\b(?:the\s+)?(?:enemy|occupiers|invaders|russians|rashists)\b)": (
        "russia", 2, ("enemy", "occupiers", "invaders", "russians", "rashists")),
    r"\bShahed|\bGeran|\bKalibr|\bIskander|\bKinzhal|\bKh-\d": (
        "russia", 2, ("shahed", "shaheds", "geran", "kalibr", "iskander", "kinzhal", "kh")),
    r"\bUkrain(?:e|ian)(?:'s|’s)?\s+(?:air\s+force|air\s+defen[cs]es?|defen[cs]e\s+forces)": (
        "russia", 2, ("ukraine", "ukrainian")),
    r"\bUkrain(?:e|ian)(?:'s|’s)?\s+(?:drones?|UAVs?|missiles?|attacks?|strikes?)": (
        "ukraine", 3, ("ukraine", "ukrainian")),
    r"\bUkraine(?:-|\s+)launched|launched\s+by\s+(?:the\s+)?Ukrain|\bKyiv\s+(?:launched|fired|attacked)"
    r"|\bUkraine\s+(?:launched|fired|attacked|struck)"
    r"|\bKyiv(?:'s|’s)\s+(?:forces|troops|army|military|drones?|missiles?)": (
        "ukraine", 4, ("ukraine", "launched", "kyiv")),
    r"\bRussia(?:n|'s|’s)?\s+(?i:air\s+defen[cs]es?|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)"
    r"|\bRussian\s+(?:air\s+defen[cs]e|Defen[cs]e\s+Ministry|MoD)"
    r"|(?<![Hh]ealth\s)(?<![Ff]oreign\s)(?<![Ii]nterior\s)(?<![Ee]nergy\s)"
    r"(?<!'s\sdefence\s)(?<!’s\sdefence\s)(?<!'s\sdefense\s)(?<!’s\sdefense\s)\bministry\s+said": (
        "ukraine", 4, ("russia", "russian", "ministry")),
    r"\bATACMS|\bStorm\s+Shadow|\bHIMARS|\bNeptune": ("ukraine", 2, ("atacms", "storm", "himars", "neptune")),
    r"\bRussia(?:n)?\b[^.;]{0,30}?\b(?:shot\s+down|downed|intercepted)": (
        "ukraine", 5, ("russia", "russian")),
    rf"\b(?:in|on|across|against|over)\s+(?:\w+ern\s+)?Ukraine\b(?!{OWN_ATTACK})": (
        "russia", 2, ("in", "on", "across", "against", "over")),
    rf"\b(?:in|on|across|against|over)\s+(?:\w+ern\s+)?Russia\b(?!{OWN_ATTACK})": (
        "ukraine", 2, ("in", "on", "across", "against", "over")),
    rf"\bUkraine{OWN_ATTACK}": ("ukraine", 3, ("ukraine",)),
    # not the side that reports ("the Houthi-run health ministry") nor a place struck ("strikes in Yemen")
    r"\bHouthis?\b(?!-(?:run|controlled|held|led)\b)|(?<!\bin\s)(?<!\bon\s)(?<!\bacross\s)\bYemen": (
        "houthis", 4, ("houthi", "houthis", "yemen")),
    r"\b(?:launched|fired|sent)\s+(?:by|from)\s+(?:the\s+)?(?:Iran|Iranian)\b": (
        "iran", 6, ("launched", "fired", "sent")),
    r"\b(?:launched|fired|sent)\s+(?:by|from)\s+(?:the\s+)?(?:Houthis?|Yemen)\b": (
        "houthis", 6, ("launched", "fired", "sent")),
    r"\b(?:launched|fired|sent)\s+(?:by|from)\s+(?:the\s+)?(?:Hezbollah|Lebanon)\b": (
        "hezbollah", 6, ("launched", "fired", "sent")),
    r"\b(?:launched|fired|sent)\s+(?:by|from)\s+(?:the\s+)?(?:Russia|Russian\s+forces)\b": (
        "russia", 6, ("launched", "fired", "sent")),
    r"\b(?:launched|fired|sent)\s+(?:by|from)\s+(?:the\s+)?India\b": (
        "india", 6, ("launched", "fired", "sent")),
    r"\b(?:launched|fired|sent)\s+(?:by|from)\s+(?:the\s+)?Pakistan\b": (
        "pakistan", 6, ("launched", "fired", "sent")),
    r"\b(?:Iran(?:ian)?|Tehran)\s+(?:(?:ballistic|cruise|hypersonic)\s+)?"
    r"(?:launched|fired|attacked|missiles?|drones?|attack|strikes?|barrage)"
    r"|\bIran\b(?!-)|\bIRGC\b|\bRevolutionary\s+Guards?": (  # "Iran-backed": another side
        "iran", 3, ("iran", "iranian", "irgc", "revolutionary", "tehran")),
    r"\bHamas\b(?!-(?:run|controlled|held|led)\b)|\bfrom\s+(?:the\s+)?Gaza\b|\bIslamic\s+Jihad": (
        "hamas", 3, ("hamas", "from", "islamic")),
    r"\bHezbollah\b|\bLebanon\b": ("hezbollah", 3, ("hezbollah", "lebanon")),
    r"\bIsrael(?:i)?\s+(?:strikes?(?!\s+down)|air\s*strikes?|attack|jets|fighter\s+jets|warplanes"
    r"|military\s+struck)"
    r"|\bIDF\s+struck|\bIsrael\s+" + _SUBJECT_ATTACKS: ("israel", 4, ("israel", "israeli", "idf")),
    r"\bIndian?\s+(?:drones?|missiles?|attack|strikes?|forces|army|air\s+force)"
    r"|\bIndia\s+" + _SUBJECT_ATTACKS: (
        "india", 4, ("india", "indian")),
    r"\bPakistan(?:i)?\s+(?:drones?|missiles?|attack|strikes?|forces|army|shelling)"
    r"|\bPakistan\s+" + _SUBJECT_ATTACKS: (
        "pakistan", 3, ("pakistan", "pakistani")),
    r"\bRSF\b|\bRapid\s+Support\s+Forces": ("rsf", 4, ("rsf", "rapid")),
    r"\bSudan(?:ese)?\s+(?:army|armed\s+forces)|\bSAF\b": ("saf", 3, ("sudan", "sudanese", "saf")),
    r"\bU\.?S\.?\s+(?:strikes?|forces\s+struck|military\s+struck)|\bAmerican\s+strikes?": (
        "us", 5, ("u", "us", "american")),
}

# Who is attacked when the attacker is known and the text does not say otherwise.
DEFAULT_TARGET: dict[str, str] = {
    "russia": "ukraine", "ukraine": "russia", "iran": "israel", "houthis": "israel",
    "hamas": "israel", "hezbollah": "israel", "india": "pakistan",  # Israel strikes too many places
    "pakistan": "india", "rsf": "sudan", "saf": "sudan",
}

# Phrases that make a figure a total over many days rather than one attack.
AGGREGATE_CUES = (
    r"since\s+(?:the\s+(?:start|beginning|outbreak|first\s+(?:days?|weeks?|months?)\s+of)|(?:the\s+)?(?:full-scale\s+)?(?:war|invasion|conflict)"
    r"|(?:early\s+|late\s+|mid-?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\d{4}|then"
    r"|last\s+(?:week|month|year))",
    r"(?:this|past|previous)\s+(?:week|month|year)(?!'s)",
    r"(?:over|during|in)\s+the\s+last\s+(?:week|month|year)",
    r"over\s+the\s+(?:week|month|years?)\b(?!'s|’s)",
    r"(?:over|during|throughout)\s+the\s+weekend\b(?!'s|’s)",  # two nights at least
    r"since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"(?:over|in|within|during)\s+(?:the\s+)?(?:(?:past|last|next)\s+)?(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+)\s+(?:days|nights|weeks|months)\b",
    r"(?:war|invasion|conflict)\s+(?:(?:against|on|in)\s+(?:\w+\s+){1,2})?(?:has|have|had)\s+"
    r"(?:so\s+far\s+|already\s+)?(?:killed|claimed|left|wounded|injured)\b",
    r"in\s+the\s+course\s+of\s+the\s+(?:war|conflict)",
    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years)",
    r"(?:during|throughout)\s+the\s+(?:war|conflict|month|week|year)",
    r"so\s+far\s+(?:this|in)",
    r"(?:in|during)\s+20\d\d\b(?!\s*,?\s*\d)",
    r"(?:per|each|every|a)\s+(?:night|day|week|month|year)\b(?!\s+(?:after|before|earlier|later|ago|prior|of)\b)",
    r"on\s+average",
    r"(?:the\s+)?(?:full-scale\s+)?war\s+began",
    r"ongoing\s+war",
    r"between\s+\w+\s+\d+.{0,20}\s+and\s+",
    r"in\s+(?:total|all)\s+(?:since|over|during)",
    r"in\s+(?:these|those)\s+(?:attacks|strikes|raids|shellings)",  # totals just given for many days
    r"(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:early\s+|late\s+|mid-?)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s*\d{1,2}\b)",
)

AGGREGATE_TRIGGERS = (
    "since", "this", "past", "previous", "over", "during", "in", "throughout", "so", "per", "each", "every",
    "a", "on", "war", "ongoing", "between", "within", "invasion", "conflict",
)

# Reporters of figures: "X said", "according to X".
REPORTER_TRIGGERS = (
    "according", "ukraine", "russia", "israel", "iran", "ukrainian", "russian", "israeli", "air", "defence",
    "defense", "ministry", "idf", "governor", "mayor", "head", "president", "prime", "minister",
    "spokesperson", "spokesman",
)
REPORTERS = (
    r"(?:Ukraine|Russia|Israel|Iran)(?:'s|’s)\s+(?:air\s+force|defen[cs]e\s+ministry|military|army"
    r"|interior\s+minister|emergency\s+service)",
    r"(?:Ukrainian|Russian|Israeli)\s+(?:air\s+force|defen[cs]e\s+ministry|military|army)",
    r"(?:Air\s+Force|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|IDF)",
    r"(?:[Gg]overnor|[Mm]ayor|[Hh]ead\s+of\s+the\s+[\w\s]{3,40}?(?:administration|Administration)"
    r"|President|Prime\s+Minister|[Mm]inister|spokesperson|spokesman)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}",
)
