"""``accord ledger ...``: the forecast ledger (records, resolutions, scores).

Every command takes ``--db URL`` (a SQLAlchemy URL, or a plain path for a SQLite file); without
it ``$ACCORD_LEDGER_DB``, else ``$ACCORD_DB``, else ``ledger.db`` in the user's data directory.
Records are appended by ``accord forecast ... --record`` and ``accord ledger record-bundled``;
what happened by ``resolve`` (an issue) and ``resolve-draft`` (the vote on a draft resolution).
The reading commands (``list``, ``show``, ``score``) make nothing (session 43): they refuse a
``--db`` that holds no ledger (a SQLite file that does not exist, an empty file, a database
that holds only a news store) rather than answer from a new, empty ledger made there; without
``--db``, where the default ledger is not there yet, they answer as an empty ledger would and
say so (:func:`accord.ledger.reading_ledger`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out, say_note, say_warning
from accord.cli.options import date_option, db_to_write, seed_checked
from accord.cli.output import (
    FormatOption,
    JsonOption,
    OutOption,
    chosen_format,
    counted,
    emit_document_or_frame,
    fixed,
    print_json,
)
from accord.errors import ArgumentError, DataError, UnknownScenarioError
from accord.text import probability_text, score_text, shortened

if TYPE_CHECKING:
    from accord.ledger import (
        DraftForecast,
        DraftResult,
        ForecastRecord,
        Ledger,
        Resolution,
        Scores,
    )
    from accord.ledger.scores import ScoreTable

ledger_app = typer.Typer(
    help="The forecast ledger: recorded forecasts, resolutions and scores.",
    no_args_is_help=True,
)
app.add_typer(ledger_app, name="ledger")

LedgerDb = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Ledger database URL (sqlite:///file.db, postgresql+psycopg://...) or a SQLite "
        "file path; default $ACCORD_LEDGER_DB, $ACCORD_DB, or ledger.db in the user data dir.",
    ),
]

ScenarioFilter = Annotated[str | None, typer.Option(help="Only this scenario id.")]


@ledger_app.command("resolve")
def resolve_command(
    scenario: Annotated[str, typer.Argument(help="Scenario id (bundled or recorded) or file.")],
    issue: Annotated[str, typer.Argument(help="Issue id.")],
    on: Annotated[str, typer.Option("--on", help="Date of the outcome, YYYY-MM-DD.")],
    source: Annotated[str, typer.Option(help="Where the outcome is documented.")],
    outcome: Annotated[
        float | None,
        typer.Option(help="What happened, on the issue's scale (with --agreed)."),
    ] = None,
    agreed: Annotated[
        str | None,
        typer.Option(help="yes: an agreement settled the issue; no: not (with --outcome)."),
    ] = None,
    annulled: Annotated[
        str | None,
        typer.Option(
            metavar="REASON",
            help="Instead of --outcome and --agreed: the question was annulled or resolved "
            "ambiguous, and why; listed, never scored.",
        ),
    ] = None,
    note: Annotated[str | None, typer.Option(help="A remark kept with it.")] = None,
    supersedes: Annotated[
        int | None, typer.Option(help="Id of an earlier resolution this one corrects.")
    ] = None,
    db: LedgerDb = None,
    as_json: JsonOption = False,
) -> None:
    """Append what happened on one issue of a scenario (never changed afterwards): its
    --outcome and --agreed, or --annulled REASON. --db must name an existing ledger."""
    from accord.ledger import Ledger, new_resolution, parse_agreed

    when = date_option(on, "--on")
    assert when is not None
    db_to_write(db, "the resolution", ledger=True)
    try:
        # a --db that is not there is a mistyped one: refused, and no empty ledger made
        # (session 30's finding 9); only a recorded forecast makes a ledger
        with Ledger(db, create=db is None) as ledger:
            made = new_resolution(
                ledger,
                scenario,
                issue,
                outcome=outcome,
                agreed=None if agreed is None else parse_agreed(agreed),
                on=when,
                source=source,
                note=note,
                supersedes=supersedes,
                annulled=annulled,
            )
    except ArgumentError as exc:  # the library names arguments; the user typed these flags
        raise DataError(exc.worded(lambda name: f"--{name}", lambda name: f"--{name} ")) from None
    if as_json:
        print_json(made.to_dict())
    elif made.annulled is not None:
        say_note(
            f"resolution {made.id}: {made.scenario_id}/{made.issue_id} "
            f"annulled on {made.resolved_on} ({made.annulled}): not scored"
        )
    else:
        say_note(
            f"resolution {made.id}: {made.scenario_id}/{made.issue_id} = "
            f"{made.outcome:g}, agreed {'yes' if made.agreed else 'no'} on {made.resolved_on}"
        )


@ledger_app.command("resolve-draft")
def resolve_draft_command(
    scenario: Annotated[str, typer.Argument(help="Scenario id (bundled or recorded) or file.")],
    draft: Annotated[str, typer.Argument(help="Draft id (the scenario's institutions.drafts).")],
    on: Annotated[str, typer.Option("--on", help="Date of the vote, YYYY-MM-DD.")],
    source: Annotated[str, typer.Option(help="Where the result is documented.")],
    adopted: Annotated[
        str | None,
        typer.Option(
            help="yes: the draft was adopted; no: it was not (default: the result the "
            "scenario's draft records, its actual)."
        ),
    ] = None,
    in_favour: Annotated[
        int | None,
        typer.Option(
            help="Votes in favour (with --against, --abstentions; default: the tally of the "
            "scenario's draft's actual, if it has one)."
        ),
    ] = None,
    against: Annotated[int | None, typer.Option(help="Votes against.")] = None,
    abstentions: Annotated[int | None, typer.Option(help="Abstentions.")] = None,
    annulled: Annotated[
        str | None,
        typer.Option(
            metavar="REASON",
            help="Instead of --adopted and the tally: the vote was not held (postponed sine "
            "die, the draft withdrawn), and why; listed, never scored.",
        ),
    ] = None,
    note: Annotated[str | None, typer.Option(help="A remark kept with it.")] = None,
    supersedes: Annotated[
        int | None, typer.Option(help="Id of an earlier result of this draft it corrects.")
    ] = None,
    db: LedgerDb = None,
    as_json: JsonOption = False,
) -> None:
    """Append the recorded result of the vote on one draft resolution of a scenario (never
    changed afterwards); `ledger score` scores each recorded P(adopted) of the draft. Without a
    tally, the result the scenario's draft records (`actual`) is taken, and said so. A vote
    not held is recorded with --annulled REASON instead."""
    from accord.ledger import Ledger, new_draft_result, parse_agreed

    when = date_option(on, "--on")
    assert when is not None
    db_to_write(db, "the vote's result", ledger=True)
    try:
        with Ledger(db, create=db is None) as ledger:  # as resolve: no empty ledger made
            made = new_draft_result(
                ledger,
                scenario,
                draft,
                adopted=None if adopted is None else parse_agreed(adopted, "adopted"),
                on=when,
                source=source,
                in_favour=in_favour,
                against=against,
                abstentions=abstentions,
                note=note,
                supersedes=supersedes,
                annulled=annulled,
            )
    except ArgumentError as exc:  # the library names arguments; the user typed these flags
        raise DataError(exc.worded(_flag, lambda name: f"{_flag(name)} ")) from None
    if as_json:
        print_json(made.to_dict())
    elif made.annulled is not None:
        say_note(
            f"draft result {made.id}: {made.scenario_id}/{made.draft_id} "
            f"annulled on {made.resolved_on} ({made.annulled}): not scored"
        )
    else:
        tally = f" {made.tally}" if made.tally else ""
        taken = (in_favour, against, abstentions) == (None, None, None) and made.tally
        say_note(
            f"draft result {made.id}: {made.scenario_id}/{made.draft_id} "
            f"{'adopted' if made.adopted else 'not adopted'}{tally} on {made.resolved_on}"
            + (" (the result the scenario's draft records: its actual)" if taken else "")
        )


def _flag(name: str) -> str:
    """The command-line flag of a library argument (``in_favour``: ``--in-favour``)."""
    return "--" + name.replace("_", "-")


def _records_table(records: list[ForecastRecord]) -> Table:
    table = Table(title="Forecast records")
    columns = ("id", "scenario", "as of", "engine", "seed", "runs", "recorded at", "hash")
    for column in (*columns, "commit"):
        table.add_column(column)
    for r in records:
        table.add_row(
            str(r.id),
            escape(r.scenario_id),
            str(r.as_of or ""),
            escape(r.label),
            "" if r.seed is None else str(r.seed),
            "" if r.runs is None else str(r.runs),
            r.recorded_at.strftime("%Y-%m-%d %H:%M:%S"),
            r.scenario_hash[:12],
            _commit_cell(r.accord_commit),
        )
    return table


def _commit_cell(commit: str | None) -> str:
    """A record's ``accord_commit`` in a table: twelve hex digits (``.dirty`` kept), or
    ``unknown`` for a record made before ledger revision 0005 or by an installed copy."""
    if commit is None:
        return "unknown"
    return commit[:12] + (".dirty" if commit.endswith(".dirty") else "")


SOURCE_CHARS = 60
"""How much of a resolution's source the table shows (session 23: the bundled sources, up to
600 characters, wrapped into 20 lines a row and buried a user's own resolutions)."""


def _resolutions_table(resolutions: list[Resolution]) -> Table:
    """The resolutions, each source cut to its start; a bundled one's id, written
    ``bundled:SCENARIO/ISSUE``, shows as ``bundled`` beside its scenario and issue."""
    notes = []
    if any(r.origin == "bundled" for r in resolutions):
        notes.append("bundled: shipped with accord (id bundled:SCENARIO/ISSUE)")
    if any(len(r.source) > SOURCE_CHARS for r in resolutions):
        notes.append("sources cut short: --json or --format csv gives them whole")
    if any(r.annulled is not None for r in resolutions):
        notes.append("annulled: not scored (the reason is in --json and --format csv)")
    table = Table(title="Resolutions in force", caption="; ".join(notes) or None)
    for column in ("id", "scenario", "issue", "outcome", "agreed", "on", "source"):
        table.add_column(column, no_wrap=column in ("id", "on"))
    for r in resolutions:
        source = shortened(r.source, SOURCE_CHARS)
        table.add_row(
            "bundled" if r.origin == "bundled" else escape(r.key),
            escape(r.scenario_id),
            escape(r.issue_id),
            "" if r.outcome is None else f"{r.outcome:g}",
            "annulled" if r.annulled is not None else "yes" if r.agreed else "no",
            r.resolved_on.isoformat(),
            escape(source),
        )
    return table


def _reading(db: str | None, note: bool = True) -> Ledger:
    """The ledger a reading command reads (:func:`accord.ledger.reading_ledger`): a ``--db``
    that holds none is refused; the default ledger, not there yet, is read as an empty one
    and, with ``note``, said so. Nothing is made either way (until session 43 a read made the
    ledger)."""
    from accord.ledger import NoLedger, reading_ledger

    ledger = reading_ledger(db, must_exist=db is not None)
    if note and isinstance(ledger, NoLedger):
        say_note(
            f"no ledger yet in {ledger.display_url}: nothing recorded (reading made none; "
            "accord forecast ... --record or accord ledger record-bundled makes it)"
        )
    return ledger


def _records_and_resolutions(
    db: str | None, scenario: str | None
) -> tuple[list[ForecastRecord], list[Resolution], list[DraftResult]]:
    """The records, the resolutions in force (of one scenario, or all: the ledger's own
    resolutions and the bundled ones it does not override) and the drafts' results in force."""
    with _reading(db) as ledger:
        try:
            records, resolutions = ledger.entries(scenario)
        except UnknownScenarioError as exc:
            raise UnknownScenarioError(f"--scenario: {exc}") from None
        return records, resolutions, ledger.draft_entries(scenario)


def _ledger_frame(
    records: list[ForecastRecord], resolutions: list[Resolution], results: list[DraftResult]
) -> Any:
    """Records, resolutions, the records' draft forecasts and the drafts' results in one tidy
    table, told apart by a ``kind`` column (a column one kind lacks is empty in the others'
    rows)."""
    import pandas as pd

    from accord.frames import records_frame, typed_columns
    from accord.ledger.records import LIST_COLUMNS

    drafts = [d.to_dict() for r in records for d in r.drafts()]
    parts = [
        records_frame([r.to_dict(output=False) for r in records]).assign(kind="record"),
        records_frame([r.to_dict() for r in resolutions]).assign(kind="resolution"),
        records_frame(drafts).assign(kind="draft_forecast"),
        records_frame([r.to_dict() for r in results]).assign(kind="draft_result"),
    ]
    kept = [p for p in parts if len(p)]
    frame = pd.concat(kept, ignore_index=True) if kept else pd.DataFrame()
    # every column of every kind, typed by name, whichever kinds the ledger holds: a ledger of
    # resolutions only had 13 columns of 31, and a column's type followed its cells (session
    # 43's outcome; a reason never given, annulled was a number; session 44, tidy3)
    return typed_columns(frame, LIST_COLUMNS)


def _record_issues_frame(record: ForecastRecord) -> Any:
    """A recorded forecast's issues, one row each, with the record's id and engine."""
    from accord.frames import records_frame

    rows = [
        {"record": record.id, "engine": record.label, **item}
        for item in record.output.get("issues", [])
    ]
    return records_frame(rows)


@ledger_app.command("list")
def list_command(
    scenario: ScenarioFilter = None,
    db: LedgerDb = None,
    as_json: JsonOption = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """List the recorded forecasts and the resolutions in force (the ledger's and bundled)."""
    shape = chosen_format(fmt, as_json, out_file)
    records, resolutions, results = _records_and_resolutions(db, scenario)
    drafts = [d for r in records for d in r.drafts()]
    document: dict[str, Any] = {
        "records": [r.to_dict(output=False) for r in records],
        "resolutions": [r.to_dict() for r in resolutions],
        "drafts": [d.to_dict() for d in drafts],
        "draft_results": [r.to_dict() for r in results],
    }
    if emit_document_or_frame(
        shape, lambda: document, lambda: _ledger_frame(records, resolutions, results), out_file
    ):
        return
    out.print(_records_table(records))
    out.print(_resolutions_table(resolutions))
    if drafts:
        out.print(_drafts_table(drafts))
    if results:
        out.print(_draft_results_table(results))


def _drafts_table(drafts: list[DraftForecast]) -> Table:
    """The records' forecasts of the scenarios' drafts: P(adopted) with the body, the rule
    decided on, the record's as_of and the date of the vote."""
    table = Table(title="Draft forecasts (P(adopted) of each record)")
    for column in ("record", "scenario", "draft", "body", "rule", "as of", "vote on", "P"):
        table.add_column(column, justify="right" if column == "P" else "left")
    for d in drafts:
        table.add_row(
            str(d.record_id),
            escape(d.scenario_id),
            escape(d.draft_id),
            escape(d.body or ""),
            escape(d.rule or ""),
            str(d.as_of or ""),
            str(d.horizon or ""),
            ("" if d.p_adopted is None else probability_text(d.p_adopted))
            + (" (ensemble)" if d.p_basis == "ensemble" else ""),
        )
    return table


def _draft_results_table(results: list[DraftResult]) -> Table:
    """The drafts' recorded results in force, each source cut to its start."""
    notes = []
    if any(len(r.source) > SOURCE_CHARS for r in results):
        notes.append("sources cut short: --json or --format csv gives them whole")
    if any(r.annulled is not None for r in results):
        notes.append("annulled: not scored (the reason is in --json and --format csv)")
    table = Table(title="Draft results in force", caption="; ".join(notes) or None)
    for column in ("id", "scenario", "draft", "adopted", "tally", "on", "source"):
        table.add_column(column, no_wrap=column in ("id", "on"))
    for r in results:
        source = shortened(r.source, SOURCE_CHARS)
        table.add_row(
            r.key,
            escape(r.scenario_id),
            escape(r.draft_id),
            "annulled" if r.annulled is not None else "yes" if r.adopted else "no",
            r.tally or "",
            r.resolved_on.isoformat(),
            escape(source),
        )
    return table


@ledger_app.command("show")
def show_command(
    record_id: Annotated[int, typer.Argument(metavar="ID", help="A record id (ledger list).")],
    db: LedgerDb = None,
    as_json: JsonOption = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Show one recorded forecast with its full output."""
    shape = chosen_format(fmt, as_json, out_file)
    with _reading(db, note=False) as ledger:  # no ledger: "no forecast record ID: ..."
        record = ledger.record(record_id)
    if emit_document_or_frame(
        shape, record.to_dict, lambda: _record_issues_frame(record), out_file
    ):
        return
    for key, value in record.to_dict(output=False).items():
        if key == "accord_commit" and value is None:  # recorded before 0005, or not a checkout
            out.print(f"[bold]{key}[/]: unknown")
            continue
        out.print(f"[bold]{key}[/]: {escape(json.dumps(value, ensure_ascii=False))}")
    table = Table(title="Forecast")
    keys = ("forecast", "p_agreement", "if_agreement", "status_quo")
    table.add_column("issue")
    for key in keys:
        table.add_column(key, justify="right")
    for item in record.output.get("issues", []):
        cells = [item.get(k) for k in keys]
        table.add_row(
            escape(str(item.get("id"))),
            *("" if c is None else f"{c:.3g}" if isinstance(c, float) else str(c) for c in cells),
        )
    out.print(table)
    drafts = record.drafts()
    if drafts:
        out.print(_drafts_table(drafts))


def _score_table(table_of: ScoreTable) -> Table:
    """A scores table (:func:`accord.ledger.scores.score_tables`, the workbench's ledger page's
    too since session 45): scenario, engine, n and how many of the n were made after their
    outcome (hindsight), then the Brier score and the position error or log loss each with its
    standard error (``± SE``, session 40; ``n<2`` where one forecast gives no spread) and beside
    the status quo's and the no-skill forecast's."""
    table = Table(title=table_of.title)
    for column in table_of.columns:
        table.add_column(column, justify="left" if column in ("scenario", "engine") else "right")
    for row in table_of.rows:
        scenario, engine, *figures = row
        table.add_row(escape(scenario), escape(engine), *figures)
    return table


def _print_scores(scores: Scores) -> None:
    """The pooled tables (every scored forecast, with how many are hindsight), then, where some
    are hindsight, the same over the forecasts made before their outcome, or a line saying
    there are none."""
    from accord.ledger.scores import hindsight_lines, score_tables

    tables = score_tables(scores)
    for table_of in tables:
        if not table_of.before_outcome:
            out.print(_score_table(table_of))
    for line in hindsight_lines(scores):  # a caveat on the scores above: kept under --quiet
        say_warning(line, "")
    for table_of in tables:
        if table_of.before_outcome:
            out.print(_score_table(table_of))


def _comparisons_table(scores: Scores) -> Table:
    """The paired comparisons (session 40): each engine against the status quo, no skill
    (session 44) and the engine of --against on each score, over the questions both forecast,
    with the mean difference, its standard error, the Diebold-Mariano (HLN) p-value and a
    verdict in words."""
    table = Table(
        title="Paired comparisons (engine - reference over the questions both forecast; "
        "negative: engine better)",
        caption="Diebold & Mariano 1995 with the Harvey, Leybourne & Newbold 1997 correction "
        "(h = 1), t(n - 1), two-sided; Holm p: Holm 1979 over every tested comparison of this "
        "table, the verdict's; questions assumed independent (docs/ledger.md)",
    )
    columns = (
        "kind", "score", "engine", "reference", "n", "difference", "± SE", "p", "Holm p",
        "verdict",
    )  # fmt: skip
    left = ("kind", "score", "engine", "reference", "verdict")
    for column in columns:
        table.add_column(column, justify="left" if column in left else "right")
    for c in scores.comparisons:
        cells = c.cells  # the figures the workbench's ledger page shows too (session 45)
        table.add_row(
            c.kind,
            c.measure,
            escape(c.engine),
            escape(c.reference_name),
            *(cells[key] for key in ("n", "difference", "se", "p", "p_holm")),
            escape(c.verdict),
        )
    return table


def _pairs_table(scores: Scores) -> Table:
    """One row per scored forecast and question: the record with its as_of, seed and runs, its
    p_agreement against what happened, its point forecast against the outcome, the scores."""
    table = Table(title="Scored forecasts (one row per record and question)")
    columns = (
        "record", "scenario", "issue", "engine", "as of", "seed", "runs", "p", "agreed",
        "Brier", "forecast", "outcome", "error", "made",
    )  # fmt: skip
    left = ("scenario", "issue", "engine", "as of", "agreed", "made")
    for column in columns:
        table.add_column(column, justify="left" if column in left else "right")
    for i in scores.items:
        table.add_row(
            str(i.record_id),
            escape(i.scenario_id),
            escape(i.issue_id),
            escape(i.engine),
            str(i.as_of or ""),
            "" if i.seed is None else str(i.seed),
            "" if i.runs is None else str(i.runs),
            fixed(i.p_agreement, 3),
            "yes" if i.agreed else "no",
            score_text(i.brier, "brier"),
            fixed(i.forecast, 1),
            f"{i.outcome:g}",
            score_text(i.error, "error"),
            "after" if i.hindsight else "before",
        )
    return table


def _calibration_table(scores: Scores, drafts: bool = False) -> Table:
    """The calibration (reliability) table: per engine, each fixed bin of p_agreement (with
    ``drafts``: of P(adopted), session 41) with its count, mean forecast probability and observed
    frequency of agreement (adoption); an empty bin says so."""
    from accord.ledger.scores import CALIBRATION_BINS

    what, happened = ("P(adopted)", "adoption") if drafts else ("p_agreement", "agreement")
    table = Table(
        title=f"Calibration: {what} in {CALIBRATION_BINS} fixed bins against the observed "
        f"frequency of {happened}",
        caption="bins [low, high), the last [0.9, 1.0]; hindsight included (docs/ledger.md)",
    )
    for column in ("engine", "bin", "n", "mean p", "adopted" if drafts else "agreed", "observed"):
        table.add_column(column, justify="left" if column in ("engine", "bin") else "right")
    for b in scores.draft_calibration if drafts else scores.calibration:
        empty = b.n == 0
        table.add_row(
            escape(b.engine),
            b.label,
            str(b.n),
            "empty" if empty else fixed(b.mean_p, 3),
            "" if empty else str(b.n_agreed),
            "" if empty else fixed(b.observed, 3),
        )
    return table


def _decomposition_table(scores: Scores) -> Table:
    """Murphy's decomposition of each engine's Brier score (session 41): exact over the distinct
    forecast values (Brier = REL - RES + UNC), then over the calibration bins with the two
    within-bin terms (Brier = REL - RES + UNC + WBV - WBC); ``n<2`` where there is no spread."""
    table = Table(
        title="Brier decomposition (Murphy 1973): Brier = REL - RES + UNC",
        caption="REL reliability (lower better), RES resolution (higher better), UNC uncertainty "
        "o(1 - o) of the base rate o; exact over the distinct forecast values; binned: over "
        "the calibration bins, + WBV - WBC (Stephenson et al. 2008); all scenarios pooled, "
        "hindsight included (docs/ledger.md)",
    )
    columns = (
        "kind", "engine", "n", "Brier", "base rate", "UNC", "REL", "RES", "values",
        "REL binned", "RES binned", "WBV", "WBC",
    )  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column in ("kind", "engine") else "right")
    for d in scores.decomposition:
        small = d.status != "decomposed"
        figures = (
            d.uncertainty, d.reliability, d.resolution, None, d.reliability_binned,
            d.resolution_binned, d.within_bin_variance, d.within_bin_covariance,
        )  # fmt: skip
        cells = ["n<2" if small else fixed(v, 3) for v in figures]
        cells[3] = str(d.n_distinct)
        table.add_row(
            d.kind, escape(d.engine), str(d.n), fixed(d.brier, 3), fixed(d.base_rate, 3), *cells
        )
    return table


def _say_annulled(scores: Scores) -> None:
    """How many forecasts of how many annulled questions (and drafts) were left out of every
    score."""
    for pairs, key, what in (
        (scores.annulled, "issue", "question"),
        (scores.annulled_drafts, "draft", "draft"),
    ):
        if not pairs:
            continue
        which = {(a["scenario"], a[key]) for a in pairs}
        named = ", ".join(f"{s}/{i}" for s, i in sorted(which))
        say_note(
            f"{counted(len(pairs), 'forecast')} of {counted(len(which), f'annulled {what}')} "
            f"not scored ({named}): an annulled {what} is listed, never scored"
        )


PerForecastOption = Annotated[
    bool,
    typer.Option(
        "--per-forecast",
        help="Also one row per scored forecast and question (record, as_of, seed, runs, p, "
        "outcome, scores); with --format csv/parquet this table instead of the summary rows.",
    ),
]
PairedOption = Annotated[
    bool,
    typer.Option(
        "--paired",
        help="With --format csv/parquet: write the paired comparisons (each engine against the "
        "status quo, no skill and --against; Diebold-Mariano test) instead of the summary rows. "
        "The table and --json always have them.",
    ),
]
AgainstOption = Annotated[
    str | None,
    typer.Option(
        "--against",
        metavar="ENGINE",
        help="Also compare every engine with this one (its label, e.g. smp or "
        "bdm:scholz-code), question by question, besides the status quo and no skill.",
    ),
]
DecomposeOption = Annotated[
    bool,
    typer.Option(
        "--decompose",
        help="Also Murphy's decomposition of each engine's Brier score (reliability, resolution, "
        "uncertainty; exact, and over the calibration bins); with --format csv/parquet this "
        "table instead. --json always has it.",
    ),
]
CalibrationOption = Annotated[
    bool,
    typer.Option(
        "--calibration",
        help="Also the calibration table: p_agreement in ten fixed bins against the observed "
        "frequency, per engine; with --format csv/parquet this table instead.",
    ),
]


@ledger_app.command("score")
def score_command(
    scenario: ScenarioFilter = None,
    db: LedgerDb = None,
    per_forecast: PerForecastOption = False,
    calibration: CalibrationOption = False,
    decompose: DecomposeOption = False,
    paired: PairedOption = False,
    against: AgainstOption = None,
    as_json: JsonOption = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Score every resolved forecast, per engine within each scenario and across scenarios,
    beside the status quo and a no-skill reference (docs/ledger.md); annulled questions are
    counted, never scored. --per-forecast, --calibration and --decompose add a table each; the
    paired comparisons (each engine against the status quo, no skill and --against ENGINE;
    Holm-adjusted) follow the scores."""
    from accord.ledger import score

    shape = chosen_format(fmt, as_json, out_file)
    if sum((per_forecast, calibration, paired, decompose)) > 1 and shape in ("csv", "parquet"):
        raise DataError(
            "--per-forecast, --calibration, --paired, --decompose: a CSV or Parquet file holds "
            "one table; ask for one at a time (--json gives them all: its forecasts, "
            "calibration, comparisons and decomposition)"
        )
    scores = score(*_records_and_resolutions(db, scenario), against=against)
    # one frame for every tabular format: the issues' rows and the drafts' (session 26; the
    # CSV had left out the drafts' P(adopted) scores that the table and --json show)
    frame = (
        scores.forecasts_frame
        if per_forecast
        else scores.calibration_frame
        if calibration
        else scores.comparisons_frame
        if paired
        else scores.decomposition_frame
        if decompose
        else scores.summary_frame
    )
    from accord.provenance import provenance, version_string

    # which code made the scores (session 35): the "accord" block last, accord_version last
    def document() -> dict[str, Any]:
        return {**scores.to_dict(), "accord": provenance()}

    def table() -> Any:
        return frame().assign(accord_version=version_string())

    if emit_document_or_frame(shape, document, table, out_file):
        return
    if not scores.items and not scores.drafts:
        _say_annulled(scores)
        say_note(
            "nothing to score yet: record forecasts (accord forecast ... --record, or "
            "accord ledger record-bundled) of resolved scenarios"
        )
        return
    _print_scores(scores)
    if scores.comparisons:
        out.print(_comparisons_table(scores))
    if per_forecast and scores.items:
        out.print(_pairs_table(scores))
    if calibration and scores.items:
        out.print(_calibration_table(scores))
    if calibration and scores.draft_calibration:
        out.print(_calibration_table(scores, drafts=True))
    if decompose and scores.decomposition:
        out.print(_decomposition_table(scores))
    _say_annulled(scores)
    if scores.skipped:
        say_note(f"{len(scores.skipped)} record/resolution pairs not scored (see --json)")


@ledger_app.command("record-bundled")
def record_bundled_command(
    engine: Annotated[
        list[str] | None, typer.Option(help="Engine to record (repeatable; default all).")
    ] = None,
    runs: Annotated[int, typer.Option(min=1, help="Monte Carlo runs per forecast.")] = 200,
    seed: Annotated[int, typer.Option(help="Seed of every forecast.", callback=seed_checked)] = 1,
    db: LedgerDb = None,
) -> None:
    """Record forecasts of the bundled historic cases (those with bundled resolutions) by each
    engine, so that `accord ledger score` has something real to score. Idempotent."""
    from accord.cli.output import working
    from accord.ledger import Ledger, record_bundled

    db_to_write(db, "the forecasts' records", ledger=True)
    with Ledger(db) as ledger, working("recording forecasts of the bundled cases"):
        added, already = record_bundled(ledger, engine, runs, seed)
    say_note(f"recorded {len(added)} forecasts ({already} already in the ledger)")
