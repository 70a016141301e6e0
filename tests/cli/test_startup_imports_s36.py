"""Commands import only what they use (session 36, s36-suitetime).

A plain ``accord forecast`` imported the ledger (SQLAlchemy and Alembic's neighbours, a third
of a second) to read an environment variable that only ``--report`` uses, and every reader of
the shipped UN-votes model (``accord votes ukraine``, a forecast's draft votes) imported
scikit-learn's metrics (1.5 s) for a function that only fitting calls. Each line of the README
pays its start-up once per run, and so does every test that starts the CLI. What the commands
print is unchanged (tests/cli/test_readme_examples.py, tests/ledger/test_ledger_cli.py's
report tests); these tests keep the imports from coming back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT


def _run_and_list_modules(args: list[str], env: dict[str, str]) -> tuple[str, set[str]]:
    """``accord ARGS`` in a fresh interpreter (in the repository, so that a relative
    ``PYTHONPATH=src`` finds this checkout): its stdout, then the modules it imported."""
    code = (
        "import json, sys\n"
        f"sys.argv = ['accord', *{args!r}]\n"
        "from accord.cli import main\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print('MODULES ' + json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    out, _, listed = done.stdout.rpartition("MODULES ")
    return out, set(json.loads(listed))


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env["ACCORD_DB"] = str(tmp_path / "accord.db")  # as the README's examples set it
    env.pop("ACCORD_LEDGER_DB", None)
    return env


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules} | {m for m in modules if m.startswith("accord.")}


def test_a_plain_forecast_imports_neither_the_ledger_nor_sqlalchemy(tmp_path: Path) -> None:
    out, modules = _run_and_list_modules(["forecast"], _env(tmp_path))
    assert "ukraine-2025-02" in out
    names = _top(modules)
    assert "sqlalchemy" not in names
    assert not any(m.startswith("accord.ledger") for m in names)
    assert not (tmp_path / "accord.db").exists()


def test_a_report_still_reads_the_ledger_the_environment_names(tmp_path: Path) -> None:
    """The ledger is imported where ``--report`` reads its history (and only then)."""
    report = tmp_path / "r.html"
    _, modules = _run_and_list_modules(["forecast", "--report", str(report)], _env(tmp_path))
    assert "accord.ledger" in modules
    assert report.is_file()


@pytest.mark.parametrize("args", [["votes", "ukraine"], ["forecast", "--votes"]])
def test_reading_the_shipped_votes_model_does_not_import_scikit_learn(
    args: list[str], tmp_path: Path
) -> None:
    out, modules = _run_and_list_modules(args, _env(tmp_path))
    assert out.strip()
    assert "sklearn" not in _top(modules)


def test_fitting_the_followers_model_still_finds_log_loss() -> None:
    """The function that uses scikit-learn's ``log_loss`` imports it where it runs."""
    from accord.institutions.unvotes import followers

    assert "log_loss" not in vars(followers)
    source = Path(followers.__file__).read_text(encoding="utf-8")
    assert "from sklearn.metrics import log_loss" in source
