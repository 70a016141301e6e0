"""Hostile or odd scenario files: alias bombs, cycles, deep nesting and UTF-16 text are refused
(or read) with a FormatError naming the file, never a hang or a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import ScenarioError
from accord.scenario import load
from tests.helpers import load_error

BOMB = "\n".join(
    [f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join([f'*{chr(96 + i)}'] * 9)}]" for i in range(1, 9)]
)
BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + BOMB + "\n"


def test_yaml_alias_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB, encoding="utf-8")
    assert "aliases" in load_error(path)


@pytest.mark.parametrize("text", ["id: &a [*a]\n", "a: &a\n  b: *a\n"])
def test_yaml_cycle_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "cycle.yaml"
    path.write_text(text, encoding="utf-8")
    assert "refers to itself" in load_error(path)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.yaml", "a: " + "[" * 5000 + "]" * 5000 + "\n"),
        ("deep.json", '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}"),
        ("nested.json", '{"institutions": {"x": ' + "[" * 200 + "]" * 200 + "}}"),
    ],
)
def test_deep_nesting_is_refused(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert "nested too deeply" in load_error(path)


def test_yaml_anchors_still_work(tmp_path: Path) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text(
        "id: anchors\ntitle: Anchors\n"
        "actors: [{id: a, name: A, capability: 1}, {id: b, name: B, capability: 2}]\n"
        "issues: [{id: i, title: I, scale: &s {low: 0, high: 10}},"
        " {id: j, title: J, scale: *s}]\n"
        "stances: []\n",
        encoding="utf-8",
    )
    scenario = load(path)
    assert scenario.issues[1].scale.high == 10


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_read(tmp_path: Path, encoding: str) -> None:
    text = "Actor,Capability,Position,Salience\r\nÄ,1,2,0.5\r\nB,2,3,0.5\r\n"
    path = tmp_path / "table.csv"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path.write_bytes(bom + text.encode(encoding))
    scenario = load(path)
    assert [a.id for a in scenario.actors] == ["Ä", "B"]


def test_scenario_error_is_not_swallowed(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\n", encoding="utf-8")
    with pytest.raises(ScenarioError):
        load(path)


def test_saved_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    import os

    from accord.scenario import load_bundled, save

    target = tmp_path / "out.yaml"
    save(load_bundled("ec-emissions-1994"), target)
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    target.chmod(0o640)  # an existing file keeps its mode
    save(load_bundled("ec-emissions-1994"), target)
    assert target.stat().st_mode & 0o777 == 0o640
