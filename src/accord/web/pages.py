"""Server-rendered pages. Each handler gathers library results and hands them to a template;
charts are drawn in the browser by ``static/app.js`` from JSON data blocks (never inline
script). Forms post back here with the CSRF token; a write redirects (Post/Redirect/Get), and
a refused input re-renders the page with the message where it belongs.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData, UploadFile

from accord.errors import (
    AccordError,
    DataError,
    Problem,
    ScenarioError,
    StoreBusy,
    StoreUnavailable,
    UnknownRecord,
    UnknownScenarioError,
)
from accord.ledger.db import NoLedger
from accord.news.store import ActorFilter, UnknownActor
from accord.news.update import propose
from accord.scenario.catalogue import DEFAULT_SCENARIO
from accord.scenario.io import scenario_from_data, scenario_to_data, writable_formats
from accord.scenario.model import Scenario
from accord.scenario.versions import VersionInfo
from accord.text import probability_text
from accord.web import api
from accord.web.ingests import KeptIngest
from accord.web.security import CSRF_FIELD, SESSION_COOKIE, WriteRefused, route_path
from accord.web.services import (
    NEWS_UPDATE,
    ChangeNotProposed,
    LedgerUnavailable,
    Workbench,
)

if TYPE_CHECKING:
    from accord.forecast import Forecast
    from accord.forecast.explain import Explanation
    from accord.forecast.versus import ScenarioComparison

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("accord.web") / "templates"))


def _finite(value: Any) -> Any:
    """``value`` with every NaN or infinity replaced by None (JSON's null)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def page_json(value: Any, **options: Any) -> str:
    """JSON for a page's ``tojson`` blocks that a browser's ``JSON.parse`` reads: a value with
    no number (a Monte Carlo sample of an issue nobody holds a stance on is NaN) is null,
    which the page's script skips, where a bare NaN would stop every chart of the page."""
    return json.dumps(_finite(value), allow_nan=False, **options)


templates.env.policies["json.dumps_function"] = page_json


def _probability_filter(
    p: Any, name: str | None = None, digits: int = 3, share: bool = False
) -> str:
    """The templates' ``probability`` filter: a draft's P(adopted) as the command line prints it
    (``> 0.999``, not a rounded 1.000); ``share``: a p(agreement) or a member's vote, whose
    exact 1 is 1 (``exact_one``; session 45: both printed ``%.2f``, 0.996 as 1.00)."""
    return probability_text(float(p), digits, name=name, exact_one=share)


templates.env.filters["probability"] = _probability_filter

WHATIF_ENGINES = ("mean", "median", "bdm", "smp")
"""Engines the what-if page re-runs on every change: the fast ones (see docs/web.md)."""


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    status: int = 200,
    store_down: bool = False,
) -> HTMLResponse:
    """A page with what every page needs: the CSRF token, whether writing is possible. Both
    ask the store for the session of the request's cookie, but with ``store_down`` (the page
    that says the store does not answer), which names no session: until session 42 that page
    asked the store again, failed as the request had, and a browser logged in got a 500."""
    cookie = None if store_down else request.cookies.get(SESSION_COOKIE)
    keys = api.keys(request)
    base = {
        "csrf": keys.csrf(cookie),
        "can_write": keys.session_ok(cookie),
        "store_down": store_down,
        "csrf_field": CSRF_FIELD,
        "path": request.url.path,
        "root": root_of(request),
    }
    return templates.TemplateResponse(request, name, base | context, status_code=status)


def root_of(request: Request) -> str:
    """The path prefix the workbench is served under ('' at the server's root): every link,
    form, script and redirect of a page starts with it (``accord serve --root-path``)."""
    return str(request.scope.get("root_path", ""))


def retry_later(page: HTMLResponse, busy: StoreBusy) -> HTMLResponse:
    """``page``, a form shown again as it was sent, as the answer to a write the database
    refused for being busy: 503 with ``Retry-After``, as the API answers :class:`StoreBusy`
    (the request was right and may succeed later; the page says so, no field blamed)."""
    page.status_code = 503
    page.headers["retry-after"] = str(busy.retry_after_s)
    return page


def as_sent(form: FormData, which: str, file: str = "") -> dict[str, str]:
    """The values of a refused form as sent, for the page to show it again with them (a 422
    or a busy database's 503): its text fields, ``form`` naming which of the page's forms it
    is, and ``file`` the name of the file chosen, which a page cannot choose again."""
    typed = {k: v for k, v in form.items() if isinstance(v, str) and k != CSRF_FIELD}
    return typed | {"form": which, "file": file}


def error_page(
    request: Request, exc: AccordError, status: int, resend: Resend | None = None
) -> HTMLResponse:
    """The error page; ``resend``, a form the store failed, shown on it to send again."""
    problems = [api.problem_json(p) for p in getattr(exc, "problems", [])]
    return render(
        request,
        "error.html",
        {"message": str(exc), "problems": problems, "status": status, "resend": resend},
        status=status,
        # the ledger's own database down leaves the workbench's: logins and edits go on
        store_down=isinstance(exc, StoreUnavailable)
        and not isinstance(exc.__cause__, LedgerUnavailable),
    )


@dataclass(frozen=True)
class Resend:
    """A posted form the store failed (it did not answer), as the error page shows it again
    to be sent once the store is back: where it was posted (``action``), its text fields as
    sent, in order, the CSRF field included (``fields``), and its file fields with the name of
    the file chosen (``files``), which a page cannot choose again. Until session 43 the error
    page kept nothing of a form, and what was typed (an article pasted, an editor's grid) was
    lost with it."""

    action: str
    fields: list[tuple[str, str]]
    files: list[tuple[str, str]]


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

NOT_RESENT = ("/login", "/logout")
"""Forms the error page does not keep: the login form's field is the token, which no page
shows, and a logout is sent again from any page's header."""


async def resend_of(request: Request) -> Resend | None:
    """The form ``request`` posted (:class:`Resend`), read as the route read it (Starlette
    keeps it) or now, within the same limits; None for any other request, a form that
    cannot be read, and the login and logout forms (:data:`NOT_RESENT`)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method != "POST" or kind not in FORM_TYPES:
        return None
    if route_path(request.scope) in NOT_RESENT:
        return None
    limit = request.app.state.settings.max_upload_bytes
    try:
        form = await request.form(max_part_size=limit, max_fields=MAX_FORM_FIELDS)
    except Exception:  # a body the route refused already (too large, cut off): nothing kept
        return None
    fields = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    files = [(k, v.filename or "") for k, v in form.multi_items() if not isinstance(v, str)]
    action = root_of(request) + route_path(request.scope)
    if request.url.query:
        action += "?" + request.url.query
    return Resend(action, fields, files)


MAX_FORM_FIELDS = 100_000
"""Fields a posted form may have: the editor's has two a stance cell, so a body of 193
members on 25 issues needs some 10,000 (the parser's default, 1,000, refused a grid of 40
actors by 13 issues); the request's size limit bounds what they can hold."""


async def _form(request: Request) -> FormData:
    """The posted form, once its CSRF token has been checked (403 otherwise)."""
    limit = request.app.state.settings.max_upload_bytes
    form = await request.form(max_part_size=limit, max_fields=MAX_FORM_FIELDS)
    keys = api.keys(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    if not keys.session_ok(cookie):
        raise WriteRefused("log in (the token `accord serve` printed) to make changes", 401)
    given = form.get(CSRF_FIELD)
    if not keys.csrf_ok(cookie, given if isinstance(given, str) else None):
        raise WriteRefused("missing or invalid CSRF token; reload the page and try again", 403)
    return form


def _text(form: FormData, key: str) -> str:
    value = form.get(key)
    return value.strip() if isinstance(value, str) else ""


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never another host (no open redirect)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def _redirect(request: Request, url: str, status: int = 303) -> RedirectResponse:
    """A redirect to ``url``, a path of the workbench, under the prefix it is served under
    (a path that has the prefix already is kept as it is)."""
    root = root_of(request)
    if root and not (url == root or url.startswith(root + "/")):
        url = root + url
    return RedirectResponse(url, status_code=status)


# ------------------------------------------------------------------------- general


@router.get("/favicon.ico", include_in_schema=False)
def favicon(request: Request) -> Response:
    """The workbench's icon where a browser asks for it unbidden: a page that names no icon,
    such as the forecast report (its CLI bytes have no link to this server), logged a 404."""
    return _redirect(request, "/static/favicon.svg", status=301)


@router.get("/")
def home(request: Request) -> RedirectResponse:
    return _redirect(request, "/scenarios")


TOKEN_IN_ADDRESS = (
    "the token no longer travels in the login address (a proxy's access log and the browser's "
    "history keep addresses): type or paste it into this form instead; scripts send "
    "'Authorization: Bearer TOKEN'. If that address went through a proxy or a shared browser, "
    "treat the token as seen and restart the workbench with a new ACCORD_TOKEN"
)
"""The answer to ``/login?token=...``, the login address until session 40: refused, nothing
logged in (see docs/deployment.md, "Security", for why it is not accepted once)."""


def _login_page(
    request: Request, next_path: str, error: str = "", status: int = 200
) -> HTMLResponse:
    """The login form, with a fresh random cookie its CSRF field is derived from."""
    import secrets

    from accord.web.security import LOGIN_COOKIE, LOGIN_FORM_MAX_AGE_S

    keys = api.keys(request)
    nonce = secrets.token_urlsafe(24)
    context = {
        "login_csrf": keys.login_csrf(nonce),
        "next_path": _safe_next(next_path),
        "login_error": error,
        "session_hours": keys.session_s / 3600,
    }
    page = render(request, "login.html", context, status=status)
    page.set_cookie(
        LOGIN_COOKIE,
        nonce,
        max_age=LOGIN_FORM_MAX_AGE_S,
        httponly=True,
        samesite="strict",
        path=root_of(request) or "/",
        secure=_https(request),
    )
    return page


def _https(request: Request) -> bool:
    """Whether ``request`` came over HTTPS (a ``Secure`` cookie), directly or, under
    ``accord serve --proxy-https``, as the proxy in front says."""
    from accord.web.security import over_https

    trust = bool(request.app.state.settings.proxy_https)
    return over_https(request.url.scheme, request.headers, trust)


@router.get("/login")
def login_form(request: Request, next: str = "/", token: str | None = None) -> Response:
    """The login form (the token is posted, never put in an address). The old address
    ``/login?token=...`` is refused with a message and the form, nothing logged in."""
    if token is not None:
        return _login_page(request, next, TOKEN_IN_ADDRESS, status=400)
    return _login_page(request, next)


@router.post("/login")
async def login(request: Request) -> Response:
    """Exchange the posted token for a session cookie (HttpOnly, SameSite=Strict, Secure over
    HTTPS, with a Max-Age). The form's CSRF field must match its own cookie, and a browser's
    cross-site post (``Sec-Fetch-Site: cross-site``) is refused, so that no other site can log
    a browser in to a session of its choosing. A wrong token is counted against the client's
    address; past the limit the form says so with 429 and ``Retry-After``, the token unread
    (:class:`~accord.web.security.FailedAttempts`, session 41)."""
    from accord.web.security import LOGIN_COOKIE, TooManyAttempts, client_address

    keys = api.keys(request)
    limit = request.app.state.settings.max_upload_bytes
    form = await request.form(max_part_size=limit, max_fields=100)
    next_path = _text(form, "next") or "/"
    nonce = request.cookies.get(LOGIN_COOKIE)
    given = form.get("login_csrf")
    cross_site = request.headers.get("sec-fetch-site", "").lower() == "cross-site"
    if cross_site or not keys.login_csrf_ok(nonce, given if isinstance(given, str) else None):
        message = (
            "the login form was not this workbench's, or it was open too long: log in again "
            "with the form below"
        )
        return _login_page(request, next_path, message, status=403)
    token = form.get("token")
    try:
        right = keys.try_token(
            token.strip() if isinstance(token, str) else None, client_address(request.scope)
        )
    except TooManyAttempts as refused:  # the token was not compared (session 41)
        page = _login_page(request, next_path, str(refused), status=429)
        page.headers["retry-after"] = str(refused.retry_after_s)
        return page
    if not right:
        message = "wrong or missing token: give the token `accord serve` printed ($ACCORD_TOKEN)"
        return _login_page(request, next_path, message, status=401)
    response = _redirect(request, _safe_next(next_path))
    # the cookies go only to the workbench's own paths (another site under the same host
    # behind the proxy does not get them)
    path = root_of(request) or "/"
    response.set_cookie(
        SESSION_COOKIE,
        keys.open_session(),
        max_age=round(keys.session_s),
        httponly=True,
        samesite="strict",
        path=path,
        secure=_https(request),
    )
    response.delete_cookie(LOGIN_COOKIE, path=path, httponly=True, samesite="strict")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    """End this browser's session: the server forgets it (its cookie opens nothing any more,
    wherever a copy of it is) and the cookie is cleared. Needs the page's CSRF token, so that
    another site cannot log a browser out; a session already over is only cleared."""
    keys = api.keys(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    if keys.session_ok(cookie):
        await _form(request)  # the CSRF token (403 without it)
    keys.close_session(cookie)
    response = _redirect(request, "/login")
    response.delete_cookie(
        SESSION_COOKIE, path=root_of(request) or "/", httponly=True, samesite="strict"
    )
    return response


@router.get("/api")
def api_page(request: Request) -> HTMLResponse:
    """The HTTP API, generated from the app's OpenAPI document."""
    spec = request.app.openapi()
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [p["name"] for p in op.get("parameters", [])]
            body = (op.get("requestBody") or {}).get("content", {})
            routes.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": params,
                    "body": ", ".join(body),
                    "write": method != "get" and path not in _OPEN_POSTS,
                }
            )
    return render(request, "api.html", {"routes": routes, "info": spec.get("info", {})})


_OPEN_POSTS = {
    "/api/v1/validate",
    "/api/v1/forecast",
    "/api/v1/forecast/report",
    "/api/v1/compare",
}


# ------------------------------------------------------------------------- scenarios


@router.get("/scenarios")
def scenarios_page(request: Request) -> HTMLResponse:
    return _scenarios(request)


def _downloads(bench: Workbench, infos: list[VersionInfo], by_version: bool) -> dict[str, Any]:
    """The download links of each listed version: only the formats that hold it (a link the
    download would refuse is no offer), and a note per format left out saying why and for
    which versions: named by number when they are one scenario's (``by_version``, the
    editor), else by scenario id (the scenarios list, each scenario's newest version)."""
    offered: dict[tuple[str, int], list[str]] = {}
    withheld: dict[tuple[str, str], list[str]] = {}
    for info in infos:
        fits = offered.setdefault((info.scenario_id, info.version), [])
        for name, problem in bench.downloads(info).items():
            if problem is None:
                fits.append(name)
            else:
                which = str(info.version) if by_version else info.scenario_id
                withheld.setdefault((name, problem.message), []).append(which)
    notes = []
    for (name, message), where in withheld.items():
        noun = ("versions " if len(where) > 1 else "version ") if by_version else ""
        notes.append({"format": name, "message": message, "where": noun + ", ".join(where)})
    return {"offered": offered, "withheld": notes}


def _scenarios(
    request: Request,
    error: AccordError | None = None,
    typed: dict[str, str] | None = None,
    busy: StoreBusy | None = None,
) -> HTMLResponse:
    """The scenarios page; ``error`` what refused the new-scenario or upload form, ``typed``
    that form's values as sent (``form``: which one, 'new' or 'upload'; ``file``: the name of
    the file chosen, which a browser does not let a page choose again), ``busy`` the database
    refusing its save for being busy."""
    bench = api.workbench(request)
    problems = [api.problem_json(p) for p in getattr(error, "problems", [])]
    catalogue = bench.catalogue()
    return render(
        request,
        "scenarios.html",
        {
            "scenarios": catalogue,
            "downloads": _downloads(bench, catalogue, by_version=False),
            "formats": writable_formats(),
            "error": str(error) if error else None,
            "problems": problems,
            "typed": typed or {},
            "busy": busy,
        },
        status=422 if error else 200,
    )


def _refused(
    request: Request, exc: AccordError, form: FormData, which: str, file: str = ""
) -> HTMLResponse:
    """The scenarios page again after its ``which`` form was refused, with the values sent:
    a busy database told as such (503, to retry; nothing in the form is wrong), a database that
    does not answer as every request's (the app's one handler: 503), anything else as the
    form's error (422)."""
    if isinstance(exc, StoreUnavailable):
        raise exc
    typed = as_sent(form, which, file)
    if isinstance(exc, StoreBusy):
        return retry_later(_scenarios(request, typed=typed, busy=exc), exc)
    return _scenarios(request, exc, typed)


@router.post("/scenarios/new")
async def new_scenario(request: Request) -> Response:
    form = await _form(request)
    bench = api.workbench(request)
    base = bench.scenario(_text(form, "base") or DEFAULT_SCENARIO)
    data = scenario_to_data(base)
    data["id"] = _text(form, "id")
    data["title"] = _text(form, "title") or f"Copy of {base.title}"
    try:
        info = bench.create(data, f"new, from {base.id}").info
    except AccordError as exc:
        return _refused(request, exc, form, "new")
    return _redirect(request, f"/scenarios/{quote(info.scenario_id)}/edit")


@router.post("/scenarios/upload")
async def upload_scenario(request: Request) -> Response:
    form = await _form(request)
    file = form.get("file")
    if not isinstance(file, UploadFile) or not file.filename:  # none chosen: no name
        return _refused(
            request, DataError("file: choose a scenario file to upload"), form, "upload"
        )
    raw = await file.read()
    fmt = _text(form, "format") or None
    try:
        info = (
            api.workbench(request).upload(
                raw, file.filename, fmt, replace=bool(form.get("replace"))
            )
        ).info
    except AccordError as exc:
        return _refused(request, exc, form, "upload", file.filename)
    return _redirect(request, f"/scenarios/{quote(info.scenario_id)}/edit?saved={info.version}")


@router.get("/scenarios/{scenario_id}")
def scenario_page(request: Request, scenario_id: str) -> RedirectResponse:
    return _redirect(request, f"/scenarios/{quote(scenario_id)}/edit")


@router.get("/scenarios/{scenario_id}/edit")
def edit_page(
    request: Request, scenario_id: str, version: int | None = None, saved: int | None = None
) -> HTMLResponse:
    from accord.scenario.checks import scenario_warnings

    bench = api.workbench(request)
    scenario = bench.scenario(scenario_id, version)
    # what `accord validate` warns of in the version shown: an upload lands here (session 32)
    warnings = [w.to_dict() for w in scenario_warnings(scenario)]
    return _editor(
        request, scenario_id, scenario_to_data(scenario), version, saved=saved, warnings=warnings
    )


def _editor(
    request: Request,
    scenario_id: str,
    data: dict[str, Any],
    version: int | None,
    errors: list[dict[str, Any]] | None = None,
    saved: int | None = None,
    newest: int | None = None,
    conflict: VersionInfo | None = None,
    busy: StoreBusy | None = None,
    warnings: list[dict[str, Any]] | None = None,
) -> HTMLResponse:
    """The editor showing ``data``. The form carries ``data`` itself, which its numbered
    fields describe, and ``newest``, the newest version when the page was first opened
    (default: now), so that a save can tell whether another one came in between. ``busy``:
    the save the database refused for being busy, told as such (no field is at fault).
    ``warnings``: what ``accord validate`` warns of in the version shown."""
    bench = api.workbench(request)
    errors = errors or []
    by_path = {e["path"]: e for e in errors}
    cells = _stance_cells(data)
    placed = set(by_path) & (_cell_paths(data) | {k for c in cells.values() for k in c["paths"]})
    versions = bench.history(scenario_id)
    status = 409 if conflict else 422 if errors else 200
    return render(
        request,
        "edit.html",
        {
            "sid": scenario_id,
            "data": data,
            "cells": cells,
            "errors": by_path,
            "loose": [e for e in errors if e["path"] not in placed],
            "versions": versions,
            "version": version,
            "newest": versions[-1].version if newest is None else newest,
            "conflict": conflict,
            "busy": busy,
            "saved": saved,
            "warnings": warnings or [],
            "downloads": _downloads(bench, versions, by_version=True),
        },
        status=status,
    )


def _stance_cells(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The stance grid: key 'actor|issue' -> the stance's index, values and error paths."""
    cells: dict[str, dict[str, Any]] = {}
    for k, stance in enumerate(data.get("stances", [])):
        key = f"{stance.get('actor')}|{stance.get('issue')}"
        cells[key] = {
            "index": k,
            "position": stance.get("position"),
            "salience": stance.get("salience"),
            "paths": {f"stances[{k}]", f"stances[{k}].position", f"stances[{k}].salience"},
        }
    return cells


def _cell_paths(data: dict[str, Any]) -> set[str]:
    paths = {"title"}
    for a in range(len(data.get("actors", []))):
        paths |= {f"actors[{a}].name", f"actors[{a}].capability"}
    for i in range(len(data.get("issues", []))):
        paths |= {f"issues[{i}].title", f"issues[{i}].status_quo"}
    return paths


def _number(raw: str) -> Any:
    """A number typed in a cell, or the text itself so that validation names it."""
    try:
        return float(raw)
    except ValueError:
        return raw


def _shown(form: FormData) -> dict[str, Any]:
    """The scenario the editor page showed, which its numbered fields describe (the form
    carries it: the stored versions may have changed since, and a refused edit is shown
    as typed)."""
    try:
        data = json.loads(_text(form, "shown"))
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        raise DataError("the editor's form is incomplete; reload the page and edit again")
    return data


def edited_data(shown: dict[str, Any], form: FormData) -> dict[str, Any]:
    """The scenario the editor's form describes, as plain data (validated by the caller):
    the scenario the page showed (``shown``) with the form's values."""
    data = copy.deepcopy(shown)
    data["title"] = _text(form, "title")
    for a, actor in enumerate(data.get("actors", [])):
        actor["name"] = _text(form, f"actor-{a}-name")
        actor["capability"] = _number(_text(form, f"actor-{a}-capability"))
    for i, issue in enumerate(data.get("issues", [])):
        issue["title"] = _text(form, f"issue-{i}-title")
        sq = _text(form, f"issue-{i}-status_quo")
        if sq:
            issue["status_quo"] = _number(sq)
        else:
            issue.pop("status_quo", None)
    kept = []
    for k, stance in enumerate(data.get("stances", [])):
        position = _text(form, f"stance-{k}-position")
        if not position:
            continue  # an emptied cell removes the stance
        stance["position"] = _number(position)
        stance["salience"] = _number(_text(form, f"stance-{k}-salience"))
        kept.append(stance)
    held = {(s.get("actor"), s.get("issue")) for s in data.get("stances", [])}
    data["stances"] = kept
    for actor in data.get("actors", []):
        for issue in data.get("issues", []):
            key = f"new-{actor.get('id')}|{issue.get('id')}"
            position = _text(form, f"{key}-position")
            if position and (actor.get("id"), issue.get("id")) not in held:
                salience = _text(form, f"{key}-salience") or "0.5"
                data["stances"].append(
                    {
                        "actor": actor.get("id"),
                        "issue": issue.get("id"),
                        "position": _number(position),
                        "salience": _number(salience),
                    }
                )
    new_actor = _text(form, "new-actor-id")
    if new_actor:
        data.setdefault("actors", []).append(
            {
                "id": new_actor,
                "name": _text(form, "new-actor-name") or new_actor,
                "capability": _number(_text(form, "new-actor-capability") or "0"),
            }
        )
    new_issue = _text(form, "new-issue-id")
    if new_issue:
        data.setdefault("issues", []).append(
            {"id": new_issue, "title": _text(form, "new-issue-title") or new_issue}
        )
    return data


@router.post("/scenarios/{scenario_id}/edit")
async def save_edit(request: Request, scenario_id: str) -> Response:
    """Save the edited scenario as a new version, unless it is invalid (422: the messages on
    their cells), a version was saved after the page was opened (409, e.g. another tab's:
    saving would silently undo it) or the database is busy (503, as the API answers it: the
    store refused the write, not the form). Each re-shows the form as typed; a second save
    after a 409 is the user's informed choice."""
    form = await _form(request)
    bench = api.workbench(request)
    data = edited_data(_shown(form), form)
    opened = _text(form, "newest")
    try:
        scenario = scenario_from_data(data)
    except ScenarioError as exc:
        errors = [api.problem_json(p) for p in exc.problems]
        return _editor(request, scenario_id, data, None, errors, newest=_whole(opened))
    bench.history(scenario_id)  # 404 for a scenario neither saved nor bundled
    newest = _whole(opened)
    over = set() if newest is None else {newest}  # checked in the save's transaction
    try:
        info = bench.save_over(scenario, over, _text(form, "note") or "edited in the workbench")
    except StoreBusy as exc:  # nothing wrong with the form: say so, keep it, and retry later
        return retry_later(_editor(request, scenario_id, data, None, newest=newest, busy=exc), exc)
    if info is None:
        return _editor(request, scenario_id, data, None, conflict=bench.history(scenario_id)[-1])
    return _redirect(request, f"/scenarios/{quote(scenario_id)}/edit?saved={info.version}")


# ------------------------------------------------------------------------- forecasts


@router.get("/scenarios/{scenario_id}/forecast")
def forecast_page(
    request: Request,
    scenario_id: str,
    version: int | None = None,
    engine: Annotated[list[str] | None, Query()] = None,
    runs: str = "200",
    seed: str = "1",
    mc: str = "mean",
) -> HTMLResponse:
    from accord.engines import ENGINES

    typed = {"runs": runs, "seed": seed}
    # a runs or seed typed wrong is shown on its field above the page's forecasts, made with
    # the default (until session 34 it was the error page, the form gone)
    wrong = {
        field: f"{field}: must be a whole number in the digits 0-9 (got {text!r}); the "
        f"forecasts below use {default}"
        for field, text, default in (("runs", runs, 200), ("seed", seed, 1))
        if _whole(text.strip()) is None
    }
    runs_n = 200 if "runs" in wrong else int(runs.strip())
    seed_n = 1 if "seed" in wrong else int(seed.strip())
    if not 1 <= runs_n <= api.MAX_INLINE_RUNS:  # said, and capped (until session 36, silently)
        capped = max(1, min(runs_n, api.MAX_INLINE_RUNS))
        wrong["runs"] = (
            f"runs: {inline_runs_range()} (got {runs_n}); the ensemble below uses {capped}"
        )
        runs_n = capped
    bench = api.workbench(request)
    scenario = bench.scenario(scenario_id, version)
    identity = _identity(bench, scenario_id, scenario, version)
    chosen = [e for e in (engine or list(WHATIF_ENGINES)) if e]
    compared = bench.forecasts(scenario, chosen, institutions=False, seed=seed_n)
    ensemble, mc_error = _tried(bench, scenario, mc, seed=seed_n, runs=runs_n, institutions=False)
    samples = ensemble.samples.tolist() if ensemble and ensemble.samples is not None else []
    explanation = _explanation(bench, scenario, [c.engine for c in compared if c.forecast], seed_n)
    captions = _captions(
        identity,
        [c.engine for c in compared if c.forecast],
        seed_n,
        explanation.engine if explanation else None,
        f"Monte Carlo ensemble of {mc}, {runs_n} runs" if ensemble else None,
    )
    data = {
        "explanation": explanation.to_dict() if explanation else None,
        "scenario": scenario_to_data(scenario),
        "forecasts": [
            {"engine": c.engine, "forecast": api.forecast_json(c.forecast, True)}
            for c in compared
            if c.forecast is not None
        ],
        "ensemble": None
        if ensemble is None
        else {
            "engine": mc,
            "runs": runs_n,
            "seed": ensemble.seed,
            "issues": [i.id for i in scenario.issues],
            "samples": samples,
        },
    }
    return render(
        request,
        "forecast.html",
        {
            "sid": scenario_id,
            "scenario": scenario,
            "compared": compared,
            "engines": list(ENGINES),
            "chosen": chosen,
            "ensemble": ensemble,
            "mc_error": mc_error,
            "runs": runs_n,
            "seed": seed_n,
            "typed": typed,
            "wrong": wrong,
            "mc": mc,
            "page_data": data,
            "version": version,
            "explanation": explanation,
            "identity": identity,
            "captions": captions,
            "backing": _backing(scenario),
        },
        status=422 if wrong else 200,
    )


def _backing(scenario: Scenario) -> dict[str, Any]:
    """What backs each input number of ``scenario``, for the forecast page's "Where these
    numbers come from" (session 45's fact-checking trial: the page showed positions and
    saliences with no source): the rows, their counts, the sources that back none, and each
    listed source with a link only where its address is http(s)."""
    from accord.scenario.audit import input_provenance, provenance_summary, uncited_sources

    rows = input_provenance(scenario)
    sources = [
        {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher or "",
            "date": s.date.isoformat() if s.date else "",
            "url": s.url or "",
            "link": bool(s.url and s.url.lower().startswith(("http://", "https://"))),
            "file": s.file or "",
        }
        for s in scenario.sources
    ]
    return {
        "rows": rows,
        "summary": provenance_summary(rows),
        "unused": uncited_sources(scenario, rows),
        "sources": sources,
        "listed": {s.id for s in scenario.sources},
    }


def _captions(
    identity: str, engines: list[str], seed: int, explained: str | None, ensemble: str | None
) -> dict[str, str]:
    """Each forecast chart's caption, drawn under it and so carried by its SVG and PNG: which
    accord, which model and seed, which scenario (the data source) and the day it was drawn
    (session 38's trial: an exported chart said none of them). ``{engine}`` in the
    trajectory's is the engine the page's menu picks."""
    from accord.provenance import version_string

    made = f"accord {version_string()}"
    day = dt.datetime.now(dt.UTC).date().isoformat()
    source = f"data: scenario {identity}; drawn {day}"
    models = {
        "stance-chart": f"engines {', '.join(engines)}",
        "trajectory-chart": "engine {engine}",
        "explain-chart": f"engine {explained}",
        "ensemble-chart": ensemble or "",
    }
    return {chart: f"{made}; {model}; seed {seed}\n{source}" for chart, model in models.items()}


def _identity(bench: Workbench, scenario_id: str, scenario: Scenario, version: int | None) -> str:
    """Which scenario a page's numbers are of, as the CLI's forecast and the report name it
    (id, its own version, ``as_of``, content hash), with the workbench version shown and the
    newest (session 27's trial: after a news update, the forecast pages of versions 0 and 1
    had the same heading and no date, and a quoted number needs its ``as_of``)."""
    from accord.scenario.identity import scenario_identity

    newest = max(v.version for v in bench.history(scenario_id))
    shown = newest if version is None else version
    saved = f"workbench version {shown}" + (" (bundled)" if shown == 0 else "")
    saved += "" if shown == newest else f"; the newest is version {newest}"
    return f"{scenario_identity(scenario)}; {saved}"


@router.get("/scenarios/{scenario_id}/forecast/report")
def forecast_report(
    request: Request,
    scenario_id: str,
    engine: str = "mean",
    version: int | None = None,
    seed: int = 1,
    runs: int | None = None,
) -> Response:
    """The report of one forecast the forecast page shows (its engine, seed and, for the
    Monte Carlo ensemble, runs): the bytes ``accord forecast --report`` writes for the same
    scenario, engine and seed, with the draft resolutions' votes as the CLI forecasts them."""
    bench = api.workbench(request)
    scenario = bench.scenario(scenario_id, version)
    check_inline_runs(runs)
    made = bench.forecast(scenario, engine, seed=seed, runs=runs)
    return api.report_response(bench, made, version)


@router.get("/scenarios/{scenario_id}/forecast/csv")
def forecast_csv(
    request: Request,
    scenario_id: str,
    engine: str = "mean",
    version: int | None = None,
    seed: int = 1,
    runs: int | None = None,
    interval: Annotated[float | None, Query(ge=0.01, le=0.99, allow_inf_nan=False)] = None,
) -> Response:
    """The table of one forecast the forecast page shows, as ``accord forecast SCENARIO
    --engine E --seed S [--runs N] [--interval L] --format csv`` writes it (session 35; until
    then the workbench offered the forecast as its HTML report only)."""
    bench = api.workbench(request)
    api.known_engine("query.engine", engine)
    scenario = bench.scenario(scenario_id, version)
    check_inline_runs(runs)
    made = bench.forecast(scenario, engine, seed=seed, runs=runs, institutions=False)
    return api.forecast_csv_response(bench, made, version, interval)


def inline_runs_range() -> str:
    """What a page's ``runs`` may be, and where a longer run goes."""
    return (
        f"must be a whole number from 1 to {api.MAX_INLINE_RUNS} on a page; a longer run is a "
        "job (the forecast page's Longer runs, POST /api/v1/jobs) or accord forecast --runs N"
    )


def check_inline_runs(runs: int | None) -> None:
    """Refuse a report's or a table's ``runs`` out of 1 to :data:`api.MAX_INLINE_RUNS` (400,
    naming ``query.runs`` and the value): the file would say a number of runs it was not made
    with. Until session 36 such a number (a link typed or kept) was clamped without a word."""
    if runs is not None and not 1 <= runs <= api.MAX_INLINE_RUNS:
        raise api.FieldRefused("query.runs", runs, inline_runs_range())


def _tried(
    bench: Workbench, scenario: Scenario, engine: str, **options: Any
) -> tuple[Forecast | None, AccordError | None]:
    """``engine``'s forecast, or why it has none: a page's select offers every engine, and one
    that cannot forecast the scenario ('learned' needs its parameters) is told in its place,
    the rest of the page drawn, where it was the error page (400)."""
    try:
        return bench.forecast(scenario, engine, **options), None
    except AccordError as exc:
        return None, exc


def _explanation(
    bench: Workbench, scenario: Scenario, engines: list[str], seed: int
) -> Explanation | None:
    """The first of ``engines`` that can be explained (it has a batch kernel), or None."""
    for name in engines:
        try:
            return bench.explain(scenario, name, seed=seed, top=6)
        except AccordError:
            continue
    return None


@router.get("/scenarios/{scenario_id}/whatif")
def whatif_page(request: Request, scenario_id: str, version: int | None = None) -> HTMLResponse:
    scenario = api.workbench(request).scenario(scenario_id, version)
    data = {"scenario": scenario_to_data(scenario), "engines": list(WHATIF_ENGINES)}
    return render(
        request,
        "whatif.html",
        {"sid": scenario_id, "scenario": scenario, "page_data": data, "version": version},
    )


# ------------------------------------------------------------------------- comparison

COMPARE_FIELDS = (("a", "a_version"), ("b", "b_version"))
"""The comparison form's scenario and version fields, which its refusals name."""

COMPARE_LABELS = {
    "a": "first scenario",
    "a_version": "first scenario's version",
    "b": "second scenario",
    "b_version": "second scenario's version",
    "engine": "engine",
    "runs": "runs",
    "seed": "seed",
}
"""How the comparison page names each of its fields in a message (the field's own label)."""


def _compare_asked(
    a: str, a_version: str, b: str, b_version: str, runs: str, seed: str
) -> tuple[dict[str, Any], dict[str, str]]:
    """The comparison form's values read (``a``, ``b`` ids, versions, runs, seed), and a
    message per field typed wrong: a version is blank (the newest) or a whole number, runs
    1 to the most a page runs at once, the seed a whole number."""
    wrong: dict[str, str] = {}
    read: dict[str, Any] = {"a": a.strip(), "b": b.strip()}
    for side in ("a", "b"):
        if not read[side]:
            wrong[side] = "choose a scenario"
    for field, text in (("a_version", a_version), ("b_version", b_version)):
        text = text.strip()
        read[field] = None if not text else _whole(text)
        if text and read[field] is None:
            wrong[field] = f"must be blank (the newest) or a whole number (got {text!r})"
    runs_n = _whole(runs.strip())
    if runs_n is None or not 1 <= runs_n <= api.MAX_INLINE_RUNS:
        wrong["runs"] = f"must be a whole number from 1 to {api.MAX_INLINE_RUNS} (got {runs!r})"
    read["runs"] = runs_n
    read["seed"] = _whole(seed.strip())
    if read["seed"] is None:
        wrong["seed"] = f"must be a whole number in the digits 0-9 (got {seed!r})"
    return read, wrong


def _compared(
    bench: Workbench, read: dict[str, Any], engine: str
) -> tuple[ScenarioComparison | None, dict[str, str], int]:
    """The comparison the form asks for, or the refusals on their fields and the status:
    404 for a scenario or version that does not exist, 422 otherwise (an engine that cannot
    forecast a scenario, 'learned' lacking its parameters, is named on the engine field)."""
    refs = [api.ScenarioRef(scenario=read[s], version=read[s + "_version"]) for s in "ab"]
    try:
        api.known_engine("engine", engine)
        a, b = api.compared_pair(bench, refs[0], refs[1], COMPARE_FIELDS)
        made = bench.compare_scenarios(a, b, engine, seed=read["seed"], runs=read["runs"])
    except (api.UnknownPicked, ScenarioError) as exc:
        status = 404 if isinstance(exc, UnknownScenarioError) else 422
        return None, {p.path: p.message for p in exc.problems}, status
    except AccordError as exc:
        return None, {"engine": str(exc).removeprefix("engine: ")}, 422
    return made, {}, 200


def _side_label(made: ScenarioComparison, side: str, version: int | None) -> str:
    """``a: ID`` (or ``a: ID version N`` when a version was picked): how the page's table,
    chart and status name each side."""
    forecast = made.a if side == "a" else made.b
    return f"{side}: {forecast.scenario.id}" + ("" if version is None else f" version {version}")


def _compare_summary(made: ScenarioComparison) -> str:
    """The sentence the page's status region says of a comparison: how many issues, how many
    forecasts moved and by most, which actors' stances differ."""
    moved = [item for item in made.issues if item.difference not in (None, 0.0)]
    biggest = max(moved, key=lambda item: abs(item.difference or 0.0), default=None)
    said = f"{_counted(len(made.issues), 'issue')} in common; "
    if biggest is None:
        said += "no forecast differs"
    else:
        said += f"the forecast differs on {len(moved)} of {len(made.issues)}, most on "
        said += f"{biggest.id} ({biggest.difference:+.1f}, b minus a)"
    actors = made.stances_differ()
    said += "; " + (f"stances differ for {', '.join(actors)}" if actors else "no stance differs")
    return said + " (the tables below have the figures)"


@router.get("/compare")
def compare_page(
    request: Request,
    a: str = "",
    a_version: str = "",
    b: str = "",
    b_version: str = "",
    engine: str = "mean",
    runs: str = "200",
    seed: str = "1",
) -> HTMLResponse:
    """Two scenarios (bundled or saved, any version) forecast by one engine, side by side:
    per issue both forecasts, their difference and uncertainty, the stances that differ
    (session 35; the library's :func:`accord.forecast.versus.compare_scenarios`). Nothing
    picked yet: the form alone (a link may name the first: ``?a=ID``)."""
    from accord.engines import ENGINES

    bench = api.workbench(request)
    typed = {"a": a, "a_version": a_version, "b": b, "b_version": b_version}
    typed |= {"engine": engine, "runs": runs, "seed": seed}
    asked = bool(b.strip()) or "b" in request.query_params
    read, wrong = _compare_asked(a, a_version, b, b_version, runs, seed)
    made, status = None, 200
    if not asked:
        wrong = {}
    elif wrong:
        status = 422
    else:
        made, wrong, status = _compared(bench, read, engine)
    data = None
    labels: list[str] = []
    if made is not None:
        labels = [
            _side_label(made, "a", read["a_version"]),
            _side_label(made, "b", read["b_version"]),
        ]
        data = {"comparison": made.to_dict(), "labels": labels}
    query = urlencode({k: v for k, v in typed.items() if v})
    return render(
        request,
        "compare.html",
        {
            "catalogue": bench.catalogue(),
            "engines": list(ENGINES),
            "typed": typed,
            "wrong": {f: f"{COMPARE_LABELS.get(f, f)}: {m}" for f, m in wrong.items()},
            "made": made,
            "labels": labels,
            "summary": None if made is None else _compare_summary(made),
            "csv_query": query,
            "page_data": data,
        },
        status=status,
    )


@router.get("/compare/csv")
def compare_csv(
    request: Request,
    a: str = "",
    a_version: str = "",
    b: str = "",
    b_version: str = "",
    engine: str = "mean",
    runs: str = "200",
    seed: str = "1",
) -> Response:
    """The comparison page's table as CSV (:meth:`ScenarioComparison.to_frame`); a refused
    form is the error page naming its field."""
    read, wrong = _compare_asked(a, a_version, b, b_version, runs, seed)
    if wrong:
        field = next(iter(wrong))
        typed = {"a": a, "a_version": a_version, "b": b, "b_version": b_version}
        typed |= {"runs": runs, "seed": seed}
        raise ScenarioError([Problem(f"query.{field}", wrong[field], typed[field])])
    bench = api.workbench(request)
    fields = (("query.a", "query.a_version"), ("query.b", "query.b_version"))
    refs = [api.ScenarioRef(scenario=read[s], version=read[s + "_version"]) for s in "ab"]
    api.known_engine("query.engine", engine)
    first, second = api.compared_pair(bench, refs[0], refs[1], fields)
    with api.refusing("query.engine", engine, AccordError):
        made = bench.compare_scenarios(first, second, engine, seed=read["seed"], runs=read["runs"])
    return api.comparison_csv(made, refs[0], refs[1])


# ------------------------------------------------------------------------- institutions


@router.get("/institutions")
def institutions_page(
    request: Request,
    scenario: str = DEFAULT_SCENARIO,
    engine: str = "mean",
    body: str = "unsc",
    index: str = "shapley-shubik",
    year: Annotated[int | None, Query(ge=1, le=9999)] = None,
) -> HTMLResponse:
    from accord.engines import ENGINES
    from accord.institutions.power import INDICES, body_power
    from accord.institutions.rules import bundled_body_ids, load_body

    bench = api.workbench(request)
    chosen = bench.scenario(scenario)
    made, engine_error = _tried(bench, chosen, engine)
    from accord.institutions.resolutions import (
        assembly_note,
        blockers_text,
        members_correct_text,
    )

    resolutions = made.resolutions.to_list() if made and made.resolutions else []
    blockers = [
        blockers_text(
            r["could_block"],
            r["adoption_probability"],
            len(r["votes"]),
            "the API's JSON lists them",
        )
        for r in resolutions
    ]
    members_right = [
        members_correct_text(r["actual"]["members_correct"], len(r["votes"]))
        if (r.get("actual") or {}).get("members_correct")
        else ""
        for r in resolutions
    ]
    rules = load_body(body)
    dated = rules.years()
    draft_year, draft_id = _draft_year(chosen, body)
    if year is None and draft_year in dated:
        year = draft_year  # the members who voted the scenario's draft, not today's
    result, extra = body_power(body, index, year if dated else None)
    power = result.to_dict() | extra
    when = extra.get("date") or rules.default_date
    if dated:
        members_of = f"{body}: members as on {when}"
        if year == draft_year:
            members_of += f", the year of draft {draft_id}"
    else:
        members_of = f"{body}: its members (not recorded by year, so no year applies)"
    return render(
        request,
        "institutions.html",
        {
            "sid": scenario,
            "scenarios": bench.catalogue(),
            "engine": engine,
            "engine_error": engine_error,
            "engines": list(ENGINES),
            "resolutions": resolutions,
            "blockers": blockers,
            "members_right": members_right,
            "assembly_note": assembly_note(resolutions),
            "body": body,
            "bodies": bundled_body_ids(),
            "index": index,
            "indices": [*INDICES, "ternary"],
            "power": power,
            "members_of": members_of,
            "year": year if dated else None,
            "page_data": {"power": power, "resolutions": resolutions},
        },
    )


def _draft_year(scenario: Scenario, body: str) -> tuple[int | None, str | None]:
    """The year of the scenario's first dated draft voted in the bundled ``body``, and its id.

    The institutions page computes the body's power for that year's members (a Security
    Council draft of November 2024 was voted by the 2024 Council, not today's).
    """
    refs = {ref.id: ref for ref in scenario.institutions.bodies}
    for draft in scenario.institutions.drafts:
        ref = refs.get(draft.body)
        when = draft.date or (ref.date if ref else None)
        if ref is not None and ref.rule == body and when is not None:
            return when.year, draft.id
    return None, None


# ------------------------------------------------------------------------- news


Count = Annotated[int | None, Query(ge=0)]


@router.get("/news")
def news_page(
    request: Request,
    scenario: str = DEFAULT_SCENARIO,
    ingest: str = "",
    accepted: Count = None,
    actor: str = "",
    min_confidence: str = "",
) -> HTMLResponse:
    """The news page; ``ingest`` is the key of the ingest just made
    (:meth:`Workbench.keep_report`), ``accepted`` the version the accept just saved (0: none).
    The two filters are text fields, read without the spaces around them (a pasted ' FRA ')."""
    # a text field, so that an empty or mistyped one re-renders the page with the message
    text = min_confidence.strip()
    shown = actor.strip() or None
    try:
        least = _min_confidence(text)
    except DataError as exc:
        return _news(request, scenario, error=exc, actor=shown, least_text=text)
    bench = api.workbench(request)
    report = bench.kept_report(ingest) if ingest else None
    if report is not None:
        notice: str | None = _ingested(report)
    else:
        notice = _accepted(bench, scenario, accepted)
    return _news(
        request,
        scenario,
        notice,
        actor=shown,
        least=least,
        least_text=text,
        read_problems=list(report.problems) if report else [],
        ingest_warnings=list(report.warnings) if report else [],
        not_utf8=list(report.not_utf8) if report else [],
    )


def _ingested(report: KeptIngest) -> str:
    """The notice of an ingest, made here from the report the workbench kept for it: the
    address carries only its key, so that a link cannot make the page announce a text of its
    own (session 21); the problems themselves are listed under the notice."""
    counts = [f"{report.added} added", f"{report.already_present} already stored"]
    counts.append(_counted(report.events_new, "new event"))
    if report.redated:
        counts.append(f"{report.redated} dated now (stored before undated)")
    if report.problems:
        counts.append(_counted(len(report.problems), "problem"))
    notice = "ingested: " + ", ".join(counts)
    if report.undated:
        # session 27's trial, finding 14: a pasted article was stored undated without a word
        notice += (
            f"; {_counted(report.undated, 'article')} stored undated (no date given, none in "
            "its text), so its events and evidence have no date: send it again with its date "
            "in the date field to date it"
        )
    return notice


def _counted(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless one ("1 problem", "2 problems", "0 new events")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _accepted(bench: Workbench, scenario: str, version: int | None) -> str | None:
    """The notice of an accept: announced only if ``version`` of ``scenario`` is one an
    accept saved, as the address can name any number (session 21; the ledger's ``recorded``
    is checked the same way since session 20)."""
    if version == 0:
        return "nothing accepted"
    saved = {v.version: v.note or "" for v in bench.history(scenario)}
    if version is None or not saved.get(version, "").startswith(NEWS_UPDATE):
        return None
    return f"accepted changes saved as version {version}"


def _news(
    request: Request,
    scenario: str,
    notice: str | None = None,
    error: AccordError | None = None,
    actor: str | None = None,
    least: float | None = None,
    least_text: str = "",
    status: int = 422,
    read_problems: list[str] | None = None,
    ingest_warnings: list[str] | None = None,
    not_utf8: list[str] | None = None,
    ticked: list[str] | None = None,
    busy: StoreBusy | None = None,
    typed: dict[str, str] | None = None,
) -> HTMLResponse:
    """The news page; ``least`` is the minimum event confidence of the events shown and of the
    evidence (a finding whose holder's event is less sure is left out, as ``accord evidence
    --min-confidence``: one trust level for the whole page), ``least_text`` that field as
    typed (kept in the form when it was refused); ``status`` is the answer's when there is an
    ``error``; ``read_problems`` what the ingest just made could not read (file, where, what),
    ``ingest_warnings`` what it warns of (the articles it read twice, as ``accord ingest``),
    ``not_utf8`` its files read as Windows-1252 (session 37);
    ``ticked`` the 'actor|issue' boxes a refused accept sent (None: every change ticked, the
    page's offer); ``typed`` a refused ingest form as sent (:func:`as_sent`: 'paste' or
    'file'); ``busy`` the database refusing that ingest's, or else the accept's, write for
    being busy."""
    bench = api.workbench(request)
    model = bench.scenario(scenario)
    docs = bench.documents()
    chosen: ActorFilter | None = None
    try:
        chosen = bench.actor(actor) if actor else None
    except UnknownActor as exc:  # shown with the page; the field keeps the value to correct
        error = error or exc
    stored = [] if actor and chosen is None else bench.events(chosen, min_confidence=least)
    events = [e.to_plover() for e in stored]
    evidence_docs, found = bench.evidence(model, least)
    proposal = propose(model, found, evidence_docs)  # from the same evidence, read once
    problems = [api.problem_json(p) for p in getattr(error, "problems", [])]
    return render(
        request,
        "news.html",
        {
            "sid": scenario,
            "actor": actor or "",
            "min_confidence": least_text,
            "least": least,
            "scenarios": bench.catalogue(),
            "documents": [d.to_dict(path=False) for d in docs],
            "events": events,
            "events_of": chosen.value if chosen else actor,
            "actor_note": chosen.note if chosen else None,
            "evidence": [e.to_dict() for e in found],
            "changes": [api.change_json(c) for c in proposal.changes],
            "unmatched": len(proposal.unmatched),
            "skipped": proposal.skipped_line("accord update --include-sources"),
            "notice": notice,
            "read_problems": read_problems or [],
            "ingest_warnings": ingest_warnings or [],
            "not_utf8": not_utf8 or [],
            "ticked": ticked,
            "busy": busy,
            "typed": typed or {},
            "error": str(error) if error else None,
            "problems": problems,
            "page_data": {"events": events},
        },
        status=status if error else 200,
    )


@router.post("/news/ingest")
async def ingest(request: Request) -> Response:
    form = await _form(request)
    bench = api.workbench(request)
    scenario = _text(form, "scenario") or DEFAULT_SCENARIO
    file = form.get("file")
    upload = file if isinstance(file, UploadFile) and file.filename else None
    sent = as_sent(form, "file", upload.filename or "") if upload else as_sent(form, "paste")
    try:
        date = _text(form, "date")
        when = _date(date) if date else None
        if upload:
            report = bench.ingest_upload(await upload.read(), upload.filename, when)
        else:
            report = bench.ingest_text(
                _text(form, "text"), _text(form, "title"), when, _text(form, "source")
            )
    except StoreBusy as exc:  # nothing wrong with the form: keep it, and say to send it again
        return retry_later(_news(request, scenario, busy=exc, typed=sent), exc)
    except StoreUnavailable:
        raise  # answered as every request the store fails (the app's one handler: 503)
    except AccordError as exc:  # shown above the forms, the one sent kept as it was
        return _news(request, scenario, error=exc, typed=sent)
    kept = KeptIngest.of(report)
    try:
        key = bench.keep_report(report)
    except StoreBusy:  # the ingest is stored: announce it here, not an error to retry
        return _news(
            request,
            scenario,
            _ingested(kept),
            read_problems=list(kept.problems),
            ingest_warnings=list(kept.warnings),
            not_utf8=list(kept.not_utf8),
        )
    return _redirect(request, f"/news?scenario={quote(scenario)}&ingest={key}")


def _min_confidence(text: str) -> float | None:
    """The news page's minimum event confidence as typed: blank for none, else a probability
    (0-1; NaN and infinity are refused too)."""
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0.0 <= value <= 1.0:
        raise DataError(f"min confidence: must be a probability between 0 and 1 (got {text!r})")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DataError(f"date: must be a date written YYYY-MM-DD (got {text!r})") from None


@router.post("/news/accept")
async def accept(request: Request) -> Response:
    form = await _form(request)
    scenario = _text(form, "scenario") or DEFAULT_SCENARIO
    ticked = [v for v in form.getlist("accept") if isinstance(v, str) and "|" in v]
    pairs = [(actor, issue) for actor, _, issue in (v.partition("|") for v in ticked)]
    text = _text(form, "min_confidence")
    try:
        least = _min_confidence(text)
    except DataError as exc:
        return _news(request, scenario, error=exc, least_text=text)
    try:
        saved, _made = api.workbench(request).accept(scenario, pairs, min_confidence=least)
    except ChangeNotProposed as exc:  # a page read before the news or the scenario changed
        return _news(
            request, scenario, error=exc, least=least, least_text=text, status=409, ticked=ticked
        )
    except StoreBusy as exc:  # the decision was right: keep it, and say to accept it again
        page = _news(request, scenario, least=least, least_text=text, ticked=ticked, busy=exc)
        return retry_later(page, exc)
    shown = f"&min_confidence={quote(text)}" if text else ""
    return _redirect(
        request, f"/news?scenario={quote(scenario)}&accepted={saved.version if saved else 0}{shown}"
    )


# ------------------------------------------------------------------------- ledger


@router.get("/ledger")
def ledger_page(
    request: Request,
    scenario: str | None = None,
    recorded: int | None = None,
    against: str | None = None,
) -> HTMLResponse:
    return _ledger(request, scenario or None, recorded, against=against or None)


def _ledger(
    request: Request,
    scenario: str | None,
    recorded: int | None = None,
    error: AccordError | None = None,
    runs: str = "200",
    engine: str = "",
    busy: StoreBusy | None = None,
    against: str | None = None,
    record_scenario: str | None = None,
) -> HTMLResponse:
    """The ledger page; ``error`` a refused record form, shown above it with the
    ``record_scenario`` (default ``scenario``), ``runs`` and ``engine`` it was given, ``busy``
    the database refusing its record for being busy (the form shown as sent). An unknown
    ``scenario`` is the error page (404, as the API's); ``recorded``, the record the form just
    wrote, is announced only if the ledger holds it (the address can name any number).
    ``against``: the engine every other is compared with besides the status quo and no skill
    (``accord ledger score --against``; session 45); one with no scored forecast here is said
    above the comparisons, which are then made without it (a scenario picked after the engine
    may have none of its forecasts)."""
    from accord.engines import ENGINES
    from accord.ledger.scores import hindsight_lines, score_tables

    bench = api.workbench(request)
    ledger = bench.reading_ledger()  # a read makes no ledger (session 43)
    records, resolutions = bench.ledger_entries(scenario)
    try:
        just_recorded = None if recorded is None else bench.ledger_record(recorded)
    except UnknownRecord:
        just_recorded = None
    against_error, against_asked = None, against
    try:  # the scores and comparisons of `accord ledger score [--against]`, the same function
        scores = bench.scores(scenario, against)
    except DataError as exc:  # an engine with no scored forecast (of this scenario)
        if against is None:
            raise
        scores, against_error, against = bench.scores(scenario), str(exc), None
    comparisons = scores.comparisons  # each with its verdict and table cells (session 45)
    tables = [  # the CLI's tables of scores, cell for cell (session 45)
        {
            **vars(t),
            "id": ("draft-" if t.title.startswith("Drafts") else "")
            + ("scores-before-outcome" if t.before_outcome else "scores"),
        }
        for t in score_tables(scores)
    ]
    before = [i for i, t in enumerate(tables) if t["before_outcome"]]
    points = [
        {
            "recorded_at": r.recorded_at.isoformat(),
            "engine": r.label,
            "scenario": r.scenario_id,
            "issue": item.get("id"),
            "forecast": item.get("forecast"),
            "share": _share(item),
            "p_agreement": item.get("p_agreement"),
        }
        for r in records
        for item in r.output.get("issues", [])
        if isinstance(item, dict)
    ]
    return render(
        request,
        "ledger.html",
        {
            "scenario": scenario or "",
            "record_scenario": record_scenario or scenario or "",
            "scenarios": bench.catalogue(),
            "engines": list(ENGINES),
            "records": records,
            "resolutions": resolutions,
            "draft_results": bench.draft_entries(scenario),
            "score_tables": tables,
            "first_before": before[0] if before else None,
            "hindsight": hindsight_lines(scores),
            "comparisons": comparisons,
            "tested": sum(c.test.status == "tested" for c in comparisons),
            # the engines `ledger score --against` accepts: those with a scored forecast
            "scored_engines": sorted(
                {i.engine for i in scores.items} | {d.engine for d in scores.drafts}
            ),
            "against": against or "",
            "against_error": against_error,
            "against_asked": against_asked,
            "recorded": just_recorded,
            "error": str(error) if error else None,
            "runs": runs,
            "engine": engine,
            "busy": busy,
            "ledger_url": ledger.display_url,
            "no_ledger": isinstance(ledger, NoLedger),
            "page_data": {"points": points},
        },
        status=422 if error else 200,
    )


def _share(item: dict[str, Any]) -> float | None:
    """A recorded forecast as a percentage of its issue's scale (issues' scales differ)."""
    value, scale = item.get("forecast"), item.get("scale")
    if not isinstance(value, int | float) or not isinstance(scale, list) or len(scale) != 2:
        return None
    low, high = float(scale[0]), float(scale[1])
    return 100.0 * (float(value) - low) / (high - low) if high > low else None


def _runs(text: str) -> int | None:
    """The Monte Carlo runs typed in the record form: blank for none, else 1 to the most a
    request runs inline (a larger ensemble is a job, on the forecast page)."""
    if not text:
        return None
    runs = _whole(text)
    if runs is None or not 1 <= runs <= api.MAX_INLINE_RUNS:
        raise DataError(
            f"runs: must be a whole number from 1 to {api.MAX_INLINE_RUNS}, or blank for no "
            f"Monte Carlo (got {text!r}); a larger ensemble runs as a job on the forecast page"
        )
    return runs


def _whole(text: str) -> int | None:
    """A form's whole number in the digits 0-9, else None. (``str.isdigit`` holds for '²' as
    well, which ``int`` refuses: the check a form's number needs is this one.)"""
    return int(text) if text.isascii() and text.isdigit() else None


@router.post("/ledger/record")
async def record_forecast(request: Request) -> Response:
    form = await _form(request)
    bench = api.workbench(request)
    scenario = _text(form, "scenario") or DEFAULT_SCENARIO
    text, engine = _text(form, "runs"), _text(form, "engine") or "mean"
    # the page's own query, kept across the redirect and on a refusal (session 45: the form
    # dropped `against`, and showed the recorded scenario where the page showed all); a form
    # without it (an older page, a script) gets the recorded scenario's page, as before
    shown = _text(form, "page_scenario") if "page_scenario" in form else scenario
    against = _text(form, "against") or None

    def kept(error: AccordError | None = None, busy: StoreBusy | None = None) -> HTMLResponse:
        """The page as it was, the form as sent, ``error`` or ``busy`` said above it."""
        return _ledger(
            request,
            shown or None,
            error=error,
            runs=text,
            engine=engine,
            busy=busy,
            against=against,
            record_scenario=scenario,
        )

    try:
        runs = _runs(text)
    except DataError as exc:
        return kept(error=exc)
    model = bench.scenario(scenario)  # an unknown one is the error page (404), as the API's
    made, refused = _tried(bench, model, engine, seed=1, runs=runs)
    if made is None:
        return kept(error=refused)
    try:
        stored = bench.record(made)
    except StoreBusy as exc:  # the form was right: keep it, and say to record again
        return retry_later(kept(busy=exc), exc)
    query = f"scenario={quote(shown)}" + (f"&against={quote(against)}" if against else "")
    return _redirect(request, f"/ledger?{query}&recorded={stored.id}")
