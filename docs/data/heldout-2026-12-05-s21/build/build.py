"""Assemble session 21's held-out pair (news-heldout-s21.json, HO27D; evidence-heldout-s21.jsonl,
EVH21) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md and session 19's ``build_event_set``. Run from the
repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new files against every other gold file, and computes agreement.
"""

import sys
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s21/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s21/build")
EVENTS = NEWS / "news-heldout-s21.json"
EVIDENCE = NEWS / "evidence-heldout-s21.jsonl"
# The CHECK files of session 21 (the last two sessions' sets, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s19.json",
    "news-heldout-s19b.json",
    "evidence-heldout-s19.jsonl",
    "news-heldout-s20.json",
    "news-heldout-s20b.json",
    "evidence-heldout-s20.jsonl",
}
# The day session 21 built its sets; session 18's DOCUMENT comment writes its own (2026-12-04).
BUILT = "2026-12-05"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = "TO BE WRITTEN"

EVENTS_DECIDED = hb.EventDecisions()

EVIDENCE_DECIDED = hb.EvidenceDecisions()


def dated(comment: Callable[..., str]) -> Callable[..., str]:
    """Session 18's ``document_comment`` with this session's build day in its title, where
    session 18's writes its own day (the shared build helpers take no date)."""

    def with_day(*args: object) -> str:
        text = comment(*args)
        if "2026-12-04):" not in text:
            raise hb.BuildError("session 18's DOCUMENT comment no longer dates its title")
        return text.replace("2026-12-04):", f"{BUILT}):", 1)

    return with_day


# session 19's ``build_event_set`` writes the DOCUMENT record with session 18's comment.
s19.s18.document_comment = dated(s19.s18.document_comment)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s21b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s21" not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    events, near_events = s19.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 21", SCOPE, f"{OUT}/"), others
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
