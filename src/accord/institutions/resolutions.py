"""Draft resolutions in scenarios: predicted member votes, adoption probability and who can block.

A scenario's ``institutions`` section (validated by :class:`Institutions`) names the bodies in
play (a scenario-local id, the bundled rule/body id and the date whose composition applies) and
the drafts put to them: sponsors, date, title, description, what the text says on the
scenario's issues (a position on each issue's scale) and, optionally, the recorded result.

Member votes (:func:`member_votes`):

* A member that is a scenario actor (``Actor.country``; if several actors share a country, the
  one with the largest capability speaks for it) votes from the bargaining outcome. With x its
  predicted position, d the draft's position, q the status quo, s the salience and span the
  scale width, the draft's net appeal is the salience-weighted gain in closeness

      u = sum_k s_k (|x_k - q_k| - |x_k - d_k|) / span_k  /  sum_k s_k      (in [-1, 1])

  (spatial voting on a proposal against the status quo: Downs 1957; Enelow and Hinich 1984).
  Votes follow an ordered logit in u: P(yes) = L((u - c_yes) / T), P(no) = L((c_no - u) / T),
  abstention takes the rest, with defaults c_yes = 0.1, c_no = -0.1, T = 0.05 (a band of
  near-indifference abstains). Optional veto reluctance: a permanent member's probability of a
  no (a veto) is scaled by (its vetoes since 1990 + 1) / (the most vetoes of any permanent
  member + 1), the rest moving to abstention (Dag Hammarskjold Library veto list).
* Any other member votes from :func:`other_member_votes`: the ideal-point model of
  :mod:`accord.institutions.unvotes` (trained on General Assembly roll calls) when its shipped
  model can be loaded, else each member's base rates (:mod:`.base_rates`). Absence always comes
  from the base rates. A body can name its own default model (:data:`BODY_OTHER`): in the EU
  Council (``eu-council``) such a member votes by the Council's published base rates
  (:func:`council_base_rate_votes`), not by General Assembly records.

Adoption (:func:`adoption_probability`): member votes are taken as independent; an exact
dynamic programme over the tallies the rule needs (yes count, no count, abstentions, a veto flag
and capped weight totals) gives the probability that the rule is met. No simulation.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import AccordError, AccordWarning, DataError, Problem, ScenarioError
from accord.institutions.base_rates import AVERAGE_MEMBER, base_rates
from accord.institutions.rules import (
    MEMBERS,
    Body,
    Member,
    Rule,
    decide,
    holds,
    load_body,
    quota,
)
from accord.institutions.votes import MemberVotes, VetoRecord
from accord.libm import c_logistic
from accord.quiet import labelled
from accord.scenario.arrays import FloatArray
from accord.scenario.institutions import Bloc, BodyRef, Draft, Institutions, VoteModel
from accord.scenario.model import Scenario

if TYPE_CHECKING:
    import pandas as pd

CHOICES = ("yes", "no", "abstain", "absent")


def bloc_codes(bloc: Bloc, date: dt.date | None) -> list[str]:
    """The ISO3 codes of a bloc's members on ``date``: those it lists, then its body's."""
    listed = list(bloc.members)
    if bloc.body is not None:
        body = load_body(bloc.body)
        listed += [m.code for m in body.members_on(date if body.years() else None)]
    return list(dict.fromkeys(listed))


def _body_problems(name: str, where: str) -> list[Problem]:
    """The problem with ``name`` (at ``where``) if it is not a bundled body that loads."""
    try:
        load_body(name)
    except AccordError as exc:
        return [Problem(where, str(exc), name)]
    return []


def institutions_of(scenario: Scenario) -> Institutions:
    """A scenario's ``institutions`` section with every reference checked.

    The section's own fields are validated by the model when the scenario is built; this adds
    what needs the scenario and the bundled rules: bundled bodies and their membership on the
    draft's date, actors, issues and positions on their scales, recorded tallies.
    """
    from accord.text import nearest

    inst = scenario.institutions
    problems: list[Problem] = []
    bodies = {b.id: b for b in inst.bodies}
    for k, b in enumerate(inst.bodies):
        problems += _body_problems(b.rule, f"institutions.bodies[{k}].rule")
    actor_ids = {a.id for a in scenario.actors}
    for actor_id, bloc in inst.blocs.items():
        if actor_id not in actor_ids:
            problems.append(Problem(f"institutions.blocs.{actor_id}", "unknown actor", actor_id))
        if bloc.body is not None:
            problems += _body_problems(bloc.body, f"institutions.blocs.{actor_id}.body")
    issues = {i.id: i for i in scenario.issues}  # checked ids: no lookup can fail below
    named = sorted({i for d in inst.drafts for i in [*d.positions, *d.status_quo]})
    stray = (
        len(named) > 1
        and not set(named) & set(issues)
        and not any(nearest(i, issues) for i in named)  # a slip is a slip: named each
    )
    if stray:
        # session 46's trial: the README's way to start a scenario is a copy of the bundled
        # one; with its actors and issues replaced, each issue of each draft was "unknown"
        problems.append(
            Problem(
                "institutions.drafts",
                "no draft names an issue of this scenario: a section copied from another "
                "scenario? Delete `institutions` if no body votes on this case",
                ", ".join(named),
            )
        )
    for k, d in enumerate(inst.drafts):
        where = f"institutions.drafts[{k}]"
        if d.body not in bodies:
            problems.append(Problem(f"{where}.body", "not an id in institutions.bodies", d.body))
        for issue_id, value in [*d.positions.items(), *d.status_quo.items()]:
            if issue_id not in issues:
                if not stray:
                    problems.append(Problem(f"{where}.positions", "unknown issue", issue_id))
                continue
            issue = issues[issue_id]
            if not issue.scale.contains(value):
                problems.append(
                    Problem(
                        f"{where}.positions.{issue_id}",
                        f"outside the scale [{issue.scale.low:g}, {issue.scale.high:g}]",
                        value,
                    )
                )
        for issue_id in d.positions:
            if (
                issue_id in issues
                and issue_id not in d.status_quo
                and issues[issue_id].status_quo is None
            ):
                problems.append(
                    Problem(
                        f"{where}.status_quo.{issue_id}",
                        "needed: the issue has no status_quo",
                        None,
                        False,
                    )
                )
        ref_index = next((j for j, b in enumerate(inst.bodies) if b.id == d.body), None)
        if ref_index is not None:
            problems += _draft_body_problems(d, inst.bodies[ref_index], ref_index, where)
            known = {a.id for a in scenario.actors} | set(inst.blocs)
            problems += _draft_record_problems(d, inst.bodies[ref_index], where, known)
    if problems:
        raise ScenarioError(problems)
    return inst


def _draft_body_problems(draft: Draft, ref: BodyRef, ref_index: int, where: str) -> list[Problem]:
    """The draft's rule kind, its date's membership and its recorded voters, checked."""
    try:
        body = load_body(ref.rule)
    except AccordError:
        return []  # reported at institutions.bodies
    problems: list[Problem] = []
    try:
        body.rule(draft.kind)
    except AccordError as exc:
        problems.append(Problem(f"{where}.kind", str(exc), draft.kind))
    date = draft.date or ref.date
    try:
        members = {m.code for m in body.members_on(date)}
    except AccordError as exc:
        date_path = f"{where}.date" if draft.date else f"institutions.bodies[{ref_index}].date"
        problems.append(Problem(date_path, str(exc), str(date)))
        return problems
    for code in draft.actual.votes if draft.actual else {}:
        if code not in members:
            problems.append(
                Problem(
                    f"{where}.actual.votes.{code}", f"not a member of {body.id} on {date}", code
                )
            )
    return problems


def _sitting(draft: Draft, ref: BodyRef) -> tuple[Body, dt.date | None, list[Member]]:
    """The body a draft is put to, the date whose composition applies (the draft's, else the
    body reference's) and the members sitting on it then.

    One place for the look-up that validation and both predictors make; it raises what
    :func:`load_body` and :meth:`Body.members_on` raise.
    """
    body = load_body(ref.rule)
    date = draft.date or ref.date
    return body, date, body.members_on(date)


@dataclass(frozen=True)
class _DraftDateNote:
    """What a warning about a draft's date names first: the draft's place in the scenario."""

    index: int

    @property
    def path(self) -> str:
        """The draft's date: ``institutions.drafts[0].date``."""
        return f"institutions.drafts[{self.index}].date"


@dataclass(frozen=True)
class UndatedDraft(_DraftDateNote):
    """A draft voted by its body's default members because no date was given (where the
    scenario's ``as_of`` has other members)."""

    draft: str
    body: str
    default: dt.date
    as_of: dt.date

    @property
    def message(self) -> str:
        """What happens instead and what to write, without the path."""
        return (
            f"none given (nor on its body), so {self.draft} is voted by {self.body}'s members "
            f"as on {self.default} (the body's default), not those of the scenario's as_of "
            f"{self.as_of}; give the draft its `date`"
        )

    def sentence(self) -> str:
        """One line: the path and the message."""
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class EarlyDraft(_DraftDateNote):
    """A draft the scenario dates before its own ``as_of``: voted before the date the scenario
    is written as of, so a forecast of it is a retrodiction (session 27). Warned, not refused:
    the bundled ukraine-2025-02 does it on purpose (its stances cite the votes)."""

    draft: str
    date: dt.date
    as_of: dt.date

    @property
    def message(self) -> str:
        """The draft, both dates and what follows, without the path."""
        return (
            f"draft {self.draft} is dated {self.date}, before the scenario's as_of "
            f"{self.as_of}, so a forecast of it comes after the vote (a retrodiction: the "
            "ledger refuses its result; record the vote as the draft's actual)"
        )

    def sentence(self) -> str:
        """One line: the path and the message."""
        return f"{self.path}: {self.message}"


def early_drafts(scenario: Scenario) -> list[EarlyDraft]:
    """Each draft whose own ``date`` is before the scenario's ``as_of`` and that records no
    ``actual`` (the check of ``accord ledger resolve-draft``, which refuses such a draft's
    result, made at validate). A draft that records its vote says the scenario knows it is a
    retrodiction, as the bundled ukraine-2025-02 does; it is not warned of."""
    as_of = scenario.as_of
    if as_of is None:
        return []
    return [
        EarlyDraft(k, draft.id, draft.date, as_of)
        for k, draft in enumerate(scenario.institutions.drafts)
        if draft.date is not None and draft.date < as_of and draft.actual is None
    ]


def undated_drafts(scenario: Scenario) -> list[UndatedDraft]:
    """Each draft put to a body whose membership changes by year without a date of its own or
    of its body reference, where the scenario's ``as_of`` has other members.

    Such a draft is voted by the members of the body's default date (the Security Council of
    24 February 2025): a scenario as of 2015 would otherwise be voted by the 2025 Council
    without a word (session 26's trial, finding 1).
    """
    as_of = scenario.as_of
    if as_of is None:
        return []
    refs = {b.id: b for b in scenario.institutions.bodies}
    found: list[UndatedDraft] = []
    for k, draft in enumerate(scenario.institutions.drafts):
        ref = refs.get(draft.body)
        if draft.date is not None or ref is None or ref.date is not None:
            continue
        try:
            body = load_body(ref.rule)
            default = {m.code for m in body.members_on(None)}
        except AccordError:
            continue  # reported by institutions_of
        if body.default_date is None or not body.years():
            continue  # one membership for every date
        try:
            then: set[str] | None = {m.code for m in body.members_on(as_of)}
        except AccordError:
            then = None
        if then != default:
            found.append(UndatedDraft(k, draft.id, body.id, body.default_date, as_of))
    return found


def sponsors_voting_no(scenario: Scenario, forecasts: Iterable[ResolutionForecast]) -> list[str]:
    """A sentence for each sponsor of a draft whom the scenario's own bargaining predicts to
    vote no on it: a sponsor votes for its text, so its stances and the draft's positions
    disagree somewhere (session 26's trial, finding 6: the United States vetoing its own
    resolution 2231 because the sketch put it at 70 on sanctions, the draft at 30)."""
    countries = {a.id: a.country for a in scenario.actors}
    found: list[str] = []
    for item in forecasts:
        for sponsor in item.draft.sponsors:
            code = countries.get(sponsor, sponsor)
            vote = item.votes.get(code) if code else None
            if vote is None or vote.source != "scenario" or vote.predicted != "no":
                continue
            found.append(
                f"draft {item.draft.id}: its sponsor {sponsor} is predicted to vote no on it "
                f"(P(no) {vote.no:.2f}, from the scenario's bargaining): check {sponsor}'s "
                "stances against the draft's positions"
            )
    return found


def _draft_record_problems(
    draft: Draft, ref: BodyRef, where: str, known: set[str]
) -> list[Problem]:
    """Sponsors are actors, blocs or members; a recorded tally fits in the body's size and
    agrees with the named votes (a 100-0-5 vote in a 15-member Council is a typo)."""
    try:
        body, _, sitting = _sitting(draft, ref)
    except AccordError:
        return []  # reported by _draft_body_problems
    members = {m.code for m in sitting}
    problems = [
        Problem(
            f"{where}.sponsors[{j}]",
            f"unknown sponsor: not an actor, a bloc or a member of {body.id}",
            code,
        )
        for j, code in enumerate(draft.sponsors)
        if code not in known and code not in members
    ]
    actual = draft.actual
    if actual is None:
        return problems
    cast = actual.in_favour + actual.against + actual.abstentions
    if cast > len(members):
        problems.append(
            Problem(
                f"{where}.actual",
                f"{actual.in_favour} in favour, {actual.against} against and"
                f" {actual.abstentions} abstentions make {cast} votes, more than the"
                f" {len(members)} members of {body.id}",
                f"{actual.in_favour}-{actual.against}-{actual.abstentions}",
            )
        )
    named = list(actual.votes.values())
    for vote, total, name in (
        ("yes", actual.in_favour, "in_favour"),
        ("no", actual.against, "against"),
        ("abstain", actual.abstentions, "abstentions"),
    ):
        if named.count(vote) > total:
            problems.append(
                Problem(
                    f"{where}.actual.{name}",
                    f"fewer than the {named.count(vote)} members recorded as {vote!r} in votes",
                    total,
                )
            )
    return problems


# Member vote probabilities ----------------------------------------------------------------


@dataclass(frozen=True)
class MemberVote:
    """One member's vote probabilities and where they come from."""

    yes: float
    no: float
    abstain: float
    absent: float
    source: str  # "scenario", "session-record", "ideal-point", "base-rate", "council-base-rate"
    appeal: float | None = None

    @property
    def predicted(self) -> str:
        probs = {"yes": self.yes, "no": self.no, "abstain": self.abstain, "absent": self.absent}
        return max(probs, key=lambda k: probs[k])

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "yes": round(self.yes, 4),
            "no": round(self.no, 4),
            "abstain": round(self.abstain, 4),
            "absent": round(self.absent, 4),
            "predicted": self.predicted,
            "source": self.source,
        }
        if self.appeal is not None:
            out["appeal"] = round(self.appeal, 4)
        return out


def _logistic(t: FloatArray) -> FloatArray:
    """The logistic with the C library's ``tanh`` (:func:`accord.libm.c_logistic`): NumPy's
    kernel is chosen by the CPU and rounds differently on AVX2 and AVX-512 (session 43)."""
    return c_logistic(t)


def appeal(
    position: FloatArray,
    salience: FloatArray,
    draft: FloatArray,
    status_quo: FloatArray,
    span: FloatArray,
) -> FloatArray:
    """Salience-weighted gain in closeness of a draft over the status quo, in [-1, 1].

    Arrays are (..., issues); NaN positions (issues an actor does not engage) are skipped. An
    actor with no salience on any covered issue gets NaN (no opinion from the scenario).
    """
    gain = (np.abs(position - status_quo) - np.abs(position - draft)) / span
    weight = np.where(np.isnan(position), 0.0, salience)
    total = weight.sum(axis=-1)
    num = np.where(weight > 0, gain * weight, 0.0).sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        out: FloatArray = np.where(total > 0, num / np.where(total > 0, total, 1.0), np.nan)
    return out


def ordered_logit(u: FloatArray, model: VoteModel) -> FloatArray:
    """(..., 3) probabilities of yes, no, abstain for appeal ``u`` (ordered logit)."""
    p_yes = _logistic((u - model.yes_threshold) / model.scale)
    p_no = _logistic((model.no_threshold - u) / model.scale)
    p_abstain = np.clip(1.0 - p_yes - p_no, 0.0, 1.0)
    out: FloatArray = np.stack([p_yes, p_no, p_abstain], axis=-1)
    normalised: FloatArray = out / out.sum(axis=-1, keepdims=True)
    return normalised


@cache
def veto_record() -> VetoRecord:
    """Vetoes cast by each permanent member since 1990 (the bundled record, cached)."""
    ref = resources.files("accord.institutions").joinpath("data/veto_record.json")
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
        return VetoRecord((str(k), int(v)) for k, v in data["vetoes"].items())
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"{ref}: cannot read the veto record ({exc})") from None


OtherMembers = Callable[[Sequence[str], Draft], MemberVotes]


def base_rate_votes(members: Sequence[str], draft: Draft) -> MemberVotes:
    """Fallback: each member's General Assembly base rates (the draft is not looked at)."""
    rates = base_rates()
    return MemberVotes((m, dict(rates.get(m, AVERAGE_MEMBER))) for m in members)


def ideal_point_votes(members: Sequence[str], draft: Draft) -> MemberVotes:
    """The unvotes ideal-point model's yes/no/abstain for the draft, absence from base rates.

    Members the model does not know get their base rates; if the shipped model cannot be
    loaded at all, every member does, with a warning: the shipped model always loads in a sound
    install, and a forecast quietly made from base rates once went unnoticed (session 22).
    """
    from accord.institutions import unvotes

    rates = base_rates()
    out = base_rate_votes(members, draft)
    try:
        model = unvotes.load_model()
    except (DataError, OSError, ValueError) as exc:
        warnings.warn(
            labelled(
                f"{draft.id}: the General Assembly vote model could not be loaded ({exc}); "
                "members no actor speaks for vote by their base rates"
            ),
            AccordWarning,
            stacklevel=2,
        )
        return out
    known = set(model.history.members)
    asked = [m for m in members if m in known]
    if not asked:
        return out
    try:
        predicted = unvotes.predict_votes(
            model, draft.title, draft.description or "", draft.issue_codes, None, asked
        )
    except DataError:
        return out
    for code, probs in predicted.items():
        absent = rates.get(code, AVERAGE_MEMBER)["absent"]
        out[code] = {k: probs[k] * (1.0 - absent) for k in ("yes", "no", "abstain")}
        out[code]["absent"] = absent
        out[code]["_ideal"] = 1.0
    return out


def session_record_votes(members: Sequence[str], draft: Draft) -> MemberVotes:
    """Drafts of the emergency special session on Ukraine (symbol ``A/ES-11/...``, dated):
    each member's vote on the most similar resolution the session recorded before the draft's
    date, moved by the key members' positions announced before the vote
    (:func:`accord.institutions.unvotes.ess.member_forecast`); the ideal-point model for every
    other draft and member. Nothing voted on or after the draft's date is used."""
    out = ideal_point_votes(members, draft)
    if draft.date is None or not draft.id.startswith(ESS_PREFIX):
        return out
    from accord.institutions.unvotes import ess, followers, load_model

    try:
        probs = ess.member_forecast(
            load_model(),
            followers.load(),
            f"{draft.title} {draft.description or ''}",  # as the ideal-point model reads it
            draft.date,
            draft.announced,
            members,
            draft.issue_codes,
        )
    except (DataError, OSError, ValueError):
        return out
    for code, p in probs.items():
        absent = out[code]["absent"]
        out[code] = {
            v: float(p[k]) * (1.0 - absent) for k, v in enumerate(("no", "abstain", "yes"))
        }
        out[code]["absent"] = absent
        out[code]["_session"] = 1.0
    return out


EU_CONSENSUS_SHARE = 0.65
"""Share of the Council's decisions adopted with every member voting in favour: 65% of the
Council's votes from July 2009 to mid-2012, a period of 27 members (VoteWatch Europe, "Agreeing
to Disagree: the voting records of EU Member States in the Council since 2009", July 2012, as
reported by EurActiv, "Council voting: who are the EU hardliners and 'yes men'?"). Later counts
are close: over 70% in 2020-2022 and below 60% by early 2025 (EUmatrix, "EU Council consensus
now below pre-Brexit levels", over 1700 decisions from July 2009 to March 2025). We read
"unanimous" as no member against or abstaining."""
EU_CONSENSUS_MEMBERS = 27
"""Members of the Council in the period that :data:`EU_CONSENSUS_SHARE` counts."""
EU_DISSENT = 1.0 - EU_CONSENSUS_SHARE ** (1.0 / EU_CONSENSUS_MEMBERS)
"""One member's chance of not voting yes (no or abstention) such that 27 members deciding
independently leave :data:`EU_CONSENSUS_SHARE` of drafts without dissent: about 0.0158."""


def council_base_rate_votes(members: Sequence[str], draft: Draft) -> MemberVotes:
    """EU Council members no actor speaks for: the Council's published base rates.

    Each votes no with probability ``EU_DISSENT / 2``, abstains with ``EU_DISSENT / 2`` and
    otherwise votes yes; none is absent. ``EU_DISSENT`` is derived from the published share of
    Council decisions adopted with no member against or abstaining (:data:`EU_CONSENSUS_SHARE`).
    The even split between no and abstention is an assumption (no published ratio was found).
    The draft is not looked at: these are rates over drafts that reached a vote, which the
    Presidency calls once a qualified majority is in sight, so what decides a draft is what the
    scenario's actors do. Make a member an actor (or a bloc member) to model it.
    """
    half = EU_DISSENT / 2.0
    return MemberVotes(
        (m, {"yes": 1.0 - EU_DISSENT, "no": half, "abstain": half, "absent": 0.0, "_council": 1.0})
        for m in members
    )


ESS_PREFIX = "A/ES-11/"
OTHER_MEMBERS: dict[str, OtherMembers] = {
    "session-record": session_record_votes,
    "ideal-point": ideal_point_votes,
    "base-rate": base_rate_votes,
    "council-base-rate": council_base_rate_votes,
}
DEFAULT_OTHER = "ideal-point"
BODY_OTHER: dict[str, str] = {"eu-council": "council-base-rate"}
"""Bodies whose members no actor speaks for vote by another model than :data:`DEFAULT_OTHER`
when none is asked for (session 25: the General Assembly model knows nothing of EU legislation
and leaned 19 Council members to abstain, which under qualified majority counts against)."""


def other_model(body_id: str, other: str | None = None) -> str:
    """The model that votes a body's members no actor speaks for: ``other`` when given, else
    the body's own default (:data:`BODY_OTHER`), else :data:`DEFAULT_OTHER`."""
    return other if other is not None else BODY_OTHER.get(body_id, DEFAULT_OTHER)


def other_member_votes(
    members: Sequence[str], draft: Draft, method: str = DEFAULT_OTHER
) -> MemberVotes:
    """Vote probabilities of members that are not scenario actors (the one switchable hook)."""
    try:
        fn = OTHER_MEMBERS[method]
    except KeyError:
        raise AccordError(
            f"unknown vote model {method!r} for other members; "
            f"choose from {', '.join(OTHER_MEMBERS)}"
        ) from None
    return fn(members, draft)


def _speakers(
    scenario: Scenario, blocs: Mapping[str, Bloc] | None = None, date: dt.date | None = None
) -> dict[str, int]:
    """Country -> index of the actor that speaks for it.

    An actor whose ``country`` is the member speaks for it (the largest capability wins if
    several do); a member that no actor represents votes with the bloc actor that lists it.
    """
    best: dict[str, int] = {}
    for k, a in enumerate(scenario.actors):
        if a.country is None:
            continue
        if a.country not in best or a.capability > scenario.actors[best[a.country]].capability:
            best[a.country] = k
    index = {a.id: k for k, a in enumerate(scenario.actors)}
    for actor_id, bloc in (blocs or {}).items():
        for code in bloc_codes(bloc, date):
            best.setdefault(code, index[actor_id])
    return best


def member_votes(
    scenario: Scenario,
    forecast_positions: FloatArray,
    draft: Draft,
    body: Body,
    members: Sequence[Member],
    rule: Rule,
    vote_model: VoteModel,
    other: str | None = None,
    blocs: Mapping[str, Bloc] | None = None,
    date: dt.date | None = None,
) -> dict[str, MemberVote]:
    """Every member's vote probabilities on ``draft`` (see the module docstring for the rule).

    ``other`` names the model for members no actor speaks for; None: the body's default
    (:func:`other_model`)."""
    positions = np.asarray(forecast_positions, dtype=float)
    n_actors, n_issues = len(scenario.actors), len(scenario.issues)
    if positions.shape != (n_actors, n_issues):
        raise AccordError(
            f"forecast positions must be (actors, issues) = ({n_actors}, {n_issues}); "
            f"got {positions.shape}"
        )
    u = actor_appeal(scenario, positions, draft)
    probs = ordered_logit(u, vote_model)
    speakers = _speakers(scenario, blocs, date)
    out: dict[str, MemberVote] = {}
    codes = [m.code for m in members]
    others = [c for c in codes if c not in speakers or np.isnan(u[speakers[c]])]
    method = other_model(body.id, other)
    other_probs = other_member_votes(others, draft, method) if others else {}
    for m in members:
        if m.code in others:
            p = other_probs[m.code]
            source = (
                "session-record"
                if p.get("_session")
                else "ideal-point"
                if p.get("_ideal")
                else "council-base-rate"
                if p.get("_council")
                else "base-rate"
            )
            out[m.code] = MemberVote(p["yes"], p["no"], p["abstain"], p["absent"], source)
            continue
        a = speakers[m.code]
        yes, no, abstain = (float(x) for x in _reluctant(probs[a], m, rule, vote_model))
        out[m.code] = MemberVote(yes, no, abstain, 0.0, "scenario", float(u[a]))
    return out


def actor_appeal(scenario: Scenario, positions: FloatArray, draft: Draft) -> FloatArray:
    """Each actor's appeal of ``draft`` (:func:`appeal`) from ``positions[..., n, m]`` (scale
    units; a leading axis, e.g. Monte Carlo runs, is kept): ``[..., n]``."""
    covered = [i for i, issue in enumerate(scenario.issues) if issue.id in draft.positions]
    issues = [scenario.issues[i] for i in covered]
    d = np.array([draft.positions[i.id] for i in issues])
    q = np.array(
        [
            draft.status_quo.get(i.id, i.status_quo if i.status_quo is not None else np.nan)
            for i in issues
        ]
    )
    span = np.array([i.scale.span for i in issues])
    salience = np.zeros((len(scenario.actors), len(covered)))
    for st in scenario.stances:
        if st.issue in draft.positions:
            salience[
                [a.id for a in scenario.actors].index(st.actor),
                [i.id for i in issues].index(st.issue),
            ] = st.salience
    return appeal(np.asarray(positions)[..., covered], salience, d, q, span)


def _reluctant(probs: FloatArray, m: Member, rule: Rule, model: VoteModel) -> FloatArray:
    """``probs[..., 3]`` (yes, no, abstain) after a permanent member's veto reluctance: a
    member that has vetoed less often turns part of its "no" into abstention."""
    records = veto_record()
    if not (
        model.veto_reluctance
        and rule.veto_tag is not None
        and rule.veto_tag in m.tags
        and m.code in records
    ):
        return probs
    keep = (records[m.code] + 1) / (max(records.values(), default=0) + 1)
    out = np.array(probs, dtype=float, copy=True)
    out[..., 2] += out[..., 1] * (1 - keep)
    out[..., 1] *= keep
    return out


# Exact adoption probability -----------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """Which tallies the rule needs, as lattice axes."""

    n: int
    track_no: bool
    track_abstain: bool
    veto: bool
    measures: tuple[str, ...]
    caps: tuple[int, ...]

    @property
    def shape(self) -> tuple[int, ...]:
        shape = [self.n + 1]
        if self.track_no:
            shape.append(self.n + 1)
        if self.track_abstain:
            shape.append(self.n + 1)
        if self.veto:
            shape.append(2)
        return (*shape, *(c + 1 for c in self.caps))


def _layout(rule: Rule, members: Sequence[Member]) -> _Layout:
    n = len(members)
    track_no = rule.max_against is not None
    track_abstain = False
    measures: list[str] = []
    caps: list[int] = []
    for c in rule.criteria:
        if c.measure == MEMBERS:
            track_no |= c.base in ("present", "present_and_voting")
            track_abstain |= c.base == "present"
            continue
        if c.base != "members":
            raise AccordError(
                f"adoption probability: weighted criteria ({c.measure}) are supported with "
                "base 'members' only"
            )
        measures.append(c.measure)
        caps.append(quota(c, sum(m.weights[c.measure] for m in members)))
    veto = rule.veto_tag is not None and any(rule.veto_tag in m.tags for m in members)
    layout = _Layout(n, track_no, track_abstain, veto, tuple(measures), tuple(caps))
    if math.prod(layout.shape) > 5_000_000:
        raise AccordError(f"adoption probability: the tally lattice {layout.shape} is too large")
    return layout


def _shift(a: FloatArray, axis: int, by: int, cap: int | None = None) -> FloatArray:
    if by == 0:
        return a
    out = np.zeros_like(a)
    size = a.shape[axis]
    src = [slice(None)] * a.ndim
    dst = [slice(None)] * a.ndim
    if by < size:
        src[axis], dst[axis] = slice(0, size - by), slice(by, size)
        out[tuple(dst)] = a[tuple(src)]
    if cap is not None:
        src[axis] = slice(max(size - by, 0), size)
        dst[axis] = size - 1
        out[tuple(dst)] += a[tuple(src)].sum(axis=axis)
    return out


def _axes(layout: _Layout) -> tuple[int | None, int | None, int | None, int]:
    axis_no = 1 if layout.track_no else None
    axis_abs = 1 + int(layout.track_no) if layout.track_abstain else None
    axis_veto = 1 + int(layout.track_no) + int(layout.track_abstain) if layout.veto else None
    first_w = 1 + int(layout.track_no) + int(layout.track_abstain) + int(layout.veto)
    return axis_no, axis_abs, axis_veto, first_w


def _step(f: FloatArray, layout: _Layout, rule: Rule, m: Member, p: FloatArray) -> FloatArray:
    """Add one member voting yes/no/abstain/absent with probabilities ``p`` to the tallies."""
    axis_no, axis_abs, axis_veto, first_w = _axes(layout)
    yes = _shift(f, 0, 1)
    for k, (measure, cap) in enumerate(zip(layout.measures, layout.caps, strict=True)):
        yes = _shift(yes, first_w + k, m.weights[measure], cap)
    no = _shift(f, axis_no, 1) if axis_no is not None else f
    if axis_veto is not None and rule.veto_tag in m.tags:
        no = _shift(no, axis_veto, 1, 1)
    abstain = _shift(f, axis_abs, 1) if axis_abs is not None else f
    out: FloatArray = p[0] * yes + p[1] * no + p[2] * abstain + p[3] * f
    return out


def _distribution(
    layout: _Layout, rule: Rule, members: Sequence[Member], votes: Sequence[FloatArray]
) -> FloatArray:
    """Probability of every tally state, members voting independently (exact DP).

    After j members no count exceeds j, so each step works on the corner of the lattice
    that can be non-zero (about a third of the work for a yes-by-no lattice).
    """
    f = np.zeros(layout.shape)
    f[(0,) * f.ndim] = 1.0
    count_axes = [0] + [1 + k for k in range(int(layout.track_no) + int(layout.track_abstain))]
    for j, (m, p) in enumerate(zip(members, votes, strict=True)):
        corner = [slice(None)] * f.ndim
        for axis in count_axes:
            corner[axis] = slice(0, min(j + 2, layout.n + 1))
        index = tuple(corner)
        f[index] = _step(f[index], layout, rule, m, p)
    return f


def _passes_lattice(layout: _Layout, rule: Rule) -> NDArray[np.bool_]:
    grids = np.meshgrid(*[np.arange(s) for s in layout.shape], indexing="ij", sparse=True)
    yes = grids[0]
    k = 1
    no = grids[k] if layout.track_no else 0
    k += int(layout.track_no)
    abstain = grids[k] if layout.track_abstain else 0
    k += int(layout.track_abstain)
    vetoed = grids[k] > 0 if layout.veto else False
    k += int(layout.veto)
    ok = np.ones(layout.shape, dtype=bool)
    for c in rule.criteria:
        if c.measure == MEMBERS:
            base = {
                "members": layout.n,
                "present": yes + no + abstain,
                "present_and_voting": yes + no,
            }[c.base]
            ok &= holds(c, yes, base)
        else:
            j = layout.measures.index(c.measure)
            ok &= grids[k + j] >= layout.caps[j]
    if rule.max_against is not None:
        ok &= no <= rule.max_against
    if rule.blocking_minority is not None:
        ok |= (layout.n - yes) < rule.blocking_minority
    if rule.veto_override is not None:
        vetoed = np.asarray(vetoed) & (yes < rule.veto_override)
    ok &= ~np.asarray(vetoed)
    return ok


def adoption_probability(
    rule: Rule, members: Sequence[Member], votes: Mapping[str, MemberVote]
) -> float:
    """P(the rule is met) when members vote independently with the given probabilities.

    The passing tallies' mass is summed in floating point, which can end a few ulps outside
    0..1 (1.0000000000000009 for a draft every member backs); it is clipped to 0..1, so that a
    probability never reads above one (session 37)."""
    layout = _layout(rule, members)
    probs = [_vector(votes[m.code]) for m in members]
    dist = _distribution(layout, rule, members, probs)
    return min(1.0, max(0.0, float((dist * _passes_lattice(layout, rule)).sum())))


def _vector(v: MemberVote) -> FloatArray:
    return np.array([v.yes, v.no, v.abstain, v.absent])


# Putting it together ------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedTally:
    """The expected number of members voting each way on a draft (sums of probabilities)."""

    yes: float
    no: float
    abstain: float
    absent: float

    def to_dict(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in CHOICES}


@dataclass(frozen=True)
class ResultCheck:
    """A draft's recorded result beside its forecast: the tally, whether the predicted outcome
    (adopted when P >= 0.5) was right, and how many recorded member votes were predicted."""

    adopted: bool
    yes: int
    no: int
    abstain: int
    outcome_correct: bool
    symbol: str | None = None
    votes: dict[str, str] | None = None
    members_correct: str | None = None  # "hits/known": recorded votes predicted right
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON edge: the optional fields only where present."""
        out: dict[str, Any] = {
            "adopted": self.adopted,
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "outcome_correct": self.outcome_correct,
        }
        if self.symbol:
            out["symbol"] = self.symbol
        if self.votes:
            out["votes"] = dict(self.votes)
            out["members_correct"] = self.members_correct
        if self.source:
            out["source"] = self.source
        return out

    def __repr__(self) -> str:
        """The tally and verdict; the member votes (193 in the Assembly) are in ``votes``."""
        votes = f", members_correct={self.members_correct!r}" if self.votes else ""
        return (
            f"ResultCheck({self.symbol!r}, adopted={self.adopted}, yes={self.yes}, "
            f"no={self.no}, abstain={self.abstain}, outcome_correct={self.outcome_correct}"
            f"{votes})"
        )


@dataclass
class ResolutionForecast:
    """The predicted fate of one draft. ``body`` is the forecast's own copy of the body it was
    put to: a caller may change it without changing any later forecast (session 46)."""

    draft: Draft
    body: Body
    adoption_probability: float
    votes: dict[str, MemberVote]
    outcome: str
    reason: str
    could_block: list[str]
    swing: dict[str, float] = field(default_factory=dict)

    def __repr__(self) -> str:
        """One line: the dataclass's own repr prints the draft's text and every member's vote
        (some 12,000 characters for a Security Council draft). The probability never reads 1.00
        or 0.00 where it is not 1 or 0 (session 44, tidy3)."""
        from accord.text import probability_text

        return (
            f"ResolutionForecast({self.draft.id!r}, body={self.body.id!r}, "
            f"adoption_probability {probability_text(self.adoption_probability, 2)}, "
            f"outcome={self.outcome!r}, "
            f"members={len(self.votes)})"
        )

    def expected(self) -> ExpectedTally:
        """The expected tally: each choice's probabilities summed over the members (the mean of
        a sum of independent categorical votes is the sum of their means)."""
        return ExpectedTally(
            *(round(sum(getattr(v, k) for v in self.votes.values()), 2) for k in CHOICES)
        )

    def actual(self) -> ResultCheck | None:
        """The recorded result beside this forecast, or None where the draft has none."""
        a = self.draft.actual
        if a is None:
            return None
        members_correct = None
        if a.votes:
            known = [c for c in a.votes if c in self.votes]
            hits = sum(self.votes[c].predicted == a.votes[c] for c in known)
            members_correct = f"{hits}/{len(known)}"
        return ResultCheck(
            adopted=a.adopted,
            yes=a.in_favour,
            no=a.against,
            abstain=a.abstentions,
            outcome_correct=(self.adoption_probability >= 0.5) == a.adopted,
            symbol=a.symbol or None,
            votes=dict(a.votes) if a.votes else None,
            members_correct=members_correct,
            source=a.source or None,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.draft.id,
            "body": self.body.id,
            "title": self.draft.title,
            # the rule decided on (the draft's kind, else the body's default) and the vote's
            # date: what the forecast ledger records beside P(adopted) (docs/ledger.md)
            "rule": self.draft.kind or self.body.default_kind,
            "date": None if self.draft.date is None else self.draft.date.isoformat(),
            "adoption_probability": round(self.adoption_probability, 4),
            "expected": self.expected().to_dict(),
            "outcome": self.outcome,
            "reason": self.reason,
            "could_block": self.could_block,
            "votes": {k: v.to_dict() for k, v in self.votes.items()},
        }
        actual = self.actual()
        if actual is not None:
            out["actual"] = actual.to_dict()
        return out


def _conditional(
    rule: Rule, members: Sequence[Member], votes: Mapping[str, MemberVote]
) -> dict[str, tuple[float, float]]:
    """(P(adopted | member votes yes), P(adopted | member votes no)) per member.

    Members that vote alike (same probabilities, weights and veto) share one computation. In
    bodies over 40 members only the scenario's actors (and the blocs' members) are examined.
    """
    layout = _layout(rule, members)
    passes = _passes_lattice(layout, rule)
    done: dict[tuple[Any, ...], tuple[float, float]] = {}
    out: dict[str, tuple[float, float]] = {}
    for m in members:
        v = votes[m.code]
        if len(members) > 40 and v.source != "scenario":
            continue
        key = (
            v.yes,
            v.no,
            v.abstain,
            v.absent,
            tuple(sorted(m.weights.items())),
            rule.veto_tag in m.tags if rule.veto_tag else False,
        )
        if key not in done:
            others = [o for o in members if o.code != m.code]
            rest = _distribution(layout, rule, others, [_vector(votes[o.code]) for o in others])
            yes = _step(rest, layout, rule, m, np.array([1.0, 0.0, 0.0, 0.0]))
            no = _step(rest, layout, rule, m, np.array([0.0, 1.0, 0.0, 0.0]))
            done[key] = (float((yes * passes).sum()), float((no * passes).sum()))
        out[m.code] = done[key]
    return out


BLOCK_SHARE = 0.5
"""A member "could block" when its no vote, rather than its yes, would remove at least this
share of the draft's chance of adoption (1 for a veto; about 0 for one vote among 193)."""

BLOCKERS_NAMED_FROM = 0.05
"""At a P(adopted) below this the tables say how many members could block, not who
(:func:`blockers_text`): each of them would halve a chance that is small already, so the list
is long and says nothing (session 24's trial: 23 of the EU Council's 27 members for a draft at
P(adopted) 0.0015). ``could_block`` in the JSON and the tidy table keeps every one of them."""


def _could_block(
    rule: Rule,
    members: Sequence[Member],
    votes: Mapping[str, MemberVote],
    conditional: Mapping[str, tuple[float, float]],
) -> list[str]:
    """The members who could block a draft: veto holders expected to vote no whose veto stands
    (a rule's ``veto_override`` sets it aside when the expected yes votes reach it, as
    :func:`accord.institutions.rules.decide` does), then every member whose no vote would
    remove at least :data:`BLOCK_SHARE` of the draft's chance of adoption.

    Session 38: a veto holder's expected no was listed even where the expected yes votes
    overrode it, so a draft ``decide`` adopts named it as a blocker.
    """
    expected_yes = sum(votes[m.code].predicted == "yes" for m in members)
    overridden = rule.veto_override is not None and expected_yes >= rule.veto_override
    vetoes = [
        m.code
        for m in members
        if rule.veto_tag is not None
        and rule.veto_tag in m.tags
        and votes[m.code].predicted == "no"
        and not overridden
    ]
    share = {c: (yes - no) / yes for c, (yes, no) in conditional.items() if yes > 1e-12}
    pivotal = [c for c, x in sorted(share.items(), key=lambda kv: -kv[1]) if x >= BLOCK_SHARE]
    return list(dict.fromkeys([*vetoes, *pivotal]))


def blockers_text(
    could_block: Sequence[str],
    adoption_probability: float,
    members: int,
    listed: str = "could_block in the JSON lists them",
) -> str:
    """Who could block a draft, for a table or a page: the members' ids; "no single member";
    or, for more than one at a P(adopted) below :data:`BLOCKERS_NAMED_FROM`, how many, why
    they are not named, and ``listed``: where they are.

    >>> blockers_text(["FRA", "POL"], 0.4, 27)
    'FRA, POL'
    >>> print(blockers_text(["FRA", "POL"], 0.0015, 27, "--json lists them"))
    ... # doctest: +NORMALIZE_WHITESPACE
    2 of 27 members, not named: at P(adopted) 0.0015 (below 0.05) each one's no would halve a
    chance that is small already, and no single member decides the draft (--json lists them)
    """
    if not could_block:
        return "no single member"
    if adoption_probability >= BLOCKERS_NAMED_FROM or len(could_block) == 1:
        return ", ".join(could_block)
    return (
        f"{len(could_block)} of {members} members, not named: at P(adopted) "
        f"{adoption_probability:.2g} (below {BLOCKERS_NAMED_FROM:g}) each one's no would halve a "
        f"chance that is small already, and no single member decides the draft ({listed})"
    )


def members_correct_text(members_correct: str, members: int) -> str:
    """The recorded member votes predicted right, for a table, a report or a page, in one
    wording: ``members_correct`` ("hits/known") counts only the member votes the scenario's
    ``actual`` records, which for an Assembly of 193 may be a handful (session 27's trial,
    finding 13), so the words say of how many it is.

    >>> print(members_correct_text("15/15", 15))
    members predicted right: 15/15 (every member's recorded vote)
    >>> print(members_correct_text("6/8", 193))  # doctest: +NORMALIZE_WHITESPACE
    members predicted right: 6/8 (of the 8 member votes the scenario's actual records, not of
    all 193 members)
    """
    _, _, known = members_correct.partition("/")
    if known.isdigit() and int(known) >= members:
        return f"members predicted right: {members_correct} (every member's recorded vote)"
    return (
        f"members predicted right: {members_correct} (of the {known} member votes the "
        f"scenario's actual records, not of all {members} members)"
    )


ASSEMBLY_RECORD = (
    "On the record of 24 February 2025 the default forecast of the bundled ukraine-2025-02 "
    "expected 137.8 and 124.4 yes votes on the Assembly's two texts (the most likely votes "
    "181-2-2 and 182-2-1) where 93 and 93 were recorded (93-18-65 and 93-8-73): both adopted, "
    "as they were, with about 30 to 45 yes votes too many in expectation and about 90 by the "
    "most likely votes"
)
"""How far the General Assembly tallies were off on the record (docs/validation-institutions.md,
figures of 2026-12-05, expected yes re-run in session 41 after the vote model's rebuild: 137.0
and 123.4 before; a test checks them against ``accord forecast ukraine-2025-02``)."""

ASSEMBLY_SOURCES = ("ideal-point", "base-rate", "session-record")
"""The ``source`` of a member's vote that comes from General Assembly records."""


def assembly_note(resolutions: Sequence[Mapping[str, Any]], *, counted: bool = True) -> str:
    """Where a forecast's drafts include General Assembly ones: where their tallies come from
    and how far such tallies were off on the record (:data:`ASSEMBLY_RECORD`); empty where none
    is. One text for the HTML report, the workbench's institutions page and ``accord
    forecast``, each of which puts its own "note" before it. Session 25's trial: a reader
    quoting the report's Assembly tally would have been about 90 votes off, and nothing there
    said so; session 26 gave the page and the CLI the report's note.

    ``counted`` gives each draft's count of members voted from the Assembly's records
    (``A/ES-11/L.10: 161 of 193``); without it the note points to the draft lines, for a
    caller whose lines count them already (``accord forecast`` without ``--votes``: session
    27, the count was said twice a draft)."""
    counts = []
    for draft in resolutions:
        votes = draft.get("votes")
        if draft.get("body") != "unga" or not isinstance(votes, Mapping) or not votes:
            continue
        sources = [v.get("source") if isinstance(v, Mapping) else None for v in votes.values()]
        n = sum(source in ASSEMBLY_SOURCES for source in sources)
        counts.append(f"{draft.get('id', '?')}: {n} of {len(sources)}")
    if not counts:
        return ""
    which = f"({'; '.join(counts)} members)" if counted else "(counted on each draft's line)"
    return (
        f"General Assembly tallies. Members no scenario actor speaks for {which} "
        "are voted from the Assembly's recorded roll calls "
        "(docs/institutions.md), the others from the scenario's actors' positions. Read the "
        f"tallies for which side carries the text, not as a count: {ASSEMBLY_RECORD} "
        "(docs/validation-institutions.md; the roll-call model alone: docs/validation.md, "
        "section 4)."
    )


def predict_resolution_votes(
    scenario: Scenario,
    forecast_positions: FloatArray,
    *,
    other: str | None = None,
    vote_model: VoteModel | None = None,
) -> list[ResolutionForecast]:
    """Predict every draft of the scenario: member votes, adoption probability, blockers.

    ``forecast_positions`` is (actors, issues) in scale units, e.g. an engine run's final
    positions. Swing (P(adopted | member votes yes) - P(adopted | member votes no)) is computed
    for every member of bodies up to 40 members and for the scenario's actors in larger ones.
    """
    inst = institutions_of(scenario)
    model = vote_model or inst.vote_model
    refs = {b.id: b for b in inst.bodies}
    out: list[ResolutionForecast] = []
    for draft in inst.drafts:
        body, date, members = _sitting(draft, refs[draft.body])
        rule = body.rule(draft.kind)
        votes = member_votes(
            scenario,
            forecast_positions,
            draft,
            body,
            members,
            rule,
            model,
            other,
            inst.blocs,
            date,
        )
        p = adoption_probability(rule, members, votes)
        conditional = _conditional(rule, members, votes)
        swing = {c: yes - no for c, (yes, no) in conditional.items()}
        could_block = _could_block(rule, members, votes, conditional)
        modal = {c: v.predicted for c, v in votes.items()}
        result = decide(body, modal, kind=draft.kind, date=date)
        outcome = "adopted" if p >= 0.5 else "not adopted"
        reason = f"most likely votes: {result.reason}"
        # the forecast's own copy of the body: the cached bundled one, changed by one caller
        # (``forecast.body.members.pop()``), was every later forecast's (session 46)
        mine = body.model_copy(deep=True)
        out.append(ResolutionForecast(draft, mine, p, votes, outcome, reason, could_block, swing))
    return out


ADOPTION_CHUNK_RUNS = 2048
"""Runs whose votes :func:`ensemble_adoption` draws at a time: its arrays are ``(runs, members,
4)``, 6 KiB a run for the 193 members of the General Assembly, so 100,000 runs held at once
took about 2 GiB (session 38). Chunking leaves every draw and every estimate as it was: the
generator's numbers are drawn in the same order, row after row."""


def ensemble_adoption(
    scenario: Scenario,
    positions: FloatArray,
    seed: int,
    *,
    other: str | None = None,
    vote_model: VoteModel | None = None,
    chunk_runs: int = ADOPTION_CHUNK_RUNS,
) -> dict[str, float]:
    """Each draft's adoption probability over a Monte Carlo ensemble of positions.

    ``positions[r, n, m]`` are the final positions of run ``r``. The probability is
    ``E_r[P(adopted | run r)]``, estimated by Monte Carlo: in every run each member casts one
    vote drawn from its probabilities in that run (the scenario's actors from their positions in
    the run; other members from the same fixed model as in the single forecast), the body's
    rule is applied to the tallies, and the share of runs in which the draft passes is the
    estimate (standard error at most ``0.5 / sqrt(runs)``). Draws come from
    ``numpy.random.default_rng(seed)``, so the estimate repeats with the forecast's seed.
    Vectorised over runs: one categorical draw per run and member, one lattice look-up, for
    ``chunk_runs`` runs at a time (memory bounded; the same numbers for any ``chunk_runs``).
    """
    positions = np.asarray(positions, dtype=float)
    inst = institutions_of(scenario)
    model = vote_model or inst.vote_model
    refs = {b.id: b for b in inst.bodies}
    rng = np.random.default_rng(seed)
    runs = positions.shape[0]
    step = max(1, int(chunk_runs))
    out: dict[str, float] = {}
    for draft in inst.drafts:
        body, date, members = _sitting(draft, refs[draft.body])
        rule = body.rule(draft.kind)
        fixed = member_votes(
            scenario, positions[0], draft, body, members, rule, model, other, inst.blocs, date
        )
        fixed_probs = np.array([_vector(fixed[m.code]) for m in members])
        speakers = _speakers(scenario, inst.blocs, date)
        per_run = ordered_logit(actor_appeal(scenario, positions, draft), model)  # (R, n, 3)
        layout = _layout(rule, members)
        passes = _passes_lattice(layout, rule)
        passed = 0
        for start in range(0, runs, step):
            stop = min(start + step, runs)
            probs = np.tile(fixed_probs, (stop - start, 1, 1))
            for j, m in enumerate(members):
                if fixed[m.code].source == "scenario":
                    speaker = per_run[start:stop, speakers[m.code]]
                    probs[:, j, :3] = _reluctant(speaker, m, rule, model)
                    probs[:, j, 3] = 0.0
            sampled = _passes_sampled(rule, members, probs, rng, layout, passes)
            passed += int(np.count_nonzero(sampled))
        out[draft.id] = passed / runs
    return out


def _passes_sampled(
    rule: Rule,
    members: Sequence[Member],
    probs: FloatArray,
    rng: np.random.Generator,
    layout: _Layout | None = None,
    passes: NDArray[np.bool_] | None = None,
) -> NDArray[np.bool_]:
    """One vote per run and member drawn from ``probs[r, member, (yes, no, abstain, absent)]``;
    whether the rule is met in each run (``[r]``), read from the tally lattice (``layout`` and
    ``passes``: the rule's, computed here when not given)."""
    layout = layout or _layout(rule, members)
    passes = _passes_lattice(layout, rule) if passes is None else passes
    cumulative = np.cumsum(probs / probs.sum(axis=-1, keepdims=True), axis=-1)
    draw = rng.random(probs.shape[:2])[..., None]
    vote = np.minimum((draw > cumulative).sum(axis=-1), 3)  # 0 yes, 1 no, 2 abstain, 3 absent
    index: list[NDArray[Any]] = [(vote == 0).sum(axis=-1)]
    if layout.track_no:
        index.append((vote == 1).sum(axis=-1))
    if layout.track_abstain:
        index.append((vote == 2).sum(axis=-1))
    if layout.veto:
        holders = np.array([rule.veto_tag in m.tags for m in members])
        index.append(((vote == 1) & holders).any(axis=-1).astype(int))
    for measure, cap in zip(layout.measures, layout.caps, strict=True):
        weights = np.array([m.weights[measure] for m in members])
        index.append(np.minimum(((vote == 0) * weights).sum(axis=-1), cap))
    return np.asarray(passes[tuple(index)])


@dataclass
class Resolutions:
    """The predicted fate of every draft of a forecast's scenario (``Forecast.resolutions``).

    A sequence of :class:`ResolutionForecast` (one per draft, in the scenario's order) with,
    when the forecast ran an ensemble, each draft's adoption probability over its runs
    (:func:`ensemble_adoption`). :meth:`to_list` is the ``resolutions`` entry of the JSON
    contract; :meth:`to_frame` and :meth:`votes_frame` are the tidy tables.

    Examples
    --------
    >>> import accord
    >>> drafts = accord.forecast("ukraine-2025-02").resolutions
    >>> list(drafts.to_frame()["draft"])
    ['S/2025/112', 'A/ES-11/L.10', 'A/ES-11/L.11']
    >>> drafts.votes_frame().groupby("draft").size()["S/2025/112"]  # the 15 Council members
    np.int64(15)
    """

    drafts: list[ResolutionForecast]
    ensemble: dict[str, float] = field(default_factory=dict)  # draft id -> P(adopted)
    ensemble_runs: int | None = None
    # the forecast that made them (set by accord.forecast; None where none did): the tables'
    # last columns, so that two scenarios' tables concatenated can be told apart (session 44)
    engine: str | None = None
    seed: int | None = None
    scenario: str | None = None

    def __len__(self) -> int:
        return len(self.drafts)

    def __iter__(self) -> Iterator[ResolutionForecast]:
        return iter(self.drafts)

    def __getitem__(self, index: int) -> ResolutionForecast:
        return self.drafts[index]

    def __repr__(self) -> str:
        from accord.text import probability_text

        shown = ", ".join(
            f"{r.draft.id} {probability_text(r.adoption_probability, 2)}" for r in self.drafts[:3]
        )
        more = f", ... {len(self.drafts) - 3} more" if len(self.drafts) > 3 else ""
        return f"Resolutions({shown}{more})"

    def to_list(self) -> list[dict[str, Any]]:
        """The JSON of every draft (docs/json-contract.md, ``resolutions``)."""
        out = []
        for r in self.drafts:
            entry = r.to_dict()
            if r.draft.id in self.ensemble:
                entry["adoption_probability_ensemble"] = round(self.ensemble[r.draft.id], 4)
                entry["ensemble_runs"] = self.ensemble_runs
            out.append(entry)
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per draft (a pandas DataFrame); see :func:`accord.frames.resolutions_frame`."""
        from accord.frames import resolutions_frame

        return resolutions_frame(self)

    def votes_frame(self) -> pd.DataFrame:
        """One row per draft and member; see :func:`accord.frames.resolution_votes_frame`."""
        from accord.frames import resolution_votes_frame

        return resolution_votes_frame(self)


def _probability(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0.0 <= value <= 1.0 else None


def forecast_adoption(entry: Mapping[str, Any]) -> tuple[float | None, str]:
    """A draft's P(adopted) as a forecast states it, from its JSON (``Resolutions.to_list()``,
    also as a ledger record stores it): the ensemble's estimate where the forecast ran one (as
    an issue's ``p_agreement`` is then the ensemble's share), else the exact probability at the
    forecast; with which of the two it is (``"ensemble"`` or ``"exact"``). The one reading of
    it for the ledger's scores and for :func:`accord.forecast.contrasts.rule_contrasts`."""
    ensemble = _probability(entry.get("adoption_probability_ensemble"))
    if ensemble is not None:
        return ensemble, "ensemble"
    return _probability(entry.get("adoption_probability")), "exact"


def predict_resolutions(
    scenario: Scenario,
    forecast_positions: FloatArray,
    ensemble_positions: FloatArray | None = None,
    seed: int | None = None,
) -> Resolutions:
    """Every draft's predicted votes and adoption, over the ensemble too when one is given.

    ``ensemble_positions`` (runs, actors, issues) with its ``seed`` adds each draft's adoption
    probability over the runs (:func:`ensemble_adoption`).
    """
    made = Resolutions(predict_resolution_votes(scenario, forecast_positions))
    if ensemble_positions is not None and seed is not None:
        made.ensemble = ensemble_adoption(scenario, ensemble_positions, seed)
        made.ensemble_runs = int(np.asarray(ensemble_positions).shape[0])
    return made


__all__ = [
    "Bloc",
    "BodyRef",
    "Draft",
    "ExpectedTally",
    "Institutions",
    "MemberVote",
    "ResolutionForecast",
    "Resolutions",
    "ResultCheck",
    "UndatedDraft",
    "VoteModel",
    "actor_appeal",
    "adoption_probability",
    "appeal",
    "bloc_codes",
    "council_base_rate_votes",
    "ensemble_adoption",
    "forecast_adoption",
    "institutions_of",
    "member_votes",
    "ordered_logit",
    "other_member_votes",
    "other_model",
    "predict_resolution_votes",
    "predict_resolutions",
    "sponsors_voting_no",
    "undated_drafts",
]
