"""Session 39's security trial (docs/trial-2026-12-07-s39-security.md): a body file of one's
own nested deeply (`accord power --body FILE`) ended in a RecursionError traceback. Failed on
b3f68411's source."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import accord_process


def test_a_deeply_nested_body_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    body = tmp_path / "body.yaml"
    body.write_text("id: " + "[" * 3000 + "]" * 3000 + "\n")
    done = accord_process("power", "--body", str(body))
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert "nested too deeply" in done.stderr
