"""Merge stage: many cleaned reports of one story in, one consolidated story out.

Steps, each a pure function of the previous one's output:
  split (sentences.py) -> align and order (align.py) -> people (people.py)
  -> detect discrepancies (discrepancies.py) -> apply editor decisions (decisions.py)
The result is plain data, serialised as digest.json (DESIGN.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.merge.align import Item, build_narrative, choose_lead
from digest.merge.decisions import apply_decisions
from digest.merge.discrepancies import detect
from digest.merge.people import find_people, title_conflicts
from digest.merge.sentences import Sentence, split_article
from digest.model import CleanStory


@dataclass(frozen=True)
class NarrativeSentence:
    text: str
    """The chosen source's own words, verbatim."""
    source: str
    """Whose words `text` is."""
    sources: tuple[str, ...]
    """Every source that reports it, in the story's source order."""
    wordings: dict[str, str]
    """Each supporting source's own wording."""
    line: int
    """Raw line of the chosen source's paragraph."""
    discrepancies: tuple[str, ...] = ()
    annotations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Discrepancy:
    id: str
    kind: str
    summary: str
    status: str
    note: str | None
    variants: tuple[tuple[str, str], ...]
    """(source id, the differing words as that source has them)."""
    manual: bool = False


@dataclass(frozen=True)
class MergedStory:
    slug: str
    title: str
    date: str
    sources: tuple[dict, ...]
    paragraphs: tuple[tuple[NarrativeSentence, ...], ...]
    discrepancies: tuple[Discrepancy, ...]
    single_source: tuple[dict, ...]
    people: tuple[dict, ...]
    lead: str | None
    stats: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "slug": self.slug,
            "title": self.title,
            "date": self.date,
            "lead": self.lead,
            "sources": list(self.sources),
            "paragraphs": [
                [
                    {
                        "text": s.text,
                        "source": s.source,
                        "sources": list(s.sources),
                        "discrepancies": list(s.discrepancies),
                        "wordings": s.wordings,
                        "line": s.line,
                        **({"annotations": list(s.annotations)} if s.annotations else {}),
                    }
                    for s in paragraph
                ]
                for paragraph in self.paragraphs
            ],
            "discrepancies": [
                {
                    "id": d.id,
                    "kind": d.kind,
                    "summary": d.summary,
                    "status": d.status,
                    "note": d.note,
                    "variants": [{"source": s, "text": t} for s, t in d.variants],
                    **({"manual": True} if d.manual else {}),
                }
                for d in self.discrepancies
            ],
            "single_source": list(self.single_source),
            "people": list(self.people),
            "stats": self.stats,
        }


def merge_story(clean: CleanStory) -> MergedStory:
    story = clean.story
    order = [s.id for s in story.sources]
    translated = {s.id for s in story.sources if s.translated_from}
    published = {s.id: s.published_date or story.date for s in story.sources}
    by_source = {a.source.id: split_article(a) for a in clean.articles}
    by_source = {sid: sents for sid, sents in by_source.items() if sents}
    sentences = [s for sid in order for s in by_source.get(sid, [])]
    lead = choose_lead(by_source, story.lead, translated) if by_source else None
    items = build_narrative(by_source, lead, translated) if lead else []
    people = find_people(sentences)
    found = detect(items, sentences, published, people, order)
    discrepancies, annotations = apply_decisions(story, found, items)
    attached = _attachments(items, found)
    paragraphs = _paragraphs(items, lead, translated, order, attached, annotations)
    return MergedStory(
        slug=story.slug,
        title=story.title,
        date=story.date.isoformat(),
        sources=tuple(
            {
                "id": s.id,
                "outlet": s.outlet,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "translated_from": s.translated_from,
                "byline": s.byline,
                "title": s.title,
            }
            for s in story.sources
        ),
        paragraphs=paragraphs,
        discrepancies=tuple(discrepancies),
        single_source=tuple(
            {"source": item.sentences[0].source, "text": " ".join(s.text for s in item.sentences)}
            for item in items
            if len(item.sources) == 1
        ),
        people=_people_json(people, order),
        lead=lead,
        stats={
            "sentences": {sid: len(by_source.get(sid, [])) for sid in order},
            "items": len(items),
            "aligned": sum(1 for item in items if len(item.sources) > 1),
        },
    )


def _attachments(items: list[Item], found) -> dict[int, list[str]]:
    """Narrative item index -> ids of the discrepancies whose variants come from its sentences."""
    index = {id(s): i for i, item in enumerate(items) for s in item.sentences}
    attached: dict[int, list[str]] = {}
    for d in found:
        for v in d.variants:
            if v.sentence is not None and id(v.sentence) in index:
                ids = attached.setdefault(index[id(v.sentence)], [])
                if d.id not in ids:
                    ids.append(d.id)
    return attached


def _primary(item: Item, lead: str | None, translated: set[str], order: list[str]) -> Sentence:
    """The lead's words; else an original over a translation; else the first in source order."""
    def rank(s: Sentence) -> tuple[int, int, int]:
        return (s.source != lead, s.source in translated, order.index(s.source) if s.source in order else 99)
    return min(item.sentences, key=rank)


def _paragraphs(items, lead, translated, order, attached, annotations) -> tuple[tuple[NarrativeSentence, ...], ...]:
    paragraphs: list[list[NarrativeSentence]] = []
    last_key = None
    for i, item in enumerate(items):
        primary = _primary(item, lead, translated, order)
        sources = tuple(sid for sid in order if sid in item.sources)
        sentence = NarrativeSentence(
            text=primary.text,
            source=primary.source,
            sources=sources,
            wordings={sid: item.wording(sid) for sid in sources},
            line=primary.line,
            discrepancies=tuple(attached.get(i, [])),
            annotations=tuple(annotations.get(i, [])),
        )
        key = (primary.source, primary.paragraph)
        if key != last_key or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
        last_key = key
    return tuple(tuple(p) for p in paragraphs)


def _people_json(people, order: list[str]) -> tuple[dict, ...]:
    conflicted = {p.name for p, _ in title_conflicts(people, order)}
    out = []
    for person in sorted(people.values(), key=lambda p: p.name):
        mentions = [
            {"source": sid, "title": "; ".join(person.titles[sid]) or None}
            for sid in order
            if sid in person.titles
        ]
        if any(m["title"] for m in mentions) or len(mentions) > 1:
            out.append({"name": person.name, "conflict": person.name in conflicted, "mentions": mentions})
    return tuple(out)


__all__ = ["merge_story", "MergedStory", "NarrativeSentence", "Discrepancy"]
