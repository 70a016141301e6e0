"""Session 44 (s44-history): a historic case whose stances cite what was said or written after
its ``as_of`` is warned of by ``accord validate`` (and the web API, which gives the same list).

The historian's trial (docs/trial-2026-12-07-s44-history.md, finding 1) wrote a case as of 31
October 1995 whose stance cited the text of the agreement of 21 November: the outcome itself.
``accord validate`` and ``--strict`` said ``ok``, and the forecast ran without a word; only the
bundled cases had their dates checked, by a test. Each test here fails on the code before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from typer.testing import CliRunner

from accord.cli import app
from accord.scenario import dumps, load_bundled
from accord.scenario.checks import late_evidence, scenario_warnings
from accord.scenario.model import Scenario

runner = CliRunner()

BUNDLED = (
    "minsk-2015-02",
    "doha-2020-02",
    "blacksea-2022-07",
    "blacksea-2023-07",
    "ukraine-2025-02",
    "ec-emissions-1994",
)


def _minsk_with(**changes: object) -> Scenario:
    """The bundled Minsk case with its first stance's first evidence item changed."""
    data = yaml.safe_load(dumps(load_bundled("minsk-2015-02"), "yaml"))
    data["stances"][0]["evidence"][0].update(changes)
    return Scenario.model_validate(data)


def test_evidence_after_as_of_is_warned_of() -> None:
    scenario = _minsk_with(date="2015-02-12")
    found = late_evidence(scenario)
    assert [w.path for w in found] == ["stances[0].evidence[0].date"] * 2
    assert "after the scenario's as_of (2015-02-10)" in found[0].message
    assert "UKR's stance on 'ceasefire'" in found[0].message
    assert found[0].value == "2015-02-12"
    # and after its own source of 6 February: one of the dates is wrong
    assert "after its own source 'dw_2015_02_06' (2015-02-06)" in found[1].message
    assert [w.path for w in scenario_warnings(scenario)] == [w.path for w in found]


def test_a_cited_source_after_as_of_is_warned_of_once_with_its_users() -> None:
    data = yaml.safe_load(dumps(load_bundled("minsk-2015-02"), "yaml"))
    k = next(i for i, s in enumerate(data["sources"]) if s["id"] == "euroradio_2015_02_06")
    data["sources"][k]["date"] = "2015-02-13"
    found = late_evidence(Scenario.model_validate(data))
    assert [w.path for w in found] == [f"sources[{k}].date"]
    assert "'euroradio_2015_02_06' is dated after the scenario's as_of" in found[0].message
    assert "(UKR on ceasefire, RUS on special_status, UKR on border_control and 2 more)" in (
        found[0].message
    )


def test_an_uncited_later_source_is_not_warned_of() -> None:
    """A later table behind a capability note (ukraine-2025-02's SIPRI figures of April 2025)
    is allowed, as docs/historic-cases.md says; no stance cites it."""
    scenario = load_bundled("ukraine-2025-02")
    assert scenario.as_of is not None
    assert any(s.date and s.date > scenario.as_of for s in scenario.sources)
    assert late_evidence(scenario) == []


def test_no_bundled_scenario_is_warned_of() -> None:
    for name in BUNDLED:
        assert late_evidence(load_bundled(name)) == [], name


def test_validate_says_so_and_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "late.yaml"
    path.write_text(dumps(_minsk_with(date=dt.date(2015, 2, 12)), "yaml"), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert (
        "warning: " + str(path) + ": stances[0].evidence[0].date: evidence dated after the "
        "scenario's as_of (2015-02-10)"
    ) in " ".join(result.output.split())
    assert "(got '2015-02-12')" in result.output


def test_a_forecast_says_it_uses_later_information(tmp_path: Path) -> None:
    """Finding 7: `accord forecast` ran the case without a word; its warnings (stderr, the
    JSON's ``warnings``, the report's box) now count the later items and give the latest."""
    import accord

    scenario = _minsk_with(date="2015-02-12")
    made = accord.forecast(scenario, "mean")
    assert made.warnings[0] == (
        "hindsight: the stances cite 1 item(s) dated after the scenario's as_of 2015-02-10 "
        "(the latest 2015-02-12), so this forecast uses later information than its date "
        "claims; `accord validate` names each"
    )
    assert not any(w.startswith("hindsight") for w in accord.forecast("minsk-2015-02").warnings)
    path = tmp_path / "late.yaml"
    path.write_text(dumps(scenario, "yaml"), encoding="utf-8")
    result = runner.invoke(app, ["forecast", str(path)])
    assert result.exit_code == 0, result.output
    assert "warning: hindsight: the stances cite 1 item(s)" in " ".join(result.output.split())
