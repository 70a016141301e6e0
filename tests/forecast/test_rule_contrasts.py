"""An issue's consent rule and a body's voting rule are separate (session 24's trial, L2): where
an issue's p(agreement) and a draft's P(adopted) on it point opposite ways (one >= 0.8, the
other <= 0.2), `accord forecast` and the HTML report say so in a note naming both.

MISSION is a small scenario of its own: the issue's consent actors (the United States and
France) want the mission and agree on the bargain (p 1), while Russia, a permanent member of
the Security Council that wants no mission, votes no on the draft: a veto (P(adopted) 0).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.forecast import forecast
from accord.forecast.contrasts import (
    CONTRAST_HIGH,
    CONTRAST_LOW,
    RuleContrast,
    _opposite,
    rule_contrasts,
)
from accord.scenario.io import loads

MISSION = """\
id: mission-2025
title: A Security Council mandate for a monitoring mission (a small test case)
as_of: 2025-01-10
actors:
  - {id: USA, name: United States, country: USA, capability: 30}
  - {id: FRA, name: France, country: FRA, capability: 10}
  - {id: RUS, name: Russia, country: RUS, capability: 5}
issues:
  - id: mission
    title: A monitoring mission is deployed
    status_quo: 0
    horizon: 2025-03-31
    consent: [USA, FRA]
stances:
  - {actor: USA, issue: mission, position: 100, salience: 0.9}
  - {actor: FRA, issue: mission, position: 100, salience: 0.9}
  - {actor: RUS, issue: mission, position: RUSSIA, salience: 0.9}
institutions:
  bodies:
    - {id: council, rule: unsc, date: 2025-01-10}
  drafts:
    - id: D1
      body: council
      sponsors: [USA]
      date: 2025-02-01
      title: Mandate of the monitoring mission
      positions: {mission: 100}
"""


def mission(russia: float = 0.0) -> str:
    """The scenario's YAML with Russia's position on the mission (0: against, 100: for)."""
    return MISSION.replace("RUSSIA", f"{russia:g}")


def write_mission(tmp_path: Path, russia: float = 0.0) -> Path:
    path = tmp_path / "mission.yaml"
    path.write_text(mission(russia), encoding="utf-8")
    return path


def test_thresholds_are_inclusive_and_symmetric() -> None:
    assert (CONTRAST_HIGH, CONTRAST_LOW) == (0.8, 0.2)
    assert _opposite(0.8, 0.2) and _opposite(0.2, 0.8) and _opposite(1.0, 0.0)
    assert not _opposite(0.79, 0.0) and not _opposite(1.0, 0.21) and not _opposite(0.9, 0.9)


def test_a_vetoed_draft_on_an_agreed_issue_is_named() -> None:
    result = forecast(loads(mission().encode(), "mission.yaml"), "mean")
    (contrast,) = rule_contrasts(result)
    assert (contrast.issue, contrast.draft, contrast.body, contrast.rule) == (
        "mission",
        "D1",
        "unsc",
        "substantive",
    )
    assert contrast.p_agreement >= 0.8 and contrast.p_adopted <= 0.2
    assert contrast.consent == ("USA", "FRA")
    text = contrast.sentence()
    assert text.startswith("issue mission: p(agreement) 1.00, but draft D1 (unsc) on it: ")
    assert "P(adopted) 0.00" in text and "Separate rules" in text
    assert "consent actors (USA, FRA)" in text and "unsc's substantive rule" in text


def test_no_note_where_both_point_the_same_way() -> None:
    agreeing = loads(mission(russia=100).encode(), "mission.yaml")
    assert rule_contrasts(forecast(agreeing, "mean")) == []


def test_the_sentence_of_an_issue_without_consent_actors() -> None:
    contrast = RuleContrast("x", "d", "unga", None, 0.1, 0.9, ())
    assert "the issue has no consent actors" in contrast.sentence()
    assert contrast.sentence().endswith("meet unga's rule")


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_forecast_prints_the_note_on_stderr(tmp_path: Path, extra: list[str]) -> None:
    path = write_mission(tmp_path)
    report = tmp_path / "report.html"
    done = CliRunner().invoke(app, ["forecast", str(path), "--report", str(report), *extra])
    assert done.exit_code == 0, done.output
    notes = [line for line in done.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "issue mission" in notes[0] and "draft D1" in notes[0]
    assert "note:" not in done.stdout  # the JSON (and the tables) unchanged
    page = report.read_text(encoding="utf-8")
    assert page.count('class="note rule-contrast"') == 1
    assert "issue mission: p(agreement) 1.00, but draft D1 (unsc)" in page


def test_forecast_prints_no_note_without_a_contrast(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["forecast", str(write_mission(tmp_path, russia=100))])
    assert done.exit_code == 0, done.output
    assert "Separate rules" not in done.stderr
