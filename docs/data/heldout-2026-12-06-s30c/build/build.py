"""Assemble session 30's third held-out event set (news-heldout-s30c.json, HO28G) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 19's steps, reading both forms of the labels)
and session 18's DOCUMENT comment dated with this session's day (the shared ``dated``), it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (and the
sentence files of this session's other sets while they exist, as strings) and computes
agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

# Session 19's first build: its ``event_reasons`` and, through it, session 18's DOCUMENT comment
# (undated here: the shared ``dated`` writes this session's day into its title), ``NEAR_RULE``
# and ``near_figures``.
s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s30/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s30c/build")
EVENTS = NEWS / "news-heldout-s30c.json"
# The day session 30 built its sets, for the DOCUMENT comment's title.
DAY = "2026-12-06"
# The CHECK files of session 30 (sessions 28 and 29's sets, pooled): no reason may cite them,
# and nothing here reads them but the duplicate checks (strings).
CHECK_FILES = {
    "news-heldout-s28.json",
    "news-heldout-s28b.json",
    "news-heldout-s28c.json",
    "news-heldout-s29.json",
    "news-heldout-s29b.json",
    "news-heldout-s29c.json",
    "evidence-heldout-s28.jsonl",
    "evidence-heldout-s29.jsonl",
}
# This session's other sets (HO28E, HO28F, EVH30), not yet in tests/data/news when this set was
# built: their unlabelled sentence files, compared as strings (first 60 characters, page, near
# duplicates) while they exist. Once the gold files are merged, the glob of NEWS covers them.
SIBLINGS = [
    Path("/work/coord/s30/heldout/events-sentences.json"),
    Path("/work/coord/s30/heldout2/events-sentences.json"),
    Path("/work/coord/s30/heldout/evidence-sentences.jsonl"),
]

# What this set's sentences report, for its DOCUMENT comment.
SCOPE = "TODO"

EVENTS_DECIDED = hb.EventDecisions()


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s30" not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    compared = [*others, *(p for p in SIBLINGS if p.exists())]
    which = ("session 30, third set", SCOPE, f"{OUT}/")
    comment = hb.dated(s19.s18.document_comment, DAY)
    events, near = hb.build_event_set(IN, EVENTS, EVENTS_DECIDED, which, compared, comment)
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s19.s18.NEAR_RULE,
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
