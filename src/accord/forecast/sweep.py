"""Parameter sweeps: forecasts over a grid or a Latin hypercube of stances, capabilities and
engine options, as one tidy table (a row per point and issue), for sensitivity studies.

A dimension is ``TARGET=SPEC`` (``--vary``):

* TARGET: ``ACTOR.ISSUE.position``, ``ACTOR.ISSUE.salience``, ``ACTOR.capability`` (``*``
  for every actor or issue), the shorthands ``position``, ``salience`` and ``capability``
  (every stance or actor), or ``param.NAME`` (an engine option).
* SPEC: ``LO:HI:STEP`` (LO, LO+STEP, ... up to HI), ``LO:HI`` (``points`` values on a grid;
  uniform on [LO, HI] in a hypercube), ``A,B,C`` (a list; strings allowed for options), or
  relative to each target's own value: ``*:+-D`` (an offset in [-D, D]), ``*:+D`` or ``*:-D``
  (one offset), ``*:xLO:HI`` (a factor in [LO, HI]) and ``*:xF`` (one factor; since session
  41). Relative changes are clipped to what is valid (a position to its issue's scale, a
  salience to [0, 1], a capability to >= 0); absolute values outside it are an error naming
  the dimension and value.

The grid is the Cartesian product of the dimensions' values; the Latin hypercube (McKay,
Beckman & Conover 1979, *Technometrics* 21(2)) draws ``samples`` points with each dimension
stratified, by :class:`scipy.stats.qmc.LatinHypercube` seeded from the recorded ``seed``. The
one-at-a-time design (``oat``, session 41) is the base case (point 0: the scenario as it is)
and then each dimension's grid values with every other dimension at its base (offset 0,
factor 1, an absolute value or option left as the scenario or engine has it);
:meth:`SweepResult.ranking` ranks the dimensions by how far each alone moves each issue's
forecast (a tornado over ranges of the user's choosing; ``accord explain``'s tornado moves each
input by its stated uncertainty instead). A one-at-a-time design misses interactions (Saltelli
et al. 2008, *Global Sensitivity Analysis: The Primer*, section 1.2): the grid or the
hypercube covers joint changes.
Every point is :func:`accord.forecast.forecast` of the changed scenario -- what ``accord
forecast`` would print for it: the point forecast after the agreement rule, the probability of
agreement and the bargain if agreed (:mod:`accord.forecast.question`) -- with the same engine
seed at every point (common random numbers, so that differences between points come from the
inputs, not from the draws). With ``runs`` (session 41) each point is a Monte Carlo ensemble of
that many perturbed runs (:mod:`accord.forecast.ensemble`), with the same seed at every point:
``p_agreement`` is then the share of runs that agree, not 0 or 1, and ``forecast`` and
``if_agreement`` the ensemble's. Draft resolutions are left out (their votes are not in the
table, and predicting them costs seconds per point). Points are cut into
chunks mapped over an :mod:`accord.execution` executor; the table does not depend on it.
Since session 41 the result keeps what was asked (:class:`SweepRequest`: the ``--vary`` specs
as given, the design, ``points``, ``samples``, ``runs``, the engine, its options and the seed
used) and its JSON and Parquet metadata carry it as ``request``, so that a saved result can be
run again to the same rows; a CSV file has no metadata and does not.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from accord.engines.common import nan_to_none
from accord.errors import AccordError, DataError
from accord.provenance import provenance, version_string
from accord.scenario.model import Scenario

if TYPE_CHECKING:
    import pandas as pd

    from accord.execution import Executor
    from accord.report.notebook import Chart

__all__ = [
    "UNITS",
    "Dimension",
    "SweepRequest",
    "SweepResult",
    "parse_dimension",
    "run_sweep",
]

Kind = Literal["absolute", "offset", "factor", "choice"]
_FIELDS = ("position", "salience", "capability")
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"


@dataclass(frozen=True)
class Dimension:
    """One varied input: which (``field``, ``actor``, ``issue`` or option ``name``), how
    (``kind``) and over what (``values`` for a grid or list, ``low``/``high`` for a range)."""

    label: str
    field: str  # position | salience | capability | param
    actor: str = "*"
    issue: str = "*"
    kind: Kind = "absolute"
    values: tuple[Any, ...] = ()
    low: float | None = None
    high: float | None = None
    # the TARGET=SPEC it was parsed from (session 41); "" for one built by hand
    spec: str = dataclasses.field(default="", compare=False)

    @property
    def base(self) -> Any:
        """The value that leaves the input as the scenario has it: offset 0, factor 1, and
        None (no change) for an absolute value or an engine option."""
        return {"offset": 0.0, "factor": 1.0}.get(self.kind)

    def grid(self, points: int) -> tuple[Any, ...]:
        if self.values:
            return self.values
        assert self.low is not None and self.high is not None
        return tuple(float(v) for v in np.linspace(self.low, self.high, points))

    def at(self, u: float) -> Any:
        """The value at quantile ``u`` in [0, 1) (a Latin hypercube coordinate)."""
        if self.low is not None and self.high is not None:
            return float(self.low + u * (self.high - self.low))
        return self.values[min(int(u * len(self.values)), len(self.values) - 1)]


def _bad(spec: str, why: str) -> DataError:
    return DataError(f"--vary {spec!r}: {why}")


def _target(spec: str, target: str) -> tuple[str, str, str]:
    parts = target.split(".")
    if target.startswith("param."):
        name = target[len("param.") :]
        if not name:
            raise _bad(spec, "param. needs an option name (param.NAME)")
        return "param", "*", name
    if len(parts) == 1 and parts[0] in _FIELDS:
        return parts[0], "*", "*"
    if len(parts) == 2 and parts[1] == "capability":
        return "capability", parts[0], "*"
    if len(parts) == 3 and parts[2] in ("position", "salience"):
        return parts[2], parts[0], parts[1]
    raise _bad(
        spec,
        "target must be ACTOR.ISSUE.position, ACTOR.ISSUE.salience, ACTOR.capability, "
        "position, salience, capability or param.NAME",
    )


def _number(spec: str, text: str) -> float:
    if not re.fullmatch(_NUMBER, text.strip()):
        raise _bad(spec, f"expected a number (got {text!r})")
    value = float(text)
    if not math.isfinite(value):
        raise _bad(spec, f"expected a finite number (got {text!r})")
    return value


def parse_dimension(spec: str) -> Dimension:
    """A :class:`Dimension` from ``TARGET=SPEC`` (see the module docstring); its ``spec`` is
    the text as given (stripped), which :class:`SweepRequest` records."""
    return replace(_parse_dimension(spec), spec=spec.strip())


def _parse_dimension(spec: str) -> Dimension:
    target, sep, body = spec.partition("=")
    if not sep or not target.strip() or not body.strip():
        raise _bad(spec, "expected TARGET=SPEC, e.g. USA.ceasefire.position=0:100:5")
    fld, actor, issue = _target(spec, target.strip())
    body = body.strip()
    base: dict[str, Any] = {"label": target.strip(), "field": fld, "actor": actor, "issue": issue}
    if body.startswith("*:"):
        rel = body[2:]
        if fld == "param":
            raise _bad(spec, "engine options take values or ranges, not *: changes")
        if rel.startswith("+-"):
            d = _number(spec, rel[2:])
            if d < 0:
                raise _bad(spec, f"the offset must be >= 0 (got {d:g})")
            return Dimension(**base, kind="offset", low=-d, high=d)
        if rel[:1] in ("+", "-"):  # one offset, e.g. *:+20 (session 41)
            return Dimension(**base, kind="offset", values=(_number(spec, rel),))
        if rel.startswith("x") and ":" not in rel:  # one factor, e.g. *:x0.5 (session 41)
            factor = _number(spec, rel[1:])
            if factor < 0:
                raise _bad(spec, f"a factor must be >= 0 (got {factor:g})")
            return Dimension(**base, kind="factor", values=(factor,))
        if rel.startswith("x"):
            lo, _, hi = rel[1:].partition(":")
            low, high = _number(spec, lo), _number(spec, hi)
            if not 0 <= low <= high:
                raise _bad(spec, f"factors need 0 <= LO <= HI (got {low:g}, {high:g})")
            return Dimension(**base, kind="factor", low=low, high=high)
        raise _bad(spec, "relative changes are *:+-D, *:+D, *:-D, *:xLO:HI or *:xF")
    if "," in body:
        items = [s.strip() for s in body.split(",")]
        if fld != "param":
            return Dimension(**base, values=tuple(_number(spec, s) for s in items))
        return Dimension(**base, kind="choice", values=tuple(_option_value(s) for s in items))
    pieces = body.split(":")
    if len(pieces) == 1:
        value = _option_value(body) if fld == "param" else _number(spec, body)
        return Dimension(**base, kind="choice" if fld == "param" else "absolute", values=(value,))
    if len(pieces) not in (2, 3):
        raise _bad(spec, "a range is LO:HI or LO:HI:STEP")
    low, high = _number(spec, pieces[0]), _number(spec, pieces[1])
    if high < low:
        raise _bad(spec, f"LO must not exceed HI (got {low:g} > {high:g})")
    if len(pieces) == 3:
        step = _number(spec, pieces[2])
        if step <= 0:
            raise _bad(spec, f"STEP must be > 0 (got {step:g})")
        count = math.floor((high - low) / step + 1e-9) + 1
        if count > 1_000_000:
            raise _bad(spec, f"{count} values is too many for one dimension")
        values = tuple(float(low + k * step) for k in range(count))
        return Dimension(**base, values=values)
    return Dimension(**base, low=low, high=high)


def _option_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _check(dim: Dimension, scenario: Scenario) -> None:
    """Names must exist; absolute values must be valid where they will be set."""
    actors = {a.id for a in scenario.actors}
    issues = {i.id: i for i in scenario.issues}
    if dim.field == "param":
        return
    if dim.actor != "*" and dim.actor not in actors:
        raise DataError(f"--vary {dim.label}: no actor {dim.actor!r} in {scenario.id}")
    if dim.field != "capability" and dim.issue != "*" and dim.issue not in issues:
        raise DataError(f"--vary {dim.label}: no issue {dim.issue!r} in {scenario.id}")
    if dim.field != "capability" and not any(
        _matches(dim, s.actor, s.issue) for s in scenario.stances
    ):
        raise DataError(f"--vary {dim.label}: no stance of {dim.actor}.{dim.issue} to vary")
    if dim.kind != "absolute":
        return
    values = dim.values or (dim.low, dim.high)
    for value in values:
        assert value is not None
        if dim.field == "salience" and not 0 <= value <= 1:
            raise DataError(f"--vary {dim.label}: salience must be in [0, 1] (got {value:g})")
        if dim.field == "capability" and value < 0:
            raise DataError(f"--vary {dim.label}: capability must be >= 0 (got {value:g})")
        if dim.field == "position":
            for issue in issues.values():
                if dim.issue in ("*", issue.id) and not (
                    issue.scale.low <= value <= issue.scale.high
                ):
                    raise DataError(
                        f"--vary {dim.label}: position {value:g} is outside issue {issue.id}'s "
                        f"scale {issue.scale.low:g}..{issue.scale.high:g}"
                    )


def _matches(dim: Dimension, actor: str, issue: str) -> bool:
    return dim.actor in ("*", actor) and dim.issue in ("*", issue)


def _changed(value: float, dim: Dimension, x: float) -> float:
    if dim.kind == "offset":
        return value + x
    if dim.kind == "factor":
        return value * x
    return x


def apply_point(
    scenario: Scenario, dims: Sequence[Dimension], point: Sequence[Any]
) -> tuple[Scenario, dict[str, Any]]:
    """The scenario with the point's changes made, and the engine options it sets."""
    params: dict[str, Any] = {}
    scale = {i.id: (i.scale.low, i.scale.high) for i in scenario.issues}
    stances = list(scenario.stances)
    actors = list(scenario.actors)
    for dim, x in zip(dims, point, strict=True):
        if x is None:  # left as it is (a one-at-a-time point's other dimensions)
            continue
        if dim.field == "param":
            params[dim.issue] = x
        elif dim.field == "capability":
            actors = [
                a.model_copy(update={"capability": max(0.0, _changed(a.capability, dim, x))})
                if dim.actor in ("*", a.id)
                else a
                for a in actors
            ]
        else:
            updated = []
            for s in stances:
                if _matches(dim, s.actor, s.issue):
                    value = _changed(getattr(s, dim.field), dim, x)
                    lo, hi = scale[s.issue] if dim.field == "position" else (0.0, 1.0)
                    s = s.model_copy(update={dim.field: float(min(max(value, lo), hi))})
                updated.append(s)
            stances = updated
    changed = scenario.model_copy(update={"stances": stances, "actors": actors})
    return changed, params


@dataclass(frozen=True)
class _Chunk:
    scenario: Scenario
    engine: str
    params: dict[str, Any]
    dims: tuple[Dimension, ...]
    points: list[tuple[Any, ...]]
    seed: int | None
    runs: int | None = None


def _run_chunk(chunk: _Chunk) -> tuple[list[list[list[float]]], list[str]]:
    """Each point's (forecast, p_agreement, if_agreement) per issue (scale units; NaN where
    there is none), and the distinct warnings the forecasts gave."""
    from accord.forecast import forecast
    from accord.progress import tick

    rows = []
    warned: dict[str, None] = {}
    base = _without_drafts(chunk.scenario)
    for done, point in enumerate(chunk.points, start=1):
        scenario, options = apply_point(base, chunk.dims, point)
        given = {**chunk.params, **options} or None
        made = forecast(scenario, chunk.engine, given, chunk.seed, runs=chunk.runs)
        rows.append([[_num(getattr(i, k, None)) for k in _MEASURES] for i in _answers(made)])
        warned.update(dict.fromkeys(made.warnings))
        tick("sweep: points", done, len(chunk.points))  # heard in this process only
    return rows, list(warned)


_MEASURES = ("forecast", "p_agreement", "if_agreement")


def _without_drafts(scenario: Scenario) -> Scenario:
    """The scenario without draft resolutions: their member-vote predictions are not in a
    sweep's table and cost seconds per forecast; the issues' forecasts do not use them."""
    if not scenario.institutions.drafts:
        return scenario
    kept = scenario.institutions.model_copy(update={"drafts": []})
    return scenario.model_copy(update={"institutions": kept})


def _answers(made: Any) -> list[Any]:
    """Per issue, an object with the three measures (the answer, or the bare forecast)."""
    return [item.answer if item.answer is not None else item for item in made.issues]


def _num(value: Any) -> float:
    return float("nan") if value is None else float(value)


@dataclass(frozen=True)
class SweepRequest:
    """What the sweep was asked (session 41): enough to run it again and get the same rows.

    ``vary`` is each dimension's ``TARGET=SPEC`` as given (``None`` for a :class:`Dimension`
    built in Python rather than by :func:`parse_dimension`); ``seed`` the seed used (drawn
    where none was given); ``points`` and ``samples`` as given, whichever the design uses."""

    scenario: str
    engine: str
    vary: tuple[str | None, ...]
    design: str
    points: int
    samples: int
    runs: int | None
    seed: int
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The request as the JSON's and the Parquet metadata's ``request``."""
        return {
            "scenario": self.scenario,
            "engine": self.engine,
            "vary": list(self.vary),
            "design": self.design,
            "points": self.points,
            "samples": self.samples,
            "runs": self.runs,
            "seed": self.seed,
            "params": dict(self.params),
        }


@dataclass
class SweepResult:
    """The design (dimensions, points) and each point's outcome per issue."""

    scenario: str
    engine: str
    design: str
    seed: int | None
    dimensions: tuple[Dimension, ...]
    points: list[tuple[Any, ...]]
    issues: tuple[str, ...]
    outcome: np.ndarray  # (points, issues, 3): forecast, p_agreement, if_agreement
    params: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    runs: int | None = None  # each point's ensemble (session 41); None: one run a point
    request: SweepRequest | None = None  # what was asked (session 41); set by run_sweep

    @property
    def forecast(self) -> np.ndarray:
        """``(points, issues)`` point forecasts, scale units."""
        return self.outcome[..., 0]

    def records(self) -> list[dict[str, Any]]:
        """The tidy table: one record per point and issue."""
        labels = [d.label for d in self.dimensions]
        out = []
        for p, point in enumerate(self.points):
            values = dict(zip(labels, point, strict=True))
            for k, issue in enumerate(self.issues):
                record: dict[str, Any] = {"point": p, **values, "issue": issue}
                for j, name in enumerate(_MEASURES):
                    value = self.outcome[p, k, j]
                    record[name] = nan_to_none(value)
                out.append(record)
        return out

    def ranking(self) -> list[dict[str, Any]]:
        """A one-at-a-time sweep's tornado: per issue (in the scenario's order), one record per
        dimension, largest first.

        ``low`` and ``high`` are the dimension's first and last values (as the table gives
        them: a factor, an offset in scale units, or an absolute value; ``kind`` says which);
        ``forecast_base`` the base case's point forecast, ``forecast_at_low`` and
        ``forecast_at_high`` the forecast at those two values; ``swing`` the widest move of
        the forecast over the dimension's values and the base case (``|high - low|`` where the
        forecast moves one way); the same for the bargain (``if_agreement_*``,
        ``bargain_swing``: it moves where a consent actor's refusal keeps the forecast at the
        status quo); and the lowest and highest ``p_agreement``. Sorted by ``swing``, then by
        ``bargain_swing``, then in the order the dimensions were given."""
        if self.design != "oat":
            raise DataError(
                f"a ranking needs a one-at-a-time sweep (--design oat), not {self.design}"
            )
        spans: list[tuple[Dimension, list[int]]] = []
        start = 1  # point 0 is the base case
        for dim, count in zip(self.dimensions, self._counts(), strict=True):
            spans.append((dim, list(range(start, start + count))))
            start += count
        out: list[dict[str, Any]] = []
        for k, issue in enumerate(self.issues):
            rows = []
            for order, (dim, at) in enumerate(spans):
                values = self.outcome[[0, *at], k, :]
                base, low, high = values[0], values[1], values[-1]
                rows.append(
                    (
                        order,
                        {
                            "issue": issue,
                            "dimension": dim.label,
                            "kind": dim.kind,
                            "low": self.points[at[0]][order],
                            "high": self.points[at[-1]][order],
                            "forecast_base": nan_to_none(base[0]),
                            "forecast_at_low": nan_to_none(low[0]),
                            "forecast_at_high": nan_to_none(high[0]),
                            "swing": _spread(values[:, 0]),
                            "if_agreement_base": nan_to_none(base[2]),
                            "if_agreement_at_low": nan_to_none(low[2]),
                            "if_agreement_at_high": nan_to_none(high[2]),
                            "bargain_swing": _spread(values[:, 2]),
                            "p_agreement_min": nan_to_none(_least(values[:, 1])),
                            "p_agreement_max": nan_to_none(-_least(-values[:, 1])),
                        },
                    )
                )
            rows.sort(key=lambda r: (-r[1]["swing"], -r[1]["bargain_swing"], r[0]))
            out += [row for _, row in rows]
        return out

    def _counts(self) -> list[int]:
        """How many points each dimension has in a one-at-a-time design."""
        total = len(self.points) - 1
        counts = [len(d.values) if d.values else 0 for d in self.dimensions]
        ranges = [k for k, c in enumerate(counts) if c == 0]
        if ranges:  # LO:HI ranges share --points, which the result does not keep: infer it
            each = (total - sum(counts)) // len(ranges)
            for k in ranges:
                counts[k] = each
        return counts

    def ranking_frame(self) -> pd.DataFrame:
        """:meth:`ranking` as a pandas DataFrame, ending ``runs, accord_version, engine, seed,
        scenario`` as the sweep's tidy table does."""
        from accord.frames import _whole_numbers, records_frame

        rows = [{**row, **self._last()} for row in self.ranking()]
        return _whole_numbers(records_frame(rows), "runs")

    def _last(self) -> dict[str, Any]:
        """The tidy tables' last columns: ``runs`` (each point's ensemble, empty for one run;
        session 41), then which code, engine, seed and scenario made them."""
        return {
            "runs": self.runs,
            "accord_version": version_string(),
            "engine": self.engine,
            "seed": self.seed,
            "scenario": self.scenario,
        }

    def to_dict(self) -> dict[str, Any]:
        ranked = {"ranking": self.ranking()} if self.design == "oat" else {}
        return {
            "scenario": self.scenario,
            "engine": self.engine,
            "design": self.design,
            "seed": self.seed,
            "runs": self.runs,
            "params": self.params,
            "dimensions": [
                # spec: the TARGET=SPEC as given (session 41; null for one built in Python)
                {"label": d.label, "kind": d.kind, "field": d.field, "spec": d.spec or None}
                for d in self.dimensions
            ],
            "points": len(self.points),
            "warnings": self.warnings,
            "rows": self.records(),
            **ranked,
            # what was asked, to run it again (session 41)
            "request": None if self.request is None else self.request.to_dict(),
            "accord": dict(provenance()),  # which code made it (session 34); a copy (s45)
        }

    def tidy_records(self) -> list[dict[str, Any]]:
        """The rows of :meth:`records` with the last columns ``engine, seed, scenario``, as
        a forecast's tidy table ends: a CSV or Parquet file of a sweep says which seed drew its
        hypercube and ran its engine (a drawn seed was lost in a CSV file before session 30,
        so a Latin hypercube written there could not be drawn again), and before them, since
        session 34, ``accord_version`` (:func:`accord.provenance.version_string`) as a
        forecast's table has it, so that a table archived alone says which code made it; first
        of them, since session 41, ``runs`` (each point's ensemble; None for one run)."""
        last = self._last()
        return [{**record, **last} for record in self.records()]

    def to_frame(self) -> pd.DataFrame:
        """The tidy table (one row per point and issue, ending ``runs, accord_version, engine,
        seed, scenario``; ``runs`` nullable integers, empty for one run a point) as a pandas
        DataFrame."""
        from accord.frames import _whole_numbers, records_frame

        return _whole_numbers(records_frame(self.tidy_records()), "runs")

    def metadata(self) -> dict[str, Any]:
        """What :meth:`to_dict` holds but the rows (the ranking of a one-at-a-time sweep, the
        request, which code): the ``accord.sweep`` metadata of both Parquet files (the table's
        and, since session 42, the ranking's) and of a chart (:meth:`chart`), one code for
        all three."""
        return {k: v for k, v in self.to_dict().items() if k != "rows"}

    def write_parquet(self, path: str) -> None:
        """The tidy table as a Parquet file (pyarrow; the ``[parquet]`` extra), ``seed`` its
        last column as in :meth:`to_frame`, :meth:`metadata` as ``accord.sweep``."""
        self._write_parquet(self.tidy_records(), path)

    def write_ranking_parquet(self, path: str) -> None:
        """:meth:`ranking_frame` as a Parquet file with the same ``accord.sweep`` metadata as
        :meth:`write_parquet` (session 42: the ranking's file recorded no request)."""
        last = self._last()
        self._write_parquet([{**row, **last} for row in self.ranking()], path)

    def _write_parquet(self, rows: list[dict[str, Any]], path: str) -> None:
        """``rows`` (each ending with :meth:`_last`'s columns) written atomically, ``runs``
        typed as whole numbers even where every point is one run."""
        from accord.frames import parquet_typed, require_pyarrow

        require_pyarrow("--format parquet")
        from pathlib import Path

        import pyarrow as pa
        import pyarrow.parquet as pq

        from accord.scenario.io import replace_atomically

        try:
            table = pa.Table.from_pylist(rows)
        except (TypeError, ValueError) as exc:  # pyarrow's ArrowTypeError / ArrowInvalid
            raise AccordError(f"--format parquet: cannot write this table ({exc})") from None
        where = table.schema.get_field_index("runs")
        if table.schema.field(where).type == pa.null():  # one run a point: typed, not null
            table = table.set_column(where, "runs", pa.nulls(table.num_rows, pa.int64()))
        table = parquet_typed(table)  # the types every Parquet file has (session 44)
        table = table.replace_schema_metadata({"accord.sweep": json.dumps(self.metadata())})
        replace_atomically(Path(path), lambda tmp: pq.write_table(table, tmp))

    def chart(self, measure: str = "auto") -> Chart:
        """A picture of the sweep (session 42): a one-at-a-time sweep's tornado per issue, or
        the outcome against the one varied input; see :func:`accord.report.notebook.sweep_chart`
        (``measure``: ``auto``, ``forecast`` or ``if_agreement``). ``chart.save("FILE.svg")``
        writes it; a notebook shows it.

        >>> import pathlib, tempfile, accord
        >>> from accord.forecast.sweep import parse_dimension, run_sweep
        >>> dims = [parse_dimension("RUS.ceasefire.position=*:+-20")]
        >>> made = run_sweep(accord.load_bundled("ukraine-2025-02"), "mean", dims,
        ...                  design="oat", points=2, seed=5)
        >>> path = made.chart().save(pathlib.Path(tempfile.mkdtemp()) / "tornado.svg")
        """
        from accord.report.notebook import sweep_chart

        return sweep_chart(self, measure)


UNITS = {
    "offset": "offsets added to each input's own value (scale units for a position)",
    "factor": "factors on each input's own value",
}
"""What a relative dimension's numbers are (its column holds the offset or the factor, not the
input's value), as the terminal table and a chart say under them."""


Design = Literal["grid", "lhs", "oat"]


def _spread(values: np.ndarray) -> float:
    """Max - min of the finite values (0.0 where fewer than one is finite)."""
    finite = values[np.isfinite(values)]
    return float(finite.max() - finite.min()) if finite.size else 0.0


def _least(values: np.ndarray) -> float:
    finite = values[np.isfinite(values)]
    return float(finite.min()) if finite.size else float("nan")


def design_points(
    dims: Sequence[Dimension],
    design: Design,
    points: int,
    samples: int,
    seed: int,
) -> list[tuple[Any, ...]]:
    """The sweep's points: the grid product, a seeded Latin hypercube of ``samples``, or one
    at a time (the base case, then each dimension's grid values with the others at base)."""
    if design == "oat":
        base = tuple(d.base for d in dims)
        chosen = [base]
        for k, dim in enumerate(dims):
            chosen += [(*base[:k], value, *base[k + 1 :]) for value in dim.grid(points)]
        return chosen
    if design == "grid":
        total = math.prod(len(d.grid(points)) for d in dims)
        if total > 10_000_000:
            raise DataError(f"the grid has {total} points; use --design lhs --samples N")
        return list(itertools.product(*(d.grid(points) for d in dims)))
    from scipy.stats import qmc

    rng = np.random.default_rng(np.random.SeedSequence(seed))
    unit = qmc.LatinHypercube(d=len(dims), rng=rng).random(samples)
    return [tuple(d.at(float(u)) for d, u in zip(dims, row, strict=True)) for row in unit]


def run_sweep(
    scenario: Scenario,
    engine: str,
    dims: Sequence[Dimension],
    *,
    design: Design = "grid",
    points: int = 5,
    samples: int = 100,
    seed: int | None = None,
    params: Mapping[str, Any] | None = None,
    executor: Executor | None = None,
    chunk_points: int = 250,
    runs: int | None = None,
) -> SweepResult:
    """Forecast ``scenario`` with ``engine`` at every point of the design (with ``runs``, a
    Monte Carlo ensemble of that many runs at each point)."""
    from accord.engines import get_engine
    from accord.execution import InlineExecutor, split
    from accord.forecast.ensemble import new_seed

    if not dims:
        raise DataError("give at least one --vary dimension")
    if design not in ("grid", "lhs", "oat"):
        raise DataError(f"--design: expected grid, lhs or oat (got {design!r})")
    labels = [d.label for d in dims]
    twice = sorted({label for label in labels if labels.count(label) > 1})
    if twice:  # the table has one column per label: the second would overwrite the first
        raise DataError(
            f"--vary {twice[0]} is given twice; give each input once, with a list (A,B,C) or a"
            " range of its values (*:+-D for an offset either way)"
        )
    if points < 2 or samples < 1:
        raise DataError(f"--points must be >= 2 and --samples >= 1 (got {points}, {samples})")
    from accord.limits import max_runs

    asked, option = (samples, "--samples") if design == "lhs" else (points, "--points")
    if asked > max_runs():
        raise DataError(
            f"{option} {asked} is above the limit of {max_runs()} forecasts per sweep; use"
            " fewer, or set ACCORD_MAX_RUNS to go beyond it"
        )
    get_engine(engine)  # an unknown engine fails before any work
    for dim in dims:
        _check(dim, scenario)
    seed = new_seed() if seed is None else seed
    chosen = design_points(dims, design, points, samples, seed)
    if runs is not None:
        if isinstance(runs, bool) or not isinstance(runs, int) or runs < 1:
            raise DataError(f"--runs must be a whole number >= 1 (got {runs!r})")
        if len(chosen) * runs > max_runs():
            raise DataError(
                f"--runs {runs} at {len(chosen)} points is {len(chosen) * runs} runs, above the"
                f" limit of {max_runs()} per sweep; use fewer, or set ACCORD_MAX_RUNS to go"
                " beyond it"
            )
    executor = executor or InlineExecutor()
    count = max(executor.workers, math.ceil(len(chosen) / chunk_points))
    chunks = [
        _Chunk(
            scenario, engine, dict(params or {}), tuple(dims), chosen[r.start : r.stop], seed, runs
        )
        for r in split(len(chosen), count)
    ]
    parts = executor.map(_run_chunk, chunks)
    rows = [row for part, _ in parts for row in part]
    warned = dict.fromkeys(w for _, found in parts for w in found)
    return SweepResult(
        scenario=scenario.id,
        engine=engine,
        design=design,
        seed=seed,
        dimensions=tuple(dims),
        points=chosen,
        issues=tuple(i.id for i in scenario.issues),
        outcome=np.array(rows, dtype=float).reshape(len(chosen), len(scenario.issues), 3),
        params=dict(params or {}),
        warnings=list(warned)[:50],
        runs=runs,
        request=SweepRequest(
            scenario=scenario.id,
            engine=engine,
            vary=tuple(d.spec or None for d in dims),
            design=design,
            points=points,
            samples=samples,
            runs=runs,
            seed=seed,
            params=dict(params or {}),
        ),
    )
