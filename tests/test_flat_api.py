"""The flat top-level API and tidy DataFrames out (issue 13)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.errors import AccordError
from tests.helpers import ROOT, needs_parquet


def test_import_accord_is_cheap_and_names_resolve_lazily() -> None:
    code = (
        "import sys, accord\n"
        "print(sorted(m for m in ('numpy', 'pydantic', 'pandas') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    for name in accord.__all__:
        assert getattr(accord, name) is not None


def documented_top_level_names() -> list[str]:
    """The names of docs/api.md's "Top-level names" list, in its order."""
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    section = text.split("\n## Top-level names\n", 1)[1].split("\n## ", 1)[0]
    listed = [line for line in section.splitlines() if line.startswith(("- ", "  "))]
    return re.findall(r"`(\w+)`", "\n".join(listed))


def test_dir_and_all_are_the_documented_names_and_each_resolves() -> None:
    """Session 42: ``dir(accord)`` listed the package's imports and helpers (``functools``,
    ``TYPE_CHECKING``, ``_LAZY``...) and each subpackage imported so far beside the API."""
    names = documented_top_level_names()
    assert len(names) == len(set(names)) > 30
    assert dir(accord) == sorted(names)
    assert sorted(accord.__all__) == sorted(names)
    assert set(accord._LAZY) | {"__version__"} == set(names)
    for name in names:
        assert getattr(accord, name) is not None, name
    # a fresh interpreter, after subpackages are imported and names used: the same listing,
    # and a star import brings exactly these names
    code = (
        "import accord, accord.cli, accord.forecast.ensemble, accord.scenario.io\n"
        "accord.load_bundled('ec-emissions-1994'); accord.forecast\n"
        "listed = dir(accord)\n"
        "space = {}\n"
        "exec('from accord import *', space)\n"
        "print(listed == sorted(set(space) - {'__builtins__'}), ' '.join(listed))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", *sorted(names)]


def test_every_shipped_engine_class_is_a_top_level_name() -> None:
    """``accord.Learned`` was missing until session 37: the DEU forecaster could be named only
    by its string or from accord.engines.estimators."""
    import importlib

    from accord.engines.estimators import BUNDLED

    for target in BUNDLED.values():
        module, name = target.split(":")
        assert getattr(accord, name) is getattr(importlib.import_module(module), name)
        assert name in accord.__all__


def test_forecast_stays_a_function_after_the_subpackage_is_imported() -> None:
    import accord.forecast.ensemble
    from accord.forecast import Forecast

    assert callable(accord.forecast) and not isinstance(accord.forecast, type(sys))
    assert isinstance(accord.forecast("ec-emissions-1994"), Forecast)


def test_dotted_import_of_a_forecast_submodule_works_beside_the_function() -> None:
    # A fresh interpreter: the failure depended on import order (session 6 found
    # ``import accord.forecast.learned as m`` raising ImportError while the from-form worked).
    code = (
        "import inspect\n"
        "import accord.forecast.learned as m\n"
        "from accord.forecast import learned\n"
        "import accord, accord.api\n"
        "assert m is learned and m.__name__ == 'accord.forecast.learned'\n"
        "assert accord.forecast.learned is m\n"
        "assert accord.forecast.Forecast is accord.Forecast\n"
        "assert inspect.signature(accord.forecast) == inspect.signature(accord.api.forecast)\n"
        "assert accord.forecast.__doc__ == accord.api.forecast.__doc__\n"
        "print(type(accord.forecast('ec-emissions-1994')).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Forecast"


def test_dir_of_forecast_lists_what_it_reaches() -> None:
    """``accord.forecast`` is the function and, for other attributes, the subpackage: its
    ``dir`` (tab completion) listed the wrapper's ``_function`` and ``_package`` alone until
    session 42; now the subpackage's public names, each reachable."""
    import accord.forecast as walked

    listed = dir(accord.forecast)
    assert "_function" not in listed and "_package" not in listed
    assert {"Forecast", "IssueForecast", "forecast"} <= set(listed)
    for name in listed:
        assert hasattr(accord.forecast, name), name
    assert accord.forecast.Forecast is accord.Forecast
    assert walked is accord.forecast  # the dotted import binds the shared name


def test_every_flat_name_that_is_also_a_subpackage_is_declared() -> None:
    import pkgutil

    subpackages = {info.name for info in pkgutil.iter_modules(accord.__path__)}
    assert set(accord._LAZY) & subpackages == accord._SUBPACKAGE_NAMES


def test_forecast_to_frame_has_seven_rows_for_ukraine() -> None:
    frame = accord.forecast("ukraine-2025-02").to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == 7
    assert list(frame["issue"])[:2] == ["ceasefire", "security_guarantees"]
    assert frame["forecast"].between(frame["low"], frame["high"]).all()


def test_ensemble_frames_show_the_distribution_and_the_samples() -> None:
    result = accord.forecast("ec-emissions-1994", "mean", runs=50, seed=3)
    frame = result.to_frame()
    assert {"mean", "p5", "p50", "p95"} <= set(frame.columns)
    samples = result.samples_to_frame()
    assert len(samples) == 50
    assert list(samples.columns) == [
        *("sample", "issue", "outcome", "agreed"),
        *("engine", "seed", "scenario"),  # since session 36 (s36-notebook)
    ]
    assert samples["outcome"].median() == pytest.approx(frame.loc[0, "p50"])


@settings(max_examples=6, deadline=None)
@given(engine=st.sampled_from(["mean", "median", "bdm", "nash"]), seed=st.integers(0, 2**32))
def test_the_samples_reproduce_p_agreement_and_the_bargain_percentiles(
    engine: str, seed: int
) -> None:
    """Session 23 (new-user trial): the samples held each run's bargain but not whether it was
    agreed, so a pandas user could not reproduce ``p_agreement`` nor the outcome's spread."""
    result = accord.forecast("ukraine-2025-02", engine, runs=40, seed=seed)
    frame = result.to_frame().set_index("issue")
    samples = result.samples_to_frame()
    by_issue = samples.groupby("issue", sort=False)
    np.testing.assert_allclose(by_issue["agreed"].mean(), frame["p_agreement"])
    np.testing.assert_allclose(by_issue["outcome"].quantile(0.5), frame["p50"])


def test_run_to_frame_is_long_and_matches_the_trajectory() -> None:
    run = accord.run("ukraine-2025-02", accord.SMP(max_turns=4))
    frame = run.to_frame()
    t, n, m = run.trajectory.shape
    assert len(frame) == t * n * m
    row = frame[(frame.turn == t - 1) & (frame.actor == run.actors[1])]
    np.testing.assert_allclose(row["position"], run.trajectory[-1, 1], equal_nan=True)
    assert len(repr(run)) < 200


def test_power_frame() -> None:
    # Shapley-Shubik of [4, 3, 2, 1] with quota 6: 5/12, 1/4, 1/4, 1/12 (orderings counted by hand)
    indices = accord.power([4, 3, 2, 1], quota=6, names=["A", "B", "C", "D"])
    frame = indices.to_frame()
    assert list(frame["exact"]) == ["5/12", "1/4", "1/4", "1/12"]
    with pytest.raises(AccordError, match="quota"):
        accord.power([1, 2])


def test_vote_prediction_frame() -> None:
    from accord.api import VotePrediction
    from accord.institutions.votes import Adoption, MemberVotes

    probs = MemberVotes(
        FRA={"yes": 0.7, "no": 0.1, "abstain": 0.2}, BRA={"yes": 0.2, "no": 0.5, "abstain": 0.3}
    )
    made = VotePrediction("draft", probs, Adoption(yes=0.9, no=0.6, abstain=0.5))
    frame = made.to_frame()
    assert list(frame["member"]) == ["FRA", "BRA"]
    assert frame.loc[1, "no"] == 0.5
    assert made.expected.adopted
    assert made.to_dict()["members"] == probs and type(made.to_dict()["expected"]) is dict


def test_predict_votes_with_the_shipped_model() -> None:
    votes = accord.predict_votes("Nuclear disarmament", issue_codes=["nu"], members=["FRA", "BRA"])
    assert votes.expected.adopted == (votes.expected["yes"] > votes.expected["no"])
    assert sorted(votes.probabilities["FRA"]) == ["abstain", "no", "yes"]
    frame = votes.to_frame()
    assert list(frame["member"]) == ["FRA", "BRA"]
    np.testing.assert_allclose(frame[["yes", "no", "abstain"]].sum(axis=1), 1.0)
    done = CliRunner().invoke(
        app, ["votes", "predict", "--title", "Disarmament", "--format", "csv"]
    )
    assert done.exit_code == 0 and done.stdout.startswith("member,yes,no,abstain")


def test_engine_options_through_the_flat_api() -> None:
    by_name = accord.forecast("ec-emissions-1994", "bdm", variant="paper", q=0.5)
    by_object = accord.forecast("ec-emissions-1994", accord.BDM(variant="paper", Q=0.5))
    assert by_name.to_dict() == by_object.to_dict()
    with pytest.raises(accord.EngineError, match="colour"):
        accord.forecast("ec-emissions-1994", "smp", colour="red")


def test_forecast_html_repr_has_the_table_and_charts() -> None:
    html = accord.forecast("ukraine-2025-02")._repr_html_()
    assert "<table" in html and html.count("<svg") == 7


def test_store_events_and_evidence_frames(tmp_path: Path) -> None:
    from accord.frames import events_frame
    from accord.news.export import COLUMNS

    article = tmp_path / "a.txt"
    article.write_text(
        "Paris, 24 February 2025 - France and Ukraine met to discuss a ceasefire.\n",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    report = accord.ingest(article, f"sqlite:///{db}")
    assert report.ingested == 1
    with accord.Store(f"sqlite:///{db}") as store:
        events = store.events()
        frame = events_frame(events, store)
        bare = events_frame(events)
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(events)
    assert events  # the coder finds the meeting
    assert frame.loc[0, "event_type"] == events[0].event_type
    assert frame.loc[0, "source_code"] == ";".join(r.code for r in events[0].sources)
    assert frame.loc[0, "coder"] == "rules" and frame.loc[0, "date"] == events[0].date
    # without the store: the same columns, the document's url and coder empty
    assert tuple(bare.columns) == COLUMNS and bare["coder"].isna().all()
    assert list(bare["event_id"]) == list(frame["event_id"])


def test_events_frame_has_the_export_columns(tmp_path: Path) -> None:
    """One set of names (session 27's trial, finding 10): ``events_frame`` and ``accord events
    --format csv|parquet`` give the same columns in the same order, and the same rows."""
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from accord.frames import events_frame

    article = tmp_path / "a.txt"
    article.write_text(
        "Talks in Paris\n24 February 2025. France and Germany met Ukraine in Paris. "
        "Russia rejected the proposal of the European Union.\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'news.db'}"
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(article), "--db", url, "--coder", "rules"])
    assert done.exit_code == 0, done.output
    with accord.Store(url) as store:
        frame = events_frame(store.events(), store)
    assert len(frame) >= 2
    read = {}
    for fmt in ("csv", "parquet"):
        path = tmp_path / f"events.{fmt}"
        done = runner.invoke(app, ["events", "--db", url, "--format", fmt, "--out", str(path)])
        assert done.exit_code == 0, done.output
        read[fmt] = pd.read_csv(path) if fmt == "csv" else pd.read_parquet(path)
    header = (tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()[0]
    assert list(frame.columns) == header.split(",")
    assert list(frame.columns) == pq.read_schema(tmp_path / "events.parquet").names
    for back in read.values():
        assert list(back.columns) == list(frame.columns)
        for column in ("event_id", "source_code", "target_code", "event_type", "coder"):
            assert list(back[column]) == list(frame[column])
    assert list(read["parquet"]["date"]) == list(frame["date"])
    assert list(read["csv"]["date"]) == [d.isoformat() for d in frame["date"]]

    # a column with no value (a sector no actor has) is text in Parquet since session 44, as
    # every table's (accord.frames.parquet_typed), not Arrow's `null`: it reads back as
    # missing text, where the frame holds None
    def plain(table: pd.DataFrame) -> pd.DataFrame:
        return table.astype(object).where(table.notna(), None)

    pd.testing.assert_frame_equal(plain(read["parquet"]), plain(frame), check_dtype=False)


def test_event_documents_frame_lists_every_reporting_document(tmp_path: Path) -> None:
    """Session 28: ``events_frame``, as the export, names an event's first reporting document
    only (session 27); ``event_documents_frame`` gives every one, joined on ``event_id``, and
    the export's columns stay as they are."""
    from accord.frames import EVENT_DOCUMENT_COLUMNS, event_documents_frame, events_frame
    from accord.news.export import COLUMNS

    for name, text in (
        ("a.txt", "Talks in Paris\n24 February 2025. France and Germany met Ukraine in Paris.\n"),
        (
            "b.txt",
            "Leaders gather\n24 February 2025. On Monday France and Germany met Ukraine in "
            "Paris, officials said.\n",
        ),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'news.db'}"
    report = accord.ingest([tmp_path / "a.txt", tmp_path / "b.txt"], url)
    assert report.events_merged >= 1
    with accord.Store(url) as store:
        events = store.events()
        docs = {d.id: d for d in store.documents()}
        frame = events_frame(events, store)
        every = event_documents_frame(events, store)
        bare = event_documents_frame(events)
    merged = [e for e in events if len(e.document_ids) > 1]
    assert merged and tuple(frame.columns) == COLUMNS
    assert tuple(every.columns) == EVENT_DOCUMENT_COLUMNS == tuple(bare.columns)
    pairs = [(e.id, d) for e in events for d in e.document_ids]
    assert list(zip(every["event_id"], every["document_id"], strict=True)) == pairs
    assert list(bare["document_id"]) == list(every["document_id"]) and bare["title"].isna().all()
    # the first of each event is the one the events frame (and the export) names
    firsts = every[every["first"]]
    assert dict(zip(firsts["event_id"], firsts["document_id"], strict=True)) == dict(
        zip(frame["event_id"], frame["document_id"], strict=True)
    )
    event = merged[0]
    rows = every[every["event_id"] == event.id]
    assert list(rows["document_id"]) == list(event.document_ids)
    assert list(rows["first"]) == [True] + [False] * (len(event.document_ids) - 1)
    assert list(rows["title"]) == [docs[d].title for d in event.document_ids]
    assert set(rows["date"]) == {dt.date(2025, 2, 24)}
    joined = frame.merge(every, on="event_id", suffixes=("", "_reporting"))
    assert len(joined) == len(pairs)


def test_format_csv_and_parquet_on_forecast(tmp_path: Path) -> None:
    needs_parquet()
    runner = CliRunner()
    done = runner.invoke(app, ["forecast", "--format", "csv"])
    assert done.exit_code == 0, done.output
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("issue,title,forecast") and len(lines) == 8
    target = tmp_path / "f.parquet"
    done = runner.invoke(app, ["forecast", "--format", "parquet", "--out", str(target)])
    assert done.exit_code == 0, done.output
    assert len(pd.read_parquet(target)) == 7


def test_main_results_have_short_reprs() -> None:
    from accord.api import VotePrediction
    from accord.institutions.votes import MemberVotes

    results = [
        accord.load_bundled("ukraine-2025-02"),
        accord.forecast("ukraine-2025-02", "mean", runs=20, seed=1),
        accord.run("ukraine-2025-02", "smp"),
        accord.compare("ec-emissions-1994"),
        accord.explain("ukraine-2025-02", seed=1),
        accord.power("unga"),
        VotePrediction(
            "x", MemberVotes({f"M{k}": {"yes": 1.0, "no": 0.0, "abstain": 0.0} for k in range(193)})
        ),
        accord.SMP(voting_rule="binary"),
    ]
    for result in results:
        assert len(repr(result)) < 300, type(result).__name__


def test_evidence_csv_matches_the_json(tmp_path: Path, shared: Path) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    accord.ingest(sorted((shared / "seed").glob("*.txt")), db)
    runner = CliRunner()
    listed = json.loads(
        runner.invoke(app, ["evidence", "ukraine-2025-02", "--db", db, "--json"]).stdout
    )
    done = runner.invoke(app, ["evidence", "ukraine-2025-02", "--db", db, "--format", "csv"])
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(io.StringIO(done.stdout))
    assert listed and len(frame) == len(listed)
    assert list(frame["actor"]) == [row["actor"] for row in listed]
