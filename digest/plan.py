"""The build's plan: what to redo, decided from what the survey saw, without reading or writing.

A pure function of plain records, so it is tested apart from any disk (tests/test_plan.py).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from digest.cache import FileStamp, Manifest, StoryEntry
from digest.model import SiteConfig
from digest.write import MARKER

REUSE, RENDER, READ = "reuse", "render", "read"
"""What a build does with a story: link its pages from the last output; render them again from
the cached merge (theme or configuration changed); read, merge and render it (files changed)."""


@dataclass(frozen=True)
class StoryFolder:
    """One story folder as the survey saw it."""

    slug: str
    folder: Path
    stamps: dict[str, FileStamp]
    signature: str
    """Digest of its files' names and contents: equal means unchanged."""


@dataclass(frozen=True)
class Survey:
    """What is on disk before a build, read without changing anything."""

    config: SiteConfig
    dirs: tuple[Path, ...]
    theme: str
    """Digest of everything besides a story that shapes its pages."""
    folders: tuple[StoryFolder, ...]
    manifest: Manifest
    """What the last build recorded (empty when there is none to trust)."""
    output_ok: bool
    """The output folder is digest's and is the one the manifest describes."""
    listing: frozenset[str] | None
    """The output's files, or None when this builder wrote it last (then the manifest is the listing)."""
    output_dirs: dict[str, int] | None = None
    """The output folders' mtimes, when this survey found the output to hold exactly the
    manifest's files: recorded so the next build lists only folders changed since."""


@dataclass(frozen=True)
class StoryTask:
    """The plan for one story."""

    story: StoryFolder
    action: str
    """REUSE, RENDER or READ."""
    previous: StoryEntry | None


@dataclass(frozen=True)
class Plan:
    tasks: tuple[StoryTask, ...]
    removed: tuple[str, ...]
    """Slugs the last build published that are gone now."""
    write: bool
    """False when the output already is exactly what this build would make."""

    def count(self, action: str) -> int:
        return list(map(_ACTION_OF, self.tasks)).count(action)  # no Python step per story: every build asks it


_ACTION_OF = attrgetter("action")


@functools.lru_cache(maxsize=1 << 16)
def render_key(key: str, theme: str) -> str:
    """Names a story's pages: its merge with the theme. Remembered, as every build's plan asks it of every story."""
    return hashlib.sha256(f"{key}:{theme}".encode()).hexdigest()


def old_expected(manifest: Manifest) -> set[str]:
    """The files the last build wrote, from its manifest."""
    return {rel for entry in manifest.stories.values() for rel in entry.files} | set(manifest.globals) | {MARKER}


def plan(survey: Survey, reusable: dict[str, StoryTask] | None = None) -> Plan:
    """Decide what to redo from the survey alone: no reading, no writing.

    `reusable`: the last plan's tasks by slug, made for the same theme and output state (a
    long-lived builder's, with no listing of the output): a story reused then whose folder and
    entry are the very same records now is reused again, without deciding it anew.
    """
    old = survey.manifest
    listing = survey.listing
    tasks = []
    for story in survey.folders:
        previous = old.stories.get(story.slug)
        last = reusable.get(story.slug) if reusable else None
        if last is not None and last.action == REUSE and last.story is story and last.previous is previous:
            tasks.append(last)
            continue
        if previous is None or previous.signature != story.signature:
            tasks.append(StoryTask(story, READ, previous))
            continue
        pages_there = survey.output_ok and (listing is None or all(rel in listing for rel in previous.files))
        if pages_there and previous.render_key == render_key(previous.key, survey.theme):
            tasks.append(StoryTask(story, REUSE, previous))
        else:
            tasks.append(StoryTask(story, RENDER, previous))
    removed = tuple(sorted(set(old.stories) - {story.slug for story in survey.folders}))
    current = (
        survey.output_ok
        and old.theme == survey.theme
        and not removed
        and list(map(_ACTION_OF, tasks)).count(REUSE) == len(tasks)
        and (listing is None or listing == old_expected(old))
    )
    return Plan(tuple(tasks), removed, not current)
