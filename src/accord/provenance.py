"""Which accord made a result: its version and, in a git checkout, the commit of its code.

accord's version number (``accord.__version__``) has stayed 0.1.0 through every development
session, so on its own it cannot tell a reader which code made a figure. Where accord runs from
a git checkout (the quick start's ``pip install -e .``, or ``PYTHONPATH=src``), the commit of
that checkout does, with ``dirty`` where files under ``src/`` differ from it. Exports a reviewer
would archive (a forecast's JSON, its tidy table, the HTML report, a comparison and a backtest)
carry :func:`provenance` or :func:`version_string` (session 33's trial).

Examples
--------
>>> from accord.provenance import provenance, version_string
>>> sorted(provenance())
['commit', 'dirty', 'version']
>>> version_string().startswith(provenance()["version"])
True
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["provenance", "version_string"]


def _git(root: Path, *args: str) -> str | None:
    """The stripped output of ``git -C root ARGS``, or None if git is missing or fails."""
    import subprocess  # here, not at the top: a command that exports nothing never loads it

    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}  # a read must never take git's index lock
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            timeout=5,
            env=env,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


@lru_cache(maxsize=1)
def provenance() -> dict[str, Any]:
    """``{"version", "commit", "dirty"}``: accord's version; the commit of the git checkout
    its code runs from (None for an installed copy that is not a checkout, or without git);
    whether files under that checkout's ``src/`` differ from the commit (None with no commit).
    Computed once a process, when first asked for (one ``git status``, some 8-15 ms: a
    command that exports nothing never pays it)."""
    from accord import __version__

    out: dict[str, Any] = {"version": __version__, "commit": None, "dirty": None}
    root = Path(__file__).resolve().parents[2]  # src/accord/provenance.py -> the checkout
    if not (root / ".git").exists() or not (root / "src" / "accord").is_dir():
        return out
    # one git process, not two (rev-parse, then status): its `# branch.oid` header is the
    # commit and any other line a file under src/ that differs (docs/benchmarks.md, session 34)
    status = _git(root, "status", "--porcelain=v2", "--branch", "--", "src")
    if status is None:
        return out
    lines = status.splitlines()
    heads = [line.split()[2] for line in lines if line.startswith("# branch.oid ")]
    if not heads or heads[0] == "(initial)":  # a repository with no commit yet
        return out
    out["commit"] = heads[0]
    out["dirty"] = any(not line.startswith("#") for line in lines)
    return out


def version_string() -> str:
    """One string for a table's column or a report's line: ``0.1.0``, or with the commit
    ``0.1.0+a7a0042d1234`` (twelve hex digits), ending ``.dirty`` where ``src/`` differs."""
    info = provenance()
    text = str(info["version"])
    if info["commit"]:
        text += f"+{str(info['commit'])[:12]}" + (".dirty" if info["dirty"] else "")
    return text
