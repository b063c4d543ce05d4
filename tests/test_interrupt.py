"""Ctrl-C during a build: Python may drop the interrupt (raised inside a finalizer, it is
printed as "ignored" and lost); the build must still stop, and say nothing about it."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from digest.interrupt import checkpoint, stoppable


class InterruptedWhileCollected:
    """Sends Ctrl-C to this process from a finalizer, where Python runs the handler and drops
    what it raises."""

    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # the handler runs between these steps, inside the finalizer
            pass


def test_an_interrupt_python_dropped_is_raised_at_the_next_checkpoint(capfd):
    with stoppable():
        InterruptedWhileCollected()  # collected at once: the interrupt is raised and dropped
        with pytest.raises(KeyboardInterrupt):
            checkpoint()
    assert "ignored" not in capfd.readouterr().err
    checkpoint()  # the next build starts afresh


def test_an_interrupt_dropped_after_the_last_checkpoint_is_raised_as_the_build_returns(capfd):
    with pytest.raises(KeyboardInterrupt):
        with stoppable():
            InterruptedWhileCollected()
    assert "ignored" not in capfd.readouterr().err


def test_without_the_guard_python_drops_it():
    """What the guard is for: the same finalizer, unguarded, loses the interrupt."""
    reported = []
    hook, sys.unraisablehook = sys.unraisablehook, reported.append
    try:
        InterruptedWhileCollected()
    finally:
        sys.unraisablehook = hook
    assert [type(u.exc_value) for u in reported] == [KeyboardInterrupt]
    checkpoint()  # nothing recorded: the build would go on


def test_a_caller_with_its_own_ctrl_c_handler_keeps_it():
    calls = []
    previous = signal.signal(signal.SIGINT, lambda *_: calls.append(1))
    try:
        with stoppable():
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):
                pass
            checkpoint()
        assert calls == [1]
    finally:
        signal.signal(signal.SIGINT, previous)
