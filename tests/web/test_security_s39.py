"""Session 39's security trial (a reviewer audits the workbench and the stores before a team
shares them; docs/trial-2026-12-07-s39-security.md): the workbench's defects found. Each test
failed on b3f68411's source."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

import accord
from accord.web import WebSettings, create_app

TOKEN = "a-security-token-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
SRC = str(Path(accord.__file__).resolve().parents[1])  # the accord under test, old or new


def _client(tmp_path: Path, **settings: Any) -> TestClient:
    return TestClient(create_app(WebSettings(db=str(tmp_path / "s.db"), token=TOKEN, **settings)))


def _run(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter: a crash in C (a segmentation fault) ends that process,
    not the test run, and shows as a negative return code."""
    env = dict(os.environ, PYTHONPATH=SRC)
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_deeply_nested_yaml_upload_is_refused_not_a_crash(tmp_path: Path) -> None:
    """100,000 nested ``[`` (200 kB, under the 8 MiB upload limit) overflowed libyaml's C stack:
    the upload killed the workbench with a segmentation fault, and `accord validate` too."""
    (tmp_path / "deep.yaml").write_text("id: " + "[" * 100_000 + "]" * 100_000 + "\n")
    done = _run(
        f"""
        from pathlib import Path
        from fastapi.testclient import TestClient
        from accord.web import WebSettings, create_app
        app = create_app(WebSettings(db="s.db", token="{TOKEN}"))
        with TestClient(app) as client:
            raw = Path("deep.yaml").read_bytes()
            answer = client.post(
                "/api/v1/scenarios/upload",
                files={{"file": ("deep.yaml", raw)}},
                headers={{"Authorization": "Bearer {TOKEN}"}},
            )
            print(answer.status_code, answer.json()["error"]["message"])
            print(client.get("/api/v1/engines").status_code)
        """,
        tmp_path,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    lines = done.stdout.splitlines()
    assert lines[0] == "422 deep.yaml: nested too deeply (more than 64 levels)", lines
    assert lines[1] == "200"  # the workbench answers on
    cli = subprocess.run(
        [sys.executable, "-m", "accord", "validate", "deep.yaml"],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=SRC),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert cli.returncode in (1, 2), (cli.returncode, cli.stderr[-2000:])
    assert "nested too deeply" in cli.stdout + cli.stderr
