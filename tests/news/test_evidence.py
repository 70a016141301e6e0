"""Stance evidence from news and the conservative scenario update."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordError
from accord.news.evidence import extract_evidence, map_actor
from accord.news.types import ActorRef, Document, StanceEvidence
from accord.news.update import MAX_STEP, diff_lines, propose
from accord.scenario.catalogue import resolve
from accord.scenario.io import load
from accord.scenario.model import Scenario

FEB_2025 = dt.date(2025, 2, 25)


def small() -> Scenario:
    return Scenario.model_validate(
        {
            "id": "toy",
            "title": "Toy",
            "actors": [
                {"id": "France", "name": "France", "country": "FRA", "capability": 1},
                {"id": "Russia", "name": "Russia", "country": "RUS", "capability": 1},
                {
                    "id": "EU",
                    "name": "European Union",
                    "kind": "international organisation",
                    "capability": 1,
                },
            ],
            "issues": [
                {
                    "id": "guarantees",
                    "title": "Security guarantees",
                    "keywords": ["security guarantees", "guarantees"],
                    "scale": {
                        "low": 0,
                        "high": 100,
                        "low_label": "none",
                        "high_label": "collective defence",
                    },
                },
            ],
            "stances": [
                {"actor": "France", "issue": "guarantees", "position": 80, "salience": 0.6},
                {"actor": "Russia", "issue": "guarantees", "position": 40, "salience": 0.9},
            ],
        }
    )


def doc(text: str) -> Document:
    return Document("d1", "A test article", text, FEB_2025, "Test Wire", "https://example.org/a")


def test_stance_sentence_becomes_evidence() -> None:
    text = (
        "Macron met reporters in Paris. He stressed that any agreement must include "
        "security guarantees for Ukraine. The Kremlin rejected security guarantees."
    )
    found = extract_evidence(doc(text), small())
    by_actor = {(e.actor, e.direction) for e in found}
    assert ("France", 1.0) in by_actor  # via the pronoun "He" -> Macron -> FRA
    assert ("Russia", -1.0) in by_actor  # the Kremlin -> RUS government
    for item in found:
        assert item.issue == "guarantees" and 0 < item.strength <= 1
        assert item.quote in text and item.document_id == "d1" and item.date == FEB_2025


def test_no_cue_or_no_issue_gives_no_evidence() -> None:
    assert extract_evidence(doc("Macron spoke about security guarantees."), small()) == []
    assert extract_evidence(doc("Macron insisted on lower tariffs."), small()) == []


def test_negation_flips_direction() -> None:
    found = extract_evidence(doc("France did not call for security guarantees."), small())
    assert [e.direction for e in found] == [-1.0]


@given(
    st.one_of(st.text(max_size=30), st.none(), st.integers(), st.dictionaries(st.text(), st.text()))
)
@settings(max_examples=30, deadline=None)
def test_a_wrong_argument_is_named_not_an_attribute_error(wrong: object) -> None:
    """Text, None or a dict where a Document or a Scenario is expected: the library's error,
    naming the argument and the type given (it was a bare AttributeError)."""
    with pytest.raises(AccordError, match=rf"^doc: give a Document.*got {type(wrong).__name__}"):
        extract_evidence(wrong, small())  # type: ignore[arg-type]
    with pytest.raises(AccordError, match=rf"^scenario: give a Scenario.*{type(wrong).__name__}"):
        extract_evidence(doc("France called for security guarantees."), wrong)  # type: ignore[arg-type]


def test_map_actor_by_id_country_and_name() -> None:
    scenario = small()
    assert [a.id for a in map_actor(ActorRef("FRA"), scenario)] == ["France"]
    assert [a.id for a in map_actor(ActorRef("EU"), scenario)] == ["EU"]
    assert map_actor(ActorRef("CHN"), scenario) == []


def test_update_moves_a_disagreeing_position_a_little() -> None:
    scenario = small()
    items = [
        StanceEvidence(
            "Russia",
            "guarantees",
            1.0,
            0.9,
            "Russia backed guarantees.",
            "d1",
            "Test Wire",
            FEB_2025,
        ),
    ]
    proposal = propose(scenario, items, [doc("Russia backed guarantees.")])
    [change] = proposal.changes
    assert change.field == "position" and change.old == 40 and 40 < change.new <= 50
    stance = proposal.scenario.stance("Russia", "guarantees")
    assert stance is not None and stance.evidence[-1].text.startswith('"Russia backed')
    assert any(s.id == "news-d1" and s.publisher == "Test Wire" for s in proposal.scenario.sources)
    assert scenario.stance("Russia", "guarantees").position == 40  # type: ignore[union-attr]
    assert any("Russia / guarantees: position 40 ->" in line for line in diff_lines(proposal))


def test_update_raises_salience_when_evidence_agrees() -> None:
    items = [StanceEvidence("France", "guarantees", 1.0, 0.8, "France insisted.", "d1")]
    [change] = propose(small(), items).changes
    assert change.field == "salience" and change.new > change.old


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([-1.0, 1.0]), st.floats(0.05, 1.0)), min_size=1, max_size=12)
)
def test_update_is_bounded(items: list[tuple[float, float]]) -> None:
    scenario = small()
    evidence = [
        StanceEvidence("Russia", "guarantees", d, s, f"quote {i}", f"doc{i}")
        for i, (d, s) in enumerate(items)
    ]
    proposal = propose(scenario, evidence)
    new = proposal.scenario.stance("Russia", "guarantees")
    assert new is not None
    assert abs(new.position - 40) <= MAX_STEP * 100 + 1e-9
    assert 0 <= new.salience <= 1
    assert new.salience - 0.9 <= MAX_STEP + 1e-9


def test_seed_article_proposes_changes_to_ukraine(shared: Path, tmp_path: Path) -> None:
    text = next((shared / "seed").glob("*.txt")).read_text(encoding="utf-8")
    seed = Document("seed", "Trump and Macron on a ceasefire", text, FEB_2025, "Daljoog News")
    scenario = resolve("ukraine-2025-02")
    found = extract_evidence(seed, scenario)
    keys = {(e.actor, e.issue, e.direction) for e in found}
    assert ("FRA", "security_guarantees", 1.0) in keys  # "He stressed ... security guarantees"
    assert ("FRA", "peacekeeping", 1.0) in keys  # "He proposed ... a peacekeeping force"
    assert ("USA", "ceasefire", 1.0) in keys  # the proposal "calls for a swift end to the war"
    # the seed is the scenario's own source `seed`, known by its text's fingerprint whatever
    # its title (session 28): its findings are skipped unless counted on purpose
    skipped = propose(scenario, found, [seed])
    assert skipped.changes == [] and {e.already_source for e in skipped.skipped} == {"seed"}
    proposal = propose(scenario, found, [seed], include_sources=True)
    assert proposal.changes
    for change in proposal.changes:
        stance = proposal.scenario.stance(change.actor, change.issue)
        assert stance is not None and any(ev.source == "news-seed" for ev in stance.evidence)
    out = tmp_path / "new.yaml"
    out.write_text(
        __import__("accord.scenario.io", fromlist=["dumps"]).dumps(proposal.scenario, "yaml")
    )
    assert load(out).id == "ukraine-2025-02"


def test_cli_evidence_and_update(shared: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "news.db")
    # the seed article carries no date of its own, so ingest dates it by its file's mtime: give
    # the copy the article's publication date (25 Feb 2025), not the day the tests run, which
    # lies after the bundled scenario's horizons
    seed_dir = tmp_path / "seed"
    seed_dir.mkdir()
    for path in (shared / "seed").glob("*.txt"):
        copy = seed_dir / path.name
        copy.write_bytes(path.read_bytes())
        published = dt.datetime(2025, 2, 25, 12, tzinfo=dt.UTC).timestamp()
        os.utime(copy, (published, published))
    ingest = runner.invoke(app, ["ingest", str(seed_dir), "--db", db])
    assert ingest.exit_code == 0, ingest.output
    listed = runner.invoke(app, ["evidence", "ukraine-2025-02", "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    assert '"issue": "security_guarantees"' in listed.output
    out = tmp_path / "ukraine-new.yaml"
    # the seed is the scenario's source `seed` (its file name): counted only when asked
    # (session 27; tests/news/test_scenario_sources.py has the default)
    update = ["update", "ukraine-2025-02", "--db", db, "--out", str(out), "--include-sources"]
    updated = runner.invoke(app, update)
    assert updated.exit_code == 0, updated.output
    assert "->" in updated.output and out.exists()
    revised = load(out)
    assert any(s.id.startswith("news-") for s in revised.sources)
    bad = runner.invoke(
        app, ["update", "ukraine-2025-02", "--db", db, "--out", str(tmp_path / "x.txt")]
    )
    assert bad.exit_code == 2 and "x.txt" in bad.output
    listing = runner.invoke(app, ["events", "--db", db, "--type", "CONSULT"])
    assert listing.exit_code == 0 and "CONSULT" in listing.output


def test_update_of_an_updated_scenario_does_not_count_the_same_evidence_twice() -> None:
    items = [StanceEvidence("France", "guarantees", 1.0, 0.8, "France insisted.", "d1")]
    first = propose(small(), items)
    assert len(first.changes) == 1
    assert small().version is None and first.scenario.version == 2  # a revision is numbered
    again = propose(first.scenario, items)
    assert again.changes == []
    assert again.scenario == first.scenario
    # a new article on the same pair still counts
    more = [*items, StanceEvidence("France", "guarantees", 1.0, 0.8, "France repeated it.", "d2")]
    [change] = propose(first.scenario, more).changes
    assert [i.document_id for i in change.evidence] == ["d2"]
