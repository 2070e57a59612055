"""Words of Ukrainian and Russian attack reports, as data composed into patterns.

Every table maps a value of the claim vocabulary (``models.py``) to regular
expression pieces; the pieces are joined once, at import time, into compiled
patterns that ``slavic.py`` runs. Matching is case-insensitive (headlines are
in capitals) and pieces are written in lower case.
"""

from __future__ import annotations

import re

from skytally.extract.slavic_scan import Lowered, Scanner, literal_prefixes, on_lowered, word_tree
from skytally.models import Outcome, Qualifier, Weapon

FLAGS = re.IGNORECASE | re.UNICODE
W = r"[\w'’ʼ]"  # a letter of a word, apostrophes included

# Weapon nouns (and multi-word nouns) matched where a counted phrase ends.
WEAPON_NOUNS: dict[Weapon, tuple[str, ...]] = {
    Weapon.DRONE: (
        r"бпла", r"безпілотн\w*(?:\s+літальн\w*\s+апарат\w*)?",
        r"беспилотн\w*(?:\s+летательн\w*\s+аппарат\w*)?", r"дрон\w*",
        r"баражуюч\w*\s+боєприпас\w*", r"барражирующ\w*\s+боеприпас\w*",
        r"шахед\w*", r"shahed\w*", r"гербер\w*", r"італмас\w*", r"итальмас\w*", r"геран\w*",
        r"s8000", r"бандерол\w*", r"дань-т", r"пароді\w*", r"ланцет\w*", r"lancet\w*",
        r"імітатор\w*", r"имитатор\w*",  # decoy drones ("18 імітаторів", "дронами-імітаторами")
    ),
    Weapon.MISSILE: (
        r"ракет(?!н)\w*", r"іскандер\w*", r"искандер\w*", r"калібр\w*", r"калибр\w*",
        r"кинджал\w*", r"кинжал\w*", r"циркон\w*", r"онікс\w*", r"оникс\w*",
        r"[хxк]h?-\d+\w*", r"kn-23", r"кн-23", r"[сs]-[34]00\w*", r"нептун\w*", r"atacms",
        r"storm\s+shadow", r"точк\w*-у", r"реактивн\w*\s+снаряд\w*",
        r"фламин\w*", r"фламін\w*",
        r"снаряд\w*\s+(?:рсзо|himars|хаймарс)",  # MLRS rockets, as "реактивні снаряди"
    ),
    Weapon.BOMB: (
        r"каб(?:ів|ами|ам|и|ах)?(?!\w)", r"упаб\w*", r"фаб-\d+\w*", r"авіабомб\w*", r"авиабомб\w*",
        r"авіаційн\w*\s+бомб\w*", r"авиационн\w*\s+бомб\w*", r"бомб\w*",
    ),
    Weapon.ANY: (
        r"ціл(?:ей|і|ь|ями)(?!\w)", r"цел(?:ей|и|ь)(?!\w)",
        r"зас(?:оби|обів|обами|іб)\s+повітряного\s+нападу", r"средств\w*\s+воздушного\s+нападения",
    ),
}

# Generic nouns in a singular form: a weapon named once, without a number, is n = 1.
# Models named alone, without a number ("Кинджал збито", "Shahed влучив"): singular nouns too, where
# they are no item of a list of names ("Онікс, Циркон", "Х-101/Калібр": nothing of these before or
# after). The group that matched names the class.
LONE_MODELS = (
    r"(?:(?P<MISSILE>кинджал|кинжал|циркон|онікс|оникс|нептун|калібр|калибр|(?:іскандер|искандер)(?:-[мкmk])?"
    r"|х-\d+(?:/\d+)?|x-\d+(?:/\d+)?)|(?P<DRONE>shahed(?:-13[16])?))(?![\w/-]|\s*[/,])"
)
NOT_LONE_BEFORE = re.compile(r"(?:[/,:;]\s?|[\w-])$")
SINGULAR_NOUNS: dict[Weapon, str] = {
    Weapon.MISSILE: r"(?:ракета|ракету|ракетою|ракетой|ракеті)(?!\w)",
    Weapon.DRONE: r"(?:дрон|дрона|дроном|безпілотник|безпілотника|безпілотником|беспилотник"
                  r"|беспилотника|беспилотником|шахед|шахеда|шахедом|(?<!\w)(?:\w+ого\s+)+бпла)(?!\w)",
    Weapon.BOMB: r"(?:авіабомба|авіабомбу|авиабомба|авиабомбу)(?!\w)",
}
# Words every singular weapon (below) contains: a sentence without one has none.
SINGULAR_WORDS = (
    "ракет", "дрон", "безпілотник", "беспилотник", "шахед", "бпла", "авіабомб", "авиабомб",
    "кинджал", "кинжал", "циркон", "онікс", "оникс", "нептун", "калібр", "калибр", "іскандер", "искандер",
    "х-", "x-", "shahed",
)
# Where the adjectives of a singular noun start, on the lower-cased text (the scan skips to them).
SINGULAR_LEADS: dict[Weapon, tuple[str, ...]] = {Weapon.DRONE: (r"(?<!\w)\w+ого\s",)}
# What every match of those branches holds: where it is not, the scan does not look for the leads.
SINGULAR_LEAD_NEEDLES: dict[Weapon, str] = {Weapon.DRONE: r"ого\s+бпла"}
# "ракети"/"ракеты" is singular after a feminine genitive adjective ("балістичної ракети").
SINGULAR_GENITIVE = r"(?<!\w)(?:\w+(?:ої|ой|ей)\s+)+(?:ракети|ракеты)(?!\w)"
SINGULAR_GENITIVE_LEADS = (r"(?<!\w)\w+(?:ої|ой|ей)\s",)
SINGULAR_GENITIVE_LEAD_NEEDLE = r"(?:ої|ой|ей)\s+ракет[иы]"
SINGULAR_GENITIVE_NEEDLES = ("ракети", "ракеты")  # words every match contains

# Weapon models as named, to the canonical spelling of ``Claim.model``.
MODELS: tuple[tuple[str, str], ...] = (
    (r"shahed|шахед", "Shahed-136"), (r"гербер", "Gerbera"), (r"італмас|итальмас", "Italmas"),
    (r"геран", "Geran-2"), (r"бандерол", "Banderol"), (r"дань-т", "Dan-T"), (r"пароді", "Parodiya"),
    (r"ланцет|lancet", "Lancet"), (r"іскандер-к|искандер-к", "Iskander-K"),
    (r"іскандер|искандер", "Iskander-M"), (r"калібр|калибр", "Kalibr"),
    (r"кинджал|кинжал", "Kinzhal"), (r"циркон", "Zircon"), (r"онікс|оникс", "Oniks"),
    (r"kn-23|кн-23", "KN-23"), (r"[сs]-300", "S-300"), (r"[сs]-400", "S-400"),
    (r"нептун", "Neptune"), (r"atacms", "ATACMS"), (r"storm\s+shadow", "Storm Shadow"),
    (r"(?<!\w)[хx]h?-(\d+(?:/\d+)?)(п?)", "Kh-{0}{1}"),
)

# Debris of a downed weapon, no outcome of its own: "уламки збитого дрона", "обломков сбитого БПЛА".
DEBRIS_WORDS = (
    "уламки", "уламків", "уламками", "уламкам", "уламках", "падіння", "падінні", "падінням",
    "фрагменти", "фрагментів", "фрагментами",
    "обломки", "обломков", "обломками", "обломкам", "обломках", "падение", "падения", "падении", "падением",
    "фрагменты", "фрагментов",
)
NOT_AFTER_DEBRIS = "".join(f"(?<!{w} )" for w in DEBRIS_WORDS)

# Outcome words, most specific first: a span matched by one is not matched again.
COUNT_TRIGGERS: tuple[tuple[Outcome, str], ...] = (
    (Outcome.NEUTRALIZED, r"збит\w*\s*(?:/|або|чи|та|і)\s*(?:подавлен|придушен)\w*"),
    (Outcome.NEUTRALIZED, r"сбит\w*\s*(?:/|или|и)\s*подавлен\w*|подавлен\w*\s*(?:/|или|и)\s*сбит\w*"),
    (Outcome.NEUTRALIZED, r"збил\w*\s*(?:/|або|чи|та|і)\s*(?:подавил|придушил)\w*"
                          r"|сбил\w*\s*(?:/|или|и)\s*подавил\w*"),
    (Outcome.NEUTRALIZED, r"знешкоджен\w*|знешкодил\w*|нейтралізован\w*|обезврежен\w*|нейтрализован\w*"),
    (Outcome.SUPPRESSED, r"(?:локаційно|локально)\s+втрачен\w*|втрачен\w*\s+локаційно|локационно\s+потерян\w*"
                        r"|потерян\w*\s+локационно"),
    (Outcome.SUPPRESSED,
     r"(?:подавлен|придушен)\w*(?:\s+засобами|\s+средствами)?\s+(?:реб|рэб)"),
    # alone, without "збито/": lost to electronic warfare ("придушено": a synonym)
    (Outcome.SUPPRESSED, r"подавлен\w*|подавил\w*|придушен\w*|придушил\w*"),
    (Outcome.SUPPRESSED, r"не\s+досягл\w*\s+(?:своїх\s+|своєї\s+)?ціл\w*|ціл\w*\s+не\s+досягл\w*"),
    (Outcome.SUPPRESSED, r"не\s+достигл\w*\s+(?:своих\s+)?цел\w*|цел\w*\s+не\s+достигл\w*"),
    # "Ще 5 дронів не долетіли до своїх цілей" (lost to electronic warfare, like "не досягли цілей")
    (Outcome.SUPPRESSED, r"не\s+долетіл\w*\s+до\s+(?:своїх\s+|своєї\s+)?ціл\w*"
                        r"|не\s+долетел\w*\s+до\s+(?:своих\s+|своей\s+)?цел\w*"),
    (Outcome.HIT, r"влучан\w*|влучил\w*|влучив|влучень|попадани\w*|прорвал\w*|попал[аио]?(?!\w)"),
    (Outcome.SHOT_DOWN, NOT_AFTER_DEBRIS + r"збит\w*|збил\w*|збива\w*"),
    (Outcome.SHOT_DOWN, r"знищен\w*|знищил\w*|перехоп\w*|перехопл\w*|уражено|уражені|уразил\w*"),
    (Outcome.SHOT_DOWN, NOT_AFTER_DEBRIS + r"сбит\w*|сбил\w*|уничтож\w*|перехвач\w*|перехват\w*"),
    (Outcome.LAUNCHED, r"атакува\w*|атакова\w*|завда\w*\s+(?:[\w-]+\s+){0,3}?удар\w*"),  # "ракетно-дронового"
    (Outcome.LAUNCHED, r"нан[её]с\w*\s+(?:[\w-]+\s+){0,3}?удар\w*"),
    (Outcome.LAUNCHED, r"запусти\w*|запущен\w*|випусти\w*|випущен\w*|выпусти\w*|выпущен\w*"),
    # "виявлено та супроводжено 60 засобів повітряного нападу": what was tracked is what was launched
    (Outcome.LAUNCHED, r"супроводжен\w*|супроводжува\w*|сопровожден\w*"),
    # "вдарив двома ракетами", "ударили 3 ракетами" (the noun "удар" alone is no verb)
    (Outcome.LAUNCHED, r"(?<!\w)(?:вдари\w*|вдарил\w*|ударил\w*|ударив\w*)"),
    # not a threat of use ("Загроза застосування балістичної ракети", an air-raid alert)
    (Outcome.LAUNCHED, r"(?<!загроза )(?<!загрози )(?<!загрозу )застосува\w*|застосуванням|застосован\w*"
                       r"|применил\w*|применением|применен[оы]|скину\w*|сброси\w*"
                       # "залучив для ураження 4 870 дронів-камікадзе": the enemy engaged (used) them
                       r"|залучив|залучили|задіяв|задіяли|задействовал\w*"
                       r"|использованием(?<=[сз] использованием)|використанням(?<=[сз] використанням)"),
    # "зафіксовано удар ракетою по …": a strike recorded on a place is a hit
    (Outcome.HIT, r"зафіксовано\s+удар\w*|зафиксирован\w*\s+удар\w*"),
    (Outcome.LAUNCHED, r"зафіксовано(?!\s+(?:влучан|падін))|зафиксирован\w*(?!\s+(?:попадан|падени))"),
)

# Triggers that come after their subject ("ракета цілі не досягла").
POST_OUTCOMES = frozenset({Outcome.SUPPRESSED})
POST_WORDS = r"вдал\w*\s+перехоп\w*|вдал\w*\s+збит\w*|удал\w*\s+(?:перехват|сбит|уничтож)\w*"

CASUALTY_TRIGGERS: tuple[tuple[Outcome, str], ...] = (
    (Outcome.KILLED, r"загину\w*|загинул\w*|загибл\w*|вбит\w*|вбил\w*|погиб\w*|убит\w*|помер(?:л[аи]?)?(?!\w)"
                     r"|скончал\w*"),
    (Outcome.INJURED, r"поранен\w*|травмован\w*|постражда\w*|госпіталізован\w*"),
    (Outcome.INJURED, r"ранен\w*|ранил\w*|пострадав\w*|пострадал\w*|госпитализирован\w*"),
)
# Words for everyone an attack touched, the dead among them when a part of them is said to have died
# ("постраждали 12 людей, з них 2 загинули": 12 is no injured figure, 2 are killed).
VICTIMS = r"постражда\w*|пострада\w*|потерпіл\w*"
# A part of a casualty figure said to have died: "з них 4 загинули", "двоє з них загинули".
KILLED_PART = (r"(?:\s*(?:із|з|зі|из)\s+(?:них|яких|которых))?\s*[—–-]?\s*(?:\w+\s+)?"
               r"(?:загину\w*|загинул\w*|загибл\w*|погиб\w*)")
PERSON_NOUNS = (
    r"люд\w*|осіб|особ\w*|мешкан\w*|жител\w*|цивільн\w*|дит\w*|діт\w*|чоловік\w*|жін\w*"
    r"|человек\w*|мирн\w*|ребен\w*|ребён\w*|детей|женщин\w*|мужчин\w*|пенсіонер\w*|пенсионер\w*"
)
SINGLE_PERSON = (
    r"(?:людина|жінка|чоловік|дитина|мешканець|мешканка|водій|пенсіонерка|пенсіонер|женщина"
    r"|мужчина|ребенок|ребёнок|житель|жительница|водитель)(?!\w)"
)

QUALIFIERS: tuple[tuple[Qualifier, str], ...] = (
    (Qualifier.AT_LEAST, r"понад|більше(?:\s+ніж)?|більш\s+ніж|щонайменше|не\s+менше(?:\s+ніж)?"
                         r"|не\s+менш\s+ніж|принаймні|мінімум|свыше|более|больше|не\s+менее"
                         r"|по\s+меньшей\s+мере|как\s+минимум|минимум"),
    (Qualifier.ABOUT, r"близько|майже|приблизно|орієнтовно|около|почти|примерно|порядка|до"),
)

# The last words of the qualifiers and of RISE_TO: a head that ends otherwise has no qualifier.
QUALIFIER_ENDS = (
    "понад", "більше", "ніж", "щонайменше", "менше", "принаймні", "мінімум", "свыше", "более", "больше",
    "менее", "мере", "минимум", "близько", "майже", "приблизно", "орієнтовно", "около", "почти", "примерно",
    "порядка", "до",
)

# A figure followed by one of these is a part of another ("72 із них — реактивні").
PART_OF = r"\s*\(?\s*(?:із|з|зі|из)\s+(?:них|яких|которых)"
# A figure preceded by one of these is a subset of a casualty figure.
# "Серед поранених — троє дітей", "среди погибших двое детей", "зокрема шестеро дітей".
AMONG_HEAD = (
    r"(?:серед|среди)\s+(?:них|яких|которых|" + "|".join(p for _, p in CASUALTY_TRIGGERS) + r")"
    r"|з\s+них|із\s+них|из\s+них|у\s+тому\s+числі|в\s+тому\s+числі|в\s+т\.\s?ч\.|в\s+том\s+числе"
    r"|зокрема|включно\s+з|включаючи|включая"
)
AMONG = r"(?:" + AMONG_HEAD + r")(?:\s+(?:є|есть))?\s*[:\-–—]?\s*(?:(?:" + "|".join(p for _, p in QUALIFIERS)
AMONG += r")\s+)?$"
# "із 140 БпЛА": the whole out of which a part was shot down was launched.
OUT_OF = r"(?:^|\s)(?:із|з|из)\s*$"
# A toll that rises to a figure: "зросла до 15" is 15 exact.
RISE_TO = r"(?:зрос\w*|збільшил\w*|возрос\w*|увеличил\w*)\s+до\s*$"

# Words after a figure that make it no count of weapons or people.
NOT_COUNTS = r"(?:локаці\w*|місц\w*|мест\w*|област\w*|регіон\w*|регион\w*|раз\w*|годин\w*|хвилин\w*"
NOT_COUNTS += r"|час\w*|минут\w*|рок\w*|року|год\w*|лет|км|кілометр\w*|километр\w*|відсот\w*|процент\w*"
NOT_COUNTS += r"|%|будин\w*|дом\w*|населен\w*|тривог\w*|тревог\w*|річн\w*|літн\w*|летн\w*"
NOT_COUNTS += r"|район\w*|громад\w*|сіл|сел(?:а|ах|ищ\w*)|міст(?:а|ах)?|город\w*|об['’ʼ]єкт\w*|объект\w*"
NOT_COUNTS += r"|квартир\w*|поверх\w*|этаж\w*|автомобіл\w*|автомобил\w*)"

AGGREGATE = (
    r"(?:з|із)\s+початку\s+(?:року|місяця|тижня|війни|вторгнення|повномасштаб\w*|широкомасштаб\w*)"
    r"|с\s+начала\s+(?:года|месяца|недели|войны|проведения|специальн\w*|СВО)"
    r"|за\s+(?:(?:минул|прошедш|прошл|останн|последн)\w*\s+|цей\s+|этот\s+|эту\s+)?"
    r"(?:тиждень|місяць|рік|неделю|месяц|год)(?!\w)"
    r"|минулого\s+(?:тижня|місяця)|на\s+прошлой\s+неделе|в\s+прошлом\s+месяце"
    r"|(?:протягом|впродовж)\s+(?:(?:цього|минулого|останнього|поточного)\s+)?(?:тижня|місяця|року)"
    r"|в\s+течение\s+(?:(?:этой|прошлой|последней|текущей)\s+)?(?:недели|месяца|года)"
    r"|(?<!\w)цього\s+тижня|на\s+этой\s+неделе"
    r"|(?:протягом|впродовж|у|в|за|в\s+течение)\s+(?:минулого\s+|прошлого\s+)?(?:"
    r"січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма[ея]"
    r"|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*(?!\s+\d)"
)

# Words every aggregate cue contains (lower case): a stretch without one holds none.
MONTH_STEMS = (
    "січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад", "груд",
    "январ", "феврал", "март", "апрел", "мае", "мая", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
    "декабр",
)
AGGREGATE_WORDS = (  # those of the cues that name no month
    "початку", "начала", "тиждень", "місяц", "рік", "неделю", "месяц", "год", "протягом", "течение", "тижн",
    "неделе",
)
AGGREGATE_NEEDLES = (*AGGREGATE_WORDS, *MONTH_STEMS)
# Narrower, on the lower-cased text: one of those words, or a month name right after a word that may
# stand before it in a cue ("у березні", "за минулого березня"), not after a day ("24 березня"). Two
# patterns: each starts with a few letters, which the engine skips to (one pattern of both cannot).
AGGREGATE_WORD_RE = re.compile(word_tree(AGGREGATE_WORDS))
AGGREGATE_MONTH_RE = re.compile(r"(?:у|в|за|впродовж|минулого|прошлого)\s+" + word_tree(MONTH_STEMS))

ATTACKED_BY_UKRAINE = (
    r"українськ\w*\s+(?:\w+\s+){0,2}?(?:бпла|безпілотн|дрон|ракет)|украинск\w*\s+(?:\w+\s+){0,2}?"
    r"(?:бпла|беспилотн|дрон|ракет)|киевск\w+\s+режим\w*|всу(?!\w)|зсу\s+атакува"
)
RUSSIA_ATTACKS = (
    r"росси\w*\s+(?:\w+\s+)?атаковал\w*|российск\w*\s+(?:\w+\s+)?(?:ракет|дрон|беспилот|удар|войск|арми)"
    r"|оккупант\w*|враг\w*|противник\w*|по\s+украине|вс\s+рф|шахед\w*|россия\s+(?:выпустила|запустила)"
)
RUSSIAN_MOD = r"минобороны|министерств\w*\s+обороны|міноборони\s+(?:рф|росії)|дежурн\w+\s+средств"
UA_AIR_FORCE = r"повітрян\w+\s+сил|радіотехнічн\w+\s+військ|тримаймо\s+небо"


def alternation(pieces: tuple[str, ...]) -> str:
    """One non-capturing group matching any piece."""
    return "(?:" + "|".join(pieces) + ")"


def compile_table(table: dict[Weapon, tuple[str, ...]]) -> list[tuple[Weapon, re.Pattern[str]]]:
    return [(weapon, re.compile(alternation(pieces), FLAGS)) for weapon, pieces in table.items()]


NOUN_PATTERNS = compile_table(WEAPON_NOUNS)
# The same nouns as one pattern, classes in table order; the group that matched names the class.
NOUN_RE = re.compile("|".join(f"(?P<{w.name}>{p.pattern})" for w, p in NOUN_PATTERNS), FLAGS)
# The nouns of one class (no "targets"), where a word starts: which classes a sentence names.
CLASS_NOUN_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{w.name}>{p.pattern})" for w, p in NOUN_PATTERNS if w is not Weapon.ANY)
    + ")", FLAGS,
)
# Scanned where a noun's first word is, or a model code ("Х-101", "С-300") may start.
NOUN_LEADS = (r"[хxк]h?-", r"[сs]-")
CLASS_NOUN_SCAN = Scanner(CLASS_NOUN_RE, leads=NOUN_LEADS)
# On the lower-cased text: where a weapon noun may start (NOUN_RE tried only there).
NOUN_START = re.compile(
    "|".join((word_tree(literal_prefixes(NOUN_RE.pattern, partial=True) or ()), *NOUN_LEADS))
)
SINGULAR_PATTERNS = [(w, re.compile(p, FLAGS)) for w, p in SINGULAR_NOUNS.items()]
SINGULAR_SCANNERS = [
    (w, Scanner(p, leads=SINGULAR_LEADS.get(w, ()), lead_needle=SINGULAR_LEAD_NEEDLES.get(w)))
    for w, p in SINGULAR_PATTERNS
]
SINGULAR_GENITIVE_RE = re.compile(SINGULAR_GENITIVE, FLAGS)
SINGULAR_GENITIVE_SCANNER = Scanner(SINGULAR_GENITIVE_RE, SINGULAR_GENITIVE_NEEDLES, SINGULAR_GENITIVE_LEADS,
                                    SINGULAR_GENITIVE_LEAD_NEEDLE)
MODEL_PATTERNS = [(re.compile(p, FLAGS), name) for p, name in MODELS]
# The same, to search a window of the lowered text (``slavic_scan.lowered``) case-sensitively: the
# engine then skips to each name's first letters, which it cannot with IGNORECASE.
MODEL_PATTERNS_LOW = [(on_lowered(pattern), name) for pattern, name in MODEL_PATTERNS]
ANY_MODEL_RE = re.compile(alternation(tuple(p for p, _ in MODELS)), FLAGS)  # rules most windows out


def index_models(models: tuple[tuple[str, str], ...]) -> tuple[dict[str, tuple[int, ...]], list[int]]:
    """The words model names start with, each to the models (by index) it starts; and the
    models to search always (names that do not start with a word)."""
    words: dict[str, tuple[int, ...]] = {}
    always: list[int] = []
    for i, (pattern, _) in enumerate(models):
        starts = literal_prefixes(pattern)
        if not starts or any(w.upper().lower() != w for w in starts):
            always.append(i)
        for word in starts or ():
            words[word] = (*words.get(word, ()), i)
    return words, always


MODEL_WORDS, MODELS_ALWAYS = index_models(MODELS)  # a window lacking a model's words is not searched
MODELS_ALWAYS_MARK = "-"  # what every name of those models holds ("С-300", "Х-101"): without it, not searched
MODELS_ALWAYS_RE = re.compile(r"-\d")  # and more narrowly: a hyphen before a digit (" - " is no model)


class TriggerTable:
    """Outcome words as one alternation, most specific first; which group matched says the outcome."""

    def __init__(self, rows: tuple[tuple[Outcome, str], ...], post: tuple[tuple[Outcome, str], ...] = ()):
        ordered = post + rows
        self.pattern = re.compile("|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(ordered)), FLAGS)
        self.scanner = Scanner(self.pattern, split=True)  # read by group names only
        self.outcomes = {f"t{i}": o for i, (o, _) in enumerate(ordered)}
        self.post = {f"t{i}" for i in range(len(post))} | {
            f"t{i + len(post)}" for i, (o, _) in enumerate(rows) if o in POST_OUTCOMES}


COUNT_TRIGGER_TABLE = TriggerTable(COUNT_TRIGGERS, ((Outcome.SHOT_DOWN, POST_WORDS),))
CASUALTY_TRIGGER_TABLE = TriggerTable(CASUALTY_TRIGGERS)
PERSON_RE = re.compile(PERSON_NOUNS, FLAGS)
VICTIMS_RE = re.compile(VICTIMS, FLAGS)
KILLED_PART_RE = re.compile(KILLED_PART, FLAGS)
SINGLE_PERSON_RE = re.compile(SINGLE_PERSON, FLAGS)
QUALIFIER_PATTERNS = [(q, re.compile(r"(?:^|[^\w'’])(?:" + p + r")\s*$", FLAGS)) for q, p in QUALIFIERS]
PART_OF_RE = re.compile(PART_OF, FLAGS)
AMONG_RE = re.compile(AMONG, FLAGS)
OUT_OF_RE = re.compile(OUT_OF, FLAGS)
RISE_TO_RE = re.compile(RISE_TO, FLAGS)
# Either of the above: one search rules out most heads (most figures are exact).
QUALIFIED_RE = re.compile(alternation((RISE_TO, *(p.pattern for _, p in QUALIFIER_PATTERNS))), FLAGS)
NOT_COUNTS_RE = re.compile(NOT_COUNTS + r"(?!\w)", FLAGS)
AGGREGATE_SCAN = Scanner(re.compile(AGGREGATE, FLAGS), AGGREGATE_NEEDLES)
ATTACKED_BY_UKRAINE_SCAN = Scanner(re.compile(ATTACKED_BY_UKRAINE, FLAGS))
RUSSIAN_MOD_SCAN = Scanner(re.compile(RUSSIAN_MOD, FLAGS))
RUSSIA_ATTACKS_SCAN = Scanner(re.compile(RUSSIA_ATTACKS, FLAGS))
UA_AIR_FORCE_SCAN = Scanner(re.compile(UA_AIR_FORCE, FLAGS))

LONE_MODEL_RE = re.compile(LONE_MODELS, FLAGS)
LONE_MODEL_LOW = re.compile(LONE_MODELS)  # the same, on the lower-cased text (case-sensitive: faster)
# "ворожий ударний БпЛА": the indeclinable noun after masculine nominative adjectives is one drone.
DRONE_ABBREVIATION = "бпла"
NOMINATIVE_ENDING = "ий"
TYPE_WORDS = ("типу ", "типа ", "типу «", "типа «", "типу \"", "типа \"")  # "БпЛА типу Shahed"
QUOTE_MARKS = "«»\"“”„"
PUNCTUATION = frozenset(",.;:!?()[]\"«»“”„")
# What each of them starts with, as a tree of letters for the lower-cased text (a plain alternation
# tries every branch at every position).
LONE_MODEL_WORDS = ("кинджал", "кинжал", "циркон", "онікс", "оникс", "нептун", "калібр", "калибр", "іскандер",
                    "искандер", "х-", "x-", "shahed")
LONE_MODEL_TREE = re.compile(word_tree(LONE_MODEL_WORDS))
# Words that make a single weapon a part of a figure said before it ("збито 30 ракет, зокрема Кинджал").
INCLUDING_RE = re.compile(r"(?:" + AMONG_HEAD + r")\s*[:\-–—]?\s*(?:\w+\s+){0,2}$", FLAGS)
# Words that make it one more than the figures before ("Також збито ракету Х-59").
ADDITIVE_RE = re.compile(r"(?<!\w)(?:також|также|крім\s+того|кроме\s+того|ще|ещё|еще)(?!\w)", FLAGS)
# "влучання ракети": after a hit noun, the genitive "ракети" is one missile ("ракет" is many).
HIT_SINGULAR_RE = re.compile(r"(?:влучан\w*|попадани\w*)\s+(ракети|ракеты)(?!\w)", FLAGS)
HIT_SINGULAR_SCANNER = Scanner(HIT_SINGULAR_RE, ("ракети", "ракеты"))
SINGULAR_GATE = Scanner(re.compile(alternation(SINGULAR_WORDS), FLAGS))
# A sentence that goes on with the previous one's verb ("А також 168 ударними БпЛА").
CONTINUATION_RE = re.compile(
    r"\s*(?:а\s+)?(?:також|также|крім\s+того|кроме\s+того|ще|ещё|еще|і|и|та|(?:з|із|из)\s+них"
    r"|у\s+тому\s+числі|в\s+тому\s+числі|в\s+том\s+числе)(?!\w)", FLAGS
)
# A figure without a noun that goes on with the figure before it ("збито 41 БпЛА, ще 17 локаційно
# втрачено", "ещё уничтожены 5"): an introducing word, then an outcome word before or after the number.
ELLIPSIS_WORDS = ("ще", "ещё", "еще", "також", "также", "і", "и", "й", "та")
ELLIPSIS_INTRO = r"(?<![\w'’ʼ])(?:(?:а|і|и|та|й)\s+)?" + alternation(ELLIPSIS_WORDS) + r"\s*[—–-]?\s*"
ELLIPSIS_QUALIFIER = r"(?:(?:" + "|".join(p for _, p in QUALIFIERS) + r")\s+)?"
ELLIPSIS_OUTCOME = alternation((*(p for _, p in COUNT_TRIGGERS), POST_WORDS))
# Right before the number: the introducing word (its outcome word follows the number).
ELLIPSIS_INTRO_RE = re.compile(ELLIPSIS_INTRO + ELLIPSIS_QUALIFIER + r"$", FLAGS)
# Before the number: the introducing word and the outcome word ("а також знищено 5").
ELLIPSIS_LEAD_RE = re.compile(
    ELLIPSIS_INTRO + ELLIPSIS_OUTCOME + r"\s*[—–-]?\s*" + ELLIPSIS_QUALIFIER + r"$", FLAGS
)
# Right before a part of a figure said before: its outcome word ("знешкодили чотири з них").
OF_THEM_LEAD_RE = re.compile(
    r"(?<![\w'’ʼ])" + ELLIPSIS_OUTCOME + r"\s*[—–-]?\s*" + ELLIPSIS_QUALIFIER + r"$", FLAGS
)
# Where a clause with an elided figure but no introducing word starts ("збито 41 БпЛА, 17 ...").
NEXT_CLAUSE = frozenset({",", "а"})
CLAUSE_MARKS = frozenset(",.;:()!")  # a figure followed by one of these ends its clause
# Before a figure ending its clause, without an introducing word: "..., локаційно втрачено 17".
# The outcome words of what became of launched weapons ("зафіксовано 2" after a comma is no figure).
FATE_OUTCOME = alternation((*(p for o, p in COUNT_TRIGGERS if o is not Outcome.LAUNCHED), POST_WORDS))
CLAUSE_LEAD_RE = re.compile(
    r"(?:,|(?<![\w'’ʼ])а|(?P<of>(?<![\w'’ʼ])(?:з|із|из)\s+(?:них|яких|которых)))"
    r"\s*(?P<outcome>" + FATE_OUTCOME + r")\s*[—–-]?\s*" + ELLIPSIS_QUALIFIER + r"$",
    FLAGS,
)
# A sentence opening with a few words and an outcome word of what became of weapons, then a bare
# figure ("Збито 45.", "Сили ППО знешкодили 45."): the figure's class is that of the sentence before.
OPENING_WORDS = 4  # words before the outcome word ("Протягом ночі силами ППО збито 45")
FATE_OPENING_RE = re.compile(
    r"\s*(?:[\w'’ʼ]+\s+){0," + str(OPENING_WORDS) + r"}?(?P<outcome>" + FATE_OUTCOME + r")\s*[—–-]?\s*"
    + ELLIPSIS_QUALIFIER, FLAGS)
# Between an outcome word and the figure right after it: a dash, a qualifier.
LEAD_GAP_RE = re.compile(r"\s*[—–:-]?\s*" + ELLIPSIS_QUALIFIER, FLAGS)
# Units of a weapon named before ("всього 24 одиниці").
UNITS_RE = re.compile(r"одиниц\w*|единиц\w*|шт", FLAGS)
# What opens a list item: a dash or bullet, or a pictograph ("🔹 4 крилаті ракети", "▪️ 2 Х-59"): geometric
# shapes, dingbats, arrows, the emoji planes (a variation selector may follow any of them)
PICTOGRAPHS = "\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"  # as ranges of a character class
ITEM_MARKS = "\\-–—•*" + PICTOGRAPHS
PICTOGRAPH_RE = re.compile(f"[{PICTOGRAPHS}]")
# A clause naming a region, then a dash, before a figure ("…, над Калужской — 3").
DASHES = frozenset("—–-")
# It may open a list item ("- на Київщині — 10;") or follow "з них" ("з них на Київщині — 10, ...").
REGION_FIRST_RE = re.compile(
    rf"(?:[,;:]|^\s*[{ITEM_MARKS}]\ufe0f?|(?<![\w'’ʼ])(?:з|із|из)\s+(?:них|яких|которых))"
    r"\s*(?:над|в|у|на)\s+[^,;:.\d]{2,60}?\s[—–-]\s*$"
    # a list item that names the region alone ("• Харківщина – 17", "- Брянская область — 12")
    rf"|^\s*[{ITEM_MARKS}]\ufe0f?\s*[А-ЯІЇЄҐ][^,;:.\d]{{2,60}}?\s[—–-]\s*$", FLAGS | re.MULTILINE)
# A figure for one region, the region right after it without a dash, its noun said before: a list
# item that opens with it ("- 10 на Київщині;") or a figure after "і"/"и" ("... и 3 над Орловской").
# The region is a name: capitalised ("на 5 локаціях" is no region).
REGION_AFTER_RE = re.compile(r"[ \t]+(?:[—–-][ \t]+)?(?:над|на|в|у)[ \t]+"
                             r"(?:территори\w+[ \t]+|територі\w+[ \t]+|акватори\w+[ \t]+)?[А-ЯІЇЄҐ]")
# What may stand before a figure that opens a list item: a mark, or nothing ("39 – над территорией …"
# on its own line under "… уничтожены 83 БПЛА:")
ITEM_HEAD_RE = re.compile(rf"[ \t]*(?:[{ITEM_MARKS}]\ufe0f?)?[ \t]*$")
REGION_LINKS = frozenset({"і", "и", "й", "та"})
# After the number: an outcome word, maybe after a dash or "було"/"были".
ELLIPSIS_AFTER_RE = re.compile(
    r"(?P<link>\s*[—–-]?)\s*(?:(?:було|були|было|были|был[аио]?)\s+)?" + ELLIPSIS_OUTCOME, FLAGS
)
# Small words that end a counted phrase: prepositions and conjunctions.
STOPWORD_TEXT = (
    "на в у з із зі по до від над під за та і й а або чи що які яких них и из от с со к о об при для "
    "как також также"
)
STOPWORDS = frozenset(STOPWORD_TEXT.split())
OUT_OF_WORDS = frozenset({"з", "із", "из"})
CONJUNCTIONS = frozenset({"та", "і", "й", "и", ","})
QUOTES = frozenset("«»“”\"„'’/")
# Small words after which a figure is never an elided count ("на 5 локаціях", "у 3 районах").
NOT_ELLIPSIS_WORDS = STOPWORDS - frozenset(ELLIPSIS_WORDS) - {"а", "до"}

# The patterns read after and before most figures, run on the lowered text where there is one.
PART_OF_LOW = Lowered(PART_OF_RE)
ELLIPSIS_AFTER_LOW = Lowered(ELLIPSIS_AFTER_RE)
ELLIPSIS_INTRO_LOW = Lowered(ELLIPSIS_INTRO_RE)
ELLIPSIS_LEAD_LOW = Lowered(ELLIPSIS_LEAD_RE)
CLAUSE_LEAD_LOW = Lowered(CLAUSE_LEAD_RE)
OF_THEM_LEAD_LOW = Lowered(OF_THEM_LEAD_RE)
