"""Session 39's security trial (docs/trial-2026-12-07-s39-security.md): a body file of one's
own nested deeply (`accord power --body FILE`) ended in a RecursionError traceback. Failed on
b3f68411's source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import accord

SRC = str(Path(accord.__file__).resolve().parents[1])


def test_a_deeply_nested_body_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    body = tmp_path / "body.yaml"
    body.write_text("id: " + "[" * 3000 + "]" * 3000 + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "accord", "power", "--body", str(body)],
        env=dict(os.environ, PYTHONPATH=SRC),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert "nested too deeply" in done.stderr
