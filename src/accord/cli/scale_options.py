"""The executor options shared by commands that scale out: ``--workers`` and ``--scheduler``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from accord.execution import Executor

WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=0,
        help="Run on N local processes (0: one per CPU); default: in this process.",
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Run on a Dask cluster: its scheduler address, tcp://HOST:PORT "
        "(needs accord\\[dask]).",
    ),
]


def executor_from(workers: int | None, scheduler: str | None) -> Executor:
    """The executor the options ask for (imports the execution layer lazily)."""
    from accord.execution import make_executor

    return make_executor(workers, scheduler)


@contextmanager
def running_on(executor: Executor, what: str) -> Iterator[None]:
    """Close ``executor`` after the block. On Ctrl-C (KeyboardInterrupt) its local worker
    processes are terminated first (:meth:`ProcessExecutor.stop`), not waited for: a SIGINT that
    reached the parent alone (``kill -INT``) waited until the running chunks had finished, 83 s
    for 20,000 BDM runs (session 38's trial); and the command says that ``what`` was stopped
    with nothing written, where it ended without a line."""
    try:
        yield
    except KeyboardInterrupt:
        stop = getattr(executor, "stop", None)
        if callable(stop):
            stop()
        from accord.cli.app import say_error

        say_error(f"interrupted: {what} stopped, nothing written", "")  # exit 130 follows
        raise
    finally:
        executor.close()
