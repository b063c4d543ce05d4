"""The build, as a straight line: load, clean, merge, render, write.

Everything is read and merged before anything is written, so every page sees the same
data and a fault anywhere leaves the last good site in place.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from digest.clean import clean_story
from digest.errors import Problem
from digest.load import load_site
from digest.merge import merge_story
from digest.model import CleanStory, Site
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


def prepare(root: Path, reporter: Reporter | None = None) -> tuple[Site, list[StoryPage], list[Problem]]:
    """Load, clean and merge every story: all the work that writes nothing (`digest check`)."""
    reporter = reporter or Reporter(quiet=True)
    site, problems = load_site(root)
    pages = []
    with reporter.progress(len(site.stories), "Merging") as advance:
        for loaded in site.stories:
            clean: CleanStory = clean_story(loaded)
            merged = merge_story(clean)
            pages.append(StoryPage(clean, merged.to_json()))
            advance()
    return site, pages, list(problems.warnings)


def build(root: Path, reporter: Reporter | None = None) -> BuildResult:
    """Build the site into its output folder, atomically."""
    started = time.perf_counter()
    reporter = reporter or Reporter(quiet=True)
    site, pages, warnings = prepare(root, reporter)
    config = site.config
    check_replaceable(config.output_dir)
    dirs = theme_dirs(config)
    files = render_site(config, pages, dirs)
    write_site(config.output_dir, lambda tmp: write_files(tmp, files))
    return BuildResult(site, tuple(pages), len(files), tuple(warnings), time.perf_counter() - started)
