"""Progress and messages: a bar on a terminal, silence when piped or with --quiet."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator, TextIO

import click


class Reporter:
    """Where build events go. Swappable: the CLI's terminal reporter, a silent one for tests."""

    def __init__(self, quiet: bool = False, stream: TextIO | None = None):
        self.quiet = quiet
        self.stream = stream or sys.stderr

    @property
    def interactive(self) -> bool:
        return not self.quiet and self.stream.isatty()

    def info(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, file=self.stream)

    @contextmanager
    def progress(self, total: int, label: str) -> Iterator[Callable[[], None]]:
        """Yield a function to call once per finished item; draws a bar only on a terminal."""
        if not self.interactive or total < 2:
            yield lambda: None
            return
        with click.progressbar(length=total, label=label, file=self.stream) as bar:
            yield lambda: bar.update(1)
