"""A cache that cannot lie: damaged entries are misses, an unwritable cache is no cache,
and a story is unchanged only when its files' contents are."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from digest.build import Builder
from digest.cache import CACHE_DIR, MAGIC

from test_faults import make_site, snapshot

SENTENCE = b"Members agreed to publish"


def clean_snapshot(site: Path, tmp_path: Path) -> dict:
    """The site a clean build makes from the same inputs, elsewhere."""
    copy = tmp_path / "clean"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("_site", CACHE_DIR))
    Builder(copy, jobs=1).build()
    return snapshot(copy / "_site")


def merge_entries(site: Path) -> list[Path]:
    return sorted((site / CACHE_DIR / "merge").rglob("*.pickle"))


def force_rerender(site: Path) -> None:
    """A theme change: every story is rendered again from its cached merge."""
    static = site / "themes" / "default" / "static"
    static.mkdir(parents=True, exist_ok=True)
    (static / "extra.css").write_text(f"p {{ margin: {len(list(static.iterdir()))}px }}\n")


def test_a_cache_entry_with_one_byte_changed_inside_a_sentence_is_not_published(tmp_path):
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1).build()
    entry = merge_entries(site)[0]
    data = entry.read_bytes()
    at = data.index(SENTENCE)
    entry.write_bytes(data[:at] + b"N" + data[at + 1:])  # "Nembers": same size, pickle still loads
    force_rerender(site)
    result = Builder(site, jobs=1).build()
    published = b"".join(p.read_bytes() for p in (site / "_site").rglob("*.html"))
    assert b"Nembers" not in published
    assert snapshot(site / "_site") == clean_snapshot(site, tmp_path)
    damaged = [w for w in result.warnings if "damaged cache entry" in w.message]
    assert len(damaged) == 1 and damaged[0].file.startswith(f"{CACHE_DIR}/merge/")


@pytest.mark.parametrize("damage", ["truncate", "garble", "empty"])
def test_a_truncated_or_garbled_entry_is_a_miss_with_one_warning_and_the_next_build_is_quiet(tmp_path, damage):
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1).build()
    for entry in [*merge_entries(site), site / CACHE_DIR / "manifest.pickle"]:
        data = entry.read_bytes()
        entry.write_bytes({"truncate": data[: len(data) // 2], "garble": data[:40] + os.urandom(len(data) - 40), "empty": b""}[damage])
    force_rerender(site)
    result = Builder(site, jobs=1).build()
    assert result.wrote and snapshot(site / "_site") == clean_snapshot(site, tmp_path)
    assert sum("cache entry" in w.message for w in result.warnings) >= 1
    force_rerender(site)
    again = Builder(site, jobs=1).build()
    assert not [w for w in again.warnings if "cache" in w.message]


def test_an_entry_stored_under_another_key_is_not_used(tmp_path):
    """Entries are checked against the key they were looked up by, not just for damage."""
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1).build()
    first, second = merge_entries(site)
    first.write_bytes(second.read_bytes())  # a well-formed entry of the other story
    force_rerender(site)
    Builder(site, jobs=1).build()
    assert snapshot(site / "_site") == clean_snapshot(site, tmp_path)


def test_an_unwritable_cache_means_building_without_it(tmp_path):
    site = make_site(tmp_path / "site")
    (site / CACHE_DIR).write_text("not a folder")  # every cache write fails, even for root
    result = Builder(site, jobs=1).build()
    assert result.wrote and snapshot(site / "_site") == clean_snapshot(site, tmp_path)
    assert [w.message for w in result.warnings if "build cache" in w.message] == [
        "cannot write the build cache (File exists); building without it"
    ]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_folder_means_building_without_it(tmp_path):
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1).build()
    shutil.rmtree(site / "_site")
    for folder in [site / CACHE_DIR, *(p for p in (site / CACHE_DIR).rglob("*") if p.is_dir())]:
        folder.chmod(0o555)
    try:
        incremental = site / "content" / "story-0" / "a.txt"
        incremental.write_text(incremental.read_text() + "\nA new closing line was added today.\n")
        result = Builder(site, jobs=1).build()
    finally:
        for folder in [site / CACHE_DIR, *(p for p in (site / CACHE_DIR).rglob("*") if p.is_dir())]:
            folder.chmod(0o755)
    assert result.wrote and any("building without it" in w.message for w in result.warnings)


def test_a_same_size_edit_that_keeps_the_modification_time_is_rebuilt(tmp_path):
    """cp -p, rsync -t, tar x, a restore: same size, same mtime, different words."""
    site = make_site(tmp_path / "site")
    article = site / "content" / "story-0" / "a.txt"
    past = 1_600_000_000
    os.utime(article, (past, past))
    Builder(site, jobs=1).build()
    text = article.read_text()
    article.write_text(text.replace("Members agreed", "Members argued", 1))
    os.utime(article, (past, past))
    assert article.stat().st_size == len(text.encode())
    result = Builder(site, jobs=1).build()
    assert result.wrote and result.rendered == 1
    assert b"Members argued" in (site / "_site" / "stories" / "story-0" / "sources" / "a" / "index.html").read_bytes()


def test_an_edit_within_the_same_timestamp_tick_as_the_last_build_is_rebuilt(tmp_path):
    """A file saved right after a build, with a coarse clock, can keep size and mtime: it is hashed."""
    site = make_site(tmp_path / "site")
    builder = Builder(site, jobs=1)
    builder.build()
    article = site / "content" / "story-1" / "b.txt"
    stat = article.stat()
    article.write_text(article.read_text().replace("Members agreed", "Members argued", 1))
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    result = builder.build()
    assert result.rendered == 1


def test_an_unchanged_site_is_up_to_date_without_hashing_settled_files(tmp_path, monkeypatch):
    site = make_site(tmp_path / "site")
    past = 1_600_000_000
    for path in (site / "content").rglob("*"):
        os.utime(path, (past, past))
    Builder(site, jobs=1).build()
    import digest.cache

    monkeypatch.setattr(digest.cache, "TIMESTAMP_SLACK_NS", 0)  # ctime cannot be set back: trust the files just made
    monkeypatch.setattr(digest.cache.hashlib, "file_digest", lambda *a: pytest.fail("a settled file was hashed again"), raising=False)
    result = Builder(site, jobs=1).build()
    assert not result.wrote


def test_a_settled_unchanged_story_folder_is_not_listed_again(tmp_path, monkeypatch):
    """Its files are looked at by the names the manifest holds (the next test: when that is wrong)."""
    import digest.cache

    site = make_site(tmp_path / "site")
    monkeypatch.setattr(digest.cache, "TIMESTAMP_SLACK_NS", 0)  # ctime cannot be set back: trust the files just made
    Builder(site, jobs=1).build()
    real = os.scandir

    def scandir(path):
        if Path(path).parent.name == "content":
            pytest.fail(f"the unchanged story folder {path} was listed again")
        return real(path)

    monkeypatch.setattr(digest.cache.os, "scandir", scandir)
    assert not Builder(site, jobs=1).build().wrote


def test_a_file_added_to_a_story_folder_is_seen_though_the_folder_mtime_was_set_back(tmp_path, monkeypatch):
    """A folder is trusted to hold the same files only while its mtime and its ctime are the
    same: a tool that sets the mtime back after adding a file (rsync -a, cp -p) changes the ctime."""
    import digest.cache

    site = make_site(tmp_path / "site")
    monkeypatch.setattr(digest.cache, "TIMESTAMP_SLACK_NS", 0)
    Builder(site, jobs=1).build()
    folder = site / "content" / "story-1"
    before = folder.stat()
    (folder / "extra.txt").write_text("An article nobody listed in story.yaml.\n")
    os.utime(folder, ns=(before.st_atime_ns, before.st_mtime_ns))
    result = Builder(site, jobs=1).build()
    assert result.rendered == 1
    assert any(w.file.endswith("story-1/extra.txt") and "not listed" in w.message for w in result.warnings)
    (folder / "extra.txt").unlink()
    os.utime(folder, ns=(before.st_atime_ns, before.st_mtime_ns))
    result = Builder(site, jobs=1).build()
    assert result.rendered == 1 and not any("extra.txt" in w.file for w in result.warnings)


def test_entries_carry_a_checksum_header(tmp_path):
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1).build()
    data = merge_entries(site)[0].read_bytes()
    assert data.startswith(MAGIC)
    pickle.loads(data[len(MAGIC) + 32:])
