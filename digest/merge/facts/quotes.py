"""Quotations and who said them.

A quotation is a run of at least five words in quotation marks. Its speaker is the person named
next to a verb of saying in the same sentence ('…,” Moravec said', 'said Jane Doe', 'Jane Doe
said: “…”'). The same quotation given to different speakers is a material `quote` discrepancy;
the same remark in other words, as translations render it, is `wording`."""

from __future__ import annotations

import re

from digest.merge.facts import Context, Fact
from digest.merge.text import content_stems

_OPEN, _CLOSE = "\u201c\"\u00ab\u2018", "\u201d\"\u00bb\u2019"
QUOTATION = re.compile(r"[\u201c\"\u00ab\u2018]\s?([^\u201c\u201d\"\u00ab\u00bb]{20,}?)\s?(?:[\u201d\"\u00bb]|\u2019(?!\w))|^[\u201c\"\u00ab]\s?([^\u201c\u201d\"\u00ab\u00bb]{20,})$")
_SAY = r"(?:said|says|say|told|added|declared|insisted|stated|explained|warned|argued|noted|wrote|admitted|according\s+to|has\s+declared|had\s+declared|spoke)"
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'\u2019\u00c0-\u024f-]+(?:\s+[A-Z][\w'\u2019\u00c0-\u024f-]+){0,2}"
SPEAKER_AFTER = re.compile(rf"^[\s,.\u201d\"\u00bb]*(?:{_SAY})\s+(?:the\s+)?(?:[a-z]+\s+){{0,4}}?(?P<name>{_NAME})|^[\s,.\u201d\"\u00bb]*(?P<name2>{_NAME})(?:,[^,]{{0,80}},)?\s+(?:{_SAY})\b")
SPEAKER_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:,[^,]{{0,80}},)?\s+(?:{_SAY})\s*(?:that|:)?\s*$")


def speaker(text: str, start: int, end: int) -> str:
    after = SPEAKER_AFTER.match(text[end:end + 160])
    if after:
        return (after.group("name") or after.group("name2") or "").strip()
    before = SPEAKER_BEFORE.search(text[max(0, start - 160):start])
    return before.group("name").strip() if before else ""


def extract(text: str, context: Context) -> list[Fact]:
    facts = []
    for m in QUOTATION.finditer(text):
        quote = (m.group(1) or m.group(2) or "").strip()
        if len(quote.split()) < 5:
            continue
        who = speaker(text, m.start(), m.end())
        facts.append(Fact("quote", "quote", (content_stems(quote), _surname(who)), quote, m.start(), m.end()))
    return facts


def _surname(name: str) -> str:
    parts = [p for p in re.sub(r"^(Mr|Mrs|Ms|Dr|Prof)\.?\s+", "", name).split() if p[:1].isupper()]
    return parts[-1].lower().strip("'\u2019s") if parts else ""


def same_words(a: Fact, b: Fact) -> float:
    sa, sb = a.value[0], b.value[0]  # type: ignore[index]
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def same(a: Fact, b: Fact) -> bool:
    """Same speaker (when both name one)."""
    wa, wb = a.value[1], b.value[1]  # type: ignore[index]
    return not wa or not wb or wa == wb


def severity(a: Fact, b: Fact) -> str:
    return "material"
