"""The reader's site in a real browser: accessibility, links that work under any base path,
and layouts that fit a phone and a desktop."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from conftest import ARTIFACTS, REPO, build_site, static_server

AXE = REPO / "tests" / ".node" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", "stories/xi-putin-samarkand/", "stories/xi-putin-samarkand/sources/wsj/", "tags/china/", "404.html"]


@pytest.fixture(scope="module")
def served_under_sub_path(tmp_path_factory):
    """The sample site built for https://example.github.io/digest/ and served at /digest/."""
    import shutil as _shutil

    from conftest import copy_site_to

    root = tmp_path_factory.mktemp("subpath")
    site = copy_site_to(root / "site")
    out = build_site(site)
    web = root / "web"
    web.mkdir()
    _shutil.copytree(out, web / "digest")
    with static_server(web) as base:
        yield base + "/digest/"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for name in ("href", "src"):
            if a.get(name) and not (tag == "link" and a.get("rel") == "canonical") and not (tag == "meta"):
                self.urls.append(a[name])


def crawl(start: str) -> tuple[int, list[str]]:
    """Fetch every internal page and asset reachable from start; return (count, broken)."""
    origin = urlsplit(start).netloc
    seen: set[str] = set()
    queue = [start]
    broken: list[str] = []
    pages: dict[str, Links] = {}
    fragments: list[tuple[str, str, str]] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read()
                kind = response.headers.get_content_type()
        except urllib.error.HTTPError as error:
            broken.append(f"{url} -> {error.code}")
            continue
        if kind == "text/html":
            parser = Links()
            parser.feed(body.decode("utf-8"))
            pages[url] = parser
            for link in parser.urls:
                absolute, fragment = urldefrag(urljoin(url, link))
                if urlsplit(absolute).netloc != origin:
                    continue
                if fragment:
                    fragments.append((url, absolute, fragment))
                queue.append(absolute)
    for page, target, fragment in fragments:
        if target in pages and fragment not in pages[target].ids:
            broken.append(f"{page} -> {target}#{fragment} (no such id)")
    return len(seen), broken


def test_no_broken_internal_link_under_a_sub_path(served_under_sub_path):
    count, broken = crawl(served_under_sub_path)
    assert broken == []
    assert count >= 14


def test_no_broken_internal_link_at_a_domain_root(sample_site):
    out = build_site(sample_site, base_url="https://news.example.org/")
    with static_server(out) as base:
        count, broken = crawl(base + "/")
    assert broken == []
    assert count >= 14


@pytest.mark.parametrize("path", PAGES[:3])
def test_axe_finds_no_serious_or_critical_violation(browser, served_under_sub_path, path):
    assert AXE.is_file(), "axe-core is missing: run `bash tests/run.sh`, which installs it"
    page = browser.new_page()
    page.goto(served_under_sub_path + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    page.close()
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_overflow(browser, served_under_sub_path, path, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served_under_sub_path + path)
    scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    ARTIFACTS.mkdir(exist_ok=True)
    name = (path.strip("/").replace("/", "_") or "index").replace(".html", "")
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    page.close()
    assert scroll <= inner


def test_footnote_shows_the_sources_wording_on_focus(browser, served_under_sub_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_under_sub_path + PAGES[1])
    footnote = page.locator("sup.fn:has(a[href='#source-reuters-es'])").first
    tooltip = footnote.locator(".wording")
    assert not tooltip.is_visible()
    footnote.locator("a").focus()
    assert tooltip.is_visible()
    assert footnote.locator("a").get_attribute("aria-describedby") == tooltip.get_attribute("id")
    # It shows that outlet's own wording of the sentence, as digest.json has it.
    data = json.loads(urllib.request.urlopen(served_under_sub_path + "stories/xi-putin-samarkand/digest.json").read())
    wordings = {s["wordings"]["reuters-es"] for p in data["paragraphs"] for s in p if "reuters-es" in s["wordings"]}
    text = tooltip.inner_text()
    outlet = next(s["outlet"] for s in data["sources"] if s["id"] == "reuters-es")
    assert text.startswith(f"{outlet}: \u201c") and text[len(outlet) + 3:-1] in wordings
    page.close()


def test_pages_work_without_javascript(browser, served_under_sub_path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_under_sub_path + PAGES[1])
    page.locator("sup.fn a").first.click()
    assert page.url.endswith("#source-asia-financial")
    context.close()


def test_dark_mode_passes_axe_too(browser, served_under_sub_path):
    page = browser.new_page(color_scheme="dark")
    page.goto(served_under_sub_path + PAGES[1])
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(22, 24, 26)"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    page.close()
    assert [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")] == []


@pytest.mark.parametrize("width", [375, 1280])
def test_footnote_wordings_stay_on_screen(browser, served_under_sub_path, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served_under_sub_path + PAGES[1])
    links = page.locator("sup.fn > a")
    count = links.count()
    assert count > 50
    for i in range(0, count, max(1, count // 25)):
        links.nth(i).focus()
        box = page.evaluate("() => document.activeElement.parentNode.querySelector('.wording').getBoundingClientRect().toJSON()")
        assert box["width"] > 0 and box["left"] >= 0 and box["right"] <= width, (i, box)
    page.close()
