"""Shared fixtures: paths to the reference material in ../shared (CI has it)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from accord.scenario import Scenario

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        if os.environ.get("ACCORD_REQUIRE_SHARED"):  # CI: a missing ../shared is a failure
            pytest.fail(f"{SHARED} is missing and ACCORD_REQUIRE_SHARED is set")
        pytest.skip("../shared is not present")
    return SHARED


def csv_cells(text: str) -> list[list[str]]:
    """Rows of stripped cells without trailing empties or blank rows: a CSV file's content."""
    rows = []
    for record in csv.reader(io.StringIO(text, newline=""), skipinitialspace=True):
        cells = [c.strip() for c in record]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def assert_same_content(a: Scenario, b: Scenario) -> None:
    """What a round trip through another format must keep: ids, names, numbers, parameters."""
    assert (a.id, a.title, a.description) == (b.id, b.title, b.description)
    assert [(x.id, x.name, x.capability) for x in a.actors] == [
        (x.id, x.name, x.capability) for x in b.actors
    ]
    assert [(i.id, i.title, i.scale.low, i.scale.high) for i in a.issues] == [
        (i.id, i.title, i.scale.low, i.scale.high) for i in b.issues
    ]
    assert [(s.actor, s.issue, s.position, s.salience) for s in a.stances] == [
        (s.actor, s.issue, s.position, s.salience) for s in b.stances
    ]
    assert a.parameters == b.parameters
