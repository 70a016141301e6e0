"""The app factory: one FastAPI application over one :class:`Workbench`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord import __version__
from accord.errors import (
    AccordError,
    Problem,
    ScenarioError,
    StoreBusy,
    StoreUnavailable,
    UnknownRecord,
    UnknownScenarioError,
)
from accord.web import api, health, pages
from accord.web.security import (
    SESSION_COOKIE,
    FailedAttempts,
    HeadersAndLimits,
    Keys,
    RootPath,
    TooManyAttempts,
    TrustedHosts,
    WriteRefused,
    client_address,
    proxy_header,
    route_path,
)
from accord.web.services import (
    ChangeNotProposed,
    LedgerUnavailable,
    PreconditionRequired,
    ScenarioExists,
    StaleVersion,
    Workbench,
)
from accord.web.settings import WebSettings, root_path
from accord.web.slots import RequestAbandoned, ServerBusy, WatchDisconnect

OPENAPI_PATH = "/api/v1/openapi.json"
"""Where the API's OpenAPI document is served."""


def error_status(exc: AccordError) -> int:
    """The HTTP status of a library error."""
    if isinstance(exc, WriteRefused):
        return exc.status
    return class_status(type(exc))


def class_status(kind: type[AccordError]) -> int:
    """The HTTP status of every error of a class (a refused write's depends on the refusal);
    the OpenAPI test derives each route's declared statuses from it."""
    if issubclass(kind, UnknownScenarioError | api.UnknownJob | UnknownRecord):
        return 404
    if issubclass(kind, ScenarioExists | ChangeNotProposed | api.JobNotDone):
        return 409
    if issubclass(kind, StaleVersion):
        return 412  # RFC 9110 13.1.1: a false If-Match is a 412, not a conflict (409)
    if issubclass(kind, PreconditionRequired):
        return 428  # RFC 6585 3: a write that must be conditional and is not
    if issubclass(kind, ScenarioError):
        return 422
    if issubclass(kind, StoreBusy | StoreUnavailable | ServerBusy):
        return 503  # the request was right; the database or the server was busy or down: retry
    if issubclass(kind, RequestAbandoned):
        return 499  # nobody reads it: the client went away (nginx's code for that)
    return 400


def error_json(exc: AccordError) -> dict[str, Any]:
    problems = [api.problem_json(p) for p in getattr(exc, "problems", [])]
    return {"error": {"type": type(exc).__name__, "message": str(exc), "problems": problems}}


async def _accord_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AccordError)
    if isinstance(exc, LedgerUnavailable):  # the ledger's own database (session 43)
        health.log_unavailable(request, exc.cause, exc.url)
        refused = StoreUnavailable(str(exc))  # its message names neither; its type is the same
        refused.__cause__ = exc
        exc = refused
    elif isinstance(exc, StoreUnavailable) and exc.__cause__ is None:
        exc = health.unavailable(request, exc)  # the library's: a write's, an opening's
    status = error_status(exc)
    if route_path(request.scope).startswith("/api/"):
        headers = {"www-authenticate": "Bearer"} if status == 401 else None
        if isinstance(exc, StoreBusy | StoreUnavailable | ServerBusy | TooManyAttempts):
            headers = {"retry-after": str(exc.retry_after_s)}
        return JSONResponse(error_json(exc), status_code=status, headers=headers)
    # a form the store failed is shown again on the page, to send once it answers (session 43)
    resend = await pages.resend_of(request) if isinstance(exc, StoreUnavailable) else None
    page = pages.error_page(request, exc, status, resend)
    if isinstance(exc, StoreUnavailable | ServerBusy | TooManyAttempts):
        page.headers["retry-after"] = str(exc.retry_after_s)
    return page


async def _store_outage(request: Request, exc: Exception) -> Response:
    """A request the store failed because it does not answer (:data:`health.STORE_OUTAGES`):
    503 ``StoreUnavailable`` with ``Retry-After``, as the API's error or the error page, for
    every route and for the session check before it (:func:`_reader`), in this one place
    (session 42; it was a 500 ``InternalError``). The log says what failed."""
    return await _accord_error(request, health.unavailable(request, exc))


class RequestError(AccordError):
    """A request that its route's declaration refuses (a query, path or body value)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.path}: {p.message}" for p in problems))
        self.problems = problems


def _refusal(error: Mapping[str, Any]) -> str:
    """Pydantic's message for a refused value, but for a date written day or month first
    (``13/03/2025``) or with the month's name, which gets the command line's words and says
    how to write it (``expected a date YYYY-MM-DD (write it 2025-03-13)``): until session 31
    (s31-trial, finding 5) the API answered the parser's ``invalid character in year``."""
    from accord.text import date_rewritten

    value = error.get("input")
    if error.get("type") == "extra_forbidden":  # STRICT_BODY (session 39)
        return f"unknown field: not read by this route (its fields: {OPENAPI_PATH})"
    if str(error.get("type", "")).startswith(("date", "datetime")) and isinstance(value, str):
        hint = date_rewritten(value.strip())
        if hint:
            return f"expected a date YYYY-MM-DD ({hint})"
    return str(error["msg"])


async def _request_error(request: Request, exc: Exception) -> Response:
    """422, in the API's error shape, or for a page (a mistyped ``?version=`` in the address
    bar) the error page with the same message."""
    assert isinstance(exc, RequestValidationError)
    from accord.errors import format_path

    refused = RequestError(
        [
            Problem(
                format_path([str(p) for p in e["loc"]]),
                _refusal(e),
                e.get("input") if isinstance(e.get("input"), str | int | float) else None,
            )
            for e in exc.errors()
        ]
    )
    if not route_path(request.scope).startswith("/api/"):
        return pages.error_page(request, refused, 422)
    return JSONResponse(error_json(refused), status_code=422)


INVALID_INPUT = (
    "Invalid input (RequestError for a refused query, path or body value, ScenarioError for "
    "a scenario): each problem names the field (path) and the value refused; nothing was saved"
)


REFUSED_WRITE = {
    "401": "WriteRefused: no token, or a wrong one (Authorization: Bearer TOKEN, or the session "
    "cookie of a login at /login); nothing was changed",
    "403": "WriteRefused: a session cookie without its CSRF token (X-CSRF-Token); nothing was "
    "changed",
}
TOO_MANY_ATTEMPTS = {
    "description": "TooManyAttempts: this client address sent too many wrong tokens lately "
    "(accord serve --max-failed-logins within --failed-login-minutes); the token was not "
    "compared, nothing was changed: send it again after Retry-After",
    "headers": {
        "Retry-After": {
            "description": "Seconds until this address may send a token again",
            "schema": {"type": "integer"},
        }
    },
}
"""The 429 of a write route (:class:`~accord.web.security.TooManyAttempts`): declared where its
401 is, since both come from the token check before the route runs (session 41)."""
TOO_LARGE = "TooLarge: the request is larger than the server's limit (--max-upload-mb)"


def _with_error_shape(app: FastAPI) -> None:
    """Declare every error status of the OpenAPI document as the JSON the routes answer it
    with (:func:`error_json`): the 422 that FastAPI adds to each route taking input, in place
    of its own ``{"detail": [...]}``, which no answer of this API has (:func:`_request_error`),
    a plain-text route's 404, which FastAPI declares as text, and the refusals made before a
    route runs: 401, 403 and 429 of a write (:func:`api.writer`), 413 of a request with a body
    (:class:`HeadersAndLimits`)."""
    generate = app.openapi
    writes = {
        (route.path, method.lower())
        for route in api.router.routes
        if isinstance(route, APIRoute)
        and any(d.dependency is api.writer for d in route.dependencies)
        for method in route.methods or ()
    }

    def openapi() -> dict[str, Any]:
        fresh = app.openapi_schema is None
        schema = generate()  # made once, then kept in app.openapi_schema
        if fresh:
            shape = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorDoc"}}}
            for path, operations in schema["paths"].items():
                for method, operation in operations.items():
                    refusals = REFUSED_WRITE if (path, method) in writes else {}
                    if "requestBody" in operation:
                        refusals = refusals | {"413": TOO_LARGE}
                    for status, description in refusals.items():
                        operation["responses"].setdefault(status, {"description": description})
                    if (path, method) in writes:
                        operation["responses"].setdefault("429", dict(TOO_MANY_ATTEMPTS))
                    for status, answer in operation["responses"].items():
                        if status == "422" and answer["description"] == "Validation Error":
                            answer["description"] = INVALID_INPUT  # FastAPI's, not a route's
                        if status.startswith(("4", "5")):
                            answer["content"] = shape
            for unused in ("HTTPValidationError", "ValidationError"):
                schema["components"]["schemas"].pop(unused, None)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


class NoSuchRoute(AccordError):
    """An address, or a method at an address, that the workbench does not answer."""


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own refusals (404 for an unknown address, 405 for a method the address does
    not take) in the API's error shape, or as the error page; they were ``{"detail": ...}``."""
    assert isinstance(exc, StarletteHTTPException)
    refused = NoSuchRoute(f"{request.method} {request.url.path}: {exc.detail}")
    if not route_path(request.scope).startswith("/api/"):
        return pages.error_page(request, refused, exc.status_code)
    return JSONResponse(error_json(refused), status_code=exc.status_code, headers=exc.headers)


def _reader(request: Request) -> None:
    """Reads are open on loopback; elsewhere they need the token as writes do. A request a
    reverse proxy forwarded (:data:`~accord.web.security.PROXY_HEADERS`) comes from beyond
    loopback whatever its address: until session 32 a proxy on the same machine that sent the
    upstream's name as Host (nginx's default) opened every read to whoever it served."""
    settings: WebSettings = request.app.state.settings
    if route_path(request.scope) in ("/login", "/logout", health.HEALTH_PATH):
        return  # the health check is open to a load balancer's probe (accord.web.health)
    why = "this workbench is not on loopback"
    if settings.open_reads:
        via = proxy_header(request.headers)
        if via is None:
            return
        why = f"this request came through a proxy (its {via.title()} header)"
    api.keys(request).check_read(
        request.headers.get("authorization"),
        request.cookies.get(SESSION_COOKIE),
        why,
        client_address(request.scope),
    )


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """A workbench app; its store opens now and closes when the app shuts down."""
    from accord.web.sessions import StoredSessions

    settings = settings or WebSettings()
    # checked before the store opens: a wrong limit leaves nothing open
    attempts = FailedAttempts(settings.max_failed_logins, settings.failed_login_window_s)
    bench = Workbench(settings)
    sessions = StoredSessions(bench.store.engine)  # a restart keeps them (session 41)
    keys = Keys(settings.token, settings.session_hours * 3600, sessions, attempts)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        bench.close()

    app = FastAPI(
        title="accord workbench",
        version=__version__,
        summary="Forecast multilateral negotiations: scenarios, engines, institutions, news.",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # served below, behind the read check as every route is
        lifespan=lifespan,
        dependencies=[Depends(_reader)],
    )

    @app.get(OPENAPI_PATH, include_in_schema=False)
    def openapi_document(request: Request) -> dict[str, Any]:
        """The OpenAPI document, naming the prefix it is served under (``--root-path``) as its
        server, as FastAPI's own route did; that route skipped the app's dependencies, so
        under ``accord serve --private`` it was the one read open without the token (session
        40's operations trial, finding 11)."""
        schema = app.openapi()
        root = str(request.scope.get("root_path", "")).rstrip("/")
        return {**schema, "servers": [{"url": root}]} if root else schema

    app.state.workbench = bench
    app.state.keys = keys
    app.state.settings = settings
    app.add_exception_handler(AccordError, _accord_error)
    for outage in health.STORE_OUTAGES:
        app.add_exception_handler(outage, _store_outage)
    app.add_exception_handler(RequestValidationError, _request_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(health.router)
    _with_error_shape(app)
    static = resources.files("accord.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(TrustedHosts, allowed=settings.allowed_hosts)
    app.add_middleware(WatchDisconnect)  # inside the size limit: it reads what passed it
    app.add_middleware(HeadersAndLimits, max_bytes=settings.max_upload_bytes)
    root = root_path(settings.root_path)  # checked here too: the app may be made without serve
    if root:  # outermost: the middlewares above see the prefix too
        app.add_middleware(RootPath, root=root)
    return app
