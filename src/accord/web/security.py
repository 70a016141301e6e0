"""Write protection, sessions, CSRF tokens and response headers.

Reading is open on loopback; every write needs the token. API clients and scripts send it as
``Authorization: Bearer TOKEN``. A browser logs in once with the form at ``/login`` (a POST: the
token never travels in an address, where a proxy's access log and the browser's history would
keep it; session 40). That opens a server-side session: a random id in an HttpOnly,
SameSite=Strict cookie, ``Secure`` when the request came over HTTPS, with a Max-Age; the server
forgets it at its expiry and at logout (``POST /logout``). Each form then carries
a CSRF token derived from the session (the synchroniser token pattern of the OWASP CSRF
Prevention Cheat Sheet, with HMAC-SHA256 as the derivation); the login form, posted before any
session exists, carries one derived from a short-lived random cookie of its own (a signed double
submit). Tokens are compared in constant time.

Since session 41 the sessions are rows of the workbench's database (:mod:`accord.web.sessions`),
so a restart keeps them (until then it forgot them); each is kept as an HMAC of its id under
the token, never the id itself, and a new token ends them all. Wrong tokens are counted per
client address (:class:`FailedAttempts`): past ``accord serve --max-failed-logins`` in a
window, every token that address sends is refused with 429 and ``Retry-After`` until the
window has moved on.

Every response carries a Content-Security-Policy that allows scripts only from this server's
own static files: text from a scenario or an article reaches pages only escaped by Jinja2 or
as JSON data blocks, and even if some markup slipped through, no inline script would run.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
import threading
import time
from collections import OrderedDict, deque
from collections.abc import (
    Awaitable,
    Callable,
    Iterable,
    Mapping,
    MutableMapping,
    Sequence,
)
from typing import Any, Protocol

from accord.errors import AccordError

SESSION_COOKIE = "accord_session"
LOGIN_COOKIE = "accord_login"
"""The login form's own cookie: a random value the form's CSRF field is derived from."""
LOGIN_FORM_MAX_AGE_S = 3600
"""How long a login form may stay open before it is posted (its cookie's Max-Age)."""
MAX_SESSIONS = 10_000
"""Sessions kept at once; beyond this the oldest is forgotten (only token holders make them)."""
UNKNOWN_ADDRESS = "unknown"
"""The address a request is counted under when the server names none (not under uvicorn)."""
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
"""Scripts from this origin's files only (no inline script, no eval: charts use Vega's
expression interpreter). Inline *styles* are allowed because Vega sizes its tooltips with them."""

SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


INTERNAL_ERROR = (
    "the workbench failed on this request; the server's log (where accord serve runs) has the "
    "details"
)
"""What a 500 says: nothing of the fault itself (no traceback, path or value reaches the
client), where to look instead."""


class WriteRefused(AccordError):
    """A write without a valid token (401) or a form without a valid CSRF token (403)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class TooManyAttempts(WriteRefused):
    """A token from a client address that has sent too many wrong ones lately (429): it was
    not compared, and ``retry_after_s`` says when the address may try again."""

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message, 429)
        self.retry_after_s = retry_after_s


MAX_TRACKED_ADDRESSES = 10_000
"""Client addresses whose wrong tokens are counted at once; beyond this the one least recently
seen is forgotten (a least-recently-used table: the memory stays bounded whoever asks)."""

DEFAULT_MAX_FAILURES = 10
"""Wrong tokens an address may send in a window (``accord serve --max-failed-logins``)."""

DEFAULT_FAILURE_WINDOW_S = 600.0
"""The window they are counted in, in seconds (``accord serve --failed-login-minutes``)."""

_log = logging.getLogger("accord.web")


class FailedAttempts:
    """Wrong tokens counted per client address, over a sliding window of ``window_s`` seconds.

    An address that has sent ``limit`` wrong tokens (the login form's, or an
    ``Authorization`` header's) within the window is refused every token it sends
    (:class:`TooManyAttempts`, 429) until the oldest of them leaves the window: the token is
    then not compared at all, so a refusal tells a guesser nothing about it, and the guesses
    that get through are at most ``limit`` a window. This is the throttle of OWASP's
    Authentication and Credential Stuffing Prevention cheat sheets, kept per address because
    the workbench has one token and no accounts to lock. A success neither resets the count
    (a login on a shared address must not hand a guesser there fresh tries) nor is undone by
    it: a session once opened is never counted or refused here. The first refusal of an
    address in a window is logged as a warning. At most ``max_addresses`` are kept, the least
    recently seen forgotten first."""

    def __init__(
        self,
        limit: int = DEFAULT_MAX_FAILURES,
        window_s: float = DEFAULT_FAILURE_WINDOW_S,
        max_addresses: int = MAX_TRACKED_ADDRESSES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1 or not window_s > 0 or max_addresses < 1:
            raise AccordError(
                f"failed logins: expected a limit >= 1 and a window > 0 (got {limit}, {window_s})"
            )
        self.limit = limit
        self.window_s = window_s
        self.max_addresses = max_addresses
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._warned: dict[str, float] = {}  # address -> when its refusal was last logged
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque[float]:
        """The address's failures within the window (older ones dropped), marked as seen."""
        times = self._failures.get(address)
        if times is None:
            return deque(maxlen=self.limit)
        while times and times[0] <= now - self.window_s:
            times.popleft()
        self._failures.move_to_end(address)
        return times

    def check(self, address: str) -> None:
        """Raise :class:`TooManyAttempts` if ``address`` may not try a token now."""
        now = self._clock()
        with self._lock:
            times = self._recent(address, now)
            if len(times) < self.limit:
                return
            wait = max(1, math.ceil(times[0] + self.window_s - now))
            if now - self._warned.get(address, -math.inf) >= self.window_s:
                self._warned[address] = now
                _log.warning(
                    "%d wrong tokens from %s within %g s: its tokens are refused (429) for %d s",
                    len(times),
                    address,
                    self.window_s,
                    wait,
                )
        raise TooManyAttempts(
            f"too many wrong tokens from this address ({self.limit} within "
            f"{_duration(self.window_s)}): try again in {_duration(wait)}",
            wait,
        )

    def failed(self, address: str) -> None:
        """Count a wrong token from ``address``."""
        now = self._clock()
        with self._lock:
            times = self._recent(address, now)
            if address not in self._failures:
                self._failures[address] = times
                while len(self._failures) > self.max_addresses:
                    forgotten, _ = self._failures.popitem(last=False)
                    self._warned.pop(forgotten, None)
            times.append(now)

    def tracked(self) -> int:
        """How many addresses are counted now (bounded by ``max_addresses``)."""
        return len(self._failures)


def _duration(seconds: float) -> str:
    """``90`` -> ``"90 s"``, ``600`` -> ``"10 min"``: how a refusal says a wait or a window."""
    if seconds >= 120 and seconds % 60 == 0:
        return f"{seconds / 60:g} min"
    return f"{seconds:g} s"


class SessionRecords(Protocol):
    """Where :class:`Keys` keeps its sessions: each under a digest of its id (never the id),
    with its expiry (``time.time()`` seconds)."""

    def add(self, digest: str, expires: float, now: float) -> None:
        """Keep a new session; sessions expired by ``now`` may be forgotten at the same time."""
        ...

    def expiry(self, digest: str) -> float | None:
        """The session's expiry, or None for one not kept."""
        ...

    def remove(self, digest: str) -> None:
        """Forget the session (logout, or found expired)."""
        ...


class MemorySessions:
    """Sessions in this process's memory (a restart forgets them): for a :class:`Keys` made
    without the workbench's database. At most :data:`MAX_SESSIONS`, the oldest forgotten."""

    def __init__(self) -> None:
        self._sessions: dict[str, float] = {}
        self._lock = threading.Lock()

    def add(self, digest: str, expires: float, now: float) -> None:
        with self._lock:
            for old in [k for k, until in self._sessions.items() if until <= now]:
                del self._sessions[old]
            while len(self._sessions) >= MAX_SESSIONS:
                del self._sessions[next(iter(self._sessions))]  # the oldest (insertion order)
            self._sessions[digest] = expires

    def expiry(self, digest: str) -> float | None:
        with self._lock:
            return self._sessions.get(digest)

    def remove(self, digest: str) -> None:
        with self._lock:
            self._sessions.pop(digest, None)


class Keys:
    """The write token, the sessions opened with it and the CSRF tokens derived from them.

    A session is a random id the server keeps with its expiry (``session_s`` seconds after the
    login); the cookie holds only that id, and ``records`` (the workbench's database since
    session 41, :mod:`accord.web.sessions`; else this process's memory) only its HMAC under the
    token, so whoever reads the records opens no session, and a new token ends every one.
    ``attempts`` counts wrong tokens per client address (:class:`FailedAttempts`)."""

    def __init__(
        self,
        token: str,
        session_s: float = 12 * 3600,
        records: SessionRecords | None = None,
        attempts: FailedAttempts | None = None,
    ) -> None:
        if len(token) < 16:
            raise AccordError("the write token must be at least 16 characters long")
        self._key = token.encode()
        self.session_s = session_s
        self.records: SessionRecords = records if records is not None else MemorySessions()
        self.attempts = attempts if attempts is not None else FailedAttempts()

    def _mac(self, purpose: str) -> str:
        return hmac.new(self._key, purpose.encode(), hashlib.sha256).hexdigest()

    def token_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self._key)

    def try_token(self, given: str | None, address: str) -> bool:
        """Whether ``given`` is the token, sent from the client ``address``: refused unread
        (:class:`TooManyAttempts`) while the address has too many wrong ones, and counted
        when wrong. No token at all (None or '') is no attempt."""
        if not given:
            return False
        self.attempts.check(address)
        if self.token_ok(given):
            return True
        self.attempts.failed(address)
        return False

    def session_digest(self, session: str) -> str:
        """What the records keep of a session id: its HMAC-SHA256 under the token."""
        return self._mac(f"session:{session}")

    def open_session(self) -> str:
        """A new session's id, kept until its expiry; expired ones are forgotten now."""
        now = time.time()
        session = secrets.token_urlsafe(32)
        self.records.add(self.session_digest(session), now + self.session_s, now)
        return session

    def close_session(self, cookie: str | None) -> None:
        """Forget the session ``cookie`` names (logout): its cookie opens nothing any more."""
        if cookie:
            self.records.remove(self.session_digest(cookie))

    def session_ok(self, cookie: str | None) -> bool:
        if not cookie:
            return False
        digest = self.session_digest(cookie)
        until = self.records.expiry(digest)
        if until is not None and until <= time.time():
            self.records.remove(digest)
            return False
        return until is not None

    def bearer_ok(self, authorization: str | None, address: str = UNKNOWN_ADDRESS) -> bool:
        """The ``Authorization`` header is ``Bearer TOKEN`` with this workbench's token. Any
        other header is a wrong token from ``address`` (:meth:`try_token`)."""
        if authorization is None:
            return False
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer":  # another scheme (Basic ...): a wrong token too
            self.attempts.check(address)
            self.attempts.failed(address)
            return False
        return self.try_token(value.strip() or "-", address)

    def csrf(self, cookie: str | None) -> str:
        """The CSRF token for a page served to ``cookie``'s session ('' when logged out)."""
        return self._mac(f"csrf:{cookie}") if self.session_ok(cookie) else ""

    def csrf_ok(self, cookie: str | None, given: str | None) -> bool:
        expected = self.csrf(cookie)
        return bool(expected) and given is not None and hmac.compare_digest(given, expected)

    def login_csrf(self, nonce: str | None) -> str:
        """The login form's CSRF token for its cookie's random value ('' for none): a page of
        another site can neither read the cookie nor compute this without the token."""
        return self._mac(f"login:{nonce}") if nonce else ""

    def login_csrf_ok(self, nonce: str | None, given: str | None) -> bool:
        expected = self.login_csrf(nonce)
        return bool(expected) and given is not None and hmac.compare_digest(given, expected)

    def check_read(
        self,
        authorization: str | None,
        cookie: str | None,
        why: str = "this workbench is not on loopback",
        address: str = UNKNOWN_ADDRESS,
    ) -> None:
        """Raise :class:`WriteRefused` (401) unless a bearer token or a session is valid;
        ``why`` says why reading needs it here. A valid session is never refused for its
        address's wrong tokens; a token is (:class:`TooManyAttempts`)."""
        if self.session_ok(cookie) or self.bearer_ok(authorization, address):
            return
        raise WriteRefused(
            f"{why}: reading needs the token too "
            "(log in at /login with the token `accord serve` printed, or send "
            "'Authorization: Bearer TOKEN')",
            401,
        )

    def check_write(
        self,
        authorization: str | None,
        cookie: str | None,
        csrf: str | None,
        address: str = UNKNOWN_ADDRESS,
    ) -> None:
        """Raise :class:`WriteRefused` unless a bearer token or session + CSRF is valid (429,
        :class:`TooManyAttempts`, for a token from an address with too many wrong ones)."""
        if authorization is not None:
            if self.bearer_ok(authorization, address):
                return
            raise WriteRefused("invalid token in the Authorization header", 401)
        if self.session_ok(cookie):
            if self.csrf_ok(cookie, csrf):
                return
            raise WriteRefused("missing or invalid CSRF token; reload the page", 403)
        raise WriteRefused(
            "writing needs the token: send 'Authorization: Bearer TOKEN' "
            "(printed by `accord serve`, or $ACCORD_TOKEN)",
            401,
        )


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class HeadersAndLimits:
    """ASGI middleware: security headers on every response, and a cap on request bodies.

    A body larger than ``max_bytes`` is refused with 413 before the app sees it: by its
    Content-Length when declared, else by counting the streamed chunks. Nothing is stored,
    because the handler never runs.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for key, value in SECURITY_HEADERS.items():
                    if key.encode() not in present:
                        headers.append((key.encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(scope, send_with_headers, int(declared))
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, counting_receive, send_with_headers)
        except _BodyTooLarge:
            await self._too_large(scope, send_with_headers, seen)
        except Exception:
            # a fault of the workbench's own: answered here, with the headers above and in the
            # error shape, then raised on for the server's log (Starlette's outer handler sees
            # the answer started and sends no second one). Until session 39 it was Starlette's
            # plain "Internal Server Error", without the headers, as text under /api/ too.
            if not started:
                await refuse(scope, send_with_headers, 500, "InternalError", INTERNAL_ERROR)
            raise

    async def _too_large(self, scope: Scope, send: Send, size: int) -> None:
        message = f"request too large ({size} bytes or more; the limit is {self.max_bytes} bytes)"
        await refuse(scope, send, 413, "TooLarge", message)


async def refuse(
    scope: Scope,
    send: Send,
    status: int,
    kind: str,
    message: str,
    problems: Sequence[dict[str, Any]] = (),
) -> None:
    """Answer a request that a middleware refuses before the app sees it, as the app answers
    its own errors: the API's error shape under ``/api/``, else a page with the message."""
    import html
    import json

    root = str(scope.get("root_path", ""))
    if route_path(scope).startswith("/api/"):
        content = b"application/json"
        error = {"type": kind, "message": message, "problems": list(problems)}
        body = json.dumps({"error": error}).encode()
    else:
        content = b"text/html; charset=utf-8"
        body = (
            f"<!doctype html><title>{html.escape(kind)}</title><link rel=stylesheet "
            f'href="{root}/static/app.css"><main><p class="error">{html.escape(message)}</p>'
            f'<p><a href="{root}/">Back to the workbench</a></p></main>'
        ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", content), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def route_path(scope: Mapping[str, Any]) -> str:
    """The path a request asks of the app, without the prefix the workbench is served under
    (``accord serve --root-path``): ``/api/v1/documents`` for ``/accord/api/v1/documents``."""
    path = str(scope.get("path", ""))
    root = str(scope.get("root_path", ""))
    if root and (path == root or path.startswith(root + "/")):
        return path[len(root) :] or "/"
    return path


class RootPath:
    """ASGI middleware: the workbench served under a path prefix by a reverse proxy
    (``https://example.org/accord/``, ``accord serve --root-path /accord``). Every request gets
    the prefix as its ``root_path``, from which the pages, redirects and the API's addresses
    are written (``/accord/static/app.css``); its path is taken with the prefix whether the
    proxy strips it (nginx's ``proxy_pass http://127.0.0.1:8741/;``) or passes it on
    (``proxy_pass http://127.0.0.1:8741;``), and a request made to the server directly, without
    the prefix, is answered too. uvicorn's own ``root_path`` prefixes every path, so it
    answers only a proxy that strips the prefix: hence this."""

    def __init__(self, app: ASGIApp, root: str) -> None:
        self.app = app
        self.root = root

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in (self.root, ""):
            # the prefix alone: to its folder, by a path (Starlette's own redirect to the
            # added slash names the host, which behind a proxy is the upstream's)
            query = scope.get("query_string", b"")
            where = (self.root + "/" + ("?" + query.decode("latin-1") if query else "")).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 308,
                    "headers": [(b"location", where), (b"content-length", b"0")],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        if scope["type"] in ("http", "websocket") and self.root:
            path = str(scope["path"])
            scope = dict(scope)
            scope["root_path"] = self.root
            if not (path == self.root or path.startswith(self.root + "/")):
                scope["path"] = self.root + path
                raw = scope.get("raw_path")
                if isinstance(raw, bytes):
                    scope["raw_path"] = self.root.encode() + raw
        await self.app(scope, receive, send)


def over_https(scheme: str, headers: Mapping[str, str], trust_proxy: bool) -> bool:
    """Whether a request came over HTTPS: to this server directly (``scheme``), or, where the
    operator said the proxy in front says so truthfully (``accord serve --proxy-https``,
    ``trust_proxy``), to the proxy, as its ``X-Forwarded-Proto: https`` or RFC 7239's
    ``Forwarded: proto=https`` reports (the first, nearest the client, of a list). A header
    is never believed unasked: anyone can send one to a server the proxy does not guard."""
    if scheme in ("https", "wss"):
        return True
    if not trust_proxy:
        return False
    lowered = {name.lower(): value for name, value in headers.items()}
    proto = lowered.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    if proto == "https":
        return True
    first = lowered.get("forwarded", "").split(",")[0]
    for pair in first.split(";"):
        name, _, value = pair.strip().partition("=")
        if name.strip().lower() == "proto" and value.strip().strip('"').lower() == "https":
            return True
    return False


def client_address(scope: Mapping[str, Any]) -> str:
    """The address a request's wrong tokens are counted under: the peer of its connection, as
    the server reports it. Never a proxy's ``X-Forwarded-For`` or ``Forwarded``: anyone can
    send those, and ``accord serve`` turns off uvicorn's belief in them (``proxy_headers``
    off). Behind a reverse proxy every client therefore counts as the proxy's address
    (docs/deployment.md says what that means and how the proxy can limit per client)."""
    client = scope.get("client")
    if client and client[0]:
        return str(client[0])
    return UNKNOWN_ADDRESS


PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip")
"""Headers a reverse proxy adds (RFC 7239's ``Forwarded`` and the common de facto ones): a
request that carries one came through a proxy, so from beyond loopback whatever its address."""


def proxy_header(headers: Mapping[str, str]) -> str | None:
    """The first of :data:`PROXY_HEADERS` that ``headers`` (names in any case) carries."""
    present = {name.lower() for name in headers}
    return next((name for name in PROXY_HEADERS if name in present), None)


def host_name(header: str | None) -> str | None:
    """The host a Host header names, without its port, in lower case (an IPv6 address keeps
    its brackets); None for a header that names none."""
    if not header:
        return None
    if header.startswith("["):
        end = header.find("]")
        rest = header[end + 1 :]
        ok = end > 1 and (not rest or (rest[0] == ":" and rest[1:].isdigit()))
        return header[: end + 1].lower() if ok else None
    name, _, port = header.partition(":")
    return name.lower() if name and (not port or port.isdigit()) and ":" not in port else None


class TrustedHosts:
    """ASGI middleware: answer only requests whose Host header names one of ``allowed``, which
    stops DNS rebinding from making a web page a client of this server. Others are a 400 in the
    app's error shape (:func:`refuse`), where Starlette's ``TrustedHostMiddleware`` answered
    plain text to API clients that read every other error as JSON. ``*`` among them answers
    any host (``accord serve --host`` with an address beyond loopback: the token guards it)."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = {host.lower() for host in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if "*" in self.allowed or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        given = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), None)
        if host_name(given) in self.allowed:
            await self.app(scope, receive, send)
            return
        shown = "none" if given is None else repr(given[:100])
        message = (
            f"Host header {shown} is not one this server answers (a loopback name, the "
            "address `accord serve --host` was given, or a name given with --allow-host)"
        )
        problem = {"path": "header.host", "message": "not a host this server answers"}
        await refuse(scope, send, 400, "UntrustedHost", message, [problem | {"value": given}])


class _BodyTooLarge(Exception):
    pass
