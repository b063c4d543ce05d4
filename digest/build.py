"""The build, as named phases: survey, plan, read, render into staging, publish.

- survey: look at what is on disk (site.yaml, story folders and their content hashes,
  the theme, the last build's manifest, the output folder) without changing anything;
- plan: a pure function of the survey: per story, reuse its pages, render them again
  from the cached merge, or read and merge it again; and whether anything is to be
  written at all;
- read: load every story that changed, so every error is reported before anything is
  written;
- execute: merge (on every core when many), render and write into a staging folder,
  hard-link the unchanged pages from the live output, index the story pages for search,
  then publish it in one atomic step.

A fault anywhere (an error, a full disk, a kill) leaves the last good site exactly as
it was; the next build removes what a killed one left behind.
"""

from __future__ import annotations

import functools

import errno
import gc
import hashlib
import os
import pickle
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from digest import __version__
from digest.cache import CACHE_DIR, BuildCache, Manifest, StoryEntry, digest_bytes, file_stamps, now_ns, signature, theme_key
from digest.config import load_config, load_config_remembered
from digest.delta import StoryPaths, Tally, changed_keys
from digest.errors import DigestError, MergeFault, Problem, Problems
from digest.load import CONTENT_DIR, iter_story_folders, load_stories, load_story
from digest.model import CleanStory, LoadedStory, Site, SiteConfig
from digest.plan import RENDER, REUSE, Plan, StoryFolder, StoryTask, Survey, old_expected, plan, render_key, replan
from digest.interrupt import checkpoint, stoppable
from digest.progress import Reporter
from digest.slug import slugify, tag_collisions
from digest.theme import story_dir, theme_dirs
from digest.search import index_folder, part_count, part_folder, part_of, parts_list
from digest.write import MARKER, Job, Staging, check_replaceable, in_background, link_files, recover, remove_tree, verify_output, write_files

if TYPE_CHECKING:
    from digest.render import StoryPage


def _render():
    """The render stage, imported on first use: a build that renders nothing never loads the
    template engine."""
    import digest.render

    return digest.render


def _run_in_workers(*args, **kwargs):
    """The worker pool, imported on first use: a build that merges nothing never loads
    multiprocessing (and logging, sockets) at start."""
    from digest.pool import run_in_workers

    return run_in_workers(*args, **kwargs)


PARALLEL_MIN = 8
"""Below this many stories to merge, starting worker processes costs more than it saves."""

DEFERRED_MERGES_MAX = PARALLEL_MIN
"""A long-lived builder (digest serve) stores at most this many fresh merges in the cache after
the build has returned, with the manifest (pickling and writing one takes 1-2 ms of an edit's
rebuild); more, as in a first build, are stored at once and not held in memory."""

_KEY_OF = attrgetter("key")
"""A story entry's merge key, read over the whole archive by map() without a Python step per story."""


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


@dataclass(frozen=True)
class StoryWork:
    """A story to render, after the read phase."""

    task: StoryTask
    key: str
    """Digest of the story's inputs: names its merge in the cache."""
    loaded: LoadedStory | None
    """The story's files, read when its merge is not in the cache."""
    warnings: tuple[Problem, ...]


@dataclass(frozen=True)
class Rendered:
    """A story's pages, written into the staging folder."""

    slug: str
    files: tuple[str, ...]
    light: StoryPage
    merged: tuple[CleanStory, dict] | None
    """The fresh merge, for the parent to cache (None when already cached or stored by a worker)."""
    warnings: tuple[Problem, ...] = ()
    problems: tuple[Problem, ...] = ()
    """Errors that stopped this story (its editor's decisions, say): reported with every other
    story's before the build stops."""


# -- Keys ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def merge_code() -> bytes:
    """A digest of the cleaner's and the merge's own source: a changed rule re-merges every
    story even when the version number stayed the same (a developer's checkout)."""
    package = Path(__file__).resolve().parent
    files = sorted([package / "clean.py", *(package / "merge").rglob("*.py")])
    return digest_bytes(*(f.read_bytes() for f in files)).encode()


def code_signature(stamps) -> str:
    """A story folder's signature with the merge's code in it: a new digest version or an edited
    merge rule marks every story changed, so none keeps a merge made by older rules."""
    return digest_bytes(signature(stamps).encode(), __version__.encode(), merge_code())


def code_key() -> str:
    """A digest of digest's version and the merge's code: every story's signature is made with
    them, so a manifest made with the same key holds each unchanged folder's signature."""
    return digest_bytes(__version__.encode(), merge_code())


def story_key(loaded: LoadedStory) -> str:
    """A digest of everything a story's merge depends on: its notes, its articles and the code."""
    parts = [__version__.encode(), merge_code(), repr(loaded.story).encode()]
    for article in loaded.articles:
        parts += [repr(article.source).encode(), article.text.encode()]
    return digest_bytes(*parts)


# -- The stages the phases call ---------------------------------------------------------------


def prepare(root: Path, reporter: Reporter | None = None) -> tuple[object, list[StoryPage], list[Problem]]:
    """Load, clean and merge every story without writing anything (`digest check`).

    Merges are read from the build cache when a story's inputs are unchanged.
    """
    from digest.merge.decisions import stale_decisions

    reporter = reporter or Reporter(quiet=True)
    config = load_config(root)
    problems = Problems(config.root)
    site = Site(config, tuple(load_stories(config, problems)))  # errors are raised after merging, all at once
    cache = BuildCache(site.config.root)
    pages = []
    with reporter.progress(len(site.stories), "Merging") as advance:
        for loaded in site.stories:
            cached = cache.load("merge", story_key(loaded))
            try:
                clean, merged = cached if cached else _merge(loaded)
            except DigestError as exc:  # report every story's problems, not just the first story's
                for problem in [*exc.problems, *exc.warnings]:
                    problems.add(problem)
                continue
            pages.append(_render().StoryPage(clean, merged))
            for warning in stale_decisions(loaded.story, merged.get("discrepancies", [])):
                problems.add(warning)
            advance()
    for warning in cache.warnings:
        problems.add(warning)
    problems.raise_if_errors()
    return site, pages, list(problems.warnings)


def _merge(loaded: LoadedStory) -> tuple[CleanStory, dict]:
    from digest.merge import merge_story  # imported on first use: a build that merges nothing
                                          # (no change, or only a template changed) starts faster
    clean = _clean(loaded)
    try:
        return clean, merge_story(clean).to_json()
    except DigestError:
        raise  # the editor's input, already located
    except Exception as exc:  # a bug: name the story it met, and keep the cause for --debug
        raise MergeFault.of(exc, loaded.story.folder) from exc


_CLEANED: dict = {}
"""The articles of the story last cleaned in this process, cleaned, by article (its text and
source): digest serve merging a story again after one of its files changed cleans that one alone."""


def _clean(loaded: LoadedStory) -> CleanStory:
    """The cleaner's output for a story, the articles cleaned last time taken as they were."""
    from digest.clean import clean_story

    known = {article: _CLEANED[article] for article in loaded.articles if article in _CLEANED}
    fresh = tuple(article for article in loaded.articles if article not in known)
    if fresh:
        try:
            known.update(zip(fresh, clean_story(replace(loaded, articles=fresh)).articles))
        except DigestError:
            clean_story(loaded)  # raises again, naming the article by its place in the whole story
            raise
    _CLEANED.clear()
    _CLEANED.update(known)
    return CleanStory(loaded.story, tuple(known[article] for article in loaded.articles))


def light_page(page: StoryPage, card: str = "") -> StoryPage:
    """What the index, tag pages and feed need of a story, small enough to keep in the manifest."""
    keep = ("id", "status", "kind", "summary", "manual")  # kind and summary: to name the nearest one to a stale decision
    merged = {"discrepancies": [{k: d[k] for k in keep if k in d} for d in page.merged.get("discrepancies", [])]}
    return _render().StoryPage(CleanStory(page.story, ()), merged, card)


def render_into(env, page: StoryPage, staging: Path) -> tuple[tuple[str, ...], StoryPage]:
    """Render a story's own pages into the staging folder; return their names and its light page."""
    files = _render().render_story(env, page)
    write_files(staging, files)
    return tuple(files), light_page(page, _render().render_card(env, page))


_ENVIRONMENTS: dict = {}
"""Compiled template environments by config, in this process (inherited by forked workers)."""


def _environment(config: SiteConfig, dirs: tuple[Path, ...], theme: str, search: bool):
    key = (config, dirs, theme, search)
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS.clear()
        _ENVIRONMENTS[key] = _render().make_environment(config, list(dirs), search)
    return _ENVIRONMENTS[key]


@dataclass(frozen=True)
class MergeJob:
    """What a worker process needs to merge and render one story."""

    config: SiteConfig
    dirs: tuple[Path, ...]
    loaded: LoadedStory
    key: str
    theme: str
    staging: Path
    store: bool
    """Store the merge in the cache from the worker (parallel builds) instead of sending it back."""
    search: bool = True
    """Pages carry the search box."""


def merge_and_render(job: MergeJob) -> Rendered:
    """Merge and render one story into the staging folder: run in worker processes on large builds."""
    try:
        clean, merged = _merge(job.loaded)
    except DigestError as exc:  # the other stories go on, so every problem is listed at once
        return Rendered(job.loaded.story.slug, (), None, None, (), tuple(exc.problems))  # type: ignore[arg-type]
    files, light = render_into(_environment(job.config, job.dirs, job.theme, job.search), _render().StoryPage(clean, merged), job.staging)
    if not job.store:
        return Rendered(job.loaded.story.slug, files, light, (clean, merged))
    cache = BuildCache(job.config.root)
    cache.store("merge", job.key, (clean, merged))
    return Rendered(job.loaded.story.slug, files, light, None, tuple(cache.warnings))


# -- The builder ----------------------------------------------------------------------------


class Builder:
    """Builds one site; keeps nothing between builds but the on-disk cache (and, in a long-lived
    process such as digest serve, the last manifest and compiled templates)."""

    def __init__(self, root: Path, reporter: Reporter | None = None, jobs: int | None = None, overrides: dict | None = None,
                 remove_in_background: bool = False, search: bool = True, search_lag: bool = False):
        self.root = Path(root).resolve()
        self.overrides = overrides or {}
        """SiteConfig fields given on the command line (output, base_url): they win over site.yaml;
        an output given there may lie outside the site."""
        self.reporter = reporter or Reporter(quiet=True)
        self.jobs = jobs or os.cpu_count() or 1
        self.remove_in_background = remove_in_background
        """A long-lived process (digest serve): remove a replaced output and save the manifest in
        a thread, after the build has returned (the next build works from this builder's memory)."""
        self._saving: Job | None = None
        self.search = search
        """Build the search index (and put the search box on every page); False for --no-search."""
        self.search_lag = search_lag
        """digest serve: publish rebuilt pages with the previous search index at once (indexing an
        archive takes seconds), and say so in `search_behind`, so the server refreshes the index
        in a second build right after."""
        self.search_behind = False
        self._last_search: dict[str, bytes] | None = None
        self._search_entries: tuple[tuple[str, str], ...] | None = None
        """The search index's cache entries the current build used; None: the last build's stand."""
        self._manifest: Manifest | None = None
        """The last build's manifest, kept by a long-lived builder (digest serve) to skip reading it."""
        self._pages: dict[str, StoryPage] | None = None
        """The light pages of the stories the last build published, kept with `_manifest`."""
        self._folders: dict[str, StoryFolder] = {}
        """The story folders as the last survey saw them, by slug."""
        self._last_plan: tuple[str, bool, Plan, tuple[StoryFolder, ...], Manifest] | None = None
        """The last build's plan, with the theme key and output state it was made under, and the
        survey's folders and manifest it was made from."""
        self._places: dict[str, int] | None = None
        """Each story's place among the last plan's folders, by slug (made when first needed)."""
        self._page_bytes: dict[str, tuple[str, bytes]] = {}
        """Each light page pickled, with the render key it was pickled under."""
        self._tag_warnings: tuple[list[str], list[str]] = ([], [])
        """The tags last checked for collisions, and the collisions found."""
        self._globals_memo: dict = {}
        """The global pages last rendered, with their inputs: rendered again only when these change."""
        self._digests: dict[str, tuple[object, str]] = {}
        """Each global file's content last digested, with its digest."""
        self._digested: list[tuple[dict, dict[str, str]]] = []
        """The last two dicts of global files digested whole (the listings, the search index), with
        their digests: the very same dict again is not gone over."""
        self._merged_digests: tuple[dict, dict, dict[str, str]] | None = None
        """The last digests of the listings and of the search index, with the two merged."""
        self._tally = Tally()
        """Every published story's tags and warnings, kept up to date from the stories a build changed."""
        self._story_paths = StoryPaths()
        """Every published story's output paths, as one list kept from build to build."""
        self._unsaved_merges: list[tuple[str, tuple[CleanStory, dict]]] = []
        """Fresh merges (key, merge) to store in the cache with the manifest, after the build returns."""
        self._site: tuple = ()
        """site.yaml's validated values as this build loaded them, to remember in the manifest."""
        self._returned = threading.Event()
        """Set when the current build returns: its background work (removing the replaced site,
        saving the cache) waits for it, so it does not slow the build down."""

    def build(self, changed: Iterable[str] | None = None) -> BuildResult:
        """Build the site. `changed`: every path that changed since this builder's last build, as a
        file watcher reports them (digest serve); story folders without one are not looked at
        again. None: look at every story folder."""
        self._returned = threading.Event()
        try:
            with stoppable(), _collecting_less(restore=not self.remove_in_background):
                return self._build(changed)
        except OSError as exc:
            self._folders = {}
            raise DigestError(describe_os_error(exc)) from exc
        except BaseException:
            self._folders = {}  # the changes this build was told about may be unseen: look at everything next time
            raise
        finally:
            self._returned.set()  # the work this build left for the background may start now

    def _build(self, changed: Iterable[str] | None = None) -> BuildResult:
        self._search_entries = None  # a failed build's are not this one's
        self._unsaved_merges = []  # a failed build's merges are lost with it: the cache is only a cache
        started = time.perf_counter()
        started_ns = now_ns()
        others = {k: v for k, v in self.overrides.items() if k != "output"}
        cache = BuildCache(self.root)
        old = self._manifest if self._manifest is not None else cache.manifest()  # first: it remembers site.yaml's values
        loaded, self._site = load_config_remembered(self.root, output=self.overrides.get("output"), known=old.site)
        config = replace(loaded, **others)
        recover(config.output_dir)
        check_replaceable(config.output_dir)
        problems = Problems(config.root)
        survey = self.survey(config, cache, problems, changed, old)
        problems.raise_if_errors()
        the_plan = self._plan(survey)
        self._last_plan = (survey.theme, survey.output_ok, the_plan, survey.folders, survey.manifest)
        if self.search_behind and not self.search_lag and not the_plan.write:
            the_plan = replace(the_plan, write=True)  # the pages are current, the search index is not
        if not the_plan.write:
            entries = {task.story.slug: _restamped(task) for task in the_plan.tasks}
            changed_stamps = any(task.story.stamps != task.previous.stamps for task in the_plan.tasks)  # type: ignore[union-attr]
            changed_folders = _folder_stamps(survey) != survey.manifest.folders
            output_dirs = survey.manifest.output_dirs if survey.output_dirs is None else survey.output_dirs
            self._finish(config, cache, survey, entries, survey.manifest.globals, started_ns,
                         save=changed_stamps or changed_folders or output_dirs != survey.manifest.output_dirs
                         or survey.manifest.code != code_key() or survey.manifest.site != self._site, output_dirs=output_dirs)
            return self._result(config, entries, problems, cache, started, rendered=0, files=len(old_expected(survey.manifest)) - 1, wrote=False)
        previous = self._previous_pages(cache, survey, the_plan)
        if previous is None:  # the last build's light pages are gone or damaged: redo every story from its merge
            if survey.manifest.pages:
                cache.drop("pages", survey.manifest.pages)
            survey = replace(survey, manifest=Manifest())
            the_plan, previous = plan(survey), {}
        works = self.read(the_plan, config, cache, problems)
        problems.raise_if_errors()
        entries, pages, global_digests, files = self.execute(survey, the_plan, works, cache, previous)
        self._finish(config, cache, survey, entries, global_digests, started_ns, save=True, pages=pages)
        return self._result(config, entries, problems, cache, started, rendered=len(works), files=files, wrote=True)

    # -- survey --------------------------------------------------------------------------

    def survey(self, config: SiteConfig, cache: BuildCache, problems: Problems, changed: Iterable[str] | None = None,
               manifest: Manifest | None = None) -> Survey:
        """What is on disk; `manifest`: the last build's, when the caller has read it already."""
        dirs = tuple(theme_dirs(config))
        check_theme_links(config, dirs, problems)
        old = manifest if manifest is not None else self._manifest if self._manifest is not None else cache.manifest()
        touched = self._touched_folders(config, changed) if self._manifest is not None else None
        scanned = {}
        same_code = old.code == code_key()
        for folder, slug in iter_story_folders(config, problems, only=None if touched is None else list(touched.values())):
            previous = old.stories.get(slug)
            stamps, listed = file_stamps(folder, previous.stamps if previous else {}, old.started_ns, old.folders.get(slug) if previous else None)
            unchanged = previous is not None and stamps == previous.stamps
            if unchanged:
                stamps = previous.stamps  # the very same record: later builds compare it by identity
            scanned[slug] = StoryFolder(slug, folder, stamps, previous.signature if unchanged and same_code else code_signature(stamps), listed)  # type: ignore[union-attr]
        if touched is None:
            self._folders = scanned
        else:  # the last survey's folders, the touched ones as seen now (or gone): the rest are not gone over
            self._folders = dict(self._folders)
            for slug in touched:
                if slug in scanned:
                    self._folders[slug] = scanned[slug]
                else:
                    del self._folders[slug]
        folders = self._folders.values()
        output_ok = (config.output_dir / MARKER).is_file() and old.output == str(config.output_dir)
        trusted = self._manifest is not None  # this builder wrote the output itself last time
        listing, output_dirs = None, None
        if output_ok and not trusted:
            output_dirs = verify_output(config.output_dir, old_expected(old), old.output_dirs, now_ns())
            listing = None if output_dirs is not None else frozenset(_listing(config.output_dir))
        theme = theme_key(list(dirs), repr(config) + ("" if self.search else " --no-search"))
        return Survey(config, dirs, theme, tuple(folders), old, output_ok, listing, output_dirs)

    def _touched_folders(self, config: SiteConfig, changed: Iterable[str] | None) -> dict[str, Path] | None:
        """The story folders of the last survey that changed paths lie in, by slug (in the order
        of their paths): only these are looked at again. None (look at every folder) when the
        changes are unknown or touch the content folder itself (a story folder added, removed or
        renamed) or a folder that was no story."""
        if changed is None or not self._folders:
            return None
        content = config.root / CONTENT_DIR
        touched = {}
        for path in changed:
            try:
                parts = Path(path).relative_to(content).parts
            except ValueError:
                continue  # the theme or site.yaml: no story folder changed
            known = self._folders.get(slugify(parts[0])) if len(parts) >= 2 else None  # a folder's slug is made from its name
            if known is None or known.folder.name != parts[0]:
                return None
            touched[known.slug] = known.folder
        return dict(sorted(touched.items(), key=lambda item: item[1]))

    def _plan(self, survey: Survey) -> Plan:
        """The build's plan: from the last plan's when it was made for the same theme with the
        output as this builder left it (`replan`, or `plan` with its tasks), else afresh."""
        last = self._last_plan
        if last is None or self._manifest is None or survey.manifest is not self._manifest or survey.listing is not None \
                or last[0] != survey.theme or last[1] != survey.output_ok:
            self._places = None
            return plan(survey)
        _, _, last_plan, last_folders, last_manifest = last
        if self._places is None:
            self._places = {folder.slug: i for i, folder in enumerate(last_folders)}
        again = replan(survey, last_plan, last_folders, last_manifest, self._places) if len(self._places) == len(last_folders) else None
        if again is not None:
            return again  # the same stories in the same places: the places stay
        self._places = None
        return plan(survey, {task.story.slug: task for task in last_plan.tasks})

    def _previous_pages(self, cache: BuildCache, survey: Survey, the_plan: Plan) -> dict[str, StoryPage] | None:
        """The light pages of the stories this build reuses (for the index, tags and feed), from
        this builder's memory or the cache; None when one is missing.

        This builder's own pages are those of every story its last manifest lists, and a story is
        reused only with an entry in that manifest: they are not looked up one by one."""
        if the_plan.count(REUSE) == 0:
            return {}
        if self._manifest is not None and survey.manifest is self._manifest and self._pages is not None:
            return self._pages
        reused = [task.story.slug for task in the_plan.tasks if task.action == REUSE]
        pages = None
        if survey.manifest.pages:
            pages = self._unpickled_pages(cache.load("pages", survey.manifest.pages), survey.manifest)
        if not isinstance(pages, dict) or any(slug not in pages for slug in reused):
            return None
        return pages

    def _unpickled_pages(self, stored, manifest: Manifest) -> dict[str, StoryPage] | None:
        """The light pages from their cache entry (each story's page pickled on its own, so a
        build that changed one story pickles one); None when it is missing or unreadable."""
        if not isinstance(stored, dict):
            return None
        try:
            pages = {slug: pickle.loads(data) for slug, data in stored.items()}
        except Exception:  # noqa: BLE001 - written by another version of the code: rebuild
            return None
        self._page_bytes = {slug: (manifest.stories[slug].render_key, data) for slug, data in stored.items() if slug in manifest.stories}
        return pages

    def _pickled_pages(self, pages: dict[str, StoryPage], entries: dict[str, StoryEntry]) -> dict[str, bytes]:
        """Each light page pickled, reusing the bytes of a page whose render key is unchanged."""
        kept = {}
        for slug, page in pages.items():
            last = self._page_bytes.get(slug)
            if last is None or last[0] != entries[slug].render_key:
                last = (entries[slug].render_key, pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL))
            kept[slug] = last
        self._page_bytes = kept
        return {slug: data for slug, (_, data) in kept.items()}

    # -- read ------------------------------------------------------------------------------

    def read(self, the_plan: Plan, config: SiteConfig, cache: BuildCache, problems: Problems) -> list[StoryWork]:
        """Load every story that must be merged again, so every error is known before writing."""
        works = []
        for task in the_plan.decided_tasks():  # every task not REUSE is among them
            if task.action == REUSE:
                continue
            story = task.story
            if task.action == RENDER:
                previous = task.previous
                assert previous is not None
                cached = cache.has("merge", previous.key)
                loaded = None if cached else self._load(story, problems)[0]  # the merge is gone: read again
                if cached or loaded is not None:
                    works.append(StoryWork(task, previous.key, loaded, tuple(previous.warnings)))
                continue
            loaded, warnings = self._load(story, problems)
            if loaded is None:
                continue
            key = story_key(loaded)
            works.append(StoryWork(task, key, None if cache.has("merge", key) else loaded, warnings))
        return works

    @staticmethod
    def _load(story: StoryFolder, problems: Problems) -> tuple[LoadedStory | None, tuple[Problem, ...]]:
        """Load one story; errors that stop the build go to `problems`, its warnings (and refused
        inputs) stay with the story, so they are reported once, by every build."""
        own = Problems(problems.root)
        loaded = load_story(story.folder, story.slug, own)
        for problem in own.items:
            if problem.blocks or loaded is None:
                problems.add(problem)
        return loaded, tuple(p for p in own.items if not p.blocks)

    # -- execute ---------------------------------------------------------------------------

    def execute(self, survey: Survey, the_plan: Plan, works: list[StoryWork], cache: BuildCache,
                previous: dict[str, StoryPage]) -> tuple[dict, dict, dict, int]:
        """Stage the new site and publish it in one atomic step: the one changed story folder when
        nothing else changed, else a whole new output with the unchanged pages hard-linked in.
        `previous`: the light pages of the stories reused as they are."""
        config = survey.config
        env = _environment(config, survey.dirs, survey.theme, self.search)
        with Staging(config.output_dir, self.remove_in_background, self._returned) as staging:
            rendered = self._render_stories(survey, works, cache, env, staging.path)
            entries = self._entries(survey, the_plan, works, rendered)
            pages = _pages_of(entries, rendered, previous)
            story_paths = self._story_paths.update(entries)
            listings = _render().render_globals(env, config, list(pages.values()), list(survey.dirs), story_paths, self._globals_memo)
            search_files = self._search_index(cache, survey, entries, rendered, staging.path)
            global_files = {**listings, **search_files}
            digests = self._global_digests(listings, search_files)
            part = _only_changed_folder(survey, the_plan, works, rendered, digests)
            checkpoint()  # an interrupted build publishes nothing
            if part is None or not staging.swap_part(part):
                for task in the_plan.tasks:
                    if task.action == REUSE:
                        link_files(config.output_dir, staging.path, task.previous.files)  # type: ignore[union-attr]
                same = [rel for rel in global_files if _unchanged(survey, rel, digests[rel])]
                link_files(config.output_dir, staging.path, same)
                write_files(staging.path, {rel: content for rel, content in global_files.items() if rel not in same})
                checkpoint()
                staging.publish()
        return entries, pages, digests, len(story_paths) + len(global_files)

    def _render_stories(self, survey: Survey, works: list[StoryWork], cache: BuildCache, env, staging: Path) -> dict[str, Rendered]:
        """Render every story to redo into the staging folder: from its cached merge, or merged
        afresh (in worker processes when there are many)."""
        config = survey.config
        rendered: dict[str, Rendered] = {}
        with self.reporter.progress(len(works), "Building") as advance:
            to_merge = []
            for work in works:
                slug = work.task.story.slug
                if work.loaded is None:
                    cached = cache.load("merge", work.key)
                    if cached is not None:
                        files, light = render_into(env, _render().StoryPage(*cached), staging)
                        rendered[slug] = Rendered(slug, files, light, None)
                        advance()
                        continue
                    problems = Problems(config.root)  # the entry was damaged since the read phase
                    work = replace(work, loaded=load_story(work.task.story.folder, slug, problems))
                    problems.raise_if_errors()
                    if work.loaded is None:
                        continue
                to_merge.append(work)
            parallel = len(to_merge) >= PARALLEL_MIN and self.jobs > 1
            if parallel:  # imported and loaded once here: every worker, renewed every hundred stories, forks with it
                import digest.clean  # noqa: F401
                from digest.merge.embed import preload

                preload()
            payloads = [MergeJob(config, survey.dirs, w.loaded, w.key, survey.theme, staging, parallel, self.search) for w in to_merge]  # type: ignore[arg-type]
            defer = self.remove_in_background and len(to_merge) <= DEFERRED_MERGES_MAX
            results = _run_in_workers(merge_and_render, payloads, self.jobs) if parallel else iter(map(merge_and_render, payloads))
            failed: list[Problem] = []
            try:
                for work, result in zip(to_merge, results):
                    checkpoint()
                    if result.problems:
                        failed.extend(result.problems)
                        advance()
                        continue
                    if result.merged is not None and defer:
                        self._unsaved_merges.append((work.key, result.merged))
                    elif result.merged is not None:
                        cache.store("merge", work.key, result.merged)
                    cache.warnings.extend(result.warnings)
                    rendered[result.slug] = replace(result, merged=None)
                    advance()
            finally:
                getattr(results, "close", lambda: None)()  # stop the workers before the staging folder goes
        if failed:
            raise DigestError(failed)
        return rendered

    @staticmethod
    def _entries(survey: Survey, the_plan: Plan, works: list[StoryWork], rendered: dict[str, Rendered]) -> dict[str, StoryEntry]:
        """What the next build's manifest keeps about each published story, by slug (in slug order).

        When the stories are the last build's (a one-story edit in digest serve), the last
        manifest's entries are copied, already in slug order, and the changed ones replaced:
        nothing is sorted, and a reused story's entry is looked at only to see it is unchanged."""
        fresh: dict[str, StoryEntry] = {}
        for work in works:
            result = rendered.get(work.task.story.slug)
            if result is not None:
                story = work.task.story
                fresh[story.slug] = StoryEntry(story.signature, work.key, render_key(work.key, survey.theme), list(result.files),
                                               _story_warnings(work.warnings, result.light), story.stamps, tuple(result.light.story.tags))
        old = survey.manifest.stories
        if the_plan.removed or len(the_plan.tasks) != len(old) or list(old) != sorted(old):
            entries = dict(fresh)
            for task in the_plan.tasks:
                if task.action == REUSE:
                    entries[task.story.slug] = _restamped(task)
            return dict(sorted(entries.items()))
        entries = dict(old)  # the same stories (none removed, as many): their order is kept
        for task in the_plan.decided_tasks():  # a REUSE task the last plan made, taken as it was, has its entry as it is in `old`
            slug = task.story.slug
            if task.action == REUSE:
                if task.story.stamps is not task.previous.stamps:  # type: ignore[union-attr]
                    entries[slug] = _restamped(task)
            elif slug in fresh:
                entries[slug] = fresh[slug]
            else:
                del entries[slug]  # not rendered: not published
        return entries

    def _search_index(self, cache: BuildCache, survey: Survey, entries: dict[str, StoryEntry], rendered: dict[str, Rendered],
                      staging: Path) -> dict[str, bytes]:
        """The search index of every story page (digest/search.py), by output path; reused from the
        cache while no story page changed, so a cached build is byte for byte a clean one.

        Pagefind reads a mirror of the story pages kept in the cache, where only the pages whose
        render key changed are replaced: from the staging folder when rendered now, else from the
        live output. A mirror that cannot be written is replaced by a temporary copy.
        """
        if not self.search:
            self._search_entries = ()
            return {}
        key = _search_key(entries)
        cached = cache.load("search", key)
        if cached is not None:
            self._last_search, self.search_behind = cached, False
            parts = tuple(entry for entry in survey.manifest.search if entry[0] == "search-part")
            self._search_entries = (("search", key), *parts)  # the parts stay for the next edit
            return cached
        if self.search_lag and self._last_search is None and survey.manifest.stories:
            self._last_search = cache.load("search", _search_key(survey.manifest.stories))  # this builder's first build wrote nothing
        if self.search_lag and self._last_search is not None:
            self.search_behind = True  # the caller rebuilds again, with lag off, once pages are out
            return self._last_search
        sources = {slug: staging if slug in rendered else survey.config.output_dir for slug in entries}
        part_keys: list[str] = []
        try:
            files = _index_parts(cache, cache.dir / "search-pages", entries, sources, part_keys)
        except OSError as exc:
            if cache.writable:
                cache.warnings.append(Problem(f"{CACHE_DIR}/search-pages", None, None, f"cannot keep the search pages in the cache ({exc.strerror}); indexing a temporary copy", "warning"))
            part_keys.clear()
            with tempfile.TemporaryDirectory(prefix="digest-search-pages-") as folder:
                files = _index_parts(cache, Path(folder), entries, sources, part_keys)
        cache.store("search", key, files)
        self._search_entries = (("search", key), *(("search-part", part) for part in part_keys))
        self._last_search, self.search_behind = files, False
        return files

    def _global_digests(self, listings: dict, search_files: dict) -> dict[str, str]:
        """The digest of every global file, by output path: the very same dict as last build when
        the listings and the search index are the very same (a one-story edit in digest serve
        that changes nothing the listings show), so it is neither merged nor compared again."""
        parts = (self._digests_of(listings), self._digests_of(search_files))
        last = self._merged_digests
        if last is not None and last[0] is parts[0] and last[1] is parts[1]:
            return last[2]
        digests = {**parts[0], **parts[1]}
        self._merged_digests = (*parts, digests)
        return digests

    def _digests_of(self, files: dict) -> dict[str, str]:
        """Each global file's digest, by output path; the very same content as last build is not
        hashed again, and the very same files (the listings or the search index as they were)
        are not gone over again."""
        for seen, digests in self._digested:
            if seen is files:
                return digests
        known = self._digests
        digests = {}
        for rel, content in files.items():
            last = known.get(rel)
            if last is None or last[0] is not content:
                last = known[rel] = (content, _digest(content))
            digests[rel] = last[1]
        self._digested = [*self._digested[-1:], (files, digests)]
        return digests

    # -- finish ------------------------------------------------------------------------------

    def _finish(self, config: SiteConfig, cache: BuildCache, survey: Survey, entries: dict, global_digests: dict, started_ns: int,
                save: bool, pages: dict[str, StoryPage] | None = None, output_dirs: dict[str, int] | None = None) -> None:
        """Record what this build published. `pages`: the light pages, when the build wrote; they are
        stored apart under a key naming every story's render key, and the superseded entry dropped."""
        old_key = survey.manifest.pages
        key = old_key if pages is None else _pages_key(entries)
        search = survey.manifest.search if self._search_entries is None else self._search_entries
        self._search_entries = None
        manifest = Manifest(output=str(config.output_dir), theme=survey.theme, started_ns=started_ns, stories=entries, globals=global_digests,
                            output_dirs=output_dirs or {}, pages=key, search=search, folders=_folder_stamps(survey), code=code_key(), site=self._site)
        superseded = _superseded(survey.manifest, manifest)
        merges, self._unsaved_merges = self._unsaved_merges, []

        def store() -> None:
            for merge_key, merged in merges:  # before the manifest that names them
                cache.store("merge", merge_key, merged)
            if pages is not None and key != old_key:
                cache.store("pages", key, self._pickled_pages(pages, entries))
            if save:
                cache.save_manifest(manifest)
            if save and cache.writable:
                for kind, old in superseded:
                    cache.drop(kind, old)

        if self._saving is not None:
            self._saving.join()  # saves happen in order
            self._saving = None
        if self.remove_in_background and cache.writable:
            self._saving = in_background(store, "digest-save-cache", self._returned)
        else:
            store()
        self._manifest = manifest if cache.writable else None
        if pages is not None:
            self._pages = pages

    def _result(self, config, entries: dict, problems: Problems, cache: BuildCache, started: float, rendered: int, files: int, wrote: bool) -> BuildResult:
        self._tally.update(entries)  # from the stories this build changed: no step per story
        warnings = [*self._tally.warnings, *problems.warnings, *cache.warnings]
        tags = self._tally.tags
        if tags != self._tag_warnings[0]:
            self._tag_warnings = (tags, tag_collisions(tags))
        warnings += [Problem("content", None, "tags", message, "warning") for message in self._tag_warnings[1]]
        unique = tuple(dict.fromkeys(warnings))
        return BuildResult(config, len(entries), rendered, files, unique, time.perf_counter() - started, wrote)


# -- Helpers ---------------------------------------------------------------------------------


BUILD_GC_THRESHOLD = 50_000
"""Container objects allocated between two collections of the youngest generation while a build
runs (Python's default: 700). Cleaning, merging and rendering allocate millions of short-lived
objects, few in cycles; at the default every 700 allocations start a collection, and every
hundredth or so one of the whole heap (the embedding model's vocabulary, the loaded stories, the
merge's caches): 15 full collections, 2 of the 18 CPU seconds of a cold build of 1,000 articles
in one process. Worker processes fork from the build and keep its setting."""


@contextmanager
def _collecting_less(restore: bool = True):
    """The cyclic garbage collector run less often while the build runs, as it was after.

    `restore` False (a long-lived builder: digest serve) leaves it so after the build: setting
    the default back makes the very next allocation collect every young object the build left
    (1-2 ms after a one-story edit at 5,000 articles), before the rebuild returns; digest serve
    collects the build's garbage itself once open pages were told to reload (settle_memory)."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], BUILD_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        if restore:
            gc.set_threshold(*before)


def check_theme_links(config: SiteConfig, dirs: tuple[Path, ...], problems: Problems) -> None:
    """A site's theme may not reach files outside the site through a symbolic link:
    they would be published (a link to /etc/passwd in static/ would be deployed)."""
    root = config.root.resolve()
    own = config.root / "themes"
    for folder in dirs:
        if own not in folder.parents:
            continue  # the built-in theme
        candidates = [folder]
        for directory, subdirs, names in os.walk(folder):
            candidates += [Path(directory) / name for name in subdirs + names]
        for path in candidates:
            if not path.is_symlink() and path != folder:
                continue
            target = path.resolve()
            if target != root and root not in target.parents:
                problems.error(path, None, None, f"symbolic link to {target}, outside the site; digest publishes only the site's own files")


def describe_os_error(exc: OSError) -> str:
    """A plain sentence for a failed file operation: what failed, where, and that nothing was published."""
    reasons = {
        errno.ENOSPC: "no space left on the disk",
        errno.EDQUOT: "disk quota exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
        errno.EROFS: "the file system is read-only",
        errno.ENAMETOOLONG: "file name too long",
    }
    reason = reasons.get(exc.errno or -1, exc.strerror or str(exc))
    where = exc.filename or ""
    return f"{where}: {reason}; the build stopped and the last good site is unchanged" if where else f"{reason}; the build stopped and the last good site is unchanged"


def _story_warnings(warnings: tuple[Problem, ...], light: StoryPage) -> list[Problem]:
    """The story's load warnings and its editor's decisions that match no current discrepancy."""
    from digest.merge.decisions import stale_decisions

    stale = stale_decisions(light.story, light.merged.get("discrepancies", []))
    return [*warnings, *(w for w in stale if w not in warnings)]


def _unchanged(survey: Survey, rel: str, digest: str) -> bool:
    """A global file the live output already has, byte for byte."""
    return survey.output_ok and survey.manifest.globals.get(rel) == digest and (survey.listing is None or rel in survey.listing)


def _only_changed_folder(survey: Survey, the_plan: Plan, works: list[StoryWork], rendered: dict[str, Rendered], digests: dict[str, str]) -> str | None:
    """The one story folder that holds every difference between the live site and the new one, if there is one.
    (The rendered story's task is found among the works, not among every story's tasks.)"""
    if not survey.output_ok or the_plan.removed or len(rendered) != 1 or the_plan.count(REUSE) != len(the_plan.tasks) - 1:
        return None
    if (digests is not survey.manifest.globals and digests != survey.manifest.globals) or (survey.listing is not None and survey.listing != old_expected(survey.manifest)):
        return None
    [(slug, result)] = rendered.items()
    task = next(work.task for work in works if work.task.story.slug == slug)
    folder = story_dir(slug)
    if task.previous is None or not all(rel.startswith(folder + "/") for rel in [*result.files, *task.previous.files]):
        return None
    return folder


def _pages_of(entries: dict[str, StoryEntry], rendered: dict[str, Rendered], previous: dict[str, StoryPage]) -> dict[str, StoryPage]:
    """The light page of every published story, in the entries' order: the rendered story's new
    one, the others' from `previous`. When `previous` lists the very stories of `entries` in
    the same order (a one-story edit in digest serve), it is copied and the rendered ones
    replaced, instead of looking up every story."""
    if len(previous) == len(entries) and list(previous) == list(entries):
        pages = dict(previous)
        for slug, result in rendered.items():
            pages[slug] = result.light
        return pages
    return {slug: rendered[slug].light if slug in rendered else previous[slug] for slug in entries}


def _folder_stamps(survey: Survey) -> dict[str, tuple[int, int, int]]:
    """Each story folder's own stamp as the survey saw it, by slug, for the manifest."""
    return {folder.slug: folder.listed for folder in survey.folders if folder.listed is not None}


def _restamped(task: StoryTask) -> StoryEntry:
    """A reused story's entry with its files as seen now: the very same entry when they are
    unchanged (the manifest then stores its bytes from the last build's)."""
    previous = task.previous
    assert previous is not None
    if previous.stamps is task.story.stamps or previous.stamps == task.story.stamps:  # the same record: a folder no survey looked at again since (most of them)
        return previous
    return replace(previous, stamps=task.story.stamps)


def _superseded(old: Manifest, new: Manifest) -> list[tuple[str, str]]:
    """The cache entries the last build named and this one does not: a story's merge before its
    edit (or of a story gone), the light pages and the search index of the last build. Dropped,
    so the cache holds about one site's worth, however long an editor works; undoing an edit
    merges its story again (a fraction of a second)."""
    changed = changed_keys(old.stories, new.stories)
    if changed is not None:  # the same stories (a one-story edit in digest serve): only a changed one's merge can be gone
        keys = {new.stories[slug].key for slug in changed}  # a merge key names one story (its folder is in it), so no unchanged story holds these
        gone = [("merge", old.stories[slug].key) for slug in changed if old.stories[slug].key not in keys]
    else:
        keys = set(map(_KEY_OF, new.stories.values()))  # map and attrgetter: no Python call per story
        gone = [("merge", key) for key in map(_KEY_OF, old.stories.values()) if key not in keys]
    if old.pages and old.pages != new.pages:
        gone.append(("pages", old.pages))
    kept = set(new.search)
    return list(dict.fromkeys([*gone, *(entry for entry in old.search if entry not in kept)]))


def _search_key(entries: dict[str, StoryEntry], into: str = "") -> str:
    """Names the search index of the story pages these entries describe (`into`: a part's folder)."""
    return _listing_digest((b"search", __version__.encode(), into.encode()), entries)


def _pages_key(entries: dict[str, StoryEntry]) -> str:
    """Names the light pages of the stories these entries describe."""
    return _listing_digest((b"pages",), entries)


LISTINGS_KEPT = 12
"""Listings `_listing_digest` keeps: the archive's and those of the search index's parts (a power
of two of them, 8 at most below 320 MB of story pages), so each is found again the next build."""


@dataclass
class _Listing:
    """One listing as made for some entries (in slug order): each story's part, where each story's
    part lies, and the parts joined."""

    entries: dict
    chunks: list[bytes]
    places: dict[str, int]
    joined: bytes


_LISTINGS: list[_Listing] = []
"""The last listings made, newest first: a build names its light pages and its search index from
the same entries, and a one-story edit's entries differ from the last build's in one story."""

_LISTED_STORIES: dict[str, tuple[str, bytes]] = {}
"""Each story's part of the listings made in this process, by slug, with the render key it was
made from: a one-story edit in digest serve encodes one story's part, not the archive's. The
search index's parts list subsets of the stories, so nothing is dropped when a listing lacks a
story (a story removed keeps its few bytes here for the life of the process)."""


def _story_chunk(slug: str, render_key: str) -> bytes:
    """A story's part of a listing, as digest_bytes hashes it (its length, then b"slug:render key")."""
    last = _LISTED_STORIES.get(slug)
    if last is None or last[0] != render_key:
        part = f"{slug}:{render_key}".encode()
        last = _LISTED_STORIES[slug] = (render_key, len(part).to_bytes(8, "little") + part)
    return last[1]


def _listing_of(entries: dict[str, StoryEntry]) -> bytes:
    """The listing of these entries: the one kept when they are the very same; made again from a
    kept one of the same stories in the same order for the stories whose entry is another record
    (`changed_keys`, in C: a one-story edit makes one part again, not the archive's); else made whole."""
    for kept in _LISTINGS:
        if kept.entries is entries:
            return kept.joined
    for n, kept in enumerate(_LISTINGS):
        changed = changed_keys(kept.entries, entries)
        if changed is None:
            continue
        chunks = list(kept.chunks)
        for slug in changed:
            chunks[kept.places[slug]] = _story_chunk(slug, entries[slug].render_key)
        del _LISTINGS[n]
        _LISTINGS.insert(0, _Listing(entries, chunks, kept.places, b"".join(chunks)))
        return _LISTINGS[0].joined
    slugs = sorted(entries)
    chunks = [_story_chunk(slug, entries[slug].render_key) for slug in slugs]
    joined = b"".join(chunks)
    if slugs == list(entries):  # kept only in slug order: a kept listing's places are the entries' order
        _LISTINGS.insert(0, _Listing(entries, chunks, {slug: i for i, slug in enumerate(slugs)}, joined))
        del _LISTINGS[LISTINGS_KEPT:]
    return joined


def _listing_digest(head: tuple[bytes, ...], entries: dict[str, StoryEntry]) -> str:
    """digest_bytes(*head, *(b"slug:render key" of each story, in slug order)), the archive's
    listing made once for every key a build makes of the same entries.

    The listing is kept as the very bytes digest_bytes hashes for those parts (each part's length,
    then the part), joined from each story's part as last made, so the digest is the same and
    a build that changed one story makes one part again and hashes the archive's listing in one
    call instead of two calls per story."""
    listing = _listing_of(entries)
    h = hashlib.sha256()
    for part in head:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    h.update(listing)
    return h.hexdigest()


def _index_parts(cache: BuildCache, mirror: Path, entries: dict[str, StoryEntry], sources: dict[str, Path],
                 part_keys: list[str]) -> dict[str, bytes]:
    """The search index of the story pages, in as many parts as their size calls for
    (digest/search.py): each part from the cache while none of its pages changed, else indexed
    from its own mirror (mirror/part-N). The cache keys of the parts are added to `part_keys`."""
    pages = {slug: entry for slug, entry in entries.items() if f"{story_dir(slug)}/index.html" in entry.files}
    count = part_count(sum((sources[slug] / story_dir(slug) / "index.html").stat().st_size for slug in pages))
    parts: list[dict[str, StoryEntry]] = [{} for _ in range(count)]
    for slug, entry in pages.items():
        parts[part_of(slug, count)][slug] = entry
    wanted = [index for index, part in enumerate(parts) if part]
    mirror.mkdir(parents=True, exist_ok=True)
    for stale in set(os.listdir(mirror)) - {f"part-{index}" for index in wanted}:
        remove_tree(mirror / stale) if (mirror / stale).is_dir() else (mirror / stale).unlink()
    files: dict[str, bytes] = {}
    folders: list[str] = []
    cached = count > 1  # one part is the whole index, which the caller caches
    for index in wanted:
        into = part_folder(index if folders else 0)  # the first part with pages is the main bundle
        folders.append(into)
        key = _search_key(parts[index], into)
        indexed = cache.load("search-part", key) if cached else None
        if indexed is None:
            indexed = index_folder(_search_mirror(mirror / f"part-{index}", parts[index], sources), into)
            if cached:
                cache.store("search-part", key, indexed)
        if cached:
            part_keys.append(key)
        files.update(indexed)
    if files:
        files.update(parts_list(folders))
    return files


def _search_mirror(mirror: Path, entries: dict[str, StoryEntry], sources: dict[str, Path]) -> Path:
    """Bring the mirror of the story pages up to date: a page is replaced only when its render key
    changed (a stamp beside it records the key), and stories no longer published are removed."""
    stories = mirror / "stories"
    stories.mkdir(parents=True, exist_ok=True)
    for gone in set(os.listdir(stories)) - set(entries):
        remove_tree(stories / gone)
    for slug, entry in entries.items():
        rel = f"{story_dir(slug)}/index.html"
        if rel not in entry.files:
            continue
        stamp = mirror / story_dir(slug) / ".render-key"
        if stamp.is_file() and stamp.read_text(encoding="utf-8") == entry.render_key:
            continue
        stamp.unlink(missing_ok=True)
        (mirror / rel).unlink(missing_ok=True)
        link_files(sources[slug], mirror, [rel])
        stamp.write_text(entry.render_key, encoding="utf-8")
    return mirror


def _digest(content) -> str:
    if isinstance(content, Path):
        st = content.stat()
        return f"{content}:{st.st_size}:{st.st_mtime_ns}"
    data = content.encode() if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def _listing(folder: Path) -> set[str]:
    """Every file under folder, as relative POSIX paths: a stray or missing file forces a write."""
    out = set()
    for directory, _, names in os.walk(folder):
        rel = os.path.relpath(directory, folder)
        for name in names:
            out.add(name if rel == "." else f"{rel}/{name}".replace(os.sep, "/"))
    return out


def build(root: Path, reporter: Reporter | None = None, overrides: dict | None = None, search: bool = True) -> BuildResult:
    """Build the site into its output folder, atomically and incrementally.

    `overrides`: SiteConfig fields from the command line, e.g. {"output": "/abs/path"};
    `search`: build the search index and put the search box on every page.
    """
    return Builder(root, reporter, overrides=overrides, search=search).build()
