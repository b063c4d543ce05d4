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


AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> list:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AA)
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES[:3] + ["search/?q=Samarkand"])
def test_axe_finds_no_violation_at_level_aa(browser, served_under_sub_path, path, scheme):
    assert AXE.is_file(), "axe-core is missing: run `bash tests/run.sh`, which installs it"
    page = browser.new_page(color_scheme=scheme)
    page.goto(served_under_sub_path + path)
    if path.startswith("search/"):
        page.wait_for_selector("#search-results li")
    violations = axe_violations(page)
    if path == PAGES[1]:  # and with the sources shown
        page.check("#show-sources")
        violations += axe_violations(page)
    page.close()
    assert violations == []


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


def test_keyboard_one_stop_per_sentence_arrows_move_between_outlets_and_escape_closes(browser, served_under_sub_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_under_sub_path + PAGES[1])
    page.focus("#show-sources")
    stops = []
    for _ in range(400):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => { const e = document.activeElement;
            return e.closest('.narrative') ? (e.closest('.fns') ? 'fns:' + e.closest('.fns').dataset.sentence : e.closest('.callout') ? 'callout' : e.className) : null; }""")
        if where is None:
            break
        stops.append(where)
    groups = [s for s in stops if s.startswith("fns:")]
    sentences = page.locator(".narrative .sentence").count()
    assert len(groups) == sentences == len(set(groups))  # one stop per sentence's footnotes
    assert set(stops) - set(groups) <= {"differs", "callout"}
    # Arrow keys move between a sentence's outlets; the note shows whose words are whose.
    group = page.locator(".fns").filter(has=page.locator("a.fn:nth-of-type(3)")).first
    group.locator("a.fn").first.focus()
    notes = group.locator(".notes")
    assert notes.is_visible()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent").startswith("2")  # the second number
    second = page.evaluate("document.activeElement.getAttribute('href')").removeprefix("#source-")
    assert group.locator(".note.current").get_attribute("data-source") == second
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == notes.get_attribute("id")
    # The note shows that outlet's own wording of the sentence, as digest.json has it.
    data = json.loads(urllib.request.urlopen(served_under_sub_path + "stories/xi-putin-samarkand/digest.json").read())
    wordings = {s["wordings"][second] for p in data["paragraphs"] for s in p if second in s.get("wordings", {})}
    outlet = next(s["outlet"] for s in data["sources"] if s["id"] == second)
    text = group.locator(".note.current").inner_text()
    prefix = text.split(". ", 1)[0] + f". {outlet}: \u201c"
    assert text.startswith(prefix) and text.endswith("\u201d") and text[len(prefix):-1] in wordings
    page.keyboard.press("Escape")
    page.wait_for_function("el => getComputedStyle(el).visibility === 'hidden'", arg=notes.element_handle())
    assert page.evaluate("document.activeElement.classList.contains('fn')")  # focus stays where it was
    page.close()


def test_the_note_stays_while_the_pointer_travels_to_it(browser, served_under_sub_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_under_sub_path + PAGES[1])
    link = page.locator(".fns a.fn").nth(5)
    link.scroll_into_view_if_needed()
    link.hover()
    notes = link.locator("xpath=ancestor::span[contains(@class,'fns')]").locator("span.notes")
    notes.wait_for(state="visible")
    start, box = link.bounding_box(), notes.bounding_box()
    assert box["y"] > start["y"] + start["height"]  # below the line, with a gap to cross
    page.mouse.move(start["x"] + 2, start["y"] + start["height"] + 2)
    page.mouse.move(start["x"] + 2, box["y"] + 8, steps=6)
    page.wait_for_timeout(500)  # longer than the hide delay: a note that was going to vanish has gone
    assert notes.is_visible() and page.evaluate("el => getComputedStyle(el).visibility", notes.element_handle()) == "visible"
    page.close()


def test_back_links_return_from_the_source_list_and_the_callout_to_the_sentence(browser, served_under_sub_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_under_sub_path + PAGES[1])
    # A later sentence than the first that cites the source: "Back" must come back here, not there.
    link = page.locator('.fns a.fn[href="#source-wsj"]').nth(3)
    sentence = link.evaluate("a => a.closest('.fns').dataset.sentence")
    link.click()
    assert page.url.endswith("#source-wsj")
    page.locator("#source-wsj a.back").click()
    assert page.url.endswith("#" + sentence)
    assert page.evaluate("document.activeElement.id") == sentence
    assert page.locator("#" + sentence).is_visible()
    # The disputed marker leads to the callout, whose back-link returns.
    differs = page.locator("a.differs").nth(2)
    disputed = differs.evaluate("a => { let e = a.previousElementSibling; while (!e.classList.contains('fns')) e = e.previousElementSibling; return e.dataset.sentence; }")
    callout_id = differs.get_attribute("href")[1:]
    differs.click()
    assert page.evaluate("document.activeElement.id") == callout_id
    back = page.locator(f'#{callout_id} .back a[href="#{disputed}"]')
    back.click()
    assert page.evaluate("document.activeElement.id") == disputed
    page.close()


def test_the_source_switch_marks_single_source_sentences_and_is_remembered(browser, served_under_sub_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(served_under_sub_path + PAGES[1])
    single = page.locator(".sentence.single").first
    assert single.evaluate("e => getComputedStyle(e).textDecorationLine") == "none"  # reading mode: plain text
    page.check("#show-sources")
    assert single.evaluate("e => getComputedStyle(e).textDecorationStyle") == "dotted"
    page.reload()
    assert page.is_checked("#show-sources")
    assert single.evaluate("e => getComputedStyle(e).textDecorationStyle") == "dotted"
    other = context.new_page()  # another story page of the same site, same choice
    other.goto(served_under_sub_path + PAGES[1])
    assert other.is_checked("#show-sources")
    page.uncheck("#show-sources")
    page.reload()
    assert not page.is_checked("#show-sources")
    context.close()


def test_search_from_any_page_finds_the_story_under_the_sub_path(browser, served_under_sub_path):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.goto(served_under_sub_path + "tags/china/")
    page.fill("#search-box", "Samarkand pipeline")
    page.press("#search-box", "Enter")
    page.wait_for_selector("#search-results li")
    assert urlsplit(page.url).path == urlsplit(served_under_sub_path).path + "search/"
    first = page.locator("#search-results li").first
    assert first.locator("h2 a").inner_text() == "Xi and Putin meet in Samarkand"
    assert first.locator(".meta").inner_text() == "15 September 2022"
    assert first.locator(".excerpt mark").count() >= 1 and len(first.locator(".excerpt").inner_text()) > 40
    assert "1 story found" in page.inner_text("#search-status")
    assert hosts == {urlsplit(served_under_sub_path).netloc}  # index and code from the site itself: works offline
    first.locator("h2 a").click()
    assert page.url == served_under_sub_path + PAGES[1]
    page.goto(served_under_sub_path + "search/?q=zzqxv")
    page.wait_for_function("() => document.getElementById('search-status').textContent.startsWith('No story')")
    page.close()


def _luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


TINTS = {  # what carries meaning without being text: selector -> CSS property (3:1 against the page)
    ".show-sources .sentence.single": "text-decoration-color",
    ".show-sources .sentence.disputed": "text-decoration-color",
    ".callout": "border-left-color",
    ".coverage-bar .run": "fill",
    ".coverage-bar .track": "stroke",
    ".fns .notes": "border-top-color",
    ".search input": "border-top-color",
}
TEXTS = [".sentence", ".fns a.fn", ".single-mark", "a.differs", ".meta", ".callout .unresolved strong", ".callout .kind",
         ".legend", ".source-meta", ".coverage-label .figures", ".site-title", ".search button"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_tint_has_3_to_1_and_every_text_4_5_to_1_contrast(browser, served_under_sub_path, scheme):
    page = browser.new_page(color_scheme=scheme)
    page.goto(served_under_sub_path + PAGES[1])
    page.check("#show-sources")
    rgb = "s => (s.match(/\\d+(\\.\\d+)?/g) || []).slice(0, 3).map(Number)"
    page_bg = page.evaluate(f"() => ({rgb})(getComputedStyle(document.body).backgroundColor)")
    low = []
    for selector, prop in TINTS.items():
        colour = page.evaluate(f"([sel, prop]) => ({rgb})(getComputedStyle(document.querySelector(sel)).getPropertyValue(prop))", [selector, prop])
        if contrast(colour, page_bg) < 3:
            low.append((selector, colour, round(contrast(colour, page_bg), 2)))
    for selector in TEXTS:
        colour, background = page.evaluate(f"""(sel) => {{ const e = document.querySelector(sel); const c = getComputedStyle(e);
            const bg = c.backgroundColor.includes('0)') || c.backgroundColor === 'transparent' ? getComputedStyle(document.body).backgroundColor : c.backgroundColor;
            return [({rgb})(c.color), ({rgb})(bg)]; }}""", selector)
        if contrast(colour, background) < 4.5:
            low.append((selector, colour, round(contrast(colour, background), 2)))
    page.close()
    assert low == []


def test_pages_work_without_javascript(browser, served_under_sub_path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_under_sub_path + PAGES[1])
    page.locator(".fns a.fn").first.click()
    assert page.url.endswith("#source-asia-financial")
    context.close()


def test_dark_mode_is_dark(browser, served_under_sub_path):
    page = browser.new_page(color_scheme="dark")
    page.goto(served_under_sub_path + PAGES[1])
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(22, 24, 26)"
    page.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_footnote_wordings_stay_on_screen(browser, served_under_sub_path, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served_under_sub_path + PAGES[1])
    links = page.locator(".fns a.fn")
    count = links.count()
    assert count > 50
    for i in range(0, count, max(1, count // 25)):
        links.nth(i).focus()
        box = page.evaluate("() => document.activeElement.closest('.fns').querySelector('.notes').getBoundingClientRect().toJSON()")
        assert box["width"] > 0 and box["left"] >= 0 and box["right"] <= width, (i, box)
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 1280])
def test_story_page_in_reading_mode_and_with_sources_fits_and_is_photographed(browser, served_under_sub_path, width, scheme):
    phone = width < 600
    context = browser.new_context(viewport={"width": width, "height": 1100}, color_scheme=scheme, has_touch=phone, is_mobile=phone)
    page = context.new_page()
    page.goto(served_under_sub_path + PAGES[1])
    ARTIFACTS.mkdir(exist_ok=True)
    for mode in ("reading", "sources"):
        if mode == "sources":
            page.check("#show-sources")
        page.locator(".callout").first.evaluate("e => e.previousElementSibling.scrollIntoView()")
        page.screenshot(path=str(ARTIFACTS / f"story-{mode}-{width}-{scheme}.png"))
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    if phone:  # 44 px targets for a finger: every sentence's footnotes and every disputed marker
        sizes = page.evaluate("() => [...document.querySelectorAll('.fns, a.differs')].map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })")
        assert sizes and min(w for w, _ in sizes) >= 44 and min(h for _, h in sizes) >= 44
        page.locator(".fns").nth(3).tap()  # a tap opens the note (and does not jump away)
        assert page.locator(".fns").nth(3).locator(".notes").is_visible() and "#" not in page.url
    context.close()
