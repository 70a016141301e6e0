"""Assemble session 47's held-out pair (news-heldout-s47.json, HO30D; evidence-heldout-s47.jsonl,
EVH47) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md (its ``build_event_set`` reads b's labels under
``annotations.b``), session 19's ``event_reasons``, session 18's DOCUMENT comment, session 32's
``with_label`` (A's evidence labels stand on the record) and session 31's ``holding_others``, as
session 44's build did. Run from the repository root with PYTHONPATH=src; ``events`` or
``evidence`` as its one argument builds that set alone (each set was built once its second
annotation was marked done), no argument builds both. It runs no coder and no evidence finder: it
copies labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file and this
session's other sentence files, and computes agreement.
"""

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")
s31 = hb.load_build(DATA / "heldout-2026-12-06-s31" / "build" / "build.py")
s32 = hb.load_build(DATA / "heldout-2026-12-06-s32" / "build" / "build.py")

COORD = Path("/work/coord/s47")
IN = COORD / "heldout"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-08-s47/build")
EVENTS = NEWS / "news-heldout-s47.json"
EVIDENCE = NEWS / "evidence-heldout-s47.jsonl"
# The CHECK files of session 47 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s45.json",
    "news-heldout-s45b.json",
    "news-heldout-s45c.json",
    "evidence-heldout-s45.jsonl",
    "news-heldout-s46.json",
    "news-heldout-s46b.json",
    "news-heldout-s46c.json",
    "evidence-heldout-s46.jsonl",
}
# This session's sentence files (the three event sets' and the evidence set's; the third event
# set is built by another adjudicator on its own branch): the duplicate checks read them too, as
# strings, each set all but its own.
SENTENCES = (
    COORD / "heldout" / "events-sentences.json",
    COORD / "heldout" / "evidence-sentences.jsonl",
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
)
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-08"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = "TODO"

EVENTS_DECIDED = hb.EventDecisions()

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH47-003": "follows A (third engineer, session 47): Kachka calls 'this agreement' a "
        "win-win about investments, but the sentence names no minerals, resources or fund, and "
        "neither Kachka's office nor his state: 'the deal' given only by the context states no "
        "issue (the EV-048 rule; docs/event-coding.md, gold conventions for stance evidence: 'A "
        "gold stance is what the sentence itself states'), as EVH14-017 (adjudicated: "
        "Svyrydenko signed 'the deal': no stance) and EVH12-028; B's EVH42-005 and EVH33-011 "
        "name the pact's terms or the mineral deal; EVH24-015 and EVH25-014 (not adjudicated) "
        "coded 'this agreement' with the speaker's state named; a close call",
        "EVH47-007": "follows B (third engineer, session 47): the US is only 'hesitant to "
        "endorse the plan', which states no end of the peacekeeping scale; the development "
        "gold gives the US a peacekeeping stance where a sentence states a refusal or a "
        "backing, EVH-053 (adjudicated: 'there will not be U.S. troops deployed': USA "
        "peacekeeping low) and EVH12-002 (Trump 'backs the deployment of European troops': "
        "high), and none for a hesitation, EVH23-003 ('remain hesitant about': no stance); "
        "RUS peacekeeping low as both annotators (EVH22-013); a close call, as A says",
        "EVH47-016": "follows B (third engineer, session 47): the truce Kyiv signed up to is "
        "named in the sentence as 'Trump's proposed 30-day truce', and the development gold "
        "gives the proposer a sentence names its ceasefire stance, high: EVH12-029 "
        "(adjudicated: 'the US-proposed ceasefire': USA ceasefire high besides UKR) and "
        "EVH27-003 (adjudicated: the same proposal rejected by Putin: USA ceasefire high); "
        "UKR ceasefire high as both annotators",
        "EVH47-020": "follows B (third engineer, session 47): Putin makes the 'complete "
        "cessation of foreign military assistance' and intelligence to Kyiv a condition 'for "
        "any permanent peace deal', a militarily limited Ukraine after a settlement, which the "
        "development gold codes security_guarantees low: EVH18-002 (Russian demands to 'cease "
        "foreign military aid': RUS security_guarantees low) and EVH4-002 (a Russian veto over "
        "military assistance after a peace agreement: low); A's ceasefire reading fits a "
        "condition on a truce (EVH37-015: no US military aid 'during the truce'), which this "
        "sentence does not name",
        "EVH47-031": "follows B (third engineer, session 47): Ghani's 'the Taliban demand for "
        "Kabul to free its prisoners cannot be a prerequisite to direct talks' is the same "
        "statement, in other words, as EVH11-048 (adjudicated: follows B, no stance: a "
        "condition refused states no end of the intra_afghan_talks scale, and prisoner "
        "releases are no scenario issue), kept as session 18's rule is written (it does not "
        "reach 0.9)",
        "EVH47-032": "follows B (third engineer, session 47): the US will withdraw 'in "
        "exchange for the Taliban ensuring that terrorist groups will not be able to use "
        "Afghan territory', a Taliban commitment the US exacts for its withdrawal, which the "
        "development gold gives USA counterterrorism high besides TAL: EVH8-049 (adjudicated) "
        "and EVH20-040 (adjudicated: withdrawal 'in exchange for the Taliban agreeing to cut "
        "ties with terrorist groups': USA counterterrorism high); USA us_withdrawal high and "
        "TAL counterterrorism high as both annotators",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s47b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s47" not in p.name]


def siblings(*own: Path) -> list[Path]:
    """This session's sentence files where they stand, but the set's ``own`` (also used by the
    s47b build)."""
    return [p for p in SENTENCES if p.exists() and p not in own]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s47b
# build).
document_comment = hb.dated(s19.s18.document_comment, DAY)


def build_evidence_set(
    others: Sequence[Path], issues: Callable[[str], Sequence[str]]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps with A's labels moved under ``annotations.A`` first
    (session 32's ``with_label``), leaving out too the records holding the first 60 characters
    of another gold file's sentence (session 31's ``holding_others``), as session 44's build."""
    a = [s32.with_label(r) for r in hb.read_records(IN / "evidence-A.jsonl")]
    b = hb.read_records(IN / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    holding = s31.holding_others(a, others)
    left_out = {*near, *holding}
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in left_out]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    summary = hb.evidence_summary(records, EVIDENCE_DECIDED, EVIDENCE, issues)
    return summary, near, holding


def main(which: Sequence[str]) -> None:
    own = (EVENTS, EVIDENCE)
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in own]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    ids = [r["id"] for f in ("events-a.json", "evidence-A.jsonl") for r in hb.read_records(IN / f)]
    cited = hb.check_citations(reasons, development, ids)
    path = OUT / "agreement.json"
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    near: dict[str, Any] = result.get("near_duplicates_left_out", {})
    near["rule"] = s19.s18.NEAR_RULE
    if "events" in which:
        events, near_events = hb.build_event_set(
            IN,
            EVENTS,
            EVENTS_DECIDED,
            ("session 47", SCOPE, f"{OUT}/"),
            [*others, *siblings(IN / "events-sentences.json")],
            document_comment,
        )
        result["events"] = events
        near["events"] = s19.s18.near_figures(near_events)
        print(hb.event_table(events))
    if "evidence" in which:
        evidence, near_evidence, holding = build_evidence_set(
            [*others, *siblings(IN / "evidence-sentences.jsonl")],
            lambda s: [i.id for i in resolve(s).issues],
        )
        result["evidence"] = evidence
        near["evidence"] = s19.s18.near_figures(near_evidence)
        result["holding_another_sentence_left_out"] = {
            "rule": s31.HOLDING_RULE,
            "evidence": holding,
        }
        print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))
    kinds = ("rule", "events", "evidence")
    result["near_duplicates_left_out"] = {k: near[k] for k in kinds if k in near}
    result["development_records_cited"] = cited
    order = (
        "events",
        "evidence",
        "near_duplicates_left_out",
        "holding_another_sentence_left_out",
        "development_records_cited",
    )
    hb.write_agreement(path, {key: result[key] for key in order if key in result})


if __name__ == "__main__":
    main(sys.argv[1:] or ["events", "evidence"])
