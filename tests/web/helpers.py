"""Helpers shared by the workbench test modules (not a test module itself)."""

from __future__ import annotations

import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette prefers httpx2; httpx works the same here
    from fastapi.testclient import TestClient


def save_concurrently(
    client: TestClient, scenario_id: str, scenarios: list[dict[str, Any]], auth: dict[str, str]
) -> list[int]:
    """Save every one of ``scenarios`` as ``scenario_id`` at once, one thread each; the version
    numbers the saves got back, sorted.

    The store must give each concurrent save its own version (no lost write) on SQLite and on
    PostgreSQL alike, so both stores' tests send the same burst. A failed save fails the test:
    ``ThreadPoolExecutor.map`` re-raises a thread's assertion, where a bare thread would only
    print it.
    """

    def save(scenario: dict[str, Any]) -> int:
        response = client.put(
            f"/api/v1/scenarios/{scenario_id}", json={"scenario": scenario}, headers=auth
        )
        assert response.status_code == 200, response.text
        return int(response.json()["version"])

    with ThreadPoolExecutor(len(scenarios)) as pool:
        return sorted(pool.map(save, scenarios))
