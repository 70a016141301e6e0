"""Reviewing the news on the command line (session 20): ``accord evidence`` names each
item's document, and ``accord update --accept ACTOR/ISSUE`` takes one proposed change of several.

Before, the evidence table had no document column (only the JSON had it), and the command line
could only write every proposed change (the workbench could choose): an analyst who agreed
with one change and not the others had to edit the file by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.scenario import load, load_bundled

runner = CliRunner()
ARTICLES = {
    "peacekeepers.txt": "Russia rejects European peacekeepers\n26 February 2025. Russian "
    "Foreign Minister Sergei Lavrov said Russia would not accept troops from European "
    "countries in Ukraine. Moscow rejected a European peacekeeping force as unacceptable.\n",
    "minerals.txt": "Minerals deal near\n26 February 2025. Ukraine and the United States "
    "agreed on the terms of a minerals deal, Ukrainian officials said.\n",
}


@pytest.fixture
def store(tmp_path: Path) -> str:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    db = str(tmp_path / "news.db")
    made = runner.invoke(app, ["ingest", *(str(tmp_path / n) for n in ARTICLES), "--db", db])
    assert made.exit_code == 0, made.output
    return db


def _stances(path: Path) -> dict[tuple[str, str], tuple[float, float]]:
    return {(s.actor, s.issue): (s.position, s.salience) for s in load(path).stances}


def test_accept_writes_only_the_chosen_change(store: str, tmp_path: Path) -> None:
    every, one = tmp_path / "every.yaml", tmp_path / "one.yaml"
    full = runner.invoke(app, ["update", "ukraine-2025-02", "--db", store, "--out", str(every)])
    assert full.exit_code == 0, full.output
    before = {
        (s.actor, s.issue): (s.position, s.salience)
        for s in load_bundled("ukraine-2025-02").stances
    }
    changed = {pair for pair, value in _stances(every).items() if before[pair] != value}
    assert ("RUS", "peacekeeping") in changed and len(changed) >= 2, full.output
    chosen = runner.invoke(
        app,
        ["update", "ukraine-2025-02", "--db", store, "--accept", "RUS / peacekeeping",
         "--out", str(one)],
    )  # fmt: skip
    assert chosen.exit_code == 0, chosen.output
    assert "(1 changes)" in chosen.output
    after = _stances(one)
    assert {pair for pair, value in after.items() if before[pair] != value} == {
        ("RUS", "peacekeeping")
    }
    assert after[("RUS", "peacekeeping")] == _stances(every)[("RUS", "peacekeeping")]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("RUS/ceasefire", "not among the changes the stored news proposes"),
        ("RUS", "expected ACTOR/ISSUE"),
    ],
)
def test_accept_of_a_change_not_on_offer_is_refused(
    store: str, tmp_path: Path, given: str, message: str
) -> None:
    out = tmp_path / "new.yaml"
    result = runner.invoke(
        app, ["update", "ukraine-2025-02", "--db", store, "--accept", given, "--out", str(out)]
    )
    assert result.exit_code == 2, result.output
    assert message in result.output and given.split("/")[0] in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert not out.exists()


def test_evidence_table_names_each_items_document(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(out, "width", 240)  # a wide terminal: no cell cut short
    listed = json.loads(
        runner.invoke(app, ["evidence", "ukraine-2025-02", "--db", store, "--json"]).stdout
    )
    table = runner.invoke(app, ["evidence", "ukraine-2025-02", "--db", store])
    assert table.exit_code == 0, table.output
    cells = [[c.strip() for c in line.strip("│").split("│")] for line in table.stdout.splitlines()]
    # the already_source column (session 27): the seed of ukraine-2025-02 or nothing
    rows = [row for row in cells if len(row) == 8 and row[2] in ("+1", "-1")]
    assert len(rows) == len(listed) > 0
    for row, item in zip(rows, listed, strict=True):
        assert row[:2] == [item["actor"], item["issue"]]
        assert row[5] == item["document"][:12]
        assert row[6] == (item["already_source"] or "")
