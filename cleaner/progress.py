"""A progress line on stderr for long runs: records, megabytes, speed, errors.

Shown only on a terminal, redrawn in place with a carriage return at most ten
times a second, and only once a run has lasted long enough to need it, so that
short runs, pipes and log files never see it.
"""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

REDRAW_SECONDS = 0.1
SHOW_AFTER_SECONDS = 0.5
# Carriage return, then erase to the end of the line (ANSI, understood by every terminal in use).
_ERASE = "\r\x1b[K"


class Progress:
    """Call :meth:`update` as work gets done; :meth:`clear` before printing anything else."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.clock = clock
        self.started = clock()
        self.next_draw = self.started + SHOW_AFTER_SECONDS
        self.shown = False

    def update(self, records: int, nbytes: int, errors: int) -> None:
        """Report the totals so far; drawn only when it is time to."""
        if not self.enabled:
            return
        now = self.clock()
        if now < self.next_draw:
            return
        self.next_draw = now + REDRAW_SECONDS
        self.stream.write(_ERASE + describe(records, nbytes, errors, now - self.started))
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the progress line, so that a message can take its place."""
        if self.shown:
            self.stream.write(_ERASE)
            self.stream.flush()
            self.shown = False


def describe(records: int, nbytes: int, errors: int, seconds: float) -> str:
    """The progress line's text: ``12,345 records, 4.2 MB, 3.1 MB/s, 2 errors``."""
    megabytes = nbytes / 1e6
    speed = megabytes / seconds if seconds > 0 else 0.0
    return (f"{records:,} records, {megabytes:.1f} MB, {speed:.1f} MB/s, "
            f"{errors:,} error{'' if errors == 1 else 's'}")
