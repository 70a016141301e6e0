"""Where an issue's agreement and a draft's adoption point opposite ways (session 24's trial,
L2): the issue's ``p_agreement`` comes from its consent rule (the consent actors accept the
bargain), a draft's P(adopted) from its body's voting rule (the members' votes meet the rule).
They are separate rules over different people, so both can be right: the consent actors of
the Mercosur ``signature`` issue, the Commission and Germany, agree (p 1.0) while the Council's
qualified majority is not met (P 0.00). Nothing said so; :func:`rule_contrasts` finds each such
pair for ``accord forecast`` and the HTML report to name.

Thresholds (a convention, not a tuned number): one figure at least :data:`CONTRAST_HIGH` (0.8)
and the other at most :data:`CONTRAST_LOW` (0.2), that is, each of the two forecasts more
likely than not by at least four to one, in opposite directions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from accord.text import probability_text

if TYPE_CHECKING:
    from accord.forecast import Forecast

__all__ = ["CONTRAST_HIGH", "CONTRAST_LOW", "RuleContrast", "rule_contrasts"]

CONTRAST_HIGH = 0.8
"""A probability at or above this reads as "yes" for the contrast (a convention: odds 4 to 1)."""
CONTRAST_LOW = 0.2
"""A probability at or below this reads as "no" for the contrast (1 - :data:`CONTRAST_HIGH`)."""


@dataclass(frozen=True)
class RuleContrast:
    """An issue whose forecast agreement and a draft on it point opposite ways."""

    issue: str
    draft: str
    body: str
    rule: str | None
    p_agreement: float
    p_adopted: float
    consent: tuple[str, ...]

    def sentence(self) -> str:
        """The note ``accord forecast`` prints: the issue, the draft, both figures and why."""
        who = (
            f"whether the issue's consent actors ({', '.join(self.consent)}) accept the bargain"
            if self.consent
            else "whether the bargain changes the status quo (the issue has no consent actors)"
        )
        rule = f"{self.body}'s {self.rule} rule" if self.rule else f"{self.body}'s rule"
        agreement = probability_text(self.p_agreement, 2, exact_one=True)  # 0.004: "< 0.01"
        return (
            f"issue {self.issue}: p(agreement) {agreement}, but draft {self.draft} "
            f"({self.body}) on it: P(adopted) {probability_text(self.p_adopted, 2)}. Separate "
            f"rules, so both can hold: p(agreement) is {who}; P(adopted) whether the members' "
            f"votes meet {rule}"
        )


def _opposite(a: float, b: float) -> bool:
    return (a >= CONTRAST_HIGH and b <= CONTRAST_LOW) or (a <= CONTRAST_LOW and b >= CONTRAST_HIGH)


def rule_contrasts(result: Forecast) -> list[RuleContrast]:
    """Every (issue, draft) of the forecast where the draft states a position on the issue and
    the issue's ``p_agreement`` and the draft's P(adopted) (the ensemble's where the forecast
    ran one: :func:`accord.institutions.resolutions.forecast_adoption`) point opposite ways."""
    if not result.resolutions:
        return []
    from accord.institutions.resolutions import forecast_adoption

    answers = {i.id: i.answer for i in result.issues if i.answer is not None}
    found: list[RuleContrast] = []
    for typed, entry in zip(result.resolutions, result.resolutions.to_list(), strict=True):
        p_adopted, _ = forecast_adoption(entry)
        if p_adopted is None:
            continue
        for issue_id in typed.draft.positions:
            answer = answers.get(issue_id)
            if answer is None or not _opposite(answer.p_agreement, p_adopted):
                continue
            found.append(
                RuleContrast(
                    issue=issue_id,
                    draft=typed.draft.id,
                    body=typed.body.id,
                    rule=entry.get("rule"),
                    p_agreement=answer.p_agreement,
                    p_adopted=p_adopted,
                    consent=answer.consent,
                )
            )
    return found
