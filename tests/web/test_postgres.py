"""The workbench's own tables on PostgreSQL (``ACCORD_TEST_POSTGRES_URL``, which ``.ci/run``
sets when it can start a server): scenario versions, concurrent saves, a page."""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Iterator

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from accord.web import WebSettings, create_app
from tests.web.helpers import save_concurrently


@pytest.fixture
def pg_client(token: str) -> Iterator[TestClient]:
    url = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to run the workbench on PostgreSQL")
    with TestClient(create_app(WebSettings(db=url, token=token))) as client:
        yield client


def test_versions_on_postgresql(pg_client: TestClient, auth: dict[str, str]) -> None:
    sid = f"pg-{uuid.uuid4().hex[:10]}"  # the database outlives the test: a fresh id
    data = scenario_to_data(load_bundled("ukraine-2025-02")) | {"id": sid}
    assert (
        pg_client.post("/api/v1/scenarios", json={"scenario": data}, headers=auth).status_code
        == 201
    )
    scenarios = [data | {"title": f"save {n}"} for n in range(6)]
    assert save_concurrently(pg_client, sid, scenarios, auth) == list(range(2, 8))
    versions = pg_client.get(f"/api/v1/scenarios/{sid}/versions").json()
    assert [v["version"] for v in versions] == list(range(1, 8))
    assert pg_client.get(f"/scenarios/{sid}/edit").status_code == 200
