"""Hostile or odd input and failing disks: refused plainly, published safely, never 'internal error'."""

from __future__ import annotations

import errno
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import digest.write
from digest.build import Builder
from digest.errors import DigestError

from test_faults import make_site

ATOM = "{http://www.w3.org/2005/Atom}"


def set_tags(site: Path, story: int, tags: list[str]) -> None:
    path = site / "content" / f"story-{story}" / "story.yaml"
    lines = [("tags: [" + ", ".join(f'"{t}"' for t in tags) + "]") if l.startswith("tags:") else l for l in path.read_text().splitlines()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def tag_page_titles(site: Path) -> dict[str, str]:
    out = {}
    for page in (site / "_site" / "tags").glob("*/index.html"):
        out[page.parent.name] = BeautifulSoup(page.read_text(), "html.parser").h1.get_text(" ", strip=True)
    return out


def test_colliding_tags_get_pages_of_their_own_and_one_warning(tmp_path, run):
    site = make_site(tmp_path / "site", stories=2)
    set_tags(site, 0, ["C++", "c", "日本"])
    set_tags(site, 1, ["C#", "中国", "China", "china"])
    result = run("build", "--root", site)
    assert result.exit_code == 0, result.stderr
    slugs = {p.name for p in (site / "_site" / "tags").iterdir()}
    assert len(slugs) == 6  # C++, c, 日本, C#, 中国, and one page for China/china
    assert "c" in slugs and "china" in slugs
    assert all(len(slug) <= 64 and slug.isascii() for slug in slugs)
    assert [l for l in result.stderr.splitlines() if "would share tags/c/" in l and l.startswith("warning:")].__len__() == 1
    story = BeautifulSoup((site / "_site/stories/story-0/index.html").read_text(), "html.parser")
    links = {a.get_text(): a["href"] for a in story.select("a.tag")}
    assert len(set(links.values())) == 3
    for href in links.values():
        assert (site / "_site" / href.removeprefix("/digest/") / "index.html").is_file()


def test_a_300_character_tag_and_file_name_build_with_capped_slugs(tmp_path, run):
    site = make_site(tmp_path / "site", stories=1)
    folder = site / "content" / "story-0"
    long_name = "the-council-" * 20 + "report"
    (folder / "a.txt").rename(folder / f"{long_name[:240]}.txt")
    story = folder / "story.yaml"
    story.write_text(story.read_text().replace("file: a.txt", f"file: {long_name[:240]}.txt"))
    set_tags(site, 0, ["budget " * 45])
    result = run("build", "--root", site)
    assert result.exit_code == 0, result.stderr
    for path in (site / "_site").rglob("*"):
        assert len(path.name) <= 64 or path.name.endswith((".html", ".xml", ".json", ".css", ".js", ".svg", ".txt"))
    assert len(list((site / "_site/stories/story-0/sources").iterdir())) == 2


def test_an_article_named_in_another_script_gets_an_id(tmp_path, run):
    site = make_site(tmp_path / "site", stories=1)
    folder = site / "content" / "story-0"
    (folder / "a.txt").rename(folder / "記事.txt")
    story = folder / "story.yaml"
    story.write_text(story.read_text().replace("file: a.txt", "file: 記事.txt"))
    result = run("build", "--root", site)
    assert result.exit_code == 0, result.stderr
    ids = sorted(p.name for p in (site / "_site/stories/story-0/sources").iterdir())
    assert "b" in ids and len(ids) == 2 and all(ids)


def test_control_characters_never_reach_the_feed_and_its_summary_is_escaped_html(tmp_path, run):
    site = make_site(tmp_path / "site", stories=1)
    story = site / "content" / "story-0" / "story.yaml"
    story.write_text(story.read_text().replace("title: Story 0", 'title: "Story\\x01 zero \\x1b<b>"') + "summary: A **bold** summary.\n")
    result = run("build", "--root", site)
    assert result.exit_code == 0, result.stderr
    feed = ET.parse(site / "_site" / "feed.xml").getroot()  # raises on a control character
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Story zero <b>"
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html" and len(summary) == 0  # text, not XML elements
    assert summary.text.strip() == "<p>A <strong>bold</strong> summary.</p>"
    ET.parse(site / "_site" / "sitemap.xml")


def test_a_title_used_as_summary_is_escaped_as_html(tmp_path, run):
    site = make_site(tmp_path / "site", stories=1)
    story = site / "content" / "story-0" / "story.yaml"
    story.write_text(story.read_text().replace("title: Story 0", 'title: "Fish & <chips>"'))
    assert run("build", "--root", site).exit_code == 0
    summary = ET.parse(site / "_site" / "feed.xml").getroot().find(f"{ATOM}entry/{ATOM}summary")
    assert summary.text == "Fish &amp; &lt;chips&gt;"  # as HTML, it shows the title's own characters


def test_each_warning_is_printed_once(tmp_path, run):
    site = make_site(tmp_path / "site", stories=1)
    (site / "content" / "story-0" / "extra.txt").write_text("An article nobody listed.\n")
    for _ in range(2):  # a cold build, then one from the cache
        result = run("build", "--root", site)
        assert result.exit_code == 0
        lines = [l for l in result.stderr.splitlines() if "extra.txt" in l]
        assert len(lines) == 1, result.stderr


def test_a_symlinked_story_folder_outside_the_site_is_refused(tmp_path, run):
    site = make_site(tmp_path / "site", stories=1)
    elsewhere = make_site(tmp_path / "elsewhere", stories=1)
    (site / "content" / "borrowed").symlink_to(elsewhere / "content" / "story-0")
    result = run("build", "--root", site)
    assert result.exit_code == 1
    assert "content/borrowed" in result.stderr and "outside the site" in result.stderr
    assert not (site / "_site").exists()


def test_a_theme_file_linked_from_outside_the_site_is_refused(tmp_path, run):
    site = make_site(tmp_path / "site", stories=1)
    secret = tmp_path / "secret.txt"
    secret.write_text("password")
    static = site / "themes" / "default" / "static"
    static.mkdir(parents=True)
    (static / "passwd.txt").symlink_to(secret)
    result = run("build", "--root", site)
    assert result.exit_code == 1
    assert "themes/default/static/passwd.txt" in result.stderr and "outside the site" in result.stderr
    assert not (site / "_site").exists()


def test_output_outside_the_site_is_refused_in_site_yaml_but_allowed_from_the_command_line(tmp_path, run):
    site = make_site(tmp_path / "site", stories=1)
    config = site / "site.yaml"
    config.write_text(config.read_text().replace("output: _site", f"output: {tmp_path / 'elsewhere'}"))
    result = run("build", "--root", site)
    assert result.exit_code == 1
    assert "site.yaml:6: output:" in result.stderr and "outside the site folder" in result.stderr
    assert not (tmp_path / "elsewhere").exists()
    result = Builder(site, jobs=1, overrides={"output": str(tmp_path / "chosen")}).build()
    assert result.config.output_dir == tmp_path / "chosen" and (tmp_path / "chosen" / "index.html").is_file()
    with pytest.raises(DigestError, match="would replace the site's own files"):
        Builder(site, jobs=1, overrides={"output": str(site)}).build()


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "no space left on the disk"), (errno.EROFS, "the file system is read-only"),
                                         (errno.EACCES, "permission denied")])
def test_disk_and_permission_failures_are_plain_errors(tmp_path, run, monkeypatch, code, words):
    site = make_site(tmp_path / "site", stories=1)

    def fail(target, content):
        raise OSError(code, "injected", str(target))

    monkeypatch.setattr(digest.write, "write_file", fail)
    result = run("build", "--root", site)
    assert result.exit_code == 1
    assert words in result.stderr and "last good site is unchanged" in result.stderr
    assert "internal error" not in result.stderr
