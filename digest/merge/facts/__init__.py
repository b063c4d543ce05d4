"""Facts: what a sentence states that can be compared with another outlet's statement.

Each kind of fact has one detector module with the same small interface, listed in
`DETECTORS` as the cleaner lists its rules. A detector reads one sentence and returns typed
`Fact` records, each tied to its subject (what it measures: seats, the fee, a person's title,
whether something happened) and holding a normalised value; `same(a, b)` says whether two
facts about one subject agree. Facts are extracted once per sentence; comparison lives in
`digest.merge.compare`. Adding a kind of fact is one module and one line here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Hashable

from digest.merge.text import case_apart


@dataclass(frozen=True)
class Context:
    """What a detector may know about a sentence beyond its words."""

    published: dt.date
    """The outlet's publication date (the story's date when unknown): resolves 'on Tuesday'."""
    translated: bool = False
    """A machine or human translation: continental number forms ('7,5 million', '75.000')."""


@dataclass(frozen=True)
class Fact:
    """One comparable statement inside one sentence."""

    kind: str
    """Discrepancy kind it feeds: number, date, name, title, quote, confirmation, term, other."""
    subject: str
    """What it measures or concerns, normalised: 'seat', 'percent', 'money', 'time', 'status:appeal'."""
    value: object
    """Normalised, comparable value."""
    text: str
    """The words as the sentence has them: what a discrepancy shows for this outlet."""
    start: int = 0
    end: int = 0
    """Character span in the sentence."""
    approximate: bool = False
    """'about', 'nearly', 'some': compared with rounding tolerance."""
    detector: str = ""
    """Name of the detector that found it (set by extract_all)."""
    era: int | None = None
    """A past year the figure is told of ('in 1968, when a magnitude 6.5 quake struck'): another
    event's figure, compared only with figures of that year."""


@dataclass(frozen=True)
class Words:
    """A sentence's words, read once for every detector's quick checks (a detector whose cue words
    are missing skips its regular expressions, which scan the whole sentence)."""

    lower: str
    """The sentence in lower case."""
    words: frozenset[str]
    """Its lower-case word tokens (runs of word characters, as `\\b` sees words)."""
    digits: bool
    """Whether it holds a digit."""


_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8192)
def words_of(text: str) -> Words | None:
    """The sentence's words, or None when lower-casing would not match as the detectors' case-
    insensitive patterns do. Cached: the detectors read one sentence in turn, and a wire's sentence
    that outlets publishing on other days reprint is read again for each."""
    if case_apart(text):
        return None
    lower = text.lower()
    return Words(lower, frozenset(_TOKEN.findall(lower)), _DIGIT.search(text) is not None)


def _whole_context(context: Context) -> Hashable:
    return context


def _figures_context(context: Context) -> Hashable:
    return context.translated, context.published.year


def _translation_only(context: Context) -> Hashable:
    """For quotations: a translation's remark may end on its speaker with no quotation marks
    ('..., says Jonas Aalberg'), which an original's sentence is not read as."""
    return context.translated


def _no_context(context: Context) -> Hashable:
    """For a detector that reads the words alone (quoted terms): a wire's sentence
    reprinted by outlets that publish on other days is read once."""
    return None


@dataclass(frozen=True)
class Registered:
    """A detector as the registry lists it."""

    name: str
    extract: Callable[[str, Context], list[Fact]]
    same: Callable[[Fact, Fact], bool]
    severity: Callable[[Fact, Fact], str] = lambda a, b: "material"
    reads: Callable[[Context], Hashable] = _whole_context
    """The part of the context its facts depend on, when not all of it: outlets of one story that
    share a sentence word for word (a wire's copy) but publish on other days have it read once
    when that part is the same (extract_all's own cache serves the whole context)."""


def _registry() -> list[Registered]:
    from digest.merge.facts import dates, numbers, quotes, status, terms

    return [
        Registered("numbers", numbers.extract, numbers.same, numbers.severity, _figures_context),  # number forms; the year of 'last year's 40'
        Registered("dates", dates.extract, dates.same),
        Registered("status", status.extract, status.same),
        Registered("terms", terms.extract, terms.same, terms.severity, _no_context),
        Registered("quotes", quotes.extract, quotes.same, quotes.severity, _translation_only),
    ]


DETECTORS: list[Registered] = _registry()
"""Ordered; each fact records the kind it feeds. Story-wide comparisons that need more than
one sentence (spellings of a name, who said a quotation, a person's title) live in
digest.merge.compare and read these facts."""


@lru_cache(maxsize=100_000)
def extract_all(text: str, context: Context) -> tuple[Fact, ...]:
    """Every detector's facts for one sentence, in registry order. Cached: a rebuild re-reads
    only the sentences it has not seen."""
    out: list[Fact] = []
    for detector in DETECTORS:
        name = detector.name
        for f in detector.extract(text, context) if detector.reads is _whole_context else _read(detector, text, context):
            named = object.__new__(Fact)  # dataclasses.replace(f, detector=name), without its checks and __init__
            object.__setattr__(named, "__dict__", {**f.__dict__, "detector": name})
            out.append(named)
    return tuple(out)


_READ: dict[tuple[str, str, Hashable], tuple[Fact, ...]] = {}
"""One detector's facts by (detector, sentence, the part of the context it reads), kept for the
process like extract_all's own cache (bounded: cleared when it grows past READ_MAX)."""
READ_MAX = 100_000


def _read(detector: Registered, text: str, context: Context) -> tuple[Fact, ...]:
    """The detector's facts for the sentence, read once per part of the context it depends on."""
    key = (detector.name, text, detector.reads(context))
    facts = _READ.get(key)
    if facts is None:
        if len(_READ) > READ_MAX:
            _READ.clear()
        facts = _READ[key] = tuple(detector.extract(text, context))
    return facts


_BY_NAME = {d.name: d for d in DETECTORS}


def detector_of(fact: Fact) -> Registered:
    return _BY_NAME[fact.detector]
