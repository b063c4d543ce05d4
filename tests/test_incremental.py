"""Incremental and parallel builds: only what changed is redone, and the result is the same
site a clean build makes, byte for byte."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import digest.build as build_module
from digest.build import Builder
from digest.cache import CACHE_DIR

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from archive import generate  # noqa: E402


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def clean_build(site: Path) -> dict[str, bytes]:
    shutil.rmtree(site / "_site", ignore_errors=True)
    shutil.rmtree(site / CACHE_DIR, ignore_errors=True)
    Builder(site, jobs=1).build()
    return snapshot(site / "_site")


@pytest.fixture
def archive(tmp_path) -> Path:
    """A generated site of a dozen stories (enough for a parallel cold build), short articles."""
    generate(tmp_path / "gen", 50, words=150)
    return tmp_path / "gen" / "digest"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_cached_build_is_byte_identical_to_a_clean_build(archive):
    Builder(archive).build()
    stories = sorted((archive / "content").iterdir())
    first = sorted(stories[0].glob("*.txt"))[0]
    edit(first, "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    (stories[1] / "story.yaml").write_text((stories[1] / "story.yaml").read_text().replace("title: ", "title: Latest on "))
    shutil.rmtree(stories[2])
    result = Builder(archive).build()
    assert result.rendered == 2 and result.wrote
    incremental = snapshot(archive / "_site")
    assert incremental == clean_build(archive)


def test_only_the_edited_story_is_merged_again(archive, monkeypatch):
    Builder(archive).build()
    merged = []
    real = build_module._merge
    monkeypatch.setattr(build_module, "_merge", lambda loaded: merged.append(loaded.story.slug) or real(loaded))
    story = sorted((archive / "content").iterdir())[3]
    edit(sorted(story.glob("*.txt"))[0], "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    result = Builder(archive, jobs=1).build()
    assert merged == [story.name] and result.rendered == 1


def test_a_template_edit_renders_again_without_merging(archive, monkeypatch):
    Builder(archive).build()
    monkeypatch.setattr(build_module, "_merge", lambda loaded: pytest.fail("a template edit must not re-merge"))
    templates = archive / "themes" / "default" / "templates"
    templates.mkdir(parents=True)
    from digest.render import builtin_theme_dir

    story = (builtin_theme_dir() / "templates" / "story.html").read_text()
    (templates / "story.html").write_text(story.replace("<h2 id=\"sources-heading\">Sources</h2>", "<h2 id=\"sources-heading\">Who reported it</h2>"))
    result = Builder(archive, jobs=1).build()
    assert result.rendered == result.stories
    page = next((archive / "_site" / "stories").iterdir()) / "index.html"
    assert "Who reported it" in page.read_text()


def test_a_new_merge_rule_merges_every_story_again(archive, monkeypatch):
    """An upgraded digest (or a developer's edited rule) must not leave stories merged by the
    old code behind an 'up to date'."""
    Builder(archive).build()
    monkeypatch.setattr(build_module, "merge_code", lambda: b"a changed rule")
    merged = []
    real = build_module._merge
    monkeypatch.setattr(build_module, "_merge", lambda loaded: merged.append(loaded.story.slug) or real(loaded))
    result = Builder(archive, jobs=1).build()
    assert result.wrote and sorted(merged) == sorted(p.name for p in (archive / "content").iterdir())


def test_a_no_change_build_writes_nothing(archive):
    Builder(archive).build()
    before = {p: p.stat().st_mtime_ns for p in (archive / "_site").rglob("*") if p.is_file()}
    result = Builder(archive).build()
    assert not result.wrote and result.rendered == 0
    assert {p: p.stat().st_mtime_ns for p in (archive / "_site").rglob("*") if p.is_file()} == before


def test_a_parallel_cold_build_equals_a_serial_one(archive):
    Builder(archive, jobs=2).build()
    parallel = snapshot(archive / "_site")
    assert parallel == clean_build(archive)


def test_a_damaged_cache_is_rebuilt_not_trusted(archive):
    Builder(archive).build()
    good = snapshot(archive / "_site")
    (archive / CACHE_DIR / "manifest.pickle").write_bytes(b"not a pickle")
    for entry in (archive / CACHE_DIR / "merge").rglob("*.pickle"):
        entry.write_bytes(b"\x80\x04garbage")
        break
    result = Builder(archive).build()
    assert result.rendered == result.stories
    assert snapshot(archive / "_site") == good


def test_the_cache_folder_keeps_itself_out_of_git(archive):
    Builder(archive).build()
    assert (archive / CACHE_DIR / ".gitignore").read_text().strip().endswith("*")


class _Terminal:
    """A stream that says it is a terminal, recording what is drawn on it."""

    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass

    def isatty(self):
        return True


def test_a_cold_build_shows_progress_on_a_terminal_only(archive):
    from digest.progress import Reporter

    terminal = _Terminal()
    Builder(archive, Reporter(stream=terminal), jobs=1).build()
    assert "Building" in terminal.text and "100%" in terminal.text

    shutil.rmtree(archive / "_site")
    shutil.rmtree(archive / CACHE_DIR)
    quiet = _Terminal()
    Builder(archive, Reporter(quiet=True, stream=quiet), jobs=1).build()
    assert quiet.text == ""

    piped = _Terminal()
    piped.isatty = lambda: False
    shutil.rmtree(archive / "_site")
    shutil.rmtree(archive / CACHE_DIR)
    Builder(archive, Reporter(stream=piped), jobs=1).build()
    assert piped.text == ""


def test_a_story_whose_folder_name_is_not_a_slug_rebuilds_from_unchanged_files(copy_site):
    site = copy_site(stories={"xi-putin-samarkand": "Xi Putin Samarkand"})
    Builder(site).build()
    shutil.rmtree(site / CACHE_DIR / "merge")  # the merge is gone, the files are unchanged
    (site / "themes" / "default" / "static").mkdir(parents=True)
    (site / "themes" / "default" / "static" / "extra.css").write_text("p {}")  # force a re-render
    result = Builder(site).build()
    assert result.rendered == 1
    assert (site / "_site" / "stories" / "xi-putin-samarkand" / "index.html").is_file()


def test_a_no_change_build_reads_no_cache_entry_but_the_manifest(archive, monkeypatch):
    from digest.cache import BuildCache

    Builder(archive).build()
    loaded = []
    real = BuildCache.load
    monkeypatch.setattr(BuildCache, "load", lambda self, kind, key: loaded.append(kind) or real(self, kind, key))
    result = Builder(archive).build()
    assert not result.wrote and loaded == []


def test_a_no_change_build_does_not_load_the_merge(archive):
    import subprocess

    Builder(archive).build()
    probe = "import sys; from digest.build import Builder; Builder(sys.argv[1]).build(); print(sorted(m for m in sys.modules if m.startswith(('digest.merge', 'digest.clean'))))"
    out = subprocess.run([sys.executable, "-c", probe, str(archive)], cwd=Path(build_module.__file__).parent.parent, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_no_change_digest_build_imports_neither_yaml_nor_the_worker_pool(archive):
    """What keeps a no-change build fast in a fresh process (issue 12): site.yaml's values come
    from the manifest, so YAML is never imported, nor the worker pool (multiprocessing), the
    templates, the merge or the cleaner."""
    import subprocess

    Builder(archive).build()
    probe = (
        "import runpy, sys\n"
        "sys.argv = ['digest', 'build', '--quiet', '--root', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('digest', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "heavy = ('yaml', 'digest.schema', 'digest.pool', 'digest.render', 'digest.merge', 'digest.clean')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(archive)], cwd=Path(build_module.__file__).parent.parent, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_edited_site_yaml_is_validated_again_not_taken_as_remembered(archive):
    from digest.config import load_config
    from digest.errors import DigestError

    Builder(archive).build()
    assert Builder(archive).build().config == load_config(archive)  # remembered: the same configuration
    site_yaml = archive / "site.yaml"
    good = site_yaml.read_text()
    site_yaml.write_text(good.replace("title: Bench Archive", "title: Another Archive"))
    result = Builder(archive).build()
    assert result.wrote and result.config.title == "Another Archive"
    assert "Another Archive" in (archive / "_site" / "index.html").read_text()
    site_yaml.write_text(good + "no_such_key: 1\n")
    with pytest.raises(DigestError):
        Builder(archive).build()


def test_damaged_light_pages_are_rebuilt_from_the_merges(archive):
    Builder(archive).build()
    pages = list((archive / CACHE_DIR / "pages").rglob("*.pickle"))
    assert len(pages) == 1
    pages[0].write_bytes(b"\x80\x04garbage")
    story = sorted((archive / "content").iterdir())[1]
    edit(sorted(story.glob("*.txt"))[0], "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    result = Builder(archive).build()
    assert result.rendered == result.stories
    assert snapshot(archive / "_site") == clean_build(archive)


def test_the_cache_keeps_only_the_current_light_pages(archive):
    Builder(archive).build()
    story = sorted((archive / "content").iterdir())[1]
    for n in range(2):
        edit(sorted(story.glob("*.txt"))[0], "\n\n", f"\n\nSentence number {n} the test adds.\n\n")
        Builder(archive).build()
    assert len(list((archive / CACHE_DIR / "pages").rglob("*.pickle"))) == 1


def cache_entries(site: Path, kind: str) -> int:
    return len(list((site / CACHE_DIR / kind).rglob("*.pickle")))


@pytest.mark.parametrize("long_lived", [False, True], ids=["new-builder-each-time", "digest-serve"])
def test_editing_does_not_grow_the_cache(archive, monkeypatch, long_lived):
    """Each edit makes a new merge of its story and a new search index (in parts, for a large
    archive); the superseded ones are dropped, so the cache stays one site's worth."""
    monkeypatch.setattr("digest.search.PART_BYTES", 20_000)  # this small archive in several parts
    builder = Builder(archive, jobs=1)
    builder.build()
    stories = len(list((archive / "content").iterdir()))
    parts = cache_entries(archive, "search-part")
    assert parts > 1 and cache_entries(archive, "merge") == stories and cache_entries(archive, "search") == 1
    story = sorted((archive / "content").iterdir())[1]
    for n in range(3):
        edit(sorted(story.glob("*.txt"))[0], "\n\n", f"\n\nSentence number {n} the test adds.\n\n")
        (builder if long_lived else Builder(archive, jobs=1)).build()
        builder._saving and builder._saving.join()
    assert cache_entries(archive, "merge") == stories
    assert cache_entries(archive, "search") == 1
    assert cache_entries(archive, "search-part") == parts
    assert (archive / "_site" / "pagefind").is_dir()
    shutil.rmtree(story)  # a story gone takes its merge with it
    Builder(archive, jobs=1).build()
    assert cache_entries(archive, "merge") == stories - 1


def test_a_long_lived_builder_renders_again_only_the_listings_a_changed_story_is_on(archive, monkeypatch):
    import digest.render as render_module
    import yaml

    builder = Builder(archive, jobs=1)
    builder.build()
    story = sorted((archive / "content").iterdir())[4]
    (story / "story.yaml").write_text((story / "story.yaml").read_text().replace("title: ", "title: Latest on ", 1))
    own_tags = {render_module.tag_slug(tag) for tag in yaml.safe_load((story / "story.yaml").read_text()).get("tags", [])}
    all_tags = {p.name for p in (archive / "_site" / "tags").iterdir()}
    assert own_tags and all_tags - own_tags
    rendered = []
    real = render_module.render_template
    monkeypatch.setattr(render_module, "render_template", lambda env, name, **context: rendered.append((name, context.get("tag"))) or real(env, name, **context))
    builder.build()
    tag_pages = {render_module.tag_slug(tag) for name, tag in rendered if name == "tag.html"}
    assert tag_pages == own_tags and ("index.html", None) in rendered
    assert "Latest on" in (archive / "_site" / "index.html").read_text()
    assert snapshot(archive / "_site") == clean_build(archive)


def test_told_what_changed_a_builder_looks_only_at_those_story_folders(archive, monkeypatch):
    surveyed = []
    real = build_module.file_stamps
    monkeypatch.setattr(build_module, "file_stamps", lambda folder, *rest: surveyed.append(folder.name) or real(folder, *rest))
    builder = Builder(archive, jobs=1)
    builder.build()
    stories = sorted((archive / "content").iterdir())
    source = sorted(stories[2].glob("*.txt"))[0]
    edit(source, "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    surveyed.clear()
    result = builder.build(changed=[str(source)])
    assert surveyed == [stories[2].name] and result.rendered == 1
    assert snapshot(archive / "_site") == clean_build(archive)


def test_a_new_story_folder_among_the_changes_means_looking_at_every_folder(archive, monkeypatch):
    builder = Builder(archive, jobs=1)
    builder.build()
    stories = sorted((archive / "content").iterdir())
    added = archive / "content" / "zz-added-story"
    shutil.copytree(stories[0], added)
    surveyed = []
    real = build_module.file_stamps
    monkeypatch.setattr(build_module, "file_stamps", lambda folder, *rest: surveyed.append(folder.name) or real(folder, *rest))
    builder.build(changed=[str(added), str(added / "story.yaml")])
    assert len(surveyed) == len(stories) + 1
    assert (archive / "_site" / "stories" / "zz-added-story" / "index.html").is_file()


def test_after_a_failed_build_the_next_one_looks_at_every_folder(archive):
    from digest.errors import DigestError

    builder = Builder(archive, jobs=1)
    builder.build()
    site_yaml = archive / "site.yaml"
    good = site_yaml.read_text()
    story = sorted((archive / "content").iterdir())[3]
    source = sorted(story.glob("*.txt"))[0]
    site_yaml.write_text(good + "no_such_key: 1\n")
    edit(source, "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    with pytest.raises(DigestError):  # stops before looking at any story folder
        builder.build(changed=[str(site_yaml), str(source)])
    site_yaml.write_text(good)
    result = builder.build(changed=[str(site_yaml)])
    assert result.rendered == 1
    assert "A sentence the test adds" in (archive / "_site" / "stories" / story.name / "sources" / source.stem / "index.html").read_text()


def test_told_only_of_a_deleted_story_yaml_the_builder_unpublishes_that_story(archive):
    builder = Builder(archive, jobs=1)
    builder.build()
    story = sorted((archive / "content").iterdir())[2]
    for article in story.iterdir():
        article.unlink()
    result = builder.build(changed=[str(story / "story.yaml")])
    assert result.wrote and not (archive / "_site" / "stories" / story.name).exists()
    assert result.stories == len(list((archive / "content").iterdir())) - 1


def test_a_long_lived_builder_pickles_only_the_light_page_of_the_story_that_changed(archive, monkeypatch):
    import pickle

    from digest.render import StoryPage

    builder = Builder(archive, jobs=1)
    builder.build()
    pickled = []
    real = pickle.dumps
    monkeypatch.setattr(pickle, "dumps", lambda value, *args, **kwargs: (isinstance(value, StoryPage) and pickled.append(value.slug)) or real(value, *args, **kwargs))
    story = sorted((archive / "content").iterdir())[5]
    edit(sorted(story.glob("*.txt"))[0], "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    builder.build(changed=[str(sorted(story.glob("*.txt"))[0])])
    assert pickled == [story.name]
    other = sorted((archive / "content").iterdir())[6]
    edit(sorted(other.glob("*.txt"))[0], "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    assert Builder(archive).build().rendered == 1  # a new builder reads the others' light pages back
    assert snapshot(archive / "_site") == clean_build(archive)


def test_a_long_lived_builder_pickles_only_the_manifest_entry_of_the_story_that_changed(archive, monkeypatch):
    import pickle

    from digest.cache import StoryEntry

    builder = Builder(archive, jobs=1)
    builder.build()
    story = sorted((archive / "content").iterdir())[5]
    source = sorted(story.glob("*.txt"))[0]
    edit(source, "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    builder.build(changed=[str(source)])  # the first edit restamps the folder's files once
    pickled = []
    real = pickle.dumps
    monkeypatch.setattr(pickle, "dumps", lambda value, *args, **kwargs: (isinstance(value, StoryEntry) and pickled.append(value.key)) or real(value, *args, **kwargs))
    edit(source, "\n\n", "\n\nAnother sentence the test adds.\n\n")
    builder.build(changed=[str(source)])
    assert len(pickled) == 1
    monkeypatch.setattr(pickle, "dumps", real)
    assert Builder(archive).build().wrote is False  # a new process reads every entry back


def test_a_long_lived_builder_saves_the_cache_after_returning_and_in_order(archive):
    from digest.write import finish_removals

    builder = Builder(archive, jobs=1, remove_in_background=True)  # as digest serve makes it
    builder.build()
    stories = sorted((archive / "content").iterdir())
    for n, story in enumerate(stories[:3]):
        source = sorted(story.glob("*.txt"))[0]
        edit(source, "\n\n", f"\n\nSentence {n} the test adds.\n\n")
        builder.build(changed=[str(source)])
    finish_removals()
    assert Builder(archive).build().wrote is False  # the manifest on disk is the last build's
    assert snapshot(archive / "_site") == clean_build(archive)


def test_a_long_lived_builder_stores_an_edited_storys_merge_after_returning(archive, monkeypatch):
    """digest serve's builder hands the fresh merge of an edited story to the background save:
    once that has run, the cache holds it, so a later theme change renders every story from its
    merge without merging, into the site a clean build makes."""
    from digest.cache import BuildCache
    from digest.slug import slugify
    from digest.write import finish_removals

    builder = Builder(archive, jobs=1, remove_in_background=True)
    builder.build()
    story = sorted((archive / "content").iterdir())[4]
    source = sorted(story.glob("*.txt"))[0]
    stored = []
    real_store = BuildCache.store
    monkeypatch.setattr(BuildCache, "store", lambda self, kind, key, value: stored.append(kind) or real_store(self, kind, key, value))
    edit(source, "\n\n", "\n\nA sentence the test adds to one source.\n\n")
    builder.build(changed=[str(source)])
    finish_removals()
    assert stored.count("merge") == 1
    key = builder._manifest.stories[slugify(story.name)].key
    assert BuildCache(archive).has("merge", key)
    monkeypatch.setattr(build_module, "_merge", lambda loaded: pytest.fail("every merge is in the cache"))
    templates = archive / "themes" / "default" / "templates"
    templates.mkdir(parents=True)
    from digest.render import builtin_theme_dir

    (templates / "story_card.html").write_text((builtin_theme_dir() / "templates" / "story_card.html").read_text() + "\n")
    result = Builder(archive, jobs=1).build()
    assert result.rendered == result.stories
    monkeypatch.undo()
    assert snapshot(archive / "_site") == clean_build(archive)


def test_a_long_lived_builder_cleans_again_only_the_edited_article_and_lists_nothing_again(archive, monkeypatch):
    """digest serve re-merging a story after one of its files changed: the story's other articles
    are not cleaned again, listings that show nothing new are not gone over, and the site is the
    one a clean build makes."""
    import digest.clean as clean_module
    import digest.render as render_module

    builder = Builder(archive, jobs=1)
    builder.build()
    story = sorted((archive / "content").iterdir())[5]
    articles = sorted(story.glob("*.txt"))
    assert len(articles) >= 3
    for round_ in range(2):  # the first edit cleans the story's every article; the second only the edited one
        edit(articles[0], "\n\n", f"\n\nA sentence the test adds to one source, round {round_}.\n\n")
        cleaned, listed = [], []
        real_clean, real_listings = clean_module.clean_article, render_module._render_globals
        monkeypatch.setattr(clean_module, "clean_article", lambda article: cleaned.append(article.source.path.name) or real_clean(article))
        monkeypatch.setattr(render_module, "_render_globals", lambda *args: listed.append(1) or real_listings(*args))
        result = builder.build(changed=[str(articles[0])])
        monkeypatch.setattr(clean_module, "clean_article", real_clean)
        monkeypatch.setattr(render_module, "_render_globals", real_listings)
        assert result.rendered == 1
    assert cleaned == [articles[0].name]
    assert listed == []  # the story's card, title and tags are as they were
    assert snapshot(archive / "_site") == clean_build(archive)


def test_a_long_lived_builder_leaves_its_background_work_until_the_build_has_returned(archive, monkeypatch):
    """Saving the cache and removing the replaced site run in threads; started at once they would
    hold the interpreter while the build still works, so they wait until it has returned."""
    import time

    from digest.cache import BuildCache
    from digest.write import finish_removals

    builder = Builder(archive, jobs=1, remove_in_background=True)
    saved, ended = [], []
    real_save, real_build = BuildCache.save_manifest, builder._build
    monkeypatch.setattr(BuildCache, "save_manifest", lambda self, manifest: saved.append(time.monotonic()) or real_save(self, manifest))

    def build_then_linger(changed):
        result = real_build(changed)  # the save was handed to a thread in here
        time.sleep(0.2)
        ended.append(time.monotonic())
        return result

    monkeypatch.setattr(builder, "_build", build_then_linger)
    builder.build()
    finish_removals()
    assert len(saved) == 1 and saved[0] >= ended[0]
    assert Builder(archive).build().wrote is False  # and the save did happen


def test_waiting_for_background_work_while_another_thread_starts_some_never_fails():
    """digest serve's build thread hands work to the background while the main thread, shutting
    down, waits for it: the wait must never meet a thread that is listed but not yet started."""
    import threading
    from digest.write import finish_removals, in_background

    errors: list[BaseException] = []
    done = threading.Event()

    def hand_off() -> None:
        for _ in range(300):
            in_background(lambda: None, "digest-test-work")
        done.set()

    def wait() -> None:
        while not done.is_set():
            try:
                finish_removals(timeout=1.0)
            except RuntimeError as error:  # 'cannot join thread before it is started'
                errors.append(error)
                return

    waiters = [threading.Thread(target=wait) for _ in range(2)]
    producer = threading.Thread(target=hand_off)
    for t in (*waiters, producer):
        t.start()
    for t in (producer, *waiters):
        t.join(30)
    finish_removals()
    assert errors == []


def test_a_builder_as_digest_serve_makes_it_publishes_after_each_edit_the_site_a_clean_build_makes(archive):
    """digest serve's builder (background work, the search index a build behind) told of each
    edit: a source, then a story's title and tags, then the same source again. After each edit and
    the server's second build, the site is the one a clean build of the same files makes."""
    from digest.write import finish_removals

    builder = Builder(archive, jobs=1, remove_in_background=True, search_lag=True)
    builder.build()
    stories = sorted((archive / "content").iterdir())
    source = sorted(stories[3].glob("*.txt"))[0]
    story_yaml = stories[6] / "story.yaml"

    def edit_source(round_: int) -> list[Path]:
        edit(source, "\n\n", f"\n\nA sentence the test adds to one source, round {round_}.\n\n")
        return [source]

    def retitle() -> list[Path]:
        text = story_yaml.read_text()
        story_yaml.write_text(text.replace("title: ", "title: Latest on ", 1).replace("tags: [", "tags: [added-by-test, ", 1))
        return [story_yaml]

    for change in (lambda: edit_source(0), retitle, lambda: edit_source(1)):
        changed = change()
        result = builder.build(changed=[str(path) for path in changed])
        assert result.wrote and result.rendered == 1
        if builder.search_behind:
            builder.search_lag = False
            builder.build()
            builder.search_lag = True
        finish_removals()
        built = snapshot(archive / "_site")
        fresh = archive.parent / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(archive, fresh, ignore=shutil.ignore_patterns("_site", CACHE_DIR))
        assert built == clean_build(fresh)
