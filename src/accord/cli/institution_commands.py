"""Commands about institutions: exact voting power of bodies (bundled or a file of one's own)
or weighted games."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out
from accord.cli.options import seed_checked
from accord.cli.output import (
    FormatOption,
    JsonOption,
    OutOption,
    chosen_format,
    emit_document_or_frame,
)
from accord.errors import AccordError
from accord.institutions.bundled import INDEX_NAMES, bundled_body_ids
from accord.text import probability_text

if TYPE_CHECKING:
    from accord.institutions.rules import Body

BODY_ALIASES = {"unsc": "unsc", "unga": "unga", "eu-council": "eu-council", "eu": "eu-council"}


def _int_list(text: str, option: str) -> list[int]:
    try:
        values = [int(x) for x in text.split(",")] if text.strip() else []
    except ValueError:
        raise AccordError(f"{option} must be integers separated by commas (got {text!r})") from None
    if not values:
        raise AccordError(f"{option} is empty")
    return values


@app.command("power")
def power_command(
    body: Annotated[
        str | None,
        typer.Option(
            help=f"A bundled body ({', '.join(bundled_body_ids())}) or a body file of your "
            "own (.yaml, .yml, .json; docs/institutions.md)."
        ),
    ] = None,
    index: Annotated[
        str, typer.Option(help=f"{', '.join(INDEX_NAMES)} or ternary (Security Council style).")
    ] = "shapley-shubik",
    year: Annotated[
        int | None, typer.Option(help="Composition on 1 July of this year (default: body's).")
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="Kind of decision (rule), e.g. procedural.")
    ] = None,
    quota: Annotated[int | None, typer.Option(help="Quota of a weighted game.")] = None,
    weights: Annotated[
        str | None, typer.Option(help="Weights W1,W2,... of a weighted game.")
    ] = None,
    names: Annotated[
        str | None, typer.Option(help="Player names A,B,... (with --weights).")
    ] = None,
    samples: Annotated[
        int | None,
        typer.Option(
            help="Estimate from this many random orders (Shapley-Shubik) or coalitions "
            "(Banzhaf), with standard errors, where the exact index would take too long.",
            min=1,
        ),
    ] = None,
    seed: Annotated[
        int | None,
        typer.Option(help="Seed of --samples (default: drawn and printed).", callback=seed_checked),
    ] = None,
    as_json: JsonOption = False,
    fmt: FormatOption = None,
    out_file: OutOption = None,
) -> None:
    """Exact a priori voting power (Shapley-Shubik or Banzhaf) of a body or weighted game.

    With --samples N, an estimate from N random orders or coalitions instead."""
    from accord.institutions.power import (
        PowerIndices,
        SampledIndices,
        body_power,
        power,
        quotas_text,
        sampled_body_power,
        sampled_power,
        weighted_game,
    )

    shape = chosen_format(fmt, as_json, out_file)
    if (body is None) == (weights is None):
        raise AccordError("give either --body or --quota with --weights")
    if body is not None and (quota is not None or names is not None):
        raise AccordError("--quota and --names go with --weights, not with --body")
    if seed is not None and samples is None:
        raise AccordError("--seed goes with --samples (an exact index draws nothing)")
    extra: dict[str, Any]
    chosen: Body | None = None
    result: PowerIndices | SampledIndices
    if body is not None:
        from accord.institutions.rules import read_body

        # a bundled id (or its alias), else a body file of the user's own
        chosen = read_body(BODY_ALIASES.get(body, body))
        if samples is not None:
            result, extra = sampled_body_power(chosen, index, year, kind, samples, seed)
        else:
            result, extra = body_power(chosen, index, year, kind)
    else:
        if quota is None or weights is None:
            raise AccordError("--weights needs --quota")
        values = _int_list(weights, "--weights")
        labels = [x.strip() for x in names.split(",")] if names else None
        game = weighted_game(quota, values, labels)
        result = (
            power(game, index) if samples is None else sampled_power(game, index, samples, seed)
        )
        extra = {"quota": quota, "weights": dict(zip(game.players, values, strict=True))}

    def document() -> dict[str, Any]:
        made = result.to_dict()
        made_by = made.pop("accord")  # the "accord" block stays last, after the body's keys
        return made | extra | {"accord": made_by}

    if emit_document_or_frame(shape, document, result.to_frame, out_file):
        return
    # the rule decided on is named (the web page says it too): a unanimity table titled like
    # the qmv one was read as the qmv one
    title = f"{result.index} index" + (
        f" of {extra['body']} ({extra['kind']}" + _composition(chosen, year) + ")"
        if chosen is not None
        else ""
    )
    # the quotas beside the weights' totals: a share typed wrong in a body file of one's own
    # shows as a total off 100% (session 38's trial)
    caption = None
    if chosen is not None:
        when = dt.date.fromisoformat(extra["date"]) if "date" in extra else None
        caption = escape(quotas_text(chosen, kind, when))
    if isinstance(result, SampledIndices):
        drawn = "orders" if result.index == "shapley-shubik" else "coalitions"
        title += f", estimated from {result.samples} random {drawn}, seed {result.seed}"
        table = Table(title=escape(title), caption=caption)
        for column in ("member", "value", "stderr"):
            table.add_column(column, justify="left" if column == "member" else "right")
        for member, estimate in result.values.items():
            table.add_row(member, f"{estimate:.6f}", f"{result.stderr[member]:.6f}")
        out.print(table)
        return
    table = Table(title=escape(title), caption=caption)
    for column in ("member", "value", "exact"):
        table.add_column(column, justify="right" if column == "value" else "left")
    if result.swings is not None:
        table.add_column("swings", justify="right")
    for member, value in result.values.items():
        row = [member, f"{float(value):.6f}", f"{value.numerator}/{value.denominator}"]
        if result.swings is not None:
            row.append(str(result.swings[member]))
        table.add_row(*row)
    out.print(table)


def _composition(body: Body, year: int | None) -> str:
    """Which members a body's power table is for, where its membership changes by year.

    Without ``--year`` the Security Council's table was of its default date's members
    (24 February 2025) and did not say so: a reader of a 2024 draft took them for its voters.
    """
    if year is not None:
        return f", composition of 1 July {year}"
    if body.years() and body.default_date is not None:
        return f", members as on {body.default_date}; --year for another year"
    return ""


def resolution_tables(resolutions: list[dict[str, Any]]) -> list[Table]:
    """One table per draft of a forecast: member vote probabilities, outcome and reason.

    Bodies of up to 40 members list every member; larger ones list the members voting from
    the scenario (actors and bloc members) or with a recorded vote, and sum up the rest.
    """
    from accord.institutions.resolutions import blockers_text, members_correct_text

    tables = []
    for r in resolutions:
        exp = r["expected"]
        caption = [
            probability_text(r["adoption_probability"], name="P(adopted)")
            + f"; predicted {r['outcome']} "
            f"({r['reason']}); expected {exp['yes']:.1f} yes, {exp['no']:.1f} no, "
            f"{exp['abstain']:.1f} abstain, {exp['absent']:.1f} absent",
            "could block: "
            + blockers_text(
                r["could_block"], r["adoption_probability"], len(r["votes"]), "--json lists them"
            ),
        ]
        actual = r.get("actual")
        recorded = actual.get("votes", {}) if actual else {}
        if actual:
            caption.append(
                f"actual: {'adopted' if actual['adopted'] else 'not adopted'} "
                f"{actual['yes']}-{actual['no']}-{actual['abstain']}"
                + (f" as {actual['symbol']}" if actual.get("symbol") else "")
                + (
                    f"; {members_correct_text(actual['members_correct'], len(r['votes']))}"
                    if actual.get("members_correct")
                    else ""
                )
            )
        table = Table(
            title=escape(f"{r['id']} ({r['body']}): {r['title']}"),
            caption=escape("\n".join(caption)),
        )
        for column in ("member", "yes", "no", "abstain", "absent", "predicted", "from"):
            table.add_column(column, justify="right" if column in CHOICE_COLUMNS else "left")
        if actual:
            table.add_column("actual")
        votes: dict[str, dict[str, Any]] = r["votes"]
        show = [
            c
            for c, v in votes.items()
            if len(votes) <= 40 or v["source"] == "scenario" or c in recorded
        ]
        for code in show:
            v = votes[code]
            # "> 0.99" for a yes of 0.99999 (it printed 1.00), as the HTML report (session 45)
            cells = (probability_text(v[k], 2, exact_one=True) for k in CHOICE_COLUMNS)
            row = [code, *cells, v["predicted"], v["source"]]
            if actual:
                row.append(recorded.get(code, ""))
            table.add_row(*row)
        rest = [v for c, v in votes.items() if c not in show]
        if rest:
            sums = [f"{sum(v[k] for v in rest):.1f}" for k in CHOICE_COLUMNS]
            row = [f"{len(rest)} others", *sums, "(sum)", "session-record/ideal-point/base-rate"]
            table.add_row(*row, *([""] if actual else []))
        tables.append(table)
    return tables


CHOICE_COLUMNS = ("yes", "no", "abstain", "absent")
