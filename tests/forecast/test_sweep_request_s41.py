"""Session 41 (sweepspec; docs/trial-2026-12-07-s41-whatif.md, finding 12): a sweep's outputs
record what was asked (the ``--vary`` specs as given, the design, ``--points``, ``--samples``,
``--runs``, the engine, its options and the seed), so that a saved JSON or Parquet file can be
run again to the same rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.forecast.sweep import (
    Dimension,
    SweepRequest,
    SweepResult,
    parse_dimension,
    run_sweep,
)
from accord.provenance import provenance
from accord.scenario import resolve

runner = CliRunner()
VARY = ["USA.ceasefire.salience=*:x0.5", "EU.ceasefire.position=*:+-20"]
OLD_KEYS = [
    "scenario",
    "engine",
    "design",
    "seed",
    "runs",
    "params",
    "dimensions",
    "points",
    "warnings",
    "rows",
]


def _args(*extra: str) -> list[str]:
    out = ["sweep", "ukraine-2025-02"]
    for spec in VARY:
        out += ["--vary", spec]
    return [*out, *extra]


def _rerun(request: dict[str, Any]) -> SweepResult:
    """The sweep again, from nothing but a recorded request."""
    return run_sweep(
        resolve(request["scenario"]),
        request["engine"],
        [parse_dimension(spec) for spec in request["vary"]],
        design=request["design"],
        points=request["points"],
        samples=request["samples"],
        seed=request["seed"],
        params=request["params"],
        runs=request["runs"],
    )


def _rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [json.loads(json.dumps(row)) for row in rows]


def test_json_records_the_request_and_reruns_to_the_same_rows() -> None:
    # no --seed: the drawn seed must be the one recorded
    extra = ["--design", "lhs", "--samples", "4", "--points", "3", "--engine", "bdm"]
    done = runner.invoke(app, _args(*extra, "--param", "rounds=3", "--json"))
    assert done.exit_code == 0, done.output
    doc = json.loads(done.stdout)
    request = doc["request"]
    assert request == {
        "scenario": "ukraine-2025-02",
        "engine": "bdm",
        "vary": VARY,
        "design": "lhs",
        "points": 3,
        "samples": 4,
        "runs": None,
        "seed": doc["seed"],
        "params": {"rounds": 3},
    }
    assert isinstance(request["seed"], int)
    assert [d["spec"] for d in doc["dimensions"]] == VARY
    again = _rerun(request)
    assert _rows(again.records()) == doc["rows"]


def test_old_keys_kept_in_order_request_added_before_accord() -> None:
    done = runner.invoke(app, _args("--seed", "3", "--points", "2", "--json"))
    assert done.exit_code == 0, done.output
    doc = json.loads(done.stdout)
    keys = list(doc)
    assert [k for k in keys if k in OLD_KEYS] == OLD_KEYS
    assert keys[-2:] == ["request", "accord"] and doc["accord"] == provenance()
    assert doc["seed"] == 3 and doc["design"] == "grid" and doc["points"] == 2
    for dim, spec in zip(doc["dimensions"], VARY, strict=True):
        assert set(dim) == {"label", "kind", "field", "spec"} and dim["spec"] == spec
    assert _rows(_rerun(doc["request"]).records()) == doc["rows"]


def test_parquet_metadata_holds_the_request(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    target = tmp_path / "s.parquet"
    done = runner.invoke(app, _args("--seed", "7", "--points", "2", "--runs", "5",
                                    "--format", "parquet", "--out", str(target)))  # fmt: skip
    assert done.exit_code == 0, done.output
    table = pq.read_table(target)
    info = json.loads(table.schema.metadata[b"accord.sweep"])
    request = info["request"]
    assert request["vary"] == VARY and request["seed"] == 7 and request["runs"] == 5
    assert request["design"] == "grid" and request["points"] == 2
    assert info["accord"] == provenance() and "rows" not in info
    again = _rerun(request).to_frame()
    saved = table.to_pandas()
    assert list(saved.columns) == list(again.columns)
    assert saved.drop(columns="runs").equals(again.drop(columns="runs"))
    assert saved["runs"].tolist() == again["runs"].tolist()


def test_ranking_json_records_the_request() -> None:
    done = runner.invoke(app, _args("--design", "oat", "--seed", "5", "--points", "2",
                                    "--ranking", "--json"))  # fmt: skip
    assert done.exit_code == 0, done.output
    doc = json.loads(done.stdout)
    assert "rows" not in doc and doc["ranking"]
    assert doc["request"]["vary"] == VARY and doc["request"]["design"] == "oat"
    assert list(doc)[-2:] == ["request", "accord"]
    assert _rerun(doc["request"]).ranking() == doc["ranking"]


def test_csv_table_has_no_request_columns() -> None:
    done = runner.invoke(app, _args("--seed", "3", "--points", "2", "--format", "csv"))
    assert done.exit_code == 0, done.output
    header = done.stdout.splitlines()[0].split(",")
    assert header[-5:] == ["runs", "accord_version", "engine", "seed", "scenario"]
    assert not {"request", "vary", "design", "samples"} & set(header)


def test_python_result_is_typed() -> None:
    from accord.scenario import load_bundled

    dims = [parse_dimension(f"  {VARY[0]} ")]
    result = run_sweep(load_bundled("ukraine-2025-02"), "mean", dims, seed=11, points=2)
    assert isinstance(result.request, SweepRequest)
    assert result.request.vary == (VARY[0],) and result.request.seed == 11
    assert result.request.to_dict()["samples"] == 100
    # a Dimension built in Python has no spec: recorded as null; equality ignores spec
    hand = Dimension(label="USA.capability", field="capability", actor="USA", kind="factor",
                     values=(0.5,))  # fmt: skip
    assert hand == parse_dimension("USA.capability=*:x0.5")
    made = run_sweep(load_bundled("ukraine-2025-02"), "mean", [hand], seed=1)
    assert made.request is not None and made.request.vary == (None,)
    assert made.to_dict()["dimensions"][0]["spec"] is None
    # built without run_sweep: request is None, as before
    bare = SweepResult(
        scenario="x", engine="mean", design="grid", seed=1, dimensions=(), points=[],
        issues=(), outcome=result.outcome[:0],
    )  # fmt: skip
    assert bare.request is None and bare.to_dict()["request"] is None
