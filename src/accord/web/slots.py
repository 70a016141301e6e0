"""A cap on the computations the workbench runs inline, and stopping those nobody waits for.

Every forecast, ensemble, comparison and explanation a page or an API route asks for runs in
the server's own process, in one of its worker threads, on one core. Until session 40 nothing
bounded how many ran at once (session 39's security trial, finding 8): a few users, or one
script, could keep every core busy and the workbench slow for the whole desk. Now a request
takes one of ``accord serve --max-concurrent-forecasts`` slots for its computation, or is
answered at once with 503 and ``Retry-After`` (:class:`ServerBusy`); the slot is given back
when the computation ends, fails, or stops because the client went away.

A client that goes away (a closed tab, a script's timeout) is seen by :class:`WatchDisconnect`,
which marks the request abandoned; an ensemble then stops at its next block of runs
(:class:`StopWhenAbandoned`) and its slot is free again, and the forecast page starts none of
its further engines (session 41). Since session 42 every engine the workbench runs is wrapped
(:class:`StopBeforeRuns`) so that the same check stops it before each run and each batch run:
a comparison starts no further engine, a comparison of two scenarios does not forecast the
second, an explanation does not run its tornado batch (nearly all of its time), and a single
forecast whose client left before it started does not start. Since session 43 a run is stopped
part-way as well, between two of its rounds (BDM) or turns (SMP), batch runs included: the
kernels report each round to :func:`accord.progress.tick`, and the wrapper installs the same
check there (:func:`accord.progress.checking`), so the engines import nothing of the web. An
engine whose kernel reports no rounds (mean, median, Nash, exchange, learned, a third
party's) runs to its end, its answer dropped (a Python thread cannot be stopped from outside).
Background jobs (``POST /api/v1/jobs``) are bounded apart, by their own queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from accord.errors import AccordError
from accord.progress import checking
from accord.web.security import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from accord.engines.base import Batch, Engine, Run
    from accord.scenario.model import Scenario

RETRY_AFTER_S = 5
"""What a refused computation's ``Retry-After`` says: an inline forecast takes seconds."""


class ServerBusy(AccordError):
    """Every slot for inline computations is taken: the request was right and may succeed a
    moment later (503 with ``Retry-After``)."""

    retry_after_s: int = RETRY_AFTER_S


class RequestAbandoned(AccordError):
    """The client of a computation went away before its answer; the computation stopped."""


ABANDONED: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar(
    "accord_abandoned", default=None
)
"""Set for the request being answered (the worker thread a route runs in sees its copy): the
event is set when its client has gone away."""


class ComputeSlots:
    """At most ``size`` computations at once, over all requests; a thread that holds a slot
    already (a page that runs several engines) takes no second one."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise AccordError(f"--max-concurrent-forecasts: at least 1 (got {size})")
        self.size = size
        self._free = threading.BoundedSemaphore(size)
        self._mine = threading.local()

    def take(self) -> bool:
        """Take a slot (none more where this thread holds one); False if none is free."""
        depth = int(getattr(self._mine, "depth", 0))
        if depth == 0 and not self._free.acquire(blocking=False):
            return False
        self._mine.depth = depth + 1
        return True

    def give_back(self) -> None:
        """Give back what :meth:`take` took (the slot itself with the thread's last take)."""
        depth = int(getattr(self._mine, "depth", 0)) - 1
        self._mine.depth = depth
        if depth == 0:
            self._free.release()

    def busy_message(self) -> str:
        """What a request refused for want of a slot is told."""
        return (
            f"the workbench is computing {self.size} forecasts already, its limit "
            "(accord serve --max-concurrent-forecasts); try again in a few seconds, or run a "
            "large ensemble as a job (POST /api/v1/jobs), which waits its turn"
        )


class GiveBack:
    """A context manager that gives a slot taken with :meth:`ComputeSlots.take` back on exit."""

    def __init__(self, slots: ComputeSlots) -> None:
        self.slots = slots

    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc: object) -> None:
        self.slots.give_back()


def abandoned() -> bool:
    """Whether the client of the request this thread answers has gone away."""
    event = ABANDONED.get()
    return event is not None and event.is_set()


def stop_if_abandoned() -> None:
    """Raise :class:`RequestAbandoned` once the client of the request this thread answers has
    gone away: the one check every stopping point of a computation makes."""
    if abandoned():
        raise RequestAbandoned("the client went away; the computation was stopped")


class StopBeforeRuns:
    """``engine`` (:class:`accord.engines.base.Engine`), which first stops the request's
    computation if its client has gone away (:func:`stop_if_abandoned`), before each ``run``
    and, where ``engine`` has one, each ``run_batch``: the library's forecast, comparison and
    explanation take an engine object, so each of their engine calls is a point to stop at
    (session 42); and inside each, at every round the kernel reports (session 43:
    :func:`accord.progress.checking`). Every other attribute is ``engine``'s; the numbers are
    the same."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.name = engine.name
        self.summary = engine.summary

    def run(
        self, scenario: Scenario, params: Mapping[str, Any] | None = None, seed: int | None = None
    ) -> Run:
        stop_if_abandoned()
        with checking(stop_if_abandoned):  # and between its rounds (session 43)
            return self.engine.run(scenario, params, seed)

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.engine, name)  # AttributeError: an engine with no batch kernel
        if name != "run_batch":
            return found

        def run_batch(
            batch: Batch, params: Mapping[str, Any] | None = None, seed: Any = None
        ) -> Any:
            stop_if_abandoned()
            with checking(stop_if_abandoned):
                return found(batch, params, seed)

        return run_batch

    def __repr__(self) -> str:
        return repr(self.engine)


class StopWhenAbandoned:
    """An inline executor (:mod:`accord.execution`'s interface) that runs an ensemble's blocks
    in this thread, in order, and stops between two of them once the request's client has
    gone away (:class:`RequestAbandoned`). The numbers do not depend on the blocks: each draws
    from its own seed (:func:`accord.forecast.ensemble.run_ensemble`)."""

    name = "inline, stopped if its client goes away"

    def __init__(self, parts: int = 20) -> None:
        self.workers = parts  # run_ensemble makes one chunk per worker

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        out = []
        for item in items:
            stop_if_abandoned()
            out.append(fn(item))
        return out

    def imap(self, fn: Callable[[Any], Any], items: Sequence[Any], ahead: int) -> Iterator[Any]:
        for item in items:
            stop_if_abandoned()
            yield fn(item)

    def close(self) -> None:
        return None

    def describe(self) -> str:
        return self.name


class WatchDisconnect:
    """ASGI middleware: marks a request abandoned (:data:`ABANDONED`) when its client goes
    away before the answer. Once the request's body is read (at once for a request without
    one), a task reads on from the connection, where the server reports a disconnect, and
    hands the app every message it reads, so that the app receives what it always did."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        gone = threading.Event()
        queue: asyncio.Queue[Message] = asyncio.Queue()
        watcher: asyncio.Task[None] | None = None

        async def watch() -> None:
            while True:
                message = await receive()
                await queue.put(message)
                if message["type"] == "http.disconnect":
                    gone.set()
                    return

        def start() -> None:
            nonlocal watcher
            if watcher is None:
                watcher = asyncio.get_running_loop().create_task(watch())

        async def app_receive() -> Message:
            if watcher is not None:
                return await queue.get()
            message = await receive()
            if message["type"] == "http.disconnect":
                gone.set()
            elif not message.get("more_body", False):
                start()  # the body is read: what comes next is the disconnect, if any
            return message

        headers = dict(scope.get("headers", []))
        if b"content-length" not in headers and b"transfer-encoding" not in headers:
            start()  # no body: the first message is an empty one, queued for the app
        elif headers.get(b"content-length") == b"0":
            start()
        token = ABANDONED.set(gone)
        try:
            await self.app(scope, app_receive, send)
        finally:
            ABANDONED.reset(token)
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await watcher
