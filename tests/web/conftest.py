"""Fixtures for the workbench tests: an app on a fresh SQLite store, clients with and without
the write token, and a client logged in through the login form."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette prefers httpx2; httpx works the same here
    from fastapi.testclient import TestClient

from accord.web import WebSettings, create_app

TOKEN = "test-token-0123456789abcdef"
SEED_ARTICLE = Path(__file__).resolve().parents[2].parent / "shared" / "seed"


@pytest.fixture
def settings(tmp_path: Path) -> WebSettings:
    return WebSettings(db=str(tmp_path / "web.db"), token=TOKEN, max_upload_bytes=1024 * 1024)


@pytest.fixture
def client(settings: WebSettings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture(scope="session")
def token() -> str:
    return TOKEN


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def browser(client: TestClient) -> TestClient:
    """The same client after logging in with the login form: it holds the session cookie."""
    from tests.web.helpers import log_in

    response = log_in(client, TOKEN)
    assert response.status_code == 303
    return client


@pytest.fixture
def seed_article() -> Path:
    files = sorted(SEED_ARTICLE.glob("*.txt"))
    if not files:
        pytest.skip("../shared/seed is not present")
    return files[0]
