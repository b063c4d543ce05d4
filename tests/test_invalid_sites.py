"""Each folder under tests/sites/invalid is a site with one fault; expected.txt holds the
start of the message an editor must see: `file:line: field: what is wrong`."""

from __future__ import annotations

from pathlib import Path

import pytest

INVALID = Path(__file__).parent / "sites" / "invalid"
CASES = sorted(p.name for p in INVALID.iterdir() if p.is_dir())


def test_there_are_at_least_fifteen_broken_sites():
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES)
def test_broken_site_is_reported_with_file_line_and_field(case, run, copy_site):
    site = copy_site(INVALID / case, case)
    expected = (INVALID / case / "expected.txt").read_text(encoding="utf-8").strip()
    for command in ("build", "check"):
        result = run(command, "--root", site)
        assert result.exit_code == 1, result.output
        errors = [line.removeprefix("error: ") for line in result.stderr.splitlines() if line.startswith("error: ")]
        assert any(line.startswith(expected) for line in errors), f"expected {expected!r} in:\n{result.stderr}"
        assert "Traceback" not in result.stderr
    assert not (site / "_site").exists(), "a failed build must write nothing"


def test_all_errors_are_collected_before_stopping(run, tmp_path):
    site = tmp_path / "many"
    (site / "content" / "s").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbase_url: https://example.org/\n")
    (site / "content" / "s" / "story.yaml").write_text(
        "title: T\ndate: 2024-02-30\ncolour: red\nsources:\n  - file: missing.txt\n    outlet: X\n"
    )
    result = run("build", "--root", site)
    assert result.exit_code == 1
    assert "content/s/story.yaml:2: date: '2024-02-30' is not a date" in result.stderr
    assert "content/s/story.yaml:3: colour: unknown key in story.yaml" in result.stderr
    assert "content/s/story.yaml:5: sources[0].file: 'missing.txt' does not exist" in result.stderr
    assert "3 errors" in result.stderr


def test_usage_errors_exit_2(run):
    assert run("build", "--no-such-option").exit_code == 2
    assert run("new").exit_code == 2
    assert run("frobnicate").exit_code == 2
