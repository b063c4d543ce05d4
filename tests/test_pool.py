"""Worker processes: results in order, and fresh workers every round of payloads (the merge's
per-process caches grow with every story; fresh workers keep memory bounded)."""

from __future__ import annotations

import os

from digest.pool import run_in_workers


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def test_results_come_back_in_order():
    results = list(run_in_workers(_pid_and_square, list(range(30)), jobs=2))
    assert [square for _, square in results] == [n * n for n in range(30)]


def test_fresh_workers_take_over_round_by_round():
    results = list(run_in_workers(_pid_and_square, list(range(24)), jobs=2, recycle_after=3))
    served: dict[int, int] = {}
    for pid, _ in results:
        served[pid] = served.get(pid, 0) + 1
    assert max(served.values()) <= 2 * 3  # a round is 3 payloads a worker, however they share them
    assert len(served) >= 24 // (2 * 3)  # a round's workers serve no other round
    assert os.getpid() not in served


def _frozen_objects(_: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_workers_leave_what_they_inherit_to_no_collection_and_the_parent_is_unfrozen():
    """The objects a worker inherits are frozen in it (its garbage collector never walks them);
    the parent's own are collectable again once its workers are forked."""
    import gc

    before = gc.get_freeze_count()
    assert all(count > 0 for count in run_in_workers(_frozen_objects, list(range(6)), jobs=2))
    assert gc.get_freeze_count() == before
