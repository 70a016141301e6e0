"""Executors: one seam through which ensembles, sweeps, backtests and corpus coding run.

An executor maps a picklable top-level function over a list of work items and returns the
results in item order (``map``: all at once; ``imap``: one by one as the head of the line is
done, with a bounded number of items in flight). Three kinds share that interface:

* :class:`InlineExecutor` runs in this process (the default; no pickling, no start-up);
* :class:`ProcessExecutor` runs on ``workers`` local processes
  (:class:`concurrent.futures.ProcessPoolExecutor`), what ``--workers N`` selects;
* :class:`DaskExecutor` runs on a Dask cluster (``dask.distributed``; the optional ``[dask]``
  extra), what ``--scheduler tcp://HOST:PORT`` selects, or on a ``LocalCluster`` of its own.

The executor never changes the numbers: work is split into items whose results do not depend
on which worker ran them, and every random item draws from its own child of one
:class:`numpy.random.SeedSequence` (:func:`spawn_seeds`), fixed by the item's index, not by the
worker that ran it (the scheme of NumPy's "Parallel random number generation" guide).

A Python warning raised by an item on another process is carried back with the item's result
and raised again here, where the result arrives (:func:`_said_here`): the filters of this
process decide whether it is shown and how (a command line's ``warning:`` line, left out by
``-qq``), and the same warning from several items or workers is shown once, as one process
shows it (session 43; until then it printed in Python's own form on the worker's stderr,
whatever ``-qq`` said, or was lost with a remote Dask worker's output).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, suppress
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

import numpy as np

from accord.errors import AccordError, AccordWarning
from accord.quiet import labelled

__all__ = [
    "DaskExecutor",
    "Executor",
    "ExecutorError",
    "InlineExecutor",
    "ProcessExecutor",
    "make_executor",
    "spawn_seeds",
    "split",
]

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class ExecutorError(AccordError):
    """An executor could not be made (bad worker count, unreachable scheduler, no dask)."""


class Executor(Protocol):
    """Maps a function over work items; results come back in item order."""

    name: str
    workers: int

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]: ...

    def imap(self, fn: Callable[[T], R], items: Sequence[T], ahead: int) -> Iterator[R]:
        """The results one by one in item order, with at most ``ahead`` items submitted and not
        yet yielded: a consumer that must apply results in order (the news store,
        :func:`accord.news.corpus.ingest_corpus`) gets them as soon as the order allows, while
        the workers go on with the next ``ahead`` items and at most that many results wait in
        memory however long one item takes."""
        ...

    def close(self) -> None: ...

    def describe(self) -> str: ...


def spawn_seeds(seed: int, count: int) -> list[np.random.SeedSequence]:
    """``count`` independent child seed sequences of ``seed``, child ``i`` fixed by ``i`` alone.

    Children of one :class:`~numpy.random.SeedSequence` are statistically independent streams
    (O'Neill's PCG seeding scheme as adopted by NumPy); child ``i`` is the same whatever
    ``count`` is, so a block of work keeps its stream however the blocks are grouped.
    """
    if count < 0:
        raise ExecutorError(f"count must be >= 0 (got {count})")
    return np.random.SeedSequence(seed).spawn(count)


def split(count: int, parts: int) -> list[range]:
    """``range(count)`` cut into at most ``parts`` contiguous, near-equal, non-empty pieces."""
    parts = max(1, min(parts, count))
    bounds = np.linspace(0, count, parts + 1).round().astype(int)
    return [range(int(a), int(b)) for a, b in itertools.pairwise(bounds) if b > a]


class InlineExecutor:
    """Runs every item here, one after the other."""

    name = "inline"
    workers = 1

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        return [fn(item) for item in items]

    def imap(self, fn: Callable[[T], R], items: Sequence[T], ahead: int) -> Iterator[R]:
        for item in items:
            yield fn(item)

    def close(self) -> None:
        return None

    def stop(self) -> bool:
        return True

    def describe(self) -> str:
        return "inline (this process)"

    def __enter__(self) -> InlineExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ProcessExecutor:
    """Runs items on ``workers`` local processes (started lazily, reused until closed).

    ``preload``: modules that the processes start with. The workers are forked from
    multiprocessing's fork server, a single-threaded process started once per parent; when
    it is not running yet, it imports these modules (after the parent's ``__main__``) before
    forking the first worker, so work done at their import, such as loading a coder's models,
    is done once and shared by every worker (copy-on-write pages) instead of once per worker
    (the ``nlp`` coder's :mod:`accord.news.nlp.preload`: docs/benchmarks-news.md, session 7).
    A fork server already started by an earlier pool of this process is reused as it is, and
    the modules are then imported by the workers when their work needs them, as without
    ``preload``: the results never depend on it. The setting is the process's
    (:func:`multiprocessing.set_forkserver_preload`): a later pool forks from the same server.
    """

    name = "processes"

    def __init__(self, workers: int, preload: Sequence[str] = ()) -> None:
        if workers < 1:
            raise ExecutorError(f"--workers must be at least 1 (got {workers})")
        self.workers = workers
        self.preload = tuple(preload)
        self._pool: ProcessPoolExecutor | None = None

    def _get(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver, not fork: forking a process that runs threads (a Dask client, an
            # engine's thread pool) can deadlock the child (Python docs, multiprocessing)
            context = multiprocessing.get_context("forkserver")
            if self.preload:
                context.set_forkserver_preload(["__main__", *self.preload])
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self._pool

    def start(self) -> None:
        """Start the fork server now rather than at the first item, so that its ``preload``
        runs while the caller still prepares the work (lists shards, opens the store)."""
        from multiprocessing import forkserver

        self._get()
        forkserver.ensure_running()

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        with _interrupts_deferred():  # the pool's map submits every item before it returns
            results = self._get().map(_Carried(fn), items)
        return list(_said_here(iter(results)))

    def imap(self, fn: Callable[[T], R], items: Sequence[T], ahead: int) -> Iterator[R]:
        pool, carried = self._get(), _Carried(fn)

        def submit(item: T) -> Future[_Done[R]]:
            with _interrupts_deferred():
                return pool.submit(carried, item)

        return _said_here(_in_order(submit, items, ahead))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def stop(self, wait_s: float = 10.0) -> bool:
        """Terminate the worker processes (SIGTERM) and close, for an ingest stopped by Ctrl-C
        or SIGTERM: no worker goes on coding (session 33), and a worker's result is stored
        only by the parent, so nothing half-done is kept. Whether the pool's own thread ended
        within ``wait_s``: a worker killed while it sent a result leaves that thread reading
        the rest for ever, which :meth:`close`, and Python's exit, would wait on (the caller
        then ends the process with ``os._exit``). ``ProcessPoolExecutor`` offers no terminate
        before Python 3.14, hence its ``_processes`` and ``_executor_manager_thread``; the
        thread is taken before ``shutdown``, which forgets it even without waiting (until
        session 34 it was taken after: always None, so no wait and no stuck thread seen, and a
        fresh clone's CI hung at exit after the line said)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return True
        manager = getattr(pool, "_executor_manager_thread", None)
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            if process.is_alive():
                process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        if manager is None:
            return True
        manager.join(wait_s)
        return not manager.is_alive()

    def describe(self) -> str:
        return f"{self.workers} local processes"

    def __enter__(self) -> ProcessExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM noted but not acted on within the block, then raised again once their
    own handlers are back (a Ctrl-C becomes the KeyboardInterrupt it was, just after the block).
    A submit to the pool may start a worker: the fork server forks it, then the pool records
    it; a KeyboardInterrupt between the two left a worker that no :meth:`ProcessExecutor.stop`
    terminates, blocked for ever on the pool's queue with the command's stdout and stderr open,
    or failing with a traceback once the pool's semaphores were gone (session 34, an ingest
    stopped while its workers started). An interrupt waits at most for a worker's start.
    Only the main thread has signal handlers; elsewhere the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def note(signum: int, _frame: object) -> None:
        caught.append(signum)

    previous: dict[signal.Signals, Any] = {}
    try:
        for number in (signal.SIGINT, signal.SIGTERM):
            # read before the swap: a signal whose own handler raises just after it (SIGTERM
            # as KeyboardInterrupt) cannot leave ``note`` in place unrecorded
            previous[number] = signal.getsignal(number)
            signal.signal(number, note)
        yield
    finally:
        raised = _restore_handlers(previous)
        for signum in dict.fromkeys(caught):
            signal.raise_signal(signum)
        if raised is not None:
            raise raised


def _restore_handlers(handlers: dict[signal.Signals, Any]) -> BaseException | None:
    """Put every one of ``handlers`` back, even when a signal's own handler raises meanwhile: a
    Ctrl-C just after SIGINT's handler is back raised KeyboardInterrupt before SIGTERM's was, and
    SIGTERM was then only noted for the rest of the process (session 37). The first exception
    so raised is returned, for the caller to raise once all are back."""
    raised: BaseException | None = None
    for number, handler in handlers.items():
        while True:
            try:
                signal.signal(number, signal.SIG_DFL if handler is None else handler)
                break
            except BaseException as exc:  # a signal's handler ran at this point: set it again
                raised = raised or exc
    return raised


class DaskExecutor:
    """Runs items on a Dask cluster through a :class:`distributed.Client`.

    ``scheduler`` is the address of a running scheduler (``tcp://HOST:PORT``); without one, a
    ``LocalCluster`` of ``workers`` single-threaded worker processes is started here (and
    closed with the executor). Tasks are submitted with ``pure=False`` so that equal items are
    not merged by key, and results are gathered in item order.
    """

    name = "dask"

    def __init__(
        self, scheduler: str | None = None, workers: int | None = None, *, client: Any = None
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ExecutorError(
                "the Dask executor needs dask.distributed: pip install 'accord[dask]'"
            ) from None
        self._cluster: Any = None
        if client is not None:
            self._client = client
        elif scheduler:
            try:
                self._client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError, ValueError) as exc:
                # ValueError: an address distributed cannot parse, e.g. without a port.
                raise ExecutorError(
                    f"--scheduler: cannot reach the Dask scheduler {scheduler!r} ({exc})"
                ) from None
        else:
            self._cluster = LocalCluster(
                n_workers=workers or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,
            )
            self._client = Client(self._cluster)
        self.workers = len(self._client.scheduler_info(n_workers=-1).get("workers", {})) or 1

    @property
    def client(self) -> Any:
        return self._client

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        if not items:
            return []
        futures = self._client.map(_Carried(fn), list(items), pure=False)
        return list(_said_here(_gathered(self._client, futures)))

    def imap(self, fn: Callable[[T], R], items: Sequence[T], ahead: int) -> Iterator[R]:
        carried = _Carried(fn)
        return _said_here(
            _in_order(lambda item: self._client.submit(carried, item, pure=False), items, ahead)
        )

    def close(self) -> None:
        if self._cluster is not None:
            self._client.close()
            self._cluster.close()
            self._cluster = None

    def stop(self) -> bool:
        """Close (a local cluster's workers with it); a remote cluster's tasks of this client
        are released with the client."""
        self.close()
        return True

    def describe(self) -> str:
        link = getattr(self._client, "dashboard_link", None)
        where = self._client.scheduler.address if self._client.scheduler else "?"
        text = f"Dask cluster at {where} ({self.workers} workers)"
        return f"{text}; dashboard {link}" if link else text

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _gathered(client: Any, futures: list[Any]) -> Iterator[Any]:
    """The results of ``futures`` in order, gathered at once (an item's failure is raised
    from the first ``next``, as ``gather`` raises it, its carried warnings with it)."""
    yield from client.gather(futures)


class _Warned(NamedTuple):
    """A warning raised by an item on a worker, as it travels back: what
    :func:`warnings.warn_explicit` needs to raise it again in the process that asked."""

    text: str
    category: type[Warning]
    filename: str
    lineno: int
    module: str | None


_Done = tuple[R, tuple[_Warned, ...]]
"""What a worker sends back for an item: its result and the warnings it raised."""

_CARRIED = "_accord_warnings"
"""The attribute of an item's exception that carries the warnings raised before it (an
exception's attributes travel with it from a process or a Dask worker)."""

_WORKER = threading.local()  # ``warned``: the warnings of the item this thread runs, by key
_INSTALL = threading.Lock()
_shown_before: Callable[..., None] | None = None  # a worker's showwarning before _keep_warning


class _Carried(Generic[T, R]):
    """``fn`` as a worker runs it (picklable where ``fn`` is): its result and the warnings
    raised while it ran, each once (:func:`_keep_warning`). A warning is kept by this thread's
    item alone, so a Dask worker's threads running items side by side keep their own (no
    ``catch_warnings``, which is not safe between threads); the worker's filters are left as
    they are (a warning they ignore is not carried)."""

    def __init__(self, fn: Callable[[T], R]) -> None:
        self.fn = fn
        self.__name__ = getattr(fn, "__name__", "item")  # Dask names its tasks by it

    def __call__(self, item: T) -> _Done[R]:
        global _shown_before
        with _INSTALL:
            if warnings.showwarning is not _keep_warning:
                _shown_before, warnings.showwarning = warnings.showwarning, _keep_warning
        warned: dict[tuple[str, str, str, int], _Warned] = {}
        _WORKER.warned = warned
        # the warnings this worker showed for earlier items are shown again for this one (the
        # registries of Python's ``default`` action are emptied), the process that asked
        # deciding whether to show them again: once only where its own registry says so
        _registries_emptied()
        try:
            result = self.fn(item)
        except BaseException as exc:
            with suppress(AttributeError):  # an exception without a __dict__: they are lost
                setattr(exc, _CARRIED, tuple(warned.values()))
            raise
        finally:
            _WORKER.warned = None
        return result, tuple(warned.values())


def _registries_emptied() -> None:
    """Empty every registry of warnings already shown, as a change of the filters does
    (CPython's ``warnings._filters_mutated``, what ``catch_warnings`` calls; where a Python
    lacks it, a worker shows a warning once per process, as Python does)."""
    mutated = getattr(warnings, "_filters_mutated", None)
    if callable(mutated):
        mutated()


def _keep_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """A worker's :data:`warnings.showwarning`: a warning raised while an item runs is kept
    for the result; any other is shown as it was before."""
    warned: dict[tuple[str, str, str, int], _Warned] | None = getattr(_WORKER, "warned", None)
    if warned is None:
        if _shown_before is not None:
            _shown_before(message, category, filename, lineno, file, line)
        return
    text = str(message)
    key = (text, category.__qualname__, filename, lineno)
    if key not in warned:
        warned[key] = _Warned(text, _travelling(category), filename, lineno, _module(filename))


def _travelling(category: type[Warning]) -> type[Warning]:
    """``category`` where pickle can send it by name, else its nearest built-in base (a class
    made inside a function cannot travel)."""
    try:
        pickle.dumps(category)
    except (pickle.PicklingError, AttributeError, TypeError):
        return next(c for c in category.__mro__ if c.__module__ == "builtins")
    return category


def _module(filename: str) -> str | None:
    """The name of the imported module whose file is ``filename`` (a filter can name a
    module), or None where none is; :func:`warnings.warn_explicit` then takes the file's."""
    for name, module in list(sys.modules.items()):
        if getattr(module, "__file__", None) == filename:
            return name
    return None


_REGISTRY: dict[Any, Any] = {}
"""Where a carried warning whose module this process has not imported is registered as said
(Python's ``default`` action shows a warning once per registry)."""


def _said_here(done: Iterator[_Done[R]]) -> Iterator[R]:
    """The results of ``done``, each item's warnings raised here first as if raised here: by
    :func:`warnings.warn_explicit` with the file, line and module they were raised at and the
    registry of that module, so that one warning from several items, workers, or this
    process too, is shown once, as by an item run inline. Where an item failed, the warnings
    it raised before are raised before its exception is."""
    try:
        while True:
            try:
                result, warned = next(done)
            except StopIteration:
                return
            except BaseException as exc:
                _raise_here(getattr(exc, _CARRIED, ()))
                raise
            _raise_here(warned)
            yield result
    finally:
        close = getattr(done, "close", None)
        if close is not None:
            close()  # a consumer that stops early: the items not yet asked for are cancelled


def _raise_here(warned: Sequence[_Warned]) -> None:
    """Raise ``warned`` here; the library's own with the label of a batch's scenario where this
    thread runs one (:func:`accord.quiet.labelled`: the worker did not know it)."""
    for one in warned:
        module = sys.modules.get(one.module) if one.module else None
        space = vars(module) if module is not None else None
        registry = _REGISTRY if space is None else space.setdefault("__warningregistry__", {})
        text = labelled(one.text) if issubclass(one.category, AccordWarning) else one.text
        warnings.warn_explicit(
            text, one.category, one.filename, one.lineno, one.module, registry, space
        )


class _Future(Protocol[R_co]):
    """What :func:`_in_order` needs of a future: concurrent.futures' and Dask's both fit."""

    def result(self) -> R_co: ...

    def cancel(self) -> Any: ...


def _in_order(submit: Callable[[T], _Future[R]], items: Sequence[T], ahead: int) -> Iterator[R]:
    """``imap`` over an executor's ``submit``: a window of at most ``ahead`` futures; the next
    item is submitted as soon as the oldest is done, before its result is handed on, so the
    workers stay busy while the consumer works. Futures not yet consumed are cancelled when
    the consumer stops early."""
    queue = iter(items)
    window: deque[_Future[R]] = deque(
        submit(item) for item in itertools.islice(queue, max(1, ahead))
    )
    try:
        while window:
            result = window.popleft().result()
            for item in itertools.islice(queue, 1):
                window.append(submit(item))
            yield result
    finally:
        for future in window:
            future.cancel()


def make_executor(workers: int | None = None, scheduler: str | None = None) -> Executor:
    """The executor the CLI options ask for: ``scheduler`` -> Dask, ``workers`` > 1 ->
    local processes, otherwise inline. ``workers=0`` means one per CPU."""
    if scheduler:
        return DaskExecutor(scheduler)
    if workers is None or workers == 1:
        return InlineExecutor()
    if workers == 0:
        workers = os.cpu_count() or 1
    return ProcessExecutor(workers)
