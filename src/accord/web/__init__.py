"""The analyst's workbench: a local web app and HTTP API over the accord library.

``accord serve`` builds the app with :func:`create_app` and runs it on uvicorn. Handlers only
call the library (scenarios, forecasts, institutions, news, the ledger); this package adds
pages, the ``/api/v1`` JSON routes, security (write token, CSRF, CSP) and long runs as jobs.
The names below are imported on first use, so that a job's child process, which needs only
:mod:`accord.web.jobs`, does not load FastAPI; the CLI imports this package only inside the
``serve`` command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accord.web.app import create_app
    from accord.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from accord.web.app import create_app

        return create_app
    if name == "WebSettings":
        from accord.web.settings import WebSettings

        return WebSettings
    raise AttributeError(f"module 'accord.web' has no attribute {name!r}")
