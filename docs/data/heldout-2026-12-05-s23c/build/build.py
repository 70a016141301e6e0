"""Assemble session 23's third held-out event set (news-heldout-s23c.json, HO27L) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with session 19's ``build_event_set`` it copies labels, leaves out the sentences another
gold file (or the sentence file of session 23's other two event sets) holds in other words,
applies the adjudicator's decisions below, checks the new file against every other gold file
and those two sentence files, and computes agreement.
"""

import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s23/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s23c/build")
EVENTS = NEWS / "news-heldout-s23c.json"
# The CHECK files of session 23 (sessions 21 and 22's sets, pooled): no reason may cite them.
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
# Session 23's other two event sets were built at the same time on another branch: their
# sentence files are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s23/heldout/events-sentences.json"),
    Path("/work/coord/s23/heldout2/events-sentences.json"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = "TODO"

EVENTS_DECIDED = hb.EventDecisions()


def document_comment(*args: Any) -> str:
    """Session 18's DOCUMENT comment, which s19's ``build_event_set`` writes, dated on this
    set's day: session 18's text names the day of the sessions 18-20 builds."""
    return S18_COMMENT(*args).replace(", 2026-12-04): ", ", 2026-12-05): ", 1)


S18_COMMENT = s19.s18.document_comment
s19.s18.document_comment = document_comment


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(
        p for p in others if p.name not in CHECK_FILES and "heldout-s23" not in p.name
    )
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development)
    events, near = s19.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 23, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 23's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
