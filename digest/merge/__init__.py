"""Merge stage: many cleaned reports of one story in, one consolidated story out.

Steps, each a pure function of the previous one's output:
  split (sentences.py) -> claims: facts, mood, prose (claims.py, facts/)
  -> vectors and nearest claims (embed.py, align.neighbours) -> narrative (align.py)
  -> people (people.py) -> compare facts by subject (compare/: figures, statements, names) -> editor decisions (decisions.py)
  -> narrative sentences, cut where a clause is one outlet's alone (pieces.py)
The result is plain data, serialised as digest.json (DESIGN.md).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from digest.merge.align import Item, build_narrative, choose_lead, neighbours
from digest.merge.claims import MAX_CLAIMS_PER_SOURCE, Claim, build_claims
from digest.merge.compare import detect
from digest.merge.decisions import apply_decisions
from digest.merge.embed import Embedded, centred
from digest.merge.facts import Context
from digest.merge.people import find_people, title_conflicts
from digest.merge.pieces import Tellers, narrative_pieces
from digest.merge.sentences import split_article
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
    continues: bool = False
    """A clause that continues the previous entry's sentence (pieces.py): cited apart because
    fewer outlets tell it."""


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
    severity: str = "material"
    """'material' (a fact differs) or 'wording' (the same fact put differently, as translations do)."""


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
                        **({"continues": True} if s.continues else {}),
                    }
                    for s in paragraph
                ]
                for paragraph in self.paragraphs
            ],
            "discrepancies": [
                {
                    "id": d.id,
                    "kind": d.kind,
                    "severity": d.severity,
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
    contexts = {s.id: Context(s.published_date or story.date, s.id in translated) for s in story.sources}
    sentences_of = {a.source.id: split_article(a) for a in clean.articles}
    sentences_of = {sid: sents for sid, sents in sentences_of.items() if sents}
    claims = build_claims(sentences_of, contexts)
    by_source: dict[str, list[Claim]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append(claim)
    embedded = Embedded([c.text for c in claims])
    vectors = centred(embedded.vectors)
    near = neighbours(claims, vectors)
    lead = choose_lead(by_source, story.lead, translated, near) if by_source else None
    items = build_narrative(by_source, lead, translated, near) if lead else []
    people = find_people([s for sid in order for s in sentences_of.get(sid, [])])
    titles_differ = title_conflicts(people, order, translated)  # read once: the discrepancies and the people box both list them
    found = detect(claims, items, near, people, order, translated, embedded, titles_differ)
    discrepancies, annotations = apply_decisions(story, found, items)
    attached = _attachments(items, found)
    paragraphs = _paragraphs(items, lead, translated, order, attached, annotations, Tellers(claims, embedded, vectors))
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
            {"source": s.sources[0], "text": s.text}
            for paragraph in paragraphs
            for s in paragraph
            if len(s.sources) == 1
        ),
        people=_people_json(people, order, titles_differ),
        lead=lead,
        stats={
            "sentences": {sid: len(sentences_of.get(sid, [])) for sid in order},
            "items": len(items),
            "aligned": sum(1 for item in items if len(item.sources) > 1),
            "capped": [sid for sid in order if len(sentences_of.get(sid, [])) > MAX_CLAIMS_PER_SOURCE],
        },
    )


def _attachments(items: list[Item], found) -> dict[int, list[str]]:
    """Narrative item index -> ids of the discrepancies whose variants come from its claims."""
    index = {c.index: i for i, item in enumerate(items) for c in item.claims}
    attached: dict[int, list[str]] = {}
    for d in found:
        for v in d.variants:
            if v.claim is not None and v.claim.index in index:
                ids = attached.setdefault(index[v.claim.index], [])
                if d.id not in ids:
                    ids.append(d.id)
    return attached


def _primary(item: Item, lead: str | None, translated: set[str], order: list[str]) -> Claim:
    """The lead's words; else an original over a translation; else the first in source order."""
    def rank(c: Claim) -> tuple[bool, bool, int]:
        return (c.source != lead, c.source in translated, order.index(c.source) if c.source in order else 99)
    return min(item.claims, key=rank)


def _paragraphs(items, lead, translated, order, attached, annotations, tellers: Tellers) -> tuple[tuple[NarrativeSentence, ...], ...]:
    paragraphs: list[list[NarrativeSentence]] = []
    last_key = None
    for i, item in enumerate(items):
        primary = _primary(item, lead, translated, order)
        present = set(item.sources)  # Item.sources walks the item's claims: read once, not once per outlet
        sources = tuple(sid for sid in order if sid in present)
        wordings = {sid: item.wording(sid) for sid in sources}
        told = Counter(c.source for c in item.claims)
        alternatives = sorted(
            (c for c in item.claims if c.source != primary.source and c.source not in translated and told[c.source] == 1),
            key=lambda c: order.index(c.source),
        )
        shown, pieces = narrative_pieces(tellers, primary, alternatives, sources)
        key = (primary.source, primary.sentence.paragraph)
        if key != last_key or not paragraphs:
            paragraphs.append([])
        # the piece that stands for the item holds every outlet's wording and the item's discrepancies
        carrier = next((piece for piece in pieces if len(piece.sources) > 1), pieces[0])
        for piece in pieces:
            shared = piece is carrier
            paragraphs[-1].append(NarrativeSentence(
                text=piece.text,
                source=shown.source,
                sources=piece.sources,
                wordings=wordings if shared else {shown.source: piece.text},
                line=shown.sentence.line,
                discrepancies=tuple(attached.get(i, [])) if shared else (),
                annotations=tuple(annotations.get(i, [])) if shared else (),
                continues=piece.continues,
            ))
        last_key = key
    return tuple(tuple(p) for p in paragraphs)


def _people_json(people, order: list[str], titles_differ: list) -> tuple[dict, ...]:
    conflicted = {p.name for p, _ in titles_differ}
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
