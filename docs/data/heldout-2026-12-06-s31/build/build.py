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

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a president's flight and a military takeover, border "
    "clashes, rockets and a refusal of mediation, protests, a riot and a curfew, a call for "
    "protests, a coup condemned and a standby force deployed, a framework agreement signed, "
    "accusations of backing rebels and of preparing war, disappearances, an agreement rejected, "
    "condemnations, appeals and expressions of solidarity and gratitude, a threat to retake a "
    "port by force, drone and air strikes, negotiations under way, a disarmament ceremony, a "
    "UN representative expelled, ambassadors recalled and an ambassador sent back, and "
    "statements with no event across Africa (Madagascar, Tanzania, Cameroon, Benin and ECOWAS, "
    "DR Congo, Mali, Ethiopia and Eritrea, Sudan, Somalia, Kenya, Burkina Faso, Niger and "
    "Algeria), the Middle East (Syria, Lebanon, Iraq and Turkey's PKK, Saudi Arabia and "
    "Pakistan), Asia (Thailand and Cambodia, Nepal, Japan and China, Japan and South Korea, "
    "Myanmar, Bangladesh, the two Koreas) and Oceania (Papua New Guinea and Bougainville, New "
    "Caledonia, Fiji and China, Vanuatu and Australia)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28H-011": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["TZA"],
            "target": ["TZA"],
            "follows": "a",
            "reason": "the demonstrators are named as critics of the named president and her "
            "ruling party, an anti-government demonstration, and the development gold gives "
            "anti-government demonstrations the protesters' own state as recipient: HO26D-028 "
            "('demonstrations against President Andry Rajoelina's rule': MDG -> MDG), HO26Q-004 "
            "(MDG -> MDG), HO26S-014 ('anti-government protests': MDG -> MDG) and HO26J-001; "
            "news-heldout-s7's DOCUMENT gives the domestic recipient for a protest on a named "
            "domestic target; b's HO26D-003 is a march to mark an anniversary and HO27D-044 "
            "(adjudicated) protests with no one named as what they are against; type, mode and "
            "source as both annotators",
        },
        "HO28H-012": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["CMR"],
            "target": [],
            "follows": "b",
            "reason": "the development gold codes a leader's call for a protest action as the "
            "protest, HO27V-004 (the Awami League 'called for a national shutdown on Tuesday "
            "to protest the verdict': PROTEST boycott BGD, none; adjudicated for its recipient, "
            "the type both annotators'), and docs/event-coding.md counts a demonstration "
            "'initiated' among PROTEST demo (141); the demand that the results be respected is "
            "the protests' purpose, and the addressees of the call, his supporters, are not "
            "named: no recipient (both annotators). A close call: 'called for' is also the "
            "phrase of a REQUEST (CAMEO 02), a's reading, but no development record codes a "
            "call to protest REQUEST",
        },
        "HO28H-018": {
            "event": "REJECT",
            "mode": None,
            "source": ["NCL"],
            "target": [],
            "follows": "a",
            "reason": "the sentence names no state on the other side of the agreement: it was "
            "signed 'with the government', which New Caledonia has of its own and which is "
            "France's only by the reader's knowledge, and the development gold gives a "
            "recipient only where clear and named in the sentence (news-heldout-s10's "
            "DOCUMENT); HO26G-059, the same rejection, takes FRA where its sentence names 'the "
            "French state' as the signatory; the signing is a reduced relative clause, "
            "background (docs/event-coding.md); type and source as both annotators",
        },
        "HO28H-024": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["ETH"],
            "target": ["ERI", "ETH"],
            "follows": "a",
            "reason": "the accusation names two parties, Eritrea and the hardline TPLF faction "
            "it is said to collude with ('alleging collusion with', the same speech act of "
            "the same subject), and the development gold codes this very accusation with both "
            "as recipients, HO26I-022 (adjudicated: Eritrea preparing war 'alongside a "
            "hard-line faction' of the TPLF: ETH -> ERI, ETH; a non-state armed group by its "
            "country); b's HO26G-044 names Eritrea alone; type, mode and source as both "
            "annotators",
        },
        "HO28H-027": {
            "event": "THREATEN",
            "mode": "violence",
            "source": ["ETH"],
            "target": [],
            "follows": "a",
            "reason": "the threat names a port, Assab, and no state: docs/event-coding.md, "
            "'A disputed territory is a place, not a recipient' (written at the start of "
            "session 29): an act on a territory whose sovereignty is disputed, here a port of "
            "Eritrea that Ethiopia calls its own, 'gives a recipient only where the sentence "
            "names a state, a government or a people', and this one names only Ethiopia; b's "
            "HO27S-013 names Ethiopia as the one accused of ambitions over Assab, not Eritrea "
            "through it; type, mode and source as both annotators",
        },
        "HO28H-028": {
            "event": "REJECT",
            "mode": None,
            "source": ["ETH"],
            "target": ["ERI"],
            "follows": "b",
            "reason": "one event, of the governing verb (docs/event-coding.md): Abiy 'rules "
            "out' war with Eritrea, and both development records of 'ruled out' code REJECT, "
            "HO26W-019 (Vucic 'has ruled out a snap vote', his own act: REJECT SRB, none) and "
            "HO26I-029 (ruled out US military involvement: REJECT MEX -> USA); the dialogue "
            "Ethiopia seeks stands in the participle clause after 'insisting', no event of its "
            "own; Eritrea, named, as recipient (both annotators). A close call: a named the "
            "AGREE of a stated willingness to talk",
        },
        "HO28H-032": {
            "event": "ASSAULT",
            "mode": "aerial",
            "source": ["MMR"],
            "target": [],
            "follows": "b",
            "reason": "an airstrike by Myanmar's army on a village of its own country whose "
            "victims are unnamed civilians and whose armed group is unnamed has no recipient in "
            "the development gold: HO26Z-048 (adjudicated: the junta's airstrike on a monastery "
            "in a named village killed 23 civilians: ASSAULT aerial MMR, none), HO26F-021 "
            "(aircraft bombed a monastery housing displaced people: MMR, none) and HO27S-043 "
            "(airstrikes that killed civilians: MMR, none), 'none where no target is named' "
            "(news-heldout-s7's DOCUMENT); type, mode and source as both annotators",
        },
        "HO28H-034": {
            "event": "REQUEST",
            "mode": None,
            "source": ["MMR"],
            "target": [],
            "follows": "a",
            "reason": "activists are a domestic agent named without a country, like "
            "protesters, and take the document's home country (docs/event-coding.md, 'The "
            "document's home country': the report's URL names Myanmar and the sentence names no "
            "coded actor); the development gold codes activists as actors, HO26L-026 "
            "(activists staged a rally: PROTEST MLI -> MLI) and HO26F-009; b's precedents are "
            "statements of unnamed rights organisations, HO27D-010 (adjudicated) and HO26M-031, "
            "which no gold record codes as an actor; an appeal is REQUEST (PLOVER 2.0: 'all "
            "requests, demands, and orders'), and 'global leaders' names no one: no recipient "
            "(news-heldout-s7's DOCUMENT). A close call",
        },
        "HO28H-036": {
            "event": "CONSULT",
            "mode": None,
            "source": ["SOM"],
            "target": [],
            "follows": "a",
            "reason": "negotiations between the federal government and two of its regional "
            "administrations are joint talks of parties of one state, and the development gold "
            "codes such talks with that state as the one source and no recipient: HO26P-050 "
            "(talks of Papua New Guinea's and Bougainville's leaders: CONSULT PNG, none) and "
            "HO27B-049 (the DRC and the M23 restarted peace talks: CONSULT COD, none), as "
            "talks between two states are coded with both as sources and none (HO26-001); b's "
            "HO26P-050 is a's own precedent; type and source as both annotators",
        },
        "HO28H-040": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["KEN"],
            "target": [],
            "follows": "b",
            "reason": "unnamed protesters accused have no recipient in the development gold: "
            "HO26S-047 (adjudicated: the ruling party accused protestors: ACCUSE allege AGO, "
            "none), HO26R-018 (accused student protesters: SRB, none) and HO26W-018 (accused "
            "protest leaders: SRB, none), by news-heldout-s10's DOCUMENT (none where no target "
            "is named: unnamed protesters); Kenya and the government stand in what the "
            "protesters are accused of; type, mode and source as both annotators",
        },
        "HO28H-048": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["DZA"],
            "target": ["NER"],
            "follows": "neither",
            "reason": "an ambassador sent back now restores ambassador-level relations, "
            "diplomatic cooperation carried out, CAMEO 05 (050 'Engage in diplomatic "
            "cooperation') -> SUPPORT in CAMEO2PLOVER-2021, as the development gold codes "
            "diplomatic relations re-established, HO27N-017 (adjudicated: SUPPORT BOL -> USA; "
            "'COOPERATE is CAMEO 06, material cooperation'), and future restorations AGREE "
            "(HO26H-016, adjudicated); 'decided to' with an act is coded as the act (HO26K-044, "
            "HO27Z-022, HO26D-001); a's COOPERATE is material cooperation (CAMEO 06, HO26F-019, "
            "adjudicated) and b's RETREAT 'ease' is for economic sanctions eased (CAMEO 085, "
            "HO26R-045); source and recipient as both annotators",
        },
    },
    modes_kept={
        "HO28H-042": "a's 'allege' kept (b 'disapprove'): the development gold codes 'accused "
        "X of' a conduct ACCUSE allege in most records of the construction, non-criminal charges "
        "included, HO27Z-049 (accused the United States of undermining the initiative), "
        "HO27P-015 (of destabilizing the area), HO26W-018 (of promoting violence) and "
        "HO26S-046 (of inciting violence); CAMEO2PLOVER-2021 gives the generic 112 'Accuse' "
        "disapprove, so b's is not wrong, but a's is the construction's majority",
    },
    modes_taken={
        "HO28H-037": (
            None,
            "b's null taken (a 'disarm'): the development gold codes the PKK's disarmament "
            "ceremony in northern Iraq of July 2025 RETREAT with no mode in three of its four "
            "records, HO26X-019 (adjudicated: 'mode null'), HO26Z-028 and HO27D-033 (whose "
            "mode note took the null for this very act: one act coded with two modes would be "
            "a slip), HO27B-031 the one 'disarm'; CAMEO 0873's 'disarm' is not wrong, but the "
            "gold's reading of this act is null",
        ),
    },
)

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
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [
        r["id"]
        for name in ("events-a.json", "evidence-A.jsonl")
        for r in hb.read_records(IN / name)
    ]
    cited = hb.check_citations(reasons, development, own)
    events, near_events = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 31", SCOPE, f"{OUT}/"), others, document_comment
    )
    evidence, near_evidence, holding = build_evidence_set(
        IN, EVIDENCE, EVIDENCE_DECIDED, [*others, EVENTS]
    )
    result: dict[str, Any] = {
        "events": events,
        "evidence": evidence,
        "near_duplicates_left_out": {
            "rule": s18.NEAR_RULE,
            "events": s18.near_figures(near_events),
            "evidence": s18.near_figures(near_evidence),
        },
        "holding_another_sentence_left_out": {"rule": HOLDING_RULE, "evidence": holding},
        "development_records_cited": cited,
    }
    hb.write_agreement(OUT / "agreement.json", result)
    print(
        hb.event_table(events),
        hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]),
    )


if __name__ == "__main__":
    main()
