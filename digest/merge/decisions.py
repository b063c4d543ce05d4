"""Editor decisions from story.yaml: resolve or dismiss detected discrepancies by id, add
manual ones, pin annotations. A decision that points at nothing is an error naming its line."""

from __future__ import annotations

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
    known = {f.id for f in found}
    for index, decision in enumerate(story.decisions):
        if decision.id and decision.id not in known:
            problems.append(Problem(file, decision.line, f"discrepancies[{index}].id", f"{decision.id!r} matches no detected discrepancy (run `digest check` for the current ids)"))
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
    if problems:
        raise DigestError(problems)
    return result, annotations
