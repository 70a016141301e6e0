"""The ``institutions`` section of a scenario: bodies, blocs, draft resolutions, vote model.

A typed part of :class:`~accord.scenario.model.Scenario` like actors and stances: built from
the file, validated on assignment (``draft.positions = {"ceasefire": "soon"}`` raises
:class:`~accord.errors.ScenarioError` naming ``Draft.positions.ceasefire``) and covered by the
generated JSON Schema. What these models can check alone (types, ranges, unknown fields) they
check; references to the scenario's actors and issues and to the bundled bodies are checked by
:func:`accord.institutions.resolutions.institutions_of`, which needs the bundled voting rules.

How the section is used (spatial voting on a draft against the status quo, an ordered logit
for votes, an exact dynamic programme for adoption) is documented in
:mod:`accord.institutions.resolutions`.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from accord.errors import AccordError
from accord.scenario.base import Date, Number, _Model


class BodyRef(_Model):
    """A body taking part in the scenario: a local id, the bundled rule/body id and a date."""

    id: str = Field(min_length=1)
    rule: str = Field(min_length=1, description="A bundled body id: unsc, unga, eu-council...")
    date: Date | None = None


class RecordedResult(_Model):
    """What actually happened to a draft (for validation)."""

    adopted: bool
    in_favour: int = Field(ge=0)
    against: int = Field(ge=0)
    abstentions: int = Field(ge=0)
    symbol: str | None = None
    votes: dict[str, str] = Field(
        default_factory=dict, description="Recorded votes of named members (ISO3 -> vote)."
    )
    source: str | None = None
    note: str | None = None

    @field_validator("votes", mode="before")
    @classmethod
    def _votes(cls, value: Any) -> Any:
        """Votes in their canonical spelling (yes, no, abstain, absent).

        YAML 1.1 reads unquoted ``yes``/``no`` as booleans: they are taken back as votes.
        """
        if not isinstance(value, dict):
            return value
        from accord.institutions.rules import parse_vote  # the voting rules own the spelling

        try:
            return {
                str(k): parse_vote(
                    {True: "yes", False: "no"}.get(v, v) if isinstance(v, bool) else v,
                    f"votes.{k}",
                ).value
                for k, v in value.items()
            }
        except AccordError as exc:  # pydantic reports ValueError with the field's path
            raise ValueError(str(exc)) from None


class Draft(_Model):
    """A draft resolution: where it is voted, who sponsors it and what it says on the issues."""

    id: str = Field(min_length=1)
    body: str = Field(min_length=1, description="The id of a body in institutions.bodies.")
    sponsors: list[str] = Field(default_factory=list)
    date: Date | None = None
    title: str = Field(min_length=1)
    description: str | None = None
    positions: dict[str, Number] = Field(
        min_length=1, description="What the text says, as a position on each issue it covers."
    )
    status_quo: dict[str, Number] = Field(
        default_factory=dict,
        description="Where things stand without the text, per issue (default: issue status quo).",
    )
    issue_codes: list[str] = Field(
        default_factory=list, description="General Assembly issue codes (me, nu, di, hr, co, ec)."
    )
    kind: str | None = Field(default=None, description="Rule kind (default: the body's).")
    announced: dict[str, str] = Field(
        default_factory=dict,
        description="Positions key members (ISO3) made public before the vote: yes/no/abstain.",
    )
    actual: RecordedResult | None = None
    sources: list[str] = Field(default_factory=list)


class VoteModel(_Model):
    """Parameters of the ordered logit that turns a draft's appeal into vote probabilities."""

    yes_threshold: Number = 0.1
    no_threshold: Number = -0.1
    scale: Number = Field(default=0.05, gt=0)
    veto_reluctance: bool = True


class Bloc(_Model):
    """Members that vote with a bloc actor (e.g. the EU) unless they are actors themselves."""

    body: str | None = Field(default=None, description="A bundled body whose members belong.")
    members: list[str] = Field(default_factory=list, description="ISO3 codes that belong.")


class Institutions(_Model):
    """The ``institutions`` section of a scenario (empty when the scenario names no body)."""

    bodies: list[BodyRef] = Field(default_factory=list)
    blocs: dict[str, Bloc] = Field(
        default_factory=dict, description="Actor id -> the members that vote with it."
    )
    drafts: list[Draft] = Field(default_factory=list)
    vote_model: VoteModel = Field(default_factory=VoteModel)
    note: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when the section names no body, bloc or draft (nothing to check or vote on)."""
        return not (self.bodies or self.blocs or self.drafts)

    def __repr__(self) -> str:
        """Short: bodies and drafts by id (``model_dump()`` has everything)."""
        bodies = ", ".join(f"{b.id}={b.rule}" for b in self.bodies)
        drafts = ", ".join(d.id for d in self.drafts)
        return f"Institutions(bodies=[{bodies}], drafts=[{drafts}], blocs={len(self.blocs)})"


__all__ = ["Bloc", "BodyRef", "Draft", "Institutions", "RecordedResult", "VoteModel"]
