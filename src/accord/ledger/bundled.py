"""Resolutions of the bundled historic cases (package data) and recording their forecasts.

``data/resolutions.yaml`` lists, for each bundled scenario whose outcome is known, what
happened on each issue, with its public source. They are read-only package data, never
written to a user's ledger: :func:`resolutions_in_force` puts them beside the ledger's own
resolutions (a ledger resolution of the same scenario and issue takes precedence), so
``accord ledger score`` scores the bundled cases as soon as their forecasts are recorded,
which :func:`record_bundled` does (``accord ledger record-bundled``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from importlib import resources

import yaml
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from accord.errors import DataError
from accord.ledger.db import Ledger, current
from accord.ledger.records import ForecastRecord, Resolution, record_of

__all__ = [
    "BUNDLED_RUNS",
    "BUNDLED_SEED",
    "bundled_resolutions",
    "record_bundled",
    "resolutions_in_force",
]

BUNDLED_RUNS = 200
"""Monte Carlo runs per recorded forecast of a bundled case (p_agreement is a share of runs)."""
BUNDLED_SEED = 1
"""The seed of every recorded forecast of a bundled case: the records are reproducible."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scenario: str = Field(min_length=1)
    issue: str = Field(min_length=1)
    outcome: float = Field(allow_inf_nan=False)
    agreed: bool
    date: dt.date  # not 'on': YAML 1.1 reads that key as true
    # when it was written into the package; it stood at 1970-01-01 (an epoch placeholder) in
    # every export until session 21
    recorded_at: AwareDatetime
    source: str = Field(min_length=1)
    note: str | None = None


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resolutions: list[_Entry]


@cache
def _load() -> tuple[Resolution, ...]:
    resource = resources.files("accord.ledger") / "data" / "resolutions.yaml"
    try:
        parsed = _File.model_validate(yaml.safe_load(resource.read_text(encoding="utf-8")))
    except ValidationError as exc:  # a packaging bug, but say where
        raise DataError(f"<bundled>/ledger/data/resolutions.yaml: {exc}") from None
    return tuple(
        Resolution(
            scenario_id=e.scenario,
            issue_id=e.issue,
            outcome=e.outcome,
            agreed=e.agreed,
            resolved_on=e.date,
            source=e.source,
            recorded_at=e.recorded_at.astimezone(dt.UTC),
            note=e.note,
            origin="bundled",
        )
        for e in parsed.resolutions
    )


def bundled_resolutions(scenario_id: str | None = None) -> list[Resolution]:
    """The resolutions shipped with accord (optionally of one scenario)."""
    return [r for r in _load() if scenario_id is None or r.scenario_id == scenario_id]


def resolutions_in_force(
    ledger_resolutions: Sequence[Resolution], scenario_id: str | None = None
) -> list[Resolution]:
    """The ledger's resolutions not superseded, plus the bundled ones for every (scenario,
    issue) the ledger does not resolve itself."""
    own = current(ledger_resolutions)
    resolved = {(r.scenario_id, r.issue_id) for r in own}
    shipped = [
        r for r in bundled_resolutions(scenario_id) if (r.scenario_id, r.issue_id) not in resolved
    ]
    return shipped + own


def _same(a: ForecastRecord, b: ForecastRecord) -> bool:
    fields = ("scenario_hash", "engine", "variant", "params", "seed", "runs", "accord_version")
    return all(getattr(a, f) == getattr(b, f) for f in fields)


def record_bundled(
    ledger: Ledger,
    engines: Sequence[str] | None = None,
    runs: int = BUNDLED_RUNS,
    seed: int = BUNDLED_SEED,
) -> tuple[list[ForecastRecord], int]:
    """Forecast every bundled scenario that has bundled resolutions with each engine and
    append the records; returns (new records, how many were already recorded identically)."""
    from accord.engines import ENGINES
    from accord.forecast import forecast
    from accord.scenario import load_bundled

    # every engine that can run the ensembles recorded here (learned has no batch kernel)
    chosen = (
        list(engines) if engines else [n for n, e in ENGINES.items() if hasattr(e, "run_batch")]
    )
    added: list[ForecastRecord] = []
    already = 0
    for scenario_id in sorted({r.scenario_id for r in bundled_resolutions()}):
        scenario = load_bundled(scenario_id)
        existing = ledger.records(scenario_id)
        for engine in chosen:
            made = record_of(forecast(scenario, engine, None, seed, runs=runs))
            if any(_same(made, old) for old in existing):
                already += 1
                continue
            added.append(ledger.add_record(made))
    return added, already
