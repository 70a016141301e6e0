"""The workbench's institutions page says where General Assembly tallies come from and how far
such tallies were off on the record (session 26, s26-notes): the same note as the HTML report's
and `accord forecast`'s, from :func:`accord.institutions.resolutions.assembly_note`."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient

from accord.forecast import forecast
from accord.institutions.resolutions import ASSEMBLY_RECORD, assembly_note
from accord.scenario import load_bundled
from accord.scenario.io import loads, scenario_to_data
from tests.forecast.test_rule_contrasts import mission

UKRAINE = "ukraine-2025-02"
NOTE = re.compile(r'<p class="small" id="assembly-note">Note: (.*?)</p>', re.S)


def test_the_institutions_page_has_the_assembly_note(client: TestClient) -> None:
    page = client.get("/institutions", params={"scenario": UKRAINE, "engine": "mean"})
    assert page.status_code == 200
    (shown,) = NOTE.findall(page.text)
    result = forecast(load_bundled(UKRAINE), "mean")
    assert html.unescape(shown) == assembly_note(result.resolutions.to_list())
    assert ASSEMBLY_RECORD in html.unescape(shown)
    assert "A/ES-11/L.10: 161 of 193; A/ES-11/L.11: 161 of 193 members" in shown
    # under the drafts, above the power section
    assert page.text.index('id="draft-2"') < page.text.index('id="assembly-note"')
    assert page.text.index('id="assembly-note"') < page.text.index("<h2>Voting power")


def test_no_assembly_note_for_a_security_council_draft_alone(
    client: TestClient, auth: dict[str, str]
) -> None:
    data = scenario_to_data(loads(mission().encode(), "mission.yaml"))
    made = client.post("/api/v1/scenarios", json={"scenario": data}, headers=auth)
    assert made.status_code == 201, made.text
    page = client.get("/institutions", params={"scenario": data["id"], "engine": "mean"})
    assert page.status_code == 200
    assert "D1 (unsc)" in page.text and 'id="assembly-note"' not in page.text
