"""Documented limits on what one request may ask for, checked before any work is done.

A mistyped option (``--runs 1000000000``, ``--rounds 1000000000``, a 2,000-actor scenario on
an engine whose cost grows with the cube of the actors) should end at once with a message that
says what the request would need, what the limit is and how to go beyond it -- not in a
365 GiB allocation, a MemoryError traceback or an hour of silence.

The limits are deliberately generous for a workstation and can be raised through environment
variables, for example on a cluster node with more memory:

========================  =====================  ================================================
variable                  default                what it bounds
========================  =====================  ================================================
``ACCORD_MAX_RUNS``       1,000,000              Monte Carlo runs of one forecast
``ACCORD_MAX_ROUNDS``     10,000                 rounds (BDM) or turns (SMP) of one run
``ACCORD_MEMORY_LIMIT``   half the machine's     estimated peak memory of one forecast, in bytes
                          memory (4 GiB when     (suffixes K, M, G, T accepted: ``64G``)
                          unknown)
========================  =====================  ================================================

The memory estimates are upper bounds fitted to the engines' measured peak allocation
(``tracemalloc``, docs/reliability.md): BDM keeps ``(n, n, n)`` arrays per issue for the
third-party votes (about 9 bytes x n^3 x m), SMP ``(n, n, n)`` arrays for its
probability-of-contest and bargaining kernels (about 33 bytes x n^3), the exchange model
pairwise ``(n, n, m, m)`` arrays (about 42 bytes x n^2 x m^2).
"""

from __future__ import annotations

import numbers
import os
import re

from accord.errors import EngineError

MAX_SEED = 2**64 - 1
"""Seeds are non-negative 64-bit integers (NumPy's ``SeedSequence`` takes any non-negative
integer; accord records seeds in JSON and in stores, so it keeps them to 64 bits)."""

DEFAULT_MAX_RUNS = 1_000_000
DEFAULT_MAX_ROUNDS = 10_000
FALLBACK_MEMORY = 4 * 1024**3

_BYTES_PER_CUBE = {"bdm": 9.0, "smp": 33.0}
"""Peak bytes per ``n**3`` (times ``m`` for BDM) of one run, measured (docs/reliability.md)."""
_BYTES_PER_PAIR = {"exchange": 42.0}
"""Peak bytes per ``n**2 * m**2`` of one exchange-model run."""
_BATCH_BYTES_PER_CELL = 8 * 8
"""An ensemble holds about eight float64 ``(runs, n, m)`` arrays (perturbed inputs, finals)."""


def check_seed(seed: object, option: str = "seed") -> int | None:
    """Return ``seed`` if it is None or a whole number in ``0 .. 2**64 - 1``, else raise."""
    if seed is None:
        return None
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):  # NumPy's ints too
        raise EngineError(f"{option} must be a whole number from 0 to {MAX_SEED} (got {seed!r})")
    value = int(seed)
    if not 0 <= value <= MAX_SEED:
        raise EngineError(
            f"{option} must be a whole number from 0 to 2**64-1 = {MAX_SEED} (got {value})"
        )
    return value


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    value = parse_size(raw.strip(), name)
    return value


def parse_size(text: str, name: str) -> int:
    """``"64G"`` -> 68719476736; plain digits are taken as they are."""
    match = re.fullmatch(r"(\d+)\s*([KMGT]?)(i?B)?", text, flags=re.IGNORECASE)
    if not match:
        raise EngineError(f"{name}: expected a whole number such as 500000 or 64G (got {text!r})")
    power = " KMGT".index(match.group(2).upper() or " ")
    return int(match.group(1)) * int(1024**power)


def max_runs() -> int:
    return _env_int("ACCORD_MAX_RUNS", DEFAULT_MAX_RUNS)


def max_rounds() -> int:
    return _env_int("ACCORD_MAX_ROUNDS", DEFAULT_MAX_ROUNDS)


def memory_limit() -> int:
    """``ACCORD_MEMORY_LIMIT`` or half the physical memory (4 GiB when it cannot be read)."""
    try:
        physical = int(os.sysconf("SC_PAGE_SIZE")) * int(os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        physical = 2 * FALLBACK_MEMORY
    return _env_int("ACCORD_MEMORY_LIMIT", max(1, physical // 2))


def check_runs(runs: int | None) -> None:
    """Refuse a Monte Carlo run count above :func:`max_runs` (with how to raise the limit)."""
    if runs is None:
        return
    if isinstance(runs, bool) or not isinstance(runs, numbers.Integral):  # NumPy's ints too
        raise EngineError(f"runs must be a whole number of runs (got {runs!r})")
    limit = max_runs()
    if runs > limit:
        raise EngineError(
            f"runs: {runs} is above the limit of {limit} runs per forecast; use fewer runs, or"
            " set ACCORD_MAX_RUNS to go beyond it (e.g. on a cluster node)"
        )


def check_rounds(rounds: int, engine: str) -> None:
    """Refuse more rounds/turns than :func:`max_rounds` (with how to raise the limit)."""
    limit = max_rounds()
    if rounds > limit:
        raise EngineError(
            f"engine {engine!r}: rounds {rounds} is above the limit of {limit}; use fewer"
            " rounds, or set ACCORD_MAX_ROUNDS to go beyond it"
        )


def estimated_bytes(engine: str, actors: int, issues: int, runs: int | None = None) -> float:
    """Upper estimate of the peak memory of one forecast (see the module docstring)."""
    n, m = float(actors), float(max(issues, 1))
    one = 0.0
    if engine in _BYTES_PER_CUBE:
        one = _BYTES_PER_CUBE[engine] * n**3 * (m if engine == "bdm" else 1.0)
    elif engine in _BYTES_PER_PAIR:
        one = _BYTES_PER_PAIR[engine] * n**2 * m**2
    batch = float(runs or 0) * n * m * _BATCH_BYTES_PER_CELL
    return one + batch


def _gib(value: float) -> str:
    return f"{value / 1024**3:.1f} GiB"


def check_memory(engine: str, actors: int, issues: int, runs: int | None = None) -> None:
    """Refuse a forecast whose estimated peak memory exceeds :func:`memory_limit`."""
    need = estimated_bytes(engine, actors, issues, runs)
    limit = memory_limit()
    if need > limit:
        what = f"{actors} actors x {issues} issues" + (f" x {runs} runs" if runs else "")
        raise EngineError(
            f"engine {engine!r} on {what} would need about {_gib(need)} of memory, above the"
            f" limit of {_gib(limit)}; use fewer actors or runs, or set ACCORD_MEMORY_LIMIT"
            " (e.g. 64G) on a machine that has the memory"
        )
