"""Shared fixtures: paths to the reference material in ../shared (CI has it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.helpers import SHARED

# No test asserts wall-clock time (speed is measured in bench/): Hypothesis's per-example
# deadline and its too-slow health check are timing assertions that fail on a loaded machine
# (seen in session 24 at load 11 on two cores), so both are off for every property test.
settings.register_profile("accord", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("accord")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        if os.environ.get("ACCORD_REQUIRE_SHARED"):  # CI: a missing ../shared is a failure
            pytest.fail(f"{SHARED} is missing and ACCORD_REQUIRE_SHARED is set")
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def blocker(tmp_path: Path) -> Path:
    """A regular file: nothing can be written 'inside' it, even by root."""
    path = tmp_path / "plain-file"
    path.write_text("not a directory\n", encoding="utf-8")
    return path
