"""The library's ensemble takes an executor (session 37): ``accord.forecast`` and
``accord.forecast_many`` had no way to send an ensemble's runs to worker processes or a Dask
cluster, which ``accord forecast --workers/--scheduler`` and :func:`accord.forecast.forecast`
had (session 36's notebook trial left it). The tests failed on 0904e6cb's source (``executor``
was taken for an engine option and refused)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pandas as pd
import pytest

import accord
from accord.execution import ExecutorError, InlineExecutor, ProcessExecutor

T = TypeVar("T")
R = TypeVar("R")


class CountingExecutor(InlineExecutor):
    """Runs here, counting the items it was given: shows the work went through it."""

    def __init__(self) -> None:
        self.items = 0

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        self.items += len(items)
        return super().map(fn, items)


def test_forecast_sends_the_ensemble_to_the_executor() -> None:
    counting = CountingExecutor()
    sent = accord.forecast("ukraine-2025-02", "mean", runs=40, seed=7, executor=counting)
    assert counting.items >= 1
    here = accord.forecast("ukraine-2025-02", "mean", runs=40, seed=7)
    pd.testing.assert_frame_equal(sent.samples_to_frame(), here.samples_to_frame())


def test_the_numbers_do_not_depend_on_the_executor() -> None:
    with ProcessExecutor(2) as pool:
        two: Any = accord.forecast_many(
            ["ukraine-2025-02", "ec-emissions-1994"], "mean", runs=30, seed=11, executor=pool
        )
    here = accord.forecast_many(["ukraine-2025-02", "ec-emissions-1994"], "mean", runs=30, seed=11)
    pd.testing.assert_frame_equal(two, here)


def test_forecast_many_sends_each_scenarios_ensemble_to_the_executor() -> None:
    counting = CountingExecutor()
    accord.forecast_many(
        ["ukraine-2025-02", "ec-emissions-1994"], runs=20, seed=3, executor=counting
    )
    assert counting.items >= 2


@pytest.mark.parametrize("wrong", ["two", 2])
def test_a_value_that_is_no_executor_is_named(wrong: object) -> None:
    """Until the before-stop review a string gave ``AttributeError: 'str' object has no
    attribute 'workers'`` from inside the ensemble."""
    for call in (accord.forecast, accord.forecast_many):
        with pytest.raises(ExecutorError, match=f"executor: must be .*got {wrong!r}"):
            call("ukraine-2025-02", runs=10, seed=1, executor=wrong)
