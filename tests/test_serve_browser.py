"""Watch mode in a real browser: saves show up in open pages, errors as an overlay,
CSS swaps without a reload, atomic saves are caught."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from digest.render import builtin_theme_dir
from digest.serve import DevServer

STORY = "stories/xi-putin-samarkand/"
LEAD = "content/xi-putin-samarkand/000_ceec02c79b77cf37.txt"
SENTENCE = "Xi is due to make a state visit to Kazakhstan on Wednesday"


@pytest.fixture
def live(sample_site, browser):
    """The sample site with its own copy of the stylesheet, served, and a page open on the story."""
    static = sample_site / "themes" / "default" / "static"
    static.mkdir(parents=True)
    shutil.copy(builtin_theme_dir() / "static" / "style.css", static / "style.css")
    server = DevServer(sample_site, port=0)
    server.start()
    page = browser.new_page()
    page.goto(server.url + STORY)
    page.wait_for_function("() => document.readyState === 'complete'")
    yield server, page
    page.close()
    server.stop()


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_editing_a_source_updates_the_open_page(live):
    server, page = live
    edit(server.root / LEAD, SENTENCE, "Xi is due to make a state visit to Astana on Wednesday")
    page.wait_for_function("() => document.body.innerText.includes('state visit to Astana')", timeout=15000)


def test_broken_story_yaml_shows_an_overlay_and_fixing_it_removes_it(live):
    server, page = live
    story = server.root / "content/xi-putin-samarkand/story.yaml"
    good = story.read_text(encoding="utf-8")
    story.write_text(good.replace("date: 2022-09-15", "date: 15/09/2022"), encoding="utf-8")
    page.wait_for_selector("#digest-error-overlay", timeout=15000)
    text = page.inner_text("#digest-error-overlay")
    assert re.search(r"story\.yaml:3: date: '15/09/2022' is not a date", text), text
    story.write_text(good, encoding="utf-8")
    page.wait_for_selector("#digest-error-overlay", state="detached", timeout=15000)


def test_css_edit_applies_without_a_reload(live):
    server, page = live
    page.evaluate("() => { window.__kept = 'still here'; }")
    css = server.root / "themes/default/static/style.css"
    css.write_text(css.read_text(encoding="utf-8") + "\nbody { background: rgb(1, 2, 3) !important; }\n", encoding="utf-8")
    page.wait_for_function("() => getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'", timeout=15000)
    assert page.evaluate("() => window.__kept") == "still here"


def test_an_atomic_save_by_rename_still_updates_the_page(live):
    server, page = live
    target = server.root / LEAD
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(target.read_text(encoding="utf-8").replace(SENTENCE, "Xi is due to make a state visit to Almaty on Wednesday"), encoding="utf-8")
    os.replace(temporary, target)
    page.wait_for_function("() => document.body.innerText.includes('state visit to Almaty')", timeout=15000)


def test_a_deleted_story_disappears_from_the_site(live):
    server, page = live
    shutil.rmtree(server.root / "content/xi-putin-samarkand")
    page.wait_for_function("() => document.title.startsWith('Page not found')", timeout=15000)


def test_ten_saves_in_a_row_each_swap_in_place_without_a_reload(live):
    server, page = live
    page.evaluate("() => { window.__kept = 'same page'; }")
    target = server.root / LEAD
    before = SENTENCE
    for n in range(1, 11):
        after = f"Xi is due to make state visit number {n} to Kazakhstan on Wednesday"
        edit(target, before, after)
        page.wait_for_function(f"() => document.body.innerText.includes('state visit number {n} ')", timeout=15000)
        assert page.evaluate("() => window.__kept") == "same page", f"save {n} reloaded the page"
        before = after
    # The swapped-in page is set up like a loaded one: one focus stop per sentence's footnotes.
    assert page.evaluate("() => [...document.querySelectorAll('.fns')].every(g => [...g.querySelectorAll('a.fn')].filter(a => a.tabIndex === 0).length === 1)")


def test_the_overlay_shows_multi_line_messages_as_written_and_can_be_dismissed(sample_site, browser):
    from digest.build import build
    from digest.errors import DigestError, Problem

    message = "bad value\n  14 | title: Xi: and Putin\n     |          ^\nhint: put the value in quotes"
    failing = {"now": False}

    def builder():
        if failing["now"]:
            raise DigestError([Problem("content/s/story.yaml", 14, "title", message)])
        build(sample_site)

    server = DevServer(sample_site, port=0, builder=builder)
    server.start()
    page = browser.new_page()
    try:
        page.goto(server.url)
        failing["now"] = True
        story = sample_site / "content/xi-putin-samarkand/story.yaml"
        story.write_text(story.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        overlay = page.wait_for_selector("#digest-error-overlay pre", timeout=15000)
        text = overlay.inner_text()
        assert "  14 | title: Xi: and Putin\n     |          ^\nhint: put the value in quotes" in text
        assert overlay.evaluate("e => getComputedStyle(e).whiteSpace") == "pre-wrap"
        page.click("#digest-error-overlay button")
        assert page.query_selector("#digest-error-overlay") is None
        story.write_text(story.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # the next failed build shows it again
        page.wait_for_selector("#digest-error-overlay", timeout=15000)
        page.keyboard.press("Escape")
        assert page.query_selector("#digest-error-overlay") is None
    finally:
        page.close()
        server.stop()
