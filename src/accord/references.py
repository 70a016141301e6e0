"""accord's engines beside the published runs they reproduce, as numbers a reader can check.

``python3 -m accord.references [REFERENCE_FOLDER] [--detail]`` runs the ``smp`` engine on
KTAB's six reference inputs and the ``bdm`` engine (variant ``scholz-code``) on the Scholz
port's example, reads the reference logs in ``REFERENCE_FOLDER`` (default
``../shared/reference``: ``ktab/`` and ``bdm/``) and prints, for each run, the reference's
figures beside accord's: the number of states, the largest difference of any position at any
state and of any probability, and for BDM of every move's expected utilities and new position
and of each round's mean. ``--detail`` adds every final position, the reference's and
accord's side by side. It needs only the base install: the test modules that check the same
(tests/engines/test_smp_reference.py, test_bdm_scholz_code.py) need the ``test`` extra and
print only pass or fail (session 33's trial). Exit status 0 when every run is reproduced
within the logs' printed precision, 1 when one is not, 2 when a reference file is missing.

The logs: KTAB's 2017-05-30 regression logs and four smpc runs of KTAB@3b5b063 (2026-11-25;
docs/smp.md, "Validation"), which print positions with ``%5.1f`` and probabilities with
``%.4f`` (so a faithful run is within 0.05 and 0.00005 of them, 1e-3 allowed for the
probabilities as in the tests); D. Masad's fork of J. McKibben's port of Scholz's code,
``Example.log``, which prints every digit (docs/bdm.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["KTAB_CASES", "BdmLog", "KtabLog", "compare_bdm", "compare_smp", "main"]

#: (input file, reference log) in ``ktab/``: the cases of tests/engines/test_smp_reference.py
KTAB_CASES = (
    ("dummyData_3Dim.csv", "20170530_ref-dummyData_3Dim.txt"),
    ("SOE-Pol-Comp.csv", "20170530_ref-SOE-Pol-Comp.txt"),
    ("SOE-Policy.csv", "run-2026-11-25_SOE-Policy.tail.txt"),
    ("dummyData_6Dim.csv", "run-2026-11-25_dummyData_6Dim.tail.txt"),
    ("dummyData-a040.csv", "run-2026-11-25_dummyData-a040.tail.txt"),
    ("dummyData-a080.csv", "run-2026-11-25_dummyData-a080.tail.txt"),
)
POSITION_TOLERANCE = 0.05  # smpc prints positions on 0..100 with one decimal
PROBABILITY_TOLERANCE = 1e-3  # smpc prints four decimals; the tests allow 1e-3

_STATES = re.compile(r"There were (\d+) states")
_PROB = re.compile(r"^(?P<actor>.+?), prob :(?P<values>(?:\s+[-+\d.]+)+)\s*$")
_POSITION = re.compile(r"^(?P<actor>[^,]+),(?P<dim>[^:]*):(?P<values>(?:\s+[-+\d.]+)+)\s*$")
_MOVE = re.compile(r"^(\S+) (compromises with|loses confrontation to|capitulates to) (\S+)$")
_KINDS = {
    "compromises with": "compromise",
    "loses confrontation to": "conflict",
    "capitulates to": "capitulation",
}


class ReferenceFileError(Exception):
    """A reference file that is missing or not in the expected layout (exit status 2)."""


@dataclass
class KtabLog:
    """The final histories smpc prints: ``position[state, actor, dim]`` on 0..100 and
    ``prob[state, actor]``."""

    states: int
    actors: list[str]
    position: np.ndarray
    prob: np.ndarray


def parse_ktab_log(path: Path) -> KtabLog:
    """The position and probability histories printed after smpc's "There were N states"."""
    if not path.is_file():
        raise ReferenceFileError(f"{path}: no such file (the KTAB reference log)")
    states: int | None = None
    rows: list[tuple[str, list[float]]] = []
    probs: list[tuple[str, list[float]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        found = _STATES.search(line)
        if found:
            states, rows, probs = int(found.group(1)), [], []
            continue
        if states is None:
            continue
        match = _PROB.match(line)
        if match:
            probs.append((match["actor"], [float(v) for v in match["values"].split()]))
            continue
        match = _POSITION.match(line)
        if match:
            values = [float(v) for v in match["values"].split()]
            if len(values) == states:
                rows.append((match["actor"], values))
    n = len(probs)
    if states is None or not n or len(rows) % n:
        raise ReferenceFileError(f"{path}: no 'There were N states' history in it")
    m = len(rows) // n
    if [a for a, _ in rows[::m]] != [a for a, _ in probs]:
        raise ReferenceFileError(f"{path}: its position and probability rows name other actors")
    position = np.array([v for _, v in rows]).reshape(n, m, states).transpose(2, 0, 1)
    return KtabLog(states, [a for a, _ in probs], position, np.array([v for _, v in probs]).T)


@dataclass
class BdmRound:
    moves: list[tuple[str, str, str, float, float, float]] = field(default_factory=list)
    mean: float = float("nan")


@dataclass
class BdmLog:
    """The port's rounds: each move (actor, kind, counterpart, two expected utilities, new
    position) and the mean printed after the round."""

    rounds: list[BdmRound]


def parse_bdm_log(path: Path) -> BdmLog:
    """The rounds of the port's ``Example.log``."""
    if not path.is_file():
        raise ReferenceFileError(f"{path}: no such file (the BDM port's log)")
    lines = path.read_text(encoding="utf-8").splitlines()
    rounds: list[BdmRound] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if line.startswith("ROUND "):
            rounds.append(BdmRound())
        elif line.startswith("Mean position: ") and rounds:
            rounds[-1].mean = float(line.removeprefix("Mean position: "))
        elif (match := _MOVE.match(line)) and rounds and k + 2 < len(lines):
            eu_a, eu_b = (float(v) for v in lines[k + 1].strip().split(" vs "))
            new = float(lines[k + 2].strip().removeprefix("new_pos = "))
            rounds[-1].moves.append((match[1], _KINDS[match[2]], match[3], eu_a, eu_b, new))
            k += 2
        k += 1
    if not rounds:
        raise ReferenceFileError(f"{path}: no 'ROUND' in it")
    return BdmLog(rounds)


def compare_smp(folder: Path) -> list[dict[str, Any]]:
    """One row per KTAB case: the states of smpc and of accord, the largest position and
    probability differences, whether reproduced, and the final positions side by side."""
    from accord.engines import get_engine
    from accord.scenario import io

    rows: list[dict[str, Any]] = []
    for csv_name, log_name in KTAB_CASES:
        log = parse_ktab_log(folder / log_name)
        if not (folder / csv_name).is_file():
            raise ReferenceFileError(f"{folder / csv_name}: no such file (the KTAB input)")
        run = get_engine("smp").run(io.load(folder / csv_name))
        trajectory = np.asarray(run.trajectory, dtype=float)
        row: dict[str, Any] = {
            "case": csv_name,
            "reference": log_name,
            "states_reference": log.states,
            "states_accord": int(trajectory.shape[0]),
            "position_diff": None,
            "probability_diff": None,
        }
        if trajectory.shape == log.position.shape and run.probabilities is not None:
            row["position_diff"] = float(np.max(np.abs(trajectory - log.position)))
            row["probability_diff"] = float(np.max(np.abs(run.probabilities - log.prob)))
        row["reproduced"] = (
            row["position_diff"] is not None
            and row["position_diff"] <= POSITION_TOLERANCE + 1e-9
            and row["probability_diff"] <= PROBABILITY_TOLERANCE
        )
        row["final"] = [
            (actor, str(issue), float(log.position[-1, a, i]), float(trajectory[-1, a, i]))
            for a, actor in enumerate(log.actors)
            for i, issue in enumerate(run.issues)
        ]
        rows.append(row)
    return rows


def compare_bdm(folder: Path) -> dict[str, Any]:
    """The ``scholz-code`` variant on ``ExampleActors.csv`` beside ``Example.log``: rounds,
    moves that agree (actor, kind, counterpart), the largest difference of any expected
    utility or new position and of any round's mean (the port prints every digit)."""
    from accord.engines import run as run_engine
    from accord.scenario.io import load

    log = parse_bdm_log(folder / "Example.log")
    source = folder / "ExampleActors.csv"
    if not source.is_file():
        raise ReferenceFileError(f"{source}: no such file (the BDM example's actors)")
    result = run_engine(load(source), "bdm", {"variant": "scholz-code", "rounds": len(log.rounds)})
    moves_same = moves = 0
    move_diff = mean_diff = 0.0
    for turn, ref in zip(result.turns, log.rounds, strict=False):
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
        moves += len(ref.moves)
        for g, r in zip(got, ref.moves, strict=False):
            if g[:3] == r[:3]:
                moves_same += 1
                move_diff = max(
                    move_diff, *(abs(float(x) - y) for x, y in zip(g[3:], r[3:], strict=True))
                )
        mean_diff = max(mean_diff, abs(float(turn.notes["mean"]["issue"]) - ref.mean))
    final_ref = log.rounds[-1].mean
    return {
        "case": "ExampleActors.csv",
        "reference": "Example.log",
        "rounds_reference": len(log.rounds),
        "rounds_accord": len(result.turns),
        "moves_reference": moves,
        "moves_same": moves_same,
        "move_diff": move_diff,
        "mean_diff": mean_diff,
        "final": (final_ref, float(result.outcome[0])),
        "reproduced": moves_same == moves
        and len(result.turns) == len(log.rounds)
        and move_diff == 0.0
        and mean_diff == 0.0,
    }


def _number(value: float | None, digits: str = ".2g") -> str:
    return "-" if value is None else format(value, digits)


def report(folder: Path, detail: bool = False) -> tuple[list[str], bool]:
    """The printed lines and whether every run was reproduced."""
    smp = compare_smp(folder / "ktab")
    bdm = compare_bdm(folder / "bdm")
    lines = [
        f"accord smp against KTAB smpc ({folder / 'ktab'}): positions printed to 0.05, "
        f"probabilities to {PROBABILITY_TOLERANCE:g}",
        f"{'case':<20} {'reference log':<40} {'states smpc/accord':>18} "
        f"{'max |d position|':>16} {'max |d prob|':>12}  verdict",
    ]
    for row in smp:
        states = f"{row['states_reference']}/{row['states_accord']}"
        lines.append(
            f"{row['case']:<20} {row['reference']:<40} {states:>18} "
            f"{_number(row['position_diff'], '.4f'):>16} "
            f"{_number(row['probability_diff'], '.1e'):>12}  "
            + ("reproduced" if row["reproduced"] else "DIFFERS")
        )
    lines += [
        "",
        f"accord bdm (scholz-code) against the Scholz port's Example.log ({folder / 'bdm'}): "
        "every digit",
        f"rounds port/accord {bdm['rounds_reference']}/{bdm['rounds_accord']}; moves the same "
        f"{bdm['moves_same']} of {bdm['moves_reference']}; max |d| of expected utilities and "
        f"new positions {bdm['move_diff']:g}; of the round means {bdm['mean_diff']:g}; final "
        f"mean port {bdm['final'][0]!r}, accord {bdm['final'][1]!r}  "
        + ("reproduced" if bdm["reproduced"] else "DIFFERS"),
    ]
    if detail:
        for row in smp:
            lines += ["", f"{row['case']}: final state, smpc beside accord"]
            lines += [
                f"  {actor:<24} {issue:<12} {ref:7.1f} {got:10.4f}"
                for actor, issue, ref, got in row["final"]
            ]
    return lines, all(row["reproduced"] for row in smp) and bool(bdm["reproduced"])


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: print the comparison; 0 if all reproduced, 1 if not, 2 on bad input."""
    parser = argparse.ArgumentParser(
        prog="python3 -m accord.references",
        description="accord's smp and bdm engines beside KTAB's and the Scholz port's runs.",
    )
    parser.add_argument(
        "folder",
        nargs="?",
        default="../shared/reference",
        help="the reference folder holding ktab/ and bdm/ (default ../shared/reference)",
    )
    parser.add_argument("--detail", action="store_true", help="every final position, both")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(
            f"error: {folder}: no such folder (give the reference folder that holds ktab/ and "
            "bdm/, e.g. ../shared/reference)",
            file=sys.stderr,
        )
        return 2
    try:
        lines, ok = report(folder, detail=args.detail)
    except ReferenceFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
