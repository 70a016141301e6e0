"""``accord ledger list/score --scenario ID`` refuses an id that no record, no resolution and
no bundled scenario has, naming it (session 20: a misspelt id listed empty tables and scored
"nothing to score yet", exit 0)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.ledger import Ledger
from accord.scenario import load_bundled
from accord.scenario.catalogue import bundled_ids
from accord.scenario.io import save
from tests.helpers import run_cli


def _empty_ledger(path: Path) -> str:
    """A ledger that exists and holds nothing (the reading commands refuse a --db that is not
    there, s20-docscmd), so that what is refused below is the scenario id alone."""
    with Ledger(str(path)):
        pass
    return str(path)


IDS = st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True).filter(
    lambda s: s not in bundled_ids()
)


@settings(max_examples=15, deadline=None)
@given(scenario=IDS, command=st.sampled_from(["list", "score"]))
def test_an_id_nothing_knows_is_refused_naming_it(scenario: str, command: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = _empty_ledger(Path(folder) / "ledger.db")
        code, output = run_cli("ledger", command, "--scenario", scenario, "--db", db)
    assert code == 2
    assert f"--scenario: no forecast record or resolution of scenario {scenario!r}" in output


@pytest.mark.parametrize("command", ["list", "score"])
def test_a_bundled_id_and_a_recorded_one_are_filters(command: str, tmp_path: Path) -> None:
    db = _empty_ledger(tmp_path / "ledger.db")
    for scenario in bundled_ids():  # nothing recorded yet: an empty answer is true
        assert run_cli("ledger", command, "--scenario", scenario, "--db", db)[0] == 0
    own = load_bundled("ec-emissions-1994").model_copy(update={"id": "my-emissions"})
    save(own, tmp_path / "own.yaml")
    assert run_cli("ledger", command, "--scenario", "my-emissions", "--db", db)[0] == 2
    recorded = run_cli("forecast", str(tmp_path / "own.yaml"), "--engine", "median",
                       "--record", "--db", db)  # fmt: skip
    assert recorded[0] == 0, recorded[1]
    code, output = run_cli("ledger", command, "--scenario", "my-emissions", "--db", db)
    assert code == 0, output
