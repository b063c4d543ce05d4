"""The build, as a straight line: load, clean, merge, render, write, redoing only what changed.

Everything is read and merged before anything is written, so every page sees the same
data and a fault anywhere leaves the last good site in place. A story whose files are
unchanged since the last build is neither re-read nor re-rendered: its pages are linked
from the previous output into the new one. A cold build merges stories on every core.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from digest import __version__
from digest.cache import BuildCache, Manifest, StoryEntry, digest_bytes, theme_key
from digest.clean import clean_story
from digest.config import load_config
from digest.errors import Problem, Problems
from digest.load import iter_story_folders, load_site, load_story, story_signature
from digest.merge import merge_story
from digest.model import CleanStory, LoadedStory, SiteConfig
from digest.progress import Reporter
from digest.render import StoryPage, make_environment, render_card, render_globals, render_story, theme_dirs
from digest.search import FOLDER as SEARCH_FOLDER, index_folder
from digest.write import MARKER, check_replaceable, patch_site, write_files, write_site

PARALLEL_MIN = 8
"""Below this many stories to merge, starting worker processes costs more than it saves."""
PATCH_SHARE = 0.25
"""Up to this share of stories changed, only the changed parts of the output are swapped in."""


@dataclass(frozen=True)
class BuildResult:
    config: SiteConfig
    stories: int
    rendered: int
    """Stories merged or rendered again in this build (the rest came from the cache)."""
    files: int
    warnings: tuple[Problem, ...]
    seconds: float
    wrote: bool
    """False when the site was already up to date and nothing was written."""


def story_key(loaded: LoadedStory) -> str:
    """A digest of everything a story's merge depends on: its notes, its articles and the code."""
    parts = [__version__.encode(), repr(loaded.story).encode()]
    for article in loaded.articles:
        parts += [repr(article.source).encode(), article.text.encode()]
    return digest_bytes(*parts)


def render_key(key: str, theme: str) -> str:
    return hashlib.sha256(f"{key}:{theme}".encode()).hexdigest()


def prepare(root: Path, reporter: Reporter | None = None) -> tuple[object, list[StoryPage], list[Problem]]:
    """Load, clean and merge every story without writing anything (`digest check`).

    Merges are read from the build cache when a story's inputs are unchanged.
    """
    reporter = reporter or Reporter(quiet=True)
    site, problems = load_site(root)
    cache = BuildCache(site.config.root)
    pages = []
    with reporter.progress(len(site.stories), "Merging") as advance:
        for loaded in site.stories:
            cached = cache.load("merge", story_key(loaded))
            clean, merged = cached if cached else _merge(loaded)
            pages.append(StoryPage(clean, merged))
            advance()
    return site, pages, list(problems.warnings)


def _merge(loaded: LoadedStory) -> tuple[CleanStory, dict]:
    clean = clean_story(loaded)
    return clean, merge_story(clean).to_json()


_ENVIRONMENTS: dict = {}


def _work(job: tuple) -> tuple:
    """Merge and render one story: run in worker processes on a cold build.

    With a folder to write to, the worker writes the story's pages and its cache entry
    itself and sends back only the page names and the light page, not whole pages.
    """
    config, dirs, loaded, write_to, key, search = job
    env = _ENVIRONMENTS.get(id(config)) or _ENVIRONMENTS.setdefault(id(config), make_environment(config, dirs, search))
    clean, merged = _merge(loaded)
    files, light = _render(env, StoryPage(clean, merged))
    if write_to is None:
        return clean, merged, files, light
    write_files(write_to, files)
    BuildCache(config.root).store("merge", key, (clean, merged))
    return None, None, list(files), light


def _render(env, page: StoryPage) -> tuple[dict, StoryPage]:
    """A story's own pages, and the light page (with its rendered card) the listings use."""
    return render_story(env, page), light_page(page, render_card(env, page))


def light_page(page: StoryPage, card: str = "") -> StoryPage:
    """What the index, tag pages and feed need of a story, small enough to keep in the manifest."""
    merged = {"discrepancies": [{"id": d["id"], "status": d["status"]} for d in page.merged.get("discrepancies", [])]}
    return StoryPage(CleanStory(page.story, ()), merged, card)


@dataclass
class _Job:
    slug: str
    folder: Path
    signature: str
    key: str
    loaded: LoadedStory | None
    warnings: list


class Builder:
    """Builds one site; keeps nothing between builds but the on-disk cache, so any process
    (a CLI run, the dev server) takes the same incremental path."""

    def __init__(self, root: Path, reporter: Reporter | None = None, jobs: int | None = None, search: bool = True):
        self.root = Path(root).resolve()
        self.reporter = reporter or Reporter(quiet=True)
        self.jobs = jobs or os.cpu_count() or 1
        self.search = search
        """Build the search index (and put the search box on every page)."""
        self._manifest: Manifest | None = None
        """The last build's manifest, kept by a long-lived builder (digest serve) to skip reading it."""
        self._environments: dict = {}
        """Template environments by theme key: compiled templates survive between builds."""

    def environment(self, config: SiteConfig, dirs: list[Path], theme: str):
        if theme not in self._environments:
            self._environments = {theme: make_environment(config, dirs, self.search)}
        return self._environments[theme]

    def build(self) -> BuildResult:
        started = time.perf_counter()
        config = load_config(self.root)
        check_replaceable(config.output_dir)
        cache = BuildCache(config.root)
        dirs = theme_dirs(config)
        theme = theme_key(dirs, repr(config) + ("" if self.search else " --no-search"))
        old = self._manifest if self._manifest is not None else cache.manifest()
        output_ok = (config.output_dir / MARKER).is_file() and old.output == str(config.output_dir)
        problems = Problems(config.root)
        entries: dict[str, StoryEntry] = {}
        jobs: list[_Job] = []
        for folder, slug in iter_story_folders(config, problems):
            signature = story_signature(folder)
            previous = old.stories.get(slug)
            if previous and previous.signature == signature:
                if output_ok and previous.render_key == render_key(previous.key, theme):
                    entries[slug] = previous
                    continue
                jobs.append(_Job(slug, folder, signature, previous.key, None, previous.warnings))
                continue
            before = len(problems.items)
            loaded = load_story(folder, slug, problems)
            warnings = [p for p in problems.items[before:] if p.severity == "warning"]
            if loaded is not None:
                jobs.append(_Job(slug, folder, signature, story_key(loaded), loaded, warnings))
        problems.raise_if_errors()

        env = self.environment(config, dirs, theme)
        removed = set(old.stories) - set(entries) - {job.slug for job in jobs}
        small = len(jobs) + len(removed) <= max(PARALLEL_MIN, PATCH_SHARE * (len(entries) + len(jobs)))
        if not (output_ok and small):
            return self._build_whole(config, dirs, env, cache, theme, old, entries, jobs, problems, started)
        fresh = self._run(jobs, config, dirs, cache, theme, entries, env)
        pages = [entries[slug].page for slug in sorted(entries)]
        story_paths = [rel for entry in entries.values() for rel in entry.files]
        global_files = render_globals(env, config, pages, dirs, story_paths)
        global_files.update(self._search_index(cache, entries, fresh, config.output_dir))
        global_digests = {rel: _digest(content) for rel, content in global_files.items()}
        expected = {*story_paths, *global_files, MARKER}
        trusted = self._manifest is not None  # this builder wrote the output itself last time
        listing = (set(old_expected(old)) if trusted else _listing(config.output_dir)) if output_ok else set()
        stray = listing - expected - _under(listing, removed, fresh)
        missing = expected - listing - {rel for slug in fresh for rel in fresh[slug]} - set(global_files)
        wrote = not (output_ok and not fresh and not removed and global_digests == old.globals and not stray and not missing)
        if wrote and not missing:
            units = _patch_units(fresh, removed, global_files, global_digests, old.globals)
            units.update({rel: None for rel in stray if not any(rel.startswith(unit + "/") for unit in units)})
            patch_site(config.output_dir, units)
        elif wrote:
            previous_output = config.output_dir

            def produce(tmp: Path) -> None:
                for slug, entry in entries.items():
                    if slug in fresh:
                        write_files(tmp, fresh[slug])
                    else:
                        _link_files(previous_output, tmp, entry.files)
                write_files(tmp, global_files)

            write_site(config.output_dir, produce)
        return self._finish(config, cache, old, entries, global_digests, problems, started, len(fresh), len(story_paths) + len(global_files), wrote)

    def _build_whole(self, config, dirs, env, cache, theme, old, entries, jobs, problems, started) -> BuildResult:
        """A cold or large build: a whole new output folder, story pages written straight into it
        (by the worker processes), unchanged pages linked from the last one, then swapped in."""
        previous_output = config.output_dir
        done: dict = {}

        def produce(tmp: Path) -> None:
            fresh = self._run(jobs, config, dirs, cache, theme, entries, env, write_to=tmp)
            for slug, entry in entries.items():
                if slug not in fresh:
                    _link_files(previous_output, tmp, entry.files)
            pages = [entries[slug].page for slug in sorted(entries)]
            story_paths = [rel for entry in entries.values() for rel in entry.files]
            done["globals"] = render_globals(env, config, pages, dirs, story_paths)
            done["globals"].update(self._search_index(cache, entries, {}, tmp))
            done["count"] = (len(fresh), len(story_paths) + len(done["globals"]))
            write_files(tmp, done["globals"])

        write_site(config.output_dir, produce)
        digests = {rel: _digest(content) for rel, content in done["globals"].items()}
        return self._finish(config, cache, old, entries, digests, problems, started, *done["count"], True)

    def _finish(self, config, cache, old, entries, global_digests, problems, started, rendered, files, wrote) -> BuildResult:
        manifest = Manifest(output=str(config.output_dir), stories=entries, globals=global_digests)
        if wrote or rendered or manifest.stories.keys() != old.stories.keys():
            cache.save_manifest(manifest)
        self._manifest = manifest
        warnings = tuple(w for entry in entries.values() for w in entry.warnings) + tuple(problems.warnings)
        return BuildResult(config, len(entries), rendered, files, warnings, time.perf_counter() - started, wrote)

    def _run(self, jobs: list[_Job], config: SiteConfig, dirs: list[Path], cache: BuildCache, theme: str, entries: dict, env,
             write_to: Path | None = None) -> dict:
        """Merge (from the cache when possible) and render the stories that changed.

        Returns each story's pages; with `write_to`, writes them there and returns their names.
        """
        fresh: dict[str, dict] = {}
        to_merge: list[_Job] = []
        with self.reporter.progress(len(jobs), "Building") as advance:
            for job in jobs:
                cached = cache.load("merge", job.key)
                if cached is None and job.loaded is None:  # inputs unchanged but the merge is gone: read again
                    problems = Problems(config.root)
                    job.loaded = load_story(job.folder, job.slug, problems)
                    problems.raise_if_errors()
                if cached is None:
                    to_merge.append(job)
                    continue
                clean, merged = cached
                fresh[job.slug], light = _render(env, StoryPage(clean, merged))
                if write_to is not None:
                    write_files(write_to, fresh[job.slug])
                    fresh[job.slug] = list(fresh[job.slug])
                entries[job.slug] = StoryEntry(job.signature, job.key, render_key(job.key, theme), light, list(fresh[job.slug]), job.warnings)
                advance()
            payloads = [(config, dirs, job.loaded, write_to, job.key, self.search) for job in to_merge]
            _ENVIRONMENTS[id(config)] = env  # in this process, reuse the compiled templates
            if len(to_merge) >= PARALLEL_MIN and self.jobs > 1:
                with ProcessPoolExecutor(self.jobs) as pool:
                    results = pool.map(_work, payloads, chunksize=max(1, len(payloads) // (self.jobs * 8)))
                    done = self._collect(to_merge, results, cache, theme, entries, fresh, advance)
            else:
                done = self._collect(to_merge, map(_work, payloads), cache, theme, entries, fresh, advance)
        assert done == len(to_merge)
        return fresh

    def _search_index(self, cache: BuildCache, entries: dict, fresh: dict, folder: Path) -> dict[str, bytes]:
        """The search index of every story page (digest/search.py), reused while no story page changed.

        Story pages come from memory when rendered now (`fresh`), else from `folder`.
        """
        if not self.search:
            return {}
        key = digest_bytes(b"search", __version__.encode(), *(f"{slug}:{entries[slug].render_key}".encode() for slug in sorted(entries)))
        cached = cache.load("search", key)
        if cached is not None:
            return cached
        mirror = cache.dir / "search-pages"  # the story pages as Pagefind reads them, kept between builds
        stories = mirror / "stories"
        stories.mkdir(parents=True, exist_ok=True)
        for gone in set(os.listdir(stories)) - set(entries):
            shutil.rmtree(stories / gone, ignore_errors=True)
        for slug, entry in entries.items():
            rel = f"stories/{slug}/index.html"
            stamp = mirror / f"stories/{slug}/.render-key"
            if stamp.is_file() and stamp.read_text(encoding="utf-8") == entry.render_key:
                continue
            (mirror / rel).unlink(missing_ok=True)
            page = fresh[slug].get(rel) if isinstance(fresh.get(slug), dict) else None
            if page is not None:
                write_files(mirror, {rel: page})
            else:
                _link_files(folder, mirror, [rel])
            stamp.write_text(entry.render_key, encoding="utf-8")
        files = index_folder(mirror)
        cache.store("search", key, files)
        return files

    def _collect(self, jobs, results, cache, theme, entries, fresh, advance) -> int:
        count = 0
        for job, (clean, merged, files, light) in zip(jobs, results):
            if clean is not None:
                cache.store("merge", job.key, (clean, merged))
            fresh[job.slug] = files
            entries[job.slug] = StoryEntry(job.signature, job.key, render_key(job.key, theme), light, list(files), job.warnings)
            advance()
            count += 1
        return count


def _digest(content) -> str:
    if isinstance(content, Path):
        st = content.stat()
        return f"{content}:{st.st_size}:{st.st_mtime_ns}"
    data = content.encode() if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def _patch_units(fresh: dict, removed: set, global_files: dict, digests: dict, old_digests: dict) -> dict:
    """The parts of the output a small change touches: changed stories' folders, changed global files."""
    units: dict = {}
    for slug, files in fresh.items():
        prefix = f"stories/{slug}/"
        units[f"stories/{slug}"] = {rel[len(prefix):]: content for rel, content in files.items()}
    for slug in removed:
        units[f"stories/{slug}"] = None
    index = f"{SEARCH_FOLDER}/"  # the search index is replaced as a whole folder, old fragments and all
    in_index = {rel for rel in [*global_files, *old_digests] if rel.startswith(index)}
    if any(old_digests.get(rel) != digests.get(rel) for rel in in_index):
        units[SEARCH_FOLDER] = {rel[len(index):]: c for rel, c in global_files.items() if rel.startswith(index)} or None
    for rel, content in global_files.items():
        if old_digests.get(rel) != digests[rel] and rel not in in_index:
            units[rel] = content
    for rel in old_digests.keys() - global_files.keys() - in_index:
        folder = rel.rpartition("/")[0]  # 'tags/x/index.html' gone: its folder goes too, not left empty
        units[folder if folder and not any(r.startswith(folder + "/") for r in global_files) else rel] = None
    return units


def old_expected(manifest: Manifest) -> set[str]:
    """The files the last build wrote, from its manifest."""
    return {rel for entry in manifest.stories.values() for rel in entry.files} | set(manifest.globals) | {MARKER}


def _under(listing: set[str], removed: set, fresh: dict) -> set[str]:
    """Files inside story folders that the patch replaces or removes as a whole."""
    prefixes = tuple(f"stories/{slug}/" for slug in [*removed, *fresh])
    return {rel for rel in listing if rel.startswith(prefixes)} if prefixes else set()


def _listing(folder: Path) -> set[str]:
    """Every file under folder, as relative POSIX paths: a stray or missing file forces a write."""
    out = set()
    for directory, _, names in os.walk(folder):
        rel = os.path.relpath(directory, folder)
        for name in names:
            out.add(name if rel == "." else f"{rel}/{name}".replace(os.sep, "/"))
    return out


def _link_files(source: Path, target: Path, files: list[str]) -> None:
    """Carry a story's unchanged pages into the new output: hard links, or copies where links fail."""
    made: set[Path] = set()
    for rel in files:
        destination = target / rel
        if destination.parent not in made:
            destination.parent.mkdir(parents=True, exist_ok=True)
            made.add(destination.parent)
        try:
            os.link(source / rel, destination)
        except OSError:
            shutil.copy2(source / rel, destination)


def build(root: Path, reporter: Reporter | None = None, search: bool = True) -> BuildResult:
    """Build the site into its output folder, atomically and incrementally."""
    return Builder(root, reporter, search=search).build()
