"""A build in a new process checks that the live output still holds exactly the files the last
build wrote, listing only the folders whose mtime changed since they were last seen whole; a
page someone deleted is put back, a stray file is removed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import digest.write as write_module
from digest.build import Builder
from digest.write import verify_output

NOW = time.time_ns()
OLD = NOW - 3_600_000_000_000


def make_output(folder: Path, files: list[str]) -> set[str]:
    for rel in files:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text("x")
    for directory in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        os.utime(directory, ns=(OLD, OLD))  # settled long ago
    return set(files)


FILES = ["index.html", ".digest-output", "stories/a/index.html", "stories/a/sources/s1/index.html", "stories/b/index.html"]


def test_an_output_holding_exactly_the_expected_files_is_certified(tmp_path):
    expected = make_output(tmp_path, FILES)
    stamps = verify_output(tmp_path, expected, {}, NOW)
    assert stamps is not None and set(stamps) == {"", "stories", "stories/a", "stories/a/sources", "stories/a/sources/s1", "stories/b"}
    assert all(mtime == OLD for mtime in stamps.values())


def test_folders_unchanged_since_last_seen_are_not_listed_again(tmp_path, monkeypatch):
    expected = make_output(tmp_path, FILES)
    stamps = verify_output(tmp_path, expected, {}, NOW)
    (tmp_path / "stories/b/extra.html").write_text("stray")
    listed = []
    real = os.listdir
    monkeypatch.setattr(write_module.os, "listdir", lambda path: listed.append(Path(path)) or real(path))
    assert verify_output(tmp_path, expected, stamps, NOW) is None
    assert listed == [tmp_path / "stories/b"]


def test_a_missing_file_or_folder_is_a_difference(tmp_path):
    expected = make_output(tmp_path, FILES)
    stamps = verify_output(tmp_path, expected, {}, NOW)
    (tmp_path / "stories/a/sources/s1/index.html").unlink()
    assert verify_output(tmp_path, expected, stamps, NOW) is None
    assert verify_output(tmp_path, expected | {"stories/c/index.html"}, stamps, NOW) is None


def test_a_folder_changed_just_now_is_listed_again_next_time(tmp_path):
    expected = make_output(tmp_path, FILES)
    os.utime(tmp_path / "stories", ns=(NOW, NOW))
    stamps = verify_output(tmp_path, expected, {}, NOW)
    assert stamps["stories"] == -1 and stamps["stories/a"] == OLD


def _settle(folder: Path) -> None:
    for directory in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        os.utime(directory, ns=(OLD, OLD))


def test_a_deleted_page_is_put_back_and_a_stray_file_removed_after_a_settled_no_change_build(sample_site):
    Builder(sample_site).build()
    out = sample_site / "_site"
    _settle(out)
    assert not Builder(sample_site).build().wrote  # records the settled folders
    page = next((out / "stories").iterdir()) / "index.html"
    good = page.read_bytes()
    page.unlink()
    assert Builder(sample_site).build().wrote
    assert page.read_bytes() == good
    _settle(out)
    Builder(sample_site).build()
    (out / "tags" / "stray.html").write_text("not digest's")
    assert Builder(sample_site).build().wrote
    assert not (out / "tags" / "stray.html").exists()
