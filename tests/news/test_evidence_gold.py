"""Scoring stance evidence against gold sentences (issue 14, item 6)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import DataError
from accord.news import evidence_gold
from accord.news.evidence_gold import (
    Score,
    annotator_agreement,
    evaluate_evidence,
    evaluate_evidence_file,
    load_evidence_gold,
)
from accord.news.types import Document, StanceEvidence
from accord.scenario.model import Scenario
from tests.helpers import DATA

GOLD = DATA / "news" / "evidence-gold.jsonl"
runner = CliRunner()


def record(rid: str, text: str, stances: Sequence[tuple[str, str, str | None]] = ()) -> dict:
    return {
        "id": rid,
        "scenario": "ukraine-2025-02",
        "text": text,
        "url": f"https://example.org/{rid}",
        "publisher": "Example",
        "date": "2025-02-20",
        "stances": [{"actor": a, "issue": i, "direction": d} for a, i, d in stances],
    }


def write(path: Path, records: Sequence[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def item(doc: str, actor: str, issue: str, direction: float, strength: float = 1.0) -> Any:
    return StanceEvidence(actor, issue, direction, strength, "quote", document_id=doc)


def stub(monkeypatch: pytest.MonkeyPatch, found: dict[str, list[StanceEvidence]]) -> None:
    """Replace the extraction with a table: document id -> the evidence it 'finds'."""

    def fake(doc: Document, scenario: Scenario, finder: object = None) -> list[StanceEvidence]:
        return found.get(doc.id, [])

    monkeypatch.setattr(evidence_gold, "extract_evidence", fake)


def test_precision_and_recall_of_a_tiny_gold_with_known_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(
        tmp_path / "gold.jsonl",
        [
            record("a", "one", [("RUS", "peacekeeping", "low")]),
            record("b", "two", [("GBR", "peacekeeping", "high"), ("GBR", "ceasefire", "low")]),
            record("c", "three"),  # no stance: anything found here is wrong
            record("d", "four", [("UKR", "ceasefire", None)]),  # bears on it, no direction
        ],
    )
    stub(
        monkeypatch,
        {
            "a": [item("a", "RUS", "peacekeeping", -1)],  # right
            "b": [item("b", "GBR", "peacekeeping", +1), item("b", "FRA", "peacekeeping", +1)],
            "c": [item("c", "USA", "ceasefire", +1)],  # wrong: no stance in the sentence
            "d": [item("d", "UKR", "ceasefire", +1)],  # wrong: the gold gives no direction
        },
    )
    result = evaluate_evidence_file(path)
    # 5 items found, 2 right; 3 gold stances with a direction, 2 of them found
    assert result.overall == Score(gold=3, found_gold=2, predicted=5, correct=2)
    assert result.overall.precision == pytest.approx(0.4)
    assert result.overall.recall == pytest.approx(2 / 3)
    assert result.by_scenario["ukraine-2025-02"] == result.overall
    assert (result.sentences, result.with_stance) == (4, 3)
    # direction ignored, the d item's pair (UKR, ceasefire) is not a directed gold pair either
    assert result.actor_issue == Score(gold=3, found_gold=2, predicted=5, correct=2)


def test_a_wrong_direction_is_wrong_but_counts_as_the_right_pair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "gold.jsonl", [record("a", "one", [("RUS", "peacekeeping", "low")])])
    stub(monkeypatch, {"a": [item("a", "RUS", "peacekeeping", +1)]})
    result = evaluate_evidence_file(path)
    assert result.overall == Score(gold=1, found_gold=0, predicted=1, correct=0)
    assert result.actor_issue == Score(gold=1, found_gold=1, predicted=1, correct=1)


def test_a_change_is_accepted_only_when_the_gold_confirms_its_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # RUS holds 5 on peacekeeping in the bundled scenario: evidence toward "high" moves it
    path = write(
        tmp_path / "gold.jsonl",
        [
            record("a", "one", [("RUS", "peacekeeping", "high")]),
            record("b", "two", [("GBR", "peacekeeping", "high")]),
            # UKR holds 45 on ceasefire: "high" evidence the gold does not confirm moves it
            record("c", "three"),
        ],
    )
    stub(
        monkeypatch,
        {
            "a": [item("a", "RUS", "peacekeeping", +1)],
            "c": [item("c", "UKR", "ceasefire", +1)],
        },
    )
    result = evaluate_evidence_file(path)
    verdicts = {(c.change.actor, c.change.issue): c.accepted for c in result.changes}
    assert verdicts == {("RUS", "peacekeeping"): True, ("UKR", "ceasefire"): False}
    assert result.accepted_share == pytest.approx(0.5)


@settings(max_examples=40, deadline=None)
@given(
    right=st.integers(min_value=0, max_value=5),
    wrong=st.integers(min_value=0, max_value=5),
    missed=st.integers(min_value=0, max_value=5),
)
def test_scores_follow_the_counts(right: int, wrong: int, missed: int) -> None:
    issues = ["ceasefire", "peacekeeping", "territory", "security_guarantees", "minerals_deal"]
    pairs = [(a, i) for a in ("USA", "GBR", "FRA") for i in issues]
    gold = pairs[: right + missed]
    records = [
        evidence_gold.GoldSentence.model_validate(
            record(f"g{n}", "text", [(a, i, "high")]) if n < len(gold) else record(f"g{n}", "t")
        )
        for n, (a, i) in enumerate(gold + pairs[len(gold) : len(gold) + wrong])
    ]
    found = {f"g{n}": [item(f"g{n}", *gold[n], +1)] for n in range(right)}
    found |= {
        f"g{len(gold) + k}": [item(f"g{len(gold) + k}", *pairs[len(gold) + k], -1)]
        for k in range(wrong)
    }
    scenarios = {"ukraine-2025-02": load_evidence_gold(GOLD)[1]["ukraine-2025-02"]}
    with pytest.MonkeyPatch.context() as mp:
        stub(mp, found)
        result = evaluate_evidence(records, scenarios)
    assert result.overall == Score(len(gold), right, right + wrong, right)
    if right + wrong:
        assert result.overall.precision == pytest.approx(right / (right + wrong))
    if gold:
        assert result.overall.recall == pytest.approx(right / len(gold))


def test_the_rules_coder_finds_a_plain_stance_in_a_gold_sentence(tmp_path: Path) -> None:
    text = "Russia rejected any deployment of European peacekeepers in Ukraine."
    path = write(tmp_path / "gold.jsonl", [record("a", text, [("RUS", "peacekeeping", "low")])])
    result = evaluate_evidence_file(path)
    assert result.overall == Score(gold=1, found_gold=1, predicted=1, correct=1)


def test_the_shipped_gold_loads_validates_and_is_cited() -> None:
    records, scenarios = load_evidence_gold(GOLD)
    assert len(records) >= 150
    assert {"ukraine-2025-02", "minsk-2015-02", "doha-2020-02"} <= set(scenarios)
    no_stance = [r for r in records if not r.stances]
    assert 0.25 * len(records) <= len(no_stance) <= 0.6 * len(records)
    for r in records:
        assert r.url.startswith("http") and r.publisher and r.date
        assert {"A", "B"} <= set(r.annotations), r.id  # labelled twice, independently
        a, b = r.annotations["A"], r.annotations["B"]
        if (a.actor, a.issue, a.direction) != (b.actor, b.issue, b.direction):
            assert r.adjudication, r.id  # every disagreement resolved with a reason
        assert len(r.text.split()) >= 3


def test_the_sentence_file_given_to_the_second_annotator_matches_the_gold() -> None:
    sentences = [
        json.loads(line)
        for line in (DATA / "news" / "evidence-sentences.jsonl").read_text("utf-8").splitlines()
    ]
    gold = {r.id: r for r in load_evidence_gold(GOLD)[0]}
    assert len(sentences) == len(gold)
    for s in sentences:
        assert gold[s["id"]].text == s["text"]
        assert gold[s["id"]].url == s["url"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"stances": [{"actor": "XXX", "issue": "ceasefire"}]}, "'stances[0].actor': 'XXX'"),
        ({"stances": [{"actor": "RUS", "issue": "nope"}]}, "'stances[0].issue': 'nope'"),
        (
            {"stances": [{"actor": "RUS", "issue": "ceasefire", "direction": "up"}]},
            "'stances[0].direction'",
        ),
        ({"date": "yesterday"}, "'date'"),
        ({"scenario": "no-such-scenario"}, "field 'scenario': 'no-such-scenario'"),
    ],
)
def test_a_bad_record_names_file_line_field_and_value(
    tmp_path: Path, change: dict, message: str
) -> None:
    path = write(tmp_path / "bad.jsonl", [record("a", "fine"), record("b", "bad") | change])
    with pytest.raises(DataError) as caught:
        load_evidence_gold(path)
    assert f"{path}, line 2: field " in str(caught.value)
    assert message in str(caught.value)


JSON_NOT_OBJECTS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4),
    max_leaves=8,
)


@settings(max_examples=40, deadline=None)
@given(value=JSON_NOT_OBJECTS)
def test_a_record_that_is_not_an_object_names_its_kind_and_value(
    tmp_path_factory: pytest.TempPathFactory, value: Any
) -> None:
    # session 20: a JSON list was "field '': Input should be a valid dictionary"
    path = write(tmp_path_factory.mktemp("gold") / "odd.jsonl", [record("a", "fine"), value])
    with pytest.raises(DataError) as caught:
        load_evidence_gold(path)
    message = str(caught.value)
    kind = {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )
    assert message.startswith(f"{path}, line 2: the record is a JSON {kind}, not an object")
    assert "field ''" not in message
    shown = repr(value)
    assert shown in message if len(shown) <= evidence_gold.SHOWN_VALUE_CHARS else "…" in message


REQUIRED_FIELDS = ("id", "scenario", "text", "url", "publisher", "date")


@settings(max_examples=30, deadline=None)
@given(missing=st.sampled_from(REQUIRED_FIELDS), text=st.text(min_size=200, max_size=400))
def test_a_missing_field_is_named_without_printing_the_record(
    tmp_path_factory: pytest.TempPathFactory, missing: str, text: str
) -> None:
    # session 20: the value printed was the whole record, sentence and all
    bad = record("b", text)
    del bad[missing]
    path = write(tmp_path_factory.mktemp("gold") / "short.jsonl", [record("a", "fine"), bad])
    with pytest.raises(DataError) as caught:
        load_evidence_gold(path)
    message = str(caught.value)
    assert message.startswith(f"{path}, line 2: field {missing!r}: ")
    who = "None" if missing == "id" else "'b'"
    assert message.endswith(f"required but missing (the record with id {who})")
    assert repr(text) not in message and len(message) < len(str(path)) + 200


@settings(max_examples=30, deadline=None)
@given(value=st.text(max_size=500).map(lambda tail: f"not a date: {tail}"))
def test_a_refused_value_is_shortened_when_long(
    tmp_path_factory: pytest.TempPathFactory, value: str
) -> None:
    path = write(
        tmp_path_factory.mktemp("gold") / "long.jsonl",
        [record("a", "fine"), record("b", "x") | {"date": value}],
    )
    with pytest.raises(DataError) as caught:
        load_evidence_gold(path)
    message = str(caught.value)
    assert message.startswith(f"{path}, line 2: field 'date': ")
    if len(repr(value)) <= evidence_gold.SHOWN_VALUE_CHARS:
        assert f"(value {value!r})" in message
    else:
        assert repr(value) not in message
        assert f"({len(repr(value))} characters)" in message


def test_duplicate_ids_and_broken_lines_are_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="'a' appears twice"):
        load_evidence_gold(write(tmp_path / "d.jsonl", [record("a", "x"), record("a", "y")]))
    broken = tmp_path / "b.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 1: not a JSON object"):
        load_evidence_gold(broken)


def test_cli_evaluate_prints_json_and_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    text = "Russia rejected European peacekeepers in Ukraine."
    path = write(tmp_path / "gold.jsonl", [record("a", text, [("RUS", "peacekeeping", "low")])])
    done = runner.invoke(app, ["evidence", "evaluate", str(path), "--json", "--coder", "rules"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    assert data["coder"] == "rules"
    assert data["overall"]["precision"] == 1.0 and data["overall"]["recall"] == 1.0
    table = runner.invoke(app, ["evidence", "evaluate", str(path), "--errors"])
    assert table.exit_code == 0 and "overall" in table.stdout
    bad = write(tmp_path / "bad.jsonl", [record("a", "x") | {"scenario": 3}])
    failed = runner.invoke(app, ["evidence", "evaluate", str(bad)])
    assert failed.exit_code == 2
    assert "bad.jsonl, line 1" in failed.output and "Traceback" not in failed.output


def test_agreement_is_cohens_kappa_of_the_two_annotators() -> None:
    def labelled(rid: str, a: str | None, b: str | None) -> evidence_gold.GoldSentence:
        return evidence_gold.GoldSentence.model_validate(
            record(rid, "text")
            | {
                "annotations": {
                    "A": {"actor": a, "issue": a and "ceasefire", "direction": a and "high"},
                    "B": {"actor": b, "issue": b and "ceasefire", "direction": b and "high"},
                }
            }
        )

    # 4 sentences: agree twice on USA, once on no stance, differ once (USA / none)
    records = [
        labelled("1", "USA", "USA"),
        labelled("2", "USA", "USA"),
        labelled("3", None, None),
        labelled("4", "USA", None),
    ]
    actor = next(a for a in annotator_agreement(records) if a.field == "actor")
    # p_o = 3/4; p_e = (3/4)(2/4) + (1/4)(2/4) = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2
    assert (actor.n, actor.percent, actor.kappa) == (4, 0.75, 0.5)


def test_the_shipped_gold_reports_the_agreement_of_its_annotators() -> None:
    figures = {a.field: a for a in annotator_agreement(load_evidence_gold(GOLD)[0])}
    assert set(figures) == {"actor", "issue", "direction", "stance"}
    for a in figures.values():
        assert a.n == 195 and 0.5 < a.percent < 1 and 0.4 < a.kappa < 1


def test_the_gold_carries_both_annotators_files_unchanged() -> None:
    gold = {r.id: r for r in load_evidence_gold(GOLD)[0]}
    for name in ("A", "B"):
        path = DATA / "news" / f"evidence-labels-{name}.jsonl"
        for line in path.read_text("utf-8").splitlines():
            label = json.loads(line)
            kept = gold[label["id"]].annotations[name]
            assert (kept.actor, kept.issue, kept.direction) == (
                label["actor"],
                label["issue"],
                label["direction"],
            )
