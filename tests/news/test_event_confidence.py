"""The calibrated event confidence (session 16, s16-confidence) and ``--min-confidence``.

The sentences are written for these tests (none is from a gold file)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import accord.news.event_confidence as event_confidence
import accord.news.ingest as ingest_module
from accord import __version__
from accord.cli import app
from accord.news.coders import RulesCoder, nlp_available
from accord.news.coding import code_document, code_sentence
from accord.news.event_confidence import (
    FEATURES,
    Examples,
    bundled_entries,
    calibrate,
    event_features,
    feature_rows,
    load_models,
    model_entry,
    out_of_file,
    raw_coder,
)
from accord.news.export import export_rows
from accord.news.ingest import coder_name, ingest_documents
from accord.news.readers import make_document
from accord.news.store import Store
from accord.news.types import PLOVER_TYPES, ActorRef, Document, Event

runner = CliRunner()
FRA, DEU, UKR = (ActorRef(c, "GOV") for c in ("FRA", "DEU", "UKR"))
SENTENCE = "France agreed with Germany on new sanctions against Russia on Monday."


def event(kind: str = "AGREE", confidence: float = 0.75, sentence: str = SENTENCE) -> Event:
    return Event(kind, (FRA,), (DEU,), trigger="agreed", sentence=sentence, confidence=confidence)


def synthetic(seed: int, n: int = 240, files: int = 4) -> Examples:
    """Events whose rightness follows the raw number: a model can learn it."""
    rng = np.random.default_rng(seed)
    x = np.zeros((n, len(FEATURES)))
    x[:, 0] = rng.uniform(0.0, 1.0, n)
    x[:, 1 + rng.integers(0, len(PLOVER_TYPES), n)] = 1.0
    right = rng.uniform(0.0, 1.0, n) < x[:, 0]
    names = [f"file{k % files}" for k in range(n)]
    return Examples(x, right, right & (rng.uniform(0.0, 1.0, n) < 0.8), names, n)


def test_fit_is_reproducible() -> None:
    ex = synthetic(1)
    first, second = model_entry(ex, None), model_entry(ex, None)
    assert first == second
    assert first["features"] == list(FEATURES)
    assert model_entry(synthetic(2), None) != first  # other data, another fit
    assert "learned_first" not in first  # the rules coder has no such switch
    for switch in (True, False):
        assert model_entry(ex, "head", switch)["learned_first"] is switch


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
def test_the_rebuild_codes_with_the_rules_the_nlp_model_was_fitted_with() -> None:
    """The rebuild command fits on ``raw_coder("nlp")``'s events: that coder has the
    ``learned_first`` and the type head the bundled nlp model records, else the command would
    not give the bundled model back (s18-recal)."""
    code, _, head = raw_coder("nlp")
    entry = bundled_entries()["nlp"]
    assert code.__self__.rules.learned_first is entry["learned_first"]
    assert head == entry["head"]


def test_out_of_file_beats_the_constant_on_a_learnable_signal() -> None:
    report = out_of_file(synthetic(3, n=400))
    assert report["binding_folds"] == 4
    assert report["passes"] and report["beaten_in"] == 4
    pooled = report["pooled"]
    assert pooled["calibrated"]["brier"] < pooled["constant"]["brier"]
    kept = [row["kept"] for row in report["coverage"]["calibrated"]]
    assert kept == sorted(kept, reverse=True)  # a higher cut-off keeps no more events
    assert sum(b["events"] for b in report["reliability"]["calibrated"]) == 400


def test_out_of_file_fails_without_signal() -> None:
    """Rightness drawn independently of every feature: the constant is as good or better in
    at least one file, so the rule of every fold says no."""
    ex = synthetic(4, n=200, files=5)
    ex.right = np.random.default_rng(5).uniform(0.0, 1.0, 200) < 0.5
    assert not out_of_file(ex)["passes"]


def test_bundled_models_use_the_features() -> None:
    models = load_models()
    assert set(models) == {"rules", "nlp"}
    for found in models.values():
        assert len(found.model.coef) == len(FEATURES)


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(PLOVER_TYPES),
    raw=st.floats(0.0, 1.0),
    step=st.floats(0.0, 1.0),
    events=st.integers(1, 6),
    rank=st.integers(0, 5),
    agree=st.booleans(),
)
def test_probabilities_are_probabilities_and_monotone_in_the_raw_score(
    kind: str, raw: float, step: float, events: int, rank: int, agree: bool
) -> None:
    """In [0, 1], and never lower for a higher raw number with everything else the same."""
    rules = [event(kind)] if agree else []
    for found in load_models().values():
        low = found.model.probability(event_features(event(kind, raw), events, rank, rules))
        high_raw = min(1.0, raw + step)
        high = found.model.probability(event_features(event(kind, high_raw), events, rank, rules))
        assert 0.0 <= low <= 1.0
        assert high >= low


def test_feature_rows_count_events_and_ranks_per_sentence() -> None:
    other = "Ukraine rejected the proposal."
    events = [event(), event("CONSULT"), event("REJECT", sentence=other)]
    rows = feature_rows(events)
    at = FEATURES.index
    assert [r[at("events")] for r in rows] == [2.0, 2.0, 1.0]
    assert [r[at("rank")] for r in rows] == [0.0, 1.0, 0.0]
    assert rows[2][at("type_REJECT")] == 1.0 and rows[2][at("raw")] == 0.75
    calls: list[str] = []

    def rules(text: str) -> list[Event]:
        calls.append(text)
        return [event("AGREE")]

    agreed = feature_rows(events, rules)
    assert calls == [SENTENCE, other]  # once per sentence
    assert [r[at("agree_type")] for r in agreed] == [1.0, 0.0, 0.0]
    assert [r[at("agree_actors")] for r in agreed] == [1.0, 0.0, 0.0]


def test_calibration_changes_the_confidence_only() -> None:
    text = "France agreed with Germany on new sanctions. Ukraine rejected the Russian proposal."
    doc = Document(id="d", title="", text=text, date=dt.date(2025, 2, 24))
    calibrated = code_document(doc)
    raw = [
        e
        for start, stop in ((0, 44), (45, len(text)))
        for e in code_sentence(text[start:stop], doc.date, "d", start)
    ]
    assert calibrated and len(calibrated) == len(raw)
    assert [replace(e, confidence=0.0) for e in calibrated] == [
        replace(e, confidence=0.0) for e in raw
    ]
    assert [e.confidence for e in calibrated] != [e.confidence for e in raw]
    assert all(0.0 <= e.confidence <= 1.0 for e in calibrated)
    sentence = RulesCoder().code_sentence(text[:44], doc.date)
    assert [replace(e, confidence=0.0) for e in sentence] == [
        replace(e, confidence=0.0) for e in code_sentence(text[:44], doc.date)
    ]


def test_another_head_or_coder_keeps_the_raw_number() -> None:
    events = [event(confidence=0.42)]
    assert calibrate(events, "nlp", None, "not-the-fitted-head") == events
    assert calibrate(events, "no-such-coder") == events
    assert calibrate(events, "rules")[0].confidence != 0.42


class SureCoder:
    """ "met" events at confidence 0.9, "rejected" ones at 0.3."""

    def __call__(self, doc: Document) -> Sequence[Event]:
        out = []
        for sentence in re.split(r"(?<=[.])\s+", doc.text):
            kind, p = ("CONSULT", 0.9) if " met " in sentence else ("REJECT", 0.3)
            out.append(Event(kind, (FRA,), (UKR,), sentence=sentence, confidence=p))
        return out


def test_min_confidence_filters_listing_exports_and_timeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "default_coder", SureCoder)
    source = tmp_path / "a.jsonl"
    text = "France met Ukraine in Kyiv. France rejected Ukraine's offer."
    source.write_text(json.dumps({"text": text, "date": "2025-02-24"}) + "\n")
    url = f"sqlite:///{tmp_path / 'n.db'}"
    assert runner.invoke(app, ["ingest", str(source), "--db", url]).exit_code == 0

    def listed(*extra: str) -> list[str]:
        result = runner.invoke(app, ["events", "--db", url, "--json", *extra])
        assert result.exit_code == 0, result.output
        return [e["event"] for e in json.loads(result.stdout)]

    assert sorted(listed()) == ["CONSULT", "REJECT"]
    assert listed("--min-confidence", "0.5") == ["CONSULT"]
    assert sorted(listed("--min-confidence", "0.3")) == ["CONSULT", "REJECT"]  # at least P
    assert listed("--min-confidence", "0.95") == []
    csv = runner.invoke(app, ["events", "--db", url, "--format", "csv", "--min-confidence", "0.5"])
    assert csv.exit_code == 0 and len(csv.stdout.strip().splitlines()) == 2  # header + 1
    timeline = runner.invoke(
        app, ["timeline", "FRA", "--db", url, "--json", "--min-confidence", "0.5"]
    )
    assert timeline.exit_code == 0
    assert [row["type"] for row in json.loads(timeline.stdout)] == ["CONSULT"]


@settings(max_examples=25, deadline=None)
@given(
    confidences=st.lists(st.floats(0.0, 1.0), min_size=1, max_size=len(PLOVER_TYPES)),
    least=st.floats(0.0, 1.0),
)
def test_the_store_keeps_the_events_at_least_as_confident(
    confidences: list[float], least: float
) -> None:
    # One library filter serves the CLI, the HTTP API and the news page (session 17).
    doc = make_document("France met Ukraine.", title="t", date=dt.date(2025, 2, 24))
    events = [
        Event(kind, (FRA,), (UKR,), sentence="France met Ukraine.", confidence=p)
        for kind, p in zip(PLOVER_TYPES, confidences, strict=False)
    ]
    with Store("sqlite://") as store:
        store.add_document(doc, events)
        every = store.events()
        kept = store.events(min_confidence=least)
    assert len(every) == len(events)
    assert kept == [ev for ev in every if ev.confidence >= least]
    assert sorted(ev.event_type for ev in kept) == sorted(
        e.event_type for e in events if e.confidence >= least
    )


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan"])
def test_min_confidence_out_of_range_is_a_clear_error(tmp_path: Path, value: str) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    for command in (["events"], ["timeline", "FRA"]):
        result = runner.invoke(app, [*command, "--db", url, "--min-confidence", value])
        assert result.exit_code == 2
        assert "--min-confidence: expected a probability between 0 and 1" in result.output


# -- the recorded coder version names the calibration (session 17) ----------------------------
class SeamCoder:
    """A coder of the seam with a given name and version that codes nothing."""

    def __init__(self, name: str, version: str) -> None:
        self.name, self.version = name, version

    def __call__(self, doc: Document) -> list[Event]:
        return []


def _with_model(coder: str, **changed: object) -> dict[str, dict[str, object]]:
    entries = {name: dict(entry) for name, entry in event_confidence.bundled_entries().items()}
    entries[coder] = {**entries.get(coder, entries["rules"]), **changed}
    return entries


@settings(max_examples=30, deadline=None)
@given(position=st.integers(0, len(FEATURES) - 1), delta=st.floats(1e-6, 10.0))
def test_another_calibration_is_another_recorded_version(position: int, delta: float) -> None:
    bundled = coder_name(RulesCoder())
    assert bundled.startswith(f"rules {__version__}+conf-")
    coef = list(event_confidence.bundled_entries()["rules"]["coef"])
    coef[position] += delta
    refit, copied = _with_model("rules", coef=coef), _with_model("rules")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(event_confidence, "bundled_entries", lambda: refit)
        refitted = coder_name(RulesCoder())
        patch.setattr(event_confidence, "bundled_entries", lambda: copied)
        same = coder_name(RulesCoder())
        patch.setattr(event_confidence, "bundled_entries", dict)
        raw = coder_name(RulesCoder())
    assert refitted != bundled and refitted.startswith(f"rules {__version__}+conf-")
    assert same == bundled
    assert raw == f"rules {__version__}"  # no model: the raw number, as before session 16


def test_a_model_fitted_with_a_type_head_names_only_that_heads_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fitted = _with_model("nlp", head="a1")
    monkeypatch.setattr(event_confidence, "bundled_entries", lambda: fitted)
    assert coder_name(SeamCoder("nlp", "0.1.0+head-a1")).startswith("nlp 0.1.0+head-a1+conf-")
    assert coder_name(SeamCoder("nlp", "0.1.0+head-b2")) == "nlp 0.1.0+head-b2"
    assert coder_name(SeamCoder("mine", "2.0")) == "mine 2.0"  # accord calibrates no other


def test_a_store_coded_before_the_calibration_still_opens_and_exports(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    old = make_document(SENTENCE, title="old", date=dt.date(2025, 2, 24))
    new = make_document(SENTENCE + " Russia rejected it.", title="new", date=dt.date(2025, 2, 25))
    with Store(url) as store:
        # as a session-15 ingest recorded it: the version names no calibration
        store.add_document(replace(old, meta={"coder": f"rules {__version__}"}), code_document(old))
        report = ingest_documents([new], store, coder=RulesCoder())
    assert report.coder == coder_name(RulesCoder())
    with Store(url, create=False) as store:
        found = store.events()
        docs = {d: doc for ev in found for d in ev.document_ids if (doc := store.document(d))}
        versions = {
            row.event.document_ids[0]: row.coder_version for row in export_rows(found, docs)
        }
    assert versions[old.id] == __version__
    assert versions[new.id] == coder_name(RulesCoder()).removeprefix("rules ")
    assert versions[new.id] != versions[old.id]
