"""No global state leaks between threads (session 45's threads brief, after the API trial's
findings 1 and 5, docs/trial-2026-12-07-s45-api.md).

``warnings.catch_warnings`` saves the process's filter list on entry and puts that list back on
exit, so two blocks of two threads that overlap leave the filters of the first for good when
the second, entered inside it, ends after it. :func:`_overlapped` makes that order certain: it
holds the end of the first block a call enters in a worker thread until this thread has entered
one of its own, which it leaves after the worker is done. Before session 45 ``forecast_many`` and
``compare_many`` (their ``catch_warnings(record=True)``: ``always Warning``) and the tables of
the results a service reads (pandas 3.1's own blocks in ``Series.astype("Int64")`` and in a
column looked up by name: ``ignore UserWarning``, ``always DeprecationWarning``) left filters
so; each test here fails on the branch's start commit 9a579abf. Results are the serial call's.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import accord
from accord.engines.base import Run
from accord.forecast.sweep import parse_dimension, run_sweep
from accord.forecast.versus import compare_scenarios
from accord.scenario.model import Scenario
from tests.cli.test_worker_warnings_s43 import SCENARIO

BODY = """
id: talks
title: Three actors, two issues
actors:
  - {id: A, name: A, capability: 1}
  - {id: B, name: B, capability: 2}
  - {id: C, name: C, capability: 1.5}
issues:
  - {id: deal, title: Deal, question: "How far?", scale: {low: 0, high: 100}, status_quo: 0}
  - {id: aid, title: Aid, question: "How much?", scale: {low: 0, high: 10}}
stances:
  - {actor: A, issue: deal, position: 20, salience: 0.5}
  - {actor: B, issue: deal, position: 80, salience: 0.7}
  - {actor: C, issue: deal, position: 55, salience: 0.3}
  - {actor: A, issue: aid, position: 2, salience: 0.9}
  - {actor: B, issue: aid, position: 9, salience: 0.2}
"""


def _talks() -> Scenario:
    from accord.scenario import loads

    return loads(BODY, "request.yaml")


def _overlapped(call: Callable[[], Any]) -> tuple[list[Any], int, Any]:
    """``call()`` in a worker thread, the end of its first ``catch_warnings`` block held until
    this thread is inside a block of its own, left after the worker is done: the head of the
    process's filter list where it changed (else nothing), how many blocks the worker entered
    and its result."""
    original = warnings.catch_warnings
    worker_in, main_in = threading.Event(), threading.Event()
    entered: list[int] = []
    made: dict[str, Any] = {}

    class Held(original):  # type: ignore[valid-type,misc]
        def __enter__(self) -> Any:
            if threading.current_thread() is worker:
                entered.append(1)
            return super().__enter__()

        def __exit__(self, *exc: object) -> None:
            if threading.current_thread() is worker and not worker_in.is_set():
                worker_in.set()  # its filters set, not yet put back: the other thread enters
                main_in.wait(30)
            super().__exit__(*exc)

    def run() -> None:
        try:
            made["result"] = call()
        finally:
            worker_in.set()

    worker = threading.Thread(target=run)
    with original():  # the test's own filters are put back whatever happens
        before = list(warnings.filters)
        warnings.catch_warnings = Held  # type: ignore[misc]
        try:
            worker.start()
            worker_in.wait(120)
            with original():  # the service's own block (a library of its, a test runner)
                main_in.set()
                worker.join(120)
        finally:
            warnings.catch_warnings = original  # type: ignore[misc]
        after = list(warnings.filters)
    assert not worker.is_alive()
    # a filter the list held already is moved first (``simplefilter`` takes it out and puts it
    # in front): the same filters in another order are not the same filters
    head = [] if after == before else after[: len(after) - len(before) + 1]
    return head, len(entered), made.get("result")


def _same(a: Any, b: Any) -> None:
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, check_exact=True, check_column_type=True)
    else:
        assert a == b


CALLS: dict[str, Callable[[], Any]] = {
    "forecast_many": lambda: accord.forecast_many(
        ["ec-emissions-1994", _talks()], "bdm", runs=10, seed=1
    ),
    "compare_many": lambda: accord.compare_many(["ec-emissions-1994", _talks()], ["mean", "bdm"]),
    "forecast.to_frame": lambda: accord.forecast(_talks(), "bdm", runs=10, seed=3).to_frame(),
    "forecast.samples_to_frame": lambda: accord.forecast(
        _talks(), "bdm", runs=10, seed=3
    ).samples_to_frame(),
    "resolutions.to_frame": lambda: accord.forecast("ukraine-2025-02").resolutions.to_frame(),
    "resolutions.votes_frame": lambda: accord.forecast("ukraine-2025-02").resolutions.votes_frame(),
    "compare.to_frame": lambda: accord.compare(_talks(), ["mean", "smp"], seed=2).to_frame(),
    "explain.to_frame": lambda: accord.explain(_talks(), "bdm", seed=4).to_frame(),
    "compare_scenarios.to_frame": lambda: compare_scenarios(
        _talks(), _talks().model_copy(update={"id": "talks-b"}), "bdm", runs=5, seed=1
    ).to_frame(),
    "sweep.to_frame": lambda: run_sweep(
        _talks(), "mean", [parse_dimension("A.deal.position=*:+-10")], points=3, seed=5
    ).to_frame(),
    "predict_votes.to_frame": lambda: accord.predict_votes(
        "Nuclear disarmament", issue_codes=["nu"], members=["FRA", "BRA", "USA"]
    ).to_frame(),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_a_call_beside_another_threads_block_leaves_no_filter(name: str) -> None:
    """The call enters no ``catch_warnings`` at all (after a first call, which imports what it
    needs), so whatever another thread does meanwhile, the process's filters are as before;
    and it gives the serial call's answer."""
    serial = CALLS[name]()
    left, entered, made = _overlapped(CALLS[name])
    assert left == [] and entered == 0, (left, entered)
    _same(made, serial)


def test_four_threads_of_batches_leave_the_filters_alone() -> None:
    """The trial's recipe a7 with the batch calls: 8 jobs in a ``ThreadPoolExecutor(4)``."""
    from concurrent.futures import ThreadPoolExecutor

    def job() -> tuple[pd.DataFrame, pd.DataFrame]:
        return CALLS["forecast_many"](), CALLS["compare_many"]()

    serial = job()
    before = list(warnings.filters)
    with ThreadPoolExecutor(4) as pool:
        made = list(pool.map(lambda _: job(), range(8)))
    assert warnings.filters == before
    for frames in made:
        for one, expected in zip(frames, serial, strict=True):
            _same(one, expected)


class _Waiting(accord.Mean):
    """The mean engine, each run waiting until the other thread's is running too."""

    barrier = threading.Barrier(2)

    def run(
        self, scenario: Scenario, params: Mapping[str, Any] | None = None, seed: int | None = None
    ) -> Run:
        self.barrier.wait(30)
        return super().run(scenario, params, seed)


def test_each_threads_batch_names_its_own_file_in_its_warnings(tmp_path: Path) -> None:
    """Two batches run at once in two threads, each of a file whose issue ``x`` has no
    forecast: each warning names the file of its own thread's batch, once, and no unlabelled
    one is said (a ``catch_warnings(record=True)`` of each thread caught the other's too)."""
    paths = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    for path, name in zip(paths, ("a", "b"), strict=True):
        path.write_text(SCENARIO.replace("id: two", f"id: {name}"), encoding="utf-8")
    said = "issue 'x': no forecast: every actor with a stance on this issue has salience 0"
    frames: dict[str, pd.DataFrame] = {}
    with warnings.catch_warnings(record=True) as caught:  # entered before, left after both
        warnings.simplefilter("always")
        threads = [
            threading.Thread(
                target=lambda p=path: frames.__setitem__(
                    str(p), accord.forecast_many([str(p)], _Waiting())
                )
            )
            for path in paths
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    texts = sorted(str(w.message) for w in caught if said in str(w.message))
    assert texts == [f"{path}: {said}" for path in paths]
    assert sorted(frames) == [str(path) for path in paths]


def test_a_results_provenance_is_its_own_to_change() -> None:
    """``to_dict()["accord"]`` was the cached dict of :func:`accord.provenance.provenance`
    itself: a service that added its request's id there changed every later result's."""
    first = accord.forecast(_talks()).to_dict()
    first["accord"]["request"] = "mine"
    for later in (
        accord.forecast(_talks()).to_dict(),
        accord.compare(_talks(), ["mean"]).to_dict(),
        accord.explain(_talks()).to_dict(),
        accord.power("unsc").to_dict(),
    ):
        assert "request" not in later["accord"]


def test_a_bundled_body_read_is_the_callers_to_change() -> None:
    """``read_body("unsc")`` was the cached body itself: a request that changed it changed
    every later one's, and ``accord.power("unsc")``'s."""
    from accord.institutions.rules import read_body

    before = accord.power("unsc").to_dict()["values"]
    body = read_body("unsc")
    body.members.pop()
    body.name = "changed"
    assert read_body("unsc").name != "changed"
    assert len(read_body("unsc").members) == len(body.members) + 1
    assert accord.power("unsc").to_dict()["values"] == before
