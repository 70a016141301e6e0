"""Regression tests for the bad inputs listed in issue 12 ("Why"): each once ended in a
traceback, a hang or a silently wrong answer; each must now give a clear error naming the
file, field and value (exit 2) or a correct, explained answer."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from accord.errors import AccordWarning, EngineError, FormatError, ScenarioError
from accord.forecast import forecast
from accord.limits import MAX_SEED, check_memory, estimated_bytes
from accord.scenario import load, load_bundled
from accord.scenario.model import Scenario
from tests.helpers import run_cli

EC = load_bundled("ec-emissions-1994")
EC_YAML = (
    Path(__file__).resolve().parents[1] / "src/accord/scenario/bundled/ec-emissions-1994.yaml"
).read_text(encoding="utf-8")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "where", "shown"),
    [
        ("as_of: 1994-01-01", "as_of: 2025-02-30", "as_of", "2025-02-30"),
        ("as_of: 1994-01-01", "as_of: 2025-13-01", "as_of", "2025-13-01"),
        (
            "{source: bdm_1994, date: 1994-01-01,",
            "{source: bdm_1994, date: 2025-02-30,",
            "stances[0].evidence[0].date",
            "2025-02-30",
        ),
    ],
)
def test_impossible_unquoted_yaml_date_names_its_field(
    tmp_path: Path, old: str, new: str, where: str, shown: str
) -> None:
    path = _write(tmp_path, "bad.yaml", EC_YAML.replace(old, new, 1))
    with pytest.raises(ScenarioError) as caught:
        load(path)
    assert where in str(caught.value) and shown in str(caught.value)
    code, output = run_cli("validate", str(path))
    assert code == 2 and where in output


def test_impossible_source_date_names_its_field(tmp_path: Path) -> None:
    text = EC_YAML.replace(
        "sources:\n", "sources:\n  - {id: s, title: A source, date: 2024-02-31}\n"
    )
    with pytest.raises(ScenarioError, match=r"sources\[0\]\.date"):
        load(_write(tmp_path, "bad.yaml", text))


# --- duplicate keys ---------------------------------------------------------------------------


def test_duplicate_yaml_key_is_refused_with_its_line(tmp_path: Path) -> None:
    text = EC_YAML.replace("as_of: 1994-01-01", "as_of: 1994-01-01\nas_of: 1995-01-01")
    with pytest.raises(FormatError, match=r"line 4, column 1: .*duplicate key 'as_of'"):
        load(_write(tmp_path, "dup.yaml", text))


def test_duplicate_yaml_key_inside_a_flow_mapping_is_refused(tmp_path: Path) -> None:
    text = EC_YAML.replace("capability: 0.03,", "capability: 0.03, capability: 0.5,")
    with pytest.raises(FormatError, match="duplicate key 'capability'"):
        load(_write(tmp_path, "dup.yaml", text))


def test_yaml_merge_key_override_is_not_a_duplicate(tmp_path: Path) -> None:
    text = EC_YAML.replace(
        "  - {id: Belgium, name: Belgium, kind: state, country: BEL, capability: 0.08, tags: [EC]}",
        "  - &be {id: Belgium, name: Belgium, kind: state, country: BEL, capability: 0.08}\n"
        "  - {<<: *be, id: Belgium2, name: Belgium2}",
    )
    scenario = load(_write(tmp_path, "merge.yaml", text))
    assert [a.id for a in scenario.actors][1:3] == ["Belgium", "Belgium2"]


def test_duplicate_json_key_is_refused(tmp_path: Path) -> None:
    doc = json.dumps(EC.model_dump(mode="json"))
    doc = doc.replace('"id": "ec-emissions-1994"', '"id": "a", "id": "b"', 1)
    with pytest.raises(FormatError, match="duplicate key 'id'") as caught:
        load(_write(tmp_path, "dup.json", doc))
    assert "dup.json" in str(caught.value)


# --- KTAB XML nested 100,000 deep ------------------------------------------------------------


def test_deeply_nested_ktab_xml_is_a_format_error(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "deep.xml", "<Scenario>" + "<a>" * 100_000 + "</a>" * 100_000 + "</Scenario>"
    )
    with pytest.raises(FormatError, match="nested too deeply"):
        load(path)


# --- seeds, runs, rounds, memory --------------------------------------------------------------


@pytest.mark.parametrize("seed", ["-1", str(MAX_SEED + 1), "99999999999999999999999"])
def test_seed_outside_64_bits_is_refused(seed: str) -> None:
    code, output = run_cli(
        "forecast", "ec-emissions-1994", "--engine", "bdm", "--seed", seed, "--runs", "2"
    )
    assert code == 2
    assert "seed" in output and "2**64-1" in output


def test_largest_seed_is_accepted() -> None:
    result = forecast(EC, "mean", seed=MAX_SEED, runs=2)
    assert result.seed == MAX_SEED


def test_a_billion_runs_is_refused_before_allocation() -> None:
    code, output = run_cli("forecast", "--engine", "bdm", "--runs", "1000000000", "--seed", "1")
    assert code == 2
    assert "ACCORD_MAX_RUNS" in output and "1000000" in output


def test_runs_limit_can_be_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_MAX_RUNS", "3")
    with pytest.raises(EngineError, match="limit of 3 runs"):
        forecast(EC, "mean", seed=1, runs=4)


@pytest.mark.parametrize("engine", ["bdm", "smp", "exchange"])
def test_a_billion_rounds_is_refused(engine: str) -> None:
    code, output = run_cli(
        "forecast", "ec-emissions-1994", "--engine", engine, "--rounds", "1000000000"
    )
    assert code == 2
    assert "ACCORD_MAX_ROUNDS" in output and "10000" in output


def test_smp_rounds_infinity_is_an_engine_error() -> None:
    with pytest.raises(EngineError, match="rounds"):
        forecast(EC, "smp", {"rounds": math.inf})


def _many(n: int) -> Scenario:
    return Scenario.model_validate(
        {
            "id": "many",
            "title": "many",
            "actors": [{"id": f"A{i}", "name": f"A{i}", "capability": 1 + i % 7} for i in range(n)],
            "issues": [{"id": "x", "title": "x"}],
            "stances": [
                {"actor": f"A{i}", "issue": "x", "position": (37 * i) % 101, "salience": 0.5}
                for i in range(n)
            ],
        }
    )


@pytest.mark.parametrize("engine", ["smp", "bdm"])
def test_2000_actors_are_refused_with_the_memory_they_would_need(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORD_MEMORY_LIMIT", "16G")
    with pytest.raises(EngineError, match=r"about \d+\.\d GiB .*ACCORD_MEMORY_LIMIT") as caught:
        forecast(_many(2000), engine)
    assert "2000 actors" in str(caught.value)


def test_memory_estimate_matches_a_measured_run() -> None:
    """The estimate is an upper bound of tracemalloc's peak on a 60-actor BDM run."""
    import tracemalloc

    scenario = _many(60)
    tracemalloc.start()
    forecast(scenario, "bdm", {"rounds": 2})
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak <= estimated_bytes("bdm", 60, 1) * 1.5 + 2_000_000
    check_memory("bdm", 60, 1)  # well under any limit


# --- numerics ---------------------------------------------------------------------------------


def _scaled_caps(scenario: Scenario, exponent: int) -> Scenario:
    work = scenario.model_copy(deep=True)
    for actor in work.actors:
        actor.capability = math.ldexp(actor.capability, exponent)
    return work


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "smp", "nash", "exchange"])
def test_capabilities_near_the_float_limit_give_the_scaled_answer(engine: str) -> None:
    huge = _scaled_caps(EC, 1020)  # 0.16 * 2**1020 ~ 1.8e306
    with _no_warning():
        got = forecast(huge, engine).to_dict()
    # KTAB's SMP is not exactly invariant to the capability scale (its absolute tolerances
    # make x1 and x4 differ in the 2nd decimal), so the reference for it is the same input
    # scaled by a power of two into [0.5, 1), which is what accord runs; the others are
    # invariant and must equal the unscaled run.
    want = forecast(_scaled_caps(EC, 2) if engine == "smp" else EC, engine).to_dict()
    assert [i["forecast"] for i in got["issues"]] == [i["forecast"] for i in want["issues"]]
    json.dumps(got, allow_nan=False)  # valid JSON: no Infinity, no NaN


@pytest.mark.parametrize("engine", ["mean", "bdm", "smp", "nash"])
def test_a_scale_of_1e308_gives_the_scaled_answer(engine: str) -> None:
    exponent = 1018
    data = EC.model_dump()
    for issue in data["issues"]:
        scale = issue["scale"]
        scale["low"], scale["high"] = (math.ldexp(scale[k], exponent) for k in ("low", "high"))
        for point in scale["points"]:
            point["at"] = math.ldexp(point["at"], exponent)
    for stance in data["stances"]:
        stance["position"] = math.ldexp(stance["position"], exponent)
    huge = Scenario.model_validate(data)
    with _no_warning():
        got = forecast(huge, engine).issues[0].forecast
    want = forecast(EC, engine).issues[0].forecast
    assert got is not None and want is not None
    assert got == math.ldexp(want, exponent)


def test_cli_scale_of_plus_minus_1e308_in_bdm(tmp_path: Path) -> None:
    text = (
        EC_YAML.replace("low: 4", "low: -1.0e308")
        .replace("high: 10", "high: 1.0e308")
        .replace("at: 7", "at: 0")
        .replace("position: 4", "position: -1.0e308")
        .replace("position: 10", "position: 1.0e308")
        .replace("position: 7", "position: 0")
    )
    code, output = run_cli(
        "forecast", str(_write(tmp_path, "s.yaml", text)), "--engine", "bdm", "--json"
    )
    assert code == 0, output
    value = json.loads(output)["issues"][0]["forecast"]
    assert -1e308 <= value <= 1e308


class _no_warning:
    """No warning at all (NumPy's RuntimeWarning included) may escape the block."""

    def __enter__(self) -> None:
        import warnings

        self._ctx = warnings.catch_warnings()
        self._ctx.__enter__()
        warnings.simplefilter("error")

    def __exit__(self, *exc: object) -> None:
        self._ctx.__exit__(*exc)


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        (r"capability: 0\.\d+", "capability 0"),
        (r"salience: [0-9.]+", "salience 0"),
    ],
)
@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "nash", "exchange"])
def test_all_zero_capability_or_salience_gives_a_reason(
    tmp_path: Path, pattern: str, reason: str, engine: str
) -> None:
    key = pattern.split(":")[0]
    text = re.sub(pattern, f"{key}: 0", EC_YAML)
    path = _write(tmp_path, "zero.yaml", text)
    with pytest.warns(AccordWarning, match=reason):
        result = forecast(load(path), engine)
    doc = result.to_dict()
    assert doc["issues"][0]["forecast"] is None
    assert reason in doc["issues"][0]["reason"]
    code, output = run_cli("forecast", str(path), "--engine", engine, "--json")
    assert code == 0
    assert (
        "warning: issue 'emissions': no forecast: every actor with a stance on this issue"
        f" has {reason}" in output
    )


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "smp", "nash", "exchange"])
def test_issue_nobody_engages_in_has_no_forecast_and_a_reason(engine: str) -> None:
    data = EC.model_dump()
    data["issues"].append({"id": "other", "title": "Nobody cares"})
    scenario = Scenario.model_validate(data)
    with pytest.warns(AccordWarning, match="nobody holds a stance"):
        result = forecast(scenario, engine)
    other = result.to_dict()["issues"][1]
    assert other["forecast"] is None and other["reason"] == "nobody holds a stance on this issue"
    # the other issue is unchanged (to rounding: a wider array may sum in another order)
    assert result.issues[0].forecast == pytest.approx(
        forecast(EC, engine).issues[0].forecast, rel=1e-12
    )


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "nash", "exchange"])
def test_subnormal_salience_counts_as_zero_with_a_warning(engine: str) -> None:
    """Found by the fuzzing suite: a salience of 5e-324 underflowed in capability x salience x
    position and gave forecast 0.0 on a scale of [0.5, 1.5]."""
    scenario = Scenario.model_validate(
        {
            "id": "tiny",
            "title": "tiny",
            "actors": [{"id": "A", "name": "A", "capability": 1.0}],
            "issues": [{"id": "x", "title": "x", "scale": {"low": 0.5, "high": 1.5}}],
            "stances": [{"actor": "A", "issue": "x", "position": 0.5, "salience": 5e-324}],
        }
    )
    with pytest.warns(AccordWarning, match="below 2\\*\\*-500 treated as 0"):
        result = forecast(scenario, engine)
    (item,) = result.issues
    assert item.forecast is None
    assert item.reason == "every actor with a stance on this issue has salience 0"


def test_damaged_feed_that_breaks_feedparser_is_a_data_error() -> None:
    """Found by the long fuzzing profile: feedparser's loose parser raises KeyError('links')
    on this damaged feed (minimised from a mutated RSS file)."""
    from accord.errors import DataError
    from accord.news.readers import read_data

    with pytest.raises(DataError, match=r"feed\.rss: not a readable RSS/Atom feed"):
        read_data(b"<channel<item<link</item</link>", "feed.rss")
