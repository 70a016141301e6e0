"""The held-out evidence gold sets (issue 14, item 6): checked, never scored here.

Each row of ``SETS`` is one ``tests/data/news/evidence-heldout-*.jsonl`` file: sentences quoted
as published from cited reports, labelled by two annotators working independently (A built the
set, B saw only the sentence file) and adjudicated by a third engineer where their stances
differ (docs/validation-events.md). A set is held out until the lead scores it once, at the end
of the session, and is development data after that. These tests check only the files
themselves: that each loads with the gold reader, is disjoint from the other gold, carries the
adjudicator's decision for each disagreement, and gives the agreement the docs report. Nothing
here extracts evidence from them, and the last test makes sure that no other module names the
set still held out or globs the gold folder.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from accord.news.evidence_gold import GoldSentence, annotator_agreement, load_evidence_gold
from tests.helpers import DATA, ROOT, validation_events_pages

DEVELOPMENT = DATA / "news" / "evidence-gold.jsonl"
Key = tuple[str, str, str | None]


FIELDS = ("actor", "issue", "direction", "stance")


class HeldOut(NamedTuple):
    """A held-out file, its id prefix, the agreement of annotators A and B on their first labels
    (the number of sentences, then share equal and Cohen's kappa for each of FIELDS) and the
    number of sentences whose stance sets differ (sent to the adjudicator), as
    docs/validation-events.md reports them."""

    name: str
    prefix: str
    n: int
    actor: tuple[float, float]
    issue: tuple[float, float]
    direction: tuple[float, float]
    stance: tuple[float, float]
    disagreements: int

    @property
    def path(self) -> Path:
        return DATA / "news" / f"evidence-heldout-{self.name}.jsonl"

    @property
    def reported(self) -> dict[str, tuple[int, float, float]]:
        """Per field: (n, share equal, kappa), as ``annotator_agreement`` gives them."""
        return {field: (self.n, *getattr(self, field)) for field in FIELDS}


# One row per held-out set, in the order they were built; a new set is one more row (and, until
# its one scoring, its name in STILL_HELD_OUT below).
# Session 31's set (EVH31) keeps 39 of 40: EVH31-013 held another gold sentence's first 60
# characters (a title), which heldout_build.write_gold refuses.
# Session 40's set (EVH40) keeps 39 of 40: EVH40-017 held the first 60 characters of a sentence
# of evidence-heldout-s9b.jsonl, which heldout_build.write_gold refuses.
# Session 44's set (EVH44) keeps 39 of 40: EVH44-010 held the same first 60 characters (EVH10-023's,
# Kallas's title), which heldout_build.write_gold refuses.
SETS = [
    HeldOut("2026", "EVH-", 87, (0.782, 0.728), (0.782, 0.733), (0.793, 0.687), (0.805, 0.571), 25),
    HeldOut("s5", "EVH2-", 64, (0.953, 0.945), (0.938, 0.927), (0.953, 0.916), (0.953, 0.859), 9),
    HeldOut("s5c", "EVH3-", 48, (0.917, 0.901), (0.917, 0.902), (0.875, 0.768), (0.938, 0.803), 8),
    HeldOut("s6", "EVH4-", 47, (0.979, 0.974), (0.957, 0.95), (0.936, 0.896), (0.979, 0.942), 6),
    HeldOut("s6b", "EVH5-", 47, (0.851, 0.817), (0.851, 0.822), (0.83, 0.713), (0.872, 0.707), 12),
    HeldOut("s7", "EVH6-", 54, (0.87, 0.846), (0.852, 0.826), (0.87, 0.787), (0.87, 0.677), 12),
    HeldOut("s8", "EVH7-", 34, (0.765, 0.724), (0.765, 0.726), (0.765, 0.641), (0.765, 0.349), 11),
    HeldOut("s8b", "EVH8-", 58, (0.828, 0.778), (0.862, 0.827), (0.845, 0.757), (0.862, 0.71), 14),
    HeldOut("s9", "EVH9-", 60, (0.933, 0.92), (0.95, 0.941), (0.95, 0.922), (0.95, 0.875), 12),
    HeldOut("s9b", "EVH10-", 60, (0.85, 0.813), (0.867, 0.829), (0.817, 0.71), (0.867, 0.718), 13),
    HeldOut("s10", "EVH11-", 60, (0.917, 0.897), (0.933, 0.923), (0.95, 0.921), (0.95, 0.875), 8),
    HeldOut("s11", "EVH12-", 60, (0.95, 0.941), (0.933, 0.924), (0.933, 0.894), (0.95, 0.87), 10),
    HeldOut("s12", "EVH13-", 40, (0.975, 0.97), (1.0, 1.0), (1.0, 1.0), (1.0, 1.0), 3),
    HeldOut("s13", "EVH14-", 40, (0.925, 0.912), (0.925, 0.914), (0.925, 0.87), (0.925, 0.793), 6),
    HeldOut("s14", "EVH15-", 40, (0.925, 0.91), (0.925, 0.912), (0.925, 0.873), (0.925, 0.817), 6),
    HeldOut("s15", "EVH16-", 40, (0.975, 0.971), (0.95, 0.94), (0.95, 0.921), (0.975, 0.935), 4),
    HeldOut("s17", "EVH17-", 40, (0.975, 0.97), (0.95, 0.942), (0.95, 0.923), (0.975, 0.939), 5),
    HeldOut(
        "s18", "EVH18-", 39, (0.795, 0.746), (0.821, 0.786), (0.795, 0.692), (0.821, 0.591), 10
    ),
    HeldOut("s19", "EVH19-", 40, (0.9, 0.877), (0.9, 0.88), (0.9, 0.843), (0.9, 0.773), 7),
    HeldOut("s20", "EVH20-", 40, (0.975, 0.971), (0.925, 0.914), (0.925, 0.876), (0.975, 0.935), 4),
    HeldOut("s21", "EVH21-", 40, (0.9, 0.881), (0.9, 0.883), (0.9, 0.847), (0.9, 0.773), 6),
    HeldOut("s22", "EVH22-", 40, (0.875, 0.847), (0.85, 0.823), (0.85, 0.736), (0.875, 0.714), 9),
    HeldOut("s23", "EVH23-", 40, (0.975, 0.97), (0.975, 0.971), (0.975, 0.96), (1.0, 1.0), 2),
    HeldOut("s24", "EVH24-", 40, (0.775, 0.728), (0.75, 0.7), (0.75, 0.615), (0.775, 0.538), 12),
    HeldOut("s25", "EVH25-", 40, (0.95, 0.941), (0.975, 0.97), (0.975, 0.96), (0.975, 0.931), 3),
    HeldOut("s26", "EVH26-", 40, (0.975, 0.971), (0.975, 0.972), (0.975, 0.96), (0.975, 0.925), 4),
    HeldOut("s27", "EVH27-", 40, (0.975, 0.969), (0.975, 0.972), (0.975, 0.96), (0.975, 0.918), 4),
    HeldOut("s28", "EVH28-", 40, (1.0, 1.0), (0.95, 0.943), (0.975, 0.959), (1.0, 1.0), 2),
    HeldOut("s29", "EVH29-", 40, (0.95, 0.941), (0.875, 0.857), (0.9, 0.833), (0.95, 0.857), 5),
    HeldOut("s30", "EVH30-", 40, (0.95, 0.94), (0.975, 0.969), (0.95, 0.92), (0.975, 0.931), 4),
    HeldOut("s31", "EVH31-", 39, (0.949, 0.937), (1.0, 1.0), (0.974, 0.96), (1.0, 1.0), 4),
    HeldOut("s32", "EVH32-", 40, (0.95, 0.941), (0.975, 0.971), (0.95, 0.92), (0.975, 0.935), 2),
    HeldOut("s33", "EVH33-", 40, (0.95, 0.94), (0.95, 0.943), (0.925, 0.879), (0.975, 0.931), 8),
    HeldOut("s34", "EVH34-", 40, (0.95, 0.941), (0.975, 0.971), (0.975, 0.958), (0.975, 0.935), 4),
    HeldOut("s35", "EVH35-", 40, (0.975, 0.971), (0.95, 0.943), (0.925, 0.869), (0.975, 0.925), 7),
    HeldOut("s36", "EVH36-", 40, (0.975, 0.97), (1.0, 1.0), (1.0, 1.0), (1.0, 1.0), 1),
    HeldOut("s37", "EVH37-", 40, (0.95, 0.942), (0.95, 0.942), (0.9, 0.834), (0.95, 0.844), 5),
    HeldOut("s38", "EVH38-", 40, (0.975, 0.971), (0.975, 0.97), (0.975, 0.96), (0.975, 0.931), 3),
    HeldOut("s39", "EVH39-", 40, (1.0, 1.0), (0.975, 0.971), (1.0, 1.0), (1.0, 1.0), 2),
    HeldOut("s40", "EVH40-", 39, (0.974, 0.97), (0.974, 0.971), (0.974, 0.952), (0.974, 0.925), 1),
    HeldOut("s41", "EVH41-", 40, (0.95, 0.941), (0.975, 0.971), (0.925, 0.881), (0.975, 0.931), 5),
    HeldOut("s42", "EVH42-", 40, (0.875, 0.857), (0.875, 0.858), (0.875, 0.776), (0.875, 0.6), 8),
    HeldOut("s43", "EVH43-", 40, (1.0, 1.0), (1.0, 1.0), (1.0, 1.0), (1.0, 1.0), 2),
    HeldOut("s44", "EVH44-", 39, (1.0, 1.0), (1.0, 1.0), (1.0, 1.0), (1.0, 1.0), 2),
    HeldOut("s45", "EVH45-", 40, (0.975, 0.97), (0.975, 0.971), (0.975, 0.961), (0.975, 0.935), 2),
    HeldOut("s46", "EVH46-", 40, (0.975, 0.97), (0.975, 0.97), (0.95, 0.924), (1.0, 1.0), 5),
    HeldOut("s47", "EVH47-", 40, (0.95, 0.938), (0.925, 0.907), (0.95, 0.924), (0.95, 0.875), 6),
]
# The set not yet scored, which nothing but this module may name; None while every set here has
# been scored (session 4's at ba7e39d, session 5's at 30f84fa and 203e47a, session 6's at 202376a
# and 8167cb4, session 7's at a7a44b7, session 8's at 92b59e5 and 3cfc2e5, session 9's two at
# 0fc89e7, session 10's at c57be47, session 11's at 5867c93, session 12's at e51cc55, session 13's
# at 4f06f18, session 14's at 3b13bf1, session 15's at b17f414, session 17's at a6e2879, session
# 18's at ffaeab7, session 19's at a678760, session 20's at 970bb5f, session 21's at 089acae,
# session 22's at 55a6fce, session 23's at ad5c714, session 24's at 82e46b6, session 25's at
# 5a71532, session 26's at 4007244, session 27's at faab8ec, session 28's at 8384d31, session 29's
# at 00810bb, session 30's at 5b120ad, session 31's at d1c1611, session 32's at 066100b, session
# 33's at a1248e1, session 34's at da66dbb, session 35's at 8a55376, session 36's at a96a302,
# session 37's at 875cef3, session 38's at 1415713, session 39's at 2c0a141, session 40's at
# 09e5178, session 41's at 831f478, session 42's at cb0ce1e, session 43's at 3d01f3f, session 44's
# at 741ae0e, session 45's at b652d3e, session 46's at af74025, session 47's at 0e21389;
# development data since; a new held-out set goes here, by name, until its one scoring).
STILL_HELD_OUT: str | None = None


@pytest.fixture(scope="module", params=SETS, ids=[s.path.name for s in SETS])
def held(request: pytest.FixtureRequest) -> HeldOut:
    value: HeldOut = request.param
    return value


@pytest.fixture(scope="module")
def records(held: HeldOut) -> list[GoldSentence]:
    return load_evidence_gold(held.path)[0]


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
    held: HeldOut, records: list[GoldSentence]
) -> None:
    assert len(records) == held.reported["actor"][0]  # every sentence, as the docs count them
    by_scenario = Counter(r.scenario for r in records)
    assert set(by_scenario) == {"ukraine-2025-02", "doha-2020-02", "minsk-2015-02"}
    # at least a third on the bundled default (session 6's set: 18 of 47 after 13 quotations
    # that could not be found again were dropped, 12 of them Ukraine sentences), except session
    # 8's: 30 of 60 were collected on it, 21 of the 26 unconfirmed quotations dropped were
    # Ukraine sentences, leaving 9 of 34 (docs/validation-events/session-08.md says so)
    thin = {"EVH7-": 9}
    assert by_scenario["ukraine-2025-02"] >= min(len(records) / 3, thin.get(held.prefix, 99))
    assert min(by_scenario["doha-2020-02"], by_scenario["minsk-2015-02"]) >= 0.2 * len(records)
    no_stance = sum(not r.stances for r in records)
    # a mix, as in real text: at least a fifth with no stance, except session 27's set (7 of 40:
    # the collector's 8, one no-stance sentence having been replaced after labelling because it
    # opened with a development sentence, less EVH27-009, adjudicated to B's stance) and session
    # 37's (7 of 40: the collector's 8, less EVH37-040, adjudicated to B's stance) and session
    # 43's (7 of 40, the collector's and B's: no sentence may be swapped for its label)
    few = {"EVH27-": 7, "EVH37-": 7, "EVH43-": 7}
    assert min(0.2 * len(records), few.get(held.prefix, 99)) <= no_stance <= 0.6 * len(records)
    for r in records:
        assert r.id.startswith(held.prefix) and r.url.startswith("http") and r.publisher
        # session 8's set names the event a date was inferred from, or the URL's time stamp
        assert r.date_basis in {
            "stated on the page or in its URL",
            "inferred from the events the report describes (page undated)",
            "inferred from the time stamp in its URL",
        } or r.date_basis.startswith("inferred from the events the report describes (")
        assert len(r.text.split()) >= 5


def test_each_sentence_is_dated_within_its_scenarios_period(
    held: HeldOut, records: list[GoldSentence]
) -> None:
    """Session 4's set holds reports from the weeks around each scenario's date only; the sets
    of sessions 5-9 also later reports about the talks, so they are checked only for
    dates before 2027."""
    _, scenarios = load_evidence_gold(held.path)
    for r in records:
        if held.prefix != "EVH-":  # every set after session 4's
            assert dt.date(2014, 1, 1) <= r.date <= dt.date(2026, 12, 31), r.id
            continue
        as_of = scenarios[r.scenario].as_of
        assert as_of is not None
        assert dt.timedelta(days=-45) <= r.date - as_of <= dt.timedelta(days=30), r.id


def test_the_heldout_gold_shares_no_sentence_and_no_report_with_the_other_gold(
    held: HeldOut, records: list[GoldSentence]
) -> None:
    others = [DEVELOPMENT] + [s.path for s in SETS if s != held]
    development = [r for path in others for r in load_evidence_gold(path)[0]]
    assert not {r.text for r in records} & {d.text for d in development}
    assert not {r.url.rstrip("/") for r in records} & {d.url.rstrip("/") for d in development}
    assert not {r.id for r in records} & {d.id for d in development}


def test_both_annotators_labelled_every_sentence_and_each_disagreement_is_adjudicated(
    held: HeldOut, records: list[GoldSentence]
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
    assert disagreements == held.disagreements


def test_the_agreement_reported_in_the_docs_is_what_the_file_gives(
    held: HeldOut, records: list[GoldSentence]
) -> None:
    """Cohen's kappa per field on each annotator's first label (as for the development gold),
    recomputed from the annotations the file carries; the figures are the table of the event
    validation (one table per set, in the log of the session that built the set)."""
    figures = {a.field: (a.n, a.percent, a.kappa) for a in annotator_agreement(records)}
    assert figures == held.reported
    docs = "".join(page.read_text(encoding="utf-8") for page in validation_events_pages())
    for name, (_, percent, kappa) in held.reported.items():
        assert re.search(rf"\| {name}[^|]* \| {percent:.3f} \| {kappa:.3f} \|", docs), name


def test_no_other_module_names_or_globs_the_heldout_file() -> None:
    """So that nothing scores it by accident: only this test reads the set still held out until
    the lead scores it once (a glob over ``evidence-*`` would pick it up)."""
    offenders = []
    for folder in ("src", "tests", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.resolve() == Path(__file__).resolve():
                continue
            text = path.read_text(encoding="utf-8")
            if (STILL_HELD_OUT is not None and STILL_HELD_OUT in text) or re.search(
                r"glob\([^)]*evidence", text
            ):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
