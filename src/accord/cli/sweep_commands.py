"""``accord sweep``: forecasts over a grid or Latin hypercube of inputs, as a tidy table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out, say_note, say_warning
from accord.cli.options import OneEngineCommand, seed_checked
from accord.cli.output import (
    ForceOption,
    FormatOption,
    JsonOption,
    chosen_format,
    emit_frame,
    progress,
)
from accord.cli.scale_options import SchedulerOption, WorkersOption, executor_from
from accord.errors import DataError

if TYPE_CHECKING:
    from accord.forecast.sweep import Design, SweepResult

_SHOWN = 30


@app.command("sweep", cls=OneEngineCommand)
def sweep_command(
    scenario: Annotated[str, typer.Argument(help="Scenario id (bundled) or file.")],
    vary: Annotated[
        list[str],
        typer.Option(
            "--vary",
            help="TARGET=SPEC, repeatable: e.g. USA.ceasefire.position=10:90:5, "
            "salience=*:+-0.1, RUS.capability=*:x0.5:2, param.rounds=5,10,20.",
            show_default=False,
        ),
    ],
    engine: Annotated[str, typer.Option(help="Engine: see `accord engines`.")] = "mean",
    param: Annotated[
        list[str] | None, typer.Option("--param", help="Fixed engine option NAME=VALUE.")
    ] = None,
    design: Annotated[
        str,
        typer.Option(
            help="grid (every combination), lhs (Latin hypercube) or oat (one at a time: "
            "each --vary alone from the base case, ranked by how far it moves each issue)."
        ),
    ] = "grid",
    ranking: Annotated[
        bool,
        typer.Option(
            "--ranking",
            help="With --design oat: write the ranking (one row per issue and --vary, largest "
            "swing first) as the json, csv or parquet table instead of the points.",
        ),
    ] = False,
    points: Annotated[int, typer.Option(help="Grid values of a LO:HI range.")] = 5,
    samples: Annotated[int, typer.Option(help="Latin hypercube: number of points.")] = 100,
    runs: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Monte Carlo runs at each point (the same seed at every point): p_agreement "
            "the share of runs that agree; default: one run a point.",
        ),
    ] = None,
    seed: Annotated[
        int | None,
        typer.Option(
            help="Seed of the hypercube and of every run (recorded).", callback=seed_checked
        ),
    ] = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    as_json: JsonOption = False,
    fmt: FormatOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "--output",
            help="Write the table here (json, csv or parquet; parquet needs it) instead.",
        ),
    ] = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            help="Also draw the sweep to FILE.svg: with --design oat a tornado per issue, with "
            "one --vary the outcome against its values.",
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Sensitivity sweep: forecast SCENARIO at every point of a grid or Latin hypercube."""
    from accord.cli.scenario_commands import _parse_params
    from accord.forecast.sweep import parse_dimension, run_sweep
    from accord.scenario import resolve

    shape = chosen_format(fmt, as_json)
    if shape == "table" and output is not None:  # the file's name says the format
        kinds = {".json": "json", ".csv": "csv", ".parquet": "parquet"}
        shape = kinds.get(output.suffix.lower(), "")
        if not shape:
            raise DataError(
                f"--out {output}: give --format json, csv or parquet, or a name ending in "
                ".json, .csv or .parquet"
            )
    if shape == "parquet" and output is None:
        raise DataError("--format parquet: give --out FILE.parquet")
    if shape == "parquet":
        from accord.frames import require_pyarrow

        require_pyarrow("--format parquet")  # before the sweep, not after it
    if output is not None:
        from accord.outputs import check_result_out

        check_result_out(output, "--out/--output", shape if shape in ("csv", "parquet") else "json")
    if design not in ("grid", "lhs", "oat"):
        raise DataError(f"--design: expected grid, lhs or oat (got {design!r})")
    if ranking and design != "oat":
        raise DataError(f"--ranking needs --design oat (got --design {design})")
    if plot is not None:
        _check_plot(plot, design, vary, force)
    kind: Design = "oat" if design == "oat" else "grid" if design == "grid" else "lhs"
    dims = [parse_dimension(v) for v in vary]
    model = resolve(scenario)
    executor = executor_from(workers, scheduler)
    try:
        with progress(f"sweep: {engine}", shape):
            result = run_sweep(
                model,
                engine,
                dims,
                design=kind,
                points=points,
                samples=samples,
                seed=seed,
                params=_parse_params(param or []),
                executor=executor,
                runs=runs,
            )
    finally:
        executor.close()
    for warning in result.warnings[:5]:
        say_warning(warning, "warning (some points)")
    if len(result.warnings) > 5:
        say_warning(f"... and {len(result.warnings) - 5} more distinct warnings (see --json)", "")
    if plot is not None:
        result.chart().save(plot)
        say_note(f"wrote {plot}")
    if ranking and shape != "table":
        _emit_ranking(result, shape, output)
        return
    if shape == "parquet":
        assert output is not None
        result.write_parquet(str(output))
        say_note(f"wrote {len(result.points)} points to {output} (seed {result.seed})")
        return
    if shape == "csv":
        emit_frame(result.to_frame, "csv", output)
        if output is not None:  # standard output holds the table alone
            say_note(f"wrote {len(result.points)} points to {output} (seed {result.seed})")
        return
    if shape == "json":
        text = json.dumps(result.to_dict(), ensure_ascii=False)
        if output is not None:
            from accord.scenario.io import write_atomic

            write_atomic(output, text + "\n")
            say_note(f"wrote {output}")
        else:
            print(text)
        return
    if result.design == "oat":
        _print_ranking(result)
        return
    records = result.records()
    table = Table(
        title=escape(
            f"{result.scenario}: {result.design} sweep by {result.engine}, "
            f"{len(result.points)} points{_each(result)}, seed {result.seed}"
        )
    )
    columns = list(records[0]) if records else []
    for column in columns:
        table.add_column(escape(column), justify="left" if column == "issue" else "right")
    for record in records[:_SHOWN]:
        table.add_row(*(escape(_cell(record[c])) for c in columns))
    out.print(table)
    if len(records) > _SHOWN:
        out.print(f"... {len(records) - _SHOWN} more rows (use --json or --format parquet)")
    _print_units(result)


def _print_units(result: SweepResult) -> None:
    """Under the table, what a relative dimension's numbers are: its column holds the offset
    or the factor, not the input's value (session 41's trial read a factor of 0.5 as a
    salience of 0.5)."""
    from accord.forecast.sweep import UNITS

    for kind, meaning in UNITS.items():
        labels = [d.label for d in result.dimensions if d.kind == kind]
        if labels:
            out.print(escape(f"{', '.join(labels)}: {meaning}"), highlight=False)


_RANKED = (
    "dimension",
    "low",
    "high",
    "forecast_at_low",
    "forecast_at_high",
    "swing",
    "if_agreement_at_low",
    "if_agreement_at_high",
    "bargain_swing",
)


def _print_ranking(result: SweepResult) -> None:
    """A one-at-a-time sweep on the terminal: per issue, the base case and each dimension's
    forecast and bargain at its first and last value, largest swing first."""
    rows = result.ranking()
    still = []
    for issue in result.issues:
        mine = [r for r in rows if r["issue"] == issue]
        if not any(r["swing"] or r["bargain_swing"] for r in mine):
            still.append(issue)  # nothing varied moves it: no table of zeros
            continue
        first = mine[0]
        table = Table(
            title=escape(
                f"{result.scenario}, {issue}: one at a time by {result.engine}"
                f"{_each(result)}, seed {result.seed}; base case: forecast "
                f"{_cell(first['forecast_base'])}, "
                f"bargain {_cell(first['if_agreement_base'])}"
            )
        )
        for column in ("dimension", "low", "high", "forecast at low", "forecast at high",
                       "swing", "bargain at low", "bargain at high", "bargain swing",
                       "p(agreement)"):  # fmt: skip
            table.add_column(column, justify="left" if column == "dimension" else "right")
        for r in mine:
            lo, hi = r["p_agreement_min"], r["p_agreement_max"]
            agreement = _cell(lo) if lo == hi else f"{_cell(lo)}..{_cell(hi)}"
            cells = [r[c] for c in _RANKED] + [agreement]
            table.add_row(*(escape(_cell(v)) for v in cells))
        out.print(table)
    if still:
        out.print(escape(f"not moved by any dimension: {', '.join(still)}"), highlight=False)
    _print_units(result)
    out.print(
        "swing: the widest move of the forecast over each dimension's values and the base "
        "case; each dimension moves alone, so interactions are not shown (--design grid or lhs)",
        highlight=False,
    )


def _emit_ranking(result: SweepResult, shape: str, output: Path | None) -> None:
    """``--ranking``: the ranking as the json, csv or parquet table (the Parquet file with the
    sweep's metadata since session 42)."""
    if shape == "parquet":
        assert output is not None
        result.write_ranking_parquet(str(output))
    elif shape == "csv":
        emit_frame(result.ranking_frame, shape, output)
    if shape in ("csv", "parquet"):
        if output is not None:
            say_note(
                f"wrote the ranking of {len(result.dimensions)} dimensions to "
                f"{output} (seed {result.seed})"
            )
        return
    document = {k: v for k, v in result.to_dict().items() if k != "rows"}
    text = json.dumps(document, ensure_ascii=False)
    if output is not None:
        from accord.scenario.io import write_atomic

        write_atomic(output, text + "\n")
        say_note(f"wrote {output}")
    else:
        print(text)


def _check_plot(plot: Path, design: str, vary: list[str], force: bool) -> None:
    """Refuse a ``--plot`` that cannot be drawn before the sweep runs: a name not ending in
    .svg, a file accord did not write (without --force), a design with no chart."""
    if plot.suffix.lower() != ".svg":
        raise DataError(f"--plot {plot}: the file must end in .svg (got {plot.suffix!r})")
    if design != "oat" and len(vary) != 1:
        raise DataError(
            f"--plot {plot}: a chart needs --design oat (a tornado of the ranking) or one "
            f"--vary (a line against its values); got --design {design} with {len(vary)} --vary"
        )
    from accord.outputs import check_output

    check_output(plot, "--plot", force)


def _each(result: SweepResult) -> str:
    return f", {result.runs} runs a point" if result.runs else ""


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
