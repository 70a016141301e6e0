"""Executors never change the numbers: ensembles are identical for any workers or chunks."""

from __future__ import annotations

import os
import signal
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from accord.engines import ENGINES, get_engine
from accord.errors import AccordError, AccordWarning, EngineError
from accord.execution import (
    DaskExecutor,
    InlineExecutor,
    ProcessExecutor,
    _interrupts_deferred,
    make_executor,
    spawn_seeds,
    split,
)
from accord.forecast.ensemble import run_ensemble
from accord.scenario import load_bundled, stance_arrays

BATCH_ENGINES = sorted(name for name, e in ENGINES.items() if hasattr(e, "run_batch"))
RUNS, BLOCK = 23, 5  # five blocks, the last one short


def _square(x: int) -> int:
    return x * x


def _warns(item: tuple[str, int]) -> int:
    """Run in a worker: every item raises the same warning (the text given), item 3 one more."""
    text, x = item
    warnings.warn(text, AccordWarning, stacklevel=1)
    if x == 3:
        warnings.warn(f"{text}: three", UserWarning, stacklevel=1)
    return x * x


def _warns_then_fails(text: str) -> int:
    warnings.warn(text, UserWarning, stacklevel=1)
    raise EngineError(f"{text}: failed")


@pytest.fixture(scope="module")
def processes() -> Iterator[ProcessExecutor]:
    with ProcessExecutor(2) as executor:
        yield executor


@pytest.fixture(scope="module")
def dask_two() -> Iterator[DaskExecutor]:
    pytest.importorskip("distributed")
    with DaskExecutor(workers=2) as executor:
        yield executor


def test_split_covers_every_item_once() -> None:
    for count in range(0, 12):
        for parts in range(1, 6):
            pieces = split(count, parts)
            assert [i for p in pieces for i in p] == list(range(count))
            assert len(pieces) == min(parts, count) or count == 0
            assert all(len(p) > 0 for p in pieces)


def test_spawned_child_does_not_depend_on_how_many() -> None:
    few, many = spawn_seeds(7, 2), spawn_seeds(7, 9)
    assert few[1].generate_state(4).tolist() == many[1].generate_state(4).tolist()
    assert few[0].generate_state(4).tolist() != few[1].generate_state(4).tolist()


def test_executors_map_in_order(processes: ProcessExecutor) -> None:
    items = list(range(17))
    expected = [i * i for i in items]
    assert InlineExecutor().map(_square, items) == expected
    assert processes.map(_square, items) == expected
    assert list(InlineExecutor().imap(_square, items, 3)) == expected
    assert list(processes.imap(_square, items, 3)) == expected


class _Pending:
    """A future that is done when its item is asked for (what ``imap`` waits on)."""

    def __init__(self, item: int, log: list[str]) -> None:
        self.item, self.log = item, log
        log.append(f"submit {item}")

    def result(self) -> int:
        return self.item * self.item

    def cancel(self) -> bool:
        self.log.append(f"cancel {self.item}")
        return True


def test_imap_keeps_a_bounded_window_in_flight_and_cancels_the_rest() -> None:
    from accord.execution import _in_order

    log: list[str] = []
    results = _in_order(lambda item: _Pending(item, log), range(6), ahead=2)
    assert next(results) == 0  # the next item went in before the head's result came out
    assert log == ["submit 0", "submit 1", "submit 2"]
    assert next(results) == 1 and log[-1] == "submit 3"  # never more than 2 waiting
    results.close()  # the consumer stops: what is in flight is cancelled, nothing more sent
    assert log[-2:] == ["cancel 2", "cancel 3"] and len(log) == 6


HALF_SENT = 1000
"""The length a worker's result says it has when only that length was sent."""


def _length_then_killed(marker: str) -> bytes:
    """Run in a worker: its result's length goes out on the result pipe, then the worker
    waits, to be terminated before the rest, as one killed between the two writes of a result
    over 16 KiB (multiprocessing's ``Connection._send_bytes``) or in the middle of it."""
    import multiprocessing.connection as mpc
    import struct

    def send(self: mpc.Connection, buf: bytes) -> None:
        self._send(struct.pack("!i", HALF_SENT))  # type: ignore[attr-defined]
        Path(marker).touch()
        time.sleep(120)

    mpc.Connection._send_bytes = send  # type: ignore[attr-defined]
    return b""


def test_stop_says_when_the_pools_thread_waits_for_a_killed_workers_result(
    tmp_path: Path,
) -> None:
    """The pool's thread reads a result that a killed worker will never finish: ``stop``
    says so (False) after its wait, for the caller to end with ``os._exit``, since Python's
    exit waits on that thread for ever. Until session 34 it said True at once (it took the
    thread after ``shutdown``, which forgets it): the CI hang of session 33's SIGTERM test."""
    marker = tmp_path / "length-sent"
    executor = ProcessExecutor(1)
    pool = executor._get()
    pool.submit(_length_then_killed, str(marker))
    manager = pool._executor_manager_thread  # type: ignore[attr-defined]
    assert manager is not None
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the worker never sent its result's length"
        started = time.monotonic()
        assert executor.stop(wait_s=1.0) is False
        assert time.monotonic() - started < 10
    finally:  # the rest of the message (not a pickle: the pool breaks), so the thread ends
        os.write(manager.result_queue._writer.fileno(), bytes(HALF_SENT))
        manager.join(60)
    assert not manager.is_alive()


def test_stop_waits_for_the_pools_thread_when_it_can_end() -> None:
    executor = ProcessExecutor(2)
    assert executor.map(_square, [1, 2, 3]) == [1, 4, 9]
    manager = executor._get()._executor_manager_thread  # type: ignore[attr-defined]
    assert executor.stop() is True and not manager.is_alive()
    assert executor.stop() is True  # stopped already: nothing to do


def _forked() -> set[int]:
    """The live processes this process's fork server has forked (its pool workers)."""
    from multiprocessing import forkserver

    server = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(server) and fields[0] != "Z":
            found.add(int(entry.name))
    return found


def test_sigterm_while_the_pool_starts_a_worker_leaves_no_worker_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SIGTERM (as ``accord ingest`` has it, a KeyboardInterrupt) when the fork server has
    forked a worker and the pool has not recorded it yet: until session 34 the interrupt came
    at once, and that worker was not the pool's: ``stop`` left it blocked on the pool's queue
    for ever, or it failed with a traceback once the pool's semaphores were gone; now the
    interrupt comes when the submit is done, and ``stop`` terminates the worker."""
    from multiprocessing import forkserver

    from accord.cli.news_commands import sigterm_as_interrupt

    executor = ProcessExecutor(1)
    executor.start()
    before = _forked()
    read_signed = forkserver.read_signed

    def signalled(fd: int) -> int:  # the worker's pid, which the pool reads after the fork
        monkeypatch.setattr(forkserver, "read_signed", read_signed)
        signal.raise_signal(signal.SIGTERM)
        return read_signed(fd)

    monkeypatch.setattr(forkserver, "read_signed", signalled)
    terminated: list[int] = []
    try:
        with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt(terminated):
            next(executor.imap(_square, [1, 2], 1))
        assert terminated == [signal.SIGTERM]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not _forked() - before:
            time.sleep(0.1)
        started = _forked() - before
        pool = executor._pool
        assert pool is not None and started
        assert started <= set(pool._processes)  # type: ignore[attr-defined]
        assert executor.stop() is True
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _forked() & started:
            time.sleep(0.1)
        assert _forked() - before == set()
    finally:
        for pid in _forked() - before:  # a worker left behind (the failure): ended here
            os.kill(pid, signal.SIGKILL)


@pytest.fixture
def ctrl_c_default() -> Iterator[None]:
    """SIGINT and SIGTERM as a command in a terminal has them (KeyboardInterrupt, the default),
    whatever this process inherited, and back as they were after the test."""
    before = {n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def test_a_ctrl_c_as_the_handlers_are_put_back_leaves_sigterm_acted_on(
    monkeypatch: pytest.MonkeyPatch, ctrl_c_default: None
) -> None:
    """Session 37: a Ctrl-C just after the block of a submit had put SIGINT's handler back
    raised KeyboardInterrupt before SIGTERM's was back: SIGTERM stayed the block's, noted and
    never acted on, for the rest of the process. Here the Ctrl-C comes at that point."""
    set_handler = signal.signal

    def then_ctrl_c(number: int, handler: Any) -> Any:
        old = set_handler(number, handler)
        if number == signal.SIGINT and handler is signal.default_int_handler:
            monkeypatch.setattr(signal, "signal", set_handler)  # once
            signal.raise_signal(signal.SIGINT)
        return old

    with pytest.raises(KeyboardInterrupt), _interrupts_deferred():
        monkeypatch.setattr(signal, "signal", then_ctrl_c)
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_sigterm_as_the_block_begins_leaves_ctrl_c_acted_on(
    monkeypatch: pytest.MonkeyPatch, ctrl_c_default: None
) -> None:
    """Session 37: SIGTERM as ``accord ingest`` has it (KeyboardInterrupt) just after the block
    of a submit had set SIGINT's handler, before it was recorded: SIGINT stayed the block's, and
    every later Ctrl-C was noted and never acted on. Here the SIGTERM comes at that point."""
    from accord.cli.news_commands import sigterm_as_interrupt

    set_handler = signal.signal

    def then_sigterm(number: int, handler: Any) -> Any:
        old = set_handler(number, handler)
        if number == signal.SIGINT and handler is not signal.default_int_handler:
            monkeypatch.setattr(signal, "signal", set_handler)  # once
            signal.raise_signal(signal.SIGTERM)
        return old

    terminated: list[int] = []
    with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt(terminated):
        monkeypatch.setattr(signal, "signal", then_sigterm)
        with _interrupts_deferred():
            pass
    assert terminated == [signal.SIGTERM]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_bad_worker_count_is_an_accord_error() -> None:
    with pytest.raises(AccordError, match="--workers"):
        make_executor(workers=-1)
    assert isinstance(make_executor(), InlineExecutor)


@pytest.mark.parametrize("name", BATCH_ENGINES)
def test_ensemble_identical_for_any_executor_and_chunking(
    name: str, processes: ProcessExecutor, dask_two: DaskExecutor
) -> None:
    engine = get_engine(name)
    arrays = stance_arrays(load_bundled("ec-emissions-1994"))

    def ensemble(**kw: object) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        ens = run_ensemble(engine, arrays, RUNS, seed=99, block_runs=BLOCK, **kw)  # type: ignore[arg-type]
        assert ens.start_position is not None
        return ens.outcome, ens.final_position, ens.start_position

    reference = ensemble()  # inline, one chunk
    variants = {
        "inline, 5 chunks": ensemble(chunks=5),
        "2 processes": ensemble(executor=processes),
        "2 processes, 3 chunks": ensemble(executor=processes, chunks=3),
        "2 dask workers": ensemble(executor=dask_two),
        "2 dask workers, 4 chunks": ensemble(executor=dask_two, chunks=4),
    }
    assert reference[0].shape[0] == RUNS
    assert np.isfinite(reference[0]).all()
    for label, (outcome, final, start) in variants.items():
        np.testing.assert_array_equal(outcome, reference[0], err_msg=label)
        np.testing.assert_array_equal(final, reference[1], err_msg=label)
        np.testing.assert_array_equal(start, reference[2], err_msg=label)
    other = run_ensemble(engine, arrays, RUNS, seed=100, block_runs=BLOCK)
    assert not np.array_equal(other.final_position, reference[1])  # the seed matters


def test_blocks_are_not_copies_of_each_other() -> None:
    arrays = stance_arrays(load_bundled("ec-emissions-1994"))
    ens = run_ensemble(get_engine("mean"), arrays, 10, seed=3, block_runs=5)
    assert not np.array_equal(ens.outcome[:5], ens.outcome[5:])


def test_bad_block_size_is_an_error() -> None:
    arrays = stance_arrays(load_bundled("ec-emissions-1994"))
    with pytest.raises(EngineError, match="block_runs"):
        run_ensemble(get_engine("mean"), arrays, 10, seed=3, block_runs=0)


def test_backtest_scores_do_not_depend_on_the_executor(
    shared: Path, processes: ProcessExecutor
) -> None:
    from accord.forecast.backtest import backtest
    from accord.forecast.deu import read_deu

    cases = read_deu(shared / "data" / "deu3" / "deu3-train.tsv")[:40]
    inline = backtest(cases, ["mean", "nash"], seed=1)
    spread = backtest(cases, ["mean", "nash"], seed=1, executor=processes)
    for name in ("mean", "nash"):
        assert inline[name].errors == spread[name].errors and inline[name].n > 0
        assert list(inline[name].errors) == list(spread[name].errors)


WARNS_AT = _warns.__code__.co_firstlineno + 3  # the line of its first warnings.warn


@pytest.mark.parametrize("kind", ["processes", "dask"])
@pytest.mark.parametrize("how", ["map", "imap"])
def test_a_workers_warnings_are_raised_here_once_each(
    kind: str, how: str, processes: ProcessExecutor, request: pytest.FixtureRequest
) -> None:
    """Session 43: a warning raised by an item on a worker printed in Python's own form on the
    worker's stderr (one per worker; a command's ``-qq`` did not reach it) or was lost with a
    remote Dask worker's output. It comes back with the result and is raised here, where
    this process's filters and ``showwarning`` (a command line's ``say_warning``) take it:
    once, however many items and workers raised it, from the file and line it was raised at;
    a filter of this process that ignores it is obeyed."""
    executor = processes if kind == "processes" else request.getfixturevalue("dask_two")
    text = f"item warned ({kind}, {how})"  # a new text per case: each worker says it once
    items = [(text, x) for x in range(8)]

    def run() -> list[int]:
        if how == "map":
            return executor.map(_warns, items)
        return list(executor.imap(_warns, items, 2))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        assert run() == [x * x for x in range(8)]
    said = [(w.category, str(w.message)) for w in caught]
    assert sorted(said, key=lambda s: s[1]) == [
        (AccordWarning, text),
        (UserWarning, f"{text}: three"),
    ]
    first = next(w for w in caught if w.category is AccordWarning)
    assert Path(first.filename).resolve() == Path(__file__).resolve()
    assert first.lineno == WARNS_AT
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        warnings.filterwarnings("ignore", category=AccordWarning)
        assert run() == [x * x for x in range(8)]
    assert [str(w.message) for w in caught] == [f"{text}: three"]


@pytest.mark.parametrize("kind", ["processes", "dask"])
def test_a_failed_items_warnings_are_raised_before_its_error(
    kind: str, processes: ProcessExecutor, request: pytest.FixtureRequest
) -> None:
    executor = processes if kind == "processes" else request.getfixturevalue("dask_two")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        with pytest.raises(EngineError, match="about to fail: failed"):
            executor.map(_warns_then_fails, ["about to fail"])
    assert [str(w.message) for w in caught] == ["about to fail"]
