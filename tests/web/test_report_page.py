"""The forecast's HTML report from the workbench: the forecast page's Report links and
``POST /api/v1/forecast/report`` answer the bytes ``accord forecast --report`` writes."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accord.cli import app
from accord.scenario import load_bundled
from accord.scenario.identity import scenario_identity
from accord.scenario.io import scenario_from_data, scenario_to_data
from tests.web.helpers import finished_job

UKRAINE = "ukraine-2025-02"


def _report_links(page: str) -> dict[str, str]:
    """The forecast page's Report links, by the engine (and runs) each names."""
    links = {}
    for found in re.finditer(r'<a class="[^"]*report[^"]*"[^>]*href="([^"]+)"', page):
        href = html.unescape(found.group(1))
        query = dict(p.split("=", 1) for p in href.split("?", 1)[1].split("&"))
        links[query["engine"] + (f"/{query['runs']}" if "runs" in query else "")] = href
    return links


def _cli_report(tmp_path: Path, scenario: str, *options: str) -> bytes:
    target = tmp_path / "cli.html"
    result = CliRunner().invoke(app, ["forecast", scenario, *options, "--report", str(target)])
    assert result.exit_code == 0, result.output
    return target.read_bytes()


@pytest.mark.parametrize(
    ("scenario", "engines", "mc", "runs", "seed"),
    [(UKRAINE, ["mean", "smp"], "mean", 20, 1), ("ec-emissions-1994", ["bdm"], "bdm", 30, 3)],
)
def test_each_report_link_answers_the_cli_report(
    client: TestClient,
    tmp_path: Path,
    scenario: str,
    engines: list[str],
    mc: str,
    runs: int,
    seed: int,
) -> None:
    chosen = "".join(f"&engine={e}" for e in engines)
    page = client.get(f"/scenarios/{scenario}/forecast?mc={mc}&runs={runs}&seed={seed}{chosen}")
    assert page.status_code == 200
    links = _report_links(page.text)
    assert set(links) == {*engines, f"{mc}/{runs}"}  # one per forecast shown, and the ensemble
    for key, href in links.items():
        engine, _, ensemble = key.partition("/")
        answer = client.get(href)
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
        disposition = answer.headers["content-disposition"]
        assert disposition == f'inline; filename="{scenario}-{engine}-report.html"'
        options = ["--engine", engine, "--seed", str(seed)]
        options += ["--runs", ensemble] if ensemble else []
        assert answer.content == _cli_report(tmp_path, scenario, *options), key
        assert f"forecast by {engine}" in answer.text


def test_the_api_answers_the_same_report(client: TestClient, tmp_path: Path) -> None:
    body = {"scenario": UKRAINE, "engine": "bdm", "seed": 4, "runs": 15}
    answer = client.post("/api/v1/forecast/report", json=body)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    cli = _cli_report(tmp_path, UKRAINE, "--engine", "bdm", "--seed", "4", "--runs", "15")
    assert answer.content == cli
    # another seed is another ensemble: the report is of the forecast asked for
    other = client.post("/api/v1/forecast/report", json={**body, "seed": 5})
    assert other.status_code == 200 and other.content != cli
    refused = client.post("/api/v1/forecast/report", json={**body, "engine": "nope"})
    assert refused.status_code == 400 and "body.engine" in refused.text
    missing = client.post("/api/v1/forecast/report", json={**body, "scenario": "no-such"})
    assert missing.status_code == 404


def test_a_saved_version_is_reported_by_its_number(
    client: TestClient, auth: dict[str, str], tmp_path: Path
) -> None:
    data = scenario_to_data(load_bundled(UKRAINE))
    data.update(id="mine", title="Mine <b>& co</b>")
    assert client.post("/api/v1/scenarios", json={"scenario": data}, headers=auth).is_success
    data.update(title="Mine, revised")
    first = {"If-Match": '"1"'}
    assert client.put(
        "/api/v1/scenarios/mine", json={"scenario": data}, headers=auth | first
    ).is_success
    page = client.get("/scenarios/mine/forecast?version=1&engine=mean&mc=mean&runs=10").text
    href = _report_links(page)["mean"]
    assert "version=1" in href
    answer = client.get(href)
    assert answer.headers["content-disposition"] == 'inline; filename="mine-v1-mean-report.html"'
    # the report names the stored version by its identity (a saved version's own number is
    # the store's, not the document's): the file name carries the number
    stored = client.get("/api/v1/scenarios/mine?version=1").json()
    assert html.escape(scenario_identity(scenario_from_data(stored))) in answer.text
    newer = client.get(href.replace("version=1", "version=2"))
    assert "Mine, revised" in newer.text
    assert "-v2-mean-report" in newer.headers["content-disposition"]
    assert "Mine &lt;b&gt;&amp; co&lt;/b&gt;" in answer.text and "<b>&" not in answer.text
    saved = tmp_path / "mine.json"
    saved.write_bytes(client.get("/api/v1/scenarios/mine/download?format=json&version=1").content)
    assert answer.content == _cli_report(tmp_path, str(saved), "--engine", "mean", "--seed", "1")


def test_an_engine_that_cannot_forecast_is_the_error_page(client: TestClient) -> None:
    answer = client.get(f"/scenarios/{UKRAINE}/forecast/report?engine=learned")
    assert answer.status_code == 400 and answer.headers["content-type"].startswith("text/html")
    assert "learned" in answer.text and "content-disposition" not in answer.headers


def test_the_icon_a_browser_asks_for_unbidden_is_the_workbenchs(client: TestClient) -> None:
    # the report names no icon, so Chromium asked for /favicon.ico and logged its 404
    moved = client.get("/favicon.ico", follow_redirects=False)
    assert moved.status_code == 301 and moved.headers["location"] == "/static/favicon.svg"
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")


def test_a_finished_job_answers_its_report(
    client: TestClient, auth: dict[str, str], tmp_path: Path
) -> None:
    """Session 21: a job finished with its chart and no way to its report. Its process makes
    the report of its forecast: the CLI's bytes for the job's scenario, engine, seed and runs,
    and the API's for the same request, named as the forecast page's links name theirs."""
    body = {"scenario": UKRAINE, "engine": "bdm", "seed": 4, "runs": 15}
    started = client.post("/api/v1/jobs", json=body, headers=auth)
    assert started.status_code == 202
    job = finished_job(client, started.json()["status_url"])
    assert job["status"] == "done", job
    answer = client.get(job["report_url"])
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    name = f"{UKRAINE}-bdm-report.html"
    assert answer.headers["content-disposition"] == f'inline; filename="{name}"'
    cli = _cli_report(tmp_path, UKRAINE, "--engine", "bdm", "--seed", "4", "--runs", "15")
    assert answer.content == cli
    assert answer.content == client.post("/api/v1/forecast/report", json=body).content
    # a stored version is named by its number, as the page's links name it
    data = scenario_to_data(load_bundled(UKRAINE)) | {"id": "mine"}
    assert client.post("/api/v1/scenarios", json={"scenario": data}, headers=auth).is_success
    mine = client.post("/api/v1/jobs", json=body | {"scenario": "mine", "version": 1}, headers=auth)
    report_url = finished_job(client, mine.json()["status_url"])["report_url"]
    named = client.get(report_url).headers["content-disposition"]
    assert named == 'inline; filename="mine-v1-bdm-report.html"'


def test_a_job_that_did_not_finish_has_no_report(client: TestClient, auth: dict[str, str]) -> None:
    body = {"engine": "smp", "runs": 1_000_000, "seed": 1, "institutions": False}
    started = client.post("/api/v1/jobs", json=body, headers=auth).json()
    cancelled = client.delete(started["status_url"], headers=auth).json()
    assert cancelled["status"] == "cancelled" and "report_url" not in cancelled
    refused = client.get(f"{started['status_url']}/report")
    assert refused.status_code == 409 and refused.json()["error"]["type"] == "JobNotDone"
    unknown = client.get("/api/v1/jobs/unknown/report")
    assert unknown.status_code == 404 and unknown.json()["error"]["type"] == "UnknownJob"
