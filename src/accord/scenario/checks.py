"""What ``accord validate`` warns of in a valid scenario, as data: one list for every caller.

A valid scenario can still hold something its author should hear of before forecasting it: an
actor's ``country`` that is no assigned ISO 3166-1 alpha-3 code (``GER`` for Germany, ``DEU``),
a draft voted by another year's members or dated before the ``as_of``, an issue fewer than two
actors hold, stances that cite no evidence. ``accord validate`` printed them, the web API's
``/validate`` returned some of them, and its scenario upload returned none (session 31's trial,
left for session 32): :func:`scenario_warnings` is the one list they all give now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accord.scenario.model import Scenario

NAMED_BARE_STANCES = 3
"""How many stances without evidence the warning names; the rest are counted (a converted KTAB
file has 21 such stances, one line each drowned the rest)."""


@dataclass(frozen=True)
class ScenarioWarning:
    """One warning about a valid scenario: where (a problem's path), what, and the value."""

    path: str
    message: str
    value: str | int | None = None

    def sentence(self) -> str:
        """One line: the path, the message and the value (as ``accord validate`` prints it)."""
        got = f" (got {self.value!r})" if self.value is not None else ""
        return f"{self.path}: {self.message}{got}"

    def to_dict(self) -> dict[str, Any]:
        """The web API's shape, a problem's: ``path``, ``message``, ``value``, ``file``."""
        return {"path": self.path, "message": self.message, "value": self.value, "file": None}


def unevidenced_warning(
    scenario: Scenario, named: int = NAMED_BARE_STANCES, hint: str = ""
) -> ScenarioWarning | None:
    """One warning for the stances of ``scenario`` that cite no evidence (None if none do):
    their count and the first ``named`` of them (0: none named); ``hint`` ends the bracket."""
    bare = scenario.stances_without_evidence()
    if not bare:
        return None
    which = ""
    if named > 0:
        rest = len(bare) - named
        listed = ", ".join(f"{s.actor} on {s.issue}" for s in bare[:named])
        which = f"{listed}{f' and {rest} more' if rest > 0 else ''}; "
    return ScenarioWarning(
        "stances",
        f"stances without evidence: {len(bare)} of {len(scenario.stances)} ({which}a "
        f"stance's `evidence`: docs/scenario-format.md{hint})",
    )


def scenario_warnings(scenario: Scenario, evidence: bool = True) -> list[ScenarioWarning]:
    """Everything ``accord validate`` warns of in ``scenario``, in its order: unknown country
    codes, drafts voted by another year's members, drafts dated before the ``as_of``, issues
    fewer than two actors hold, and (``evidence``) the stances that cite no evidence."""
    from accord.institutions.countries import unknown_countries
    from accord.institutions.resolutions import early_drafts, undated_drafts
    from accord.scenario.thin import thin_issues

    found = [ScenarioWarning(u.path, u.message, u.code) for u in unknown_countries(scenario)]
    found += [ScenarioWarning(d.path, d.message) for d in undated_drafts(scenario)]
    found += [ScenarioWarning(e.path, e.message) for e in early_drafts(scenario)]
    found += [ScenarioWarning(t.path, t.message) for t in thin_issues(scenario)]
    bare = unevidenced_warning(scenario) if evidence else None
    return found + ([bare] if bare is not None else [])


__all__ = [
    "NAMED_BARE_STANCES",
    "ScenarioWarning",
    "scenario_warnings",
    "unevidenced_warning",
]
