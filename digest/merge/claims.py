"""Claims: each sentence with everything the later steps compare, computed once.

A claim is one sentence of one outlet plus its typed facts (from the detector registry), its
content stems, its mood (did it happen, is it planned, only possible, denied) and whether it
is prose at all: captions, credits and fragments stay in the source view but never enter the
narrative. Identical sentences repeated inside one article become one claim, so a page that
repeats itself costs no more than one that does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.clean import describes_picture
from digest.merge.facts import Context, Fact, extract_all
from digest.merge.facts import status as status_facts
from digest.merge.sentences import Sentence
from digest.merge.text import content_stems

CODE = re.compile(r"\b([A-Z]{1,4})[- ]?(\d{2,5})\b")
"""A flight, a model, a route: capital letters and digits."""
_CODE_CUE = re.compile(r"[A-Z][- ]?\d")
"""What every code holds: a capital letter right before its digits. A quick scan (CODE itself
tries a word boundary at every position)."""
_NO_VALUES: frozenset = frozenset()
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
    """Letter-and-number codes ('QX318'): letters -> digits."""
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
                if detector == "numbers" and f.subject != "duration":
                    counts.setdefault(f.subject, []).append(f)
            elif detector == "status" or detector == "status-default":
                comparable = comparable or detector == "status"
                if status is None:
                    status = f
        values = frozenset(f.value[1] if f.subject == "money" else f.value for fs in counts.values() for f in fs) if counts else _NO_VALUES  # type: ignore[index]
        text = self.sentence.text
        derived = {
            "source": self.sentence.source,
            "text": text,
            "comparable_facts": comparable,
            "figures": figures,
            "counts": counts,
            "count_values": values,
            "codes": {m.group(1): m.group(2) for m in CODE.finditer(text)} if _CODE_CUE.search(text) else {},
            "_by_detector": by_detector,
            "_status": status,
        }
        self.__dict__.update(derived)  # frozen: set once, here, as dataclasses' own __init__ does

    def facts_of(self, detector: str) -> list[Fact]:
        return self._by_detector.get(detector, [])

    @property
    def status(self) -> Fact:
        """The sentence's status, stated ('will', 'denied') or implied ('done')."""
        if self._status is None:
            raise LookupError(self.text)
        return self._status


_MOODS = {"undisclosed": "negated", "denied": "negated", "possible": "possible", "planned": "planned", "done": "actual"}
_TWO_LETTERS = re.compile(r"[a-z]{2}")
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]\u00bb]*\s*$")


_SHORT_CLAUSE = re.compile(r"^[A-Z][a-z]+ (?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)(?:n['\u2019]t)? [\w'\u2019-]+[.!?]$")
"""A three-word sentence with a subject and a finite verb; fragments ('Bigger.', 'In pictures.')
have none."""


def is_prose(text: str) -> bool:
    """A sentence a reader would accept in an article: enough words, some in lower case, and an
    ending. 'Bigger.”', 'Photo: X', '. .', '(“Title”, in English), a book.' and headline
    fragments are not."""
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
    return _TWO_LETTERS.search(text) is not None and not describes_picture(text)


def build_claims(by_source: dict[str, list[Sentence]], contexts: dict[str, Context]) -> list[Claim]:
    claims: list[Claim] = []
    for source, sentences in by_source.items():
        seen: set[str] = set()
        context = contexts[source]
        for sentence in sentences[:MAX_CLAIMS_PER_SOURCE]:
            text = sentence.text
            key = " ".join(text.split()).lower()
            if key in seen:
                continue
            seen.add(key)
            facts = extract_all(text, context)
            stated = next((f for f in facts if f.detector == "status"), None)
            status = "done" if stated is None else stated.value[0]  # type: ignore[index]
            stems = content_stems(text) | _figure_stems(facts)
            if stated is None:
                facts = facts + (status_facts.default(text, stems, context),)
            claims.append(Claim(len(claims), sentence, facts, stems, _MOODS[status], is_prose(text)))
    return claims


def _figure_stems(facts: tuple[Fact, ...]) -> frozenset[str]:
    """Figures as words that match however they are written ('4,6 %' and '4.6 per cent' share '#4.6')."""
    out = set()
    for f in facts:
        if f.detector == "numbers" and isinstance(f.value, float):
            out.add(f"#{f.value:g}")
        elif f.detector == "numbers" and f.subject == "money":
            out.add(f"#{f.value[1]:g}")  # type: ignore[index]
    return frozenset(out)
