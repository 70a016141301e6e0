"""The same output on every run and every CPU: the main commands under several environments.

Each case runs a command (after its setup commands, in a fresh folder) once per environment:

- ``base``: ``PYTHONHASHSEED=0``;
- ``hashseed``: ``PYTHONHASHSEED=4242`` (string hashing, so the order of ``set`` iteration);
- ``no-avx512``: ``NPY_DISABLE_CPU_FEATURES="AVX512_ICL X86_V4"`` (numpy's AVX2 kernels);
- ``no-avx2``: ``NPY_DISABLE_CPU_FEATURES="AVX512_ICL X86_V4 X86_V3"`` (its baseline kernels),

and compares the JSON each prints byte for byte with the ``base`` run, after setting aside the
fields in ``SET_ASIDE`` (wall-clock times and the like, which differ between any two runs; the
``accord`` block names the commit and whether the tree is dirty: the same within a run). A
feature the CPU lacks is ignored by numpy, so on a machine without AVX-512 two of the runs
coincide. Floats are compared exactly: numpy's kernels may round a last bit differently (its
exp and log without AVX2), which this reports as a difference, with the largest gap.

Run: ``nice python3 bench/determinism.py`` (about three minutes; ``--case NAME`` for some,
``--env NAME`` for some environments, ``--json`` for the report as JSON). Exit 0 if every case
printed the same JSON under every environment, 1 otherwise (``votes predict`` was let off float
gaps up to 1e-12 until session 43, when its model took the C library's ``exp``, ``log`` and
``tanh``, :mod:`accord.libm`). Needs ../shared/data for ``backtest`` (skipped otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
SHARED = HERE.parent.parent / "shared" / "data"

ENVS: dict[str, dict[str, str]] = {
    "base": {"PYTHONHASHSEED": "0"},
    "hashseed": {"PYTHONHASHSEED": "4242"},
    "no-avx512": {"PYTHONHASHSEED": "0", "NPY_DISABLE_CPU_FEATURES": "AVX512_ICL X86_V4"},
    "no-avx2": {
        "PYTHONHASHSEED": "0",
        "NPY_DISABLE_CPU_FEATURES": "AVX512_ICL X86_V4 X86_V3",
    },
}

# Keys dropped wherever they occur before comparing, and why.
SET_ASIDE: dict[str, str] = {
    "seconds": "wall-clock time of a step (backtest's per-engine timing)",
}

TEXTS = {
    "a.txt": "Talks in Geneva\n\nFrance and Germany signed a trade agreement on Monday. Russian "
    "forces shelled the city of Kharkiv, killing three civilians, Ukrainian officials said. "
    "The United Nations called for a ceasefire.\n",
    "b.txt": "Sanctions debate\n\nThe European Union imposed new sanctions on Iran. China and "
    "India agreed to resume border talks. Police in Kenya arrested twelve protesters in "
    "Nairobi.\n",
    "c.txt": "Summit\n\nThe United States and Japan held a meeting in Tokyo. Turkey accused Greece "
    "of violating its airspace. Brazil expelled two Venezuelan diplomats.\n",
}


def split(line: str) -> list[str]:
    return shlex.split(line)


@dataclass(frozen=True)
class Case:
    """One command whose ``--json`` output is compared; ``setup`` runs first, same folder."""

    name: str
    argv: list[str]
    setup: list[list[str]] = field(default_factory=list)
    texts: bool = False
    needs: Path | None = None
    rounding: float = 0.0  # float gaps up to this are reported as rounding, not as a failure
    same_as: str | None = None  # an earlier case whose base output this one's must equal


DEU = SHARED / "deu3" / "deu3-train.tsv"
QUOTED_DEU = shlex.quote(str(DEU))

CASES = [
    Case("forecast", split("forecast ukraine-2025-02 --json")),
    Case("forecast-bdm", split("forecast minsk-2015-02 --engine bdm --json")),
    Case("ensemble", split("forecast ukraine-2025-02 --engine smp --runs 40 --seed 7 --json")),
    Case(
        "ensemble-workers",
        split("forecast ukraine-2025-02 --engine smp --runs 40 --seed 7 --workers 2 --json"),
        same_as="ensemble",
    ),
    Case(
        "forecast-bdm-paper",
        split("forecast ec-emissions-1994 --engine bdm --variant paper --json"),
    ),
    Case("compare", split("compare ukraine-2025-02 --seed 3 --json")),
    Case("compare-runs", split("compare minsk-2015-02 --seed 3 --runs 30 --json")),
    Case("explain", split("explain ukraine-2025-02 --engine smp --seed 3 --json")),
    Case(
        "sweep-lhs",
        split(
            "sweep minsk-2015-02 --design lhs --samples 12 --vary salience=*:+-0.1 "
            "--vary RUS.capability=*:x0.5:2 --seed 11 --json"
        ),
    ),
    Case(
        "sweep-lhs-workers",
        split(
            "sweep minsk-2015-02 --design lhs --samples 12 --vary salience=*:+-0.1 "
            "--vary RUS.capability=*:x0.5:2 --seed 11 --workers 2 --json"
        ),
        same_as="sweep-lhs",
    ),
    Case(
        "sweep-oat",
        split(
            "sweep ukraine-2025-02 --design oat --vary salience=*:+-0.1 "
            "--vary RUS.capability=*:x0.5:2 --seed 11 --json"
        ),
    ),
    Case(
        "sweep-oat-ranking",
        split(
            "sweep doha-2020-02 --engine bdm --design oat --ranking --vary salience=*:+-0.1 "
            "--vary USA.capability=*:x0.5:2 --seed 11 --json"
        ),
    ),
    Case("power", split("power --body unsc --index banzhaf --json")),
    Case("power-samples", split("power --body eu-council --samples 2000 --seed 5 --json")),
    Case(
        "votes-predict",
        split("votes predict --title 'Aggression against Ukraine' --issue hr --json"),
    ),
    Case(
        "votes-predict-text",  # words said twice: the text row takes logs of counts above 1
        split(
            "votes predict --title 'Nuclear disarmament' --description 'nuclear weapons "
            "nuclear tests; the treaty on nuclear weapons' --issue nu --json"
        ),
    ),
    Case(
        "backtest",
        split(f"backtest {QUOTED_DEU} --engines mean,nash,smp --repeats 2 --interval 0.8 --json"),
        needs=DEU,
    ),
    Case(
        "backtest-workers",
        split(
            f"backtest {QUOTED_DEU} --engines mean,nash,smp --repeats 2 --interval 0.8 "
            "--workers 2 --json"
        ),
        needs=DEU,
        same_as="backtest",
    ),
    Case(
        "ledger-score",
        split("ledger score --db ledger.db --per-forecast --calibration --decompose --json"),
        setup=[split("ledger record-bundled --runs 20 --seed 1 --db ledger.db")],
    ),
    Case(
        "ingest-events",
        split("events --db news.db --json"),
        setup=[split("ingest texts --db news.db --coder rules --date-if-missing 2026-01-05")],
        texts=True,
    ),
]


def set_aside(doc: Any) -> Any:
    """``doc`` without the keys of ``SET_ASIDE``, at any depth, order kept."""
    if isinstance(doc, dict):
        return {k: set_aside(v) for k, v in doc.items() if k not in SET_ASIDE}
    if isinstance(doc, list):
        return [set_aside(v) for v in doc]
    return doc


def differences(a: Any, b: Any, path: str = "$") -> list[str]:
    """Where two JSON documents differ (key order included), as readable paths."""
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            if set(a) == set(b):
                return [f"{path}: key order {list(a)[:6]} vs {list(b)[:6]}"]
            return [f"{path}: keys {sorted(set(a) ^ set(b))[:6]}"]
        return [d for k in a for d in differences(a[k], b[k], f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} vs {len(b)} items"]
        out: list[str] = []
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            out += differences(x, y, f"{path}[{i}]")
        return out
    if type(a) is type(b) and a == b:
        return []
    if isinstance(a, float) and isinstance(b, float):
        return [f"{path}: {a!r} vs {b!r} (gap {abs(a - b):.3g})"]
    return [f"{path}: {str(a)[:80]!r} vs {str(b)[:80]!r}"]


def float_gap(a: Any, b: Any) -> float | None:
    """The largest gap between two JSON documents that differ only in floats, else None."""
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            return None
        gaps = [float_gap(a[k], b[k]) for k in a]
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return None
        gaps = [float_gap(x, y) for x, y in zip(a, b, strict=True)]
    elif isinstance(a, float) and isinstance(b, float):
        return abs(a - b)
    else:
        return 0.0 if type(a) is type(b) and a == b else None
    known = [g for g in gaps if g is not None]
    return max(known, default=0.0) if len(known) == len(gaps) else None


def run_case(case: Case, env: dict[str, str]) -> tuple[str, str]:
    """The case's stdout (its JSON) under ``env``, and stderr where it failed."""
    full = {**os.environ, **env, "PYTHONPATH": str(SRC), "ACCORD_QUIET": "1", "COLUMNS": "200"}
    if "NPY_DISABLE_CPU_FEATURES" not in env:
        full.pop("NPY_DISABLE_CPU_FEATURES", None)
    full.pop("ACCORD_DB", None)
    full.pop("ACCORD_LEDGER_DB", None)
    with tempfile.TemporaryDirectory(prefix="accord-determinism-") as tmp:
        if case.texts:
            (Path(tmp) / "texts").mkdir()
            for name, text in TEXTS.items():
                (Path(tmp) / "texts" / name).write_text(text, encoding="utf-8")
        for argv in [*case.setup, case.argv]:
            done = subprocess.run(
                [sys.executable, "-m", "accord", *argv],
                cwd=tmp,
                env=full,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode not in (0, 1):
                return "", f"{' '.join(argv[:3])}: exit {done.returncode}: {done.stderr[-400:]}"
    return done.stdout, ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", action="append", choices=[c.name for c in CASES])
    parser.add_argument("--env", action="append", choices=[e for e in ENVS if e != "base"])
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    envs = ["base", *(args.env or [e for e in ENVS if e != "base"])]
    report: list[dict[str, Any]] = []
    bases: dict[str, Any] = {}  # each case's base output, for same_as
    for case in CASES:
        if args.case and case.name not in args.case:
            continue
        if case.needs is not None and not case.needs.exists():
            report.append({"case": case.name, "skipped": f"{case.needs} absent"})
            if not args.json:
                print(f"{case.name:<18} skipped: {case.needs} absent", flush=True)
            continue
        outs = {e: run_case(case, ENVS[e]) for e in envs}
        row: dict[str, Any] = {"case": case.name, "bytes": len(outs["base"][0])}
        base_doc = set_aside(json.loads(outs["base"][0])) if outs["base"][0] else None
        for e in envs[1:]:
            text, err = outs[e]
            if err or outs["base"][1]:
                row[e] = [err or outs["base"][1]]
                continue
            doc = set_aside(json.loads(text))
            same = json.dumps(doc) == json.dumps(base_doc)
            gap = None if same else float_gap(base_doc, doc)
            if same:
                row[e] = "same"
            elif gap is not None and gap <= case.rounding:
                row[e] = f"rounding (largest gap {gap:.2g}, tolerated up to {case.rounding:g})"
            else:
                row[e] = differences(base_doc, doc)[:8]
        if case.same_as is not None and case.same_as in bases:
            row["same_as"] = case.same_as
            row["base"] = (
                "same" if json.dumps(bases[case.same_as]) == json.dumps(base_doc)
                else differences(bases[case.same_as], base_doc)[:8]
            )  # fmt: skip
        bases[case.name] = base_doc
        report.append(row)
        if not args.json:
            cells = [f"{e}: {row[e] if isinstance(row[e], str) else 'DIFFERS'}" for e in envs[1:]]
            if "same_as" in row:
                verdict = row["base"] if isinstance(row["base"], str) else "DIFFERS"
                cells.append(f"as {row['same_as']}: {verdict}")
            print(f"{case.name:<18} {row['bytes']:>8} B  " + "  ".join(cells), flush=True)
            for e in envs[1:]:
                if not isinstance(row[e], str):
                    for line in row[e]:
                        print(f"    {e}: {line}", flush=True)
            if not isinstance(row.get("base", "same"), str):
                for line in row["base"]:
                    print(f"    as {row['same_as']}: {line}", flush=True)
    if args.json:
        json.dump({"envs": {e: ENVS[e] for e in envs}, "set_aside": SET_ASIDE,
                   "cases": report}, sys.stdout, indent=1)  # fmt: skip
        print()
    bad = [
        r
        for r in report
        if any(not isinstance(r.get(e, "same"), str) for e in envs[1:])
        or not isinstance(r.get("base", "same"), str)
    ]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
