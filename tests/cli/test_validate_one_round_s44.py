"""Session 44 (s44-validate): a scenario's every problem in one run.

Session 44's trial (docs/trial-2026-12-07-s44-history.md, finding 6): `accord validate` listed
a file's field mistakes first (a salience of 80, a misspelt ``supports``) and the references
between fields (a horizon before the ``as_of``, a consent actor without a stance, an unknown
actor) only on the next run, once the first were fixed. Now one run lists both kinds: the CLI,
the web API's ``/validate`` and uploads, through the function they share
(:func:`accord.scenario.io.scenario_from_data`). The first three tests fail on the code before.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import ScenarioError
from accord.scenario.io import scenario_from_data

runner = CliRunner()

DAYTON = """\
id: dayton-1995
title: Proximity talks (a historian's exercise)
as_of: 1995-10-31
actors:
  - {id: SRB, name: Serbia, capability: 40}
  - {id: BIH, name: Bosnia and Herzegovina, capability: 30}
  - {id: HRV, name: Croatia, capability: -5}
  - {id: USA, name: United States, capability: 80}
issues:
  - id: territory
    title: Share of territory of the Federation
    status_quo: 50
    horizon: 1995-10-01
    consent: [SRB, BIH, USA]
  - id: status
    title: Status of Sarajevo
    status_quo: 150
stances:
  - {actor: SRB, issue: territory, position: 49, salience: 80}
  - actor: BIH
    issue: territory
    position: 51
    salience: 0.9
    evidence:
      - {source: nyt, text: "fifty-one per cent", supports: positon}
  - {actor: RS, issue: territory, position: 40, salience: 0.5}
  - {actor: SRB, issue: status, position: 120, salience: 0.5}
sources:
  - {id: nyt, title: The New York Times}
"""

FIELDS = {
    "actors[2].capability": "must be at least 0",
    "stances[0].salience": "must be at most 1",
    "stances[1].evidence[0].supports": "did you mean 'position'?",
}
"""The field mistakes: each field's own check."""

REFERENCES = {
    "issues[0].horizon": "horizon before the scenario's as_of (1995-10-31)",
    "issues[0].consent[2]": "consent actor holds no stance on issue 'territory'",
    "issues[1].status_quo": "status quo outside the scale [0, 100]",
    "stances[2].actor": "unknown actor id",
    "stances[3].position": "position outside the scale of issue 'status'",
}
"""The mistakes between fields, which came only on the next run before session 44."""


def _problems(data: object) -> dict[str, str]:
    with pytest.raises(ScenarioError) as caught:
        scenario_from_data(data)
    found = {p.path: str(p) for p in caught.value.problems}
    assert len(found) == len(caught.value.problems)  # no path named twice
    return found


def test_the_library_lists_field_and_reference_mistakes_at_once() -> None:
    found = _problems(yaml.safe_load(DAYTON))
    assert set(found) == set(FIELDS) | set(REFERENCES)
    for path, words in {**FIELDS, **REFERENCES}.items():
        assert words in found[path], found[path]
    # the field mistakes first, as pydantic finds them, then the references
    assert list(found)[: len(FIELDS)] == list(FIELDS)


def test_validate_names_file_path_and_value_of_each_in_one_run(tmp_path: Path) -> None:
    path = tmp_path / "dayton.yaml"
    path.write_text(DAYTON, encoding="utf-8")
    done = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert done.exit_code == 2
    assert f"{len(FIELDS) + len(REFERENCES)} problems:" in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("  - ")]
    assert len(lines) == len(FIELDS) + len(REFERENCES)
    assert all(line.startswith(f"  - {path}: ") for line in lines)
    assert f"{path}: stances[0].salience: must be at most 1; " in done.stderr
    assert "for 80 out of 100 write 0.8 (got 80)" in done.stderr
    assert f"{path}: issues[0].horizon: horizon before the scenario's as_of" in done.stderr
    assert "(got '1995-10-01')" in done.stderr
    assert (
        "issues[0].consent[2]: consent actor holds no stance on issue 'territory' (got 'USA')"
        in (done.stderr)
    )
    assert "stances[2].actor: unknown actor id (got 'RS')" in done.stderr


def test_the_web_api_validate_and_upload_list_the_same(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette prefers httpx2; httpx works the same here
        from fastapi.testclient import TestClient

    from accord.web import WebSettings, create_app

    data = json.loads(json.dumps(yaml.safe_load(DAYTON), default=str))  # dates as JSON's text
    expected = list(_problems(data))  # the library's list, in its order
    assert set(expected) == set(FIELDS) | set(REFERENCES)
    token = "t" * 32
    settings = WebSettings(db=str(tmp_path / "web.db"), token=token)
    with TestClient(create_app(settings)) as client:
        checked = client.post("/api/v1/validate", json={"scenario": data})
        uploaded = client.post(
            "/api/v1/scenarios/upload",
            files={"file": ("dayton.yaml", DAYTON.encode(), "application/yaml")},
            headers={"Authorization": f"Bearer {token}"},
        )
    answer = checked.json()
    assert answer["valid"] is False
    assert [p["path"] for p in answer["problems"]] == expected
    assert uploaded.status_code == 422
    problems = uploaded.json()["error"]["problems"]
    assert [p["path"] for p in problems] == expected
    assert {p["file"] for p in problems} == {"dayton.yaml"}


def test_a_check_that_needs_a_refused_field_is_skipped() -> None:
    data = yaml.safe_load(DAYTON)
    data["as_of"] = "31.10.1995"  # no date: the horizon cannot be compared with it
    data["actors"][1]["id"] = "BIH,"  # no id: "unknown actor" might be the id meant here
    found = _problems(data)
    assert {"as_of", "actors[1].id"} <= set(found)
    assert "issues[0].horizon" not in found
    assert "stances[2].actor" not in found and "issues[0].consent[2]" not in found
    # what needs neither is still checked
    assert {"issues[1].status_quo", "stances[3].position"} <= set(found)


def test_a_field_mistake_alone_and_a_valid_file_are_as_before(tmp_path: Path) -> None:
    data = yaml.safe_load(DAYTON)
    data["actors"][2]["capability"] = 5
    data["stances"][0]["salience"] = 0.8
    data["stances"][1]["evidence"][0]["supports"] = "position"
    data["issues"][0]["horizon"] = "1995-11-21"
    data["issues"][0]["consent"] = ["SRB", "BIH"]
    data["issues"][1]["status_quo"] = 50
    data["stances"][2]["actor"] = "HRV"
    data["stances"][3]["position"] = 20
    assert scenario_from_data(data).id == "dayton-1995"
    data["stances"][0]["salience"] = 80
    assert list(_problems(data)) == ["stances[0].salience"]
