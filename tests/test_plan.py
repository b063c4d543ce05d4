"""The build's plan is a pure function of what the survey saw: tested without touching a disk."""

from __future__ import annotations

from pathlib import Path

from digest.plan import READ, RENDER, REUSE, StoryFolder, Survey, plan, render_key, replan
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


def test_a_plan_made_again_from_the_last_one_is_the_plan_made_afresh():
    """`replan` (digest serve's one-story edits) decides anew only the stories whose records
    changed: through a long run of builds of every kind its plan equals `plan`'s."""
    import random

    rng = random.Random(5)
    slugs = [f"s{i:02d}" for i in range(40)]
    folders = {slug: folder(slug, f"{slug}-0") for slug in slugs}
    stories = {slug: entry(slug, f"{slug}-0") for slug in slugs}
    last = plan(survey(folders.values(), stories))
    last_survey = survey(folders.values(), stories)
    replanned = 0
    for n in range(1, 300):
        stories = dict(stories)
        for task in last.tasks if rng.random() < 0.9 else ():  # the last build's outcome (unless it failed): what it redid has a new entry
            if task.action != REUSE:
                stories[task.story.slug] = entry(task.story.slug, task.story.signature)
        folders = dict(folders)
        kind = rng.random()
        if kind < 0.6:  # a story or two edited
            for slug in rng.sample(sorted(folders), rng.randint(1, 2)):
                folders[slug] = folder(slug, f"{slug}-{n}")
        elif kind < 0.7:  # looked at again, unchanged: another record, the same signature
            slug = rng.choice(sorted(folders))
            folders[slug] = folder(slug, folders[slug].signature)
        elif kind < 0.75:  # an entry whose pages were rendered with another theme
            slug = rng.choice(sorted(stories))
            stories[slug] = entry(slug, stories[slug].signature, theme="theme-0")
        elif kind < 0.8:  # a story folder removed
            del folders[rng.choice(sorted(folders))]
        elif kind < 0.85:  # a story folder added
            folders[f"t{n:03d}"] = folder(f"t{n:03d}", f"t{n:03d}-{n}")
            folders = dict(sorted(folders.items()))
        now = survey(folders.values(), stories)
        reusable = {task.story.slug: task for task in last.tasks}
        fresh = plan(now, reusable)
        places = {f.slug: i for i, f in enumerate(last_survey.folders)}
        again = replan(now, last, last_survey.folders, last_survey.manifest, places)
        if again is not None:
            replanned += 1
            assert again.tasks == fresh.tasks and again.removed == fresh.removed and again.write == fresh.write
            taken = {id(task) for task in reusable.values()}
            assert all(a is b for a, b in zip(again.tasks, fresh.tasks) if id(b) in taken)  # the last plan's tasks where plan takes them
            for action in (READ, RENDER, REUSE):
                assert again.count(action) == fresh.count(action)
            assert [t for t in again.tasks if t.action != REUSE] == [t for t in again.decided_tasks() if t.action != REUSE]
            fresh = again  # the builder goes on from the plan it made
        last, last_survey = fresh, now
    assert replanned > 150
