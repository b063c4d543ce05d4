"""Claims: each sentence with everything the later steps compare, computed once.

A claim is one sentence of one outlet plus its typed facts (from the detector registry), its
content stems, its mood (did it happen, is it planned, only possible, denied) and whether it
is prose at all: captions, credits and fragments stay in the source view but never enter the
narrative. Identical sentences repeated inside one article become one claim, so a page that
repeats itself costs no more than one that does not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from digest.clean import describes_picture, is_follow_prompt
from digest.merge.facts import Context, Fact, extract_all
from digest.merge.facts import dates as date_facts
from digest.merge.facts import quotes as quote_facts
from digest.merge.facts import status as status_facts
from digest.merge.sentences import Sentence
from digest.merge.text import NUMBER_WORDS, content_stems, without_accents

CODE = re.compile(r"\b([A-Z]{1,4})[- ]?(\d{2,5})\b(?!-[A-Za-z])")
"""A flight, a model, a route: capital letters and digits ('A 54-year-old groundsman' is an
article and an age)."""
CODE_AFTER = re.compile(r"\b(\d{3,5})([A-Z]{1,3})\b")
"""A code whose letters follow its digits: a chassis, a part or a case number ('chassis 0742M')."""
_CODE_CUE = re.compile(r"[A-Z][- ]?\d|\d[A-Z]")
"""What every code holds: a capital letter right before its digits. A quick scan (CODE itself
tries a word boundary at every position)."""
_DIGIT = re.compile(r"\d")
"""What every match of _CODE_CUE holds: a sentence without a digit (most) is passed by one scan
for a single class of characters, which the engine runs without trying a match at each position."""
_NO_VALUES: frozenset = frozenset()
_A_WORD = re.compile(r"[^\W\d_]{2,}")
"""Two letters in a row, of any case and script: a sentence without them is a figure alone, with
nothing it is a figure of ('17:52 UTC' names what the figure is, which `_TWO_LETTERS`, a test of
prose in lower case, would not count)."""
MAX_CLAIMS_PER_SOURCE = 4000
"""Sentences of one article that are merged; beyond this (a book, not an article) the rest is
shown on the source page only, and `digest check` says so. Keeps the merge near-linear."""


def _derived():
    return field(init=False, repr=False, compare=False)


@dataclass(frozen=True)
class Claim:
    index: int
    """Position in the story's claim list (source order, then sentence order)."""
    sentence: Sentence
    facts: tuple[Fact, ...]
    stems: frozenset[str]
    mood: str
    """'actual', 'planned', 'possible' or 'negated': claims of different moods never fuse."""
    prose: bool
    """A real sentence of the report (enters the narrative), not a caption or a fragment."""

    # Derived once in __post_init__: alignment and comparison read them for every pair of claims.
    source: str = _derived()
    text: str = _derived()
    comparable_facts: bool = _derived()
    """Whether it gives any figure, date or stated status a pair comparison could read."""
    figures: dict[tuple[str, str], list[Fact]] = _derived()
    """Figures and dates by (detector, subject): what alignment checks for a contradiction."""
    counts: dict[str, list[Fact]] = _derived()
    """Figures other than durations, by subject."""
    count_values: frozenset = _derived()
    """The bare values of `counts` (an amount without its currency), whatever they count."""
    codes: dict[str, str] = _derived()
    """Letter-and-number codes ('QX318'): letters -> digits ('#M' -> '0742' for '0742M')."""
    _by_detector: dict[str, list[Fact]] = _derived()
    _status: Fact | None = _derived()

    def __post_init__(self) -> None:
        by_detector: dict[str, list[Fact]] = {}
        figures: dict[tuple[str, str], list[Fact]] = {}
        counts: dict[str, list[Fact]] = {}
        status = None
        comparable = False
        for f in self.facts:
            detector = f.detector
            by_detector.setdefault(detector, []).append(f)
            if detector == "numbers" or detector == "dates":
                comparable = True
                figures.setdefault((detector, f.subject), []).append(f)
                if detector == "numbers" and f.subject != "duration" and f.subject not in ("level", "ordinal") and not f.subject.startswith("rank:"):  # a step on a scale or a rank is no figure two claims share
                    counts.setdefault(f.subject, []).append(f)
            elif detector == "status" or detector == "status-default":
                comparable = comparable or detector == "status"
                if status is None:
                    status = f
        values = frozenset(f.value[1] if f.subject == "money" else f.value for fs in counts.values() for f in fs) if counts else _NO_VALUES  # type: ignore[index]
        text = self.sentence.text
        if comparable and not _A_WORD.search(text):
            comparable = False  # '$252', '17:52': a figure alone (a table's cell, a price tag) says what of nothing
        derived = {
            "source": self.sentence.source,
            "text": text,
            "comparable_facts": comparable,
            "figures": figures,
            "counts": counts,
            "count_values": values,
            "codes": {**{m.group(1): m.group(2) for m in CODE.finditer(text)}, **{"#" + m.group(2): m.group(1) for m in CODE_AFTER.finditer(text)}} if _DIGIT.search(text) and _CODE_CUE.search(text) else {},
            "_by_detector": by_detector,
            "_status": status,
        }
        self.__dict__.update(derived)  # frozen: set once, here, as dataclasses' own __init__ does

    def facts_of(self, detector: str) -> list[Fact]:
        return self._by_detector.get(detector, [])

    @property
    def published(self) -> int:
        """The day (an ordinal) its outlet published it: every sentence has a status, stated or
        plain, and the status carries the day."""
        return self._status.value[2] if self._status is not None else 0  # type: ignore[index]

    @property
    def status(self) -> Fact:
        """The sentence's status, stated ('will', 'denied') or implied ('done')."""
        if self._status is None:
            raise LookupError(self.text)
        return self._status

    def period_of(self, f: Fact) -> int | None:
        """The year one of its figures counts over, when its words tie it to one ('in 2024', 'last
        year', 'so far this year'), read against the year its outlet wrote in."""
        others = tuple((g.start, g.end) for g in self.facts if g.detector == "numbers" and g is not f and g.end > g.start) if date_facts.may_name_a_period(self.text) else ()  # only a sentence that names a period asks where its figures stand
        return date_facts.period_of(self.text, f.start, f.end, dt.date.fromordinal(self.published).year if self.published else None, others)


_MOODS = {"undisclosed": "negated", "denied": "negated", "possible": "possible", "planned": "planned", "done": "actual"}
_TWO_LETTERS = re.compile(r"[a-z]{2}")
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]\u00bb]*\s*$")


_SHORT_CLAUSE = re.compile(r"^[A-Z][a-z]+ (?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)(?:n['\u2019]t)? [\w'\u2019-]+[.!?]$")
"""A three-word sentence with a subject and a finite verb; fragments ('Bigger.', 'In pictures.')
have none."""


@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """A sentence a reader would accept in an article: enough words, some in lower case, and an
    ending. 'Bigger.”', 'Photo: X', '. .', '(“Title”, in English), a book.' and headline
    fragments are not. Cached: a wire's sentence that several outlets print is judged once."""
    words = text.split()
    if len(words) == 3 and _SHORT_CLAUSE.match(text):
        return True  # 'He was 34.', 'Police are investigating.': subject, verb, and done
    if len(words) < 4 or not _TERMINAL.search(text) or text[:1] in "([":
        return False  # too short, unfinished, or an aside cut from the sentence before it
    lower = 0
    for w in words:  # two words in lower case are enough: most sentences show them at once
        if w[:1].islower():
            lower += 1
            if lower == 2:
                break
    else:
        return False
    return _TWO_LETTERS.search(text) is not None and not describes_picture(text) and not is_follow_prompt(text)


def build_claims(by_source: dict[str, list[Sentence]], contexts: dict[str, Context]) -> list[Claim]:
    claims: list[Claim] = []
    for source, sentences in by_source.items():
        claims.extend(_source_claims(tuple(sentences[:MAX_CLAIMS_PER_SOURCE]), contexts[source], len(claims)))
    return _on_the_local_clock(claims)


_SOURCE_CLAIMS: dict[tuple[str, Context], tuple[tuple[Sentence, ...], list[Claim]]] = {}
"""Per (source, context): the sentences last turned into claims and those claims. digest serve
merging a story again after one of its files changed rebuilds the other outlets' claims from it."""
SOURCE_CLAIMS_MAX = 64


def _source_claims(sentences: tuple[Sentence, ...], context: Context, first: int) -> list[Claim]:
    """One outlet's claims, numbered from `first`. A pure function of its sentences and context:
    the claims made last time for equal sentences are reused (renumbered if need be)."""
    if not sentences:
        return []
    key = (sentences[0].source, context)
    known = _SOURCE_CLAIMS.get(key)
    if known is not None and known[0] == sentences:
        made = known[1]
        if not made or made[0].index == first:
            return list(made)
        return [_renumbered(c, first + k) for k, c in enumerate(made)]
    made = _make_source_claims(sentences, context, first)
    if len(_SOURCE_CLAIMS) >= SOURCE_CLAIMS_MAX:
        _SOURCE_CLAIMS.clear()
    _SOURCE_CLAIMS[key] = (sentences, made)
    return list(made)


def _renumbered(claim: Claim, index: int) -> Claim:
    """The claim at another place in the story's list; all else, derived fields included, as it was."""
    moved = object.__new__(Claim)
    moved.__dict__.update(claim.__dict__)
    moved.__dict__["index"] = index
    return moved


def _make_source_claims(sentences: tuple[Sentence, ...], context: Context, first: int) -> list[Claim]:
    claims: list[Claim] = []
    seen: set[str] = set()
    spanning = _quotations_across_sentences(sentences, context)
    for k, sentence in enumerate(sentences):
        text = sentence.text
        key = " ".join(text.split()).lower()
        if key in seen:
            continue
        seen.add(key)
        facts = extract_all(text, context)
        if k and sentences[k - 1].paragraph == sentence.paragraph and (of_them := _STARTS_WITH_COUNT_OF_THEM.match(text)):
            facts = facts + _count_of_them(of_them, extract_all(sentences[k - 1].text, context))
        if k in spanning:  # a quotation over several sentences: its pieces give way to the whole
            facts = tuple(f for f in facts if f.detector != "quotes") + spanning[k]
        stated = next((f for f in facts if f.detector == "status"), None)
        status = "done" if stated is None else stated.value[0]  # type: ignore[index]
        stems = content_stems(text) | _figure_stems(facts)
        if stated is None:
            facts = facts + (status_facts.default(text, stems, context),)
        claims.append(Claim(first + len(claims), sentence, facts, stems, _MOODS[status], is_prose(text)))
    return claims


CLOCK_PAIR_REACH = 30
"""Characters between a local time and the UTC time that glosses it ('04:00 local time (0200 GMT)')."""


def _on_the_local_clock(claims: list[Claim]) -> list[Claim]:
    """Clock times told on the UTC clock, moved to the story's local clock when the story says
    how far apart the two are: an outlet that gives one time both ways ('at 4:40 a.m. local time
    (2040 GMT)') and no outlet giving another offset. Then '10:30 p.m. local time' and '21:30 UTC'
    agree, and '4:40 a.m. local time' and '21:40 UTC' clash; a time that names no clock ('five past
    one') is compared with them only as before, never (dates.same)."""
    offsets: set[int] = set()
    for c in claims:
        times = [f for f in c.facts if f.subject == "time" and not f.approximate]
        for x in times:
            for y in times:
                if x.value[1] == "local" and y.value[1] == "utc" and (0 <= y.start - x.end <= CLOCK_PAIR_REACH or 0 <= x.start - y.end <= CLOCK_PAIR_REACH):  # type: ignore[index]
                    offsets.add((x.value[0] - y.value[0]) % 1440)  # type: ignore[index]
    if len(offsets) != 1:
        return claims  # no gloss, or glosses that disagree: two places' clocks, or a slip
    offset = offsets.pop()
    return [replace(c, facts=tuple(_moved(f, offset) for f in c.facts)) if any(f.subject == "time" and f.value[1] == "utc" for f in c.facts) else c  # type: ignore[index]
            for c in claims]


def _moved(f: Fact, offset: int) -> Fact:
    if f.subject != "time" or f.value[1] != "utc":  # type: ignore[index]
        return f
    return replace(f, value=((f.value[0] + offset) % 1440, date_facts.FROM_UTC))  # type: ignore[index]


_STARTS_WITH_COUNT_OF_THEM = re.compile(r"^\W*(?:(?:only|just|at\s+least)\s+)?(\d{1,3}|[a-z]+)\s+of\s+(?:them|those|these)\b", re.I)


def _count_of_them(m: re.Match, before: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """'Two of them had burns.' after 'Nine staff were in the building.' (`before`, that sentence's
    facts): a count of the nine staff, as 'two of the nine staff' would be, compared with other
    outlets' counts of staff."""
    word = m.group(1).lower()
    value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    groups = [f for f in before if f.detector == "numbers" and f.subject.startswith("n:") and not f.subject.endswith(":total") and isinstance(f.value, float)]
    if value is None or not groups or groups[-1].value <= value:
        return ()
    return (Fact("number", groups[-1].subject, float(value), m.group(0).strip(), m.start(1), m.end(), False, "numbers"),)


_OPENS = "\u201c\"\u00ab"
_CLOSES = {"\u201c": "\u201d", "\"": "\"", "\u00ab": "\u00bb"}


def _quotations_across_sentences(sentences: list[Sentence], context: Context) -> dict[int, tuple[Fact, ...]]:
    """A quotation of several sentences ('"The wind is our enemy. If it turns, we fight on three
    fronts," the fire chief said.') is one quotation, credited to the sentence that names the
    speaker: where it closes, or where it opens when only that sentence names them ('Insp Tom Hale
    said: "Whatever lands is theirs. Please do not open it."'), so a callout shows who said it. The
    other sentences of the run lose the speakerless pieces they were read as. Returns, per sentence
    position, its quotation facts."""
    fixes: dict[int, tuple[Fact, ...]] = {}
    k = 0
    while k < len(sentences):
        opening = _unclosed_mark(sentences[k].text)
        if opening is None:
            k += 1
            continue
        close = _CLOSES[opening]
        run = [k]
        j = k + 1
        while j < len(sentences) and sentences[j].paragraph == sentences[k].paragraph and len(run) < 8:
            run.append(j)
            if close in sentences[j].text.replace(opening, "", 1 if close == opening and opening in sentences[j].text[:1] else 0):
                break
            j += 1
        else:
            k += 1
            continue
        last = run[-1]
        joined = " ".join(sentences[i].text for i in run)
        offset = len(joined) - len(sentences[last].text)
        whole = [f for f in quote_facts.extract(joined, context) if f.start < offset < f.end]
        if whole:
            first = sentences[k].text
            fixes.update({i: () for i in run})
            if all(_names_speaker(first, f) and not _names_speaker(sentences[last].text, f) for f in whole):
                fixes[k] = tuple(replace(f, end=len(first), detector="quotes") for f in whole)
            else:
                fixes[last] = tuple(_shifted(f, offset) for f in whole)
        k = last + 1
    return fixes


def _names_speaker(text: str, quotation: Fact) -> bool:
    """The sentence holds the surname the quotation is credited to."""
    who = quotation.value[1]  # type: ignore[index]
    return bool(who) and re.search(rf"\b{re.escape(who)}\b", without_accents(text), re.I) is not None


def _unclosed_mark(text: str) -> str | None:
    """The opening quotation mark a sentence leaves open, if any."""
    for mark in _OPENS:
        close = _CLOSES[mark]
        if close == mark:
            if text.count(mark) % 2 == 1 and text.lstrip().startswith(mark):
                return mark
        elif text.rfind(mark) > text.rfind(close):
            return mark
    return None


def _shifted(f: Fact, offset: int) -> Fact:
    """A quotation read over several sentences, placed in its closing sentence: its span starts
    at that sentence's start, its text is the whole quotation."""
    return Fact(f.kind, f.subject, f.value, f.text, 0, f.end - offset, f.approximate, "quotes")


def _figure_stems(facts: tuple[Fact, ...]) -> frozenset[str]:
    """Figures as words that match however they are written ('4,6 %' and '4.6 per cent' share '#4.6')."""
    out = set()
    for f in facts:
        if f.detector == "numbers" and isinstance(f.value, float):
            out.add(f"#{f.value:g}")
        elif f.detector == "numbers" and f.subject == "money":
            out.add(f"#{f.value[1]:g}")  # type: ignore[index]
    return frozenset(out)
