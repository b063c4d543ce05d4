"""What comparison produces: conflicts between facts, grouped into discrepancies with stable ids."""

from __future__ import annotations

import hashlib

from dataclasses import dataclass, field

from digest.merge.claims import Claim
from digest.merge.facts import Fact


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




def discrepancy_id(kind: str, subject: str, anchor: str) -> str:
    """Derived from what the discrepancy is about, not from the differing words: editing a
    figure keeps the id, so an editor's resolution keeps pointing at it."""
    key = f"{kind}|{subject}|{anchor}"
    return "d-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def anchor_of(claims: list[Claim], order: list[str]) -> str:
    """The earliest claim's content words without figures: stable under an edit of the figure."""
    first = min(claims, key=lambda c: (order.index(c.source) if c.source in order else 99, c.sentence.index))
    return " ".join(sorted(w for w in first.stems if not w[0].isdigit()))
