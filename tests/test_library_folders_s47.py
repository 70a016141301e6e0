"""Session 47 (leftovers), item 2: the library's writers refuse a missing folder, as the CLI.

Session 46 made the command line refuse ``--out`` into a folder that is not there (exit 2,
:func:`accord.outputs.check_writable`); the library's writers, all through
:func:`accord.scenario.io.replace_atomically`, still made the folder tree without a word, so a
notebook's typo in a path made new folders. Both keep one rule now
(:func:`accord.outputs.require_folder`): a :class:`DataError` naming the path and the outermost
missing folder, nothing written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import accord
from accord.errors import DataError
from accord.forecast import forecast
from accord.news.export import write_export
from accord.outputs import check_writable
from accord.report import write_report
from accord.scenario.catalogue import load_bundled
from accord.scenario.stance_table import write_csv_folder


def _refused(call: Callable[[Path], object], path: Path, missing: Path) -> None:
    with pytest.raises(DataError) as caught:
        call(path)
    said = str(caught.value)
    assert said == (
        f"{path}: no folder {missing} (nothing written); make the folder first, or correct the path"
    )
    assert not missing.exists()


def test_save_write_report_and_export_refuse_a_missing_folder(tmp_path: Path) -> None:
    """Failed before session 47: each made ``typo/deeper`` and wrote the file."""
    scenario = load_bundled("doha-2020-02")
    missing = tmp_path / "typo"
    target = missing / "deeper"
    _refused(lambda p: accord.save(scenario, p), target / "case.yaml", missing)
    _refused(lambda p: write_report(forecast(scenario), p), target / "r.html", missing)
    _refused(lambda p: write_export([], "plover-json", p), target / "events.json", missing)
    _refused(lambda p: write_csv_folder(scenario, p), target / "tables", missing)
    accord.save(scenario, tmp_path / "case.yaml")  # a folder that exists, as before
    write_csv_folder(scenario, tmp_path / "tables")  # a new folder in one that exists
    assert (tmp_path / "tables" / "stances.csv").is_file()


def test_the_library_and_the_command_line_say_the_same(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "x.csv"
    with pytest.raises(DataError) as cli:
        check_writable(path, "--out")
    with pytest.raises(DataError) as library:
        write_export([], "plover-json", path)
    assert str(cli.value) == f"--out {library.value}"
