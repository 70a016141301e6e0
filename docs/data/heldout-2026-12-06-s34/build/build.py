"""Assemble session 34's first held-out event set (news-heldout-s34.json, HO28Q) and its evidence
set (evidence-heldout-s34.jsonl, EVH34) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md (``build_event_set``
reads b's labels under ``annotations.b``) and the helpers of session 31's first build (its
evidence steps, after session 25's, read A's labels on the record, as this session's A file has
them, and leave out a record holding another gold sentence's first 60 characters; its DOCUMENT
comment is session 18's, dated here 2026-12-06). Run from the repository root with
PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels, leaves out the
sentences another gold file holds in other words, applies the adjudicator's decisions below,
checks the new files against every other gold file, and computes agreement. The s34b build
reuses its helpers.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s31 = hb.load_build(DATA / "heldout-2026-12-06-s31" / "build" / "build.py")
s19, s18 = s31.s19, s31.s18

IN = Path("/work/coord/s34/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s34/build")
EVENTS = NEWS / "news-heldout-s34.json"
EVIDENCE = NEWS / "evidence-heldout-s34.jsonl"
# The CHECK files of session 34 (the sets of sessions 32 and 33, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s32.json",
    "news-heldout-s32b.json",
    "news-heldout-s32c.json",
    "evidence-heldout-s32.jsonl",
    "news-heldout-s33.json",
    "news-heldout-s33b.json",
    "news-heldout-s33c.json",
    "evidence-heldout-s33.jsonl",
}
# This session's sets (HO28Q, HO28R, HO28S, EVH34): none is a development file for another.
SESSION = "heldout-s34"
# The day session 34 built its sets.
DAY = "2026-12-06"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = "TO BE WRITTEN WHEN THE SET IS BUILT"

EVENTS_DECIDED = hb.EventDecisions()

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH34-006": "follows A: Putin's demand that Ukraine withdraw from the Donetsk region "
        "'as a condition for ending Moscow's war' ties the end of the fighting to a territorial "
        "concession, and the development gold codes that tie with both stances, EVH28-004 (Putin "
        "'tied any halt in hostilities to the withdrawal of Ukrainian troops' from Donbas: RUS "
        "ceasefire low and territory low, both annotators); B's EVH4-011 is a third party's "
        "support for a plan (Trump, USA territory low), with no halt conditioned by the speaker; "
        "territory low as both annotators (EVH17-005)",
        "EVH34-019": "follows B: 'We do not recognize the debt' names neither the minerals deal "
        "nor what the debt is; the link to the deal's repayment terms comes only from the page, "
        "and the development gold gives no stance where the issue is linked only by the context, "
        "EVH13-033 (the Taliban refusing a partial release of 'the prisoners', the talks not "
        "named: no stance, B's reading noted and not taken); A itself called its reading a close "
        "call",
        "EVH34-022": "follows A: the sentence is the separatist figure's statement that Kyiv's "
        "offer is insufficient, SEP special_status high (both annotators); the development gold "
        "codes the same construction, an offer of special status called unacceptable, with the "
        "rejecting party's stance alone, EVH29-028 (Putin 'rejected Ukraine's offer of "
        "constitutional status for the Donetsk-Luhansk territory as unacceptable': RUS "
        "special_status high only, both annotators), as EVH9-006 (Putin rejected Zelenskyy's "
        "ceasefire proposal: RUS only); B's EVH30-023 is Poroshenko's own act (signing the law), "
        "not an offer reported in another's words. A close call: EVH16-003 and EVH11-053 code the "
        "proposer too where the proposal's content is the sentence's news",
        "EVH34-040": "follows A: the readout states Abdullah's 'efforts to promote an Afghan "
        "peace process, including ... intra-Afghan negotiations', a stance the sentence gives "
        "the Afghan government's chief executive (AFG), as the development gold codes the "
        "government's pursuit of the talks AFG intra_afghan_talks high, EVH28-039 (the "
        "government sent a negotiating delegation to Qatar: both annotators), and codes a stance "
        "reported in another's account, EVH4-011 (Trump's support as the New York Times "
        "reported it); USA intra_afghan_talks high as both annotators (EVH14-040)",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s34b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


# Session 18's DOCUMENT comment, dated this session's day (also used by the s34b build).
document_comment = hb.dated(s18.document_comment, DAY)


def cited_ids(folder: Path, names: Sequence[str], reasons: Sequence[str]) -> list[str]:
    """The development records the ``reasons`` cite, checked: every other gold file but the
    CHECK files and this session's sets; the set's own ids (``names`` in ``folder``) allowed
    (also used by the s34b build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if SESSION not in p.name]
    development = hb.record_files(development_files(others))
    own = [r["id"] for name in names for r in hb.read_records(folder / name)]
    return list(hb.check_citations(reasons, development, own))


def build_evidence(others: Sequence[Path]) -> dict[str, Any]:
    """The evidence set, written; its part of agreement.json."""
    evidence, near, holding = s31.build_evidence_set(IN, EVIDENCE, EVIDENCE_DECIDED, others)
    return {"evidence": evidence, "near": near, "holding": holding}


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = cited_ids(IN, ("events-a.json", "evidence-A.jsonl"), reasons)
    events, near_events = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 34", SCOPE, f"{OUT}/"), others, document_comment
    )
    built = build_evidence([*others, EVENTS])
    evidence = built["evidence"]
    result: dict[str, Any] = {
        "events": events,
        "evidence": evidence,
        "near_duplicates_left_out": {
            "rule": s18.NEAR_RULE,
            "events": s18.near_figures(near_events),
            "evidence": s18.near_figures(built["near"]),
        },
        "holding_another_sentence_left_out": {
            "rule": s31.HOLDING_RULE,
            "evidence": built["holding"],
        },
        "development_records_cited": cited,
    }
    hb.write_agreement(OUT / "agreement.json", result)
    print(
        hb.event_table(events),
        hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]),
    )


if __name__ == "__main__":
    main()
