"""Session 34's trial (docs/trial-2026-12-06-s34-extend.md): a methods developer's own engine.

Each test failed on aa722a9e and passes after: what ``check_engine`` missed, a registered engine
hiding a bundled one, a comparison dropping an installed engine without a word, and a random
run's seed missing from the forecast.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

import accord
from accord.engines import ENGINES, Mean, get_engine, register
from accord.engines.base import Run
from accord.errors import EngineError
from accord.scenario.model import Scenario
from accord.testing import check_engine


class _Own:
    """A third-party engine: the weighted mean, by the Engine protocol (no Estimator)."""

    name = "own-mean"
    summary = "test engine"

    def run(
        self, scenario: Scenario, params: Mapping[str, Any] | None = None, seed: int | None = None
    ) -> Run:
        if params:
            raise EngineError(f"{self.name}: unknown option {next(iter(params))!r}")
        return replace(Mean().run(scenario, None, seed), engine=self.name)


class _SetsCapabilities(_Own):
    """Writes into the scenario it is given, the same value each time (a first run changes it,
    a second repeats the change): on aa722a9e the check ran on a scenario already changed."""

    def run(
        self, scenario: Scenario, params: Mapping[str, Any] | None = None, seed: int | None = None
    ) -> Run:
        scenario.actors[0].capability = 1.0
        return super().run(scenario, params, seed)


class _UnitOutcome(_Own):
    """Forgets to map its outcome back from the unit interval to the issues' scales."""

    def run(
        self, scenario: Scenario, params: Mapping[str, Any] | None = None, seed: int | None = None
    ) -> Run:
        made = super().run(scenario, params, seed)
        low = np.array([i.scale.low for i in scenario.issues])
        span = np.array([i.scale.high - i.scale.low for i in scenario.issues])
        return replace(made, outcome=(made.outcome - low) / span)


class _FailsOnGaps(_Own):
    """Crashes where an actor holds no stance on an issue."""

    def run(
        self, scenario: Scenario, params: Mapping[str, Any] | None = None, seed: int | None = None
    ) -> Run:
        made = super().run(scenario, params, seed)
        int(np.sum(made.trajectory))  # NaN where an actor holds no stance
        return made


class _Unrepeatable(_Own):
    """Random when given no seed, and records none: the run cannot be repeated."""

    def run(
        self, scenario: Scenario, params: Mapping[str, Any] | None = None, seed: int | None = None
    ) -> Run:
        made = super().run(scenario, params, seed)
        noise = np.random.default_rng(seed).uniform(0, 1e-3, made.outcome.shape)
        return replace(made, outcome=made.outcome + noise)


class _WithParams(_Own):
    """``get_params`` without ``__eq__``: never equal to its rebuilt copy."""

    def __init__(self, k: int = 1) -> None:
        self.k = k

    def get_params(self) -> dict[str, Any]:
        return {"k": self.k}


@pytest.mark.parametrize(
    ("engine", "complaint"),
    [
        (_SetsCapabilities(), r"modified the scenario it was given \('check-engine'\)"),
        (_UnitOutcome(), r"check-engine-scaled: outcome .* leaves .*StanceArrays\.from_unit"),
        (
            _FailsOnGaps(),
            r"on check scenario 'check-engine' .*A3 holds no stance on I1.*ValueError",
        ),
        (_Unrepeatable(), r"without a seed differ and run\.seed is None"),
        (_WithParams(), r"defines no __eq__"),
    ],
)
def test_check_engine_catches_what_it_missed(engine: Any, complaint: str) -> None:
    with pytest.raises(AssertionError, match=complaint) as caught:
        check_engine(engine)
    assert "check_engine('own-mean')" in str(caught.value)


def test_a_crash_keeps_the_engines_own_exception() -> None:
    with pytest.raises(AssertionError) as caught:
        check_engine(_FailsOnGaps())
    assert isinstance(caught.value.__cause__, ValueError)


def test_a_random_engine_that_records_its_drawn_seed_passes() -> None:
    class Repeatable(_Own):
        def run(
            self,
            scenario: Scenario,
            params: Mapping[str, Any] | None = None,
            seed: int | None = None,
        ) -> Run:
            drawn = int(np.random.SeedSequence().entropy % 2**32) if seed is None else seed
            made = super().run(scenario, params, drawn)
            noise = np.random.default_rng(drawn).uniform(0, 1e-3, made.outcome.shape)
            return replace(made, outcome=made.outcome + noise)

    check_engine(Repeatable())


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Engines registered in a test stay in that test (a later compare would show them)."""
    monkeypatch.setattr(ENGINES, "_registered", dict(ENGINES._registered))


@pytest.mark.usefixtures("registry")
def test_register_refuses_a_bundled_name_unless_asked() -> None:
    class Fake(_Own):
        name = "smp"

    with pytest.raises(EngineError, match=r"'smp' is one accord ships.*replace=True"):
        register(Fake())
    assert type(get_engine("smp")).__name__ == "SMP"
    register(Fake(), replace=True)
    assert isinstance(get_engine("smp"), Fake)


@pytest.mark.usefixtures("registry")
def test_register_says_what_an_engine_lacks() -> None:
    with pytest.raises(EngineError, match="non-empty str attribute 'name'"):
        register(object())  # type: ignore[arg-type]

    class NoRun:
        name = "no-run"
        summary = "x"

    with pytest.raises(EngineError, match=r"'no-run': it needs a run\(scenario"):
        register(NoRun())  # type: ignore[arg-type]
    register(_Own())
    register(_Own())  # a notebook cell run twice: replaced, no error
    assert get_engine("own-mean").name == "own-mean"


@pytest.mark.usefixtures("registry")
def test_compare_says_why_an_installed_engine_is_left_out() -> None:
    from accord.forecast.compare import compare  # what `accord compare --runs` runs

    register(_Own())  # no batch kernel: it cannot run an ensemble
    result = compare(accord.load_bundled("ec-emissions-1994"), runs=20, seed=1)
    assert "own-mean" not in result.engines
    assert any(
        w.startswith("own-mean: left out (") and "no batch kernel" in w for w in result.warnings
    )
    assert not any(w.startswith("learned:") for w in result.warnings)  # made for DEU data
    assert "own-mean" in accord.compare("ec-emissions-1994", seed=1).engines


def test_a_random_run_given_no_seed_records_the_seed_it_drew() -> None:
    made = accord.forecast("ec-emissions-1994", "smp", state_transition="stochastic")
    assert made.run.seed is not None
    assert made.seed == made.run.seed
    assert made.to_dict()["seed"] == made.run.seed
    assert list(made.to_frame()["seed"]) == [made.run.seed]
    again = accord.forecast(
        "ec-emissions-1994", "smp", state_transition="stochastic", seed=made.seed
    )
    np.testing.assert_array_equal(again.run.trajectory, made.run.trajectory)
    assert accord.forecast("ec-emissions-1994", "smp").seed is None  # nothing random ran


def test_an_estimator_names_its_computing_class_itself() -> None:
    """On aa722a9e ``implementation`` was only a ``module:Class`` path: a class written in a
    notebook had to be named ``__main__:Kernel``."""
    from accord.engines.estimators import Estimator

    class Kernel:
        def run(
            self, scenario: Scenario, params: Mapping[str, Any] | None, seed: int | None
        ) -> Run:
            Own.validate_options(dict(params or {}))
            return replace(Mean().run(scenario, None, seed), engine="own-estimator")

    class Own(Estimator):
        name = "own-estimator"
        summary = "the mean, computed by a class given as itself"
        implementation = Kernel

    check_engine(Own())
    made = accord.forecast("ec-emissions-1994", Own())
    assert made.engine == "own-estimator"
    assert (
        made.to_frame()["forecast"].tolist()
        == accord.forecast("ec-emissions-1994").to_frame()["forecast"].tolist()
    )


@pytest.mark.usefixtures("registry")
def test_the_python_compare_takes_runs_as_the_command_line_does() -> None:
    """On aa722a9e ``accord.compare(..., runs=N)`` was a TypeError; ``accord compare --runs N``
    ran ensembles."""
    register(_Own())
    result = accord.compare("ec-emissions-1994", ["mean", "own-mean"], runs=20, seed=1)
    assert result.engines == ("mean",) and result.runs == 20
    assert any(w.startswith("own-mean: left out (") for w in result.warnings)
    drawn = accord.compare("ec-emissions-1994", ["mean"], runs=20)
    assert drawn.seed is not None  # drawn and recorded
    again = accord.compare("ec-emissions-1994", ["mean"], runs=20, seed=drawn.seed)
    assert again.to_frame()["p_agreement"].tolist() == drawn.to_frame()["p_agreement"].tolist()
