"""Alignment and narrative: group the sentences of different sources that report the same
thing, and order them into one story that follows the lead source.

The narrative starts as the lead's sentences. Every other source is then laid over it,
most-overlapping first: each of its sentences joins the narrative item it matches best,
or, reporting something new, is inserted after the item its previous sentence joined.
So a claim appears once, in the order the lead tells the story, and every source's own
wording stays attached to the item it supports.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.merge.sentences import Sentence
from digest.merge.text import content_stems, similarity

DICE_MIN = 0.45
"""Two sentences report the same thing at this share of shared content words ..."""
CONTAIN_MIN = 0.7
CONTAIN_SHARED_MIN = 4
"""... or when most of the shorter one's content words (at least four) are in the longer one."""


@dataclass(eq=False)
class Item:
    """One claim of the narrative: the sentences of every source that reports it."""

    sentences: list[Sentence] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        seen: list[str] = []
        for s in self.sentences:
            if s.source not in seen:
                seen.append(s.source)
        return seen

    def wording(self, source: str) -> str:
        return " ".join(s.text for s in self.sentences if s.source == source)


def match_score(sentence: Sentence, item: Item) -> float:
    """How well a sentence matches a narrative item: its best match against any wording there."""
    best = 0.0
    mine = content_stems(sentence.text)
    for other in item.sentences:
        dice, contain, shared = similarity(mine, content_stems(other.text))
        if dice >= DICE_MIN or (contain >= CONTAIN_MIN and shared >= CONTAIN_SHARED_MIN):
            best = max(best, dice + contain)
    return best


def stem_index(items: list[Item]) -> dict[str, set[int]]:
    """Content stem -> the items whose wordings hold it: only those can match a sentence."""
    index: dict[str, set[int]] = {}
    for i, item in enumerate(items):
        for s in item.sentences:
            for w in content_stems(s.text):
                index.setdefault(w, set()).add(i)
    return index


def shortlist(sentence: Sentence, index: dict[str, set[int]]) -> set[int]:
    found: set[int] = set()
    for w in content_stems(sentence.text):
        found |= index.get(w, set())
    return found


def overlap(a: list[Sentence], b: list[Sentence]) -> int:
    """How many sentences of a have a match in b: used to choose the lead and the order."""
    items = [Item([s]) for s in b]
    index = stem_index(items)
    return sum(1 for s in a if any(match_score(s, items[i]) for i in shortlist(s, index)))


def choose_lead(by_source: dict[str, list[Sentence]], lead: str | None, translated: set[str]) -> str:
    if lead in by_source:
        return lead  # type: ignore[return-value]
    def shared(sid: str) -> tuple[int, int]:
        return (sum(overlap(by_source[sid], by_source[o]) for o in by_source if o != sid), sid not in translated)
    return max(by_source, key=shared)


def build_narrative(by_source: dict[str, list[Sentence]], lead: str, translated: set[str]) -> list[Item]:
    """Lay every source over the lead, most overlapping originals first, translations last."""
    items = [Item([s]) for s in by_source[lead]]
    others = [sid for sid in by_source if sid != lead]
    others.sort(key=lambda sid: (sid in translated, -overlap(by_source[sid], by_source[lead])))
    for sid in others:
        items = lay_over(items, by_source[sid])
    return items


def lay_over(items: list[Item], sentences: list[Sentence]) -> list[Item]:
    """Attach each sentence to its best item, or insert it after its predecessor's item."""
    placements: list[int | None] = []
    index = stem_index(items)
    for sentence in sentences:
        scores = {i: match_score(sentence, items[i]) for i in shortlist(sentence, index)}
        best = max(sorted(scores), key=lambda i: scores[i], default=None)
        placements.append(best if best is not None and scores[best] > 0 else None)
    result = list(items)
    for sentence, placed in zip(sentences, placements):
        if placed is not None:
            items[placed].sentences.append(sentence)
            for extra in also_reports(sentence, items, index, placed):
                items[extra].sentences.append(sentence)
    # Insert the unplaced ones, each after the item its nearest placed predecessor joined.
    previous: Item | None = None
    pending_front: list[Item] = []
    for sentence, placed in zip(sentences, placements):
        if placed is not None:
            previous = items[placed]
            continue
        new = Item([sentence])
        if previous is None:
            pending_front.append(new)  # before anything this source shares: goes in front of it
        else:
            result.insert(_position(result, previous) + 1, new)
            previous = new
    if pending_front:
        first_placed = next((items[p] for p in placements if p is not None), None)
        at = _position(result, first_placed) if first_placed is not None else len(result)
        result[at:at] = pending_front
    return result


SECONDARY_CONTAIN = 0.6
SECONDARY_SHARED = 5


def also_reports(sentence: Sentence, items: list[Item], index: dict[str, set[int]], placed: int) -> list[int]:
    """Other items a long sentence also covers: most of their own content words are in it.

    'The leaders, both 69, deepened ties, with trade up by a third' reports both 'The
    leaders are deepening ties.' and 'Trade rose by a third.'"""
    mine = content_stems(sentence.text)
    out = []
    for i in sorted(shortlist(sentence, index) - {placed}):
        if any(s.source == sentence.source for s in items[i].sentences):
            continue
        theirs = content_stems(items[i].sentences[0].text)
        shared = len(mine & theirs)
        if len(mine) > len(theirs) and shared >= SECONDARY_SHARED and shared / len(theirs) >= SECONDARY_CONTAIN:
            out.append(i)
    return out


def _position(items: list[Item], item: Item) -> int:
    return next(i for i, candidate in enumerate(items) if candidate is item)
