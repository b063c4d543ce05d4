"""Building writes a whole site or nothing: the last good site survives any failure."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from digest import render
from digest.write import MARKER


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_sample_site_builds_index_story_sources_json_and_nojekyll(sample_site, run):
    result = run("build", "--root", sample_site)
    assert result.exit_code == 0, result.stderr
    out = sample_site / "_site"
    assert (out / ".nojekyll").is_file()
    index = BeautifulSoup((out / "index.html").read_text(), "html.parser")
    link = index.select_one(".story-card h2 a")
    assert link.get_text() == "Xi and Putin meet in Samarkand"
    assert link["href"] == "/digest/stories/xi-putin-samarkand/"  # base_url's sub-path
    story = BeautifulSoup((out / "stories/xi-putin-samarkand/index.html").read_text(), "html.parser")
    outlets = [a.get_text() for a in story.select(".sources li > a:first-child")]
    assert outlets == ["Asia Financial", "Reuters (via a Spanish-language site)", "AsiaNews", "The Wall Street Journal", "Archyde"]
    data = json.loads((out / "stories/xi-putin-samarkand/digest.json").read_text())
    assert data["slug"] == "xi-putin-samarkand" and data["date"] == "2022-09-15"
    assert [s["id"] for s in data["sources"]] == ["asia-financial", "reuters-es", "asianews", "wsj", "archyde"]
    for source_id in ("asia-financial", "wsj"):
        page = BeautifulSoup((out / f"stories/xi-putin-samarkand/sources/{source_id}/index.html").read_text(), "html.parser")
        assert page.select(".cleaned p"), source_id
        assert page.select(".removed tbody tr"), "removed lines are listed for auditing"
    wsj = (out / "stories/xi-putin-samarkand/sources/wsj/index.html").read_text()
    assert "said Craig Singleton, a former U.S. diplomat" in wsj
    assert "Please enter your comment!" not in wsj.split("<details")[0]


def test_failed_render_leaves_the_previous_site_intact(sample_site, run, monkeypatch):
    assert run("build", "--root", sample_site).exit_code == 0
    before = snapshot(sample_site / "_site")

    calls = []
    real = render.render_template

    def explode(*args, **kwargs):
        calls.append(args[1])
        if len(calls) > 3:
            raise RuntimeError("injected failure halfway through rendering")
        return real(*args, **kwargs)

    article = sample_site / "content/xi-putin-samarkand/004_d3c2d0faceaed453.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n\nA late addition to the story.", encoding="utf-8")
    monkeypatch.setattr(render, "render_template", explode)
    result = run("build", "--root", sample_site)
    assert result.exit_code == 1
    assert "injected failure" in result.stderr
    assert snapshot(sample_site / "_site") == before
    leftovers = [p.name for p in sample_site.iterdir() if p.name.startswith("._site")]
    assert leftovers == [], "no temporary folder is left behind"


def test_failed_write_midway_leaves_the_previous_site_intact(sample_site, run, monkeypatch):
    from digest import write

    assert run("build", "--root", sample_site).exit_code == 0
    before = snapshot(sample_site / "_site")
    real = write.write_files

    def half(folder, files):
        real(folder, dict(list(files.items())[: len(files) // 2]))
        raise OSError("disk full")

    monkeypatch.setattr("digest.build.write_files", half)  # a whole new output folder
    monkeypatch.setattr("digest.write.write_files", half)  # or a patch of the changed parts
    (sample_site / "content/xi-putin-samarkand/story.yaml").write_text(
        (sample_site / "content/xi-putin-samarkand/story.yaml").read_text().replace("Xi and Putin meet in Samarkand", "Xi and Putin meet"))
    assert run("build", "--root", sample_site).exit_code == 1
    assert snapshot(sample_site / "_site") == before


def test_output_dot_is_refused_and_nothing_is_deleted(sample_site, run):
    config = sample_site / "site.yaml"
    config.write_text(config.read_text().replace("output: _site", "output: ."))
    before = snapshot(sample_site)
    result = run("build", "--root", sample_site)
    assert result.exit_code == 1
    assert "site.yaml:6: output: '.' would replace the site's own files" in result.stderr
    assert snapshot(sample_site) == before


def test_a_folder_digest_did_not_make_is_never_replaced(sample_site, run):
    precious = sample_site / "_site"
    precious.mkdir()
    (precious / "thesis.docx").write_bytes(b"years of work")
    result = run("build", "--root", sample_site)
    assert result.exit_code == 1
    assert "not made by digest" in result.stderr
    assert (precious / "thesis.docx").read_bytes() == b"years of work"
    assert not (precious / MARKER).exists()


def test_rebuild_replaces_a_site_digest_made(sample_site, run):
    assert run("build", "--root", sample_site).exit_code == 0
    (sample_site / "_site" / "stale.html").write_text("old")
    assert run("build", "--root", sample_site).exit_code == 0
    assert not (sample_site / "_site" / "stale.html").exists()
    assert (sample_site / "_site" / MARKER).is_file()


def test_deleted_story_disappears_from_the_site(sample_site, run):
    assert run("build", "--root", sample_site).exit_code == 0
    shutil.rmtree(sample_site / "content" / "xi-putin-samarkand")
    assert run("build", "--root", sample_site).exit_code == 0
    assert not (sample_site / "_site" / "stories" / "xi-putin-samarkand").exists()


def test_quiet_prints_nothing_on_success(sample_site, run):
    result = run("build", "--quiet", "--root", sample_site)
    assert result.exit_code == 0
    assert result.output == ""


def test_installed_theme_is_found_outside_the_repository(tmp_path, run):
    assert run("init", tmp_path / "fresh", "--title", "Fresh").exit_code == 0
    site = tmp_path / "fresh"
    assert run("new", "first-story", "--root", site).exit_code == 0
    story = site / "content" / "first-story"
    (story / "a.txt").write_text("The council met on Monday. It approved the plan.\n")
    (story / "story.yaml").write_text(
        (story / "story.yaml").read_text().replace("sources: []", "sources:\n  - file: a.txt\n    outlet: Town Crier")
    )
    result = run("build", "--root", site)
    assert result.exit_code == 0, result.stderr
    assert (site / "_site" / "stories" / "first-story" / "index.html").is_file()


def test_an_installed_package_finds_its_theme_inside_itself(tmp_path, run):
    """The wheel puts the theme at digest/themes/default (pyproject's force-include): lay the
    package out that way, away from the repository, and build with it."""
    import shutil
    import subprocess
    import sys

    from conftest import REPO

    installed = tmp_path / "site-packages"
    shutil.copytree(REPO / "digest", installed / "digest", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "themes" / "default", installed / "digest" / "themes" / "default")
    (installed / "digest" / "themes" / "default" / "static" / "style.css").write_text("/* the installed copy */\n")
    assert run("init", tmp_path / "fresh").exit_code == 0
    result = subprocess.run([sys.executable, "-m", "digest", "build", "--root", str(tmp_path / "fresh")], cwd=tmp_path,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(installed)}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fresh" / "_site" / "style.css").read_text() == "/* the installed copy */\n"


@pytest.mark.parametrize("payload", ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">'])
def test_article_text_is_escaped(sample_site, run, payload):
    article = sample_site / "content" / "xi-putin-samarkand" / "000_ceec02c79b77cf37.txt"
    article.write_text(article.read_text() + f"\n\nA reader wrote {payload} in the comments today.", encoding="utf-8")
    assert run("build", "--root", sample_site).exit_code == 0
    for page in (sample_site / "_site").rglob("*.html"):
        assert payload not in page.read_text(), page
