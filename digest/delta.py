"""What a build's story entries changed since the last build's, and the archive-wide figures
kept up to date from that alone (digest serve's one-story edits).

A long-lived builder makes each build's entries from the last build's: an unchanged story keeps
its very entry object (entries are never changed in place, only replaced). Comparing the two
dicts by identity, in C (map, compress), finds the changed stories without reading any entry:
at 5,000 stories each pass that reads every entry costs about half a millisecond in cache
misses alone, and an edit made several. The figures here are then updated from the changed
stories only, and equal what a pass over every entry gives (tests/test_delta.py).
"""

from __future__ import annotations

from collections import Counter
from itertools import chain, compress
from operator import attrgetter, is_not

_TAGS_OF, _WARNINGS_OF, _FILES_OF = attrgetter("tags"), attrgetter("warnings"), attrgetter("files")


def changed_keys(old: dict, new: dict) -> list | None:
    """The keys whose values in `new` are not the very objects they were in `old`, when both
    dicts hold the same keys in the same order; None when they do not (a story added, removed
    or reordered: the caller goes over everything)."""
    if old is new:
        return []
    if len(old) != len(new) or list(old) != list(new):
        return None
    return list(compress(new, map(is_not, new.values(), old.values())))


class Tally:
    """The tags and warnings of every story, as `sorted(set(all tags))` and the chain of every
    story's warnings in entry order, kept from one build to the next by the changed stories."""

    def __init__(self) -> None:
        self._entries: dict | None = None
        self._counts: Counter = Counter()
        """How many stories carry each tag (as written)."""
        self._warned: dict[str, list] = {}
        """The warnings of each story that has some, in entry order."""
        self.tags: list[str] = []
        self.warnings: list = []

    def update(self, entries: dict) -> None:
        """Bring the tags and warnings up to date with `entries` (slug -> StoryEntry)."""
        changed = changed_keys(self._entries, entries) if self._entries is not None else None
        if changed is None:
            self._recount(entries)
        elif changed:
            self._apply(entries, changed)
        self._entries = entries

    def _recount(self, entries: dict) -> None:
        stories = entries.values()
        self._counts = Counter(chain.from_iterable(map(_TAGS_OF, stories)))
        self._warned = {slug: entry.warnings for slug, entry in zip(entries, stories) if entry.warnings}
        self.tags = sorted(self._counts)
        self.warnings = list(chain.from_iterable(self._warned.values()))

    def _apply(self, entries: dict, changed: list) -> None:
        old = self._entries
        assert old is not None
        counts = self._counts
        known = len(counts)
        for slug in changed:
            counts.subtract(old[slug].tags)
            counts.update(entries[slug].tags)
        gone = {tag for slug in changed for tag in old[slug].tags if counts[tag] <= 0}  # no story carries it now
        for tag in gone:
            del counts[tag]
        if gone or len(counts) != known:
            self.tags = sorted(counts)
        warned = self._warned
        if any(bool(entries[slug].warnings) != (slug in warned) for slug in changed):
            self._warned = warned = {slug: entry.warnings for slug, entry in entries.items() if entry.warnings}  # a story gained or lost all its warnings: their order is the entries'
        else:
            for slug in changed:
                if slug in warned:
                    warned[slug] = entries[slug].warnings
        self.warnings = list(chain.from_iterable(warned.values()))


class StoryPaths:
    """Every story's output paths, in entry order, as one list: the very same list object as
    last build when no story's files changed (the listings' memo then compares it in one step)."""

    def __init__(self) -> None:
        self._entries: dict | None = None
        self.paths: list[str] = []

    def update(self, entries: dict) -> list[str]:
        changed = changed_keys(self._entries, entries) if self._entries is not None else None
        old = self._entries
        if changed is None or any(entries[slug].files != old[slug].files for slug in changed):  # type: ignore[index]
            self.paths = list(chain.from_iterable(map(_FILES_OF, entries.values())))
        self._entries = entries
        return self.paths
