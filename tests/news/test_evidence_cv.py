"""The cross-validation that chooses the evidence rules (issue 14, item 6): no scenario and no
report on both sides of a fold, every sentence held out once, and the choice made on the
training sentences only."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import DataError
from accord.news.evidence import LEGACY_RULES, EvidenceRules
from accord.news.evidence_cv import cross_validate, limits, make_folds
from accord.news.evidence_gold import GoldSentence, load_evidence_gold, load_evidence_golds
from accord.scenario.catalogue import resolve
from tests.helpers import DATA, run_cli
from tests.news.evidence_helpers import demand_and_ceasefire, gold_sentence

GOLD = DATA / "news" / "evidence-gold.jsonl"
UKRAINE = resolve("ukraine-2025-02")


@pytest.fixture(scope="module")
def gold() -> list[GoldSentence]:
    return load_evidence_gold(GOLD)[0]


def test_leave_one_scenario_out_never_has_a_scenario_on_both_sides(
    gold: list[GoldSentence],
) -> None:
    scenario = {r.id: r.scenario for r in gold}
    folds = make_folds(gold, "scenario")
    assert [f.name for f in folds] == ["doha-2020-02", "minsk-2015-02", "ukraine-2025-02"]
    for fold in folds:
        assert not fold.train & fold.test
        assert fold.train | fold.test == set(scenario)
        assert {scenario[i] for i in fold.test} == {fold.name}
        assert fold.name not in {scenario[i] for i in fold.train}


def test_url_folds_never_have_a_report_on_both_sides(gold: list[GoldSentence]) -> None:
    url = {r.id: r.url for r in gold}
    folds = make_folds(gold, "url", k=5)
    assert len(folds) == 5
    held_out = Counter(i for f in folds for i in f.test)
    assert set(held_out) == set(url) and set(held_out.values()) == {1}
    for fold in folds:
        assert not {url[i] for i in fold.train} & {url[i] for i in fold.test}


DEV_FILES = [
    DATA / "news" / name
    for name in ("evidence-gold.jsonl", "evidence-heldout-2026.jsonl", "evidence-heldout-s5.jsonl")
]


def test_leave_one_file_out_holds_each_file_out_once_and_no_report_on_both_sides() -> None:
    records, _, files = load_evidence_golds(DEV_FILES)
    assert set(files.values()) == {p.name for p in DEV_FILES}
    assert len(records) == len(files) == sum(len(load_evidence_gold(p)[0]) for p in DEV_FILES)
    url = {r.id: r.url for r in records}
    folds = make_folds(records, "file", files=files)
    assert [f.name for f in folds] == sorted(p.name for p in DEV_FILES)
    assert Counter(i for f in folds for i in f.test) == Counter(url.keys())
    for fold in folds:
        assert {files[i] for i in fold.test} == {fold.name}
        assert fold.name not in {files[i] for i in fold.train}
        assert not {url[i] for i in fold.train} & {url[i] for i in fold.test}


def test_file_folds_need_files_and_two_of_them(gold: list[GoldSentence], tmp_path: Path) -> None:
    with pytest.raises(DataError, match="gold file"):
        make_folds(gold, "file")
    with pytest.raises(DataError, match="at least two gold files"):
        make_folds(gold, "file", files={r.id: "one.jsonl" for r in gold})
    copy = tmp_path / "copy.jsonl"
    copy.write_text(GOLD.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DataError, match=r"copy\.jsonl: field 'id': .* appears in evidence-gold"):
        load_evidence_golds([GOLD, copy])
    with pytest.raises(DataError, match="no gold file"):
        load_evidence_golds([])


def test_the_cv_command_pools_several_files_and_leaves_one_out(tmp_path: Path) -> None:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    paths = []
    for name in ("doha-2020-02", "minsk-2015-02"):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(x for x in lines if f'"{name}"' in x), encoding="utf-8")
        paths.append(str(path))
    code, output = run_cli("evidence", "cv", *paths, "--by", "file", "--json")
    assert code == 0, output
    data = json.loads(output)
    assert data["folded_by"] == "file"
    assert [f["fold"] for f in data["folds"]] == ["doha-2020-02.jsonl", "minsk-2015-02.jsonl"]
    held = sum(f["test_sentences"] for f in data["folds"])
    assert held == sum(1 for x in lines if '"doha-2020-02"' in x or '"minsk-2015-02"' in x)
    code, output = run_cli("evidence", "cv", paths[0], "--by", "bogus")
    assert code != 0 and "expected scenario, url or file" in output


def test_bad_fold_requests_are_clear_errors(gold: list[GoldSentence]) -> None:
    one = [r for r in gold if r.scenario == "doha-2020-02"]
    with pytest.raises(DataError, match="at least two scenarios"):
        make_folds(one, "scenario")
    with pytest.raises(DataError, match="distinct URLs"):
        make_folds(one[:2], "url", k=5)
    with pytest.raises(DataError, match="expected 'scenario', 'url' or 'file'"):
        make_folds(gold, "bogus")  # type: ignore[arg-type]


def test_each_switch_set_is_tried_with_every_distance_and_threshold() -> None:
    demand = EvidenceRules(demand_of_other=True)
    candidates = limits(demand, (0.0, 0.5), (None, 6))
    assert len(set(candidates)) == len(candidates) == 4
    assert demand in candidates
    assert {(c.max_distance, c.min_strength) for c in candidates} == {
        (None, 0.0),
        (None, 0.5),
        (6, 0.0),
        (6, 0.5),
    }
    assert all(c.demand_of_other and c.label().startswith("demand_of_other") for c in candidates)


def test_the_rule_is_chosen_on_the_training_folds_and_scored_on_the_held_out_one() -> None:
    records = demand_and_ceasefire(("s1", "s2", "s3"))
    scenarios = {g: UKRAINE for g in ("s1", "s2", "s3")}
    demand = EvidenceRules(demand_of_other=True)
    report = cross_validate(records, scenarios, by="scenario", candidates=[LEGACY_RULES, demand])
    assert [f.fold.name for f in report.folds] == ["s1", "s2", "s3"]
    for fold in report.folds:
        assert fold.chosen == demand
        assert (fold.test.predicted, fold.test.correct) == (1, 1)
        assert (fold.baseline_test.predicted, fold.baseline_test.correct) == (2, 1)
    assert report.pooled.precision == 1.0 and report.baseline_pooled.precision == 0.5
    assert report.chosen_on_all == demand
    data = report.to_dict()
    assert data["pooled_test"]["predicted"] == 3
    assert data["spread_precision"] == {"min": 1.0, "max": 1.0, "sd": 0.0}


def test_forward_selection_adds_the_switch_that_raises_the_criterion_and_stops() -> None:
    # without given candidates every fold searches all switches: demand_of_other removes the
    # wrong item of the demand sentences, and no second switch raises F0.5 on these sentences
    records = demand_and_ceasefire(("s1", "s2", "s3"))
    scenarios = {g: UKRAINE for g in ("s1", "s2", "s3")}
    report = cross_validate(records, scenarios, by="scenario")
    assert report.search == "forward selection"
    for fold in report.folds:
        assert fold.chosen == EvidenceRules(demand_of_other=True)
    assert report.chosen_on_all == EvidenceRules(demand_of_other=True)
    assert report.pooled.precision == 1.0


def test_a_rule_that_helps_only_the_held_out_fold_is_not_chosen() -> None:
    records = demand_and_ceasefire(("s1", "s2", "s3"))
    # only s1 has the demand sentence: with s1 held out the rule changes nothing in training,
    # so the tie goes to the simpler matcher and s1 keeps its wrong item
    records = [r for r in records if r.id != "d1" and r.id != "d2"]
    scenarios = {g: UKRAINE for g in ("s1", "s2", "s3")}
    demand = EvidenceRules(demand_of_other=True)
    report = cross_validate(records, scenarios, by="scenario", candidates=[LEGACY_RULES, demand])
    first = report.folds[0]
    assert first.fold.name == "s1" and first.chosen == LEGACY_RULES
    assert first.test.precision == 0.5


def _floored() -> list[GoldSentence]:
    """Per group: two right items (cue strengths 0.9 and 0.8), a wrong one of strength 0.8 and
    a wrong demand made of another actor (0.9)."""
    ukr = [{"actor": "UKR", "issue": "ceasefire", "direction": "high"}]
    records = []
    for n, group in enumerate(("s1", "s2", "s3")):
        records += [
            gold_sentence(f"a{n}", group, "Zelensky insisted on a ceasefire.", ukr),
            gold_sentence(f"b{n}", group, "Zelensky called for a ceasefire.", ukr),
            gold_sentence(f"c{n}", group, "Starmer called for a ceasefire.", []),
            gold_sentence(f"d{n}", group, "Putin demanded that Ukraine withdraw from Crimea.", []),
        ]
    return records


def test_the_precision_objective_keeps_two_thirds_of_the_plain_matchers_correct_items() -> None:
    records = _floored()
    scenarios = {g: UKRAINE for g in ("s1", "s2", "s3")}
    strong = EvidenceRules(min_strength=0.85)  # keeps "insisted" and the demand: P 1/2
    demand = EvidenceRules(demand_of_other=True)  # drops the demand, keeps both right items
    both = EvidenceRules(demand_of_other=True, min_strength=0.85)  # precision 1, half the recall
    candidates = [LEGACY_RULES, strong, demand, both]
    by_f = cross_validate(records, scenarios, by="scenario", candidates=candidates)
    by_p = cross_validate(
        records, scenarios, by="scenario", candidates=candidates, objective="precision"
    )
    # F0.5 takes the precise half: P 1, R 1/2 gives 0.833, "demand" (P 2/3, R 1) 0.714
    assert by_f.chosen_on_all == both and all(f.chosen == both for f in by_f.folds)
    assert (by_f.pooled.correct, by_f.pooled.predicted) == (3, 3)
    # the precision objective may not drop more than a third of the 4 correct training items:
    # "both" and "strong" keep 2 (under the floor of 3), so the most precise feasible is "demand"
    assert by_p.chosen_on_all == demand and all(f.chosen == demand for f in by_p.folds)
    assert (by_p.pooled.correct, by_p.pooled.predicted) == (6, 9)
    assert by_f.to_dict()["criterion"].startswith("F0.5")
    assert "two thirds" not in by_f.to_dict()["criterion"]
    assert "0.667 of the plain matcher" in by_p.to_dict()["criterion"]


def test_the_cli_reports_folds_and_pooled_figures(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [r.model_dump(mode="json") for r in demand_and_ceasefire(("s1", "s2", "s3"))]
    for row in rows:
        row["scenario"] = "ukraine-2025-02"
    rows[0]["scenario"] = rows[1]["scenario"] = "minsk-2015-02"
    rows[0]["text"] = rows[1]["text"] = "Merkel called for talks."
    rows[1]["stances"] = []
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, output = run_cli("evidence", "cv", str(path), "--json")
    assert code == 0, output
    data = json.loads(output)
    assert [f["fold"] for f in data["folds"]] == ["minsk-2015-02", "ukraine-2025-02"]
    assert data["pooled_test"]["gold"] == 2
    code, output = run_cli("evidence", "cv", str(path), "--by", "month")
    assert code == 2 and "--by" in output and "month" in output
    code, output = run_cli("evidence", "cv", str(path), "--objective", "recall")
    assert code == 2 and "--objective" in output and "recall" in output
    code, output = run_cli("evidence", "cv", str(path), "--objective", "precision", "--json")
    assert code == 0, output
    assert json.loads(output)["criterion"].startswith("precision")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcd"), st.integers(0, 9)), min_size=10, max_size=40))
def test_folds_partition_any_gold_by_group(rows: list[tuple[str, int]]) -> None:
    records = [
        GoldSentence(
            id=f"r{n}",
            scenario=group,
            text="x",
            url=f"https://example.org/{report}",
            publisher="p",
            date="2025-02-20",
        )
        for n, (group, report) in enumerate(rows)
    ]
    for by, key in (("scenario", "scenario"), ("url", "url")):
        groups = {getattr(r, key) for r in records}
        if len(groups) < (2 if by == "scenario" else 3):
            continue
        folds = make_folds(records, by, k=3)  # type: ignore[arg-type]
        value = {r.id: getattr(r, key) for r in records}
        assert Counter(i for f in folds for i in f.test) == Counter(value.keys())
        for fold in folds:
            assert fold.train | fold.test == set(value) and not fold.train & fold.test
            assert not {value[i] for i in fold.train} & {value[i] for i in fold.test}
