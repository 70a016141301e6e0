"""What every scenario model shares: identifiers, finite numbers and validation that stays on.

Kept apart from :mod:`accord.scenario.model` so that the parts of a scenario defined in their
own modules (the ``institutions`` section, :mod:`accord.scenario.institutions`) build on the
same base without an import cycle.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from accord.errors import Problem, ScenarioError, format_path

Identifier = Annotated[
    str,
    Field(
        min_length=1,
        max_length=120,
        # no control character (a carriage return or NUL passed until session 39, and a
        # carriage return in an id broke the workbench's download header)
        pattern=r"^[^\s,;\x00-\x1f\x7f]([^,;\x00-\x1f\x7f]*[^\s,;\x00-\x1f\x7f])?$",
        description="A short identifier: no commas, semicolons, line breaks or other control "
        "characters, no outer spaces.",
    ),
]


def _not_bool(value: Any) -> Any:
    """YAML reads ``yes``/``no``/``true`` as booleans, which would pass as 1 and 0."""
    if isinstance(value, bool):
        raise ValueError("must be a number, not true/false")
    return value


Number = Annotated[float, BeforeValidator(_not_bool)]
"""A float that refuses booleans (pydantic's lax mode would take ``true`` as 1.0)."""

_SECONDS = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _not_seconds(value: Any) -> Any:
    """Pydantic's lax mode reads a number, or a text of digits, as seconds since 1970 when it
    falls on midnight: ``horizon: 0`` would become 1970-01-01 without a word."""
    text = value.strip() if isinstance(value, str) else None
    if isinstance(value, int | float) or (text is not None and _SECONDS.fullmatch(text)):
        raise ValueError("must be a date written YYYY-MM-DD")
    return value


Date = Annotated[dt.date, BeforeValidator(_not_seconds)]
"""A calendar date that refuses numbers (pydantic would take ``0`` as 1970-01-01)."""


def _misspelt_required(errors: list[Any]) -> set[tuple[Any, ...]]:
    """The required fields reported missing beside an unknown field that is their misspelling
    (``salince`` for ``salience``). Session 46's trial: one slip gave two problems, the first
    ``stances[0].salience: required field is missing`` for a field the author had written; the
    unknown field's line, which says ``did you mean 'salience'?``, is now the only one."""
    from accord.scenario.io import _unknown_field
    from accord.text import nearest

    missing = {tuple(e["loc"]) for e in errors if e["type"] == "missing"}
    found: set[tuple[Any, ...]] = set()
    for err in errors:
        if err["type"] != "extra_forbidden" or not err["loc"]:
            continue
        parent = tuple(err["loc"][:-1])
        wanted = [loc[-1] for loc in missing if loc[:-1] == parent and isinstance(loc[-1], str)]
        guess = nearest(str(err["loc"][-1]), wanted)
        if guess and f"did you mean {guess!r}?" in _unknown_field(tuple(err["loc"])):
            found.add((*parent, guess))
    return found


def scenario_error(exc: ValidationError, prefix: str = "") -> ScenarioError:
    """Pydantic's errors as one :class:`ScenarioError`, each problem with its field path."""
    from accord.scenario.io import _friendly  # the wording files use; io imports this module

    errors = exc.errors(include_url=False)
    misspelt = _misspelt_required(errors)
    problems = []
    for err in errors:
        if err["type"] == "missing" and tuple(err["loc"]) in misspelt:
            continue
        path = format_path(err["loc"])
        if prefix:
            path = f"{prefix}.{path}" if path else prefix
        has_value = err["type"] != "missing"
        problems.append(Problem(path, _friendly(err), err.get("input"), has_value))
    return ScenarioError(problems)


class _Model(BaseModel):
    """Every scenario model: strict about unknown fields and NaN, and valid at all times.

    Assignments are validated (``stance.salience = 5.0`` raises), and whichever way a model
    is built (constructor, ``model_validate``, assignment) a failure is a
    :class:`~accord.errors.ScenarioError` naming the field, never pydantic's own error.
    """

    model_config = ConfigDict(
        extra="forbid",
        allow_inf_nan=False,
        str_strip_whitespace=True,
        validate_assignment=True,
        frozen=False,
    )

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise scenario_error(exc) from None

    # Pydantic calls a custom __init__ for nested models too, which would lose the path of
    # the nested field; this one only translates errors, so pydantic may treat it as its own.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate(obj, *args, **kwargs)
        except ValidationError as exc:
            raise scenario_error(exc) from None

    @classmethod
    def model_validate_json(cls, json_data: Any, *args: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate_json(json_data, *args, **kwargs)
        except ValidationError as exc:
            raise scenario_error(exc) from None

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            super().__setattr__(name, value)
        except ValidationError as exc:
            raise scenario_error(exc, type(self).__name__) from None
