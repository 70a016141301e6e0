"""Session 32's trial (a newsroom's data engineer sets accord up for a desk): the workbench
behind a reverse proxy and the addresses it prints (docs/trial-2026-12-06-s32.md, findings 1
and 9). Each test failed on 077fa576's source."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from accord.cli.serve_commands import access, shown_host
from accord.errors import AccordError
from accord.web import WebSettings, create_app
from tests.web.helpers import log_in

TOKEN = "a-desk-token-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def loopback_client(tmp_path: Path) -> TestClient:
    """A workbench as ``accord serve`` on loopback makes it: reads open."""
    allowed, open_reads, _notes = access("127.0.0.1", [])
    settings = WebSettings(
        db=str(tmp_path / "s.db"), token=TOKEN, allowed_hosts=(*allowed, "testserver")
    )
    assert open_reads and settings.open_reads
    return TestClient(create_app(settings))


@pytest.mark.parametrize(
    "header",
    [
        {"X-Forwarded-For": "203.0.113.9"},
        {"Forwarded": "for=203.0.113.9;proto=https"},
        {"X-Real-IP": "203.0.113.9"},
        {"X-Forwarded-Host": "desk.example.org"},
    ],
)
def test_a_proxied_read_on_loopback_needs_the_token(
    loopback_client: TestClient, header: dict[str, str]
) -> None:
    """A proxy on the same machine connects from loopback and (nginx's default) sends the
    upstream's name as Host: its clients read everything without the token before the fix."""
    with loopback_client as client:
        refused = client.get("/api/v1/documents", headers=header)
        assert refused.status_code == 401, refused.text
        message = refused.json()["error"]["message"]
        assert "came through a proxy" in message and "reading needs the token" in message
        assert client.get("/scenarios", headers=header).status_code == 401  # the pages too
        assert client.get("/api/v1/documents", headers=header | BEARER).status_code == 200
        # the login form stays open, so a browser behind the proxy can get its session
        login = log_in(client, TOKEN, headers=header)
        assert login.status_code == 303
        assert client.get("/scenarios", headers=header).status_code == 200  # by its cookie


def test_a_direct_read_on_loopback_stays_open(loopback_client: TestClient) -> None:
    with loopback_client as client:
        assert client.get("/api/v1/documents").status_code == 200
        assert client.get("/scenarios").status_code == 200


def test_allow_host_answers_the_proxys_name_and_closes_reads(tmp_path: Path) -> None:
    allowed, open_reads, notes = access("127.0.0.1", ["Desk.Example.org"])
    assert "desk.example.org" in allowed and not open_reads
    assert any("--allow-host" in note and "reading needs the token" in note for note in notes)
    settings = WebSettings(
        db=str(tmp_path / "s.db"), token=TOKEN, allowed_hosts=allowed, open_reads=open_reads
    )
    with TestClient(create_app(settings), base_url="http://desk.example.org") as client:
        assert client.get("/api/v1/documents").status_code == 401
        assert client.get("/api/v1/documents", headers=BEARER).status_code == 200
        other = client.get("/api/v1/documents", headers=BEARER | {"Host": "evil.example"})
        assert other.status_code == 400 and other.json()["error"]["type"] == "UntrustedHost"
        assert "--allow-host" in other.json()["error"]["message"]


@pytest.mark.parametrize("given", ["", "http://desk.example.org/", "desk example", "a:b:c"])
def test_allow_host_refuses_what_is_not_a_host_name(given: str) -> None:
    with pytest.raises(AccordError, match="--allow-host: expected a host name"):
        access("127.0.0.1", [given])


def test_binding_every_interface_prints_the_machines_name() -> None:
    """``--host 0.0.0.0`` printed ``log in at http://0.0.0.0:8741/login?token=...``."""
    assert shown_host("0.0.0.0") == (socket.gethostname(), ", bound to 0.0.0.0")
    assert shown_host("127.0.0.1") == ("127.0.0.1", "")
    assert shown_host("::1") == ("[::1]", "")
