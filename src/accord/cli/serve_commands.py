"""``accord serve``: the workbench, a local web app and HTTP API over the library.

FastAPI and uvicorn are imported inside the command so that ``accord --help`` and every
other command start without them.
"""

from __future__ import annotations

import warnings
from typing import Annotated, Any

import typer

from accord.cli.app import _show_warning, app, say_warning, says
from accord.cli.options import db_to_write, finite

LOOPBACK = ("127.0.0.1", "localhost", "::1")
WILDCARDS = ("0.0.0.0", "::", "")
"""Bind addresses that mean every interface: the printed addresses name the machine instead."""


@app.command("serve")
def serve_command(
    host: Annotated[
        str, typer.Option(help="Address to bind; loopback unless you mean to share it.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="TCP port (0: any free port).")
    ] = 8000,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database URL (sqlite:///file.db, postgresql+psycopg://...) or a SQLite file "
            "path for the news and the scenario versions; default $ACCORD_DB or "
            "~/.accord/accord.db.",
        ),
    ] = None,
    max_upload_mb: Annotated[
        float,
        typer.Option(min=0.001, callback=finite, help="Largest upload or request body, in MiB."),
    ] = 8.0,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="A Host name to answer besides loopback (repeatable): the public name a "
            "reverse proxy in front sends. Reading then needs the token too.",
        ),
    ] = None,
    root_path: Annotated[
        str,
        typer.Option(
            "--root-path",
            help="The path a reverse proxy serves the workbench under, such as /accord for "
            "https://example.org/accord/: links, scripts and redirects start with it. The "
            "proxy may strip it or pass it on.",
        ),
    ] = "",
    private: Annotated[
        bool,
        typer.Option(
            "--private",
            help="Reading needs the token too, on loopback as well: for a machine other people "
            "log in to, whose every account reaches loopback.",
        ),
    ] = False,
    session_hours: Annotated[
        float,
        typer.Option(
            "--session-hours",
            min=0.01,
            max=24 * 366,
            callback=finite,
            help="How long a browser's login lasts (the session cookie's Max-Age; the server "
            "forgets the session then or at logout; a restart keeps it, a new token ends it).",
        ),
    ] = 12.0,
    proxy_https: Annotated[
        bool,
        typer.Option(
            "--proxy-https",
            help="The reverse proxy in front serves HTTPS and says so (X-Forwarded-Proto: https "
            "or Forwarded: proto=https): believe it, and send the session cookie Secure. Only "
            "behind a proxy that sets that header itself.",
        ),
    ] = False,
    max_failed_logins: Annotated[
        int,
        typer.Option(
            "--max-failed-logins",
            min=1,
            help="Wrong tokens one client address may send (login form or Authorization "
            "header) within --failed-login-minutes; past that its tokens are refused with 429 "
            "and Retry-After, unread. Behind a proxy every client is the proxy's address.",
        ),
    ] = 10,
    failed_login_minutes: Annotated[
        float,
        typer.Option(
            "--failed-login-minutes",
            min=0.05,
            max=24 * 60,
            callback=finite,
            help="The window wrong tokens are counted in, in minutes.",
        ),
    ] = 10.0,
    max_concurrent_forecasts: Annotated[
        int | None,
        typer.Option(
            "--max-concurrent-forecasts",
            min=1,
            help="Forecasts, ensembles, comparisons and explanations computed inline at once; "
            "one more is answered 503 with Retry-After. Default: the CPUs this process may "
            "use, at least 2.",
        ),
    ] = None,
) -> None:
    """Start the workbench: a local web app and its HTTP API under /api/v1.

    Pages for scenarios, forecasts, what-if, institutions, news and the ledger. Writing needs
    the token ($ACCORD_TOKEN, else one is generated and printed once): give it to the login
    form at the printed address, or send it as 'Authorization: Bearer TOKEN'. Ctrl-C stops."""
    # an in-memory store: every page answered 503 (each connection a new, empty database) and
    # what was written was gone at the end (session 44)
    db_to_write(db, "the workbench's scenarios, documents and reports")
    import contextlib
    import os
    import signal
    import socket

    import uvicorn

    from accord.web import WebSettings, create_app
    from accord.web.settings import TOKEN_ENV, default_forecast_slots
    from accord.web.settings import root_path as checked_root

    root = checked_root(root_path)  # refused before anything starts
    allowed, open_reads, notes = access(host, allow_host or [], private)
    for note in notes:
        say_warning(note)
    settings = WebSettings(
        db=db,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
        allowed_hosts=allowed,
        open_reads=open_reads,
        root_path=root,
        session_hours=session_hours,
        proxy_https=proxy_https,
        max_failed_logins=max_failed_logins,
        failed_login_window_s=failed_login_minutes * 60,
        max_concurrent_forecasts=max_concurrent_forecasts or default_forecast_slots(),
    )
    web = create_app(settings)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        from accord.errors import AccordError

        raise AccordError(
            f"--host {host} --port {port}: cannot listen there ({exc.strerror})"
        ) from None
    sock.listen(2048)  # connections wait in the backlog until uvicorn accepts them
    # Ctrl-C from here until uvicorn listens for it is kept and obeyed once it does (a signal
    # that raised KeyboardInterrupt inside the start-up could hang the process: session 30's CI)
    interrupted: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda sig, _frame: interrupted.append(sig))
    bound = sock.getsockname()[1]
    shown, bound_to = shown_host(host)
    # under --root-path the addresses name the prefix: the server answers them directly too
    address = f"http://{shown}:{bound}{root}"
    print(f"accord workbench on {address}/  (Ctrl-C to stop{bound_to})", flush=True)
    # the API's base first (what a client calls), then its route list page and OpenAPI document
    print(
        f"HTTP API under {address}/api/v1  (routes: {address}/api, "
        f"OpenAPI: {address}/api/v1/openapi.json)",
        flush=True,
    )
    print(f"store: {web.state.workbench.store.display_url}", flush=True)
    # the token is never put in an address (a proxy's log and the browser's history keep
    # those): the login page's form asks for it (session 40)
    if os.environ.get(TOKEN_ENV):
        print(
            f"writes need the token in ${TOKEN_ENV}; log in at {address}/login (the form asks "
            "for it)",
            flush=True,
        )
    else:
        print(f"write token (shown once): {settings.token}", flush=True)
        print(f"log in to edit: {address}/login (paste the token into its form)", flush=True)
    # proxy_headers off: uvicorn would otherwise believe X-Forwarded-Proto from any process of
    # this machine; --proxy-https is the operator's say-so instead
    level = "warning" if says("warning") else "error"  # the server's log under -qq: errors
    config = uvicorn.Config(web, log_level=level, timeout_graceful_shutdown=5, proxy_headers=False)
    server = _server_class()(config, interrupted)
    # the server's log says each warning as it comes, not once for the days a server runs (the
    # hook of a command that ends, _OnceACommand; session 43): as the forecast jobs' do
    warnings.showwarning = _show_warning
    # on Ctrl-C uvicorn shuts down (requests finish, the store closes), then raises it again,
    # which the handler above keeps
    try:
        with contextlib.suppress(KeyboardInterrupt):
            server.run(sockets=[sock])
    finally:
        signal.signal(signal.SIGINT, previous)
    print("accord workbench stopped", flush=True)


def shown_host(host: str) -> tuple[str, str]:
    """The host to print in the workbench's addresses for the bind address ``host``, and a
    note on the binding: for an address of every interface (``0.0.0.0``), which nobody can
    open, the machine's name (until session 32 the login address read ``http://0.0.0.0:...``)."""
    import socket

    if host in WILDCARDS:
        return socket.gethostname() or host, f", bound to {host}"
    return (f"[{host}]" if ":" in host else host), ""


def access(
    host: str, allow_hosts: list[str], private: bool = False
) -> tuple[tuple[str, ...], bool, list[str]]:
    """The Host names a workbench bound to ``host`` answers, whether it reads without the
    token, and the warnings to give. ``allow_hosts``: names a reverse proxy in front sends
    (``--allow-host``); a workbench reached under such a name is reached from beyond this
    machine, so reading needs the token (session 32's trial, finding 1). ``private``
    (``--private``): reading needs the token on loopback too, which every account of a shared
    server reaches (session 39's security trial: without it, no option closed reads there)."""
    from accord.errors import AccordError
    from accord.web.security import host_name

    allowed: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")
    notes: list[str] = []
    open_reads = host in LOOPBACK
    if not open_reads:
        allowed = (*allowed, host if ":" not in host else f"[{host}]", "*")
        notes.append(
            f"binding {host}: the workbench is reachable beyond this machine; reading needs "
            "the token too"
        )
    for given in allow_hosts:
        name = host_name(given)
        if name is None or "/" in given or any(ch.isspace() for ch in given):
            raise AccordError(
                "--allow-host: expected a host name such as desk.example.org, as a proxy sends "
                f"it in the Host header (got {given!r})"
            )
        allowed = (*allowed, name)
    if allow_hosts and open_reads:
        open_reads = False
        notes.append(
            f"answering Host {', '.join(allowed[4:])} (--allow-host): requests come from "
            "beyond this machine through it; reading needs the token too"
        )
    if private and open_reads:
        open_reads = False
        notes.append("--private: reading needs the token too, on loopback as well")
    return allowed, open_reads, notes


def _server_class() -> type[Any]:
    """uvicorn's server, told at start-up of a Ctrl-C that came before it listened for one."""
    import uvicorn

    class InterruptibleServer(uvicorn.Server):
        def __init__(self, config: uvicorn.Config, interrupted: list[int]) -> None:
            super().__init__(config)
            self.interrupted = interrupted

        async def startup(self, sockets: list[Any] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.interrupted:  # uvicorn's own handler is in place now: stop as it would
                self.should_exit = True

    return InterruptibleServer
