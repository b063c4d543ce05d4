"""Search: `digest build` writes a Pagefind index of the story pages; `--no-search` skips it."""

from __future__ import annotations

import json

import pytest

from bs4 import BeautifulSoup

from conftest import build_site


def test_build_writes_a_search_index_of_the_story_pages_and_a_box_on_every_page(sample_site):
    out = build_site(sample_site)
    entry = json.loads((out / "pagefind/pagefind-entry.json").read_text())
    assert sum(language["page_count"] for language in entry["languages"].values()) == 1  # the one story page
    assert (out / "pagefind/pagefind.js").is_file() and list((out / "pagefind/fragment").iterdir())
    assert not list(out.glob("pagefind/*-ui.js"))  # the theme has its own results list
    for page in out.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(), "html.parser")
        form = soup.select_one('form[role="search"]')
        assert form and form["action"] == "/digest/search/", page
    story = BeautifulSoup((out / "stories/xi-putin-samarkand/index.html").read_text(), "html.parser")
    assert story.select_one("[data-pagefind-body] h1").get_text() == "Xi and Putin meet in Samarkand"
    assert story.select_one('[data-pagefind-meta="date"]').get_text() == "15 September 2022"


def test_no_search_builds_neither_the_index_nor_the_box(sample_site, run):
    build_site(sample_site)
    result = run("build", "--root", sample_site, "--no-search")
    assert result.exit_code == 0, result.output
    out = sample_site / "_site"
    assert not (out / "pagefind").exists() and not (out / "search").exists()
    assert not BeautifulSoup((out / "index.html").read_text(), "html.parser").select('form[role="search"]')
    assert run("build", "--root", sample_site).exit_code == 0
    assert (out / "pagefind/pagefind.js").is_file()


def test_the_index_is_byte_identical_between_two_clean_builds(sample_site, tmp_path):
    import shutil

    def index_files() -> dict:
        out = build_site(sample_site)
        return {p.relative_to(out): p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}

    first = index_files()
    shutil.rmtree(sample_site / "_site")
    shutil.rmtree(sample_site / ".digest-cache")
    assert index_files() == first and len(first) >= 6


def test_search_results_show_hostile_article_text_as_text(sample_site, browser):
    import shutil

    from conftest import static_server

    hostile = "Visitors typed <script>window.__pwned=1</script> and <img src=x onerror=window.__pwned=2> in the harbour comments."
    lead = sample_site / "content/xi-putin-samarkand/000_ceec02c79b77cf37.txt"
    text = lead.read_text(encoding="utf-8")
    credit = text.index("\u2022 Reuters with additional editing")  # in the body: what follows the author's bio at the foot is no article
    lead.write_text(text[:credit] + hostile + "\n\n" + text[credit:], encoding="utf-8")
    out = build_site(sample_site)
    web = sample_site.parent / "web"
    shutil.copytree(out, web / "digest")
    with static_server(web) as base:
        page = browser.new_page()
        page.goto(base + "/digest/search/?q=harbour+comments")
        page.wait_for_selector("#search-results li")
        excerpt = page.locator("#search-results .excerpt").first
        assert "typed <script>window.__pwned=1</script> and <img src=x" in excerpt.inner_text()  # shown, as text
        assert page.evaluate("() => document.querySelectorAll('#search-results script, #search-results img').length") == 0
        assert page.evaluate("() => window.__pwned") is None
        assert {e.evaluate("e => e.tagName") for e in excerpt.locator("*").all()} == {"MARK"}
        assert "Asia Financial" not in excerpt.inner_text()  # footnotes are not part of the text
        page.close()


def test_no_search_goes_with_the_output_and_base_url_options(sample_site, run, tmp_path):
    public = tmp_path / "public"
    result = run("build", "--root", sample_site, "-d", public, "--base-url", "https://news.example.com/daily", "--no-search")
    assert result.exit_code == 0, result.output
    assert not (sample_site / "_site").exists() and (public / "index.html").is_file()
    assert not (public / "pagefind").exists() and not (public / "search").exists()
    assert run("build", "--root", sample_site, "-d", public, "--base-url", "https://news.example.com/daily").exit_code == 0
    form = BeautifulSoup((public / "index.html").read_text(), "html.parser").select_one('form[role="search"]')
    assert form["action"] == "/daily/search/" and (public / "pagefind/pagefind.js").is_file()


def test_the_index_is_made_from_a_mirror_where_only_changed_story_pages_are_replaced(sample_site):
    import shutil

    content = sample_site / "content"
    shutil.copytree(content / "xi-putin-samarkand", content / "second-story")
    out = build_site(sample_site)
    mirror = sample_site / ".digest-cache/search-pages/part-0/stories"

    def stamp(slug: str) -> tuple[int, int]:
        st = (mirror / slug / ".render-key").stat()
        return st.st_ino, st.st_mtime_ns

    def indexed() -> int:
        entry = json.loads((out / "pagefind/pagefind-entry.json").read_text())
        return sum(language["page_count"] for language in entry["languages"].values())

    assert sorted(p.name for p in mirror.iterdir()) == ["second-story", "xi-putin-samarkand"] and indexed() == 2
    kept = stamp("xi-putin-samarkand")
    notes = content / "second-story/story.yaml"
    notes.write_text(notes.read_text(encoding="utf-8").replace("title: Xi and Putin meet in Samarkand", "title: A second look at Samarkand"), encoding="utf-8")
    build_site(sample_site)
    assert stamp("xi-putin-samarkand") == kept  # unchanged page: not copied again
    page = (mirror / "second-story/index.html").read_bytes()
    assert b"A second look at Samarkand" in page and page == (out / "stories/second-story/index.html").read_bytes()
    shutil.rmtree(content / "second-story")
    build_site(sample_site)
    assert [p.name for p in mirror.iterdir()] == ["xi-putin-samarkand"] and indexed() == 1


def test_serve_started_on_a_built_site_publishes_the_first_edit_before_reindexing(sample_site, monkeypatch):
    """The first build of a restarted server writes nothing; the previous index comes from
    the cache, so the first edit is not held up by indexing the whole archive."""
    import digest.build as build_module
    from digest.build import Builder
    from digest.serve import DevServer

    Builder(sample_site).build()
    server = DevServer(sample_site, port=0)
    try:
        server.rebuild(initial=True)
        index_before = (sample_site / "_site/pagefind/pagefind-entry.json").read_bytes()
        story = sample_site / "content/xi-putin-samarkand/story.yaml"
        story.write_text(story.read_text(encoding="utf-8").replace("title: ", "title: Quokka summit and ", 1), encoding="utf-8")
        real = build_module.index_folder
        monkeypatch.setattr(build_module, "index_folder", lambda folder: pytest.fail("indexed before the pages went out"))
        builder = server.site_builder
        builder.build()
        assert builder.search_behind
        assert "Quokka summit" in (sample_site / "_site/stories/xi-putin-samarkand/index.html").read_text(encoding="utf-8")
        assert (sample_site / "_site/pagefind/pagefind-entry.json").read_bytes() == index_before
        monkeypatch.setattr(build_module, "index_folder", real)
        server.refresh_search()
        assert not builder.search_behind
        assert (sample_site / "_site/pagefind/pagefind-entry.json").read_bytes() != index_before
    finally:
        server.httpd.server_close()


def test_serve_publishes_an_edit_before_reindexing_then_brings_the_index_up_to_date(sample_site):
    """Indexing an archive takes seconds: the dev server swaps the rebuilt pages in with the
    previous index at once, then a second build refreshes the index, leaving the output exactly
    what a clean build makes."""
    import filecmp
    import shutil

    from digest.build import Builder
    from digest.serve import DevServer

    server = DevServer(sample_site, port=0)
    try:
        server.rebuild(initial=True)
        index_before = (sample_site / "_site/pagefind/pagefind-entry.json").read_bytes()
        story = sample_site / "content/xi-putin-samarkand/story.yaml"
        story.write_text(story.read_text(encoding="utf-8").replace("title: ", "title: Quokka summit and ", 1), encoding="utf-8")
        builder = server.site_builder
        builder.build()  # the first half of a serve rebuild: pages out, index behind
        assert builder.search_behind
        assert "Quokka summit" in (sample_site / "_site/stories/xi-putin-samarkand/index.html").read_text(encoding="utf-8")
        assert (sample_site / "_site/pagefind/pagefind-entry.json").read_bytes() == index_before
        server.refresh_search()  # the second half
        assert not builder.search_behind
    finally:
        server.httpd.server_close()
    clean = sample_site.parent / "clean"
    clean.mkdir()
    shutil.copy(sample_site / "site.yaml", clean / "site.yaml")
    shutil.copytree(sample_site / "content", clean / "content")
    Builder(clean).build()
    comparison = filecmp.dircmp(sample_site / "_site", clean / "_site")
    differing = []

    def walk(c) -> None:
        differing.extend(c.diff_files + c.left_only + c.right_only)
        for sub in c.subdirs.values():
            walk(sub)

    walk(comparison)
    assert differing == []


WORDS = ["quokkaalpha", "quokkabravo", "quokkacharlie", "quokkadelta", "quokkaecho", "quokkafoxtrot"]


def _six_stories(site) -> None:
    """Six copies of the sample story, each titled with a word no other page has."""
    import shutil

    content = site / "content"
    for word in WORDS:
        shutil.copytree(content / "xi-putin-samarkand", content / f"story-{word}")
        notes = content / f"story-{word}/story.yaml"
        notes.write_text(notes.read_text(encoding="utf-8").replace("title: Xi and Putin meet in Samarkand", f"title: Harbour report {word}"), encoding="utf-8")
    shutil.rmtree(content / "xi-putin-samarkand")


def _index_files(out) -> dict:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}


def _indexed_pages(out, folder: str) -> int:
    entry = json.loads((out / folder / "pagefind-entry.json").read_text())
    return sum(language["page_count"] for language in entry["languages"].values())


def test_a_large_archive_is_indexed_in_parts_that_the_search_page_searches_together(sample_site, browser, monkeypatch):
    """Pagefind holds a whole index in memory while building it: story pages past a size are
    indexed in parts (each page in exactly one), and the search page merges every part."""
    import shutil

    import digest.search as search
    from conftest import static_server

    _six_stories(sample_site)
    out = build_site(sample_site)
    assert json.loads((out / "pagefind/parts.json").read_text()) == [] and _indexed_pages(out, "pagefind") == 6  # small: one index
    size = sum((out / f"stories/story-{word}/index.html").stat().st_size for word in WORDS)
    monkeypatch.setattr(search, "PART_BYTES", size // 3)  # four parts, from the next build that writes
    notes = sample_site / f"content/story-{WORDS[0]}/story.yaml"
    notes.write_text(notes.read_text(encoding="utf-8").replace("date: 2022-09-15", "date: 2022-09-16"), encoding="utf-8")
    build_site(sample_site)
    parts = json.loads((out / "pagefind/parts.json").read_text())
    assert parts and all(part.startswith("part-") and part.endswith("/") for part in parts)
    for part in parts:
        assert not (out / "pagefind" / part / "pagefind.js").exists()  # the main bundle's code runs every part
    assert _indexed_pages(out, "pagefind") + sum(_indexed_pages(out, f"pagefind/{part}") for part in parts) == 6

    web = sample_site.parent / "web"
    shutil.copytree(out, web / "digest")
    with static_server(web) as base:
        page = browser.new_page()
        page.goto(base + "/digest/search/?q=harbour+report")
        page.wait_for_function("() => document.getElementById('search-status').textContent.includes('found')")
        assert "6 stories found" in page.inner_text("#search-status")
        for word in WORDS:
            page.goto(base + f"/digest/search/?q={word}")
            page.wait_for_function("() => document.getElementById('search-status').textContent.includes('found')")
            assert page.inner_text("#search-status").startswith("1 story found")
            assert page.locator("#search-results h2 a").first.inner_text() == f"Harbour report {word}"
        page.close()


def test_parts_are_byte_identical_between_a_cached_and_a_clean_build_and_an_edit_reindexes_one(sample_site, monkeypatch):
    import digest.build as build_module
    import digest.search as search

    _six_stories(sample_site)
    monkeypatch.setattr(search, "PART_BYTES", 20_000)
    out = build_site(sample_site)
    assert len(json.loads((out / "pagefind/parts.json").read_text())) >= 1
    notes = sample_site / f"content/story-{WORDS[0]}/story.yaml"
    notes.write_text(notes.read_text(encoding="utf-8").replace("Harbour report", "Harbour update"), encoding="utf-8")
    real, calls = build_module.index_folder, []
    monkeypatch.setattr(build_module, "index_folder", lambda folder, into: calls.append(into) or real(folder, into))
    build_site(sample_site)
    assert len(calls) == 1  # only the part holding the edited story
    cached = _index_files(out)
    import shutil

    shutil.rmtree(out)
    shutil.rmtree(sample_site / ".digest-cache")
    build_site(sample_site)
    assert _index_files(out) == cached
