"""Assemble session 25's first held-out event set (news-heldout-s25.json, HO27P) and its evidence
set (evidence-heldout-s25.jsonl, EVH25) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md and the helpers of the
first builds of sessions 17-19. Run from the repository root with PYTHONPATH=src. It runs no
coder and no evidence finder: it copies labels, leaves out the sentences another gold file holds
in other words, applies the adjudicator's decisions below, checks the new files against every
other gold file, and computes agreement. The s25b build reuses its helpers.
"""

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")
s18 = s19.s18

IN = Path("/work/coord/s25/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s25/build")
EVENTS = NEWS / "news-heldout-s25.json"
EVIDENCE = NEWS / "evidence-heldout-s25.jsonl"
# The CHECK files of session 25 (the sets of sessions 23 and 24, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s23.json",
    "news-heldout-s23b.json",
    "news-heldout-s23c.json",
    "evidence-heldout-s23.jsonl",
    "news-heldout-s24.json",
    "news-heldout-s24b.json",
    "news-heldout-s24c.json",
    "evidence-heldout-s24.jsonl",
}
# This session's sets (HO27P, HO27Q, HO27R, EVH25): none is a development file for another.
SESSION = "heldout-s25"
# The day session 25 built its sets; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-05"

# What the first set's sentences report, for its DOCUMENT comment (written once it is built).
SCOPE = "at most two sentences a page"

EVENTS_DECIDED = hb.EventDecisions()
EVIDENCE_DECIDED = hb.EvidenceDecisions()


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s25b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def document_comment(
    records: Sequence[Mapping[str, Any]],
    events: Mapping[str, Any],
    near: Mapping[str, Mapping[str, Any]],
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
) -> str:
    """Session 18's DOCUMENT comment, dated this session's day (its text names 2026-12-04)."""
    text = s18.document_comment(records, events, near, decided, which)
    day = f"({which[0]}, 2026-12-04)"
    if day not in text:
        raise hb.BuildError("session 18's comment no longer names its day where expected")
    return text.replace(day, f"({which[0]}, {DAY})", 1)


def annotated(record: Mapping[str, Any], name: str) -> dict[str, Any]:
    """A record of an annotation file with its labels under ``annotations[name]``: session 25's
    b files carry them there already; the a files carry them on the record (session 17's
    ``with_annotation`` moves them)."""
    if "annotations" in record:
        if set(record["annotations"]) != {name}:
            raise hb.BuildError(f"{record['id']}: annotations other than {name!r}")
        return dict(record)
    return dict(s18.s17.with_annotation(record, name))


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Session 19's ``build_event_set`` (pair ``folder``'s a and b files, leave out the near
    duplicates of ``others``, merge the ``decided`` labels, write the gold file ``path``) with
    b's labels read where session 25's b files keep them and this session's day in the DOCUMENT
    comment; returns the agreement summary and the near duplicates (also used by the s25b
    build)."""
    a = [annotated(r, "a") for r in hb.read_records(folder / "events-a.json")]
    b = [annotated(r, "b") for r in hb.read_records(folder / "events-b.json")]
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in near]
    build = hb.merge_events(pairs, decided)
    events = build.summary()
    document = {
        "id": f"ACCORD-HELDOUT-{path.stem.rsplit('-', 1)[1].upper()}-DOC",
        "event": "DOCUMENT",
        "comment": document_comment(build.records, events, near, decided, which),
        "license": "quotations for research (short citation); labels CC BY-SA 4.0",
    }
    hb.write_gold(path, hb.event_gold_text(document, build.records), build.records, others)
    return events, near


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    events, near_events = build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 25", SCOPE, f"{OUT}/"), others
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
                "rule": s18.NEAR_RULE,
                "events": s18.near_figures(near_events),
                "evidence": s18.near_figures(near_evidence),
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
