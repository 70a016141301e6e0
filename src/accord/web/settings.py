"""What one running workbench is configured with: its database, write token and limits."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

TOKEN_ENV = "ACCORD_TOKEN"
"""Environment variable holding the write token; without it one is generated at start."""

DEFAULT_MAX_UPLOAD = 8 * 1024 * 1024
"""Largest request body accepted (bytes): a hand-sized scenario or a batch of articles fits."""


DEFAULT_SESSION_HOURS = 12.0
"""How long a browser's login lasts (the session cookie's Max-Age and the server's expiry): a
working day; ``accord serve --session-hours`` changes it."""


def default_forecast_slots() -> int:
    """Inline computations at once (``accord serve --max-concurrent-forecasts``): one per CPU
    this process may run on, at least 2. Each runs in this process on one core, so more would
    only share the cores, and the pages and the API need a core to answer too."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform
        cpus = os.cpu_count() or 1
    return max(2, cpus)


def _token_from_env() -> str:
    return os.environ.get(TOKEN_ENV) or secrets.token_urlsafe(24)


@dataclass(frozen=True)
class WebSettings:
    """Settings of one app instance.

    ``db``: database URL or SQLite path for the news store and the scenario versions (None:
    ``$ACCORD_DB`` or ``~/.accord/accord.db``). ``token``: the secret every write must carry.
    ``allowed_hosts``: values of the Host header answered (others get 400), which stops DNS
    rebinding from turning a web page into a client of this loopback server. ``root_path``:
    the path prefix a reverse proxy serves the workbench under (``/accord``; '' for none), as
    :func:`root_path` checks it.
    """

    db: str | None = None
    token: str = field(default_factory=_token_from_env)
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]", "testserver")
    job_workers: int = 2
    root_path: str = ""
    open_reads: bool = True
    """Reading without the token: on for loopback; ``accord serve --host`` with another
    address turns it off, so that the network sees nothing without the token either."""
    session_hours: float = DEFAULT_SESSION_HOURS
    """How long a login lasts (``accord serve --session-hours``)."""
    proxy_https: bool = False
    """Believe a proxy's ``X-Forwarded-Proto``/``Forwarded`` saying the request came over HTTPS
    (``accord serve --proxy-https``): the session cookie is then ``Secure``."""
    max_failed_logins: int = 10
    """Wrong tokens one client address may send within ``failed_login_window_s``; past that its
    tokens are refused with 429 (``accord serve --max-failed-logins``, session 41)."""
    failed_login_window_s: float = 600.0
    """The window those are counted in (``accord serve --failed-login-minutes``)."""
    max_concurrent_forecasts: int = field(default_factory=default_forecast_slots)
    """Inline forecasts, ensembles, comparisons and explanations computed at once; one more is
    a 503 with ``Retry-After`` (``accord serve --max-concurrent-forecasts``)."""


def root_path(given: str) -> str:
    """The workbench's path prefix behind a proxy (``accord serve --root-path``) in the form the
    app uses: ``/`` and one or more path segments, no trailing slash (``/accord/`` is
    ``/accord``; ``/`` or '' is none). Segments are letters, digits, ``-``, ``_``, ``.`` and
    ``~`` (not ``.`` or ``..``): the prefix is written into every link, so nothing that a URL
    would need to escape. Raises :class:`~accord.errors.AccordError` otherwise."""
    from accord.errors import AccordError

    text = given.strip()
    if text in ("", "/"):
        return ""
    segments = text.rstrip("/").split("/")
    allowed = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~")
    if (
        not text.startswith("/")
        or "//" in text
        or any(s in (".", "..") or not set(s) <= allowed for s in segments[1:])
    ):
        raise AccordError(
            "--root-path: expected the path the proxy serves the workbench under, such as "
            "/accord (a leading '/', then letters, digits, '-', '_', '.' or '~' between "
            f"slashes; got {given!r})"
        )
    return "/".join(segments)
