"""Ctrl-C that always stops a build, and stops it quietly.

Python raises KeyboardInterrupt wherever the main thread happens to be. When that is inside
a finalizer or a weakref callback (multiprocessing runs several while workers come and go),
the exception is printed as "ignored" and dropped, and the build would go on to publish a
site the editor meant to stop. So while a build runs, Ctrl-C is also recorded, the build
raises it again at its checkpoints (each merged story, and just before it publishes), and a
dropped interrupt is not printed.
"""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

_interrupted = threading.Event()


@contextmanager
def stoppable() -> Iterator[None]:
    """Record Ctrl-C for `checkpoint` while the block runs. Only in the main thread, and only
    where Ctrl-C still has Python's default meaning (a caller with its own handler keeps it)."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return

    def interrupt(signum, frame):
        _interrupted.set()
        raise KeyboardInterrupt

    hook = sys.unraisablehook

    def quiet(unraisable) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            hook(unraisable)

    signal.signal(signal.SIGINT, interrupt)
    sys.unraisablehook = quiet
    try:
        yield
        checkpoint()  # one dropped after the last checkpoint still stops the command
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        sys.unraisablehook = hook
        _interrupted.clear()


def checkpoint() -> None:
    """Raise the Ctrl-C that arrived since the build began, in case Python dropped it (once:
    the raised interrupt is the one that was recorded)."""
    if _interrupted.is_set():
        _interrupted.clear()
        raise KeyboardInterrupt
