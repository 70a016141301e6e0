"""Session 35 (s35-compare): the workbench compares two scenarios and downloads forecasts as CSV.

``POST /api/v1/compare/scenarios`` (and ``/csv``) and the comparison page ``/compare`` set one
engine's forecasts of two scenarios side by side (:mod:`accord.forecast.versus`); the forecast
page's and ``POST /api/v1/forecast/csv``'s CSV is the table ``accord forecast --format csv``
writes. Bad input is refused on its field: 404 for a scenario or version that does not exist,
422 for the same scenario twice or two with no issue in common, 400 for an unknown engine.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accord.cli import app
from accord.forecast.versus import compare_scenarios
from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data

UKRAINE = "ukraine-2025-02"
MINSK = "minsk-2015-02"
ROUTE = "/api/v1/compare/scenarios"


def _edited_copy(client: TestClient, auth: dict[str, str], new_id: str = "ukraine-edit") -> None:
    """Save a copy of ukraine-2025-02 whose USA holds another position on the ceasefire and
    whose Russia has another capability."""
    data = scenario_to_data(load_bundled(UKRAINE))
    data["id"] = new_id
    for stance in data["stances"]:
        if stance["actor"] == "USA" and stance["issue"] == "ceasefire":
            stance["position"] = 10
    for actor in data["actors"]:
        if actor["id"] == "RUS":
            actor["capability"] = float(actor["capability"]) / 2
    saved = client.post("/api/v1/scenarios", json={"scenario": data}, headers=auth)
    assert saved.status_code == 201, saved.text


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    problems = response.json()["error"]["problems"]
    assert len(problems) == 1, problems
    found: dict[str, Any] = problems[0]
    return found


def test_two_bundled_scenarios_share_the_ceasefire(client: TestClient) -> None:
    body = {"a": {"scenario": MINSK}, "b": {"scenario": UKRAINE}, "seed": 2, "runs": 20}
    answer = client.post(ROUTE, json=body)
    assert answer.status_code == 200, answer.text
    got = answer.json()
    assert [item["id"] for item in got["issues"]] == ["ceasefire"]
    assert got["only_a"] == ["special_status", "border_control"]
    assert "ceasefire" not in got["only_b"] and len(got["only_b"]) == 6
    assert got["a"]["scenario"] == MINSK and got["b"]["scenario"] == UKRAINE
    assert got["engine"] == "mean" and got["seed"] == 2 and got["runs"] == 20
    # the library's own result, number for number
    made = compare_scenarios(load_bundled(MINSK), load_bundled(UKRAINE), seed=2, runs=20)
    assert got == made.to_dict()
    item = got["issues"][0]
    assert item["a"]["p5"] <= item["a"]["p95"] and 0 <= item["b"]["p_agreement"] <= 1
    assert {d["actor"] for d in item["stances"]} >= {"UKR", "RUS"}


def test_an_edited_copy_names_the_stance_and_capability_that_differ(
    client: TestClient, auth: dict[str, str]
) -> None:
    _edited_copy(client, auth)
    body = {"a": {"scenario": UKRAINE}, "b": {"scenario": "ukraine-edit"}, "engine": "bdm"}
    got = client.post(ROUTE, json=body | {"seed": 1}).json()
    assert got["stances_differ"] == ["USA"]
    ceasefire = next(item for item in got["issues"] if item["id"] == "ceasefire")
    assert ceasefire["stances"] == [
        {
            "actor": "USA",
            "position_a": ceasefire["stances"][0]["position_a"],
            "position_b": 10.0,
            "salience_a": ceasefire["stances"][0]["salience_a"],
            "salience_b": ceasefire["stances"][0]["salience_a"],
        }
    ]
    assert ceasefire["difference"] == ceasefire["b"]["forecast"] - ceasefire["a"]["forecast"]
    assert [c["actor"] for c in got["capabilities"]] == ["RUS"]
    others = [item for item in got["issues"] if item["id"] != "ceasefire"]
    assert all(item["stances"] == [] for item in others)


def test_two_versions_of_one_scenario_compare_and_the_same_one_twice_is_refused(
    client: TestClient, auth: dict[str, str]
) -> None:
    data = scenario_to_data(load_bundled(UKRAINE))
    data["stances"][0]["salience"] = 0.11
    saved = client.put(
        f"/api/v1/scenarios/{UKRAINE}", json={"scenario": data}, headers=auth | {"If-Match": '"0"'}
    )
    assert saved.status_code == 200, saved.text
    versions = {"a": {"scenario": UKRAINE, "version": 0}, "b": {"scenario": UKRAINE}}
    got = client.post(ROUTE, json=versions)
    assert got.status_code == 200, got.text
    first = data["stances"][0]
    assert got.json()["stances_differ"] == [first["actor"]]
    for b in ({"scenario": UKRAINE, "version": 0}, {"scenario": UKRAINE, "version": 1}):
        twice = {"a": {"scenario": UKRAINE, "version": b["version"]}, "b": b}
        problem = _problem(client.post(ROUTE, json=twice), 422)
        assert problem["path"] == "body.b.scenario" and problem["value"] == UKRAINE
        assert "the same scenario as the first" in problem["message"]
    # the newest, named and unnamed, is the same version twice
    newest = {"a": {"scenario": UKRAINE}, "b": {"scenario": UKRAINE, "version": 1}}
    assert _problem(client.post(ROUTE, json=newest), 422)["path"] == "body.b.scenario"


@pytest.mark.parametrize(
    ("body", "status", "path", "words"),
    [
        (
            {"a": {"scenario": "nowhere"}, "b": {"scenario": UKRAINE}},
            404,
            "body.a.scenario",
            "no scenario",
        ),
        (
            {"a": {"scenario": UKRAINE}, "b": {"scenario": MINSK, "version": 4}},
            404,
            "body.b.version",
            "no version 4",
        ),
        ({"a": {"scenario": UKRAINE}, "b": {"scenario": UKRAINE}}, 422, "body.b.scenario", "same"),
        (
            {"a": {"scenario": "doha-2020-02"}, "b": {"scenario": "ec-emissions-1994"}},
            422,
            "body.b.scenario",
            "no issue in common",
        ),
        (
            {"a": {"scenario": UKRAINE}, "b": {"scenario": MINSK}, "engine": "oracle"},
            400,
            "body.engine",
            "unknown engine",
        ),
        ({"a": {"scenario": UKRAINE}, "b": {"scenario": MINSK}, "runs": 0}, 422, "body.runs", ""),
        (
            {"a": {"scenario": UKRAINE}, "b": {"scenario": MINSK}, "runs": 5001},
            422,
            "body.runs",
            "",
        ),
        ({"a": {"scenario": UKRAINE}}, 422, "body.b", "required"),
        (
            {"a": {"scenario": UKRAINE}, "b": {"data": {"id": "x", "actors": [], "issues": []}}},
            422,
            "body.b.data.title",
            "missing",
        ),
    ],
)
def test_bad_input_is_refused_on_its_field(
    client: TestClient, body: dict[str, Any], status: int, path: str, words: str
) -> None:
    for route in (ROUTE, ROUTE + "/csv"):
        answer = client.post(route, json=body)
        assert answer.status_code == status, answer.text
        paths = [p["path"] for p in answer.json()["error"]["problems"]]
        assert path in paths, paths
        message = answer.json()["error"]["message"]
        assert words.lower() in message.lower(), message


def test_the_routes_declare_what_they_answer(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for route in ("/compare/scenarios", "/compare/scenarios/csv", "/forecast/csv"):
        declared = paths[f"/api/v1{route}"]["post"]["responses"]
        assert {"200", "400", "404", "422"} <= set(declared), (route, sorted(declared))
    assert "text/csv" in paths["/api/v1/forecast/csv"]["post"]["responses"]["200"]["content"]


def _cli_csv(tmp_path: Path, *args: str) -> bytes:
    out = tmp_path / "cli.csv"
    result = CliRunner().invoke(app, [*args, "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.mark.parametrize(
    ("engine", "seed", "runs", "interval"),
    [("mean", 1, None, None), ("bdm", 3, 20, None), ("mean", 2, 30, 0.8)],
)
def test_the_forecast_csv_is_the_cli_csv(
    client: TestClient,
    tmp_path: Path,
    engine: str,
    seed: int,
    runs: int | None,
    interval: float | None,
) -> None:
    options = ["--engine", engine, "--seed", str(seed)]
    options += [] if runs is None else ["--runs", str(runs)]
    options += [] if interval is None else ["--interval", str(interval)]
    expected = _cli_csv(tmp_path, "forecast", UKRAINE, *options)
    body: dict[str, Any] = {"scenario": UKRAINE, "engine": engine, "seed": seed, "runs": runs}
    api = client.post("/api/v1/forecast/csv", json=body | {"interval": interval})
    assert api.status_code == 200, api.text
    assert api.headers["content-type"].startswith("text/csv")
    assert api.content == expected
    query = f"engine={engine}&seed={seed}" + ("" if runs is None else f"&runs={runs}")
    query += "" if interval is None else f"&interval={interval}"
    page = client.get(f"/scenarios/{UKRAINE}/forecast/csv?{query}")
    assert page.status_code == 200 and page.content == expected
    assert page.headers["content-disposition"].startswith("attachment; filename=")
    # round trip through pandas: one row per issue, the columns the brief names
    frame = pd.read_csv(io.BytesIO(page.content))
    assert list(frame["issue"]) == [i.id for i in load_bundled(UKRAINE).issues]
    assert {"forecast", "engine", "seed", "accord_version"} <= set(frame.columns)
    assert set(frame["engine"]) == {engine} and set(frame["seed"]) == {seed}
    if runs is not None:
        assert (frame["p5"] <= frame["p95"]).all() and set(frame["runs"]) == {runs}
    if interval is not None:
        assert set(frame["interval_level"]) == {interval}
        assert (frame["interval_low"] <= frame["interval_high"]).all()


def test_the_forecast_page_offers_each_forecast_as_csv(client: TestClient) -> None:
    page = client.get(f"/scenarios/{UKRAINE}/forecast?engine=mean&engine=smp&runs=20&seed=4")
    line = re.search(r'<p id="forecast-csv">(.*?)</p>', page.text, re.S)
    assert line is not None
    links = [html.unescape(h) for h in re.findall(r'href="([^"]+/forecast/csv[^"]*)"', line[1])]
    assert links == [
        f"/scenarios/{UKRAINE}/forecast/csv?engine=mean&seed=4",
        f"/scenarios/{UKRAINE}/forecast/csv?engine=smp&seed=4",
        f"/scenarios/{UKRAINE}/forecast/csv?engine=mean&seed=4&runs=20",
    ]
    for link in links:
        answer = client.get(link)
        assert answer.status_code == 200 and answer.text.startswith("issue,title,forecast,")
    assert f'href="/compare?a={UKRAINE}"' in line[1]


def test_the_comparison_csv_round_trips_through_pandas(
    client: TestClient, auth: dict[str, str]
) -> None:
    _edited_copy(client, auth)
    body = {"a": {"scenario": UKRAINE}, "b": {"scenario": "ukraine-edit"}, "seed": 5, "runs": 20}
    answer = client.post(ROUTE + "/csv", json=body)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-disposition"] == (
        'attachment; filename="ukraine-2025-02-vs-ukraine-edit-mean.csv"'
    )
    frame = pd.read_csv(io.BytesIO(answer.content), keep_default_na=False, na_values=[""])
    document = client.post(ROUTE, json=body).json()
    assert list(frame["issue"]) == [item["id"] for item in document["issues"]]
    for row, item in zip(frame.to_dict("records"), document["issues"], strict=True):
        for side in ("a", "b"):
            assert row[f"forecast_{side}"] == pytest.approx(item[side]["forecast"])
            assert row[f"p5_{side}"] == pytest.approx(item[side]["p5"])
            assert row[f"p95_{side}"] == pytest.approx(item[side]["p95"])
            assert row[f"p_agreement_{side}"] == pytest.approx(item[side]["p_agreement"])
        assert row["difference"] == pytest.approx(item["difference"])
        expected = ";".join(d["actor"] for d in item["stances"])
        assert (row["stances_differ"] if isinstance(row["stances_differ"], str) else "") == expected
    assert set(frame["engine"]) == {"mean"} and set(frame["seed"]) == {5}
    assert set(frame["runs"]) == {20} and set(frame["accord_version"]) == {
        document["accord_version"]
    }
    # the page's Download CSV answers the same table
    page = client.get(f"/compare?a={UKRAINE}&b=ukraine-edit&seed=5&runs=20")
    href = re.search(r'id="compare-csv" href="([^"]+)"', page.text)
    assert href is not None
    assert client.get(html.unescape(href[1])).content == answer.content


def test_the_page_shows_both_forecasts_side_by_side(
    client: TestClient, auth: dict[str, str]
) -> None:
    _edited_copy(client, auth)
    page = client.get(f"/compare?a={UKRAINE}&b=ukraine-edit&engine=mean&runs=20&seed=1")
    assert page.status_code == 200
    text = page.text
    assert (
        "<title>Compare a: ukraine-2025-02 with b: ukraine-edit · accord workbench</title>" in text
    )
    said = re.search(r'<p role="status" id="compare-said"[^>]*>(.*?)</p>', text)
    assert (
        said is not None and "7 issues in common" in said[1] and "stances differ for USA" in said[1]
    )
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th>', text)
    issues = [i.id for i in load_bundled(UKRAINE).issues]
    assert rows[: len(issues)] == issues  # the side-by-side table, the issue as row header
    assert "USA" in rows and "RUS" in rows  # the stance and capability tables
    assert 'id="compare-chart"' in text and "table Forecasts side by side" in text
    assert 'aria-current="page">Compare</a>' in text


@pytest.mark.parametrize(
    ("query", "status", "field", "words"),
    [
        (f"a=nowhere&b={UKRAINE}", 404, "a", "first scenario: no scenario"),
        (f"a={UKRAINE}&b={UKRAINE}", 422, "b", "second scenario: the same scenario as the first"),
        ("a=doha-2020-02&b=ec-emissions-1994", 422, "b", "no issue in common"),
        (f"a={UKRAINE}&b={MINSK}&b_version=9", 404, "b_version", "no version 9"),
        (f"a={UKRAINE}&b={MINSK}&runs=abc", 422, "runs", "runs: must be a whole number"),
        (f"a={UKRAINE}&b={MINSK}&engine=learned", 422, "engine", "cannot forecast"),
        (f"a={UKRAINE}&b=", 422, "b", "second scenario: choose a scenario"),
    ],
)
def test_bad_input_is_said_on_the_page_on_its_field(
    client: TestClient, query: str, status: int, field: str, words: str
) -> None:
    page = client.get(f"/compare?{query}")
    assert page.status_code == status
    text = html.unescape(page.text)
    assert "<title>Error: Compare two scenarios" in text
    message = re.search(rf'<li id="error-{field}">([^<]*)</li>', text)
    assert message is not None and words in message[1], text[:3000]
    # the field is marked, described by its message and focused
    control = re.search(rf'<(?:select|input) name="{field}"[^>]*>', text)
    assert control is not None
    assert 'aria-invalid="true"' in control[0] and f'aria-describedby="error-{field}"' in control[0]
    assert 'id="compare-table"' not in text


def test_the_form_alone_until_a_second_scenario_is_asked(client: TestClient) -> None:
    page = client.get(f"/compare?a={UKRAINE}")
    assert page.status_code == 200 and "Error:" not in page.text
    assert re.search(rf'<option value="{UKRAINE}" selected>', page.text)
    assert 'id="compare-table"' not in page.text and 'id="form-error"' not in page.text
