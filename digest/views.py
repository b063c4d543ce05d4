"""What the templates show, computed in Python from the merge result (plain data).

Templates stay simple: footnote numbers, coverage shares, the publication timeline and
each source sentence's role in the narrative are worked out here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from digest.merge.sentences import split_text
from digest.model import CleanArticle, SourceSpec


@dataclass(frozen=True)
class Coverage:
    source: SourceSpec
    number: int
    reported: int
    """Narrative sentences this source reports."""
    share: int
    """Percentage of the narrative's sentences."""
    cells: tuple[bool, ...]
    """One per narrative sentence, in order: does this source report it?"""


def coverage(sources: tuple[SourceSpec, ...], merged: dict) -> list[Coverage]:
    sentences = [s for paragraph in merged.get("paragraphs", []) for s in paragraph]
    total = len(sentences) or 1
    out = []
    for number, source in enumerate(sources, 1):
        cells = tuple(source.id in s["sources"] for s in sentences)
        reported = sum(cells)
        out.append(Coverage(source, number, reported, round(100 * reported / total), cells))
    return out


def timeline(sources: tuple[SourceSpec, ...]) -> list[tuple[str, SourceSpec]]:
    """Sources by publication time, earliest first; undated sources last."""
    def key(source: SourceSpec) -> tuple[int, str]:
        when = source.published
        if when is None:
            return (1, "")
        if isinstance(when, dt.datetime):
            return (0, when.astimezone(dt.timezone.utc).isoformat() if when.tzinfo else when.isoformat())
        return (0, when.isoformat())
    dated = sorted(sources, key=key)
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


def source_sentences(article: CleanArticle, merged: dict) -> list[MarkedBlock]:
    """The cleaned text of one source, each sentence marked with its part in the narrative."""
    sid = article.source.id
    standing: set[str] = set()
    variant: set[str] = set()
    disputed_words: list[str] = []
    for paragraph in merged.get("paragraphs", []):
        for s in paragraph:
            wording = s.get("wordings", {}).get(sid)
            if s.get("source") == sid:
                standing.add(s["text"])
            elif wording:
                variant.add(wording)
    for d in merged.get("discrepancies", []):
        if d.get("status") != "dismissed":
            disputed_words += [v["text"] for v in d["variants"] if v["source"] == sid]
    blocks = []
    for block in article.blocks:
        if block.kind == "heading":
            blocks.append(MarkedBlock("heading", block.line, (MarkedSentence(block.text, "unused", False),)))
            continue
        marked = []
        for start, end in split_text(block.text):
            text = block.text[start:end]
            status = "narrative" if text in standing else "variant" if any(text in v for v in variant) else "unused"
            marked.append(MarkedSentence(text, status, any(w and w in text for w in disputed_words)))
        blocks.append(MarkedBlock("paragraph", block.line, tuple(marked)))
    return blocks
