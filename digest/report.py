"""`digest check`'s readable report: what an editor needs to review before publishing."""

from __future__ import annotations

import textwrap

from digest.merge.claims import MAX_CLAIMS_PER_SOURCE
from digest.render import StoryPage


def text_report(pages: list[StoryPage]) -> str:
    if not pages:
        return "No stories."
    return "\n\n".join(_story_report(page) for page in pages)


def severity(discrepancy: dict) -> str:
    """'material' or 'wording'; a discrepancy that does not say is treated as material."""
    return discrepancy.get("severity") or "material"


def open_material(pages: list[StoryPage]) -> list[str]:
    """Ids of the open material discrepancies: what `digest check --strict` refuses to pass."""
    return [d["id"] for page in pages for d in page.merged.get("discrepancies", []) if d["status"] == "open" and severity(d) == "material"]


def _story_report(page: StoryPage) -> str:
    merged = page.merged
    story = page.story
    lines = [f"== {story.slug}: {story.title} ({story.date.isoformat()})"]
    stats = merged.get("stats", {})
    lines.append("Sources:")
    for source in story.sources:
        extra = ""
        if source.translated_from:
            extra = ", translated" + (f" from {source.translated_from}" if source.translated_from != "und" else " (language not stated)")
        counts = stats.get("sentences", {}).get(source.id)
        count = f", {counts} sentences" if counts is not None else ""
        lines.append(f"  [{source.id}] {source.outlet}{extra}{count}")
    for source_id in stats.get("capped", []):
        lines.append(f"  note: only the first {MAX_CLAIMS_PER_SOURCE} sentences of [{source_id}] are merged (an article that long is"
                     " shown whole on its source page, but comparing more would make the merge cost grow without bound)")
    sentences = sum(len(p) for p in merged.get("paragraphs", []))
    aligned = sum(1 for p in merged.get("paragraphs", []) for s in p if len(s.get("sources", [])) > 1)
    lines.append(f"Narrative: {sentences} sentences in {len(merged.get('paragraphs', []))} paragraphs; {aligned} reported by more than one source")
    open_ = [d for d in merged.get("discrepancies", []) if d["status"] == "open"]
    settled = len(merged.get("discrepancies", [])) - len(open_)
    material = sum(1 for d in open_ if severity(d) == "material")
    lines.append(f"Discrepancies: {len(open_)} open ({material} material), {settled} resolved or dismissed")
    for d in open_:
        lines.append(f"  {d['id']} [{d['kind']}{', wording' if severity(d) == 'wording' else ''}] {d['summary']}")
        for v in d["variants"]:
            lines.append("      " + textwrap.shorten(f"{v['source']}: {v['text']}", 104, placeholder=" …"))
    single = merged.get("single_source", [])
    lines.append(f"Single-source claims: {len(single)}")
    for claim in single:
        lines.append("  " + textwrap.shorten(f"{claim['source']}: {claim['text']}", 108, placeholder=" …"))
    return "\n".join(lines)
