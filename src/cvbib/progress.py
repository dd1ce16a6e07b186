"""A progress bar for long runs, on a terminal only.

Many CVs, big libraries and PDFs take a while; a person at a terminal wants to see the run
move. A pipe, a log file or ``--quiet`` gets no bar (and no escape codes). Messages printed
while the bar is shown go through :meth:`Bar.echo` so that they appear above it, not
through it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


def on_terminal(stream: TextIO | None = None) -> bool:
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Bar:
    """One step of a run: ``advance`` after each item, ``echo`` for messages."""

    def __init__(self, progress: Progress | None, task: TaskID | None, stream: TextIO) -> None:
        self._progress = progress
        self._task = task
        self._stream = stream

    @property
    def shown(self) -> bool:
        return self._progress is not None

    def advance(self, doing: str = "") -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, doing=doing)

    def doing(self, what: str) -> None:
        """Say which item is being worked on (the bar shows it beside the count)."""
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, doing=what)

    def echo(self, message: str) -> None:
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=self._stream)


@contextmanager
def progress_bar(
    label: str, total: int | None = None, *, quiet: bool = False, stream: TextIO | None = None
) -> Iterator[Bar]:
    """A bar of ``total`` steps (a spinner when ``total`` is None) on ``stream`` (standard
    error), shown only when it is a terminal and not ``quiet``; it is removed when done."""
    out = stream if stream is not None else sys.stderr
    if quiet or not on_terminal(out):
        yield Bar(None, None, out)
        return
    # rich is imported only for a terminal: it costs start-up time to every other run
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(file=out, force_terminal=True)
    columns = [SpinnerColumn(), TextColumn("{task.description}")]
    if total is not None:
        columns += [BarColumn(), MofNCompleteColumn()]
    columns += [TimeElapsedColumn(), TextColumn("{task.fields[doing]}", style="dim")]
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total, doing="")
        yield Bar(progress, task, out)
