"""Pieces: a narrative sentence cut where one of its clauses is told by its own outlet alone.

Two outlets often tell one event in a sentence each, one of them adding a clause the other has
not ("Police lifted the request at 12.30pm, and trams were running again from 14.30" / "Police
lifted the request at 12:30"). Alignment rightly puts both sentences in one item, but citing
both outlets for the whole sentence credits the second with the trams, and the reader never
learns that only one outlet reports them. Such a sentence is cut at its clause boundaries: the
clauses the item's other outlets tell cite them all, and a clause no other outlet tells anywhere
in the story cites its own outlet alone. The pieces are the outlet's verbatim words in order, so
together they are its sentence.

When the sentence shown is the lead's and another outlet's wording of the same claim adds a
clause, that wording is shown instead (its extra clause would otherwise be lost to the reader):
one outlet's sentence, cut the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain

import numpy as np

from digest.merge.claims import Claim
from digest.merge.embed import Embedded, topic
from digest.merge.facts.status import IRREGULAR_PAST
from digest.merge.text import content_stems

_AUXILIARY = "is|was|were|are|has|had|have|will|would|could|can|did|does|remains|remained"
_VERB_AHEAD = rf"(?:(?:also|then|later|now|still)\s+)?(?:{_AUXILIARY}|[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PAST, key=len, reverse=True))})\b"
CLAUSE_BOUNDARY = re.compile(
    r"(?=\s)"  # every cut opens with white space, said up front: the engine passes over every other character at once
    r"(?:(?<=;)\s+"  # a second clause after a semicolon
    r"|\s+(?=[\u2014\u2013]\s)|(?<=\s[\u2014\u2013])\s+"  # a spaced dash, on either side
    r"|(?<=,)\s+(?=(?:and|but|while|whereas|although|though|which|where|whose|adding|saying|up from|down from)\s)"
    r"|(?<=,)\s+(?=(?:when|after|before|as|because|since|until|despite)\s)"  # a clause of time or cause
    rf"|\s+(?=and\s+{_VERB_AHEAD})"  # 'had owned the car for 36 years and raced it'
    r"|\s+(?=and\s+that\s)"  # a second thing said: 'said it was in contact and that staff had visited'
    r"|\s+(?=\())"
)
"""Where a sentence may be cut: before a clause that says something of its own. A comma before a
noun ('Ashdown, who...') is no boundary: an apposition is part of its name's claim."""

_GLOSS = re.compile(r"\s+\((?:[^()\s]+\s?){1,3}\)")
"""A bracket of three words or fewer right after a word glosses it ('today (Nov. 18)', '9 km (5.6
miles)', 'hydrogen chloride (HCl)'): it belongs to the word before, so no clause starts there."""
_RELATIVE = re.compile(r",\s+(?:which|whose|where|who)\s")
_PREDICATE_AHEAD = re.compile(rf"(?:said|says|{_VERB_AHEAD})", re.I)
"""What follows the comma that closes a relative clause ('The office, which must sign it off,
said ...'): the main verb. A comma before anything else is inside the clause ('for roads, water
and waste')."""
PIECE_STEMS_MIN = 2
"""Content words a piece needs to stand as a claim of its own ('a crowd of 48,000 —' does; 'he
said', 'and more' do not)."""
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")
"""A piece without a lower-case word is a dateline or a label ('BRENHOLT –'), not a clause."""
TOLD_OVERLAP = 0.34
"""Share of a piece's content words one sentence of another outlet must hold for that outlet to
tell the piece: about one word in three. A clause told in other words still shares its names and
figures; a clause not told shares at most a common word."""
TOLD_SIMILARITY = 0.45
"""Meaning similarity (centred sentence vectors) between a piece and another outlet's sentence at
which that outlet tells it in other words, as translations do."""
_QUOTES = "\"\u201c\u201d\u00ab\u00bb\u201e"


@dataclass(frozen=True)
class Piece:
    text: str
    sources: tuple[str, ...]
    """The outlets whose wordings tell this piece (all of the item's for a piece they share)."""
    continues: bool
    """Whether it continues the previous piece's sentence (the first piece of a sentence does not)."""


@lru_cache(maxsize=8192)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The sentence cut at its clause boundaries outside quotation marks, as character ranges; a
    piece too short to be a claim joins the one before it (an opening too short joins the one
    after). Cached: a wire's sentence that several outlets print is cut once."""
    quoted = any(q in text for q in _QUOTES)  # most sentences quote no one: no boundary is inside quotation marks
    cuts = [m.start() for m in CLAUSE_BOUNDARY.finditer(text) if not (quoted and _inside_quotes(text, m.start())) and not _GLOSS.match(text, m.start())]
    for m in _RELATIVE.finditer(text):  # a relative clause in mid-sentence ends at the comma before the main verb
        close = text.find(", ", m.end())
        if close != -1 and not (quoted and _inside_quotes(text, close)) and _PREDICATE_AHEAD.match(text, close + 2):
            cuts.append(close + 1)
    cuts = sorted(set(cuts))
    bounds = [0, *cuts, len(text)]
    pieces: list[list[int]] = []
    for start, end in zip(bounds, bounds[1:]):
        if pieces and (_too_short(text[start:end]) or _too_short(text[pieces[-1][0]:pieces[-1][1]])):
            pieces[-1][1] = end
        else:
            pieces.append([start, end])
    return tuple((start + len(text[start:end]) - len(text[start:end].lstrip()), end) for start, end in pieces)


def _too_short(piece: str) -> bool:
    return len(content_stems(piece)) < PIECE_STEMS_MIN or not _PROSE_WORD.search(piece)


def _inside_quotes(text: str, at: int) -> bool:
    return sum(text.count(q, 0, at) for q in _QUOTES) % 2 == 1


_DIGIT_GROUP = re.compile(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}\b)")
"""A thousands separator: '41,000' and a translation's '41 000' are one figure."""
_GROUPED_DIGITS = re.compile(r"\d[,\u00a0\u202f ]\d")
"""What _DIGIT_GROUP needs: found at once, where its lookbehind tries every character."""


def _stems(text: str) -> frozenset[str]:
    """Content stems with figures written alike, whatever their thousands separator."""
    return content_stems(_DIGIT_GROUP.sub("", text) if _GROUPED_DIGITS.search(text) else text)


class Tellers:
    """Every outlet's sentences in the story, to ask of a clause whether an outlet other than
    its own tells it: by shared words (one sentence holding enough of them) or by meaning."""

    def __init__(self, claims: list[Claim], embedded: Embedded, vectors: np.ndarray):
        self.claims = claims
        self.embedded = embedded
        self.vectors = vectors
        """The claims' vectors with the story's topic taken out (embed.centred), as alignment uses them."""

    @cached_property
    def by_stem(self) -> dict[str, dict[str, list[int]]]:
        """Outlet -> content stem -> the outlet's claims that use it. Built on the first clause
        asked about: most sentences have a single clause and ask nothing. Kept per outlet, so a
        clause's words are counted in the other outlets' claims alone (no claim of its own
        outlet to pass over one by one)."""
        index: dict[str, dict[str, list[int]]] = {}
        for c in self.claims:
            own = index.setdefault(c.source, {})
            for s in _stems(c.text):
                own.setdefault(s, []).append(c.index)
        return index

    @cached_property
    def topic(self) -> np.ndarray:
        """What every sentence of the story shares, taken out of a clause's vector as out of theirs."""
        return topic(self.embedded.vectors)[0]

    @cached_property
    def _others(self) -> dict[str, list[int]]:
        """Each outlet -> the claims of every other outlet."""
        return {source: [c.index for c in self.claims if c.source != source] for source in {c.source for c in self.claims}}

    def others_tell(self, claim: Claim, span: tuple[int, int]) -> bool:
        stems = _stems(claim.text[span[0]:span[1]])
        if not stems:
            return True
        others_by_stem = [index for source, index in self.by_stem.items() if source != claim.source]
        shared = Counter(chain.from_iterable(index.get(s, ()) for index in others_by_stem for s in stems))  # stems shared with each other outlet's claim, counted in C
        most = max(shared.values(), default=0)  # another outlet's sentence sharing the most
        if most and most / len(stems) >= TOLD_OVERLAP:
            return True
        others = self._others[claim.source]
        if not others:
            return False
        vector = self.embedded.span(claim.index, [span]) - self.topic
        vector = vector / max(float(np.linalg.norm(vector)), 1e-9)
        return float((self.vectors[others] @ vector).max()) >= TOLD_SIMILARITY

    def cut(self, claim: Claim, everyone: tuple[str, ...]) -> list[Piece] | None:
        """The sentence's pieces with their citations, or None when it has no clause of its own
        or no clause the others tell (then the alignment, not a clause, is in question)."""
        spans = clauses(claim.text)
        if len(spans) < 2:
            return None
        own = [not self.others_tell(claim, span) for span in spans]
        if not any(own) or all(own):
            return None
        return [
            Piece(claim.text[start:end], (claim.source,) if alone else everyone, i > 0)
            for i, ((start, end), alone) in enumerate(zip(spans, own))
        ]


def narrative_pieces(tellers: Tellers, shown: Claim, alternatives: list[Claim], everyone: tuple[str, ...]) -> tuple[Claim, list[Piece]]:
    """The sentence to show for an item and its pieces: the shown claim cut where a clause is its
    outlet's own; else the first of `alternatives` (other outlets' only sentence in the item)
    that adds a clause, cut likewise; else the shown sentence whole."""
    if len(everyone) > 1:
        for claim in [shown, *alternatives]:
            pieces = tellers.cut(claim, everyone)
            if pieces:
                return claim, pieces
    return shown, [Piece(shown.text, everyone, False)]
