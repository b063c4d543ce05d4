"""The build, as a straight line: load, clean, merge, render, write.

Everything is read and merged before anything is written, so every page sees the same
data and a fault anywhere leaves the last good site in place.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from digest import __version__
from digest.clean import clean_story
from digest.errors import Problem
from digest.load import load_site
from digest.merge import merge_story
from digest.model import LoadedStory, Site
from digest.progress import Reporter
from digest.render import StoryPage, render_site, theme_dirs
from digest.write import check_replaceable, write_files, write_site


@dataclass(frozen=True)
class BuildResult:
    site: Site
    pages: tuple[StoryPage, ...]
    files: int
    warnings: tuple[Problem, ...]
    seconds: float


MergeCache = dict
"""Story input key -> StoryPage: lets a long-lived process (digest serve) skip unchanged stories."""


def story_key(loaded: LoadedStory) -> str:
    """A digest of everything a story's merge depends on: its notes, its articles and the code."""
    h = hashlib.sha256(__version__.encode())
    h.update(repr(loaded.story).encode())
    for article in loaded.articles:
        h.update(repr(article.source).encode())
        h.update(article.text.encode())
    return h.hexdigest()


def prepare(root: Path, reporter: Reporter | None = None, cache: MergeCache | None = None) -> tuple[Site, list[StoryPage], list[Problem]]:
    """Load, clean and merge every story: all the work that writes nothing (`digest check`).

    With a cache, stories whose inputs are unchanged since the last call are not re-merged.
    """
    reporter = reporter or Reporter(quiet=True)
    site, problems = load_site(root)
    pages = []
    fresh: MergeCache = {}
    with reporter.progress(len(site.stories), "Merging") as advance:
        for loaded in site.stories:
            key = story_key(loaded)
            page = cache.get(key) if cache is not None else None
            if page is None:
                clean = clean_story(loaded)
                page = StoryPage(clean, merge_story(clean).to_json())
            fresh[key] = page
            pages.append(page)
            advance()
    if cache is not None:
        cache.clear()
        cache.update(fresh)
    return site, pages, list(problems.warnings)


def build(root: Path, reporter: Reporter | None = None, cache: MergeCache | None = None) -> BuildResult:
    """Build the site into its output folder, atomically."""
    started = time.perf_counter()
    reporter = reporter or Reporter(quiet=True)
    site, pages, warnings = prepare(root, reporter, cache)
    config = site.config
    check_replaceable(config.output_dir)
    dirs = theme_dirs(config)
    files = render_site(config, pages, dirs)
    write_site(config.output_dir, lambda tmp: write_files(tmp, files))
    return BuildResult(site, tuple(pages), len(files), tuple(warnings), time.perf_counter() - started)
