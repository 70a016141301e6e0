"""Assemble session 20's held-out pair (news-heldout-s20.json, HO27B; evidence-heldout-s20.jsonl,
EVH20) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md and session 19's ``build_event_set``. Run from the
repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new files against every other gold file, and computes agreement.
"""

import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s20/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s20/build")
EVENTS = NEWS / "news-heldout-s20.json"
EVIDENCE = NEWS / "evidence-heldout-s20.jsonl"
# The CHECK files of session 20 (the last two sessions' sets, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s18.json",
    "news-heldout-s18b.json",
    "evidence-heldout-s18.jsonl",
    "news-heldout-s19.json",
    "news-heldout-s19b.json",
    "evidence-heldout-s19.jsonl",
}
# This session's other event set: not a development file either.
SIBLINGS = {"news-heldout-s20b.json"}

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = "at most two sentences a page; TODO"

EVENTS_DECIDED = hb.EventDecisions()

EVIDENCE_DECIDED = hb.EvidenceDecisions()


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s20b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s20" not in p.name]


def build_evidence(others: list[Path]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Pair the A and B files, leave out the near duplicates of ``others`` (the new event file
    included), merge the decisions and write the evidence gold; return its agreement summary
    and the near duplicates."""
    a, b = hb.read_records(IN / "evidence-A.jsonl"), hb.read_records(IN / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    summary = hb.evidence_summary(
        records, EVIDENCE_DECIDED, EVIDENCE, lambda s: [i.id for i in resolve(s).issues]
    )
    return summary, near


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    events, near_events = s19.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 20", SCOPE, f"{OUT}/"), others
    )
    evidence, near_evidence = build_evidence([*others, EVENTS])
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s19.s18.NEAR_RULE,
                "events": s19.s18.near_figures(near_events),
                "evidence": s19.s18.near_figures(near_evidence),
            },
            "development_records_cited": cited,
        },
    )
    print(
        hb.event_table(events),
        hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]),
    )


if __name__ == "__main__":
    main()
