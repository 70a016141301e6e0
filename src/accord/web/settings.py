"""What one running workbench is configured with: its database, write token and limits."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

TOKEN_ENV = "ACCORD_TOKEN"
"""Environment variable holding the write token; without it one is generated at start."""

DEFAULT_MAX_UPLOAD = 8 * 1024 * 1024
"""Largest request body accepted (bytes): a hand-sized scenario or a batch of articles fits."""


def _token_from_env() -> str:
    return os.environ.get(TOKEN_ENV) or secrets.token_urlsafe(24)


@dataclass(frozen=True)
class WebSettings:
    """Settings of one app instance.

    ``db``: database URL or SQLite path for the news store and the scenario versions (None:
    ``$ACCORD_DB`` or ``~/.accord/accord.db``). ``token``: the secret every write must carry.
    ``allowed_hosts``: values of the Host header answered (others get 400), which stops DNS
    rebinding from turning a web page into a client of this loopback server.
    """

    db: str | None = None
    token: str = field(default_factory=_token_from_env)
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]", "testserver")
    job_workers: int = 2
    open_reads: bool = True
    """Reading without the token: on for loopback; ``accord serve --host`` with another
    address turns it off, so that the network sees nothing without the token either."""
