"""Session 45's API trial (docs/trial-2026-12-07-s45-api.md): accord called from a service.

A backend developer's client, written against the public names of docs/api.md only: a
scenario received as YAML text, validated, two engines and a vote prediction, typed results
serialised to JSON; the same from four threads and from worker processes. Each finding's test
fails on the branch's start commit d2f31196.
"""

from __future__ import annotations

import inspect
import json
import multiprocessing
import threading
import warnings
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

import pytest

import accord
from accord.scenario import loads

BODY = """
id: talks
title: Two actors, one issue
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


def answer(body: str = BODY) -> dict[str, Any]:
    """What the service answers for a request's scenario: two engines and a vote prediction."""
    scenario = loads(body.encode(), "request.yaml")  # a request's body as bytes
    scenario.check()
    return {
        "bdm": accord.forecast(scenario, "bdm", runs=30, seed=7).to_dict(),
        "smp": accord.forecast(scenario, accord.SMP(voting_rule="binary"), seed=7).to_dict(),
        "votes": accord.predict_votes(
            "Nuclear disarmament", issue_codes=["nu"], members=["FRA", "BRA", "USA"]
        ).to_dict(),
    }


def test_a_posted_scenario_is_answered_in_json_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a clean run says nothing
        made = answer()
    text = json.dumps(made)
    assert json.loads(text) == made  # plain JSON types only: the round trip is exact
    assert answer() == made  # the seed is honoured
    assert made["bdm"]["seed"] == 7 and made["bdm"]["ensemble"]["runs"] == 30
    # the request's data as a dict (parsed by the service) is the same scenario
    import yaml

    as_dict = accord.forecast(yaml.safe_load(BODY), "bdm", runs=30, seed=7).to_dict()
    assert as_dict == made["bdm"]


def test_loads_takes_the_text_as_it_takes_the_bytes() -> None:
    """Finding 2: ``loads`` took bytes alone (a ``str`` failed inside the size check)."""
    assert loads(BODY, "request.yaml") == loads(BODY.encode(), "request.yaml")
    assert accord.scenario.io.loads is loads
    with pytest.raises(accord.ScenarioError, match="salience"):
        loads(BODY.replace("salience: 0.9", "salience: 9"), "request.yaml")


@pytest.mark.parametrize(
    "text",
    [BODY, "x" * 300, "x" * 300 + "/s.yaml", '{"id": "talks"}', "talks\0"],
    ids=["yaml", "long-name", "long-folder", "json", "nul"],
)
def test_a_scenarios_text_where_a_file_goes_is_an_accord_error(text: str) -> None:
    """Finding 2: ``accord.forecast(yaml_text)`` raised ``OSError: File name too long`` (a
    NUL: ``ValueError``), not an ``AccordError`` a service can answer."""
    with pytest.raises(accord.AccordError):
        accord.forecast(text)


def test_four_threads_give_the_serial_answer_and_leave_the_filters_alone() -> None:
    """Finding 1: forecasts in four threads left ``ignore RuntimeWarning`` in the process's
    warning filters (``catch_warnings`` is not safe between threads)."""
    serial = answer()
    before = list(warnings.filters)
    with ThreadPoolExecutor(4) as pool:
        made = list(pool.map(lambda _: answer(), range(8)))
    assert all(m == serial for m in made)
    assert warnings.filters == before


def test_a_forecast_beside_another_thread_silences_that_thread_for_good_no_more() -> None:
    """Finding 1, made certain: one thread ends its silenced block while another is inside
    its own. Before, the second put back the list the first had changed, and the filter
    stayed; now nothing is left, and a thread outside any block still sees its warnings."""
    from accord.forecast.guard import quietly

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[str] = []

    def inside_first() -> None:
        first_in.set()
        second_in.wait(5)

    def inside_second() -> None:
        second_in.set()
        first_out.wait(5)

    def first() -> None:
        quietly(inside_first)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        quietly(inside_second)

    before = list(warnings.filters)
    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for thread in threads:
            thread.start()
        second_in.wait(5)
        warnings.warn(
            "the caller's own", RuntimeWarning, stacklevel=1
        )  # this thread is in no block
        for thread in threads:
            thread.join(10)
        seen = [str(w.message) for w in caught]
    assert warnings.filters == before
    assert seen == ["the caller's own"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.warn("after", RuntimeWarning, stacklevel=1)
    assert [str(w.message) for w in caught] == ["after"]


def _in_a_worker(seed: int) -> str:
    scenario = loads(BODY.encode(), "r.yaml")
    return json.dumps(accord.forecast(scenario, "bdm", runs=20, seed=seed).to_dict())


def test_worker_processes_give_the_same_answer() -> None:
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork start method here")
    expected = _in_a_worker(3)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        assert list(pool.map(_in_a_worker, [3, 3])) == [expected, expected]


def test_the_engine_protocol_takes_the_engine_classes_under_mypy() -> None:
    """Finding 3: ``Engine.name`` and ``summary`` were settable protocol attributes, while the
    engines declare class variables, so ``mypy --strict`` refused ``accord.forecast(s,
    accord.SMP())``, the README's own call. They are read-only properties now."""
    from accord.engines.base import Engine

    for member in ("name", "summary"):
        assert isinstance(inspect.getattr_static(Engine, member), property)
    assert isinstance(accord.SMP().name, str)
