"""Session 36 (honest), task 2: a number the user gave is never narrowed without a word.
``votes evaluate --first-session F`` before the training window trained from the window's
first session and said nothing; it says so now (on stderr: the JSON stays one document)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from tests.institutions.test_unvotes import write_dir


@pytest.fixture(scope="module")
def votes_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("unvotes")
    write_dir(path, members=12, calls=90, sessions=18)
    return path


def _evaluate(votes_dir: Path, *more: str) -> tuple[int, str, str]:
    args = ["votes", "evaluate", "--data", str(votes_dir), "--holdout-session", "18", *more]
    result = CliRunner().invoke(app, [*args, "--json"])
    return result.exit_code, result.stdout, result.stderr


def test_a_first_session_before_the_window_is_said(votes_dir: Path) -> None:
    from accord.institutions.unvotes import Settings

    window = Settings().sessions
    code, stdout, stderr = _evaluate(votes_dir, "--first-session", "1")
    assert code == 0, stdout + stderr
    said = " ".join(stderr.split())
    assert (
        f"--first-session 1: the model trains on at most the {window} sessions before the "
        f"held-out one, so from session {18 - window} (not 1)"
    ) in said
    trained = json.loads(stdout)["trained_sessions"]
    assert min(trained) == 18 - window  # what the note says is what was done


def test_a_first_session_inside_the_window_says_nothing(votes_dir: Path) -> None:
    code, stdout, stderr = _evaluate(votes_dir, "--first-session", "10")
    assert code == 0, stdout + stderr
    assert "--first-session" not in stderr
    assert min(json.loads(stdout)["trained_sessions"]) == 10
