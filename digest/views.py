"""What the templates show, computed in Python from the merge result (plain data).

Templates stay simple: footnote numbers, callouts grouped by value, where each callout
sits and which sentences it concerns, coverage runs, the publication timeline and each
source sentence's role in the narrative are worked out here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from digest.model import CleanArticle, SourceSpec


@dataclass(frozen=True)
class Coverage:
    source: SourceSpec
    number: int
    reported: int
    """Narrative sentences this source reports."""
    total: int
    """Narrative sentences in all."""
    share: int
    """Percentage of the narrative's sentences."""
    runs: tuple[tuple[int, int], ...]
    """(first sentence, length) of each run of consecutive sentences this source reports:
    the bars of a chart that scales to any width instead of one cell per sentence."""


def coverage(sources: tuple[SourceSpec, ...], merged: dict) -> list[Coverage]:
    sentences = [s for paragraph in merged.get("paragraphs", []) for s in paragraph]
    total = len(sentences)
    out = []
    for number, source in enumerate(sources, 1):
        cells = [source.id in s["sources"] for s in sentences]
        reported = sum(cells)
        out.append(Coverage(source, number, reported, total, round(100 * reported / (total or 1)), _runs(cells)))
    return out


def _runs(cells: list[bool]) -> tuple[tuple[int, int], ...]:
    runs: list[tuple[int, int]] = []
    for i, on in enumerate(cells):
        if on and runs and sum(runs[-1]) == i:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        elif on:
            runs.append((i, 1))
    return tuple(runs)


def timeline(sources: tuple[SourceSpec, ...]) -> list[tuple[str, SourceSpec]]:
    """Sources by publication time, earliest first; undated sources last."""
    dated = sorted(sources, key=_when_key)
    return [(s.published.isoformat() if s.published else "", s) for s in dated]


@dataclass(frozen=True)
class MarkedSentence:
    text: str
    status: str
    """'narrative' (its words stand in the story), 'variant' (another source's wording stands), or 'unused'."""
    disputed: bool


@dataclass(frozen=True)
class MarkedBlock:
    kind: str
    line: int
    sentences: tuple[MarkedSentence, ...]


def source_sentences(article: CleanArticle, merged: dict, index: dict | None = None) -> list[MarkedBlock]:
    """The cleaned text of one source, each sentence marked with its part in the narrative.
    `index`: source_index(merged), made once for all of a story's sources (else made here)."""
    from digest.merge.sentences import split_text  # the merge's own splitter; imported when a story is rendered

    if index is None:
        index = source_index(merged)
    standing, variant, disputed_words = index.get(article.source.id) or _NOTHING
    variants = _SEPARATOR.join(variant)
    """Every other wording of this source's, in one text: a sentence inside one of them is inside it."""
    blocks = []
    for block in article.blocks:
        if block.kind == "heading":
            blocks.append(MarkedBlock("heading", block.line, (MarkedSentence(block.text, "unused", False),)))
            continue
        marked = []
        for start, end in split_text(block.text):
            text = block.text[start:end]
            if text in standing:
                status = "narrative"
            elif text in variant:  # one of the wordings itself: inside it, wherever it is looked for
                status = "variant"
            elif text and _SEPARATOR not in text:
                status = "variant" if text in variants else "unused"
            else:  # a sentence that could straddle two wordings in the joined text: each on its own
                status = "variant" if any(text in v for v in variant) else "unused"
            marked.append(MarkedSentence(text, status, bool(disputed_words) and any(map(text.__contains__, disputed_words))))
        blocks.append(MarkedBlock("paragraph", block.line, tuple(marked)))
    return blocks


def source_index(merged: dict) -> dict[str, tuple[set[str], set[str], list[str]]]:
    """For each source id, what its page marks: the narrative sentences in its own words, its
    other wordings the narrative gives in another source's words, and its words in discrepancies
    (not dismissed), in one pass over the merge for all of a story's sources."""
    index: dict[str, tuple[set[str], set[str], list[str]]] = {}

    def entry(sid: str) -> tuple[set[str], set[str], list[str]]:
        found = index.get(sid)
        if found is None:
            found = index[sid] = (set(), set(), [])
        return found

    for paragraph in merged.get("paragraphs", []):
        sentence = ""
        for s in paragraph:
            own = s.get("source")
            # a clause cited apart continues its sentence: the source's page marks the whole sentence
            sentence = f"{sentence} {s['text']}" if s.get("continues") else s["text"]
            if own is not None:
                entry(own)[0].add(sentence)
            for sid, wording in s.get("wordings", {}).items():
                if sid != own and wording:
                    entry(sid)[1].add(wording)
    for d in merged.get("discrepancies", []):
        if d.get("status") != "dismissed":
            for v in d["variants"]:
                if v["text"]:
                    entry(v["source"])[2].append(v["text"])
    return index


_NOTHING: tuple[set[str], set[str], list[str]] = (set(), set(), [])


_SEPARATOR = "\x00"


# -- The story page: sentences, footnotes and callouts ---------------------------------


@dataclass(frozen=True)
class Footnote:
    number: int
    source: SourceSpec
    wording: str
    """That outlet's own sentence for this claim."""


@dataclass(frozen=True)
class SentenceView:
    id: str
    """Anchor of the sentence on the page ('s3-2': paragraph 3, sentence 2)."""
    text: str
    footnotes: tuple[Footnote, ...]
    disputes: tuple[str, ...]
    """Ids of the material callouts about this sentence (a visible marker links to each)."""
    wording_notes: tuple[str, ...]
    """Ids of the wording callouts about this sentence (folded at the end of the story)."""
    annotations: tuple[str, ...]

    @property
    def single(self) -> bool:
        return len(self.footnotes) == 1


@dataclass(frozen=True)
class Reading:
    """One distinct value of a discrepancy and the outlets that give it."""

    text: str
    sources: tuple[SourceSpec, ...]
    """The outlets behind this value, in publication order (undated last)."""
    latest: bool = False
    """This value comes from the latest report, and the reports differ in time."""


@dataclass(frozen=True)
class Callout:
    id: str
    kind: str
    summary: str
    status: str
    note: str | None
    severity: str
    readings: tuple[Reading, ...]
    sentences: tuple[str, ...]
    """Anchors of the sentences it concerns, for the links back."""


@dataclass(frozen=True)
class ParagraphView:
    sentences: tuple[SentenceView, ...]
    callouts: tuple[Callout, ...]
    """Material callouts whose first sentence is in this paragraph: shown right after it."""


@dataclass(frozen=True)
class StoryView:
    paragraphs: tuple[ParagraphView, ...]
    unplaced: tuple[Callout, ...]
    """Material callouts that no narrative sentence carries."""
    wording: tuple[Callout, ...]
    """Every wording callout, folded into one section at the end."""
    open_count: int
    back: dict[str, str]
    """Source id -> anchor of the first sentence citing it: where the source list links back to."""
    openings: dict[str, str]
    """Sentence anchor -> its first words, to name it in a link back from a callout."""


def severity(discrepancy: dict) -> str:
    """'material' unless the merge says 'wording' (older merge data has no severity)."""
    return discrepancy.get("severity") or "material"


def story_view(sources: tuple[SourceSpec, ...], merged: dict) -> StoryView:
    by_id = {s.id: s for s in sources}
    number = {s.id: i for i, s in enumerate(sources, 1)}
    visible = {d["id"]: d for d in merged.get("discrepancies", []) if d.get("status") != "dismissed"}
    concerns: dict[str, list[str]] = {}
    back: dict[str, str] = {}
    material = {d for d, v in visible.items() if severity(v) == "material"}
    footnote = {x: (number[x], by_id[x]) for x in by_id}
    rows = []
    for p, paragraph in enumerate(merged.get("paragraphs", []), 1):
        row = []
        for i, s in enumerate(paragraph, 1):
            sid = f"s{p}-{i}"
            text = s["text"]
            ids = [d for d in s.get("discrepancies", ()) if d in visible]
            for d in ids:
                concerns.setdefault(d, []).append(sid)
            for source in s["sources"]:
                back.setdefault(source, sid)
            wordings = s.get("wordings") or {}
            row.append(SentenceView(
                sid,
                text,
                tuple([Footnote(*footnote[x], wordings.get(x) or text) for x in s["sources"] if x in footnote]),
                tuple([d for d in ids if d in material]) if ids else (),
                tuple([d for d in ids if d not in material]) if ids else (),
                tuple(s.get("annotations", ())),
            ))
        rows.append(row)
    callouts = {d: _callout(visible[d], by_id, tuple(concerns.get(d, ()))) for d in visible}
    placed: set[str] = set()
    paragraphs = []
    for row in rows:
        here = []
        for sentence in row:
            for d in sentence.disputes:
                if d not in placed:
                    placed.add(d)
                    here.append(callouts[d])
        paragraphs.append(ParagraphView(tuple(row), tuple(here)))
    return StoryView(
        paragraphs=tuple(paragraphs),
        unplaced=tuple(c for c in callouts.values() if c.severity == "material" and c.id not in placed),
        wording=tuple(c for c in callouts.values() if c.severity != "material"),
        open_count=sum(1 for d in merged.get("discrepancies", []) if d.get("status") == "open"),
        back=back,
        openings={s.id: opening(s.text) for row in rows for s in row},
    )


def opening(text: str, words: int = 6) -> str:
    """The first words of a sentence: 'The bridge opened to traffic on…'."""
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _callout(d: dict, by_id: dict[str, SourceSpec], sentences: tuple[str, ...]) -> Callout:
    return Callout(
        id=d["id"], kind=d.get("kind", "other"), summary=d.get("summary", ""), status=d.get("status", "open"),
        note=d.get("note"), severity=severity(d), readings=readings(d.get("variants", []), by_id), sentences=sentences,
    )


def readings(variants: list[dict], by_id: dict[str, SourceSpec]) -> tuple[Reading, ...]:
    """Each distinct value once (case and spacing aside), with the outlets behind it; the value
    of the latest report is marked when the reports were published at different times."""
    groups: dict[str, tuple[str, list[SourceSpec]]] = {}
    for v in variants:
        source = by_id.get(v["source"])
        if source is None:
            continue
        key = re.sub(r"\s+", " ", v["text"]).strip().casefold()
        text, outlets = groups.setdefault(key, (v["text"].strip(), []))
        if source not in outlets:
            outlets.append(source)
    ordered = [(text, tuple(sorted(outlets, key=_when_key))) for text, outlets in groups.values()]
    times = {_when_key(s) for _, outlets in ordered for s in outlets if s.published is not None}
    latest = max(times) if len(times) > 1 else None
    holders = [text for text, outlets in ordered if any(s.published is not None and _when_key(s) == latest for s in outlets)]
    return tuple(Reading(text, outlets, latest is not None and holders == [text]) for text, outlets in ordered)


def _when_key(source: SourceSpec) -> tuple[int, str]:
    """Publication order: comparable across dates and date-times, undated last."""
    when = source.published
    if when is None:
        return (1, "")
    if isinstance(when, dt.datetime):
        return (0, when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M") if when.tzinfo else when.strftime("%Y-%m-%dT%H:%M"))
    return (0, when.isoformat() + "T00:00")
