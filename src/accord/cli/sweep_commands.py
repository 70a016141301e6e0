"""``accord sweep``: forecasts over a grid or Latin hypercube of inputs, as a tidy table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out, say_note, say_warning
from accord.cli.options import OneEngineCommand, seed_checked
from accord.cli.output import FormatOption, JsonOption, chosen_format, emit_frame, progress
from accord.cli.scale_options import SchedulerOption, WorkersOption, executor_from
from accord.errors import DataError

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
        str, typer.Option(help="grid (every combination) or lhs (Latin hypercube).")
    ] = "grid",
    points: Annotated[int, typer.Option(help="Grid values of a LO:HI range.")] = 5,
    samples: Annotated[int, typer.Option(help="Latin hypercube: number of points.")] = 100,
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
    if design not in ("grid", "lhs"):
        raise DataError(f"--design: expected grid or lhs (got {design!r})")
    kind: Literal["grid", "lhs"] = "grid" if design == "grid" else "lhs"
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
            )
    finally:
        executor.close()
    for warning in result.warnings[:5]:
        say_warning(warning, "warning (some points)")
    if len(result.warnings) > 5:
        say_warning(f"... and {len(result.warnings) - 5} more distinct warnings (see --json)", "")
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
    records = result.records()
    table = Table(
        title=escape(
            f"{result.scenario}: {result.design} sweep by {result.engine}, "
            f"{len(result.points)} points, seed {result.seed}"
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


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
