"""Assemble session 31's first held-out event set (news-heldout-s31.json, HO28H) and its evidence
set (evidence-heldout-s31.jsonl, EVH31) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md (``build_event_set``
reads b's labels under ``annotations.b``) and the helpers of session 25's first build (its
evidence steps read A's labels on the record, as this session's A file has them; its DOCUMENT
comment is session 18's, dated here 2026-12-06). Run from the repository root with
PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels, leaves out the
sentences another gold file holds in other words, applies the adjudicator's decisions below,
checks the new files against every other gold file, and computes agreement. The s31b build
reuses its helpers.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s25 = hb.load_build(DATA / "heldout-2026-12-05-s25" / "build" / "build.py")
s19, s18 = s25.s19, s25.s18

IN = Path("/work/coord/s31/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s31/build")
EVENTS = NEWS / "news-heldout-s31.json"
EVIDENCE = NEWS / "evidence-heldout-s31.jsonl"
# The CHECK files of session 31 (the sets of sessions 29 and 30, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s29.json",
    "news-heldout-s29b.json",
    "news-heldout-s29c.json",
    "evidence-heldout-s29.jsonl",
    "news-heldout-s30.json",
    "news-heldout-s30b.json",
    "news-heldout-s30c.json",
    "evidence-heldout-s30.jsonl",
}
# This session's sets (HO28H, HO28I, HO28J, EVH31): none is a development file for another.
SESSION = "heldout-s31"
# The day session 31 built its sets.
DAY = "2026-12-06"

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH31-020": "follows A: Zelenskyy's allegation that the US pressed him to sign a deal "
        "'that would force 10 generations of Ukrainians to pay it back' is his objection to "
        "those terms, in the words the development gold codes UKR minerals_deal low, EV-109 "
        "('I will not sign what 10 generations of Ukrainians will have to pay back'), as it "
        "codes Kyiv's resistance to the $500bn terms, EV-108 (refused to sign, saying the "
        "terms were too harsh: UKR low); the scale's high end is 'US control of extraction and "
        "revenues as repayment for past aid', the terms he resists; the US pressing for a deal "
        "to be paid back is USA minerals_deal high (both annotators), as EVH27-001",
        "EVH31-023": "follows A: Zelensky states how Kyiv will implement the Steinmeier "
        "formula, through a new law on the special status of Donbas, Kyiv's own position on "
        "the districts' status, and the development gold gives such statements of his a UKR "
        "special_status stance, EVH25-025 (plans to implement the formula 'granting special "
        "status': UKR low) and EVH27-028 (the formula 'has to be added to a new law on a special "
        "status': UKR high); the direction is A's: a status by a law Kyiv defers and "
        "conditions is the scale's 'limited decentralisation by ordinary law' (25, "
        "minsk-2015-02), nearer the low end, as EVH25-025 and EVH28-021 (adjudicated) and the "
        "other UKR special_status stances of the development gold (EVH11-037, EVH17-021, "
        "EVH20-021, EVH23-028), all low, EVH27-028 the one high; B's EVH26-021 states no status "
        "(Minsk 'the only way to peace'); the ceasefire first is UKR ceasefire high (both "
        "annotators, as EVH25-005). A close call on the direction",
        "EVH31-033": "follows B: the Taliban refusing every meeting, the Istanbul one included, "
        "while foreign forces are present both demand the withdrawal (us_withdrawal high, both "
        "annotators) and refuse the peace talks, intra_afghan_talks low, as the development "
        "gold codes such a refusal: EVH20-037 (the Taliban 'refused to be take part in peace "
        "talks until foreign forces withdraw themselves completely': TAL intra_afghan_talks low "
        "and us_withdrawal high), EVH20-031 (no inter-Afghan negotiation 'as long as foreign "
        "soldiers are present': both) and EVH26-038 (talks rejected, the pullout demanded: "
        "both); A's EV-062 is a withdrawal demand with no talks refused",
        "EVH31-034": "follows B: as EVH31-033 of this set, the same refusal in another report: "
        "the Taliban will attend no conference on Afghanistan's future until all foreign troops "
        "have withdrawn, a refusal of the peace talks (TAL intra_afghan_talks low) made "
        "conditional on full withdrawal (TAL us_withdrawal high, both annotators), as "
        "EVH20-037 (refused to take part in peace talks until foreign forces withdraw "
        "completely: both stances) and EVH26-038",
    },
)


# What ``holding_others`` leaves out, for agreement.json.
HOLDING_RULE = (
    "a sentence that holds the first 60 characters of a sentence of another file of "
    "tests/data/news, which hb.write_gold refuses (another file's sentence quoted in the new file)"
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s31b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


# Session 18's DOCUMENT comment, dated this session's day (also used by the s31b build).
document_comment = hb.dated(s18.document_comment, DAY)


def holding_others(
    records: Sequence[hb.Record], others: Sequence[Path]
) -> dict[str, dict[str, Any]]:
    """The records whose sentence holds the first 60 characters of another gold file's sentence,
    by id, with that sentence's file and id: ``hb.write_gold`` refuses a file holding them (its
    check that the new file quotes no other gold), so they are left out as the near duplicates
    are (also used by the s31b build)."""
    found: dict[str, dict[str, Any]] = {}
    for path in others:
        for row in hb.read_records(path):
            opening = row.get("text")
            if not isinstance(opening, str) or not opening.strip():
                continue
            for record in records:
                if opening[:60] in record["text"] and record["id"] not in found:
                    found[record["id"]] = {"file": path.name, "id": row.get("id")}
    return found


def build_evidence_set(
    folder: Path, path: Path, decisions: hb.EvidenceDecisions, others: Sequence[Path]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Session 25's ``build_evidence_set`` (A's label moved under ``annotations``, the near
    duplicates of ``others`` left out, merged, written, summarised), leaving out too the
    records ``holding_others`` names. Returns the summary, the near duplicates and those."""
    a = [s25.evidence_annotated(r) for r in hb.read_records(folder / "evidence-A.jsonl")]
    b = hb.read_records(folder / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    holding = holding_others(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in {*near, *holding}]
    records = hb.merge_evidence(pairs, decisions)
    hb.write_gold(path, hb.evidence_gold_text(records), records, others)
    return hb.evidence_summary(records, decisions, path, s25.scenario_issues), near, holding


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons: list[str] = [*EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for r in hb.read_records(IN / "evidence-A.jsonl")]
    cited = hb.check_citations(reasons, development, own)
    # The event set of this folder (HO28H) is added once its second annotation is in.
    evidence, near_evidence, holding = build_evidence_set(IN, EVIDENCE, EVIDENCE_DECIDED, others)
    result: dict[str, Any] = {
        "evidence": evidence,
        "near_duplicates_left_out": {
            "rule": s18.NEAR_RULE,
            "evidence": s18.near_figures(near_evidence),
        },
        "holding_another_sentence_left_out": {"rule": HOLDING_RULE, "evidence": holding},
        "development_records_cited": cited,
    }
    hb.write_agreement(OUT / "agreement.json", result)
    print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))


if __name__ == "__main__":
    main()
