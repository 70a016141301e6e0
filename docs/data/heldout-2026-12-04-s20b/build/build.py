"""Assemble session 20's second held-out event set (news-heldout-s20b.json, HO27C) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with session 19's ``build_event_set`` (through the first s20 build) it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new file against every other gold file (the first s20 set's
included), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s20 = hb.load_build(DATA / "heldout-2026-12-04-s20" / "build" / "build.py")

IN = Path("/work/coord/s20/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s20b/build")
EVENTS = NEWS / "news-heldout-s20b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = "at most three sentences a page; TODO"

EVENTS_DECIDED = hb.EventDecisions()


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s20.development_files(others))
    cited = hb.check_citations(s20.s19.event_reasons(EVENTS_DECIDED), development)
    events, near = s20.s19.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 20, second set", SCOPE, f"{OUT}/"), others
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s20.s19.s18.NEAR_RULE,
                "events": s20.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
