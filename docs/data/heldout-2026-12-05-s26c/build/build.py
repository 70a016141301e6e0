"""Assemble session 26's third held-out event set (news-heldout-s26c.json, HO27U) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with session 19's ``build_event_set`` (its DOCUMENT comment dated on this set's day) it
copies labels, leaves out the sentences another gold file (or the sentence files of session 26's
other sets) holds in other words, applies the adjudicator's decisions below, checks the new file
against every other gold file and those sentence files, and computes agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s26/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s26c/build")
EVENTS = NEWS / "news-heldout-s26c.json"
# The CHECK files of session 26 (sessions 24 and 25's sets, pooled): never opened by the
# adjudicator, never cited; the build compares their sentences and pages as strings only.
CHECK_FILES = {
    "news-heldout-s24.json",
    "news-heldout-s24b.json",
    "news-heldout-s24c.json",
    "evidence-heldout-s24.jsonl",
    "news-heldout-s25.json",
    "news-heldout-s25b.json",
    "news-heldout-s25c.json",
    "evidence-heldout-s25.jsonl",
}
# Session 26's other sets were built at the same time on another branch: their sentence files
# are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s26/heldout/events-sentences.json"),
    Path("/work/coord/s26/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s26/heldout2/events-sentences.json"),
]
# The day this set was built, for its DOCUMENT comment.
DAY = "2026-12-05"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = "TO BE WRITTEN"

EVENTS_DECIDED = hb.EventDecisions()


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and session 26's
    sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s26" not in p.name]


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Session 19's ``build_event_set`` with this set's day in the DOCUMENT comment: the comment
    is session 18's ``document_comment``, which names the day sessions 17-20 ran."""
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
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 26, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 26's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
