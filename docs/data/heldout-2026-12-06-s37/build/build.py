"""Assemble session 37's first held-out event set (news-heldout-s37.json, HO28Z) and its evidence
set (evidence-heldout-s37.jsonl, EVH37) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md and the helpers of
session 34's first build (its ``build_event_set``: a's labels on the record, b's under
``annotations.b``, the near duplicates and the records whose first 60 characters stand in another
gold file left out, session 18's DOCUMENT comment dated 2026-12-06; and, through it, session
31's evidence steps, which move A's label under ``annotations`` and leave out a record holding
another gold sentence's first 60 characters). Run from the repository root with PYTHONPATH=src.
It runs no coder and no evidence finder: it copies labels, leaves out the sentences another gold
file or the session's other sentence files hold, applies the adjudicator's decisions below,
checks the new files against every other gold file, and computes agreement. The s37b build
reuses its helpers. The evidence set was built first (its B file came first); the event set is
built once ``EVENTS_DECIDED`` holds its decisions.
"""

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s34 = hb.load_build(DATA / "heldout-2026-12-06-s34" / "build" / "build.py")
s31, s19, s18 = s34.s31, s34.s19, s34.s18
s33 = hb.load_build(DATA / "heldout-2026-12-06-s33" / "build" / "build.py")

IN = Path("/work/coord/s37/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s37/build")
EVENTS = NEWS / "news-heldout-s37.json"
EVIDENCE = NEWS / "evidence-heldout-s37.jsonl"
# The CHECK files of session 37 (the sets of sessions 35 and 36, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s35.json",
    "news-heldout-s35b.json",
    "news-heldout-s35c.json",
    "evidence-heldout-s35.jsonl",
    "news-heldout-s36.json",
    "news-heldout-s36b.json",
    "news-heldout-s36c.json",
    "evidence-heldout-s36.jsonl",
}
# This session's sets (HO28Z, HO29A, HO29B, EVH37): none is a development file for another.
SESSION = "heldout-s37"
# The day session 37 built its sets.
DAY = "2026-12-06"
# The session's sentence files, compared with each new set as strings (pages, first 60
# characters and the near-duplicate rule); the third set's folder (heldout3/, another
# adjudicator's) is read for its sentence file only.
COORD = Path("/work/coord/s37")
SENTENCE_FILES = [
    COORD / "heldout" / "events-sentences.json",
    COORD / "heldout" / "evidence-sentences.jsonl",
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
]

# What the first set's sentences report, for its DOCUMENT comment (written with the set).
SCOPE = ""

# Notes of b's that quote a development sentence's first 60 characters (``hb.write_gold``
# refuses a file quoting another gold file's sentence): the quotation elided, b's words and
# labels kept (as the s29 and s33 builds did).
NOTE_FIXES: dict[str, tuple[str, str]] = {}

# The first event set's decisions: None until its second annotator's file is in (heldout/B-DONE).
EVENTS_DECIDED: hb.EventDecisions | None = None

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH37-002": "follows B: the sentence is Zelensky's refusal to cede territory, UKR "
        "territory high (both annotators); the US-drafted proposal is named only as holding "
        "that term, and the development gold codes a rejected offer with the rejecting party's "
        "stance alone, EVH34-022 (adjudicated: the separatists called Kyiv's offer of special "
        "status insufficient: SEP only, the offer's author not coded) and EVH33-002 (Zelensky "
        "rejected 'any proposal to cede the Donbass region': UKR territory high only); A's "
        "EVH33-020 is the US official's own words (Hegseth: no return to the pre-2014 borders), "
        "not a term of a draft named in the rejecting party's sentence. A itself called the USA "
        "stance a close call",
        "EVH37-023": "follows A: Pushilin, named, says the DPR needs no Belarusian force 'to "
        "secure order in the DPR territory and on its borders': the DPR keeps its borders "
        "under its own bodies, the scale's low end ('no handover; the border stays under "
        "separatist control'), as EVH31-022 (Pushilin and Pasechnik: 'the Kiev authorities will "
        "not get any control over the border': SEP border_control low); the development gold "
        "reads a foreign force on the border with Russia on this issue, EVH15-029 (adjudicated: "
        "with its holder named, UN peacekeepers along the border with Russia would be UKR "
        "border_control high, as both annotators read it), the mirror of a force refused there; "
        "B's EV-169 has no stance because its speaker is not named (its adjudication), not "
        "because peacekeepers are off the scale. A close call: Kyiv is not named",
        "EVH37-026": "follows B: a special status Ukraine agrees to grant the Donbas is the "
        "scale's 'limited decentralisation by ordinary law' (25), or at most the constitutional "
        "status of its midpoint (50) for a 'permanent' one, not above it, and the development "
        "gold codes Kyiv's own agreement to a special status low, EVH28-021 (adjudicated: "
        "Zelensky signed up to a deal giving Donbass a special status: UKR low), EVH33-022 "
        "(adjudicated: Poroshenko's 'special status' protected by law: UKR low) and EVH31-030 "
        "(the Rada prolonged the special status law: UKR low); A's EVH27-028 is the one high "
        "record of the kind, which EVH33-022's adjudication weighed and set aside",
        "EVH37-028": "follows B: Ukraine's legislation granting a special status to the Donbas "
        "is a status by ordinary law, the scale's 25 point, nearer the low end, and the "
        "development gold codes Kyiv's special-status laws low, EVH31-030 (the Rada prolonged the "
        "special status law: UKR low), EVH31-026 (Poroshenko's draft law prolonging the special "
        "status: UKR low) and EVH33-022 (adjudicated: UKR low); a stance reported in another's "
        "account (the State Department's) is its holder's, EVH4-011, as both annotators read "
        "it; A's EVH27-028 is the one high record, set aside by EVH33-022's adjudication",
        "EVH37-040": "follows B: the Islamic Emirate (the Taliban's own name, so the holder is "
        "named) calls the withdrawal of foreign forces a 'great victory', and the development "
        "gold codes the Taliban welcoming the foreign forces' departure as their stance for it, "
        "EVH14-033 (the Taliban welcomed Trump's announcement of pulling out US troops: TAL "
        "us_withdrawal high) and EVH16-039 (the same: TAL high), and a step hailed as its "
        "holder's stance, EVH32-033 (Khalilzad hailed the negotiating team: USA "
        "intra_afghan_talks high). A close call, as B itself wrote: the sentence celebrates a "
        "withdrawal already done, and A read no position on an open issue",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s37b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def cited_ids(folder: Path, names: Sequence[str], reasons: Sequence[str]) -> list[str]:
    """The development records the ``reasons`` cite, checked: every other gold file but the
    CHECK files and this session's sets; the set's own ids (``names`` in ``folder``) allowed
    (also used by the s37b build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if SESSION not in p.name]
    development = hb.record_files(development_files(others))
    own = [r["id"] for name in names for r in hb.read_records(folder / name)]
    return list(hb.check_citations(reasons, development, own))


def sentence_files(*own: Path) -> list[Path]:
    """The session's sentence files but the set's ``own`` (also used by the s37b build)."""
    return [p for p in SENTENCE_FILES if p not in own]


def note_corrector(fixes: Mapping[str, tuple[str, str]]) -> Callable[[hb.Record], hb.Record]:
    """A function giving a record of a's or b's file with ``fixes`` applied to b's note (the
    words to correct must stand once in it; labels untouched): session 33's, for a note of b's
    that quotes a development sentence's first 60 characters, which ``hb.write_gold`` refuses
    (also used by the s37b build)."""
    return cast(Callable[[hb.Record], hb.Record], s33.note_corrector(fixes))


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
    correct: Callable[[hb.Record], hb.Record],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Session 34's ``build_event_set`` (near duplicates and records whose first 60 characters
    stand in another gold file left out, merged, written with session 18's DOCUMENT comment
    dated 2026-12-06, this session's day too) with each record of a's and b's files first
    passed through ``correct``, as the shared ``hb.build_event_set`` does (also used by the s37b
    build). Returns the summary, the near duplicates and the records left out by opening."""
    a = [correct(hb.with_labels(r, "a")) for r in hb.read_records(folder / "events-a.json")]
    b = [correct(hb.with_labels(r, "b")) for r in hb.read_records(folder / "events-b.json")]
    near = hb.near_duplicates(a, others)
    opening = s34.opening_elsewhere(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in {*near, *opening}]
    build = hb.merge_events(pairs, decided)
    events = build.summary()
    comment = s34.document_comment(build.records, events, near, decided, which)
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


def build_events(others: Sequence[Path], decided: hb.EventDecisions) -> dict[str, Any]:
    """The first event set, written; its parts of agreement.json."""
    compared = [*others, *sentence_files(IN / "events-sentences.json")]
    which = ("session 37", SCOPE, f"{OUT}/")
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
