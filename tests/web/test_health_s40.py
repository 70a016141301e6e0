"""Session 40's operations trial (docs/trial-2026-12-07-s40-ops.md, finding 3): the
workbench's health check for a load balancer. Before the fix ``/healthz`` was a 404 and every
other address a 401 without the token (``--private``, off loopback, behind a proxy), so a
probe could not tell a running workbench from a broken one."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from accord.web import WebSettings, create_app

TOKEN = "a-desk-token-0123456789"


def _app(tmp_path: Path, **settings: object) -> TestClient:
    base = {"db": str(tmp_path / "s.db"), "token": TOKEN, "open_reads": False}
    return TestClient(create_app(WebSettings(**(base | settings))))  # type: ignore[arg-type]


def test_the_health_check_answers_without_the_token(tmp_path: Path) -> None:
    with _app(tmp_path) as client:
        assert client.get("/api/v1/documents").status_code == 401  # reading needs the token
        answer = client.get("/healthz")
        assert answer.status_code == 200, answer.text
        assert answer.json() == {"status": "ok"}
        assert answer.headers["cache-control"] == "no-store"
        assert client.head("/healthz").status_code == 200
        # through a proxy, which makes every other read need the token on loopback too
        proxied = client.get("/healthz", headers={"X-Forwarded-For": "203.0.113.9"})
        assert proxied.status_code == 200


def test_the_health_check_under_a_path_prefix(tmp_path: Path) -> None:
    """Behind a proxy that passes ``/accord`` on, or strips it, or asked directly."""
    with _app(tmp_path, root_path="/accord") as client:
        for path in ("/accord/healthz", "/healthz"):
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.text)
            assert answer.json() == {"status": "ok"}


def test_the_health_check_says_when_the_database_does_not_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(WebSettings(db=str(tmp_path / "s.db"), token=TOKEN, open_reads=False))
    with TestClient(app) as client:
        engine = app.state.workbench.store.engine

        def refuse(*_args: object, **_kwargs: object) -> None:
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

        with monkeypatch.context() as patched:
            patched.setattr(engine, "connect", refuse)
            answer = client.get("/healthz")
        assert answer.status_code == 503
        assert answer.json() == {"status": "unavailable"}  # names neither the URL nor the error
        assert str(tmp_path) not in answer.text
        assert client.get("/healthz").status_code == 200


def test_private_workbench_serves_its_openapi_document_to_token_holders_only(
    tmp_path: Path,
) -> None:
    """Under ``accord serve --private`` the OpenAPI document needs the token as every read
    does; FastAPI's own route skipped the app's read check (session 40's trial, finding 11)."""
    app = create_app(WebSettings(db=str(tmp_path / "s.db"), token=TOKEN, open_reads=False))
    with TestClient(app) as client:
        assert client.get("/api/v1/openapi.json").status_code == 401
        signed = {"Authorization": f"Bearer {TOKEN}"}
        answer = client.get("/api/v1/openapi.json", headers=signed)
        assert answer.status_code == 200
        assert "/api/v1/ledger/scores" in answer.json()["paths"]
