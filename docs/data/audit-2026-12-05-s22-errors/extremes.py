"""Extreme and corrupt numbers through every engine and every scenario format (session 22).

Two sweeps, in-process through the CLI, from the repository root:

- every engine given 1e308, 1e300, 1e-308, 5e-324, 1e15 and -1e308 in each of a scenario's
  numbers (capability, position, salience, status quo, scale low and high): ``forecast
  --json`` must answer with finite numbers only, or refuse with exit 2;
- the scenario written as KTAB CSV, KTAB XML, BDM CSV, JSON and stance CSV (a folder), with
  each of its first numbers replaced in turn by ``nan``, ``inf``, ``1e309``, ``-1``, ``abc``,
  nothing and ``2``: ``validate`` and ``forecast`` must exit 0, 1 or 2 without a traceback,
  and a forecast must hold no NaN or infinity.

    PYTHONPATH=src python3 docs/data/audit-2026-12-05-s22-errors/extremes.py [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # for tests.test_cli_bad_input

from tests.test_cli_bad_input import scenario, write_yaml

from accord.cli import app

ENGINES = ("mean", "median", "nash", "bdm", "smp", "exchange")
FIELDS = ("capability", "position", "salience", "status_quo", "low", "high")
EXTREMES = (1e308, 1e300, 1e-308, 5e-324, 1e15, -1e308)
FORMATS = (("ktab-csv", ".csv"), ("ktab-xml", ".xml"), ("bdm-csv", ".csv"), ("json", ".json"))
FORMATS += (("stance-csv", ""),)
REPLACEMENTS = ("nan", "inf", "1e309", "-1", "abc", "", "2")
NUMBER = re.compile(r"(?<![\w.])\d+(\.\d+)?(?![\w-])")
"""A number standing alone in a file's text (not part of a name, a date or an id)."""


EXITS: dict[int, int] = {}
"""How many runs ended with each exit status (0: an answer; 2: a refusal)."""


def verdict(args: list[str]) -> str | None:
    """What is wrong with ``accord ARGS``'s answer, or None when it is an answer or a clean
    refusal."""
    done = CliRunner().invoke(app, args)
    EXITS[done.exit_code] = EXITS.get(done.exit_code, 0) + 1
    if "Traceback" in done.output or not isinstance(done.exception, SystemExit | None):
        return f"traceback: {done.exception!r}"
    if done.exit_code not in (0, 1, 2):
        return f"exit {done.exit_code}"
    if done.exit_code == 0 and "--json" in args:
        numbers = re.findall(r"-?(?:NaN|Infinity)\b", done.stdout)
        if numbers or not all(math.isfinite(n) for n in _floats(json.loads(done.stdout))):
            return "a non-finite number in the answer"
    return None


def _floats(value: Any) -> list[float]:
    if isinstance(value, dict):
        return [n for item in value.values() for n in _floats(item)]
    if isinstance(value, list):
        return [n for item in value for n in _floats(item)]
    return [value] if isinstance(value, float) else []


def engine_sweep(d: Path) -> tuple[int, list[str]]:
    """Each engine, each field, each extreme value: (runs, faults)."""
    runs, faults = 0, []
    for engine in ENGINES:
        for field in FIELDS:
            for value in EXTREMES:
                path = write_yaml(d / "extreme.yaml", scenario(**{field: value}))
                runs += 1
                fault = verdict(["forecast", str(path), "--engine", engine, "--json"])
                if fault:
                    faults.append(f"{engine} {field}={value:g}: {fault}")
    return runs, faults


def _mutants(written: Path) -> list[tuple[Path, str]]:
    """(the file to change, its text) for a written scenario: the file, or each file of a
    stance-CSV folder."""
    files = sorted(written.iterdir()) if written.is_dir() else [written]
    return [(f, f.read_text(encoding="utf-8")) for f in files]


def format_sweep(d: Path, first: int = 20) -> tuple[int, list[str]]:
    """Each format, each of the first numbers of each file, each replacement: (runs, faults)."""
    good = write_yaml(d / "good.yaml", scenario())
    runs, faults = 0, []
    for name, ext in FORMATS:
        written = d / f"written-{name}{ext}"
        assert verdict(["convert", str(good), str(written), "--to", name]) is None
        for file, text in _mutants(written):
            for match in list(NUMBER.finditer(text))[:first]:
                for new in REPLACEMENTS:
                    copy = d / f"mutant{ext}"
                    shutil.rmtree(copy, ignore_errors=True)
                    if written.is_dir():
                        shutil.copytree(written, copy)
                        target = copy / file.name
                    else:
                        target = copy
                    target.write_text(text[: match.start()] + new + text[match.end() :])
                    for args in (
                        ["validate", str(copy), "--from", name],
                        ["forecast", str(copy), "--engine", "bdm", "--json"],
                    ):
                        runs += 1
                        fault = verdict(args)
                        if fault:
                            faults.append(f"{name} {file.name} {match.group()}->{new!r}: {fault}")
    return runs, faults


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-extremes-") as tmp:
        d = Path(tmp)
        figures = {}
        for label, sweep in (("engines", engine_sweep), ("formats", format_sweep)):
            EXITS.clear()
            runs, faults = sweep(d)
            exits = {str(code): count for code, count in sorted(EXITS.items())}
            figures[label] = {"runs": runs, "exits": exits, "faults": faults}
            print(f"{label}: {runs} runs, exit statuses {exits}, {len(faults)} faults")
            for fault in faults:
                print(f"  {fault}")
    if opts.out:
        opts.out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
