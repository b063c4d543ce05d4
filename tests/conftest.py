"""Shared fixtures: the repository's sample site and throwaway copies of it."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SAMPLE_STORY = REPO / "content" / "xi-putin-samarkand"
SEEDS = sorted(SAMPLE_STORY.glob("00*.txt"))


def copy_site_to(target: Path, source: Path = REPO, stories: dict[str, str] | None = None) -> Path:
    """Copy a site (site.yaml and content/; the repository's sample by default) into `target`.

    `stories` maps story folder names in the source to the names they get in the copy
    (only those are copied); by default every story is copied under its own name.
    """
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(source / "site.yaml", target / "site.yaml")
    if stories is None:
        shutil.copytree(source / "content", target / "content")
    else:
        for name, new_name in stories.items():
            shutil.copytree(source / "content" / name, target / "content" / new_name)
    return target


@pytest.fixture
def copy_site(tmp_path: Path):
    """A function making throwaway copies of a site under tmp_path: copy_site(source=REPO, name="site")."""

    def make(source: Path = REPO, name: str = "site", stories: dict[str, str] | None = None) -> Path:
        return copy_site_to(tmp_path / name, source, stories)

    return make


@pytest.fixture
def sample_site(copy_site) -> Path:
    """A copy of the repository's sample site (site.yaml, content/), safe to edit and build."""
    return copy_site()


@pytest.fixture
def run():
    """Run the digest CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    from digest.cli import cli

    def invoke(*args: str):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


# -- Serving and browsing built sites ---------------------------------------------------

import contextlib
import functools
import http.server
import threading

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = REPO / "test-artifacts"


@contextlib.contextmanager
def static_server(folder: Path):
    """A plain static server on 127.0.0.1 for a folder, on a free port; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `bash tests/run.sh`, which installs it"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def build_site(root: Path, base_url: str | None = None) -> Path:
    """Build a site (optionally with another base_url) and return its output folder."""
    from digest.build import build

    if base_url:
        config = root / "site.yaml"
        text = config.read_text(encoding="utf-8")
        config.write_text("\n".join(f"base_url: {base_url}" if l.startswith("base_url:") else l for l in text.split("\n")), encoding="utf-8")
    return build(root).config.output_dir


if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    # A suite started in the background of a script inherits Ctrl-C ignored, and so does every
    # process it starts: the tests of Ctrl-C (in the build and in `digest serve`) would test nothing.
    # Python's own handler here makes children start with the default again.
    signal.signal(signal.SIGINT, signal.default_int_handler)
