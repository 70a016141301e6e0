"""``/healthz``: the health check a load balancer, a proxy or a monitor polls (session 40).

Open without the token whatever the workbench's settings (``--private``, off loopback, behind
a proxy): a probe holds no session, and every other address needs one there, so until session
40 a monitor could tell a running workbench only from a 401. It answers ``200 {"status":
"ok"}`` when the workbench's database answers a query, ``503 {"status": "unavailable"}`` when
it does not (a PostgreSQL server down, a SQLite file gone), and ``HEAD`` as ``GET`` without
the body. It names neither the database nor the error (whoever asks needs no token): the
server's log has them.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from accord.store.engine import READ_ONLY
from accord.web.services import Workbench

__all__ = ["HEALTH_PATH", "router"]

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
