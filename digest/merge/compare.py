"""Comparison: facts about the same subject, outlet against outlet, grouped into discrepancies.

Outlets build the same claim in different sentences, so facts are compared between each claim
and its nearest claims of other outlets (the candidates alignment found, fused or not), never
across all pairs. Two facts conflict when they concern the same subject (the same unit or noun,
the same person, the same predicate) and their values do not agree by the detector's rules.
Conflicts about one subject that share a claim or a narrative item become one discrepancy with
each outlet's own words; unrelated figures are never bundled. Story-wide comparisons cover what
one sentence pair cannot: a name spelt two ways, a quotation given to two speakers, a person's
title, a term worded differently by a translation.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import lru_cache
import re
import unicodedata

import numpy as np
from dataclasses import dataclass, field

from digest.merge.align import Item
from digest.merge.claims import CODE, Claim
from digest.merge.embed import Embedded
from digest.merge.facts import Fact, detector_of
from digest.merge.facts import numbers as number_facts
from digest.merge.facts import quotes as quote_facts
from digest.merge.facts import status as status_facts
from digest.merge.facts.terms import ROLES, marked_heads, modifier_of
from digest.merge.people import Person, title_conflicts
from digest.merge.text import STOPWORDS, content_stems, normalise_phrase, similarity, stem, tokens

STRONG_PAIR = 0.75
"""Combined score above which two claims are close paraphrases: any figure or date of the same
subject they give differently is a clash."""
CONTEXT_WORDS = 6
"""Words either side of a fact that say what it is about."""


@dataclass(frozen=True)
class Variant:
    source: str
    text: str
    claim: Claim | None = None


@dataclass(frozen=True)
class Found:
    """A detected discrepancy before the editor's decisions."""

    id: str
    kind: str
    summary: str
    variants: tuple[Variant, ...]
    severity: str = "material"


@dataclass
class Conflict:
    kind: str
    subject: str
    severity: str
    facts: list[tuple[Claim, Fact]] = field(default_factory=list)


def _context(claim: Claim, fact: Fact) -> frozenset[str]:
    before = tokens(claim.text[: fact.start])[-CONTEXT_WORDS:]
    after = tokens(claim.text[fact.end:])[:CONTEXT_WORDS]
    return frozenset(stem(t) for t in before + after if t.lower() not in STOPWORDS and not t[0].isdigit() and len(t) > 2)


class Surroundings:
    """What each figure or date is about, as a vector of the words around it (the figure left
    out): 'attendance was 41.2 percent' and 'the participation has settled at 41,2 per
    cent' are about one thing, 'the Liberal Centre's 28 seats' and 'the coalition's 134 seats'
    are not. Computed once per story, in one batch."""

    def __init__(self, claims: list[Claim], embedded: Embedded):
        keys, rows = [], []
        for c in claims:
            for f in c.facts:
                if f.detector in ("numbers", "dates"):
                    keys.append((c.index, f.start, f.end))
                    rows.append(embedded.span(c.index, window_ranges(c.text, f.start, f.end)))
        self.index = {k: i for i, k in enumerate(keys)}
        self.vectors = np.vstack(rows) if rows else None

    def similarity(self, a: Claim, x: Fact, b: Claim, y: Fact) -> float:
        i, j = self.index.get((a.index, x.start, x.end)), self.index.get((b.index, y.start, y.end))
        if i is None or j is None or self.vectors is None:
            return 0.0
        return float(self.vectors[i] @ self.vectors[j])


_WORD_SPAN = re.compile(r"[\w\u00c0-\u024f'\u2019-]+")


def window_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of the CONTEXT_WORDS words before a fact and after it."""
    before = [m.start() for m in _WORD_SPAN.finditer(text, 0, start)][-CONTEXT_WORDS:]
    after = [m.end() for m in _WORD_SPAN.finditer(text, end)][:CONTEXT_WORDS]
    return [(before[0] if before else start, start), (end, after[-1] if after else end)]


SUBJECT_MIN = 0.4
"""Vector similarity of two facts' surroundings at which they are about the same subject.
Measured on the merge corpus: same-subject figure pairs 0.55-0.9, other figures of the same
unit in related sentences 0.2-0.55."""


GENERIC_SUBJECTS = {"minute", "year"}
"""Subjects every story has many of (how long, what share, which minute, which day): tied to one
another only by closely matching surroundings."""
FACT_NEIGHBOURS = 0.4
"""Two neighbouring claims that each give one figure of a unit ('£75,000' / '£95,000' fine) give
it for one subject."""
SUBJECT_STRONG = 0.7
"""Surroundings this alike name one subject on their own, whatever else the sentences say."""


MAGNITUDE_RATIO = 2.5
"""Two figures for one subject that disagree are of one order (106/107, 45m/54m, 25/50 basis
points); figures further apart than this measure different things (28 seats / 134 seats)."""


def _figure_kind(x: Fact, y: Fact) -> str:
    """'number' or 'date'; one amount in two currencies is 'other' (what was paid in, not how much)."""
    if x.subject == "money" and x.value[0] != y.value[0]:  # type: ignore[index]
        return "other"
    return "number" if x.detector == "numbers" else "date"


def comparable(x: Fact, y: Fact) -> bool:
    vx, vy = _magnitude(x), _magnitude(y)
    if vx is None or vy is None:
        return True
    if vx == 0 or vy == 0:
        return False
    return max(vx, vy) / min(vx, vy) <= MAGNITUDE_RATIO


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
    dx, dy = _day(x), _day(y)
    if dx is None or dy is None:
        return None
    for bound, other, day, other_day in ((x, y, dx, dy), (y, x, dy, dx)):
        if _DATE_UPPER.match(bound.text) and not (_DATE_UPPER.match(other.text) or _DATE_LOWER.match(other.text)):
            return other_day <= day
        if _DATE_LOWER.match(bound.text) and not (_DATE_UPPER.match(other.text) or _DATE_LOWER.match(other.text)):
            return other_day >= day
    return None


def _agreement(same):
    """The detector's own test, except that a bound ('over £5,000', 'until Friday') is judged
    as a bound."""
    def agree(x: Fact, y: Fact) -> bool:
        if x.detector == "numbers" and (number_facts.bound(x) or number_facts.bound(y)):
            return number_facts.bounds_allow(x, y)
        if x.detector == "dates":
            allowed = _date_bounds_allow(x, y)
            if allowed is not None:
                return allowed
        return same(x, y)
    return agree


def pair_conflicts(a: Claim, b: Claim, closeness: float, common: set[str], around: Surroundings) -> list[Conflict]:
    """Facts of two claims of different outlets that concern one subject and disagree."""
    out: list[Conflict] = []
    if not a.comparable_facts or not b.comparable_facts:
        return out
    for detector in ("numbers", "dates"):
        fa_all, fb_all = a.facts_of(detector), b.facts_of(detector)
        for subject in sorted({f.subject for f in fa_all} & {f.subject for f in fb_all}):  # sorted: the same output in every process
            fa = [f for f in fa_all if f.subject == subject]
            fb = [f for f in fb_all if f.subject == subject]
            same = _agreement(detector_of(fa[0]).same)
            loose_a = [x for x in fa if not any(same(x, y) for y in fb)]
            loose_b = [y for y in fb if not any(same(x, y) for x in fa)]
            pairs = sorted(((around.similarity(a, x, b, y) + 0.2 * nearness(x, y), k, m) for k, x in enumerate(loose_a) for m, y in enumerate(loose_b)), reverse=True)
            used_a: set[int] = set()
            used_b: set[int] = set()
            for rank, k, m in pairs:
                if k in used_a or m in used_b:
                    continue
                x, y = loose_a[k], loose_b[m]
                about = around.similarity(a, x, b, y)
                if not comparable(x, y) or detector == "dates" and (x.approximate or y.approximate or subject == "year") and closeness < STRONG_PAIR:
                    continue  # 'on Monday' is too loose a date to contradict anything but a close paraphrase
                shared = (_context(a, x) & _context(b, y)) - common
                generic = subject in GENERIC_SUBJECTS | {"duration"} or subject.startswith("n:") and len(subject) <= 5
                needed = SUBJECT_STRONG if generic else SUBJECT_MIN
                one_each = len(loose_a) == 1 or len(loose_b) == 1
                if one_each and not generic and closeness >= FACT_NEIGHBOURS or about >= needed and (shared or closeness >= STRONG_PAIR or about >= SUBJECT_STRONG):
                    used_a.add(k)
                    used_b.add(m)
                    out.append(Conflict(_figure_kind(x, y), subject, "material", [(a, x), (b, y)]))
    out.extend(_counts_of_what(a, b, closeness))
    out.extend(_counts_of_other_nouns(a, b, closeness, around))
    for x in a.facts_of("status"):
        for y in b.facts_of("status"):
            if status_facts.same(x, y):
                continue
            if status_facts.about_same(x, y) and closeness >= 0.5:
                out.append(Conflict(status_facts.kind_of(x, y), "status", "material", [(a, x), (b, y)]))
                return out
    return out


def detect(claims: list[Claim], items: list[Item], near: dict[int, dict[int, float]], people: dict[str, Person], order: list[str], translated: set[str], embedded: Embedded) -> list[Found]:
    item_of = {c.index: i for i, item in enumerate(items) for c in item.claims}
    common = common_stems(claims)
    around = Surroundings(claims, embedded)
    stated = _stated_values(claims)
    conflicts: list[Conflict] = []
    for i, near_i in near.items():
        for j, closeness in near_i.items():
            if j <= i:
                continue
            for conflict in pair_conflicts(claims[i], claims[j], closeness, common, around):
                if not _each_says_the_other(conflict, stated):
                    conflicts.append(conflict)
    conflicts.extend(subject_conflicts(claims, around))
    conflicts.extend(quote_conflicts(claims, near))
    conflicts.extend(none_conflicts(claims, embedded))
    conflicts.extend(denial_conflicts(claims))
    conflicts.extend(spelling_conflicts(claims))
    found = [_found(_with_agreeing(group, items, item_of), order) for group in _group(conflicts, item_of)]
    found.extend(_terms(items, claims, translated))
    found.extend(_reworded_quotes(items, order))
    found.extend(_names(items, translated))
    for person, titles in title_conflicts(people, order):
        variants = tuple(Variant(s, t) for s, t in titles.items())
        found.append(Found(discrepancy_id("title", person.name, ""), "title", f"Title of {person.name} differs", variants))
    return _unique_ids([f for f in found if len({normalise_phrase(v.text) for v in f.variants}) >= 2])


def common_stems(claims: list[Claim]) -> set[str]:
    """Words found in many sentences of the story: they say little about what a fact concerns."""
    counts: dict[str, int] = {}
    for c in claims:
        for w in c.stems:
            counts[w] = counts.get(w, 0) + 1
    limit = max(3, len(claims) // 12)
    return {w for w, n in counts.items() if n > limit}


def _group(conflicts: list[Conflict], item_of: dict[int, int]) -> list[Conflict]:
    """Conflicts of one kind and subject that share a fact (the same words of one claim, or the
    same value in one narrative item) are one discrepancy; sharing a sentence is not enough, so
    unrelated figures of one sentence are never bundled."""
    groups: list[Conflict] = []
    anchors: dict[tuple[str, str, str], int] = {}
    for conflict in conflicts:
        keys = [(conflict.kind, conflict.subject, f"f{c.index}:{f.start}") for c, f in conflict.facts]
        keys += [(conflict.kind, conflict.subject, f"i{item_of[c.index]}:{normalise_phrase(f.text)}") for c, f in conflict.facts if c.index in item_of]
        hit = next((anchors[k] for k in keys if k in anchors), None)
        if hit is None:
            groups.append(Conflict(conflict.kind, conflict.subject, conflict.severity, []))
            hit = len(groups) - 1
        target = groups[hit]
        for pair in conflict.facts:
            if all(pair[1] is not f for _, f in target.facts):
                target.facts.append(pair)
        if conflict.severity == "material":
            target.severity = "material"
        for k in keys:
            anchors.setdefault(k, hit)
    return groups


OTHER_NOUN_MIN = 0.3
"""Surroundings similarity for counts of differently named things in close claims: lower than
SUBJECT_MIN because the nouns themselves differ; the claims' closeness and one count on each
side carry the rest."""


_OF_WHAT = re.compile(r"^\s+of\s+((?:[a-z][a-z-]*\s+){0,5}?[a-z][a-z-]*)(?=\s*[,.;:)]|\s+(?:and|but|in|on|at|after|before|while|when|with|to|from|last|this|that|which)\b|\s*$)")


def _counts_of_what(a: Claim, b: Claim, closeness: float) -> list[Conflict]:
    """'four counts of theft' / 'four counts of false accounting': the same count
    of a differently named thing is a term discrepancy (what the charges were)."""
    if closeness < FACT_NEIGHBOURS:
        return []
    out = []
    for x in a.facts_of("numbers"):
        if not x.subject.startswith("n:"):
            continue
        for y in b.facts_of("numbers"):
            if y.subject != x.subject or not number_facts.same(x, y):
                continue
            mx, my = _OF_WHAT.match(a.text[x.end:]), _OF_WHAT.match(b.text[y.end:])
            if not mx or not my:
                continue
            sx, sy = content_stems(mx.group(1)), content_stems(my.group(1))
            if sx and sy and not sx & sy:
                fx = Fact("term", "of:" + x.subject, mx.group(1), a.text[x.start:x.end + mx.end()], x.start, x.end + mx.end())
                fy = Fact("term", "of:" + y.subject, my.group(1), b.text[y.start:y.end + my.end()], y.start, y.end + my.end())
                out.append(Conflict("term", "of:" + x.subject, "material", [(a, fx), (b, fy)]))
    return out


def _counts_of_other_nouns(a: Claim, b: Claim, closeness: float, around: Surroundings) -> list[Conflict]:
    """'employs 640 people' / 'has 604 employees': close claims that each count one thing the
    other does not name the same way count the same thing."""
    if closeness < FACT_NEIGHBOURS:
        return []
    ca = [f for f in a.facts_of("numbers") if f.subject.startswith("n:")]
    cb = [f for f in b.facts_of("numbers") if f.subject.startswith("n:")]
    loose_a = [f for f in ca if f.subject not in {g.subject for g in cb}]
    loose_b = [f for f in cb if f.subject not in {g.subject for g in ca}]
    if len(loose_a) != 1 or len(loose_b) != 1:
        return []
    x, y = loose_a[0], loose_b[0]
    if number_facts.same(x, y) or not comparable(x, y) or around.similarity(a, x, b, y) < OTHER_NOUN_MIN:
        return []
    return [Conflict("number", "count", "material", [(a, x), (b, y)])]


def _stated_values(claims: list[Claim]) -> dict[tuple[str, str, str], list[Fact]]:
    """Every figure and date each outlet gives, by detector and subject."""
    out: dict[tuple[str, str, str], list[Fact]] = {}
    for c in claims:
        for f in c.facts:
            if f.detector in ("numbers", "dates"):
                out.setdefault((c.source, f.detector, f.subject), []).append(f)
    return out


def _each_says_the_other(conflict: Conflict, stated: dict) -> bool:
    """An outlet that gives the other's value for the subject elsewhere agrees with it: its best
    match is that statement, not this one."""
    if len(conflict.facts) != 2:
        return False
    (a, x), (b, y) = conflict.facts
    if x.detector not in ("numbers", "dates"):
        return False
    same = detector_of(x).same

    def says(fact: Fact, other: Fact) -> bool:  # 'in April' does not give '17 April'
        if fact.detector == "dates" and fact.subject == "date":
            return (fact.value.year, fact.value.month, fact.value.day) == (other.value.year, other.value.month, other.value.day)  # type: ignore[union-attr]
        return same(fact, other)

    b_says_x = any(says(x, f) for f in stated.get((b.source, x.detector, x.subject), []))
    a_says_y = any(says(y, f) for f in stated.get((a.source, y.detector, y.subject), []))
    return b_says_x or a_says_y


def _with_agreeing(group: Conflict, items: list[Item], item_of: dict[int, int]) -> Conflict:
    """Add the outlets that state the same claim with one of the variants' values: a callout
    shows every outlet behind each value, not only the pair that was compared."""
    present = {c.source for c, _ in group.facts}
    extra: list[tuple[Claim, Fact]] = []
    for claim, fact in list(group.facts):
        if claim.index not in item_of:
            continue
        for other in items[item_of[claim.index]].claims:
            if other.source in present:
                continue
            for f in other.facts:
                if f.detector == fact.detector and f.subject == fact.subject and detector_of(fact).same(fact, f):
                    if fact.detector == "status" and not status_facts.about_same(fact, f):
                        continue
                    extra.append((other, f))
                    present.add(other.source)
                    break
    return Conflict(group.kind, group.subject, group.severity, group.facts + extra)


def discrepancy_id(kind: str, subject: str, anchor: str) -> str:
    """Derived from what the discrepancy is about, not from the differing words: editing a
    figure keeps the id, so an editor's resolution keeps pointing at it."""
    key = f"{kind}|{subject}|{anchor}"
    return "d-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _anchor(claims: list[Claim], order: list[str]) -> str:
    """The earliest claim's content words without figures: stable under an edit of the figure."""
    first = min(claims, key=lambda c: (order.index(c.source) if c.source in order else 99, c.sentence.index))
    return " ".join(sorted(w for w in first.stems if not w[0].isdigit()))


def _found(group: Conflict, order: list[str]) -> Found:
    variants: list[Variant] = []
    seen: set[tuple[str, str]] = set()
    for claim, fact in sorted(group.facts, key=lambda p: (order.index(p[0].source) if p[0].source in order else 99, p[0].sentence.index)):
        key = (claim.source, normalise_phrase(fact.text))
        if key in seen:
            continue
        seen.add(key)
        variants.append(Variant(claim.source, fact.text, claim))
    values: dict[str, list[str]] = {}
    for v in variants:
        values.setdefault(normalise_phrase(v.text) or v.text, []).append(v.source)
    shown = " / ".join(next(v.text for v in variants if (normalise_phrase(v.text) or v.text) == key) for key in values)
    label = {"number": "Figures differ", "date": "Dates differ", "confirmation": "Status differs", "other": "Accounts differ",
             "quote": "Quotation attributed differently", "name": "Names differ"}.get(group.kind, "Sources differ")
    summary = f"{label}: {shown}"
    return Found(discrepancy_id(group.kind, group.subject, _anchor([c for c, _ in group.facts], order)), group.kind, summary, tuple(variants), group.severity)


def _unique_ids(found: list[Found]) -> list[Found]:
    seen: dict[str, int] = {}
    out = []
    for f in found:
        if f.id in seen:
            seen[f.id] += 1
            f = Found(f"{f.id}-{seen[f.id]}", f.kind, f.summary, f.variants, f.severity)
        else:
            seen[f.id] = 1
        out.append(f)
    return out


# -- Story-wide comparisons ----------------------------------------------------------

FACT_PAIR_MIN = 0.45
"""Surroundings this alike tie two figures or dates to one subject wherever they stand in the
story ('attendance was … of the enrolled pupils' / 'the participation … of the enrolled')."""
RELATIVE_DATE_MIN = 0.6
"""'On Tuesday' or 'tomorrow' resolved against the outlet's publication day is compared story-wide
only with surroundings this alike (the same appointment: 'fly to X for the hearing'); measured
on the merge corpus: the same appointment 0.63-0.8, other days of the story below 0.5."""
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
            if i is not None:
                by_subject.setdefault(f.detector + "|" + f.subject, []).append((c, f, i))
                if f.subject.startswith("n:") and len(f.subject) > 5:
                    counts.append((c, f, i))
    out: list[Conflict] = []
    for facts in by_subject.values():
        out.extend(_story_wide(facts, around, cross=False))
    out.extend(_story_wide(counts, around, cross=True))
    return out


OTHER_NOUN_PAIR_MIN = 0.5
"""Surroundings similarity at which counts of differently named things anywhere in the story
count one thing ('guilty last month of six counts' / 'guilty on every one of the seven charges'):
above FACT_PAIR_MIN because the nouns themselves do not vouch for it. Measured on the merge
corpus: the same count under another noun 0.54; unrelated counts of a story below 0.45."""


def _story_wide(facts: list[tuple[Claim, Fact, int]], around: Surroundings, cross: bool) -> list[Conflict]:
    """Each fact against each other outlet's closest fact of the group: a conflict when the two
    are each other's closest, close enough, and disagree. `cross`: only pairs of different nouns."""
    if len(facts) < 2 or len(facts) > FACTS_PER_SUBJECT or len({c.source for c, _, _ in facts}) < 2:
        return []
    vectors = around.vectors[[i for _, _, i in facts]]
    sims = vectors @ vectors.T
    same = _agreement(detector_of(facts[0][1]).same)
    numbering: dict[str, int] = {}
    outlets = np.array([numbering.setdefault(c.source, len(numbering)) for c, _, _ in facts])  # not hash(): stable across processes
    best: dict[tuple[int, int], int] = {}  # (fact, other outlet) -> that outlet's closest fact
    for outlet in sorted(set(outlets.tolist())):
        columns = np.nonzero(outlets == outlet)[0]
        closest = columns[np.argmax(sims[:, columns], axis=1)]
        for x in np.nonzero(outlets != outlet)[0]:
            best[(int(x), outlet)] = int(closest[x])
    out: list[Conflict] = []
    for (x, other), y in best.items():
        a, fa, _ = facts[x]
        b, fb, _ = facts[y]
        if cross and fa.subject == fb.subject:
            continue
        generic = fa.subject in GENERIC_SUBJECTS or fa.subject.startswith("n:") and len(fa.subject) <= 5
        needed = OTHER_NOUN_PAIR_MIN if cross else SUBJECT_STRONG if generic else FACT_PAIR_MIN
        if fa.subject == "split" and sum(fa.value) == sum(fb.value):  # type: ignore[arg-type]
            needed = -1.0  # one body's vote: the same number of voters split two ways
        if x > y or best.get((y, int(outlets[x]))) != x or sims[x, y] < needed or same(fa, fb) or not comparable(fa, fb):
            continue
        if fa.detector == "dates" and (fa.approximate or fb.approximate) and sims[x, y] < RELATIVE_DATE_MIN:
            continue
        if _outlet_also_says(facts, a.source, fb, sims[y], same) or _outlet_also_says(facts, b.source, fa, sims[x], same):
            continue
        out.append(Conflict(_figure_kind(fa, fb), "count" if cross else fa.subject, "material", [(a, fa), (b, fb)]))
    return out


def _outlet_also_says(facts, source: str, fact: Fact, sims, same) -> bool:
    return any(c.source == source and sims[k] >= SUBJECT_MIN and same(f, fact) for k, (c, f, _) in enumerate(facts))



NONE_MIN = 0.55
"""Vector similarity of what a statement of none says happened ('nobody was [hurt]') and what
follows another outlet's count ('seven passengers [suffered minor injuries]') at which the count
answers it. Measured on the merge corpus: the injured counted 0.6-0.75; other counts of the
story (people on board, aircraft in the fleet) 0.3-0.45."""
_NONE = re.compile(
    r"\b(?:no\s+one|no-one|nobody|none(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<who>[a-z]+))?)"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+ly\s+)?(?P<what>[a-z]+(?:\s+[a-z]+)?)", re.I)
_NONE_CUE = re.compile(r"\b(?:no\s+one|no-one|nobody|none)\b", re.I)


def none_conflicts(claims: list[Claim], embedded: Embedded) -> list[Conflict]:
    """'Nobody was hurt' against 'seven passengers suffered minor injuries': a statement of none
    holds no figure, so it is compared with each other outlet's counts by what they say happened.
    'None of the Xs' counts only Xs; each outlet's best answering count is the variant."""
    statements = [(c, m) for c in claims if _NONE_CUE.search(c.text) for m in _NONE.finditer(c.text)]
    if not statements:
        return []
    counts = [(c, f) for c in claims for f in c.facts_of("numbers") if f.subject.startswith("n:") and not f.approximate and _magnitude(f)]
    if not counts:
        return []
    count_vectors = np.vstack([embedded.span(c.index, [(f.end, _clause_end(c.text, f.end))]) for c, f in counts])
    out: list[Conflict] = []
    for claim, m in statements:
        what = embedded.span(claim.index, [(m.start("what"), m.end("what"))])
        sims = count_vectors @ what
        who = stem(m.group("who")) if m.group("who") else None
        best: dict[str, int] = {}
        for k, (c, f) in enumerate(counts):
            if c.source == claim.source or sims[k] < NONE_MIN or who and f.subject != "n:" + who:
                continue
            if c.source not in best or sims[k] > sims[best[c.source]]:
                best[c.source] = k
        if not best:
            continue
        zero = Fact("number", "none", 0, claim.text[m.start():m.end()], m.start(), m.end())
        conflict = Conflict("number", "count", "material", [(claim, zero)])
        conflict.facts.extend(counts[k] for k in best.values())
        out.append(conflict)
    return out


def _clause_end(text: str, start: int, words: int = 4) -> int:
    """Where the few words after a figure end: at the fourth word or the first punctuation."""
    end = start
    for k, m in enumerate(re.finditer(r"[\w'\u2019-]+|[,;:.()]", text[start:])):
        if k >= words or not m.group(0)[0].isalnum():
            break
        end = start + m.end()
    return end


_ASSERTING = ("possible", "planned", "done")
_GLUE = frozenset("the a an of to and that it its for in on".split())


def denial_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Ruled out further increases' against 'signalled that further increases could follow':
    one outlet denies what another asserts, in clauses that name the same thing with the same
    two words in a row. Static word vectors cannot tell an act from its denial, but a shared
    phrase under opposite statuses is rare enough to trust (on the merge corpus it marks only
    the keyed clash)."""
    stated = []
    for c in claims:
        for f in c.facts_of("status"):
            if f.value[0] == "denied" or f.value[0] in _ASSERTING:  # type: ignore[index]
                left, right = status_facts.clause_bounds(c.text, f.start, f.end)
                stated.append((c, f, _phrases(c.text[left:right])))
    denials = [s for s in stated if s[1].value[0] == "denied"]  # type: ignore[index]
    if not denials or len(denials) == len(stated):
        return []
    by_phrase: dict[tuple[str, str], list[int]] = {}
    for k, (_, f, phrases) in enumerate(stated):
        if f.value[0] != "denied":  # type: ignore[index]
            for phrase in phrases:
                by_phrase.setdefault(phrase, []).append(k)
    out: list[Conflict] = []
    for a, x, phrases in denials:
        seen: set[str] = set()
        for phrase in phrases:
            for k in by_phrase.get(phrase, []):
                b, y, _ = stated[k]
                if b.source == a.source or b.source in seen:
                    continue
                seen.add(b.source)
                out.append(Conflict(status_facts.kind_of(x, y), "status", "material", [(b, y), (a, x)]))
    return out


def _phrases(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent lower-case words (names and glue words left out), not both stop words."""
    words = [stem(w) for w in tokens(text) if w.lower() not in _GLUE and not w[0].isupper()]
    return {(a, b) for a, b in zip(words, words[1:]) if not (a in STOPWORDS and b in STOPWORDS) and not (a[0].isdigit() or b[0].isdigit())}


QUOTE_CANDIDATES = 40
"""Quotations compared with each quotation: those sharing its rarest words, at most this many."""


def quote_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """The same quotation given to different speakers. Each quotation is compared only with the
    quotations that share its rarest words or stand in a neighbouring claim, never all pairs."""
    quoted = [(c, f) for c in claims if c.facts_of("quotes") for f in c.facts_of("quotes")]
    by_word: dict[str, list[int]] = {}
    for k, (_, f) in enumerate(quoted):
        for w in f.value[0]:  # type: ignore[index]
            by_word.setdefault(w, []).append(k)
    out: list[Conflict] = []
    for x, (a, fa) in enumerate(quoted):
        rarest = sorted(fa.value[0], key=lambda w: len(by_word[w]))[:3]  # type: ignore[index]
        candidates = sorted({y for w in rarest for y in by_word[w] if y > x})[:QUOTE_CANDIDATES]
        for y in candidates:
            b, fb = quoted[y]
            if a.source == b.source or quote_facts.same(fa, fb):
                continue
            if quote_facts.same_words(fa, fb) >= 0.6 or near[a.index].get(b.index, 0) >= STRONG_PAIR:
                speaker_a = Fact("quote", "speaker", fa.value[1], _speaker_text(a, fa), fa.start, fa.end)  # type: ignore[index]
                speaker_b = Fact("quote", "speaker", fb.value[1], _speaker_text(b, fb), fb.start, fb.end)  # type: ignore[index]
                out.append(Conflict("quote", "speaker", "material", [(a, speaker_a), (b, speaker_b)]))
    return out


REWORDED_MAX = 0.5
"""Share of the shorter quotation's content words found in the other below which two outlets
quote the same remark in different words."""


def _reworded_quotes(items: list[Item], order: list[str]) -> list[Found]:
    """The same remark quoted in other words by outlets stating the same claim (translations
    do this): shown folded, as `wording`, so a reader can see each version."""
    out: list[Found] = []
    for item in items:
        quoted = [(c, f) for c in item.claims for f in c.facts_of("quotes")]
        if len({c.source for c, _ in quoted}) < 2:
            continue
        differ = any(a.source != b.source and quote_facts.same_words(fa, fb) < REWORDED_MAX
                     for x, (a, fa) in enumerate(quoted) for b, fb in quoted[x + 1:])
        if differ:
            variants = tuple(Variant(c.source, f.text, c) for c, f in quoted)
            anchor = _anchor([c for c, _ in quoted], order)
            out.append(Found(discrepancy_id("quote", "wording", anchor), "quote", "A quotation is given in different words", variants, "wording"))
    return out


def _speaker_text(claim: Claim, fact: Fact) -> str:
    """The attribution as the outlet words it: the outlet's own words from the quotation to the
    speaker's name, whichever comes first."""
    name = fact.value[1]  # type: ignore[index]
    found = [m for m in re.finditer(rf"\b{re.escape(name)}\w*", claim.text, re.I)] if name else []
    if not found:
        return claim.text[fact.start:fact.end]
    nearest = min(found, key=lambda m: min(abs(m.start() - fact.end), abs(fact.start - m.end())))
    start, end = min(fact.start, nearest.start()), max(fact.end, nearest.end())
    verb = re.match(r"\s+(said|says|told|added|declared|insisted|stated|explained|warned|argued|noted|wrote|admitted)\b", claim.text[end:])
    if verb:
        end += verb.end()
    return claim.text[max(0, start - 1):end + 1].strip(" ,")


_CAPITALISED = re.compile(r"\b[A-Z][a-z\u00c0-\u024f]{3,}(?:-[A-Z][a-z]+)?\b")


def spelling_conflicts(claims: list[Claim]) -> list[Conflict]:
    """One name spelt two ways by different outlets ('Halvorsen' / 'Halvorson'), and one code
    given with other digits ('MR417' / 'MR471'): each form appears in one outlet and never in
    the other."""
    forms: dict[str, dict[str, tuple[Claim, int, int]]] = {}
    codes: dict[str, dict[str, tuple[Claim, int, int]]] = {}
    for claim in claims:
        for m in _CAPITALISED.finditer(claim.text):
            if m.start() == 0 or claim.text[m.start() - 2:m.start()].strip() in (".", "\u201c", "\""):
                continue  # a sentence's first word may be any word
            forms.setdefault(m.group(0), {}).setdefault(claim.source, (claim, m.start(), m.end()))
        for m in CODE.finditer(claim.text):
            codes.setdefault(m.group(1) + m.group(2), {}).setdefault(claim.source, (claim, m.start(), m.end()))
    lower_words = {w for c in claims for w in re.findall(r"\b[a-z\u00e0-\u024f]{4,}\b", c.text)}
    for word in list(forms):
        if word.lower() in lower_words or _fold(word).lower() in lower_words:
            del forms[word]  # a common word written with a capital, not a name
    out: list[Conflict] = []
    by_shape: dict[tuple[str, int], list[str]] = {}
    for word in forms:
        by_shape.setdefault((word[0], len(word) // 3), []).append(word)
    words = sorted(forms)
    for a in words:
        for b in _near_spellings(a, forms, by_shape):
            if a >= b:
                continue
            sources_a, sources_b = set(forms[a]), set(forms[b])
            if sources_a & sources_b or _fold(a) == _fold(b):
                continue  # one outlet uses both: two names; or only accents differ
            if (a.startswith(b) or b.startswith(a)) and not (_person_context(forms[a]) and _person_context(forms[b])):
                continue  # 'Consumer' / 'Consumers': an ending, unless both stand as a person's name
            out.append(_spelling_conflict("name", a, forms[a], forms[b], max(len(sources_a), len(sources_b))))
    for a in codes:
        for b in codes:
            if a < b and a.rstrip("0123456789") == b.rstrip("0123456789") and len(a) == len(b) and not set(codes[a]) & set(codes[b]):
                out.append(_spelling_conflict("code", a, codes[a], codes[b], 0))
    return out


def _fold(word: str) -> str:
    """Without accents: translations drop them ('Sandor' for 'Sándor')."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


_GIVEN = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Judge|Justice|Governor|President|Minister)\.?|\b[A-Z][a-z]+)\s+$")


def _person_context(where: dict) -> bool:
    """The word follows a given name or a title somewhere: 'Ada Brennan', 'Judge Brennan'."""
    return any(_GIVEN.search(claim.text[max(0, start - 20):start]) and start > 0 for claim, start, _ in where.values())


def _with_next_word(text: str, start: int, end: int) -> str:
    """A code with the word after it ('QX318 from'): how the outlet's sentence goes on."""
    m = re.match(r"[,]?\s+[\w'-]+(?:\s+[\w'-]+)?", text[end:])
    return text[start:end + (m.end() if m else 0)]


def _spelling_conflict(kind: str, word: str, a: dict, b: dict, _: int) -> Conflict:
    conflict = Conflict("name", "spelling:" + word.lower()[:4], "material")
    for where in (a, b):
        for claim, start, end in where.values():
            shown = claim.text[start:end] if kind != "code" else _with_next_word(claim.text, start, end)
            conflict.facts.append((claim, Fact("name", conflict.subject, claim.text[start:end], shown, start, end)))
    return conflict


def _near_spellings(word: str, forms: dict, by_shape: dict) -> list[str]:
    out = []
    for shift in (-1, 0, 1):
        for other in by_shape.get((word[0], len(word) // 3 + shift), []):
            if other == word or abs(len(word) - len(other)) > 1 or len(set(word.lower()) ^ set(other.lower())) > 2 or _letters_apart(word.lower(), other.lower()) > 2:
                continue
            distance = _edit_distance(word.lower(), other.lower())
            anagram = sorted(word.lower()) == sorted(other.lower())
            if other != word and (distance == 1 or distance == 2 and anagram):
                if other.lower().rstrip("s") != word.lower().rstrip("s") or len(word) > 5 and abs(len(word) - len(other)) == 1 and word[-1] != other[-1]:
                    out.append(other)
    return out


@lru_cache(maxsize=100_000)
def _letter_counts(word: str) -> Counter:
    return Counter(word)


def _letters_apart(a: str, b: str) -> int:
    """Letters in one word and not the other, counted with repeats: a cheap bound below which
    the edit distance may be small."""
    ca, cb = _letter_counts(a), _letter_counts(b)
    return sum((ca - cb).values()) + sum((cb - ca).values())


def _edit_distance(a: str, b: str) -> int:
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


class Groups:
    """Union-find over hashable keys."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, key):
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a, b) -> None:
        self.parent[self.find(a)] = self.find(b)

    def components(self) -> list[list]:
        out: dict = {}
        for key in list(self.parent):
            out.setdefault(self.find(key), []).append(key)
        return list(out.values())


def _terms(items: list[Item], claims: list[Claim], translated: set[str]) -> list[Found]:
    """Quoted terms and marked modifiers of the same noun in the same claim ('“open-ended”
    truce' / 'truce without an end date' / 'indefinite truce'). Identical terms join
    across the story, so one discrepancy lists every outlet's words. `wording` when a translation
    is among them, since that is how translations differ."""
    groups = Groups()
    occurrences: dict[str, list[Variant]] = {}
    differing: set[str] = set()
    heads_of: dict[str, str] = {}

    def node(text: str, claim: Claim, head: str) -> str:
        key = normalise_phrase(text)
        occurrences.setdefault(key, [])
        if all((v.source, normalise_phrase(v.text)) != (claim.source, key) for v in occurrences[key]):
            occurrences[key].append(Variant(claim.source, text, claim))
        heads_of.setdefault(key, head)
        groups.find(key)
        return key

    for c in claims:  # every quoted term is a node, so identical ones join across the story
        for f in c.facts_of("terms"):
            node(f.text, c, f.subject.split(":", 1)[1])
    for item in items:
        sole = {}
        for c in item.claims:  # the same claim puts a different word in quotes
            quoted = c.facts_of("terms")
            if len(quoted) == 1:
                sole.setdefault(c.source, (quoted[0], c))
        values = list(sole.values())
        for x, (fa, ca) in enumerate(values):
            for fb, cb in values[x + 1:]:
                ka, kb = node(fa.text, ca, ""), node(fb.text, cb, "")
                groups.union(ka, kb)
                if ka != kb and not _equivalent_terms([fa.text, fb.text]):
                    differing.update((ka, kb))
        heads: dict[str, list[tuple[str, Claim]]] = {}
        for c in item.claims:
            for word in marked_heads(c.text) - STOPWORDS:
                mod = modifier_of(c.text, word, ROLES)
                if mod:
                    heads.setdefault(word, []).append((mod, c))
        for head, mods in heads.items():
            if len({c.source for _, c in mods}) < 2:
                continue
            keys = [node(text, c, head) for text, c in mods]
            for x, ((ta, ca), ka) in enumerate(zip(mods, keys)):
                for (tb, cb), kb in list(zip(mods, keys))[x + 1:]:
                    if ca.source != cb.source:
                        groups.union(ka, kb)
                        if ka != kb and not _equivalent_terms([ta, tb]):
                            differing.update((ka, kb))
    out = []
    for component in groups.components():
        if len(component) < 2 or not any(k in differing for k in component):
            continue
        variants = tuple(v for k in sorted(component) for v in occurrences[k])
        if len({v.source for v in variants}) < 2:
            continue
        kind = "title" if any(w in ROLES for v in variants for w in normalise_phrase(v.text).split()) else "term"
        severity = "wording" if kind == "term" and any(v.source in translated for v in variants) else "material"
        head = sorted(h for k in component if (h := heads_of.get(k)))
        summary = "Sources use different terms: " + " / ".join(sorted({normalise_phrase(v.text) for v in variants}))
        out.append(Found(discrepancy_id(kind, head[0] if head else "quoted", ""), kind, summary, variants, severity))
    return out


def _equivalent_terms(texts: list[str]) -> bool:
    """'no-limits' and 'no limits' are one term; so are modifiers that all keep one content word
    ('had no multi-factor' / 'lacked multi-factor'): no two of them say something different."""
    if len({normalise_phrase(t).replace(" ", "") for t in texts}) < 2:
        return True
    sets = [content_stems(t.replace("-", " ")) for t in texts]
    return all(x & y for i, x in enumerate(sets) for y in sets[i + 1:])


INSTITUTION_WORDS = {
    "university", "school", "institute", "college", "academy", "studies", "center", "centre", "foundation",
    "endowment", "ministry", "council", "bank", "agency", "committee", "commission", "organization",
    "organisation", "union", "court", "company", "corporation", "association", "department", "office",
}
_CAP = r"[A-Z][\w'\u2019.-]*"
_NAME = re.compile(rf"\b{_CAP}(?:\s+(?:of|and|for|de|the)\s+{_CAP}|\s+{_CAP}|\s+\d+\b)+")


def names_in(text: str) -> list[str]:
    """Multi-word capitalised names in a sentence ('Bridge of the North 2', 'University of Tarn')."""
    found = []
    for m in _NAME.finditer(text):
        words = m.group(0).strip().split()
        while words and (words[0].lower() in STOPWORDS or words[0] in ("Mr.", "Mrs.", "Ms.", "Dr.")):
            words = words[1:]
        name = " ".join(words).rstrip(".,")
        parts = name.split(" and ")
        a_list = len(parts) > 1 and all(len(p.split()) >= 2 and " of " not in f" {p} " for p in parts)
        if len(words) >= 2 and not a_list and not _CALENDAR.search(name):
            found.append(name)
    return found


_CALENDAR = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _initials_equal(a: str, b: str) -> bool:
    """'University of NSW' equals 'University of New South Wales'."""
    def expand(x: str, y: str) -> str:
        for token in re.findall(r"\b[A-Z]{2,5}\b", x):
            words = re.findall(r"[A-Z][a-z]+", y)
            for i in range(len(words) - len(token) + 1):
                run = words[i: i + len(token)]
                if "".join(w[0] for w in run) == token:
                    x = x.replace(token, " ".join(run))
                    break
        return normalise_phrase(x)
    return expand(a, b) == normalise_phrase(b) or expand(b, a) == normalise_phrase(a)


def _name_matched(name: str, other_text: str, other_names: list[str]) -> bool:
    if any(w.lower() in INSTITUTION_WORDS for w in name.split()):
        return any(normalise_phrase(name) == normalise_phrase(o) or _initials_equal(name, o) for o in other_names)
    return normalise_phrase(name) in normalise_phrase(other_text) or any(_initials_equal(name, o) for o in other_names)


def _translated_side_smaller(a: Claim, sa: frozenset, b: Claim, sb: frozenset, translated: set[str]) -> bool:
    return (a.source in translated and sa < sb) or (b.source in translated and sb < sa)


def _names(items: list[Item], translated: set[str]) -> list[Found]:
    """Names that differ between outlets stating the same claim: 'Bridge of the North 2' /
    'Northern Bridge 2'. A translation's rendering of a name is `wording`."""
    out: list[Found] = []
    for item in items:
        found = {c.index: names_in(c.text) for c in item.claims}
        for x, a in enumerate(item.claims):
            for b in item.claims[x + 1:]:
                if a.source == b.source:
                    continue
                loose_a = [n for n in found[a.index] if not _name_matched(n, b.text, found[b.index])]
                loose_b = [n for n in found[b.index] if not _name_matched(n, a.text, found[a.index])]
                for na in loose_a:
                    for nb in loose_b:
                        sa, sb = content_stems(na), content_stems(nb)
                        _, contain, shared = similarity(sa, sb)
                        if _fold(na) == _fold(nb) or {a.source, b.source} & translated and (sa < sb or sb < sa) and _translated_side_smaller(a, sa, b, sb, translated):
                            continue  # accents, or a translation that leaves a word of the name out
                        if shared >= 2 and contain >= 0.5 and re.findall(r"\d+", na) == re.findall(r"\d+", nb):
                            severity = "wording" if {a.source, b.source} & translated else "material"
                            variants = (Variant(a.source, na, a), Variant(b.source, nb, b))
                            out.append(Found(discrepancy_id("name", normalise_phrase(min(na, nb)), ""), "name", f"Names differ: {na} / {nb}", variants, severity))
    groups = Groups()  # one discrepancy per name: pairs that share an outlet's form are one
    for n, f in enumerate(out):
        groups.find(n)
        for v in f.variants:
            groups.union(n, ("form", v.source, normalise_phrase(v.text)))
    merged: list[Found] = []
    for component in groups.components():
        members = sorted(k for k in component if isinstance(k, int))
        if not members:
            continue
        variants: list[Variant] = []
        for k in members:
            variants.extend(v for v in out[k].variants if all((v.source, v.text) != (o.source, o.text) for o in variants))
        first = out[members[0]]
        severity = "material" if any(out[k].severity == "material" for k in members) else "wording"
        forms = " / ".join(dict.fromkeys(v.text for v in variants))
        merged.append(Found(first.id, "name", f"Names differ: {forms}", tuple(variants), severity))
    return merged
