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
