"""What ``accord validate`` warns of in a valid scenario, as data: one list for every caller.

A valid scenario can still hold something its author should hear of before forecasting it: an
actor's ``country`` that is no assigned ISO 3166-1 alpha-3 code (``GER`` for Germany, ``DEU``),
a draft voted by another year's members or dated before the ``as_of``, an issue fewer than two
actors hold, evidence dated after the ``as_of`` (hindsight, since session 44), stances that
cite no evidence. ``accord validate`` printed them, the web API's ``/validate`` returned some
of them, and its scenario upload returned none (session 31's trial, left for session 32):
:func:`scenario_warnings` is the one list they all give now.
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
    """One warning about a valid scenario: where (a problem's path), what, and the value;
    ``hindsight``: whether it says the stances use information dated after the scenario's
    ``as_of`` (:func:`late_evidence`), which a forecast repeats
    (:func:`accord.forecast.checks.hindsight_warnings`). Not in the web API's shape."""

    path: str
    message: str
    value: str | int | None = None
    hindsight: bool = False

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


def late_evidence(scenario: Scenario) -> list[ScenarioWarning]:
    """What the stances cite that is dated after the scenario's ``as_of``, or after its own
    source: the hindsight a forecast "as of" that date should not have (session 44's
    historian's trial, finding 1).

    One warning for each evidence item dated after ``as_of``; one for each source dated after
    ``as_of`` that a stance's evidence cites (a report written later may know the outcome;
    a source that no evidence cites, such as a later table behind a capability note, is not
    warned of, as docs/historic-cases.md allows it); one for each evidence item dated after
    its own source (a report cannot quote what was said after it: one of the dates is wrong).
    Nothing where the scenario has no ``as_of`` for the first two. The bundled historic cases
    give none (tests/ledger/test_historic_cases.py checks their dates).
    """
    as_of = scenario.as_of
    dated = {source.id: source.date for source in scenario.sources}
    citing: dict[str, list[str]] = {}
    found: list[ScenarioWarning] = []
    for index, stance in enumerate(scenario.stances):
        for e_index, cited in enumerate(stance.evidence):
            where = f"stances[{index}].evidence[{e_index}].date"
            citing.setdefault(cited.source, []).append(f"{stance.actor} on {stance.issue}")
            if cited.date is None:
                continue
            if as_of is not None and cited.date > as_of:
                found.append(
                    ScenarioWarning(
                        where,
                        f"evidence dated after the scenario's as_of ({as_of.isoformat()}): "
                        f"{stance.actor}'s stance on {stance.issue!r} uses later information "
                        "than a forecast of that date could have (hindsight)",
                        cited.date.isoformat(),
                        hindsight=True,
                    )
                )
            own = dated.get(cited.source)
            if own is not None and cited.date > own:
                found.append(
                    ScenarioWarning(
                        where,
                        f"evidence dated after its own source {cited.source!r} "
                        f"({own.isoformat()}): a report cannot quote what was said after it "
                        "(one of the two dates is wrong)",
                        cited.date.isoformat(),
                    )
                )
    if as_of is not None:
        for k, source in enumerate(scenario.sources):
            users = list(dict.fromkeys(citing.get(source.id, [])))
            if source.date is None or source.date <= as_of or not users:
                continue
            named = ", ".join(users[:NAMED_BARE_STANCES])
            more = len(users) - NAMED_BARE_STANCES
            named += f" and {more} more" if more > 0 else ""
            found.append(
                ScenarioWarning(
                    f"sources[{k}].date",
                    f"source {source.id!r} is dated after the scenario's as_of "
                    f"({as_of.isoformat()}) and stances cite it ({named}): written later, it "
                    "may know the outcome (hindsight)",
                    source.date.isoformat(),
                    hindsight=True,
                )
            )
    return found


def case_twins(scenario: Scenario) -> list[ScenarioWarning]:
    """Two actors, issues or sources whose ids differ only in capitals (``IRN`` and ``irn``),
    and two actors of different ids whose names are the same but for capitals (``Iran`` and
    ``iran``, or ``Iran`` twice): ids are case-sensitive, so these are two entries, each with its
    own stances, where the author most likely meant one (session 46's trial: a second actor
    ``irn`` was accepted without a word). Said at the second entry, naming the first."""
    found: list[ScenarioWarning] = []
    twinned: set[int] = set()
    for part, ids in (
        ("actors", [a.id for a in scenario.actors]),
        ("issues", [i.id for i in scenario.issues]),
        ("sources", [s.id for s in scenario.sources]),
    ):
        first: dict[str, int] = {}
        for index, ident in enumerate(ids):
            j = first.setdefault(ident.casefold(), index)
            if ids[j] != ident:
                twinned.update([index] if part == "actors" else [])
                found.append(
                    ScenarioWarning(
                        f"{part}[{index}].id",
                        f"the same id as {part}[{j}] ({ids[j]!r}) but for capitals: ids are "
                        f"case-sensitive, so these are two {part}; if one is meant, remove "
                        f"{part}[{index}] and write {ids[j]!r} wherever it is referred to",
                        ident,
                    )
                )
    named: dict[str, int] = {}
    for index, actor in enumerate(scenario.actors):
        j = named.setdefault(actor.name.casefold(), index)
        if j != index and index not in twinned:
            other = scenario.actors[j]
            found.append(
                ScenarioWarning(
                    f"actors[{index}].name",
                    f"the same name as actors[{j}] ({other.name!r}, id {other.id!r})"
                    + ("" if other.name == actor.name else " but for capitals")
                    + f": two actors, {other.id!r} and {actor.id!r}; if one is meant, remove "
                    f"actors[{index}] and write {other.id!r} wherever {actor.id!r} is referred to",
                    actor.name,
                )
            )
    return found


def scenario_warnings(scenario: Scenario, evidence: bool = True) -> list[ScenarioWarning]:
    """Everything ``accord validate`` warns of in ``scenario``, in its order: ids or actor names
    that differ only in capitals (:func:`case_twins`, since session 46), unknown country
    codes, drafts voted by another year's members, drafts dated before the ``as_of``, issues
    fewer than two actors hold, evidence and cited sources dated after the ``as_of`` or
    evidence after its own source (:func:`late_evidence`), and (``evidence``) the stances that
    cite no evidence."""
    from accord.institutions.countries import unknown_countries
    from accord.institutions.resolutions import early_drafts, undated_drafts
    from accord.scenario.thin import thin_issues

    found = case_twins(scenario)
    found += [ScenarioWarning(u.path, u.message, u.code) for u in unknown_countries(scenario)]
    found += [ScenarioWarning(d.path, d.message) for d in undated_drafts(scenario)]
    found += [ScenarioWarning(e.path, e.message) for e in early_drafts(scenario)]
    found += [ScenarioWarning(t.path, t.message) for t in thin_issues(scenario)]
    found += late_evidence(scenario)
    bare = unevidenced_warning(scenario) if evidence else None
    return found + ([bare] if bare is not None else [])


__all__ = [
    "NAMED_BARE_STANCES",
    "ScenarioWarning",
    "case_twins",
    "late_evidence",
    "scenario_warnings",
    "unevidenced_warning",
]
