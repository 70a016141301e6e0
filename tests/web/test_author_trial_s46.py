"""Session 46's trial (docs/trial-2026-12-08-s46-author.md, finding 2): two actors whose ids
differ only in capitals (``IRN``, ``irn``) were taken without a word. The workbench's upload
answers with what `accord validate` warns of, the case twins now among it."""

from __future__ import annotations

import yaml
from fastapi.testclient import TestClient

from accord.scenario import load
from accord.scenario.io import scenario_to_data
from tests.helpers import ROOT

EXAMPLE = ROOT / "examples" / "data" / "armenia-azerbaijan-2025-08.yaml"


def test_an_upload_with_case_twins_answers_the_warning(
    client: TestClient, auth: dict[str, str]
) -> None:
    data = scenario_to_data(load(EXAMPLE))
    data["actors"].append({**data["actors"][6], "id": "irn", "name": "iran"})
    answer = client.post(
        "/api/v1/scenarios/upload",
        files={"file": ("twins.yaml", yaml.safe_dump(data).encode(), "application/yaml")},
        headers=auth,
    )
    assert answer.status_code == 201, answer.text
    by_path = {w["path"]: w for w in answer.json()["warnings"]}
    assert by_path["actors[7].id"]["value"] == "irn"
    assert by_path["actors[7].id"]["message"].startswith(
        "the same id as actors[6] ('IRN') but for capitals: ids are case-sensitive"
    )
    assert "actors[7].name" not in by_path  # one warning for the one slip
