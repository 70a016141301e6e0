"""Long runs (large Monte Carlo ensembles) as jobs with a status URL, which can be cancelled.

Each job runs in its own child process (``spawn``), so cancelling really stops the work:
the process is terminated, not merely forgotten. The child gets the scenario as JSON text, the
run's options and what its report reads of the ledger (the records the server read), and
sends back the forecast's JSON contract, the same document ``accord forecast --json`` prints,
and its HTML report, the one ``accord forecast --report`` writes. A job's status moves queued
-> running -> done, failed or cancelled; ``elapsed`` says how long it has run and ``progress``
the share of the ensemble done (the child runs it in chunks and reports after each).
"""

from __future__ import annotations

import multiprocessing as mp
import threading
import time
import uuid
import warnings
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from accord.errors import AccordError

if TYPE_CHECKING:
    from accord.forecast import Forecast

MAX_JOBS_KEPT = 200
"""Finished jobs kept for their status URL; the oldest are dropped beyond this."""


PROGRESS_PARTS = 20
"""An ensemble job runs in this many chunks, reporting after each (the numbers do not depend
on the chunking: each block of runs draws from its own seed, see accord.execution)."""


class ProgressExecutor:
    """An inline executor (:mod:`accord.execution`'s interface) that reports the share of its
    work items done through ``report`` after each one."""

    name = "inline, reporting progress"

    def __init__(self, report: Callable[[float], None], parts: int = PROGRESS_PARTS) -> None:
        self.workers = parts  # run_ensemble makes one chunk per worker
        self._report = report

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        out = []
        for k, item in enumerate(items):
            out.append(fn(item))
            self._report((k + 1) / len(items))
        return out

    def imap(self, fn: Callable[[Any], Any], items: Sequence[Any], ahead: int) -> Iterator[Any]:
        for k, item in enumerate(items):
            yield fn(item)
            self._report((k + 1) / len(items))

    def close(self) -> None:
        return None

    def describe(self) -> str:
        return self.name


def _forecast_of(payload: dict[str, Any], report: Callable[[float], None] | None) -> Forecast:
    """The forecast a job asks for; the ensemble's progress goes to ``report``."""
    from accord.forecast import forecast
    from accord.scenario.io import read_json

    return forecast(
        read_json(payload["scenario"]),
        payload["engine"],
        payload.get("params") or {},
        payload.get("seed"),
        runs=payload.get("runs"),
        votes=bool(payload.get("votes", True)),
        executor=ProgressExecutor(report) if report is not None else None,
    )


def _contract(made: Forecast, payload: dict[str, Any]) -> dict[str, Any]:
    out = made.to_dict(trajectory=bool(payload.get("trajectory")))
    out["narrative"] = list(made.run.narrative)
    return out


def _child(conn: Connection, payload: dict[str, Any]) -> None:
    """Run the job and send back its JSON contract and its HTML report (file name, document):
    the report needs the forecast itself, which lives only here, and a large ensemble is too
    long to run again when the report is asked for."""
    from accord.cli.app import _show_warning, set_quiet
    from accord.web.reports import report_file

    # this process's stderr is the server's log: every warning of the run (an AccordWarning,
    # an issue with no forecast; a dependency's, numpy's overflow) is one line there labelled
    # `warning:`, as `accord serve` says the server's own (the CLI's function, session 42),
    # and `accord -qq serve` leaves them out as it leaves out the server's
    set_quiet(int(payload.get("quiet") or 0))
    warnings.showwarning = _show_warning
    try:
        made = _forecast_of(payload, lambda share: conn.send(("progress", share)))
        history = payload.get("history") or ((), ())
        name, document = report_file(made, payload.get("version"), history)
        conn.send(("done", (_contract(made, payload), name, zlib.compress(document.encode()))))
    except AccordError as exc:
        conn.send(("failed", {"type": type(exc).__name__, "message": str(exc)}))
    except Exception as exc:  # a bug: report it on the job rather than lose it
        conn.send(("failed", {"type": type(exc).__name__, "message": f"internal error: {exc}"}))
    finally:
        conn.close()


@dataclass
class Job:
    id: str
    kind: str
    request: dict[str, Any]
    status: str = "queued"
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    progress: float | None = None  # share of the ensemble done, when it reports one
    process: Any = None
    report_name: str | None = None  # the finished forecast's HTML report: its file name
    report_packed: bytes | None = None  # and its document, zlib-compressed (about a tenth)

    def report(self) -> tuple[str, str] | None:
        """The file name and the HTML document of a finished job's report (None before)."""
        if self.report_name is None or self.report_packed is None:
            return None
        return self.report_name, zlib.decompress(self.report_packed).decode()

    def to_dict(self) -> dict[str, Any]:
        end = self.finished or time.time()
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "request": self.request,
            "elapsed": round(end - self.started, 3) if self.started else 0.0,
            "progress": self.progress,
        }
        if self.result is not None:
            out["result"] = self.result
        if self.error is not None:
            out["error"] = self.error
        return out


class Jobs:
    """A registry of jobs run by a small pool of threads, each watching one child process."""

    def __init__(self, workers: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="accord-job")
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._context = mp.get_context("spawn")

    def submit(self, kind: str, payload: dict[str, Any], request: dict[str, Any]) -> Job:
        job = Job(uuid.uuid4().hex, kind, request)
        with self._lock:
            self._jobs[job.id] = job
            self._trim()
        self._pool.submit(self._run, job, payload)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def cancel(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.status not in ("queued", "running"):
                return job
            job.status = "cancelled"
            job.finished = time.time()
            process = job.process
        if process is not None and process.is_alive():
            process.terminate()
        return job

    def shutdown(self) -> None:
        with self._lock:
            running = [j.id for j in self._jobs.values() if j.status in ("queued", "running")]
        for job_id in running:
            self.cancel(job_id)
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _trim(self) -> None:
        finished = [j for j in self._jobs.values() if j.status not in ("queued", "running")]
        for job in sorted(finished, key=lambda j: j.created)[
            : max(0, len(finished) - MAX_JOBS_KEPT)
        ]:
            del self._jobs[job.id]

    def _run(self, job: Job, payload: dict[str, Any]) -> None:
        from accord.cli.app import quiet_level

        payload = payload | {"quiet": quiet_level()}  # the server's, for the child's warnings
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(target=_child, args=(sender, payload), daemon=True)
        with self._lock:
            if job.status == "cancelled":
                return
            job.status = "running"
            job.started = time.time()
            job.process = process
            process.start()
        sender.close()
        outcome, data = self._receive(job, receiver)
        process.join()
        with self._lock:
            if job.status == "cancelled":
                return
            job.finished = time.time()
            job.status = outcome
            if outcome == "done":
                job.result, job.report_name, job.report_packed = data
                job.progress = 1.0
            else:
                job.error = data

    def _receive(self, job: Job, receiver: Connection) -> tuple[str, Any]:
        """Progress messages until the outcome ("done" or "failed") and its data."""
        while True:
            try:
                kind, data = receiver.recv()
            except (EOFError, OSError):
                return "failed", {"type": "JobError", "message": "the run stopped"}
            if kind != "progress":
                return str(kind), data
            with self._lock:
                job.progress = float(data)
