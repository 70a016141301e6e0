"""Assemble session 43's first held-out event set (news-heldout-s43.json, HO29R) and its evidence
set (evidence-heldout-s43.jsonl, EVH43) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md and the helpers of
session 40's first build (session 37's event steps: a's labels on the record, b's under
``annotations.b``, the near duplicates and the records whose first 60 characters stand in another
gold file left out; session 33's correction of a note of b's; session 31's evidence steps, which
move A's label under ``annotations`` and leave out a record holding another gold sentence's first
60 characters; session 18's DOCUMENT comment dated 2026-12-07). Run from the repository root with
PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels, leaves out the
sentences another gold file or the session's other sentence files hold, applies the
adjudicator's decisions below, checks the new files against every other gold file, and computes
agreement. The s43b build reuses its helpers. The evidence set was built first (its B file came
first), with the event set left out (``EVENTS_DECIDED`` None) until its b file came.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s40 = hb.load_build(DATA / "heldout-2026-12-07-s40" / "build" / "build.py")
s34, s31, s19, s18 = s40.s34, s40.s31, s40.s19, s40.s18

IN = Path("/work/coord/s43/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s43/build")
EVENTS = NEWS / "news-heldout-s43.json"
EVIDENCE = NEWS / "evidence-heldout-s43.jsonl"
# The CHECK files of session 43 (the sets of sessions 41 and 42, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s41.json",
    "news-heldout-s41b.json",
    "news-heldout-s41c.json",
    "evidence-heldout-s41.jsonl",
    "news-heldout-s42.json",
    "news-heldout-s42b.json",
    "news-heldout-s42c.json",
    "evidence-heldout-s42.jsonl",
}
# This session's sets (HO29R, HO29S, HO29T, EVH43): none is a development file for another.
SESSION = "heldout-s43"
# The day session 43 built its sets (session 40's, whose DOCUMENT comment helper is reused).
DAY = "2026-12-07"
# The session's sentence files, compared with each new set as strings (pages, first 60
# characters and the near-duplicate rule); the third set's folder (heldout3/, another
# adjudicator's) is read for its sentence file only.
COORD = Path("/work/coord/s43")
SENTENCE_FILES = [
    COORD / "heldout" / "events-sentences.json",
    COORD / "heldout" / "evidence-sentences.jsonl",
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
]

# What the first set's sentences report, for its DOCUMENT comment (written when its b file came).
SCOPE = "at most two sentences a page"

# Notes of b's that quote a development sentence's first 60 characters (``hb.write_gold``
# refuses a file quoting another gold file's sentence): the quotation elided, b's words and
# labels kept (as the s29, s33 and s37b builds did).
NOTE_FIXES: dict[str, tuple[str, str]] = {}

# The rule the mode-only decisions apply (session 40's, the third sets of sessions 28, 31 and
# 34, and session 37's): where a and b differ only in mode, a's stays unless it is clearly wrong;
# the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands against another, unless the PLOVER
# 2.0 manual codes the act otherwise; where the table gives the act no mode, the development
# gold's practice decides.
# The first event set's decisions (None leaves the set out of the build).
EVENTS_DECIDED: hb.EventDecisions | None = None

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH43-002": "follows B: 'apart from \"boots on the ground\"' reads 'in addition to' "
        "the troops: Sybiha asks for an Article Five-like mechanism besides foreign troops on the "
        "ground, so both stand among what Ukraine asks for; the development gold codes Ukraine's "
        "call for guarantees that hold foreign troops as both stances, EVH10-009 (security "
        "guarantees 'including the presence of foreign troops in Ukraine': UKR "
        "security_guarantees high and peacekeeping high), and an Article 5-like commitment "
        "security_guarantees high, EVH29-016 and EVH2-015 (UKR high, as both annotators). A close "
        "call, as B wrote: A read the troops as named only as what the mechanism comes beside",
        "EVH43-022": "follows A: Plotnitsky's complaint names Kiev's reclassification of the "
        "regions only as the object of his objection, and the development gold codes the "
        "speaker's stance, not the other side's act or proposal that the speaker rejects: EV-161 "
        "(Russia and the two republics rejected Poroshenko's proposal to amend the constitution: "
        "RUS and SEP special_status high, no UKR stance) and EVH10-043 (amendments drafted "
        "without consulting the republics are not what Minsk-2 provides for, the Russian "
        "foreign ministry said: RUS high, no UKR stance); SEP special_status high as both "
        "annotators (as EVH9-043). A close call, as B wrote: B's EVH23-028 and EVH14-021 code "
        "an aim the sentence itself gives its holder ('which the Russian Federation speaks of', "
        "'that Moscow has sought'), not an act reported by its opponent",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s43b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def cited_ids(folder: Path, names: Sequence[str], reasons: Sequence[str]) -> list[str]:
    """The development records the ``reasons`` cite, checked: every other gold file but the
    CHECK files and this session's sets; the set's own ids (``names`` in ``folder``) allowed
    (also used by the s43b build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if SESSION not in p.name]
    development = hb.record_files(development_files(others))
    own = [r["id"] for name in names for r in hb.read_records(folder / name)]
    return list(hb.check_citations(reasons, development, own))


def sentence_files(*own: Path) -> list[Path]:
    """The session's sentence files but the set's ``own`` (also used by the s43b build)."""
    return [p for p in SENTENCE_FILES if p not in own]


def build_events(others: Sequence[Path], decided: hb.EventDecisions) -> dict[str, Any]:
    """The first event set, written (session 40's ``build_event_set``, whose DOCUMENT comment is
    dated 2026-12-07, this session's day too); its parts of agreement.json."""
    compared = [*others, *sentence_files(IN / "events-sentences.json")]
    which = ("session 43", SCOPE, f"{OUT}/")
    correct = s40.note_corrector(NOTE_FIXES)
    events, near, opening = s40.build_event_set(IN, EVENTS, decided, which, compared, correct)
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
