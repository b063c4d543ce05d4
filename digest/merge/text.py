"""Word-level normalisation shared by alignment and fact comparison.

Language-general English vocabulary only (stop words, number words, spelling
variants); nothing here knows any story.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TIME_UNIT_ABBREVIATIONS = {"h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second"}
"""Units of time abbreviated after a figure in digits ('2 h. 19 min.', '45 mins'), as translations and
timetables write them: read as units by the figures, and no sentence ends at their full stop."""

STOPWORDS = frozenset(
    """a about above after again against all almost also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours yourself
    mr mrs ms said says say told according regarding once morest per via its it's that's""".split()
)

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}
SPELLING = {  # British/American pairs and common variants, folded to one form
    "metres": "meters", "metre": "meter", "kilometres": "kilometers", "kilometre": "kilometer",
    "litres": "liters", "litre": "liter", "centre": "center", "centres": "centers", "defence": "defense",
    "towards": "toward", "organisation": "organization", "organisations": "organizations",
}

def case_apart(text: str) -> bool:
    """Whether the text holds a letter that case-insensitive patterns read as 'i' or 's' but
    str.lower() does not make one (dotted and dotless i, long s): such a sentence is read by the
    patterns themselves, not by its lower-cased words. Three substring tests, not a character-
    class search: a Latin-1 sentence cannot hold them and is passed at once (asked of every sentence)."""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text


_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['\u2019][a-z]+)?|\d+(?:[.,]\d+)*")


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def without_possessive(word: str) -> str:
    """'Harnmouth's' -> 'Harnmouth', 'Consumers’' -> 'Consumers'. A word with no apostrophe is
    returned as it is, unread: most are, and names_in asks it of every word of every name."""
    if "'" not in word and "\u2019" not in word:
        return word
    return _POSSESSIVE_END.sub("", word)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=8192)
def sentence_tokens(text: str) -> tuple[str, ...]:
    """`tokens` of a whole sentence, read once: its content stems and its names both need them."""
    return tuple(_WORD.findall(text))


_DEED_NOUN = re.compile(r"(?:val|(?<!niver)sal|wal|nial|ttal|rral)s?$")
"""Endings of nouns made from a verb with '-al' ('approval', 'proposal', 'renewal', 'denial',
'acquittal', 'referral'); not of adjectives and other nouns ('universal', 'signal', 'capital',
'official', 'material', 'hospital', 'trial')."""


def _undoubled(w: str) -> str:
    """A consonant doubled before an ending, once ('plott' of 'plotting', 'acquitt' of 'acquittal')."""
    return w[:-1] if w[-1] == w[-2] and w[-1] not in "aeiouls" else w


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'soared'/'soaring', 'limits'/'limit'."""
    w = word.lower().replace("\u2019", "'")
    w = SPELLING.get(w, w)
    if w.endswith("'s"):
        w = w[:-2]
    if w in NUMBER_WORDS:
        return str(NUMBER_WORDS[w])
    deed = _DEED_NOUN.search(w) if len(w) >= 6 else None
    if deed:  # 'approval' / 'approved', 'refusal' / 'refused', 'acquittal' / 'acquitted': the deed and its noun, one stem
        w = _undoubled(w[:deed.start() + len(deed.group(0).rstrip("s")) - 2])
    for suffix in () if deed else ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s"):
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if suffix in ("ings", "ing", "ed") and len(w) > 3:
                w = _undoubled(w)  # plotting -> plot
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # 'cause' and 'causing', 'blame' and 'blamed': one stem
    return w[:7]


_LOWER_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def lower_runs(text: str) -> frozenset[str]:
    """The runs of letters a-z in the lower-cased text: what a status and a person's role are
    first looked for in. Cached (a story's sentences, not an archive's): both read every sentence."""
    return frozenset(_LOWER_RUN.findall(text.lower()))


@lru_cache(maxsize=65536)
def content_stems(text: str) -> frozenset[str]:
    """The set of stems of the words that carry meaning."""
    words = sentence_tokens(text)
    known = _CONTENT_STEM
    try:
        return frozenset(filter(None, map(known.__getitem__, words)))
    except KeyError:  # a word not met before: its stem (or '' for a stop word), kept for the process
        if len(known) > CONTENT_STEM_MAX:
            known.clear()
        for t in words:
            if t not in known:
                known[t] = stem(t) if t.lower() not in STOPWORDS and (len(t) > 1 or t.isdigit()) else ""
        return frozenset(filter(None, map(known.__getitem__, words)))


_CONTENT_STEM: dict[str, str] = {}
"""Each word token's stem as content_stems counts it, '' for a stop word or a lone letter (a stem
is never empty): a word-level cache like `stem`'s, read with one lookup per word."""
CONTENT_STEM_MAX = 65536


def similarity(a: frozenset[str], b: frozenset[str]) -> tuple[float, float, int]:
    """Dice coefficient, containment of the smaller set, and the shared count."""
    if not a or not b:
        return 0.0, 0.0, 0
    shared = len(a & b)
    return 2 * shared / (len(a) + len(b)), shared / min(len(a), len(b)), shared


ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}


_PAST_IN_T = re.compile(r"(?<=[a-z]{2}[nlmp])ed$")
_ISE = re.compile(r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations)$")


def _variant_folded(word: str) -> str:
    """'burned' and 'burnt', 'spelled' and 'spelt', 'criticised' and 'criticized': one form each
    (both sides fold alike, so a fold that makes no real word does no harm)."""
    if word.endswith("ed"):  # a plain test first: called for every word of every phrase compared
        word = _PAST_IN_T.sub("t", word)
        if word.endswith("llt"):
            word = word[:-2] + "t"
    return _ISE.sub(r"iz\1", word) if "is" in word else word


_PHRASE_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")


@lru_cache(maxsize=65536)
def normalise_phrase(text: str) -> str:
    """Compare phrases ignoring case, hyphens, quotes, articles, spelling variants and how
    numbers are written ('World War II' = 'World War Two')."""
    return " ".join(w for w in map(_normal_word, _PHRASE_WORD.findall(text.replace("-", " "))) if w)


@lru_cache(maxsize=65536)
def _normal_word(raw: str) -> str:
    """One word of a phrase as normalise_phrase compares it; '' for an article. Cached by word:
    whole sentences are normalised, and their words recur."""
    w = raw.lower()
    if raw.isupper() and w in ROMAN:
        w = ROMAN[w]
    elif w in NUMBER_WORDS:
        w = str(NUMBER_WORDS[w])
    w = _variant_folded(SPELLING.get(w, w))
    return "" if w in ("a", "an", "the") else w


CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]"
"""A name's first letter, accented ones included ('Étienne', 'Łukasz', 'Šimon'), for patterns of names."""


RELATIVE_YEAR = re.compile(r"\b(last|this|next)\s+year\b(?!['\u2019])", re.I)
"""A year named from the day of writing ('last year', 'this year'; not 'last year's')."""
YEAR_STEP = {"last": -1, "this": 0, "next": 1}


_NAMED = re.compile(rf"(?<=\s){CAPITAL}[\w\u00c0-\u024f-]+")


def names_after_start(text: str) -> frozenset[str]:
    """The capitalised words of a clause but its first: who or what it names ('ruled out
    governing with the Homeland Movement' -> {'Homeland', 'Movement'})."""
    return frozenset(w for w in _NAMED.findall(text) if w.lower() not in STOPWORDS)


_PLAIN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "đ": "d", "Đ": "D",
                                "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"})
"""Letters NFKD leaves whole, as English copy writes them: 'Brenøe' is the others' 'Brenoe',
'Łukasz' their 'Lukasz'."""


def without_accents(text: str) -> str:
    """The text with its accents dropped: translations keep them ('Kolář', 'Sándor', 'Brenøe'),
    others do not. ASCII text is returned as it is (it has no accent, and NFKD leaves it
    unchanged): most names are."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS)) if not unicodedata.combining(ch))


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (adjacent transpositions count once): 'Mira'/'Mria' is one edit."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def spelt_alike(a: str, b: str) -> bool:
    """One name spelt two ways: two letters apart ('Sestri' / 'Sestini'), three when a long
    beginning is the same ('Marley' / 'Marleigh', 'Thomson' / 'Thompsen'), or any vowels with the
    same consonants ('Vireck' / 'Verrick')."""
    distance = edit_distance(a, b)
    if distance <= 2:
        return True
    if a[:1] == b[:1] and min(len(a), len(b)) >= 5 and _consonants(a) == _consonants(b):
        return True  # 'Vireck' / 'Verrick': other vowels and a doubled letter, the same sounds in their order
    return distance == 3 and min(len(a), len(b)) >= 6 and a[:4] == b[:4]


_VOWELS_AND_DOUBLES = re.compile(r"[aeiouy]+|(.)(?=\1)")


def _consonants(word: str) -> str:
    """A name's consonants in order, each run of one letter once: what survives a misheard or
    mistyped vowel and a doubled letter."""
    return word[:1] + _VOWELS_AND_DOUBLES.sub("", word[1:])
