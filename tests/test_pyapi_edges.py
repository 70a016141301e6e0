"""The library used from a notebook (session 21, s21-pyapi): what a user passes from Python
is checked where it enters, and a mistake is an accord error naming the field and value, never
a traceback from deep inside NumPy or a silently wrong answer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accord
from accord.errors import AccordError, AccordWarning, DataError, EngineError, ScenarioError
from accord.forecast import forecast as library_forecast
from accord.forecast.backtest import BacktestScores
from accord.scenario.catalogue import bundled_ids
from accord.scenario.model import Scenario, Stance

EC = accord.load_bundled("ec-emissions-1994")


def _edited(**stance: object) -> Scenario:
    """The EC emissions case with one stance appended in place, as a notebook edits it."""
    s = accord.load_bundled("ec-emissions-1994")
    s.stances.append(Stance.model_validate({"issue": "emissions", "salience": 0.5, **stance}))
    return s


@pytest.mark.parametrize(
    "call",
    [
        lambda s: accord.forecast(s),
        lambda s: accord.run(s, "smp"),
        lambda s: accord.compare(s, ["mean"]),
        lambda s: accord.explain(s, "mean"),
        lambda s: accord.SMP().run(s),
        lambda s: accord.get_engine("median").run(s),
        lambda s: library_forecast(s, "bdm"),
        lambda s: library_forecast(scenario=s, engine="bdm"),
    ],
    ids=[
        "forecast",
        "run",
        "compare",
        "explain",
        "SMP.run",
        "get_engine",
        "library forecast",
        "by keyword",
    ],
)
def test_a_scenario_edited_in_place_is_checked_before_any_engine_runs(call: object) -> None:
    # once a bare KeyError from the stance arrays
    with pytest.raises(ScenarioError, match=r"stances\[10\]\.actor: unknown actor id"):
        call(_edited(actor="XX", position=5))  # type: ignore[operator]


def test_a_second_stance_out_of_scale_is_refused_not_silently_dropped() -> None:
    # once forecast as if the appended stance were not there
    with pytest.raises(ScenarioError) as caught:
        accord.forecast(_edited(actor="Germany", position=500))
    assert [p.path for p in caught.value.problems] == ["stances[10].position", "stances[10]"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: accord.run("ec-emissions-1994", "smp", seed="a"), r"seed .*\(got 'a'\)"),
        (lambda: accord.SMP().run(EC, seed=1.5), r"seed .*\(got 1\.5\)"),
        (lambda: accord.forecast("ec-emissions-1994", runs="a"), r"runs .*\(got 'a'\)"),
        (lambda: accord.forecast("ec-emissions-1994", runs=2.0), r"runs .*\(got 2\.0\)"),
    ],
    ids=["run seed text", "engine seed float", "runs text", "runs float"],
)
def test_a_seed_or_run_count_of_the_wrong_type_is_named(call: object, message: str) -> None:
    # once a TypeError from NumPy's SeedSequence or from a comparison with an int
    with pytest.raises(EngineError, match=message):
        call()  # type: ignore[operator]


@settings(max_examples=5, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 4))
def test_numpy_integers_from_a_frame_serve_as_seed_and_runs(seed: int, runs: int) -> None:
    # accepted, and recorded as Python ints so that the result still writes to JSON
    made = accord.forecast(EC, runs=np.int64(runs), seed=np.uint64(seed))
    assert type(made.seed) is int and made.seed == seed
    assert json.loads(json.dumps(made.to_dict()))["seed"] == seed
    assert type(accord.run(EC, "smp", seed=np.int64(seed)).seed) is int


@pytest.mark.parametrize(
    ("weights", "quota", "message"),
    [
        ([4, float("nan"), 2], 5, r"weights must be non-negative integers \(got \[4, nan, 2\]\)"),
        (["a", "b"], 1, r"weights must be non-negative integers \(got \['a', 'b'\]\)"),
        ([4, 3, 2], 2.5, r"quota must be a positive whole number \(got 2\.5\)"),
        ([4, 3, 2], float("nan"), r"quota must be a positive whole number \(got nan\)"),
        ([4, 3, 2], "5", r"quota must be a positive whole number \(got '5'\)"),
    ],
)
def test_a_weighted_game_names_a_weight_or_quota_that_is_not_a_whole_number(
    weights: list[object], quota: object, message: str
) -> None:
    # once "ValueError: cannot convert float NaN to integer", a TypeError, or a quota of 2.5
    # silently read as 2
    with pytest.raises(AccordError, match=message):
        accord.power(weights, quota=quota)  # type: ignore[arg-type]


@pytest.mark.filterwarnings("ignore:no coalition can win")
@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, 20), min_size=1, max_size=6), st.integers(1, 60))
def test_numpy_and_float_whole_numbers_make_the_same_game(weights: list[int], quota: int) -> None:
    expected = accord.power(weights, quota=quota).to_dict()
    assert accord.power(np.array(weights), quota=np.int64(quota)).to_dict() == expected
    assert accord.power([float(w) for w in weights], quota=float(quota)).to_dict() == expected


def test_one_name_where_the_api_takes_a_list_is_one_name_not_its_letters() -> None:
    # once "unknown engine 'm'", "issue code 'n' is not one of ...", "member 'F' has no record"
    assert accord.compare(EC, "median").engines == ("median",)
    one = accord.predict_votes("Nuclear disarmament", issue_codes="nu", members="FRA")
    listed = accord.predict_votes("Nuclear disarmament", issue_codes=["nu"], members=["FRA"])
    assert one.to_dict() == listed.to_dict()
    assert list(one.to_frame()["member"]) == ["FRA"]


def test_a_draft_forecast_and_its_recorded_result_have_one_line_reprs() -> None:
    # the dataclass repr printed the draft's text and every member's vote (12,519 characters)
    drafts = accord.forecast("ukraine-2025-02").resolutions
    for draft in drafts:
        shown = [repr(draft), repr(draft.actual())]
        assert all(len(text) < 200 and "\n" not in text for text in shown), shown
        assert shown[0].startswith(f"ResolutionForecast({draft.draft.id!r}, body=")
        assert f"members={len(draft.votes)})" in shown[0]
    assert repr(drafts[0].actual()).startswith("ResultCheck('S/RES/2774 (2025)', adopted=True")


@settings(max_examples=20, deadline=None)
@given(st.dictionaries(st.text("ABC", min_size=1, max_size=40), st.integers(), max_size=50))
def test_a_keyed_result_repr_is_the_dict_when_short_and_one_line_when_long(
    values: dict[str, int],
) -> None:
    # MemberVotes of the 193 Assembly members printed 18,631 characters in a notebook cell
    result = BacktestScores(values)
    whole = f"BacktestScores({values!r})"
    shown = repr(result)
    assert shown == whole if len(whole) <= 200 else len(shown) < 200 + 60
    assert shown.startswith("BacktestScores(")
    if len(whole) > 200:
        assert shown.startswith(f"BacktestScores({len(values)} engines: ")


def test_the_votes_of_the_assembly_show_as_one_line() -> None:
    votes = accord.predict_votes("Nuclear disarmament", issue_codes=["nu"]).probabilities
    assert repr(votes) == "MemberVotes(193 members: 'AFG', 'AGO', 'ALB', ... 190 more)"


def test_an_ingest_report_repr_leaves_out_the_added_ids(tmp_path: Path) -> None:
    # each of thousands of added documents printed its 64-digit id in the report's repr
    articles = tmp_path / "articles"
    articles.mkdir()
    for k in range(3):
        (articles / f"a{k}.txt").write_text(f"Talks {k}\n2 March 2025. France met Ukraine {k}.\n")
    report = accord.ingest(articles, f"sqlite:///{tmp_path / 'news.db'}")
    assert len(report.added_ids) == 3
    assert "added_ids" not in repr(report) and len(repr(report)) < 400
    assert repr(report).startswith("IngestReport(documents_read=3, added=3,")


@pytest.mark.parametrize(
    ("engines", "params", "message"),
    [
        ([], None, r"engines: name at least one engine"),
        (["mean"], {"smp": {"max_turns": 5}}, r"params: options for 'smp', which is not among"),
        (None, {"smpx": {}}, r"params: options for 'smpx'"),
    ],
)
def test_compare_refuses_no_engines_and_options_for_an_engine_it_does_not_run(
    engines: list[str] | None, params: dict[str, dict[str, object]] | None, message: str
) -> None:
    # once every engine for [], and the options dropped without a word
    with pytest.raises(EngineError, match=message):
        accord.compare(EC, engines, params=params)


def test_a_scenario_given_as_its_data_is_validated_and_run() -> None:
    # once "OSError: File name too long" (the dict's text read as a path)
    data = EC.model_dump()
    assert accord.forecast(data).to_dict() == accord.forecast(EC).to_dict()
    data["stances"][0]["salience"] = 2
    with pytest.raises(ScenarioError, match=r"stances\[0\]\.salience: must be at most 1"):
        accord.forecast(data)


def test_explain_takes_an_engine_object_with_its_options() -> None:
    # once "unknown engine BDM(q=0.5)": explain took names only, unlike run and forecast
    scenario = accord.load_bundled("ukraine-2025-02")
    built = accord.explain(scenario, accord.BDM(q=0.5), seed=1, top=2)
    named = accord.explain(scenario, "bdm", params={"Q": 0.5}, seed=1, top=2)
    assert built.to_dict() == named.to_dict()
    assert built.to_dict() != accord.explain(scenario, "bdm", seed=1, top=2).to_dict()


def test_save_refuses_a_scenario_edited_in_place_into_an_invalid_one(tmp_path: Path) -> None:
    # once written, to a file that accord validate then refused
    target = tmp_path / "edited.yaml"
    with pytest.raises(ScenarioError, match=r"stances\[10\]\.actor: unknown actor id"):
        accord.save(_edited(actor="XX", position=5), target)
    assert not target.exists()
    accord.save(EC, target)
    assert accord.load(target) == EC


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: accord.load(5), r"path: give a file name or path \(got int 5\)"),
        (
            lambda: accord.save(EC.model_dump(), "x.yaml"),
            r"scenario: give a Scenario, .*\(got dict\)",
        ),
        (lambda: accord.save(EC, None), r"path: give a file name or path \(got NoneType None\)"),
    ],
    ids=["load int", "save dict", "save to None"],
)
def test_load_and_save_name_an_argument_of_the_wrong_type(call: object, message: str) -> None:
    # once TypeError from Path() or AttributeError from the writer
    with pytest.raises(DataError, match=message):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    "call",
    [
        lambda s: accord.forecast(s, "bdm", runs=3, seed=1),
        lambda s: accord.compare(s, ["mean", "median", "bdm"]),
        lambda s: accord.explain(s, "mean", seed=1),
    ],
    ids=["forecast with ensemble", "compare", "explain"],
)
def test_one_call_checks_the_scenario_once(call: object, monkeypatch: pytest.MonkeyPatch) -> None:
    # the flat API, forecast and the engine each walked every stance: a mean forecast of
    # 2,000 actors on ten issues took four times as long
    import accord.scenario.model as model

    walks = []
    original = model.consistency_problems
    monkeypatch.setattr(model, "consistency_problems", lambda s: walks.append(s) or original(s))
    scenario = accord.load_bundled("ec-emissions-1994")
    call(scenario)  # type: ignore[operator]
    assert walks == [scenario]
    scenario.check()  # outside the call, a check walks again
    assert len(walks) == 2


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: accord.forecast(["ec-emissions-1994"]), AccordError, r"scenario: .*\(got list\)"),
        (lambda: accord.run(EC, 5), EngineError, r"engine: give an engine name .*\(got 5\)"),
        (lambda: accord.compare(EC, ["mean"], seed="x"), EngineError, r"seed .*\(got 'x'\)"),
        (lambda: accord.explain(EC, top=2.5), EngineError, r"top must be a whole .*\(got 2\.5\)"),
        (lambda: accord.explain(EC, top="3"), EngineError, r"top must be a whole .*\(got '3'\)"),
        (
            lambda: accord.predict_votes("x", members=["FRA"], date="1 March 2025"),
            DataError,
            r"date must be a datetime\.date or a text YYYY-MM-DD \(got '1 March 2025'\)",
        ),
        (
            lambda: accord.predict_votes(None, members=["FRA"]),  # type: ignore[arg-type]
            DataError,
            r"title and description must be texts \(got None, ''\)",
        ),
    ],
    ids=[
        "scenario list",
        "engine int",
        "compare seed",
        "explain top float",
        "explain top text",
        "votes date",
        "votes title",
    ],
)
def test_an_argument_of_the_wrong_type_is_named(
    call: object, error: type[Exception], message: str
) -> None:
    # once a list's text looked up as a bundled id, AttributeError: 'int' has no 'run', a
    # comparison of no engines (each left out for the seed), TypeError from a slice or a
    # comparison, and AttributeError from .month and .strip
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


def test_a_forecast_warning_still_names_the_line_that_called_forecast() -> None:
    # checking the scenario must not add a frame between the caller and the warning
    data = EC.model_dump()
    data["issues"].append({"id": "unheld", "title": "Nobody holds a stance on it"})
    scenario = Scenario.model_validate(data)
    with pytest.warns(AccordWarning, match="nobody holds a stance") as caught:
        library_forecast(scenario, "mean")
    assert caught[0].filename == __file__


@pytest.mark.parametrize("date", ["2020-1-1", "2015-02-30", "", 2020])
def test_a_body_date_that_is_not_a_date_is_named(date: object) -> None:
    # once "TypeError: '<' not supported between instances of 'str' and 'datetime.date'"
    with pytest.raises(
        DataError, match=rf"^date must be a datetime\.date or a text YYYY-MM-DD \(got {date!r}\)$"
    ):
        accord.power("unsc", date=date)  # type: ignore[arg-type]


def test_a_date_as_iso_text_is_taken_as_the_date() -> None:
    # trial s26, finding 7: accord.power("unsc", date="2015-07-20") was refused, while
    # scenario files take dates as text (session 27: parsed once, in accord.api)
    day = dt.date(2015, 7, 20)
    expected = accord.power("unsc", date=day).to_frame()
    for value in ("2015-07-20", dt.datetime(2015, 7, 20, 18, 30)):
        assert accord.power("unsc", date=value).to_frame().equals(expected)
    votes = accord.predict_votes("Nuclear disarmament", issue_codes="nu", members=["FRA"],
                                 date="2025-03-01")  # fmt: skip
    same = accord.predict_votes("Nuclear disarmament", issue_codes="nu", members=["FRA"],
                                date=dt.date(2025, 3, 1))  # fmt: skip
    assert votes.to_dict() == same.to_dict()


@settings(max_examples=10, deadline=None)
@given(runs=st.integers(-(2**40), 0))
def test_too_few_runs_are_named_as_the_caller_wrote_them(runs: int) -> None:
    # session 23 (new-user trial): "runs and block_runs must be at least 1 (got 0, 2048)"
    # named a parameter the caller never gave
    with pytest.raises(AccordError, match=rf"^runs must be at least 1 \(got {runs}\)$"):
        accord.forecast(EC, "mean", runs=runs, seed=1)


@settings(max_examples=30, deadline=None)
@given(
    name=st.sampled_from(["rounds", "Q", "VotingRule", "max_turns"]),
    spelled=st.lists(st.booleans(), min_size=12, max_size=12),
    sep=st.sampled_from(["", "_", "-"]),
)
def test_a_parameter_name_off_by_case_or_separator_is_recognised(
    name: str, spelled: list[bool], sep: str
) -> None:
    # session 23: `--param q=2` for BDM's Q, and `round=` for rounds, were refused unexplained
    from accord.engines.common import close_name

    known = ["rounds", "Q", "VotingRule", "max_turns", "outcome"]
    written = "".join(c.upper() if up else c.lower() for c, up in zip(name, spelled, strict=False))
    written = written.replace("_", sep)
    assert close_name(written, known) == name
    assert close_name("round", known) == "rounds"
    assert close_name("zzz", known) is None
    with pytest.raises(AccordError, match=r"did you mean 'rounds'\?$"):
        accord.forecast(EC, "bdm", round=5)


@pytest.mark.parametrize("scenario_id", bundled_ids())
@pytest.mark.parametrize("votes", [True, False])
def test_resolutions_are_a_sequence_even_without_drafts(scenario_id: str, votes: bool) -> None:
    """``result.resolutions`` was None for a scenario without drafts, so README's
    ``result.resolutions.to_frame()`` raised (session 23's trial): it is an empty
    ``Resolutions`` there, with the frames' columns, and the JSON still has no key for it."""
    scenario = accord.load_bundled(scenario_id)
    drafts = scenario.institutions.drafts if votes else []
    made = library_forecast(scenario, "mean", votes=votes)
    assert [r.draft.id for r in made.resolutions] == [d.id for d in drafts]
    frame = made.resolutions.to_frame()
    assert list(frame["draft"]) == [d.id for d in drafts]
    assert "expected_yes" in frame.columns and "could_block" in frame.columns
    assert list(made.resolutions.votes_frame().columns)[:2] == ["draft", "member"]
    assert ("resolutions" in made.to_dict()) == bool(drafts)
