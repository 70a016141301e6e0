"""Session 44 (notices): ``accord ingest --help`` named its argument by the parameter's Python
name, ``{inputs}...`` (the packaging trial, docs/trial-2026-12-07-s44-pkg.md); the commands that
name their arguments do it in capitals (``accord backup {COPY}``, ``accord ledger show {ID}``).
"""

from __future__ import annotations

import re

from typer.testing import CliRunner

from accord.cli import app


def _usage(*command: str) -> str:
    done = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    assert done.exit_code == 0, done.output
    return next(line.strip() for line in done.output.splitlines() if "Usage:" in line)


def test_ingest_usage_names_its_paths_as_the_other_commands_name_arguments() -> None:
    usage = _usage("ingest")
    # since session 45 a variadic argument reads PATH..., no braces (tests/cli/test_leftovers_s45)
    assert usage.endswith("ingest [OPTIONS] PATH..."), usage
    assert "inputs" not in usage
    # named in capitals as the commands that name their argument
    # (``{COPY}``, ``{ID}`` until session 46: tests/cli/test_leftovers_s46.py)
    assert _usage("backup").endswith("backup [OPTIONS] COPY")
    assert _usage("ledger", "show").endswith("show [OPTIONS] ID")
    for usage in (_usage("backup"), _usage("ledger", "show"), _usage("ingest")):
        assert re.search(r" [A-Z]+(\.\.\.)?$", usage), usage


def test_ingest_without_a_path_names_the_argument_as_its_usage_does() -> None:
    done = CliRunner().invoke(app, ["ingest"])
    assert done.exit_code == 2
    assert "Missing argument 'PATH'" in done.output, done.output  # PATH... until session 45
