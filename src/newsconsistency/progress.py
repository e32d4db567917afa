"""Progress of a long run, on stderr (never on stdout, so reports stay clean).

:class:`ProgressBar` draws with rich when it is installed (the optional extra
``newsconsistency[progress]``) and otherwise rewrites one plain line with carriage returns.
The CLI shows it only when stderr is a terminal, ``--quiet`` is not given and there are more
than 100 articles.
"""

from __future__ import annotations

import contextlib
import sys
import time
from types import TracebackType
from typing import Any, TextIO

__all__ = ["ProgressBar"]


class ProgressBar:
    """``ProgressBar(total)``; call ``update(done)`` with the number of articles checked so far,
    then ``close()``. Writes to ``stream`` (stderr by default) and nowhere else.

    ``plain=True`` uses the carriage-return counter even when rich is installed.
    """

    def __init__(
        self,
        total: int,
        stream: TextIO | None = None,
        *,
        description: str = "checking",
        plain: bool = False,
    ) -> None:
        self.total = total
        self.stream = sys.stderr if stream is None else stream
        self._bar: _RichBar | _PlainBar | None = None
        if not plain:
            with contextlib.suppress(ImportError):  # rich missing: the plain counter
                self._bar = _RichBar(total, self.stream, description)
        if self._bar is None:
            self._bar = _PlainBar(total, self.stream, description)

    def update(self, done: int) -> None:
        if self._bar is not None:
            self._bar.update(done)

    def close(self) -> None:
        """Draw the final state and release the stream; closing twice is harmless."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _RichBar:
    def __init__(self, total: int, stream: TextIO, description: str) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("articles"),
            _rate_column(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=Console(file=stream),
        )
        self._task = self._progress.add_task(description, total=total)
        self._progress.start()

    def update(self, done: int) -> None:
        self._progress.update(self._task, completed=done)

    def close(self) -> None:
        self._progress.stop()


def _rate_column() -> Any:
    """A rich column showing articles per second (rich's own speed column counts bytes)."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:,.0f}/s", style="progress.data.speed")

    return RateColumn()


class _PlainBar:
    """``checking  1,200/10,000 articles  12%  340/s`` rewritten in place, 5 times a second."""

    INTERVAL = 0.2

    def __init__(self, total: int, stream: TextIO, description: str) -> None:
        self.total = total
        self.stream = stream
        self.description = description
        self.started = time.monotonic()
        self.shown = -self.INTERVAL
        self.done = 0

    def update(self, done: int) -> None:
        self.done = done
        now = time.monotonic()
        if now - self.shown >= self.INTERVAL or done >= self.total:
            self.shown = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = now - self.started
        percent = 100 * self.done // self.total if self.total else 100
        rate = f"  {self.done / elapsed:,.0f}/s" if elapsed > 0 else ""
        self.stream.write(f"\r{self.description}  {self.done:,}/{self.total:,} articles"
                          f"  {percent}%{rate}")
        self.stream.flush()

    def close(self) -> None:
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()
