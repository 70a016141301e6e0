"""The invariants accord's fuzzing suite checks on each input (issue 12).

Each ``check_*`` function takes one input, runs one reader, engine or command on it and returns
``"ok"`` (an answer) or ``"error"`` (an :class:`~accord.errors.AccordError`: a clear message).
Anything else -- another exception, a traceback on the CLI, a forecast off its issue's scale,
NaN or infinity in the JSON, a NumPy warning, a lossy round trip -- raises ``AssertionError``
(or lets the unexpected exception through), which Hypothesis then shrinks to a minimal input.

The same functions serve the bounded CI profile (``tests/fuzz``) and the long profile
(``bench/fuzz_long.py``), which counts their outcomes.
"""

from __future__ import annotations

import json
import random
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import numpy as np

from accord.errors import AccordError, AccordWarning

Outcome = Literal["ok", "error"]

ENGINES = ("mean", "median", "bdm", "smp", "nash", "exchange")


@contextmanager
def _no_stray_warnings() -> Iterator[None]:
    """Any warning except accord's own explained ones is a failure."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.simplefilter("ignore", AccordWarning)
        yield


def _guarded(run: Callable[[], object]) -> Outcome:
    with _no_stray_warnings():
        try:
            run()
        except AccordError:
            return "error"
    return "ok"


@contextmanager
def _file(suffix: str, content: str | bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="accord-fuzz-") as tmp:
        path = Path(tmp) / f"input{suffix}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        yield path


def assert_lossless(scenario: Any) -> None:
    """Writing a scenario as YAML and as JSON and reading it back gives the same scenario."""
    from accord.scenario.io import FORMATS, dumps

    for fmt in ("yaml", "json"):
        back = FORMATS[fmt].read(dumps(scenario, fmt))
        assert back.model_dump() == scenario.model_dump(), f"{fmt} round trip changed the scenario"


def check_scenario_file(suffix: str, text: str, fmt: str | None = None) -> Outcome:
    """Read a scenario file of any format; a valid one must convert to YAML/JSON losslessly."""
    from accord.scenario.io import load

    holder: list[Any] = []
    with _file(suffix, text) as path:
        outcome = _guarded(lambda: holder.append(load(path, fmt)))
    if outcome == "ok":
        assert_lossless(holder[0])
    return outcome


def check_forecast(scenario: Any, engine: str) -> Outcome:
    """Run an engine: each forecast on its issue's scale or None with a reason; valid JSON."""
    from accord.forecast import forecast

    holder: list[Any] = []
    outcome = _guarded(lambda: holder.append(forecast(scenario, engine)))
    if outcome == "error":
        return outcome
    result = holder[0]
    json.dumps(result.to_dict(trajectory=True), allow_nan=False)
    for item in result.issues:
        low, high = item.scale
        if item.forecast is None:
            assert item.reason, f"{engine}: issue {item.id} has no forecast and no reason"
        else:
            slack = 1e-9 * (high - low) if np.isfinite(high - low) else 0.0
            assert low - slack <= item.forecast <= high + slack, (
                f"{engine}: forecast {item.forecast} of {item.id} off the scale {item.scale}"
            )
    return outcome


def check_zero_spread(scenario: Any, engine: str, seed: int = 7) -> Outcome:
    """An ensemble with zero spread (:meth:`Perturbation.zero`, stated uncertainties
    included) gives, in every run, the single run's outcome. BDM's ensemble reads each run's
    outcome from its cycle (``accord.forecast.question.ensemble_params``), so its single run
    is asked for the same reading."""
    from accord.forecast import forecast
    from accord.forecast.ensemble import Perturbation

    holder: list[Any] = []
    params = {"outcome": "cycle-mean"} if engine == "bdm" else None
    outcome = _guarded(
        lambda: holder.append(
            forecast(scenario, engine, params, seed=seed, runs=3, spread=Perturbation.zero())
        )
    )
    if outcome == "error":
        return outcome
    result = holder[0]
    single = np.asarray(result.run.outcome, dtype=float)
    samples = np.asarray(result.samples, dtype=float)
    span = np.array([i.scale[1] - i.scale[0] for i in result.issues])
    both = ~np.isnan(single)[None, :] & ~np.isnan(samples)
    close = np.abs(samples - single[None, :]) <= 1e-7 * span[None, :] + 1e-12
    assert bool(np.all(close | ~both)), f"{engine}: zero-spread ensemble {samples} != {single}"
    return outcome


def check_cli(args: list[str]) -> Outcome:
    """Run a command: exit 0, 1 or 2, never a traceback or an escaped exception."""
    from typer.testing import CliRunner

    from accord.cli import app

    result = CliRunner().invoke(app, args)
    assert "Traceback" not in result.output, result.output[-2000:]
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output[-500:])
    return "ok" if result.exit_code == 0 else "error"


def check_article(suffix: str, text: str) -> Outcome:
    """Read an article file and code its events."""
    from accord.news.coding import code_document
    from accord.news.readers import read_data

    def run() -> None:
        for doc in read_data(text.encode("utf-8", "surrogatepass"), f"a{suffix}").documents:
            code_document(doc)

    return _guarded(run)


def check_deu(text: str) -> Outcome:
    """Read a DEU III TSV file."""
    from accord.forecast.deu import read_deu

    with _file(".tsv", text) as path:
        return _guarded(lambda: read_deu(path))


def check_plover_gold(text: str) -> Outcome:
    """Read a PLOVER gold file."""
    from accord.news.evaluate import read_gold

    with _file(".json", text) as path:
        return _guarded(lambda: read_gold(path))


_ODD_BITS = ["\x00", "\ufeff", "NaN", "1e400", "-", "'", '"', "<", ">", "&", "{", "}", "[", "]",
             ":", ",", "\t", "\n", "*a", "&a", "2025-02-30", "é", "\\", "#", "=", ";"]  # fmt: skip


def mutate(text: str, rng: random.Random) -> str:
    """A cheap seeded variant of ``text`` (1-3 cuts, repeats, insertions or a truncation), so
    that the long profile tries many inputs per Hypothesis example."""
    for _ in range(rng.randint(1, 3)):
        where = rng.randint(0, len(text))
        action = rng.randrange(4)
        if action == 0:
            text = text[:where] + text[where + rng.randint(1, 20) :]
        elif action == 1:
            text = text[:where] + text[max(0, where - 30) : where] + text[where:]
        elif action == 2:
            text = text[:where] + rng.choice(_ODD_BITS) + text[where:]
        else:
            text = text[:where]
    return text
