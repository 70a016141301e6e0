"""Session 38 (s38-scale): Ctrl-C in `accord forecast --workers N` stops the workers at once.

A SIGINT that reached the parent alone (``kill -INT``) waited until the running chunks had
finished (83 s for 20,000 BDM runs) and the command ended without a line.
"""

from __future__ import annotations

import time

import pytest

from accord.cli.scale_options import running_on
from accord.execution import ProcessExecutor


def test_an_interrupt_terminates_the_workers_and_says_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    executor = ProcessExecutor(1)
    with pytest.raises(KeyboardInterrupt), running_on(executor, "the forecast"):
        task = executor._get().submit(time.sleep, 60)
        for _ in range(300):  # until the worker has taken it (a worker's start, under load)
            if task.running():
                break
            time.sleep(0.1)
        raise KeyboardInterrupt
    # the sleep was cut short: a terminated worker, not a finished task
    assert not (task.done() and task.exception() is None)
    assert executor._pool is None
    assert "interrupted: the forecast stopped, nothing written" in capsys.readouterr().err
