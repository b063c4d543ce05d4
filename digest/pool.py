"""Worker processes for the merge: they die with their parent and leave Ctrl-C to it.

A worker whose parent is killed exits within a fraction of a second (it watches the
parent's pid), so no process outlives a killed build; Ctrl-C stops the parent, which
stops its workers at once instead of waiting for their queue to drain.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _worker_start(parent: int) -> None:
    """Ctrl-C is the parent's to handle; a worker whose parent is gone exits at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    first = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.2)
            if os.getppid() != first or not _alive(parent):
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="digest-parent-watch").start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def run_in_workers(function: Callable[[T], R], payloads: list[T], jobs: int) -> Iterable[R]:
    """`function` over payloads in worker processes, results in order; on any exception
    (Ctrl-C included) or when the caller stops early, the workers are stopped at once."""
    pool = ProcessPoolExecutor(jobs, initializer=_worker_start, initargs=(os.getpid(),))
    try:
        yield from pool.map(function, payloads, chunksize=max(1, len(payloads) // (jobs * 8)))
    except BaseException:
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        raise
    pool.shutdown(wait=True)
