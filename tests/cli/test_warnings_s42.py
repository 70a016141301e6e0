"""Python warnings under ``accord -q`` / ``-qq`` (session 42, s42-tidy; session 41's closing
note): a warning raised by a dependency while a command runs is said as every other warning of
the CLI, one line labelled ``warning:`` by :func:`accord.cli.app.say_warning`, kept by ``-q``
and left out by ``-qq``. Until session 42 it printed in Python's own form (the full path, the
line number, the category and the source line), the one unlabelled kind of line on stderr.

The command that warns is real: ``accord show`` reads a stance-table workbook whose stylesheet
has no named cell styles (some spreadsheet exporters write them so), and openpyxl says
``Workbook contains no default style, apply openpyxl's default`` (a ``UserWarning``).
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from accord.cli import app
from tests.helpers import accord_process

runner = CliRunner()

cli_app = importlib.import_module("accord.cli.app")  # the module: ``accord.cli.app`` is the app

OPENPYXL_LINE = re.compile(
    r"warning: Workbook contains no default style, apply openpyxl's default "
    r"\(UserWarning, openpyxl/styles/stylesheet\.py:\d+\)"
)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bundled scenario as a stance-table workbook (``accord convert``), its stylesheet's
    ``cellStyles`` (the named styles, "Normal" among them) taken out."""
    pytest.importorskip("openpyxl")
    folder = tmp_path_factory.mktemp("workbook")
    written = folder / "written.xlsx"
    done = runner.invoke(app, ["convert", "ec-emissions-1994", str(written)])
    assert done.exit_code == 0, done.output
    target = folder / "no-named-styles.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/styles.xml":
                data, count = re.subn(rb"<cellStyles[^>]*>.*?</cellStyles>", b"", data, flags=re.S)
                assert count == 1
            out.writestr(info, data)
    return target


def test_a_dependency_warning_is_said_labelled_and_follows_the_quiet_level(
    workbook: Path,
) -> None:
    done = {level: runner.invoke(app, [*flags, "show", str(workbook)])
            for level, flags in enumerate(([], ["-q"], ["-qq"]))}  # fmt: skip
    for result in done.values():
        assert result.exit_code == 0, result.output
    assert done[0].stdout == done[1].stdout == done[2].stdout
    assert "ec-emissions-1994" in done[0].stdout
    for level in (0, 1):
        said = done[level].stderr.splitlines()
        assert len(said) == 1 and OPENPYXL_LINE.fullmatch(said[0]), said
    assert done[2].stderr == ""


def test_a_process_shows_no_raw_warning(workbook: Path) -> None:
    """The way a user meets it: a process of its own, stderr a pipe."""
    loud = accord_process("show", str(workbook))
    silent = accord_process("-qq", "show", str(workbook))
    assert loud.returncode == silent.returncode == 0, loud.stderr
    said = loud.stderr.splitlines()
    assert len(said) == 1 and OPENPYXL_LINE.fullmatch(said[0]), said
    assert "warn(" not in loud.stderr  # Python's form quoted the source line
    assert silent.stderr == "" and silent.stdout == loud.stdout


@pytest.mark.parametrize("level", [0, 1, 2], ids=["loud", "quiet", "silent"])
def test_a_numpy_overflow_is_said_unless_silent(
    capsys: pytest.CaptureFixture[str], level: int
) -> None:
    """docs: numerical overflow is an error or a warning, never silent. No command was found
    that lets one through (the engines compute under ``np.errstate`` and check the result,
    tests/cli/test_no_numpy_warnings.py), so a real overflow is raised here under the hook a
    command runs with; without ``-qq`` it is said, labelled, with its category."""
    try:
        cli_app.set_quiet(level)
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = cli_app._show_warning
            with np.errstate(over="warn"):
                value = np.float64(1e308) * np.float64(10.0)
    finally:
        cli_app.set_quiet(0)
    assert np.isinf(value)
    said = capsys.readouterr().err.splitlines()
    if level == 2:
        assert said == []
    else:
        assert len(said) == 1
        assert re.fullmatch(
            r"warning: overflow encountered in [\w ]+ "
            r"\(RuntimeWarning, [\w/]*test_warnings_s42\.py:\d+\)",
            said[0],
        ), said


def test_a_message_of_several_lines_is_said_on_one(capsys: pytest.CaptureFixture[str]) -> None:
    """scikit-learn's ``ConvergenceWarning`` is a paragraph of several lines; piped, a warning
    is one line, for the tools that read the log."""
    where = str(Path(np.__file__).parent / "linalg" / "x.py")  # under site-packages
    cli_app._show_warning("did not converge.\n\nIncrease max_iter.", UserWarning, where, 7)
    cli_app._show_warning("an accord warning", cli_app.AccordWarning, where, 7)
    assert capsys.readouterr().err.splitlines() == [
        "warning: did not converge. Increase max_iter. (UserWarning, numpy/linalg/x.py:7)",
        "warning: an accord warning",
    ]


def test_the_library_leaves_showwarning_alone() -> None:
    """The hook is the command line's: importing accord (its CLI included) and using it from
    Python leaves :data:`warnings.showwarning` as it was, for a notebook's or a host's own."""
    code = (
        "import warnings\n"
        "before = warnings.showwarning\n"
        "import accord, accord.cli\n"
        "accord.forecast('ec-emissions-1994', 'mean', runs=5, seed=1)\n"
        "print(warnings.showwarning is before)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
