"""Commands about scenarios: list, show, validate, convert and forecast."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Group
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, err, out, quiet_level, say_error, say_note, say_warning
from accord.cli.batch import SkipInvalidOption
from accord.cli.options import OneEngineCommand, db_to_write, finite, seed_checked
from accord.cli.output import (
    ForceOption,
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
from accord.errors import AccordError, DataError, EngineError
from accord.text import probability_text, shortened

if TYPE_CHECKING:  # the command bodies import these: `accord --help` must not pay for them
    from accord.forecast import Forecast, IssueForecast
    from accord.scenario.model import Issue, Scenario

ScenarioRefs = Annotated[
    list[str] | None,
    typer.Argument(
        help="A bundled scenario id (see `accord scenarios`) or a scenario file; several, or "
        "folders of them (*.yaml, *.yml, *.json), give one table.",
        metavar="SCENARIO",  # usage "[SCENARIO]..." (it said "[scenarios]...", session 45)
        show_default=False,
    ),
]


@app.command()
def scenarios() -> None:
    """List the scenarios bundled with accord."""
    from accord.scenario.catalogue import bundled_summaries

    table = Table(title="Bundled scenarios")
    for column in ("id", "title", "as of", "actors", "issues"):
        table.add_column(column)
    for s in bundled_summaries():
        table.add_row(s.id, escape(s.title), s.as_of, str(s.actors), str(s.issues))
    out.print(table)


@app.command()
def show(
    scenario: Annotated[str, typer.Argument(help="A bundled scenario id or a scenario file.")],
    fmt: Annotated[str | None, typer.Option("--from", help="Input format if not evident.")] = None,
    provenance: Annotated[
        bool,
        typer.Option(
            "--provenance",
            help="List every input number (capability, status quo, position, salience, "
            "uncertainty, leverage, draft position) with what backs it: evidence, a note, or "
            "nothing (judgement).",
        ),
    ] = False,
    out_format: Annotated[
        str | None,
        typer.Option("--format", help="With --provenance: table (default), json, csv or parquet."),
    ] = None,
    out_file: OutOption = None,
) -> None:
    """Print a scenario's actors, issues and stance matrix.

    With --provenance: each of its input numbers and what backs it (evidence, a note, or
    nothing), as a table, JSON or CSV."""
    from accord.scenario.catalogue import resolve
    from accord.scenario.identity import scenario_identity

    if not provenance and (out_format is not None or out_file is not None):
        raise AccordError("--format and --out need --provenance (the scenario is printed)")
    shape = chosen_format(out_format, False, out_file) if provenance else "table"
    s = resolve(scenario, fmt)
    if provenance:
        _show_provenance(s, shape, out_file)
        return
    out.print(f"[bold]{escape(s.title)}[/] ({escape(scenario_identity(s))})")
    if s.description:
        out.print(escape(s.description.strip()))
    actors = Table(title="Actors")
    for column in ("id", "name", "kind", "country", "capability", "tags"):
        actors.add_column(column)
    for a in s.actors:
        actors.add_row(
            a.id,
            escape(a.name),
            a.kind.value,
            a.country or "",
            f"{a.capability:g}",
            ", ".join(a.tags),
        )
    out.print(actors)
    issues = Table(title="Issues")
    # the question's terms (docs/forecast-questions.md), shown once any issue states them, so
    # that a writer can check what was read (session 23: `show` left out horizon and consent)
    asked = any(i.horizon is not None or i.consent for i in s.issues)
    terms_columns = ("horizon", "consent") if asked else ()
    for column in ("id", "title", "scale", "status quo", *terms_columns):
        issues.add_column(column)
    for i in s.issues:
        ends = (
            f"{i.scale.low:g} {escape(i.scale.low_label or '')} .. "
            f"{i.scale.high:g} {escape(i.scale.high_label or '')}"
        )
        terms = (i.horizon.isoformat() if i.horizon else "", ", ".join(i.consent)) if asked else ()
        issues.add_row(i.id, escape(i.title), ends, fixed(i.status_quo), *terms)
    out.print(issues)
    out.print(stance_matrix(s))


def _show_provenance(s: Scenario, shape: str, out_file: Path | None) -> None:
    """``accord show --provenance``: each input number of ``s`` with what backs it (session
    45's fact-checking trial; :mod:`accord.scenario.audit`)."""
    from accord.provenance import provenance as accord_provenance
    from accord.scenario.audit import input_provenance, provenance_summary, uncited_sources
    from accord.scenario.identity import scenario_identity

    rows = input_provenance(s)
    summary = provenance_summary(rows)
    unused = uncited_sources(s, rows)

    def document() -> dict[str, Any]:
        return {
            "scenario": s.id,
            "identity": scenario_identity(s),
            "summary": summary,
            "uncited_sources": unused,
            "numbers": [row.as_dict() for row in rows],
            "accord": accord_provenance(),
        }

    def frame() -> Any:
        import pandas as pd

        records = []
        for row in rows:
            record = row.as_dict()
            record["sources"] = ";".join(row.sources)
            record["evidence"] = ";".join(str(k) for k in row.evidence)
            records.append(record)
        columns = list(rows[0].as_dict()) if rows else ["place"]
        table = pd.DataFrame.from_records(records, columns=columns)
        table.insert(0, "scenario", s.id)
        return table

    if emit_document_or_frame(shape, document, frame, out_file):
        return
    table = Table(title=f"Input numbers of {escape(s.id)} and what backs them")
    for column in ("place", "actor", "issue", "value", "backing", "sources", "basis"):
        table.add_column(column, justify="right" if column == "value" else "left")
    for row in rows:
        basis = shortened(row.basis, 80)
        table.add_row(
            row.place,
            row.actor or "",
            row.issue or "",
            f"{row.value:g}",
            row.backing,
            ", ".join(row.sources),
            escape(basis),
        )
    out.print(table)
    out.print(
        f"{summary['total']} input numbers: {summary['evidence']} backed by evidence, "
        f"{summary['note']} explained by a note only, {summary['judgement']} by nothing "
        "(the analyst's judgement)"
    )
    if unused:
        out.print(f"sources that back no number: {', '.join(unused)}")


def stance_matrix(s: Scenario) -> Table:
    """Positions (and saliences) with actors as rows and issues as columns."""
    table = Table(title="Stances: position (salience)")
    table.add_column("actor")
    for issue in s.issues:
        table.add_column(issue.id, justify="right")
    for actor in s.actors:
        cells = []
        for issue in s.issues:
            st = s.stance(actor.id, issue.id)
            cells.append("" if st is None else f"{st.position:g} ({st.salience:.2f})")
        table.add_row(actor.id, *cells)
    return table


LARGE_FILE_BYTES = 1_000_000
"""Files from this size on show a status line while they are checked (a 14 MB YAML scenario
takes several seconds; bench/bench_validate.py)."""


def _status_if_large(path: Path) -> AbstractContextManager[object]:
    """A Rich status on stderr (a spinner, gone when done) for a large file, else nothing."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # `load` reports the missing or unreadable file
    if size < LARGE_FILE_BYTES or quiet_level():  # a spinner: drawn on a terminal only
        return nullcontext()
    return err.status(f"checking {escape(str(path))} ({size / 1e6:.1f} MB)")


def _warn_unevidenced(ref: str, scenario: Scenario, verbose: bool) -> tuple[int, bool]:
    """Warn once of the stances of ``scenario`` (read from ``ref``) that cite no evidence, with
    their count and the first few; ``verbose`` adds one line per stance. The number of them,
    and whether the warning left some of them unnamed (then ``--verbose`` would name them)."""
    from accord.scenario.checks import NAMED_BARE_STANCES, unevidenced_warning

    bare = scenario.stances_without_evidence()
    rest = len(bare) - NAMED_BARE_STANCES
    listing = "; --verbose lists them" if rest > 0 and not verbose else ""
    warning = unevidenced_warning(scenario, 0 if verbose else NAMED_BARE_STANCES, listing)
    if warning is None:
        return 0, False
    say_warning(f"{ref}: {warning.message}")
    if verbose:
        for stance in bare:
            say_warning(f"{ref}: the stance of {stance.actor} on {stance.issue} cites no evidence")
    return len(bare), rest > 0 and not verbose


@app.command()
def validate(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Scenario files, folders of them (*.yaml, *.yml, *.json) or bundled ids.",
            metavar="FILE",  # usage "FILE..." (it said "{files}...", session 45)
        ),
    ],
    fmt: Annotated[str | None, typer.Option("--from", help="Input format if not evident.")] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Warnings are errors: exit 1 if any stance cites no evidence."
        ),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="List every stance without evidence, one line each."),
    ] = False,
) -> None:
    """Check scenario files or bundled ids: exit 0 if all are valid, else 2 with every problem.

    Stances that cite no evidence are one warning per file naming the first few (exit 0), or
    with --strict an error (exit 1); --verbose lists them all.
    """
    from accord.scenario.catalogue import resolve, scenario_files, with_institutions_checked

    failed = False
    warned, unnamed = 0, False
    refs: list[str] = []
    folders = False
    for given in files:  # a folder stands for the scenario files in it (a class's, session 28)
        try:
            found = scenario_files(given)
        except AccordError as exc:
            failed = folders = True
            say_error(str(exc), "invalid")
        else:
            refs.extend(found)
            folders = folders or found != [given]
    invalid = 0
    for ref in refs:
        try:
            with _status_if_large(Path(ref)):
                s = resolve(ref, fmt)  # a file's institutions are checked as it is read
            if not Path(ref).exists():
                with_institutions_checked(s, f"bundled scenario {ref}")
        except AccordError as exc:
            failed, invalid = True, invalid + 1
            say_error(str(exc), "invalid")
        else:
            out.print(
                f"[green]ok:[/] {escape(ref)} ({s.id}: {counted(len(s.actors), 'actor')}, "
                f"{counted(len(s.issues), 'issue')}, {counted(len(s.stances), 'stance')})",
                highlight=False,
            )
            _warn_of(ref, s)
            count, cut = _warn_unevidenced(ref, s, verbose)
            warned, unnamed = warned + count, unnamed or cut
    if folders:  # a folder's files: the count a class's teacher reads first
        out.print(
            f"{counted(len(refs), 'file')}: {len(refs) - invalid} valid, {invalid} invalid",
            highlight=False,
        )
    if failed:
        raise typer.Exit(2)
    if strict and warned:
        # the hint only where a warning above left stances unnamed: else each is named there
        where = "listed" if verbose else "some named" if unnamed else "named"
        hint = "; --verbose lists them all" if unnamed else ""
        say_error(f"--strict: stances without evidence: {warned} ({where} above{hint})")
        raise typer.Exit(1)


def _warn_of(ref: str, scenario: Scenario) -> None:
    """Warn of what :func:`accord.scenario.checks.scenario_warnings` finds but the stances
    without evidence (warned of apart, with --verbose and --strict): each actor whose
    ``country`` is no assigned ISO 3166-1 alpha-3 code (GER for Germany, DEU), which speaks for
    no member of a body; each draft without a date voted by another year's members than the
    ``as_of``'s; each draft dated before the ``as_of`` (a retrodiction, session 27); each issue
    fewer than two actors hold, where nothing is bargained (class-lab trial, session 28)."""
    from accord.scenario.checks import scenario_warnings

    for warning in scenario_warnings(scenario, evidence=False):
        say_warning(f"{ref}: {warning.sentence()}")


@app.command()
def convert(
    source: Annotated[str, typer.Argument(help="Input file (or bundled scenario id).")],
    target: Annotated[Path, typer.Argument(help="Output file.")],
    from_fmt: Annotated[str | None, typer.Option("--from", help="Input format.")] = None,
    to_fmt: Annotated[str | None, typer.Option("--to", help="Output format.")] = None,
    force: ForceOption = False,
) -> None:
    """Convert a scenario between formats (inferred from the file extensions)."""
    from accord.outputs import check_output
    from accord.scenario.catalogue import resolve
    from accord.scenario.io import detect_format, get_format, load, save
    from accord.scenario.losses import not_kept

    check_output(target, "convert: target", force)
    s = resolve(source, from_fmt)
    chosen = get_format(to_fmt) if to_fmt else detect_format(target)
    save(s, target, chosen.name)
    say_note(f"wrote {target} ({chosen.name})")
    lost = not_kept(s, load(target, chosen.name))
    if lost:
        say_warning(
            f"{target}: {chosen.name} changed or dropped, of this scenario: "
            f"{', '.join(lost)} (docs/scenario-format.md lists each format's losses)"
        )


def _parse_params(items: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise EngineError(f"--param must look like NAME=VALUE (got {item!r})")
        try:
            params[key] = json.loads(raw)
        except json.JSONDecodeError:
            params[key] = raw
    return params


NARRATIVE_LINES = 12


@app.command("forecast", cls=OneEngineCommand)
def forecast_command(
    scenarios: ScenarioRefs = None,
    engine: Annotated[str, typer.Option(help="Engine: see `accord engines`.")] = "mean",
    param: Annotated[
        list[str] | None, typer.Option("--param", help="Engine option NAME=VALUE (repeatable).")
    ] = None,
    variant: Annotated[
        str | None, typer.Option(help="Engine variant (bdm: scholz-code or paper).")
    ] = None,
    rounds: Annotated[
        int | None, typer.Option(min=1, help="BDM: number of rounds; SMP: cap on turns.")
    ] = None,
    runs: Annotated[
        int | None,
        typer.Option(min=1, help="Monte Carlo: number of perturbed runs (with --seed)."),
    ] = None,
    seed: Annotated[
        int | None, typer.Option(help="Seed for random processes.", callback=seed_checked)
    ] = None,
    trajectory: Annotated[
        bool, typer.Option("--trajectory", help="Show (or add to the JSON) every turn.")
    ] = False,
    workers: Annotated[
        int | None, typer.Option(min=0, help="Monte Carlo on N local processes (0: all CPUs).")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Monte Carlo on a Dask cluster at tcp://HOST:PORT.")
    ] = None,
    votes: Annotated[
        bool, typer.Option("--votes", help="Show every member's vote on each draft resolution.")
    ] = False,
    as_json: JsonOption = False,
    interval: Annotated[
        float | None,
        typer.Option(
            "--interval",
            min=0.01,
            max=0.99,
            callback=finite,
            help="Conformal interval level for issues on the DEU 0..100 scale (e.g. 0.8).",
        ),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option(
            help="Also write a self-contained HTML report here (several scenarios: a folder, "
            "one report each, named after its file)."
        ),
    ] = None,
    agreement_ideal: Annotated[
        str,
        typer.Option(
            "--agreement-ideal",
            help="Consent actors judge the bargain by their stated (initial) or final position.",
        ),
    ] = "initial",
    fmt: FormatOption = None,
    out_file: OutOption = None,
    rows: Annotated[
        str,
        typer.Option(
            "--rows",
            help="With --format csv/parquet, what one row is: issues (default), runs (each "
            "ensemble run's bargain on each issue, with --runs), drafts (each draft resolution) "
            "or votes (each draft and member).",
        ),
    ] = "issues",
    record: Annotated[
        bool, typer.Option("--record", help="Append this forecast to the ledger (see --db).")
    ] = False,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Ledger database for --record, and whose records of the scenario --report "
            "shows over time (default: see `accord ledger --help`; --report alone reads "
            "$ACCORD_LEDGER_DB or $ACCORD_DB when set).",
        ),
    ] = None,
    force: ForceOption = False,
    skip_invalid: SkipInvalidOption = False,
) -> None:
    """Forecast the outcome of each issue of a scenario (default: ukraine-2025-02).

    SCENARIO may be a bundled id, an accord YAML/JSON file, or a KTAB CSV/XML or BDM CSV
    file (recognised from the content). Several, or a folder of scenario files, are each
    checked first, then forecast into one table (--json: one object per scenario, with its
    path); an invalid file stops them all (exit 2) unless --skip-invalid (exit 1). With
    several, --interval is a column, --trajectory a table of turns each and --report a folder
    of one report each; --votes is for one scenario (--json gives every draft's votes).
    --format csv/parquet writes one row per issue, or with --rows one per ensemble run and
    issue (the draws), draft resolution, or draft and member.
    """
    from accord.cli.batch import is_batch
    from accord.forecast import forecast
    from accord.outputs import check_output
    from accord.scenario.catalogue import resolve

    shape = chosen_format(fmt, as_json, out_file)
    _check_rows(rows, shape, runs, trajectory)
    _note_unused_scale(engine, runs, workers, scheduler)
    if record:
        db_to_write(db, "the forecast's record", ledger=True)
    refs = list(scenarios or [])
    if is_batch(refs):
        if votes:
            from accord.cli.batch import refuse_for_batch

            refuse_for_batch(
                "--votes",
                "forecast one file alone with --votes; --json gives each scenario's drafts with "
                "every member's vote",
            )
        if report is not None:
            _check_report_folder(report)
        _forecast_batch(
            refs,
            engine,
            _parse_params(param or []) | _engine_options(variant, rounds),
            runs,
            seed,
            workers,
            scheduler,
            agreement_ideal,
            shape,
            out_file,
            record,
            db,
            skip_invalid,
            BatchViews(interval, trajectory, report, force, rows),
        )
        return
    scenario = refs[0] if refs else None
    if report is not None:
        check_output(report, "--report", force)
    s = resolve(scenario)
    params = _parse_params(param or []) | _engine_options(variant, rounds)
    from accord.cli.scale_options import executor_from, running_on
    from accord.forecast.question import AgreementRule

    rule = AgreementRule(ideal=agreement_ideal)  # type: ignore[arg-type]  # checked there
    history: tuple[list[Any], list[Any]] = ([], [])  # records, resolutions in force
    # the report's history: the ledger --db names, else the one the environment names (as for
    # `accord ledger list`); never the data directory's default, which a report would create.
    # The ledger (SQLAlchemy) is imported only for a report (session 36: a plain forecast
    # spent a third of a second importing it to read an environment variable)
    if report is not None and not record:
        from accord.ledger.db import named_url

        ledger_db = db if db is not None else named_url()
        if ledger_db is not None:
            from accord.ledger import reading_ledger

            # only reading the history for the report: a --db that holds no ledger is a
            # mistyped one, refused before the forecast runs (minutes, for an ensemble); the
            # environment's, not there yet, is read as empty; nothing is made (session 43)
            with reading_ledger(ledger_db, must_exist=db is not None) as ledger:
                history = ledger.history(s.id)
    executor = executor_from(*((workers, scheduler) if runs is not None else (None, None)))
    label = f"forecast: {engine}" + (f", {runs} runs" if runs else "")
    with running_on(executor, "the forecast"), progress(label, shape):
        result = forecast(s, engine, params, seed, runs=runs, executor=executor, rule=rule)
    print_warnings(result.warnings)
    _note_rule_contrasts(result)
    _note_one_shot_trajectory(result, trajectory)
    if votes and not s.institutions.drafts:
        # the forecast stands; only the asked-for votes are missing, so a note rather than an error
        say_note(
            f"--votes: {s.id} has no draft resolutions"
            + ("" if s.institutions.bodies else " and no voting bodies")
            + ", so there are no votes to show",
            "note",
        )
    intervals = None
    if interval is not None:
        from accord.forecast.intervals import forecast_intervals

        intervals = forecast_intervals(result, engine, interval)
    if record:
        from accord.ledger import Ledger, record_of

        with Ledger(db) as ledger:
            stored = ledger.add_record(record_of(result))  # as before: no intervals in it
            say_note(f"recorded as ledger record {stored.id}")
            history = ledger.history(s.id)
    # on the forecast itself, so that its report shows them too (session 42's trial: the
    # terminal printed them and the report left them out)
    result.intervals = intervals
    if report is not None:
        from accord.report import write_report

        write_report(result, report, *history)
        say_note(f"wrote {report}")
        if report.suffix.lower() not in (".html", ".htm", ".md"):  # session 35: rapport.md
            say_warning(
                f"--report {report}: the report is HTML whatever the file's name (accord "
                "writes no PDF: print the HTML from a browser; a name ending .md gets the "
                "report's brief in Markdown); name it .html to open it in a browser"
            )

    def document() -> dict[str, Any]:
        doc = result.to_dict(trajectory=trajectory)
        if intervals is not None:
            doc["intervals"] = intervals
        return doc

    def frame() -> Any:
        from accord.forecast.intervals import forecast_table
        from accord.provenance import version_string

        if trajectory:  # the turns' table, ending with accord_version (session 35)
            return result.run.to_frame().assign(accord_version=version_string())
        if rows != "issues":
            return _rows_frame(result, rows)
        return forecast_table(result, interval)  # the workbench's forecast CSV too

    if emit_document_or_frame(shape, document, frame, out_file):
        return
    if runs is not None:  # the user asked for a distribution: show it first
        out.print(ensemble_table(result))
    out.print(forecast_table(result, out.width))
    if intervals is not None:
        # an issue on another scale gets none (the errors were measured in points of 0..100):
        # said by name, so that its missing interval is not read as "no uncertainty"
        skipped = [
            f"{i.id} (scale {i.scale[0]:g}..{i.scale[1]:g})"
            for i in result.issues
            if i.id not in intervals["issues"] and i.scale != (0.0, 100.0)
        ]
        out.print(
            f"{intervals['level']:.0%} conformal intervals ({engine}'s errors on EU legislation, "
            f"radius {intervals['radius']:.1f}): "
            + (
                ", ".join(f"{k} {lo:.1f}-{hi:.1f}" for k, (lo, hi) in intervals["issues"].items())
                or "no issue on the 0..100 scale"
            )
            + (
                f"; none for {', '.join(skipped)}: the errors are in points of a 0..100 scale"
                if skipped and intervals["issues"]
                else ""
            ),
            highlight=False,
        )
    drafts = result.resolutions.to_list() if result.resolutions else []
    if votes:
        from accord.cli.institution_commands import resolution_tables

        for table in resolution_tables(drafts):
            out.print(table)
    else:
        for draft in drafts:
            out.print(escape(resolution_line(draft)), highlight=False)
        if drafts:
            out.print("(--votes shows each member's vote)", style="dim", highlight=False)
    from accord.institutions.resolutions import assembly_note

    # the draft lines count the members voted from Assembly records; the tables do not
    assembly = assembly_note(drafts, counted=votes)
    if assembly:
        out.print(f"[yellow]note:[/] {escape(assembly)}", highlight=False)
    if trajectory:
        out.print(trajectory_table(result))
    narrative = result.run.narrative
    shown = (
        narrative
        if trajectory or len(narrative) <= NARRATIVE_LINES
        else narrative[:NARRATIVE_LINES]
    )
    for line in shown:
        out.print(escape(line), highlight=False)
    if len(shown) < len(narrative):
        out.print(f"... {len(narrative) - len(shown)} more moves (use --trajectory to see all)")


def _note_rule_contrasts(result: Forecast, label: str | None = None) -> None:
    """One note on stderr per issue and draft on it whose p(agreement) and P(adopted) point
    opposite ways (:mod:`accord.forecast.contrasts`): a note, not a warning, since both can be
    right; on stderr, so that it is said with ``--json`` too and the JSON is unchanged.
    ``label``: the scenario's file, named first in a batch."""
    from accord.forecast.contrasts import rule_contrasts

    named = "" if label is None else f"{label}: "
    for contrast in rule_contrasts(result):
        say_note(named + contrast.sentence(), "note")


def _engine_options(variant: str | None, rounds: int | None) -> dict[str, Any]:
    """``--variant`` and ``--rounds`` as engine options (they win over ``--param``)."""
    options: dict[str, Any] = {}
    if variant is not None:
        options["variant"] = variant
    if rounds is not None:
        options["rounds"] = rounds
    return options


ROWS = ("issues", "runs", "drafts", "votes")
"""What ``accord forecast --rows`` accepts: what one row of the CSV or Parquet table is."""


def _note_unused_scale(
    engine: str, runs: int | None, workers: int | None, scheduler: str | None
) -> None:
    """A note where ``--workers`` or ``--scheduler`` is given without ``--runs``: they spread a
    Monte Carlo ensemble, and one run of the engine runs in this process, where no pool is
    started and no scheduler reached (session 47: they were left unused without a word, and
    a scheduler out of reach failed a forecast that would not have used it)."""
    given = [
        name
        for name, value in (("--workers", workers), ("--scheduler", scheduler))
        if value is not None
    ]
    if runs is None and given:
        named = " and ".join(given)
        say_note(
            f"{named}: used only with --runs (a Monte Carlo ensemble); without it the one run "
            f"of engine {engine} is made in this process",
            "note",
        )


def _note_one_shot_trajectory(result: Forecast, trajectory: bool) -> None:
    """A note where ``--trajectory`` asks for the turns of an engine that has none (mean,
    median, nash: one step from the stances to the forecast): the table is turn 0, the
    starting positions, alone (session 47: it was shown without a word)."""
    if trajectory and result.run.trajectory.shape[0] == 1:
        say_note(
            f"--trajectory: engine {result.engine} has no rounds (one step from the stances "
            "to its forecast), so its trajectory is turn 0, the starting positions, alone",
            "note",
        )


def _check_rows(rows: str, shape: str, runs: int | None, trajectory: bool) -> None:
    """Refuse a ``--rows`` that cannot be written, before the forecast runs (session 43)."""
    if rows not in ROWS:
        raise AccordError(f"--rows: expected one of {', '.join(ROWS)} (got {rows!r})")
    if rows == "issues":
        return
    if shape not in ("csv", "parquet"):
        raise AccordError(f"--rows {rows}: needs --format csv or parquet (it picks their table)")
    if trajectory:
        raise AccordError(f"--rows {rows} and --trajectory ask for two tables; give one")
    if rows == "runs" and runs is None:
        raise AccordError("--rows runs: needs an ensemble, --runs N")


def _rows_frame(result: Forecast, rows: str) -> Any:
    """The table ``--rows`` names (other than ``issues``): the ensemble's runs
    (:meth:`Forecast.samples_to_frame`), the drafts (``resolutions.to_frame()``) or the
    members' votes on them (``resolutions.votes_frame()``), as in Python."""
    if rows == "runs":
        return result.samples_to_frame()
    if rows == "drafts":
        return result.resolutions.to_frame()
    return result.resolutions.votes_frame()


@dataclass(frozen=True)
class BatchViews:
    """The views of each forecast that a batch takes beside its table: ``--interval`` (a column),
    ``--trajectory`` (each scenario's turns) and ``--report`` (a folder, one report each)."""

    interval: float | None = None
    trajectory: bool = False
    report: Path | None = None
    force: bool = False
    rows: str = "issues"


def _check_report_folder(folder: Path) -> None:
    """Refuse a batch's ``--report`` that is not a folder: an existing file, or a new name
    ending ``.html`` (one report per scenario is written into the folder)."""
    is_file = folder.exists() and not folder.is_dir()
    if is_file or (not folder.exists() and folder.suffix.lower() in (".html", ".htm")):
        what = "is a file" if is_file else "names a file"
        raise AccordError(
            f"--report {folder}: {what}; with several scenarios give a folder: one report per "
            "scenario is written in it, named after its file (or forecast one file alone)"
        )


def _interval_cell(intervals: dict[str, Any], issue: str) -> str:
    """An issue's conformal interval as a table cell, ``lo-hi`` (empty off the 0..100 scale)."""
    span = intervals["issues"].get(issue)
    return "" if span is None else f"{span[0]:.1f}-{span[1]:.1f}"


def _forecast_batch(
    refs: list[str],
    engine: str,
    params: dict[str, Any],
    runs: int | None,
    seed: int | None,
    workers: int | None,
    scheduler: str | None,
    agreement_ideal: str,
    shape: str,
    out_file: Path | None,
    record: bool,
    db: str | None,
    skip_invalid: bool,
    views: BatchViews,
) -> None:
    """``accord forecast`` of several scenarios (or a folder): every one read and checked
    first, then each forecast with one engine and one seed, into one table; ``views``: each
    scenario's interval column, turns and report."""
    from accord.cli.batch import finish, read_or_refuse, report_paths, say_warnings
    from accord.cli.scale_options import executor_from, running_on
    from accord.engines import get_engine
    from accord.forecast.batch import check_requests, forecast_each, read_batch, shared_seed
    from accord.forecast.intervals import forecast_intervals, scenario_intervals
    from accord.forecast.question import AgreementRule
    from accord.outputs import check_folder, check_output

    get_engine(engine)  # an unknown engine: refused before any file is read
    if views.interval is not None:
        scenario_intervals(engine, {}, views.interval)  # an engine with no DEU errors: refused
    rule = AgreementRule(ideal=agreement_ideal)  # type: ignore[arg-type]  # checked there
    chosen_seed = shared_seed(seed, runs)
    batch = read_batch(refs)
    check_requests(batch, engine, chosen_seed, runs)
    listed = read_or_refuse(batch, skip_invalid, "forecast", "forecast")
    reports: dict[str, Path] = {}
    histories: dict[str, tuple[list[Any], list[Any]]] = {}
    if views.report is not None:
        check_folder(views.report, "--report")  # may be new, in a folder that exists (s46)
        reports = report_paths(batch.given, views.report)
        for path in reports.values():  # every report checked before anything runs
            check_output(path, "--report", views.force, new_folder=True)
        histories = _report_histories(batch.given, db, record)
    executor = executor_from(*((workers, scheduler) if runs is not None else (None, None)))
    label = f"forecast: {engine}" + (f", {runs} runs" if runs else "")
    what = f"the forecasts of {counted(len(batch.given), 'scenario')}"
    shown = f"{label}, {counted(len(batch.given), 'scenario')}"
    with running_on(executor, what), progress(shown, shape):
        done = forecast_each(
            batch,
            engine,
            params,
            chosen_seed,
            runs,
            rule=rule,
            executor=executor,
            skip_failed=skip_invalid,
        )
    if not done:  # every scenario failed as it ran (an engine that cannot run on them)
        finish(batch, listed, "forecast", nothing=True)
    intervals: dict[str, dict[str, Any]] | None = None
    if views.interval is not None:
        intervals = {
            given.label: forecast_intervals(result, engine, views.interval)
            for given, result in done
        }
    for given, result in done:
        say_warnings(given, result.warnings)
        _note_rule_contrasts(result, given.label)
    if done:  # one engine for every scenario
        _note_one_shot_trajectory(done[0][1], views.trajectory)
    if record:
        from accord.ledger import Ledger, record_of

        with Ledger(db) as ledger:
            for given, result in done:
                stored = ledger.add_record(record_of(result))
                say_note(f"{given.label}: recorded as ledger record {stored.id}")
                if reports:
                    histories[given.label] = ledger.history(given.scenario.id)
    if intervals is not None:  # each report shows its scenario's (session 42's trial)
        for given, result in done:
            result.intervals = intervals[given.label]
    if views.report is not None and reports:
        from accord.report import write_report

        try:
            views.report.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataError(f"--report {views.report}: cannot make the folder ({exc})") from None
        for given, result in done:
            history = histories.get(given.label, ([], []))
            path = write_report(result, reports[given.label], *history)
            say_note(f"wrote {path} ({given.label})")
    _emit_forecasts(done, shape, out_file, runs, intervals, views.trajectory, views.rows)
    finish(batch, listed, "forecast")


def _report_histories(
    given: list[Any], db: str | None, record: bool
) -> dict[str, tuple[list[Any], list[Any]]]:
    """Each scenario's ledger records and resolutions in force for its report, read as one
    forecast's ``--report`` reads them (the ledger ``--db`` names, else the environment's; none
    read here with ``--record``, which reads them after adding its own)."""
    from accord.ledger.db import named_url

    ledger_db = db if db is not None else named_url()
    if ledger_db is None or record:
        return {}
    from accord.ledger import reading_ledger

    with reading_ledger(ledger_db, must_exist=db is not None) as ledger:  # makes nothing
        return {item.label: ledger.history(item.scenario.id) for item in given}


def _emit_forecasts(
    done: list[tuple[Any, Forecast]],
    shape: str,
    out_file: Path | None,
    runs: int | None,
    intervals: dict[str, dict[str, Any]] | None = None,
    trajectory: bool = False,
    unit: str = "issues",
) -> None:
    """A batch's forecasts: ``--json`` one object per scenario (its ``path`` first), CSV and
    Parquet their tidy tables one under the other, else one table. ``intervals``: each
    scenario's conformal intervals by its label (a key of its object, columns of its rows, a
    column of the table); ``trajectory``: each scenario's turns (in its object; its turns'
    table instead of its issues' in CSV; a table each under the batch's); ``unit``:
    ``--rows``, what one row of the CSV or Parquet table is (:func:`_rows_frame`)."""
    from accord.cli.batch import key_cells, section_ends, shows_file
    from accord.forecast.batch import batch_frame

    def document() -> list[dict[str, Any]]:
        docs = []
        for given, result in done:
            doc = {"path": given.path, **result.to_dict(trajectory=trajectory)}
            if intervals is not None:
                doc["intervals"] = intervals[given.label]
            docs.append(doc)
        return docs

    def frame_of(given: Any, result: Forecast) -> Any:
        from accord.provenance import version_string

        if trajectory:
            turns = result.run.to_frame()
            turns["accord_version"] = version_string()  # which code made them (session 35)
            turns["scenario"] = result.scenario.id
            return turns
        if unit != "issues":  # --rows
            return _rows_frame(result, unit)
        return result.to_frame()  # with its intervals, set on it above

    if emit_document_or_frame(shape, document, lambda: batch_frame(done, frame_of), out_file):
        return
    with_file = shows_file(done)
    dated = any(issue.horizon is not None for _, r in done for issue in r.scenario.issues)
    spread = ("mean", "p5", "p95") if runs is not None else ()
    keys = (("file",) if with_file else ()) + ("scenario", "issue")
    ranged = ("interval",) if intervals is not None else ()
    header = (*keys, "forecast", *ranged, "p(agreement)", *(("horizon",) if dated else ()))
    header += ("if agreement", "status quo", *spread, "scale")
    rows = []
    for given, result in done:
        for k, (item, issue) in enumerate(zip(result.issues, result.scenario.issues, strict=True)):
            cells = _issue_cells(item, issue, dated, spread)
            if intervals is not None:
                cells = (*cells[:2], _interval_cell(intervals[given.label], item.id), *cells[2:])
            rows.append((*key_cells(given, k == 0, with_file), *cells))
    engines = sorted({_engine_name(result) for _, result in done})
    seeds = sorted({result.seed for _, result in done if result.seed is not None})
    notes = [f"{runs} Monte Carlo runs each: mean, p5, p95 of the runs' bargains"] if runs else []
    notes += [f"seed {', '.join(map(str, seeds))}"] if seeds else []
    if intervals is not None:
        some = next(iter(intervals.values()))
        notes += [
            f"interval: {some['level']:.0%} conformal, {some['engine']}'s errors on EU "
            f"legislation (radius {some['radius']:.1f}), only on the 0..100 scale"
        ]
    notes += ["--format csv: every column, one row per scenario and issue"]
    has_drafts = any(r.resolutions for _, r in done)
    notes += ["draft resolutions: in --json, or forecast the file alone"] if has_drafts else []
    tables = fitted_tables(
        header,
        rows,
        out.width,
        right=("forecast", *ranged, "p(agreement)", "if agreement", "status quo", *spread),
        title=escape(f"forecast by {', '.join(engines)}: {counted(len(done), 'scenario')}"),
        caption=escape("; ".join(notes)),
        keys=len(keys),
        ends=section_ends(done),
    )
    out.print(*tables)
    if trajectory:
        for given, result in done:
            turns = trajectory_table(result)
            turns.title = escape(f"{given.label}: positions by turn")
            out.print(turns)


def _engine_name(result: Forecast) -> str:
    """The engine and its variant as the forecast table's title names them."""
    return result.engine + (f":{result.run.variant}" if result.run.variant else "")


def _issue_cells(
    item: IssueForecast, issue: Issue, dated: bool, spread: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """An issue's cells in a forecast table: id, forecast, p(agreement), the horizon where
    the table is ``dated``, the bargain if agreed, the status quo, the ensemble's figures named
    in ``spread`` (``mean``, ``p5``...) and the scale."""
    answer = item.answer
    dist = item.distribution.to_dict() if item.distribution else {}
    return (
        item.id,
        fixed(item.forecast),
        # two decimals, as the report, `compare --versus` and the JSON: one decimal printed a
        # 6% chance as 0.1 and a 4% chance as 0.0, "impossible" (session 42's trial)
        # and never 0.00 or 1.00 for a figure that is not 0 or 1 (session 44, tidy3)
        probability_text(answer.p_agreement, 2, exact_one=True) if answer else "",
        *((issue.horizon.isoformat() if issue.horizon else "",) if dated else ()),
        fixed(answer.if_agreement) if answer else "",
        fixed(issue.status_quo),
        *(fixed(dist.get(name)) for name in spread),
        f"{item.scale[0]:g}..{item.scale[1]:g}",
    )


def most_likely_decision(draft: dict[str, Any]) -> str | None:
    """What the body's rule decides on the members' most likely votes ("adopted" or "not
    adopted"), read from the draft's ``reason`` (``decide``'s reason, which starts with it)."""
    reason = str(draft.get("reason", "")).removeprefix("most likely votes: ")
    for decision in ("not adopted", "adopted"):
        if reason.startswith(f"{decision}:"):
            return decision
    return None


def resolution_line(draft: dict[str, Any]) -> str:
    """One line for a draft resolution: outcome, P(adopted), tally of the predicted votes.

    The tally counts each member's most likely vote (yes-no-abstain, absent apart), which
    overstates the majority side when many members lean only weakly; the expected counts (the
    sum of the members' probabilities) follow, then the recorded result where the scenario has
    one. The outcome is read from P(adopted), so it can differ from what the most likely votes
    alone would decide (a Council draft at P 0.44 whose likely votes pass it); the line says so
    then, since "not adopted ... 10-3-2" reads as a contradiction.
    """
    tally = {choice: 0 for choice in ("yes", "no", "abstain", "absent")}
    for vote in draft["votes"].values():
        tally[vote["predicted"]] = tally.get(vote["predicted"], 0) + 1
    line = (
        f"{draft['id']} ({draft['body']}) {draft['title']}: {draft['outcome']}, "
        f"P(adopted) {probability_text(draft['adoption_probability'], 2)}, predicted tally "
        f"{tally['yes']}-{tally['no']}-{tally['abstain']}"
        + (f" ({tally['absent']} absent)" if tally["absent"] else "")
    )
    modal = most_likely_decision(draft)
    if modal is not None and modal != draft["outcome"]:
        line += f" (these votes alone: {modal})"
    expected = draft.get("expected")
    if expected:
        line += ", expected {:.0f}-{:.0f}-{:.0f}".format(
            expected["yes"], expected["no"], expected["abstain"]
        )
    line += _voted_elsewhere(draft)
    actual = draft.get("actual")
    if actual:
        line += (
            f"; actual: {'adopted' if actual['adopted'] else 'not adopted'} "
            f"{actual['yes']}-{actual['no']}-{actual['abstain']}"
        )
    return line


def _voted_elsewhere(draft: dict[str, Any]) -> str:
    """How many members no scenario actor speaks for, and which model voted them, as a clause;
    empty when every member is an actor or the votes carry no source. Session 24: on an EU
    Council draft 19 of 27 members leaned to abstain from UN General Assembly records, which
    decided the outcome, and nothing on the line said so; since session 25 such members of the
    EU Council vote by the Council's own base rates, and the line names that model."""
    sources = [vote.get("source") for vote in draft["votes"].values()]
    counts: dict[str, int] = {}
    for source in sources:
        if source is not None and source != "scenario":
            model = OTHER_MODEL_WORDS.get(source, f"by {source}")
            counts[model] = counts.get(model, 0) + 1
    if not counts:
        return ""
    parts = [f"{n} of {len(sources)} members voted {words}" for words, n in counts.items()]
    return f"; {' and '.join(parts)} (no scenario actor speaks for them)"


OTHER_MODEL_WORDS = {
    "session-record": "from UN General Assembly records",
    "ideal-point": "from UN General Assembly records",
    "base-rate": "from UN General Assembly records",
    "council-base-rate": "by EU Council base rates, 98.4% yes each",
}
"""How the draft line names the model that voted a member no actor speaks for, by source (the
Council's rate is ``1 - accord.institutions.resolutions.EU_DISSENT``; a test keeps them equal)."""


def forecast_table(result: Forecast, width: int) -> Group:
    """The forecast of each issue, titled with the engine (and its variant) and captioned
    with which scenario it is: id, version, as_of and the ledger's content hash, so that an
    edited or updated scenario that kept its id and title is told from the original; the
    horizon by which p(agreement) is read is a column when an issue has one.

    The numbers are one table where it fits ``width`` (a terminal of 100 columns, for the
    bundled scenarios), else as many as it takes (:func:`~accord.cli.output.fitted_tables`;
    session 23: at 80 columns the headers were cut to "p(agreem…"); each issue's title and
    the scale's label nearest its forecast are a table under them (session 22: as columns of
    the first they wrapped into a word a line)."""
    from accord.report import nearest_label
    from accord.scenario.identity import forecast_title, scenario_identity

    scenario = result.scenario
    engine = _engine_name(result)
    words = Table(caption=escape(scenario_identity(scenario)))
    dated = any(issue.horizon is not None for issue in scenario.issues)
    header = ("issue", "forecast", "p(agreement)", *(("horizon",) if dated else ()))
    header += ("if agreement", "status quo", "scale")
    rows, named = [], []
    for item, issue in zip(result.issues, scenario.issues, strict=True):
        rows.append(_issue_cells(item, issue, dated))
        named.append((item.id, escape(item.title), escape(nearest_label(issue, item.forecast))))
    numbers = fitted_tables(
        header,
        rows,
        width,
        right=("forecast", "p(agreement)", "if agreement", "status quo"),
        title=escape(forecast_title(scenario, engine)),
    )
    words.add_column("issue", no_wrap=True, min_width=numbers[0].columns[0].min_width)
    words.add_column("title", ratio=2)
    labelled = any(row[2] for row in named)  # no scale labels: no empty column (session 28)
    if labelled:
        words.add_column("nearest label to the forecast", ratio=3)
    for row in named:
        words.add_row(*(row if labelled else row[:2]))
    return Group(*numbers, words)


def ensemble_table(result: Forecast) -> Table:
    """The distribution of each run's bargain, titled as such: on an issue with consent actors
    it is the terms on offer, not the outcome (the status quo holds where they refuse), and
    beside a point forecast at the status quo it read as the forecast's spread (session 23)."""
    info = result.ensemble
    runs, seed = (info.runs, info.seed) if info else (0, result.seed)
    table = Table(
        title=f"Monte Carlo: {runs} runs, seed {seed}: each run's bargain, before consent"
    )
    for column in ("issue", "mean", "p5", "p50", "p95"):
        table.add_column(column, justify="left" if column == "issue" else "right")
    for item in result.issues:
        dist = item.distribution.to_dict() if item.distribution else {}
        table.add_row(item.id, *(fixed(dist.get(k)) for k in ("mean", "p5", "p50", "p95")))
    return table


def trajectory_table(result: Forecast) -> Table:
    """Every actor's position on each issue, turn by turn."""
    run = result.run
    table = Table(title="Trajectory: positions by turn")
    table.add_column("turn", justify="right")
    table.add_column("actor")
    for issue in run.issues:
        table.add_column(issue, justify="right")
    for t in range(run.trajectory.shape[0]):
        for a, actor in enumerate(run.actors):
            cells = [fixed(None if v != v else float(v)) for v in run.trajectory[t, a]]
            table.add_row(str(t) if a == 0 else "", actor, *cells)
    return table


@app.command()
def engines() -> None:
    """List the available engines."""
    from accord.engines import ENGINES

    table = Table(title="Engines")
    table.add_column("name")
    table.add_column("what it computes")
    for name, eng in ENGINES.items():
        table.add_row(name, escape(eng.summary))
    out.print(table)
