"""The scholz-code variant reproduces the public BDM/Scholz port round by round.

Reference: ``shared/reference/bdm/Example.log``, the output of D. Masad's Python 3 fork of
J. McKibben's port of Scholz's code (github.com/dmasad/bdm-scholz-expected-utility-model) on
``ExampleActors.csv`` (Bueno de Mesquita's 1994 EC car-emissions example) over 10 rounds. The
log is parsed here; nothing from it is typed into the test. The log prints every number with
Python's ``repr`` (all digits), and since accord evaluates the port's quantities in the port's
operation order (issue 12), every position, expected utility and mean must be equal, not close.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from accord.engines import run
from accord.engines.bdm import condorcet_median
from accord.scenario.arrays import stance_arrays
from accord.scenario.catalogue import load_bundled
from accord.scenario.io import load
from accord.scenario.model import Scenario

TOL = 0.0  # exact: see the module docstring
_KINDS = {
    "compromises with": "compromise",
    "loses confrontation to": "conflict",
    "capitulates to": "capitulation",
}
_MOVE = re.compile(r"^(\S+) (compromises with|loses confrontation to|capitulates to) (\S+)$")


@dataclass
class LogRound:
    moves: list[tuple[str, str, str, float, float, float]] = field(default_factory=list)
    median: float = float("nan")
    mean: float = float("nan")


def parse_log(path: Path) -> tuple[float, float, list[LogRound]]:
    """(initial median, initial mean, rounds) from the port's log format."""
    lines = path.read_text().splitlines()
    start = LogRound()  # the summary lines printed before the first round
    rounds: list[LogRound] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if line.startswith("ROUND "):
            rounds.append(LogRound())
        elif line.startswith(("Median position: ", "Mean position: ")):
            which, value = line.split(" position: ")
            setattr(rounds[-1] if rounds else start, which.lower(), float(value))
        elif match := _MOVE.match(line):
            eu_a, eu_b = (float(v) for v in lines[k + 1].strip().split(" vs "))
            new_pos = float(lines[k + 2].strip().removeprefix("new_pos = "))
            rounds[-1].moves.append((match[1], _KINDS[match[2]], match[3], eu_a, eu_b, new_pos))
            k += 2
        k += 1
    return start.median, start.mean, rounds


def scenario_from_csv(path: Path) -> Scenario:
    """A one-issue scenario from the port's CSV, read here without accord's reader."""
    with path.open(newline="") as f:
        rows = list(csv.DictReader(f))
    positions = [float(r["Position"]) for r in rows]
    return Scenario.model_validate(
        {
            "id": "example-actors",
            "title": "ExampleActors.csv",
            "actors": [
                {"id": r["Actor"], "name": r["Actor"], "capability": float(r["Capability"])}
                for r in rows
            ],
            "issues": [
                {
                    "id": "issue",
                    "title": "the issue",
                    "scale": {"low": min(positions), "high": max(positions)},
                }
            ],
            "stances": [
                {
                    "actor": r["Actor"],
                    "issue": "issue",
                    "position": float(r["Position"]),
                    "salience": float(r["Salience"]),
                }
                for r in rows
            ],
        }
    )


@pytest.fixture(scope="module")
def reference(shared: Path) -> tuple[float, float, list[LogRound]]:
    return parse_log(shared / "reference" / "bdm" / "Example.log")


@pytest.fixture(scope="module")
def example(shared: Path) -> Scenario:
    """ExampleActors.csv through accord's BDM CSV reader."""
    return load(shared / "reference" / "bdm" / "ExampleActors.csv")


def test_log_parses(reference: tuple[float, float, list[LogRound]]) -> None:
    _, _, rounds = reference
    assert len(rounds) == 10
    assert all(len(r.moves) >= 1 for r in rounds)


def test_reproduces_example_log(
    reference: tuple[float, float, list[LogRound]], example: Scenario
) -> None:
    first_median, first_mean, rounds = reference
    result = run(example, "bdm", {"variant": "scholz-code", "rounds": len(rounds)})
    # before round 1 the port prints its pairwise-vote median, then the weighted mean
    assert abs(_initial_median(example) - first_median) <= TOL
    assert abs(float(_weighted_mean(example)) - first_mean) <= TOL
    for turn, ref in zip(result.turns, rounds, strict=True):
        got = [
            (
                o["actor"],
                o["offer"],
                o["counterpart"],
                o["eu_actor"],
                o["eu_counterpart"],
                o["after"],
            )
            for o in turn.notes["offers"]
        ]
        assert [g[:3] for g in got] == [r[:3] for r in ref.moves], f"round {turn.index}"
        for g, r in zip(got, ref.moves, strict=True):
            assert np.allclose(g[3:], r[3:], atol=TOL, rtol=0), (turn.index, g, r)
        # after each round the port prints the weighted mean under both labels
        assert abs(turn.notes["mean"]["issue"] - ref.mean) <= TOL
        assert abs(turn.notes["mean"]["issue"] - ref.median) <= TOL
    assert abs(result.outcome[0] - rounds[-1].mean) <= TOL
    # the trajectory holds every move's new position
    for t, ref in enumerate(rounds, start=1):
        for actor, _, _, _, _, new_pos in ref.moves:
            a = result.actors.index(actor)
            assert abs(result.trajectory[t, a, 0] - new_pos) <= TOL


def _weighted_mean(s: Scenario) -> float:
    w = {a.id: a.capability for a in s.actors}
    num = sum(w[st.actor] * st.salience * st.position for st in s.stances)
    return num / sum(w[st.actor] * st.salience for st in s.stances)


def _initial_median(s: Scenario) -> float:
    arr = stance_arrays(s)
    return float(
        condorcet_median(arr.position.T, arr.capability[None] * arr.salience.T, arr.engaged.T)[0]
    )


def test_bundled_scenario_and_plain_csv_parse_match(example: Scenario, shared: Path) -> None:
    from_reader = run(example, "bdm")
    bundled = run(load_bundled("ec-emissions-1994"), "bdm")
    plain = run(scenario_from_csv(shared / "reference" / "bdm" / "ExampleActors.csv"), "bdm")
    assert np.allclose(bundled.trajectory, from_reader.trajectory, atol=1e-12)
    assert np.allclose(plain.trajectory, from_reader.trajectory, atol=1e-12)


@pytest.mark.parametrize("name", ["Sultan.csv", "Iranian_Election.csv", "WW1.csv"])
@pytest.mark.parametrize("variant", ["scholz-code", "paper"])
def test_other_reference_tables_run(shared: Path, name: str, variant: str) -> None:
    scenario = load(shared / "reference" / "bdm" / name)
    result = run(scenario, "bdm", {"variant": variant})
    start = result.trajectory[0]
    assert np.all(np.isfinite(result.trajectory))
    assert np.all(result.trajectory >= np.nanmin(start) - 1e-9)
    assert np.all(result.trajectory <= np.nanmax(start) + 1e-9)
    assert len(result.turns) == 10


def test_capitulation_never_fires_in_code_variant() -> None:
    result = run(load_bundled("ec-emissions-1994"), "bdm", {"rounds": 30})
    kinds = {m.offer for t in result.turns for m in t.moves}
    assert "capitulation" not in kinds
    assert kinds <= {"conflict", "compromise"}


def test_narrative_names_actors_and_issue() -> None:
    result = run(load_bundled("ec-emissions-1994"), "bdm", {"rounds": 2})
    assert result.narrative[0] == (
        "round 1: Belgium accepts a compromise with France on Car-emission standards, "
        "moving from 7.0 to 8.4"
    )
    assert result.narrative[-1].startswith("after 2 rounds the bargain on Car-emission")


def test_expected_utility_matrices_in_notes(
    reference: tuple[float, float, list[LogRound]], example: Scenario
) -> None:
    _, _, rounds = reference
    result = run(example, "bdm", {"rounds": 1})
    table = result.turns[0].notes["expected_utility"]["issue"]
    names = table["actors"]
    for actor, _, other, eu_a, eu_b, _ in rounds[0].moves:
        a, b = names.index(actor), names.index(other)
        assert abs(table["challenge"][a][b] - eu_a) <= TOL
        assert abs(table["challenged"][a][b] - eu_b) <= TOL
