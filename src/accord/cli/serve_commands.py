"""``accord serve``: the workbench, a local web app and HTTP API over the library.

FastAPI and uvicorn are imported inside the command so that ``accord --help`` and every
other command start without them.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from accord.cli.app import app, say_warning
from accord.cli.options import finite

LOOPBACK = ("127.0.0.1", "localhost", "::1")


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
) -> None:
    """Start the workbench: a local web app and its HTTP API under /api/v1.

    Pages for scenarios, forecasts, what-if, institutions, news and the ledger. Writing needs
    the token ($ACCORD_TOKEN, else one is generated and printed once); open the printed login
    address in a browser. Ctrl-C stops."""
    import contextlib
    import os
    import signal
    import socket

    import uvicorn

    from accord.web import WebSettings, create_app
    from accord.web.settings import TOKEN_ENV

    allowed: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")
    if host not in LOOPBACK:
        allowed = (*allowed, host if ":" not in host else f"[{host}]", "*")
        say_warning(
            f"binding {host}: the workbench is reachable beyond this machine; reading needs "
            "the token too"
        )
    settings = WebSettings(
        db=db,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
        allowed_hosts=allowed,
        open_reads=host in LOOPBACK,
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
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{bound}"
    print(f"accord workbench on {address}/  (Ctrl-C to stop)", flush=True)
    # the API's base first (what a client calls), then its route list page and OpenAPI document
    print(
        f"HTTP API under {address}/api/v1  (routes: {address}/api, "
        f"OpenAPI: {address}/api/v1/openapi.json)",
        flush=True,
    )
    print(f"store: {web.state.workbench.store.display_url}", flush=True)
    if os.environ.get(TOKEN_ENV):
        print(
            f"writes need the token in ${TOKEN_ENV}; log in at {address}/login?token=...",
            flush=True,
        )
    else:
        print(f"write token (shown once): {settings.token}", flush=True)
        print(f"log in to edit: {address}/login?token={settings.token}", flush=True)
    config = uvicorn.Config(web, log_level="warning", timeout_graceful_shutdown=5)
    server = _server_class()(config, interrupted)
    # on Ctrl-C uvicorn shuts down (requests finish, the store closes), then raises it again,
    # which the handler above keeps
    try:
        with contextlib.suppress(KeyboardInterrupt):
            server.run(sockets=[sock])
    finally:
        signal.signal(signal.SIGINT, previous)
    print("accord workbench stopped", flush=True)


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
