"""Session 26's trial (docs/trial-2026-12-05-s26.md): a political scientist's own scenarios.

``JCPOA`` is the trial's case (the P5+1 talks with Iran, July 2015, and the Security Council's
resolution 2231 endorsing the deal), shortened; each test is one finding of the log.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordError
from accord.institutions.rules import load_body

runner = CliRunner()

JCPOA = """\
id: jcpoa-2015-07
title: Iran nuclear talks, Vienna, July 2015 (P5+1)
as_of: 2015-07-01
actors:
  - {id: USA, name: United States, country: USA, capability: 100}
  - {id: RUS, name: Russia, country: RUS, capability: 45}
  - {id: CHN, name: China, country: CHN, capability: 60}
  - {id: IRN, name: Iran, country: IRN, capability: 20}
issues:
  - id: centrifuges
    title: Operating centrifuges allowed to Iran
    scale: {low: 0, high: 20000}
    status_quo: 19000
  - id: sanctions
    title: Timing of sanctions relief
    status_quo: 100
stances:
  - {actor: USA, issue: centrifuges, position: 4000, salience: 0.9}
  - {actor: RUS, issue: centrifuges, position: 10000, salience: 0.4}
  - {actor: CHN, issue: centrifuges, position: 9000, salience: 0.3}
  - {actor: IRN, issue: centrifuges, position: 19000, salience: 0.9}
  - {actor: USA, issue: sanctions, position: 30, salience: 0.8}
  - {actor: RUS, issue: sanctions, position: 10, salience: 0.6}
  - {actor: CHN, issue: sanctions, position: 10, salience: 0.5}
  - {actor: IRN, issue: sanctions, position: 0, salience: 1.0}
institutions:
  bodies:
    - {id: unsc, rule: unsc}
  drafts:
    - id: S/RES/2231
      body: unsc
      sponsors: [USA]
      date: 2015-07-20
      title: Endorsement of the JCPOA
      positions: {sanctions: 30}
      actual: {adopted: true, in_favour: 15, against: 0, abstentions: 0}
"""


def _write(tmp_path: Path, text: str, name: str = "jcpoa.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_2015_security_council_draft_is_voted_by_the_2015_council(tmp_path: Path) -> None:
    # finding 1: the Security Council's compositions began in 2019, so resolution 2231 (20 July
    # 2015) was refused ("membership is recorded from 2019-01-01"); the elected terms from
    # 2013-2014 on are recorded now, and the draft is voted by the Council that voted it
    path = _write(tmp_path, JCPOA)
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0
    result = runner.invoke(app, ["forecast", str(path), "--votes"])
    assert result.exit_code == 0, result.output
    for code in ("TCD", "CHL", "JOR", "LTU", "NGA", "AGO", "MYS", "NZL", "ESP", "VEN"):
        assert f"│ {code} " in result.output
    assert "│ DZA " not in result.output


def test_unsc_elected_members_2014_to_2018() -> None:
    # the terms added in session 26 (UN, "Countries elected members of the Security Council")
    body = load_body("unsc")
    elected = {
        2014: {"ARG", "AUS", "LUX", "KOR", "RWA", "TCD", "CHL", "JOR", "LTU", "NGA"},
        2015: {"TCD", "CHL", "JOR", "LTU", "NGA", "AGO", "MYS", "NZL", "ESP", "VEN"},
        2016: {"AGO", "MYS", "NZL", "ESP", "VEN", "EGY", "JPN", "SEN", "UKR", "URY"},
        2017: {"EGY", "JPN", "SEN", "UKR", "URY", "BOL", "ETH", "KAZ", "SWE", "ITA"},
        2018: {"BOL", "ETH", "KAZ", "SWE", "NLD", "CIV", "GNQ", "KWT", "PER", "POL"},
    }
    for year, codes in elected.items():
        members = {m.code for m in body.members_on(dt.date(year, 6, 1))}
        assert members == codes | {"CHN", "FRA", "RUS", "GBR", "USA"}, year
    assert body.years()[0] == 2014
    with pytest.raises(AccordError, match="recorded from 2014-01-01 to 2026-12-31"):
        body.members_on(dt.date(2013, 6, 1))


def test_a_draft_without_a_date_says_which_council_votes_it(tmp_path: Path) -> None:
    # finding 1, the other half: without a date, the 2015 draft was voted by the Council of
    # 24 February 2025 (DZA, GUY, KOR...) with no word; `validate` and `forecast` now warn
    path = _write(tmp_path, JCPOA.replace("      date: 2015-07-20\n", ""))
    expected = (
        "institutions.drafts[0].date: none given (nor on its body), so S/RES/2231 is voted by "
        "unsc's members as on 2025-02-24 (the body's default), not those of the scenario's "
        "as_of 2015-07-01; give the draft its `date`"
    )
    checked = runner.invoke(app, ["validate", str(path)])
    assert checked.exit_code == 0
    assert expected in " ".join(checked.output.split())
    made = runner.invoke(app, ["forecast", str(path)])
    assert made.exit_code == 0
    assert expected in " ".join(made.output.split())
    # a scenario as of the default's year, or a dated body, has nothing to warn of
    quiet = JCPOA.replace("      date: 2015-07-20\n", "").replace(
        "as_of: 2015-07-01", "as_of: 2025-02-01"
    )
    assert "none given" not in runner.invoke(app, ["validate", str(_write(tmp_path, quiet))]).output


def test_a_pre_brexit_council_date_is_refused_for_what_it_is(tmp_path: Path) -> None:
    # finding 2: a draft of the EU Council dated 22 September 2015 was voted by the 27 members
    # of 2025, and a recorded vote of the United Kingdom was refused as "not a member of
    # eu-council on 2015-09-22", which it was; the Council's membership is recorded from
    # 1 February 2020 on, and an earlier date says so
    text = """\
id: relocation-2015-09
title: EU Council decision on relocating asylum seekers (September 2015)
as_of: 2015-09-20
actors:
  - {id: DEU, name: Germany, country: DEU, capability: 30}
  - {id: HUN, name: Hungary, country: HUN, capability: 5}
issues:
  - {id: quota, title: Binding relocation quota, status_quo: 0}
stances:
  - {actor: DEU, issue: quota, position: 100, salience: 0.9}
  - {actor: HUN, issue: quota, position: 0, salience: 1.0}
institutions:
  bodies:
    - {id: council, rule: eu-council}
  drafts:
    - id: COM(2015)451
      body: council
      date: 2015-09-22
      title: Council Decision (EU) 2015/1601
      positions: {quota: 100}
      actual: {adopted: true, in_favour: 23, against: 4, abstentions: 1, votes: {GBR: absent}}
"""
    result = runner.invoke(app, ["validate", str(_write(tmp_path, text, "relocation.yaml"))])
    assert result.exit_code == 2
    flat = " ".join(result.output.split())
    assert "not a member of eu-council on 2015-09-22" not in flat
    assert (
        "institutions.drafts[0].date: body 'eu-council': membership is recorded from "
        "2020-02-01 on, not for 2015-09-22" in flat
    )
    later = (
        text.replace("date: 2015-09-22", "date: 2022-09-22")
        .replace(", votes: {GBR: absent}", "")
        .replace("in_favour: 23", "in_favour: 22")
    )
    assert runner.invoke(app, ["validate", str(_write(tmp_path, later, "r.yaml"))]).exit_code == 0


def test_explain_writes_large_positions_without_an_exponent(tmp_path: Path) -> None:
    # finding 3: on a 0..20000 scale the tornado's low and high read `9e+03` and `1.1e+04`
    path = _write(tmp_path, JCPOA)
    result = runner.invoke(
        app,
        ["explain", str(path), "--engine", "mean", "--issue", "centrifuges"],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert "e+0" not in result.output
    assert "9000" in result.output and "11000" in result.output


def test_a_sponsor_predicted_to_vote_against_its_own_draft_is_warned_of(tmp_path: Path) -> None:
    # finding 6: the United States, sponsor of resolution 2231, was predicted to veto it (the
    # sketch put it at 70 on sanctions, the draft at 30) and nothing remarked on it
    text = JCPOA.replace(
        "{actor: USA, issue: sanctions, position: 30,",
        "{actor: USA, issue: sanctions, position: 80,",
    )
    result = runner.invoke(app, ["forecast", str(_write(tmp_path, text))])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert (
        "draft S/RES/2231: its sponsor USA is predicted to vote no on it (P(no) " in flat
        and "check USA's stances against the draft's positions" in flat
    )
    # where the sponsor's stance matches its text, nothing is said
    quiet = runner.invoke(app, ["forecast", str(_write(tmp_path, JCPOA, "quiet.yaml"))])
    assert "its sponsor" not in quiet.output
