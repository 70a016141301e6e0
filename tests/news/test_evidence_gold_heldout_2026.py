"""The held-out evidence gold of 2026 (issue 14, item 6): checked, never scored here.

``tests/data/news/evidence-heldout-2026.jsonl`` holds sentences quoted as published from cited
reports, labelled by two annotators working independently (A built the set, B saw only the
sentence file) and adjudicated by a third engineer where their stances differ
(docs/validation-events.md, "Evidence (item 6)"). It was held out until the lead scored it once at
the end of session 4; it is development data since (session 5), used by the selection of the
default evidence rules (``test_evidence_default_choice.py``). These tests
check only the file itself: that it loads with the gold reader, that it is disjoint from the
development gold, that each disagreement carries the adjudicator's decision, and that the
agreement reported in the docs is what the file gives. Nothing here extracts evidence from it,
and the last test lists the modules that may name or glob it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from accord.news.evidence_gold import GoldSentence, annotator_agreement, load_evidence_gold
from tests.helpers import DATA, ROOT

HELDOUT = DATA / "news" / "evidence-heldout-2026.jsonl"
DEVELOPMENT = DATA / "news" / "evidence-gold.jsonl"
Key = tuple[str, str, str | None]
# Agreement of annotators A and B on their first labels (n, share equal, Cohen's kappa), and the
# number of sentences whose stance sets differ (sent to the adjudicator), as docs report them.
REPORTED = {
    "actor": (87, 0.782, 0.728),
    "issue": (87, 0.782, 0.733),
    "direction": (87, 0.793, 0.687),
    "stance": (87, 0.805, 0.571),
}
DISAGREEMENTS = 25


@pytest.fixture(scope="module")
def records() -> list[GoldSentence]:
    return load_evidence_gold(HELDOUT)[0]


def stance_set(label: object) -> set[Key]:
    """The stances one annotator gave a sentence: the first label and its ``also`` list."""
    keys: set[Key] = set()
    actor = getattr(label, "actor", None)
    if actor is not None:
        keys.add((actor, getattr(label, "issue", ""), getattr(label, "direction", None)))
    for extra in getattr(label, "also", None) or []:
        if extra.get("actor") is not None:
            keys.add((extra["actor"], extra["issue"], extra.get("direction")))
    return keys


def test_the_heldout_gold_loads_with_the_gold_reader_and_is_cited(
    records: list[GoldSentence],
) -> None:
    assert len(records) >= 60
    by_scenario = Counter(r.scenario for r in records)
    assert set(by_scenario) == {"ukraine-2025-02", "doha-2020-02", "minsk-2015-02"}
    assert by_scenario["ukraine-2025-02"] >= 0.4 * len(records)
    assert min(by_scenario["doha-2020-02"], by_scenario["minsk-2015-02"]) >= 0.2 * len(records)
    no_stance = sum(not r.stances for r in records)
    assert 0.2 * len(records) <= no_stance <= 0.6 * len(records)  # a mix, as in real text
    for r in records:
        assert r.id.startswith("EVH-") and r.url.startswith("http") and r.publisher
        assert r.date_basis in {
            "stated on the page or in its URL",
            "inferred from the events the report describes (page undated)",
        }
        assert len(r.text.split()) >= 5


def test_each_sentence_is_dated_within_its_scenarios_period(records: list[GoldSentence]) -> None:
    _, scenarios = load_evidence_gold(HELDOUT)
    for r in records:
        as_of = scenarios[r.scenario].as_of
        assert as_of is not None
        assert dt.timedelta(days=-45) <= r.date - as_of <= dt.timedelta(days=30), r.id


def test_the_heldout_gold_shares_no_sentence_and_no_report_with_the_development_gold(
    records: list[GoldSentence],
) -> None:
    development = load_evidence_gold(DEVELOPMENT)[0]
    assert not {r.text for r in records} & {d.text for d in development}
    assert not {r.url.rstrip("/") for r in records} & {d.url.rstrip("/") for d in development}
    assert not {r.id for r in records} & {d.id for d in development}


def test_both_annotators_labelled_every_sentence_and_each_disagreement_is_adjudicated(
    records: list[GoldSentence],
) -> None:
    disagreements = 0
    for r in records:
        assert {"A", "B"} <= set(r.annotations), r.id
        a, b = (stance_set(r.annotations[name]) for name in ("A", "B"))
        final = {(s.actor, s.issue, s.direction) for s in r.stances}
        if a == b:
            assert final == a, r.id  # agreed: the gold is what both gave
            assert r.adjudication is None, r.id
        else:
            disagreements += 1
            assert r.adjudication and r.adjudication.startswith("follows "), r.id
            if r.adjudication.startswith("follows A"):
                assert final == a, r.id
            elif r.adjudication.startswith("follows B"):
                assert final == b, r.id
    assert disagreements == DISAGREEMENTS


def test_the_agreement_reported_in_the_docs_is_what_the_file_gives(
    records: list[GoldSentence],
) -> None:
    """Cohen's kappa per field on each annotator's first label (as for the development gold),
    recomputed from the annotations the file carries; the figures are the table of
    docs/validation-events.md, "Evidence held-out gold 2026"."""
    figures = {a.field: (a.n, a.percent, a.kappa) for a in annotator_agreement(records)}
    assert figures == REPORTED
    docs = (ROOT / "docs" / "validation-events.md").read_text(encoding="utf-8")
    for name, (_, percent, kappa) in REPORTED.items():
        assert re.search(rf"\| {name}[^|]* \| {percent:.3f} \| {kappa:.3f} \|", docs), name


def test_only_the_listed_modules_name_or_glob_the_former_heldout_file() -> None:
    """Until its one scoring (session 4, 2026-12-02 20:27 UTC) only this test read it; since
    then it is development data (session 5), and the modules that use it as such are listed
    here, so that nothing else scores it by accident (a glob over ``evidence-*`` would)."""
    allowed = {"test_evidence_gold_heldout_2026.py", "test_evidence_default_choice.py"}
    offenders = []
    for folder in ("src", "tests", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name in allowed:
                continue
            text = path.read_text(encoding="utf-8")
            if "evidence-heldout" in text or re.search(r"glob\([^)]*evidence", text):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
