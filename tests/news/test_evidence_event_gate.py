"""The event gate of the evidence finder (session 17, s17-evgate): a finding is dropped when the
event its holder is the source of in its sentence has a calibrated confidence below the
cut-off; a finding with no such event passes. ``--min-confidence`` of ``accord evidence`` and
(session 18) ``accord update``."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import accord.news.ingest as ingest_module
from accord.cli import app
from accord.news.evidence import event_gate, holder_confidence
from accord.news.types import ActorRef, Document, Event, StanceEvidence
from accord.scenario.model import Scenario
from tests.helpers import ROOT
from tests.news.test_evidence import small

runner = CliRunner()
GOLD = ROOT / "tests" / "data" / "news" / "evidence-heldout-s10.jsonl"
CODES = {"France": "FRA", "Russia": "RUS"}


def item(actor: str, quote: str = "q") -> StanceEvidence:
    return StanceEvidence(actor, "guarantees", 1.0, 0.8, quote, document_id="d1")


def event(code: str, confidence: float) -> Event:
    return Event("CONSULT", (ActorRef(code),), (), confidence=confidence)


def test_holder_confidence_is_the_best_event_of_the_holder() -> None:
    events = [event("FRA", 0.4), event("RUS", 0.95), event("FRA", 0.7)]
    assert holder_confidence(item("France"), events, small()) == 0.7  # by country, not RUS's
    assert holder_confidence(item("Russia"), events, small()) == 0.95
    assert holder_confidence(item("EU"), events, small()) is None  # no event of its holder


confidences = st.lists(
    st.tuples(st.sampled_from(["FRA", "RUS"]), st.floats(0, 1)), min_size=0, max_size=4
)


@given(confidences, st.floats(0, 1), st.floats(0, 1))
def test_a_finding_falls_only_when_every_event_of_its_holder_is_below_the_cut(
    coded: list[tuple[str, float]], low: float, high: float
) -> None:
    low, high = sorted((low, high))
    events = [event(code, p) for code, p in coded]
    found = [item("France", "a"), item("Russia", "b"), item("EU", "c")]

    def gate(least: float) -> list[StanceEvidence]:
        return event_gate(found, lambda _: events, small(), least)

    for e in found:
        mine = [p for code, p in coded if code == CODES.get(e.actor)]
        assert (e in gate(high)) == (not mine or any(p >= high for p in mine))
    assert set(gate(high)) <= set(gate(low))  # a higher cut-off keeps a subset
    assert gate(0.0) == found


class HolderCoder:
    """Each sentence's event has the country that opens it as source: 0.9 when the sentence
    insists, 0.2 otherwise; a sentence opening with "The" codes none."""

    def __call__(self, doc: Document) -> Sequence[Event]:
        out = []
        for sentence in re.split(r"(?<=[.])\s+", doc.text):
            first = sentence.split()[0]
            if first in CODES:
                p = 0.9 if "insisted" in sentence else 0.2
                refs = (ActorRef(CODES[first]),)
                out.append(Event("CONSULT", refs, (), sentence=sentence, confidence=p))
        return out


@pytest.fixture
def gated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """The toy scenario's file and a store whose France event is sure (0.9), Russia's unsure
    (0.2), and the EU's finding has no event."""
    monkeypatch.setattr(ingest_module, "default_coder", HolderCoder)
    text = (
        "France insisted on security guarantees. Russia rejected security guarantees. "
        "The European Union stressed security guarantees."
    )
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"text": text, "date": "2025-02-24"}) + "\n")
    scenario = tmp_path / "toy.json"
    scenario.write_text(small().model_dump_json())
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert runner.invoke(app, ["ingest", str(source), "--db", url]).exit_code == 0
    return scenario, url


def test_evidence_listing_drops_findings_of_unsure_holder_events(gated: tuple[Path, str]) -> None:
    scenario, url = gated

    def listed(*extra: str) -> list[str]:
        result = runner.invoke(app, ["evidence", str(scenario), "--db", url, "--json", *extra])
        assert result.exit_code == 0, result.output
        return sorted(e["actor"] for e in json.loads(result.stdout))

    assert listed() == ["EU", "France", "Russia"]
    assert listed("--min-confidence", "0.5") == ["EU", "France"]  # Russia's event: 0.2
    assert listed("--min-confidence", "0.95") == ["EU"]  # no event of the EU: it passes


def test_update_proposes_from_the_findings_the_cut_off_keeps(
    gated: tuple[Path, str], tmp_path: Path
) -> None:
    """``accord update --min-confidence`` proposes from the findings ``accord evidence`` keeps."""
    scenario, url = gated
    before = {(s.actor, s.issue): s for s in small().stances}
    written = tmp_path / "new.json"

    def moved(*extra: str) -> list[str]:
        args = ["update", str(scenario), "--db", url, "--out", str(written), "--force", *extra]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        after = Scenario.model_validate_json(written.read_text())
        return sorted(s.actor for s in after.stances if s != before[s.actor, s.issue])

    assert moved() == ["France", "Russia"]
    assert moved("--min-confidence", "0.5") == ["France"]  # Russia's event: 0.2
    assert moved("--min-confidence", "0.95") == []  # the EU's finding passes, but has no stance


def test_evaluate_with_a_cut_off_keeps_a_subset() -> None:
    def overall(*extra: str) -> dict[str, int]:
        args = ["evidence", "evaluate", str(GOLD), "--coder", "rules", "--json", *extra]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        return dict(json.loads(result.stdout)["overall"])

    plain = overall()
    none, every = overall("--min-confidence", "0"), overall("--min-confidence", "1")
    assert none == plain
    assert every["predicted"] < plain["predicted"] and every["correct"] <= plain["correct"]


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan"])
def test_min_confidence_out_of_range_is_a_clear_error(tmp_path: Path, value: str) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    commands = (
        ["evidence", "toy", "--db", url],
        ["evidence", "evaluate", str(GOLD)],
        ["update", "toy", "--db", url],
    )
    for command in commands:
        result = runner.invoke(app, [*command, "--min-confidence", value])
        assert result.exit_code == 2
        assert "--min-confidence: expected a probability between 0 and 1" in result.output
