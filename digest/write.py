"""Write stage: publish the rendered site all at once, or not at all.

Every build writes a complete new site into a staging folder beside the output
(`.<output>.new-*`): changed pages written, unchanged ones hard-linked from the live
output. The staging folder then takes the output's place in one step: on Linux one
`renameat2(RENAME_EXCHANGE)` swaps the two folders atomically, so a reader (or a kill at
any moment) sees the old site or the new one, never a mix and never no site. Where that
call is missing, two renames are used and the next build repairs an interrupted swap.

A staging folder is locked (flock) while its build lives, so the next build can tell
the leftovers of a killed build from a build still running, and removes them.

A marker file records that digest made the output folder: digest refuses to replace a
folder without it, so it never deletes a folder it did not create.

All file operations go through `write_file`, `link_file` and `rename`, so tests can
inject a fault at each one.
"""

from __future__ import annotations

import errno
import functools
import os
import queue
import shutil
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Mapping

from digest.errors import DigestError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: leftovers are removed only when no build is running
    fcntl = None  # type: ignore[assignment]

MARKER = ".digest-output"
"""Present in every output folder digest made; its absence protects a folder from deletion."""
MARKER_TEXT = "This folder is built by digest and replaced on every build.\n"
STAGING_KINDS = ("new", "old", "patch")
"""Name parts of the folders a build keeps beside the output (`patch` from older versions)."""

Output = Mapping[str, "bytes | str | Path"]
"""Relative POSIX path -> file content (bytes or text) or a file to copy."""


def check_replaceable(output_dir: Path) -> None:
    """Refuse early to touch an output folder digest did not make."""
    if output_dir.is_symlink() or (output_dir.exists() and not output_dir.is_dir()):
        raise DigestError(f"{output_dir}: output exists and is not a folder; digest will not replace it")
    if output_dir.is_dir() and any(output_dir.iterdir()) and not (output_dir / MARKER).is_file():
        raise DigestError(
            f"{output_dir}: this folder was not made by digest (no {MARKER} marker); "
            "digest will not replace it. Choose another `output` in site.yaml or move the folder away."
        )


# -- The low-level steps (each one a fault point) ----------------------------------------


def write_file(target: Path, content: "bytes | str | Path") -> None:
    if isinstance(content, Path):
        shutil.copyfile(content, target)
    elif isinstance(content, str):
        target.write_bytes(content.encode("utf-8"))
    else:
        target.write_bytes(content)


def link_file(source: Path, target: Path) -> None:
    """Carry an unchanged file into the staging folder: a hard link, or a copy where links fail."""
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOSPC, errno.EROFS, errno.EACCES):
            raise
        shutil.copy2(source, target)


def rename(source: Path, target: Path) -> None:
    os.rename(source, target)


def exchange(new: Path, current: Path) -> bool:
    """Swap two folders in one atomic step; False where the system cannot (then nothing moved)."""
    function = _renameat2()
    if function is None:
        return False
    if function(-100, os.fsencode(new), -100, os.fsencode(current), _RENAME_EXCHANGE) == 0:
        return True
    import ctypes

    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(current))


@functools.lru_cache(maxsize=1)
def _renameat2():
    """The C library's renameat2, or None; loaded on first use: a build that publishes nothing
    never imports ctypes."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


_RENAME_EXCHANGE = 2


# -- Files into a folder -----------------------------------------------------------------


def write_files(folder: Path, files: Output) -> None:
    """Write rendered files under folder; Path values are copied."""
    made: set[Path] = set()
    for rel, content in files.items():
        target = folder / rel
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        write_file(target, content)


def link_files(source: Path, target: Path, files: list[str]) -> None:
    """Carry unchanged files from the live output into the staging folder."""
    made: set[Path] = set()
    for rel in files:
        destination = target / rel
        if destination.parent not in made:
            destination.parent.mkdir(parents=True, exist_ok=True)
            made.add(destination.parent)
        link_file(source / rel, destination)


# -- Checking the live output ---------------------------------------------------------------

SETTLED_NS = 2_000_000_000
"""A folder changed this close to when it was looked at may change again within one timestamp
tick unseen: its mtime is not recorded, so the next check lists it again."""


def verify_output(folder: Path, expected: set[str], recorded: dict[str, int], now_ns: int) -> dict[str, int] | None:
    """Whether the output holds exactly the `expected` files (relative POSIX paths), checked
    folder by folder: a folder whose mtime is the one `recorded` when it last held exactly its
    expected entries is not listed again (adding, removing or renaming an entry changes its
    folder's mtime). Returns the mtimes to record for the next check, or None on any difference.
    """
    names: dict[str, set[str]] | None = None
    """Each folder's expected entries: made only when a folder changed since it was recorded."""
    stamps: dict[str, int] = {}
    try:
        with _stat_in(folder) as stat_of:
            for rel in sorted(_folders_of(expected)):  # in path order: neighbours in the file system's caches
                mtime = stat_of(rel).st_mtime_ns
                if mtime != recorded.get(rel, -1):
                    names = _entries_of(expected) if names is None else names
                    if set(os.listdir(os.path.join(folder, rel) if rel else str(folder))) != names[rel]:
                        return None
                stamps[rel] = mtime if mtime < now_ns - SETTLED_NS else -1
    except OSError:  # gone, not a folder, unreadable: list the whole output
        return None
    return stamps


def _folders_of(expected: set[str]) -> set[str]:
    """Every folder holding an expected file, and their parents up to the output itself ("")."""
    folders = {rel.rpartition("/")[0] for rel in expected}
    fresh = folders
    while fresh:  # one level up at a time, in C: no step per file
        fresh = {rel.rpartition("/")[0] for rel in fresh if rel} - folders
        folders |= fresh
    folders.add("")
    return folders


def _entries_of(expected: set[str]) -> dict[str, set[str]]:
    """Each folder's expected entries (files and folders), by folder."""
    tree: dict[str, set[str]] = {"": set()}
    for rel in expected:
        parent, _, name = rel.rpartition("/")
        while True:
            known = parent in tree
            tree.setdefault(parent, set()).add(name)
            if known or not parent:
                break
            parent, _, name = parent.rpartition("/")
    return tree


@contextmanager
def _stat_in(folder: Path):
    """stat() of a path relative to `folder`: through a descriptor of the folder where the system
    allows (the kernel walks only the relative part: a no-change build stats every output folder)."""
    if os.stat not in os.supports_dir_fd:
        yield lambda rel: os.stat(os.path.join(folder, rel) if rel else folder)
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        yield lambda rel: os.stat(rel or ".", dir_fd=fd)
    finally:
        os.close(fd)


# -- Staging and publishing ----------------------------------------------------------------


class Staging:
    """A locked staging folder beside the output; `publish()` swaps it in, leaving it removes it."""

    def __init__(self, output_dir: Path, remove_in_background: bool = False, after: threading.Event | None = None):
        self.output_dir = Path(output_dir)
        check_replaceable(self.output_dir)
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.new-", dir=self.output_dir.parent))
        self._lock = _lock(self.path)
        self.remove_in_background = remove_in_background
        """Remove the replaced site in a thread (a long-lived process: digest serve answers sooner)."""
        self.after = after
        """Set once the build has returned: the removal waits for it (see `in_background`)."""
        self.published = False

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Remove what is left at the staging path (the unpublished site, or the old one)."""
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
        if not (self.published and self.remove_in_background and os.path.isdir(self.path)):
            remove_tree(self.path)
            return
        lock = _lock(self.path)  # the replaced site: held until removed, so no build takes it for a leftover

        def remove() -> None:
            try:
                remove_tree(self.path)
            finally:
                if lock is not None:
                    os.close(lock)

        in_background(remove, "digest-remove-old-site", self.after)

    def swap_part(self, rel: str) -> bool:
        """Swap one folder of the staged site with the same folder of the live site, in one atomic step.

        For a change confined to one folder (a story's own pages): nothing else need be staged.
        False where no atomic exchange exists: then nothing moved.
        """
        check_replaceable(self.output_dir)
        if not (self.output_dir / rel).is_dir() or (self.output_dir / rel).is_symlink():
            return False
        self.published = exchange(self.path / rel, self.output_dir / rel)
        return self.published

    def publish(self) -> None:
        """Swap the staging folder in for the output; the old site ends up at the staging path."""
        write_file(self.path / MARKER, MARKER_TEXT)
        os.chmod(self.path, 0o755)
        check_replaceable(self.output_dir)
        self.published = True
        if not self.output_dir.exists():
            rename(self.path, self.output_dir)
            return
        if exchange(self.path, self.output_dir):
            return
        old = self.path.with_name(self.path.name.replace(".new-", ".old-", 1))
        rename(self.output_dir, old)  # no atomic exchange here: the next build repairs a kill between
        try:
            rename(self.path, self.output_dir)
        except BaseException:
            rename(old, self.output_dir)
            raise
        rename(old, self.path)


class Job:
    """Work handed to the background: `join` waits for it, as for a thread."""

    def __init__(self, work, after: threading.Event | None):
        self.work = work
        self.after = after
        self._done = threading.Event()

    def run(self) -> None:
        try:
            if self.after is not None:
                self.after.wait()
            self.work()
        except BaseException:  # noqa: BLE001 - reported as a thread reports it; the worker goes on
            threading.excepthook(threading.ExceptHookArgs((*sys.exc_info(), threading.current_thread())))
        finally:
            self._done.set()

    def join(self, timeout: float | None = None) -> None:
        self._done.wait(timeout)

    def is_alive(self) -> bool:
        return not self._done.is_set()


_REMOVALS: list[Job] = []
_REMOVALS_LOCK = threading.Lock()
_WORKERS: dict[str, tuple[int, queue.SimpleQueue]] = {}
"""One long-lived thread per kind of background work (by name), with its queue of jobs and the
process it runs in (a forked worker process has none of its parent's threads)."""


def in_background(work, name: str, after: threading.Event | None = None) -> Job:
    """Run `work` in the background thread for work of this name (in the order handed over);
    `finish_removals` waits for it before the process exits.

    `after`: the work waits until it is set (by a build, as it returns). A thread that starts
    working at once holds the interpreter for milliseconds at a time (a whole pickling, or
    until the switch interval), and the build that started it would wait for it. The thread
    lives on between builds: starting one costs a build up to milliseconds on a busy machine
    (the new thread must be scheduled before `start` returns), handing work to a queue nothing.
    """
    job = Job(work, after)
    with _REMOVALS_LOCK:  # listed before it is queued: finish_removals, in another thread, may wait for it at once
        _REMOVALS.append(job)
        worker = _WORKERS.get(name)
        if worker is None or worker[0] != os.getpid():
            jobs: queue.SimpleQueue = queue.SimpleQueue()
            threading.Thread(target=_work_on, args=(jobs,), name=name, daemon=True).start()
            worker = _WORKERS[name] = (os.getpid(), jobs)
        worker[1].put(job)
    return job


def _work_on(jobs: queue.SimpleQueue) -> None:
    while True:
        jobs.get().run()


def finish_removals(timeout: float = 10.0) -> None:
    """Wait for work still running in the background (replaced sites being removed, the build
    cache being saved) before a process exits."""
    deadline = time.monotonic() + timeout
    while True:
        with _REMOVALS_LOCK:
            if not _REMOVALS:
                return
            job = _REMOVALS.pop()
        job.join(max(0.0, deadline - time.monotonic()))


def _lock(folder: Path) -> int | None:
    if fcntl is None:
        return None
    fd = os.open(folder, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _held(folder: Path) -> bool:
    """True while a running build holds this staging folder."""
    if fcntl is None:
        return True
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def leftovers(output_dir: Path) -> list[Path]:
    """Staging folders of earlier builds beside the output."""
    output_dir = Path(output_dir)
    prefixes = tuple(f".{output_dir.name}.{kind}-" for kind in STAGING_KINDS)
    try:
        return sorted(p for p in output_dir.parent.iterdir() if p.name.startswith(prefixes))
    except OSError:
        return []


def recover(output_dir: Path) -> None:
    """Undo what a killed build left: put back an output lost between two renames, drop staging folders."""
    output_dir = Path(output_dir)
    found = [p for p in leftovers(output_dir) if not _held(p)]
    if not output_dir.exists():
        old = [p for p in found if p.name.startswith(f".{output_dir.name}.old-") and (p / MARKER).is_file()]
        if old:
            os.rename(old[0], output_dir)
            found.remove(old[0])
    for folder in found:
        remove_tree(folder)


def remove_tree(folder: Path) -> None:
    """Remove a folder, read-only parts included (an old site someone made read-only)."""

    def writable_then_retry(function, path, _excinfo) -> None:
        try:
            os.chmod(os.path.dirname(path), 0o755)
            if os.path.isdir(path) and not os.path.islink(path):
                os.chmod(path, 0o755)
            function(path)
        except OSError:
            pass

    if os.path.lexists(folder):
        shutil.rmtree(folder, onerror=writable_then_retry)
