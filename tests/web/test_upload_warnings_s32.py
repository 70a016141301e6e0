"""Session 32 (s32-api): a scenario saved through the API or the workbench says what
``accord validate`` warns of in it.

Session 31's trial uploaded a scenario through ``POST /api/v1/scenarios/upload`` and the answer
carried no warning where the command line warned (docs/trial-2026-12-06-s31.md). The upload
and create answers now carry ``warnings`` (one field, the shape of ``/validate``'s), and the
editor page an upload lands on lists them. Each test fails on the code before.
"""

from __future__ import annotations

import html
import json
from typing import Any

import yaml
from fastapi.testclient import TestClient

from accord.scenario import load_bundled
from accord.scenario.io import loads, scenario_to_data

UKRAINE = "ukraine-2025-02"


def _warned_copy(new_id: str) -> dict[str, Any]:
    """The bundled ukraine scenario with an actor's country written GER (Germany is DEU), an
    issue only one actor holds and a stance without evidence: three warnings."""
    data = scenario_to_data(load_bundled(UKRAINE)) | {"id": new_id}
    data["actors"][0]["country"] = "GER"
    lone = data["stances"][0]
    data["issues"].append({"id": "lonely", "title": "An issue one actor holds"})
    data["stances"].append(
        {"actor": lone["actor"], "issue": "lonely", "position": 50, "salience": 0.5}
    )
    return data


def test_upload_answers_what_validate_warns_of(client: TestClient, auth: dict[str, str]) -> None:
    data = _warned_copy("warned-upload")
    text = yaml.safe_dump(data)
    answer = client.post(
        "/api/v1/scenarios/upload",
        files={"file": ("warned.yaml", text.encode(), "application/yaml")},
        headers=auth,
    )
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["version"] == 1 and body["note"] == "uploaded from warned.yaml"
    by_path = {w["path"]: w for w in body["warnings"]}
    assert set(by_path) == {"actors[0].country", f"issues[{len(data['issues']) - 1}]", "stances"}
    assert by_path["actors[0].country"]["value"] == "GER"
    assert "not an assigned ISO 3166-1 alpha-3 code" in by_path["actors[0].country"]["message"]
    assert "lonely" in by_path[f"issues[{len(data['issues']) - 1}]"]["message"]
    assert by_path["stances"]["message"].startswith("stances without evidence: 1 of ")
    # the same list, in the same order, as /validate and the library give
    from accord.scenario.checks import scenario_warnings

    checked = client.post("/api/v1/validate", json={"scenario": data}).json()
    assert checked["warnings"] == body["warnings"]
    expected = [w.to_dict() for w in scenario_warnings(loads(text.encode(), "w.yaml"))]
    assert body["warnings"] == expected


def test_create_answers_warnings_and_a_clean_scenario_none(
    client: TestClient, auth: dict[str, str]
) -> None:
    made = client.post(
        "/api/v1/scenarios", json={"scenario": _warned_copy("warned-create")}, headers=auth
    )
    assert made.status_code == 201, made.text
    assert made.json()["warnings"][0]["path"] == "actors[0].country"
    clean = scenario_to_data(load_bundled(UKRAINE)) | {"id": "clean-upload"}
    answer = client.post(
        "/api/v1/scenarios/upload",
        files={"file": ("clean.json", json.dumps(clean).encode())},
        headers=auth,
    )
    assert answer.status_code == 201 and answer.json()["warnings"] == []


def _csrf(page: str) -> str:
    return page.split('name="csrf_token" value="')[1].split('"')[0]


def test_the_editor_an_upload_lands_on_lists_the_warnings(browser: TestClient) -> None:
    token = _csrf(browser.get("/scenarios").text)
    data = json.dumps(_warned_copy("warned-page")).encode()
    sent = browser.post(
        "/scenarios/upload",
        data={"format": "json", "csrf_token": token},
        files={"file": ("mine.json", data)},
    )
    assert sent.status_code == 200 and sent.url.path == "/scenarios/warned-page/edit"
    page = html.unescape(sent.text)
    box = page[page.index('id="scenario-warnings"') :]
    box = box[: box.index("</div>")]
    assert "3 warnings about this version" in box
    assert "<code>actors[0].country</code>: not an assigned ISO 3166-1" in box
    assert "(got GER)" in box and "stances without evidence: 1 of" in box
    clean = browser.get(f"/scenarios/{UKRAINE}/edit").text
    assert 'id="scenario-warnings"' not in clean


def test_an_ingest_names_an_article_read_twice(client: TestClient, auth: dict[str, str]) -> None:
    # session 31's trial, finding 8 (there for a folder given to `accord ingest`): two rows of
    # one upload with the same text were counted "already present" and not named
    row = {"text": "Russia and Ukraine agreed to a ceasefire on Tuesday.", "date": "2025-03-02"}
    other = {"text": "Talks on grain exports resumed in Istanbul.", "date": "2025-03-03"}
    body = "\n".join(json.dumps(r) for r in (row, other, row)) + "\n"
    answer = client.post(
        "/api/v1/ingest", files={"file": ("wire.jsonl", body.encode())}, headers=auth
    )
    assert answer.status_code == 201, answer.text
    report = answer.json()
    assert report["added"] == 2 and report["already_present"] == 1
    assert report["warnings"] == [
        "wire.jsonl line 3: the same text as wire.jsonl line 1, read earlier in this ingest: "
        "stored once (counted as already stored)"
    ]
