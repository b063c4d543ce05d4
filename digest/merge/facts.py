"""Facts that can be compared across sources, read out of single sentences.

Quantities with what they measure, dates resolved against the source's publication
date, confirmations with their polarity, quoted and marked terms with the noun they
qualify, multi-word names, and quotations. Everything here is general English
grammar and vocabulary; nothing knows a story.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from fractions import Fraction

from digest.merge.sentences import Sentence
from digest.merge.text import NUMBER_WORDS, ORDINALS, STOPWORDS, content_stems, stem, tokens


@dataclass(frozen=True)
class Fact:
    kind: str
    """number | date | confirmation | term | name | quote"""
    sentence: Sentence
    text: str
    """The words as the source has them: what a discrepancy's variant shows."""
    value: object
    """A normalised, comparable value."""
    context: frozenset[str]
    """Content stems around the fact: what it is about."""
    head: str = ""
    """For terms: the noun the term qualifies."""

    @property
    def source(self) -> str:
        return self.sentence.source


# -- Quantities --------------------------------------------------------------------

_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_APPROX = r"(?:(?:nearly|almost|about|around|roughly|some|approximately|more than|less than|over|under|just over|just under|up to)\s+)?"
_FRACTION = re.compile(rf"\b{_APPROX}(a|one|two|three)\s+(half|halves|thirds?|quarters?|fifths?|tenths?)\b", re.I)
_PERCENT = re.compile(rf"\b{_APPROX}(\d+(?:\.\d+)?)\s?(%|per ?cent\b)", re.I)
_MONEY = re.compile(rf"{_APPROX}([$\u20ac\u00a3\u00a5])\s?(\d+(?:[.,]\d+)*)\s*(thousand|million|billion|trillion|bn|m)?\b", re.I)
_COUNT = re.compile(
    rf"\b{_APPROX}(\d+(?:[.,]\d+)*|{'|'.join(NUMBER_WORDS)})\s+(thousand|million|billion|trillion)?\s*([a-z]+(?:\s+(?:meters|metres|feet|tonnes|tons|barrels))?)\b",
    re.I,
)
_SCALE = {"thousand": 10**3, "million": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12}
_UP = {"rise", "rose", "risen", "soar", "grow", "grew", "grown", "increas", "jump", "climb", "surg", "up", "gain", "doubl", "expand"}
_DOWN = {"fall", "fell", "fallen", "drop", "declin", "decreas", "slump", "plung", "shrink", "shrank", "contract", "down", "cut", "lower"}
_APPROX_WORDS = re.compile(r"^(nearly|almost|about|around|roughly|some|approximately|more than|less than|over|under|just over|just under|up to)\s+", re.I)
_COUNT_SKIP = {"year", "years", "month", "months", "day", "days", "week", "weeks", "time", "times", "am", "pm", "percent", "per"}


def _number(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _window(sentence: Sentence, start: int, end: int, size: int = 7) -> frozenset[str]:
    """Content stems within `size` words either side of a span, with direction of change as a marker."""
    before = tokens(sentence.text[:start])[-size:]
    after = tokens(sentence.text[end:])[:size]
    stems = {stem(t) for t in before + after if t.lower() not in STOPWORDS and not t.isdigit()}
    if stems & _UP:
        stems.add("^up")
    if stems & _DOWN:
        stems.add("^down")
    return frozenset(stems)


_NUMERIC_WORDS = frozenset(NUMBER_WORDS) | frozenset(_FRACTIONS)


def quantities(sentence: Sentence) -> list[Fact]:
    facts: list[Fact] = []
    text = sentence.text
    if not any(c.isdigit() for c in text) and not {t.lower() for t in tokens(text)} & _NUMERIC_WORDS:
        return facts  # most sentences hold no number: skip the expensive patterns
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, value: tuple) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        taken.append((match.start(), match.end()))
        approx = bool(_APPROX_WORDS.match(match.group(0).strip()))
        facts.append(Fact("number", sentence, match.group(0).strip(), (*value, approx), _window(sentence, match.start(), match.end())))

    for m in _FRACTION.finditer(text):
        numerator = 1 if m.group(1).lower() in ("a", "one") else NUMBER_WORDS[m.group(1).lower()]
        add(m, ("fraction", Fraction(numerator, _FRACTIONS[m.group(2).lower()])))
    for m in _PERCENT.finditer(text):
        add(m, ("percent", float(m.group(1))))
    for m in _MONEY.finditer(text):
        value = _number(m.group(2))
        if value is not None:
            add(m, ("money:" + m.group(1), value * _SCALE.get((m.group(3) or "").lower(), 1)))
    for m in _COUNT.finditer(text):
        value = _number(m.group(1))
        unit = m.group(3).lower()
        if value is None or unit in _COUNT_SKIP or unit in STOPWORDS or re.match(r"\d", unit):
            continue
        if re.search(r"\d{4}$", m.group(1)) and 1800 <= value <= 2100:
            continue  # a year, not a count
        if re.search(r"[A-Z][a-z]+\s+$", text[: m.start()]) and m.group(1)[0].isdigit():
            continue  # part of a name: "Nord Stream 1", "Power of Siberia 2"
        add(m, ("count:" + stem(unit.split()[-1]), value * _SCALE.get((m.group(2) or "").lower(), 1)))
    return facts


def same_quantity(a: Fact, b: Fact) -> bool:
    """Equal, allowing for 'nearly'/'about' and for rounding."""
    kind_a, value_a, approx_a = a.value  # type: ignore[misc]
    kind_b, value_b, approx_b = b.value  # type: ignore[misc]
    if value_a == value_b:
        return True
    tolerance = 0.1 if (approx_a or approx_b) else 0.005
    return abs(float(value_a) - float(value_b)) <= tolerance * max(abs(float(value_a)), abs(float(value_b)))


# -- Dates -------------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_DATE = re.compile(
    rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+(\d{{4}}))?\b|"
    rf"\b(?:in|of|since|from|until|by|early|late|mid)[\s-]+{_MONTH_RE}(?:\s+(\d{{4}}))?\b|"
    rf"\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bon\s+the\s+(\d{{1,2}})(?:st|nd|rd|th)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(will|shall|is due|are due|scheduled|expected|plans?|next|upcoming|is to|are to|would)\b", re.I)


@dataclass(frozen=True)
class When:
    year: int
    month: int
    day: int | None
    explicit_year: bool


def resolve(sentence: Sentence, match: re.Match, published: dt.date) -> When | None:
    """Turn a date mention into a calendar date, using the tense and the publication date."""
    g = match.groups()
    future = bool(_FUTURE.search(sentence.text))
    if g[0]:
        month, day, year = MONTHS[g[0].lower().rstrip(".")[:4] if g[0].lower().startswith("sept") else g[0].lower().rstrip(".")[:3]], int(g[1]), g[2]
    elif g[3]:
        month, day, year = MONTHS[g[4].lower().rstrip(".")[:3]], int(g[3]), g[5]
    elif g[6]:
        month, day, year = MONTHS[g[6].lower().rstrip(".")[:3]], None, g[7]
    elif g[8]:
        offset = (WEEKDAYS[g[8].lower()] - published.weekday()) % 7
        when = published + dt.timedelta(days=offset if future or offset == 0 else offset - 7)
        return When(when.year, when.month, when.day, False)
    else:
        day = int(g[9])
        month, year_n = published.month, published.year
        if future and day < published.day:
            month, year_n = (1, year_n + 1) if month == 12 else (month + 1, year_n)
        return When(year_n, month, day, False)
    if year:
        return When(int(year), month, day, True)
    year_n = published.year
    if future and (month, day or 1) < (published.month, published.day):
        year_n += 1
    elif not future and (month, day or 1) > (published.month, published.day):
        year_n -= 1
    return When(year_n, month, day, False)


def dates(sentence: Sentence, published: dt.date) -> list[Fact]:
    facts = []
    for m in _DATE.finditer(sentence.text):
        when = resolve(sentence, m, published)
        if when and when.month:
            facts.append(Fact("date", sentence, m.group(0).strip(), when, _window(sentence, m.start(), m.end(), 12)))
    return facts


def dates_conflict(a: When, b: When) -> bool:
    if (a.year, a.month) != (b.year, b.month):
        return a.month == b.month and (a.explicit_year or b.explicit_year)
    return a.day is not None and b.day is not None and a.day != b.day


# -- Confirmation ------------------------------------------------------------------

_NOT_CONFIRMED = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|could|would|will)(?:\s+not|n['\u2019]t)|not\s+yet|yet\s+to|declined\s+to|refused\s+to|"
    r"unable\s+to|without)\s+(?:officially\s+|publicly\s+)?confirm\w*|\bunconfirmed\b|\bno\s+confirmation\b",
    re.I,
)
_CONFIRMED = re.compile(r"\b(?:was|were|has been|have been|officially|had)?\s*confirm(?:ed|s)\b", re.I)


def confirmations(sentence: Sentence) -> list[Fact]:
    negative = _NOT_CONFIRMED.search(sentence.text)
    if negative:
        return [Fact("confirmation", sentence, _clause(sentence.text, negative), False, content_stems(sentence.text))]
    positive = _CONFIRMED.search(sentence.text)
    if positive:
        return [Fact("confirmation", sentence, _clause(sentence.text, positive), True, content_stems(sentence.text))]
    return []


def _clause(text: str, match: re.Match) -> str:
    """The clause around a match: from the last comma or 'and' before it to the next comma or the end."""
    comma = text.rfind(",", 0, match.start())
    conjunction = text.rfind(" and ", 0, match.start())
    start = max(comma + 1, conjunction + 5 if conjunction != -1 else 0)
    end = text.find(",", match.end())
    return text[start : end if end != -1 else len(text)].strip(" ,.")


# -- Terms, names, quotes ----------------------------------------------------------

_QUOTED = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{2,40}?)[.,]?[\u201d\"]")
_HEAD_AFTER = re.compile(r"^\s*([a-z]+)\b")
_POST_MOD = re.compile(r"^\s+((?:without|with no|as)\s+[a-z]+(?:\s+[a-z]+)?)\b")
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "of", "and", "or", "to", "in", "on"}


def terms(sentence: Sentence) -> list[Fact]:
    """Quoted short terms with the noun after them: '“no limits” partnership'."""
    facts = []
    for m in _QUOTED.finditer(sentence.text):
        term = m.group(1).strip(" .,")
        if len(term.split()) > 4 or term[:1].isupper() and len(term.split()) > 1:
            continue  # a quotation or a title, not a term
        after = _HEAD_AFTER.match(sentence.text[m.end():])
        head = stem(after.group(1)) if after and after.group(1) not in STOPWORDS else ""
        facts.append(Fact("term", sentence, term, term, content_stems(sentence.text), head))
    return facts


_AFTER_MARK = re.compile(r"[-\u201d\"]\S*((?:\s+[a-z]+(?![\w-])){1,3})")
_BEFORE_POST = re.compile(r"(?<![\w-])([a-z]+)\s+(?:without|with no|as)\s")


def marked_heads(text: str) -> set[str]:
    """Stems of the nouns that could carry a marked modifier: the words just after a
    hyphenated word or a closing quote, or before 'without', 'with no' or 'as'. Only these
    need modifier_of."""
    heads = {stem(w) for run in _AFTER_MARK.findall(text) for w in run.split()}
    return heads | {stem(w) for w in _BEFORE_POST.findall(text)}


def modifier_of(text: str, head: str, roles: frozenset[str] = frozenset()) -> str | None:
    """The marked modifier of a noun in a sentence: a quoted term or hyphenated compound
    before it ('“no limits” partnership', 'five-year leadership term'), or 'without …' /
    'as <role>' after it ('partnership without limits', 'term as president')."""
    for m in re.finditer(r"(?<![\w-])([a-z]+)(?![\w-])", text):
        if stem(m.group(1)) != head:
            continue
        before = text[: m.start()].rstrip()
        quoted = re.search(r"[\u201c\"]([^\u201c\u201d\"]{2,40}?)[\u201d\"]$", before)
        if quoted:
            return quoted.group(1).strip(" .,")
        words: list[str] = []
        for w in reversed(before.split()[-3:]):
            if w.lower() in _DETERMINERS or w.lower() in ORDINALS or w.endswith((",", ";", ":")) or not w[:1].isalpha() or (w[0].isupper() and "-" not in w):
                break
            words.insert(0, w)
        if words and any("-" in w for w in words):
            return " ".join(words)
        post = re.match(r"^\s+((?:without|with no)\s+[a-z]+|as\s+(?:an?\s+|the\s+)?([a-z]+))\b", text[m.end():])
        if post and (not post.group(2) or post.group(2) in roles):
            return post.group(1)
    return None


_CAP = r"[A-Z][\w'\u2019.-]*"
_NAME = re.compile(rf"\b{_CAP}(?:\s+(?:of|and|for|de|the)\s+{_CAP}|\s+{_CAP}|\s+\d+\b)+")


def names(sentence: Sentence) -> list[str]:
    """Multi-word capitalised names in a sentence ('Power of Siberia 2', 'University of NSW')."""
    found = []
    for m in _NAME.finditer(sentence.text):
        name = m.group(0).strip()
        words = name.split()
        while words and (words[0].lower() in STOPWORDS or words[0] in ("Mr.", "Mrs.", "Ms.", "Dr.")):
            words = words[1:]
        if len(words) >= 2:
            found.append(" ".join(words).rstrip(".,"))
    return found


_QUOTATION = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{25,}?)[\u201d\"]|^[\u201c\"]([^\u201c\u201d\"]{25,})$")


def quotations(sentence: Sentence) -> list[Fact]:
    facts = []
    for m in _QUOTATION.finditer(sentence.text):
        quote = (m.group(1) or m.group(2)).strip()
        facts.append(Fact("quote", sentence, quote, content_stems(quote), content_stems(sentence.text)))
    return facts
