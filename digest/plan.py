"""The build's plan: what to redo, decided from what the survey saw, without reading or writing.

A pure function of plain records, so it is tested apart from any disk (tests/test_plan.py).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, is_not
from pathlib import Path

from digest.cache import FileStamp, Manifest, StoryEntry
from digest.delta import changed_keys
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
    listed: tuple[int, int, int] | None = None
    """The folder's own stamp when its files were looked at (`cache.file_stamps`)."""


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
    decided: tuple[int, ...] | None = None
    """The places (in `tasks`) of the tasks this plan decided anew, every task that is not REUSE
    among them; the others were the last plan's, as they were (see `replan`). None: all."""

    def count(self, action: str) -> int:
        if self.decided is not None and len(self.decided) < len(self.tasks):
            actions = [self.tasks[i].action for i in self.decided]  # the other tasks are all REUSE
            return len(self.tasks) - len(actions) + actions.count(REUSE) if action == REUSE else actions.count(action)
        return list(map(_ACTION_OF, self.tasks)).count(action)  # no Python step per story: every build asks it

    def decided_tasks(self) -> tuple[StoryTask, ...] | list[StoryTask]:
        """The tasks this plan decided anew (every task but REUSE ones taken from the last plan)."""
        return self.tasks if self.decided is None else [self.tasks[i] for i in self.decided]


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
    tasks = []
    for story in survey.folders:
        previous = old.stories.get(story.slug)
        last = reusable.get(story.slug) if reusable else None
        if last is not None and last.action == REUSE and last.story is story and last.previous is previous:
            tasks.append(last)
            continue
        tasks.append(_decide(survey, story, previous))
    removed = tuple(sorted(set(old.stories) - {story.slug for story in survey.folders}))
    return Plan(tuple(tasks), removed, not _current(survey, removed, list(map(_ACTION_OF, tasks)).count(REUSE) == len(tasks)))


def _decide(survey: Survey, story: StoryFolder, previous: StoryEntry | None) -> StoryTask:
    """One story's task, from its folder and the last build's entry for it."""
    if previous is None or previous.signature != story.signature:
        return StoryTask(story, READ, previous)
    listing = survey.listing
    pages_there = survey.output_ok and (listing is None or all(rel in listing for rel in previous.files))
    if pages_there and previous.render_key == render_key(previous.key, survey.theme):
        return StoryTask(story, REUSE, previous)
    return StoryTask(story, RENDER, previous)


def _current(survey: Survey, removed: tuple[str, ...], all_reused: bool) -> bool:
    """The output already is exactly what the plan would make."""
    old = survey.manifest
    return (
        survey.output_ok
        and old.theme == survey.theme
        and not removed
        and all_reused
        and (survey.listing is None or survey.listing == old_expected(old))
    )


def replan(survey: Survey, last: Plan, last_folders: tuple[StoryFolder, ...], last_manifest: Manifest,
           places: dict[str, int]) -> Plan | None:
    """`plan(survey, reusable)` with `reusable` the last plan's tasks, made without a step per
    story (digest serve's one-story edit at 5,000 stories: about 2 ms of the rebuild went over
    every story's task): a task is decided anew only where the story folder or its manifest entry
    is another record than the last plan saw (found by identity, in C), or where the last plan
    did not reuse the story (a build that failed leaves its entry as it was); every other task
    is the last plan's, as `plan` would take it.

    `last_folders` and `last_manifest`: the survey's folders and manifest the last plan was made
    from; `places`: each story's place in them, by slug. The caller vouches, as for `reusable`,
    that the last plan was made for this theme and output state, with no listing of the output.
    None when the stories are not the last plan's (a folder added, removed or renamed; the
    manifest lists other stories): then `plan`."""
    folders, tasks = survey.folders, last.tasks
    if survey.listing is not None or len(folders) != len(last_folders) or len(tasks) != len(folders):
        return None
    moved = list(compress(range(len(folders)), map(is_not, folders, last_folders)))
    if any(folders[i].slug != last_folders[i].slug for i in moved):
        return None
    changed = changed_keys(last_manifest.stories, survey.manifest.stories)
    if changed is None:
        return None
    redo = set(moved)
    redo.update(places[slug] for slug in changed if slug in places)
    redo.update(i for i in (range(len(tasks)) if last.decided is None else last.decided) if tasks[i].action != REUSE)
    decided = tuple(sorted(redo))
    fresh = list(tasks)
    stories = survey.manifest.stories
    for i in decided:
        fresh[i] = _decide(survey, folders[i], stories.get(folders[i].slug))
    # the same slugs in the folders and the manifest as last time: the same stories are gone
    return Plan(tuple(fresh), last.removed, not _current(survey, last.removed, all(fresh[i].action == REUSE for i in decided)), decided)
