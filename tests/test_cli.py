"""The command line: documented commands, the shared options, scaffolding that never overwrites."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from conftest import REPO
from digest import __version__
from digest.cli import cli

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example_and_the_shared_options(run, name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    for option in ("--root", "--quiet", "--debug"):
        assert option in result.output


def test_every_command_is_in_the_readme_and_every_readme_command_exists():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Commands"):].split("\n\n")[1]
    documented = set(re.findall(r"^\| `digest (\w+)", table, re.M))
    assert documented == set(COMMANDS)


def test_version_prints_the_package_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"digest, version {__version__}"


def test_new_scaffolds_a_story_that_validates_and_refuses_to_overwrite(sample_site, run):
    result = run("new", "harbour-strike", "--title", 'Dockers: "the strike"', "--root", sample_site)
    assert result.exit_code == 0, result.stderr
    story = sample_site / "content" / "harbour-strike" / "story.yaml"
    assert 'title: "Dockers: \\"the strike\\""' in story.read_text()
    check = run("check", "--root", sample_site)
    assert check.exit_code == 0, check.stderr
    assert "no sources yet" in check.stderr
    again = run("new", "harbour-strike", "--root", sample_site)
    assert again.exit_code == 1 and "already exists" in again.stderr


def test_new_rejects_a_bad_slug(sample_site, run):
    result = run("new", "Bad Slug!", "--root", sample_site)
    assert result.exit_code == 1
    assert "not a valid slug" in result.stderr


def test_init_refuses_a_non_empty_folder(tmp_path, run):
    (tmp_path / "notes.txt").write_text("mine")
    result = run("init", tmp_path)
    assert result.exit_code == 1
    assert "not empty" in result.stderr
    assert not (tmp_path / "site.yaml").exists()


def test_internal_errors_have_no_traceback_unless_debug(sample_site, run, monkeypatch):
    import digest.render

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(digest.render, "render_globals", broken)
    result = run("build", "--root", sample_site)
    assert result.exit_code == 1
    assert "internal error: ZeroDivisionError: boom" in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(ZeroDivisionError):
        run("build", "--debug", "--root", sample_site)


def test_an_internal_error_while_merging_names_the_story(sample_site, run, monkeypatch):
    """A bug met while merging one story says which story's folder it met, so the editor can
    report it or set the story aside; --debug still raises the bug itself as the cause."""
    import digest.merge

    def broken(*args, **kwargs):
        raise TypeError("cannot unpack")

    monkeypatch.setattr(digest.merge, "merge_story", broken)
    monkeypatch.chdir(sample_site)
    result = run("build", "--root", sample_site)
    assert result.exit_code == 1
    story = next(p for p in (sample_site / "content").iterdir() if (p / "story.yaml").exists())
    assert f"internal error: TypeError: cannot unpack (while merging {story.relative_to(sample_site)})" in result.stderr
    with pytest.raises(Exception) as raised:
        run("build", "--debug", "--root", sample_site)
    assert isinstance(raised.value.__cause__, TypeError)


def test_check_json_prints_stories_in_digest_json_shape(sample_site, run):
    result = run("check", "--json", "--root", sample_site)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    [story] = data["stories"]
    assert set(story) >= {"slug", "title", "date", "sources", "paragraphs", "discrepancies", "single_source", "people"}


def test_check_prints_a_readable_report_that_agrees_with_the_json(sample_site, run):
    result = run("check", "--root", sample_site)
    assert result.exit_code == 0, result.stderr
    [story] = json.loads(run("check", "--json", "--root", sample_site).stdout)["stories"]
    out = result.stdout
    assert out.startswith(f"== {story['slug']}: {story['title']} ({story['date']})\n")
    for source in story["sources"]:
        count = story["stats"]["sentences"][source["id"]]
        assert re.search(rf"^  \[{re.escape(source['id'])}\] {re.escape(source['outlet'])}.*, {count} sentences$", out, re.M), source
    open_ = [d for d in story["discrepancies"] if d["status"] == "open"]
    assert f"Discrepancies: {len(open_)} open" in out
    for d in open_:
        assert f"  {d['id']} [{d['kind']}" in out
        for variant in d["variants"]:
            assert f"      {variant['source']}: " in out
    assert f"Single-source claims: {len(story['single_source'])}" in out


# -- An invented two-outlet story: one figure differs ---------------------------------

STORY = """\
title: Harbour closes
date: 2024-03-05
sources:
  - file: a.txt
    outlet: Coastal Wire
  - file: b.txt
    outlet: Bay Herald
"""
A = "The town council voted on Tuesday to close the old harbour.\n\nThe closure affects {figure} customers of the ferry company, officials said.\n\nThe mayor called the vote historic.\n"
B = "The town council voted on Tuesday to close the old harbour.\n\nThe closure affects 9,500 customers of the ferry company, officials said.\n\nResidents will be consulted this summer.\n"


def make_story(site, slug="harbour", story=STORY, figure="14,000"):
    folder = site / "content" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "story.yaml").write_text(story, encoding="utf-8")
    (folder / "a.txt").write_text(A.format(figure=figure), encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    return folder


@pytest.fixture
def harbour(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "site.yaml").write_text("title: Test Digest\nbase_url: https://example.org/news/\n", encoding="utf-8")
    make_story(site)
    return site


def discrepancies(run, site) -> list[dict]:
    result = run("check", "--json", "--root", site)
    return [d for story in json.loads(result.stdout)["stories"] for d in story["discrepancies"]]


def test_a_decision_whose_id_is_gone_warns_with_the_nearest_and_the_report_is_still_printed(harbour, run):
    [found] = discrepancies(run, harbour)
    stale = "d-0000000000"
    (harbour / "content/harbour/story.yaml").write_text(STORY + f"discrepancies:\n  - id: {stale}\n    status: resolved\n    note: The company says 14,000.\n")
    result = run("check", "--root", harbour)
    assert result.exit_code == 0, result.stderr
    assert "== harbour: Harbour closes" in result.stdout and found["id"] in result.stdout
    warning = f"warning: content/harbour/story.yaml:9: discrepancies[0].id: '{stale}' matches no current discrepancy"
    assert warning in result.stderr
    assert f"did you mean {found['id']} ({found['kind']}: {found['summary']})?" in result.stderr
    assert result.stderr.count(warning) == 1

    as_json = run("check", "--json", "--root", harbour)
    assert as_json.exit_code == 0
    data = json.loads(as_json.stdout)  # stdout stays valid JSON; warnings go in it and on stderr
    assert data["stories"][0]["discrepancies"][0]["id"] == found["id"]
    assert [w["field"] for w in data["warnings"]] == ["discrepancies[0].id"]

    build = run("build", "--root", harbour)
    assert build.exit_code == 0, build.stderr
    assert "did you mean " + found["id"] in build.stderr


def test_stale_decisions_in_two_stories_are_both_reported(harbour, run):
    make_story(harbour, "ferry", STORY + "discrepancies:\n  - id: d-1111111111\n    status: dismissed\n")
    make_story(harbour, "harbour", STORY + "discrepancies:\n  - id: d-2222222222\n    status: dismissed\n")
    result = run("check", "--root", harbour)
    assert result.exit_code == 0
    assert "'d-1111111111' matches no current discrepancy" in result.stderr
    assert "'d-2222222222' matches no current discrepancy" in result.stderr


@pytest.mark.parametrize("command", ["check", "build"])
def test_annotation_errors_in_two_stories_are_both_reported(harbour, run, command):
    bad = STORY + "annotations:\n  - match: words nobody wrote\n    note: x\n"
    make_story(harbour, "ferry", bad)
    make_story(harbour, "harbour", bad)
    result = run(command, "--root", harbour)
    assert result.exit_code == 1
    assert "content/ferry/story.yaml:9: annotations[0].match" in result.stderr
    assert "content/harbour/story.yaml:9: annotations[0].match" in result.stderr


def test_check_strict_fails_while_a_material_discrepancy_is_open(harbour, run):
    [found] = discrepancies(run, harbour)
    assert run("check", "--root", harbour).exit_code == 0
    strict = run("check", "--strict", "--root", harbour)
    assert strict.exit_code == 1
    assert found["id"] in strict.stderr and "material" in strict.stderr
    assert json.loads(run("check", "--strict", "--json", "--root", harbour).stdout)["stories"]  # the report is still there
    (harbour / "content/harbour/story.yaml").write_text(STORY + f"discrepancies:\n  - id: {found['id']}\n    status: resolved\n    note: The company's figure.\n")
    assert run("check", "--strict", "--root", harbour).exit_code == 0


def test_strict_counts_a_discrepancy_without_severity_as_material_and_ignores_wording():
    from digest.report import open_material

    class Page:
        def __init__(self, discrepancies):
            self.merged = {"discrepancies": discrepancies}

    pages = [Page([{"id": "d-1", "status": "open"}, {"id": "d-2", "status": "open", "severity": "wording"},
                   {"id": "d-3", "status": "open", "severity": "material"}, {"id": "d-4", "status": "resolved"}])]
    assert open_material(pages) == ["d-1", "d-3"]


def test_warnings_print_alongside_errors_each_once(harbour, run):
    folder = harbour / "content/harbour"
    (folder / "stray.txt").write_text("An article nobody listed.\n")  # a warning
    (folder / "story.yaml").write_text(STORY.replace("2024-03-05", "2024-11-31"))  # an error
    result = run("build", "--root", harbour)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    warning = "warning: content/harbour/stray.txt: article file not listed in story.yaml sources; it is not published"
    assert lines.count(warning) == 1
    assert any(line.startswith("error: content/harbour/story.yaml:2: date: '2024-11-31'") for line in lines)


def test_an_error_without_a_file_has_no_empty_location(run, monkeypatch, sample_site):
    import digest.build
    from digest.errors import DigestError

    def refuse(*args, **kwargs):
        raise DigestError("port 8000 on 127.0.0.1 is in use")

    monkeypatch.setattr(digest.build, "Builder", refuse)
    result = run("build", "--root", sample_site)
    assert result.exit_code == 1
    assert result.stderr == "error: port 8000 on 127.0.0.1 is in use\n"


@pytest.mark.parametrize("no_color, coloured", [("", True), ("1", False)])
def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path, no_color, coloured):
    import pty

    env = {**os.environ, "NO_COLOR": no_color, "PYTHONPATH": str(REPO)}
    main, child = pty.openpty()
    subprocess.run([sys.executable, "-m", "digest", "build", "--root", str(tmp_path)], stderr=child, stdout=child, env=env, cwd=tmp_path)
    os.close(child)
    output = os.read(main, 65536).decode()
    os.close(main)
    assert "no site.yaml here" in output
    assert ("\x1b[" in output) is coloured
    piped = subprocess.run([sys.executable, "-m", "digest", "build", "--root", str(tmp_path)], capture_output=True, text=True, env={**env, "NO_COLOR": ""}, cwd=tmp_path)
    assert "no site.yaml here" in piped.stderr and "\x1b[" not in piped.stderr


def test_build_output_and_base_url_options_win_over_site_yaml(harbour, run, tmp_path):
    result = run("build", "--root", harbour, "-d", tmp_path / "public", "--base-url", "https://news.example.com/daily")
    assert result.exit_code == 0, result.stderr
    assert not (harbour / "_site").exists()
    index = (tmp_path / "public/index.html").read_text()
    assert 'href="/daily/stories/harbour/"' in index
    assert run("build", "--root", harbour, "--output", tmp_path / "other").exit_code == 0
    assert 'href="/news/stories/harbour/"' in (tmp_path / "other/index.html").read_text()
    bad = run("build", "--root", harbour, "--base-url", "news.example.com")
    assert bad.exit_code == 2 and "is not a URL" in bad.stderr


def test_serve_takes_bind_with_host_as_alias_port_short_and_open(run, monkeypatch, sample_site):
    import digest.serve

    calls = []
    monkeypatch.setattr(digest.serve, "serve", lambda root, host, port, reporter, open_browser: calls.append((host, port, open_browser)))
    assert run("serve", "--root", sample_site, "--bind", "0.0.0.0", "-p", "9001", "--open").exit_code == 0
    assert run("serve", "--root", sample_site, "--host", "127.0.0.2", "--port", "9002").exit_code == 0
    assert run("serve", "--root", sample_site).exit_code == 0
    assert calls == [("0.0.0.0", 9001, True), ("127.0.0.2", 9002, False), ("127.0.0.1", 8000, False)]


def test_clean_removes_the_output_and_cache_digest_made_and_nothing_else(harbour, run):
    assert run("build", "--root", harbour).exit_code == 0
    assert (harbour / "_site").is_dir() and (harbour / ".digest-cache").is_dir()
    result = run("clean", "--root", harbour)
    assert result.exit_code == 0, result.stderr
    assert not (harbour / "_site").exists() and not (harbour / ".digest-cache").exists()
    assert sorted(p.name for p in harbour.iterdir()) == ["content", "site.yaml"]
    assert run("clean", "--root", harbour).exit_code == 0  # nothing left: fine


def test_clean_leaves_a_folder_digest_did_not_make(harbour, run):
    (harbour / "site.yaml").write_text("title: T\nbase_url: https://example.org/\noutput: mine\n")
    (harbour / "mine").mkdir()
    (harbour / "mine/notes.txt").write_text("my own notes")
    result = run("clean", "--root", harbour)
    assert result.exit_code == 1
    assert "mine: not made by digest" in result.stderr
    assert (harbour / "mine/notes.txt").read_text() == "my own notes"


def test_a_digest_error_keeps_its_located_problems_across_processes():
    import pickle

    from digest.errors import DigestError, Problem

    error = DigestError([Problem("content/s/story.yaml", 9, "annotations[0].match", "occurs nowhere")],
                        [Problem("content/s/story.yaml", 12, "discrepancies[0].id", "stale", "warning")])
    copy = pickle.loads(pickle.dumps(error))
    assert copy.problems == error.problems and copy.warnings == error.warnings


def test_a_wrong_lead_does_not_hide_an_annotation_error(harbour, run):
    story = STORY + "lead: wsj\nannotations:\n  - match: words nobody wrote\n    note: x\n"
    make_story(harbour, "harbour", story)
    result = run("check", "--root", harbour)
    assert result.exit_code == 1
    assert "error: content/harbour/story.yaml:8: lead: 'wsj' names no source of this story (sources: a, b)" in result.stderr
    assert "error: content/harbour/story.yaml:10: annotations[0].match: 'words nobody wrote' occurs nowhere" in result.stderr


def test_a_warning_of_a_successful_build_is_printed_once(harbour, run):
    (harbour / "content/harbour/stray.txt").write_text("An article nobody listed.\n")
    result = run("build", "--root", harbour)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("stray.txt: article file not listed") == 1
