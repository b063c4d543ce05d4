"""Editor decisions from story.yaml: resolve or dismiss detected discrepancies by id, add
manual ones, pin annotations.

An annotation that matches no text is an error naming its line. A decision whose id
matches no current discrepancy (the story changed since the editor decided) is only a
warning, naming the nearest current discrepancy, so the editor can still read the full
report and copy the right id from it."""

from __future__ import annotations

import difflib

from digest.errors import DigestError, Problem
from digest.merge.align import Item
from digest.model import Story


def apply_decisions(story: Story, found, items: list[Item]):
    """Return the final discrepancies and the annotations by narrative item index."""
    from digest.merge import Discrepancy
    from digest.merge.compare import discrepancy_id

    problems: list[Problem] = []
    file = f"content/{story.folder.name}/story.yaml"
    decided = {d.id: d for d in story.decisions if d.id}
    result = []
    for f in found:
        decision = decided.get(f.id)
        result.append(
            Discrepancy(
                id=f.id,
                kind=f.kind,
                summary=f.summary,
                status=decision.status if decision and decision.status else "open",
                note=decision.note if decision else None,
                variants=tuple((v.source, v.text) for v in f.variants),
                severity=f.severity,
            )
        )
    for decision in story.decisions:
        if decision.id is None and decision.kind:
            result.append(
                Discrepancy(
                    id=discrepancy_id(decision.kind, "manual", decision.summary or ""),
                    kind=decision.kind,
                    summary=decision.summary or "Sources disagree",
                    status=decision.status or "open",
                    note=decision.note,
                    variants=tuple((v.source, v.text) for v in decision.variants),
                    manual=True,
                )
            )
    annotations: dict[int, list[str]] = {}
    for index, annotation in enumerate(story.annotations):
        target = next((i for i, item in enumerate(items) if any(annotation.match in s.text for s in item.sentences)), None)
        if target is None:
            problems.append(Problem(file, annotation.line, f"annotations[{index}].match", f"{annotation.match!r} occurs nowhere in the story's sources"))
        else:
            annotations.setdefault(target, []).append(annotation.note)
    if problems:  # with the stale decisions, so the editor sees both at once
        current = [{"id": f.id, "kind": f.kind, "summary": f.summary, "status": decided[f.id].status if f.id in decided else "open",
                    "variants": [{"source": v.source, "text": v.text} for v in f.variants]} for f in found]
        raise DigestError(problems, stale_decisions(story, current))
    return result, annotations


def story_file_label(story: Story) -> str:
    return f"content/{story.folder.name}/story.yaml"


def stale_decisions(story: Story, discrepancies: list[dict]) -> list[Problem]:
    """Warnings for decisions whose id matches no current discrepancy, each naming the nearest one.

    `discrepancies` are the story's merged discrepancies as digest.json has them.
    """
    current = [d for d in discrepancies if not d.get("manual")]
    ids = {d["id"] for d in current}
    decided = {d.id for d in story.decisions if d.id in ids}
    warnings = []
    for index, decision in enumerate(story.decisions):
        if not decision.id or decision.id in ids:
            continue
        message = f"{decision.id!r} matches no current discrepancy; this decision is ignored"
        nearest = nearest_discrepancy(decision, [d for d in current if d["id"] not in decided] or current)
        if nearest:
            message += f"; did you mean {nearest['id']} ({nearest['kind']}: {nearest['summary']})?"
        else:
            message += " (the story has no detected discrepancies now)"
        warnings.append(Problem(story_file_label(story), decision.line, f"discrepancies[{index}].id", message, "warning"))
    return warnings


def nearest_discrepancy(decision, candidates: list[dict]) -> dict | None:
    """The candidate most like the decision: same kind first, then the note's words against the
    discrepancy's summary and variants, then the first still open."""
    if not candidates:
        return None
    note = (decision.note or "").lower()

    def score(item: tuple[int, dict]) -> tuple:
        position, d = item
        described = " ".join([d.get("summary", "")] + [v.get("text", "") for v in d.get("variants", [])]).lower()
        likeness = difflib.SequenceMatcher(None, note, described).ratio() if note else 0.0
        return (decision.kind is not None and d.get("kind") == decision.kind, likeness, d.get("status") == "open", -position)

    return max(enumerate(candidates), key=score)[1]
