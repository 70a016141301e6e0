"""Large scenario files (issue 12: validating a 19.6 MB YAML scenario took 231 s): the strict
YAML loader builds each key once and still refuses repeats, the garbage collector paused for
a parse is always switched back on, and `accord validate` shows a status on large files.
Speed itself is measured in bench/bench_validate.py (docs/benchmarks.md), not here.
"""

from __future__ import annotations

import gc
import io
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from accord.errors import FormatError
from accord.scenario.io import load
from accord.scenario.strict import load_yaml
from tests.helpers import ROOT, run_cli

BUNDLED = ROOT / "src" / "accord" / "scenario" / "bundled" / "ukraine-2025-02.yaml"

keys = st.lists(st.text("abcxyz", min_size=1, max_size=3), min_size=1, max_size=8)


@given(keys)
def test_strict_loader_matches_pyyaml_or_names_the_repeat(names: list[str]) -> None:
    """Mappings without repeats load as PyYAML's safe loader loads them; a repeat is refused
    with its line (the one of the second occurrence)."""
    text = "\n".join(f"{name}: [{k}, {{inner: {k}}}]" for k, name in enumerate(names)) + "\n"
    if len(set(names)) == len(names):
        assert load_yaml(text) == yaml.safe_load(text)
        return
    with pytest.raises(yaml.YAMLError, match="duplicate key") as raised:
        load_yaml(text)
    second = next(k for k, name in enumerate(names) if name in names[:k])
    assert raised.value.problem_mark.line == second  # type: ignore[attr-defined]


def test_merge_keys_still_override_and_repeats_beside_them_are_refused() -> None:
    assert load_yaml("base: &b {x: 1, y: 2}\nuse: {<<: *b, y: 3}\n")["use"] == {"x": 1, "y": 3}
    with pytest.raises(yaml.YAMLError, match="duplicate key 'y'"):
        load_yaml("base: &b {x: 1}\nuse: {<<: *b, y: 3, y: 4}\n")


def test_unhashable_key_is_a_clear_yaml_error() -> None:
    with pytest.raises(yaml.YAMLError, match="unhashable key"):
        load_yaml("? [a, b]\n: 1\n")


@pytest.mark.parametrize("text", ["id: x\nid: y\n", "{{{", "id: [unclosed\n"])
def test_collector_is_switched_back_on_after_a_failed_parse(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    assert gc.isenabled()
    with pytest.raises(FormatError):
        load(path)
    assert gc.isenabled()


def test_collector_stays_off_if_it_was_off() -> None:
    gc.disable()
    try:
        assert load(BUNDLED).id == "ukraine-2025-02"
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_validate_shows_a_status_on_a_large_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.cli.scenario_commands as commands

    screen = io.StringIO()
    monkeypatch.setattr(commands, "err", Console(file=screen, force_terminal=True, width=100))
    monkeypatch.setattr(commands, "LARGE_FILE_BYTES", BUNDLED.stat().st_size)  # "large"
    code, output = run_cli("validate", str(BUNDLED))
    assert code == 0 and "ok:" in output
    assert f"checking {BUNDLED}" in screen.getvalue()
    assert "MB)" in screen.getvalue()


def test_validate_shows_no_status_on_a_small_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.cli.scenario_commands as commands

    screen = io.StringIO()
    monkeypatch.setattr(commands, "err", Console(file=screen, force_terminal=True, width=100))
    code, _ = run_cli("validate", str(BUNDLED))
    assert code == 0
    assert screen.getvalue() == ""
