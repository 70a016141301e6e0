"""Session 42 (tornado): a chart of a sweep (``accord sweep --plot FILE.svg``,
``SweepResult.chart()``): a one-at-a-time sweep's tornado per issue, whose bars are the
ranking's, and a one-input sweep's outcome against the varied value, whose points are the
table's rows; and the ranking's Parquet file with the sweep's metadata (session 41's closing
note: "no chart of the sweep or the ranking", "the ranking's Parquet lacks the request")."""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import ArgumentError, DataError
from accord.forecast.sweep import SweepResult, parse_dimension, run_sweep
from accord.report.notebook import CHART_MARK, sweep_chart
from accord.report.svg import FORECAST_COLOUR
from accord.scenario import load_bundled

runner = CliRunner()
UKRAINE = load_bundled("ukraine-2025-02")
NS = {"s": "http://www.w3.org/2000/svg"}
LOW, HIGH = "#0072B2", "#E69F00"  # the tornado's colours of the low and high ends


def _oat(*specs: str, points: int = 2, seed: int = 3) -> SweepResult:
    dims = [parse_dimension(spec) for spec in specs]
    return run_sweep(UKRAINE, "mean", dims, design="oat", points=points, seed=seed)


def _parsed(text: str) -> tuple[ET.Element, dict[str, Any]]:
    """The SVG's root and the JSON of its ``<metadata>``."""
    root = ET.fromstring(text.removeprefix(CHART_MARK))
    found = root.find("s:metadata", NS)
    assert found is not None and found.text
    return root, json.loads(found.text)


def _panels(root: ET.Element) -> list[ET.Element]:
    return [svg for group in root.findall("s:g", NS) for svg in group.findall("s:svg", NS)]


def _check_drawn(panel: ET.Element, base: float, bars: list[dict[str, Any]]) -> None:
    """The drawn bars: one row per bar in the given order, each end at its value on one
    linear axis that puts the base case on the red line."""
    labels = [t.text or "" for t in panel.findall("s:text", NS) if t.get("text-anchor") == "end"]
    assert [label.split(" ")[0] for label in labels] == [b["dimension"] for b in bars]
    line = next(x for x in panel.findall("s:line", NS) if x.get("stroke") == FORECAST_COLOUR)
    at_base = float(line.get("x1", "nan"))
    rects = [r for r in panel.findall("s:rect", NS) if r.get("fill") in (LOW, HIGH)]
    assert len(rects) == 2 * len(bars)
    scales = []
    tops = []
    for rect, (bar, end) in zip(
        rects, [(b, k) for b in bars for k in ("at_low", "at_high")], strict=True
    ):
        assert rect.get("fill") == (LOW if end == "at_low" else HIGH)
        x, width = float(rect.get("x", "nan")), float(rect.get("width", "nan"))
        tops.append(float(rect.get("y", "nan")))
        moved = bar[end] - base
        if abs(moved) < 1e-9:
            assert width == 1.0 and abs(x - at_base) < 0.02  # no move: a hairline at base
            continue
        # the bar runs from the base case to the end, on the side the end lies
        assert abs((x if moved > 0 else x + width) - at_base) < 0.02
        scales.append(width / abs(moved))
    assert tops == sorted(tops)  # drawn top to bottom in the ranking's order
    if len(scales) > 1:
        assert max(scales) - min(scales) < 0.02 * max(scales) + 0.05


def test_tornado_bars_are_the_rankings_low_and_high_outcomes() -> None:
    result = _oat(
        "USA.ceasefire.salience=*:x0.5",
        "EU.ceasefire.position=*:+-20",
        "RUS.ceasefire.position=*:+-20",
        "USA.capability=*:x0.8:1.2",
    )
    chart = result.chart()
    root, meta = _parsed(chart.svg)
    assert meta["accord.sweep"] == json.loads(json.dumps(result.metadata()))
    assert meta["accord.sweep"]["request"]["seed"] == 3
    data = meta["chart"]
    assert data["kind"] == "tornado"
    ranked = result.ranking()
    drawn = [(p["issue"], p["measure"]) for p in data["panels"]]
    expected = []
    for issue in result.issues:
        rows = [r for r in ranked if r["issue"] == issue]
        if any(r["swing"] for r in rows):
            expected.append((issue, "forecast"))
        differs = any(r[f"forecast_{e}"] != r[f"if_agreement_{e}"]
                      for r in rows for e in ("base", "at_low", "at_high"))  # fmt: skip
        held = not any(r["swing"] for r in rows)
        if any(r["bargain_swing"] for r in rows) and (differs or held):
            expected.append((issue, "if_agreement"))
    assert drawn == expected
    panels = _panels(root)
    assert len(panels) == len(data["panels"])
    for panel, svg in zip(data["panels"], panels, strict=True):
        column = panel["measure"]
        swing = "swing" if column == "forecast" else "bargain_swing"
        rows = [r for r in ranked if r["issue"] == panel["issue"]]
        rows.sort(key=lambda r: -r[swing])  # the bargain's bars: by the bargain's swing
        assert panel["base"] == rows[0][f"{column}_base"]
        assert [b["dimension"] for b in panel["bars"]] == [r["dimension"] for r in rows]
        for bar, row in zip(panel["bars"], rows, strict=True):
            assert (bar["low"], bar["high"], bar["kind"]) == (row["low"], row["high"], row["kind"])
            assert bar["at_low"] == row[f"{column}_at_low"]
            assert bar["at_high"] == row[f"{column}_at_high"]
        _check_drawn(svg, panel["base"], panel["bars"])
    # ceasefire: Russia's position moves the forecast (an agreement at +20) and comes first;
    # the bargain's tornado follows (half the US salience moves the terms, session 41's trial)
    assert drawn[:2] == [("ceasefire", "forecast"), ("ceasefire", "if_agreement")]
    first = data["panels"][0]
    assert first["bars"][0]["dimension"] == "RUS.ceasefire.position"
    texts = " ".join(t.text or "" for t in root.iter(f"{{{NS['s']}}}text"))
    assert "RUS.ceasefire.position -20 to +20" in texts
    assert "USA.ceasefire.salience x0.5" in texts
    assert "ukraine-2025-02: one at a time by mean, seed 3" in texts
    assert "asked: --vary 'USA.ceasefire.salience=*:x0.5'" in texts
    assert "the issue's scale units" in texts
    assert "factors on each input's own value" in texts


def test_a_held_forecast_draws_the_bargain_and_measure_is_a_choice() -> None:
    # without Russia's position nothing moves the ceasefire's forecast (vetoed): its terms move
    result = _oat("USA.ceasefire.salience=*:x0.5", "EU.ceasefire.position=*:+-20")
    _, meta = _parsed(result.chart().svg)
    (panel,) = [p for p in meta["chart"]["panels"] if p["issue"] == "ceasefire"]
    assert panel["measure"] == "if_agreement"
    ranked = [r for r in result.ranking() if r["issue"] == "ceasefire"]
    by = {r["dimension"]: r for r in ranked}
    for bar in panel["bars"]:
        assert bar["at_low"] == by[bar["dimension"]]["if_agreement_at_low"]
        assert bar["at_high"] == by[bar["dimension"]]["if_agreement_at_high"]
    assert "(the outcome if agreed; the forecast holds at the status quo throughout)" in (
        result.chart().svg
    )
    _, meta = _parsed(sweep_chart(result, "forecast").svg)
    assert "ceasefire" not in [p["issue"] for p in meta["chart"]["panels"]]
    assert "not moved by any dimension: ceasefire" in result.chart("forecast").svg
    with pytest.raises(ArgumentError, match="measure: expected auto, forecast or if_agreement"):
        result.chart("p_agreement")


@pytest.mark.parametrize("design", ["grid", "lhs"])
def test_line_chart_points_are_the_sweeps_rows(design: str) -> None:
    dims = [parse_dimension("RUS.ceasefire.position=*:+-30")]
    result = run_sweep(UKRAINE, "mean", dims, design=design, points=5, samples=6, seed=2)  # type: ignore[arg-type]
    root, meta = _parsed(result.chart().svg)
    data = meta["chart"]
    assert data["kind"] == "line" and data["dimension"] == "RUS.ceasefire.position"
    given = [point[0] for point in result.points]
    assert data["x"] == sorted(given)
    records = result.records()
    for line in data["series"]:
        rows = sorted(
            (r for r in records if r["issue"] == line["issue"]),
            key=lambda r: r["RUS.ceasefire.position"],
        )
        assert line["values"] == [r[data["measure"]] for r in rows]
    assert [line["issue"] for line in data["series"]] == ["ceasefire"]  # the one it moves
    (polyline,) = root.iter(f"{{{NS['s']}}}polyline")
    xs = [float(pair.split(",")[0]) for pair in polyline.get("points", "").split()]
    assert xs == sorted(xs) and len(xs) == len(given)
    assert "offset added to its own value" in result.chart().svg


def test_no_chart_of_a_sweep_of_several_inputs_or_of_words() -> None:
    dims = [parse_dimension("USA.ceasefire.salience=0.5,0.9"),
            parse_dimension("EU.ceasefire.position=*:+-20")]  # fmt: skip
    grid = run_sweep(UKRAINE, "mean", dims, points=2, seed=1)
    with pytest.raises(DataError, match=r"needs --design oat .* or one --vary"):
        grid.chart()
    bare = SweepResult(
        scenario="x", engine="mean", design="grid", seed=1,
        dimensions=(parse_dimension("param.kind=a,b"),), points=[("a",), ("b",)],
        issues=(), outcome=grid.outcome[:2, :0],
    )  # fmt: skip
    with pytest.raises(DataError, match=r"a line chart needs numbers: --vary param\.kind"):
        bare.chart()


def _args(path: Path, *extra: str) -> list[str]:
    return ["sweep", "ukraine-2025-02", "--design", "oat", "--seed", "4", "--points", "2",
            "--vary", "USA.ceasefire.salience=*:x0.5", "--vary", "RUS.ceasefire.position=*:+-20",
            "--plot", str(path), *extra]  # fmt: skip


def test_cli_plot_writes_the_chart_and_replaces_only_its_own(tmp_path: Path) -> None:
    target = tmp_path / "t.svg"
    done = runner.invoke(app, _args(target, "--ranking", "--json"))
    assert done.exit_code == 0, done.output
    ranking = json.loads(done.stdout)["ranking"]
    text = target.read_text(encoding="utf-8")
    assert text.startswith(CHART_MARK)
    _, meta = _parsed(text)
    assert meta["accord.sweep"]["ranking"] == ranking
    ceasefire = meta["chart"]["panels"][0]
    first = ranking[0]
    assert (ceasefire["issue"], ceasefire["bars"][0]["dimension"]) == (
        first["issue"], first["dimension"])  # fmt: skip
    assert ceasefire["bars"][0]["at_high"] == first["forecast_at_high"]
    assert f"wrote {target}" in done.output
    again = runner.invoke(app, _args(target, "--format", "csv"))  # its own file: replaced
    assert again.exit_code == 0, again.output
    other = tmp_path / "notes.svg"
    other.write_text("<svg>my notes</svg>", encoding="utf-8")
    refused = runner.invoke(app, _args(other, "--json"))
    assert refused.exit_code != 0
    assert "--plot" in refused.output and "--force" in refused.output
    assert other.read_text(encoding="utf-8") == "<svg>my notes</svg>"
    forced = runner.invoke(app, _args(other, "--json", "--force"))
    assert forced.exit_code == 0, forced.output
    assert other.read_text(encoding="utf-8").startswith(CHART_MARK)


def test_cli_plot_errors_name_the_option_before_the_sweep(tmp_path: Path) -> None:
    png = tmp_path / "t.png"
    done = runner.invoke(app, _args(png))
    assert done.exit_code == 2 and "Traceback" not in done.output
    assert f"--plot {png}: the file must end in .svg (got '.png')" in done.output
    grid = runner.invoke(app, ["sweep", "ukraine-2025-02", "--points", "2",
                               "--vary", "USA.ceasefire.salience=0.5,0.9",
                               "--vary", "EU.ceasefire.position=*:+-20",
                               "--plot", str(tmp_path / "g.svg")])  # fmt: skip
    assert grid.exit_code == 2 and "Traceback" not in grid.output
    assert "a chart needs --design oat" in grid.output
    assert "got --design grid with 2 --vary" in grid.output
    assert not list(tmp_path.iterdir())


def test_chart_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "t.svg"
    chart = _oat("RUS.ceasefire.position=*:+-20").chart()
    chart.save(target)
    before = target.read_bytes()
    written = Path.write_bytes

    def half(self: Path, data: bytes) -> int:  # the disk fills half way through
        written(self, data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half)
    with pytest.raises(DataError, match="cannot write"):
        chart.save(target)
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["t.svg"]  # no temporary file left
    with pytest.raises(ArgumentError, match=r"name the file \.svg"):
        chart.save(tmp_path / "t.png")


def test_ranking_parquet_has_the_sweeps_metadata(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    base = ["sweep", "ukraine-2025-02", "--design", "oat", "--seed", "6", "--points", "2",
            "--runs", "3", "--vary", "USA.ceasefire.salience=*:x0.5",
            "--vary", "RUS.ceasefire.position=*:+-20", "--format", "parquet"]  # fmt: skip
    ranking, table = tmp_path / "r.parquet", tmp_path / "s.parquet"
    done = runner.invoke(app, [*base, "--ranking", "--out", str(ranking)])
    assert done.exit_code == 0, done.output
    done = runner.invoke(app, [*base, "--out", str(table)])
    assert done.exit_code == 0, done.output
    info = json.loads(pq.read_table(ranking).schema.metadata[b"accord.sweep"])
    assert info == json.loads(pq.read_table(table).schema.metadata[b"accord.sweep"])
    assert info["request"]["vary"][1] == "RUS.ceasefire.position=*:+-20"
    assert info["request"]["seed"] == 6 and info["request"]["runs"] == 3
    saved = pq.read_table(ranking).to_pandas()
    result = _oat("USA.ceasefire.salience=*:x0.5", "RUS.ceasefire.position=*:+-20", seed=6)
    assert list(saved.columns) == list(result.ranking_frame().columns)
    assert saved["dimension"].tolist()[:2] == ["RUS.ceasefire.position", "USA.ceasefire.salience"]
    assert set(saved["runs"].tolist()) == {3}
    for got, row in zip(saved["forecast_at_high"].tolist(), info["ranking"], strict=True):
        assert math.isclose(got, row["forecast_at_high"])
