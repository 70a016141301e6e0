"""``python -m accord`` runs the same command line as the ``accord`` script (session 17)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import accord
from accord.cli.commands import COMMANDS
from tests.helpers import accord_command


def _checkout_env() -> dict[str, str]:
    """The environment with this checkout's accord first on the path (not an installed copy)."""
    source_root = str(Path(accord.__file__).resolve().parent.parent)
    path = os.pathsep.join(filter(None, [source_root, os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def _python_m_accord(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m accord ARGS`` in a fresh interpreter."""
    return subprocess.run(
        accord_command(*args), capture_output=True, text=True, env=_checkout_env()
    )


def test_version_and_help_name_the_module_invocation() -> None:
    done = _python_m_accord("--version")
    assert done.returncode == 0, done.stderr
    # the commit follows in a git checkout (session 33: accord.provenance)
    line = rf"accord {re.escape(accord.__version__)}( \(commit [0-9a-f]{{40}}(, src modified)?\))?"
    assert re.fullmatch(line, done.stdout.strip()), done.stdout
    helped = _python_m_accord("--help")
    assert helped.returncode == 0, helped.stderr
    assert "python -m accord" in helped.stdout
    for name in COMMANDS:
        assert name in helped.stdout


def test_a_command_runs_and_a_library_error_is_one_line_with_status_2() -> None:
    listed = _python_m_accord("scenarios")
    assert listed.returncode == 0, listed.stderr
    assert "ukraine-2025-02" in listed.stdout
    failed = _python_m_accord("show", "no-such-scenario")
    assert failed.returncode == 2
    assert "Traceback" not in failed.stderr
    assert "no-such-scenario" in failed.stderr


def test_help_through_the_module_imports_none_of_the_heavy_stack() -> None:
    # The module calls the lazy CLI, so `python -m accord --help` starts as fast as `accord --help`.
    code = (
        "import runpy, sys\n"
        "sys.argv = ['accord', '--help']\n"
        "try:\n    runpy.run_module('accord', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('numpy', 'pydantic', 'sqlalchemy', 'scipy')\n"
        "print('HEAVY', [m for m in heavy if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=_checkout_env(),
    )
    assert "HEAVY []" in done.stdout
