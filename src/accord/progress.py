"""Progress of long computations, reported without tying the kernels to a user interface.

A kernel calls :func:`tick` once per turn or round (cheap: one context-variable lookup when
nobody listens). A front end that wants progress installs a reporter with :func:`reporting`;
one that may stop a run part-way installs a check with :func:`checking`, which a tick calls and
which may raise: the run stops between two rounds or turns, nothing of it half done;
:class:`ThrottledLines` is the command line's: after ``after`` seconds it prints one line such
as ``smp: turn 40 of at most 100 (12 s)`` to stderr at most every ``every`` seconds, so a fast
run prints nothing and a slow one (SMP on 300 actors, minutes) shows it is alive.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Reporter = Callable[[str, int, int], None]
"""``reporter(what, done, total)``: e.g. ``("smp: turn", 40, 100)``."""

_reporter: ContextVar[Reporter | None] = ContextVar("accord_progress", default=None)


def tick(what: str, done: int, total: int) -> None:
    """Report that ``done`` of ``total`` steps of ``what`` are finished (if anyone listens)."""
    reporter = _reporter.get()
    if reporter is not None:
        reporter(what, done, total)


@contextmanager
def reporting(reporter: Reporter) -> Iterator[None]:
    """Send :func:`tick` calls made inside the block to ``reporter``."""
    token = _reporter.set(reporter)
    try:
        yield
    finally:
        _reporter.reset(token)


@contextmanager
def checking(check: Callable[[], None]) -> Iterator[None]:
    """Call ``check()`` at every :func:`tick` made inside the block, before the reporter
    already listening (if any), which still hears every tick. An exception ``check`` raises
    goes up through the kernel: the run stops between two of its rounds or turns (the
    workbench stops a forecast whose client has gone away; session 43), and the kernels know
    nothing of who checks or why."""
    outer = _reporter.get()

    def checked(what: str, done: int, total: int) -> None:
        check()
        if outer is not None:
            outer(what, done, total)

    with reporting(checked):
        yield


@contextmanager
def within(part: str) -> Iterator[None]:
    """Name the part of a longer run that :func:`tick` calls inside the block belong to (a
    cross-validation fold, say): ``what`` becomes ``f"{part}: {what}"`` for the reporter in
    place, so a kernel's counter that starts again in each part says which part it counts."""
    outer = _reporter.get()
    if outer is None:
        yield
        return
    with reporting(lambda what, done, total: outer(f"{part}: {what}", done, total)):
        yield


class ThrottledLines:
    """A reporter that writes a progress line through ``write`` now and then."""

    def __init__(
        self,
        write: Callable[[str], None],
        after: float = 3.0,
        every: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.write, self.after, self.every, self.clock = write, after, every, clock
        self.start = clock()
        self.last: float | None = None

    def __call__(self, what: str, done: int, total: int) -> None:
        now = self.clock()
        if now - self.start < self.after:
            return
        if self.last is not None and now - self.last < self.every:
            return
        self.last = now
        self.write(f"{what} {done} of at most {total} ({now - self.start:.0f} s)")
