"""`accord votes ...`: fit, evaluate and use the UN General Assembly vote predictor."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out, say_note
from accord.cli.options import date_option, seed_checked
from accord.cli.output import (
    ForceOption,
    FormatOption,
    OutOption,
    chosen_format,
    emit_document_or_frame,
    working,
)
from accord.errors import DataError
from accord.text import probability_text

votes_app = typer.Typer(
    help="UN General Assembly roll calls: fit ideal points, predict drafts, evaluate.",
    no_args_is_help=True,
)
app.add_typer(votes_app, name="votes")

DEFAULT_MODEL = Path("~/.accord/unvotes-model.npz")

DataDir = Annotated[Path, typer.Option("--data", help="Directory with the unvotes CSV files.")]
ModelFile = Annotated[
    Path | None, typer.Option("--model", help="Model file (default: the bundled one).")
]
PrintJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@votes_app.command("fit")
def fit_command(
    data: DataDir,
    out_file: Annotated[
        Path, typer.Option("--out", help="Where to write the model (.npz).")
    ] = DEFAULT_MODEL,
    dims: Annotated[int, typer.Option(help="Ideal-point dimensions.", min=1, max=5)] = 2,
    seed: Annotated[int, typer.Option(help="Seed of the start jitter.", callback=seed_checked)] = 0,
    last: Annotated[
        int | None,
        typer.Option("--last-session", help="Train on sessions up to this one only."),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Fit the model on the last sessions in DATA (its training window) and save it atomically.

    The bundled model is rebuilt with ``accord votes fit --data ../shared/data/unvotes
    --last-session 73 --out src/accord/institutions/unvotes/data/model.npz``.
    """
    from accord.institutions.unvotes import Settings, load_data, train
    from accord.outputs import check_output

    own = out_file.expanduser().parent == Path.home() / ".accord"  # made below, the default
    check_output(out_file.expanduser(), "--out", force, new_folder=own)

    settings = Settings(dims=dims, seed=seed)
    with working("reading roll calls"):
        rc = load_data(data)
    top = int(rc.session.max()) if last is None else last
    keep = (rc.session <= top) & (
        rc.session > top - settings.sessions if settings.sessions > 0 else True
    )
    if not keep.any():
        raise DataError(f"--last-session {last}: no roll calls in {data} up to that session")
    with working("fitting ideal points and the vote classifier"):
        model = train(rc.subset(keep).compact(), settings)
    target = out_file.expanduser()
    if target.parent == Path.home() / ".accord":  # accord's own folder: the owner's alone
        from accord.outputs import make_folder
        from accord.store.engine import PRIVATE_FOLDER_MODE

        make_folder(target.parent, "--out", PRIVATE_FOLDER_MODE)
    model.save(target)
    first, last = model.trained_sessions
    out.print(
        f"fitted {model.history.session.size} roll calls, {len(rc.members)} members, "
        f"sessions {first}-{last} "
        f"({model.info['rounds']} rounds); wrote {escape(str(target))}"
    )


@votes_app.command("predict")
def predict_command(
    title: Annotated[str, typer.Option("--title", help="Short title of the draft.")],
    description: Annotated[str, typer.Option("--description", help="Longer text.")] = "",
    issue: Annotated[
        list[str] | None, typer.Option("--issue", help="Issue code (me nu di hr co ec).")
    ] = None,
    date: Annotated[str | None, typer.Option("--date", help="Vote date, YYYY-MM-DD.")] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help="The Assembly's rule to adopt by: important (two thirds of those present and "
            "voting, Charter Art. 18(2)), substantive or procedural (default: a simple "
            "majority, yes > no).",
        ),
    ] = None,
    model_file: ModelFile = None,
    as_json: PrintJson = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Each member's yes/no/abstain probabilities and the predicted adoption."""
    from accord.institutions.unvotes import adoption, load_model, predict_votes

    shape = chosen_format(fmt, as_json, out_file)
    rule_text = "simple majority"
    if kind is not None:
        from accord.institutions.rules import load_body

        load_body("unga").rule(kind)  # an unknown kind is refused before the model loads
        rule_text = f"the General Assembly's {kind} rule"
    model = load_model(model_file)
    when = date_option(date, "--date")
    probs = predict_votes(model, title, description, issue or (), when)
    summary = adoption(probs)
    p_adopted = summary["p_adopted"] if kind is None else _assembly_adoption(probs, kind)
    from accord.provenance import provenance, version_string

    def document() -> dict[str, Any]:
        made: dict[str, Any] = {
            "title": title,
            "date": None if when is None else when.isoformat(),  # since session 43
            "issues": list(issue or ()),
            "members": probs.to_dict(),
            "expected": {k: summary[k] for k in ("yes", "no", "abstain")},
            "p_adopted": p_adopted,
            "adopted": summary.adopted if kind is None else p_adopted >= 0.5,
        }
        if kind is not None:
            made["rule"] = kind  # since session 37 (s37-un's trial, finding 15)
        return made | {
            "model_sessions": list(model.trained_sessions),
            "accord": provenance(),  # which code made the forecast (session 35)
        }

    def frame() -> Any:
        # the members' table, then the draft's title, date, rule (--kind; empty: a simple
        # majority) and P(adopted) (session 43: several predictions stacked could not be told
        # apart), ending with accord_version (session 35)
        return probs.to_frame().assign(
            title=title,
            date=None if when is None else when.isoformat(),
            rule=kind,
            p_adopted=p_adopted,
            accord_version=version_string(),
        )

    if emit_document_or_frame(shape, document, frame, out_file):
        return
    table = Table(title=f"Predicted votes: {escape(title)}")
    for column in ("member", "yes", "abstain", "no", "most likely"):
        table.add_column(column)
    ranked = sorted(probs.items(), key=lambda kv: (-kv[1]["yes"], kv[0]))
    for code, p in ranked:
        top = max(p, key=lambda k: p[k])
        cells = (probability_text(p[k], 2, exact_one=True) for k in ("yes", "abstain", "no"))
        table.add_row(code, *cells, top)  # "> 0.99", not 1.00, for 0.9996 (session 45)
    out.print(table)
    out.print(
        f"expected yes {summary['yes']:.1f}, no {summary['no']:.1f}, abstain "
        f"{summary['abstain']:.1f}; "
        + probability_text(p_adopted, name=f"P(adopted by {rule_text})")
    )


def _assembly_adoption(probs: Any, kind: str) -> float:
    """P(adopted) under the General Assembly's rule of ``kind`` (bundled ``unga``), members
    voting independently with the model's probabilities and those it does not predict absent
    (the exact tally programme of :func:`accord.institutions.resolutions.adoption_probability`;
    abstentions count as the rule says: not at all for those present and voting)."""
    from accord.institutions.resolutions import MemberVote, adoption_probability
    from accord.institutions.rules import load_body

    body = load_body("unga")
    members = body.members_on()
    absent = MemberVote(0.0, 0.0, 0.0, 1.0, "absent")
    votes = {
        m.code: (
            MemberVote(
                probs[m.code]["yes"],
                probs[m.code]["no"],
                probs[m.code]["abstain"],
                0.0,
                "ideal-point",
            )
            if m.code in probs
            else absent
        )
        for m in members
    }
    return adoption_probability(body.rule(kind), members, votes)


@votes_app.command("evaluate")
def evaluate_command(
    data: DataDir,
    holdout: Annotated[
        int,
        typer.Option("--holdout-session", min=1, help="Session to predict (train on earlier)."),
    ],
    first: Annotated[
        int | None,
        typer.Option(
            "--first-session",
            help="Train from this session on, within the model's training window of the "
            "sessions just before the held-out one (an earlier F is said, the window kept).",
        ),
    ] = None,
    as_json: PrintJson = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Train on sessions before N, predict every vote of session N, compare with baselines."""
    from accord.institutions.unvotes import Settings, evaluate, load_data

    shape = chosen_format(fmt, as_json, out_file)
    if first is not None and first >= holdout:
        raise DataError(f"--first-session ({first}) must be before --holdout-session ({holdout})")
    settings = Settings()
    start = holdout - settings.sessions if settings.sessions > 0 else 1
    sessions = range(max(first if first is not None else 1, start), holdout + 1)
    if first is not None and first < start:  # said since session 36 (the window was kept silently)
        say_note(
            f"--first-session {first}: the model trains on at most the {settings.sessions} "
            f"sessions before the held-out one, so from session {start} (not {first})"
        )
    quiet = shape != "table"
    with working("reading roll calls", quiet=quiet):
        rc = load_data(data, sessions=sessions)
    with working(f"fitting on earlier sessions, scoring session {holdout}", quiet=quiet):
        result = evaluate(rc, holdout, settings).result
    from accord.frames import vote_scores_frame
    from accord.provenance import provenance

    def document() -> dict[str, Any]:  # which code made the scores (session 34)
        return {**result, "accord": provenance()}

    if emit_document_or_frame(shape, document, lambda: vote_scores_frame([result]), out_file):
        return
    table = Table(
        title=f"Session {holdout}: {result['n']} votes on {result['roll_calls']} roll calls"
    )
    for column in ("predictor", "accuracy"):
        table.add_column(column)
    table.add_row("model", f"{result['accuracy']:.4f}")
    for name, value in result["baselines"].items():
        table.add_row(name, f"{value:.4f}")
    out.print(table)
    f1 = result["f1"]
    always = result["baseline_adoption_accuracy"]["always_yes"]
    out.print(
        f"F1 yes {f1['yes']:.3f}, no {f1['no']:.3f}, abstain {f1['abstain']:.3f}; "
        f"adoption correct on {result['adoption_accuracy']:.1%} of roll calls "
        f'("always adopted": {always:.1%})'
    )


@votes_app.command("rolling")
def rolling_command(
    data: DataDir,
    first: Annotated[int, typer.Option("--first", help="First session predicted.")] = 55,
    last: Annotated[int, typer.Option("--last", help="Last session predicted.")] = 73,
    as_json: PrintJson = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Rolling-origin evaluation: each session N from FIRST to LAST predicted from earlier
    sessions only; per-session accuracy and margins, their mean and the worst margin."""
    from accord.institutions.unvotes import Settings, load_data
    from accord.institutions.unvotes.evaluate import rolling
    from accord.progress import tick

    shape = chosen_format(fmt, as_json, out_file)
    if first > last:  # else the empty range surfaces as "no roll calls" after the reading
        raise DataError(f"--first {first} comes after --last {last}")
    settings = Settings()
    start = first - settings.sessions if settings.sessions > 0 else 1
    rc = load_data(data, sessions=range(max(start, 1), last + 1))

    total = last - first + 1

    def show(r: dict[str, object]) -> None:
        tick("session", int(str(r["holdout_session"])) - first + 1, total)
        if shape == "table":
            b = r["baselines"]
            assert isinstance(b, dict)
            out.print(
                f"session {r['holdout_session']}: accuracy {r['accuracy']:.4f}, "
                f"carry-forward {b['similar_resolution']:.4f}, margin {r['margin']:+.4f}"
            )

    with working(f"rolling evaluation, sessions {first}-{last}", quiet=shape != "table"):
        report = rolling(rc, first, last, settings, show)
    from accord.frames import vote_scores_frame
    from accord.provenance import provenance

    def document() -> dict[str, Any]:  # which code made the scores (session 34)
        return {**report, "accord": provenance()}

    if emit_document_or_frame(
        shape, document, lambda: vote_scores_frame(report["per_session"]), out_file
    ):
        return
    summary = report["summary"]
    out.print(
        f"mean accuracy {summary['mean_accuracy']:.4f}; margin over carry-forward: mean "
        f"{summary['mean_margin']['similar_resolution']:+.4f}, worst "
        f"{summary['worst_margin']['similar_resolution']:+.4f}, beaten in "
        f"{summary['sessions_beaten']['similar_resolution']} of {last - first + 1} sessions"
    )


@votes_app.command("followers")
def followers_command(
    data: DataDir,
    out_file: Annotated[Path, typer.Option("--out", help="Where to write the model (.json).")],
    first: Annotated[int, typer.Option("--first-session", help="First training session.")] = 59,
    last: Annotated[int, typer.Option("--last-session", help="Last training session.")] = 73,
    force: ForceOption = False,
) -> None:
    """Fit how each member follows the key members' votes (penalty chosen on the last session).

    The penalty is chosen by the log loss on session LAST of models fitted on FIRST..LAST-1;
    the shipped file is rebuilt with ``accord votes followers --data ../shared/data/unvotes
    --out src/accord/institutions/unvotes/data/followers.json``.
    """
    from accord.institutions.unvotes import followers, load_data
    from accord.outputs import check_output

    if not first < last:
        raise DataError(f"--first-session ({first}) must be before --last-session ({last})")
    check_output(out_file.expanduser(), "--out", force)
    with working("fitting the followers model"):
        rc = load_data(data, sessions=range(first, last + 1))
        c, scores = followers.choose_c(rc.subset(rc.session < last), rc.subset(rc.session == last))
        model = followers.fit(rc, c)
        model.save(out_file.expanduser())
    losses = ", ".join(f"C={k:g}: {v:.4f}" for k, v in scores.items())
    out.print(
        f"{len(model.members)} members, sessions {first}-{last}, C={c:g} "
        f"(held-out log loss {losses}) -> {escape(str(out_file))}"
    )


@votes_app.command("ukraine")
def ukraine_command(
    day: Annotated[
        str, typer.Option("--date", help="Day of the texts, YYYY-MM-DD.")
    ] = "2025-02-24",
    model_file: ModelFile = None,
    share: Annotated[
        bool,
        typer.Option(
            "--session-share",
            help="Also forecast with the carried-forward votes tilted to the mean yes share of "
            "the session's earlier texts (chosen by leave-one-resolution-out over ES-11/1-6; "
            "docs/validation-unvotes.md).",
        ),
    ] = False,
    as_json: PrintJson = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Forecast the tallies of the emergency special session's texts of one day from the
    records dated before it, beside the recorded tallies."""
    from accord.institutions.unvotes import followers, load_model
    from accord.institutions.unvotes.ess import forecast_day

    shape = chosen_format(fmt, as_json, out_file)
    when = date_option(day, "--date")
    assert when is not None
    model = load_model(model_file)
    results = [f.to_dict() for f in forecast_day(model, when, followers.load(), share)]
    from accord.frames import ess_frame
    from accord.provenance import provenance, version_string

    iso = when.isoformat()
    if emit_document_or_frame(
        shape,
        # which code made the forecasts: the "accord" block, accord_version (session 35)
        lambda: {"date": iso, "texts": results, "accord": provenance()},
        lambda: ess_frame(iso, results).assign(accord_version=version_string()),
        out_file,
    ):
        return
    table = Table(title=f"Emergency special session texts of {when.isoformat()}")
    columns = ["text", "carried from", "model yes/no/abst", "combined", "shifted"]
    columns += ["session share"] if share else []
    for column in [*columns, "recorded"]:
        table.add_column(column)

    def cells(c: dict[str, float] | None) -> str:
        return f"{c['yes']:.0f}/{c['no']:.0f}/{c['abstain']:.0f}" if c else "-"

    for r in results:
        rec = r["recorded"]
        row = [r["symbol"], str(r["neighbour"]), cells(r["model_only"]), cells(r["combined"])]
        row += [cells(r.get("shifted"))] + ([cells(r.get("session_share"))] if share else [])
        table.add_row(*row, f"{rec['yes']}/{rec['no']}/{rec['abstain']}")
    out.print(table)
