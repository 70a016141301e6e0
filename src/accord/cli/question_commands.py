"""``accord compare`` and ``accord explain``: engines side by side, and why a forecast says
what it says. Thin: the work is in :mod:`accord.forecast.compare` and
:mod:`accord.forecast.explain`, imported inside each command."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out
from accord.cli.options import OneEngineCommand, seed_checked
from accord.cli.output import (
    FormatOption,
    JsonOption,
    OutOption,
    chosen_format,
    emit_document_or_frame,
    fitted_tables,
    fixed,
    print_warnings,
    progress,
)


@app.command("compare")
def compare_command(
    scenario: Annotated[str, typer.Argument(help="A bundled scenario id or a scenario file.")],
    engine: Annotated[
        list[str] | None,
        typer.Option("--engine", help="Engine to include (repeatable; default: all)."),
    ] = None,
    seed: Annotated[
        int | None, typer.Option(help="Seed for random processes.", callback=seed_checked)
    ] = None,
    runs: Annotated[
        int | None,
        typer.Option(min=1, help="Monte Carlo runs per engine (p_agreement from the ensemble)."),
    ] = None,
    as_json: JsonOption = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Every engine's forecast side by side with the status quo, and their spread.

    One row per issue; the spread is max - min of the engines' point forecasts.

    A forecast of no agreement is the status quo (starred); spread* leaves those out.
    """
    from accord.forecast.compare import IssueComparison, compare
    from accord.scenario import resolve
    from accord.scenario.identity import scenario_identity

    shape = chosen_format(fmt, as_json, out_file)
    model = resolve(scenario)
    with progress("compare: every engine" + (f", {runs} runs each" if runs else ""), shape):
        result = compare(model, engine or None, seed=seed, runs=runs)
    print_warnings(result.warnings)
    if emit_document_or_frame(shape, result.to_dict, result.to_frame, out_file):
        return
    # which scenario (as the forecast table names it), and the seed drawn when none was
    # given, so that the table can be made again (--seed)
    drawn = [] if result.seed is None else [f"seed {result.seed}"]
    # an engine that forecasts no agreement gives the status quo by convention: starred, and
    # the spread of the others beside the spread of all, so that it does not read as engines
    # disagreeing on the bargain (session 24's trial: Nash 0.0 beside five agreements, "100.0")
    starred = any(item.no_agreement for item in result.issues)
    numbers = ("status quo", *result.engines, "spread", *(["spread*"] if starred else []))

    def cell(item: IssueComparison, name: str) -> str:
        return fixed(item.forecast.get(name)) + ("*" if name in item.no_agreement else "")

    # every engine forecasting no agreement leaves no bargain to spread: "-", said in the
    # caption, where an empty cell gave no reason (session 26); the JSON keeps null
    def agreeing(item: IssueComparison) -> str:
        if item.no_agreement and item.spread_agreeing is None:
            return "-"
        return fixed(item.spread_agreeing)

    none_agree = any(agreeing(item) == "-" for item in result.issues)

    rows = [
        (
            item.id,
            fixed(item.status_quo),
            *(cell(item, name) for name in result.engines),
            fixed(item.spread),
            *([agreeing(item)] if starred else []),
        )
        for item in result.issues
    ]
    note = (
        [
            "* no agreement forecast: the status quo by convention (docs/forecast-questions.md); "
            "spread*: the spread without those"
            + (
                "; -: every engine forecasts no agreement, so no bargain to spread"
                if none_agree
                else ""
            )
        ]
        if starred
        else []
    )
    tables = fitted_tables(
        ("issue", *numbers),
        rows,
        out.width,
        right=numbers,
        title=escape(f"{result.scenario}: engines compared (point forecasts)"),
        caption=escape(
            "; ".join(
                [scenario_identity(model)]
                + ([f"{runs} Monte Carlo runs per engine (p_agreement in --json)"] if runs else [])
                + note
                + drawn
            )
        ),
    )
    out.print(*tables)


def _input_value(value: float) -> str:
    """A tornado input's low or high end, three significant digits and never an exponent: on a
    0..20000 scale a position read ``9e+03`` (session 26's trial, finding 3)."""
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.3g}"


@app.command("explain", cls=OneEngineCommand)
def explain_command(
    scenario: Annotated[str, typer.Argument(help="A bundled scenario id or a scenario file.")],
    engine: Annotated[str, typer.Option(help="Engine: see `accord engines`.")] = "mean",
    issue: Annotated[str | None, typer.Option(help="Only this issue (its id).")] = None,
    top: Annotated[int, typer.Option(min=1, help="Inputs shown per tornado.")] = 10,
    seed: Annotated[
        int | None, typer.Option(help="Seed for random processes.", callback=seed_checked)
    ] = None,
    as_json: JsonOption = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Why the forecast: each actor's weight share and the inputs that move it most.

    Each input is moved one at a time by its stated uncertainty (a tornado table)."""
    from accord.forecast.explain import explain
    from accord.scenario import resolve
    from accord.scenario.identity import scenario_identity

    shape = chosen_format(fmt, as_json, out_file)
    model = resolve(scenario)
    with progress(f"explain: {engine}, every input moved", shape):
        result = explain(model, engine, issue, seed=seed, top=top)
    print_warnings(result.warnings)
    if emit_document_or_frame(shape, result.to_dict, result.to_frame, out_file):
        return
    out.print(escape(f"{scenario_identity(model)}: why {result.engine} forecasts it"))
    for item in result.issues:
        shares = ", ".join(f"{a} {100 * s:.0f}%" for a, s in item.shares.items())
        verdict = "agreed" if item.agreed else "vetoed: the status quo holds"
        out.print(
            f"[bold]{escape(item.title)}[/] ({item.id}): forecast {fixed(item.forecast)} "
            f"by {result.engine} (bargain {fixed(item.if_agreement)}, {verdict}); "
            f"weight shares: {escape(shares)}",
            highlight=False,
        )
        table = Table(title=f"tornado: {item.id}")
        table.add_column("input")
        for column in (
            "low",
            "high",
            "forecast at low",
            "forecast at high",
            "swing",
            "bargain swing",
        ):
            table.add_column(column, justify="right")
        for bar in item.tornado:
            i = bar.input
            table.add_row(
                escape(i.label),
                _input_value(i.low),
                _input_value(i.high),
                fixed(bar.at_low),
                fixed(bar.at_high),
                fixed(bar.swing),
                fixed(bar.bargain_swing),
            )
        out.print(table)
