"""``accord backtest``: score engines against recorded outcomes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out
from accord.cli.scale_options import SchedulerOption, WorkersOption, executor_from
from accord.errors import EngineError
from accord.forecast.backtest import backtest
from accord.forecast.deu import read_deu

FORMATS = {"deu": read_deu}


@app.command("backtest")
def backtest_command(
    file: Annotated[Path, typer.Argument(help="A data file with recorded outcomes.")],
    fmt: Annotated[str, typer.Option("--format", help="Data format: deu (DEU III TSV).")] = "deu",
    engines: Annotated[
        str, typer.Option(help="Comma-separated engines to score.")
    ] = "mean,median,nash,bdm,smp,exchange",
    per_issue: Annotated[
        bool, typer.Option("--per-issue", help="Also show every issue's error.")
    ] = False,
    seed: Annotated[int, typer.Option(help="Seed for engines with random steps.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Run engines on every issue of a data set and report the mean absolute error."""
    reader = FORMATS.get(fmt)
    if reader is None:
        raise EngineError(f"--format: unknown data format {fmt!r}; use one of {', '.join(FORMATS)}")
    names = [e.strip() for e in engines.split(",") if e.strip()]
    cases = reader(file)
    executor = executor_from(workers, scheduler)
    try:
        scores = backtest(cases, names, seed=seed, executor=executor)
    finally:
        executor.close()
    if as_json:
        doc = {
            "file": str(file),
            "format": fmt,
            "cases": len(cases),
            "seed": seed,
            "engines": {name: s.to_dict(per_issue) for name, s in scores.items()},
        }
        print(json.dumps(doc, ensure_ascii=False))
        return
    table = Table(title=f"Backtest on {escape(str(file))} ({len(cases)} proposals)")
    for column in ("engine", "MAE", "issues", "failures", "seconds"):
        table.add_column(column, justify="left" if column == "engine" else "right")
    for name, s in sorted(scores.items(), key=lambda kv: (kv[1].mae is None, kv[1].mae)):
        mae = "" if s.mae is None else f"{s.mae:.2f}"
        table.add_row(name, mae, str(s.n), str(len(s.failures)), f"{s.seconds:.2f}")
    out.print(table)
    if per_issue:
        detail = Table(title="Absolute error per issue")
        detail.add_column("issue")
        for name in scores:
            detail.add_column(name, justify="right")
        keys = sorted({k for s in scores.values() for k in s.errors})
        for key in keys:
            cells = [f"{s.errors[key]:.1f}" if key in s.errors else "" for s in scores.values()]
            detail.add_row(key, *cells)
        out.print(detail)
    for name, s in scores.items():
        for case, message in s.failures.items():
            out.print(f"[yellow]{name} failed on {case}:[/] {escape(message)}")
