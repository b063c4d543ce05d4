"""All or nothing: a fault at any write or rename of a build leaves the old site or the new one.

Every file operation of the write stage (write a file, link an unchanged one, rename,
exchange) and every cache write is a fault point. For a cold, a full and an incremental
build, the build is run once per fault point with that step failing: with an OSError (in
process), or with the build process killed by SIGKILL at that step (a forked child). After
each, the output is byte for byte the old site or the complete new one; the next build
publishes the new site and leaves no staging folder behind.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import digest.cache
import digest.write
from digest.build import Builder
from digest.cache import CACHE_DIR
from digest.errors import DigestError
from digest.write import MARKER, leftovers

from conftest import REPO

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fault injection forks the build process")

STEPS = ("write_file", "link_file", "rename", "exchange")
"""The write stage's file operations, each one a fault point."""


def snapshot(folder: Path) -> dict[str, bytes] | None:
    if not folder.exists():
        return None
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def article(topic: str, n: int) -> str:
    return "\n\n".join(
        f"The {topic} committee met on day {i} of the session. Members agreed to publish {i + n} reports before the vote."
        for i in range(1, 4)
    ) + "\n"


def make_site(root: Path, stories: int = 2) -> Path:
    """A small site: a few stories of two short articles each (fast to merge)."""
    root.mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    for s in range(stories):
        folder = root / "content" / f"story-{s}"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(article("budget", s), encoding="utf-8")
        (folder / "b.txt").write_text(article("housing", s + 1), encoding="utf-8")
        (folder / "story.yaml").write_text(
            f"title: Story {s}\ndate: 2024-01-0{s + 1}\ntags: [council, t{s}]\nsources:\n"
            "  - file: a.txt\n    outlet: First Paper\n  - file: b.txt\n    outlet: Second Paper\n",
            encoding="utf-8",
        )
    return root


def full_change(site: Path) -> None:
    """Change the site's title: every page is rendered again."""
    config = site / "site.yaml"
    config.write_text(config.read_text().replace("title:", "title: Renamed", 1))


def incremental_change(site: Path) -> None:
    """Edit one article: one story is merged again, and only its folder changes."""
    path = site / "content" / "story-0" / "a.txt"
    path.write_text(path.read_text().replace("Members agreed", "Members narrowly agreed", 1), encoding="utf-8")


def retitle_one_story(site: Path) -> None:
    """Edit one story's title: its folder and the pages listing it change, the other story is linked."""
    path = site / "content" / "story-1" / "story.yaml"
    path.write_text(path.read_text().replace("title: Story 1", "title: Story one"), encoding="utf-8")


SCENARIOS = {
    "cold": (False, None),
    "full": (True, full_change),
    "incremental": (True, incremental_change),
    "incremental-listed": (True, retitle_one_story),
}


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory):
    """Per scenario: the site before the faulty build (inputs changed, old site built), and the new site."""
    base = tmp_path_factory.mktemp("faults")
    prepared = {}
    for name, (built, change) in SCENARIOS.items():
        work = make_site(base / name / "work")  # built where every faulty build runs: the manifest names the output's path
        Builder(work, jobs=1).build()
        old = snapshot(work / "_site") if built else None
        if not built:
            shutil.rmtree(work / "_site")
        if change:
            change(work)
        template = base / name / "template"
        shutil.copytree(work, template, symlinks=True)
        expected = base / name / "expected"
        shutil.copytree(template, expected)
        shutil.rmtree(expected / CACHE_DIR)
        shutil.rmtree(expected / "_site", ignore_errors=True)
        Builder(expected, jobs=1).build()
        prepared[name] = (template, old, snapshot(expected / "_site"))
    return base, prepared


def fresh_copy(template: Path, work: Path) -> Path:
    """The same starting state at the same path every time (the manifest names the output's path)."""
    assert template.name == "template" and work == template.parent / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work, symlinks=True)
    return work


class Faults:
    """Counts the build's file operations and fails the n-th one."""

    def __init__(self, monkeypatch, at: int, fail):
        self.at, self.fail, self.count = at, fail, 0
        for name in STEPS:
            monkeypatch.setattr(digest.write, name, self.wrap(getattr(digest.write, name)))
        monkeypatch.setattr(digest.cache.BuildCache, "_write", self.wrap(digest.cache.BuildCache._write))

    def wrap(self, real):
        def step(*args, **kwargs):
            self.count += 1
            if self.count == self.at:
                self.fail()
            return real(*args, **kwargs)

        return step


def raise_disk_full() -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def assert_old_or_new(site: Path, old, new, where: str) -> None:
    now = snapshot(site / "_site")
    assert now == old or now == new, f"{where}: the output is neither the old site nor the new one"


def assert_next_build_recovers(site: Path, new, where: str) -> None:
    Builder(site, jobs=1).build()
    assert snapshot(site / "_site") == new, f"{where}: the next build did not publish the new site"
    assert leftovers(site / "_site") == [], f"{where}: staging folders remain after the next build"


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_an_oserror_at_any_write_or_rename_leaves_the_old_site_or_the_new_one(scenarios, scenario, monkeypatch):
    base, prepared = scenarios
    template, old, new = prepared[scenario]
    work = base / scenario / "work"
    injected = 0
    for at in range(1, 500):
        site = fresh_copy(template, work)
        with monkeypatch.context() as patch:
            faults = Faults(patch, at, raise_disk_full)
            try:
                Builder(site, jobs=1).build()
            except DigestError as exc:
                assert "no space left on the disk" in str(exc) and "last good site is unchanged" in str(exc)
        if faults.count < at:
            break  # the build finished before reaching this step: every step has been tried
        injected += 1
        where = f"{scenario}, OSError at step {at}"
        assert_old_or_new(site, old, new, where)
        assert leftovers(site / "_site") == [], f"{where}: the failed build left its staging folder"
        assert_next_build_recovers(site, new, where)
    print(f"\n{scenario}: {injected} OSError fault points injected and survived")
    assert injected >= 5


def _kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_kill_at_any_write_or_rename_leaves_the_old_site_or_the_new_one(scenarios, scenario, monkeypatch):
    base, prepared = scenarios
    template, old, new = prepared[scenario]
    work = base / scenario / "work"
    injected = 0
    for at in range(1, 500):
        site = fresh_copy(template, work)
        pid = os.fork()
        if pid == 0:  # the child build process: killed at the chosen step
            code = 0
            try:
                Faults(monkeypatch, at, _kill_self)
                Builder(site, jobs=1).build()
            except BaseException:  # noqa: BLE001
                code = 3
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status):
            assert os.WEXITSTATUS(status) == 0
            break  # finished without reaching this step
        assert os.WTERMSIG(status) == signal.SIGKILL
        injected += 1
        where = f"{scenario}, SIGKILL at step {at}"
        assert_old_or_new(site, old, new, where)
        assert_next_build_recovers(site, new, where)
    print(f"\n{scenario}: {injected} SIGKILL fault points injected and survived")
    assert injected >= 5


def test_a_swap_interrupted_between_two_renames_is_repaired(tmp_path, monkeypatch):
    """Where no atomic exchange exists, a kill between the two renames loses no site for good."""
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1).build()
    old = snapshot(site / "_site")
    incremental_change(site)
    monkeypatch.setattr(digest.write, "exchange", lambda new, current: False)
    calls = []
    real = digest.write.rename

    def rename(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt  # stands for a kill: nothing after this runs in this build
        return real(source, target)

    monkeypatch.setattr(digest.write, "rename", rename)
    with pytest.raises(KeyboardInterrupt):
        Builder(site, jobs=1).build()
    monkeypatch.undo()
    assert snapshot(site / "_site") == old  # the failed second rename was rolled back
    Builder(site, jobs=1).build()
    assert leftovers(site / "_site") == []


def test_the_next_build_restores_an_output_lost_between_two_renames(tmp_path):
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1).build()
    old = snapshot(site / "_site")
    os.rename(site / "_site", site / "._site.old-killed")  # what a kill between the two renames leaves
    (site / "._site.new-killed").mkdir()
    Builder(site, jobs=1).build()
    assert snapshot(site / "_site") == old
    assert leftovers(site / "_site") == []


def test_a_running_builds_staging_folder_is_not_removed_by_another_build(tmp_path):
    site = make_site(tmp_path / "site")
    staging = digest.write.Staging(site / "_site")
    try:
        Builder(site, jobs=1).build()
        assert staging.path.is_dir()
    finally:
        staging.close()
    assert not staging.path.exists()


# -- Worker processes and Ctrl-C ---------------------------------------------------------------


def descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def archive(tmp_path) -> Path:
    sys.path.insert(0, str(REPO / "bench"))
    from archive import generate

    generate(tmp_path / "gen", 50)
    return tmp_path / "gen" / "digest"


def start_parallel_build(site: Path) -> tuple[subprocess.Popen, set[int]]:
    """A `digest build` whose merge runs in worker processes (slowed down, so that it is still
    running when the test acts, however fast the merge is); returns once the workers run."""
    slow = ("import time, digest.build as b; b.PARALLEL_MIN = 2; merge = b._merge; "
            "b._merge = lambda loaded: (time.sleep(0.5), merge(loaded))[1]; from digest.cli import main; main()")
    process = subprocess.Popen(
        [sys.executable, "-c", slow, "build", "--root", str(site)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal, even if this runs in the background
    )
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and process.poll() is None:
        workers = descendants(process.pid)
        if len(workers) >= 2:
            break
        time.sleep(0.02)
    if process.poll() is not None or len(workers) < 2:
        process.kill()
        pytest.skip("the build finished before its workers could be seen")
    return process, workers


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to find worker processes")
def test_workers_exit_within_5_s_of_their_parent_being_killed(archive):
    process, workers = start_parallel_build(archive)
    process.kill()
    process.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.05)
    survivors = [pid for pid in workers if alive(pid)]
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert survivors == [], "worker processes outlived their parent by more than 5 s"
    Builder(archive, jobs=1).build()
    assert leftovers(archive / "_site") == []


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to find worker processes")
def test_ctrl_c_stops_a_parallel_build_and_its_workers(archive):
    process, workers = start_parallel_build(archive)
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode != 0
    assert "Traceback" not in err
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)
    assert not (archive / "_site").exists() and leftovers(archive / "_site") == []


def test_a_change_confined_to_one_story_swaps_just_its_folder(tmp_path):
    """The common edit (an article's wording) publishes one folder in one step; nothing else is touched.

    Without search: with it, the site-wide index changes too (next test)."""
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1, search=False).build()
    output = site / "_site"
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in output.rglob("*") if p.is_file() and "story-0" not in p.parts}
    incremental_change(site)
    Builder(site, jobs=1, search=False).build()
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in output.rglob("*") if p.is_file() and "story-0" not in p.parts} == before
    assert b"narrowly" in (output / "stories/story-0/sources/a/index.html").read_bytes()


def test_with_search_a_change_confined_to_one_story_rewrites_only_its_folder_and_the_index(tmp_path):
    """The story's words are in the search index, so the index changes with them: the new site is
    published whole in one step (story folder and index together), every other file carried over
    as a hard link of the old one, not written again."""
    site = make_site(tmp_path / "site")
    Builder(site, jobs=1).build()
    output = site / "_site"

    def stamps() -> dict[str, tuple[int, int]]:
        return {p.relative_to(output).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
                for p in output.rglob("*") if p.is_file() and "story-0" not in p.parts}

    before = stamps()
    incremental_change(site)
    Builder(site, jobs=1).build()
    after = stamps()
    changed = {rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel)}
    assert "pagefind/pagefind-entry.json" in changed
    assert all(rel.startswith("pagefind/") or rel == MARKER for rel in changed), sorted(changed)
    assert {"index.html", "stories/story-1/index.html", "pagefind/pagefind.js"} <= after.keys() - changed  # linked
    assert b"narrowly" in (output / "stories/story-0/sources/a/index.html").read_bytes()
