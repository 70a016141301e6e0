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
from urllib.parse import quote

from fastapi.testclient import TestClient

import accord
from accord.web import WebSettings, create_app
from tests.helpers import accord_process
from tests.web.helpers import log_in

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
    cli = accord_process("validate", "deep.yaml", cwd=tmp_path)
    assert cli.returncode in (1, 2), (cli.returncode, cli.stderr[-2000:])
    assert "nested too deeply" in cli.stdout + cli.stderr


def _scenario(client: TestClient, scenario_id: str) -> dict[str, Any]:
    data: dict[str, Any] = client.get("/api/v1/scenarios/ukraine-2025-02").json()
    return data | {"id": scenario_id}


def test_a_scenario_id_in_any_script_downloads(tmp_path: Path) -> None:
    """A Cyrillic id made the download a 500 (a header is Latin-1); an id holding a carriage
    return made an answer the server dropped unsent: such an id is refused since session 39
    (no control character in an identifier), and the header is made safe whatever it holds."""
    from accord.web.api import disposition

    assert disposition("attachment", "cr\rSet-Cookie: x=1.yaml") == (
        'attachment; filename="crSet-Cookie: x=1.yaml"'
    )
    with _client(tmp_path) as client:
        refused = client.post(
            "/api/v1/scenarios",
            json={"scenario": _scenario(client, "cr\rSet-Cookie: x=1")},
            headers=BEARER,
        )
        assert refused.status_code == 422, refused.text
        assert "control characters" in refused.text
        for scenario_id, plain in (
            ("переговоры-ü", "__________-_.yaml"),
            ('quote"back\\slash', "quote_back_slash.yaml"),
        ):
            saved = client.post(
                "/api/v1/scenarios",
                json={"scenario": _scenario(client, scenario_id)},
                headers=BEARER,
            )
            assert saved.status_code == 201, saved.text
            answer = client.get(f"/api/v1/scenarios/{quote(scenario_id, safe='')}/download")
            assert answer.status_code == 200, answer.text
            header = answer.headers["content-disposition"]
            assert header.startswith(f'attachment; filename="{plain}"'), header
            assert "\r" not in header and "set-cookie" not in answer.headers
        header = client.get(f"/api/v1/scenarios/{quote('переговоры-ü', safe='')}/download").headers[
            "content-disposition"
        ]
        assert header.endswith("; filename*=UTF-8''" + quote("переговоры-ü.yaml", safe=""))
        plain_id = client.get("/api/v1/scenarios/ukraine-2025-02/download?format=json")
        assert (
            plain_id.headers["content-disposition"] == 'attachment; filename="ukraine-2025-02.json"'
        )


def test_a_fault_of_the_workbench_is_a_500_with_the_headers_and_no_details(
    tmp_path: Path,
) -> None:
    """Starlette's plain-text "Internal Server Error", without the security headers, as text
    under /api/ too; the fault's text (here a path) must not reach the client either way."""
    app = create_app(WebSettings(db=str(tmp_path / "s.db"), token=TOKEN))

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("/srv/accord/secret/path.db: boom")

    app.state.workbench.download = broken
    app.state.workbench.downloads = broken
    with TestClient(app, raise_server_exceptions=False) as client:
        api = client.get("/api/v1/scenarios/ukraine-2025-02/download")
        assert api.status_code == 500
        assert api.headers["content-type"] == "application/json"
        assert api.json()["error"]["type"] == "InternalError"
        page = client.get("/scenarios")
        assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
        for answer in (api, page):
            assert "secret" not in answer.text and "boom" not in answer.text
            assert "Traceback" not in answer.text
            assert answer.headers["content-security-policy"].startswith("default-src 'self'")
            assert answer.headers["x-content-type-options"] == "nosniff"
            assert answer.headers["x-frame-options"] == "DENY"


def test_private_closes_reads_on_loopback(tmp_path: Path) -> None:
    """Every account of a shared server reaches loopback: reads there were open to all, and no
    option closed them (only --allow-host did, by the way)."""
    from accord.cli.serve_commands import access

    allowed, open_reads, notes = access("127.0.0.1", [], private=True)
    assert not open_reads and any("--private" in note for note in notes)
    settings = WebSettings(
        db=str(tmp_path / "s.db"),
        token=TOKEN,
        allowed_hosts=(*allowed, "testserver"),
        open_reads=open_reads,
    )
    with TestClient(create_app(settings)) as client:
        for path in ("/api/v1/scenarios", "/scenarios", "/api/v1/documents"):
            refused = client.get(path)
            assert refused.status_code == 401, (path, refused.text)
        refused = client.post(
            "/api/v1/forecast", json={"scenario": "ukraine-2025-02", "engine": "mean"}
        )
        assert refused.status_code == 401  # a computation is a read: closed too
        assert client.get("/api/v1/scenarios", headers=BEARER).status_code == 200
        assert log_in(client, TOKEN).status_code == 303
        assert client.get("/scenarios").status_code == 200  # by the session cookie
    assert access("127.0.0.1", [])[1]  # without --private, loopback reads stay open


def test_serve_takes_private(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "accord", "serve", "--help"],
        env=dict(os.environ, PYTHONPATH=SRC, COLUMNS="200"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "--private" in done.stdout


def test_a_misspelt_field_is_refused_not_ignored(tmp_path: Path) -> None:
    """``run`` for ``runs`` was ignored: a 200 with a single forecast where 5,000 runs were
    asked; a scenario's own unknown fields were always refused."""
    with _client(tmp_path) as client:
        refused = client.post(
            "/api/v1/forecast", json={"scenario": "ukraine-2025-02", "engine": "mean", "run": 50}
        )
        assert refused.status_code == 422, refused.text
        problem = refused.json()["error"]["problems"][0]
        assert problem["path"] == "body.run" and problem["value"] == 50
        assert problem["message"].startswith("unknown field")
        nested = client.post(
            "/api/v1/compare/scenarios",
            json={"a": {"scenario": "ukraine-2025-02", "verison": 1}, "b": {}},
        )
        assert nested.status_code == 422
        assert nested.json()["error"]["problems"][0]["path"] == "body.a.verison"
        article = client.post(
            "/api/v1/ingest/text", json={"text": "x", "headline": "y"}, headers=BEARER
        )
        assert article.status_code == 422
        spelt = client.post(
            "/api/v1/forecast", json={"scenario": "ukraine-2025-02", "engine": "mean", "runs": 5}
        )
        assert spelt.status_code == 200, spelt.text
