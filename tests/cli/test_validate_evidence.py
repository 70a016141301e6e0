"""``accord validate`` warns of each stance that cites no evidence (session 21: such a stance
passed silently, though the guide promises evidence for every number); ``--strict`` refuses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.scenario import dumps, load_bundled

runner = CliRunner()

BASE = load_bundled("ukraine-2025-02")  # every stance cites evidence


def _without(bare: set[int]) -> str:
    """The bundled scenario as YAML with the evidence of the stances numbered ``bare`` gone."""
    stances = [
        stance.model_copy(update={"evidence": []}) if number in bare else stance
        for number, stance in enumerate(BASE.stances)
    ]
    return dumps(BASE.model_copy(update={"stances": stances}), "yaml")


def _warned(stderr: str, name: str) -> set[tuple[str, str]]:
    pattern = rf"warning: {re.escape(name)}: the stance of (\S+) on (\S+) cites no evidence"
    return {(found[1], found[2]) for found in re.finditer(pattern, stderr)}


@settings(max_examples=15, deadline=None)
@given(bare=st.sets(st.integers(0, len(BASE.stances) - 1), max_size=6))
def test_each_stance_without_evidence_is_one_warning_line(
    tmp_path_factory: pytest.TempPathFactory, bare: set[int]
) -> None:
    path = tmp_path_factory.mktemp("evidence") / "draft.yaml"
    path.write_text(_without(bare), encoding="utf-8")
    expected = {(BASE.stances[n].actor, BASE.stances[n].issue) for n in bare}
    done = runner.invoke(app, ["validate", str(path)])
    assert done.exit_code == 0, done.output
    assert _warned(done.stderr, str(path)) == expected
    count = f"{path}: stances without evidence: {len(bare)} of {len(BASE.stances)}"
    assert (count in done.stderr) == bool(bare)
    assert len(done.stderr.splitlines()) == (len(bare) + 1 if bare else 0)
    strict = runner.invoke(app, ["validate", str(path), "--strict"])
    assert strict.exit_code == (1 if bare else 0), strict.output
    assert _warned(strict.stderr, str(path)) == expected


def test_every_bundled_scenario_cites_evidence_for_every_stance() -> None:
    # ec-emissions-1994 cites the example's published actor table (Bueno de Mesquita 1994)
    from accord.scenario import bundled_ids

    done = runner.invoke(app, ["validate", *bundled_ids(), "--strict"])
    assert done.exit_code == 0, done.stderr
    assert "warning" not in done.stderr


def test_an_invalid_file_is_still_exit_2_under_strict(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(_without({0}).replace("salience: ", "salince: ", 1), encoding="utf-8")
    done = runner.invoke(app, ["validate", str(bad), "ec-emissions-1994", "--strict"])
    assert done.exit_code == 2 and "salince" in done.stderr
