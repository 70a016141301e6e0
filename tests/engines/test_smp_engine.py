"""The ``smp`` engine's options, seeds, batch runs, input edges and narrative.

Exactness against KTAB's own logs is in ``test_smp_reference.py``; these tests check what the
logs cannot: every option of KTAB runs and gives a coherent run, Stochastic mode is
reproducible from its seed, the batch kernel equals single runs, and bad input is refused.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.engines import get_engine, run
from accord.engines.base import Batch
from accord.engines.smp.engine import _labels
from accord.engines.smp.options import parse_options
from accord.errors import EngineError
from accord.scenario import io
from accord.scenario.arrays import stance_arrays
from accord.scenario.catalogue import load_bundled
from accord.scenario.ktab import read_ktab_xml
from accord.scenario.model import Scenario


@pytest.fixture(scope="module")
def dim3(shared: Path) -> Scenario:
    return io.load(shared / "reference/ktab/dummyData_3Dim.csv")


@pytest.fixture(scope="module")
def example(shared: Path) -> Scenario:
    """KTAB's smpExample.xml (Stochastic, MarkovIncentive, PropCbc, with a seed), with the
    coordinate its authors left empty (Alice, first dimension) filled in."""
    text = (shared / "reference/ktab/smpExample.xml").read_text(encoding="utf-8")
    assert text.count("<dCoord></dCoord>") == 1
    return read_ktab_xml(text.replace("<dCoord></dCoord>", "<dCoord>50.0</dCoord>"))


def _coherent(r: object, scenario: Scenario) -> None:
    from accord.engines.base import Run

    assert isinstance(r, Run)
    arr = stance_arrays(scenario)
    t = r.trajectory
    assert t.shape[1:] == (len(arr.actors), len(arr.issues))
    assert np.all((t >= arr.low - 1e-9) & (t <= arr.high + 1e-9))
    assert r.probabilities is not None and r.probabilities.shape == t.shape[:2]
    assert np.all((r.probabilities >= 0) & (r.probabilities <= 1 + 1e-12))
    # the outcome is a probability-weighted mean of final positions: inside their hull
    assert np.all(r.outcome >= t[-1].min(axis=0) - 1e-9)
    assert np.all(r.outcome <= t[-1].max(axis=0) + 1e-9)
    assert len(r.turns) == t.shape[0]


VALUES = {
    "VictoryProbModel": ["Linear", "Square", "Quartic", "Octic", "Binary"],
    "PCEModel": ["ConditionalPCM", "MarkovIncentivePCM", "MarkovUniformPCM"],
    "VotingRule": ["Binary", "PropBin", "Proportional", "PropCbc", "Cubic", "ASymProsp"],
    "BigRAdjust": ["NoRA", "OneThirdRA", "HalfRA", "TwoThirdsRA", "FullRA"],
    "BigRRange": ["Min", "Mid", "Max"],
    "ThirdPartyCommit": ["NoCommit", "SemiCommit", "FullCommit"],
    "InterVecBrgn": ["S1P1", "S2P2", "S2PMax"],
    "BargnModel": ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"],
}


@pytest.mark.parametrize(
    ("option", "value"), [(o, v) for o, vs in VALUES.items() for v in vs], ids=str
)
def test_every_option_runs(dim3: Scenario, option: str, value: str) -> None:
    r = run(dim3, "smp", {option: value, "rounds": 6})
    _coherent(r, dim3)
    assert r.params[option] == value
    assert r.trajectory.shape[0] <= 7


def test_options_change_the_run(dim3: Scenario) -> None:
    base = run(dim3, "smp").trajectory
    for option, value in [("PCEModel", "MarkovUniformPCM"), ("InterVecBrgn", "S2PMax")]:
        other = run(dim3, "smp", {option: value}).trajectory
        assert other.shape != base.shape or not np.allclose(other, base)


def test_option_names_and_values_are_checked() -> None:
    with pytest.raises(EngineError, match="VotingRul"):
        parse_options({"VotingRul": "Binary"})
    with pytest.raises(EngineError, match="Median"):
        parse_options({"VotingRule": "Median"})
    with pytest.raises(EngineError, match="rounds"):
        parse_options({"rounds": 0})
    # KTAB spellings, aliases and enum indices
    opts = parse_options({"VPModel": "square", "PCEModel": "MarkovIncentive"}, {"BigRAdjust": 2})
    assert (opts.VictoryProbModel, opts.PCEModel, opts.BigRAdjust) == (
        "Square",
        "MarkovIncentivePCM",
        "HalfRA",
    )
    assert parse_options({"StateTransitions": "Stochastic", "VotingRule": "Prop"}).VotingRule == (
        "Proportional"
    )


def test_scenario_parameters_are_defaults(dim3: Scenario) -> None:
    withp = dim3.model_copy(update={"parameters": {**dim3.parameters, "smp": {"rounds": 2}}})
    assert run(withp, "smp").trajectory.shape[0] == 3
    assert run(withp, "smp", {"rounds": 3}).trajectory.shape[0] == 4
    bad = dim3.model_copy(update={"parameters": {"smp": {"Bogus": 1}}})
    with pytest.raises(EngineError, match="Bogus"):
        run(bad, "smp")


def test_stochastic_example_is_reproducible(example: Scenario) -> None:
    assert example.parameters["smp"]["StateTransitions"] == "Stochastic"
    first = run(example, "smp")
    again = run(example, "smp")
    assert first.seed == example.parameters["smp"]["seed"] == again.seed
    assert first.params["StateTransMode"] == "Stochastic"
    np.testing.assert_array_equal(first.trajectory, again.trajectory)
    _coherent(first, example)
    runs = [run(example, "smp", seed=s) for s in range(6)]
    np.testing.assert_array_equal(runs[3].trajectory, run(example, "smp", seed=3).trajectory)
    shapes = {r.trajectory.shape for r in runs}
    finals = {tuple(np.round(r.trajectory[-1].ravel(), 6)) for r in runs}
    assert len(shapes) > 1 or len(finals) > 1, "six seeds gave the same run"
    assert all(r.seed == s for s, r in enumerate(runs))


def test_stochastic_without_seed_records_one(dim3: Scenario) -> None:
    r = run(dim3, "smp", {"StateTransMode": "Stochastic", "rounds": 3})
    assert isinstance(r.seed, int)
    again = run(dim3, "smp", {"StateTransMode": "Stochastic", "rounds": 3}, seed=r.seed)
    np.testing.assert_array_equal(r.trajectory, again.trajectory)


def _batch_of(scenarios: list[Scenario]) -> Batch:
    arrs = [stance_arrays(s) for s in scenarios]
    return Batch(
        capability=np.stack([a.capability for a in arrs]),
        position=np.stack([a.unit_position() for a in arrs]),
        salience=np.stack([a.salience for a in arrs]),
    )


def test_batch_equals_single_runs(dim3: Scenario) -> None:
    rng = np.random.default_rng(5)
    variants = [dim3]
    for _ in range(3):
        stances = [
            st.model_copy(
                update={"position": float(np.clip(st.position + rng.normal(0, 8), 0, 100))}
            )
            for st in dim3.stances
        ]
        variants.append(dim3.model_copy(update={"stances": stances}))
    engine = get_engine("smp")
    result = engine.run_batch(_batch_of(variants))  # type: ignore[attr-defined]
    for b, scenario in enumerate(variants):
        single = run(scenario, "smp")
        np.testing.assert_allclose(result.final_position[b] * 100, single.trajectory[-1], atol=1e-9)
        np.testing.assert_allclose(result.outcome[b] * 100, single.outcome, atol=1e-9)
        assert result.turns[b] == single.trajectory.shape[0] - 1
    assert len(set(result.turns.tolist())) > 1, "variants should stop at different turns"


def test_bundled_scenario_runs_with_unengaged_actors() -> None:
    scenario = load_bundled("ukraine-2025-02")
    arr = stance_arrays(scenario)
    r = run(scenario, "smp", {"rounds": 5})
    _coherent_partial = np.where(arr.engaged, 0, 1)
    assert np.all(np.isnan(r.trajectory[:, _coherent_partial.astype(bool)]))
    assert np.all(np.isfinite(r.trajectory[:, arr.engaged]))
    assert np.all(np.isfinite(r.outcome))
    names = {a.name for a in scenario.actors}
    titles = {i.title for i in scenario.issues}
    moved = [line for line in r.narrative if "accepts a bargain" in line]
    assert moved, r.narrative
    assert any(name in moved[0] for name in names)
    assert any(title in line for line in moved for title in titles)


@pytest.mark.parametrize("source", ["ukraine-2025-02", "dim3"])
def test_narrative_names_who_proposed_each_bargain(
    source: str, request: pytest.FixtureRequest
) -> None:
    """Each "accepts a bargain" line names the bargain's proposer, the initiator of the bargain
    the actor adopted (session 22: it said "proposed by it" when the accepting actor had
    proposed it, which read as the counterpart just named)."""
    scenario = load_bundled(source) if source != "dim3" else request.getfixturevalue("dim3")
    names = _labels(scenario)  # the names, or the ids where names repeat (KTAB's examples)
    r = run(scenario, "smp", {"rounds": 5})
    checked = 0
    for t, turn in enumerate(r.turns):
        for actor, adopted in turn.notes.get("adopted", {}).items():
            if adopted is None:  # kept its own position this turn
                continue
            initiator = adopted[0]
            said = [
                line
                for line in r.narrative
                if line.startswith(f"turn {t}: {names[actor]} accepts a bargain with ")
            ]
            assert len(said) <= 1
            for line in said:
                assert f"(proposed by {names[initiator]}), moving " in line, line
                checked += 1
    assert checked, r.narrative
    assert not any("(proposed by it)" in line for line in r.narrative)


def test_turn_diagnostics(dim3: Scenario) -> None:
    r = run(dim3, "smp")
    first = r.turns[1]
    # KTAB's log: in turn 0 actor 0 targets 6, 5 targets 1, 1 targets 0, 6 targets 1 ...
    challenges = dict(first.challenges)
    assert challenges["SActor-00"] == "SActor-06"
    assert challenges["SActor-05"] == "SActor-01"
    assert challenges["SActor-02"] == "SActor-06"
    assert first.notes["gain"]["SActor-00"] == pytest.approx(0.0947, abs=5e-5)
    assert first.notes["p_win"]["SActor-00"] == pytest.approx(0.7643, abs=5e-5)
    # actor 0 adopts bargain [1022, 4:0], proposed by actor 4 (log: "Chosen bargain ... 1022")
    assert first.notes["adopted"]["SActor-00"] == ["SActor-04", "SActor-00"]
    assert {m.offer for m in first.moves} == {"bargain"}
    assert first.win_probability["SActor-00"] == pytest.approx(r.probabilities[1][0])


def test_too_few_active_actors_are_refused(dim3: Scenario) -> None:
    # Actors without capability or salience are left out; fewer than two left is an error.
    actors = [
        a.model_copy(update={"capability": 0.0}) if a.id != "SActor-01" else a for a in dim3.actors
    ]
    with pytest.raises(EngineError, match="at least 2 actors"):
        run(dim3.model_copy(update={"actors": actors}), "smp")


def test_actors_without_capability_or_salience_are_left_out_unmoved() -> None:
    from accord.scenario import load_bundled

    base = load_bundled("ec-emissions-1994")
    silent = base.model_copy(deep=True)
    silent.actors[2].capability = 0.0  # Luxembourg
    for st in silent.stances:
        if st.actor == "Ireland":
            st.salience = 0.0
    full = get_engine("smp").run(silent)
    gone = ("Luxembourg", "Ireland")
    reduced = base.model_copy(  # both lists at once: each alone would be inconsistent
        update={
            "actors": [a for a in base.actors if a.id not in gone],
            "stances": [s for s in base.stances if s.actor not in gone],
        },
        deep=True,
    )
    alone = get_engine("smp").run(reduced)
    assert full.actors == tuple(a.id for a in base.actors)
    np.testing.assert_allclose(full.outcome, alone.outcome)
    for name in ("Luxembourg", "Ireland"):
        k = full.actors.index(name)
        assert np.all(full.trajectory[:, k] == full.trajectory[0, k])
        assert full.probabilities is not None and np.all(full.probabilities[:, k] == 0)
    assert "Ireland" in full.narrative[0] and "Luxembourg" in full.narrative[0]
