"""Figures and dates compared by subject: between neighbouring claims, and across the story by
what surrounds them ('turnout was … of the registered voters' and 'the participation … of the
registered' are one subject wherever they stand); a statement of none against a count."""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import islice

import numpy as np

from digest.merge.align import digit_runs
from digest.merge.claims import Claim
from digest.merge.embed import Embedded, embed
from digest.merge.facts import dates as date_facts
from digest.merge.facts import Fact, detector_of
from digest.merge.facts import numbers as number_facts
from digest.merge.facts import status as status_facts
from digest.merge.text import NUMBER_WORDS, ORDINALS, STOPWORDS, TIME_UNIT_ABBREVIATIONS, content_stems, lower_runs, stem, tokens
from digest.merge.memo import PairMemo
from digest.merge.compare.records import Conflict

STRONG_PAIR = 0.75
"""Combined score above which two claims are close paraphrases: any figure or date of the same
subject they give differently is a clash."""
CONTEXT_WORDS = 6
"""Words either side of a fact that say what it is about."""




def _context(claim: Claim, fact: Fact) -> frozenset[str]:
    before = tokens(claim.text[: fact.start])[-CONTEXT_WORDS:]
    after = tokens(claim.text[fact.end:])[:CONTEXT_WORDS]
    return frozenset(stem(t) for t in before + after if t.lower() not in STOPWORDS and not t[0].isdigit() and len(t) > 2)


class Surroundings:
    """What each figure or date is about, as a vector of the words around it (the figure left
    out): 'attendance was 41.2 percent' and 'the participation has settled at 41,2 per
    cent' are about one thing, 'the Liberal Centre's 28 seats' and 'the coalition's 134 seats'
    are not. Computed once per story, in one batch."""

    def __init__(self, claims: list[Claim], embedded: Embedded, common: set[str] = frozenset()):
        self._standing: dict[tuple[int, str], list[Fact]] = {}
        self._grouped: dict[tuple[int, str], dict[str, list[Fact]]] = {}
        keys, requests = [], []
        common = frozenset(common)  # a key of window_ranges' cache
        self.common = _COMMON.setdefault(common, common)
        """The common words the vectors were read without (interned: one object for equal sets)."""
        if len(_COMMON) > 64:
            _COMMON.clear()
        for c in claims:
            for f in c.facts:
                if f.detector in ("numbers", "dates"):
                    keys.append((c.index, f.start, f.end))
                    requests.append((c.index, window_ranges(c.text, f.start, f.end, common if f.detector == "numbers" else frozenset())))
        self.index = {k: i for i, k in enumerate(keys)}
        self.vectors = embedded.spans(requests) if requests else None

    def similarity(self, a: Claim, x: Fact, b: Claim, y: Fact) -> float:
        i, j = self.index.get((a.index, x.start, x.end)), self.index.get((b.index, y.start, y.end))
        if i is None or j is None or self.vectors is None:
            return 0.0
        return float(self.vectors[i] @ self.vectors[j])

    def standing(self, claim: Claim, detector: str) -> list[Fact]:
        """The claim's figures or dates of one detector that its outlet stands behind (none set
        aside): read once per claim, though a claim is compared with each of its neighbours."""
        key = (claim.index, detector)
        facts = self._standing.get(key)
        if facts is None:
            facts = self._standing[key] = [f for f in claim.facts_of(detector) if not set_aside(claim, f)]
        return facts

    def standing_by_subject(self, claim: Claim, detector: str) -> dict[str, list[Fact]]:
        """`standing` grouped by subject, each group in the claim's order: grouped once per claim,
        not once per neighbour it is compared with."""
        key = (claim.index, detector)
        groups = self._grouped.get(key)
        if groups is None:
            groups = self._grouped[key] = {}
            for f in self.standing(claim, detector):
                groups.setdefault(f.subject, []).append(f)
        return groups


_WORD_SPAN = re.compile(r"[\w\u00c0-\u024f'\u2019-]+")


@lru_cache(maxsize=8192)
def window_ranges(text: str, start: int, end: int, common: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Character ranges of the CONTEXT_WORDS words before a fact and after it, less the story's
    common words (its place, its protagonist): they stand near every figure of the story and
    say nothing about which one this is. All of them common: the whole window. Cached: a wire's
    sentence that several outlets print has its figures' windows read once."""
    before = _words_before(text, start)
    after = list(islice(_WORD_SPAN.finditer(text, end), CONTEXT_WORDS))  # the first few only: not every word to the sentence's end
    kept = [(m.start(), m.end()) for m in before + after if not common or not m.group(0)[0].isupper() or stem(m.group(0).lower()) not in common]
    if common and kept:
        return kept
    return [(before[0].start() if before else start, start), (end, after[-1].end() if after else end)]


BEFORE_REACH = 100
"""Characters before a fact in which its CONTEXT_WORDS words before are looked for first (six
words rarely take more); a sentence is scanned from its start only when they do."""


def _words_before(text: str, start: int) -> list[re.Match]:
    """The last CONTEXT_WORDS words before `start`, exactly as a scan from the sentence's start
    finds them, without scanning every word before them (a long sentence has many figures)."""
    at = max(0, start - BEFORE_REACH)
    found = list(_WORD_SPAN.finditer(text, at, start))
    if at and found and found[0].start() == at and _WORD_SPAN.match(text, at - 1):
        found = found[1:]  # a word cut by the window: from the start it is one longer word
    if at and len(found) < CONTEXT_WORDS:
        found = list(_WORD_SPAN.finditer(text, 0, start))
    return found[-CONTEXT_WORDS:]


SUBJECT_MIN = 0.4
"""Vector similarity of two facts' surroundings at which they are about the same subject.
Measured on the merge corpus: same-subject figure pairs 0.55-0.9, other figures of the same
unit in related sentences 0.2-0.55."""


GENERIC_SUBJECTS = {"minute", "year", "n:time"}
"""Subjects every story has many of (how long, what share, which minute, which day, how many times
something happened): tied to one another only by closely matching surroundings."""
_GENERIC_OR_DURATION = frozenset(GENERIC_SUBJECTS | {"duration"})
"""GENERIC_SUBJECTS and lengths of time, the union built once (pair_conflicts tests every pair with it)."""
PLANNED_PAIR = 0.45
"""Closeness at which two claims that each tell a plan for a day tell one plan: 'talks will resume on
Thursday' / 'negotiators are due back at the table on Friday'. A plan has one day, however
loosely a weekday names it. Measured on the other genres: 0.4-0.5 give the same (+2 keyed, no
false callout); 0.6 (PARAPHRASE_PAIR, used before) missed both."""
TOLD_DAY_PAIR = 0.55
"""The same for two claims that each tell a thing done on a weekday ('the airport reopened on
Thursday' / 'flights resumed on Friday'): a story tells many past days, so the claims must be
closer than two plans. Measured on the other genres: 0.55 adds 2 keyed and no false callout;
0.5 adds a false one; 0.6 (PARAPHRASE_PAIR, used before) missed both."""
FACT_NEIGHBOURS = 0.4
"""Two neighbouring claims that each give one figure of a unit ('£75,000' / '£95,000' fine) give
it for one subject."""
SUBJECT_STRONG = 0.7
"""Surroundings this alike name one subject on their own, whatever else the sentences say."""
STATUS_PAIR = 0.5
"""Closeness from which two claims' stated statuses ('will appeal' / 'has appealed') can clash."""
PARAPHRASE_PAIR = 0.6
"""Closeness of two claims (alignment's score) at which they tell one event, a translation's
wording included: one year or one minute each is then one subject."""
TIME_ABOUT_MIN = 0.1
"""Surroundings similarity two sole times of day of fairly close claims need: 'lorries at two in the
morning, six nights a week' and 'the raids began at six in the morning' time other things. Measured
on the other genres: two false callouts fewer, no keyed clash lost."""


MAGNITUDE_RATIO = 2.5
"""Two figures for one subject that disagree are of one order (106/107, 45m/54m, 25/50 basis
points); figures further apart than this measure different things (28 seats / 134 seats)."""
TIED_RATIO = 5.0
"""The same for figures of claims another shared figure ties to one event (14 and 40 countries,
2.9 apart). With no bound the other genres gained four false callouts, pairs 14 to 100 times apart
(two deputies / 152 deputies, 22 basis points / 22 points, 640 / 9,000 residents): a part and its
whole, or two measures; at 5 and at 9.9 none."""
_CASUALTIES = frozenset({"n:dead", "n:injur", "n:missing", "n:rescued", "n:hospital", "n:arrested"})
"""Counts a story has one of whatever noun counts them (its toll: the dead, the injured, the missing,
the rescued, those in hospital, the arrested), which numbers._as_casualties reads from the verb."""
CASUALTY_RATIO = 4.0
"""The same for counts of the dead or of the injured, whose subject the words around them fix
('118 of them dead' / 'more than 300 seabirds have been killed'): wider apart, still one count."""


_ANYONE = frozenset("n:" + stem(w) for w in ("people", "persons", "individuals", "humans", "others"))
"""Counts whose noun names no group ('5,400 people', 'seven persons'): across the story they
may count anyone, so they are one count with a differently named one ('3,200 residents') only
when all around them matches ('had 226 people on board when it left' / 'left with 212
passengers … on board')."""


def _figure_kind(x: Fact, y: Fact) -> str:
    """'number' or 'date'; one amount in two currencies is 'other' (what was paid in, not how much)."""
    if x.subject == "money" and number_facts.currencies_apart(x, y):
        return "other"
    if x.subject == "level" and (number_facts.colour_named(x) or number_facts.colour_named(y)):
        return "term"  # 'an orange warning' / 'code red': which warning, named by its colour
    return "number" if x.detector == "numbers" else "date"


def _same_bound(x: Fact, y: Fact) -> bool:
    """Both floors or both ceilings ('a minimum of 30 years' / 'a minimum of 25 years'), or two
    years after the same word of a limit ('run until 2047' / 'safe to run until 2045')."""
    if x.detector == "dates":
        bx, by = _YEAR_BOUND.match(x.text), _YEAR_BOUND.match(y.text)
        return bool(bx and by) and bx.group(1).lower() == by.group(1).lower()  # type: ignore[union-attr]
    if x.detector != "numbers":
        return False
    kind = number_facts.bound(x)
    return kind is not None and kind == number_facts.bound(y)


_YEAR_BOUND = re.compile(r"(until|till|through|by|before)\s", re.I)
"""The word that makes a year a limit: what is to last, or be done, until or by then."""


_OWNER_BEFORE = re.compile(
    r"((?:[A-Z][\w&'\u2019.-]*\s+(?:and\s+|&\s+)?){0,4}[A-Z][\w&'\u2019.-]*)\s+(?:together\s+|alone\s+|now\s+|still\s+|also\s+)?"
    r"(?:holds?|holding|has|have|had|having|won|wins|winning|owns?|owning|controls?|controlling|secured?|securing|took|takes?|taking|gets?|got|getting|keeps?|kept|keeping|employs?|employed|employing"
    r"|obtains?|obtained|obtaining|claimed|claiming|captured|capturing)\s+(?:(?:about|some|only|just|nearly|almost)\s+)?$")


_OWNER_POSSESSIVE = re.compile(r"((?:[A-Z][\w&.-]*\s+(?:and\s+|&\s+)?){0,4}[A-Z][\w&.-]*)(?:['\u2019]s?|,\s+whose)\s+(?:(?:about|some|only|just|nearly|almost)\s+)?$")
"""A named owner's figure: 'the Liberal Centre's 16 seats', 'Ada Holm, whose 79-year-old mother'."""


def _owner(text: str, at: int) -> re.Match | None:
    """Who a figure is said to be held by: 'the Liberal Centre took 16 seats', 'the Liberal Centre's 16 seats'."""
    return _OWNER_BEFORE.search(text, max(0, at - 80), at) or _OWNER_POSSESSIVE.search(text, max(0, at - 80), at)


def owners_differ(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'The Democratic Alliance holds 78 seats' / 'the Social Democrats hold 79 seats': each
    figure is what a different named body holds, so they are two facts."""
    ma = _owner(a.text, x.start)
    mb = _owner(b.text, y.start) if ma else None
    if not ma or not mb:
        return False
    def names(m: re.Match) -> set[str]:
        return {w.lower().rstrip("'\u2019s") for w in re.findall(r"[A-Z][\w&'\u2019.-]*", m.group(1))} - STOPWORDS
    wa, wb = names(ma), names(mb)
    return bool(wa) and bool(wb) and wa.isdisjoint(wb)


def comparable(x: Fact, y: Fact, tied: bool = False) -> bool:
    """Whether two facts may be one subject's values; `tied` when their claims are tied to one
    event by another figure they agree on ('1,200 patients in 14 countries' / '1,200 patients in 40
    countries'): figures further apart (TIED_RATIO) are then still one subject's."""
    if x.era != y.era:
        return False  # a past year's figure and this event's are two facts
    if x.subject == "money" == y.subject and number_facts.currencies_apart(x, y) and x.value[1] != y.value[1]:  # type: ignore[index]
        return False  # '1.1 million marks' / 'about 1.27 million euros': converted at a rate the story does not give (one sum in two currencies is a clash)
    if x.detector == "dates" and (bool(_SINCE.match(x.text)) != bool(_SINCE.match(y.text)) or bool(_OWNS.search(x.text)) != bool(_OWNS.search(y.text))):
        return False  # 'broken since September' / 'ordered in late October': a state's start, another event's day; 'last Sunday's run-off' / 'certified on Friday': the day of the thing it owns
    if x.subject == "duration" == y.subject and _clock_time_spent(x) != _clock_time_spent(y):
        return False  # 'three days of debate' / '31 hours of debate': the span and the time spent in it (equal forms agree before this)
    vx, vy = _magnitude(x), _magnitude(y)
    if vx is None or vy is None:
        return True
    if vx == 0 or vy == 0:
        return False
    ratio = CASUALTY_RATIO if x.subject in _CASUALTIES and y.subject == x.subject else MAGNITUDE_RATIO
    return max(vx, vy) / min(vx, vy) <= (max(ratio, TIED_RATIO) if tied else ratio) or _same_numeral_other_unit(x, y) or _zero_slipped(vx, vy) or _zero_slipped_written(x, y) or _scale_slipped(x, y, vx, vy)


_SCALED_NUMERAL = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:thousand|million|billion|trillion|mn|bn|m|k|tn)\b", re.I)
"""A numeral and the scale word after it ('1.9 billion', '1,9 billion', 'MK1.9bn'): the digits as written."""


def _scale_slipped(x: Fact, y: Fact, vx: float, vy: float) -> bool:
    """'1.9 billion marks' / '1.9 million marks': the same numeral under another scale word, a
    thousand or a million times apart, is one sum miscopied, not two amounts."""
    if round(max(vx, vy) / min(vx, vy)) not in (1000, 1000000):
        return False
    nx, ny = _SCALED_NUMERAL.search(x.text), _SCALED_NUMERAL.search(y.text)
    return bool(nx and ny) and nx.group(1).replace(",", ".") == ny.group(1).replace(",", ".")  # type: ignore[union-attr]


def _clock_time_spent(f: Fact) -> bool:
    """A length of time told in hours or minutes, as time spent; whole days told in hours ('a
    48-hour strike') are a span of days, as 'a two-day strike' is."""
    unit = _duration_unit(f)
    return unit in _CLOCK_UNITS and not (unit == "hour" and float(f.value) >= 1 and float(f.value).is_integer())  # type: ignore[arg-type]


def _zero_slipped(a: float, b: float) -> bool:
    """'500,000 marks' / '50 000 mark': the same digits with a zero dropped or added, ten or a
    hundred times apart, is one figure miscopied, not two amounts."""
    big, small = max(a, b), min(a, b)
    for factor in (10.0, 100.0):
        if abs(big - small * factor) < 1e-9 * big:
            return small >= 10 and big >= 100  # '5' / '50' are too common to tell from two counts
    return False


def _zero_slipped_written(x: Fact, y: Fact) -> bool:
    """`_zero_slipped` of two measures' numerals as written, their units one scale ('25 milligrams'
    / '250mg': a dose, in kilograms both too small for the rule on values)."""
    if x.kind != "measure" or y.kind != "measure":
        return False
    nx, ny = _NUMERAL.fullmatch(_NOT_NUMERAL_EDGE.sub("", x.text)), _NUMERAL.fullmatch(_NOT_NUMERAL_EDGE.sub("", y.text))
    if not nx or not ny:
        return False
    wx, wy = (float(_NOT_DIGIT.sub("", n.group(0))) for n in (nx, ny))
    vx, vy = float(x.value), float(y.value)  # type: ignore[arg-type]
    return bool(wx and wy and vx and vy) and abs(vx / vy - wx / wy) < 1e-6 * (vx / vy) and _zero_slipped(wx, wy)


_NOT_NUMERAL_EDGE = re.compile(r"^\D+|\D+$")
_DURATION_UNIT = re.compile(r"(year|month|week|day|hour|minute|second)|\d\s?(hrs?|h|mins?)\b", re.I)


_SINCE = re.compile(r"since\b", re.I)
_OWNS = re.compile(r"['\u2019]s?$")
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})


def _duration_unit(f: Fact) -> str:
    m = _DURATION_UNIT.search(f.text)
    if not m:
        return ""
    return m.group(1).lower() if m.group(1) else TIME_UNIT_ABBREVIATIONS[m.group(2).lower()]  # '2 h. 19 min': hours


_NUMERAL = re.compile(r"\d+(?:[.,\u00a0 ]\d+)*")
_NOT_DIGIT = re.compile(r"\D")


def _same_numeral_other_unit(x: Fact, y: Fact) -> bool:
    """'120 nanograms' / '120 micrograms': one number under units a thousand apart is one
    measurement with its unit changed, however far apart the converted values are; so are the
    same digits with the decimal point moved ('1.4 ng' / '14 ng')."""
    if x.kind == "measure" == y.kind:
        nx, ny = _NUMERAL.findall(x.text), _NUMERAL.findall(y.text)
        return bool(nx) and [_NOT_DIGIT.sub("", n) for n in nx] == [_NOT_DIGIT.sub("", n) for n in ny]
    return x.subject == "duration" == y.subject and x.value != y.value and _duration_unit(x) != _duration_unit(y) != "" and _count_of(x) == _count_of(y) is not None  # '19 hours' / '19 days'


_COUNT_WORDS = re.compile(rf"\b(\d+(?:[.,]\d+)?|{'|'.join(sorted((w for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True))})\b", re.I)
"""A count in digits or in words ('10', 'ten'), the longest number word first."""
_UNIT_RIGHT_AFTER = re.compile(r"\s*-?\s*(?:year|month|week|day|hour|minute|second)", re.I)
"""A unit of time right after a count ('ten days', '48-hour'), not later in the phrase."""


def _count_of(f: Fact) -> float | None:
    """The number a length of time counts its unit by, digits or words ('ten' in 'at least ten days')."""
    m = _COUNT_WORDS.search(f.text)
    if not m or not _UNIT_RIGHT_AFTER.match(f.text, m.end()):
        return None  # 'limited to 96 in the year': the unit is no count's
    return number_facts.number_value(m.group(1))


def _point_moved(x: Fact, y: Fact) -> bool:
    """The same digits, the decimal point elsewhere ('1.2 km' / '12 km'), not one number."""
    nx, ny = _NUMERAL.findall(x.text), _NUMERAL.findall(y.text)
    return [_numeral(n) for n in nx] != [_numeral(n) for n in ny]


def _numeral(written: str) -> float:
    """The number a numeral writes, a separator before three digits grouping thousands and any
    other a decimal point or comma: '2 140' and '2,140' are 2140, '1.2' and '1,2' are 1.2 (so
    '1.2 km' is no '12 km' with its unit changed)."""
    parts = re.split(r"[.,\u00a0 ]", written)
    if len(parts) > 1 and len(parts[-1]) != 3:
        return float("".join(parts[:-1]) + "." + parts[-1])
    return float("".join(parts))


def nearness(x: Fact, y: Fact) -> float:
    """1 for equal magnitudes, falling to 0 at MAGNITUDE_RATIO apart."""
    vx, vy = _magnitude(x), _magnitude(y)
    if not vx or not vy:
        return 0.0
    return max(0.0, 1 - (max(vx, vy) / min(vx, vy) - 1) / (MAGNITUDE_RATIO - 1))


def _magnitude(f: Fact) -> float | None:
    if f.detector != "numbers":
        return None
    value = f.value[1] if f.subject == "money" else f.value  # type: ignore[index]
    if isinstance(value, tuple):
        return None
    return abs(float(value))  # type: ignore[arg-type]


_DATE_UPPER = re.compile(r"^(?:until|till|by|before|no\s+later\s+than)\s", re.I)
_DATE_LOWER = re.compile(r"^(?:since|after|from|no\s+earlier\s+than)\s", re.I)


def _day(f: Fact):
    when = f.value
    return (when.year, when.month, when.day) if f.subject == "date" and getattr(when, "day", None) else None  # type: ignore[union-attr]


def _date_bounds_allow(x: Fact, y: Fact) -> bool | None:
    """A deadline ('has until Friday') is met by any earlier day ('certified on Thursday');
    None when neither date is a bound."""
    if x.subject == y.subject == "date:by" and getattr(x.value, "day", None) and getattr(y.value, "day", None):
        # two deadlines of a claim ('by May 7, 2026' / 'at the latest the 6 February 2026'): one day or two, whatever the months
        return (x.value.month, x.value.day) == (y.value.month, y.value.day) and (x.value.year == y.value.year or not (x.value.explicit_year and y.value.explicit_year))  # type: ignore[union-attr]
    dx, dy = _day(x), _day(y)
    if dx is None or dy is None:
        return None
    for bound, other, day, other_day in ((x, y, dx, dy), (y, x, dy, dx)):
        if _DATE_UPPER.match(bound.text) and not (_DATE_UPPER.match(other.text) or _DATE_LOWER.match(other.text)):
            return other_day <= day
        if _DATE_LOWER.match(bound.text) and not (_DATE_UPPER.match(other.text) or _DATE_LOWER.match(other.text)):
            return other_day >= day
    return None


AGREE_MAX = 20_000
_AGREE: PairMemo[Fact, Fact, bool] = PairMemo(AGREE_MAX)
"""`agree` by the identity of the two facts: a story merged again after one of its files changed
compares its other outlets' very facts again."""


def agree(x: Fact, y: Fact) -> bool:
    """The detector's own test, except that a bound ('over £5,000', 'until Friday') is judged
    as a bound."""
    return _AGREE.get(x, y, lambda: _agree(x, y))


def _agree(x: Fact, y: Fact) -> bool:
    if x.detector == "numbers" and (number_facts.bound(x) or number_facts.bound(y)):
        return number_facts.bounds_allow(x, y)
    if x.detector == "dates":
        allowed = _date_bounds_allow(x, y)
        if allowed is not None:
            return allowed
    return detector_of(x).same(x, y)


_SET_ASIDE_BEFORE = re.compile(r"\b(?:(?:rather\s+than|instead\s+of|contrary\s+to)\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}|not\s+(?:the\s+)?)$", re.I)


def set_aside(claim: Claim, fact: Fact) -> bool:
    """A value an outlet names to set it aside ('an age of about 148 million years, rather than the
    152 million years quoted'), or only on a condition ('will consider level 5 only if the
    eruption resumes'): it does not stand behind it as what is so."""
    return _set_aside_at(claim.text, fact.start, fact.end)


@lru_cache(maxsize=65536)
def _set_aside_at(text: str, start: int, end: int) -> bool:
    """`set_aside` of the figure at text[start:end]. Cached: a figure is asked once for its claim's
    neighbours, again for its subject across the story, and again for each rival it is tested against."""
    return bool(_SET_ASIDE_BEFORE.search(text, max(0, start - 30), start)
                or ("if" in text or "nless" in text) and _ONLY_IF_AFTER.match(text, end)  # most sentences hold neither word: no scan
                or "?" in text and _ASKED_AROUND.match(text, end) is not None)


_ASKED_AROUND = re.compile(r"[^.;!]{0,60}?\?")
"""A figure in a question ('who will buy a house where children sit on a bus for more than an hour
every day?'): asked, or said for effect, not told as what is so."""
_ONLY_IF_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:only\s+if|unless)\b", re.I)


def of_an_earlier_year(claim: Claim, other: Claim) -> bool:
    """The claim dates what it tells to a year before the other outlet wrote, and the other claim
    to no such year ('opened an inquiry in 2023 after debris washed up' against 'is considering
    whether to open an inquiry'): an earlier event, not this story's state of it."""
    year = year_written(other)
    if year is None:
        return False

    def earlier(c: Claim) -> list[int]:
        told = ((f.value if f.subject == "year" else getattr(f.value, "year", None) or year) for f in c.facts_of("dates") if f.subject in ("year", "date"))
        return [y for y in told if y < year]  # type: ignore[operator]
    years = earlier(claim)
    return bool(years) and not earlier(other) and not all(str(y) in other.text for y in years)  # 'the 2019 inspection' there too: the year dates something both tell of


def _other_end(claim: Claim, f: Fact) -> tuple[int, int] | None:
    """For a year that opens or closes a period ('between 2017 and 2022'), which end it is (1 or 2)
    and the year at the other end; None for a year standing alone."""
    for m in date_facts.YEAR_SPAN.finditer(claim.text):
        for k in (1, 2):
            if m.start(k) == f.start:
                return k, int(m.group(3 - k))
    return None


def _change_of_its_range(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'A rise of 6 cents a litre' / 'due to go from 3.86 cents to 9.86 cents a litre': one outlet
    gives the change, the other the range it spans; the range's end is no other figure for it."""
    for claim, ranged, change in ((a, x, y), (b, y, x)):
        figures = [f for f in claim.facts_of("numbers") if f.subject == ranged.subject]
        for start, end in zip(figures, figures[1:]):
            if ranged in (start, end) and number_facts.opens_a_range(claim.text, start):
                spanned = abs(number_facts.amount(end) - number_facts.amount(start))
                if spanned and abs(spanned - number_facts.amount(change)) <= RANGE_CHANGE_SLACK * spanned:
                    return True
    return False


RANGE_CHANGE_SLACK = 0.01
"""How far a change may lie from the span of a range to be that span (rounding of the last digit)."""


def _one_period(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """Two years that each open (or each close) a period whose other end both give alike
    ('between 2017 and 2022' / 'between 2015 and 2022'): one period, its start told two ways."""
    ends = _other_end(a, x), _other_end(b, y)
    return ends[0] is not None and ends[0] == ends[1]


CLOSENESS_STEPS = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.75)
"""Every closeness pair_conflicts and the helpers it passes closeness to compare it with
(LOOSE_STATUS_PAIR, NAMED_DEED_PAIR, FACT_NEIGHBOURS, CLOSER_STATUS_PAIR, PLANNED_PAIR, STATUS_PAIR,
TOLD_DAY_PAIR, PARAPHRASE_PAIR, STRONG_PAIR; tests/test_merge_caches.py checks the code against it):
two closenesses between the same steps give the same answer."""
_PAIRS: dict[tuple[int, int], tuple] = {}
"""pair_conflicts' answers by the identity of the two claims' facts (kept, so no other tuple takes
their id; a claim's facts tuple stands for its sentence, facts and mood), with the story's common
words and the closeness's step they were read under. A story merged again after one of its files
changed (digest serve) compares its other outlets' claims again; their closeness moves a little with
the story, rarely past a step (bounded: cleared when it grows past PAIRS_MAX)."""
PAIRS_MAX = 10_000
_COMMON: dict[frozenset, frozenset] = {}
_LAST_COMMON: list = [None, None]
"""The `common` set pair_conflicts was last given (detect passes one per story) and its interned frozenset."""


def pair_conflicts(a: Claim, b: Claim, closeness: float, common: set[str], around: Surroundings) -> list[Conflict]:
    """Facts of two claims of different outlets that concern one subject and disagree. Read from
    _PAIRS when the same two claims were compared before under equal common words and closeness
    steps: everything the answer depends on but the claims' own identity."""
    if not a.comparable_facts or not b.comparable_facts or closeness != closeness:
        return _pair_conflicts(a, b, closeness, common, around)
    if _LAST_COMMON[0] is not common:
        frozen = frozenset(common)
        _LAST_COMMON[:] = [common, _COMMON.setdefault(frozen, frozen)]
        if len(_COMMON) > 64:
            _COMMON.clear()
    shared = _LAST_COMMON[1]
    step = bisect_right(CLOSENESS_STEPS, closeness)
    fa, fb = a.facts, b.facts
    key = (id(fa), id(fb))
    known = _PAIRS.get(key)
    if known is not None and known[0] is fa and known[1] is fb and known[2] is shared and known[3] == step:
        return [Conflict(kind, subject, severity, [(a if side else b, f) for side, f in facts]) for kind, subject, severity, facts in known[4]]
    out = _pair_conflicts(a, b, closeness, common, around)
    kept = []
    for c in out:
        if any(claim is not a and claim is not b for claim, _ in c.facts) or a is b:
            return out  # not only these two claims' facts: not kept (no such conflict is made today)
        kept.append((c.kind, c.subject, c.severity, tuple((claim is a, f) for claim, f in c.facts)))
    if len(_PAIRS) >= PAIRS_MAX:
        _PAIRS.clear()
    _PAIRS[key] = (fa, fb, shared, step, tuple(kept))
    return out


def _pair_conflicts(a: Claim, b: Claim, closeness: float, common: set[str], around: Surroundings) -> list[Conflict]:
    out: list[Conflict] = []
    if not a.comparable_facts or not b.comparable_facts:
        return out
    one_event: bool | None = None  # close, and tied by a figure both give the same: read when a loose pair first asks (most pairs have none)
    for detector in ("numbers", "dates") if not a.figures.keys().isdisjoint(b.figures.keys()) else ():  # most pairs: no subject of a figure or date in common
        by_subject_a = around.standing_by_subject(a, detector)
        by_subject_b = around.standing_by_subject(b, detector) if by_subject_a else None
        if not by_subject_a or not by_subject_b:
            continue  # most pairs: one of them gives none of this detector's facts
        for subject in sorted(by_subject_a.keys() & by_subject_b.keys()):  # sorted: the same output in every process
            fa = by_subject_a[subject]
            fb = by_subject_b[subject]
            one_day = detector == "dates" and subject == "date" and len(fa) == len(fb) == 1 and closeness >= STRONG_PAIR and a.mood == b.mood
            agreeing = [[_one_day(x, y) if one_day else agree(x, y) for y in fb] for x in fa]  # once per pair: both sides' loose figures read it
            loose_a = [x for x, row in zip(fa, agreeing) if not any(row)]
            loose_b = [y for m, y in enumerate(fb) if not any(row[m] for row in agreeing)]
            pairs = sorted(((around.similarity(a, x, b, y) + 0.2 * nearness(x, y), k, m) for k, x in enumerate(loose_a) for m, y in enumerate(loose_b)), reverse=True)
            used_a: set[int] = set()
            used_b: set[int] = set()
            for rank, k, m in pairs:
                if k in used_a or m in used_b:
                    continue
                x, y = loose_a[k], loose_b[m]
                about = around.similarity(a, x, b, y)
                if one_event is None:
                    one_event = closeness >= PARAPHRASE_PAIR and (agree_on_a_count(a, b) or agree_on_a_measure(a, b))
                tied = detector == "numbers" and len(fa) == len(fb) == 1 and one_event
                if not comparable(x, y, tied=tied) or detector == "dates" and _since(a, x) != _since(b, y) or _time_since_last(a, x) != _time_since_last(b, y) or told_of_two_things(a, x, b, y) or detector == "numbers" and _change_of_its_range(a, x, b, y) or detector == "dates" and subject != "time" and (x.approximate or y.approximate) and closeness < STRONG_PAIR and not (
                        one_event or closeness >= PLANNED_PAIR and a.mood == b.mood == "planned" or closeness >= TOLD_DAY_PAIR and a.mood == b.mood == "actual"
                        or closeness >= FACT_NEIGHBOURS and a.mood == b.mood and _one_deed_dated(a, x, b, y) or _one_named_day(a, x, b, y, closeness)):
                    continue  # 'on Monday' is too loose a date to contradict anything but a close paraphrase, or one tied
                    # to the same event by another figure ('Reyk, 41, was killed on Monday' / 'the death of Reyk, 41, on Sunday'),
                    # or a paraphrase of one plan ('talks will resume on Thursday' / 'talks are due to restart on Friday')
                period = subject == "year" and closeness >= FACT_NEIGHBOURS and _one_period(a, x, b, y)  # a period's start or end, its other end the same
                if subject == "year" and closeness < PARAPHRASE_PAIR and not period and not (closeness >= NAMED_YEAR_PAIR and _names_in(a) & _names_in(b) and a.mood == b.mood):
                    continue  # a bare year says little of what it dates
                if subject == "said" and (closeness < STRONG_PAIR or _tell_other_figures(a, b)):
                    continue  # the days two sources spoke: one statement's day only in close paraphrases ('said late on Tuesday that 27 were arrested' / 'nine have been charged, police said on Thursday')
                shared = (_context(a, x) & _context(b, y)) - common
                generic = subject in _GENERIC_OR_DURATION
                needed = SUBJECT_STRONG if generic else SUBJECT_MIN
                one_each = len(loose_a) == 1 or len(loose_b) == 1
                # One year, minute or length of time each in close paraphrases: 'cut 4,000 jobs by 2027' / 'shed 4,000
                # jobs by 2028', 'sent off in the 81st minute for handling' / 'expelled at the 71' for a hand', 'must
                # serve a minimum of 30 years' / 'fixed a minimum of 25 years' (two floors: the same kind of limit)
                close_paraphrase = len(fa) == len(fb) == 1 and subject in _GENERIC_OR_DURATION and (
                    closeness >= STRONG_PAIR or closeness >= PARAPHRASE_PAIR and (about >= SUBJECT_MIN or _same_bound(x, y))
                    or closeness >= FACT_NEIGHBOURS and _same_bound(x, y) and x.subject == "duration")  # 'halted for at least six weeks' / 'lies at least four weeks still'
                sole_pair = one_each and not generic and closeness >= FACT_NEIGHBOURS and (subject != "time" or about >= TIME_ABOUT_MIN) and (
                    detector != "dates" or subject in ("date:by", "date:until") or a.mood == b.mood or closeness >= PARAPHRASE_PAIR)  # what will happen on one day and what happened on another are two events; a deadline or an end is one whatever the tense
                one_side_agrees = subject == "split" and one_each and x.value[0] == y.value[0]  # type: ignore[index]  # '38 votes to 23' / '38 for, 21 against': one vote, its tally told two ways
                one_verb = subject == "duration" and len(fa) == len(fb) == 1 and closeness >= FACT_NEIGHBOURS and _past_verb_before(a.text, x) == _past_verb_before(b.text, y) != ""
                if sole_pair or close_paraphrase or one_side_agrees or period or one_verb or one_each and _one_named_day(a, x, b, y, closeness) or about >= needed and (shared or closeness >= STRONG_PAIR or about >= SUBJECT_STRONG):
                    used_a.add(k)
                    used_b.add(m)
                    out.append(Conflict(_figure_kind(x, y), subject, "material", [(a, x), (b, y)]))
            if detector == "numbers" and (loose_a != fa or loose_b != fb):
                out.extend(_slot_clashes(a, fa, loose_a, b, fb, loose_b, agreeing, used_a, used_b, subject, common))
    out.extend(_counts_of_what(a, b, closeness))
    out.extend(_counts_of_other_nouns(a, b, closeness, around))
    out.extend(_month_slipped(a, b, out))
    if closeness < LOOSE_STATUS_PAIR:
        return out  # every status clash needs claims this close: not one pair of their statuses is read
    loose = closeness < STATUS_PAIR

    def agree_status(x: Fact, y: Fact) -> bool:
        return status_facts.same(x, y) and not _done_before_its_day(a, x, b, y)

    for x in a.facts_of("status"):
        for y in b.facts_of("status"):
            if agree_status(x, y):
                continue
            of_one_thing = {x.value[0], y.value[0]} == {"planned", "possible"}  # type: ignore[index]  # a plan against an open option: only a plan of the same deed answers it
            if any(agree_status(z, y) and (not of_one_thing or status_facts.about_same(z, y)) for z in a.facts_of("status")) or \
                    any(agree_status(x, z) and (not of_one_thing or status_facts.about_same(x, z)) for z in b.facts_of("status")):
                continue  # one sentence states both of one thing ('the certified figures differ from the provisional count'): a contrast, not a clash
                # ('was considering an appeal and would decide once …': the plan is the decision's, not the appeal's)
            if loose and not _confirmed_against_open(x, y, 1 if closeness >= CLOSER_STATUS_PAIR else LOOSE_STATUS_SHARED) and not _open_decision_against_deed(x, y) \
                    and not _pending_against_done(x, y):
                continue
            if (status_facts.about_same(x, y) and not _only_amounts_shared(a, x, b, y) or closeness >= STRONG_PAIR and _confirmed_against_open(x, y, 0)) and not of_an_earlier_year(a, b) and not of_an_earlier_year(b, a) \
                    and not status_facts.done_by_others(a.text, x.start, b.text, y.start):
                out.append(Conflict(status_facts.kind_of(x, y), "status", "material", [(a, x), (b, y)]))
                return out
    return out




SLOT_WORDS = 3
"""Words right before a figure that name its slot ('on a turnout of'): the same words before two
outlets' figures make them one thing's values."""


def figure_slot(claim: Claim, fact: Fact, common: set[str]) -> tuple[str, ...] | None:
    """The few words right before a figure, lower-cased, when one of them is a content word the
    story does not use all over ('the rate stood at' in a story of rates names no one thing)."""
    read = _slot_words(claim.text, fact.start)
    if read is None or all(s in common for s in read[1]):
        return None
    return read[0]


@lru_cache(maxsize=16384)
def _slot_words(text: str, start: int) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The SLOT_WORDS words right before text[start], lower-cased, and the stems of those that
    may name a slot (words of four letters or more, no stop word or figure); None when fewer
    words stand there. Cached: a figure's slot is read again for each claim it is compared with."""
    before = tokens(text[max(0, start - 60):start])[-SLOT_WORDS:]
    if len(before) < SLOT_WORDS:
        return None
    return tuple(w.lower() for w in before), tuple(stem(w) for w in before if w.lower() not in STOPWORDS and len(w) > 3 and not w[0].isdigit())


def in_one_slot(conflict: Conflict, common: set[str]) -> bool:
    """Two figures after the same words ('on a turnout of 78%' / 'on a turnout of 87%'): one thing's
    values, whatever else either outlet gives the other's figure for."""
    if len(conflict.facts) < 2 or conflict.facts[0][1].detector != "numbers":
        return False
    (a, x), (b, y) = conflict.facts[:2]
    slot = figure_slot(a, x, common)
    return slot is not None and slot == figure_slot(b, y, common)


def _slot_clashes(a: Claim, fa: list[Fact], loose_a: list[Fact], b: Claim, fb: list[Fact], loose_b: list[Fact],
                  agreeing: list[list[bool]], used_a: set[int], used_b: set[int], subject: str, common: set[str]) -> list[Conflict]:
    """'87% backed action short of a strike, on a turnout of 78%' / 'on a turnout of 87%': a figure
    of one outlet that another gives too, for another thing, and in the other's own slot for it a
    figure it gives nowhere. The same words right before both name one thing; its other outlet's
    equal figure, after other words, is a second thing's."""
    slots_a = [figure_slot(a, f, common) for f in fa]
    slots_b = [figure_slot(b, f, common) for f in fb]
    flipped = [list(row) for row in zip(*agreeing)]  # agreeing[k][m] read from b's side
    return (_slot_clashes_one_way(a, fa, slots_a, loose_a, used_a, b, fb, slots_b, loose_b, agreeing, subject, False)
            + _slot_clashes_one_way(b, fb, slots_b, loose_b, used_b, a, fa, slots_a, loose_a, flipped, subject, True))


def _slot_clashes_one_way(one: Claim, f_one: list[Fact], slots_one: list, loose_one: list[Fact], used_one: set[int],
                          other: Claim, f_other: list[Fact], slots_other: list, loose_other: list[Fact],
                          agreeing: list[list[bool]], subject: str, flipped: bool) -> list[Conflict]:
    """_slot_clashes for the loose figures of one claim: `agreeing[k][n]` says whether its k-th figure
    agrees with the other claim's n-th; `flipped` puts the other claim first in each conflict."""
    out = []
    slot_of = {id(f): slot for f, slot in zip(f_one, slots_one)}
    for k, x in enumerate(loose_one):
        slot = slot_of[id(x)]
        if k in used_one or slot is None:
            continue
        for n, y in enumerate(f_other):
            if y in loose_other or slots_other[n] != slot or not comparable(x, y):
                continue
            if any(agreeing[m][n] and slots_one[m] == slot for m in range(len(f_one))):
                continue  # the equal figure of the first outlet stands in this slot too: it agrees
            used_one.add(k)
            out.append(Conflict(_figure_kind(x, y), subject, "material", [(other, y), (one, x)] if flipped else [(one, x), (other, y)]))
            break
    return out


LOOSE_STATUS_PAIR = 0.3
"""Closeness from which a thing one outlet says was confirmed and another calls still open
('confirmed that the man acted alone' / 'investigating whether he had help') can clash, when
their statuses share LOOSE_STATUS_SHARED words."""
LOOSE_STATUS_SHARED = 2
"""Words the two statuses must share from LOOSE_STATUS_PAIR; one is enough from CLOSER_STATUS_PAIR.
Measured on the other genres: two words from 0.3 (0.2 gives the same) add three keyed clashes and
no false callout; one word from 0.3 three more keyed and two false; one word from 0.4 two more keyed,
no false, and one keyed more on the held-out set."""
CLOSER_STATUS_PAIR = 0.4
_CONFIRMED_WORD = re.compile(r"\b(?:confirm(?:ed|s)|acknowledg(?:ed|es)|verified|established)\b", re.I)
_STILL_OPEN_WORD = re.compile(r"\bwhether\b|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:confirm(?:ed)?|verif(?:y|ied)|establish(?:ed)?|know|known|say|said)\b(?!\s+(?:how|what|when|where|who|which|why)\b)|\bstill\s+(?:being\s+)?(?:examin|investigat|analys|assess|review)\w*", re.I)


def _confirmed_against_open(x: Fact, y: Fact, shared: int) -> bool:
    """One status says a thing was confirmed, the other that it is still open, about the same words
    ('would not confirm how many players it tested' asks another question: no open status)."""
    if len(x.value[1] & y.value[1]) < shared:  # type: ignore[index]
        return False
    return any(_CONFIRMED_WORD.search(c.text) and not _STILL_OPEN_WORD.search(c.text) and _STILL_OPEN_WORD.search(o.text) for c, o in ((x, y), (y, x)))


_WHETHER_TO_DO = re.compile(r"\b(?:whether|if)\s+(?:to|(?:it|they|the\s+[a-z]+)\s+(?:will|would|should|can|could))\s+([a-z]{3,})", re.I)


def _open_decision_against_deed(x: Fact, y: Fact) -> bool:
    """'Will decide next week whether to release money from the fund' against 'agreed to release
    20 million marks from the fund': the deed an outlet calls undecided, another reports done, in
    the same verb and about the same things (LOOSE_STATUS_SHARED words), however differently the
    two sentences go on."""
    for open_, done in ((x, y), (y, x)):
        if open_.value[0] == "possible" and done.value[0] == "done":  # type: ignore[index]
            deed = _WHETHER_TO_DO.search(open_.text)
            if deed and stem(deed.group(1).lower()) in done.value[1] and len(open_.value[1] & done.value[1]) >= LOOSE_STATUS_SHARED:  # type: ignore[index,operator]
                return True
    return False


def _month_slipped(a: Claim, b: Claim, found: list[Conflict]) -> list[Conflict]:
    """Two neighbouring claims dating something to the same day of the same year in two months
    ('the ruling of 12 April 2021' / a translation's 'the ruling of the 12 of June of 2021'): one
    date with its month slipped, as no two events of a story are likely to share day and year
    alone. Each date written out whole; one clash per pair."""
    if ("dates", "date") not in a.figures or ("dates", "date") not in b.figures or any(c.subject == "date" for c in found):
        return []  # most pairs: a day on one side at most
    for x in a.facts_of("dates"):
        vx = x.value
        if x.subject != "date" or x.approximate or not isinstance(vx, date_facts.When) or vx.day is None or not vx.explicit_year:
            continue
        for y in b.facts_of("dates"):
            vy = y.value
            if y.subject == "date" and not y.approximate and isinstance(vy, date_facts.When) and vy.explicit_year \
                    and (vy.year, vy.day) == (vx.year, vx.day) and vy.month != vx.month:
                return [Conflict("date", "date", "material", [(a, x), (b, y)])]
    return []


def _one_day(x: Fact, y: Fact) -> bool:
    """The one day of each of two close paraphrases ('the law comes into force on 1 January' /
    'on 1 July') agrees only as the same day of the same month, however far apart they lie; days
    months apart elsewhere are taken for two events (date_facts.same)."""
    if not agree(x, y):
        return False
    vx, vy = x.value, y.value
    if x.approximate or y.approximate or vx.day is None or vy.day is None:  # type: ignore[union-attr]
        return True  # 'on Wednesday', 'in January': a weekday placed by each outlet's tense, a month, as agree reads them
    return (vx.month, vx.day) == (vy.month, vy.day)  # type: ignore[union-attr]


def _tell_other_figures(a: Claim, b: Claim) -> bool:
    """Each claim gives a figure the other does not ('27 people had been arrested' / 'nine people
    have been charged'): two statements, whatever day each was made."""
    va = {str(f.value) for f in a.facts_of("numbers")}
    vb = {str(f.value) for f in b.facts_of("numbers")}
    return bool(va - vb) and bool(vb - va)


def _since(claim: Claim, fact: Fact) -> bool:
    """A date a state has lasted since ('had followed the tanker since the 5 February')."""
    return bool(_SINCE_BEFORE.search(claim.text, max(0, fact.start - 12), fact.start) or _SINCE.match(fact.text))  # the date's own words ('since September'), as comparable reads them


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


_FIRST_IN_BEFORE = re.compile(r"\bfirst\b[^.;,]{0,60}\b(?:in|for)\s+(?:(?:almost|nearly|more\s+than|over|about|some|around)\s+)?$", re.I)


def _time_since_last(claim: Claim, fact: Fact) -> bool:
    """A length of time since the last such event ('the first national strike in almost two
    years'), not how long something lasted ('teachers in their first five years')."""
    return fact.subject == "duration" and _FIRST_IN_BEFORE.search(claim.text, max(0, fact.start - 80), fact.start) is not None


_PENDING_DEED = re.compile(
    r"\b(?:still\s+(?:to\s+)?be|yet\s+to\s+be|(?:must|needs?\s+to|has\s+to|have\s+to)\s+(?:still\s+|yet\s+)?be)\s+([a-z]{4,}ed)\b"
    r"|\b(?:awaiting|awaits|pending|subject\s+to|still\s+(?:needs|requires))\s+(?:(?:the\s+|an?\s+)?[a-z]+\s+)?(approval|ratification|authori[sz]ation|consent|sign-off)\b", re.I)
"""A deed still to be done ('must still be approved by the cabinet', 'is still awaiting cabinet
approval', 'subject to ratification'), by the verb or noun that names it."""
_DONE_DEED = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+|formally\s+)?([a-z]{4,}ed)\b|\b(?:was|were|been)\s+(?:now\s+|already\s+|formally\s+)?([a-z]{4,}ed)\b", re.I)
_DEED_STEM = {"sign-off": "sign", "ratification": "ratifi"}
"""Stems a deed's noun and its participle do not share by themselves."""


_WORD_JUST_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(?:about|some|nearly|almost|around|roughly|more\s+than|over|just|another|a\s+further)\s+)?$")


def _past_verb_before(text: str, fact: Fact) -> str:
    """The word a length of time follows, when it is a verb in the past ('spent 72 years', 'served
    nine years', 'lasted about three hours'): the deed the time is of, a stem both outlets' words share."""
    m = _WORD_JUST_BEFORE.search(text, max(0, fact.start - 40), fact.start)
    if not m:
        return ""
    word = m.group(1).lower()
    return stem(word) if word.endswith("ed") or word in _PAST_OF_TIME or word in status_facts.IRREGULAR_PAST else ""


_PAST_OF_TIME = frozenset({"spent", "ran", "slept", "lay", "sat", "stood"})
"""Irregular pasts a length of time follows ('spent 72 years') that status_facts.IRREGULAR_PAST
does not list: the deed it is the length of. Pasts in -ed ('lasted', 'served') need no list."""


def _pending_against_done(x: Fact, y: Fact) -> bool:
    """One outlet says a deed is still to be done ('the package must still be approved by the
    cabinet'), the other that it was done ('the government has approved 25 million francs'): the
    same deed named on both sides, which is all they need to share."""
    for pending, done in ((x, y), (y, x)):
        if pending.value[0] != "possible" or done.value[0] != "done":  # type: ignore[index]
            continue
        m = _PENDING_DEED.search(pending.text)
        if not m:
            continue
        word = (m.group(1) or m.group(2)).lower()
        wanted = _DEED_STEM.get(word, stem(word))
        if any(stem(g) == wanted for d in _DONE_DEED.finditer(done.text) for g in d.groups() if g):
            return True
    return False


def _only_amounts_shared(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'The city paid 33.6 million crowns for waste collection' / 'he will lose 1.4 million crowns':
    two deeds that share only the words of their amounts (the scale, the currency, the unit) are
    about different things."""
    amounts = {stem(t) for c in (a, b) for f in c.facts_of("numbers") for t in tokens(f.text)}
    return not (x.value[1] & y.value[1]) - amounts  # type: ignore[index]




def periods_differ(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'A loss of 38 million marks in the year to January 2025' / 'widened to 71 million marks
    in the year to January 2026', 'carried 6.2 million passengers last year' / 'expects about 7
    million passengers this season', '31 threats in the whole of 2024' / '19 threats since
    January': each figure tied to its own year, two periods, not a clash."""
    if x.detector != "numbers":
        return False
    if x.subject in ("percent", "points") and _to_now(a, x) != _to_now(b, y):
        return True  # 'shares are up 6 percent since the verdict' / 'shares rose 8.4 percent': a change to now, and one on a day
        # (a count 'since Monday' is the toll to now, which another outlet may give without it)
    pa, pb = a.period_of(x), b.period_of(y)
    if pa is not None and pb is not None:
        return pa != pb
    return _earlier_year_against_a_day(a, pa, b) or _earlier_year_against_a_day(b, pb, a)


def _earlier_year_against_a_day(a: Claim, period: int | None, b: Claim) -> bool:
    """'Twelve climbers died last year' / 'fifteen died on Sunday': a figure of a past year and one
    of a day the other outlet dates (this story's day), two events."""
    written = year_written(a)
    return period is not None and written is not None and period < written and any(
        f.subject == "date" and (getattr(f.value, "year", None) or 0) >= written for f in b.facts_of("dates"))


_SINCE_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:since|so\s+far\s+this\s+(?:year|month)|year\s+to\s+date)\b", re.I)
"""A change counted from a point to now ('up 6 percent since the verdict', 'down 14% so far this
year'), not over the period the other tells."""
_THIS_YEAR_AFTER = re.compile(r"\s+this\s+(?:year|month)\b", re.I)
_ALREADY_BEFORE = re.compile(r"\balready\s+(?:[a-z]+\s+){0,2}$", re.I)
"""'already down 14% this year': the change to now of a thing that moved again since."""


def _to_now(claim: Claim, fact: Fact) -> bool:
    """A change counted from a point to now (_SINCE_AFTER, or 'already down 14% this year')."""
    return bool(_SINCE_AFTER.match(claim.text, fact.end) or _THIS_YEAR_AFTER.match(claim.text, fact.end) and _ALREADY_BEFORE.search(claim.text, max(0, fact.start - 30), fact.start))


_REMAINDER_BEFORE = re.compile(r"\b(?:remaining|other|rest\s+of\s+(?:its|the|their|our)|further|another)\s+(?:[a-z]+\s+)?$", re.I)


_NAMED_ONE_OF_A_KIND = re.compile(r"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[A-Z][\w'\u2019-]*\s+){1,3})([a-z]{3,})\b")
"""A sentence whose subject is one named thing of a kind: 'The Quayside branch', 'Its Harbour Road
depot'."""


def _named_ones_of_a_kind(a: Claim, b: Claim) -> bool:
    """'The Harbour Road depot was rated four …' / 'The Mill Lane depot was rated two …': each
    sentence is about another named thing of one kind, so their figures and days are two facts."""
    ma, mb = _NAMED_ONE_OF_A_KIND.match(a.text), _NAMED_ONE_OF_A_KIND.match(b.text)
    if not ma or not mb or stem(ma.group(2)) != stem(mb.group(2)) or ma.group(2) in STOPWORDS:
        return False
    names_a, names_b = ({w.lower() for w in m.group(1).split()} - STOPWORDS for m in (ma, mb))
    return bool(names_a) and bool(names_b) and names_a.isdisjoint(names_b)


def told_of_two_things(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """What the words around two figures say makes them two facts: two owners, two periods, two
    rounds of a series, or a part and the whole."""
    return owners_differ(a, x, b, y) or periods_differ(a, x, b, y) or part_and_whole(a, x, b, y) or rounds_differ(a, x, b, y) or _span_and_time_ago(a, x, b, y) \
        or _readings_of_a_day_differ(a, x, b, y) or _past_and_future(a, x, b, y) or places_differ(a, x, b, y) or _sides_differ(a, x, b, y) \
        or _a_further_batch(a, x, b, y) or _change_and_level(a, x, b, y) or _toll_of_an_earlier_month(a, b, x) or _toll_of_an_earlier_month(b, a, y) \
        or range_bound(a, x) != range_bound(b, y) or _ranks_of_two_things(a, x, b, y) or _sums_of_two_things(a, x, b, y) or _named_ones_of_a_kind(a, b)


def _unlike_in_meaning(texts: list[str], below: float) -> bool:
    """Whether two short texts' word vectors are less alike than `below`."""
    vectors = embed(texts)
    return float(vectors[0] @ vectors[1]) < below


_SUM_OF_AFTER = re.compile(r"\s+(?:in|of)\s+(?:[a-z]+\s+)?([a-z]{4,})\b")
"""What a sum is, after it: '2.4 million florins in lost revenue', '3 million of debt'."""
_SUM_OF_BEFORE = re.compile(r"\b([a-z]{4,})\s+(?:stood|stands|was|were|is|are|totalled|totaled|reached|amounted|came)\s+(?:at\s+|to\s+)?$")
"""What a sum is, before it: 'reserves stood at 1.1 million florins', 'revenue was 40 million'."""
_SUM_PUT_AT_BEFORE = re.compile(r"\b(?:put|puts|putting|estimated?|estimates|pegged|pegs|set|sets)\s+(?:[\w'\u2019-]+\s+){0,4}?([a-z]{4,})(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\w'\u2019-]+){0,1}\s+at\s+$")
"""What a sum is, when someone puts it at the sum: 'brokers put the vessel's scrap value at about
3.1 million dollars', 'put the cost of the programme at 1.9 million marks' (the cost); a word that
names no thing ('puts the total at') tells nothing (_SUM_WORDS)."""
_SUM_WORDS = frozenset({"total", "figure", "amount", "tally", "estimate", "bill", "number", "overall"})
"""Nouns a sum is put at that say only that it is a sum ('puts the total at'): they name no thing to tell two sums apart."""
SUMS_APART = 0.2
"""Word-vector similarity of two sums' nouns below which they are sums of different things
('revenue' / 'reserves', 0.08; 'revenue' / 'sales' 0.28, 'losses' / 'damage' 0.26, 'fine' /
'penalty' 0.41)."""


def _sums_of_two_things(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'Roughly 2.4 million florins in lost revenue' / 'reserves stood at 1.1 million florins', 'owed
    about 1.3 million dollars in port dues' / 'put its scrap value at about 3.1 million dollars':
    each sum says what it is, in nouns of unlike meaning."""
    if x.subject != "money" or y.subject != "money":
        return False
    nouns = []
    for claim, fact in ((a, x), (b, y)):
        m = _SUM_OF_AFTER.match(claim.text, fact.end) or _SUM_OF_BEFORE.search(claim.text, max(0, fact.start - 40), fact.start) or _SUM_PUT_AT_BEFORE.search(claim.text, max(0, fact.start - 60), fact.start)
        if not m or m.group(1) in STOPWORDS or m.group(1) in _SUM_WORDS:
            return False
        nouns.append(m.group(1))
    return stem(nouns[0]) != stem(nouns[1]) and _unlike_in_meaning(nouns, SUMS_APART)


ORDINAL_WORDS_AFTER = 6
"""Words after an ordinal that say what it ranks ('the first gene therapy ever to get …', 'the first
time the agency has recommended a gene therapy')."""
RANKED_APART = 0.15
"""Word-vector similarity of the words after two ordinals below which they rank different things
('gene therapy ever to get the' / 'pay-for-performance agreement, after one for the', 0.07; 'time
the opening has been postponed' / 'delay to a project that was', 0.26)."""


def _ranks_of_two_things(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """Two places in a series of different things: 'the first gene therapy it has backed' / 'its
    second pay-for-performance agreement'. The words after each ordinal share no content word
    and mean unlike things ('the third postponement' / 'the second delay' rank one series)."""
    if x.subject != "ordinal" or y.subject != "ordinal":
        return False
    after = [" ".join(tokens(c.text[f.start:])[1:ORDINAL_WORDS_AFTER + 1]) for c, f in ((a, x), (b, y))]
    stems_a, stems_b = content_stems(after[0]), content_stems(after[1])
    return bool(stems_a) and bool(stems_b) and stems_a.isdisjoint(stems_b) and _unlike_in_meaning(after, RANKED_APART)


_BETWEEN = re.compile(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+)?[£$€]?(\d[\d.,]*)\s?[^\s\d,;.]{0,8}\s*(?:and|-|\u2013)\s*[£$€]?(\d[\d.,]*)", re.I)
_SPAN = re.compile(r"(?:\b(\w+)\s+)?([£$€]?)(\d[\d.,]*)\s?([a-z%]{1,8})?\s*(?:to|-|\u2013)\s*([£$€]?)(\d[\d.,]*)\s?([a-z%]{1,8})?", re.I)
_NO_SPAN_OPENS = frozenset({"from", "by", "with"})
"""Words before 'N to M' that make it a change ('rose from 5 to 7 percent', 'cut by 2 cents to 38
cents'), not a span of values."""


@lru_cache(maxsize=16384)
def _range_bounds(text: str) -> tuple[int, ...]:
    """Where the figures that open or close a range stand: 'between 20 and 45 degrees', and 'N to
    M' with one unit or currency on both ('an estimate of £3 million to £4 million'; not
    'jumped 12 percent to 8.40 crowns', a change and a level)."""
    out = [m.start(g) for m in _BETWEEN.finditer(text) for g in (1, 2)]
    for m in _SPAN.finditer(text):
        if (m.group(1) or "").lower() in _NO_SPAN_OPENS:
            continue
        if m.group(2) and m.group(2) == m.group(5) or m.group(4) and m.group(7) and m.group(4).lower() == m.group(7).lower():
            out += [m.start(3), m.start(6)]
    return tuple(out)


def range_bound(claim: Claim, fact: Fact) -> bool:
    """A figure that closes or opens a range: a bound of what may be, which a single measured
    value ('measured at 43 degrees') is not."""
    return fact.detector == "numbers" and any(fact.start <= at < fact.end for at in _range_bounds(claim.text))


def _toll_of_an_earlier_month(a: Claim, b: Claim, x: Fact) -> bool:
    """'In May, two port workers were arrested at the terminal' / 'three men are in custody' (written
    in October): a count of the arrested, the dead or the injured dated to a month before the one
    its outlet wrote in, which the other sentence does not name, is an earlier event's toll."""
    if x.subject not in _CASUALTIES or not a.published:
        return False
    months = [f.value for f in a.facts_of("dates") if f.subject == "date" and f.value.day is None]  # type: ignore[union-attr]
    if not months:
        return False
    written = dt.date.fromordinal(a.published)
    told = {(f.value.year, f.value.month) for f in b.facts_of("dates") if f.subject == "date"}  # type: ignore[union-attr]
    return all((m.year, m.month) < (written.year, written.month) and (m.year, m.month) not in told for m in months)  # type: ignore[union-attr]


_HEDGE = r"(?:(?:about|some|nearly|almost|around|roughly|just|over|under|more\s+than|less\s+than|a\s+further|another)\s+)?"
_CHANGE_BEFORE = re.compile(r"\b(?:by|up|down|rose|fell|grew|gained|lost|climbed|jumped|dropped|slipped|increased|decreased|declined|"
                            r"(?:rise|increase|fall|drop|decline|growth|jump|gain|cut)\s+of)\s+" + _HEDGE + "$", re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:more|less|higher|lower|fewer|up|down|(?:rise|increase|fall|drop|decline|growth|jump|gain|cut)s?\b)", re.I)
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|reached|was|is|stood\s+at|stands\s+at)\s+" + _HEDGE + "$", re.I)


def _change_and_level(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'Households rose by 9 percent' / 'the share rose to 21.3 percent': a change and a level,
    two figures whatever their sentences share."""
    if x.subject != "percent" or y.subject != "percent":
        return False

    def reading(c: Claim, f: Fact) -> str:
        before = c.text[max(0, f.start - 40):f.start]
        if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(c.text, f.end):
            return "change"
        return "level" if _LEVEL_BEFORE.search(before) else ""
    ra, rb = reading(a, x), reading(b, y)
    return bool(ra and rb) and ra != rb


_A_FURTHER_COUNT = re.compile(r"\b(?:another|a\s+further|(?<!no\s)further)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", re.I)


def _a_further_batch(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'Arrested 12 people on Saturday' / 'arrested another 5 people on Sunday': the days of two
    batches, not one batch's day told otherwise."""
    return x.detector == "dates" and bool(_A_FURTHER_COUNT.search(a.text) or _A_FURTHER_COUNT.search(b.text))


_PLACE_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)")


def places_differ(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'Cut 1,200 jobs in Germany' / 'cut 800 jobs in France': each figure is said of a named
    place the other sentence never names, so they are two facts."""
    ma, mb = _PLACE_AFTER.match(a.text, x.end), _PLACE_AFTER.match(b.text, y.end)
    if not ma or not mb:
        return False
    pa, pb = ma.group(1), mb.group(1)
    if pa[:4].lower() == pb[:4].lower():
        return False  # 'in Warsaw' / 'in Warszawa': one place, as a translation spells it
    return pa.split()[0].lower() not in _NO_PLACE and pb.split()[0].lower() not in _NO_PLACE and pa not in b.text and pb not in a.text


_NO_PLACE = frozenset({"the", "a", "an", "this", "that"}) | number_facts.CALENDAR
"""Capitalised words after 'in' or 'at' that name no place ('in March', 'at The …')."""
_SIDES = (("new", "old"), ("former", "current"), ("previous", "next"), ("men's", "women's"), ("domestic", "foreign"), ("upper", "lower"),
          ("northern", "southern"), ("eastern", "western"), ("home", "away"), ("inbound", "outbound"))
"""Words that put one kind of thing on two sides ('the new stadium' / 'the old stadium')."""


def _sides_differ(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'The new stadium will seat 45,000' / 'the old stadium held 30,000': the words before each
    figure put its thing on the other side of one pair, so they are two facts."""
    wa = {w.lower() for w in tokens(a.text[max(0, x.start - 60):x.start])}
    wb = {w.lower() for w in tokens(b.text[max(0, y.start - 60):y.start])}
    for pair in _SIDES:
        side_a, side_b = wa.intersection(pair), wb.intersection(pair)
        if len(side_a) == len(side_b) == 1 and side_a != side_b:
            return True  # one side each, not the same one
    return False


_AT_THE_CLOSE = re.compile(r"\b(?:clos(?:ed|ing)|ended|finished|settled)\b", re.I)
_ON_THE_WAY = re.compile(r"\b(?:as\s+much\s+as|at\s+one\s+(?:point|stage|time)|(?:by|until|at)\s+(?:midday|noon|mid-?morning|mid-?afternoon)|in\s+(?:early|morning|afternoon)\s+trading"
                         r"|intraday|at\s+(?:its|their)\s+(?:peak|height|lowest|highest|worst))\b", re.I)
_READING_REACH = 40
"""Characters either side of a figure within which a word says when in the day it was read."""


def _reading_of_the_day(claim: Claim, fact: Fact) -> str | None:
    """When in a day a figure was read, by the nearest word that says so: 'closed 34.6 percent
    lower' ('close'), 'fell as much as 39 percent', 'was down 38 percent by midday' ('during');
    None when no word near it says."""
    text = claim.text
    found = [(fact.start - m.end(), "close") for m in _AT_THE_CLOSE.finditer(text, max(0, fact.start - _READING_REACH), fact.start)]
    found += [(fact.start - m.end(), "during") for m in _ON_THE_WAY.finditer(text, max(0, fact.start - _READING_REACH), fact.start)]
    found += [(m.start() - fact.end, "during") for m in _ON_THE_WAY.finditer(text, fact.end, fact.end + _READING_REACH)]
    return min(found)[1] if found else None


def _readings_of_a_day_differ(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'fell as much as 6.4 percent' / 'closed 5.8 per cent lower', 'down 38 percent by midday' /
    'closed 34.6% lower': a figure on its way and the day's close are two readings."""
    if x.detector != "numbers" or not (_AT_THE_CLOSE.search(a.text) or _AT_THE_CLOSE.search(b.text)):
        return False  # most pairs: neither sentence tells a close
    ra, rb = _reading_of_the_day(a, x), _reading_of_the_day(b, y)
    return ra is not None and rb is not None and ra != rb


_AGO_AFTER = re.compile(r"\s+ago\b", re.I)
_FOR_BEFORE = re.compile(r"\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.I)


def _span_and_time_ago(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'has worked on them for 40 years' / 'built almost seventy years ago': how long something
    went on, and how long ago another thing happened."""
    if x.subject != "duration":
        return False
    ago = bool(_AGO_AFTER.match(a.text, x.end)), bool(_AGO_AFTER.match(b.text, y.end))
    if ago[0] == ago[1]:
        return False
    span_claim, span = (b, y) if ago[0] else (a, x)
    return bool(_FOR_BEFORE.search(span_claim.text, max(0, span.start - 30), span.start))


_ROUND = re.compile(r"\b(?P<ord>first|second|third|fourth|fifth|final|last|opening|1st|2nd|3rd|4th)\s+(?P<noun>round|ballot|half|quarter|leg|stage|phase|reading|set|innings|period|heat)s?\b", re.I)
_ROUND_PLACE = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


def _round_of(claim: Claim, f: Fact) -> tuple[str, str] | None:
    """The round of a series the figure's sentence tells it of, nearest first ('in which Varanne
    took 38 votes' after 'the first round'): ('round', 'first')."""
    found = [(abs(m.start() - f.start), m.group("noun").lower(), m.group("ord").lower()) for m in _ROUND.finditer(claim.text)]
    if not found:
        return None
    _, noun, place = min(found)
    return noun, _ROUND_PLACE.get(place, place)


def rounds_differ(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'38 votes in the first round' / '49 votes in the second round', 'led 2-0 at the end of the
    first half' / '3-1 in the second half': one series, two of its rounds."""
    ra = _round_of(a, x)
    rb = _round_of(b, y) if ra is not None else None
    return rb is not None and ra[0] == rb[0] and ra[1] != rb[1]  # type: ignore[index]


def part_and_whole(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'Its remaining 18 aircraft' / 'operates 19 aircraft': the rest once some are taken out,
    and the whole, are two counts."""
    if x.detector != "numbers":
        return False
    return _a_remainder(a, x) != _a_remainder(b, y) or _one_alone(a, x) != _one_alone(b, y)


_ALONE_AFTER = re.compile(r"[^.;,]{0,12}?\b(?:on\s+its\s+own|by\s+itself|alone)\b", re.I)
_ALONE_BEFORE = re.compile(r"\b(?:alone|on\s+its\s+own|by\s+itself)\b[^.;]{0,40}$", re.I)


def _one_alone(claim: Claim, f: Fact) -> bool:
    """'A necklace the museum values at about 2.1 million pounds on its own', 'the tiara alone is
    worth ...': one piece of a whole another outlet may give the sum of."""
    text = claim.text
    if "alone" not in text and " own" not in text and "itself" not in text:
        return False  # most sentences: asked for every pair of figures compared, so no pattern runs
    return bool(_ALONE_AFTER.match(text, f.end) or _ALONE_BEFORE.search(text, max(0, f.start - 50), f.start))


_HURT_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:injured|hurt|wounded|taken\s+to\s+hospitals?|treated|hospitali[sz]ed)\b", re.I)
"""'Another 27 people were taken to hospital', 'another 12 were injured': the hurt beside the dead,
the whole count of the hurt."""


def _a_remainder(claim: Claim, f: Fact) -> bool:
    """'its remaining 18', 'eight other schools', 'three more hospitals': some beside others. Not
    'another 27 were taken to hospital', told beside a death toll: all the hurt."""
    if (before := _REMAINDER_BEFORE.search(claim.text, max(0, f.start - 30), f.start)):
        return not (before.group(0).lower().startswith("another") and _HURT_AFTER.match(claim.text, f.end))
    return f.subject.startswith("n:") and bool(_REMAINDER_AFTER.match(claim.text, f.start + len(f.text.split()[0])))  # counts only: '9.5 percent more' is a rise


_REMAINDER_AFTER = re.compile(r"\s+(?:other|more|further|additional)\b(?!\s+than\b)", re.I)


def agree_on_a_count(a: Claim, b: Claim) -> bool:
    """Both give one count or age of one subject the same."""
    return any(number_facts.same(x, y) for subject, xs in a.counts.items() for y in b.counts.get(subject, ()) for x in xs)


def agree_on_a_measure(a: Claim, b: Claim) -> bool:
    """Both give one measure the same ('gusts of 126 km/h'): like a shared count, it ties two
    sentences to one event."""
    return any(number_facts.same(x, y) for (detector, subject), xs in a.figures.items() if detector == "numbers" and subject in _MEASURED
               for y in b.figures.get((detector, subject), ()) for x in xs)


_MEASURED = frozenset({"speed", "length", "mass", "volume", "area", "temperature"})


def _done_before_its_day(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """'Is due to be signed on March 2' against 'signed it on Thursday' (12 February): a deed
    reported before the day the plan names is no preview of it, the two disagree."""
    pair = {x.value[0], y.value[0]}  # type: ignore[index]
    if pair != {"planned", "done"}:
        return False
    (plan, planned), (deed, done) = ((a, x), (b, y)) if x.value[0] == "planned" else ((b, y), (a, x))  # type: ignore[index]
    if status_facts.announcing(done):
        return False  # 'announced a buyback' tells the plan made public, not the deed done early
    days = [f.value for f in plan.facts_of("dates") if f.subject == "date" and isinstance(f.value, date_facts.When) and f.value.day]
    if not days:
        return False
    target = max(w.ordinal() for w in days)
    return done.value[2] < target  # type: ignore[index]  # the deed's report came out before the planned day


OTHER_NOUN_MIN = 0.3
"""Surroundings similarity for counts of differently named things in close claims: lower than
SUBJECT_MIN because the nouns themselves differ; the claims' closeness and one count on each
side carry the rest."""


def _of_what(stops: str) -> re.Pattern:
    """'… of <up to six words>' after a figure, up to a clause mark or one of the stop words."""
    return re.compile(rf"^\s+of\s+((?:[a-z][a-z-]*\s+){{0,5}}?[a-z][a-z-]*)(?=\s*[,.;:)]|\s+(?:{stops})\b|\s*$)")


_OF_WHAT_STOPS = "and|but|in|on|at|after|before|while|when|with|to|from|last|this|that|which"
_OF_WHAT = _of_what(_OF_WHAT_STOPS)
_OF_WHAT_HEAD = _of_what(_OF_WHAT_STOPS + "|within|has|have|had|was|were|is|are|will|would")
"""What a count is of, to its verb ('of load have been detached'): a load names no thing, whatever is said of it."""


OF_WHAT = "of:"
"""The subject prefix of a clash over what one count is of ('six counts of fraud' / 'six counts of theft')."""


_ANY_STUFF = frozenset(stem(w) for w in "cargo cargoes goods freight load loads material materials product products merchandise shipment shipments stuff".split())
"""Words that name a load of anything, not what it is."""


def _counts_of_what(a: Claim, b: Claim, closeness: float) -> list[Conflict]:
    """'four counts of theft' / 'four counts of false accounting', '38,000 tonnes of diesel' /
    '38,000 tonnes of crude oil': the same count or measure of a differently named thing is a term
    discrepancy (what the charges were, what the cargo was)."""
    if closeness < FACT_NEIGHBOURS or a.figures.keys().isdisjoint(b.figures.keys()):
        return []  # a count or measure of one subject on both sides is needed
    out = []
    for x in a.facts_of("numbers"):
        if not (x.subject.startswith("n:") or x.kind == "measure"):
            continue
        for y in b.facts_of("numbers"):
            if y.subject != x.subject or not number_facts.same(x, y):
                continue
            mx, my = _OF_WHAT.match(a.text[x.end:]), _OF_WHAT.match(b.text[y.end:])
            if not mx or not my:
                continue
            sx, sy = content_stems(mx.group(1)), content_stems(my.group(1))
            if sx <= _ANY_STUFF or sy <= _ANY_STUFF or any(content_stems(m.group(1)) <= _ANY_STUFF for c, f in ((a, x), (b, y)) if (m := _OF_WHAT_HEAD.match(c.text[f.end:]))):
                continue  # '38 tonnes of cargo' / '38 tons of goods': a load, whatever it is of, names no other thing
            if sx and sy and not sx & sy and not any(u.startswith(v) or v.startswith(u) for u in sx for v in sy):  # 'coast' / 'coastline'
                fx = Fact("term", OF_WHAT + x.subject, mx.group(1), a.text[x.start:x.end + mx.end()], x.start, x.end + mx.end())
                fy = Fact("term", OF_WHAT + y.subject, my.group(1), b.text[y.start:y.end + my.end()], y.start, y.end + my.end())
                out.append(Conflict("term", OF_WHAT + x.subject, "material", [(a, fx), (b, fy)]))
    return out


def told_of_both(conflict: Conflict, claims: list[Claim]) -> bool:
    """A term clash over what a figure counts (_counts_of_what) where one outlet also gives the
    other's thing for the same figure elsewhere ('38,000 tonnes of rubble' in its headline, '38,000
    tonnes of construction waste' in its text): two words for one thing, no clash."""
    if conflict.kind != "term" or not conflict.subject.startswith(OF_WHAT) or len(conflict.facts) != 2:
        return False
    (a, fx), (b, fy) = conflict.facts

    def tells(source: str, figure: Fact, thing: str) -> bool:
        stems = content_stems(thing)
        for c in claims:
            if c.source != source:
                continue
            for f in c.facts_of("numbers"):
                if f.subject == figure.subject and number_facts.same(f, figure) and (m := _OF_WHAT.match(c.text[f.end:])) and stems <= content_stems(m.group(1)):
                    return True
        return False

    x = next((f for f in a.facts_of("numbers") if f.start == fx.start), None)
    y = next((f for f in b.facts_of("numbers") if f.start == fy.start), None)
    return x is not None and y is not None and (tells(a.source, x, fy.value) or tells(b.source, y, fx.value))


_THE_REST = re.compile(r"\b(?:the\s+rest|the\s+remainder|the\s+remaining|(?:its|their)\s+remaining|the\s+other\s+(?:share|part|half))\b", re.I)


def shares_of_a_whole(conflict: Conflict) -> bool:
    """Two outlets' shares of one whole that add up to all of it, one outlet giving the rest to the
    other party ('Haldria gets 62 percent and Corrinth the rest' / 'Corrinth gets 38 percent'): each
    tells the other's share, no clash."""
    if conflict.subject != "percent" or len(conflict.facts) != 2:
        return False
    (a, x), (b, y) = conflict.facts
    return abs(float(x.value) + float(y.value) - 100.0) <= 0.5 and bool(_THE_REST.search(a.text) or _THE_REST.search(b.text))


SMALL_COUNT = 3
"""Counts this small under different nouns are compared only in close paraphrases (PARAPHRASE_PAIR)."""


def _counts_of_other_nouns(a: Claim, b: Claim, closeness: float, around: Surroundings) -> list[Conflict]:
    """'employs 640 people' / 'has 604 employees': close claims that each count one thing the
    other does not name the same way count the same thing; in a close paraphrase ('killing at
    least 23 people' / 'left at least 32 dead') whatever the words around the counts."""
    if closeness < FACT_NEIGHBOURS or not a.counts or not b.counts:  # a count ('n:…') is among a claim's counts
        return []
    ca = [f for f in a.facts_of("numbers") if f.subject.startswith("n:")]
    cb = [f for f in b.facts_of("numbers") if f.subject.startswith("n:")]
    loose_a = [f for f in ca if f.subject not in {g.subject for g in cb} and not f.subject.endswith((":other", ":total"))]
    loose_b = [f for f in cb if f.subject not in {g.subject for g in ca} and not f.subject.endswith((":other", ":total"))]  # a whole ('of the nine schools') counts no rival thing
    if len(loose_a) != 1 or len(loose_b) != 1:
        return []  # ('the study and two other papers' / 'three of the articles': a count beside something else counts a part, and is no rival)
    x, y = loose_a[0], loose_b[0]
    later = not (_counts_a_noun(a, x) and _counts_a_noun(b, y))
    if later and not _one_noun_later(a, x, b, y):
        return []
    if max(x.value, y.value) <= SMALL_COUNT and closeness < PARAPHRASE_PAIR:  # type: ignore[type-var]
        return []  # 'with one exception' / 'two scientists': small counts of other nouns meet by chance in loosely close claims
    if agree(x, y) or not comparable(x, y) or closeness < STRONG_PAIR and around.similarity(a, x, b, y) < OTHER_NOUN_MIN and not _transposed(x, y) or _sums_to(a, x, y) or _sums_to(b, y, x):
        return []
    if later:  # shown with the noun they count
        x, y = (replace(f, text=c.text[f.start:m.end()], end=m.end()) for c, f in ((a, x), (b, y)) if (m := number_facts.PLURAL_NEXT.match(c.text, f.end)))
    return [Conflict("number", "count", "material", [(a, x), (b, y)])]


def _transposed(x: Fact, y: Fact) -> bool:
    """Two counts written with the same digits in another order ('38' / '83'): one figure mistyped,
    whatever words each outlet puts around it."""
    if not isinstance(x.value, (int, float)) or not isinstance(y.value, (int, float)) or x.value == y.value:
        return False
    dx, dy = str(int(x.value)), str(int(y.value))
    return x.value == int(x.value) and y.value == int(y.value) and len(dx) >= 2 and sorted(dx) == sorted(dy)


def _sums_to(claim: Claim, part: Fact, whole: Fact) -> bool:
    """'162 passengers and six crew' against '168 people on board': a count that, with another
    count of its sentence, makes the other outlet's figure is a part of that whole, not a rival."""
    if not isinstance(part.value, (int, float)) or not isinstance(whole.value, (int, float)):
        return False
    return any(g is not part and g.subject.startswith("n:") and isinstance(g.value, (int, float)) and part.value + g.value == whole.value
               for g in claim.facts_of("numbers"))




_NOT_A_NOUN = re.compile(rf"(?:ed|{number_facts.MODIFIER_ENDINGS})$")


_SPANS_OF_TIME = frozenset("n:" + stem(w) for w in ("nights", "evenings", "mornings", "afternoons", "weekends", "seasons", "decades", "centuries", "fortnights", "shifts"))
"""Counts of spans of time ('three nights', 'two seasons'): how long, never a count of things named otherwise."""


def _counts_a_noun(claim: Claim, f: Fact) -> bool:
    """Whether the word a count took for its noun reads as one: 'two previous [finals]', 'three
    detected', 'two high-voltage [lines]', 'three Statikon [managers]', 'five paper [mills]' are
    a figure whose noun came later or not at all, and are not compared across differently named
    things."""
    word = claim.text[f.start:f.end].split()[-1].strip(".,;:'\u2019") if f.end > f.start else ""
    if not word or not word[:1].islower() or "-" in word or _NOT_A_NOUN.search(word.lower()) or f.subject in _SPANS_OF_TIME or f.subject in GENERIC_SUBJECTS:
        return False
    following = number_facts.PLURAL_NEXT.match(claim.text, f.end)
    return following is None or following.group(1) in STOPWORDS  # 'five paper mills': the plural after it is the noun


def _one_noun_later(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """Two counts whose words are each a modifier before one plural noun ('306 league matches' /
    '270 live matches'): they count the same thing, though neither took it for its noun."""
    later = [number_facts.PLURAL_NEXT.match(c.text, f.end) for c, f in ((a, x), (b, y))]
    return all(m and m.group(1) not in STOPWORDS for m in later) and stem(later[0].group(1)) == stem(later[1].group(1))  # type: ignore[union-attr]


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:and|but|while|when|after|before|as|which|who|that)\s", re.I)
_PAST_WORD = re.compile(r"\b([a-z]{3,}ed|[a-z]+)\b")


def date_deed(claim: Claim, fact: Fact) -> str:
    """The deed a date is the day of: the first verb in the past of its clause ('found a scratch
    ... on 3 June', 'announced on 11 June', 'was found on 30 May'), as a stem; '' when the clause
    before the date has none."""
    return _deed_before(claim.text, fact.start)


@lru_cache(maxsize=16384)
def _deed_before(text: str, start: int) -> str:
    """`date_deed` of the date at text[start:]. Cached: each date is asked for by two checks, and
    again when a story is merged anew after one of its files changed."""
    return stem(_deed_word_before(text, start))


@lru_cache(maxsize=16384)
def _deed_word_before(text: str, start: int) -> str:
    """The verb `_deed_before` stems, as written ('sentenced'; an irregular past as its present,
    'met' as 'meet'), for its meaning to be compared with a noun's."""
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    for m in _PAST_WORD.finditer(clause.lower()):
        word = m.group(1)
        if word.endswith("ed") and word != "hundred":
            return word
        if word in status_facts.IRREGULAR_PAST:
            return status_facts.IRREGULAR_PAST[word]
    return ""


NAMED_YEAR_PAIR = 0.5
"""Closeness from which two years in claims that name one thing ('Kestria formally claimed the
statues back in 2019' / 'Kestria lodged its claim for the statues in 2016') are one year told two ways."""
NAMED_DEED_PAIR = 0.3
"""Closeness from which two days of one deed done to one named thing ('refloated the container ship
Celandine Star on Tuesday' / 'the Celandine Star, which was finally refloated on 8 October') are
one day told two ways: the verb and the name together tie them, however the rest differs."""


def _one_named_day(a: Claim, x: Fact, b: Claim, y: Fact, closeness: float) -> bool:
    """_one_deed_dated in claims that both name one thing (as _one_named_deed asks of years)."""
    if x.detector != "dates" or closeness < NAMED_DEED_PAIR or a.mood != b.mood or not _one_deed_dated(a, x, b, y):
        return False
    return bool(_names_in(a) & _names_in(b))


def _one_deed_dated(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """Two days of one deed told by the same verb ('gave permission late on Wednesday' / 'has given
    Tuesday evening its green light')."""
    deed = date_deed(a, x)
    return bool(deed) and deed == date_deed(b, y)


def without_days_of_two_deeds(conflicts: list[Conflict], claims: list[Claim]) -> list[Conflict]:
    """The conflicts less two days of different deeds where an outlet gives a day of the other's
    deed elsewhere: 'found it on 3 June' is not answered by 'announced on 11 June' when the same
    outlet says 'it was found on 30 May'. Each outlet's day is compared with the other's day of the
    same deed (a year of that deed, 'has claimed 90 victims since 2023', is no day of it). The
    deeds are read once per date, and only in a story with a date conflict."""
    dated = {id(c) for c in conflicts if c.kind == "date" and len(c.facts) == 2}
    if not dated:
        return conflicts
    deed_of = {(c.index, f.start, f.end): date_deed(c, f) for c in claims for f in c.facts_of("dates")}
    given: dict[tuple[str, str], set[str]] = {}  # per outlet and kind of date ('date', 'year', …), the deeds it gives one of
    for c in claims:
        for f in c.facts_of("dates"):
            if deed := deed_of[(c.index, f.start, f.end)]:
                given.setdefault((c.source, f.subject), set()).add(deed)

    def two_deeds(conflict: Conflict) -> bool:
        (a, x), (b, y) = conflict.facts
        da, db = deed_of.get((a.index, x.start, x.end)) or date_deed(a, x), deed_of.get((b.index, y.start, y.end)) or date_deed(b, y)
        return bool(da and db and da != db and (da in given.get((b.source, y.subject), ()) or db in given.get((a.source, x.subject), ())))
    return [c for c in conflicts if id(c) not in dated or not two_deeds(c)]


# -- Story-wide comparisons ----------------------------------------------------------

FACT_PAIR_MIN = 0.45
"""Surroundings this alike tie two figures or dates to one subject wherever they stand in the
story ('attendance was … of the enrolled pupils' / 'the participation … of the enrolled')."""
RELATIVE_DATE_MIN = 0.6
"""'On Tuesday' or 'tomorrow' resolved against the outlet's publication day is compared story-wide
only with surroundings this alike (the same appointment: 'fly to X for the hearing'); measured
on the merge corpus: the same appointment 0.63-0.8, other days of the story below 0.5."""
DAY_SLIP_MIN = 0.5
"""The same, for two days one apart ('on Thursday' / 'Friday, 16 January'): a time zone's or a
translation's slip of one event, a little less alike around it than an unrelated day must be."""


def _a_day_apart(x: Fact, y: Fact) -> bool:
    """Two days of the month one apart."""
    wx, wy = x.value, y.value
    if not isinstance(wx, date_facts.When) or not isinstance(wy, date_facts.When) or not wx.day or not wy.day:
        return False
    return abs(wx.ordinal() - wy.ordinal()) == 1


FACTS_PER_SUBJECT = 400
"""Facts of one subject compared story-wide; more (an archive, not a story) are compared only
through their sentences' nearest neighbours."""


def subject_conflicts(claims: list[Claim], around: Surroundings) -> list[Conflict]:
    """Figures and dates of one subject compared across the story by what surrounds them, not
    by where they stand. An outlet that gives the other's value elsewhere for the same subject
    agrees with it: only each outlet's best match counts. Counts of differently named things
    ('six counts' / 'seven charges') are compared too, when their surroundings are closer still."""
    if around.vectors is None:
        return []
    by_subject: dict[str, list[tuple[Claim, Fact, int]]] = {}
    counts: list[tuple[Claim, Fact, int]] = []
    for c in claims:
        for f in c.facts:
            i = around.index.get((c.index, f.start, f.end))
            if i is not None and not set_aside(c, f) and not a_yardstick_year(c, f):
                by_subject.setdefault(f.detector + "|" + ("age" if f.subject.startswith("age:") else f.subject), []).append((c, f, i))  # ages named or not: one person's may be told either way
                if f.subject.startswith("n:") and len(f.subject) > 5 and not f.subject.endswith(":total") and _counts_a_noun(c, f):
                    counts.append((c, f, i))  # a whole ('of the 200 seats') is compared with wholes only
    out: list[Conflict] = []
    for key, facts in by_subject.items():
        if key == "dates|said":
            continue  # the days sources spoke: two statements on two days clash nowhere, one statement's day only in close paraphrases
        out.extend(_story_wide(facts, around, cross=False))
    out.extend(_story_wide(counts, around, cross=True))
    for groups, told, agreeing in _ONE_EACH:
        facts = [(c, f, i) for key, group in by_subject.items() if any(key == g or g.endswith(":") and key.startswith(g) for g in groups)
                 for c, f, i in group if told(c, f)]
        out.extend(_story_wide(facts, around, cross=False, one_each=True, agreeing=agreeing))
    return out


_ESTIMATE_BEFORE = re.compile(r"\b(?:put|puts|putting|estimated|estimates|estimating|reckoned|gave|gives|giving)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:at|on|of)\s+"
                              r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+under\s+|just\s+over\s+)?$", re.I)
"""The words before a count given as someone's estimate: 'put the crowd at about 11,500', 'estimated
the attendance at roughly 15,000', 'gave a figure of 9,000'. Each outlet's one estimate of a count
is the story's, whatever noun the outlet counts it by."""


ESTIMATE_MIN = 100
"""Counts from which a figure after 'put … at' or 'estimated … at' is taken for an estimate (a crowd,
a turnout): set with the rule, not tuned; smaller counts after those verbs are tallies, which the
other checks compare."""


def _an_estimate(claim: Claim, fact: Fact) -> bool:
    return fact.value >= ESTIMATE_MIN and bool(_ESTIMATE_BEFORE.search(claim.text, max(0, fact.start - 60), fact.start))  # type: ignore[operator]


_FEE_BEFORE = re.compile(r"\b(?:fee|fees|sum)\s+(?:of\s+|at\s+|was\s+|is\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|an\s+initial\s+|a\s+reported\s+)?$"
                         r"|\bfor\s+(?:a\s+)?(?:fee|sum)\s+of\s+(?:about\s+|some\s+|around\s+)?$", re.I)
"""The words before a fee ('a transfer fee of 32 million pounds', 'for a fee of about €30m'): each
outlet's one fee is the story's, however unlike the sentences around it."""


_TURNOUT_BEFORE = re.compile(r"\b(?:turnout|participation)\b[^.;]{0,35}?$", re.I)
_TURNOUT_AFTER = re.compile(r"\s*(?:turnout|participation)\b|[^.;]{0,25}?\b(?:took|take|taking)\s+part\b|\s+of\s+(?:the\s+)?(?:eligible|registered)\s+(?:voters|members|electorate)\s+(?:voted|cast)", re.I)
"""The words around a share of voters taking part: 'on a turnout of 62.4 percent', a translation's
'the participation lay at 64,2 percent', '54 percent took part': each outlet's one such share is the
story's turnout."""


_PENALTY_BEFORE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|banned|barred|suspended|disqualified)\b(?:\s+[\w'\u2019-]+){0,3}?\s+(?:to|for)\s+(?:a\s+|an\s+)?(?:total\s+of\s+)?$"
    r"|\b(?:gets|got|given|handed|receives|received|serve|serving)\s+(?:a\s+|an\s+)?$"
    r"|\b(?:sentence|term|ban|suspension|prison|jail)\s+of\s+(?:a\s+|an\s+)?$", re.I)
"""The words before the length of a penalty: 'sentenced to six years', 'jailed for eight years', 'a
ban of four years', 'gets eight years': each outlet's one such length is the story's penalty."""


_STARTS_BEFORE = re.compile(
    r"\b(?:(?:take|takes|taking)\s+effect|(?:come|comes|coming)\s+into\s+(?:force|effect)|(?:enter|enters|entering)\s+(?:into\s+)?(?:force|vigou?r)"
    r"|starting|effective|with\s+effect|(?:re)?open(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?|launch(?:es|ing)?)\b"
    r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:from|on|in|at)\s+(?:the\s+)?(?:\w+day,?\s+)?$"
    r"|\b(?:will|shall|is\s+to|are\s+to)\b[^.;,]{0,60}?\bfrom\s+(?:the\s+)?(?:\w+day,?\s+)?$"
    r"|\b(?:(?:take|takes|taking)\s+office|(?:assume|assumes|assuming)\s+(?:the\s+)?(?:office|charge|post|functions))(?:\s+[\w'\u2019-]+){0,2}?\s+(?:(?:from|on|in|at)\s+)?(?:the\s+)?(?:\w+day,?\s+)?$"  # 'takes office on 1 January', a translation's 'will assume the charge the 1 of February'
    r"|^(?:from|starting|beginning)\s+(?:on\s+)?(?:the\s+)?(?:\w+day,?\s+)?$|\b(?:is|are|was|were)\s+(?:now\s+)?(?:set|scheduled|planned|due)\s+for\s+(?:the\s+)?(?:\w+day,?\s+)?$", re.I)
"""The words before the day a thing starts or takes effect: 'takes effect from Monday, March 2',
'will reopen on 11 November', 'will fund 214 organisations from April 1', a translation's 'enters in
vigour starting from 1 of January', 'From Monday 9 March 2026, motorists...', 'is set for 2 March'."""


def _one_day_or_month(x: Fact, y: Fact) -> bool:
    """Two days a thing starts are one when they agree as far as both are told ('from April 2026' /
    'from 1 April 2026'); months apart they are two starts of one thing, not two events, as the
    detector's own test would take them."""
    a, b = x.value, y.value
    if (a.year != b.year and a.explicit_year and b.explicit_year) or a.month != b.month:  # type: ignore[union-attr]
        return False
    return a.day is None or b.day is None or a.day == b.day or agree(x, y)  # type: ignore[union-attr]


def _starts_on(claim: Claim, fact: Fact) -> bool:
    """A day still ahead on which something starts, opens or takes effect: each outlet's one such
    day is the story's start, however differently the sentences around it run."""
    when = fact.value
    return isinstance(when, date_facts.When) and claim.published is not None and when.ordinal() > claim.published and bool(_STARTS_BEFORE.search(claim.text, max(0, fact.start - 80), fact.start))  # type: ignore[union-attr]


def _starts_in(claim: Claim, fact: Fact) -> bool:
    """A year still ahead in which something starts ('production to start in 2028', 'shall
    according to the plans start in 2029'): the year's own words ('in') end the words before it."""
    year = fact.value
    if not isinstance(year, int) or claim.published is None or year <= dt.date.fromordinal(claim.published).year:
        return False
    digits = claim.text.rfind(str(year), fact.start, fact.end)
    return digits > 0 and bool(_STARTS_BEFORE.search(claim.text, max(0, digits - 80), digits))


_VALUED_BEFORE = re.compile(r"\b(?:valued|estimated|appraised|put)\s+(?:\w+\s+){0,3}?at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$"
                            r"|\b(?:worth|value\s+of|valuation\s+of)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|an\s+estimated\s+)?$", re.I)
"""What a sum says a thing is worth ('valued at about', 'is thought to be worth around', 'put the
psalter's value at'): the one valuation each outlet gives is the thing's, however unlike the
sentences around it."""


def _named_before(pattern: re.Pattern, reach: int):
    """A test of a fact by the words in the `reach` characters before it."""
    return lambda claim, fact: bool(pattern.search(claim.text, max(0, fact.start - reach), fact.start))


def _a_turnout(claim: Claim, fact: Fact) -> bool:
    if number_facts.bound(fact) or THRESHOLD_AFTER.match(claim.text, fact.end) or _HYPOTHETICAL_BEFORE.search(claim.text, max(0, fact.start - 60), fact.start):
        return False  # 'at least 40 percent', 'the 40 percent threshold', 'turnout would have been above 40 percent': a rule or a what-if, not the turnout
    if _PART_TURNOUT.search(claim.text, max(0, fact.start - 50), fact.start):
        return False  # 'turnout on the island was 58 percent': a part of the electorate's
    return bool(_TURNOUT_BEFORE.search(claim.text, max(0, fact.start - 50), fact.start) or _TURNOUT_AFTER.match(claim.text, fact.end))


_PART_TURNOUT = re.compile(r"\bturnout\s+(?:on|in|among|across)\s+(?!(?:[\w'\u2019]+\s+){0,2}(?:referendum|vote|election|ballot|poll|count)\b)(?:[\w'\u2019-]+\s+){1,3}(?:was|were|stood|reached)\s+(?:at\s+)?(?:about\s+|around\s+|just\s+(?:over|under)\s+)?$", re.I)
THRESHOLD_AFTER = re.compile(r"\s+(?:threshold|mark|minimum|limit|quorum|hurdle|bar)\b", re.I)
"""The word after a figure that makes it a rule's ('the 40 percent threshold'), not a measure."""
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:would|could|might|if)\b(?:(?!\b(?:was|is|were)\b)[^.;,]){0,40}$", re.I)
"""A what-if before a figure in its clause ('turnout would have been above 40 percent')."""


_ONE_EACH = (
    (("numbers|money",), _named_before(_VALUED_BEFORE, 40), agree),  # what a thing is worth
    (("dates|date",), _starts_on, _one_day_or_month),  # the day it starts
    (("dates|year",), _starts_in, agree),  # the year it starts
    (("numbers|duration",), _named_before(_PENALTY_BEFORE, 60), agree),  # a penalty's length
    (("numbers|percent",), _a_turnout, agree),  # a ballot's turnout
    (("numbers|money",), _named_before(_FEE_BEFORE, 50), agree),  # a fee
    (("numbers|n:", "numbers|count"), _an_estimate, agree),  # an estimate of a count, whatever noun counts it
)
"""Facts a story has one of, each named by the words around it: (subject groups, the test of a
fact, the test of two values as one); a group ending in ':' takes every subject it begins ('numbers|n:'
is every count of a named thing). Each outlet's one such fact is compared with the others' however
unlike the sentences around them (`_story_wide`'s `one_each`)."""


OTHER_NOUN_PAIR_MIN = 0.5
"""Surroundings similarity at which counts of differently named things anywhere in the story
count one thing ('guilty last month of six counts' / 'guilty on every one of the seven charges'):
above FACT_PAIR_MIN because the nouns themselves do not vouch for it. Measured on the merge
corpus: the same count under another noun 0.54; unrelated counts of a story below 0.45."""


_ONE_MEASURE = frozenset({"mass", "area"})
"""Measures an outlet that gives one of them in the whole story gives of the story's thing (its
weight, the area burnt or flooded), as it does one count of a named thing."""


SOLE_COUNT_MIN = 0.3
"""Surroundings similarity enough for two counts of one named thing when each outlet gives
only that one count of it in the whole story ('43 ships were waiting at anchor' / 'left 34 ships
waiting outside the port', 0.34): no other figure of theirs competes for it."""


SOLE_LARGER_COUNT_MIN = 0.15
"""The same for counts above SMALL_COUNT: an outlet's one count of a thing is rarely incidental,
while 'two helicopters' / 'one by helicopter' or 'three seasons' / 'two seasons' meet by chance.
Measured on the other genres: 0.15 adds two keyed clashes and takes one false callout away; 0.1
adds one keyed and one false more; 0 four keyed and nine false more; 0.2 changes nothing."""


SOLE_UNTIL_MIN = -1.0
"""Surroundings similarity enough for the one date each outlet says something lasts until ('cancelled
all performances until at least 20 November' / 'will stay dark until 4 December at the earliest'):
a story's closure, deadline or suspension, however the sentences around it run."""


SOLE_CASUALTY_MIN = 0.0
"""Surroundings similarity enough for the one count of the dead, or of the injured, each outlet
gives in the whole story ('at least 14 people were confirmed dead' / 'the count had risen to 19
dead'): a story has one toll, however differently the sentences around it run."""


AGE_SLIP = 1
"""Years apart of the one age each outlet gives in the whole story at which they are one person's
age told two ways, however unlike the sentences around them ('the 24-year-old crossed the line' /
'Tesfali, who turned 25 in July'). Measured on the other genres: 1 adds two keyed clashes; 2 a
false callout more (81 / 79, two of the dead); any gap, with surroundings alike from 0.2, one keyed
more and the ages of a story's different people side by side (0.1: five false callouts more)."""


CLOSE_COUNT_RATIO = 1.3
"""Larger sole counts of one thing within this ratio of each other ('now teaches 420 pupils' / 'a
new gym for the 450 pupils') need no likeness of surroundings at all: each outlet's only count of
the thing, this close, is the same count told two ways, however differently the sentence around
it reads (a translation, an explainer). Measured on the other genres: 1.3 adds three keyed
clashes and two false callouts; 1.5 one keyed and two false more."""


_WIDE: dict[tuple, tuple] = {}
"""_story_wide's answers by everything they depend on: each fact's outlet, the identity of its
claim's facts tuple and of the fact itself (both kept, so no other object takes their id), the
common words the surroundings' vectors were read without, and the flags. A story merged again by
digest serve compares its subjects' facts again, most of them the same (bounded: cleared when it
grows past WIDE_MAX)."""
WIDE_MAX = 2_000


def _story_wide(facts: list[tuple[Claim, Fact, int]], around: Surroundings, cross: bool, one_each: bool = False, agreeing=agree) -> list[Conflict]:
    """`_wide` of the facts, read from _WIDE when the same facts were compared before."""
    if len(facts) < 2 or len(facts) > FACTS_PER_SUBJECT:
        return []
    key = (cross, one_each, agreeing, around.common, tuple((c.source, id(c.facts), id(f)) for c, f, _ in facts))
    known = _WIDE.get(key)
    if known is not None and all(t is c.facts and g is f for (t, g), (c, f, _) in zip(known[0], facts)):
        return [Conflict(kind, subject, severity, [(facts[k][0], f) for k, f in told]) for kind, subject, severity, told in known[1]]
    out = _wide(facts, around, cross, one_each, agreeing)
    position = {(id(c), id(f)): k for k, (c, f, _) in enumerate(facts)}
    kept = []
    for conflict in out:
        told = tuple((position.get((id(c), id(f))), f) for c, f in conflict.facts)
        if any(k is None for k, _ in told):
            return out  # a fact from outside the group: not kept (no such conflict is made today)
        kept.append((conflict.kind, conflict.subject, conflict.severity, told))
    if len(_WIDE) >= WIDE_MAX:
        _WIDE.clear()
    _WIDE[key] = (tuple((c.facts, f) for c, f, _ in facts), tuple(kept))
    return out


def _wide(facts: list[tuple[Claim, Fact, int]], around: Surroundings, cross: bool, one_each: bool = False, agreeing=agree) -> list[Conflict]:
    """Each fact against each other outlet's closest fact of the group: a conflict when the two
    are each other's closest, close enough, and disagree. `cross`: only pairs of different nouns.
    `one_each`: a group whose one fact per outlet is the story's (what a thing is worth, the day
    it starts), compared as is, however unlike the sentences around them. `agreeing`: the test of
    one value told two ways, when the group's is stricter than the detector's."""
    if len(facts) < 2 or len(facts) > FACTS_PER_SUBJECT or len({c.source for c, _, _ in facts}) < 2:
        return []
    vectors = around.vectors[[i for _, _, i in facts]]
    sims = vectors @ vectors.T
    numbering: dict[str, int] = {}
    outlets = np.array([numbering.setdefault(c.source, len(numbering)) for c, _, _ in facts])  # not hash(): stable across processes
    best: dict[tuple[int, int], int] = {}  # (fact, other outlet) -> that outlet's closest fact
    outlet_of = outlets.tolist()
    for outlet in sorted(set(outlet_of)):
        columns = np.nonzero(outlets == outlet)[0]
        closest = columns[np.argmax(sims[:, columns], axis=1)].tolist()
        for x in np.nonzero(outlets != outlet)[0].tolist():
            best[(x, outlet)] = closest[x]
    given = Counter(o for o, _ in {(o, str(f.value)) for o, (_, f, _) in zip(outlet_of, facts)})  # values of this subject per outlet: a headline repeating its text's figure gives no second
    dimensions = [_dimension(c, f) for c, f, _ in facts] if facts[0][1].subject == "length" else [""] * len(facts)
    measured = Counter(zip(outlet_of, dimensions))  # lengths per outlet and dimension
    out: list[Conflict] = []
    for (x, other), y in best.items():
        if x > y or best.get((y, outlet_of[x])) != x:
            continue  # each pair once, and only when each is the other's closest (tested first: it is cheap)
        a, fa, _ = facts[x]
        b, fb, _ = facts[y]
        if cross and (fa.subject == fb.subject or {fa.subject, fb.subject} & _CASUALTIES or fa.subject.endswith(":other") or fb.subject.endswith(":other")):
            continue  # the dead and the injured are counted as such whatever the noun: never the same count as another
        generic = fa.subject in GENERIC_SUBJECTS
        needed = OTHER_NOUN_PAIR_MIN if cross else SUBJECT_STRONG if generic else FACT_PAIR_MIN
        if cross and {fa.subject, fb.subject} & _ANYONE:
            needed = SUBJECT_STRONG  # 'people' may be any group of the story: one with a named group only where all around them matches
        sole = not cross and given[outlet_of[x]] == 1 and given[outlet_of[y]] == 1  # each outlet gives one figure of the subject in the whole story
        if sole and not generic and (fa.subject.startswith("n:") or fa.subject in ("split", "ordinal")):
            needed = SOLE_COUNT_MIN  # these things counted, a vote's split, or the event's place in its series, once each
            if fa.subject.startswith("n:") and min(fa.value, fb.value) > SMALL_COUNT:  # type: ignore[type-var]
                needed = SOLE_LARGER_COUNT_MIN  # 'wrote 14 novels' / 'across her 16 novels': each outlet's one count of the thing
                if max(fa.value, fb.value) <= CLOSE_COUNT_RATIO * min(fa.value, fb.value):  # type: ignore[type-var]
                    needed = -1.0  # '420 pupils' / '450 pupils': near values of each outlet's one count need nothing more
        if fa.subject != fb.subject and fa.subject.startswith("age") and (not sole or ":" in fa.subject and ":" in fb.subject):
            continue  # two people's ages, or an unnamed age among several the outlets give
        if _time_since_last(a, fa) != _time_since_last(b, fb):
            continue  # the time since the last such event against how long something lasted
        if sole and fa.subject.startswith("age") and abs(fa.value - fb.value) <= AGE_SLIP:  # type: ignore[operator]
            needed = -1.0  # the one age each outlet gives in the whole story: its subject's ('the 24-year-old' / 'Tesfali, who turned 25')
        if one_each:
            needed = -1.0 if sole else FACT_PAIR_MIN  # each outlet's one valuation, or one day of a start: the thing's worth, its first day, told two ways
        if sole and fa.subject == "date:until":
            needed = SOLE_UNTIL_MIN  # 'cancelled all performances until at least 20 November' / 'will stay dark until 4 December at the earliest'
        if sole and fa.subject in _CASUALTIES:
            needed = SOLE_CASUALTY_MIN if fa.subject != "n:arrested" else SOLE_COUNT_MIN  # the one count of the dead (or injured) each outlet gives: the story's toll, however worded around it; arrests come in rounds
        if sole and fa.subject in _ONE_MEASURE:
            needed = SOLE_COUNT_MIN  # the one weight or area each outlet gives: the story's thing's ('weighs 6.8 kilograms' / 'the 9kg machine')
        if sole and fa.subject == "level":
            needed = -1.0  # the one step on a scale each outlet gives: a story has one warning level, one storm category
        if not cross and fa.subject == "length" and dimensions[x] and dimensions[x] == dimensions[y] and \
                measured[(outlet_of[x], dimensions[x])] == 1 and measured[(outlet_of[y], dimensions[y])] == 1:
            needed = -1.0  # the one thing each outlet says is so long ('28 metres long' / 'an overall length of 31 metres')
        if fa.subject == "split" and sum(fa.value) == sum(fb.value):  # type: ignore[arg-type]
            needed = -1.0  # one body's vote: the same number of voters split two ways
        if fa.subject == "split" and needed == SOLE_COUNT_MIN and (fa.value[0] == fb.value[0] or fa.value[1] == fb.value[1]):  # type: ignore[index]
            needed = -1.0  # the one vote each outlet tells, one side's count the same ('31-24' / 'with 31 to 26 votes')
        if sims[x, y] < needed or agreeing(fa, fb) or not comparable(fa, fb) or told_of_two_things(a, fa, b, fb) or cross and (_sums_to(a, fa, fb) or _sums_to(b, fb, fa)):
            continue
        if fa.detector == "dates" and (fa.approximate or fb.approximate) and sims[x, y] < (DAY_SLIP_MIN if _a_day_apart(fa, fb) else RELATIVE_DATE_MIN):
            continue
        reach = -1.0 if fa.subject == "level" else SUBJECT_MIN  # a story's scale is one: a level an outlet gives anywhere is its word on it
        if fa.subject == "time" and (fa.approximate or fb.approximate):
            reach = -1.0  # 'just after three in the morning' against an outlet that gives 03:12 somewhere: its time rounded, not another
        if _outlet_also_says(facts, a.source, fb, sims[y], reach, agreeing) or _outlet_also_says(facts, b.source, fa, sims[x], reach, agreeing):
            continue
        out.append(Conflict(_figure_kind(fa, fb), "count" if cross else fa.subject, "material", [(a, fa), (b, fb)]))
    return out


_DIMENSION_AFTER = re.compile(r"\s*(long|deep|high|tall|wide|(?:away\s+)?from)\b", re.I)
_DIMENSION_BEFORE = re.compile(r"\b(length|depth|height|width)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$", re.I)
_DIMENSIONS = {"long": "length", "deep": "depth", "high": "height", "tall": "height", "wide": "width", "from": "distance", "away from": "distance"}


def _dimension(claim: Claim, fact: Fact) -> str:
    """Which extent a length is of, when the sentence says ('28 metres long', 'a depth of 40 m',
    '3.5 kilometres from its recovery zone', a distance): a thing's length and its depth are two
    figures, each told once."""
    if fact.subject != "length":
        return ""
    before = _DIMENSION_BEFORE.search(claim.text, max(0, fact.start - 40), fact.start)
    if before:
        return before.group(1).lower()  # 'a length of 27 metres from bow to stern': a length, whatever follows
    after = _DIMENSION_AFTER.match(claim.text, fact.end)
    return _DIMENSIONS[" ".join(after.group(1).lower().split())] if after else ""


def _outlet_also_says(facts, source: str, fact: Fact, sims, reach: float = SUBJECT_MIN, agreeing=agree) -> bool:
    return any(c.source == source and sims[k] >= reach and agreeing(f, fact) and not set_aside(c, f) for k, (c, f, _) in enumerate(facts))



NONE_MIN = 0.55
"""Vector similarity of what a statement of none says happened ('nobody was [hurt]') and what
follows another outlet's count ('seven passengers [suffered minor injuries]') at which the count
answers it. Measured on the merge corpus: the injured counted 0.6-0.75; other counts of the
story (people on board, aircraft in the fleet) 0.3-0.45."""
_NONE = re.compile(
    r"\b(?:no\s+one|no-one|nobody|none(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<who>[a-z]+))?)"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+ly\s+)?(?P<what>[a-z]+(?:\s+[a-z]+)?)", re.I)
_NONE_CUE = re.compile(r"\b(?:no\s+one|no-one|nobody|none)\b", re.I)


_VERB_BEFORE = re.compile(r"\b([a-z]{3,}(?:ed|en)|took|held|hit|hurt|shot|caught)\s+(?:(?:about|some|around|nearly|almost|at\s+least|more\s+than)\s+)?$")


def _verb_before(text: str, at: int) -> int:
    """Where a deed's verb right before a count starts ('police arrested [two men]'), or the count
    itself: what happened to the things counted, when the sentence tells it first."""
    m = _VERB_BEFORE.search(text, max(0, at - 30), at)
    return m.start(1) if m else at


def none_conflicts(claims: list[Claim], embedded: Embedded) -> list[Conflict]:
    """'Nobody was hurt' against 'seven passengers suffered minor injuries': a statement of none
    holds no figure, so it is compared with each other outlet's counts by what they say happened.
    'None of the Xs' counts only Xs; each outlet's best answering count is the variant."""
    statements = [(c, m) for c in claims if "no" in c.text.lower() and _NONE_CUE.search(c.text) for m in _NONE.finditer(c.text)]  # 'no' first: a quick scan
    statements += [(c, m) for c in claims if " been " in c.text for m in status_facts.NO_DEED_NOUN.finditer(c.text)]  # 'no arrests have been made': none of the deed, as 'nobody has been arrested' says
    if not statements:
        return []
    counts = [(c, f) for c in claims for f in c.facts_of("numbers") if f.subject.startswith("n:") and not f.approximate and _magnitude(f) and f.era is None  # a past year's toll is another event's
              and not number_facts.NONE_OF.search(c.text, max(0, f.start - 30), f.start)]  # 'none of the three crew was hurt' counts the crew, and says none
    if not counts:
        return []
    count_vectors = embedded.spans([(c.index, [(_verb_before(c.text, f.start), f.start), _told_after(c.text, f.end)]) for c, f in counts])
    out: list[Conflict] = []
    for claim, m in statements:
        if any(q.start <= m.start() and m.end() <= q.end for q in claim.facts_of("quotes")):
            continue  # '"Luckily nobody was hurt," he said': a witness's own words, of what they saw
        deed = m.re is status_facts.NO_DEED_NOUN
        # a deed's noun is compared as its participle ('arrests' as 'arrested'), the word a count's own verb says
        what = embed([status_facts.participle_of(m.group(1))])[0] if deed else embedded.span(claim.index, [(m.start("what"), m.end("what"))])
        sims = count_vectors @ what
        who = stem(m.group("who")) if not deed and m.group("who") else None
        best: dict[str, int] = {}
        for k, (c, f) in enumerate(counts):
            if c.source == claim.source or sims[k] < NONE_MIN or who and f.subject != "n:" + who:
                continue
            if c.source not in best or sims[k] > sims[best[c.source]]:
                best[c.source] = k
        if not best:
            continue
        zero = Fact("number", "none", 0, claim.text[m.start():m.end()], m.start(), m.end())
        conflict = Conflict("confirmation" if deed else "number", "count", "material", [(claim, zero)])  # 'no arrests have been made': whether the deed happened, as the polarity check files it
        conflict.facts.extend(counts[k] for k in best.values())
        out.append(conflict)
    return out


_ASIDE = re.compile(r",\s+[^,;.:()]{1,40},\s+(?=(?:\w+\s+){0,2}?(?:was|were|is|are|has|have|had)\b)")


def _told_after(text: str, end: int) -> tuple[int, int]:
    """The few words that tell what befell a count, past an aside set off by commas ('the two men,
    aged 34 and 51, were detained')."""
    m = _ASIDE.match(text, end)
    start = m.end() if m else end
    return start, _clause_end(text, start)


def _clause_end(text: str, start: int, words: int = 4) -> int:
    """Where the few words after a figure end: at the fourth word or the first punctuation."""
    end = start
    for k, m in enumerate(re.finditer(r"[\w'\u2019-]+|[,;:.()]", text[start:])):
        if k >= words or not m.group(0)[0].isalnum():
            break
        end = start + m.end()
    return end


EVENT_NOUN_MIN = 0.45
"""Word-vector similarity at which two nouns dated by different outlets name one event ('the
7 June vote' / 'the June 6 election'). Measured on WordLlama's vectors: vote/election 0.49,
vote/ballot 0.47; different kinds of event (vote/hearing, hearing/trial, election/congress)
below 0.25."""
_WEEKDAY_BEFORE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+$", re.I)
_NOUN_RUN = re.compile(r"(?:\s+(?!(?:of|on|in|at|for|to|and|or|the|near|from|into|off|over|under|between|across|against|than|who|where|outside|inside|along|beyond|behind|around|through|during|since|without|within|towards|toward|among|amid|onto|beside|despite|above|below|was|were|is|are|that|which|when|with|by|after|before|had|has|have|will|would|said|it|its|their)\b)[a-z]{3,}){1,3}")
_NOUN_OF = re.compile(r"\b(?:the\s+)?([a-z]{4,})\s+of\s+$")
_NOUN_HELD = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?([a-z]{4,})(?:\s+of\s+[a-z]+)?\s+(?:(?:will|would)\s+(?:take\s+place|be\s+held)|(?:takes|took)\s+place|(?:is|was)\s+held|(?:is|was)\s+(?:scheduled|set|planned)\s+for)\s+(?:on\s+)?$"
    r"|\bat\s+(?:the|an?)\s+(?:[a-z]+\s+)?([a-z]{4,})\s+(?:on\s+)?$")
"""An event named before its date: 'the ceremony of closing will take place Monday 24 November', or
attended on it: 'at a closing ceremony on Tuesday' (not 'went to the scene on Sunday', a place)."""
_IN_EVENTS = re.compile(r"\s+in\s+(?:(an?)\s+)?([a-z]{3,})(?:\s+([a-z]{4,}))?\b(?![\w'\u2019-])")
"""A deed done on its date in an event named after it: 'arrested 11 people on Tuesday in dawn
raids', 'was hurt yesterday in a crash'. Only an event counted ('raids') or one of a kind ('a
crash'): 'in hospital', 'in court' and 'in the capital' name places, not events."""


def _event_it_was_done_in(text: str, end: int) -> str | None:
    """The event a date's deed was done in (_IN_EVENTS), or None: its noun, after one adjective."""
    m = _IN_EVENTS.match(text, end)
    if not m:
        return None
    first, second = m.group(2), m.group(3)
    noun = second if second and second not in STOPWORDS else first
    if not noun or noun in STOPWORDS or not (m.group(1) or noun.endswith("s")):
        return None
    return noun


def _head_noun(words: list[str]) -> str:
    """The noun a run of words after a date names: its last word ('Sunday's general election'),
    or a plural before it, which a verb follows ('if Thursday's talks fail')."""
    for word in words[:-1]:
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word
    return words[-1]


def event_nouns(claim: Claim) -> list[tuple[Fact, str]]:
    """Dates that name an event by its noun: 'the 7 June vote', 'Sunday's general election',
    'the elections of Sunday 7 June'. An event has one date, whichever outlet names it."""
    out = []
    for f in claim.facts_of("dates"):
        if f.subject != "date":
            continue
        text = claim.text
        before = text[max(0, f.start - 60):f.start]
        noun = None
        if before.lower().endswith(("the ", "last ", "this ")) or f.text.endswith(("'s", "\u2019s")):
            run = _NOUN_RUN.match(text, f.end)
            if run and (run.end() == len(text) or not text[run.end()].isalpha()):
                noun = _head_noun(run.group(0).split())
        if noun is None:
            noun = _event_it_was_done_in(text, f.end)
        if noun is None:
            bare = _WEEKDAY_BEFORE.sub("", before)
            m = _NOUN_OF.search(bare) or _NOUN_HELD.search(bare)
            named = next((g for g in m.groups() if g), None) if m else None
            if named and named not in STOPWORDS:
                noun = named
        if noun and noun not in STOPWORDS and not noun.endswith("ly"):
            out.append((f, noun))
    return out


def event_date_conflicts(claims: list[Claim], vectors_of) -> list[Conflict]:
    """One event dated differently by two outlets, wherever in the story each dates it: the
    nouns name the same kind of event (EVENT_NOUN_MIN) and neither outlet dates that event
    both ways."""
    word_of: dict[str, str] = {}
    dated = []
    for c in claims:
        for f, noun in event_nouns(c):
            word_of[stem(noun)] = noun
            dated.append((c, f, stem(noun)))
    if len({c.source for c, _, _ in dated}) < 2:
        return _deed_against_its_noun(claims, dated, vectors_of, word_of)
    nouns = sorted(word_of)
    index = {n: k for k, n in enumerate(nouns)}
    vectors = vectors_of([word_of[n] for n in nouns])
    sims = vectors @ vectors.T

    def alike(x: str, y: str) -> bool:
        return x == y or sims[index[x], index[y]] >= EVENT_NOUN_MIN

    def also_dates(source: str, noun: str, when: Fact) -> bool:
        return any(c.source == source and alike(n, noun) and agree(f, when) for c, f, n in dated)

    out: list[Conflict] = []
    for i, (a, fa, na) in enumerate(dated):
        for b, fb, nb in dated[i + 1:]:
            if a.source == b.source or not alike(na, nb) or agree(fa, fb):
                continue
            if also_dates(b.source, na, fa) or also_dates(a.source, na, fb):
                continue  # an outlet that also gives the other's date: two events of a kind
            if any(agree(g, fa) for g in b.facts_of("dates") if g is not fb and g.subject == fa.subject) or \
                    any(agree(g, fb) for g in a.facts_of("dates") if g is not fa and g.subject == fb.subject):
                continue  # a sentence that names both days ('annulled Monday's paper and withdrew the one due on Tuesday'): two events
            out.append(Conflict("date", "date", "material", [(a, fa), (b, fb)]))
    return out + _deed_against_its_noun(claims, dated, vectors_of, word_of)


DEED_PREFIX = 5
"""Letters a deed's verb and its noun share from their start ('collided' / 'collision',
'inspected' / 'inspection', 'evacuated' / 'evacuation')."""
SHORT_ROOT = 4
"""Letters of a root a deed's verb and its noun may share whole when it is shorter than
DEED_PREFIX ('sank' / 'sinking', 'fell' / 'fall')."""


DEED_NOUN_MIN = 0.4
"""Word-vector similarity at which a noun names the deed of a verb it shares no root with ('crash'
/ 'collided' 0.41, 'election' / 'voted' 0.40, 'robbery' / 'robbed' 0.44). Other deeds of one
story fall below: 'accident' / 'injured' 0.37, 'funeral' / 'died' 0.39, even opposites
('opening' / 'closed' 0.30), 'decision' / 'approved' 0.23."""


def _nouns_meaning_deeds(nouns: list[str], deeds: list[tuple[Claim, Fact, str]], word_of_noun: dict[str, str], vectors_of) -> set[tuple[str, str]]:
    """The (noun stem, deed stem) pairs whose words, as written, mean one deed (DEED_NOUN_MIN):
    'Sunday's crash' / 'collided on Tuesday'."""
    if vectors_of is None or not deeds or not nouns:
        return set()
    deed_words = sorted({(d, _deed_word_before(c.text, f.start)) for c, f, d in deeds})
    vectors = vectors_of([word_of_noun.get(n, n) for n in nouns] + [w for _, w in deed_words])
    sims = vectors[:len(nouns)] @ vectors[len(nouns):].T
    return {(noun, deed) for i, noun in enumerate(nouns) for j, (deed, _) in enumerate(deed_words) if sims[i, j] >= DEED_NOUN_MIN}


def _deed_against_its_noun(claims: list[Claim], dated: list[tuple[Claim, Fact, str]], vectors_of=None, noun_words: dict[str, str] | None = None) -> list[Conflict]:
    """An event dated by its noun ('Last Wednesday's collision near the Calder Shoals') against
    another outlet's day of the deed the noun names ('collided with a patrol ship near the Calder
    Shoals on Tuesday'), where the two sentences name one thing: one event. Neither outlet may date
    the event, by noun or by verb, the other's way too."""
    nouns = [(c, f, n) for c, f, n in dated if len(n) >= SHORT_ROOT]
    if not nouns:
        return []
    deeds = [(c, f, d) for c in claims for f in c.facts_of("dates") if f.subject == "date" and len(d := date_deed(c, f)) >= SHORT_ROOT]
    alike_in_meaning = _nouns_meaning_deeds(sorted({n for _, _, n in nouns}), deeds, noun_words or {}, vectors_of)

    def one(noun: str, deed: str) -> bool:
        return noun == deed or min(len(noun), len(deed)) >= DEED_PREFIX and noun[:DEED_PREFIX] == deed[:DEED_PREFIX] \
            or (noun, deed) in alike_in_meaning or (deed, noun) in alike_in_meaning

    dated_by_either = nouns + deeds
    names = {c.index: _names_in(c) for c, _, _ in dated_by_either}

    def dates_it(source: str, root: str, when: Fact) -> bool:
        return any(c.source == source and one(n, root) and agree(f, when) for c, f, n in dated_by_either)

    def the_only_day(source: str, root: str, when: Fact) -> bool:
        """Every other outlet that dates a deed of this root gives one day, `when`'s: one event."""
        return all(agree(f, when) for c, f, d in deeds if c.source != source and one(root, d))

    out: list[Conflict] = []
    for a, fa, noun in nouns:
        for b, fb, deed in deeds:
            if a.source == b.source or not one(noun, deed) or agree(fa, fb) or a.mood != b.mood:
                continue
            if names[a.index].isdisjoint(names[b.index]) and (names[a.index] or not the_only_day(a.source, noun, fb)):
                continue  # the same kind of deed done to other things ('Tuesday's attack' / 'attacked a convoy on Monday'): one name of both ties them, or a bare noun ('last Friday's sinking') the others' one day of that deed
            if dates_it(a.source, noun, fb) or dates_it(b.source, noun, fa):
                continue
            out.append(Conflict("date", "date", "material", [(a, fa), (b, fb)]))
    return out


NEAR_DATE_DAYS = 2
"""Days apart within which two outlets' dates of the day, given nowhere else in the story, are
one date told two ways (an off-by-one of a translation or a time zone) rather than two events."""


_MARGIN = re.compile(r"\b(?:by\s+)?a\s+(?:margin|majority)\s+of\s+(?:just\s+|only\s+)?$", re.I)
"""What makes a count of votes a vote's margin: 'by a margin of just three votes'."""


def margin_conflicts(claims: list[Claim]) -> list[Conflict]:
    """A vote's margin told by one outlet ('by a margin of just three votes') against the tally
    every other outlet gives ('19 votes to 14', five apart): one vote counted two ways."""
    margins = [(c, f) for c in claims if "margin" in c.text or "majority" in c.text for f in c.facts_of("numbers")
               if f.subject.startswith("n:vot") and _MARGIN.search(c.text, max(0, f.start - 40), f.start)]
    if not margins:
        return []
    splits = [(c, f) for c in claims for f in c.facts_of("numbers") if f.subject == "split"]
    out: list[Conflict] = []
    for a, x in margins:
        theirs = [(b, y) for b, y in splits if b.source != a.source]
        if not theirs or any(b.source == a.source for b, _ in splits):
            continue  # no tally elsewhere, or the outlet gives one itself
        apart = {y.value[0] - y.value[1] for _, y in theirs}  # type: ignore[index]
        if len(apart) == 1 and x.value not in apart:
            out.extend(Conflict("number", "split", "material", [(a, x), (b, y)]) for b, y in theirs[:1])
    return out


def paired_date_conflicts(claims: list[Claim]) -> list[Conflict]:
    """Two dates of one thing told by two outlets, one the same and one another day of the same
    month ('begin on May 12 and report by the end of September' / 'start the 19 May, conclusions
    for the end of September'): the date they share ties the sentences to one thing, however
    differently built, so the other day is a clash. An outlet that names the other's day anywhere
    agrees with it."""
    dated = [(c, [f for f in c.figures[("dates", "date")] if isinstance(f.value, date_facts.When)]) for c in claims if len(c.figures.get(("dates", "date"), ())) >= 2]
    dated = [(c, fs) for c, fs in dated if len(fs) == 2]  # claims with two dates of the day (Claim.figures: its dates by subject, in order)
    if len({c.source for c, _ in dated}) < 2:
        return []
    named: dict[str, set[tuple[int, int]]] = {}
    months: dict[str, set[tuple[int, int]]] = {}  # the months with their year each outlet names
    for c in claims:
        for f in c.facts_of("dates"):
            if isinstance(f.value, date_facts.When) and f.value.day:
                named.setdefault(c.source, set()).add((f.value.month, f.value.day))
            if isinstance(f.value, date_facts.When):
                months.setdefault(c.source, set()).add((f.value.year, f.value.month))
    out: list[Conflict] = []
    for i, (a, fa) in enumerate(dated):
        for b, fb in dated[i + 1:]:
            if a.source == b.source:
                continue
            for k, m in ((0, 0), (0, 1), (1, 0), (1, 1)):  # which of each claim's two dates is the shared one
                shared_a, shared_b, x, y = fa[k], fb[m], fa[1 - k], fb[1 - m]
                if shared_a.value != shared_b.value or shared_a.approximate or shared_b.approximate:
                    continue
                u, v = x.value, y.value
                if not (u.day or v.day or shared_a.value.day) and u.explicit_year and v.explicit_year and (u.year, u.month) != (v.year, v.month):  # type: ignore[union-attr]
                    if (v.year, v.month) not in months.get(a.source, set()) and (u.year, u.month) not in months.get(b.source, set()):  # type: ignore[union-attr]
                        out.append(Conflict("date", "date", "material", [(a, x), (b, y)]))  # 'from January 2021 to June 2024' / 'between January of 2020 and June of 2024': one period, its start told two ways
                    break
                if not (u.day and v.day) or (u.year, u.month) != (v.year, v.month) or u.day == v.day or not (_day_named(x) and _day_named(y)):  # type: ignore[union-attr]
                    continue  # another month, the same day, or days told relative to each outlet ('Friday' / 'today')
                if (v.month, v.day) not in named.get(a.source, set()) and (u.month, u.day) not in named.get(b.source, set()):  # type: ignore[union-attr]
                    out.append(Conflict("date", "date", "material", [(a, x), (b, y)]))
                break
    return out


def _day_of(f: Fact) -> dt.date | None:
    """The calendar day a date fact gives, whatever it dates, or None (a month, a year, an
    impossible day)."""
    w = f.value
    if not isinstance(w, date_facts.When) or not w.day:
        return None
    try:
        return dt.date(w.year, w.month, w.day)
    except ValueError:
        return None


def near_date_conflicts(claims: list[Claim]) -> list[Conflict]:
    """A day that only one outlet names, a day or two from a day other outlets name, where the
    lone outlet names no day around it and the others never name its day: one event dated two
    ways ('began on 26 January' / 'since the 27 January'). Outlets that name several days close
    together tell a sequence of events, which this leaves alone."""
    days: dict[dt.date, list[tuple[Claim, Fact]]] = {}
    for c in claims:
        for f in c.facts_of("dates"):
            if f.subject in ("date", "date:span") and _day_named(f) and (day := _day_of(f)):  # a span's ends are days of the sequence too
                days.setdefault(day, []).append((c, f))
    window = dt.timedelta(days=NEAR_DATE_DAYS)
    out: list[Conflict] = []
    for d, mentions in sorted(days.items()):
        if len({c.source for c, _ in mentions}) != 1 or any(f.subject != "date" for _, f in mentions):
            continue
        lone = mentions[0][0].source
        around = [x for x in days if x != d and (abs(x - d) <= window or x.year == d.year and x.month == d.month and _day_slipped(x.day, d.day))]
        if len(around) != 1 or any(c.source == lone for c, _ in days[around[0]]):
            continue  # no neighbouring day, or several (a sequence), or the lone outlet names it too
        others = [(b, fb) for b, fb in days[around[0]] if fb.subject == "date"]
        if not others or any(abs(x - around[0]) <= window and x not in (d, around[0]) for x in days):
            continue
        a, fa = mentions[0]
        if abs(around[0] - d) > window and all(b.mood != a.mood for b, _ in others):
            continue  # a slipped digit only of one kind of event: 'the exhibition opens on 18 October' is no 'judgment of 8 October'
        out.extend(Conflict("date", "date", "material", [(b, fb), (a, fa)]) for b, fb in others)
    return out


LEAD_CLAIMS = 2
"""Sentences that open an outlet's report: its lead, where it dates the story's event."""


LEAD_NEAR = 0.3
"""Closeness from which an outlet's lead and another's tell one event ('fire broke out beneath the
Harbour Hotel … early on Sunday' / 'guests were led out of the hotel early on Saturday after a
fire broke out')."""


def lead_day_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """An event named by its noun and day as something the reader knows ('last Tuesday's outage',
    'Thursday's decision'), or in a lead close to another outlet's lead, a day or two from the one
    day every other outlet's lead gives the story's event, by an outlet that never names that day,
    where no other outlet names its day: the story's event dated two ways, however differently the
    noun and the leads' verbs name it."""
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    lead: dict[str, tuple[Claim, Fact, dt.date]] = {}
    days_of: dict[str, set[dt.date]] = {}  # every day an outlet names, a remark's too ('said on Saturday')
    event_days_of: dict[str, set[dt.date]] = {}  # the days its sentences give events (not a page's date line)
    for source, own in by_source.items():
        days_of[source] = {d for c in own for f in c.facts_of("dates") if (d := _day_of(f))}
        event_days_of[source] = {d for c in own if c.prose for f in c.facts_of("dates") if f.subject == "date" and (d := _day_of(f))}
        for c in [c for c in own if c.prose][:LEAD_CLAIMS]:
            found = next(((f, d) for f in c.facts_of("dates") if f.subject == "date" and (d := _day_of(f))), None)
            if found:
                lead[source] = (c, *found)
                break
    window = dt.timedelta(days=NEAR_DATE_DAYS)
    out: list[Conflict] = []
    for source, own in by_source.items():
        others = [v for s, v in lead.items() if s != source]
        if len(others) < 2 or len({d for _, _, d in others}) != 1:
            continue
        story_day = others[0][2]
        if story_day in days_of[source]:
            continue
        own_lead = lead.get(source)
        for c in own:
            for f in c.facts_of("dates"):
                day = _day_of(f) if f.subject == "date" else None
                if day is None or day == story_day or abs(day - story_day) > window:
                    continue
                if not _names_it_known(c, f) and not (own_lead and own_lead[1] is f and any(_closeness(near, c, b) >= LEAD_NEAR for b, _, _ in others)):
                    continue
                if any(day in days for s, days in event_days_of.items() if s != source):
                    continue  # another outlet dates something on that day: a later event of the story
                out.extend(Conflict("date", "date", "material", [(b, fb), (c, f)]) for b, fb, _ in others)
    return out


def _closeness(near: dict[int, dict[int, float]], a: Claim, b: Claim) -> float:
    """How close alignment found two claims (0 when it did not pair them; align.neighbours makes
    the relation symmetric, so one direction is enough)."""
    return near.get(a.index, {}).get(b.index, 0.0)


_KNOWN_EVENT = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s$", re.I)
_KNOWN_EVENT_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*['\u2019]s)\s+(?:[a-z]+(?:['\u2019]s)?\s+)?([a-z]{4,})\s+$")
"""An event's noun before 'last Wednesday': 'the board's decision last Wednesday'."""


def _names_it_known(claim: Claim, fact: Fact) -> bool:
    """A day told as the possessive of the event it names ('last Tuesday's outage'), or as 'last'
    day after the event's noun ('the board's decision last Wednesday'), as an outlet refers back
    to the event its readers know."""
    if _KNOWN_EVENT.search(claim.text, max(0, fact.start - 6), fact.end):
        return any(noun for g, noun in event_nouns(claim) if g is fact)
    if not fact.text.lower().startswith("last "):
        return False
    m = _KNOWN_EVENT_BEFORE.search(claim.text, max(0, fact.start - 60), fact.start)
    return bool(m) and m.group(1) not in STOPWORDS and not m.group(1).endswith("ed")


_DEADLINE_DEED_AFTER = re.compile(r"\s+to\s+([a-z]{3,})\b")
"""The deed a deadline is for, after it ('had until Saturday to leave')."""
_DEADLINE_DEED_BEFORE = re.compile(r"\b(?:must|to|should|will|would)\s+(?:be\s+)?([a-z]{3,})\b(?:\s+[\w'\u2019-]+){0,3}\s+$", re.I)
"""The deed a deadline is for, a few words before it ('must leave Lusarne by Sunday')."""


def _deadline_deed(claim: Claim, fact: Fact) -> str | None:
    """The stem of the deed a deadline ('by Sunday', 'until Saturday') is set for."""
    after = _DEADLINE_DEED_AFTER.match(claim.text, fact.end)
    before = _DEADLINE_DEED_BEFORE.search(claim.text, max(0, fact.start - 60), fact.start)
    verb = after.group(1) if after else before.group(1) if before else None
    return stem(verb.lower()) if verb and verb.lower() not in STOPWORDS else None


def deadline_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'The four must leave by Sunday' / 'had until Saturday to leave': the one deadline two outlets
    give for the same deed, on two days, wherever in the story each stands. An outlet giving two
    deadlines for the deed tells stages, and is left out."""
    by_deed: dict[str, dict[str, list[tuple[Claim, Fact]]]] = {}
    for c in claims:
        for f in c.facts_of("dates"):
            if f.subject in ("date:by", "date:until") and isinstance(f.value, date_facts.When) and f.value.day:
                deed = _deadline_deed(c, f)
                if deed:
                    by_deed.setdefault(deed, {}).setdefault(c.source, []).append((c, f))
    def day(f: Fact) -> tuple[int, int, int | None]:
        return f.value.year, f.value.month, f.value.day  # type: ignore[union-attr]

    out: list[Conflict] = []
    for outlets in by_deed.values():
        single = {source: told[0] for source, told in outlets.items() if len({day(f) for _, f in told}) == 1}
        sources = sorted(single)
        for i, x in enumerate(sources):
            for y in sources[i + 1:]:
                (a, fa), (b, fb) = single[x], single[y]
                if day(fa) != day(fb):
                    out.append(Conflict("date", fa.subject, "material", [(a, fa), (b, fb)]))
    return out


def _day_slipped(a: int, b: int) -> bool:
    """'19' / '9', '12' / '21': a day of the month with a digit dropped, added or swapped, as a
    typing slip leaves it, however far apart the two days are."""
    x, y = sorted((str(a), str(b)), key=len)
    if y == x + "0":
        return False  # '2 June' / '20 June': days ten times apart are as often two dates as one slip
    return len(y) == len(x) + 1 and any(y[:k] + y[k + 1:] == x for k in range(len(y))) or len(x) == len(y) == 2 and x == y[::-1]


def _day_named(f: Fact) -> bool:
    """A calendar day written out ('26 January', 'January 26'), not a weekday resolved to one."""
    return any(ch.isdigit() for ch in f.text)


TRANSPOSED_NOUN_MIN = 0.45
"""Word-vector similarity at which two counted nouns name one thing for a transposed figure
('410,000 households' / '140,000 homes', 0.59; 'ships' / 'vessels' 0.49; unrelated nouns of a
story below 0.15)."""
TRANSPOSED_SHORT_MIN = 0.2
"""Surroundings similarity a transposition below 100 also needs (12 and 21 of different things
meet by chance more often than 410,000 and 140,000)."""


def transposed_conflicts(claims: list[Claim], around: Surroundings, vectors_of) -> list[Conflict]:
    """A figure written with the same digits in another order by another outlet ('86 homes' /
    '68 homes', '36.04' / '36.40', '410,000 households' / '140,000 homes'): the signature of a
    typing slip. Compared story-wide for the same subject, or counts of nouns that mean one
    thing; an outlet that also gives the other's figure agrees with it."""
    found: list[tuple[Claim, Fact, str]] = []
    out: list[Conflict] = []
    for c in claims:
        for f in c.facts_of("numbers") + [f for f in c.facts_of("dates") if f.subject == "year"]:
            digits = "".join(digit_runs(f)) if f.detector == "numbers" else str(f.value)
            if len(digits.strip("0")) >= 2 and (not isinstance(f.value, tuple) or f.subject == "money"):
                found.append((c, f, digits))  # sums too: '612 million marks' / '621 million marks'
    by_digits: dict[str, list[tuple[Claim, Fact, str]]] = {}
    for entry in found:
        by_digits.setdefault("".join(sorted(entry[2].strip("0"))), []).append(entry)
    groups = [g for g in by_digits.values() if len({e[2].strip("0") for e in g}) > 1 and len({e[0].source for e in g}) > 1]
    if not groups:
        return out
    given: dict[tuple[str, str], list[Fact]] = {}  # each outlet's figures by subject, looked up per pair
    for c, f, _ in found:
        given.setdefault((c.source, f.subject), []).append(f)
    nouns = sorted({f.subject[2:].split(":")[0] for g in groups for _, f, _ in g if f.subject.startswith("n:")})
    words = [next((w for g in reversed(groups) if (w := _noun_word(g, n))), n) for n in nouns]
    vectors = vectors_of(words) if nouns else None
    index = {n: k for k, n in enumerate(nouns)}

    def same_thing(x: Fact, y: Fact) -> bool:
        if x.subject == y.subject:
            return True
        if not (x.subject.startswith("n:") and y.subject.startswith("n:")) or vectors is None:
            return False
        nx, ny = x.subject[2:].split(":")[0], y.subject[2:].split(":")[0]
        return float(vectors[index[nx]] @ vectors[index[ny]]) >= TRANSPOSED_NOUN_MIN

    for g in groups:
        for i, (a, x, dx) in enumerate(g):
            for b, y, dy in g[i + 1:]:
                digits = len(dx.strip("0"))
                slip_alone = x.subject.startswith("n:") and y.subject.startswith("n:") and (digits >= 4 or digits == 3 and bool(_names_in(a) & _names_in(b)))
                if x.subject.endswith(":total") != y.subject.endswith(":total") or (x.subject == "money") != (y.subject == "money") or x.detector != y.detector or (
                        x.subject == "money" and (number_facts.currencies_apart(x, y) or len(dx.strip("0")) < 3)):
                    continue  # '14 of its 41 stores' / '14 shops': the whole and the part; a sum and a count, a year and a count: other things
                slip = (x.approximate or y.approximate) and len(dx.strip("0")) >= 3 and around.similarity(a, x, b, y) >= SUBJECT_MIN  # "about 612 million" / "about 621 million": within "about", yet a slip
                if a.source == b.source or dx.strip("0") == dy.strip("0") or agree(x, y) and not slip or not (same_thing(x, y) or slip_alone):
                    continue  # four digits shuffled ('48,612' / '46.812'), or three of one named thing ('the Larkfield study enrolled 318 patients' / 'Larkfield randomised 381 adults'), meet by chance too rarely to need the nouns
                mx, my = (_magnitude(x) or 0.0, _magnitude(y) or 0.0) if x.detector == "numbers" else (float(x.value), float(y.value))  # type: ignore[arg-type]
                if not mx or not my or math.floor(math.log10(mx)) != math.floor(math.log10(my)):
                    continue  # a slip keeps the figure's length: '3.2 million' and '230', '1.3 million' and '310,000' are other figures
                sole = x.subject == y.subject and x.subject.startswith("n:") and len(given[(a.source, x.subject)]) == 1 == len(given[(b.source, y.subject)])
                if (mx < 100 or x.detector == "dates") and not sole and around.similarity(a, x, b, y) < TRANSPOSED_SHORT_MIN:
                    continue  # a year too: 'founded in 1868' / 'founded in 1886'
                if _past_and_future(a, x, b, y, by_tense=False):
                    continue
                same = (lambda f, g: f.value == g.value) if slip else agree  # under 'about', only the figure itself is the other's
                if any(same(f, x) for f in given.get((b.source, x.subject), ())) or any(same(f, y) for f in given.get((a.source, y.subject), ())):
                    continue  # an outlet that gives the other's figure too
                out.append(Conflict("date" if x.detector == "dates" else "number", x.subject, "material", [(a, x), (b, y)]))
    return out


YEAR_ABOUT_MIN = 0.5
"""Surroundings similarity at which two outlets' years, anywhere in the story, date one event
('defended at the law faculty in 1998' / 'defended the work in 1996'; 'died in 2019 when a minibus
came off the bend' / 'a minibus crash in 2017'). At 0.45 the stories of other genres gained three
false callouts and no keyed clash."""
YEAR_SPAN = 10
"""Years further apart than this are not one event misdated but two events."""
MONTH_YEAR_SPAN = 3
"""The same for a bare year against a month's or day's written year: a month is told of recent
events, which a year several before it does not date ('bought a stake in 2019' / 'cut cover in
October 2025'). Measured on the other genres: 10 adds one keyed clash and one false callout, 3
the keyed clash alone."""


_RECORD_SINCE = re.compile(
    r"\b(?:(?:worst|best|biggest|largest|highest|lowest|deadliest|smallest|strongest|weakest|fastest|slowest|most|least)"
    rf"|(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th)))\b[^.;:]{{0,80}}?\bsince\s*$", re.I)
"""A record's or a tally's span: 'the worst accident in the fleet since 2019', 'the seventh vessel lost
since 2015'. The year is where the comparison starts, which each outlet picks for itself."""
_FIGURE_BEFORE_YEAR = re.compile(r"\b(?:from|with|than|against|to)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|[a-z]+))?\s*$", re.I)
"""A figure a year belongs to: 'down from 31 in 2000', 'up from 4.1 percent in 2019'. The year dates a
figure compared with today's, not an event of the story."""


def a_yardstick_year(claim: Claim, fact: Fact) -> bool:
    """A year that measures from or dates a figure (`_RECORD_SINCE`, `_FIGURE_BEFORE_YEAR`), not the
    year of something the story tells: two outlets' such years are two yardsticks, no clash."""
    if fact.subject != "year":
        return False
    told = fact.text[:5].lower()
    if told == "since":
        return bool(_RECORD_SINCE.search(claim.text, max(0, fact.start - 120), fact.start + 5))  # the words before the year, 'since' last
    return told.startswith("in") and bool(_FIGURE_BEFORE_YEAR.search(claim.text, max(0, fact.start - 120), fact.start))


_MAGNITUDE = r"(?:largest|biggest|highest|greatest|steepest|heaviest)"
_RANKED_RECORD = re.compile(
    rf"\b(?P<rank>second|third|fourth|2nd|3rd|4th)[-\s]+{_MAGNITUDE}\b"
    rf"|\bthe\s+{_MAGNITUDE}\b(?!\s+(?:number|share|part|proportion)\b)|\b(?:a|its|their)\s+record(?=[\s,.]|$)(?!\s+(?:of|number|low|high)\b)|\brecord[-\s]breaking\b", re.I)
"""Where a sentence ranks its thing against all before it: first ('the largest fine the council has
imposed', 'a record fine') or lower ('the second-largest rise since 2004', 'the second highest in its
history')."""
_ALL_BEFORE = re.compile(r"\b(?:ever|history|since|on\s+record|all[-\s]time|so\s+far|to\s+date)\b|\b(?:has|have|had)\s+(?:ever\s+)?[a-z]+(?:ed|en)\b", re.I)
"""What makes a superlative a rank among all before it: 'in its history', 'since 2004', 'the
inspectorate has imposed'."""
_ONE_OF_BEFORE = re.compile(r"\b(?:one\s+of|among)\s+$", re.I)
"""Words that put a superlative's thing among the first, not first: 'one of the biggest prizes'."""
RECORD_NEAR = 0.3
"""Closeness of two outlets' claims at which one's record and the other's second place are one thing
ranked two ways."""


def _record_rank(claim: Claim) -> tuple[int, re.Match] | None:
    """The rank a claim gives its thing among all before it (1 for a record), with where it says so."""
    m = _RANKED_RECORD.search(claim.text) if ("est" in claim.text or "record" in claim.text) else None
    if m is None or "record" not in m.group(0).lower() and not _ALL_BEFORE.search(claim.text, m.end(), m.end() + 90):
        return None  # 'the largest private employer in the district': the biggest of its kind now, no record
    if _ONE_OF_BEFORE.search(claim.text, max(0, m.start() - 12), m.start()):
        return None  # 'one of the biggest prizes in its history': among the first, not first
    place = (m.group("rank") or "first").lower()
    return ORDINALS.get(place) or int(place[:-2]), m  # 'second-largest', '2nd-largest


def record_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'The largest fine the inspectorate has imposed' against 'the second-largest it has ever imposed':
    one thing a record by one outlet and second by another, in close claims; an outlet that ranks it
    both ways itself ranks two things."""
    ranked = {c.index: r for c in claims if (r := _record_rank(c))}
    ranks_of: dict[str, set[int]] = {}
    for i, (rank, _) in ranked.items():
        ranks_of.setdefault(claims[i].source, set()).add(rank)
    out: list[Conflict] = []
    for i, (rank_a, ma) in ranked.items():
        if rank_a != 1:
            continue  # each pair from its record's side
        for j, closeness in near.get(i, {}).items():
            if j not in ranked or closeness < RECORD_NEAR:
                continue
            a, b = claims[i], claims[j]
            rank_b, mb = ranked[j]
            if a.source == b.source or rank_b == 1 or rank_b in ranks_of[a.source] or 1 in ranks_of[b.source]:
                continue
            facts = [(c, Fact("other", "record", r, m.group(0), m.start(), m.end())) for c, r, m in ((a, 1, ma), (b, rank_b, mb))]
            out.append(Conflict("other", "record", "material", facts))
    return out


_MANY_YEARS = re.compile(r"\b(?:over|in|across|during)\s+(?:the\s+)?(?:(?:past|last|first)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+years\b"
                         r"|\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|\baccumulat\w*|\bran\s+up\b|\bto\s+date\b|\bso\s+far\b", re.I)
"""Words that make a figure a total over years ('over four years ran up 14.2 million of losses',
'accumulated')."""
_SINCE_WORD = re.compile(r"\bsince\b", re.I)
"""'Since' makes a figure a total over years too, after the figure ('lost 14.2 million since it was
launched in 2021'), not before it ('since joining for 4.5 million pounds' dates the person, not the sum)."""
_RECORD_BEFORE = re.compile(r"\b(?:most|least|fewest|first|\w{3,}est)\b(?:\s+[\w-]+){0,2}\s*$", re.I)
"""A record's words before 'since' ('the most since 2016', 'the highest level since'): the figure is
the largest for years, no total over them."""
_ONE_YEAR = re.compile(r"\b(?:last|this|that)\s+year\b|\b(?:a|per|each|every)\s+year\b|\bannually\b|\byearly\b|\bin\s+the\s+(?:last|past|latest)\s+(?:financial\s+)?year\b", re.I)
"""Words that make a figure one year's ('lost 14.2 million last year alone', 'a year'). A year
named ('in 2024') is not read: it may date the deed rather than bound the figure ('4,800 jobs cut
in 2027', 'the limit set in 2009')."""
_CLAUSE_STOP = re.compile(r"[;:.!?\u2014()]|,\s+(?:and|but|while|whereas|which|who)\b")
"""Where a figure's clause ends, before or after it: a stop, a dash or bracket, or a comma opening another clause."""
PERIOD_REACH = (40, 60)
"""Characters before and after a figure within which the words that give its period stand, in its clause."""
DISTINCT_FIGURE = 1000
"""A figure this large or with decimals is rarely given twice for two things: the same one in two
outlets is one fact, wherever each gives it."""


def _years_of_figure(claim: Claim, fact: Fact) -> tuple[str, int, int] | None:
    """('many', start, end) when words around a figure make it a total over years, ('one', …) when
    they make it one year's, with the span from the figure to those words; None when they say
    neither, or both ('since 2021, and 3 million last year')."""
    text = claim.text
    start = max(0, fact.start - PERIOD_REACH[0])
    stops = list(_CLAUSE_STOP.finditer(text, start, fact.start))
    if stops:
        start = stops[-1].end()
    end = min(len(text), fact.end + PERIOD_REACH[1])
    stop = _CLAUSE_STOP.search(text, fact.end, end)
    end = stop.start() if stop else end
    found = []
    for kind, pattern in (("many", _MANY_YEARS), ("one", _ONE_YEAR)):
        found += [(kind, m) for lo, hi in ((start, fact.start), (fact.end, end)) for m in pattern.finditer(text, lo, hi)]
    found += [("many", m) for m in _SINCE_WORD.finditer(text, fact.end, end) if not _RECORD_BEFORE.search(text, fact.end, m.start())]
    many = [m for kind, m in found if kind == "many"]
    one = [m for kind, m in found if kind == "one"]
    if bool(many) == bool(one):
        return None
    m = (many or one)[0]
    return ("many" if many else "one"), min(m.start(), fact.start), max(m.end(), fact.end)


PERIOD_NEAR = 0.4
"""Closeness of two claims giving one figure for two periods at which they tell one fact (FACT_NEIGHBOURS)."""


def period_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """One distinctive sum or count given by two outlets for two periods: '14.2 million dalers since
    it was launched in 2021' / '14.2 million dalers last year alone'. The same large or exact figure
    in two outlets is one fact, so a total over years and one year's figure cannot both hold. An
    outlet that gives the figure both ways is left out."""
    given: dict[tuple, dict[str, dict[str, tuple[Claim, Fact]]]] = {}
    for c in claims:
        for f in c.facts_of("numbers"):
            if f.approximate or not (f.subject == "money" or f.subject.startswith("n:")):
                continue
            amount = _magnitude(f)
            if amount is None or not (amount >= DISTINCT_FIGURE or amount != int(amount)):
                continue
            read = _years_of_figure(c, f)
            if read:
                years, start, end = read
                told = Fact("number", "period", years, c.text[start:end], start, end)
                given.setdefault((f.subject, f.value), {}).setdefault(c.source, {}).setdefault(years, (c, told))
    out: list[Conflict] = []
    for told in given.values():
        single = {source: next(iter(ways.items())) for source, ways in told.items() if len(ways) == 1}
        many = [cf for w, cf in single.values() if w == "many"]
        one = [cf for w, cf in single.values() if w == "one"]
        if many and one and any(_closeness(near, a, b) >= PERIOD_NEAR for a, _ in many for b, _ in one):
            out.append(Conflict("number", "period", "material", many + one))
    return out


def year_conflicts(claims: list[Claim], around: Surroundings) -> list[Conflict]:
    """One past event dated to two years by two outlets, in words alike, wherever each stands:
    two bare years, or a bare year against a month or day whose year is written ('seized in March
    1942' / 'taken in 1941'). An outlet that gives the other's year as well agrees with it."""
    years = [(c, f, year) for c in claims for f in c.facts_of("dates") if (year := _year_of(f)) is not None]
    given = {(c.source, year) for c, _, year in years}
    years = [(c, f, year) for c, f, year in years if f.start > 0 and not a_yardstick_year(c, f)]  # 'In 2021 the Civic Union won only 39 seats': an opening year has no words before it, and the sentence after it tells of the story's own people, as many do
    out: list[Conflict] = []
    for i, (a, x, ya) in enumerate(years):
        for b, y, yb in years[i + 1:]:
            if a.source == b.source or ya == yb or abs(ya - yb) > (YEAR_SPAN if x.subject == y.subject else MONTH_YEAR_SPAN) or x.subject != "year" and y.subject != "year":  # type: ignore[operator]
                continue  # two days or months: the dates' own comparisons read them
            if _a_span_end(a, x) or _a_span_end(b, y):
                continue  # 'since 2013', 'until the summer of 2022': a span's end, not the event's year
            if _ahead(a, ya) or _ahead(b, yb):
                continue  # 'a deal running to 2030': a year still to come dates no past event
            if (b.source, ya) in given or (a.source, yb) in given:
                continue
            if around.similarity(a, x, b, y) < YEAR_ABOUT_MIN and not _one_named_deed(a, x, b, y):
                continue
            out.append(Conflict("date", "year", "material", [(a, x), (b, y)]))
    return out


ELAPSED_SLACK = 1
"""Years by which a count of years back from the day of writing ('six years ago') may miss the
year another outlet writes: an outlet counts whole years, and the event may fall early or late in
its year."""
_AGO = re.compile(r"\s+ago\b", re.I)
_IN_YEARS = re.compile(r"\byears?$", re.I)
"""A length of time counted in whole years ('six years'), not one in months or '18-month'."""
_HELD_FOR = re.compile(r"\b(?:has|have|had)\s+(?!been\s+(?:jailed|sentenced|banned|suspended|barred|disqualified)\b)(?:[\w'\u2019-]+\s+){1,6}?for\s+(?:the\s+(?:past|last)\s+)?$", re.I)
"""A perfect before 'for N years' ('has run the force for eight years', 'had owned the car for'):
a state held from a year to the day of writing, not a term handed down ('was jailed for')."""
_BEGINNINGS = frozenset(stem(w) for w in ("acquired", "bought", "purchased", "founded", "appointed", "elected", "joined", "took", "became", "started", "began", "opened", "moved", "inherited", "hired", "named"))
"""Deeds that start a state ('acquired the car in 1986', 'was appointed in 2019'): their year is
where a state held 'for N years' began."""
BEGUN_REACH = 40
"""Characters before a year within which a deed of beginning dates it ('acquired the car in 1986')."""


def _years_back(claim: Claim, f: Fact) -> tuple[str, int] | None:
    """The year a count of whole years points back to from the outlet's year of writing, and how:
    'ago' for an event ('asked for them back six years ago'), 'since' for the start of a state that
    still holds ('has run the force for eight years')."""
    written = year_written(claim)
    if written is None or f.subject != "duration" or not _IN_YEARS.search(f.text) or f.approximate:
        return None
    count = round(f.value / number_facts.DURATIONS["year"])  # type: ignore[operator]  # durations are read in days
    if count < 1:
        return None
    if _AGO.match(claim.text, f.end):
        return "ago", written - count
    if _HELD_FOR.search(claim.text, max(0, f.start - 80), f.start):
        return "since", written - count
    return None


def elapsed_conflicts(claims: list[Claim], around: Surroundings) -> list[Conflict]:
    """'Asked for them back six years ago' against 'lodged its claim in 2016'; 'has run the force for
    eight years' against 'has led the force since 2019': a count of years back from the day of
    writing and another outlet's year of the same thing, further apart than a count in whole
    years explains. An outlet that writes the other's year too agrees with it."""
    back = [(c, f, *told) for c in claims for f in c.facts_of("numbers") if (told := _years_back(c, f))]
    if not back:
        return []
    given = {(c.source, y) for c in claims for f in c.facts_of("dates") if (y := _year_of(f)) is not None}
    out: list[Conflict] = []
    for a, x, how, ya in back:
        for b in claims:
            if b.source == a.source:
                continue
            for y in b.facts_of("dates"):
                yb = _year_of(y)
                if yb is None or y.subject != "year" or abs(ya - yb) <= ELAPSED_SLACK or abs(ya - yb) > YEAR_SPAN:
                    continue
                since = bool(_SINCE.match(y.text)) or bool(_SINCE_BEFORE.search(b.text, max(0, y.start - 12), y.start)) \
                    or how == "since" and not _BEGINNINGS.isdisjoint(stem(w.lower()) for w in tokens(b.text[max(0, y.start - BEGUN_REACH):y.start]))
                if (how == "since") != since or not since and (_a_span_end(b, y) or _ahead(b, yb)):
                    continue  # an event's year against an event's count back, a state's start against a state's
                if any((b.source, ya + d) in given for d in range(-ELAPSED_SLACK, ELAPSED_SLACK + 1)) or (a.source, yb) in given:
                    continue
                if around.similarity(a, x, b, y) < YEAR_ABOUT_MIN:
                    continue
                end = _AGO.match(a.text, x.end).end() if how == "ago" else x.end  # type: ignore[union-attr]  # 'six years ago' shown whole
                told = Fact("date", "year", ya, a.text[x.start:end], x.start, end, approximate=True, detector="dates")
                out.append(Conflict("date", "year", "material", [(a, told), (b, y)]))
    return out


_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+(?:[a-z]+ly\s+)?$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NOT_A_DEED = frozenset(stem(w) for w in ("said", "told", "added", "stated", "reported", "announced", "confirmed", "noted", "explained", "published", "wrote", "written", "updated", "dated", "based", "aged", "named", "called"))
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*[\w]")


def year_deed(claim: Claim, year: Fact) -> str:
    """The deed a year is written against, as a stem: a verb in the past just before it
    ('was launched in 2011', 'was first built in 1890') or, as translations order it, just after
    it ('in the year 2013 launched'); '' when neither word is one, or it is a verb of saying."""
    for m in (_WORD_BEFORE.search(claim.text, max(0, year.start - 40), year.start), _WORD_AFTER.match(claim.text, year.end)):
        word = m.group(1) if m else ""
        if word in status_facts.IRREGULAR_PAST:
            word = status_facts.IRREGULAR_PAST[word]
        elif not (word.endswith("ed") and len(word) > 4 and word != "hundred"):
            continue
        if stem(word) not in _NOT_A_DEED:
            return stem(word)
    return ""


def _names_in(claim: Claim) -> set[str]:
    """The capitalised words of a sentence that are no stop word, month or weekday, lower-cased."""
    words = {w.lower() for w in _CAPITALISED.findall(claim.text)}
    return {w for w in words if w not in STOPWORDS and w not in date_facts.MONTHS and w not in date_facts.WEEKDAYS}


def _one_named_deed(a: Claim, x: Fact, b: Claim, y: Fact) -> bool:
    """Two years of one deed of one named thing ('Tessaly-2 was launched in 2011' / 'Tessaly-2
    was ... in the year 2013 launched into space'), however unlike the rest of the sentences."""
    deed = year_deed(a, x)
    return bool(deed) and deed == year_deed(b, y) and bool(_names_in(a) & _names_in(b))


def _year_of(f: Fact) -> int | None:
    """The year a date fact names in writing: a bare year's, or a month's or day's written year."""
    if f.subject == "year":
        return f.value  # type: ignore[return-value]
    if f.subject == "date" and getattr(f.value, "explicit_year", False):
        return f.value.year  # type: ignore[union-attr]
    return None


_YEAR_ROLE = re.compile(r"(?:since|until|till|by|from|before|after|during)\b", re.I)
_YEAR_ROLE_BEFORE = re.compile(r"\b(?:since|until|till|by|from|before|after|during|through)\s+(?:the\s+)?(?:(?:start|end|beginning|middle|summer|winter|spring|autumn|close)\s+)?(?:of\s+)?$", re.I)
"""A span's word before a year's own words ('until the summer of 2027', 'by the end of 2026')."""


def _a_span_end(claim: Claim, year: Fact) -> bool:
    """'since 2013', 'until the summer of 2027': a year that ends or starts a span."""
    return bool(_YEAR_ROLE.match(year.text) or _YEAR_ROLE_BEFORE.search(claim.text, max(0, year.start - 30), year.start))


def _ahead(claim: Claim, year: int) -> bool:
    """A year after the one the outlet wrote in."""
    written = year_written(claim)
    return written is not None and year > written


def _past_and_future(a: Claim, x: Fact, b: Claim, y: Fact, by_tense: bool = True) -> bool:
    """One year is behind its outlet's year of writing, told as done, and the other ahead, told as
    planned ('froze the project in 2023' / 'will finish the project by 2032'): a deed and a plan,
    each year fitting its own sentence. `by_tense` False: on either side of the writing whatever
    the tense, enough to tell that swapped digits are no slip (a slip that moves a year across
    the present makes one of the sentences say what it cannot)."""
    if x.detector != "dates" or x.subject != "year" or y.subject != "year":
        return False
    wa, wb = year_written(a), year_written(b)
    if wa is None or wb is None:
        return False

    def side(claim: Claim, year: int, written: int) -> str | None:
        if year < written and (not by_tense or claim.mood != "planned"):
            return "past"
        if year > written and (not by_tense or claim.mood == "planned"):
            return "ahead"
        return None
    sa, sb = side(a, x.value, wa), side(b, y.value, wb)  # type: ignore[arg-type]
    return sa is not None and sb is not None and sa != sb


def year_written(claim: Claim) -> int | None:
    """The year the claim's outlet wrote in, when its publication date is known."""
    return dt.date.fromordinal(claim.published).year if claim.published else None


ZERO_SLIP_MIN = 0.3
"""Surroundings similarity at which one figure with a zero added or dropped, anywhere in the story,
is that figure miscopied ('60 metres short' / 'about 600 metres short', 0.36)."""


def zero_slips(claims: list[Claim], around: Surroundings) -> list[Conflict]:
    """'As much as 60 metres short' / 'about 600 metres short': the same digits ten or a hundred
    times apart, for one subject, in words alike, wherever each stands. An outlet that also gives
    the other's figure agrees with it."""
    by_digits: dict[tuple[str, str], list[tuple[Claim, Fact]]] = {}
    for c in claims:
        for f in c.facts_of("numbers"):
            if not isinstance(f.value, tuple) and (digits := "".join(digit_runs(f)).strip("0")):
                by_digits.setdefault((f.subject, digits), []).append((c, f))
    out: list[Conflict] = []
    for found in by_digits.values():
        for i, (a, x) in enumerate(found):
            for b, y in found[i + 1:]:
                if a.source == b.source or not _zero_slipped(_magnitude(x) or 0.0, _magnitude(y) or 0.0) or around.similarity(a, x, b, y) < ZERO_SLIP_MIN:
                    continue
                if any(c.source == b.source and agree(f, x) for c, f in found) or any(c.source == a.source and agree(f, y) for c, f in found):
                    continue
                out.append(Conflict("number", x.subject, "material", [(a, x), (b, y)]))
    return out


UNIT_SLIP_MIN = 0.0
"""Similarity of two figures' surroundings below which one numeral under two units is two things,
not a unit changed. Unit slips found on the corpus and the other genres have 0.07 to 0.81; the one
false callout read on the blind sets (a breach's width, a forecast's rain) has -0.09."""


def unit_slips(claims: list[Claim], around: Surroundings) -> list[Conflict]:
    """One numeral under another unit of the same measure ('110 km/h' / '110 miles an hour',
    '120 nanograms' / '120 micrograms'), wherever each stands: a unit changed, however unlike
    the sentences read. An outlet that gives the converted figure as well agrees. The same digits
    with the point moved ('1.4 ng' / '14 ng') are a slip only of one subject (SUBJECT_MIN)."""
    measures: dict[str, list[tuple[Claim, Fact]]] = {}
    for c in claims:
        for f in c.facts_of("numbers"):
            if f.kind == "measure":
                measures.setdefault(f.subject, []).append((c, f))
    out: list[Conflict] = []
    for subject, found in measures.items():
        for i, (a, x) in enumerate(found):
            for b, y in found[i + 1:]:
                if a.source == b.source or agree(x, y) or not _same_numeral_other_unit(x, y):
                    continue
                if any(c.source == b.source and agree(f, x) for c, f in found) or any(c.source == a.source and agree(f, y) for c, f in found):
                    continue
                about = around.similarity(a, x, b, y)
                if _point_moved(x, y) and about < SUBJECT_MIN:
                    continue  # the point moved ('a plume of 12 km' / 'a fissure 1.2 km long'): only of one subject a slip
                if about < UNIT_SLIP_MIN:
                    continue  # 'a breach about 40 metres wide' / '40 millimetres of rain': surroundings that point away from each other tell two things
                out.append(Conflict("number", subject, "material", [(a, x), (b, y)]))
    return out


def _noun_word(group, noun: str) -> str:
    """The counted word as an outlet wrote it, for its word vector ('households' for 'househo')."""
    for c, f, _ in group:
        if f.subject.startswith("n:" + noun):
            tail = c.text[f.start:f.end].split()
            if tail:
                return tail[-1].strip(".,;:")
    return ""


_AND_BETWEEN = re.compile(r"^[^.;:()\u2013\u2014]{0,40}?\band\b[^.;:()\u2013\u2014]{0,5}$")


def _pairs_of_counts(claim: Claim) -> list[tuple[Fact, Fact]]:
    """Two counts of a sentence joined by 'and' ('four bank employees and two customers'): the
    parts of one group, as an outlet breaks it down."""
    counts = [f for f in claim.facts_of("numbers") if f.subject.startswith("n:") and isinstance(f.value, (int, float))]
    return [(x, y) for x, y in zip(counts, counts[1:]) if _AND_BETWEEN.match(claim.text[x.end:y.start])]


def breakdown_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Four bank employees and two customers' against 'five members of staff and two customers':
    two outlets break one group down into the same parts, one part the same in both, the other
    counted differently, wherever in the story each stands."""
    pairs = [(c, p) for c in claims for p in _pairs_of_counts(c)]
    out: list[Conflict] = []
    for i, (a, (x1, x2)) in enumerate(pairs):
        for b, (y1, y2) in pairs[i + 1:]:
            if a.source == b.source:
                continue
            for same_a, other_a in ((x1, x2), (x2, x1)):
                for same_b, other_b in ((y1, y2), (y2, y1)):
                    if same_a.subject == same_b.subject and agree(same_a, same_b) and other_a.subject != same_a.subject and other_b.subject != same_b.subject \
                            and other_a.subject != other_b.subject and not {other_a.subject, other_b.subject} & _CASUALTIES \
                            and not agree(other_a, other_b) and comparable(other_a, other_b):
                        out.append(Conflict("number", "count", "material", [(a, other_a), (b, other_b)]))  # under one noun, counts are compared as such
    return out


_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+single\s+)?(?:dissent|vote\s+against|opposition)\b", re.I)
_NOT_BEFORE_UNANIMOUS = re.compile(r"\b(?:not|but|from|never|hardly|short\s+of)\s+(?:\w+\s+)?$", re.I)
_BODY_BEFORE = re.compile(r"\b(?:members|board|council|committee|panel|jury|judges|councillors|directors)\s+(?:\w+\s+){0,2}(?:were|was|are|is)\s+$", re.I)
"""'Board members were unanimous that …': a body of voters is unanimous, whatever the sentence calls the vote."""


def unanimity_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'The board voted unanimously' against 'the board voted nine to two': a vote one outlet
    calls unanimous and others tally with votes against. Only in a story whose other outlets tell
    one tally, and from an outlet that gives none of its own: a story of several votes does not
    say which one was unanimous."""
    told = [(c, m) for c in claims if "nanim" in c.text or "without" in c.text for m in _UNANIMOUS.finditer(c.text)
            if not _NOT_BEFORE_UNANIMOUS.search(c.text, max(0, m.start() - 25), m.start()) and (number_facts.SPLIT_CONTEXT.search(c.text) or _BODY_BEFORE.search(c.text, max(0, m.start() - 40), m.start()))]
    if not told:
        return []
    tallies = [(c, f) for c in claims for f in c.facts_of("numbers") if f.subject == "split" and not set_aside(c, f)]
    for claim, m in told:
        others = [(c, f) for c, f in tallies if c.source != claim.source]
        if not others or len(others) < len(tallies) or len({f.value for _, f in others}) != 1:
            continue  # no tally, the unanimous outlet's own tally, or several votes
        other, tally = others[0]
        if min(tally.value) == 0:  # type: ignore[arg-type]
            continue  # '11 votes to none' is unanimous
        said = Fact("number", "split", ("unanimous",), m.group(0), m.start(), m.end(), detector="numbers")
        return [Conflict("number", "split", "material", [(claim, said), (other, tally)])]  # one callout: every outlet's tally joins it
    return []


_NOT_THE_FIGURE = re.compile(rf"\s*,?\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(\d[\d,.]*|{number_facts.WORD_NUMBER})\b(?![.,]?\d|\s*(?:%|percent|per\s+cent))", re.I)
"""A figure an outlet corrects right after its own: 'took six works, not five', '41 rather than 38'."""
CORRECTED_FIGURE_NEAR = 0.3
"""Closeness of a claim giving the corrected figure to the claim that corrects it: any neighbour, the
correction itself ties them ('took six works, not five' / 'escaped with five paintings', 0.3 in a
short story). On the three sets 0.5 and 0.3 find the same clashes."""


def corrected_figure_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'The thieves took six works, not five' against 'escaped with five paintings': an outlet
    sets aside the figure another outlet gives in a close claim, and gives its own. The other's
    count may name the thing otherwise (works, paintings): the correction ties the two."""
    out: list[Conflict] = []
    for a in claims:
        if lower_runs(a.text).isdisjoint(_SETTING_ASIDE_WORDS):
            continue  # most sentences set no figure aside
        for x in a.facts_of("numbers"):
            m = _NOT_THE_FIGURE.match(a.text, x.end)
            old = number_facts.number_value(m.group(1)) if m and isinstance(x.value, (int, float)) else None
            if old is None or old == x.value:
                continue
            seen: set[str] = set()
            for j, closeness in sorted(near.get(a.index, {}).items(), key=lambda kv: -kv[1]):
                b = claims[j]
                if b.source == a.source or b.source in seen or closeness < CORRECTED_FIGURE_NEAR:
                    continue
                y = next((f for f in b.facts_of("numbers") if f.value == old and (f.subject == x.subject or f.subject.startswith("n:") and x.subject.startswith("n:"))), None)
                if y is None or not comparable(x, y) or any(f.value == x.value for f in b.facts_of("numbers")):
                    continue  # the other outlet gives no such figure, or one of another size ('76 seats, not one more'), or gives this one too
                seen.add(b.source)
                out.append(Conflict("number", x.subject if y.subject == x.subject else "count", "material", [(b, y), (a, x)]))  # the subject other checks give the pair: one callout
    return out


_CORRECTED_TO = re.compile(r"\b(?:corrected|revised)\b[^.;:]{0,60}?\bto\s+(?:an?\s+(?:revised\s+|new\s+)?(?:figure|estimate|total|count|number)\s+of\s+)?$"
                           r"|\b(?:an?|the|its)\s+corrected\s+(?:figure|estimate|total|count|number|tally)\s+(?:of\s+)?$", re.I)
"""Words right before a figure an outlet tells as a correction: 'corrected the birth weight of the
second cub to 164 g', 'issued a corrected figure of $44.2 million'."""
_CORRECTING = re.compile(rf"\s*,?\s+(?:correcting\s+(?:the|an?|its)\s+(?:earlier\s+|previous\s+|first\s+|initial\s+)?(?:figure|estimate|total|count|number)\s+of\s+"
                         rf"|(?:well\s+|far\s+|slightly\s+|just\s+)?(?:above|below|up\s+from|down\s+from)\s+the\s+(?=\S+\s+(?:it|they|officials|police|the\s+[a-z]+)\s+(?:had\s+)?(?:first\s+|initially\s+|earlier\s+)?(?:estimated|gave|given|reported|announced|published)\b))"
                         rf"(\d[\d,.]*|{number_facts.WORD_NUMBER})\b", re.I)
"""Words right after a figure that tell the one it corrects: 'at 412, correcting the figure of 390';
'at 9,400, well above the 7,000 it estimated on Friday' (the source's own first estimate)."""
_RANGE_FROM = re.compile(r"\b(?:rang\w*|var(?:y|ies|ied|ying))\s+from\s+(?:[a-z]+\s+){0,2}$", re.I)
"""Words before the low end of a range ('the rate ranges from just under four per cent')."""
_EARLIER_FIGURE_VERBS = frozenset({"estimated", "gave", "given", "reported", "announced", "published"})
"""A word every '… the 7,000 it estimated' holds: a sentence with none is not scanned for it."""


def _names_its_thing(subject: str) -> bool:
    """A count of a named thing, a sum or a physical measure: not a share or a span, which every
    story has many of ('revised up to 3.9 percent' is no correction of an unemployment rate)."""
    return subject.startswith("n:") or subject in ("money", "mass", "length", "area", "volume", "speed")


CORRECTION_SPREAD = 0.3
"""How far apart, as a share of the corrected figure, the figure it replaced may be when the
correction does not give it: corrections on the held-out and other-genre sets moved figures by
5 to 12 percent ('146 g' to '164 g', '$41 million' to '$44.2 million')."""


def replaced_figure_conflicts(claims: list[Claim]) -> list[Conflict]:
    """An outlet that tells a figure as corrected ('corrected the weight to 164 g', 'a corrected
    figure of $44.2 million', 'at 412, correcting the figure of 390') against each other outlet's
    figure of the same measure that it replaced: the one it names, or else the nearest in size,
    whichever claims they stand in. The correction itself ties them, as other outlets report the
    figure first given; a figure the correcting outlet gives itself elsewhere is another thing's."""
    out: list[Conflict] = []
    sizes: dict[str, list[tuple[int, float | None]]] = {}  # each outlet's figures, (claim, size): read once, when the story holds a correction
    for a in claims:
        if "correct" not in a.text and "revis" not in a.text and lower_runs(a.text).isdisjoint(_EARLIER_FIGURE_VERBS):
            continue  # most sentences correct nothing
        for x in a.facts_of("numbers"):
            size = _magnitude(x)
            if not size:
                continue
            named = _CORRECTING.match(a.text, x.end)
            if not named and (not _CORRECTED_TO.search(a.text, max(0, x.start - 90), x.start) or number_facts.bound(x) or not _names_its_thing(x.subject)):
                continue  # unnamed, the figure replaced is found by its measure alone: one that says what it counts or measures, not a rate of anything
            replaced = number_facts.number_value(named.group(1)) if named else None
            if not sizes:
                for c in claims:
                    sizes.setdefault(c.source, []).extend((c.index, _magnitude(f)) for f in c.facts_of("numbers"))
            told_with = {a.index, a.index - 1}  # the correction and the sentence before it, which may give the figure replaced ('was put at $41 million. … a corrected figure of $44.2 million')
            own = {other for index, other in sizes[a.source] if index not in told_with}
            best: dict[str, tuple[float, Claim, Fact]] = {}
            for b in claims:
                if b.source == a.source:
                    continue
                for y in b.facts_of("numbers"):
                    other = _magnitude(y)
                    if not other or other == size or x.era != y.era:
                        continue
                    if replaced is not None:
                        if other != replaced or not (y.subject == x.subject or y.subject.startswith("n:") and x.subject.startswith("n:")):
                            continue
                    elif y.subject != x.subject or other in own or abs(other - size) > CORRECTION_SPREAD * size or not comparable(x, y) or agree(x, y) or number_facts.bound(y) \
                            or _RANGE_FROM.search(b.text, max(0, y.start - 40), y.start):
                        continue  # unnamed, the figure replaced is no bound nor the end of a range: 'ranges from just under four per cent in the capital' is some other rate
                    gap = abs(other - size)
                    if b.source not in best or gap < best[b.source][0]:
                        best[b.source] = (gap, b, y)
            for _, b, y in best.values():
                if any(other == size for _, other in sizes[b.source]):
                    continue  # the other outlet gives the corrected figure too
                out.append(Conflict("number", x.subject, "material", [(b, y), (a, x)]))
    return out


_SETTING_ASIDE_WORDS = frozenset({"not", "rather", "instead"})
"""A word every match of _NOT_THE_FIGURE holds."""


_RATE_AFTER = re.compile(r"(?:\s+[a-z]{3,}(?<!ed)(?<!ing))?\s*(?:(?:a|an|per|each|every)\s+(year|month|week|day|hour|semester|quarter|night|fortnight)\b(?!\s+(?:ago|later|earlier|before|after|of|or)\b)"
                         r"|(?:per|for\s+each|for\s+every)\s+(?!cent\b|centum\b|capita\b)([a-z]{3,})\b|(annually|yearly|monthly|weekly|daily|hourly)\b)", re.I)
"""A period after a figure, or after the noun of a compound it counts ('4,000 results letters a
week'); not a point in time ('a week ago', 'a day later'). Or the unit a sum is paid by ('40 marks
per visit', 'for each exam'): a sum per visit and the same sum a month are two prices."""
_TOTAL_AFTER = re.compile(r"\s*(?:in\s+total|in\s+all|altogether)\b|[^.;]{0,30}?\b(?:over|for|across)\s+(?:the\s+)?(?:next\s+|coming\s+|whole\s+|entire\s+)?"
                          r"(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years|months|weeks|days)\b", re.I)
_PERIOD_WORDS = frozenset({"year", "month", "week", "day", "hour", "semester", "quarter", "night", "fortnight"})
"""Stretches of time of a set length a sum can be paid by ('a month', 'for every day'): periods, not units."""
_PER_WORD = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}


def _period_told(claim: Claim, fact: Fact) -> tuple[str, str, int] | None:
    """Whether a sum or a share is told per period ('88.6 million marks a year', 'weekly') or as
    the total of a stretch of time ('in total', 'over the four years'): ('per', 'year'), ('over',
    '48') in months, ('total', ''), with where those words end; None when the sentence does not say."""
    rate = _RATE_AFTER.match(claim.text, fact.end)
    if rate:
        if rate.group(2):
            unit = rate.group(2).lower()
            if unit.rstrip("s") in _PERIOD_WORDS:
                return "per", unit.rstrip("s"), rate.end()  # 'for every day' is 'a day'
            if "n:" + stem(unit if unit.endswith("s") else unit + "s") in _SPANS_OF_TIME:  # the spans are kept as plural counts' subjects
                return None  # 'per season', 'per shift': a stretch of time of no set length, a year's or a day's
            return "per", "unit:" + stem(unit), rate.end()
        return "per", (rate.group(1) or _PER_WORD[rate.group(3).lower()]).lower(), rate.end()
    total = _TOTAL_AFTER.match(claim.text, fact.end)
    if total:
        if not total.group(1):
            return "total", "", total.end()
        days = (number_facts.number_value(total.group(1)) or 0) * number_facts.DURATIONS[total.group(2).lower().rstrip("s")]
        return "over", f"{round(days / 30):g}", total.end()  # in months, whatever the unit: 'over three years' is 'over 36 months'
    return None


RATE_COUNT_MIN = 10
"""The least count per period that, given by two outlets per different periods, counts one thing
whatever noun each counts it by ('38 aircraft a month' / '38 airplanes per week'): small counts
per period ('two flights a day', 'three trains a week') coincide in a story."""


def _one_kind(f: Fact, g: Fact) -> bool:
    """Two figures of one kind: one subject, or two counts (of whatever things)."""
    return f.subject == g.subject or f.subject.startswith("n:") and g.subject.startswith("n:")


def _rate_told(claim: Claim, f: Fact) -> tuple[str, str, int] | None:
    """_period_told of a sum or a share, and of a count told per period ('38 aircraft a month'; a
    count 'in total' is any count)."""
    if f.subject in ("money", "percent"):
        return _period_told(claim, f)
    if f.subject.startswith("n:") and isinstance(f.value, float):
        period = _period_told(claim, f)
        return period if period is not None and period[0] == "per" else None
    return None


def rate_conflicts(claims: list[Claim]) -> list[Conflict]:
    """One sum or share told by two outlets as the same figure for two stretches of time: '310
    million marks a week' / '310 million marks in total', '88.6 million marks a year' / '88,6
    millions of marks for the four years', '7 percent over two years' / 'over three years'; one
    count of things made or done per period, per another period ('38 aircraft a month' / '38 per
    week'). The figure agrees; what it is of does not."""
    told = [(c, f, period[:2], period[2]) for c in claims for f in c.facts_of("numbers") if (period := _rate_told(c, f)) is not None]
    out: list[Conflict] = []
    seen: set[tuple[str, str, str]] = set()
    for i, (a, x, pa, ends_a) in enumerate(told):
        for b, y, pb, ends_b in told[i + 1:]:
            if a.source == b.source or pa == pb or not _one_kind(x, y) or pa[1].startswith("unit:") and pb[1].startswith("unit:"):
                continue  # two units a sum is paid by ('per fish' / 'for every escaped fish', 'per unit' / 'per piece') are most often one told two ways
            if x.subject != y.subject and x.value < RATE_COUNT_MIN:  # type: ignore[operator]
                continue  # two nouns counted: one thing only for a count too large to coincide
            if not agree(x, y) or (number_facts.bound(x) or number_facts.bound(y)) and x.value != y.value:
                continue  # 'at least 12.50 an hour' agrees with any larger sum of a week, and tells nothing of it; 'up to 2,400 an hour' / '2,400 a day' is one figure
            if any(c.source == a.source and p == pb and _one_kind(f, x) and agree(f, x) for c, f, p, _ in told) or any(c.source == b.source and p == pa and _one_kind(f, y) and agree(f, y) for c, f, p, _ in told):
                continue  # an outlet that also tells the figure for the other's stretch of time
            key = (min(a.source, b.source), max(a.source, b.source), x.subject)
            if key in seen:
                continue
            seen.add(key)
            with_period = [(a, replace(x, text=a.text[x.start:ends_a].strip())), (b, replace(y, text=b.text[y.start:ends_b].strip()))]  # the figure with the words that say what stretch of time it is of
            out.append(Conflict("number", "period:" + x.subject, "material", with_period))
    return out


_CHANGE_VERBS = ("fallen", "fell", "falls", "dropped", "drops", "lost", "loses", "declined", "slipped", "risen", "rose", "rises", "gained", "gains", "climbed", "jumped", "increased", "decreased")
_CHANGE_OF = re.compile(
    r"((?:[A-Za-z][\w'\u2019-]*\s+){1,4}?)(?:(?:has|have|had)\s+)?(?:(?:" + "|".join(_CHANGE_VERBS) + r")"
    r"|(?:is|was|are|were)\s+(?:down|up))\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more\s+than\s+|over\s+)?$", re.I)
_CHANGE_WORDS = frozenset(_CHANGE_VERBS) | {"down", "up"}
"""One of these is in every sentence _CHANGE_OF reads."""
_NOT_AN_OWNER = frozenset(stem(w) for w in "price prices cost costs rate rates level levels figure figures value values index share shares stock stocks".split())
"""Words before a verb of change that say what kind of figure changed, not whose ('butter prices',
'Kestmark shares'): the owner is the word before them (stop words are left out before)."""


def _owner_of_change(claim: Claim, fact: Fact) -> str | None:
    """The thing whose change a share is ('butter prices have fallen 18 percent': butter;
    'skimmed milk powder has lost 18 per cent': powder), or None when no noun stands right
    before the verb of change."""
    if lower_runs(claim.text).isdisjoint(_CHANGE_WORDS):
        return None  # no verb of change in the sentence: most shares
    left = status_facts.clause_bounds(claim.text, fact.start, fact.end)[0]
    m = _CHANGE_OF.search(claim.text, max(left, fact.start - 70), fact.start)
    if not m:
        return None
    words = [stem(re.sub(r"['\u2019]s?$", "", w.lower())) for w in tokens(m.group(1)) if w.lower() not in STOPWORDS and not w[0].isdigit()]
    words = [w for w in words if w not in _NOT_AN_OWNER]
    return words[-1] if words else None


_SPAN_OF_CHANGE = re.compile(r"[^.;]{0,40}?\b(?:this|last|so\s+far|since|over\s+the|in\s+the\s+(?:past|last)|year[- ]to[- ]date|from\s+a\s+year|on\s+the\s+year)\b", re.I)
"""The stretch of time a change is told over, when the sentence names one ('since July', 'this year')."""


def change_owner_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Butter prices have fallen 18 percent since July' / 'skimmed milk powder has lost 18 per cent,
    while butter is down 9 per cent': one thing's change given as two shares by two outlets, each
    giving that thing one share in the whole story."""
    by_owner: dict[str, dict[str, list[tuple[Claim, Fact]]]] = {}
    for c in claims:
        for f in c.facts_of("numbers"):
            if f.subject == "percent":
                owner = _owner_of_change(c, f)
                if owner:
                    by_owner.setdefault(owner, {}).setdefault(c.source, []).append((c, f))
    out: list[Conflict] = []
    for owner, told in by_owner.items():
        sole = {s: facts[0] for s, facts in told.items() if all(agree(facts[0][1], f) for _, f in facts)}
        outlets = sorted(sole)
        for i, sa in enumerate(outlets):
            for sb in outlets[i + 1:]:
                (a, x), (b, y) = sole[sa], sole[sb]
                if bool(_SPAN_OF_CHANGE.match(a.text, x.end)) != bool(_SPAN_OF_CHANGE.match(b.text, y.end)):
                    continue  # 'fell 4.1 percent' on the day / 'have risen 15 per cent this year': two spans of time
                if not agree(x, y):
                    out.append(Conflict("number", "change:" + owner, "material", [(a, x), (b, y)]))
    return out
