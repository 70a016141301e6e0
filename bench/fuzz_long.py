"""The fuzzing suite's long profile (issue 12): the CI profile's checks on many more inputs.

    python bench/fuzz_long.py                      # every target, the default counts (~101,600)
    python bench/fuzz_long.py scenarios ktab-csv   # some targets
    python bench/fuzz_long.py --scale 0.1          # a tenth of each count
    python bench/fuzz_long.py --seed 5 --out totals.json

Each target feeds Hypothesis-generated inputs (``accord.testing.strategies``) to one check of
``accord.testing.fuzz``; for text inputs each example is also tried in ``--variants`` (29)
seeded mutations (``fuzz.mutate``: cuts, repeats, odd characters, truncation), because
generating an example costs ten times more than checking it. Outcomes are counted: ``ok``
(an answer), ``error`` (a clear AccordError) and ``crash`` (any other exception, a traceback,
an invariant broken; the run of that target stops at the first one and prints it, minimised by
Hypothesis). The totals, with the
machine and date, are printed as JSON (and written to ``--out``); docs/reliability.md records
them. Not part of ``bench/run.py``: it takes tens of minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import machine  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from accord.testing import fuzz  # noqa: E402
from accord.testing import strategies as S  # noqa: E402

Check = Callable[[Any], str]


def _suffixed(check: Callable[[str, str], str]) -> Check:
    return lambda case: check(*case)


def _texts(suffix: str, check: Callable[[str, str], str]) -> Check:
    return lambda text: check(suffix, text)


def _targets() -> dict[str, tuple[int, st.SearchStrategy[Any], Check, bool]]:
    """name -> (default count of Hypothesis examples, strategy, check, text input?)."""
    file_check = fuzz.check_scenario_file
    out: dict[str, tuple[int, st.SearchStrategy[Any], Check, bool]] = {
        "scenarios": (1_200, S.scenario_texts(), _suffixed(file_check), True),
        "ktab-csv": (300, S.ktab_csv_texts(), _texts(".csv", file_check), True),
        "ktab-xml": (300, S.ktab_xml_texts(), _texts(".xml", file_check), True),
        "bdm-csv": (300, S.bdm_csv_texts(), _texts(".csv", file_check), True),
        "deu": (400, S.deu_texts(), fuzz.check_deu, True),
        "plover": (400, S.plover_gold_texts(), fuzz.check_plover_gold, True),
        "articles": (400, S.articles(), _suffixed(fuzz.check_article), True),
        "cli": (300, S.cli_forecast_args(), fuzz.check_cli, False),
        "cli-power": (300, S.cli_power_args(), fuzz.check_cli, False),
        "cli-other": (300, S.cli_other_args(), fuzz.check_cli, False),
    }
    for engine in fuzz.ENGINES:
        out[f"engine-{engine}"] = (
            300,
            S.scenarios(),
            lambda s, e=engine: fuzz.check_forecast(s, e),
            False,
        )
    for engine in ("mean", "median", "bdm", "smp", "nash", "exchange"):
        out[f"zero-spread-{engine}"] = (
            100,
            S.scenarios(max_actors=4, max_issues=2),
            lambda s, e=engine: fuzz.check_zero_spread(s, e),
            False,
        )
    return out


def _variants(value: Any, at: int, variants: int) -> list[Any]:
    """The example and ``variants`` mutations of its text (see fuzz.mutate), seeded by the
    example itself so that Hypothesis replays and shrinks a failing variant reliably."""
    rng = random.Random(f"{at}:{value!r}")
    if isinstance(value, tuple):
        suffix, text = value
        return [value] + [(suffix, fuzz.mutate(text, rng)) for _ in range(variants)]
    return [value] + [fuzz.mutate(value, rng) for _ in range(variants)]


def run_target(
    name: str,
    count: int,
    strategy: st.SearchStrategy[Any],
    check: Check,
    text_input: bool,
    at: int,
    variants: int,
) -> dict[str, Any]:
    tally: Counter[str] = Counter()

    @seed(at)
    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def body(value: Any) -> None:
        for item in _variants(value, at, variants) if text_input else [value]:
            tally[check(item)] += 1

    start = time.perf_counter()
    crash = None
    try:
        body()
    except Exception:
        crash = traceback.format_exc(limit=8)
    row: dict[str, Any] = {
        "target": name,
        "inputs": tally["ok"] + tally["error"] + (1 if crash else 0),
        "ok": tally["ok"],
        "clear_errors": tally["error"],
        "crashes": 1 if crash else 0,
        "seconds": round(time.perf_counter() - start, 1),
    }
    if crash:
        row["crash"] = crash
    return row


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("targets", nargs="*")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--variants", type=int, default=29, help="mutated copies tried per text example"
    )
    args = parser.parse_args(argv)
    targets = _targets()
    unknown = sorted(set(args.targets) - set(targets))
    if unknown:
        raise SystemExit(f"unknown target(s) {unknown}; known: {', '.join(targets)}")
    rows = []
    for name in args.targets or list(targets):
        count, strategy, check, text_input = targets[name]
        examples = max(1, round(count * args.scale))
        row = run_target(name, examples, strategy, check, text_input, args.seed, args.variants)
        print(json.dumps(row), flush=True)
        rows.append(row)
    totals = {key: sum(r[key] for r in rows) for key in ("inputs", "ok", "clear_errors", "crashes")}
    report = {"machine": machine(), "seed": args.seed, "targets": rows, "totals": totals}
    print(json.dumps(totals))
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
