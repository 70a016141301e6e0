"""``accord backtest``: score engines against recorded outcomes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out
from accord.cli.options import finite, seed_checked
from accord.cli.output import (
    FormatOption,
    JsonOption,
    OutOption,
    chosen_format,
    emit_document_or_frame,
    emit_frame,
    fixed,
    print_json,
    print_warnings,
    working,
)
from accord.cli.scale_options import SchedulerOption, WorkersOption, executor_from
from accord.errors import ArgumentError, DataError, EngineError
from accord.provenance import provenance

FORMATS = ("deu",)
"""Input data formats of ``--from`` (``deu``: :func:`accord.forecast.deu.read_deu`)."""


@app.command("backtest")
def backtest_command(
    file: Annotated[Path, typer.Argument(help="A data file with recorded outcomes.")],
    source_fmt: Annotated[
        str, typer.Option("--from", help="Input data format: deu (DEU III TSV).")
    ] = "deu",
    engines: Annotated[
        str, typer.Option(help="Comma-separated engines to score.")
    ] = "mean,median,nash,bdm,smp,exchange",
    per_issue: Annotated[
        bool, typer.Option("--per-issue", help="Also show every issue's error.")
    ] = False,
    seed: Annotated[
        int,
        typer.Option(
            help="Seed for engines with random steps and for the folds.", callback=seed_checked
        ),
    ] = 0,
    interval: Annotated[
        float | None,
        typer.Option(
            "--interval",
            help="Conformal interval level (e.g. 0.8): report cross-validated coverage and width.",
            min=0.01,
            max=0.99,
            callback=finite,
        ),
    ] = None,
    folds: Annotated[int, typer.Option(help="Grouped cross-validation folds.", min=2)] = 5,
    repeats: Annotated[
        int, typer.Option(help="Repeats of the grouped cross-validation.", min=1)
    ] = 10,
    as_json: JsonOption = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Run engines on every issue of a data set and report the mean absolute error.

    ``learned`` is the fitted forecaster: on the data it was trained on its forecasts are
    out-of-fold (grouped by proposal). With ``--interval`` every engine is scored by repeated
    grouped cross-validation with split-conformal intervals.
    """
    if fmt in FORMATS:  # before 0.x the input format was given with --format
        print_warnings([f"--format {fmt} is deprecated for the input format: use --from {fmt}"])
        source_fmt, fmt = fmt, None
    shape = chosen_format(fmt, as_json, out_file)
    if source_fmt not in FORMATS:
        raise EngineError(
            f"--from: unknown data format {source_fmt!r}; use one of {', '.join(FORMATS)}"
        )
    names = [e.strip() for e in engines.split(",") if e.strip()]
    if not names:
        raise EngineError(f"--engines: no engine named (got {engines!r}); see `accord engines`")
    from accord.forecast.backtest import backtest, interval_backtest
    from accord.forecast.deu import read_deu

    cases = read_deu(file)
    quiet = shape != "table"
    if interval is not None:
        try:
            with working("backtest with conformal intervals", quiet=quiet):
                result = interval_backtest(cases, names, interval, folds, repeats, seed)
        except ArgumentError as exc:  # folds that do not fit the data: said with --folds
            raise DataError(exc.worded(lambda n: f"--{n}", lambda n: f"--{n} ")) from None
        doc = {
            "file": str(file),
            "format": source_fmt,
            "cases": len(cases),
            "seed": seed,
            "interval": interval,
            "folds": folds,
            "repeats": repeats,
            "engines": result,
            "accord": provenance(),  # which code made the figures (session 33)
        }
        if shape in ("csv", "parquet"):
            emit_frame(lambda: result.to_frame(), shape, out_file, lambda: doc)
            return
        if shape == "json":
            print_json(doc)
            return
        _print_intervals(file, len(cases), interval, folds, repeats, result)
        return
    executor = executor_from(workers, scheduler)
    try:
        with working(f"backtest: {len(cases)} cases", quiet=quiet):
            scores = backtest(cases, names, seed=seed, executor=executor, folds=folds)
    except ArgumentError as exc:  # folds that do not fit the data: said with --folds
        raise DataError(exc.worded(lambda n: f"--{n}", lambda n: f"--{n} ")) from None
    finally:
        executor.close()
    # the library's own seed and folds (learned's out-of-fold forecasts'), never worked out
    # apart here (session 44, tidy3)
    settings = scores.settings
    from accord.frames import backtest_frame

    engines_doc = scores.to_dict(per_issue)
    doc = {
        "file": str(file),
        "format": source_fmt,
        "cases": len(cases),
        **settings,  # seed; folds where learned is scored (since session 44)
        "engines": engines_doc,
        "accord": provenance(),  # which code made the figures (session 33)
    }
    if settings["folds"] is None:
        del doc["folds"]

    def frame() -> Any:
        return backtest_frame(engines_doc, settings)  # seed and folds last (session 44)

    if emit_document_or_frame(shape, lambda: doc, frame, out_file):
        return
    table = Table(title=f"Backtest on {escape(str(file))} ({len(cases)} proposals)")
    for column in ("engine", "MAE", "issues", "failures", "seconds"):
        table.add_column(column, justify="left" if column == "engine" else "right")
    for name, s in sorted(scores.items(), key=lambda kv: (kv[1].mae is None, kv[1].mae)):
        table.add_row(name, fixed(s.mae, 2), str(s.n), str(len(s.failures)), f"{s.seconds:.2f}")
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


def _print_intervals(
    file: Path,
    n_cases: int,
    level: float,
    folds: int,
    repeats: int,
    result: dict[str, dict[str, object]],
) -> None:
    table = Table(
        title=f"{level:.0%} conformal intervals, {repeats} x {folds}-fold grouped CV on "
        f"{escape(str(file))} ({n_cases} proposals)"
    )
    for column in ("engine", "MAE", "n", "coverage", "mean width"):
        table.add_column(column, justify="left" if column == "engine" else "right")
    for name, r in result.items():
        table.add_row(
            name, f"{r['mae']:.2f}", str(r["n"]), f"{r['coverage']:.3f}", f"{r['width']:.1f}"
        )
    out.print(table)


@app.command("backtest-fit")
def backtest_fit_command(
    file: Annotated[Path, typer.Argument(help="Training data (the DEU development split).")],
    out_file: Annotated[
        Path, typer.Option("--out", help="Where to write the learned model (JSON).")
    ] = Path("learned-deu.json"),
    seed: Annotated[
        int, typer.Option(help="Seed of the cross-validation folds.", callback=seed_checked)
    ] = 0,
    residuals: Annotated[
        Path | None,
        typer.Option(help="Also write every engine's absolute errors here (JSON)."),
    ] = None,
    compare: Annotated[
        bool,
        typer.Option(
            "--compare",
            help="Instead of fitting, compare the candidate models with the compromise model "
            "by nested grouped CV (writes nothing).",
        ),
    ] = False,
    repeats: Annotated[
        int, typer.Option(help="--compare: repeats of the outer grouped CV.", min=1)
    ] = 10,
    as_json: JsonOption = False,
) -> None:
    """Fit the learned DEU forecaster (penalty chosen by grouped CV) and save it.

    With ``--compare``, score every candidate model (accord.forecast.tries) against the
    compromise model by nested repeated grouped cross-validation instead.

    The shipped files are rebuilt with
    ``accord backtest-fit ../shared/data/deu3/deu3-train.tsv
    --out src/accord/forecast/data/learned-deu.json
    --residuals src/accord/forecast/data/deu-residuals.json``.
    """
    from accord.forecast import learned
    from accord.forecast.deu import read_deu
    from accord.forecast.intervals import deu_residuals
    from accord.outputs import check_result_out
    from accord.scenario.io import write_bytes_atomic

    if compare:
        _compare_candidates(file, seed, repeats, as_json)
        return
    check_result_out(out_file, "--out", "json")
    if residuals is not None:
        check_result_out(residuals, "--residuals", "json")

    cases = read_deu(file)
    if residuals is not None:
        engines = ["mean", "median", "nash", "bdm", "exchange", "smp", "learned"]
        doc = deu_residuals(cases, engines, seed)
        doc["source"] = file.name
        doc["accord"] = provenance()  # which code computed the errors (session 35)
        write_bytes_atomic(residuals, (json.dumps(doc) + "\n").encode("utf-8"))
    rows = learned.issue_rows(cases)
    with working("fitting the learned forecaster (grouped CV)"):
        model = learned.fit_selected(rows, seed)
    model.info["source"] = file.name
    model.info["accord"] = provenance()  # which code fitted it (session 35)
    model.save(out_file)
    out.print(
        f"fitted on {model.info['issues']} issues of {len(model.trained_on)} proposals, "
        f"alpha {model.alpha:g}; wrote {escape(str(out_file))}"
    )
    for name, weight in model.importance().items():
        out.print(f"  {name:22} {weight:+.3f} points per SD")


def _compare_candidates(file: Path, seed: int, repeats: int, as_json: bool) -> None:
    from accord.forecast import learned, tries
    from accord.forecast.deu import read_deu

    cases = read_deu(file)
    rows = learned.issue_rows(cases)
    with working(f"nested grouped CV of the candidates ({repeats} repeats)"):
        inputs = tries.candidate_inputs(cases, rows, seed)
        result = tries.compare(rows, inputs, 5, repeats, seed)
    if as_json:
        doc = {
            "file": str(file),
            "seed": seed,
            "folds": 5,
            "repeats": repeats,
            "candidates": result,
            "accord": provenance(),  # which code made the figures (session 35)
        }
        print_json(doc)
        return
    table = Table(
        title=f"Candidates vs the compromise model: nested {repeats} x 5-fold grouped CV on "
        f"{escape(str(file))}"
    )
    for column in ("candidate", "MAE", "sd", "min", "max", "vs mean", "better in", "what"):
        table.add_column(column, justify="left" if column in ("candidate", "what") else "right")
    for name, r in result.items():
        table.add_row(
            name,
            f"{r['mae']:.2f}",
            f"{r['sd']:.2f}",
            f"{r['min']:.2f}",
            f"{r['max']:.2f}",
            f"{r['vs_mean']:+.2f}",
            f"{r['better_in']}/{r['repeats']}",
            escape(r["what"]),
        )
    out.print(table)
