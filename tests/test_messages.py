"""Errors in plain words: YAML mistakes shown at their line with a caret and a hint, impossible
dates that say why, a misspelt file name answered with the closest one, an unclosed front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

STORY = "title: A story\ndate: 2024-03-01\nsources:\n  - file: a.txt\n    outlet: First Outlet\n"


def site_with(tmp_path: Path, story: str, files: dict[str, str] | None = None) -> Path:
    folder = tmp_path / "content" / "s"
    folder.mkdir(parents=True)
    (tmp_path / "site.yaml").write_text("title: T\nbase_url: https://example.org/\n")
    (folder / "story.yaml").write_text(story, encoding="utf-8")
    for name, text in (files or {"a.txt": "The council met on Monday.\n"}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return tmp_path


def errors(result) -> list[str]:
    return [line.removeprefix("error: ") for line in result.stderr.splitlines() if line.startswith("error: ")]


@pytest.mark.parametrize(
    "name, story, location, hint, excerpt, caret",
    [
        ("tab", STORY.replace("  - file", "\t- file"), "story.yaml:4: YAML syntax error, column 1",
         "a tab character in the indentation; YAML indents with spaces only", "\u2192- file: a.txt", "^"),
        ("unquoted colon", STORY.replace("title: A story", "title: Xi: the meeting"), "story.yaml:1: YAML syntax error, column 10",
         "a colon followed by a space inside a value: put the value in quotes", "title: Xi: the meeting", "         ^"),
        ("indentation", STORY.replace("    outlet", "   outlet"), "story.yaml:5: YAML syntax error, column 4",
         "bad indentation: keys of one mapping, and the '-' items of one list, must start in the same column", "   outlet: First Outlet", "   ^"),
        ("stray indent", STORY.replace("date:", "  date:"), "story.yaml:2: YAML syntax error, column 7",
         "this line is indented deeper than the line above", "  date: 2024-03-01", "      ^"),
        ("unclosed bracket", STORY + "tags: [one, two\nnotes: x\n", "story.yaml:6: YAML syntax error, column 7",
         "the [ opened at line 6 is never closed: add the matching ]", "tags: [one, two", "      ^"),
        ("unclosed quote", STORY.replace("title: A story", 'title: "A story'), "story.yaml:1: YAML syntax error, column 8",
         "a quote opened at line 1 is never closed", 'title: "A story', "       ^"),
    ],
)
def test_yaml_mistakes_are_shown_at_their_line_with_a_caret_and_a_hint(tmp_path, run, name, story, location, hint, excerpt, caret):
    site = site_with(tmp_path, story)
    result = run("check", "--root", site)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("error: "))
    assert lines[first] .startswith(f"error: content/s/{location}: {hint}"), lines[first]
    assert lines[first + 1] == "    " + excerpt
    assert lines[first + 2] == "    " + caret
    assert "not allowed in this context" not in result.stderr and "cannot start any token" not in result.stderr
    assert "not listed" not in result.stderr  # an unreadable story.yaml does not make every article look unlisted


@pytest.mark.parametrize(
    "date, why",
    [("2026-11-31", "November has 30 days"), ("2023-02-29", "2023 is not a leap year, so February has 28 days"),
     ("2024-13-02", "there is no month 13 (months run from 01 to 12)"), ("2024-04-31", "April has 30 days")],
)
def test_impossible_dates_say_why(tmp_path, run, date, why):
    site = site_with(tmp_path, STORY.replace("2024-03-01", date) + "    published: " + date + "\n")
    result = run("check", "--root", site)
    assert result.exit_code == 1
    assert f"content/s/story.yaml:2: date: '{date}' is not a date: {why}" in errors(result)
    assert f"content/s/story.yaml:6: sources[0].published: '{date}' is not a date: {why}" in errors(result)


def test_a_date_of_the_wrong_shape_still_shows_the_expected_form(tmp_path, run):
    result = run("check", "--root", site_with(tmp_path, STORY.replace("2024-03-01", "March 1st")))
    assert "content/s/story.yaml:2: date: 'March 1st' is not a date (expected YYYY-MM-DD)" in errors(result)


def test_a_quoted_date_is_the_same_date_and_a_quoted_impossible_one_still_says_why(tmp_path, run):
    assert run("check", "--root", site_with(tmp_path / "a", STORY.replace("2024-03-01", "'2024-03-01'"))).exit_code == 0
    result = run("check", "--root", site_with(tmp_path / "b", STORY.replace("2024-03-01", "'2024-02-30'")))
    assert "content/s/story.yaml:2: date: '2024-02-30' is not a date: February has 29 days" in errors(result)


def test_a_misspelt_file_name_suggests_the_closest_file_in_the_folder(tmp_path, run):
    site = site_with(tmp_path, STORY.replace("a.txt", "harbor-vote.txt"), {"harbour-vote.txt": "The council met.\n", "notes.md": "x\n"})
    result = run("check", "--root", site)
    assert "content/s/story.yaml:4: sources[0].file: 'harbor-vote.txt' does not exist in content/s/; did you mean 'harbour-vote.txt'?" in errors(result)


def test_a_missing_file_with_nothing_close_has_no_suggestion(tmp_path, run):
    site = site_with(tmp_path, STORY.replace("a.txt", "zzz.txt"), {"harbour-vote.txt": "The council met.\n"})
    assert "content/s/story.yaml:4: sources[0].file: 'zzz.txt' does not exist in content/s/" in errors(run("check", "--root", site))


def test_an_unclosed_front_matter_is_an_error_at_its_line(tmp_path, run):
    story = "title: A story\ndate: 2024-03-01\nsources:\n  - file: a.md\n"
    site = site_with(tmp_path, story, {"a.md": "---\noutlet: First Outlet\npublished: 2024-03-01\n\nThe council met on Monday.\n"})
    result = run("check", "--root", site)
    assert result.exit_code == 1
    assert errors(result) == ["content/s/a.md:1: front matter starts here with '---' but is never closed: end it with a line of '---' "
                              "(or remove the first line if this is not front matter)"]
