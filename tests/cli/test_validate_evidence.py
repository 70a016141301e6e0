"""``accord validate`` warns of the stances that cite no evidence (session 21: such a stance
passed silently, though the guide promises evidence for every number): one line per file naming
the first few (session 22: a line each drowned the output), every one with ``--verbose``;
``--strict`` refuses."""

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


def _summary(stderr: str, name: str) -> list[str]:
    pattern = rf"warning: {re.escape(name)}: stances without evidence: \d+ of \d+ \(.*\)"
    return re.findall(pattern, stderr)


@settings(max_examples=15, deadline=None)
@given(bare=st.sets(st.integers(0, len(BASE.stances) - 1), max_size=6))
def test_stances_without_evidence_are_one_warning_line_naming_the_first(
    tmp_path_factory: pytest.TempPathFactory, bare: set[int]
) -> None:
    path = tmp_path_factory.mktemp("evidence") / "draft.yaml"
    path.write_text(_without(bare), encoding="utf-8")
    ordered = [(BASE.stances[n].actor, BASE.stances[n].issue) for n in sorted(bare)]
    done = runner.invoke(app, ["validate", str(path)])
    assert done.exit_code == 0, done.output
    assert _warned(done.stderr, str(path)) == set()
    summary = _summary(done.stderr, str(path))
    assert len(done.stderr.splitlines()) == len(summary) == (1 if bare else 0)
    if bare:
        count = f"{path}: stances without evidence: {len(bare)} of {len(BASE.stances)}"
        assert count in summary[0]
        named = ", ".join(f"{actor} on {issue}" for actor, issue in ordered[:3])
        assert f"({named}" in summary[0]
        assert (f"and {len(bare) - 3} more" in summary[0]) == (len(bare) > 3)
        assert ("--verbose lists them" in summary[0]) == (len(bare) > 3)
    for flags in (["--verbose"], ["-v", "--strict"]):
        verbose = runner.invoke(app, ["validate", str(path), *flags])
        assert _warned(verbose.stderr, str(path)) == set(ordered)
        assert len(_summary(verbose.stderr, str(path))) == (1 if bare else 0)
    strict = runner.invoke(app, ["validate", str(path), "--strict"])
    assert strict.exit_code == (1 if bare else 0), strict.output
    assert _summary(strict.stderr, str(path)) == summary
    refused = [line for line in strict.stderr.splitlines() if line.startswith("error:")]
    assert len(refused) == (1 if bare else 0)
    if bare:  # session 23: the hint to --verbose only where a stance was left unnamed
        assert refused[0].startswith(f"error: --strict: stances without evidence: {len(bare)} (")
        assert ("--verbose lists them all" in refused[0]) == (len(bare) > 3), refused


def test_strict_hints_at_verbose_when_any_file_left_a_stance_unnamed(tmp_path: Path) -> None:
    """Over several files the hint is given when one of their warnings left stances out."""
    short, long = tmp_path / "short.yaml", tmp_path / "long.yaml"
    short.write_text(_without({0}), encoding="utf-8")
    long.write_text(_without({1, 2, 3, 4, 5}), encoding="utf-8")
    hinted = {
        files: runner.invoke(app, ["validate", *map(str, files), "--strict"]).stderr
        for files in [(short,), (short, long), (long, short)]
    }
    ends = {files: text.splitlines()[-1] for files, text in hinted.items()}
    assert ends[(short,)] == "error: --strict: stances without evidence: 1 (named above)"
    for files in [(short, long), (long, short)]:
        assert ends[files] == (
            "error: --strict: stances without evidence: 6 (some named above; --verbose lists "
            "them all)"
        )
    listed = runner.invoke(app, ["validate", str(short), str(long), "--strict", "-v"]).stderr
    assert listed.splitlines()[-1] == "error: --strict: stances without evidence: 6 (listed above)"


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
