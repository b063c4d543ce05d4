"""Worker processes for the merge: they die with their parent and leave Ctrl-C to it, and
each serves a bounded number of stories.

A worker whose parent is killed exits within a fraction of a second (it watches the
parent's pid), so no process outlives a killed build; Ctrl-C stops the parent, which
stops its workers at once instead of waiting for their queue to drain.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, TypeVar

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


RECYCLE_AFTER = 100
"""Payloads a worker process serves (on average; at most jobs times this) before fresh ones
take over. The merge keeps per-process caches (tokens, facts) that grow with every story it
reads; bounded workers keep a cold build's peak memory flat in the archive's size. A fresh
worker loads the embedding model again: a fraction of a second every hundred stories."""


def run_in_workers(function: Callable[[T], R], payloads: list[T], jobs: int, recycle_after: int = RECYCLE_AFTER) -> Iterable[R]:
    """`function` over payloads in worker processes, results in order; on any exception
    (Ctrl-C included) or when the caller stops early, the workers are stopped at once.
    The payloads go out in rounds of `recycle_after` a worker, each round to fresh workers."""
    size = max(1, jobs * recycle_after)
    for start in range(0, len(payloads), size):
        yield from _one_round(function, payloads[start:start + size], jobs)


def _one_round(function: Callable[[T], R], payloads: list[T], jobs: int) -> Iterable[R]:
    pool = ProcessPoolExecutor(min(jobs, len(payloads)), initializer=_worker_start, initargs=(os.getpid(),))
    size = max(1, len(payloads) // (jobs * 16))
    try:
        # Not pool.map: on an exception map cancels its pending futures while the pool's own
        # thread, seeing its workers gone, marks the same futures failed. That race raises
        # in the pool's thread (Python 3.11), which then never closes its queue, and the
        # interpreter hangs at exit. Futures nobody cancels are marked failed cleanly.
        with _frozen_for_workers():  # the workers fork at the first submit
            futures = [pool.submit(_run_chunk, function, payloads[start:start + size]) for start in range(0, len(payloads), size)]
        for future in futures:
            yield from future.result()
    except BaseException:
        processes = list((getattr(pool, "_processes", None) or {}).values())
        call_queue = getattr(pool, "_call_queue", None)
        if call_queue is not None:
            call_queue.cancel_join_thread()  # exit even if work is still queued for the stopped workers
        pool.shutdown(wait=False)
        for process in processes:
            process.terminate()
        raise
    pool.shutdown(wait=True)


@contextmanager
def _frozen_for_workers() -> Iterator[None]:
    """Every object the parent holds (modules, compiled patterns and templates, the embedding
    model, the loaded stories) frozen while the workers fork: their garbage collector, which
    runs every few hundred allocations and now and then over every object it tracks, never
    walks what they inherited (a tenth of a worker's CPU), nor copies those pages by touching
    them. The parent's objects are collectable again as soon as the workers are forked."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _run_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Several payloads a trip: fewer round trips to the workers for many small stories."""
    return [function(payload) for payload in chunk]
