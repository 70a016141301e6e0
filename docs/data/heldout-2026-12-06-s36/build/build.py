"""Assemble session 36's first held-out pair (news-heldout-s36.json, HO28W; evidence-heldout-
s36.jsonl, EVH36) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md: ``build_event_set`` for the event set and
``build_evidence_set`` for the evidence set, with session 18's DOCUMENT comment ``dated``
2026-12-06. Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence
finder: it copies labels, leaves out the sentences another gold file (or the sentence files of
session 36's other sets) holds in other words, applies the adjudicator's decisions below, checks
the new files against every other gold file and those sentence files, and computes agreement.
The evidence set was built first (heldout/VB-DONE); the event set is built once its second
annotation is marked done (heldout/B-DONE), and ``main`` leaves it out before that.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

# Session 18's build: its DOCUMENT comment, ``NEAR_RULE`` and ``near_figures`` (session 18's
# comment names its own day, 2026-12-04, which ``hb.dated`` replaces with this session's).
s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s36/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s36/build")
EVENTS = NEWS / "news-heldout-s36.json"
EVIDENCE = NEWS / "evidence-heldout-s36.jsonl"
# The CHECK files of session 36 (sessions 34 and 35's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s34.json",
    "news-heldout-s34b.json",
    "news-heldout-s34c.json",
    "evidence-heldout-s34.jsonl",
    "news-heldout-s35.json",
    "news-heldout-s35b.json",
    "news-heldout-s35c.json",
    "evidence-heldout-s35.jsonl",
}
# The sentence files of session 36's sets (the third set, HO28Y, is another adjudicator's): each
# build compares the other sets' sentences and pages with its own as strings (duplicates and
# near duplicates), nothing else of them (also used by the s36b build).
SENTENCE_FILES = (
    Path("/work/coord/s36/heldout/events-sentences.json"),
    Path("/work/coord/s36/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s36/heldout2/events-sentences.json"),
    Path("/work/coord/s36/heldout3/events-sentences.json"),
)
DAY = "2026-12-06"

# What the first event set's sentences report, for its DOCUMENT comment.
SCOPE = "at most two sentences a page"

EVENTS_DECIDED = hb.EventDecisions()

# The one quotation B confirmed word for word at another address of the cited page: (the cited
# page, the collector's found_by query, what came back when the adjudicator ran that query once,
# pages corpus).
RECHECKED = {
    "EVH36-014": (
        "https://www.aljazeera.com/news/2025/3/27/frances-macron-says-not-all-european-countries"
        "-agree-on-force-for-ukraine",
        "Macron reassurance force Ukraine troops after ceasefire",
        "the query returned the cited article (rank 8) at the cited address with the news "
        "feed's tracking query '?traffic_source=rss' added (the same path, so the same page), "
        "with the sentence word for word in its excerpt, curly quotation marks included; B had "
        "found it there too and recorded that address as the one checked",
    ),
}

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH36-030": (
            "follows B (third engineer, session 36): Merkel and Hollande presented a plan "
            "'involving a 50-70 kilometer demilitarized zone, along with autonomy for the area', "
            "and the development gold codes the plan's autonomy, named without a degree, "
            "special_status high beside the buffer zone's ceasefire high: EV-166 (Hollande on "
            "France 2: the Berlin-Paris proposal's demilitarized zone 'as well as greater "
            "autonomy': FRA ceasefire high and special_status high, both annotators) and "
            "EVH12-036 (a broad demilitarized zone and greater autonomy: FRA both high), and "
            "plain 'autonomy' high, EVH26-027 (the rebels' 'autonomy' within Ukraine: SEP "
            "special_status high, both annotators: well above the status quo of 10); only a "
            "qualified, lesser autonomy is low, EV-171 (adjudicated: 'a measure of autonomy' is "
            "limited decentralisation); the plan is presented by both, so both hold both stances, "
            "as A gives both the ceasefire"
        ),
    },
    rechecked={
        rid: {
            "status": "verbatim",
            "url_checked": url,
            "differences": f"none; the collector's query ('{query}') run once: {note}",
            "by": "third engineer (s36-heldout), session 36 (2026-12-06), search tool pages corpus",
        }
        for rid, (url, query, note) in RECHECKED.items()
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s36b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s36" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def siblings(own: Path) -> list[Path]:
    """The sentence files of session 36's other sets (all but ``own``) that exist."""
    return [p for p in SENTENCE_FILES if p != own and p.exists()]


def event_reasons(decided: hb.EventDecisions) -> list[str]:
    """Every text of an event set's decisions that may cite development records (also used by
    the s36b build)."""
    return [
        *(d["reason"] for d in decided.adjudications.values()),
        *decided.modes_kept.values(),
        *(note for _, note in decided.modes_taken.values()),
    ]


def comment(reworded: Sequence[tuple[str, str]]) -> hb.Comment:
    """Session 18's DOCUMENT comment dated on this session's day and reworded where it does not
    fit a set (each old text must stand once); also used by the s36b build."""
    dated = hb.dated(s18.document_comment, DAY)

    def text(*args: Any) -> str:
        out = dated(*args)
        for old, new in reworded:
            if out.count(old) != 1:
                raise hb.BuildError(f"session 18's comment no longer says {old!r} once")
            out = out.replace(old, new)
        return out

    return text


def main() -> None:
    events_ready = (IN / "B-DONE").exists()
    others = gold_files(EVENTS, EVIDENCE)
    development = hb.record_files(development_files(others))
    reasons = [*event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    own += [r["id"] for r in hb.read_records(IN / "evidence-sentences.jsonl")]
    cited = hb.check_citations(reasons, development, own)
    result: dict[str, Any] = {}
    rule = f"{s18.NEAR_RULE} and the sentence files of session 36's other sets"
    near: dict[str, Any] = {"rule": rule}
    if events_ready:
        which = ("session 36", SCOPE, f"{OUT}/")
        events, near_events = hb.build_event_set(
            IN,
            EVENTS,
            EVENTS_DECIDED,
            which,
            [*others, *siblings(IN / "events-sentences.json")],
            comment(()),
        )
        result["events"] = events
        near["events"] = s18.near_figures(near_events)
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, *[EVENTS][: EVENTS.exists()], *siblings(IN / "evidence-sentences.jsonl")],
        lambda s: [i.id for i in resolve(s).issues],
    )
    result["evidence"] = evidence
    near["evidence"] = s18.near_figures(near_evidence)
    result |= {"near_duplicates_left_out": near, "development_records_cited": cited}
    hb.write_agreement(OUT / "agreement.json", result)
    if events_ready:
        print(hb.event_table(result["events"]))
    print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))


if __name__ == "__main__":
    main()
