"""Reading DEU III files (Decision-making in the European Union; Arregui & Perarnaud 2021).

A DEU III file is tab-separated with one row per controversial issue: ``p<actor>`` positions and
``s<actor>`` saliences on 0..100 for the Commission (``com``), the Parliament (``ep``) and the
member states (two-letter codes; ``uk`` and ``el`` as in the data set), the reference point
``rp`` and the recorded outcome ``out``; ``prnrnmc`` numbers the proposal, ``proc`` is the
procedure (COD: co-decision, CNS: consultation), ``counvte`` the Council's voting rule. The
second row holds member-state figures (GDP), not an issue, and is skipped.

Each proposal becomes one :class:`~accord.scenario.Scenario` whose issues are its
controversial issues, so that engines that link issues (SMP, exchange) see them together.

Capabilities
------------
Member states weigh by their Council votes under the Treaty of Nice (Art. 3 of the Protocol
on the enlargement of the EU, as amended by the accession treaties of 2003, 2005 and 2012:
352 votes with Croatia), the weights in force for most of the period DEU III covers. The
Commission and the Parliament have no Council votes. Our choice, fixed before looking at any
error: each is weighted like one of the largest member states (29 votes) where it takes part
in the decision, the Commission always (it sets the agenda and can withdraw its proposal),
the Parliament only under co-decision (COD), where it is a co-legislator; under consultation
(CNS) its opinion does not bind and its weight is 0. docs/validation.md reports how the
errors move under the alternatives.

The procedure, the Council's voting rule and the ids of the Commission and Parliament are
also put in each scenario's ``parameters["learned"]``: the procedural facts the learned
forecaster (:mod:`accord.forecast.learned`) reads, so ``accord forecast`` can run it on a
proposal converted from a DEU file.

Saliences missing beside a stated position (39 cells in the development split) default to
0.5, the middle of the scale; a salience without a position is ignored (the actor is not
engaged on that issue).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from accord.errors import DataError, FormatError, Problem
from accord.scenario.io import read_text
from accord.scenario.model import Actor, ActorKind, Issue, Scale, Scenario, Stance
from accord.text import shortened

NICE_VOTES: dict[str, int] = {
    "de": 29, "fr": 29, "it": 29, "uk": 29, "es": 27, "pl": 27, "ro": 14, "nl": 13,
    "be": 12, "cz": 12, "el": 12, "hu": 12, "pt": 12, "at": 10, "bu": 10, "se": 10,
    "dk": 7, "ie": 7, "lt": 7, "sk": 7, "fi": 7, "cr": 7,
    "cy": 4, "ee": 4, "lv": 4, "lu": 4, "si": 4, "mt": 3,
}  # fmt: skip
"""Council votes per member state under the Treaty of Nice (total 352)."""

SUPRANATIONAL_WEIGHT = 29
DEFAULT_SALIENCE = 0.5

ISO3: dict[str, str] = {
    "at": "AUT", "be": "BEL", "bu": "BGR", "cr": "HRV", "cy": "CYP", "cz": "CZE", "dk": "DNK",
    "ee": "EST", "fi": "FIN", "fr": "FRA", "de": "DEU", "el": "GRC", "hu": "HUN", "ie": "IRL",
    "it": "ITA", "lv": "LVA", "lt": "LTU", "lu": "LUX", "mt": "MLT", "nl": "NLD", "pl": "POL",
    "pt": "PRT", "ro": "ROU", "si": "SVN", "sk": "SVK", "es": "ESP", "se": "SWE", "uk": "GBR",
}  # fmt: skip


@dataclass(frozen=True)
class DeuCase:
    """One proposal as a scenario, with the recorded outcome of each of its issues."""

    scenario: Scenario
    outcome: dict[str, float]  # issue id -> recorded outcome
    procedure: str
    rule: str = ""  # the Council's voting rule (``counvte``: QMV, Unanimity), "" if not given


def _number(text: str, file: str, row: int, column: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise FormatError(
            [Problem(f"row {row}, column {column}", "not a number", text)], file
        ) from None
    if not 0 <= value <= 100:
        raise FormatError(
            [Problem(f"row {row}, column {column}", "outside the DEU scale 0..100", value)], file
        )
    return value


def _capability(actor: str, procedure: str) -> float:
    if actor == "com":
        return SUPRANATIONAL_WEIGHT
    if actor == "ep":
        return SUPRANATIONAL_WEIGHT if procedure == "COD" else 0.0
    return NICE_VOTES[actor]


def read_deu(path: str | Path) -> list[DeuCase]:
    """Read a DEU III TSV file into one case per proposal."""
    path = Path(path)
    file = str(path)
    rows = list(csv.reader(io.StringIO(read_text(path)), delimiter="\t"))
    if len(rows) < 3:
        raise FormatError(
            [Problem("", "a DEU file needs a header, a GDP row and issues", has_value=False)], file
        )
    header = [h.strip() for h in rows[0]]
    required = {"prnrnmc", "isnrnmc", "rp", "out", "proc", "pcom", "scom"}
    missing = sorted(required - set(header))
    first = "\t".join(rows[0])
    shown = shortened(first, 60)
    if missing and len(missing) == len(required):
        # not a DEU file at all (a scenario, say): say what backtest reads and where a
        # scenario's forecasts are scored, not which of seven columns a YAML line lacks
        raise FormatError(
            [
                Problem(
                    "row 1",
                    "not a DEU III TSV file: none of the columns "
                    f"{', '.join(sorted(required))}; backtest scores engines on recorded EU "
                    "outcomes (--from deu); a scenario's forecasts are scored by the ledger "
                    "(accord forecast SCENARIO --record, accord ledger resolve, accord ledger "
                    "score)",
                    shown,
                )
            ],
            file,
        )
    if missing:
        raise FormatError(
            [Problem("row 1", f"missing DEU columns {', '.join(missing)}", shown)], file
        )
    col = {name: k for k, name in enumerate(header)}
    actors = [h[1:] for h in header if h.startswith("p") and "s" + h[1:] in col]
    unknown = [a for a in actors if a not in ("com", "ep") and a not in NICE_VOTES]
    if unknown:
        raise DataError(f"{file}: unknown DEU actor codes {', '.join(unknown)}")

    grouped: dict[str, list[tuple[int, list[str]]]] = {}
    for row_no, row in enumerate(rows[2:], start=3):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise FormatError(
                [Problem(f"row {row_no}", f"expected {len(header)} columns", len(row))], file
            )
        grouped.setdefault(row[col["prnrnmc"]].strip(), []).append((row_no, row))

    cases = []
    for proposal, items in grouped.items():
        procedure = items[0][1][col["proc"]].strip()
        issues, stances, outcome = [], [], {}
        engaged: set[str] = set()
        for row_no, row in items:
            issue_id = f"i{row[col['isnrnmc']].strip()}"
            rp = _number(row[col["rp"]], file, row_no, "rp")
            out = _number(row[col["out"]], file, row_no, "out")
            name = row[col["prname"]].strip() if "prname" in col else proposal
            issues.append(
                Issue(
                    id=issue_id,
                    title=f"{name} issue {issue_id[1:]}",
                    status_quo=rp,
                    scale=Scale(low=0, high=100),
                )
            )
            if out is not None:
                outcome[issue_id] = out
            for actor in actors:
                position = _number(row[col["p" + actor]], file, row_no, "p" + actor)
                if position is None:
                    continue
                salience = _number(row[col["s" + actor]], file, row_no, "s" + actor)
                sal = DEFAULT_SALIENCE if salience is None else salience / 100
                stances.append(Stance(actor=actor, issue=issue_id, position=position, salience=sal))
                engaged.add(actor)
        if not engaged:
            rows_named = ", ".join(str(row_no) for row_no, _ in items)
            raise FormatError(
                [
                    Problem(
                        f"row{'s' if len(items) > 1 else ''} {rows_named}",
                        "no actor states a position on proposal",
                        proposal,
                    )
                ],
                file,
            )
        rule = items[0][1][col["counvte"]].strip() if "counvte" in col else ""
        facts = {"procedure": procedure, "commission": "com", "parliament": "ep"}
        if rule:
            facts["voting_rule"] = rule
        scenario = Scenario(
            id=f"deu-{proposal}",
            title=f"DEU III proposal {proposal}",
            actors=[
                Actor(
                    id=a,
                    name=a.upper(),
                    capability=_capability(a, procedure),
                    kind=ActorKind.STATE if a in ISO3 else ActorKind.INTERNATIONAL_ORGANISATION,
                    country=ISO3.get(a),
                )
                for a in actors
                if a in engaged
            ],
            issues=issues,
            stances=stances,
            parameters={"learned": facts},
        )
        cases.append(DeuCase(scenario, outcome, procedure, rule))
    return cases
