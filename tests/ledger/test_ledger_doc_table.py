"""docs/ledger.md's table of the bundled cases scored is what ``accord ledger record-bundled``
and ``accord ledger score`` give now (session 20: the table of 2026-12-02 had gone stale, its
position errors off by up to 7.5 points, so a reader could not reproduce it)."""

from __future__ import annotations

from pathlib import Path

from accord.ledger import Ledger, record_bundled, resolutions_in_force, score
from tests.helpers import ROOT

HEADER = "| scenario | engine | n | Brier | status quo | no skill | error | status quo | no skill |"


def _documented() -> list[list[str]]:
    lines = (ROOT / "docs" / "ledger.md").read_text().splitlines()
    start = lines.index(HEADER) + 2  # past the header and its rule
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_documented_scores_are_reproduced(tmp_path: Path) -> None:
    with Ledger(str(tmp_path / "l.db")) as ledger:
        record_bundled(ledger)  # every engine, 200 runs, seed 1: the documented settings
        scores = score(ledger.records(), resolutions_in_force(ledger.resolutions()))

    def f(value: float | None, digits: int) -> str:
        return "" if value is None else f"{value:.{digits}f}"

    computed = [
        [r.scenario, r.engine, str(r.n), f(r.brier, 3), f(r.brier_status_quo, 3),
         f(r.brier_no_skill, 3), f(r.error, 1), f(r.error_status_quo, 1), f(r.error_no_skill, 1)]
        for r in scores.rows
    ]  # fmt: skip
    assert _documented() == computed
