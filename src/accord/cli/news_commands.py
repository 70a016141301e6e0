"""Commands about news: ingest articles, list documents, query events, an actor's timeline.

Every command takes ``--db URL`` (SQLAlchemy URL, or a plain file path for SQLite); without it
``$ACCORD_DB``, else ``~/.accord/accord.db``. ``accord ingest`` exits 0 when at least one
document from its inputs is in the store afterwards (added now or already there), 1 when no
document could be read from any input, and 2 on a usage error (bad URL, bad option value).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from accord.cli.app import app, err, out, say_error, say_note, say_warning, show_progress
from accord.cli.coder_option import CoderOption, choose_coder
from accord.cli.options import date_option, db_to_write, probability_option
from accord.cli.output import (
    ForceOption,
    FormatOption,
    OutOption,
    chosen_format,
    counted,
    emit_document_or_frame,
    print_batch_report,
    print_json,
)
from accord.cli.scale_options import SchedulerOption, WorkersOption
from accord.errors import DataError
from accord.text import first_three, shortened

if TYPE_CHECKING:
    import pandas as pd

    from accord.news.ingest import Coder
    from accord.news.readers import NotUtf8, ReadResult
    from accord.news.store import Redated, Store, StoredEvent
    from accord.news.types import ActorRef
    from accord.store import NewSqliteFile

# The store, the ingest and the timeline (SQLAlchemy, numpy: about 0.7 CPU s) are imported by
# the commands that use them, not here: ``accord ingest --workers N`` starts its workers' fork
# server first, and it loads the coder on the other core while this process imports them
# (docs/benchmarks-news.md, session 8).

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (sqlite:///file.db, postgresql+psycopg://...) or a SQLite file path; "
        "default $ACCORD_DB or ~/.accord/accord.db.",
    ),
]


@app.command("ingest")
def ingest_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            # usage "PATH..." (accord.cli.app.PlainArgument; it said "{inputs}...", s44)
            metavar="PATH",
            help="Files, directories or glob patterns: text, HTML, RSS/Atom, JSON Lines, CSV.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    no_code: Annotated[
        bool, typer.Option("--no-code", help="Store documents without coding events.")
    ] = False,
    coder: CoderOption = None,
    near_threshold: Annotated[
        float,
        typer.Option(help="Estimated Jaccard (word 5-grams) that flags a near-duplicate."),
    ] = 0.8,
    date_if_missing: Annotated[
        str | None,
        typer.Option(
            help="Date (YYYY-MM-DD) for documents with none in metadata or text, "
            "instead of the file's modification time."
        ),
    ] = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    parquet: Annotated[
        Path | None,
        typer.Option(help="Also write coded events as Parquet partitions (date=YYYY-MM-DD/)."),
    ] = None,
) -> None:
    """Read articles into the news store and code their events.

    With --workers, --scheduler or --parquet the inputs are coded shard by shard (one file a
    shard) on local processes or a Dask cluster, and a re-run skips finished shards.

    Exit status: 0 if any document from the inputs is in the store afterwards, 1 if none could
    be read, 2 on a usage error.
    """
    fallback = date_option(date_if_missing, "--date-if-missing")
    db_to_write(db, "the documents and events read")
    if not 0.0 < near_threshold <= 1.0:  # the store's check named its parameter, near_threshold
        raise DataError(
            "--near-threshold: expected an estimated Jaccard resemblance above 0 and at most 1 "
            f"(got {near_threshold:g})"
        )
    if workers is not None or scheduler is not None or parquet is not None:
        from accord.cli.corpus_commands import run_corpus

        status = run_corpus(
            inputs,
            db=db or "",
            parquet=parquet,
            workers=workers,
            scheduler=scheduler,
            code=not no_code,
            coder=coder if not no_code else None,
            near_threshold=near_threshold,
            date_if_missing=fallback,
        )
        raise typer.Exit(status)
    from sqlalchemy.exc import SQLAlchemyError

    from accord.news.ingest import expand_inputs, ingest
    from accord.news.store import Store
    from accord.store import NewSqliteFile, driver_message

    new_file = NewSqliteFile.of(db)  # removed again if nothing is read (session 29, finding 11)
    # without --coder, ingest's own default (the rules coder, or one a test injects)
    chosen: Coder | Literal["auto"] | None = (
        None if no_code else choose_coder(coder) if coder else "auto"
    )
    with Store(db, near_threshold=near_threshold) as store:
        progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[name]}"),
            TimeElapsedColumn(),
            console=err,
            transient=False,
            disable=not show_progress(),
        )
        with progress:
            task = progress.add_task("ingest", total=None, name="")

            done: list[Path] = []

            def on_file(path: Path, result: ReadResult | None) -> None:
                done.append(path)
                progress.update(task, advance=1, name=escape(path.name))

            files, _ = expand_inputs(inputs)
            progress.update(task, total=len(files))
            terminated: list[int] = []
            try:
                with sigterm_as_interrupt(terminated):
                    report = ingest(
                        inputs,
                        store,
                        coder=chosen,
                        on_file=on_file,
                        date_if_missing=fallback,
                    )
            except KeyboardInterrupt:  # Ctrl-C: say what is kept (session 29's trial)
                progress.stop()
                raise stopped(
                    terminated,
                    f"{len(done)} of {len(files)} file(s)",
                    "one transaction per document",
                ) from None
            except SQLAlchemyError as exc:
                raise DataError(
                    f"{store.display_url}: database error, batch stopped "
                    f"({driver_message(exc)}); "
                    "documents stored before it are committed"
                ) from None
        rows = [
            ("files read", f"{report.files - report.files_failed} of {report.files}"),
            ("documents read", str(report.documents_read)),
            ("added", str(report.added)),
            ("already stored", str(report.already_present)),
            ("near-duplicates flagged", str(report.near_duplicates)),
            ("coder", report.coder),
            ("events new / merged", f"{report.events_new} / {report.events_merged}"),
            ("problems", str(len(report.problems))),
        ]
        if report.coding_failed:
            rows.append(("coder failures", str(report.coding_failed)))
        print_batch_report(f"Ingest into {escape(store.display_url)}", rows, report.problems)
        warn_mtime_dates(report.dated_by_mtime)
        warn_not_english(report.not_english)
        warn_not_utf8(report.not_utf8)
        note_redated(report.redated)
        note_repeated(report.repeated)
    if new_file is not None and report.documents_read == 0:
        discard_unused_store(new_file)
    elif new_file is not None:
        note_new_store(new_file)
    raise typer.Exit(report.exit_code)


def note_new_store(new_file: NewSqliteFile) -> None:
    """A nightly job's log says where a new store began (session 32's trial, finding 5): an
    ingest into a store file that was not there, one process or sharded (session 33)."""
    say_warning(  # kept under --quiet: the one line that shows a share not mounted
        f"{new_file.path} was not there before this ingest; if you "
        "meant an existing store (a shared folder not mounted, a typo in the path), "
        "check --db",
        "new store",
    )


def stopped(terminated: Sequence[int], done: str, kept: str) -> typer.Exit:
    """Say what an ingest stopped by Ctrl-C or SIGTERM kept (sessions 29 and 32) and how to go
    on; the exit to raise, 130 or 143 (128 + the signal), as a shell reports a process the
    signal ended. ``done``: how far it got (``18 of 300 file(s)``); ``kept``: the unit stored
    whole (``one transaction per document``). One process and sharded alike (session 33)."""
    how = "terminated (SIGTERM)" if terminated else "interrupted"
    say_error(  # exit 130 or 143 follows
        f"{how} after {done}: the documents stored before are kept whole ({kept}); run the "
        "same command again to store the rest (stored documents are skipped as already stored)",
        "",
    )
    return typer.Exit(143 if terminated else 130)


@contextmanager
def sigterm_as_interrupt(terminated: list[int]) -> Iterator[None]:
    """Within the block, SIGTERM (cron's ``timeout``, ``systemctl stop``, ``kill``) stops the
    work as Ctrl-C does, noting the signal in ``terminated``: until session 32 it ended an
    ingest without a line on what was kept. Only the main thread can set a handler; elsewhere
    the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        terminated.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def discard_unused_store(new_file: NewSqliteFile) -> None:
    """Remove the store file an ingest made but read nothing into (an empty folder, a mistyped
    path, only unreadable files), and say so: the summary above says what was read."""
    if new_file.discard():
        said = f"nothing was read, so no store was made: {new_file.path} not created"
    else:  # another writer stored into the same new file meanwhile: its data stay
        said = f"nothing was read; {new_file.path} kept: another writer stored into it"
    say_warning(said, "")  # kept under --quiet: it says why the exit status is 1


def note_redated(redated: Sequence[tuple[str, Redated]]) -> None:
    """One line for the stored documents that had no date of their own (their file's time, or
    none) and that ``--date-if-missing`` dated now (session 27's trial: doing what the warning
    above says, on a document stored already, changed nothing and said nothing)."""
    if not redated:
        return
    shown = first_three(
        [
            f"{path} ({done.old or 'undated'} -> {done.new}, {done.events} event(s))"
            for path, done in redated
        ]
    )
    say_note(
        f"re-dated {len(redated)} stored document(s) that had no date in metadata or text "
        f"(dated by the file's modification time, or undated): {shown}"
    )


NAMED_REPEATS = 10
"""How many repeated articles an ingest names, one line each; the rest are counted."""


def note_repeated(repeated: Sequence[tuple[str, str]]) -> None:
    """One line for each article this ingest read twice (the same text in two files, or two
    rows of one): the later place and the first, so that "already stored" is not a mystery
    (session 31's trial, finding 8: a `copy-of-london.txt` was only counted). The first
    :data:`NAMED_REPEATS`, then a count."""
    from accord.news.ingest import repeated_lines

    for line in repeated_lines(repeated, NAMED_REPEATS):
        say_note(line)


def warn_mtime_dates(undated: Sequence[tuple[str, str]]) -> None:
    """One warning for the documents that gave no date (no metadata, none in the text) and
    were dated by their file's modification time: a copy or checkout resets it, so the
    evidence they give is dated today (session 24's trial: a sentence of December 2025 came
    out dated the day of the ingest, and `accord update` refused it as after the issues'
    horizons). ``undated``: ``(file, date)`` pairs, an ingest report's ``dated_by_mtime``,
    inline or shard by shard (:func:`accord.cli.corpus_commands.run_corpus`; session 25)."""
    if not undated:
        return
    shown = first_three([f"{path} ({date})" for path, date in undated])
    say_warning(
        f"{len(undated)} document(s) had no date in metadata or text "
        f"and are dated by the file's modification time: {shown}; give "
        "--date-if-missing YYYY-MM-DD for the date they were published (docs/news.md)"
    )


def warn_not_english(found: Sequence[tuple[str, str]]) -> None:
    """One warning for the documents that seem written in another language than English: the
    event coders and the evidence finder read English only (session 35's trial, finding 6: a
    French article was stored, gave no event, and nothing said why). ``found``: ``(file,
    language)`` pairs, an ingest report's ``not_english``."""
    if not found:
        return
    shown = first_three([f"{path} ({language})" for path, language in found])
    say_warning(
        f"{len(found)} document(s) seem written in another language "
        f"than English: {shown}; the event coders and the evidence finder read English "
        "only, so these give few or no events and no evidence (stored all the same; "
        "docs/news.md)"
    )


def warn_not_utf8(found: Sequence[NotUtf8]) -> None:
    """One warning for the files that were not UTF-8 and were read as Windows-1252: right for
    Windows-1252 and most Latin-1 text, mangled for any other encoding (session 36: a
    Shift-JIS article was read as Windows-1252 and nothing said so). ``found``: an ingest
    report's ``not_utf8``; the bytes that could not be decoded at all are counted."""
    if not found:
        return
    from accord.news.readers import FALLBACK_ENCODING

    shown = first_three([item.describe() for item in found])
    lost = sum(item.replaced for item in found)
    said = f"; {lost} byte(s) could not be decoded at all (read as U+FFFD)" if lost else ""
    say_warning(
        f"{len(found)} file(s) were not UTF-8 and were read as "
        f"{FALLBACK_ENCODING}: {shown}{said}; if they are in another encoding their text "
        "is mangled: convert them to UTF-8 first, e.g. iconv -f SHIFT_JIS -t UTF-8 "
        "(docs/news.md)"
    )


def _codes(refs: tuple[ActorRef, ...]) -> str:
    return ", ".join(r.code for r in refs)


MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        help="Only events whose confidence is at least P (0-1): the calibrated probability "
        "that the event's type is right (docs/event-coding.md).",
        metavar="P",
    ),
]


events_app = typer.Typer(
    help="Stored PLOVER events: list them (no subcommand) or evaluate the coder.",
    no_args_is_help=False,
)
app.add_typer(events_app, name="events")


@events_app.callback(invoke_without_command=True)
def events_command(
    ctx: typer.Context,
    db: DbOption = None,
    actor: Annotated[
        str | None,
        typer.Option(
            help="Actor code (FRA, UN...) or name, either side; a state's name is its code."
        ),
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="A JSON list of PLOVER records.")] = False,
    as_jsonl: Annotated[
        bool, typer.Option("--jsonl", help="PLOVER records, one JSON object a line.")
    ] = False,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="Export one row per event: plover-json, csv or parquet (see "
            "docs/event-coding.md for the columns).",
        ),
    ] = None,
    out_path: Annotated[
        Path | None, typer.Option("--out", help="File for --format (stdout for json/csv).")
    ] = None,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Stored PLOVER events, oldest first (or a subcommand: evaluate)."""
    if ctx.invoked_subcommand is not None:
        return
    start, end = date_option(since, "--since"), date_option(until, "--until")
    probability_option(min_confidence, "--min-confidence")
    if start is not None and end is not None and start > end:  # else "0 events", no word why
        raise DataError(f"--since {since} is after --until {until}")
    if event_type is not None:
        from accord.news.types import plover_type

        try:
            plover_type(event_type)
        except DataError as exc:
            raise DataError(f"--type: {exc}") from None
    if fmt is not None:
        from accord.news.export import FORMATS

        if fmt not in FORMATS:  # before the store is read, and before the other options
            raise DataError(
                f"--format: unknown format {fmt!r}; expected one of {', '.join(FORMATS)}"
            )
    asked = [f for f, on in (("--json", as_json), ("--jsonl", as_jsonl)) if on]
    asked += [f"--format {fmt}"] if fmt is not None else []
    if len(asked) > 1:  # else one of them was silently dropped (session 29's trial)
        raise DataError(f"{' and '.join(asked)} ask for two outputs; give one")
    if out_path is not None and fmt is None:  # else the file was silently never written
        shown = "JSON is" if as_json or as_jsonl else "table is"
        raise DataError(
            f"--out {out_path}: needs --format plover-json, csv or parquet (the {shown} printed)"
        )
    if fmt is not None and out_path is not None:
        from accord.outputs import check_result_out

        # before reading the store, as every --out is
        check_result_out(out_path, "--out", "json" if fmt == "plover-json" else fmt)
    from accord.news.store import Store

    with Store(db, create=False) as store:
        chosen = None if actor is None else _actor_filter(store, actor, "--actor")
        found = store.events(
            actor=chosen,
            event_type=event_type,
            since=start,
            until=end,
            min_confidence=min_confidence,
        )
        if fmt is not None:
            from accord.news.export import export_rows, reporting_documents, write_export

            docs = reporting_documents(found, store)
            text = write_export(export_rows(found, docs), fmt, out_path)
            if text is not None:
                typer.echo(text, nl=False)
            return
    if as_jsonl:
        for ev in found:
            print_json(ev.to_plover())
        return
    if as_json:
        print_json([ev.to_plover() for ev in found])
        return
    table = Table(title=counted(len(found), "event"))
    for column in ("date", "type", "mode", "source", "target", "trigger", "docs"):
        table.add_column(column)
    for ev in found:
        table.add_row(
            str(ev.date or ""),
            ev.event_type,
            ev.mode or "",
            escape(_codes(ev.sources)),
            escape(_codes(ev.targets)),
            escape(ev.trigger or ""),
            str(len(ev.document_ids)),
        )
    out.print(table)


def with_accord_version(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a last column ``accord_version`` (:func:`accord.provenance.
    version_string`), as every table accord writes ends: which code made it (`accord timeline`
    and `accord evidence` since session 36)."""
    from accord.provenance import version_string

    frame["accord_version"] = version_string()
    return frame


def _actor_filter(store: Store, actor: str, option: str) -> str:
    """``actor`` as :func:`accord.news.store.resolve_actor` reads it (a state's name as its
    code, said on stderr so that a JSON answer stays one document); refused, naming the
    option, when nothing knows it (a typo, not "0 events") or it names several codes."""
    from accord.news.store import resolve_actor

    try:
        chosen = resolve_actor(store, actor)
    except DataError as exc:
        raise DataError(f"{option}: {exc}") from None
    if chosen.note is not None:
        say_note(f"{option}: {chosen.note}")
    return chosen.value


def _role(ev: StoredEvent, actor: str) -> str:
    def hit(refs: tuple[ActorRef, ...]) -> bool:
        return any(
            r.code.upper() == actor.upper() or (r.name or "").lower() == actor.lower() for r in refs
        )

    source, target = hit(ev.sources), hit(ev.targets)
    return "both" if source and target else "source" if source else "target"


@app.command("timeline")
def timeline_command(
    actor: Annotated[
        str, typer.Argument(help="Actor code (FRA, UN...) or name; a state's name is its code.")
    ],
    db: DbOption = None,
    plot: Annotated[
        Path | None, typer.Option(help="Also draw the timeline to FILE.svg or FILE.png.")
    ] = None,
    force: ForceOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON list instead of a table.")] = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """An actor's events by date, as a table and optionally a picture."""
    shape = chosen_format(fmt, as_json, out_file)
    probability_option(min_confidence, "--min-confidence")
    if plot is not None and plot.suffix.lower() not in (".svg", ".png"):
        raise DataError(f"--plot: the file must end in .svg or .png (got {str(plot)!r})")
    if plot is not None:
        from accord.outputs import check_output

        check_output(plot, "--plot", force)
    from accord.news.store import Store
    from accord.news.timeline import TimelinePoint, timeline_png, timeline_svg
    from accord.scenario.io import write_bytes_atomic

    with Store(db, create=False) as store:
        actor = _actor_filter(store, actor, "ACTOR")
        found = store.events(actor=actor, min_confidence=min_confidence)
    rows: list[dict[str, object]] = []
    points: list[TimelinePoint] = []
    for ev in found:
        role = _role(ev, actor)
        others = ev.targets if role == "source" else ev.sources if role == "target" else ()
        rows.append(
            {
                "date": ev.date.isoformat() if ev.date else None,
                "type": ev.event_type,
                "role": role,
                # missing (None), not "", where nobody is on the other side: the CSV read it
                # back as missing and the Parquet file as text (session 43)
                "with": _codes(others) or None,
                "trigger": ev.trigger,
                "documents": len(ev.document_ids),
            }
        )
        if ev.date is not None:
            points.append(TimelinePoint(ev.date, ev.event_type, role, len(ev.document_ids)))
    from accord.frames import records_frame

    def frame() -> pd.DataFrame:  # the table ends with accord_version (session 36)
        return with_accord_version(records_frame(rows))

    if not emit_document_or_frame(shape, lambda: rows, frame, out_file):
        table = Table(title=f"Timeline of {escape(actor)}: {len(found)} events")
        for column in ("date", "type", "role", "with", "trigger", "docs"):
            table.add_column(column)
        for row in rows:
            table.add_row(
                *(escape(str(row[k] or "")) for k in ("date", "type", "role", "with", "trigger")),
                str(row["documents"]),
            )
        out.print(table)
    if plot is not None:
        if plot.suffix.lower() == ".svg":
            write_bytes_atomic(plot, timeline_svg(actor, points).encode("utf-8"))
        else:
            write_bytes_atomic(plot, timeline_png(actor, points))
        undated = len(found) - len(points)
        note = f" ({undated} undated events left out)" if undated else ""
        say_note(f"wrote {plot}{note}")


TITLE_CHARS = 70
"""The longest title `accord documents` prints whole; a longer one is cut at a word boundary
with an ellipsis (:func:`accord.text.shortened`)."""


@app.command("documents")
def documents_command(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON list instead of a table.")] = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """List the ingested documents, oldest first."""
    from accord.news.store import Store

    shape = chosen_format(fmt, as_json, out_file)
    with Store(db, create=False) as store:
        docs = store.documents()
    if shape != "table":
        rows = [d.to_dict() for d in docs]
        from accord.frames import records_frame

        def frame() -> pd.DataFrame:  # ends with accord_version, as the events' (session 43)
            return with_accord_version(records_frame(rows))

        emit_document_or_frame(shape, lambda: rows, frame, out_file)
        return
    cut = any(len(d.title) > TITLE_CHARS for d in docs)
    caption = f"titles cut at {TITLE_CHARS} characters: --json or --format csv gives them as stored"
    table = Table(title=counted(len(docs), "document"), caption=caption if cut else None)
    for column in ("id", "date", "from", "title", "source", "words", "events", "near-dup of"):
        table.add_column(column)
    for d in docs:
        near = f"{d.near_duplicate_of[:12]} ({d.similarity:.2f})" if d.near_duplicate_of else ""
        table.add_row(
            d.id[:12],
            str(d.date or ""),
            d.date_from,
            escape(shortened(d.title, TITLE_CHARS)),
            escape(d.source or ""),
            str(d.words),
            str(d.n_events),
            near,
        )
    out.print(table)
