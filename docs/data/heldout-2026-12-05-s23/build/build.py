"""Assemble session 23's held-out pair (news-heldout-s23.json, HO27J; evidence-heldout-s23.jsonl,
EVH23) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md and session 19's ``build_event_set``. Run from the
repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new files against every other gold file, and computes agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s23/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s23/build")
EVENTS = NEWS / "news-heldout-s23.json"
EVIDENCE = NEWS / "evidence-heldout-s23.jsonl"
# The CHECK files of session 23 (the last two sessions' sets, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s21.json",
    "news-heldout-s21b.json",
    "news-heldout-s21c.json",
    "evidence-heldout-s21.jsonl",
    "news-heldout-s22.json",
    "news-heldout-s22b.json",
    "news-heldout-s22c.json",
    "evidence-heldout-s22.jsonl",
}
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-05"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = "..."

EVENTS_DECIDED = hb.EventDecisions()

EVIDENCE_DECIDED = hb.EvidenceDecisions()


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s23b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s23" not in p.name]


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Session 19's ``build_event_set`` with this session's day in the DOCUMENT comment: the
    comment is session 18's ``document_comment``, which names the day sessions 17-20 ran
    (also used by the s23b build)."""
    s18 = s19.s18
    comment = s18.document_comment
    ran = f"({which[0]}, 2026-12-04)"

    def dated(*args: Any) -> str:
        text: str = comment(*args)
        if ran not in text:
            raise hb.BuildError("session 18's comment no longer names its day")
        return text.replace(ran, f"({which[0]}, {DAY})", 1)

    s18.document_comment = dated
    try:
        events: dict[str, Any]
        near: dict[str, Any]
        events, near = s19.build_event_set(folder, path, decided, which, others)
    finally:
        s18.document_comment = comment
    return events, near


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    events, near_events = build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 23", SCOPE, f"{OUT}/"), others
    )
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, EVENTS],
        lambda s: [i.id for i in resolve(s).issues],
    )
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
