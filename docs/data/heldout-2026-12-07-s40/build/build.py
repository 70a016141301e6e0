"""Assemble session 40's first held-out event set (news-heldout-s40.json, HO29I) and its evidence
set (evidence-heldout-s40.jsonl, EVH40) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md and the helpers of
session 37's first build (session 34's event steps: a's labels on the record, b's under
``annotations.b``, the near duplicates and the records whose first 60 characters stand in another
gold file left out; session 33's correction of a note of b's; and session 31's evidence steps,
which move A's label under ``annotations`` and leave out a record holding another gold sentence's
first 60 characters), with session 18's DOCUMENT comment dated 2026-12-07. Run from the
repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels,
leaves out the sentences another gold file or the session's other sentence files hold, applies
the adjudicator's decisions below, checks the new files against every other gold file, and
computes agreement. The s40b build reuses its helpers. The evidence set was built first (its B
file came first), with the event set left out (``EVENTS_DECIDED`` None); the event set was added
when its b file came.
"""

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s37 = hb.load_build(DATA / "heldout-2026-12-06-s37" / "build" / "build.py")
s34, s31, s19, s18 = s37.s34, s37.s31, s37.s19, s37.s18

IN = Path("/work/coord/s40/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s40/build")
EVENTS = NEWS / "news-heldout-s40.json"
EVIDENCE = NEWS / "evidence-heldout-s40.jsonl"
# The CHECK files of session 40 (the sets of sessions 38 and 39, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s38.json",
    "news-heldout-s38b.json",
    "news-heldout-s38c.json",
    "evidence-heldout-s38.jsonl",
    "news-heldout-s39.json",
    "news-heldout-s39b.json",
    "news-heldout-s39c.json",
    "evidence-heldout-s39.jsonl",
}
# This session's sets (HO29I, HO29J, HO29K, EVH40): none is a development file for another.
SESSION = "heldout-s40"
# The day session 40 built its sets.
DAY = "2026-12-07"
# The session's sentence files, compared with each new set as strings (pages, first 60
# characters and the near-duplicate rule); the third set's folder (heldout3/, another
# adjudicator's) is read for its sentence file only.
COORD = Path("/work/coord/s40")
SENTENCE_FILES = [
    COORD / "heldout" / "events-sentences.json",
    COORD / "heldout" / "evidence-sentences.jsonl",
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
]

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = "at most two sentences a page"

# Notes of b's that quote a development sentence's first 60 characters (``hb.write_gold``
# refuses a file quoting another gold file's sentence): the quotation elided, b's words and
# labels kept (as the s29, s33 and s37b builds did).
NOTE_FIXES: dict[str, tuple[str, str]] = {}

# The rule the mode-only decisions below apply (the third sets of sessions 28, 31 and 34, and
# session 37's sets): where a and b differ only in mode, a's stays unless it is clearly wrong;
# the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands against another, unless the PLOVER
# 2.0 manual codes the act otherwise; where the table gives the act no mode, the development
# gold's practice decides.
# The first event set's decisions (None would leave the set out of the build).
EVENTS_DECIDED: hb.EventDecisions | None = None

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH40-015": "follows B: Fu Cong says China 'welcomes all efforts dedicated to peace in "
        "Ukraine', naming the US-Russia agreement to start peace talks among them, and the "
        "development gold codes China's welcome and support of the efforts for peace as its "
        "stance for ending the war by a settlement, EVH37-012 ('China welcomes and supports all "
        "efforts for peace': CHN ceasefire high, both annotators), EVH11-030 (China supports the "
        "US-Russia consensus on ending the war: CHN ceasefire high) and EVH-039 (adjudicated: "
        "China hopes the parties engage in peace talks: CHN ceasefire high); A's EVH36-007 is a "
        "remark that calls for talks are rising, with no position of its speaker's own",
    },
    rechecked={
        "EVH40-020": {
            "status": "verbatim",
            "url_checked": "https://anews.com.tr/europe/2025/04/03/"
            "ceasefire-deal-still-on-the-table-ukrainian-foreign-minister",
            "differences": "as B found, the page puts the quotation in straight double "
            "quotation marks where the collector's copy had curly ones; the gold keeps the "
            "page's characters (build.py, text_fixes), every word and every other character "
            "the same as on the page",
            "by": "adjudicating data engineer (third engineer, s40-heldout), session 40 "
            "(2026-12-07), search tool pages corpus: the collector's found_by query ('Sybiha "
            "foreign minister ceasefire Russia must agree unconditional'), run once, returned "
            "the cited page fifth, with the sentence in its excerpt",
        },
    },
    text_fixes={
        "EVH40-020": (
            "\u201cI came to NATO headquarters to talk about peace, just, long-lasting, "
            "comprehensive peace,\u201d",
            '"I came to NATO headquarters to talk about peace, just, long-lasting, '
            'comprehensive peace,"',
        ),
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s40b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def cited_ids(folder: Path, names: Sequence[str], reasons: Sequence[str]) -> list[str]:
    """The development records the ``reasons`` cite, checked: every other gold file but the
    CHECK files and this session's sets; the set's own ids (``names`` in ``folder``) allowed
    (also used by the s40b build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if SESSION not in p.name]
    development = hb.record_files(development_files(others))
    own = [r["id"] for name in names for r in hb.read_records(folder / name)]
    return list(hb.check_citations(reasons, development, own))


def sentence_files(*own: Path) -> list[Path]:
    """The session's sentence files but the set's ``own`` (also used by the s40b build)."""
    return [p for p in SENTENCE_FILES if p not in own]


# Session 18's DOCUMENT comment, dated this session's day (also used by the s40b build).
document_comment = hb.dated(s18.document_comment, DAY)


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
    correct: Callable[[hb.Record], hb.Record],
    reworded: Sequence[tuple[str, str]] = (),
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Session 37's ``build_event_set`` (each record of a's and b's files passed through
    ``correct``; near duplicates and records whose first 60 characters stand in another gold
    file left out; merged; written) with session 18's DOCUMENT comment dated this session's day,
    each (old, new) of ``reworded`` replaced in it once where the comment does not fit the set
    (also used by the s40b build). Returns the summary, the near duplicates and the records
    left out by opening."""
    a = [correct(hb.with_labels(r, "a")) for r in hb.read_records(folder / "events-a.json")]
    b = [correct(hb.with_labels(r, "b")) for r in hb.read_records(folder / "events-b.json")]
    near = hb.near_duplicates(a, others)
    opening = s34.opening_elsewhere(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in {*near, *opening}]
    build = hb.merge_events(pairs, decided)
    events = build.summary()
    comment = document_comment(build.records, events, near, decided, which)
    for old, new in reworded:
        if comment.count(old) != 1:
            raise hb.BuildError(f"the DOCUMENT comment does not say {old!r} once")
        comment = comment.replace(old, new)
    if opening:
        left = "; ".join(
            f"{rid} (its first 60 characters stand in {d['file']}, {d['id']})"
            for rid, d in opening.items()
        )
        comment += f" Left out before the merge as a duplicate by first 60 characters: {left}."
    document = {
        "id": f"ACCORD-HELDOUT-{path.stem.rsplit('-', 1)[1].upper()}-DOC",
        "event": "DOCUMENT",
        "comment": comment,
        "license": hb.EVENT_LICENSE,
    }
    hb.write_gold(path, hb.event_gold_text(document, build.records), build.records, others)
    return events, near, opening


def note_corrector(fixes: Mapping[str, tuple[str, str]]) -> Callable[[hb.Record], hb.Record]:
    """Session 37's ``note_corrector`` (session 33's): b's note with ``fixes`` applied (also
    used by the s40b build)."""
    return s37.note_corrector(fixes)  # type: ignore[no-any-return]


def build_events(others: Sequence[Path], decided: hb.EventDecisions) -> dict[str, Any]:
    """The first event set, written; its parts of agreement.json."""
    compared = [*others, *sentence_files(IN / "events-sentences.json")]
    which = ("session 40", SCOPE, f"{OUT}/")
    correct = note_corrector(NOTE_FIXES)
    events, near, opening = build_event_set(IN, EVENTS, decided, which, compared, correct)
    return {"events": events, "near": near, "opening": opening}


def build_evidence(others: Sequence[Path]) -> dict[str, Any]:
    """The evidence set, written; its parts of agreement.json."""
    compared = [*others, *sentence_files(IN / "evidence-sentences.jsonl")]
    evidence, near, holding = s31.build_evidence_set(IN, EVIDENCE, EVIDENCE_DECIDED, compared)
    return {"evidence": evidence, "near": near, "holding": holding}


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    reasons = list(EVIDENCE_DECIDED.adjudications.values())
    names = ["evidence-A.jsonl"]
    result: dict[str, Any] = {}
    near: dict[str, Any] = {}
    tables = []
    if EVENTS_DECIDED is not None:
        reasons += s19.event_reasons(EVENTS_DECIDED)
        names.append("events-a.json")
        built = build_events(others, EVENTS_DECIDED)
        result["events"] = built["events"]
        near["events"] = s18.near_figures(built["near"])
        result["opening_in_another_file_left_out"] = {
            "rule": s34.OPENING_RULE,
            "events": built["opening"],
        }
        tables.append(hb.event_table(built["events"]))
        others = [*others, EVENTS]
    cited = cited_ids(IN, names, reasons)
    built = build_evidence(others)
    result["evidence"] = built["evidence"]
    near["evidence"] = s18.near_figures(built["near"])
    result["near_duplicates_left_out"] = {"rule": s18.NEAR_RULE, **near}
    result["holding_another_sentence_left_out"] = {
        "rule": s31.HOLDING_RULE,
        "evidence": built["holding"],
    }
    result["development_records_cited"] = cited
    hb.write_agreement(OUT / "agreement.json", result)
    tables.append(hb.evidence_table(EVIDENCE.stem, built["evidence"]["annotator_agreement_module"]))
    print(*tables)


if __name__ == "__main__":
    main()
