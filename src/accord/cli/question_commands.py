"""``accord compare`` and ``accord explain``: engines side by side, and why a forecast says
what it says. Thin: the work is in :mod:`accord.forecast.compare` and
:mod:`accord.forecast.explain`, imported inside each command."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out
from accord.cli.batch import SkipInvalidOption
from accord.cli.options import OneEngineCommand, seed_checked
from accord.cli.output import (
    FormatOption,
    JsonOption,
    OutOption,
    chosen_format,
    counted,
    emit_document_or_frame,
    fitted_tables,
    fixed,
    print_warnings,
    progress,
)

if TYPE_CHECKING:
    from accord.forecast.compare import IssueComparison


@app.command("compare")
def compare_command(
    scenarios: Annotated[
        list[str],
        typer.Argument(
            help="A bundled scenario id or a scenario file; several, or folders of them "
            "(*.yaml, *.yml, *.json), give one table.",
            metavar="SCENARIO",  # usage "SCENARIO..." (it said "{scenarios}...", session 45)
            show_default=False,
        ),
    ],
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
    skip_invalid: SkipInvalidOption = False,
    versus: Annotated[
        bool,
        typer.Option(
            "--versus",
            help="Two scenarios (an edited copy and its original), one engine (default mean): "
            "each issue's forecast, bargain and p(agreement) in both, the difference (second "
            "minus first) and the actors whose stances differ.",
        ),
    ] = False,
) -> None:
    """Every engine's forecast side by side with the status quo, and their spread.

    One row per issue; the spread is max - min of the engines' point forecasts.

    A forecast of no agreement is the status quo (starred); spread* leaves those out.

    Several scenarios, or a folder of scenario files, are each checked first, then compared
    into one table (--json: one object per scenario, with its path); an invalid file stops them
    all (exit 2) unless --skip-invalid (exit 1).
    """
    from accord.cli.batch import is_batch
    from accord.forecast.compare import compare
    from accord.scenario import resolve
    from accord.scenario.identity import scenario_identity

    shape = chosen_format(fmt, as_json, out_file)
    if versus:
        _versus(scenarios, engine, seed, runs, shape, out_file)
        return
    if is_batch(scenarios):
        _compare_batch(scenarios, engine, seed, runs, shape, out_file, skip_invalid)
        return
    model = resolve(scenarios[0])
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
    none_agree = any(_agreeing(item) == "-" for item in result.issues)
    rows = [(item.id, *_compared_cells(item, result.engines, starred)) for item in result.issues]
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
                + _star_note(starred, none_agree)
                + drawn
            )
        ),
    )
    out.print(*tables)


def _versus(
    refs: list[str],
    engines: list[str] | None,
    seed: int | None,
    runs: int | None,
    shape: str,
    out_file: Path | None,
) -> None:
    """``accord compare A B --versus``: one engine's forecasts of two scenarios set against
    each other (:func:`accord.forecast.versus.compare_scenarios`, as the workbench's comparison
    page does; session 41's trial found no command for a what-if's edited copy)."""
    from accord.errors import DataError
    from accord.forecast.versus import compare_scenarios
    from accord.scenario import resolve
    from accord.scenario.identity import scenario_identity

    if len(refs) != 2:
        raise DataError(f"--versus compares two scenarios (got {len(refs)}: {', '.join(refs)})")
    if engines and len(engines) > 1:
        raise DataError(f"--versus takes one --engine (got {', '.join(engines)})")
    a, b = (resolve(ref) for ref in refs)
    engine = engines[0] if engines else "mean"
    with progress(f"compare: {engine}, two scenarios", shape):
        result = compare_scenarios(a, b, engine, seed=seed, runs=runs)
    # each warning says which scenario it is of, once where both have it (session 42's trial:
    # the same three warnings came twice with other numbers, unlabelled)
    sides = (("a", refs[0], result.a.warnings), ("b", refs[1], result.b.warnings))
    print_warnings(
        " and ".join(f"{side} ({ref})" for side, ref, said in sides if line in said) + f": {line}"
        for line in dict.fromkeys([*result.a.warnings, *result.b.warnings])
    )
    if emit_document_or_frame(shape, result.to_dict, result.to_frame, out_file):
        return
    table = Table(title=escape(f"{refs[1]} versus {refs[0]}: {engine}"))
    columns = ("forecast a", "forecast b", "difference", "bargain a", "bargain b",
               "p(agreement) a", "p(agreement) b")  # fmt: skip
    table.add_column("issue")
    for column in columns:
        table.add_column(column, justify="right")
    table.add_column("stances differ")
    for item in result.issues:
        answers = [x.answer if x.answer is not None else x for x in (item.a, item.b)]
        table.add_row(
            escape(item.id),
            fixed(item.a.forecast),
            fixed(item.b.forecast),
            "-" if item.difference is None else f"{item.difference:+.1f}",
            *(fixed(getattr(x, "if_agreement", None)) for x in answers),
            *(fixed(getattr(x, "p_agreement", None), 2) for x in answers),
            escape(", ".join(_differs(d) for d in item.stances)),
        )
    out.print(table)
    notes = [f"a: {scenario_identity(a)}", f"b: {scenario_identity(b)}"]
    notes += [f"only in a: {', '.join(result.only_a)}"] if result.only_a else []
    notes += [f"only in b: {', '.join(result.only_b)}"] if result.only_b else []
    changed = [
        f"{c.actor} {_capability(c.capability_a)} -> {_capability(c.capability_b)}"
        for c in result.capabilities
    ]
    notes += [f"capability: {', '.join(changed)}"] if changed else []
    notes += [f"{runs} Monte Carlo runs each"] if runs else []
    notes += [] if result.a.seed is None else [f"seed {result.a.seed}"]
    for note in notes:
        out.print(escape(note), highlight=False)


def _differs(diff: Any) -> str:
    """``USA salience 0.90 -> 0.45``: what changed in one actor's stance on an issue (``no
    stance`` on the side that has none)."""
    if diff.position_a is None or diff.position_b is None:
        side = "a" if diff.position_a is None else "b"
        return f"{diff.actor} (no stance in {side})"
    parts = []
    if diff.position_a != diff.position_b:
        parts.append(f"position {fixed(diff.position_a)} -> {fixed(diff.position_b)}")
    if diff.salience_a != diff.salience_b:
        parts.append(f"salience {fixed(diff.salience_a, 2)} -> {fixed(diff.salience_b, 2)}")
    return f"{diff.actor} " + ", ".join(parts)


def _capability(value: float | None) -> str:
    return "absent" if value is None else f"{value:g}"


def _cell(item: IssueComparison, name: str) -> str:
    """An engine's point forecast, starred where it forecasts no agreement."""
    return fixed(item.forecast.get(name)) + ("*" if name in item.no_agreement else "")


def _agreeing(item: IssueComparison) -> str:
    """The spread of the engines that forecast an agreement: every engine forecasting no
    agreement leaves no bargain to spread: "-", said in the caption, where an empty cell gave
    no reason (session 26); the JSON keeps null."""
    if item.no_agreement and item.spread_agreeing is None:
        return "-"
    return fixed(item.spread_agreeing)


def _compared_cells(item: IssueComparison, engines: Sequence[str], starred: bool) -> list[str]:
    """An issue's cells after its id: status quo, each engine's forecast, the spread (and
    ``spread*`` where a table has starred cells)."""
    return [
        fixed(item.status_quo),
        *(_cell(item, name) for name in engines),
        fixed(item.spread),
        *([_agreeing(item)] if starred else []),
    ]


def _star_note(starred: bool, none_agree: bool) -> list[str]:
    """The caption's sentence on starred cells and ``spread*`` (none where nothing is
    starred)."""
    if not starred:
        return []
    none = "; -: every engine forecasts no agreement, so no bargain to spread"
    return [
        "* no agreement forecast: the status quo by convention (docs/forecast-questions.md); "
        "spread*: the spread without those" + (none if none_agree else "")
    ]


def _compare_batch(
    refs: list[str],
    engines: list[str] | None,
    seed: int | None,
    runs: int | None,
    shape: str,
    out_file: Path | None,
    skip_invalid: bool,
) -> None:
    """``accord compare`` of several scenarios (or a folder): every one read and checked first,
    then each compared with the same engines and seed, into one table."""
    from accord.cli.batch import (
        finish,
        key_cells,
        read_or_refuse,
        say_warnings,
        section_ends,
        shows_file,
    )
    from accord.engines import get_engine
    from accord.errors import EngineError
    from accord.forecast.batch import batch_frame, compare_each, read_batch, shared_seed

    for name in engines or ():
        get_engine(name)  # an unknown engine: refused before any file is read
    if engines and len(set(engines)) != len(engines):
        raise EngineError(f"an engine is named twice: {', '.join(engines)}")
    chosen_seed = shared_seed(seed, runs)
    batch = read_batch(refs)
    listed = read_or_refuse(batch, skip_invalid, "compare", "compared")
    label = "compare: every engine" + (f", {runs} runs each" if runs else "")
    with progress(f"{label}, {counted(len(batch.given), 'scenario')}", shape):
        done = compare_each(
            batch, engines or None, None, chosen_seed, runs, skip_failed=skip_invalid
        )
    if not done:  # every scenario failed as it ran
        finish(batch, listed, "compared", nothing=True)
    for given, result in done:
        say_warnings(given, result.warnings)

    def document() -> list[dict[str, Any]]:
        return [{"path": given.path, **result.to_dict()} for given, result in done]

    if not emit_document_or_frame(shape, document, lambda: batch_frame(done), out_file):
        with_file = shows_file(done)
        names = list(dict.fromkeys(name for _, result in done for name in result.engines))
        starred = any(item.no_agreement for _, r in done for item in r.issues)
        none_agree = any(_agreeing(item) == "-" for _, r in done for item in r.issues)
        numbers = ("status quo", *names, "spread", *(["spread*"] if starred else []))
        keys = (("file",) if with_file else ()) + ("scenario", "issue")
        rows = [
            (
                *key_cells(given, k == 0, with_file),
                item.id,
                *_compared_cells(item, names, starred),
            )
            for given, result in done
            for k, item in enumerate(result.issues)
        ]
        seeds = sorted({result.seed for _, result in done if result.seed is not None})
        ran = [f"{runs} Monte Carlo runs per engine (p_agreement in --json)"] if runs else []
        tables = fitted_tables(
            (*keys, *numbers),
            rows,
            out.width,
            right=numbers,
            title=escape(f"engines compared (point forecasts): {counted(len(done), 'scenario')}"),
            caption=escape(
                "; ".join(
                    ran
                    + _star_note(starred, none_agree)
                    + ([f"seed {', '.join(map(str, seeds))}"] if seeds else [])
                )
            )
            or None,
            keys=len(keys),
            ends=section_ends(done),
        )
        out.print(*tables)
    finish(batch, listed, "compared")


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
            "value",  # the input as the scenario has it (session 41)
            "low",
            "high",
            "forecast at low",
            "forecast at high",
            "swing",
            "bargain at low",  # the bargain's direction, not its swing alone (session 41)
            "bargain at high",
            "bargain swing",
        ):
            table.add_column(column, justify="right")
        for bar in item.tornado:
            i = bar.input
            table.add_row(
                escape(i.label),
                _input_value(i.value),
                _input_value(i.low),
                _input_value(i.high),
                fixed(bar.at_low),
                fixed(bar.at_high),
                fixed(bar.swing),
                fixed(bar.bargain_at_low),
                fixed(bar.bargain_at_high),
                fixed(bar.bargain_swing),
            )
        out.print(table)
