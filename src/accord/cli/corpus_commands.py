"""Sharded corpora from the command line: ``accord ingest --workers/--scheduler/--parquet`` and
``accord events code`` (code a corpus into Parquet partitions and/or the store)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from accord.cli.app import err, say_note, say_warning, show_progress
from accord.cli.coder_option import choose_coder
from accord.cli.news_commands import (
    discard_unused_store,
    events_app,
    note_new_store,
    note_repeated,
    sigterm_as_interrupt,
    stopped,
    warn_mtime_dates,
    warn_not_english,
    warn_not_utf8,
)
from accord.cli.options import date_option, db_to_write
from accord.cli.output import print_batch_report
from accord.cli.scale_options import SchedulerOption, WorkersOption, executor_from

if TYPE_CHECKING:
    from accord.news.corpus import Shard


def run_corpus(
    inputs: list[str],
    *,
    db: str | None,
    parquet: Path | None,
    workers: int | None,
    scheduler: str | None,
    code: bool = True,
    coder: str | None = None,
    near_threshold: float = 0.8,
    date_if_missing: dt.date | None = None,
) -> int:
    """Code ``inputs`` shard by shard on the chosen executor; print the totals; exit status.
    ``coder``: the coder's name (``--coder``), else ingest's default; each worker process
    loads its models once (an :class:`accord.news.nlp.coder.NlpCoder` travels by name and
    head)."""
    from accord.news.coders import requested_coder, start_workers

    if code and coder is not None:
        requested_coder(coder)  # an unknown name is a usage error before anything starts
    new_folder = parquet is not None and not parquet.exists()
    if parquet is not None:
        from accord.outputs import check_folder, make_folder

        check_folder(parquet, "--parquet")  # a new folder, not a tree of them (session 46)
        make_folder(parquet, "--parquet")  # before any coding, as every --out is checked
    executor = executor_from(workers, scheduler)
    terminated: list[int] = []
    stored: list[str] = []  # the shards done so far, for the line said if stopped
    shards: list[Shard] = []
    try:
        with sigterm_as_interrupt(terminated):  # SIGTERM as Ctrl-C, as one process has it
            if coder is not None or not code:
                # before the coder is built and the imports below (the nlp coder's modules,
                # the store, SQLAlchemy: about 0.8 CPU s): the fork server loads the coder by
                # its name on the other core meanwhile (docs/benchmarks-news.md, sessions 8
                # and 14)
                start_workers(executor, coder if code else None)
            chosen = choose_coder(coder) if code and coder is not None else None
            from accord.news.corpus import ShardReport, find_shards, ingest_corpus
            from accord.store import NewSqliteFile, display_url, normalise_url

            new_file = NewSqliteFile.of(db) if db is not None else None

            say_note(f"running on {executor.describe()}")
            shards, _ = find_shards(inputs)
            progress = Progress(
                TextColumn("[bold]shards"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[name]}"),
                TimeElapsedColumn(),
                console=err,
                disable=not show_progress(),
            )
            with progress:
                task = progress.add_task("shards", total=len(shards), name="")

                def on_shard(report: ShardReport) -> None:
                    stored.append(report.key)
                    progress.update(task, advance=1, name=escape(Path(report.path).name))

                try:
                    report = ingest_corpus(
                        inputs,
                        url=db,
                        parquet=parquet,
                        executor=executor,
                        coder=(chosen or "auto") if code else None,
                        near_threshold=near_threshold,
                        date_if_missing=date_if_missing,
                        on_shard=on_shard,
                    )
                except KeyboardInterrupt:
                    progress.stop()
                    raise
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the workers stopped, then what is kept said
        # (an executor without ``stop``, one of a caller's own, is closed); a batch in flight
        # was rolled back: its transaction never committed
        stop = getattr(executor, "stop", None)
        try:
            clean = bool(stop()) if callable(stop) else True
        except KeyboardInterrupt:  # a second Ctrl-C in stop's wait (up to 10 s): end now, as
            clean = False  # for a stuck thread, with the line below (session 35)
        if not callable(stop):
            executor.close()
        said = stopped(
            terminated,
            f"{len(stored)} of {len(shards)} shard(s)",
            "a batch of documents to a transaction; finished shards are skipped",
        )
        if not clean:  # the pool's thread blocked on a killed worker's pipe: a normal exit
            # would wait on it for ever (Python joins it at exit), so end here, the line said
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(said.exit_code)
        raise said from None
    finally:
        executor.close()
    where = [display_url(normalise_url(db))] if db is not None else []
    where += [str(parquet)] if parquet is not None else []
    done = sum(1 for s in report.shards if s.skipped)
    rows = [
        ("shards", f"{len(report.shards)} ({done} already done, skipped)"),
        ("shards failed", str(report.total("failed"))),
        ("documents read", str(report.total("documents_read"))),
        ("added", str(report.total("added"))),
        ("already stored", str(report.total("already_present"))),
        ("near-duplicates flagged", str(report.total("near_duplicates"))),
        ("events new / merged", f"{report.total('events_new')} / {report.total('events_merged')}"),
        ("event rows to Parquet", str(report.total("events_written"))),
        ("coder", report.coder),
        ("executor", report.executor),
        ("seconds", f"{report.seconds:.1f}"),
    ]
    print_batch_report(escape(f"Corpus into {' and '.join(where)}"), rows, report.problems)
    warn_mtime_dates([pair for shard in report.shards for pair in shard.dated_by_mtime])
    warn_not_english([pair for shard in report.shards for pair in shard.not_english])
    warn_not_utf8([item for shard in report.shards for item in shard.not_utf8])
    note_repeated(report.repeats.repeated)
    if report.total("documents_read") == 0:
        if new_file is not None:
            discard_unused_store(new_file)  # a new store with nothing in it (session 29)
        if new_folder and parquet is not None:
            _discard_empty_folder(parquet)
        if new_file is not None or new_folder:
            return max(report.exit_code, 1)
    elif new_file is not None:
        note_new_store(new_file)
    return report.exit_code


def _discard_empty_folder(folder: Path) -> None:
    """Remove the ``--parquet`` folder this run made when nothing was read into it (session 30's
    closing note: an empty folder stayed behind); ``rmdir`` removes only an empty folder, so one
    another run has written into meanwhile is kept."""
    try:
        folder.rmdir()
    except OSError:
        return
    say_warning(f"nothing read: {folder} not made", "")  # as discard_unused_store says it


@events_app.command("code")
def code_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or glob patterns: JSON Lines, Parquet, HTML, text, feeds.",
            metavar="PATH",  # usage "PATH..." (it said "{inputs}...", session 45)
            show_default=False,
        ),
    ],
    parquet: Annotated[
        Path | None,
        typer.Option(help="Write coded events here, partitioned by date (date=YYYY-MM-DD/)."),
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="Also store documents and events in this store.")
    ] = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    date_if_missing: Annotated[
        str | None, typer.Option(help="Date (YYYY-MM-DD) for documents with none.")
    ] = None,
) -> None:
    """Code a sharded corpus into Parquet partitions and/or the store; re-runs resume."""
    fallback = date_option(date_if_missing, "--date-if-missing")
    if db is not None:
        db_to_write(db, "the documents and events read")
    status = run_corpus(
        inputs,
        db=db,
        parquet=parquet,
        workers=workers,
        scheduler=scheduler,
        date_if_missing=fallback,
    )
    raise typer.Exit(status)
