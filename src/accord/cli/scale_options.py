"""The executor options shared by commands that scale out: ``--workers`` and ``--scheduler``."""

from __future__ import annotations

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
