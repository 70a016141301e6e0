"""Results as tidy pandas DataFrames: one row per observation, one column per variable.

Tidy data (Wickham 2014, "Tidy data", *Journal of Statistical Software* 59(10)) is what pandas,
seaborn and Vega-Lite expect; every result's ``to_frame()`` calls one of these functions, and
:func:`write_frame` writes any of them as CSV or Parquet for the CLI's ``--format``. pandas is
imported here, on first use, so that the CLI and ``import accord`` do not pay for it.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from accord.errors import AccordError

if TYPE_CHECKING:
    import pandas as pd

    from accord.engines.base import Run
    from accord.forecast import Forecast
    from accord.forecast.compare import Comparison
    from accord.forecast.ensemble import EnsembleSummary
    from accord.forecast.explain import Explanation
    from accord.institutions.power import PowerIndices
    from accord.institutions.resolutions import Resolutions
    from accord.news.store import Store, StoredEvent

FORMATS = ("table", "json", "csv", "parquet")
"""What ``--format`` accepts on the commands that print results."""


def _pd() -> Any:
    import pandas as pd

    return pd


# No pandas call below enters :class:`warnings.catch_warnings`, which is not safe between
# threads (session 45's threads brief: from several threads at once it leaves the filters of
# one block in the process for good). In pandas 3.1 two common calls enter one: a lookup of a
# column by its name (``name in frame.columns``, ``frame[name]``, ``frame[name] = value``,
# ``frame[[...]]``, ``Index.drop``) builds the text Index's engine through
# ``Index._get_engine_target`` -> ``ArrowStringArray.astype(object)`` -> ``pandas_dtype(object)``
# (``catch_warnings`` with ``always DeprecationWarning``); ``Series.astype("Int64")`` and
# ``pd.Series(dtype="object")``, a dtype by name, pass it to ``is_extension_array_dtype`` or
# ``pandas_dtype`` (``ignore UserWarning``, ``always DeprecationWarning``). So the tables' columns
# are found by position and their dtypes given as objects (:func:`_dtype`).


def _dtype(kind: str) -> Any:
    """The dtype object named ``kind`` (``"Int64"``, ``"UInt64"``, ``"str"``, ``"float64"``,
    ``"int64"``, ``"bool"``, ``"object"``), found without ``catch_warnings``: NumPy's names by
    :class:`numpy.dtype`, pandas' own from its registry of extension dtypes."""
    if kind in ("float64", "int64", "bool", "object"):
        return np.dtype(kind)
    from pandas.api.types import pandas_dtype

    return pandas_dtype(kind)  # an extension dtype's name is found before NumPy is asked


def _position(frame: pd.DataFrame, name: str) -> int | None:
    """Where column ``name`` is in ``frame`` (the first such), or None: by the names' list,
    not pandas' lookup by label (see above)."""
    names = list(frame.columns)
    return names.index(name) if name in names else None


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """Column ``name`` of ``frame``, taken by its position."""
    k = _position(frame, name)
    if k is None:
        raise KeyError(name)
    return frame.iloc[:, k]


def _set_column(frame: pd.DataFrame, name: str, values: Any) -> None:
    """``frame[name] = values`` without a lookup by label: the column replaced where ``frame``
    has it, else added last (a scalar broadcast to every row, as ``frame[name] = value``)."""
    k = _position(frame, name)
    if k is None:
        frame.insert(len(frame.columns), name, values, allow_duplicates=True)  # a new name
    else:
        frame.isetitem(k, values)


def _whole_numbers(frame: pd.DataFrame, *names: str) -> pd.DataFrame:
    """``frame`` with the columns ``names`` (a seed, an ensemble's runs: whole numbers, empty
    where there is none) as pandas' nullable integers (session 36).

    Before, a column with an empty cell held Python ``None`` and ints in an ``object`` column:
    ``to_frame()`` of a single run and of an ensemble concatenated into ``object``, and the
    column read back from CSV as ``float64``. ``Int64`` (``UInt64`` for a seed past 2**63 - 1,
    which ``Int64`` cannot hold) keeps the empty cells as ``<NA>``; CSV output is unchanged
    (an empty cell, digits without a decimal point)."""
    for name in names:
        if _position(frame, name) is None:
            continue
        column = _column(frame, name)
        given = [int(value) for value in column if value is not None and value == value]
        wide = any(value > 2**63 - 1 for value in given)
        _set_column(frame, name, column.astype(_dtype("UInt64" if wide else "Int64")))
    return frame


def run_frame(run: Run) -> pd.DataFrame:
    """A run in long form: ``turn, actor, issue, position`` (NaN rows of unengaged actors kept).

    Examples
    --------
    >>> import accord
    >>> frame = accord.run("ec-emissions-1994", "bdm", rounds=2).to_frame()
    >>> list(frame.columns), len(frame)
    (['turn', 'actor', 'issue', 'position'], 30)
    """
    trajectory = np.asarray(run.trajectory, dtype=float)
    turns, n, m = trajectory.shape
    t, a, i = np.meshgrid(np.arange(turns), np.arange(n), np.arange(m), indexing="ij")
    return _pd().DataFrame(
        {
            "turn": t.ravel(),
            "actor": np.asarray(run.actors, dtype=object)[a.ravel()],
            "issue": np.asarray(run.issues, dtype=object)[i.ravel()],
            "position": trajectory.ravel(),
        }
    )


def forecast_frame(result: Forecast) -> pd.DataFrame:
    """One row per issue: ``issue, title, forecast, low, high``, the question the forecast
    answers (``p_agreement, if_agreement, status_quo, horizon``, ``consent`` and
    ``vetoed_by`` as ``;``-joined actor ids: the JSON's keys, docs/forecast-questions.md,
    without which a point forecast at the status quo could not be told from a bargain there)
    and, after an ensemble, its ``mean, p5, p50, p95``; then ``as_of``, the scenario's date (two
    versions of one scenario share its id; empty where it has none, since session 30), and the
    engine, seed and scenario id ride along last as columns for concatenation. Before
    ``as_of`` (since session 33): ``runs`` (the ensemble's, empty for a single run),
    ``variant`` (the engine's, e.g. bdm's ``scholz-code`` or ``paper``; empty where it has
    none) and ``accord_version`` (:func:`accord.provenance.version_string`: the version and,
    in a git checkout, the commit), so that a table archived alone says what made it."""
    from accord.provenance import version_string

    version = version_string()
    rows = []
    for item in result.issues:
        row: dict[str, Any] = {
            "issue": item.id,
            "title": item.title,
            "forecast": np.nan if item.forecast is None else item.forecast,
            "low": item.scale[0],
            "high": item.scale[1],
        }
        if item.answer is not None:
            question = item.answer.to_dict()
            for key in ("p_agreement", "if_agreement", "status_quo"):
                row[key] = np.nan if question[key] is None else question[key]
            row["horizon"] = question["horizon"]
            # empty: missing (NaN), not "" (session 36): a CSV file reads an empty cell back
            # as missing, so the Parquet file and the frame now say the same
            row["consent"] = ";".join(question["consent"]) or None
            row["vetoed_by"] = ";".join(question["vetoed_by"]) or None
        for key, value in (item.distribution.to_dict() if item.distribution else {}).items():
            row[key] = np.nan if value is None else value
        # what made the numbers, for a table archived on its own (session 33): the ensemble's
        # runs (empty for a single run), the engine's variant (empty where it has none) and
        # the accord version with its commit (accord.provenance)
        row["runs"] = None if result.ensemble is None else result.ensemble.runs
        row["variant"] = result.run.variant
        row["accord_version"] = version
        as_of = result.scenario.as_of
        row["as_of"] = None if as_of is None else as_of.isoformat()  # the date of the numbers
        row["engine"] = result.engine
        row["seed"] = result.seed
        row["scenario"] = result.scenario.id  # the tables of a class's files concatenate (s28)
        rows.append(row)
    return _whole_numbers(_pd().DataFrame(rows), "runs", "seed")


def samples_frame(result: Forecast) -> pd.DataFrame:
    """An ensemble's runs in long form: ``sample, issue, outcome, agreed``, then ``engine,
    seed, scenario`` (empty without an ensemble).

    ``outcome`` is each run's bargain, before the agreement rule; ``agreed`` whether every
    consent actor accepts it in that run, so that ``p_agreement`` is the issue's mean of
    ``agreed`` and the outcome of a run is its bargain where agreed, else the status quo. The
    last three columns, as :func:`forecast_frame` ends (since session 36), tell apart the
    samples of several ensembles concatenated into one table."""
    pd = _pd()
    if result.samples is None:
        kinds = {"sample": "int64", "issue": "str", "outcome": "float64", "agreed": "bool"}
        kinds |= {"engine": "str", "seed": "Int64", "scenario": "str"}
        return pd.DataFrame({name: pd.Series(dtype=_dtype(kind)) for name, kind in kinds.items()})
    samples = np.asarray(result.samples, dtype=float)
    runs, m = samples.shape
    s, i = np.meshgrid(np.arange(runs), np.arange(m), indexing="ij")
    issues = np.asarray([item.id for item in result.issues], dtype=object)
    frame = {"sample": s.ravel(), "issue": issues[i.ravel()], "outcome": samples.ravel()}
    if result.samples_agreed is not None:
        frame["agreed"] = np.asarray(result.samples_agreed, dtype=bool).ravel()
    made = pd.DataFrame(frame)
    _set_column(made, "engine", result.engine)
    _set_column(made, "seed", result.seed)
    _set_column(made, "scenario", result.scenario.id)
    return _whole_numbers(made, "seed")


def ensemble_means_frame(summary: EnsembleSummary) -> pd.DataFrame:
    """Each actor's mean final position over an ensemble: ``actor, issue, mean_position``."""
    shape = (len(summary.actors), len(summary.issues))
    a, k = np.meshgrid(np.arange(shape[0]), np.arange(shape[1]), indexing="ij")
    return _pd().DataFrame(
        {
            "actor": np.asarray(summary.actors, dtype=object)[a.ravel()],
            "issue": np.asarray(summary.issues, dtype=object)[k.ravel()],
            "mean_position": np.asarray(summary.actor_mean, dtype=float).ravel(),
        }
    )


def resolutions_frame(resolutions: Resolutions) -> pd.DataFrame:
    """One row per draft: ``draft, body, rule, date, title, adoption_probability`` (and over
    the ensemble), ``outcome``, the expected tally, who could block, and the recorded result.
    ``rule`` (the draft's kind, else the body's default) and ``date`` (the vote's, ISO text, or
    None), as in the JSON, since session 37: a draft forecast under two rules gave one table.
    Since session 44 it ends with ``engine, seed, scenario`` (:func:`_made_by`)."""
    rows: list[dict[str, Any]] = []
    for r in resolutions:
        actual = r.draft.actual
        rows.append(
            {
                "draft": r.draft.id,
                "body": r.body.id,
                "rule": r.draft.kind or r.body.default_kind,
                "date": None if r.draft.date is None else r.draft.date.isoformat(),
                "title": r.draft.title,
                "adoption_probability": r.adoption_probability,
                "adoption_probability_ensemble": resolutions.ensemble.get(r.draft.id, np.nan),
                "outcome": r.outcome,
                **{f"expected_{k}": v for k, v in r.expected().to_dict().items()},
                "could_block": ";".join(r.could_block),
                "actual_adopted": None if actual is None else actual.adopted,
            }
        )
    from accord.institutions.resolutions import CHOICES

    expected = [f"expected_{k}" for k in CHOICES]
    columns = [
        *("draft", "body", "rule", "date", "title"),
        *("adoption_probability", "adoption_probability_ensemble"),
        *("outcome", *expected, "could_block", "actual_adopted"),
    ]
    numbers = ["adoption_probability", "adoption_probability_ensemble", *expected]
    frame = _pd().DataFrame(rows, columns=columns)
    return _made_by(typed_columns(frame, _draft_types(columns, numbers)), resolutions)


def _draft_types(columns: Sequence[str], numbers: Sequence[str]) -> dict[str, str]:
    """The :func:`typed_columns` types of the drafts' or the members' table: its ``numbers``
    floats and every other column but a date or ``actual_adopted`` text, typed so even where the
    table has no row (a scenario without drafts; session 44's review): a table of no rows had
    its numbers as text and its ``outcome`` as a number (:data:`EMPTY_NUMBER_COLUMNS` names the
    forecast's), so ``pyarrow.dataset`` could not read it beside a table with drafts (``Failed
    to parse string: 'adopted' as a scalar of type double``). Until session 45 a function of its
    own (``_typed_drafts``), a second way of typing a table's columns."""
    kept = DATE_COLUMNS | YES_NO_COLUMNS
    return {
        name: "float64" if name in numbers else "object" if name in kept else "text"
        for name in columns
    }


def typed_columns(frame: pd.DataFrame, types: Mapping[str, str]) -> pd.DataFrame:
    """``frame`` with exactly the columns ``types`` names, in its order (one the frame lacks is
    empty), each cast to the pandas dtype it maps to (``"string"``, ``"Int64"``, ``"Float64"``,
    ``"float64"``, ``"boolean"``; ``"object"``: left as it is, text, a date or a time that
    :func:`parquet_typed` types; ``"text"``: text, typed ``str`` where the frame has no row, else
    left as it is, so that a missing cell stays missing, not the text "None"). A table typed so
    has the same columns and Parquet types whatever its rows (session 44's tidy3: ``accord
    ledger list`` of a ledger without records had 13 columns of the full table's 31, and
    ``ledger score --per-forecast`` with nothing scored had its scores as text and its seeds as
    doubles, so ``pyarrow.dataset`` dropped or refused columns of such a file read beside a
    full one). The one way accord types a table's
    columns (the drafts' tables too since session 45: :func:`_draft_types`)."""
    pd = _pd()
    typed = frame.iloc[:, :0].copy()  # its index, no column (not DataFrame(index=): see above)
    for name, kind in types.items():  # by position, not label: see _position (session 45)
        k = _position(frame, name)
        values = frame.iloc[:, k] if k is not None else pd.Series(np.nan, index=frame.index)
        if kind == "text":
            if len(frame) == 0:
                values = values.astype(_dtype("str"))
        elif kind != "object":
            values = values.astype(_dtype(kind))
        typed.insert(len(typed.columns), name, values, allow_duplicates=True)
    return typed


def _made_by(frame: pd.DataFrame, resolutions: Resolutions) -> pd.DataFrame:
    """``frame`` with the forecast's ``engine, seed, scenario`` last, as :func:`samples_frame`
    ends (session 44: the drafts' and votes' tables of two scenarios, concatenated, could not
    be told apart); empty cells where no forecast made them (``Resolutions`` built directly)."""
    kinds = {"engine": "str", "seed": "object", "scenario": "str"}  # seed: _whole_numbers
    for name, kind in kinds.items():
        value = getattr(resolutions, name)
        if len(frame) == 0 or value is None:  # typed as samples_frame types its empty columns
            empty = _pd().Series([value] * len(frame), index=frame.index, dtype=_dtype(kind))
            _set_column(frame, name, empty)
        else:
            _set_column(frame, name, value)
    return _whole_numbers(frame, "seed")


def resolution_votes_frame(resolutions: Resolutions) -> pd.DataFrame:
    """One row per draft and member: ``draft, member, yes, no, abstain, absent, predicted,
    source, appeal`` (the member's vote probabilities and their basis), then ``engine, seed,
    scenario`` (session 44, :func:`_made_by`)."""
    rows = [
        {
            "draft": r.draft.id,
            "member": code,
            "yes": v.yes,
            "no": v.no,
            "abstain": v.abstain,
            "absent": v.absent,
            "predicted": v.predicted,
            "source": v.source,
            "appeal": np.nan if v.appeal is None else v.appeal,
        }
        for r in resolutions
        for code, v in r.votes.items()
    ]
    columns = ["draft", "member", "yes", "no", "abstain", "absent", "predicted", "source", "appeal"]
    numbers = ["yes", "no", "abstain", "absent", "appeal"]
    frame = _pd().DataFrame(rows, columns=columns)
    return _made_by(typed_columns(frame, _draft_types(columns, numbers)), resolutions)


def comparison_frame(comparison: Comparison) -> pd.DataFrame:
    """Engines compared in long form: ``issue, engine, status_quo, forecast, if_agreement,
    p_agreement, as_of, seed, scenario`` (one row per issue and engine; the scenario id last, so
    that the tables of several scenarios concatenate; since session 30 the scenario's date and
    the comparison's seed, so that a CSV file says when its numbers are from and one of
    ``compare --runs N`` without ``--seed`` can be run again; since session 33 ``runs``, the
    ensembles' size, empty for single runs, and ``accord_version``, before ``as_of``)."""
    from accord.provenance import version_string

    version = version_string()
    rows = [
        {
            "issue": item.id,
            "engine": engine,
            "status_quo": _nan(item.status_quo),
            "forecast": _nan(item.forecast.get(engine)),
            "if_agreement": _nan(item.if_agreement.get(engine)),
            "p_agreement": _nan(item.p_agreement.get(engine)),
            "runs": comparison.runs,
            "accord_version": version,
            "as_of": comparison.as_of,
            "seed": comparison.seed,
            "scenario": comparison.scenario,
        }
        for item in comparison.issues
        for engine in comparison.engines
    ]
    columns = [
        *("issue", "engine", "status_quo", "forecast", "if_agreement", "p_agreement"),
        *("runs", "accord_version"),  # what made the numbers (session 33)
        *("as_of", "seed"),  # before the scenario, as a forecast's table ends (session 30)
        "scenario",  # last, after the columns of earlier versions
    ]
    return _whole_numbers(_pd().DataFrame(rows, columns=columns), "runs", "seed")


def explanation_frame(explanation: Explanation) -> pd.DataFrame:
    """Every tornado bar: ``issue, input, kind, actor, input_issue, value, low, high,
    forecast_at_low, forecast_at_high, swing, bargain_at_low, bargain_at_high, bargain_swing``
    (one row per issue and input; the bargain at each end since session 41, as the JSON's
    ``if_agreement_at_low``/``_high``), then ``accord_version``
    (:func:`accord.provenance.version_string`, since session 35: which code made the figures)
    and last ``engine, seed, scenario``, as a sweep's table ends (session 43: the table had
    neither the engine nor the scenario, so the tables of several scenarios or engines
    stacked could not be told apart, and ``seed``, empty without one, stood before
    ``accord_version``)."""
    from accord.provenance import version_string

    version = version_string()
    rows = [
        {
            "issue": item.id,
            "input": bar.input.label,
            "kind": bar.input.kind,
            "actor": bar.input.actor,
            "input_issue": bar.input.issue,
            "value": bar.input.value,
            "low": bar.input.low,
            "high": bar.input.high,
            "forecast_at_low": _nan(bar.at_low),
            "forecast_at_high": _nan(bar.at_high),
            "swing": bar.swing,
            "bargain_at_low": _nan(bar.bargain_at_low),
            "bargain_at_high": _nan(bar.bargain_at_high),
            "bargain_swing": bar.bargain_swing,
            "accord_version": version,
            "engine": explanation.engine,
            "seed": explanation.seed,
            "scenario": explanation.scenario,
        }
        for item in explanation.issues
        for bar in item.tornado
    ]
    columns = [
        "issue", "input", "kind", "actor", "input_issue", "value", "low", "high",
        "forecast_at_low", "forecast_at_high", "swing", "bargain_at_low", "bargain_at_high",
        "bargain_swing", "accord_version", "engine", "seed", "scenario",
    ]  # fmt: skip
    return _whole_numbers(_pd().DataFrame(rows, columns=columns), "seed")


def _nan(value: float | None) -> float:
    return np.nan if value is None else float(value)


def power_frame(indices: PowerIndices) -> pd.DataFrame:
    """One row per player: ``player, index, value, exact`` (+ ``swings``, ``raw`` for Banzhaf),
    for a body's indices ``body, kind, date`` (since session 37: the tables of several bodies
    concatenated say whose each row is; ``date`` empty for a body without dated members), then
    ``accord_version`` (:func:`accord.provenance.version_string`, since session 35)."""
    from accord.provenance import version_string

    version = version_string()
    rows = []
    for player, value in indices.values.items():
        row: dict[str, Any] = {
            "player": player,
            "index": indices.index,
            "value": float(value),
            "exact": f"{value.numerator}/{value.denominator}",
        }
        if indices.swings is not None:
            row["swings"] = indices.swings[player]
        if indices.raw is not None:
            row["raw"] = float(indices.raw[player])
        if indices.body is not None:
            row |= {"body": indices.body, "kind": indices.kind, "date": indices.date}
        row["accord_version"] = version  # which code computed the indices (session 35)
        rows.append(row)
    return _pd().DataFrame(rows)


def votes_frame(probabilities: Mapping[str, Mapping[str, float]]) -> pd.DataFrame:
    """Member vote probabilities: ``member, yes, no, abstain`` (+ ``absent``, where given)."""
    rows = [{"member": member, **dict(probs)} for member, probs in probabilities.items()]
    frame = _pd().DataFrame(rows)
    names = list(frame.columns)  # by position: see _set_column
    first = [c for c in ("member", "yes", "no", "abstain", "absent") if c in names]
    order = first + [c for c in names if c not in first]
    return frame.iloc[:, [names.index(c) for c in order]]


def records_frame(items: Iterable[Any], columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Dataclass records (stored events, stance evidence...) one per row, fields as columns.

    Tuples of actor references become ``;``-joined codes and mappings (engine parameters)
    JSON text, so that the frame stays flat and writes to CSV and Parquet alike.
    """
    rows = []
    for item in items:
        is_record = dataclasses.is_dataclass(item) and not isinstance(item, type)
        data = dataclasses.asdict(item) if is_record else dict(item)
        rows.append({key: _flat(value) for key, value in data.items()})
    return _pd().DataFrame(rows, columns=list(columns) if columns is not None else None)


def _flat(value: Any) -> Any:
    if isinstance(value, Mapping):
        import json

        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, tuple | list):
        return ";".join(str(v.get("code", v)) if isinstance(v, dict) else str(v) for v in value)
    return value


def events_frame(events: Iterable[StoredEvent], store: Store | None = None) -> pd.DataFrame:
    """Stored events (:class:`accord.news.store.StoredEvent`), one row per event, with the
    columns of ``accord events --format csv|parquet`` in their order
    (:data:`accord.news.export.COLUMNS`, docs/event-coding.md, "Exports"): ``event_id, date,
    source_code, ...``, ``;`` joining several actors of one side. ``date`` is a
    :class:`datetime.date` (None when undated), as the Parquet file reads back. ``url``,
    ``document_id``'s article and ``coder`` are read from ``store``; without it, ``url``,
    ``coder`` and ``coder_version`` are empty. The frame, as the export, names each event's
    first reporting document; :func:`event_documents_frame` lists every one (join on
    ``event_id``).

    Examples
    --------
    >>> import datetime
    >>> from accord.news.export import COLUMNS
    >>> from accord.news.store import StoredEvent
    >>> from accord.news.types import ActorRef
    >>> met = StoredEvent(
    ...     id="e1", date=datetime.date(2025, 2, 24), event_type="CONSULT", mode=None,
    ...     sources=(ActorRef("FRA", "GOV"), ActorRef("DEU", "GOV")),
    ...     targets=(ActorRef("UKR", "GOV"),), trigger="met",
    ...     sentence="France and Germany met Ukraine in Paris.", confidence=0.9, mentions=1,
    ...     document_ids=("d1",),
    ... )
    >>> frame = events_frame([met])
    >>> tuple(frame.columns) == COLUMNS
    True
    >>> frame.loc[0, ["event_id", "source_code", "quad_class", "location_place"]].tolist()
    ['e1', 'FRA;DEU', 'verbal cooperation', 'Paris']
    """
    from accord.news.export import export_frame, export_rows, reporting_documents

    events = list(events)
    documents = None if store is None else reporting_documents(events, store)
    return export_frame(export_rows(events, documents))


EVENT_DOCUMENT_COLUMNS = ("event_id", "document_id", "first", "title", "date", "source", "url")
"""The columns of :func:`event_documents_frame`, in order."""


def event_documents_frame(
    events: Iterable[StoredEvent], store: Store | None = None
) -> pd.DataFrame:
    """Every reporting document of each of ``events``: one row per (event, document), in the
    order the event stores them (:attr:`StoredEvent.document_ids`), with the columns
    :data:`EVENT_DOCUMENT_COLUMNS`. ``first`` is True on the document :func:`events_frame` and
    the ``--format csv|parquet`` export name (their ``document_id``, one per event); the other
    rows are the articles that reported the same event, merged into it. ``title``, ``date``
    (a :class:`datetime.date`), ``source`` (the publisher) and ``url`` are the document's, read
    from ``store``; without it, or for a document the store no longer holds, they are empty.
    Join it to :func:`events_frame` on ``event_id`` (session 28: since session 27 that frame,
    as the export, names only the first document).

    Examples
    --------
    >>> import datetime
    >>> from accord.news.store import StoredEvent
    >>> from accord.news.types import ActorRef
    >>> met = StoredEvent(
    ...     id="e1", date=datetime.date(2025, 2, 24), event_type="CONSULT", mode=None,
    ...     sources=(ActorRef("FRA", "GOV"),), targets=(ActorRef("UKR", "GOV"),),
    ...     trigger="met", sentence="France met Ukraine.", confidence=0.9, mentions=2,
    ...     document_ids=("d1", "d2"),
    ... )
    >>> event_documents_frame([met])[["event_id", "document_id", "first"]].values.tolist()
    [['e1', 'd1', True], ['e1', 'd2', False]]
    """
    from accord.news.export import reporting_documents

    events = list(events)
    infos = {} if store is None else reporting_documents(events, store, first_only=False)
    rows = []
    for ev in events:
        for k, doc_id in enumerate(ev.document_ids):
            info = infos.get(doc_id)
            rows.append(
                (
                    ev.id,
                    doc_id,
                    k == 0,
                    info.title if info else None,
                    info.date if info else None,
                    info.source if info else None,
                    info.url if info else None,
                )
            )
    frame = _pd().DataFrame(rows, columns=list(EVENT_DOCUMENT_COLUMNS))
    frame["first"] = frame["first"].astype(bool)
    return frame


def evidence_frame(evidence: Iterable[Any]) -> pd.DataFrame:
    """Stance evidence (:class:`accord.news.types.StanceEvidence`): one row per statement."""
    return records_frame(evidence)


def _normalized(rows: Iterable[Mapping[str, Any]], drop: Sequence[str] = ()) -> pd.DataFrame:
    """Nested result documents one per row: sub-mappings become dotted columns
    (:func:`pandas.json_normalize`), lists ``;``-joined text, and the keys in ``drop`` (nested
    tables with a shape of their own) are left out, so the frame writes to CSV and Parquet."""
    kept = [{k: v for k, v in row.items() if k not in drop} for row in rows]
    frame = _pd().json_normalize(kept)
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, list | tuple)).any():
            frame[column] = frame[column].map(
                lambda v: _flat(v) if isinstance(v, list | tuple) else v
            )
    return frame


def vote_scores_frame(results: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Scores of the UN vote model, one row per held-out session (``votes evaluate`` gives one,
    ``votes rolling`` one per session): ``holdout_session, accuracy, n, ...`` with the baselines,
    F1 and settings as dotted columns (``baselines.similar_resolution``, ``f1.yes``). The
    reliability table is left out: it has one row per confidence bin, not per session. The last
    column, ``accord_version`` (since session 34), says which code made the scores."""
    from accord.provenance import version_string

    frame = _normalized(results, drop=("reliability", "accord"))
    frame["accord_version"] = version_string()
    return frame


def ess_frame(day: str, texts: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Forecast tallies of emergency-special-session texts (``votes ukraine``), one row per
    text: ``date, symbol, neighbour``, then ``model_only.yes``, ``combined.yes``,
    ``recorded.yes``... as dotted columns."""
    frame = _normalized(texts)
    frame.insert(0, "date", day)
    return frame


def coding_frame(figures: Mapping[str, Any]) -> pd.DataFrame:
    """Event-coder scores (``events evaluate``), one row per PLOVER type and an ``ALL`` row:
    ``type, gold, predicted, precision, recall, f1`` (F1, the harmonic mean of precision and
    recall, van Rijsbergen 1979, *Information Retrieval*, ch. 7), then ``accord_version``
    (:func:`accord.provenance.version_string`, since session 34: which code made the scores)."""
    from accord.provenance import version_string

    rows = [{"type": kind, **dict(row)} for kind, row in figures["per_type"].items()]
    rows.append(
        {
            "type": "ALL",
            "gold": figures["n"],
            "predicted": figures["predicted"],
            "precision": figures["event_precision"],
            "recall": figures["event_recall"],
        }
    )
    frame = _pd().DataFrame(rows, columns=["type", "gold", "predicted", "precision", "recall"])
    p, r = frame["precision"].astype(float), frame["recall"].astype(float)
    total = (p + r).to_numpy()
    frame["f1"] = np.divide(2 * p * r, total, out=np.zeros_like(total), where=total > 0).round(4)
    frame["accord_version"] = version_string()
    return frame


def coding_errors_frame(errors: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """The records an event coder got wrong (``events evaluate --errors``), one row each:
    ``id, gold, got, gold_source, source, gold_target, target, trigger, text``; actor sets as
    ``;``-joined codes so that the table stays flat; then ``accord_version`` (since session 34)."""
    from accord.provenance import version_string

    columns = ["id", "gold", "got", "gold_source", "source", "gold_target", "target"]
    rows = [{k: ";".join(v) if isinstance(v, list) else v for k, v in e.items()} for e in errors]
    frame = _pd().DataFrame(rows, columns=[*columns, "trigger", "text"])
    frame["accord_version"] = version_string()
    return frame


def evidence_scores_frame(figures: Mapping[str, Any]) -> pd.DataFrame:
    """Stance-evidence scores (``evidence evaluate``), one row per scenario, then ``overall``
    and ``actor+issue`` (direction ignored): ``scope, gold, found_gold, predicted, correct,
    precision, recall``, then ``accord_version`` (since session 34: which code made them)."""
    from accord.provenance import version_string

    scopes = [
        *sorted(figures["by_scenario"].items()),
        ("overall", figures["overall"]),
        ("actor+issue", figures["actor_issue"]),
    ]
    columns = ["gold", "found_gold", "predicted", "correct", "precision", "recall"]
    version = version_string()
    rows = [
        {"scope": name, **{k: score.get(k) for k in columns}, "accord_version": version}
        for name, score in scopes
    ]
    return _pd().DataFrame(rows, columns=["scope", *columns, "accord_version"])


def evidence_cv_frame(report: Mapping[str, Any]) -> pd.DataFrame:
    """Cross-validated evidence rules (``evidence cv``), one row per held-out fold and a
    ``pooled`` row: the rules chosen on the other folds, their test figures, and the legacy
    matcher's on the same fold (``before_`` columns); then the changes proposed from the
    held-out items and those the gold accepts (``changes_``, ``before_changes_``)."""
    keys = ("predicted", "correct", "precision", "recall")
    change_keys = ("proposed", "accepted")

    def row(fold: str, chosen: str, doc: Mapping[str, Any], test: str, base: str) -> Any:
        now, before = doc.get(f"{base}changes", {}), doc.get(f"baseline_{base}changes", {})
        return {
            "fold": fold,
            "chosen": chosen,
            **{k: doc[test].get(k) for k in keys},
            **{f"before_{k}": doc[f"baseline_{test}"].get(k) for k in keys},
            **{f"changes_{k}": now.get(k) for k in change_keys},
            **{f"before_changes_{k}": before.get(k) for k in change_keys},
        }

    from accord.provenance import version_string

    rows = [row(f["fold"], f["chosen"], f, "test", "") for f in report["folds"]]
    rows.append(row("pooled", "", report, "pooled_test", "pooled_"))
    frame = _pd().DataFrame(rows)
    frame["accord_version"] = version_string()  # which code made the figures (session 34)
    return frame


def backtest_frame(
    engines: Mapping[str, Mapping[str, Any]], settings: Mapping[str, Any] | None = None
) -> pd.DataFrame:
    """Backtest scores (``backtest``'s JSON ``engines`` entries), one row per engine:
    ``engine, mae, n, seconds, failures`` (failures counted), plus coverage and width after
    ``--interval`` (their per-fold spread as dotted columns, ``fold_mae.sd``); with per-issue
    detail, one row per engine and issue: ``engine, issue, prediction, abs_error, mae``; then
    ``accord_version`` (since session 34: the JSON's ``accord`` block, in short) and the
    ``settings`` that made the scores, the same on every row (since session 44: ``seed, folds``
    of a plain backtest, ``seed, interval_level, folds, repeats`` of one with intervals; see
    :func:`accord.forecast.backtest.backtest_settings`), so that a CSV file says how it was
    made as the forecast's table does with its seed."""
    from accord.provenance import version_string

    rows = []
    for name, doc in engines.items():
        head = {"engine": name, **{k: v for k, v in doc.items() if k != "issues"}}
        if "failures" in doc or "coverage" not in doc:
            head["failures"] = len(doc.get("failures", {}))
        issues = doc.get("issues")
        if issues is None:
            rows.append(head)
            continue
        for key, item in issues.items():
            rows.append({"engine": name, "issue": key, **dict(item), "mae": doc["mae"]})
    frame = _normalized(rows)
    frame["accord_version"] = version_string()
    for name, value in (settings or {}).items():
        frame[name] = _pd().Series([value] * len(frame), index=frame.index, dtype=object)
    return _whole_numbers(frame, *(n for n in ("seed", "folds", "repeats") if n in frame))


def require_pyarrow(what: str) -> None:
    """Refuse ``what`` (an option or a file) up front when pyarrow, the ``[parquet]`` extra, is
    missing: before any work, and as a one-line error rather than an ImportError traceback."""
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise AccordError(f"{what} needs pyarrow: pip install 'accord[parquet]'")


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What a cell begins with that a spreadsheet may read as a formula (OWASP, "CSV Injection")."""


def formula_like(value: object) -> bool:
    """Whether ``value`` is text a spreadsheet would take for a formula: it begins with one of
    :data:`FORMULA_START` and is not a number (``-12.5`` is kept as it is)."""
    if not isinstance(value, str) or not value.startswith(FORMULA_START):
        return False
    try:
        float(value)
    except ValueError:
        return True
    return False


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each text cell that a spreadsheet would run as a formula prefixed with
    ``'`` (which the spreadsheet shows as text): titles, names, sources and sentences come from
    scenarios and articles, and ``=HYPERLINK(...)`` as an article's title became a live link
    in Excel or LibreOffice until session 39 (the workbench's chart CSVs did this since
    session 38). Numbers, and text cells that are numbers, are kept; ``frame`` is unchanged."""
    safe = frame
    for column in frame.columns:
        values = frame[column]
        if values.dtype != object and str(values.dtype) not in ("string", "str"):
            continue
        hits = values.map(formula_like).astype(bool)
        if hits.any():
            if safe is frame:
                safe = frame.copy()
            safe[column] = safe[column].astype(object)
            safe.loc[hits, column] = "'" + values[hits].astype(str)
    return safe


EMPTY_NUMBER_COLUMNS = frozenset(
    {
        "adoption_probability_ensemble", "agreed", "annulled", "confidence", "direction",
        "forecast", "high", "if_agreement", "interval_high", "interval_level", "interval_low",
        "low", "mean", "outcome", "p5", "p50", "p95", "p_adopted", "p_agreement", "record",
        "runs", "seed", "similarity", "status_quo", "strength", "supersedes", "value",
    }
)  # fmt: skip
"""Columns that hold numbers (``agreed``: true/false) where they are not empty: a Parquet file
in which every cell of one is empty types it as a number (``agreed`` as a boolean), not text.
Every other column whose cells are all empty is written as text (:func:`parquet_typed`)."""

YES_NO_COLUMNS = frozenset({"agreed", "actual_adopted"})
"""Columns that hold true/false where they are not empty: one whose cells are all empty is a
``bool`` column of nulls in a Parquet file (a draft's ``actual_adopted`` where no draft has a
recorded vote was text until session 44's review, ``bool`` where one had)."""

PARQUET_DOCUMENT_KEY = "accord.json"
"""The key of a Parquet file's key-value metadata that holds the command's ``--json`` document
(session 43): the options, seed, engine and code that made the table, beside its rows."""


DATE_COLUMNS = frozenset({"as_of", "date", "evidence_cutoff", "horizon", "on"})
"""Columns that hold a calendar date where they are not empty (ISO text, ``2025-02-24``, or a
:class:`datetime.date` in the frame): a Parquet file types each as ``date32`` (an R ``Date``,
a Stata ``%td`` through R or pandas) since session 44; a CSV file writes ISO text."""

TIME_COLUMNS = frozenset({"ingested_at", "recorded_at"})
"""Columns that hold a moment where they are not empty (ISO 8601 text or a
:class:`datetime.datetime`): a Parquet file types each as ``timestamp[us, tz=UTC]`` since
session 44. A time without an offset (``ingested_at`` read back from a SQLite store, which
keeps none) was written in UTC and is read as UTC; one with an offset is converted to UTC."""


def _missing(value: Any) -> bool:
    """Whether ``value`` is an empty cell: None, NaN, pandas' ``NA``/``NaT`` or ``""``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    try:
        return bool(_pd().isna(value))
    except (TypeError, ValueError):  # a list or an array: not a missing scalar
        return False


def _as_date(value: Any, column: str) -> Any:
    """A :class:`datetime.date` (None when empty) from a cell of the date column ``column``."""
    import datetime as dt

    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise AccordError(f"--format parquet: {column} {value!r} is not a date") from None


def _as_time(value: Any, column: str) -> Any:
    """An aware UTC :class:`datetime.datetime` (None when empty) from a cell of the time column
    ``column``; a time without an offset is taken as UTC (:data:`TIME_COLUMNS`)."""
    import datetime as dt

    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        moment = value
    else:
        try:
            moment = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise AccordError(f"--format parquet: {column} {value!r} is not a time") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def parquet_typed(table: Any) -> Any:
    """``table`` (a pyarrow Table) with the column types every Parquet file accord writes has:
    the one place that types a table's columns for Parquet (session 44), whichever command
    wrote it (:func:`frame_bytes`, ``accord events``' export, a sweep's files).

    - a column of :data:`DATE_COLUMNS` is ``date32`` and one of :data:`TIME_COLUMNS`
      ``timestamp[us, tz=UTC]``, an empty cell null (never an epoch or ``NaT`` text). Until
      session 44 only the events' and the evidence's ``date`` were dates (the events' since
      session 27) and every other date and time was ISO text, so a reader converted each
      table's by hand; a cell that is not a date (or time) is refused with an
      :class:`~accord.errors.AccordError` naming the column;
    - any other column whose cells are all empty is text (``large_string``, as pandas writes
      text), a number where :data:`EMPTY_NUMBER_COLUMNS` names it, ``bool`` where
      :data:`YES_NO_COLUMNS` does, never Arrow's ``null`` type: the same column was text in
      one file and ``null`` in another (a forecast's ``consent``, an article's ``url``), and R's
      ``arrow::open_dataset`` and ``pyarrow.dataset`` refused to read two such files together
      (``Unsupported cast from large_string to null``; session 43).

    The pandas metadata pyarrow keeps (``pandas``) is updated to match, so that
    ``pandas.read_parquet`` gives a date column :class:`datetime.date` objects and a time
    column ``datetime64[us, UTC]``."""
    import json

    import pyarrow as pa

    changed: dict[str, Any] = {}
    for k, field in enumerate(table.schema):
        name = str(field.name)
        kind: Any
        if name in DATE_COLUMNS or name in TIME_COLUMNS:
            dated = name in DATE_COLUMNS
            kind = pa.date32() if dated else pa.timestamp("us", tz="UTC")
            if field.type == kind:
                continue
            cast = _as_date if dated else _as_time
            values = pa.array([cast(v, name) for v in table.column(k).to_pylist()], type=kind)
        elif pa.types.is_null(field.type):
            kind = pa.large_string()
            if name in YES_NO_COLUMNS:
                kind = pa.bool_()
            elif name in EMPTY_NUMBER_COLUMNS:
                kind = pa.float64()
            values = pa.nulls(table.num_rows, kind)
        else:
            continue
        table = table.set_column(k, field.with_type(kind), values)
        changed[name] = kind
    meta = dict(table.schema.metadata or {})
    if changed and b"pandas" in meta:
        described = json.loads(meta[b"pandas"])
        for column in described.get("columns", []):
            kind = changed.get(column.get("name"))
            if kind is None:
                continue
            if pa.types.is_date32(kind):
                column.update(pandas_type="date", numpy_type="object", metadata=None)
            elif pa.types.is_timestamp(kind):
                column.update(
                    pandas_type="datetimetz",
                    numpy_type="datetime64[us, UTC]",
                    metadata={"timezone": "UTC"},
                )
        meta[b"pandas"] = json.dumps(described).encode("utf-8")
        table = table.replace_schema_metadata(meta)
    return table


def _typed_table(frame: pd.DataFrame) -> Any:
    """``frame`` as a pyarrow Table typed by :func:`parquet_typed`."""
    import pyarrow as pa

    return parquet_typed(pa.Table.from_pandas(frame, preserve_index=False))


def frame_bytes(frame: pd.DataFrame, fmt: str, document: Mapping[str, Any] | None = None) -> bytes:
    """``frame`` as CSV or Parquet bytes (``fmt`` is ``csv`` or ``parquet``); a CSV's text
    cells that a spreadsheet would run as formulas are quoted (:func:`spreadsheet_safe`).

    A Parquet file types its date columns as dates and its times as UTC timestamps, and a
    column whose cells are all empty as text or a number, never Arrow's ``null``
    (:func:`parquet_typed`); it keeps ``document`` (the command's ``--json``
    document: the options, seed and code that made the table) as JSON in its key-value
    metadata under :data:`PARQUET_DOCUMENT_KEY`; a CSV file has no metadata."""
    if fmt == "csv":
        text: str = spreadsheet_safe(frame).to_csv(index=False)
        return text.encode("utf-8")
    if fmt == "parquet":
        require_pyarrow("--format parquet")
        import json

        import pyarrow.parquet as pq

        buffer = io.BytesIO()
        try:
            table = _typed_table(frame)
            if document is not None:
                kept = dict(table.schema.metadata or {})
                kept[PARQUET_DOCUMENT_KEY.encode()] = json.dumps(
                    document, ensure_ascii=False, default=str
                ).encode("utf-8")
                table = table.replace_schema_metadata(kept)
            pq.write_table(table, buffer)
        except (TypeError, ValueError) as exc:  # pyarrow's ArrowTypeError / ArrowInvalid
            raise AccordError(f"--format parquet: cannot write this table ({exc})") from None
        return buffer.getvalue()
    raise AccordError(f"unknown data format {fmt!r}; choose from csv, parquet")


def write_frame(
    frame: pd.DataFrame,
    fmt: str,
    out: Path | None = None,
    document: Mapping[str, Any] | None = None,
) -> None:
    """Write ``frame`` to ``out`` (atomically) or to standard output; ``document``: see
    :func:`frame_bytes`."""
    data = frame_bytes(frame, fmt, document)
    if out is None:
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from accord.scenario.io import write_bytes_atomic

    write_bytes_atomic(out, data)


__all__ = [
    "DATE_COLUMNS",
    "EMPTY_NUMBER_COLUMNS",
    "FORMATS",
    "PARQUET_DOCUMENT_KEY",
    "TIME_COLUMNS",
    "YES_NO_COLUMNS",
    "backtest_frame",
    "coding_frame",
    "comparison_frame",
    "ensemble_means_frame",
    "ess_frame",
    "event_documents_frame",
    "events_frame",
    "evidence_frame",
    "explanation_frame",
    "forecast_frame",
    "frame_bytes",
    "parquet_typed",
    "power_frame",
    "records_frame",
    "resolution_votes_frame",
    "resolutions_frame",
    "run_frame",
    "samples_frame",
    "typed_columns",
    "vote_scores_frame",
    "votes_frame",
    "write_frame",
]
