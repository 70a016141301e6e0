"""Voting rules as data: who sits in a body, with what weights, and what a decision needs.

A :class:`Body` lists its members (optionally with the dates of their terms and integer weights
such as population) and one :class:`Rule` per kind of decision ("substantive", "procedural",
"important", "qmv", "unanimity"...). A rule is a list of :class:`Criterion` that must all hold,
optional vetoes (any member carrying the veto tag who votes *no* defeats the proposal;
abstaining or staying away is not a veto; with ``veto_override`` a veto is set aside when at
least that many members vote yes) and an optional blocking-minority clause (the EU Council's:
a proposal is adopted anyway if fewer than N members fail to support it, unless vetoed).

Votes are three-way plus absence: yes, no, abstain, absent. Every criterion compares the sum of
a measure over the members voting yes with a share of a base: all members, those present
(yes + no + abstain) or those present and voting (yes + no). Comparisons are done in exact
integer arithmetic (a share is a :class:`fractions.Fraction`), so 2/3 and 55 % are exact.

Bundled bodies live in ``institutions/data/bodies/*.yaml``; :func:`load_body` reads them,
:func:`read_body` also a body file of one's own, and :func:`decide` applies a rule to a roll
call and explains the outcome in words.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from accord.errors import AccordError, DataError, Problem, ScenarioError, format_path
from accord.institutions.bundled import bundled_body_ids

MEMBERS = "members"
"""The measure that counts each member once."""


class Vote(StrEnum):
    """A member's vote; ``absent`` means not present (or present and not voting)."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    ABSENT = "absent"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, str_strip_whitespace=True)


def parse_share(value: Any) -> Fraction:
    """Read a share written as "2/3", "55%", 0.55 or 1/2 into an exact fraction in [0, 1]."""
    if isinstance(value, Fraction):
        share = value
    elif isinstance(value, bool):
        raise ValueError(f"a share must be a fraction such as '2/3' or '55%', not {value!r}")
    elif isinstance(value, int | float):
        share = Fraction(str(value))
    elif isinstance(value, str):
        text = value.strip()
        try:
            share = Fraction(text[:-1].strip()) / 100 if text.endswith("%") else Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise ValueError(
                f"a share must look like '2/3', '55%' or 0.55, not {value!r}"
            ) from None
    else:
        raise ValueError(f"a share must look like '2/3', '55%' or 0.55, not {value!r}")
    if not 0 <= share <= 1:
        raise ValueError(f"a share must lie between 0 and 1 (got {value!r})")
    return share


Base = Literal["members", "present", "present_and_voting"]


class Criterion(_Model):
    """One condition of a rule: the yes side's total of ``measure`` reaches a quota.

    The quota is ``share`` of the base total (``base``: all members, those present, or those
    present and voting), reached with ``>=`` or, when ``strict``, exceeded (``>``), and in any
    case at least ``at_least``. "A majority of members present and voting" is share 1/2, strict,
    base present_and_voting; "nine affirmative votes" is at_least 9.
    """

    description: str | None = None
    measure: str = Field(default=MEMBERS, description="'members' or the name of a weight.")
    base: Base = "members"
    share: Fraction | None = None
    strict: bool = False
    at_least: int = Field(default=0, ge=0)

    @field_validator("share", mode="before")
    @classmethod
    def _share(cls, value: Any) -> Fraction | None:
        return None if value is None else parse_share(value)

    @model_validator(mode="after")
    def _something(self) -> Criterion:
        if self.share is None and self.at_least == 0:
            raise ValueError("a criterion needs a share, an at_least quota, or both")
        return self

    def label(self) -> str:
        """A short description of the measure for messages ("population", "votes")."""
        return "in favour" if self.measure == MEMBERS else self.measure


class Rule(_Model):
    """What a decision of one kind needs: all criteria, no veto, or too small a minority."""

    description: str | None = None
    criteria: list[Criterion] = Field(min_length=1)
    veto_tag: str | None = Field(
        default=None, description="Members with this tag defeat a proposal by voting no."
    )
    veto_override: int | None = Field(
        default=None,
        ge=1,
        description="A veto is overridden when at least this many members vote yes (the other "
        "criteria must still hold).",
    )
    blocking_minority: int | None = Field(
        default=None,
        ge=1,
        description="Adopted anyway if fewer than this many members do not vote yes "
        "(a veto still defeats it).",
    )
    max_against: int | None = Field(
        default=None, ge=0, description="Not adopted if more than this many members vote no."
    )


class Member(_Model):
    """A seat in a body for a period (a member with several terms has several entries)."""

    code: str = Field(min_length=1, description="ISO 3166-1 alpha-3 code, or another id.")
    name: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    tags: list[str] = Field(default_factory=list)
    weights: dict[str, Annotated[int, Field(ge=0)]] = Field(default_factory=dict)

    def sits_on(self, date: dt.date | None) -> bool:
        if date is None:
            return self.since is None and self.until is None
        return (self.since is None or self.since <= date) and (
            self.until is None or date <= self.until
        )


class Body(_Model):
    """A voting body: its members (by date) and its rules by kind of decision."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    description: str | None = None
    default_kind: str = "substantive"
    default_date: dt.date | None = Field(
        default=None, description="The date whose composition is used when none is given."
    )
    covers_from: dt.date | None = Field(default=None, description="First date with a full roster.")
    covers_until: dt.date | None = Field(default=None, description="Last date with a full roster.")
    rules: dict[str, Rule] = Field(min_length=1)
    members: list[Member] = Field(min_length=1)
    sources: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> Body:
        if isinstance(info.context, dict) and info.context.get("defer_body_checks"):
            return self  # body_from_data reports them with their paths
        problems = body_problems(self)
        if problems:
            raise ValueError("; ".join(str(p) for p in problems))
        return self

    def rule(self, kind: str | None = None) -> Rule:
        chosen = kind or self.default_kind
        try:
            return self.rules[chosen]
        except KeyError:
            raise AccordError(
                f"body {self.id!r} has no rule for kind {chosen!r}; "
                f"known kinds: {', '.join(sorted(self.rules))}"
            ) from None

    def members_on(self, date: dt.date | None = None) -> list[Member]:
        """The members sitting on ``date`` (default: ``default_date``), in file order."""
        when = date or self.default_date
        if when is not None and (
            (self.covers_from is not None and when < self.covers_from)
            or (self.covers_until is not None and when > self.covers_until)
        ):
            since = f"from {self.covers_from}" if self.covers_from else "up"
            until = f" to {self.covers_until}" if self.covers_until else " on"
            raise AccordError(
                f"body {self.id!r}: membership is recorded {since}{until}, not for {when}"
            )
        seated = [m for m in self.members if m.sits_on(when)]
        codes = [m.code for m in seated]
        if len(set(codes)) != len(codes):  # body_problems refuses this; a Body built otherwise
            twice = sorted({c for c in codes if codes.count(c) > 1})
            on = f"on {when}" if when is not None else "(members without dates)"
            raise DataError(f"body {self.id!r} lists {', '.join(twice)} twice {on}")
        if not seated:
            raise AccordError(f"body {self.id!r} has no members on {when}")
        return seated

    def years(self) -> list[int]:
        """Years for which the full membership is recorded (empty when it does not change)."""
        if self.covers_from is None or self.covers_until is None:
            return []
        return list(range(self.covers_from.year, self.covers_until.year + 1))


# Checks across fields -----------------------------------------------------------------------


def _guess(word: str, choices: Iterable[str]) -> str:
    """``; did you mean 'veto'?`` for a word one slip from one of ``choices``, else empty."""
    from accord.text import nearest

    guess = nearest(word, sorted(set(choices)))
    return f"; did you mean {guess!r}?" if guess else ""


def _overlap(a: Member, b: Member) -> bool:
    """Whether two terms share a day (a missing date is open-ended)."""
    return (a.since is None or b.until is None or a.since <= b.until) and (
        b.since is None or a.until is None or b.since <= a.until
    )


def _largest_sittings(body: Body) -> list[list[Member]]:
    """The memberships on every date on which a term begins or ends (one list for a body
    without dates): the largest totals any coalition of members could ever reach."""
    dates = {d for m in body.members for d in (m.since, m.until) if d is not None}
    if body.default_date is not None:
        dates.add(body.default_date)
    if not dates:
        return [list(body.members)]
    return [[m for m in body.members if m.sits_on(d)] for d in sorted(dates)]


def body_problems(body: Body) -> list[Problem]:
    """What a body's fields say against each other, each with its path (session 37's trial):
    the default kind among the rules; a member lacking a weight a rule measures; a member
    listed twice for overlapping terms; a veto tag no member carries (which would remove the
    veto without a word); a quota no coalition can reach (every member's power 0).
    """
    problems: list[Problem] = []
    if body.default_kind not in body.rules:
        problems.append(
            Problem(
                "default_kind",
                f"not among the rules ({', '.join(body.rules)})"
                + _guess(body.default_kind, body.rules),
                body.default_kind,
            )
        )
    measures = {c.measure for r in body.rules.values() for c in r.criteria} - {MEMBERS}
    for i, member in enumerate(body.members):
        missing = sorted(measures - set(member.weights))
        if missing:
            hints = "".join(_guess(w, missing) for w in member.weights if w not in measures)
            problems.append(
                Problem(
                    f"members[{i}].weights",
                    f"member {member.code} lacks weight(s) {', '.join(missing)} used by the "
                    f"rules{hints}",
                    member.weights,
                )
            )
    first: dict[str, list[int]] = {}
    for i, member in enumerate(body.members):
        earlier = [j for j in first.get(member.code, []) if _overlap(body.members[j], member)]
        if earlier:
            problems.append(
                Problem(
                    f"members[{i}].code",
                    f"listed twice: also members[{earlier[0]}], for terms that overlap (a "
                    "member with several terms has one entry a term, with since and until)",
                    member.code,
                )
            )
        first.setdefault(member.code, []).append(i)
    tags = {t for m in body.members for t in m.tags}
    sittings = _largest_sittings(body)
    for kind, rule in body.rules.items():
        if rule.veto_tag is not None and rule.veto_tag not in tags:
            known = f"the members' tags: {', '.join(sorted(tags))}" if tags else "no tags"
            problems.append(
                Problem(
                    f"rules.{kind}.veto_tag",
                    f"no member carries this tag ({known}), so nobody could veto"
                    + _guess(rule.veto_tag, tags),
                    rule.veto_tag,
                )
            )
        if rule.veto_override is not None and rule.veto_tag is None:
            problems.append(
                Problem(
                    f"rules.{kind}.veto_override",
                    "overrides a veto, but the rule has none (give its veto_tag)",
                    rule.veto_override,
                )
            )
        elif rule.veto_override is not None and rule.veto_override > max(map(len, sittings)):
            problems.append(
                Problem(
                    f"rules.{kind}.veto_override",
                    f"more members than the body has (at most {max(map(len, sittings))}): "
                    "no veto could be overridden",
                    rule.veto_override,
                )
            )
        for j, criterion in enumerate(rule.criteria):
            path = f"rules.{kind}.criteria[{j}]"
            if criterion.share == 1 and criterion.strict:
                problems.append(
                    Problem(
                        f"{path}.strict",
                        "more than the whole base (share 1, strict): no coalition can reach it",
                        True,
                    )
                )
            most = max(
                sum(
                    1 if criterion.measure == MEMBERS else m.weights.get(criterion.measure, 0)
                    for m in seated
                )
                for seated in sittings
            )
            if criterion.at_least > most:
                what = (
                    f"the body has at most {most} members"
                    if criterion.measure == MEMBERS
                    else f"its members' {criterion.measure} adds up to at most {most}"
                )
                problems.append(
                    Problem(
                        f"{path}.at_least",
                        f"no coalition can reach it: {what}, so nothing could be adopted and "
                        "every member's power would be 0",
                        criterion.at_least,
                    )
                )
    return problems


# Loading ------------------------------------------------------------------------------------


def _body_message(err: Any) -> tuple[str, bool]:
    """Pydantic's message for a body file's field, rephrased, and whether to show the value
    (session 37's trial: ``Value error, ... (got '3/2') (got '3/2')``, and a missing field shown
    with the whole rule as its value)."""
    kind, loc = err["type"], tuple(err["loc"])
    if kind == "extra_forbidden":
        owner: type[BaseModel] = Body
        if len(loc) == 3 and loc[0] == "rules":
            owner = Rule
        elif len(loc) == 5 and loc[0] == "rules" and loc[2] == "criteria":
            owner = Criterion
        elif len(loc) == 3 and loc[0] == "members":
            owner = Member
        allowed = list(owner.model_fields)
        return (
            f"unknown field (allowed here: {', '.join(allowed)})" + _guess(str(loc[-1]), allowed),
            True,
        )
    if kind == "missing":
        return "required field is missing", False
    if kind == "greater_than_equal":
        return f"must be at least {err.get('ctx', {}).get('ge')}", True
    msg = str(err["msg"]).removeprefix("Value error, ")
    return msg, "(got " not in msg


def _validation_problems(exc: ValidationError) -> list[Problem]:
    out = []
    for e in exc.errors():
        message, show = _body_message(e)
        out.append(Problem(format_path(e["loc"]), message, e.get("input"), show and "input" in e))
    return out


def body_from_data(data: Any, file: str | None = None) -> Body:
    """Validate a mapping as a :class:`Body`, reporting every problem with its path."""
    try:
        body = Body.model_validate(data, context={"defer_body_checks": True})
    except ValidationError as exc:
        raise ScenarioError(_validation_problems(exc), file) from None
    problems = body_problems(body)
    if problems:
        raise ScenarioError(problems, file)
    return body


@cache
def load_body(body_id: str) -> Body:
    """A bundled body by id (``unsc``, ``unsc-1945``, ``unga``, ``eu-council``...)."""
    known = bundled_body_ids()
    if body_id not in known:
        raise AccordError(f"unknown body {body_id!r}; bundled bodies: {', '.join(known)}")
    path = resources.files("accord.institutions") / "data" / "bodies" / f"{body_id}.yaml"
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ten times faster
    return body_from_data(yaml.load(path.read_text(encoding="utf-8"), Loader=loader), str(path))


BODY_FILE_SUFFIXES = (".yaml", ".yml", ".json")
"""The suffixes of a body file of one's own (JSON is read as YAML)."""


def read_body(ref: Body | str | os.PathLike[str]) -> Body:
    """A body: a :class:`Body` as given, a bundled body by id (a fresh copy the caller may
    change), or a body file of one's own.

    A body file is YAML (or JSON) with the fields of a bundled one (docs/institutions.md,
    "A rule of your own"): ``id``, ``name``, ``rules`` (kind -> criteria...), ``members``
    (``code`` and the ``weights`` the rules measure), optionally ``default_kind``. Every
    problem is reported with its path, as for a scenario file.

    Examples
    --------
    >>> read_body("unsc").rule().veto_tag
    'permanent'
    >>> read_body("toy.yaml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    accord.errors.AccordError: no such body file: toy.yaml
    """
    if isinstance(ref, Body):
        return ref
    text = os.fspath(ref)
    if isinstance(ref, str) and text in bundled_body_ids():
        # a copy, as load_bundled gives: the cached body itself, changed by one caller (one
        # request of a service), was every later caller's, accord.power's too (session 45)
        return load_body(text).model_copy(deep=True)
    path = Path(text)
    if path.suffix.lower() not in BODY_FILE_SUFFIXES and not path.is_file():
        known = ", ".join(bundled_body_ids())
        raise AccordError(
            f"unknown body {text!r}; bundled bodies: {known}; or a body file of your own "
            f"({', '.join(BODY_FILE_SUFFIXES)}; docs/institutions.md)"
        )
    if not path.is_file():
        raise AccordError(f"no such body file: {text}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise AccordError(f"{text}: not valid YAML: {exc}") from None
    except RecursionError:  # PyYAML's composer recurses once a level (a traceback until s39)
        raise AccordError(f"{text}: not a body file: lists or mappings nested too deeply") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AccordError(f"{text}: cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise AccordError(
            f"{text}: a body file is a mapping (id, name, rules, members), "
            f"not {type(data).__name__}"
        )
    return body_from_data(data, text)


# Deciding -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """The result of applying a rule to a roll call, with the reason in words."""

    adopted: bool
    reason: str
    yes: int
    no: int
    abstain: int
    absent: int
    vetoed_by: tuple[str, ...] = ()
    failed: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "adopted": self.adopted,
            "reason": self.reason,
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "absent": self.absent,
            "vetoed_by": list(self.vetoed_by),
        }


def parse_vote(value: Any, where: str = "vote") -> Vote:
    if isinstance(value, Vote):
        return value
    text = str(value).strip().lower()
    aliases = {"y": "yes", "n": "no", "a": "abstain", "abstention": "abstain", "": "absent"}
    text = aliases.get(text, text)
    try:
        return Vote(text)
    except ValueError:
        raise AccordError(
            f"{where}: a vote must be yes, no, abstain or absent (got {value!r})"
        ) from None


def quota(criterion: Criterion, base_total: int) -> int:
    """Smallest yes total that satisfies ``criterion`` when the base totals ``base_total``."""
    need = criterion.at_least
    if criterion.share is not None:
        exact = criterion.share * base_total
        least = math.floor(exact) + 1 if criterion.strict else math.ceil(exact)
        need = max(need, least, 1 if criterion.share > 0 else 0)  # as in holds()
    return need


def holds(criterion: Criterion, yes: Any, base_total: Any) -> Any:
    """Whether the criterion holds; works on integers and on NumPy integer arrays alike."""
    ok = yes >= criterion.at_least
    if criterion.share is not None:
        p, q = criterion.share.numerator, criterion.share.denominator
        ok = ok & ((yes * q > p * base_total) if criterion.strict else (yes * q >= p * base_total))
        if p > 0:
            # A share of nobody (everyone abstaining or away) is no majority: 0 >= 2/3 * 0 must
            # not adopt a text with no vote in favour.
            ok = ok & (yes > 0)
    return ok


def _tally(members: list[Member], votes: Mapping[str, Vote], measure: str) -> dict[Vote, int]:
    out = dict.fromkeys(Vote, 0)
    for m in members:
        out[votes[m.code]] += 1 if measure == MEMBERS else m.weights[measure]
    return out


def base_total(criterion: Criterion, tally: Mapping[Vote, int]) -> int:
    if criterion.base == "members":
        return sum(tally.values())
    if criterion.base == "present":
        return tally[Vote.YES] + tally[Vote.NO] + tally[Vote.ABSTAIN]
    return tally[Vote.YES] + tally[Vote.NO]


def decide(
    body: Body,
    votes: Mapping[str, Any],
    *,
    kind: str | None = None,
    date: dt.date | None = None,
) -> Outcome:
    """Apply ``body``'s rule for ``kind`` to a roll call and say why it passes or fails.

    ``votes`` maps member codes to yes/no/abstain/absent; members left out are absent. A code
    that is not a member on ``date`` is an error. Vetoes are checked first (a rule's
    ``veto_override`` sets a veto aside when enough members vote yes), then every criterion;
    the EU-style blocking-minority clause can still adopt a proposal that fails a criterion,
    never one that is vetoed.
    """
    rule = body.rule(kind)
    members = body.members_on(date)
    codes = {m.code for m in members}
    unknown = sorted(set(votes) - codes)
    if unknown:
        raise AccordError(
            f"votes: {', '.join(unknown)} not a member of {body.id} on "
            f"{date or body.default_date} (members: {', '.join(sorted(codes))})"
        )
    cast = {m.code: parse_vote(votes.get(m.code, Vote.ABSENT), f"votes.{m.code}") for m in members}
    heads = _tally(members, cast, MEMBERS)
    counts = (heads[Vote.YES], heads[Vote.NO], heads[Vote.ABSTAIN], heads[Vote.ABSENT])
    summary = _summary(*counts)
    vetoed = tuple(
        m.code
        for m in members
        if rule.veto_tag is not None and rule.veto_tag in m.tags and cast[m.code] is Vote.NO
    )
    overridden = ""
    if vetoed and (rule.veto_override is None or heads[Vote.YES] < rule.veto_override):
        short = (
            f" ({heads[Vote.YES]} in favour, {rule.veto_override} would override it)"
            if rule.veto_override is not None
            else ""
        )
        return Outcome(False, f"not adopted: vetoed by {', '.join(vetoed)}{short}", *counts, vetoed)
    if vetoed:
        overridden = (
            f"; the veto of {', '.join(vetoed)} overridden ({heads[Vote.YES]} in favour, "
            f"at least {rule.veto_override} needed)"
        )
    failed: list[str] = []
    weighed: list[str] = []  # each weight's share in favour, said of a passing text too
    if rule.max_against is not None and heads[Vote.NO] > rule.max_against:
        failed.append(f"{heads[Vote.NO]} against, at most {rule.max_against} allowed")
    for criterion in rule.criteria:
        tally = _tally(members, cast, criterion.measure)
        total = base_total(criterion, tally)
        if not holds(criterion, tally[Vote.YES], total):
            failed.append(_shortfall(criterion, tally, total))
        elif criterion.measure != MEMBERS and criterion.share is not None:
            # session 38's trial: a Council text passed by QMV said how many members voted
            # yes, not the population share in favour, the rule's second criterion
            weighed.append(_shortfall(criterion, tally, total))
    if failed and rule.blocking_minority is not None:
        not_yes = len(members) - heads[Vote.YES]
        if not_yes < rule.blocking_minority:
            return Outcome(
                True,
                f"adopted: {summary}; {'; '.join(failed)}, but a blocking minority needs at "
                f"least {rule.blocking_minority} members and only {not_yes} did not vote yes",
                *counts,
            )
    if failed:
        return Outcome(False, "not adopted: " + "; ".join(failed), *counts, (), tuple(failed))
    shares = "".join(f"; {text}" for text in weighed)
    return Outcome(True, f"adopted: {summary}{shares}{overridden}", *counts)


def _summary(yes: int, no: int, abstain: int, absent: int) -> str:
    text = f"{yes} in favour, {no} against, {abstain} abstention{'s' if abstain != 1 else ''}"
    return text + (f", {absent} absent" if absent else "")


def _shortfall(criterion: Criterion, tally: Mapping[Vote, int], total: int) -> str:
    yes = tally[Vote.YES]
    if criterion.measure == MEMBERS:
        if criterion.base == "members" or criterion.share is None:
            return f"{yes} in favour, {quota(criterion, total)} required"
        # The base moves with the yes count: find the smallest yes count that would do.
        others = total - yes
        need = next(
            (
                y
                for y in range(yes, yes + 10 * (others + 1) + criterion.at_least + 2)
                if holds(criterion, y, y + others)
            ),
            None,
        )
        against = tally[Vote.NO]
        return f"{yes} in favour, {against} against, {need} in favour required"
    share = Fraction(yes, total) if total else Fraction(0)
    needed = f"{float(criterion.share) * 100:g}%" if criterion.share is not None else ""
    return (
        f"{criterion.measure} in favour {float(share) * 100:.2f}%, {needed} required"
        if needed
        else f"{criterion.measure} in favour {yes}, {criterion.at_least} required"
    )


__all__ = [
    "BODY_FILE_SUFFIXES",
    "MEMBERS",
    "Body",
    "Criterion",
    "Member",
    "Outcome",
    "Rule",
    "Vote",
    "body_from_data",
    "body_problems",
    "bundled_body_ids",
    "decide",
    "holds",
    "load_body",
    "parse_share",
    "parse_vote",
    "quota",
    "read_body",
]
