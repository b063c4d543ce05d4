"""Figures with what they measure: counts, percentages and points, money, ordinals, vote splits,
match scores, measures in any unit, temperatures, ages and quake magnitudes.

A figure's subject is the noun it counts ('212 passengers', '31 of the 50 seats'), its unit
('4.5 percent', '25 basis points', '€45m'), or the thing it ranks ('the 58th minute'). Values are
normalised so that equivalent forms agree: number words, decimal commas in translations,
thousands separators, scale words ('7.5m', 'seven and a half million'), basis points against
percentage points ('a quarter of a percentage point' = '25bp'), units ('30 km' = '19 miles',
'41C' = '106F'), a result from either side ('won 3-1' = 'lost 1-3'), and honest rounding ('just
over 48 percent' = '48.2%'). 'No one' holds no figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from digest.merge.facts import Context, Fact, words_of
from digest.merge.facts.dates import word_clocks
from digest.merge.text import NUMBER_WORDS, ORDINALS, STOPWORDS, TIME_UNIT_ABBREVIATIONS, case_apart, stem

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "milliard": 1e9, "milliards": 1e9, "trillion": 1e12, "tn": 1e12,
}
CURRENCY_SYMBOLS = {"$": "dollar", "\u20ac": "euro", "\u00a3": "pound", "\u00a5": "yen", "\u20b9": "rupee", "\u20a9": "won", "\u20bd": "rouble", "\u0192": "florin"}
CURRENCY_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "usd": "dollar", "euro": "euro", "euros": "euro", "eur": "euro",
    "pound": "pound", "pounds": "pound", "sterling": "pound", "gbp": "pound", "crown": "crown", "crowns": "crown",
    "krona": "crown", "kronor": "crown", "krone": "crown", "kroner": "crown", "koruna": "crown", "franc": "franc",
    "francs": "franc", "mark": "mark", "marks": "mark", "yen": "yen", "yuan": "yuan", "renminbi": "yuan",
    "rupee": "rupee", "rupees": "rupee", "rouble": "rouble", "roubles": "rouble", "ruble": "rouble", "rubles": "rouble",
    "ecu": "ecu", "ecus": "ecu", "\u00e9cu": "ecu", "\u00e9cus": "ecu", "peso": "peso", "pesos": "peso", "lira": "lira",
    "lire": "lira", "zloty": "zloty", "forint": "forint", "rand": "rand", "real": "real", "reais": "real", "won": "won",
    "dinar": "dinar", "dinars": "dinar", "dirham": "dirham", "dirhams": "dirham", "shekel": "shekel", "shekels": "shekel",
    "florin": "florin", "florins": "florin", "guilder": "florin", "guilders": "florin", "thaler": "thaler", "thalers": "thaler",
    "taler": "thaler", "talers": "thaler", "daler": "daler", "dalers": "daler", "ducat": "ducat", "ducats": "ducat",
    "shilling": "shilling", "shillings": "shilling", "lev": "lev", "leva": "lev", "leu": "leu", "lei": "leu", "kuna": "kuna",
    "baht": "baht", "ringgit": "ringgit", "rupiah": "rupiah", "naira": "naira", "cedi": "cedi", "kwacha": "kwacha", "hryvnia": "hryvnia",
}
APPROXIMATE = re.compile(
    r"\b(?:(?:more than|less than|fewer than|over|under|above|below|up to|at least|at most)\s+(?:about|around|roughly|some|approximately)|"
    r"nearly|almost|about|around|(?<!\bin\s)(?<!\bthe\s)(?<!\ba\s)round|roughly|some|approximately|approx\.?|circa|c\.|more than|less than|over|under|"
    r"just over|just under|up to|at least|at most|close to|upwards of|an estimated|estimated at|estimated|"
    r"above|below|fewer than|no more than|exceeding|in excess of|(?:a\s+)?minimum of|(?:a\s+)?maximum of|within|capped at|limited to)\s+$",
    re.I,
)
_APPROXIMATE_LAST = ("nearly", "almost", "about", "around", "round", "roughly", "some", "approximately", "approx", "approx.", "circa", "c.",
                     "than", "over", "under", "to", "least", "most", "of", "estimated", "at", "above", "below", "exceeding", "within")
"""The word each of APPROXIMATE's phrases ends on, in lower case: words before a figure that end on
none of them (most) need no search, which tries every phrase at every position."""


def approximate_lead(before: str) -> re.Match | None:
    """APPROXIMATE.search(before), skipped when the last word is none of _APPROXIMATE_LAST (a
    sentence with a letter lower-casing does not fold as the pattern does is searched anyway)."""
    if not before.rstrip().lower().endswith(_APPROXIMATE_LAST) and not case_apart(before):
        return None
    return APPROXIMATE.search(before)


WORD_NUMBER = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("hundred", "dozen")), key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)*"
_A_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion")
"""Scale words that 'a' counts one of ('a million people', 'a hundred and twenty')."""
_A_SCALE = f"(?:{'|'.join(_A_SCALE_WORDS)})"
NUMBER = re.compile(
    r"(?=[\daotfsenzhd])"  # what every figure starts with: lets the engine pass over other positions at once
    rf"(?<![^\W\u0192])(?<![.,/-])(?P<num>{_DIGITS}|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+dozen|dozens|"
    rf"(?:{WORD_NUMBER})(?:[- ](?:{WORD_NUMBER}))?(?=(?:st|nd|rd|th)\b|[^a-z]|$)(?:\s+and\s+a\s+half)?|a\s+dozen|a\s+half|half\s+an?\b|a(?=\s+{_A_SCALE}\b))"  # 'ten', never the start of 'tent'
    rf"(?P<scale>(?:\s*(?:hundred|thousand|million|millions|billion|billions|trillion|milliards?|mn|mln|bn|tn)\b|(?:m(?![-\s](?:high|tall|long|wide|deep|thick|across|away|below|above|beneath|underground|short|deeper|higher|longer)\b)|k|b)\b)*)"  # '60m' is 60 million, '60 m' is 60 metres; so is '40m high', '40m-long'
    rf"(?:(?P<ordinal>st|nd|rd|th)\b)?",
    re.I,
)
_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_POINT_SPOKEN = re.compile(
    rf"\s+point\s+({_DIGIT_WORD}(?:\s+{_DIGIT_WORD})*)\b((?:\s+(?:hundred|thousand|million|billion|trillion)\b)*)", re.I)
"""The decimal part of a figure told in words, and the scale after it: ' point nine million'."""
_SHARES = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two thirds": 2 / 3, "three quarters": 0.75}
_SHARE_OF_WHOLE = re.compile(
    r"(?<![\w-])(half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|one)\s+of\s+(?:the|its|their|these|those)\s+"
    r"(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+((?-i:[a-z]{3,}))\b", re.I)
"""A share of a counted whole in words: 'half of the 400 workers' (200 of them), 'one of the three
suspects' (one of them), 'two-thirds of its 90 members'. The whole is counted as a whole. (A
count in digits or another number word, 'two of the three Holm patents', is read with the figures.)"""
_HALF_OF = re.compile(r"(?<![\w-])(?<!a\s)(?<!one\s)(?<!the\s)(?<!first\s)(?<!second\s)(?<!last\s)(?<!latter\s)(?<!other\s)half\s+of\b", re.I)
"""A share told as 'half of' with no article ('nearly half of the homes'); 'a half' and 'one half' are FRACTION's."""
_A_FLOOR_OR_CEILING = re.compile(r"\b(?:more|less|fewer)\s+than\s+$|\b(?:over|under|at\s+least|at\s+most|up\s+to)\s+$", re.I)
_EVERY_ONE_BEFORE = re.compile(r"\b(?:every|each|any|not|no)\s+$", re.I)
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
_WHOLE_AND = re.compile(rf"(?:\b\d+|\b(?:{WORD_NUMBER}))\s+and\s+$", re.I)
"""A whole figure and 'and' before 'a half': one figure told in two parts."""
_COMPARATIVES = frozenset({"less", "more", "fewer", "lower", "higher", "cheaper", "dearer", "smaller", "bigger", "larger", "shorter", "longer"})
"""Words after a fraction that make it a share of change ('land a fifth less cod', 'a third more
trains'), not an ordinal ('a third term')."""
FRACTION = re.compile(r"\b(a|one|two|three|four|seven|nine)(?:\s+|-(?=[a-z]+s\b))(half|thirds?|quarters?|fifths?|tenths?)\b(\s+of\s+an?\s+(percentage\s+)?point)?", re.I)
SPLIT = re.compile(
    rf"(?<![\d,.])\b(?P<a>\d+|{WORD_NUMBER})\s*(?:votes?\s+)?(?:to|against|[-\u2013])\s*(?:(?-i:[A-Z][\w-]*)['\u2019]s\s+)?(?P<b>\d+|{WORD_NUMBER})\b(?![,.]\d)(?:\s+(?:votes?|voices|split|decision|majority|vote))?",
    re.I,
)
"""A vote's split: '21 votes to 16', '59 to 41', 'with 59 votes to Holm's 41'."""
FOR_AND_AGAINST = re.compile(
    rf"(?<![\d,.\w-])(?P<a>\d+|(?:{WORD_NUMBER})(?:-(?:{WORD_NUMBER}))?)\s+(?:[a-z]+\s+){{0,2}}?(?:voted\s+(?:for|in\s+favou?r)|in\s+favou?r|backed|supported)\b[^.;]{{0,50}}?(?:,|\band\b)\s*"
    rf"(?P<b>\d+|(?:{WORD_NUMBER})(?:-(?:{WORD_NUMBER}))?)\s+(?:[a-z]+\s+)?(?:against|opposed|voted\s+against)\b", re.I)
"""A vote told as so many for and so many against ('38 councillors voted for the scheme, 21
against', 'Thirty-eight councillors backed the plan and 23 opposed it')."""
PART_OF_BODY_FOR = re.compile(
    rf"(?<![\d,.\w-])(?P<a>\d+|(?:{WORD_NUMBER})(?:-(?:{WORD_NUMBER}))?)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z]+['\u2019]s\s+)?"
    rf"(?P<w>\d+|(?:{WORD_NUMBER})(?:-(?:{WORD_NUMBER}))?)\s+(?:[a-z]+\s+){{0,2}}?(?:voted\s+(?:for|in\s+favou?r)|backed|supported|approved|endorsed)\b", re.I)
"""A vote told as the part of a body that backed it ('Nine of the board's eleven members backed
the plan'): a split of the part and the rest."""
SPLIT_CONTEXT = re.compile(r"\b(vot\w*|split|ballot|majority|decision|voices|approv\w*|adopt\w*|abstention\w*)\b", re.I)
_A_WHOLE_UNIT = re.compile(r"\ban?\s+(?:full|whole|entire)\s+(year|month|week|day|hour|minute)(?:['\u2019]s\b|\s+of\b)", re.I)
"""One whole unit of time given as an amount: 'a full week of free service', 'an entire year's pay'."""
DURATIONS = {"year": 365.0, "month": 365 / 12, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400}
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
UNITLESS = {"time", "times", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "local", "o'clock", "o\u2019clock", "h"} | CALENDAR
_SKIP_BEFORE_UNIT = STOPWORDS | {"more", "other", "additional", "further", "extra", "new", "per", "some", "fixed", "up", "front",
                                  "different", "separate", "distinct", "individual"}
"""Words between a figure and what it counts that say which or how many of it, not what: 'six
different options' counts options, 'a dozen different ways' ways."""
_PERCENT = re.compile(r"^\s*(%|per\s?cent\b|pct\b|percent\b|procent\b|proc\.|prozent\b|pour\s?cent\b|por\s?ciento\b|per\s?cento\b|percento\b)", re.I)
"""Per cent as English writes it and as translations leave it ('3,1 procent', '6,1 proc.', '4 pour cent')."""
_POINTS = re.compile(r"^\s*(?:-\s*)?(percentage[- ]points?|pct\.?\s*points?|points?|(?:basis|base)[- ]points?|bps?\b|pp\b)", re.I)
"""Points of a rate: percentage points, basis points (a translation's 'base points', from 'punti
base' or 'points de base'), or plain points."""


_SPACES = re.compile(r"[ \u00a0\u202f]")
_PARTS = re.compile(r"[- ]")
_OF_COUNT = re.compile(rf"^\s+of\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?!(?:for|over|in|during|within|per|after|before|until|by|with|from|to|on|at)\s)[\w'\u2019]+\s+){{0,3}}?(\d[\d,.]*|{WORD_NUMBER})\s+([A-Za-z\u00c0-\u024f-]+)", re.I)
"""'106 of the 200 seats': the noun of the whole a part is counted of. A preposition between opens a
phrase of its own ('88,6 millions of marks for the four years': marks, not years)."""
_UNIT_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019-]*|[^\sA-Za-z]")
_TWICE = re.compile(r"\b[Tt]wice\b(?!\s+(?:as|the|a|an|per|that|what|over|more|daily|weekly|monthly|yearly|a-week|a-year)\b)")
"""How many times a thing happened, told as 'twice'; not a ratio ('twice as many', 'twice the size')
nor a frequency ('twice a week')."""
_HYPHEN_UNIT = re.compile(r"^-(year|month|week|day|hour|minute|point|seat|member|man|strong|metre|meter|mile|kilometre|kilometer|foot|yard|inch|tonne|ton|kilo|kilogram|gram|litre|liter|hectare|acre|kilowatt|megawatt|gigawatt|storey|story|season|game|match|round|lap|stage|episode|night|time)s?\b", re.I)
_SHORT_SUFFIX = re.compile(r"[a-z]{1,2}\b")
_NAME_BEFORE = re.compile(r"\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Some|All|Only|About|Almost|Nearly|Just|Another|Every|Each|Over|Under|But|And|Yet|So|Or|Nor|Now|Then|Still|Also|Even|Around|Roughly|Approximately|Exactly|More|Fewer|Less|Most|With|After|Before|Of|For|When|While|If|Although|Though|Because|As|Including|Altogether|Overall|Already|Today|Yesterday)\s)([A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*)\s+(?:of\s+[A-Z][a-z]+\s+)?$")
"""A name a number belongs to ('Pipeline 3', 'Terminal 2', a product's 'iOS 12'); a capitalised little word opening the
sentence ('The 118-metre ship', 'But 16 stores will close') is none, nor a day or month (CALENDAR: a translation puts the day
first, 'has cancelled on Monday 140 flights')."""
_AMOUNT_AFTER = re.compile(r"^\s*(%|per|percent|million|billion|thousand|mln|mn|bn|tn|times)\b", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:In|On|By|At|Since|From|Until|To)\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_MINUTE_MARK = re.compile(r"^['\u2019](?![a-z])")
_AT_THE = re.compile(r"\b(at|in)\s+the\s+$")
_NO_ONE = re.compile(r"\b(no|not|any|every|each|which|the|only|same|another)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"^\s?(?:a\.?m\b\.?|p\.?m\b\.?|(?:hrs?|h)\b|(?:gmt|utc|cet|cest|bst|local time)\b|o['\u2019]clock\b)", re.I)
_HOURS_THEN_MINUTES = re.compile(r"^\s?(?:hrs?|h)\b\.?,?\s+\d{1,2}\s?(?:min(?:ute)?s?)\b", re.I)
"""'2 h. 19 min', '3 hrs 10 mins': hours a length of time goes on from in minutes, not a clock's hour."""
_O_CLOCK = re.compile(r"^\s*o['\u2019]clock\b|^\s+in\s+the\s+(?:morning|afternoon|evening)\b|^\s+at\s+night\b", re.I)
"""'Four o'clock', 'four in the morning', 'ten at night': an hour of the day."""
_CLOCK_TOKEN = re.compile(r"^[012]?\d[.:][0-5]\d$")
_HOURS_AFTER = re.compile(r"^\s+hours\b", re.I)
"""'At 14.37 hours': a clock time after 'at', its hours written out, as translations and officials put it."""
_ONE_HOUR_AFTER = re.compile(r"^\s+hour\b(?!s)", re.I)
"""'21.30 hour': a clock time with its word for o'clock ('Uhr', 'heure') rendered as one hour."""
_AT_HOUR = re.compile(r"\b(?:at|by|from|until|till|before|after|since)\s+(?:(?:the\s+)?hour\s+|around\s+|about\s+)?$", re.I)
_OTHER_BEFORE_UNIT = re.compile(r"\b(?:other|more|additional|further|extra)\b", re.I)
_OF_THEM = re.compile(r"^\s+of\s+(?:them|these|those|which|whom|us|you)\b", re.I)
_OF_THEM_DEAD = re.compile(r"^\s+of\s+(?:them|whom|which)\s+(?:were\s+|was\s+|had\s+)?(?:(dead|died|killed)|(?:(?:seriously|badly|slightly)\s+)?(?:injured|hurt|wounded))\b", re.I)
_OF_THEM_IN_HOSPITAL = re.compile(r"^\s+of\s+(?:them|whom|which)\s+(?:were|was|are|is|had\s+been|have\s+been|remain|remained)\s+(?:still\s+)?(?:in\s+hospital|hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+)?hospital)\b", re.I)
_BOUND_ON_A_UNIT = re.compile(r"\b(?:more\s+than|less\s+than|nearly|almost|just\s+over|just\s+under|at\s+least)\s+(an?\s+(year|month|week|day|hour|minute))\b(?!\s+(?:and|or|ago|later|earlier|before|after)\b|['\u2019-])", re.I)
"""'For more than a minute', 'nearly an hour': one unit of time as a floor or a ceiling, a length
of time as '43 seconds' is ('a year' alone is a rate or a span: 'twice a year', '88.6 million a year')."""
_UNIT_AND_A_HALF = re.compile(r"\b(?:an?|one)\s+(year|month|week|day|hour|minute)\s+and\s+a\s+half\b", re.I)
_TIMES_AS_A_RATIO = re.compile(r"\s+(?:as|more|less|fewer|the|that|than|what|over|[a-z]+er)\b", re.I)
"""'three times as many', 'four times higher', 'five times the size': a ratio, no count of occurrences."""
_AT_A_TIME = re.compile(r"^\s+[a-z-]+\s+at\s+a\s+time\b", re.I)
_ONE_OF_MOST = re.compile(rf"\s+of\s+(?:the|its|their|his|her|our|your)\s+(?:most|least|best|worst|[a-z]{{2,}}est)\b|\s+of\s+(?:its|their|his|her|our|your|these|those)\s+(?!\d|(?:{WORD_NUMBER})\b)", re.I)
"""'One of the biggest', 'one of its cranes': one member of a group, no count of it ('one of its
three shifts' counts one of the three)."""
_A_MEMBER_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|becomes|became|as)|,)\s+$", re.I)
_OF_THE_GROUP = re.compile(rf"\s+of\s+the\s+(?!\d|(?:{WORD_NUMBER})\b)[a-z]", re.I)
"""'Selma is one of the children on the ward', 'Holm, one of the riders, ...': who someone is, a
member of a group, no count of it (unlike 'one of the two pilots was hurt')."""
_MEASURED_BEFORE = re.compile(
    r"([A-Za-z]{3,})\s+(?:(?:has\s+|have\s+|had\s+)?(?:fell|fallen|rose|risen|dropped|grew|grown|shrank|shrunk|sank|sunk|climbed|increased|decreased|jumped|slipped)\s+to"
    r"|at|was|were|is|are|(?:will|would|to)\s+be|(?:has|have|had)\s+been|stood at|stands at|stand at|remains at|remained at|reached|totalled|totaled|of|to|hit)\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|almost|just\s+over|just\s+under|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|an\s+estimated)\s+)?$")
"""Patterns the readers below use, compiled once."""


def _noun_before(text: str, start: int) -> str:
    """The noun a figure measures when it stands before it ('the toll stood at 38'), in lower case."""
    before = _MEASURED_BEFORE.search(text[max(0, start - 60):start])
    if before and before.group(1).lower() not in STOPWORDS and before.group(1)[0].islower():
        if before.group(1).lower().endswith("ed"):  # 'the number of flights cancelled to 71', 'is corrected to 1,290': a verb, the noun went before it
            counted = _COUNT_OF.search(text, max(0, start - 200), start)
            if counted:
                return counted.group(1).lower()
        return before.group(1).lower()
    return ""


_COUNT_OF = re.compile(r"\b(?:number|count|total|tally)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}s)\b[^.;]*$", re.I)
"""'the number of high-risk customers … is corrected to 1,290': the things a count is of."""


_FIRST_LETTERS = re.compile(r"^\W*([A-Za-z]+)")


def _no_unit_after(after: str) -> bool:
    m = _FIRST_LETTERS.match(after)
    return m is None or m.group(1).lower() in STOPWORDS


def parse_number(token: str, continental: bool = False) -> float | None:
    """'2,300,000', '2,3' (decimal comma), '75.000' (a translation's thousands), '18 000', 'seven'."""
    t = token.strip().lower()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    t = _SPACES.sub("", t)
    if not t or not t[0].isdigit():
        return None
    if "," in t and "." in t:
        decimal = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in t:
        groups = t.split(",")
        thousands = all(len(g) == 3 for g in groups[1:]) and (not continental or len(groups) > 2 or groups[1].endswith("00"))  # nobody writes a decimal '4,000' or '1,200'; a translation's '88,6' is one
        t = t.replace(",", "") if thousands else t.replace(",", ".", 1).replace(",", "")
    elif "." in t:
        groups = t.split(".")
        thousands = all(len(g) == 3 for g in groups[1:]) and (continental or len(groups) > 2)
        t = t.replace(".", "") if thousands else t
    try:
        return float(t)
    except ValueError:
        return None


def number_value(token: str, continental: bool = False) -> float | None:
    """A figure written in digits or in words ('41', '2,3', 'five', 'twenty-one')."""
    value = parse_number(token, continental)
    return value if value is not None else _word_value(token)


def _word_value(text: str) -> float | None:
    t = text.lower().strip()
    if t in ("a half", "half a", "half an"):
        return 0.5
    if t == "a":
        return 1.0  # 'a' before a scale word: 'a million'
    if t == "dozens":
        return None
    half = t.endswith("and a half")
    if half:
        t = t[: -len("and a half")].strip()
    if t.endswith("dozen"):
        head = t[: -len("dozen")].strip()
        base = 1 if head in ("a", "") else NUMBER_WORDS.get(head)
        return None if base is None else base * 12.0
    parts = _PARTS.split(t)
    if not all(p in NUMBER_WORDS for p in parts):
        return None
    value = float(sum(NUMBER_WORDS[p] for p in parts))
    return value + 0.5 if half else value


def _scale(words: str) -> float:
    factor = 1.0
    for w in words.lower().split():
        factor *= SCALES.get(w, 1.0)
    return factor


_MONTH_WORD = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
"""A month as written, whole or cut short ('March', 'Mar.'), never the start of another word ('marks')."""
_AFTER_MONTH = re.compile(rf"\b{_MONTH_WORD}\.?\s+$", re.I)
_BEFORE_MONTH = re.compile(rf"^(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_MONTH_WORD}\b", re.I)


def _unit_after(text: str, at: int) -> tuple[str, int]:
    """The noun a figure counts: the first word after it that is not a stop word ('212 passengers',
    'six crew members', '106 of the 200 seats' takes the count's noun after the second figure)."""
    rest = text[at:]
    m = _OF_COUNT.match(rest)
    if m and not m.group(2).lower() in UNITLESS:
        head = _NOUN_AFTER_NAME.match(rest, m.end()) if m.group(2)[:1].isupper() else None
        if head and head.group(1) not in STOPWORDS and head.group(1) not in _VERB_AFTER_COUNT:
            return head.group(1), at + head.end()  # 'two of the three Quillon patents': patents, not Quillon
        return m.group(2).lower(), at + m.end()
    for k, m in enumerate(_UNIT_WORD.finditer(rest[:60])):
        word = m.group(0).lower().strip("'\u2019")
        if not word[:1].isalpha():
            return "", at
        if word in _VERB_AFTER_COUNT or word in NUMBER_WORDS or word in _ADVERBS_AFTER_COUNT or word in _CLAUSE_OPENERS:
            return "", at  # 'Two were found', 'three had died': the count is a verb's subject, its noun went before; '141 against and eight abstentions': the next figure's noun; 'four still missing', 'two from them however': no noun after it
        if k == 0 and word in _JOINING and not _AND_A_HALF.match(rest, m.start()):
            return "", at  # 'the Centre took 16 and the Greens 11': what follows is the next count, not this one's noun
        if word in _SKIP_BEFORE_UNIT or word.endswith("-old"):
            continue
        head = _NOUN_AFTER_NAME.match(rest, m.end()) if m.group(0)[:1].isupper() else None
        owned = _PLURAL_AFTER_TWO_WORD_NAME.match(rest, m.end()) if head else None
        if owned and owned.group(1) not in STOPWORDS | _VERB_AFTER_COUNT:
            return owned.group(1), at + owned.end()  # 'seven Orsk Bakery shops': a name of two words (a firm's, a place's) owns what is counted; one word may be a people's ('23 Kalvessian diplomats')
        if head and head.group(1) not in STOPWORDS and head.group(1) not in _VERB_AFTER_COUNT and (_POSSESSIVE_END.search(m.group(0)) or _A_WHOLE_BEFORE.search(text, max(0, at - 30), at)):
            return head.group(1), at + head.end()  # "three of Quillon's patents", 'of the five Brennick schools' (the whole a part is of): the noun counted ('23 Kalvessian diplomats' stay Kalvessian)
        if word in _REPORTS_OF and (told := _REPORTED_THING.match(rest, m.end())):
            return told.group(1), at + told.end()  # '37 reports of fires' counts fires, as '47 fires' does
        if _A_MODIFIER.search(word) and (plural := PLURAL_NEXT.match(rest, m.end())) and plural.group(1) not in STOPWORDS | _VERB_AFTER_COUNT:
            return plural.group(1), at + plural.end()  # '64 shipping containers', '12 regional airports': the noun the modifier stands before
        return word, at + m.end()
    return "", at


_REPORTS_OF = frozenset({"reports", "incidents", "instances", "cases"})
"""Nouns that count what they are reports of: '37 reports of fires' is a count of fires reported."""
_REPORTED_THING = re.compile(r"\s+of\s+([a-z]{3,}(?<!ian)(?<!ist)(?<!er)(?<!or)s)\b(?!['\u2019-])")
"""What the reports tell of, not who made them: 'two reports of musicians' (a translation's 'by')."""


MODIFIER_ENDINGS = r"(?:ing|al|ic|ive|ous|ful|ish|less|able|ible|ary|ern)"
_A_MODIFIER = re.compile(rf"[a-z]{{2}}{MODIFIER_ENDINGS}$")
"""A word shaped as a modifier ('shipping', 'regional', 'electric', 'northern'): before a plural
noun it is not what a count counts."""
PLURAL_NEXT = re.compile(r"\s+([a-z]{3,}(?<![su])s)\b")
"""The next word, lower case and plural ('containers', not 'bus' or 'glass')."""
_JOINING = frozenset({"and", "or", "but"})
_CLAUSE_OPENERS = frozenset({"when", "whenever", "if", "unless", "because", "while", "although", "though", "once", "where", "whereas"})
"""Words that open a new clause after a figure ('45,000 when it opens'): its noun is not after them."""
_AND_A_HALF = re.compile(r"and\s+a\s+(?:half|quarter)\b", re.I)


_PLURAL_AFTER_TWO_WORD_NAME = re.compile(r"\s+[A-Z][\w\u00c0-\u024f'\u2019-]*\s+([a-z]{3,}(?<![su])s)\b")
"""The plural after the rest of a name of two words ('[Orsk] Bakery shops'): longer names, read so, cost a false callout on the other genres."""
_NOUN_AFTER_NAME = re.compile(r"(?:\s+[A-Z][\w\u00c0-\u024f'\u2019-]*)?\s+([a-z][a-z-]{2,})\b")
"""The lower-case noun after a name that stands before it ('Quillon patents', 'Holm Valley farms')."""
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_SUPERLATIVE_OF = re.compile(r"\bthe\s+(?:(?:small|larg|bigg|old|young|new|high|low|long|short|busi|great|clos|near|fast|slow|rich|poor|earli|lat|heavi|light)est|most\s+[a-z]+|least\s+[a-z]+)\s+of\s+(?:the|its|their|his|her)\s+$", re.I)
"""'The smallest of the nine schools', 'the most visited of its four museums': the count is the whole
one of them is picked from, not a count of things the sentence tells of."""
_A_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|its|their|his|her)\s+\S+$", re.I)
"""'… of the five' before a figure's noun: the whole a part is counted of, whose noun _OF_COUNT reads past a name."""


_VERB_AFTER_COUNT = frozenset("was were is are had have has be been will would could can may might did do does".split())
_ADVERBS_AFTER_COUNT = frozenset("however still yet already alone apiece instead though together respectively later earlier again even so ahead behind".split())
"""Words after a count that are no noun it counts ('four still unaccounted for', 'two from them
however'): its noun, if any, went before."""


_SIZE_UNITS = frozenset({"seat", "member", "strong"})
_NOUN_NEXT = re.compile(r"s?\s+(?!(?:and|or|to|in|of|on|at|for|from|with|by|majority|lead|margin|advantage|gap|swing)\b)[a-z]{3,}")
"""A noun right after a hyphenated count of seats or members ('the 151-seat chamber', 'the
21-member board'): the size of the body, a whole, not seats won or members who voted."""


def _hyphen_unit(text: str, end: int) -> str:
    m = _HYPHEN_UNIT.match(text[end:])
    return m.group(1).lower() if m else ""


_PROPORTION = re.compile(rf"\b(\d+|{WORD_NUMBER})\s+(?:out\s+of|in|of)\s+every\s+(\d+|{WORD_NUMBER})\b", re.I)
"""A share told as so many in every so many ('four out of every five shares', 'one in every ten')."""
_GRADED_AFTER = r"\s+(?!(?:from|with|were|will|after|before|preview|winner|victory|finish|start)\b)[a-z]{4,}\b"
"""The noun a numbered stage grades ('stage 3 restrictions', 'stage 2 cancer'): a word of four
letters or more after the number that tells no race's day ('stage 11 preview', 'stage 12 after')."""
_LEVEL_WORDS = frozenset({"level", "category", "grade", "tier", "signal", "alert", "force"})
_LEVEL = re.compile(
    rf"\b(?:{'|'.join(_LEVEL_WORDS)})\s+(?:no\.?\s*|number\s+)?(?P<n>\d{{1,2}}|{WORD_NUMBER})\b(?![.,]\d|\s*(?:%|per\s*cent|percent))"
    rf"|\b(?:at|to)\s+(?P<r>\d{{1,2}}|{WORD_NUMBER})\s+(?:out\s+of|on\s+a\s+scale\s+of)\s+(?:\d{{1,2}}|{WORD_NUMBER})\b(?!\s+[a-z]+s\b)"
    rf"|\b(?:{'|'.join(_LEVEL_WORDS)})\s+(?:[a-z]+\s+){{1,3}}?(?:at|to)\s+(?P<s>\d{{1,2}}|{WORD_NUMBER})\s+of\s+(?:\d{{1,2}}|{WORD_NUMBER})\b(?!\s+[a-z]+s\b)"
    rf"|\bstage\s+(?P<u>\d{{1,2}}|{WORD_NUMBER}){_GRADED_AFTER}"
    rf"|\b(?:alert|warning|danger|threat|risk)\s+level\s+(?:(?:for|of|in|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:to|at)\s+(?P<t>\d{{1,2}}|{WORD_NUMBER})\b(?![.,]\d|\s*(?:%|per\s*cent|percent)|\s+of\b)", re.I)
"""A step on a scale: a warning's level, a storm's category ('Signal No. 5', 'level 3', 'category
four', 'raised the alert level for Brennhold to 4'), or a rating ('put the risk at four out of five'),
not a share ('four out of five voters'). A stage is one only before what it restricts or grades
('stage 3 restrictions', 'stage 2 cancer'): a race's or a tour's 'stage 11' names one day of it."""
_STAGE_OF_A_SERIES = re.compile(rf"\bstage\s+(?:\d{{1,2}}|{WORD_NUMBER})\b(?!{_GRADED_AFTER})(?![.,]\d)", re.I)
"""A stage named by its number with no noun it grades after it ('takes stage 11', 'on stage six to
Varrow', 'Stage 12 preview'): one day of a race or a tour, a label, not a figure."""
COLOUR_STEPS = {"green": 1.0, "yellow": 2.0, "amber": 3.0, "orange": 3.0, "red": 4.0}
"""Colours of a warning scale as its steps: amber and orange are one step, as warning services
name it in different countries."""
_COLOUR_LEVEL = re.compile(
    r"\b(?P<c>green|yellow|amber|orange|red)\s+(?:[a-z-]+\s+){0,2}?(?:warnings?|alerts?|alarms?)\b"
    r"|\b(?:code|level|alert)\s+(?P<d>green|yellow|amber|orange|red)\b", re.I)
"""A warning told by its colour: 'an orange warning for extreme heat', 'a red weather alert', 'code red'."""


def colour_named(f: Fact) -> bool:
    """Whether a level was told by its colour ('an orange warning', 'code red')."""
    return f.subject == "level" and any(c in f.text.lower() for c in COLOUR_STEPS)


_SUPERLATIVES = {"largest": "large", "biggest": "large", "greatest": "large", "highest": "high", "tallest": "high",
                 "lowest": "low", "smallest": "small", "longest": "long", "shortest": "short", "deadliest": "deadly",
                 "worst": "bad", "best": "good", "strongest": "strong", "heaviest": "heavy", "busiest": "busy",
                 "oldest": "old", "youngest": "young", "costliest": "costly", "fastest": "fast", "wettest": "wet"}
"""Superlatives of common gradable adjectives, those of one meaning folded together ('largest' and
'biggest'): the rank of a thing among its kind."""
_ALL_TIME = re.compile(r"\s+(?:ever\b|on\s+record\b|of\s+all\s+time\b|in\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019]+\s+){0,3}?history\b)", re.I)
"""What makes a superlative a rank among all of its kind: 'ever', 'on record', 'in the port's history'."""
_IN_A_SERIES = re.compile(
    rf"\b(?:it|this)\s+(?:is|was|marks|marked|would\s+be|will\s+be)\s+(?:already\s+|now\s+|only\s+)?(?:the|its|their)\s+(?:[A-Za-z]+['\u2019]s\s+)?(?P<ord>{'|'.join(ORDINALS)})\s+[a-z]+"
    rf"|\b(?:is|was|would\s+be|will\s+be)\s+(?:already\s+|now\s+|only\s+)?the\s+(?P<ord2>{'|'.join(ORDINALS)})\s+(?=(?:at|in|on|since|for)\s)"
    rf"|\b(?:became|becomes|become|becoming|as)\s+(?:the|its|their|[A-Z][\w\u00c0-\u024f-]+['\u2019]s)\s+(?:[a-z]+['\u2019]s\s+)?(?P<ord3>{'|'.join(ORDINALS)})\s+[a-z]+", re.I)
"""Where the story's event stands in a series: 'It is the third time the opening has been
postponed', 'It is the second delay', 'It is the company's first profit warning', and with the
noun left out, 'the strike is the first at the port since 1998'; and after what a thing became,
'became the country's ninth national park', 'declared the bay as the region's fifth reserve'."""
_ORDINAL = rf"(?P<ord>{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
_POSITION = re.compile(
    rf"\b(?:on|from|to|at)\s+the\s+{_ORDINAL}[-\s](?P<floor>floor|storey|story|deck)\b"
    rf"|\b(?:finish(?:ed|es)?|came|comes|placed|ranked|ranks|sits|sat|lies|lay)\s+{_ORDINAL.replace('ord>', 'rank>')}(?![-\w])"
    rf"|\b(?:in|into)\s+{_ORDINAL.replace('ord>', 'place>')}\s+place\b", re.I)
"""Where a thing is: 'on the third floor' (its floor), 'finished 16th', 'came second', 'in fifth
place' (its place in a ranking)."""
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)", re.I)
"""What _POSITION needs in a sentence that names no ordinal in words ('16th'): without it the pattern is not run."""
_ONE_OF_THE = re.compile(r"\b(?:one|some|several|two|three|among)\s+(?:of\s+)?(?:the|its|their)\s+$", re.I)
_RANKED = re.compile(
    rf"\b(?:(?P<ord>{'|'.join(ORDINALS)})[-\s])?(?P<adj>{'|'.join(_SUPERLATIVES)})\s+(?:(?!(?:in|on|of|at|for|since|ever|to|and|or|than)\b)[a-z]+\s+){{0,2}}?(?P<noun>[a-z]{{4,}})\b(?=\s+(?:ever|in|on|of|at|since|for|this|so|to)\b|\s*[,.;]|$)", re.I)
"""A thing's rank among its kind: 'the second-largest cocaine seizure ever', 'the biggest seizure in
the port's history' (the noun ends the phrase: what is ranked)."""
_CODED_MONEY = re.compile(r"(?=[A-Z])(?<![\w.-])([A-Z]{3})\s?(\d{1,3}(?:[.,]\d+)*)(?:\s?(m|mn|bn|k|million|billion)\b|(?<=\d[.,]\d\d\d)\b)")
"""A sum after its currency's three-letter code, with a scale or thousands ('TFL 112.0m', 'EUR 5.5m',
'USD 300,000'): a code before a bare small number ('BBC 2') is none."""
_ABBREVIATED_MONEY = re.compile(r"(?=[A-Z])(?<![\w.])([A-Z](?:[a-z]{0,2}|[A-Z]))(\d+(?:[.,]\d+)?)(m|mn|bn|k)\b")
"""A sum written with its currency's abbreviation joined to it ('Cr36.8m', 'Dh2bn', 'Rs10m',
'MK1.9bn'). Both patterns say their capital first, as a lookahead: the engine tries the lookbehind
only where a capital stands, not at every character of a sentence with a digit."""


def _currency_abbreviated(letters: str) -> str | None:
    """The one currency whose name starts with the abbreviation's first letter and holds the rest
    in order ('Cr' crown, 'Kr' krona, 'Dh' dirham); None when no currency or several fit."""
    first, rest = letters[0].lower(), letters[1:].lower()
    fits = {currency for word, currency in CURRENCY_WORDS.items() if word[0] == first and _in_order(rest, word[1:])}
    return fits.pop() if len(fits) == 1 else None


_ISO_CODES = {"usd": "dollar", "cad": "dollar", "aud": "dollar", "nzd": "dollar", "hkd": "dollar", "sgd": "dollar", "eur": "euro",
              "gbp": "pound", "chf": "franc", "sek": "crown", "nok": "crown", "dkk": "crown", "czk": "crown", "isk": "crown",
              "pln": "zloty", "huf": "forint", "jpy": "yen", "cny": "yuan", "inr": "rupee", "rub": "rouble", "zar": "rand", "brl": "real"}
"""Common ISO 4217 codes; any other three-letter code is read by its last letters ('TFL', a florin)."""


def _currency_of_code(code: str) -> str | None:
    """The currency a three-letter code names: a known ISO code, else the one currency whose name
    starts with the code's last two letters, or its last letter ('TFL': florin); None when several fit.
    A code that spells its currency's name in order ('FLN': florin) is that currency first."""
    code = code.lower()
    if code in _ISO_CODES:
        return _ISO_CODES[code]
    spelled = _currency_abbreviated(code)
    if spelled:
        return spelled
    for tail in (code[1:], code[2:]):
        fits = {currency for word, currency in CURRENCY_WORDS.items() if word.startswith(tail) and len(word) > 2}
        if len(fits) == 1:
            return fits.pop()
    return UNKNOWN_CURRENCY


UNKNOWN_CURRENCY = "?"
"""The currency of a code no rule reads ('VMK 4.2m'): some currency, compared with a sum in any."""


def currencies_apart(a: Fact, b: Fact) -> bool:
    """Two sums in two currencies, neither one a code no rule reads."""
    return a.value[0] != b.value[0] and UNKNOWN_CURRENCY not in (a.value[0], b.value[0])  # type: ignore[index]


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in letters)


def _is_year(value: float, token: str) -> bool:
    return token.isdigit() and len(token) == 4 and 1800 <= value <= 2100


def _inside_name(text: str, start: int, end: int) -> bool:
    """'TX204', 'AB-310', 'H5N1', 'Pipeline 3': part of a name or code, not a figure."""
    before = text[max(0, start - 1):start]
    after = text[end:end + 1]
    if before.isalpha() and before not in CURRENCY_SYMBOLS or after.isalpha() and not text[end:end + 3].lower() in ("bn ", "m ", "k ") and not _SHORT_SUFFIX.match(text[end:end + 3]):
        return True
    if before == "-" and text[max(0, start - 2):start - 1].isalpha():
        return True
    prior = text[max(0, start - 30):start]
    token = text[start:end]
    if not token.isdigit() or len(token) > 3 or _unit_after(text, end)[0] in CURRENCY_WORDS:
        return False
    named = _NAME_BEFORE.search(prior)
    return bool(named) and named.group(1).lower() not in CALENDAR and text[start].isdigit() and not _AMOUNT_AFTER.match(text[end:]) and not _PREPOSITION_BEFORE.search(prior) \
        and not APPROXIMATE.search(prior.lower())  # 'Approximately 12 tonnes': a figure rounded, no name


MEASURES = {
    # unit word (lower case) -> (what it measures, factor to the base unit: metres, km/h, kilograms, hectares)
    "mm": ("length", 0.001), "millimetre": ("length", 0.001), "millimetres": ("length", 0.001), "millimeter": ("length", 0.001), "millimeters": ("length", 0.001),
    "cm": ("length", 0.01), "centimetre": ("length", 0.01), "centimetres": ("length", 0.01), "centimeter": ("length", 0.01), "centimeters": ("length", 0.01),
    "m": ("length", 1.0), "metre": ("length", 1.0), "metres": ("length", 1.0), "meter": ("length", 1.0), "meters": ("length", 1.0),
    "km": ("length", 1000.0), "kilometre": ("length", 1000.0), "kilometres": ("length", 1000.0), "kilometer": ("length", 1000.0), "kilometers": ("length", 1000.0),
    "inch": ("length", 0.0254), "inches": ("length", 0.0254),
    "ft": ("length", 0.3048), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "yard": ("length", 0.9144), "yards": ("length", 0.9144), "mile": ("length", 1609.344), "miles": ("length", 1609.344), "nautical mile": ("length", 1852.0), "nautical miles": ("length", 1852.0),
    "kph": ("speed", 1.0), "km/h": ("speed", 1.0), "kmh": ("speed", 1.0), "mph": ("speed", 1.609344), "knot": ("speed", 1.852), "knots": ("speed", 1.852),
    "kg": ("mass", 1.0), "kilogram": ("mass", 1.0), "kilograms": ("mass", 1.0), "kilo": ("mass", 1.0), "kilos": ("mass", 1.0),
    "gram": ("mass", 0.001), "grams": ("mass", 0.001), "lb": ("mass", 0.45359237), "lbs": ("mass", 0.45359237),
    "tonne": ("mass", 1000.0), "tonnes": ("mass", 1000.0), "ton": ("mass", 1000.0), "tons": ("mass", 1000.0), "t": ("mass", 1000.0),
    "hectare": ("area", 1.0), "hectares": ("area", 1.0), "ha": ("area", 1.0), "acre": ("area", 0.40468564), "acres": ("area", 0.40468564),
    "mg": ("mass", 1e-6), "milligram": ("mass", 1e-6), "milligrams": ("mass", 1e-6), "milligramme": ("mass", 1e-6), "milligrammes": ("mass", 1e-6),
    "\u00b5g": ("mass", 1e-9), "\u03bcg": ("mass", 1e-9), "mcg": ("mass", 1e-9), "microgram": ("mass", 1e-9), "micrograms": ("mass", 1e-9),
    "microgramme": ("mass", 1e-9), "microgrammes": ("mass", 1e-9),
    "ng": ("mass", 1e-12), "nanogram": ("mass", 1e-12), "nanograms": ("mass", 1e-12), "nanogramme": ("mass", 1e-12), "nanogrammes": ("mass", 1e-12),
    "gramme": ("mass", 0.001), "grammes": ("mass", 0.001), "g": ("mass", 0.001),
    "oz": ("mass", 0.028349523), "ounce": ("mass", 0.028349523), "ounces": ("mass", 0.028349523),
    "litre": ("volume", 1.0), "litres": ("volume", 1.0), "liter": ("volume", 1.0), "liters": ("volume", 1.0),
    "ml": ("volume", 0.001), "millilitre": ("volume", 0.001), "millilitres": ("volume", 0.001), "milliliter": ("volume", 0.001), "milliliters": ("volume", 0.001),
    **{f"{square} {unit}": ("area", size) for square in ("square", "sq", "sq.") for unit, size in (
        ("kilometre", 100.0), ("kilometres", 100.0), ("kilometer", 100.0), ("kilometers", 100.0), ("km", 100.0),
        ("metre", 1e-4), ("metres", 1e-4), ("meter", 1e-4), ("meters", 1e-4), ("mile", 258.998811), ("miles", 258.998811))},
    "km2": ("area", 100.0), "km\u00b2": ("area", 100.0), "m\u00b2": ("area", 1e-4), "m2": ("area", 1e-4), "m\u00b3": ("volume", 1000.0), "cubic metre": ("volume", 1000.0), "cubic metres": ("volume", 1000.0), "cubic meter": ("volume", 1000.0),
    "cubic meters": ("volume", 1000.0), "m3": ("volume", 1000.0),
    "kw": ("power", 1.0), "kilowatt": ("power", 1.0), "kilowatts": ("power", 1.0), "mw": ("power", 1e3), "megawatt": ("power", 1e3), "megawatts": ("power", 1e3),
    "gw": ("power", 1e6), "gigawatt": ("power", 1e6), "gigawatts": ("power", 1e6),
    "kwh": ("energy", 1.0), "mwh": ("energy", 1e3), "gwh": ("energy", 1e6), "twh": ("energy", 1e9),
}
"""Units whose figures are compared after conversion: '30 km' and '19 miles' are one distance,
'1,200 megawatts' and '1.2 GW' one power."""
_CAPITAL_UNITS = {"ML": ("volume", 1e6), "GL": ("volume", 1e9)}
"""Units whose capitals change their size: water utilities' megalitres and gigalitres ('2.3 ML')."""
CONVERTED_TOLERANCE = 0.05
"""Relative difference within which two figures given in different units agree (conversions are rounded)."""
_MEASURE_UNIT = re.compile(r"^\s*(nautical\s+miles?|(?:square|sq\.?)\s+(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|miles?)|cubic\s+met(?:re|er)s?|km/h|km\s*/\s*h|hour[- ]?kilomet(?:re|er)s?|kilometres?\s+(?:per|an|in\s+the)\s+hour|kilometers?\s+(?:per|an|in\s+the)\s+hour|miles?\s+(?:per|an|in\s+the)\s+hour|[a-z\u00b5\u03bc]+(?:[\u00b2\u00b3]|(?<=m)[23])?)\b", re.I)
TEMPERATURE = re.compile(r"(?<![\w.,])(-?\d+(?:[.,]\d+)?)\s*(?:°\s*|º\s*|degrees?\s+)?(C|F|Celsius|Fahrenheit|centigrade)\b", re.I)
_MINUS_BEFORE = re.compile(r"(?:\bminus\s+|(?<![\w.,])[\u2212\u2013]\s?)$", re.I)
"""A temperature below zero written in words or with a typeset minus ('minus 15 degrees', '\u221215 °C',
'\u20134.2C'), which the figure's own '-' does not cover; a dash after a figure is a range ('10\u201315C')."""


def _signed(text: str, start: int, value: float) -> tuple[float, int]:
    """The value below zero, and where it starts, when the words before it say minus."""
    minus = _MINUS_BEFORE.search(text, max(0, start - 8), start)
    return (-abs(value), minus.start()) if minus else (value, start)


_TEMPERATURE_CUE = re.compile(r"\d\s*[CF]\b")
_BARE_DEGREES = re.compile(r"(?<![\w.,])(-?\d+(?:[.,]\d+)?)\s*degrees?\b(?![\s-]*(?:angle|slope|turn|incline|gradient|of\b|in\b|from\b|north|south|east|west))", re.I)
_HEAT_WORDS = re.compile(r"°|º|\b(?:celsius|centigrade|temperatures?|thermometers?|heat|heatwave|hot|hotter|cold|colder|warm|warmer|cool|cooler|chilled|freezing|fridges?|refrigerat\w*|frost|weather)\b", re.I)
"""'at 11 degrees' is a temperature when its sentence speaks of heat or cold, or gives another
temperature with its scale: the scale is then the sentence's own (Celsius unless it names
Fahrenheit), and `same` reads a bare figure on either scale."""
_VOTE_TALLY = re.compile(r"\b(?:vot(?:ed|es?|ing)|backed|approved|rejected|passed|endorsed|adopted|carried|defeated|threw\s+out)\b(?:\s+(?:by|in|with))?(?:\s+(?:the|a|an|its|their|this|that)?\s*[a-z-]+){0,3}?\s+(?:by\s+|in\s+an?\s+|with\s+)?(?P<a>\d{1,3})\s*[-\u2013]\s*(?P<b>\d{1,3})\b(?![\w:/-]|[.,]\d)", re.I)
"""A vote's tally written as a score: 'backed the scheme 21-16', 'approved in a 5-4 vote', 'voted 31-24'."""
_VOTE_TALLY_WORDS = frozenset("vote voted votes voting backed approved rejected passed endorsed adopted carried defeated threw".split())
SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,2})\s*(?:[-\u2013]|:(?=\d\b))\s*(\d{1,2})(?![\w:/-]|[.,]\d|\s*(?:am|pm|a\.m|p\.m)\b)")
_SCORE_CONTEXT = re.compile(r"\b(won|win|wins|winning|beat|beats|beaten|defeat\w*|lost|lose|loses|losing|draw|drew|drawn|victory|score\w*|match|game|final|half-?time|full-?time|lead|leads|led|trail\w*|thrash\w*|triumph\w*)\b", re.I)
_AGE = re.compile(
    r"(?<![\w.,])(\d{1,3})-year-old\b|\b(?:aged(?:\s+of)?|(?:at|in)\s+the\s+age\s+of|(?:youth|man|woman|boy|girl|teenager|child|person|pupil|student)\s+of(?=\s+\d{1,3}\s+years\b(?!\s+of\b)))\s+(\d{1,3})(?:\s+years)?\b(?!\s*(?:-|\u2013|to|and)\s*\d)|(?<=[a-z\u00e0-\u024f]),\s+(?:of\s+)?(\d{1,3})(?:\s+years(?:\s+old)?)?,(?!\d)"
    r"|(?<![\w.,])(\d{1,3})\s+years?\s+(?:old|of\s+age)\b|\bthe\s+age\s+of\s+(\d{1,3})(?:\s+years)?\b(?!\s*(?:-|\u2013|to|and)\s*\d)", re.I)
"""An age: 'the 84-year-old', 'aged 84', 'at the age of 84' (a translation's 'in the age of 85 years',
'a youth of 16 years'), 'Roe, 84,', 'he was 84 years old', '84 years of age', 'reached the age of 85'."""
_WORD_AGE = rf"(?:{WORD_NUMBER})(?:-(?:{WORD_NUMBER}))?"
_AGE_IN_WORDS = re.compile(rf"(?<![\w-])({_WORD_AGE})-year-old\b|\baged\s+({_WORD_AGE})\b(?!\s*(?:-|\u2013|to|and)\s)", re.I)
"""An age in words: 'the twelve-year-old', 'aged forty-one' (not 'aged eight to twelve', a range)."""
_TURNED_AGE = re.compile(r"\b([A-Z][\w\u00c0-\u024f'\u2019-]+),?\s+who\s+(?:has\s+|had\s+|just\s+)*turned\s+(\d{1,3})\b(?![.,]\d|\s*(?:%|per|percent|years?\s+(?:ago|since)))")
"""An age told as a birthday passed: 'Roe, who turned 23 in October'."""
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
"""Decades of life, by the age each starts at ('in his twenties')."""
_AGE_DECADE = re.compile(rf"in\s+(?:his|her|their)\s+(early|mid|mid-|late)?\s*({'|'.join(_DECADES)}|[2-9]0['\u2019]?s)\b", re.I)
"""An age told as a decade of life ('in his twenties', 'in her late sixties')."""


def _decade_span(m: re.Match) -> tuple[int, int]:
    decade = m.group(2).lower()
    low = _DECADES[decade] if decade in _DECADES else int(decade[:2])  # 'in her fifties', 'in her 50s'
    part = (m.group(1) or "").lower().rstrip("-")
    return {"early": (low, low + 3), "mid": (low + 3, low + 6), "late": (low + 6, low + 9)}.get(part, (low, low + 9))


def _within_decades(a: Fact, b: Fact) -> bool:
    """An age and a decade of life agree when the age falls in it ('19' is not 'in his twenties')."""
    spans = []
    for f in (a, b):
        m = _AGE_DECADE.match(f.text)
        spans.append(_decade_span(m) if m else (f.value, f.value))
    (la, ha), (lb, hb) = spans
    return la <= hb and lb <= ha


_SCORE_WORDS = frozenset(
    "won win wins winning beat beats beaten lost lose loses losing draw drew drawn victory match game final halftime fulltime "
    "lead leads led score scored scores scoring scoreline defeat defeated defeats trail trailed trailing trails thrashed "
    "thrashing triumph triumphed".split())
"""_SCORE_CONTEXT's words, for the quick check on the sentence's word set."""
_AGE_AFTER_COMMA = re.compile(r",\s+(?:of\s+)?\d{1,3}\b")
_MAGNITUDE = re.compile(r"\bmagnitude(?:[- ]of)?\s+(\d(?:[.,]\d)?)\b|(?<![\w.,])(\d(?:[.,]\d)?)[- ]magnitude\b", re.I)
_LARGER_SCALE = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.I)
_AND_MORE = re.compile(rf"^\s+and\s+((?:{WORD_NUMBER})(?:[- ](?:{WORD_NUMBER}))?)\b", re.I)


_SPACE_RUN = re.compile(r"\s+")


def _measure(unit: str, value: float) -> tuple[str, float] | None:
    key = _SPACE_RUN.sub(" ", unit.lower().strip(". "))
    if key.endswith(("per hour", "an hour", "in the hour")) or key.replace(" ", "") in ("km/h", "kmh") or key.startswith("hour") and "kilomet" in key:  # a translation's 'hour-kilometres
        return ("speed", value * (1.609344 if key.startswith("mile") else 1.0))
    found = MEASURES.get(key)
    return (found[0], value * found[1]) if found else None


_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w\u00c0-\u024f'\u2019-]+\s*,\s*$")


_PERSON_BEFORE = re.compile(r"([A-Z][\w\u00c0-\u024f'\u2019-]+)\s*,?\s*(?:of\s+|aged\s+)?$")


def _person_before(text: str, start: int) -> str:
    """The surname an age or title belongs to: the capitalised word right before ', 56,'."""
    m = _PERSON_BEFORE.search(text[max(0, start - 40):start])
    return m.group(1).lower() if m else ""


_CUE = re.compile(rf"\d|\b(?:{WORD_NUMBER}|dozens?|half|thirds?|quarters?|no one|nobody|none|a\s+{_A_SCALE}|{'|'.join(_DECADES)}|green|yellow|amber|orange|red)\b", re.I)
_CUE_WORDS = frozenset(w for w in NUMBER_WORDS if w not in ("hundred", "dozen")) | {
    "dozen", "dozens", "half", "third", "thirds", "quarter", "quarters", "nobody", "none"} | frozenset(_DECADES) | frozenset(_A_SCALE_WORDS)
"""_CUE's words as whole words ('no one' holds 'one'): the same test on the sentence's word set."""
_TIME_UNIT_WORDS = frozenset({"year", "month", "week", "day", "hour", "minute"})
_BOUND_WORDS = frozenset({"than", "nearly", "almost", "least", "just"})
"""_BOUND_ON_A_UNIT's units and bound words ('more than a minute'): only a sentence with one of
each is searched for it, and such a sentence with no other cue is read for it alone."""
_WHOLE_WORDS = frozenset({"full", "whole", "entire"})
"""_A_WHOLE_UNIT's words: a sentence with no other cue is read for it only with one of them and a unit."""
_SPLIT_STEMS = ("vot", "split", "ballot", "majority", "decision", "voices", "approv", "adopt", "abstention")
"""What SPLIT_CONTEXT needs in the sentence: without one of these no vote split is read."""


_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_ELLIPSIS = re.compile(r"\s+(?:to|rather\s+than|instead\s+of|and|or|from)\s+|\s+of\s+(?:the|its|their|his|her)\s+(?:[\w\u2019'-]+\s+){0,2}", re.I)
"""What joins a figure to another of the same unit said once ('from 40 years to 42', '150 million
florins of the projected 340 million': the part, and the whole it is of)."""
_NEXT_IN_A_LIST = re.compile(r"[,;]?\s+(?:and\s+)?(?:the\s+)?(?:[A-Z][\w\u00c0-\u024f'\u2019-]*\s+){1,4}(?:took|won|got|had|has|holds?|gained|kept|secured|received|with|on)?\s*")
"""What stands between a figure and the next of a list that names its owner and leaves the unit
out: ', the Liberal Centre took 16', ' and the Greens 11'."""
_IN_A_LIST_OF_LABELS = re.compile(r"(?<!between )(?<!from )\d{1,3},\s*\d{1,3}(?:,\s*\d{1,3})*,?\s+(?:and|or)\s+\d{1,3}\s+[a-z]", re.I)
"""'The 2, 5 and 9 tram lines': bare small numbers listed before one noun name things, as line and
platform numbers do; a count has its own noun ('2 buses, 5 trams and 9 trains')."""


_LISTED_BEFORE = re.compile(r"(?:\d{1,3},?\s*(?:and\s+|or\s+)?)*$")


def _list_start(text: str, start: int) -> int:
    """Where a run of listed numbers that ends at or holds `start` begins."""
    m = _LISTED_BEFORE.search(text[max(0, start - 30):start])
    return start - (len(m.group(0)) if m else 0)


_IN_EVERY = re.compile(r"^\s+in\s+(?:every\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
_ONE_IN = re.compile(r"\b(?:\d+|one|two|three)\s+in\s+(?:every\s+)?$", re.I)


_ANY_CUE_WORDS = _CUE_WORDS | frozenset(_SUPERLATIVES) | frozenset(ORDINALS) | frozenset(COLOUR_STEPS) | {"twice"}
"""Words without which a sentence with no digit holds no figure, rank or place in a series."""


def extract(text: str, context: Context) -> list[Fact]:
    read = words_of(text)
    if read is None:
        if not _CUE.search(text) and not _BOUND_ON_A_UNIT.search(text) and not _A_WHOLE_UNIT.search(text):
            return []
    elif not read.digits and read.words.isdisjoint(_ANY_CUE_WORDS) and (read.words.isdisjoint(_TIME_UNIT_WORDS)
                                                                        or (read.words.isdisjoint(_BOUND_WORDS) or not _BOUND_ON_A_UNIT.search(text))
                                                                        and (read.words.isdisjoint(_WHOLE_WORDS) or not _A_WHOLE_UNIT.search(text))):
        return []
    written = text
    if "-" in text:
        text = _HYPHENATED_SCALE.sub(lambda m: " " + m.group(1) + (" " if m.group(2) else ""), text)  # '385 million florin', same length
        text = _HYPHENATED_ABBREVIATED_SCALE.sub(lambda m: " " if m.group(1).lower() in CURRENCY_WORDS else "-", text)  # '60m crown grant'; '40m-high' is metres
    facts: list[Fact] = []
    last_unit: tuple[int, str] | None = None  # where the last figure's unit ended, and the unit
    taken: list[tuple[int, int]] = []
    totals: list[tuple[int, int]] = []  # where a count names its whole ('106 of the 200 seats'): a figure there is the total

    def free(start: int, end: int) -> bool:
        for s, e in taken:  # a plain loop: called for every figure, mostly with one or two spans taken
            if s < end and start < e:
                return False
        return True

    def add(subject: str, value: object, start: int, end: int, kind: str = "number", approx: bool | None = None, claims_to: int | None = None) -> None:
        lead = approximate_lead(text[max(0, start - 24):start])
        if lead and lead.group(0)[:2].lower() == "up" and _CAPACITY_BEFORE.search(text, max(0, start - len(lead.group(0)) - 40), start - len(lead.group(0))):
            lead = None  # 'room for up to 1,500 passengers', 'can carry up to 1,500': the capacity itself, not a range below it
        elif lead and lead.group(0)[:2].lower() == "up" and _GOES_BEFORE.search(text, max(0, start - len(lead.group(0)) - 12), start - len(lead.group(0))):
            lead = None  # 'the rate goes up to 12 shillings': where it rises to, no ceiling
        tail = _BOUND_AFTER.match(text, end) if kind in ("number", "measure") else None  # '70 percent or more': a floor told after the figure
        if tail:
            end = tail.end()
        if approx is None:
            approx = bool(lead) and not _EXACT_BOUND.match(lead.group(0)) or bool(tail)
        shown_from = start - len(lead.group(0)) if lead else start
        taken.append((start, claims_to if claims_to is not None else end))
        facts.append(Fact(kind, subject, value, text[shown_from:end].strip(), shown_from, end, approx))

    splits = read is None or any(w in read.lower for w in _SPLIT_STEMS)
    for m in SPLIT.finditer(text) if splits else ():
        if not SPLIT_CONTEXT.search(text[max(0, m.start() - 40):m.end() + 30]):
            continue
        a, b = (parse_number(x, context.translated) or _word_value(x) for x in (m.group("a"), m.group("b")))
        if a is None or b is None or a < b or _is_year(a, m.group("a")) or ":" in text[m.start():m.end()]:
            continue
        if not m.group("a")[0].isdigit() and re.fullmatch(r"[A-Za-z]+-[A-Za-z]+", text[m.start():m.end()]):
            continue  # 'Twenty-one' is one number, not a split
        add("split", (a, b), m.start(), m.end(), approx=False)
    for m in FOR_AND_AGAINST.finditer(text) if "against" in text or "opposed" in text else ():
        a, b = (parse_number(x, context.translated) or _word_value(x) for x in (m.group("a"), m.group("b")))
        if a is not None and b is not None and free(m.start(), m.end()):
            add("split", (a, b), m.start(), m.end(), approx=False)  # '38 councillors voted for the scheme, 21 against'
    for m in PART_OF_BODY_FOR.finditer(text) if " of " in text and ("back" in text or "vot" in text or "support" in text or "approv" in text or "endors" in text) else ():
        a, whole = (parse_number(x, context.translated) or _word_value(x) for x in (m.group("a"), m.group("w")))
        if a is not None and whole is not None and whole / 2 < a < whole and free(m.start(), m.end()):
            add("split", (a, whole - a), m.start(), m.end(), approx=False)  # 'nine of the board's eleven members backed it': nine to two

    for m in _VOTE_TALLY.finditer(text) if read is None or read.digits and not read.words.isdisjoint(_VOTE_TALLY_WORDS) else ():
        a, b = float(m.group("a")), float(m.group("b"))
        if a >= b and free(m.start("a"), m.end()):  # a tally puts the larger side first; '12-14 May', 'ages 12-14' are ranges
            add("split", (a, b), m.start("a"), m.end(), approx=False)  # 'backed the scheme 21-16': a vote's tally, as '21 votes to 16'

    lower = read.lower if read is not None else text.lower()
    if read is not None:
        scored = read.digits and not read.words.isdisjoint(_SCORE_WORDS) or "-time" in lower
        scores = SCORE.finditer(text) if scored else ()
    else:
        scores = SCORE.finditer(text) if _SCORE_CONTEXT.search(text) else ()
    for m in scores:
        if not free(m.start(), m.end()) or not _SCORE_CONTEXT.search(text[max(0, m.start() - 50):m.end() + 40]):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        add("score", (max(a, b), min(a, b)), m.start(), m.end(), approx=False)  # 'lost 1-3' and 'won 3-1' tell one result

    temperatures = TEMPERATURE.finditer(text) if "°" in text or "º" in text or "degree" in lower or "celsius" in lower or "fahrenheit" in lower or _TEMPERATURE_CUE.search(text) else ()
    for m in temperatures:
        value = parse_number(m.group(1), context.translated)
        if value is None or not free(m.start(), m.end()):
            continue
        value, start = _signed(text, m.start(), value)
        celsius = (value - 32) * 5 / 9 if m.group(2).lower().startswith("f") else value
        add("temperature", round(celsius, 2), start, m.end())
    if "degree" in lower and _HEAT_WORDS.search(text):
        fahrenheit = "fahrenheit" in lower or re.search(r"\d\s*°?\s*F\b", text) is not None
        for m in _BARE_DEGREES.finditer(text):
            value = parse_number(m.group(1), context.translated)
            if value is not None and free(m.start(), m.end()):
                value, start = _signed(text, m.start(), value)
                add("temperature", round((value - 32) * 5 / 9 if fahrenheit else value, 2), start, m.end())

    ages = _AGE.finditer(text) if "year-old" in lower or "aged" in lower or "age of" in lower or " old" in lower or " of " in lower and "years" in lower or _AGE_AFTER_COMMA.search(text) else ()
    for m in ages:
        group = next(k for k in range(1, 6) if m.group(k))
        digits, start = m.group(group), m.start(group)
        if not free(start, m.end()) or not 0 < int(digits) < 120:
            continue
        person = _person_before(text, m.start()) if m.group(3) or m.group(2) and _NAME_COMMA_BEFORE.search(text, max(0, m.start() - 40), m.start()) else ""  # 'Roe, 84,', 'Roe, aged 84
        end = m.end() - (1 if m.group(3) else 0)
        add("age:" + person if person else "age", float(digits), start, end, approx=False)
    for m in _AGE_IN_WORDS.finditer(text) if "year-old" in lower or "aged" in lower else ():
        value = _word_value(m.group(1) or m.group(2))
        if value is not None and 0 < value < 120 and value.is_integer() and free(m.start(), m.end()):
            add("age", value, m.start(), m.end(), approx=False)  # 'the twelve-year-old Lin', 'aged forty-one': an age, not a span of twelve years
    for m in _TURNED_AGE.finditer(text) if "turned" in lower else ():
        if free(m.start(2), m.end(2)) and 0 < int(m.group(2)) < 120:
            add("age:" + m.group(1).lower(), float(m.group(2)), m.start(2), m.end(2), approx=False)  # 'Roe, who turned 23 in October'
    for m in _AGE_DECADE.finditer(text) if "ties" in lower or "0s" in lower or "0's" in lower or "0’s" in lower else ():
        if free(m.start(), m.end()):
            low, high = _decade_span(m)
            add("age", (low + high) / 2, m.start(), m.end(), approx=True)  # 'in his twenties': compared as the span it names

    for m in _MAGNITUDE.finditer(text) if "magnitude" in lower else ():
        digits = m.group(1) or m.group(2)
        if free(m.start(), m.end()):
            add("magnitude", parse_number(digits, context.translated), m.start(), m.end(), approx=False)

    for m in _SHARE_OF_WHOLE.finditer(text) if " of " in lower else ():
        if _EVERY_ONE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # 'on every one of the seven charges': all of them
        whole = parse_number(m.group(2), context.translated) or _word_value(m.group(2))
        share = m.group(1).lower().replace("-", " ")
        part = _SHARES[share] * whole if share in _SHARES else _word_value(share) if whole else None
        if not whole or part is None or part >= whole or not free(m.start(), m.end()) or m.group(3).lower() in STOPWORDS or m.group(3).lower() in _A_SCALE_WORDS:
            continue  # 'one of the two' stays what it is; 'two of the three' needs a noun counted
        noun = "n:" + stem(m.group(3).lower())
        add(noun, float(round(part, 6)), m.start(1), m.end(), approx=share in _SHARES and not float(part).is_integer() or None)
        add(noun + ":total", float(whole), m.start(2), m.end(3))  # the 400 of 'half of the 400 workers'

    for m in _UNIT_AND_A_HALF.finditer(text) if "half" in lower else ():
        if free(m.start(), m.end()):
            add("duration", 1.5 * DURATIONS[m.group(1).lower()], m.start(), m.end())  # 'an hour and a half': one and a half hours

    for m in _A_WHOLE_UNIT.finditer(text) if ("full" in lower or "whole" in lower or "entire" in lower) else ():
        if free(m.start(), m.end(1)):
            add("duration", DURATIONS[m.group(1).lower()], m.start(), m.end(1))  # 'a full week of free service': seven days

    for m in _BOUND_ON_A_UNIT.finditer(text) if (read is None or not read.words.isdisjoint(_TIME_UNIT_WORDS) and not read.words.isdisjoint(_BOUND_WORDS)) else ():
        if free(m.start(1), m.end()):
            add("duration", DURATIONS[m.group(2).lower()], m.start(1), m.end())  # 'for more than a minute': a floor of one minute (add reads the bound before it)

    for m in _HALF_OF.finditer(text) if "half" in lower else ():
        if free(m.start(), m.end()) and not _A_FLOOR_OR_CEILING.search(text, max(0, m.start() - 16), m.start()):
            add("percent", 50.0, m.start(), m.end() - 3)  # 'nearly half of the homes'; 'more than half of all shifts' is a floor, said of many things

    fractions = read is None or not read.words.isdisjoint(_FRACTIONS)
    for m in FRACTION.finditer(text) if fractions else ():
        if not free(m.start(), m.end()) or m.group(1).lower() == "a" and _WHOLE_AND.search(text, max(0, m.start() - 24), m.start()):
            continue  # 'four and a half per cent': the half of a whole figure, which NUMBER reads whole (4.5)
        numerator = 1.0 if m.group(1).lower() in ("a", "one") else float(NUMBER_WORDS[m.group(1).lower()])
        value = numerator * _FRACTIONS[m.group(2).lower()]
        following = _NEXT_WORD.match(text[m.end():])
        if not m.group(3) and following and following.group(1) in ("point", "points"):
            add("points", round(value, 6), m.start(), m.end() + following.end())  # 'a quarter point'
            continue
        if not m.group(3) and following and following.group(1) not in STOPWORDS and following.group(1).lower() not in _COMPARATIVES:
            continue  # 'a third term': an ordinal, not a share ('a fifth less cod' is one: a change by a fifth)
        if m.group(3):
            add("points", round(value, 6), m.start(), m.end())
        elif not _OF_A_SCALE.match(text, m.end()) and not _OF_THE_FORMER.match(text, m.end()):  # 'a quarter of a million marks': an amount, no share
            add("percent", round(100 * value, 4), m.start(), m.end())  # 'cut by a third': a share, as '30 percent' is

    for m in _PROPORTION.finditer(text) if "every" in lower else ():
        part, whole = (parse_number(x, context.translated) if x[0].isdigit() else _word_value(x) for x in (m.group(1), m.group(2)))
        if part is not None and whole and part < whole and free(m.start(), m.end()):
            add("percent", round(100 * part / whole, 4), m.start(), m.end())  # 'four out of every five': 80 percent

    staged = read is None or "stage" in read.words
    for m in _STAGE_OF_A_SERIES.finditer(text) if staged else ():
        taken.append((m.start(), m.end()))  # 'takes stage 11', 'on stage six to Varrow': which day of a race or tour, no figure
    for m in _LEVEL.finditer(text) if read is None or not read.words.isdisjoint(_LEVEL_WORDS) or staged or " out of " in lower else ():
        told = m.group("n") or m.group("r") or m.group("s") or m.group("t") or m.group("u")
        value = parse_number(told, context.translated) if told[0].isdigit() else _word_value(told)
        if value is not None and free(m.start(), m.end()):
            start = m.start("s") if m.group("s") else m.start("t") if m.group("t") else m.start()  # 'the alert level went to 4 of 5': the figure, not the words before it
            add("level", value, start, m.end(), approx=False)  # 'Signal No. 5', 'level 3', 'at four out of five': a step on a scale
    for m in _COLOUR_LEVEL.finditer(text) if read is None or not read.words.isdisjoint(COLOUR_STEPS) else ():
        colour = (m.group("c") or m.group("d")).lower()
        if free(m.start(), m.end()):
            add("level", COLOUR_STEPS[colour], m.start(), m.end(), approx=False)  # 'an orange heat warning', 'code red': a step on a warning scale
    for m in _IN_A_SERIES.finditer(text) if read is None or not read.words.isdisjoint(ORDINALS) else ():
        group = "ord" if m.group("ord") else "ord2" if m.group("ord2") else "ord3"
        if free(m.start(group), m.end(group)):
            add("ordinal", float(ORDINALS[m.group(group).lower()]), m.start(group), m.end() if group != "ord2" else m.end(group), approx=False)  # 'it is the third time', 'it is the second delay'
    for m in _POSITION.finditer(text) if read is None or not read.words.isdisjoint(ORDINALS) or read.digits and _DIGIT_ORDINAL.search(text) else ():
        told = m.group("ord") or m.group("rank") or m.group("place")
        value = ORDINALS.get(told.lower()) or (int(told[:-2]) if told[:-2].isdigit() else None)
        start = m.start("ord") if m.group("ord") else m.start("rank") if m.group("rank") else m.start("place")
        if value and free(start, m.end()):
            add("floor" if m.group("floor") else "place", float(value), start, m.end(), approx=False)
    for m in _RANKED.finditer(text) if read is None or not read.words.isdisjoint(_SUPERLATIVES) else ():
        if _ONE_OF_THE.search(text, max(0, m.start() - 20), m.start()):
            continue  # 'one of the biggest prizes': among the first, no rank
        adjective = _SUPERLATIVES.get(m.group("adj").lower())
        if not m.group("ord") and not _ALL_TIME.match(text, m.end()):
            continue  # 'the worst flood since 1998', 'the worst accident in decades': first within a span, no rank to compare
        if adjective and free(m.start(), m.end()):
            place = ORDINALS.get((m.group("ord") or "first").lower(), 0)
            if place:
                add(f"rank:{adjective}:{stem(m.group('noun'))}", float(place), m.start(), m.end(), approx=False)  # 'the second-largest seizure' / 'the biggest seizure'
    for m in _CODED_MONEY.finditer(text) if read is None or read.digits else ():
        currency = _currency_of_code(m.group(1))
        value = parse_number(m.group(2), context.translated)
        if currency and value is not None and free(m.start(), m.end()):
            add("money", (currency, value * SCALES.get((m.group(3) or "").lower(), 1)), m.start(), m.end())  # 'TFL 112.0m', 'EUR 5.5m'
    for m in _ABBREVIATED_MONEY.finditer(text) if read is None or read.digits else ():
        currency = _currency_abbreviated(m.group(1))
        if currency and free(m.start(), m.end()):
            value = parse_number(m.group(2), context.translated)
            if value is not None:
                add("money", (currency, value * SCALES[m.group(3).lower()]), m.start(), m.end())

    for m in word_clocks(text, read):
        taken.append((m.start(), m.end()))  # 'twenty to eight': a time of day, which the dates detector reads
    for m in NUMBER.finditer(text):
        start, end = m.start("num"), m.end()
        token = m.group("num")
        if not free(start, end):
            continue
        value = parse_number(token, context.translated)
        if value is None:
            value = _word_value(token)
        if value is None:
            continue
        if token[0].isdigit() and _inside_name(text, start, m.end("num")):
            continue
        if token[0].isdigit() and _AFTER_MONTH.search(text[max(0, start - 12):start]):
            continue  # 'Oct. 16': a date, the dates detector reads it
        if token[0].isdigit() and _BEFORE_MONTH.match(text[m.end("num"):]):
            continue  # '30 of April', '17. April': a date too
        scale_words = m.group("scale") or ""
        point = _POINT_SPOKEN.match(text, m.end("num")) if not scale_words and not token[0].isdigit() else None
        if point:  # 'two point nine million': a decimal told in words, one figure, not 'nine million'
            value += float("0." + "".join(str(int(NUMBER_WORDS[w])) for w in point.group(1).lower().split()))
            scale_words, end = point.group(2) or "", point.end()
        value *= _scale(scale_words)
        if scale_words.strip().lower().endswith(("hundred", "thousand")):
            more = _AND_MORE.match(text[end:])  # 'two hundred and twelve'
            if more and _word_value(more.group(1)) is not None:
                value += _word_value(more.group(1))  # type: ignore[operator]
                end += more.end()
                larger = _LARGER_SCALE.match(text, end)
                if larger:
                    value *= SCALES[larger.group(1).lower()]  # 'a hundred and twenty million': the whole of it, millions
                    end = larger.end()
        before = text[max(0, start - 2):start]
        at = None if CURRENCY_SYMBOLS.keys().isdisjoint(before) else next(k for k, c in enumerate(before) if c in CURRENCY_SYMBOLS)  # most figures: no symbol before them, tested in C
        if at is not None:
            add("money", (CURRENCY_SYMBOLS[before[at]], value), start - len(before) + at, end)  # from the symbol, which may open the sentence ('$75 at the shop')
            continue
        after = text[end:]
        if m.group("ordinal"):
            unit = _hyphen_unit(text, end) or _unit_after(text, end)[0]
            if unit.startswith("minute"):
                add("minute", value, start, end + (len(unit) + 1 if text[end:end + 1] == "-" else 0))
            continue
        if _MINUTE_MARK.match(after) and _AT_THE.search(text[max(0, start - 8):start]):
            add("minute", value, start, end + 1)  # football's "at the 58'"
            continue
        percent = _PERCENT.match(after)
        if percent:
            add("percent", value, start, end + percent.end())
            continue
        points = _POINTS.match(after)
        if points:
            basis = points.group(1).lower().startswith(("basis", "base", "bp"))
            add("points", round(value / 100 if basis else value, 6), start, end + points.end())
            continue
        if token.lower() == "one" and (_NO_ONE.search(text[max(0, start - 10):start]) or _ONE_OF_MOST.match(after) or _A_MEMBER_BEFORE.search(text, max(0, start - 12), start) and _OF_THE_GROUP.match(after)):
            continue  # 'no one', 'every one of', 'one of the biggest': no count
        if _AT_A_TIME.match(after):
            continue  # 'one ship at a time', 'two steps at a time': a pace, not a count
        if _IN_EVERY.match(after) or _ONE_IN.search(text[max(0, start - 12):start]) or "," in text[max(0, start - 30):end + 1] and _IN_A_LIST_OF_LABELS.match(text, _list_start(text, start)):
            continue  # 'one in six of the 23 diplomats': a proportion, neither figure a count; 'the 2, 5 and 9 tram lines': names, not counts
        if _OF_THEM.match(after):
            told = _OF_THEM_DEAD.match(after)
            if told:  # '310 birds were found, 118 of them dead': the part that died is a count of the dead
                add("n:dead" if told.group(1) else "n:injur", value, start, end + told.end())
            elif told := _OF_THEM_IN_HOSPITAL.match(after):
                add("n:hospital", value, start, end + told.end())  # '27 people fell ill, four of whom were in hospital'
            continue  # 'two of them': part of a group counted elsewhere, under no noun of its own
        hyphen = _hyphen_unit(text, end)
        measured = _measure(hyphen, value) if hyphen else None
        if measured:
            add(measured[0], measured[1], start, end + len(hyphen) + 1, kind="measure")
            continue
        unit_match = _MEASURE_UNIT.match(text[end:]) if not hyphen else None
        measured = _measure(unit_match.group(1), value) if unit_match else None
        if unit_match and unit_match.group(1) == "G":
            measured = None  # '5G': a network's generation, not five grams
        if unit_match and unit_match.group(1) in _CAPITAL_UNITS:
            measured = (_CAPITAL_UNITS[unit_match.group(1)][0], value * _CAPITAL_UNITS[unit_match.group(1)][1])  # '2.3 ML' is megalitres, '2.3 ml' millilitres
        bare_letter = measured and unit_match.group(1).lower() in ("m", "ha") and (not token[0].isdigit() or re.match(r"\s+(?!(?:short|long|high|deep|wide|tall|away|below|above|beneath|from|of)\b)[a-z]", text[end + unit_match.end():]))  # type: ignore[union-attr]  # '60 m short' is a length
        if measured and not bare_letter:
            add(measured[0], measured[1], start, end + unit_match.end(), kind="measure")  # type: ignore[union-attr]
            continue
        if hyphen:
            if hyphen in DURATIONS:
                add("duration", value * DURATIONS[hyphen], start, end + len(hyphen) + 1)
            else:
                size = hyphen in _SIZE_UNITS and _NOUN_NEXT.match(text, end + len(hyphen) + 1)
                add("n:" + stem(hyphen) + (":total" if size else ""), value, start, end + len(hyphen) + 1)  # 'the 151-seat chamber': its size, a whole
            continue
        if ":" in after[:1] and after[1:3].isdigit() or text[start - 1:start] == ":" and text[start - 2:start - 1].isdigit():
            continue  # a clock time, its hour or its minutes: the dates detector reads it
        if _O_CLOCK.match(after):
            continue  # 'four o'clock': a time of day, which the dates detector reads
        if token[0].isdigit() and (_CLOCK_AFTER.match(after) and not _HOURS_THEN_MINUTES.match(after) or _CLOCK_TOKEN.match(token) and (_AT_HOUR.search(text[max(0, start - 12):start]) and (_no_unit_after(after) or _HOURS_AFTER.match(after)) or _ONE_HOUR_AFTER.match(after))):
            continue  # '4am', '5.12am', 'at hour 06.30 was lifted', a translation's 'against 21.30 hour': a time of day too ('at 6.30 florins' is a price)
        if _is_year(value, token) and not scale_words:
            continue
        unit, unit_end = _unit_after(text, end)
        if last_unit and (_ELLIPSIS.fullmatch(text, last_unit[0], start) or not unit and _NEXT_IN_A_LIST.fullmatch(text, last_unit[0], start)) and (
                not (next_word := _FIRST_WORD.match(text, end)) or next_word.group(1).lower() in STOPWORDS):
            unit, unit_end = last_unit[1], end  # 'from 40 years to 42', '42 years rather than 40', 'won 24 seats, the Centre took 16': the unit said once
            last_unit = (end, unit)
        elif unit and unit not in UNITLESS and unit not in STOPWORDS:
            last_unit = (unit_end, unit)
        duration = DURATIONS.get(unit.rstrip("s")) or (DURATIONS[TIME_UNIT_ABBREVIATIONS[unit]] if unit in TIME_UNIT_ABBREVIATIONS and token[0].isdigit() else None)
        if duration is not None:
            every = _EVERY.search(text, max(0, start - 12), start)
            add("interval" if every else "duration", value * duration, start, unit_end)  # 'buses every 20 minutes': how often, not how long
            continue
        if unit == "times" and value >= 2:
            if _TIMES_AS_A_RATIO.match(text, unit_end):
                add("ratio", value, start, unit_end)  # 'four times the size': how many times larger, of whatever it is compared with
            else:
                add("n:time", value, start, unit_end)  # 'called out 14 times last season': how often it happened, a count
            continue
        if not unit or unit in UNITLESS or unit in STOPWORDS:
            noun = _noun_before(text, start)
            if noun and noun not in CALENDAR:
                add("n:" + stem(noun), value, start, end)
            elif told := _DEAD_AFTER.match(text[end:end + 40]):
                add("n:dead", value, start, end + told.end())  # 'and 10 were killed': a count of the dead, with no noun of its own
            elif told := _INJURED_AFTER.match(text[end:end + 40]):
                add("n:injur", value, start, end + told.end())
            elif told := _MISSING_AFTER.match(text[end:end + 40]):
                add("n:missing", value, start, end + told.end())  # 'and nine were missing'
            elif told := _HOSPITAL_AFTER.match(text[end:end + 50]):
                add("n:hospital", value, start, end + told.end())  # 'and three were taken to hospital'
            elif (told := _DEED_AFTER.match(text[end:end + 50])) and value >= 2 and told.group(1).lower() not in _NOT_A_DEED:
                add("v:" + stem(told.group(1).lower()), value, start, end + told.end())  # 'and 17 were refloated': a count of what the deed befell
            continue
        if unit.endswith("ed") and len(unit) > 4 and (told := _HOSPITAL_AFTER.match(text[end:end + 50])):
            add("n:hospital", value, start, end + told.end())  # 'and four needed hospital treatment'
            continue
        if unit.endswith("ed") and len(unit) > 4:  # 'a crowd of 48,612 watched': a verb follows, the noun went before
            noun = _noun_before(text, start)
            if noun:
                add("n:" + stem(noun), value, start, end)
                continue
        currency = CURRENCY_WORDS.get(unit)
        if currency:
            cents = _AND_CENTS.match(text, unit_end) if token.isdigit() and not scale_words else None
            add("money", (currency, value + int(cents.group(1)) / 100 if cents else value), start, cents.end() if cents else unit_end)
            continue
        if not unit or unit in UNITLESS or unit in STOPWORDS and unit not in ("of",):
            continue
        if any(s < start and unit_end <= e for s, e in totals) or _SUPERLATIVE_OF.search(text, max(0, start - 30), start):
            add("n:" + stem(unit) + ":total", value, start, unit_end)  # the 200 of '106 of the 200 seats'; the nine of 'the smallest of the nine schools'
            continue
        part_of = " of " in text[end:unit_end]
        other = _OTHER_BEFORE_UNIT.search(text, end, unit_end) or text[max(0, start - 7):start].lower().rstrip().endswith(" other")
        add("n:" + stem(unit) + (":other" if other else ""), value, start, unit_end, claims_to=end if part_of else None)  # 'four other companies' are not the four companies
        if part_of:
            totals.append((end, unit_end))
    for m in _TWICE.finditer(text) if read is None or "twice" in read.words else ():
        if free(m.start(), m.end()):
            add("n:time", 2.0, m.start(), m.end())  # 'won the prize twice', as 'won it three times' and 'a three-time winner' count
    if not facts:
        return facts  # a sentence whose figures are all years or parts of names: nothing to qualify
    if len(facts) > 1 and sum(f.subject == "duration" for f in facts) > 1:
        facts = _compound_durations(facts, text)
    if read is None or not read.words.isdisjoint(_SUPERSEDED_WORDS):
        revised = _REVISED.search(text)  # 'revised the number … to 71, up from the 64 it gave': the 64 is replaced too
        facts = [f for f in facts if not _SUPERSEDED.search(text, max(0, f.start - 60), f.start)
                 and not (revised and _REPLACED_BEFORE.search(text, max(0, f.start - 40), f.start))]
    if read is None or not read.words.isdisjoint(_CASUALTY_WORDS):
        facts = [_as_casualties(f, text) for f in facts]
    if _NORM_WORD.search(lower):
        facts = [replace(f, era=NORM) if f.subject not in ("year", "duration") and (_NORM_BEFORE.search(text, max(0, f.start - 30), f.start) or _NORM_AFTER.match(text, f.end)) else f for f in facts]
    if _YEAR.search(text) or "last year" in lower or "last " in lower and any(season in lower for season in _SEASONS) or " from " in lower or " with " in lower or any(w in lower for w in _PRIOR_WORDS):
        facts = [_with_era(f, text, context.published.year) for f in facts]
    if written is not text:
        facts = [replace(f, text=written[f.start:f.end].strip()) for f in facts]  # shown as the outlet wrote it
    return facts


_JOINED_UNITS = re.compile(r"\.?\s*(?:,\s*)?(?:and\s+)?$")
"""Between the parts of one length of time: a comma, 'and', an abbreviation's full stop ('2 h. 19 min.')."""


def _compound_durations(facts: list[Fact], text: str) -> list[Fact]:
    """'Two hours and 16 seconds', '3 hours 20 minutes': one length of time told in two units,
    each smaller than the one before, is one duration (not 'two hours' and '16 seconds')."""
    whole: dict[int, Fact] = {}  # a run's first part (its position in `facts`) -> the run joined so far
    dropped: set[int] = set()
    head, run, last = -1, None, None
    for k in sorted(range(len(facts)), key=lambda k: facts[k].start):
        f = facts[k]
        if run is not None and run.subject == f.subject == "duration" and f.value < last.value and _JOINED_UNITS.fullmatch(text, run.end, f.start):  # type: ignore[operator,union-attr]
            run = whole[head] = replace(run, value=run.value + f.value, text=text[run.start:f.end].strip(), end=f.end, approximate=run.approximate or f.approximate)  # type: ignore[operator]
            dropped.add(k)
        else:
            head, run = k, f
        last = f
    return [whole.get(k, f) for k, f in enumerate(facts) if k not in dropped]


_CASUALTY_WORDS = frozenset("kill killed killing kills dead died death deaths fatalities toll missing unaccounted rescued alive saved injured injuring injuries hurt wounded wounding wounds lives "
                           "arrested arresting detained detaining custody held".split())
"""One of these is in every sentence whose counts _as_casualties reads as the dead, the injured or the arrested."""
_COUNT_LEAD = r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|a\s+further\s+|another\s+)?"
_DEAD_BEFORE = re.compile(rf"\b(?:kill(?:ed|ing|s)?|left|died)\s+{_COUNT_LEAD}$|\bdeath\s+toll\b[^.;]{{0,80}}?\b(?:to|at|of|is|was|reached|hit|stands\s+at|stood\s+at)\s+{_COUNT_LEAD}$", re.I)
_NOT_A_NOUN = r"(?!(?:are|were|is|was|have|had|has|remain|remained|still)\b)"
"""A word between a count and its verb that is no noun of the count: the verb itself."""
_NOUN_OF_COUNT = rf"(?:\s+(?:other|more|people|of\s+them|(?:{_NOT_A_NOUN}[a-z]+\s+)?{_NOT_A_NOUN}[a-z]+s))?"
"""What a count counts, between it and what befell them: 'others', 'of them', a plural noun with a word
before it ('pilot whales', 'young men'): 'Twenty-nine pilot whales died' counts the dead."""
_DEAD_AFTER = re.compile(rf"^{_NOUN_OF_COUNT}(?:\s+(?:who|that))?\s+(?:(?:were|was|are|have|had|has)\s+(?:been\s+)?(?:confirmed\s+|(?:known|believed|feared|reported|thought)\s+to\s+have\s+(?:been\s+)?)?)?(?:killed|dead|died|lost\s+their\s+lives)\b", re.I)
_DIED_OF = re.compile(r"^\S+\s+of\s+(?:the|those)\b[^.;\d]{0,70}?\b(?:had|have|has)\s+died\b", re.I)
"""A part of a group that died, named with the group between ('78 of the people taking it, X, had died')."""
_INJURED_BEFORE = re.compile(rf"\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)\s+{_COUNT_LEAD}$", re.I)
_INJURED_AFTER = re.compile(rf"^{_NOUN_OF_COUNT}(?:\s+(?:who|that))?\s+(?:(?:were|was|are|have|had|has)\s+(?:been\s+)?)?(?:(?:seriously|badly|slightly|lightly|critically)\s+)?(?:injured|hurt|wounded)\b"
                            r"|^(?:\s+[a-z]+)?\s+(?:suffered|sustained|received)\s+(?:[a-z]+\s+)?(?:injuries|wounds)\b", re.I)


_DEED_AFTER = re.compile(r"^\s+(?:were|have\s+been|had\s+been)\s+(?:(?:later|also|then|since|successfully|safely)\s+)?([a-z]{3,}(?:ed|en))\b(?!\s+(?:to|by|that|as|of)\b)")
"""A count with no noun of its own and the deed that befell it: 'and 17 were refloated', '12 have been
rehomed'. The participle names what is counted: each outlet's count of the refloated is compared with
the others', not lost."""
_NOT_A_DEED = frozenset({"born", "seen", "given", "taken", "shown", "known", "been", "used", "needed", "expected", "allowed", "asked", "told", "found"})
"""Participles that say little of what befell the count ('17 were found', '12 were expected'): left unread."""


_TOLD_AS_PARTICIPLE = {"n:kill": "n:dead", "n:died": "n:dead", "n:injur": "n:injur", "n:hurt": "n:injur", "n:wound": "n:injur", "n:miss": "n:missing",
                       "n:arrest": "n:arrested", "n:detain": "n:arrested", "n:held": "n:arrested"}
"""Counts whose noun is what befell them ('12 killed', '30 hurt', '5 wounded', '3 missing'): the
dead, the injured and the missing, as other outlets' 'killing 12 people' are."""


NONE_OF = re.compile(r"\b(?:none|no\s+one|not\s+one|neither|nobody)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.I)


_APPOSITIVE = re.compile(r"^,\s+(?:mostly|mainly|many|most|all|some|including|among\s+them|among\s+whom)\b[^,;.:()]{1,60},")
"""An aside on what a count is made of, between it and its verb ('5,000 fish, mostly brown trout and
grayling, have died'): skipped to read what befell them."""
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+\s+)?(?:was|were|is|are|has|have|had)\b", re.I)


_LEFT_DEAD_AFTER = re.compile(rf"^{_NOUN_OF_COUNT}\s+dead\b", re.I)
"""'Left 12 dead', 'left two people dead': what 'left' counts is the dead only when the word says so."""


def _as_casualties(fact: Fact, text: str) -> Fact:
    """A count of the dead or the injured, whatever noun counts them: 'killing two workers', 'two
    people died', 'the death toll rose to three', 'injuring 11 people', 'eleven others were hurt'.
    Outlets count casualties as workers, people, passengers or residents: they are one subject.
    So are the missing, the rescued and the arrested ('arrested two men' / 'three persons were
    placed in police custody')."""
    if not fact.subject.startswith("n:") and fact.subject != "count":
        return fact
    before, after = text[max(0, fact.start - 100):fact.start], _APPOSITIVE.sub("", text[fact.end:fact.end + 100], count=1)[:40]  # '5,000 fish, mostly trout, have died'
    if fact.subject.endswith(":total") and _VERB_NEXT.match(after):
        return fact  # 'one of the two pilots was hurt': the verb tells of the one, the two are the whole it is of ('two of the four injured passengers' are four injured)
    if NONE_OF.search(before):
        return fact  # 'none of the 40 guests was hurt': the guests, not the hurt
    if fact.subject in _TOLD_AS_PARTICIPLE:
        return replace(fact, subject=_TOLD_AS_PARTICIPLE[fact.subject])  # a headline's '12 killed, 30 hurt': the word after the figure is what befell them
    dead_before = _DEAD_BEFORE.search(before)
    if dead_before and dead_before.group(0).lower().startswith("left") and _INJURED_AFTER.match(after):
        return replace(fact, subject="n:injur")  # 'left 17 injured': what it left them is after the figure
    if dead_before and dead_before.group(0).lower().startswith("left") and not _LEFT_DEAD_AFTER.match(after):
        dead_before = None  # 'killed 14 people and left more than 3,000 homeless': 'left' counts the dead only when 'dead' follows
    if dead_before or _DEAD_AFTER.match(after) or fact.subject in ("n:death", "n:fatal") or _DIED_OF.match(text[fact.start:fact.start + 100]):
        return replace(fact, subject="n:dead")  # '87 deaths', '78 of the people taking the drug, X, had died'
    if _INJURED_BEFORE.search(before) or _INJURED_AFTER.match(after):
        return replace(fact, subject="n:injur")
    if _MISSING_AFTER.match(after):
        return replace(fact, subject="n:missing")
    if _RESCUED_AFTER.match(after):
        return replace(fact, subject="n:rescued")
    if _ARRESTED_BEFORE.search(before) or _ARRESTED_AFTER.match(after):
        return replace(fact, subject="n:arrested")
    return fact


_COUNTED = rf"(?:\s+(?:other|more|people|persons|of\s+them|(?:more\s+|other\s+)?(?:people|{_NOT_A_NOUN}[a-z]+s)))?"
"""What a count counts, between it and the verb: 'others', 'more people', 'skiers', 'of them'."""
_MISSING_AFTER = re.compile(rf"^{_COUNTED}\s+(?:(?:are|were|is|was|remain|remained)\s+(?:still\s+)?(?:missing|unaccounted\s+for)|still\s+missing)\b", re.I)
_RESCUED_AFTER = re.compile(rf"^{_COUNTED}\s+(?:(?:were|was|have\s+been|had\s+been)\s+)(?:rescued|pulled\s+out\s+alive|brought\s+out\s+alive|saved)\b", re.I)
_HOSPITAL_AFTER = re.compile(
    rf"^{_COUNTED}(?:\s+(?:who|that))?\s+(?:(?:were|was|are|is|have|had|has|remain|remains|remained)\s+(?:been\s+)?(?:later\s+|also\s+|still\s+)?)?"
    r"(?:(?:taken|admitted|rushed|flown|airlifted|brought|sent|transported)\s+(?:in)?to\s+(?:a\s+|the\s+)?hospitals?|hospitali[sz]ed|in\s+hospital"
    r"|(?:needed|required|received|needing|requiring)\s+(?:hospital\s+(?:treatment|care)|treatment\s+in\s+(?:a\s+)?hospital))\b", re.I)
"""The missing, the rescued and those taken to hospital: each their own count, never the dead's
(a count of the sick taken to hospital with no noun of its own, 'and three were taken to hospital')."""


_ARRESTED_BEFORE = re.compile(rf"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?)\s+{_COUNT_LEAD}$", re.I)
_ARRESTED_AFTER = re.compile(
    rf"^{_COUNTED}(?:,\s+[^,;.]{{1,60}},)?\s+(?:(?:were|was|are|is|have|had|has)\s+(?:now\s+|also\s+|since\s+)?(?:been\s+|being\s+)?(?:now\s+|also\s+|later\s+)?)"
    r"(?:arrested|detained|held\s+(?:in\s+custody|by\s+police)|(?<=being\s)held|(?:placed|taken)\s+(?:in|into)\s+(?:police\s+)?custody|in\s+(?:police\s+)?custody)\b", re.I)
"""Those arrested, whatever noun counts them ('arrested two men', 'three persons were placed in
police custody', 'two men are being held'): one count of the story, as its dead are."""


_HYPHENATED_SCALE = re.compile(r"(?<=\d)-((?:thousand|million|billion|trillion)\b)(-(?=[^\W\d_]))?", re.I)
"""The hyphens of a figure used as an adjective ('a 385-million-florin satellite', 'a $2-billion deal')."""
_HYPHENATED_ABBREVIATED_SCALE = re.compile(r"(?:(?<=\d(?:m|k))|(?<=\dbn))-(?=([a-z]{3,}))")
"""The hyphen after an abbreviated scale in a figure used as an adjective ('a 60m-crown grant',
'a 2bn-euro loan')."""


_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_ERA_BEFORE = re.compile(r".*\b((?:1[6-9]|20)\d\d|[Ll]ast year['\u2019]s)(?![\w'\u2019])[^;:.!?\u2013\u2014]{0,50}$", re.S)
"""The year nearest before a figure in its clause (the greedy start finds the last): 'His contract,
extended in 2023 to run until August 2028, paid him 720,000' is dated by 2028, not by 2023."""
_ERA_AFTER = re.compile(r"^[^,;:.!?\u2013\u2014]{0,25}?\b(?:in|of|during|at)\s+((?:1[6-9]|20)\d\d|last year['\u2019]s)(?![\w'\u2019])")
_PRIOR_AFTER = re.compile(r"\s*(?:[a-z%]+\s+){0,2}?(?:previously|before|beforehand|formerly)\b(?!\s+(?:the|a|an|it|its|his|her|their|being|that)\b)", re.I)
"""'against 260 to 280 million previously': the figure a change is measured from, named after it."""
_PRIOR_WORDS = ("previously", "formerly", "beforehand")
_REVISED_BEFORE = r"(?:(?:upwardly\s+|downwardly\s+)?revised\s+|previous\s+|earlier\s+)?"
"""'From a revised 4.7%', 'from the previous 9 million': the figure before, named as such."""
_PRIOR_VALUE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|compared|raised|lowered|lifted|reduced|cut|trimmed|slashed|extended|shortened|changed|revised|moved|dropped|climbed|grew|grown)\s+(?:from|with)\s+(?:the\s+|an?\s+|about\s+|some\s+)?" + _REVISED_BEFORE + "$", re.I)
"""The figure a change is measured from ('up from 9 million', 'compared with 41 last year'): an
earlier state of the subject, compared only with earlier states."""
_FROM_BEFORE = re.compile(r"(?:^|\s)from\s+(?:the\s+|an?\s+|about\s+|some\s+)?" + _REVISED_BEFORE + "$", re.I)
_TO_FROM_BEFORE = re.compile(r"\bto\s+(?:about\s+|some\s+)?\d[\d,.\u00a0 ]*(?:[a-z%]+\s+)?(?:in\s+[A-Z][a-z]+\s+)?from\s+(?:the\s+|an?\s+)?" + _REVISED_BEFORE + "$", re.I)
_TO_AFTER = re.compile(r"\s*(?:[a-z%]+\s+)?to\s+(?:about\s+|some\s+)?\d", re.I)
"""'From 1,114 to 1,109', 'fell to 1,109 from 1,114': the figure a change started from."""


def opens_a_range(text: str, f: Fact) -> bool:
    """'From 3.86 cents to 9.86 cents': the figure is where a change starts, the next where it goes."""
    return bool(_FROM_BEFORE.search(text, max(0, f.start - 40), f.start)) and bool(_TO_AFTER.match(text, f.end))


def amount(f: Fact) -> float:
    """A figure's number: a sum's amount without its currency."""
    return float(f.value[1] if f.subject == "money" else f.value)  # type: ignore[index,arg-type]


ERA_GAP = 2
"""Years before publication from which a year names another event: last year may be the story's
own ('fined for a cyberattack last year that exposed 2.3 million customers'), two years back is
history. 'Last year's' (an edition, a season: 'nine people were arrested at last year's final')
is another event whatever the gap."""


NORM = 0
"""The era of a figure told as what usually holds ('typically around 27°C'): compared only with
other such figures, never with the event's."""
_USUALLY = r"typically|usually|normally|generally|ordinarily"
_NORM_BEFORE = re.compile(rf"\b(?:{_USUALLY}|as\s+a\s+rule)\b[^.;:,]{{0,24}}$", re.I)
_NORM_AFTER = re.compile(rf"\s+(?:{_USUALLY})\b", re.I)
"""The same word right after the figure: 'against 71 percent normally at this time of year'."""
_NORM_WORD = re.compile(rf"{_USUALLY}|as a rule")


def _with_era(fact: Fact, text: str, published_year: int) -> Fact:
    """The fact with the past year its clause tells of, if any: 'since 1968, when a magnitude 6.5
    quake destroyed the town', 'killed 212 people in 1968', 'last year's 40 arrests'."""
    if fact.subject in ("year", "duration"):
        return fact  # a length of time runs from the year, it is no figure of it ('distilled in 1951 and spent 72 years in a cask')
    if _PRIOR_VALUE.search(text, max(0, fact.start - 30), fact.start) or _TO_FROM_BEFORE.search(text, max(0, fact.start - 40), fact.start) or _PRIOR_AFTER.match(text, fact.end) or fact.text.lower().endswith(_PRIOR_WORDS) or (
            _FROM_BEFORE.search(text, max(0, fact.start - 30), fact.start) and _TO_AFTER.match(text, fact.start + len(fact.text.split()[0]))):
        return replace(fact, era=published_year - 1)  # 'up from the 100,000 florins it carried until last year': the figure before
    if _LAST_SEASON_BEFORE.search(text, max(0, fact.start - 60), fact.start) or _LAST_SEASON_AFTER.match(text, fact.end):
        return replace(fact, era=published_year - 1)  # 'Last winter, outbreaks on nine farms led to about 410,000 birds being culled': another season's event
    before = _ERA_BEFORE.match(text, max(0, fact.start - 60), fact.start)  # match, not search: the pattern opens with '.*', so a match anywhere in the window is one from its start, and a window without one is read once, not from each of its characters
    if before and _NEXT_DEED.search(text, before.end(1), fact.start):
        before = None  # 'a violin made in 1717 and valued at 6.5 million': the year dates the making, not the value
    if before and _SPAN_OF_YEARS.search(text, max(0, before.start(1) - 24), before.start(1)):
        before = None  # 'examined admissions from 2018 to 2021, flagged 37 students': the years a count covers, told by another outlet as 'over four years'
    after = None if before else _ERA_AFTER.match(text[fact.end:fact.end + 45])
    found = before or after
    if not found:
        return fact
    if before and _SINCE_YEAR.search(text, max(0, before.start(1) - 25), before.start(1)) and not _WHEN_AFTER.match(text, before.end(1)):
        return fact  # 'their lowest since March 2020, and closed down 19.8 percent': a year measured from, no era of the figure
    if found.group(1)[0] in "Ll":
        return replace(fact, era=published_year - 1)
    year = int(found.group(1))
    return replace(fact, era=year) if year <= published_year - ERA_GAP else fact


_SPAN_OF_YEARS = re.compile(r"\b(?:from|between)\s+(?:1[6-9]|20)\d\d\s*(?:to|and|until|-|\u2013)\s*$", re.I)
"""The words before a span's last year: the span is what a figure covers, not another event's year."""


_SEASONS = ("winter", "spring", "summer", "autumn")
_LAST_SEASON_BEFORE = re.compile(rf"\b[Ll]ast\s+(?:{'|'.join(_SEASONS)})\b(?!['\u2019])[^;:.!?\u2013\u2014]{{0,50}}$")
_LAST_SEASON_AFTER = re.compile(rf"[^,;:.!?\u2013\u2014]{{0,30}}?\blast\s+(?:{'|'.join(_SEASONS)})\b", re.I)
"""A figure told of last winter (spring, summer, autumn): another season's event, compared only
with figures of that season."""
_NEXT_DEED = re.compile(r"\band\s+(?:is\s+|was\s+|has\s+been\s+|now\s+)?[a-z]{3,}(?:ed|en)\b|\b(?:now|today|currently)\b|,\s+(?:is|are|has|have|remains?|will)\b", re.I)
"""A second verb or the present between a year and a figure: the year dates another deed ('a violin
made in 1717 and valued at', 'the violin, made in 1714, is valued at': the year sits in an aside)."""
_WHEN_AFTER = re.compile(r",?\s+when\b")
"""'since 1968, when a magnitude 6.5 quake struck': what follows tells of that year."""
_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?$")
_EVERY = re.compile(r"\bevery\s+$", re.I)

_SUPERSEDED = re.compile(
    r"\b(?:(?:initial(?:ly)?|preliminary|earlier|previous(?:ly)?|original(?:ly)?|first)\s+(?:[a-z-]+\s+){0,2}?(?:estimate|figure|reading|count|toll|tally|forecast|report)[a-z]*(?:\s+(?:had\s+)?(?:said|put\s+it\s+at|gave|showed|suggested|spoke\s+of)(?:\s+that)?)?"
    r"|(?:revis|correct|downgrad|upgrad|amend)[a-z]*\s+(?:[a-z-]+\s+){0,3}?from"
    r"|\b(?:first|initially|originally)\s+(?:been\s+)?(?:published|reported|given|announced|put|estimated|stated|released))\s+(?:(?:at|of|as|was)\s+)?(?:about\s+|around\s+|some\s+)?$", re.I)
"""A figure given as the one a later figure replaced: 'a magnitude of 6.9, revising an initial
estimate of 7.1', 'revised down from 7.1', 'an earlier toll of 12', 'initial reports said three'. The outlet does not report it
as the fact, so it is neither compared nor taken as the outlet agreeing with another's figure."""
_SUPERSEDED_WORDS = {"initial", "initially", "preliminary", "earlier", "previous", "previously", "original", "originally", "first",
                     "revised", "revising", "revises", "revise", "corrected", "correcting", "downgraded", "upgraded", "amended", "raised", "lowered", "updated"}
"""One of these is in every match of _SUPERSEDED and _REVISED: a sentence with none is not searched."""
_REVISED = re.compile(r"\b(?:revis|correct|downgrad|upgrad|amend|updat)[a-z]*\b|\b(?:raised|lowered)\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}?(?:count|estimate|figure|toll|tally|forecast)\b", re.I)
"""A figure revised in the sentence ('revised the number of flights cancelled to 71', 'raised its count to 410', 'is corrected to 1,290')."""
_REPLACED_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from\s+(?:the\s+)?(?:(?:figure|count|estimate|number)\s+of\s+)?|given\s+(?:[a-z]+\s+){0,3}?as\s+)(?:about\s+|around\s+|some\s+)?$", re.I)
"""In a sentence that revises a figure, the one it replaces: 'up from the 64 it gave on Thursday', 'given on Thursday as about 1,900'."""


def _significant(x: float) -> int:
    if x.is_integer() and -1e12 < x < 1e12:  # the common case, without formatting: 1200.0 -> '12'
        return max(1, len(str(abs(int(x))).rstrip("0")))
    digits = f"{abs(x):.12g}".split("e")[0].replace(".", "").strip("0")
    return max(1, len(digits))


FLOAT_NOISE = 1e-9
"""Relative difference below which two values are one: arithmetic's rounding, never a reporter's."""


PRECISE_DIGITS = 3
"""Significant digits from which two figures given as precisely as each other are two values even
under 'about' ('about 148 million years' / 'about 152 million years'): nobody rounds to 148."""


ROUNDED_COUNTS_FROM = 1000
"""Whole numbers below this are counted, not rounded, unless a word says so ('about 40')."""


@lru_cache(maxsize=65536)
def _close(x: float, y: float, approximate: bool) -> bool:
    """Equal, or equal once the more precise figure is rounded like the other (1.2 million for
    1,214,600; 4 for 4.1); 'about'/'nearly' allow a few percent more. Cached: a story's figures
    recur in every pair of claims compared (nine in ten calls repeat one on the synthetic archive)."""
    if x == y or math.isclose(x, y, rel_tol=FLOAT_NOISE):
        return True  # one value reached two ways ('2 hours 19 minutes' summed, '139 minutes' divided) may differ in its last bit
    if approximate and abs(x - y) <= 0.06 * max(abs(x), abs(y)):
        return True
    digits_x, digits_y = _significant(x), _significant(y)  # each counted once: called for every pair of figures compared
    lo, hi, digits_lo = (x, y, digits_x) if digits_x <= digits_y else (y, x, digits_y)
    if digits_x == digits_y:
        return False
    if not approximate and lo == int(lo) and hi == int(hi) and abs(lo) < ROUNDED_COUNTS_FROM:
        return False  # '40 passengers' is not '36 passengers' rounded: small counts are exact
    return math.isclose(_rounded(hi, digits_lo), lo, rel_tol=1e-9)


def _rounded(value: float, digits: int) -> float:
    """`value` to `digits` significant digits, halves up as writers round (25,000 to one digit is
    30,000, never 20,000 as round-half-even has it)."""
    if value == 0:
        return 0.0
    step = _step(value, digits)
    return math.copysign(math.floor(abs(value) / step + 0.5) * step, value)


def _step(value: float, digits: int) -> float:
    """The place value of a non-zero figure's `digits`-th significant digit (100 for 3,400 at two)."""
    return 10.0 ** (math.floor(math.log10(abs(value))) - digits + 1)


_CAPACITY_BEFORE = re.compile(r"\b(?:room|space|capacity|seating|berths?|beds?)\s+for\s+$|\bcapacity\s+of\s+$|\b(?:can|could|will|to)\s+(?:carry|hold|seat|accommodate|take)\s+$|\b(?:holds|seats|accommodates|sleeps)\s+$", re.I)
"""Words before 'up to' that make the figure a capacity: the most it holds is the figure told
('was carrying up to 40 passengers' on one trip is a range)."""
_GOES_BEFORE = re.compile(r"\b(?:goes|going|gone|went|moves|moved|moving)\s+$", re.I)
"""A verb of motion whose 'up' the 'up to' after it is: 'goes up to 12 shillings' is a rise to 12 (a
bare 'go', as in 'permits fines to go up to 4 percent', says how far something may go: a ceiling)."""
_AND_CENTS = re.compile(r"\s+and\s+(\d{1,2})\s+(?:cents?|pence|centimes?)\b", re.I)
"""The hundredths told after a whole sum in words ('12 shillings and 10 cents'): one sum, 12.10."""
_EXACT_BOUND = re.compile(r"(?:(?:a\s+)?(?:minimum|maximum)\s+of|within|capped\s+at|limited\s+to)\s", re.I)
"""'A minimum of 30 years' is a bound, but an exact one: no rounding."""
_LOWER = re.compile(r"^(?:more\s+than|over|above|at\s+least|upwards\s+of|exceeding|in\s+excess\s+of|(?:a\s+)?minimum\s+of)\s", re.I)
_UPPER = re.compile(r"^(?:less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|(?:a\s+)?maximum\s+of|within|capped\s+at|limited\s+to)\s", re.I)
"""'Just over 36 degrees' and 'just under 85%' are neither: a rounded value, close above or below."""


_MORE_AFTER, _LESS_AFTER = "more|over|above|higher|greater|upwards", "less|fewer|under|below|lower"
_BOUND_AFTER = re.compile(rf"\s+(?:or|and)\s+(?:{_MORE_AFTER}|{_LESS_AFTER})\b", re.I)
_LOWER_AFTER = re.compile(rf"\s(?:or|and)\s+(?:{_MORE_AFTER})$", re.I)
_UPPER_AFTER = re.compile(rf"\s(?:or|and)\s+(?:{_LESS_AFTER})$", re.I)
"""A bound told after its figure: 'seventy percent or more' is a floor, '20 or fewer' a ceiling."""


def bound(f: Fact) -> str | None:
    """'lower' for 'over £5,000', 'upper' for 'below £10,000', None for a value."""
    return _bound_written(f.text)


@lru_cache(maxsize=65536)
def _bound_written(text: str) -> str | None:
    """`bound` of a figure's words. Cached: a figure is tested against every rival of its subject
    in its claim's neighbours and across the story."""
    if _LOWER.match(text) or _LOWER_AFTER.search(text):
        return "lower"
    if _UPPER.match(text) or _UPPER_AFTER.search(text):
        return "upper"
    return None


def bounds_allow(a: Fact, b: Fact) -> bool:
    """A bound and a value (or two bounds) that can both be true do not contradict each other:
    'more than 160 people' and '162 people', 'payments over £5,000' and 'payments below £10,000'.
    They are not one figure either, so alignment still keeps such claims apart."""
    ba, bb = bound(a), bound(b)
    if a.subject == "split" or a.subject == "money" and currencies_apart(a, b):
        return False
    x, y = amount(a), amount(b)
    if ba and bb:
        if ba == bb:  # 'at least 23' / 'at least 32': each outlet's floor is its figure
            if (_EXACT_BOUND.match(a.text) or _EXACT_BOUND.match(b.text)) and not _converted(a, b) and not _other_time_units(a, b):
                return x == y  # 'up to 1,200' / 'capped at 1,000': a cap is set to the unit, no rounding of the other ('within 5km' / 'within three miles' is converted)
            return same(a, b)
        lower, upper = (x, y) if ba == "lower" else (y, x)
        return lower <= upper
    kind, limit, value = (ba, x, y) if ba else (bb, y, x)
    if kind == "lower" and a.subject.startswith("n:") and limit >= LOWER_BOUND_FROM and value > limit + LOWER_BOUND_STEPS * _last_step(limit) and not _EXACT_BOUND.match((a if ba else b).text):
        return False  # 'more than 3,400 customers' is no '4,300 customers': a writer with 4,300 says 'more than 4,000'
    if (b if ba else a).approximate:  # 'almost 130 km/h' is within 'up to 126 km/h': the value is only rounded
        limit = limit * (1 - APPROXIMATE_SLACK) if kind == "lower" else limit * (1 + APPROXIMATE_SLACK)
    elif _converted(a, b):  # '5km' is within 'within three miles' (4.8 km): a converted figure is rounded
        limit = limit * (1 - CONVERTED_TOLERANCE) if kind == "lower" else limit * (1 + CONVERTED_TOLERANCE)
    if kind == "upper" and _UP_TO.match((a if ba else b).text):
        return limit * UP_TO_FLOOR <= value <= limit  # 'a reward of up to 500,000' is no '50,000 reward'
    return value >= limit if kind == "lower" else value <= limit


LOWER_BOUND_STEPS = 3
"""Steps of its last significant digit by which a figure may pass a floor ('more than 3,400', step
100) and still be what the floor tells: a writer with 4,300 says 'more than 4,000', one with 3,460
'more than 3,400'. Measured on the other genres (168 stories): 3 and 5 add one keyed clash and one
callout the key leaves out ('at least 140 buildings collapsed' / '312 buildings collapsed or damaged
beyond repair'); the held-out set gains one keyed clash and no false callout."""
LOWER_BOUND_FROM = 100
"""Floors from which LOWER_BOUND_STEPS applies: 'more than thirty' is said of 42 (10 and 100 gave
the same on every set)."""


def _last_step(value: float) -> float:
    """The step of a figure's last significant digit: 100 for 3,400, 10 for 140 and for thirty."""
    return _step(value, _significant(value)) if value else 1.0


APPROXIMATE_SLACK = 0.06
"""How far a rounded figure ('about', 'almost') may lie past a bound and still fall within it, as
rounded figures agree with exact ones."""


_UP_TO = re.compile(r"^up\s+to\s", re.I)
UP_TO_FLOOR = 0.5
"""'Up to 500,000' names the most a thing reaches, which another outlet's single figure gives too:
a figure under half of it is another amount, not one within the range ('up to 30 cm of snow' /
'20 cm')."""


FRACTION_SPREAD = 0.15
"""How far a share told as a fraction under 'about' or 'almost' ('about a quarter', 'almost a
third') may lie from a figure in percent and still be that figure: a fraction word is a coarse
rounding ('about a quarter' for 22 percent). Without such a word the fraction is the figure itself
('cut by a third' / 'reduced by 30%' differ)."""
_OF_A_SCALE = re.compile(rf"\s+of\s+an?\s+{_A_SCALE}\b", re.I)
_OF_THE_FORMER = re.compile(r"\s+(?:of\s+)?(?:the|its|their|his|her)\s+(?:previous|former|old|earlier|original|prior)\b", re.I)
"""A fraction of what was before ('a third of the previous limit', 'half its former price'): the new level
against the old, which a cut by two-thirds also gives; no share of a whole to compare."""
FRACTION_EXACT = 0.03
"""The same for a bare fraction: 'a third' is 33 percent, not 30 (one digit's rounding of 33.3)."""
_FRACTION_WORD = re.compile(rf"(?=[{''.join(sorted({w[0] for w in _FRACTIONS}))}])\b(?:{'|'.join(_FRACTIONS)})\b", re.I)
"""A share told as a fraction: the words FRACTION and _HALF_OF read (their first letters said up
front, so the engine passes over every other position at once)."""


_WHOLE_UNITS_BEFORE_A_NOUN = re.compile(r"^(\d+)-(minute|hour|day|week|month|year)$", re.I)
"""A length told as a whole number of units before its noun ('a 38-hour standoff'): the whole units
of a length another outlet gives to the fraction ('38.5 hours')."""


def _whole_part_of(a: Fact, b: Fact) -> bool:
    """'A 38-hour standoff' / 'after 38,5 hours': one length, the first without its fraction."""
    for x, y in ((a, b), (b, a)):
        m = _WHOLE_UNITS_BEFORE_A_NOUN.match(x.text)
        if m:
            units = y.value / DURATIONS[m.group(2).lower()]  # type: ignore[operator]
            return not float(round(units, 6)).is_integer() and int(units) == int(m.group(1))
    return False


def same(a: Fact, b: Fact) -> bool:
    if a.subject == "age" == b.subject and (_AGE_DECADE.match(a.text) or _AGE_DECADE.match(b.text)):
        return _within_decades(a, b)
    if a.subject == "duration" == b.subject and "-" in a.text + b.text and _whole_part_of(a, b):
        return True
    approx = a.approximate or b.approximate
    converted = _converted(a, b)
    if approx and not converted and _written_digits(a) == _written_digits(b) >= PRECISE_DIGITS and amount(a) != amount(b):
        return False  # 'about 148 million years' / 'about 152 million years': nobody rounds to 148
    if a.subject == "money":
        return not currencies_apart(a, b) and _close(a.value[1], b.value[1], approx)  # type: ignore[index]
    if a.subject in ("split", "score"):
        return a.value == b.value
    if a.subject == "temperature" and _on_either_scale(a, b):
        return True
    if a.kind == "measure" or a.subject == "temperature":  # converted figures are rounded
        x, y = float(a.value), float(b.value)  # type: ignore[arg-type]
        tolerance = max([CONVERTED_TOLERANCE] + [_rounding_share(f) for f in (a, b) if f.approximate])
        return converted and abs(x - y) <= tolerance * max(abs(x), abs(y)) or _close(x, y, approx)
    if a.subject == "duration" and approx and (_within_its_unit(a, b) or _within_its_unit(b, a)):
        return True
    if a.subject == "percent" and (_FRACTION_WORD.search(a.text) or _FRACTION_WORD.search(b.text)):
        spread = FRACTION_SPREAD if approx else FRACTION_EXACT  # 'about a quarter' / '22 percent'; 'a third' / '30%' differ
        return abs(float(a.value) - float(b.value)) <= spread * max(float(a.value), float(b.value))  # type: ignore[arg-type]
    coarser = _WHOLE_UNITS.get(frozenset({_duration_unit(a), _duration_unit(b)})) if a.subject == "duration" else None
    if coarser:  # 'three weeks' / '22 days', 'a two-hour film' / '132 minutes', 'within three months' / 'within 90 days'
        return abs(float(a.value) - float(b.value)) <= DURATIONS[coarser] / 2  # type: ignore[arg-type]  # the coarser unit is counted whole
    return _close(float(a.value), float(b.value), approx)  # type: ignore[arg-type]


_SCALE_WRITTEN = re.compile(r"[CF]\b|celsius|fahrenheit|centigrade", re.I)


def _on_either_scale(a: Fact, b: Fact) -> bool:
    """A temperature written as bare degrees ('90 degrees') may be on the other scale than the
    sentence's: it agrees with a figure that its Fahrenheit or Celsius reading matches."""
    for bare, other in ((a, b), (b, a)):
        if not _SCALE_WRITTEN.search(bare.text):
            shown = float(bare.value)  # type: ignore[arg-type]
            for reading in ((shown - 32) * 5 / 9, shown * 9 / 5 + 32):
                if abs(reading - float(other.value)) <= CONVERTED_TOLERANCE * max(abs(reading), 1.0):  # type: ignore[arg-type]
                    return True
    return False


_FIGURE_DIGITS = re.compile(r"\d[\d.,\u00a0 ]*\d|\d")
_NOT_DIGIT = re.compile(r"\D")
_LETTERS = re.compile(r"[a-z]+")
_UNIT_AT_END = re.compile(r"([^\d\s.,]+?)s?\.?$")


def _rounding_share(f: Fact) -> float:
    """How far an approximate figure may lie from the value it rounds, as a share of it: half its
    last written digit ('about six miles' is 5.5 to 6.5 miles, 8%; 'about 29,200 acres' 0.2%)."""
    m = _FIGURE_DIGITS.search(f.text)
    if m:
        digits = _NOT_DIGIT.sub("", m.group(0)).rstrip("0")  # '29,200' -> 292, '4.5' -> 45
        leading = int(digits) if digits else 0
    else:
        word = next((w for w in _LETTERS.findall(f.text.lower()) if w in NUMBER_WORDS), None)
        leading = int(NUMBER_WORDS[word]) if word else 0
    return 0.5 / leading if leading else 0.0


def _written_digits(f: Fact) -> int:
    """Significant digits of the figure as the outlet wrote it ('152 million' 3, '0,6 billion' 1):
    a converted value's digits say nothing of how it was rounded."""
    return _digits_written(f.text)


@lru_cache(maxsize=65536)
def _digits_written(text: str) -> int:
    """`_written_digits` of a figure's words, cached as `_bound_written` is."""
    m = _FIGURE_DIGITS.search(text)
    return len(_NOT_DIGIT.sub("", m.group(0)).strip("0")) if m else 0


def _converted(a: Fact, b: Fact) -> bool:
    """Two measures written in other units ('within 5km' / 'within three miles'): one of them was
    converted, and rounded; '6.48 metres' and '6.52 metres' are two readings, not one converted."""
    return a.kind == "measure" and _unit_written(a) != _unit_written(b)


def _unit_written(f: Fact) -> str:
    """The unit as the outlet wrote it after the figure ('metres' -> 'metre', 'km/h'), in lower case."""
    m = _UNIT_AT_END.search(f.text)
    return m.group(1).lower() if m else ""


_SHORT_OF = re.compile(r"^(?:nearly|almost|just under|close to)\s", re.I)
_ROUGHLY = re.compile(r"^(?:about|around|round|roughly|some|approximately|approx\.?|circa|c\.)\s", re.I)


_WHOLE_UNITS = {frozenset(pair): pair[0] for pair in (("week", "day"), ("hour", "minute"), ("month", "day"), ("month", "week"), ("minute", "second"))}
"""Neighbouring units of time, by the coarser of the two, which is counted whole: a length told in
it may lie half of it from the same length told in the finer unit. Years against months are left
out: 'two years' and '20 months' are two accounts."""


def _other_time_units(a: Fact, b: Fact) -> bool:
    """Two lengths of time told in neighbouring units ('within 90 days' / 'within three months'): a
    cap in one is the other's converted, and rounded."""
    return a.subject == "duration" and frozenset({_duration_unit(a), _duration_unit(b)}) in _WHOLE_UNITS


def _duration_unit(f: Fact) -> str:
    """The unit a length of time is written in ('22 days' -> 'day', 'a three-week' -> 'week')."""
    return f.text.rsplit(None, 1)[-1].lower().split("-")[-1].rstrip("s") if f.text else ""


def _within_its_unit(a: Fact, b: Fact) -> bool:
    """An approximate length of time is as fine as its unit: 'almost two months' is within half a
    month short of two (seven weeks fits), 'about three years' within half a year of three."""
    unit = DURATIONS.get(a.text.rsplit(None, 1)[-1].lower().rstrip("s"), 0.0) if a.text else 0.0
    x, y = float(a.value), float(b.value)  # type: ignore[arg-type]
    if not unit or unit < 1.0:
        return False
    if _SHORT_OF.match(a.text):
        return x - unit / 2 <= y <= x
    if _ROUGHLY.match(a.text):
        return abs(x - y) <= unit / 2
    return False


def severity(a: Fact, b: Fact) -> str:
    return "material"
