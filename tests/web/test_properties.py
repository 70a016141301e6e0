"""Properties of the workbench's input handling over generated inputs (Hypothesis)."""

from __future__ import annotations

import html
import math
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from accord.web import WebSettings, create_app
from accord.web.services import upload_name
from tests.web.helpers import log_in

BASE = scenario_to_data(load_bundled("ec-emissions-1994"))


@given(st.text(max_size=300))
def test_an_upload_name_is_never_a_path(name: str) -> None:
    safe = upload_name(name, "upload.yaml")
    assert safe and len(safe) <= 100
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert not safe.startswith(".")
    assert safe not in (".", "..")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = Path(tmp_path_factory.mktemp("props")) / "p.db"
    with TestClient(create_app(WebSettings(db=str(db), token="p" * 24))) as c:
        yield c


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    salience=st.floats(allow_nan=False, allow_infinity=False, min_value=-5, max_value=5),
    capability=st.floats(allow_nan=False, allow_infinity=False, min_value=-100, max_value=1e6),
)
def test_validate_accepts_exactly_the_valid_numbers(
    client: TestClient, salience: float, capability: float
) -> None:
    data = {**BASE, "stances": [dict(s) for s in BASE["stances"]]}
    data["actors"] = [dict(a) for a in BASE["actors"]]
    data["stances"][0]["salience"] = salience
    data["actors"][0]["capability"] = capability
    answer = client.post("/api/v1/validate", json={"scenario": data})
    assert answer.status_code == 200
    body = answer.json()
    paths = {p["path"] for p in body["problems"]}
    assert ("stances[0].salience" in paths) == (not 0 <= salience <= 1)
    assert ("actors[0].capability" in paths) == (capability < 0)
    assert body["valid"] == (0 <= salience <= 1 and capability >= 0 and math.isfinite(capability))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cell=st.text(max_size=40))
def test_any_text_in_an_editor_cell_is_saved_or_explained(client: TestClient, cell: str) -> None:
    """Whatever is typed in a position cell, the answer is a save or a message, never a 500."""
    log_in(client, "p" * 24)
    page = client.get("/scenarios/ec-emissions-1994/edit").text
    form = {"title": BASE["title"], "stance-0-position": cell}
    for hidden in ("csrf_token", "shown", "newest"):  # as the browser posts them
        form[hidden] = html.unescape(page.split(f'name="{hidden}" value="')[1].split('"')[0])
    for a, actor in enumerate(BASE["actors"]):
        form[f"actor-{a}-name"] = actor["name"]
        form[f"actor-{a}-capability"] = str(actor["capability"])
    for i, issue in enumerate(BASE["issues"]):
        form[f"issue-{i}-title"] = issue["title"]
    for k, stance in enumerate(BASE["stances"]):
        form.setdefault(f"stance-{k}-position", str(stance["position"]))
        form[f"stance-{k}-salience"] = str(stance["salience"])
    response = client.post("/scenarios/ec-emissions-1994/edit", data=form, follow_redirects=False)
    assert response.status_code in (303, 422), response.text[:300]
    if response.status_code == 422:
        assert 'class="cell-error"' in response.text or 'class="error"' in response.text
