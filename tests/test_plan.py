"""The build's plan is a pure function of what the survey saw: tested without touching a disk."""

from __future__ import annotations

from pathlib import Path

from digest.plan import READ, RENDER, REUSE, StoryFolder, Survey, plan, render_key
from digest.cache import Manifest, StoryEntry
from digest.model import SiteConfig
from digest.write import MARKER

CONFIG = SiteConfig(root=Path("/site"), title="T", base_url="https://example.org/")
THEME = "theme-1"


def folder(slug: str, signature: str) -> StoryFolder:
    return StoryFolder(slug, Path("/site/content") / slug, {}, signature)


def entry(slug: str, signature: str, theme: str = THEME) -> StoryEntry:
    key = f"key-{slug}"
    return StoryEntry(signature, key, render_key(key, theme), files=[f"stories/{slug}/index.html"])


def survey(folders, stories, theme=THEME, output_ok=True, listing=None, globals_=None) -> Survey:
    manifest = Manifest(output="/site/_site", theme=THEME, stories=stories, globals=globals_ or {"index.html": "d"})
    return Survey(CONFIG, (), theme, tuple(folders), manifest, output_ok, listing)


def actions(result) -> dict[str, str]:
    return {task.story.slug: task.action for task in result.tasks}


def test_nothing_changed_means_nothing_to_write():
    result = plan(survey([folder("a", "s1"), folder("b", "s2")], {"a": entry("a", "s1"), "b": entry("b", "s2")}))
    assert actions(result) == {"a": REUSE, "b": REUSE} and not result.write


def test_a_changed_story_is_read_again_and_the_rest_reused():
    result = plan(survey([folder("a", "s1-edited"), folder("b", "s2")], {"a": entry("a", "s1"), "b": entry("b", "s2")}))
    assert actions(result) == {"a": READ, "b": REUSE} and result.write


def test_a_new_theme_renders_every_story_again_without_reading_it():
    result = plan(survey([folder("a", "s1")], {"a": entry("a", "s1")}, theme="theme-2"))
    assert actions(result) == {"a": RENDER} and result.write


def test_a_removed_story_is_a_change():
    result = plan(survey([folder("a", "s1")], {"a": entry("a", "s1"), "gone": entry("gone", "s9")}))
    assert result.removed == ("gone",) and result.write


def test_pages_missing_from_the_output_are_rendered_again():
    listing = frozenset({"index.html", MARKER})
    result = plan(survey([folder("a", "s1")], {"a": entry("a", "s1")}, listing=listing))
    assert actions(result) == {"a": RENDER} and result.write


def test_a_stray_file_in_the_output_forces_a_write():
    listing = frozenset({"index.html", MARKER, "stories/a/index.html", "stray.html"})
    result = plan(survey([folder("a", "s1")], {"a": entry("a", "s1")}, listing=listing))
    assert actions(result) == {"a": REUSE} and result.write


def test_an_output_digest_did_not_describe_is_rebuilt_whole():
    result = plan(survey([folder("a", "s1")], {"a": entry("a", "s1")}, output_ok=False))
    assert actions(result) == {"a": RENDER} and result.write


def test_the_last_plans_reused_tasks_are_taken_again_only_for_the_very_same_records():
    a, b = folder("a", "s1"), folder("b", "s2")
    stories = {"a": entry("a", "s1"), "b": entry("b", "s2")}
    first = plan(survey([a, b], stories))
    edited = folder("b", "s2-edited")
    again = plan(survey([a, edited], stories), {task.story.slug: task for task in first.tasks})
    assert again.tasks[0] is first.tasks[0]  # the same folder and entry: the same task
    assert actions(again) == {"a": REUSE, "b": READ} and again.write
    assert actions(plan(survey([a, b], {"a": entry("a", "s1"), "b": stories["b"]}), {task.story.slug: task for task in first.tasks})) == {"a": REUSE, "b": REUSE}
