"""The command line: documented commands, the shared options, scaffolding that never overwrites."""

from __future__ import annotations

import pytest

from digest.cli import cli

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example_and_the_shared_options(run, name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    for option in ("--root", "--quiet", "--debug"):
        assert option in result.output


def test_the_foundation_commands_exist():
    assert {"build", "check", "new", "init"} <= set(COMMANDS)


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
    import digest.build

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(digest.build, "render_globals", broken)
    result = run("build", "--root", sample_site)
    assert result.exit_code == 1
    assert "internal error: ZeroDivisionError: boom" in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(ZeroDivisionError):
        run("build", "--debug", "--root", sample_site)


def test_check_json_prints_stories_in_digest_json_shape(sample_site, run):
    import json

    result = run("check", "--json", "--root", sample_site)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    [story] = data["stories"]
    assert set(story) >= {"slug", "title", "date", "sources", "paragraphs", "discrepancies", "single_source", "people"}


def test_check_prints_a_readable_report(sample_site, run):
    result = run("check", "--root", sample_site)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "== xi-putin-samarkand: Xi and Putin meet in Samarkand (2022-09-15)" in out
    assert "[reuters-es] Reuters (via a Spanish-language site), translated from es, 39 sentences" in out
    import re
    assert re.search(r"Discrepancies: \d+ open, 0 resolved or dismissed", out)
    assert "      archyde: February 4, 2019" in out
    assert "Single-source claims:" in out
