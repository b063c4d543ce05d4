"""Discrepancy detection: compare facts between sources and group the disagreements.

Facts are compared inside aligned narrative items and, because outlets build the same
claim in different sentences, also across the story when their surroundings show they
are about the same thing. Related facts form groups (connected components); a group
whose members disagree becomes one discrepancy listing every variant and its sources.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from itertools import combinations

from digest.merge.align import Item
from digest.merge.facts import (
    Fact,
    confirmations,
    dates,
    dates_conflict,
    marked_heads,
    modifier_of,
    names,
    quantities,
    quotations,
    same_quantity,
    terms,
)
from digest.merge.people import ROLE_NOUNS, Person, title_conflicts
from digest.merge.sentences import Sentence
from digest.merge.text import STOPWORDS, content_stems, normalise_phrase, similarity, stem, tokens

ROLES = frozenset(ROLE_NOUNS | {"leader"})

INSTITUTION_WORDS = {
    "university", "school", "institute", "college", "academy", "studies", "center", "centre", "foundation",
    "endowment", "ministry", "council", "bank", "agency", "committee", "commission", "organization",
    "organisation", "union", "court", "company", "corporation", "association", "department", "office",
}


@dataclass(frozen=True)
class Variant:
    source: str
    text: str
    sentence: Sentence | None = None


@dataclass(frozen=True)
class Found:
    """A detected discrepancy before editor decisions."""

    id: str
    kind: str
    summary: str
    variants: tuple[Variant, ...]


def discrepancy_id(kind: str, texts: list[str]) -> str:
    """Stable: the same kind and variant wordings give the same id, wherever they stand."""
    key = kind + "|" + "|".join(sorted({normalise_phrase(t) for t in texts}))
    return "d-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


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


def _capital_stems(text: str) -> set[str]:
    words = tokens(text)
    return {stem(w) for w in words[1:] if w[:1].isupper()}


def _fact_groups(facts: list[Fact], item_of: dict[int, int], related, differ, comparable=lambda a, b: True) -> list[list[Fact]]:
    """Components of related facts from different sources that hold at least one disagreement."""
    groups = Groups()
    conflict = False
    conflicting: set[int] = set()
    for i, j in combinations(range(len(facts)), 2):
        a, b = facts[i], facts[j]
        if a.source == b.source or not comparable(a, b):
            continue
        same_item = item_of.get(id(a.sentence)) == item_of.get(id(b.sentence))
        if same_item or related(a, b):
            groups.union(i, j)
            if differ(a, b):
                conflict = True
                conflicting.update((i, j))
    if not conflict:
        return []
    result = []
    for component in groups.components():
        if any(i in conflicting for i in component):
            result.append([facts[i] for i in sorted(component)])
    return result


def _variants(facts: list[Fact]) -> tuple[Variant, ...]:
    seen: set[tuple[str, str]] = set()
    out = []
    for f in facts:
        key = (f.source, normalise_phrase(f.text))
        if key not in seen:
            seen.add(key)
            out.append(Variant(f.source, f.text, f.sentence))
    return tuple(out)


def _found(kind: str, summary: str, variants: tuple[Variant, ...]) -> Found:
    return Found(discrepancy_id(kind, [v.text for v in variants]), kind, summary, variants)


def _distinct(variants: tuple[Variant, ...]) -> list[str]:
    out: list[str] = []
    for v in variants:
        if normalise_phrase(v.text) not in [normalise_phrase(o) for o in out]:
            out.append(v.text)
    return out


def detect(items: list[Item], sentences: list[Sentence], published: dict[str, dt.date], people: dict[str, Person], sources: list[str]) -> list[Found]:
    item_of = {id(s): i for i, item in enumerate(items) for s in item.sentences}
    found: list[Found] = []
    common = common_stems(sentences)

    def about_same(minimum: int):
        """Two facts are about the same thing when their surroundings share words, one of them
        a word that is not everywhere in the story ('trade', not 'Russia' or 'year')."""
        def related(a: Fact, b: Fact) -> bool:
            shared = a.context & b.context
            return len(shared) >= minimum and bool(shared - common)
        return related

    numbers = [f for s in sentences for f in quantities(s)]
    for group in _fact_groups(
        numbers,
        item_of,
        about_same(2),
        lambda a, b: not same_quantity(a, b),
        lambda a, b: a.value[0] == b.value[0],
    ):
        variants = _variants(group)
        found.append(_found("number", "Figures differ: " + " / ".join(_distinct(variants)), variants))

    date_facts = [f for s in sentences for f in dates(s, published[s.source])]
    for group in _fact_groups(
        date_facts,
        item_of,
        about_same(3),
        lambda a, b: dates_conflict(a.value, b.value),
        lambda a, b: a.value.month == b.value.month,
    ):
        variants = _variants(group)
        found.append(_found("date", "Dates differ: " + " / ".join(_distinct(variants)), variants))

    confirmation_facts = [f for s in sentences for f in confirmations(s)]
    for group in _fact_groups(
        confirmation_facts,
        item_of,
        lambda a, b: bool(_capital_stems(a.sentence.text) & _capital_stems(b.sentence.text)),
        lambda a, b: a.value != b.value,
    ):
        variants = _variants(group)
        found.append(_found("confirmation", "Confirmed by some sources, not confirmed by others", variants))

    found.extend(_terms(items, sentences))
    found.extend(_names(items))
    found.extend(_quotes(items))
    for person, titles in title_conflicts(people, sources):
        variants = tuple(Variant(s, t) for s, t in titles.items())
        found.append(_found("title", f"Title of {person.name} differs", variants))
    return _unique_ids(found)


def common_stems(sentences: list[Sentence]) -> set[str]:
    """Words found in many sentences of the story: they say little about what a fact concerns."""
    counts: dict[str, int] = {}
    for s in sentences:
        for w in content_stems(s.text):
            counts[w] = counts.get(w, 0) + 1
    limit = max(3, len(sentences) // 12)
    return {w for w, n in counts.items() if n > limit}


def _unique_ids(found: list[Found]) -> list[Found]:
    seen: dict[str, int] = {}
    out = []
    for f in found:
        if f.id in seen:
            seen[f.id] += 1
            f = Found(f"{f.id}-{seen[f.id]}", f.kind, f.summary, f.variants)
        else:
            seen[f.id] = 1
        out.append(f)
    return out


def _terms(items: list[Item], sentences: list[Sentence]) -> list[Found]:
    """Quoted terms and marked modifiers ('no-limits', 'without limits') of the same noun."""
    groups = Groups()
    occurrences: dict[str, list[Variant]] = {}
    differing: set[str] = set()

    def node(text: str, source: str, sentence: Sentence) -> str:
        key = normalise_phrase(text)
        occurrences.setdefault(key, [])
        if all((v.source, normalise_phrase(v.text)) != (source, key) for v in occurrences[key]):
            occurrences[key].append(Variant(source, text, sentence))
        groups.find(key)
        return key

    for s in sentences:  # every quoted term is a node, so identical ones join across the story
        for f in terms(s):
            node(f.text, s.source, s)
    for item in items:
        sole = {}
        for s in item.sentences:  # the same claim puts a different word in quotes
            quoted = terms(s)
            if len(quoted) == 1:
                sole.setdefault(s.source, (quoted[0], s))
        for (fa, sa), (fb, sb) in combinations(sole.values(), 2):
            ka, kb = node(fa.text, sa.source, sa), node(fb.text, sb.source, sb)
            groups.union(ka, kb)
            if ka != kb:
                differing.update((ka, kb))
        heads: dict[str, list[tuple[str, str, Sentence]]] = {}
        for s in item.sentences:
            for word in marked_heads(s.text) - STOPWORDS:
                mod = modifier_of(s.text, word, ROLES)
                if mod:
                    heads.setdefault(word, []).append((s.source, mod, s))
        for head, mods in heads.items():
            if len({m[0] for m in mods}) < 2:
                continue
            keys = [node(text, source, s) for source, text, s in mods]
            for (a, ka), (b, kb) in combinations(zip(mods, keys), 2):
                if a[0] != b[0]:
                    groups.union(ka, kb)
                    if ka != kb:
                        differing.update((ka, kb))
    out = []
    for component in groups.components():
        if len(component) < 2 or not any(k in differing for k in component):
            continue
        variants = tuple(v for k in sorted(component) for v in occurrences[k])
        kind = "title" if any(re.search(r"\b(president|minister|leader|chairman|secretary)\b", v.text, re.I) for v in variants) else "term"
        out.append(_found(kind, "Sources use different terms: " + " / ".join(_distinct(variants)), variants))
    return out


def _initials_equal(a: str, b: str) -> bool:
    """'University of NSW' equals 'University of New South Wales'."""
    def expand(x: str, y: str) -> str:
        for token in re.findall(r"\b[A-Z]{2,5}\b", x):
            words = re.findall(r"[A-Z][a-z]+", y)
            for i in range(len(words) - len(token) + 1):
                run = words[i : i + len(token)]
                if "".join(w[0] for w in run) == token:
                    x = x.replace(token, " ".join(run))
                    break
        return normalise_phrase(x)
    return expand(a, b) == normalise_phrase(b) or expand(b, a) == normalise_phrase(a)


def _name_matched(name: str, other_text: str, other_names: list[str]) -> bool:
    institution = any(w.lower() in INSTITUTION_WORDS for w in name.split())
    if institution:
        return any(normalise_phrase(name) == normalise_phrase(o) or _initials_equal(name, o) for o in other_names)
    return normalise_phrase(name) in normalise_phrase(other_text) or any(_initials_equal(name, o) for o in other_names)


def _names(items: list[Item]) -> list[Found]:
    """Names that differ between aligned reports: 'Power of Siberia 2' / 'Siberian Power 2'."""
    groups = Groups()
    occurrences: dict[str, list[Variant]] = {}
    for item in items:
        found = {id(s): names(s) for s in item.sentences}
        for a, b in combinations(item.sentences, 2):
            if a.source == b.source:
                continue
            loose_a = [n for n in found[id(a)] if not _name_matched(n, b.text, found[id(b)])]
            loose_b = [n for n in found[id(b)] if not _name_matched(n, a.text, found[id(a)])]
            for na in loose_a:
                for nb in loose_b:
                    sa, sb = content_stems(na), content_stems(nb)
                    _, contain, shared = similarity(sa, sb)
                    digits_a, digits_b = re.findall(r"\d+", na), re.findall(r"\d+", nb)
                    if shared >= 2 and contain >= 0.5 and digits_a == digits_b:
                        ka, kb = normalise_phrase(na), normalise_phrase(nb)
                        for key, text, s in ((ka, na, a), (kb, nb, b)):
                            bucket = occurrences.setdefault(key, [])
                            if all(v.source != s.source for v in bucket):
                                bucket.append(Variant(s.source, text, s))
                        groups.union(ka, kb)
    out = []
    for component in groups.components():
        if len(component) >= 2:
            variants = tuple(v for k in sorted(component) for v in occurrences[k])
            out.append(_found("name", "Names differ: " + " / ".join(_distinct(variants)), variants))
    return out


def _quotes(items: list[Item]) -> list[Found]:
    """The same quotation given in different words by different sources."""
    out = []
    for item in items:
        quotes = [f for s in item.sentences for f in quotations(s)]
        if len({q.source for q in quotes}) < 2:
            continue
        differ = any(a.source != b.source and similarity(a.value, b.value)[0] < 0.5 for a, b in combinations(quotes, 2))  # type: ignore[arg-type]
        if differ:
            variants = _variants(quotes)
            out.append(_found("quote", "A quotation is given in different words", variants))
    return out
