"""``/healthz``: the health check a load balancer, a proxy or a monitor polls (session 40).

Open without the token whatever the workbench's settings (``--private``, off loopback, behind
a proxy): a probe holds no session, and every other address needs one there, so until session
40 a monitor could tell a running workbench only from a 401. It answers ``200 {"status":
"ok"}`` when the workbench's database answers a query, ``503 {"status": "unavailable"}`` when
it does not (a PostgreSQL server down, a SQLite file gone), and ``HEAD`` as ``GET`` without
the body. It names neither the database nor the error (whoever asks needs no token): the
server's log has them.

Every other request that reads or writes the store answers the same when the store does not
answer (session 42): 503 ``StoreUnavailable`` with ``Retry-After``, in the API's error shape or
as the error page, mapped in one place (:func:`unavailable`, which the app's exception handler
calls) and logged with what failed. Until then such a request was a 500 ``InternalError``: a
page, an API read, and every request that carries a session cookie, which is checked in the
store before the route runs (:mod:`accord.web.sessions`).
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from accord.errors import StoreUnavailable
from accord.store.engine import READ_ONLY, driver_message
from accord.web.services import STORE_OUTAGES, Workbench

__all__ = [
    "HEALTH_PATH",
    "STORE_OUTAGES",
    "UNAVAILABLE",
    "log_unavailable",
    "router",
    "unavailable",
]

HEALTH_PATH = "/healthz"
"""The health check's address (under ``--root-path`` when one is given)."""

router = APIRouter(include_in_schema=False)
_log = logging.getLogger("accord.web")


@router.api_route(HEALTH_PATH, methods=["GET", "HEAD"])
def health(request: Request) -> JSONResponse:
    """200 when the workbench's database answers ``SELECT 1``, else 503; never cached."""
    bench: Workbench = request.app.state.workbench
    headers = {"Cache-Control": "no-store"}
    try:
        with bench.store.engine.connect() as connection:
            connection.execution_options(**{READ_ONLY: True}).execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        _log.warning("health check: the database does not answer (%s)", exc.__class__.__name__)
        return JSONResponse({"status": "unavailable"}, status_code=503, headers=headers)
    return JSONResponse({"status": "ok"}, headers=headers)


UNAVAILABLE = (
    "the workbench's database does not answer (the server's log, where accord serve runs, "
    "says which and why); nothing is wrong with the request: send it again in a few seconds"
)
"""What a request the store failed is told: neither the database nor the driver's message,
which the log has (a client that can read need not hold the token)."""


def unavailable(request: Request, exc: Exception) -> StoreUnavailable:
    """The error a request is answered with when the workbench's store failed it with ``exc``
    (one of :data:`STORE_OUTAGES`, or the library's :class:`~accord.errors.StoreUnavailable`:
    a write's, or since session 43 an opening's), once the server's log has said what failed
    (:func:`log_unavailable`)."""
    bench: Workbench = request.app.state.workbench
    log_unavailable(request, exc, bench.store.display_url)
    refused = StoreUnavailable(UNAVAILABLE)
    refused.__cause__ = exc
    return refused


def log_unavailable(request: Request, exc: Exception, store: str) -> None:
    """Say in the server's log that the database ``store`` (its URL, any password hidden)
    failed the request with ``exc``: the request, the database and the driver's words. The
    ledger's database, which may be another (:class:`~accord.web.services.LedgerUnavailable`),
    is named as its own since session 43; a file there that is not a database
    (:class:`~accord.store.NotADatabase`) is said to be one since session 44."""
    from accord.store import NotADatabase

    why = driver_message(exc) if isinstance(exc, SQLAlchemyError) else str(exc)
    fails = "does not answer"
    if isinstance(exc, NotADatabase):
        why, fails = exc.reason, "is not a database accord can read"
    _log.error(
        "%s %s: the database %s %s (%s: %s); answered 503",
        request.method,
        request.url.path,
        store,
        fails,
        type(exc).__name__,
        why,
    )
