"""The shared evidence harness's CHECK set names (docs/data/protocol-2026-12-04-s13/
evaluate_evidence.py, session 46): names -> files, an unknown name an error naming it, the CHECK
files left out of READING, and ``--check-sets`` required. Synthetic folders only: no gold file
is read here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import DOCS_DATA, NO_DOCS_DATA


def _load() -> ModuleType:
    """The module by its path: its folder is no package (hyphens in its name)."""
    path = DOCS_DATA / "protocol-2026-12-04-s13" / "evaluate_evidence.py"
    spec = importlib.util.spec_from_file_location("evaluate_evidence", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if not DOCS_DATA.is_dir():  # the module under test lives there
    pytest.skip(NO_DOCS_DATA, allow_module_level=True)
ev = _load()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A folder shaped like tests/data/news: gold files, a label file, the sentences file."""
    for stem in (
        "evidence-gold",
        "evidence-heldout-s9",
        "evidence-heldout-s44",
        "evidence-heldout-s45",
        "evidence-labels-A",
        "evidence-sentences",
    ):
        (tmp_path / f"{stem}.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "news-heldout-s46.json").write_text("[]", encoding="utf-8")
    return tmp_path


def test_names_are_evidence_files_in_their_order(data: Path) -> None:
    paths = ev.check_paths("heldout-s45, heldout-s44,heldout-s45,", data)
    assert paths == [data / "evidence-heldout-s45.jsonl", data / "evidence-heldout-s44.jsonl"]


@pytest.mark.parametrize("spec", ["heldout-s44,heldout-s46", "heldout-s46"])
def test_an_unknown_name_is_an_error_naming_it(data: Path, spec: str) -> None:
    # news-heldout-s46.json is there, but no evidence-heldout-s46.jsonl
    with pytest.raises(ValueError, match=r"'heldout-s46'.*evidence-heldout-s46\.jsonl"):
        ev.check_paths(spec, data)


@pytest.mark.parametrize("spec", ["", ",", " , "])
def test_no_name_is_an_error(data: Path, spec: str) -> None:
    with pytest.raises(ValueError, match="names no CHECK set"):
        ev.check_paths(spec, data)


def test_check_files_are_left_out_of_reading(data: Path) -> None:
    check = ev.check_paths("heldout-s44,heldout-s45", data)
    assert [p.stem for p in ev.reading_paths(check, data)] == [
        "evidence-gold",
        "evidence-heldout-s9",
    ]
    every = ev.reading_paths(ev.check_paths("gold", data), data)
    assert [p.stem for p in every] == [
        "evidence-heldout-s44",
        "evidence-heldout-s45",
        "evidence-heldout-s9",
    ]


def test_check_sets_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--before", "a", "--src", "b", "--out", "c.json"]
    with pytest.raises(SystemExit):
        ev.parser().parse_args(argv)
    assert "--check-sets" in capsys.readouterr().err
    args = ev.parser().parse_args([*argv, "--check-sets", "heldout-s44"])
    assert args.check_sets == "heldout-s44" and not args.check


def test_main_names_an_unknown_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["x", "--before", "a", "--src", "b", "--out", "c.json", "--check-sets", "nosuch-s0"]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exit_:
        ev.main()
    assert exit_.value.code == 2
    assert "'nosuch-s0'" in capsys.readouterr().err
