"""Session 36's trial (s36-notebook): a risk analyst's notebook and batch runs from Python.

docs/trial-2026-12-06-s36.md gives the steps and the findings; each test here failed on the
session's start commit 7adc0f35 and passes after the fix named in its docstring.
"""

from __future__ import annotations

import inspect
import io
import pickle
import pydoc
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accord
from accord.errors import AccordError, EngineError, ScenarioError


def _from_a_notebook(source: str, name: str) -> Any:
    """A function defined as a notebook or a script defines it: in ``__main__``, which
    cloudpickle (what Dask uses) sends by value, with the globals it uses."""
    namespace: dict[str, Any] = {"__name__": "__main__", "accord": accord}
    exec(source, namespace)
    return namespace[name]


def test_a_notebook_function_that_uses_accord_can_be_sent_to_dask() -> None:
    """Finding 1: ``DaskExecutor(workers=2).map(one, variants)`` with ``one`` defined in the
    notebook and calling ``accord.compare`` failed, ``cannot pickle '_Package' object``."""
    cloudpickle = pytest.importorskip("cloudpickle")
    one = _from_a_notebook(
        "def one(data):\n    return accord.compare(data, ['mean']).to_frame()\n", "one"
    )
    sent = cloudpickle.loads(cloudpickle.dumps(one))
    pd.testing.assert_frame_equal(sent("ec-emissions-1994"), one("ec-emissions-1994"))
    assert pickle.loads(pickle.dumps(accord)) is accord
    assert pickle.loads(cloudpickle.dumps(accord.forecast)) is accord.forecast


def test_the_result_tables_are_typed_as_data_frames() -> None:
    """Finding 2: every documented ``to_frame`` (and ``samples_to_frame``, ``votes_frame``)
    was typed ``-> Any``, so ``mypy --strict`` checked nothing done with the tables."""
    from accord.engines.base import Run
    from accord.forecast import Forecast
    from accord.forecast.compare import Comparison
    from accord.forecast.ensemble import EnsembleSummary
    from accord.forecast.explain import Explanation
    from accord.forecast.sweep import SweepResult
    from accord.forecast.versus import ScenarioComparison
    from accord.institutions.power import PowerIndices
    from accord.institutions.resolutions import Resolutions

    methods = [
        Forecast.to_frame, Forecast.samples_to_frame, Run.to_frame, Comparison.to_frame,
        EnsembleSummary.to_frame, Explanation.to_frame, SweepResult.to_frame,
        ScenarioComparison.to_frame, PowerIndices.to_frame, Resolutions.to_frame,
        Resolutions.votes_frame,
    ]  # fmt: skip
    untyped = [m.__qualname__ for m in methods if inspect.signature(m).return_annotation == "Any"]
    assert untyped == []
    assert {inspect.signature(m).return_annotation for m in methods} == {"pd.DataFrame"}


def _variant(scale: float, seed: int) -> dict[str, Any]:
    data = accord.load_bundled("ec-emissions-1994").model_dump(mode="json")
    for actor in data["actors"]:
        actor["capability"] *= scale
    data["id"] = f"ec-{seed}"
    return data


@settings(max_examples=8, deadline=None)
@given(
    seed=st.one_of(st.none(), st.integers(0, 2**64 - 1)),
    runs=st.one_of(st.none(), st.integers(1, 3)),
)
def test_seed_and_runs_are_integer_columns_whatever_is_given(
    seed: int | None, runs: int | None
) -> None:
    """Finding 3: ``runs`` and ``seed`` were ``object`` columns holding ``None`` where there
    was no ensemble or seed (a number column that reads back from CSV as float64)."""
    single = accord.forecast("ec-emissions-1994", "mean", runs=runs, seed=seed).to_frame()
    compared = accord.compare("ec-emissions-1994", ["mean"], seed=seed, runs=runs).to_frame()
    for frame in (single, compared):
        for name in ("runs", "seed"):
            assert frame[name].dtype.kind in "iu", (name, frame[name].dtype)
        assert frame["runs"].isna().all() == (runs is None)
        if seed is not None:
            assert list(frame["seed"]) == [seed] * len(frame)
        text = io.StringIO()
        frame.to_csv(text, index=False)
        back = pd.read_csv(io.StringIO(text.getvalue()))
        if runs is not None:
            assert back["runs"].dtype.kind == "i"  # ints, not 20.0


def test_a_batch_of_single_runs_and_ensembles_keeps_integer_columns() -> None:
    """Finding 3 in a batch: a seeded ensemble beside an unseeded single run concatenated
    into ``object``."""
    parts = [
        accord.forecast(_variant(1.0, 1), "mean").to_frame(),
        accord.forecast(_variant(1.1, 2), "mean", runs=5, seed=4).to_frame(),
    ]
    frame = pd.concat(parts, ignore_index=True)
    assert frame["seed"].dtype.kind == "i" and frame["runs"].dtype.kind == "i"
    assert [frame["runs"].isna().tolist(), frame["seed"].tolist()[1]] == [[True, False], 4]
    assert {frame["runs"].dtype.name, frame["seed"].dtype.name} == {"Int64"}


@settings(max_examples=5, deadline=None)
@given(scales=st.lists(st.floats(0.5, 2.0), min_size=2, max_size=3))
def test_the_samples_of_several_ensembles_can_be_told_apart(scales: list[float]) -> None:
    """Finding 4: ``samples_to_frame()`` had ``sample, issue, outcome, agreed`` only, so the
    samples of a batch of ensembles concatenated into one table could not be told apart."""
    parts = [
        accord.forecast(_variant(scale, k), "bdm", runs=6, seed=k).samples_to_frame()
        for k, scale in enumerate(scales)
    ]
    frame = pd.concat(parts, ignore_index=True)
    assert list(frame.columns[-3:]) == ["engine", "seed", "scenario"]
    assert frame.groupby(["scenario", "seed"]).size().tolist() == [6] * len(scales)
    assert set(frame["engine"]) == {"bdm"} and frame["seed"].dtype.kind == "i"
    empty = accord.forecast("ec-emissions-1994").samples_to_frame()
    assert list(empty.columns) == list(frame.columns) and empty.empty
    assert empty["outcome"].dtype == np.float64 and empty["agreed"].dtype == bool


def _misspelt(word: str, where: int, how: str, letter: str) -> str:
    at = where % len(word)
    if how == "drop":
        return word[:at] + word[at + 1 :]
    if how == "add":
        return word[:at] + letter + word[at:]
    if how == "swap" and at + 1 < len(word):
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + letter + word[at + 1 :]


@settings(max_examples=25, deadline=None)
@given(
    word=st.sampled_from(["seed", "runs"]),
    where=st.integers(0, 3),
    how=st.sampled_from(["drop", "add", "swap", "change"]),
    letter=st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
)
def test_a_misspelt_keyword_is_named_as_one(word: str, where: int, how: str, letter: str) -> None:
    """Finding 5: ``accord.forecast(s, "bdm", sed=10)`` said ``engine 'bdm': unknown option
    'sed' (options: variant, rounds, q, t)``: the keyword ``seed`` was not named."""
    from accord.engines.common import close_name

    typo = _misspelt(word, where, how, letter)
    if typo == word:
        return
    with pytest.raises(EngineError) as caught:
        accord.forecast("ec-emissions-1994", "bdm", **{typo: 1})
    message = str(caught.value)
    assert f"unknown option {typo!r}" in message
    if close_name(typo, ["variant", "rounds", "q", "t"]):  # ``rouns``: bdm's own guess first
        assert message.endswith("did you mean 'rounds'?")
        return
    assert f"looks like accord.forecast's keyword {word!r} misspelt" in message
    with pytest.raises(EngineError, match=f"accord.forecast_many's keyword {word!r}"):
        accord.forecast_many(["ec-emissions-1994"], "bdm", **{typo: 1})


def test_an_engine_option_is_not_taken_for_a_misspelt_keyword() -> None:
    """Finding 5's hint names only the unknown option: bdm's ``rounds`` is near ``runs``."""
    with pytest.raises(EngineError) as caught:
        accord.forecast("ec-emissions-1994", "bdm", rounds=2, qq=1)
    assert "looks like" not in str(caught.value)
    with pytest.raises(AccordError) as again:
        accord.forecast("ec-emissions-1994", accord.BDM(), rounds=2)
    assert "looks like" not in str(again.value)
    with pytest.raises(AccordError, match="keyword 'seed' misspelt"):
        accord.forecast("ec-emissions-1994", accord.BDM(), sed=2)
    with pytest.raises(EngineError, match=r"did you mean 'rounds'\?$"):
        accord.forecast("ec-emissions-1994", "bdm", round=2)  # not "looks like 'runs'"


@pytest.mark.parametrize("function", ["forecast_many", "compare_many"])
def test_an_empty_list_of_scenarios_says_so(function: str) -> None:
    """Finding 6: ``accord.forecast_many([])`` said ``0 of 0 scenarios invalid, nothing
    forecast:``, as if scenarios had been refused."""
    with pytest.raises(ScenarioError) as caught:
        getattr(accord, function)([])
    assert str(caught.value).startswith("scenarios: nothing to forecast: the list is empty")
    assert "invalid" not in str(caught.value)


def test_compare_many_keeps_the_columns_of_one_comparison() -> None:
    """Finding 7: ``compare_many`` moved ``engine`` from second to the end, so its table and
    ``Comparison.to_frame()`` had the same columns in other orders."""
    one = accord.compare("ec-emissions-1994", ["mean", "median"]).to_frame()
    many = accord.compare_many(["ec-emissions-1994", "ukraine-2025-02"], ["mean", "median"])
    assert list(many.columns) == [*one.columns, "path"]
    forecasts = accord.forecast_many(["ec-emissions-1994", "ukraine-2025-02"])
    assert list(forecasts.columns[-4:]) == ["engine", "seed", "scenario", "path"]


def test_help_shows_the_signature_of_accord_forecast() -> None:
    """Finding 8: ``help(accord.forecast)`` showed ``forecast = <function forecast>`` and the
    docstring, without the parameters (the other functions showed theirs)."""
    text = pydoc.render_doc(accord.forecast, renderer=pydoc.plaintext)
    assert "forecast(scenario: " in text and "runs: 'int | None' = None" in text
    assert callable(accord.forecast) and isinstance(accord.forecast("ec-emissions-1994"), object)
    import accord.forecast.learned as learned

    assert learned.__name__ == "accord.forecast.learned"


def test_print_of_a_scenario_is_its_short_form() -> None:
    """Finding 9: ``print(scenario)`` printed every field (35,556 characters for the
    Ukraine case), where the notebook's echo showed one line."""
    scenario = accord.load_bundled("ukraine-2025-02")
    assert str(scenario) == repr(scenario) == f"{scenario}"
    assert len(str(scenario)) < 120


def test_csv_and_parquet_agree_on_what_is_missing_in_a_forecast(tmp_path: Any) -> None:
    """Finding 12: ``consent`` and ``vetoed_by`` held ``""`` where there is none, which a CSV
    file reads back as missing and a Parquet file as text: 7 cells missing in the CSV of the
    Ukraine forecast, none in the Parquet file."""
    pytest.importorskip("pyarrow")
    frame = accord.forecast("ukraine-2025-02", "bdm", seed=1).to_frame()
    frame.to_csv(tmp_path / "f.csv", index=False)
    frame.to_parquet(tmp_path / "f.parquet", index=False)
    csv = pd.read_csv(tmp_path / "f.csv")
    parquet = pd.read_parquet(tmp_path / "f.parquet")
    for name in ("consent", "vetoed_by"):
        assert frame[name].isna().tolist() == csv[name].isna().tolist()
        assert frame[name].isna().tolist() == parquet[name].isna().tolist()
    assert frame["consent"].isna().sum() == 2  # aggressor_naming and reconstruction
