"""Shared fixtures: the repository's sample site and throwaway copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SAMPLE_STORY = REPO / "content" / "xi-putin-samarkand"
SEEDS = sorted(SAMPLE_STORY.glob("00*.txt"))


@pytest.fixture
def sample_site(tmp_path: Path) -> Path:
    """A copy of the repository's sample site (site.yaml, content/), safe to edit and build."""
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    shutil.copytree(REPO / "content", site / "content")
    return site


@pytest.fixture
def run():
    """Run the digest CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    from digest.cli import cli

    def invoke(*args: str):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke
