"""Commands on coded events and stance evidence: ``events evaluate``, ``evidence``, ``update``.

``accord events`` is a command group defined in :mod:`accord.cli.news_commands`: run alone it
lists stored events; ``accord events evaluate GOLD.json`` (here) scores the coder against gold
records. ``accord evidence SCENARIO`` lists the stance evidence in the store and
``accord evidence evaluate GOLD.jsonl`` scores it against gold sentences.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from accord.cli.app import app, out
from accord.cli.coder_option import CoderOption, choose_coder
from accord.cli.news_commands import DbOption, events_app, with_accord_version
from accord.cli.options import probability_option
from accord.cli.output import (
    ForceOption,
    FormatOption,
    OutOption,
    chosen_format,
    counted,
    emit_document_or_frame,
    progress,
)
from accord.errors import DataError
from accord.news.types import Document, StanceEvidence
from accord.outputs import check_output
from accord.provenance import provenance
from accord.scenario.catalogue import resolve
from accord.text import shortened

if TYPE_CHECKING:  # the scenario model (pydantic) and the coders load when a command runs
    import pandas as pd

    from accord.scenario.model import Scenario

QuotedOnlyOption = Annotated[
    bool,
    typer.Option(
        "--quoted-only",
        help="Only the gold records whose sentence a checker found as published "
        "(quote_check: verbatim).",
    ),
]


@events_app.command("evaluate")
def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold records in the PLOVER JSON format.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="Also list the records coded wrongly (with --format csv/parquet: the file "
            "holds those records, one row each, instead of the scores).",
        ),
    ] = False,
    split: Annotated[
        str | None, typer.Option(help="Only records whose 'split' field has this value.")
    ] = None,
    coder: CoderOption = None,
    quoted_only: QuotedOnlyOption = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Score the event coder on gold sentences: event-type P/R/F1, actor accuracy, confusion."""
    from accord.news.evaluate import evaluate_file

    shape = chosen_format(fmt, as_json, out_file)
    result = evaluate_file(
        gold, keep_errors=errors, split=split, coder=choose_coder(coder), quoted_only=quoted_only
    )
    data = result.to_dict()
    if errors:
        data["errors"] = result.errors
    from accord.frames import coding_errors_frame, coding_frame

    def frame() -> Any:
        return coding_errors_frame(result.errors) if errors else coding_frame(data)

    if emit_document_or_frame(shape, lambda: _signed(data), frame, out_file):
        return
    table = Table(title=f"Event coding against {escape(str(gold))}", show_header=False)
    for key in (
        "n",
        "predicted",
        "event_precision",
        "event_recall",
        "event_f1",
        "source_accuracy",
        "target_accuracy",
        "actor_accuracy",
    ):
        table.add_row(key, str(data[key]))
    out.print(table)
    matrix = Table(title="Confusion: gold type -> coded types (NONE: nothing coded)")
    matrix.add_column("gold")
    matrix.add_column("n", justify="right")
    matrix.add_column("coded as")
    for gold_type, row in data["confusion"].items():
        cells = ", ".join(f"{k} {v}" for k, v in sorted(row.items(), key=lambda kv: -kv[1]))
        matrix.add_row(gold_type, str(sum(row.values())), cells)
    out.print(matrix)
    for item in result.errors:
        out.print(
            f"[dim]{escape(item['id'])}[/] gold {item['gold']} got {item['got']}: "
            f"{escape(shortened(item['text'], 120))}",
            highlight=False,
        )


def _signed(figures: dict[str, Any]) -> dict[str, Any]:
    """``figures`` ending with the ``"accord"`` block (:func:`accord.provenance.provenance`):
    which code made them, as a forecast's JSON ends (session 34). Asked for only when a
    document is written, so that the table view runs no git."""
    return {**figures, "accord": provenance()}


EvidenceConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        help="Drop findings whose holder's event in the sentence has a calibrated confidence "
        "below P (0-1); findings with no such event are kept (docs/event-coding.md).",
        metavar="P",
    ),
]


def _collect(
    scenario: Scenario,
    db: str | None,
    coder: str | None = None,
    min_confidence: float | None = None,
) -> tuple[list[Document], list[StanceEvidence]]:
    from accord.news.evidence import evidence_in_store
    from accord.news.store import Store

    finder = getattr(choose_coder(coder), "clause_agents", None) if coder else None
    with Store(db, create=False) as store:  # reading: a mistyped --db is an error
        return evidence_in_store(scenario, store, finder, min_confidence=min_confidence)


class _ScenarioOrEvaluate(TyperGroup):
    """``accord evidence SCENARIO ...`` lists (the hidden ``list`` command); ``accord evidence
    evaluate GOLD`` scores: anything but a subcommand name or ``--help`` first means a listing."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["list", *args]
        return super().parse_args(ctx, args)


evidence_app = typer.Typer(
    cls=_ScenarioOrEvaluate,
    help="List stance evidence for a scenario found in the stored documents, or score it.\n\n"
    "accord evidence SCENARIO [--db URL] [--json|--format csv|parquet] lists it; "
    "accord evidence evaluate GOLD.jsonl [--coder rules|nlp] scores it on gold sentences; "
    "accord evidence cv GOLD.jsonl... [--by scenario|url|file] cross-validates the matcher's "
    "rules.",
    no_args_is_help=True,
)
app.add_typer(evidence_app, name="evidence")


@evidence_app.command("list", hidden=True)
def evidence_command(
    scenario: Annotated[str, typer.Argument(help="Scenario id (bundled) or file.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
    coder: CoderOption = None,
    min_confidence: EvidenceConfidenceOption = None,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """List stance evidence for a scenario found in the stored documents."""
    probability_option(min_confidence, "--min-confidence")
    shape = chosen_format(fmt, as_json, out_file)
    model = resolve(scenario)
    _docs, found = _collect(model, db, coder, min_confidence)
    from accord.frames import evidence_frame

    def frame() -> pd.DataFrame:  # the table ends with accord_version (session 36)
        return with_accord_version(evidence_frame(found))

    if emit_document_or_frame(shape, lambda: [e.to_dict() for e in found], frame, out_file):
        return
    # the document as `accord documents` and the update's citations (news-ID) shorten it
    table = Table(title=f"Stance evidence for {escape(model.id)} ({counted(len(found), 'item')})")
    # already_source: the document is one of the scenario's own sources (accord update skips it)
    columns = ("actor", "issue", "dir", "strength", "date", "document", "already_source", "quote")
    for column in columns:
        table.add_column(column)
    for e in found:
        table.add_row(
            e.actor,
            e.issue,
            f"{e.direction:+.0f}",
            f"{e.strength:.2f}",
            e.date.isoformat() if e.date else "",
            (e.document_id or "")[:12],
            escape(e.already_source or ""),
            escape(shortened(e.quote, 160)),
        )
    out.print(table)


@evidence_app.command("evaluate")
def evidence_evaluate_command(
    gold: Annotated[
        Path,
        typer.Argument(help="Gold sentences, JSON lines (tests/data/news/evidence-gold.jsonl)."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list the sentences scored wrongly.")
    ] = False,
    coder: CoderOption = None,
    legacy: Annotated[
        bool,
        typer.Option(
            "--legacy-rules", help="Score the matcher without its precision rules (the 'before')."
        ),
    ] = False,
    quoted_only: QuotedOnlyOption = False,
    confidence_gate: Annotated[
        bool,
        typer.Option(
            "--confidence-gate",
            help="Drop items below the bundled confidence model's cut-off (session 10 option).",
        ),
    ] = False,
    abstain_on: Annotated[
        list[str] | None,
        typer.Option(
            "--abstain-on",
            help="Drop items of this signal class, e.g. strength=0.5 (repeatable; session 10).",
        ),
    ] = None,
    min_confidence: EvidenceConfidenceOption = None,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Score stance evidence on gold sentences: precision, recall, accepted updates."""
    from dataclasses import replace

    from accord.news.evidence import DEFAULT_RULES, LEGACY_RULES
    from accord.news.evidence_gold import evaluate_evidence_file

    probability_option(min_confidence, "--min-confidence")
    shape = chosen_format(fmt, as_json, out_file)
    for name in abstain_on or ():
        _check_signal_class(name)
    rules = replace(
        LEGACY_RULES if legacy else DEFAULT_RULES,
        confidence_gate=confidence_gate,
        abstain_on=frozenset(abstain_on or ()),
    )
    result = evaluate_evidence_file(
        gold,
        choose_coder(coder),
        keep_errors=errors,
        rules=rules,
        quoted_only=quoted_only,
        min_confidence=min_confidence,
    )
    data = result.to_dict()
    if errors:
        data["errors"] = result.errors
    from accord.frames import evidence_scores_frame

    if emit_document_or_frame(
        shape, lambda: _signed(data), lambda: evidence_scores_frame(data), out_file
    ):
        return
    table = Table(
        title=f"Stance evidence ({escape(result.coder)} coder) against {escape(str(gold))}"
    )
    for column in ("scope", "gold", "found", "predicted", "correct", "precision", "recall"):
        table.add_column(column)
    rows = [*sorted(data["by_scenario"].items()), ("overall", data["overall"])]
    rows.append(("actor+issue (any direction)", data["actor_issue"]))
    for name, score in rows:
        table.add_row(
            escape(name),
            *(str(score[k]) for k in ("gold", "found_gold", "predicted", "correct")),
            *("-" if score[k] is None else f"{score[k]:.3f}" for k in ("precision", "recall")),
        )
    out.print(table)
    share = data["accepted_share"]
    out.print(
        f"{data['sentences']} sentences ({data['sentences_with_stance']} with a stance); "
        f"proposed changes a careful reader would accept: {data['changes_accepted']} of "
        f"{data['changes']}" + ("" if share is None else f" ({share:.0%})"),
        highlight=False,
    )
    for item in result.errors:
        out.print(
            f"[dim]{escape(item['id'])}[/] gold {escape(', '.join(item['gold']) or '-')} "
            f"found {escape(', '.join(item['found']) or '-')}: "
            f"{escape(shortened(item['text'], 120))}",
            highlight=False,
        )


@evidence_app.command("cv")
def evidence_cv_command(
    gold: Annotated[
        list[Path],
        typer.Argument(
            help="Gold sentences, JSON lines, one file or several pooled "
            "(tests/data/news/evidence-*.jsonl).",
            metavar="GOLD",  # usage "GOLD..." (it said "{gold}...", session 45)
        ),
    ],
    by: Annotated[
        str,
        typer.Option(
            "--by",
            help="Fold by scenario (leave one out), by report URL (grouped k-fold) "
            "or by gold file (leave one out).",
        ),
    ] = "scenario",
    folds: Annotated[int, typer.Option("--folds", min=2, help="Folds when grouping by URL.")] = 5,
    objective: Annotated[
        str,
        typer.Option(
            "--objective",
            help="Choose the rules in each fold by F0.5, or by precision keeping at least "
            "two thirds of the plain matcher's correct items.",
        ),
    ] = "f0.5",
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    coder: CoderOption = None,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Cross-validate the evidence matcher's precision rules on gold sentences."""
    from accord.news.evidence_cv import cross_validate
    from accord.news.evidence_gold import load_evidence_golds

    shape = chosen_format(fmt, as_json, out_file)
    ways: dict[str, Literal["scenario", "url", "file"]] = {
        "scenario": "scenario",
        "url": "url",
        "file": "file",
    }
    if by not in ways:
        raise DataError(f"--by: {by!r} is not a way to fold; expected scenario, url or file")
    objectives: dict[str, Literal["f0.5", "precision"]] = {
        "f0.5": "f0.5",
        "precision": "precision",
    }
    if objective not in objectives:
        raise DataError(
            f"--objective: {objective!r} is not an objective; expected f0.5 or precision"
        )
    records, scenarios, files = load_evidence_golds(gold)
    with progress(f"evidence cv: {len(records)} sentences, by {by}", shape):
        report = cross_validate(
            records,
            scenarios,
            choose_coder(coder),
            by=ways[by],
            k=folds,
            files=files,
            objective=objectives[objective],
        )
    data = report.to_dict()
    from accord.frames import evidence_cv_frame

    if emit_document_or_frame(
        shape, lambda: _signed(data), lambda: evidence_cv_frame(data), out_file
    ):
        return
    table = Table(title=f"Evidence rules by CV ({escape(report.coder)} coder, by {by})")
    columns = ("fold", "chosen on the rest", "items", "precision", "recall", "before: P / R")
    for column in (*columns, "changes accepted (before)"):
        table.add_column(column, overflow="fold")

    def pr(score: dict[str, Any]) -> list[str]:
        return ["-" if score[k] is None else f"{score[k]:.3f}" for k in ("precision", "recall")]

    def accepted(now: dict[str, Any], before: dict[str, Any]) -> str:
        return f"{now['accepted']}/{now['proposed']} ({before['accepted']}/{before['proposed']})"

    for f in data["folds"]:
        table.add_row(
            escape(f["fold"]),
            escape(f["chosen"]),
            str(f["test"]["predicted"]),
            *pr(f["test"]),
            " / ".join(pr(f["baseline_test"])),
            accepted(f["changes"], f["baseline_changes"]),
        )
    table.add_row(
        "pooled",
        "",
        str(data["pooled_test"]["predicted"]),
        *pr(data["pooled_test"]),
        " / ".join(pr(data["baseline_pooled_test"])),
        accepted(data["pooled_changes"], data["baseline_pooled_changes"]),
    )
    out.print(table)
    interval = data["pooled_precision_wilson95"]
    if interval is not None:
        out.print(f"pooled precision, 95% Wilson interval: {interval[0]:.3f}-{interval[1]:.3f}")
    out.print(f"chosen on every sentence: {escape(data['chosen_on_all'])}", highlight=False)


@app.command("update")
def update_command(
    scenario: Annotated[str, typer.Argument(help="Scenario id (bundled) or file.")],
    out_path: Annotated[
        Path | None,
        typer.Option("--out", help="Where to write the new scenario (else only show the diff)."),
    ] = None,
    db: DbOption = None,
    force: ForceOption = False,
    coder: CoderOption = None,
    min_confidence: EvidenceConfidenceOption = None,
    accepted: Annotated[
        list[str] | None,
        typer.Option(
            "--accept",
            metavar="ACTOR/ISSUE",
            help="Accept only this proposed change (repeatable; as the review names it, e.g. "
            "RUS/peacekeeping); the others are rejected. Default: all of them.",
        ),
    ] = None,
    include_sources: Annotated[
        bool,
        typer.Option(
            "--include-sources",
            help="Count the findings from documents that are the scenario's own sources (its "
            "sources' url, file name, or title and date); by default they are skipped, since "
            "the scenario was written from them.",
        ),
    ] = False,
) -> None:
    """Propose a revised scenario from the stored news, print the changes, write it atomically."""
    from accord.news.update import accept, diff_lines, propose
    from accord.scenario.io import dumps, write_atomic

    probability_option(min_confidence, "--min-confidence")
    pairs = [_change_pair(text) for text in accepted or ()]
    model = resolve(scenario)
    _check_pairs_named(model, pairs)
    fmt = None
    if out_path is not None:
        suffix = out_path.suffix.lower()
        fmt = "json" if suffix == ".json" else "yaml" if suffix in (".yaml", ".yml") else None
        if fmt is None:
            raise DataError(f"--out {out_path}: expected a .yaml, .yml or .json file name")
        _check_not_the_input(scenario, out_path, force)
        check_output(out_path, "--out", force)
    docs, found = _collect(model, db, coder, min_confidence)
    if accepted:
        proposal, stale = accept(model, found, docs, pairs, include_sources)
        if stale:
            raise DataError(
                "--accept: not among the changes the stored news proposes for "
                f"{model.id}: {', '.join(f'{a}/{i}' for a, i in stale)}; nothing written "
                "(run without --accept to read the proposal)"
            )
    else:
        proposal = propose(model, found, docs, include_sources)
    for line in diff_lines(proposal):
        out.print(escape(line), highlight=False)
    if out_path is None or fmt is None:
        out.print(f"{len(proposal.changes)} changes proposed; use --out FILE to write them")
        return
    write_atomic(out_path, dumps(proposal.scenario, fmt))
    out.print(f"wrote {escape(str(out_path))} ({len(proposal.changes)} changes)")


def _check_not_the_input(scenario: str, out_path: Path, force: bool) -> None:
    """Refuse ``--out`` naming the scenario file being updated, unless ``force``: the update
    writes accord's own layout (comments and flow mappings go), so the file as the analyst
    wrote it, which the review compares with, would be lost. Until session 31 (s31-trial,
    finding 3) ``accord update my.yaml --out my.yaml`` replaced it, with no change too."""
    source = Path(scenario)
    if force or not (source.is_file() and out_path.exists()):
        return
    if source.samefile(out_path):
        raise DataError(
            f"--out {out_path}: that is the scenario file being updated; write the revision to "
            "a new file (the update writes accord's own layout, so your file's comments and "
            "layout would go, and the review compares the two), or give --force to replace it"
        )


def _check_pairs_named(model: Scenario, pairs: list[tuple[str, str]]) -> None:
    """Refuse an ``--accept`` naming an actor or issue the scenario does not have, saying which
    it has, before the news is read (session 31's trial, finding 7: ``--accept SAF/acess``
    said only that the pair was not among the changes proposed)."""
    actors, issues = [a.id for a in model.actors], [i.id for i in model.issues]
    for actor, issue in pairs:
        if actor not in actors:
            raise DataError(
                f"--accept {actor}/{issue}: no actor {actor!r} in {model.id} (actors: "
                f"{', '.join(actors)})"
            )
        if issue not in issues:
            raise DataError(
                f"--accept {actor}/{issue}: no issue {issue!r} in {model.id} (issues: "
                f"{', '.join(issues)})"
            )


def _change_pair(text: str) -> tuple[str, str]:
    """``ACTOR/ISSUE`` (spaces around the slash allowed, as the review prints it) as a pair."""
    actor, sep, issue = (part.strip() for part in text.partition("/"))
    if not (sep and actor and issue):
        raise DataError(f"--accept: expected ACTOR/ISSUE, e.g. RUS/peacekeeping (got {text!r})")
    return actor, issue


def _check_signal_class(text: str) -> None:
    """A class of ``--abstain-on`` is NAME=VALUE with NAME a signal the classes are made of
    (:data:`accord.news.evidence_confidence.CLASS_SIGNALS`) and VALUE one that signal can
    take there (:func:`~accord.news.evidence_confidence.classes`: a flag 0 or 1, a count
    capped at 3, a number): a misspelt one would match no item and silently drop nothing."""
    from dataclasses import fields

    from accord.news.evidence import Signals
    from accord.news.evidence_confidence import CLASS_SIGNALS

    name, sep, value = text.partition("=")
    if not sep or not value or name not in CLASS_SIGNALS:
        raise typer.BadParameter(
            f"{text!r}: expected NAME=VALUE (e.g. strength=0.5), NAME one of "
            + ", ".join(CLASS_SIGNALS),
            param_hint="'--abstain-on'",
        )
    kind = {f.name: str(f.type) for f in fields(Signals)}[name]
    values = {"bool": ("0", "1"), "int": ("0", "1", "2", "3")}.get(kind)
    if values is not None and value not in values:
        raise typer.BadParameter(
            f"{text!r}: {name} is {'a flag' if kind == 'bool' else 'a count (3: three or more)'}"
            f", one of {', '.join(values)}",
            param_hint="'--abstain-on'",
        )
    if kind == "float" and _class_number(value) != value:
        raise typer.BadParameter(
            f"{text!r}: {name} is a number written as the classes write it (shortest form: "
            f"0.5, not 0.50), e.g. {name}=0.5",
            param_hint="'--abstain-on'",
        )


def _class_number(text: str) -> str | None:
    """``text`` as :func:`~accord.news.evidence_confidence.classes` writes a number (``:g``),
    or None where it is no finite number."""
    try:
        number = float(text)
    except ValueError:
        return None
    return f"{number:g}" if math.isfinite(number) else None
