"""Issues with fewer than two actors: nothing is bargained on them (class-lab trial, s28).

One actor's stance on an issue is no negotiation: the mean, the median, BDM, Nash and the
exchange model all return that actor's own position there, and KTAB's SMP reaches no outcome.
A student's scenario with such an issue validated silently and forecast a "bargain" with
P(agreement) 1.0, so ``accord validate`` and every forecast now say so
(docs/trial-2026-12-05-s28.md, finding 1).
"""

from __future__ import annotations

from dataclasses import dataclass

from accord.scenario.model import Scenario


@dataclass(frozen=True)
class ThinIssue:
    """An issue on which fewer than two actors hold a stance."""

    index: int
    issue: str
    actors: tuple[str, ...]

    @property
    def path(self) -> str:
        """The issue's place in the file, as a problem's path (``issues[2]``)."""
        return f"issues[{self.index}]"

    @property
    def message(self) -> str:
        """What is wrong with the issue and what to do, without its place."""
        if not self.actors:
            return f"nobody holds a stance on issue {self.issue!r}, so it gets no forecast"
        (actor,) = self.actors
        return (
            f"only {actor} holds a stance on issue {self.issue!r}: one actor has no one to "
            f"bargain with, so a forecast there is {actor}'s own position (SMP gives none); "
            "give a second actor a stance, or drop the issue"
        )

    def sentence(self) -> str:
        """The warning, naming the issue by its place in the file."""
        return f"{self.path}: {self.message}"


def thin_issues(scenario: Scenario) -> list[ThinIssue]:
    """Every issue of ``scenario`` held by fewer than two actors' stances, in order."""
    holders: dict[str, list[str]] = {issue.id: [] for issue in scenario.issues}
    for stance in scenario.stances:
        holders[stance.issue].append(stance.actor)
    return [
        ThinIssue(k, issue.id, tuple(holders[issue.id]))
        for k, issue in enumerate(scenario.issues)
        if len(holders[issue.id]) < 2
    ]


def lone_actor_warnings(scenario: Scenario, forecasts: list[float | None]) -> list[str]:
    """A forecast's warnings for the issues held by one actor where the engine gave a number
    (``forecasts``, one per issue): that number is the actor's own position, not a bargain.
    (Where it gave none, the forecast's ``reason`` says why.)"""
    lines = []
    for thin in thin_issues(scenario):
        if len(thin.actors) == 1 and forecasts[thin.index] is not None:
            (actor,) = thin.actors
            lines.append(
                f"issue {thin.issue!r}: only {actor} holds a stance on it, so its forecast is "
                f"{actor}'s own position: nothing was bargained (give a second actor a stance)"
            )
    return lines
