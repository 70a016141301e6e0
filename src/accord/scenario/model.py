"""The scenario model: actors, issues, stances, sources and institutions.

This module is the single source of truth for what a scenario is. Every file format converts
into these pydantic models and every engine reads them. Field-level checks (types, ranges,
NaN/inf) are pydantic's; checks that relate one part to another (unknown ids, positions outside
an issue's scale, duplicates) run after construction and report every problem at once, each
with its path inside the document (``stances[3].salience``). A document with field errors gets
both kinds in one list: the references are checked on what pydantic found valid of it
(:meth:`Scenario._every_problem`, session 44).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
from typing import Annotated, Any, TypeVar, get_args, get_origin

from pydantic import (
    BaseModel,
    BeforeValidator,
    Field,
    FieldSerializationInfo,
    ModelWrapValidatorHandler,
    SerializerFunctionWrapHandler,
    ValidationError,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)

from accord.errors import Problem, ScenarioError, UnknownScenarioItem
from accord.scenario.base import Date, Identifier, Number, _Model, _not_bool, scenario_error
from accord.scenario.institutions import Institutions

__all__ = [
    "Actor",
    "ActorKind",
    "Evidence",
    "Issue",
    "Scale",
    "ScalePoint",
    "Scenario",
    "Source",
    "Stance",
    "Supports",
]

_Item = TypeVar("_Item", "Actor", "Issue")
"""What :meth:`Scenario._by_id` looks up by id."""


class ActorKind(StrEnum):
    """What sort of participant an actor is."""

    STATE = "state"
    GOVERNMENT = "government"
    LEADER = "leader"
    INTERNATIONAL_ORGANISATION = "international organisation"
    BLOC = "bloc"
    PARTY = "party"
    COMPANY = "company"
    NGO = "ngo"
    OTHER = "other"


class Actor(_Model):
    """A participant in the negotiation and its capability (its potential influence)."""

    id: Identifier
    name: str = Field(min_length=1)
    kind: ActorKind = ActorKind.STATE
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-3 code of the actor's country, if any."
    )
    capability: Number = Field(ge=0, description="Potential influence; any non-negative scale.")
    tags: list[str] = Field(
        default_factory=list, description="Memberships and labels (e.g. EU, NATO, P5)."
    )
    note: str | None = None

    @field_validator("country")
    @classmethod
    def _iso3(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Z]{3}", value):
            # the code meant, where one is near: ``TR``, ``tur`` or ``Turkey`` -> TUR (session 47)
            from accord.institutions.countries import country_guesses, did_you_mean

            hint = did_you_mean(country_guesses(value))
            said = "country must be an ISO 3166-1 alpha-3 code"
            raise ValueError(f"{said}; {hint}" if hint else f"{said} such as 'FRA'")
        return value


class ScalePoint(_Model):
    """A labelled point on an issue's scale."""

    at: Number
    label: str = Field(min_length=1)


class Scale(_Model):
    """The line on which positions on an issue lie, with its ends described in words."""

    low: Number = 0.0
    high: Number = 100.0
    low_label: str | None = None
    high_label: str | None = None
    points: list[ScalePoint] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if not self.low < self.high:
            raise ValueError(f"scale low ({self.low}) must be below high ({self.high})")
        for point in self.points:
            if not self.low <= point.at <= self.high:
                raise ValueError(
                    f"labelled point {point.at} lies outside the scale [{self.low}, {self.high}]"
                )
        return self

    @property
    def span(self) -> float:
        return self.high - self.low

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


class Issue(_Model):
    """One question the negotiation settles, with a one-dimensional scale of answers."""

    id: Identifier
    title: str = Field(min_length=1)
    question: str | None = None
    scale: Scale = Field(default_factory=Scale)
    status_quo: Number | None = Field(
        default=None,
        description="The outcome if no agreement is reached (required once a horizon is given).",
    )
    horizon: Date | None = Field(
        default=None,
        description="The date by which the outcome is read; not before the scenario's as_of.",
    )
    consent: list[Identifier] = Field(
        default_factory=list,
        description="Actors whose agreement is necessary (each must hold a stance on the "
        "issue); empty means the engines bargain as without a consent rule.",
    )
    keywords: list[str] = Field(
        default_factory=list, description="Words that tie news text to this issue."
    )
    note: str | None = None


class Supports(StrEnum):
    """Which number of a stance an evidence item supports."""

    POSITION = "position"
    SALIENCE = "salience"
    BOTH = "both"  # position and salience
    LEVERAGE = "leverage"


class Evidence(_Model):
    """What supports a number: a source, when, a paraphrase or short quotation, and the
    analyst's reading of it where that goes beyond the source (``note``)."""

    source: Identifier
    date: Date | None = None
    text: str = Field(min_length=1, description="Paraphrase, or a short quotation in quotes.")
    supports: Supports = Field(
        default=Supports.POSITION,
        description="What it supports: position, salience, both (position and salience), "
        "or leverage.",
    )
    note: str | None = Field(
        default=None,
        min_length=1,
        description="The analyst's reading of this item that its source does not say "
        "(judgement): why it puts the number where it is. Kept apart from the text, which "
        "says only what the source says.",
    )

    @model_serializer(mode="wrap")
    def _without_absent_note(self, handler: SerializerFunctionWrapHandler) -> Any:
        # An item without a note dumps as before the field existed (session 46), so the
        # scenario hash the ledger records of a scenario that gives none is unchanged.
        data = handler(self)
        if isinstance(data, dict) and data.get("note") is None:
            data.pop("note", None)
        return data


class Stance(_Model):
    """Where an actor stands on an issue and how much it cares."""

    actor: Identifier
    issue: Identifier
    position: Number
    salience: Number = Field(ge=0, le=1)
    uncertainty: Annotated[float, Field(ge=0), BeforeValidator(_not_bool)] | None = Field(
        default=None, description="Standard deviation of the position, in scale units."
    )
    leverage: Annotated[float, Field(ge=0), BeforeValidator(_not_bool)] | None = Field(
        default=None,
        description="Issue-specific capability, on the scale of the actors' capabilities: "
        "replaces the actor's general capability on this issue. Cite its evidence in "
        "'evidence' with supports: leverage.",
    )
    evidence: list[Evidence] = Field(default_factory=list)


_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


class Source(_Model):
    """A document that evidence cites."""

    id: Identifier
    title: str = Field(min_length=1)
    publisher: str | None = None
    date: Date | None = None
    url: str | None = None
    file: str | None = None
    text_sha256: str | None = Field(
        default=None,
        json_schema_extra={"pattern": "^[0-9a-fA-F]{64}$"},
        description="Fingerprint of the article's text: SHA-256 (hex) of the text with case, "
        "white space and punctuation left out (accord.news.sources.text_fingerprint); a stored "
        "copy of the article under any file name or title is known as this source by it.",
    )

    @field_validator("text_sha256")
    @classmethod
    def _hex_digest(cls, value: str | None) -> str | None:
        if value is not None and not _SHA256.fullmatch(value):
            raise ValueError("must be a SHA-256 written as 64 hexadecimal digits")
        return None if value is None else value.lower()

    @model_serializer(mode="wrap")
    def _without_absent_fingerprint(self, handler: SerializerFunctionWrapHandler) -> Any:
        # A source without a fingerprint dumps as before the field existed (session 28), so
        # the scenario hash the ledger records of a scenario that gives none is unchanged.
        data = handler(self)
        if isinstance(data, dict) and data.get("text_sha256") is None:
            data.pop("text_sha256", None)
        return data


class Scenario(_Model):
    """A negotiation as of a date: who takes part, what is at stake, who stands where."""

    id: Identifier
    title: str = Field(min_length=1)
    as_of: Date | None = None
    version: int | None = Field(
        default=None,
        ge=1,
        description="Revision number of this scenario: `accord update` writes the next one, so "
        "two versions with the same id are told apart (with their own as_of).",
    )
    description: str | None = None
    actors: list[Actor] = Field(min_length=1)
    issues: list[Issue] = Field(min_length=1)
    stances: list[Stance] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    institutions: Institutions = Field(
        default_factory=Institutions,
        description="Bodies, blocs and draft resolutions; see the institutions documentation.",
    )
    parameters: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="Default engine options carried by the scenario, by engine name "
        "(e.g. the model parameters and seed of a KTAB XML file under 'smp').",
    )

    @field_validator("parameters", mode="before")
    @classmethod
    def _plain_data(cls, value: Any) -> Any:
        """Free-form parts hold plain JSON-like data: YAML dates become ISO text, so that
        YAML -> scenario -> JSON or YAML -> scenario gives back an equal scenario."""
        return _iso_dates(value)

    @field_serializer("institutions")
    def _institutions_as_written(
        self, value: Institutions, info: FieldSerializationInfo
    ) -> dict[str, Any]:
        """The section without its defaults (an unused section is ``{}``, a default vote
        model is left out), so that writing a scenario adds nothing its author did not say."""
        data: dict[str, Any] = value.model_dump(mode=info.mode, exclude_defaults=True)
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        return self.check()

    @model_validator(mode="wrap")
    @classmethod
    def _every_problem(cls, data: Any, handler: ModelWrapValidatorHandler[Scenario]) -> Scenario:
        """Every problem of a document in one :class:`~accord.errors.ScenarioError`: the field
        errors pydantic collects, then the cross-references (:func:`consistency_problems`, and
        the ``institutions`` section's) that the fields it found valid allow.

        Pydantic runs a model's checks (``_consistent``, which this wraps) only once every
        field is valid, so until session 44 a file with a salience of 80 and a horizon before
        its ``as_of`` showed the second mistake only after the first was fixed. Here a check
        that reads a field pydantic refused is skipped, and so is an unknown-id check whose
        list has an id pydantic refused (the id meant may be that one); an assignment
        (``data`` is the scenario) fails as before, on its own field."""
        try:
            return handler(data)
        except ValidationError as exc:
            if not isinstance(data, Mapping):
                raise
            locs = [tuple(err["loc"]) for err in exc.errors(include_url=False)]
            fields = scenario_error(exc).problems
        part = cls.model_construct()  # type: ignore[call-arg]  # empty: filled below
        token = _CHECKED.set(part)  # its assignments below are not checked: it is, once, after
        try:
            known = _filled(part, data, locs)
        finally:
            _CHECKED.reset(token)
        if known is None:
            raise ScenarioError(fields)
        references = consistency_problems(known)
        if not {loc[0] for loc in locs if loc} & {"actors", "issues", "institutions"}:
            references += _institution_problems(known)
        raise ScenarioError([*fields, *references])

    def check(self) -> Scenario:
        """This scenario, after checking its cross-references again; raises a
        :class:`~accord.errors.ScenarioError` listing every fault.

        Pydantic validates a field when it is assigned, not a list changed in place nor a
        change that breaks a reference elsewhere (an appended stance, an issue's horizon moved
        before ``as_of``), so the engines and the flat API call this before they compute.
        ``model_copy(update=...)`` skips pydantic's field checks too (a salience of 5 passes):
        ``Scenario.model_validate(s.model_dump())`` checks every field again.

        Examples
        --------
        >>> import accord
        >>> from accord.scenario.model import Stance
        >>> scenario = accord.load_bundled("ec-emissions-1994")
        >>> scenario.stances.append(Stance(actor="XX", issue="emissions", position=5, salience=1))
        >>> scenario.check()
        Traceback (most recent call last):
        ...
        accord.errors.ScenarioError: stances[10].actor: unknown actor id (got 'XX')
        """
        if _CHECKED.get() is self:
            return self
        problems = consistency_problems(self)
        if problems:
            raise ScenarioError(problems + _institution_problems(self))
        return self

    def __repr__(self) -> str:
        """Short: a scenario's full dump runs to pages (``model_dump()`` has everything)."""
        when = f", as_of={self.as_of.isoformat()!r}" if self.as_of else ""
        return (
            f"Scenario(id={self.id!r}{when}, actors={len(self.actors)}, "
            f"issues={len(self.issues)}, stances={len(self.stances)})"
        )

    def __str__(self) -> str:
        """The short form too: ``print(scenario)`` printed every field, pages of them, until
        session 36 (pydantic's ``__str__``), where a notebook cell's echo shows the repr."""
        return self.__repr__()

    # Convenience look-ups -------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor:
        """The actor with id ``actor_id``; :class:`UnknownScenarioItem` (a ``KeyError``)
        naming the known ids if there is none."""
        return self._by_id("actor", self.actors, actor_id)

    def issue(self, issue_id: str) -> Issue:
        """The issue with id ``issue_id``; :class:`UnknownScenarioItem` (a ``KeyError``)
        naming the known ids if there is none."""
        return self._by_id("issue", self.issues, issue_id)

    def _by_id(self, kind: str, items: Sequence[_Item], given: str) -> _Item:
        """The item of ``items`` whose id is ``given``; :class:`UnknownScenarioItem` naming
        the ``kind`` and the known ids if there is none (what :meth:`actor` and :meth:`issue`
        do)."""
        for item in items:
            if item.id == given:
                return item
        known = [item.id for item in items]
        listed = ", ".join(known[:_LISTED]) + (
            f" and {len(known) - _LISTED} more" if len(known) > _LISTED else ""
        )
        raise UnknownScenarioItem(
            f"{kind} {given!r}: not in scenario {self.id!r}; its {kind}s: {listed or '(none)'}"
        )

    def stance(self, actor_id: str, issue_id: str) -> Stance | None:
        """The stance of actor ``actor_id`` on issue ``issue_id``, or ``None`` where there is
        none: an actor with no stance on an issue takes no part in it. ``None`` also for an id
        that is not in the scenario (no error): :meth:`actor` and :meth:`issue` raise
        :class:`UnknownScenarioItem` naming the known ids. The stance is the scenario's own, so
        setting its ``position`` or ``salience`` changes the scenario (checked on assignment).

        Examples
        --------
        >>> import accord
        >>> scenario = accord.load_bundled("ukraine-2025-02")
        >>> usa = scenario.stance("USA", "ceasefire")
        >>> usa.position, usa.salience
        (90.0, 0.9)
        >>> usa.salience = 0.95
        >>> scenario.stance("USA", "cease") is None
        True
        >>> scenario.issue("cease")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        accord.errors.UnknownScenarioItem: issue 'cease': not in scenario ...
        """
        for stance in self.stances:
            if stance.actor == actor_id and stance.issue == issue_id:
                return stance
        return None

    def stances_without_evidence(self) -> list[Stance]:
        """The stances that cite no evidence: their numbers rest on no stated source (the
        format allows it; ``accord validate`` warns of each, ``--strict`` refuses them)."""
        return [stance for stance in self.stances if not stance.evidence]


_LISTED = 30
"""How many known ids an unknown-id error lists (the UN scenarios hold 193 members)."""

_CHECKED: ContextVar[Scenario | None] = ContextVar("accord_checked_scenario", default=None)
"""The scenario a :func:`checked` block has checked (this thread or task only)."""


@contextmanager
def checked(scenario: Scenario) -> Iterator[Scenario]:
    """``scenario`` checked once for a whole computation: inside the block its
    :meth:`Scenario.check` returns at once, so that a forecast, its engine and its ensemble do
    not each walk every stance again (three walks made a mean forecast of 2,000 actors on ten
    issues four times slower). For one computation only: an edit inside is not checked."""
    scenario.check()
    token = _CHECKED.set(scenario)
    try:
        yield scenario
    finally:
        _CHECKED.reset(token)


_Part = TypeVar("_Part", bound=BaseModel)
"""A model that :func:`_filled` fills with the valid fields of a document."""

_Loc = tuple[str | int, ...]
"""Where pydantic found an error, below the part being filled (``("salience",)``)."""


def _filled(part: _Part, raw: object, locs: Sequence[_Loc]) -> _Part | None:
    """``part`` (built empty by ``model_construct``) given the fields of ``raw`` that pydantic
    found valid, each validated as an assignment validates it; ``locs`` are the errors below
    ``raw``. A field with an error is left out of the part (absent from its ``__dict__``: the
    checks skip it, :func:`_known`), but a list of models keeps its items, each filled alike
    (None for an item refused as a whole, such as one that is no mapping). None if ``raw`` is
    refused as a whole."""
    if not isinstance(raw, Mapping) or any(not loc for loc in locs):
        return None
    for name, info in type(part).model_fields.items():
        below = [loc[1:] for loc in locs if loc[0] == name]
        if not below:
            if name in raw:
                setattr(part, name, raw[name])
            continue
        part.__dict__.pop(name, None)
        item = _item_model(info.annotation)
        value = raw.get(name)
        if item is None or not isinstance(value, list) or not all(below):
            continue  # refused as a whole: not a list, too short, a field that is no list
        part.__dict__[name] = [
            _filled(item.model_construct(), entry, [loc[1:] for loc in below if loc[0] == index])
            if any(loc[0] == index for loc in below)
            else item.model_validate(entry)
            for index, entry in enumerate(value)
        ]
    return part


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """The model a ``list[Model]`` field holds (``Stance`` for ``stances``), else None."""
    args = get_args(annotation)
    if get_origin(annotation) is list and args and isinstance(args[0], type):
        return args[0] if issubclass(args[0], BaseModel) else None
    return None


def _known(item: object, *names: str) -> bool:
    """Whether ``item`` holds every field of ``names``: always, but in the part of a document
    with field errors that :func:`_filled` builds, where a refused field is left out and a
    refused list item is None (:meth:`Scenario._every_problem`)."""
    return item is not None and all(name in item.__dict__ for name in names)


def _ids(items: Sequence[Any]) -> list[str | None]:
    """Each item's id, None where it is not known."""
    return [item.id if _known(item, "id") else None for item in items]


def _every(ids: Sequence[str | None], listed: bool = True) -> set[str] | None:
    """The ids of a list if each is known (else None: an id that reads as unknown may be the
    one a refused entry holds); ``listed``: whether the list itself is known."""
    return {ident for ident in ids if ident is not None} if listed and None not in ids else None


def _iso_dates(value: Any) -> Any:
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _iso_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_iso_dates(item) for item in value]
    return value


def _duplicates(kind: str, ids: list[str | None]) -> list[Problem]:
    """An id used twice, at its second entry, naming the first (``actors[3].id: duplicate actor
    id, as actors[0]``): in a long file the first entry is the one to find (session 39). An id
    not known (None) is passed over."""
    first: dict[str, int] = {}
    problems = []
    for index, ident in enumerate(ids):
        if ident is None:
            continue
        if ident in first:
            problems.append(
                Problem(
                    f"{kind}[{index}].id",
                    f"duplicate {kind[:-1]} id, as {kind}[{first[ident]}]",
                    ident,
                )
            )
        first.setdefault(ident, index)
    return problems


def _institution_problems(scenario: Scenario) -> list[Problem]:
    """The ``institutions`` section's reference problems, to list beside the others'.

    Called only when a scenario already has other problems (cross-references, or field errors:
    :meth:`Scenario._every_problem`), so that a file with an unknown stance actor and a
    misspelt draft issue shows both at once; a valid scenario's section is checked where it is
    loaded from a file or used (:func:`accord.institutions.resolutions.institutions_of`).
    Best effort: a section the broken references keep from being checked adds nothing.
    """
    if scenario.institutions.is_empty:
        return []
    from accord.institutions.resolutions import institutions_of

    try:
        institutions_of(scenario)
    except ScenarioError as exc:
        return list(exc.problems)
    except (LookupError, ValueError):  # a reference the other problems already name
        return []
    return []


def consistency_problems(scenario: Scenario) -> list[Problem]:
    """Every cross-reference fault in a scenario, each with its path and value.

    Also of the part of a document with field errors that pydantic found valid
    (:meth:`Scenario._every_problem`): a check that reads a field left out is skipped, and an id
    is called unknown only where every id of its list is known.
    """
    listed = {name: _known(scenario, name) for name in ("actors", "issues", "stances", "sources")}
    actor_list: Sequence[Actor | None] = scenario.actors if listed["actors"] else []
    issue_list: Sequence[Issue | None] = scenario.issues if listed["issues"] else []
    stance_list: Sequence[Stance | None] = scenario.stances if listed["stances"] else []
    source_list: Sequence[Source | None] = scenario.sources if listed["sources"] else []
    actor_ids, issue_ids, source_ids = _ids(actor_list), _ids(issue_list), _ids(source_list)
    problems = _duplicates("actors", actor_ids)
    problems += _duplicates("issues", issue_ids)
    problems += _duplicates("sources", source_ids)
    actors = _every(actor_ids, listed["actors"])
    issues = {i.id: i for i in issue_list if i is not None and _known(i, "id")}
    whole_issues = _every(issue_ids, listed["issues"]) is not None
    sources = _every(source_ids, listed["sources"])
    for index, item in enumerate(issue_list):
        if item is None or not _known(item, "status_quo", "scale"):
            continue
        sq = item.status_quo
        if sq is not None and not item.scale.contains(sq):
            problems.append(
                Problem(
                    f"issues[{index}].status_quo",
                    f"status quo outside the scale [{item.scale.low:g}, {item.scale.high:g}]",
                    sq,
                )
            )
    pairs: set[tuple[str, str]] = set()
    every_pair = listed["stances"]  # whether pairs holds every stance's actor and issue
    unplaced: set[str] = set()  # actors with a stance on an unknown issue id
    bounds = {i.id: (i.scale.low, i.scale.high) for i in issues.values() if _known(i, "scale")}
    for index, stance in enumerate(stance_list):
        try:  # the common case in one test: the engines check before each computation
            pair = (stance.actor, stance.issue)  # type: ignore[union-attr]
            scale = bounds.get(pair[1])
            if (
                scale is not None
                and actors is not None
                and pair[0] in actors
                and scale[0] <= stance.position <= scale[1]  # type: ignore[union-attr]
                and pair not in pairs
                and not stance.evidence  # type: ignore[union-attr]
            ):
                pairs.add(pair)
                continue
        except AttributeError:  # a field left out, or an item refused (None): below
            pass
        found = _stance_problems(
            f"stances[{index}]", stance, actors, issues, whole_issues, sources, pairs
        )
        problems += found
        if stance is not None and _known(stance, "actor", "issue"):
            pairs.add((stance.actor, stance.issue))
            if any(p.path.endswith(".issue") for p in found):
                unplaced.add(stance.actor)
        else:
            every_pair = False
    return problems + question_problems(
        scenario, actors, pairs if every_pair else None, frozenset(unplaced)
    )


def unknown_id(kind: str, value: str, known: Iterable[str]) -> str:
    """``unknown issue id``, with ``(did you mean 'access'?)`` where one id of the scenario is
    a slip away (session 31's trial, finding 6: a stance on ``acess`` said only ``unknown
    issue id``); the message stays as before where none is near."""
    import unicodedata

    from accord.text import nearest

    def form(text: str) -> str:
        return "NFC" if unicodedata.is_normalized("NFC", text) else "NFD"

    same = [
        k for k in known if unicodedata.normalize("NFC", k) == unicodedata.normalize("NFC", value)
    ]
    if same:  # session 35: "did you mean 'Réunion'? (got 'Réunion')" named two same-looking ids
        return (
            f"unknown {kind} id: the same letters as {same[0]!r} written in another Unicode form "
            f"(here {form(value)}, the id {form(same[0])}, as macOS writes accents); "
            "retype one of them"
        )
    known = list(known)
    cased = [k for k in known if k.casefold() == value.casefold()]
    if cased:  # session 46: 'IRN' for an actor 'irn' was three slips away, so no guess at all
        return f"unknown {kind} id (did you mean {cased[0]!r}? ids are case-sensitive)"
    guess = nearest(value, known)
    return f"unknown {kind} id" + (f" (did you mean {guess!r}?)" if guess else "")


def _stance_problems(
    where: str,
    stance: Stance | None,
    actors: set[str] | None,
    issues: dict[str, Issue],
    whole_issues: bool,
    sources: set[str] | None,
    pairs: set[tuple[str, str]],
) -> list[Problem]:
    """The faults of one stance (``pairs``: the actor-issue pairs of the stances before it).

    ``actors`` and ``sources`` are None, and ``whole_issues`` false, where an id of theirs is
    not known (:func:`consistency_problems`): no id is then called unknown."""
    if stance is None:
        return []
    problems: list[Problem] = []
    if _known(stance, "actor") and actors is not None and stance.actor not in actors:
        problems.append(
            Problem(f"{where}.actor", unknown_id("actor", stance.actor, actors), stance.actor)
        )
    issue = issues.get(stance.issue) if _known(stance, "issue") else None
    if issue is None and whole_issues and _known(stance, "issue"):
        problems.append(
            Problem(f"{where}.issue", unknown_id("issue", stance.issue, issues), stance.issue)
        )
    elif (
        issue is not None
        and _known(stance, "position")
        and _known(issue, "scale")
        and not issue.scale.contains(stance.position)
    ):
        problems.append(
            Problem(
                f"{where}.position",
                f"position outside the scale of issue {issue.id!r} "
                f"[{issue.scale.low:g}, {issue.scale.high:g}]",
                stance.position,
            )
        )
    if _known(stance, "actor", "issue") and (stance.actor, stance.issue) in pairs:
        problems.append(
            Problem(
                where,
                "second stance for the same actor and issue",
                f"{stance.actor}/{stance.issue}",
            )
        )
    evidence: Sequence[Evidence | None] = stance.evidence if _known(stance, "evidence") else []
    for e_index, cited in enumerate(evidence):
        if cited is None or not _known(cited, "source") or sources is None:
            continue
        if sources and cited.source not in sources:
            problems.append(
                Problem(f"{where}.evidence[{e_index}].source", "unknown source id", cited.source)
            )
        elif not sources:
            problems.append(
                Problem(
                    f"{where}.evidence[{e_index}].source",
                    "evidence cites a source but the scenario lists no sources",
                    cited.source,
                )
            )
    leverage = any(
        e is not None and _known(e, "supports") and e.supports == Supports.LEVERAGE
        for e in evidence
    )
    if leverage and _known(stance, "leverage") and stance.leverage is None:
        problems.append(
            Problem(
                f"{where}.leverage",
                "evidence supports leverage but the stance states no leverage",
                has_value=False,
            )
        )
    return problems


def question_problems(
    scenario: Scenario,
    actors: set[str] | None,
    pairs: set[tuple[str, str]] | None,
    unplaced: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Faults in what makes an issue a question that resolves: horizon and consent.

    A horizon needs a status quo (the outcome if nothing is agreed by then) and cannot lie
    before the scenario's ``as_of``; each consent actor must be a known actor that holds a
    stance on the issue (an actor with no stance takes no part, so cannot consent). ``actors``
    (the actor ids) or ``pairs`` (every stance's actor and issue) is None where one is not known
    (:func:`consistency_problems`): what needs it is not checked. An actor of ``unplaced`` has a
    stance on an unknown issue id, which may be the one meant (session 46's trial: an issue
    renamed ``minsk group`` made each of its consent actors "hold no stance" on it as well as
    its stances' issue unknown), so it is not said to hold no stance.
    """
    problems: list[Problem] = []
    as_of = scenario.as_of if _known(scenario, "as_of") else None
    issue_list: Sequence[Issue | None] = scenario.issues if _known(scenario, "issues") else []
    for index, item in enumerate(issue_list):
        if item is None:
            continue
        where = f"issues[{index}]"
        if (
            _known(item, "consent", "horizon", "status_quo")
            and item.consent
            and item.horizon is None
            and item.status_quo is None
        ):
            problems.append(
                Problem(
                    f"{where}.status_quo",
                    "required when consent actors are named (what they compare the bargain to)",
                    has_value=False,
                )
            )
        if _known(item, "horizon") and item.horizon is not None:
            if _known(item, "status_quo") and item.status_quo is None:
                problems.append(
                    Problem(
                        f"{where}.status_quo",
                        "required once a horizon is given (the outcome if nothing is agreed)",
                        has_value=False,
                    )
                )
            if as_of is not None and item.horizon < as_of:
                problems.append(
                    Problem(
                        f"{where}.horizon",
                        f"horizon before the scenario's as_of ({as_of.isoformat()})",
                        item.horizon.isoformat(),
                    )
                )
        seen: set[str] = set()
        for c_index, actor in enumerate(item.consent if _known(item, "consent") else []):
            path = f"{where}.consent[{c_index}]"
            if actor in seen:
                problems.append(Problem(path, "actor listed twice", actor))
            elif actors is not None and actor not in actors:
                problems.append(Problem(path, unknown_id("actor", actor, actors), actor))
            elif (
                actors is not None
                and pairs is not None
                and _known(item, "id")
                and (actor, item.id) not in pairs
                and actor not in unplaced
            ):
                problems.append(
                    Problem(path, f"consent actor holds no stance on issue {item.id!r}", actor)
                )
            seen.add(actor)
    return problems
