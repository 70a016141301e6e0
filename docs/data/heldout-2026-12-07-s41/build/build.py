"""Assemble session 41's held-out pair (news-heldout-s41.json, HO29L; evidence-heldout-s41.jsonl,
EVH41) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md (its ``build_event_set`` reads b's labels under
``annotations.b``), session 19's ``event_reasons``, session 18's DOCUMENT comment and session
32's ``with_label`` (A's evidence labels stand on the record), as session 38's build did. Run from
the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file and this
session's other sentence files, and computes agreement.
"""

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")
s32 = hb.load_build(DATA / "heldout-2026-12-06-s32" / "build" / "build.py")

COORD = Path("/work/coord/s41")
IN = COORD / "heldout"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s41/build")
EVENTS = NEWS / "news-heldout-s41.json"
EVIDENCE = NEWS / "evidence-heldout-s41.jsonl"
# The CHECK files of session 41 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s39.json",
    "news-heldout-s39b.json",
    "news-heldout-s39c.json",
    "evidence-heldout-s39.jsonl",
    "news-heldout-s40.json",
    "news-heldout-s40b.json",
    "news-heldout-s40c.json",
    "evidence-heldout-s40.jsonl",
}
# This session's other sentence files (the second set's and the third set's, the latter built
# by another adjudicator on its own branch): the duplicate checks read them too, as strings.
SIBLINGS = (
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
)
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-07"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; arrests, a ban on candidates, an internet and a telecoms "
    "shutdown, accusations and condemnations, rejections and denials, air and drone strikes, a "
    "raid, protests and riots, a boycott, meetings and an invitation, a warning, praise, "
    "resignations, an expulsion from a party and statements with no event across Africa "
    "(Tanzania, Somalia and the US, Malawi, Uganda, Ivory Coast, Kenya), the Middle East (Iraq "
    "and its Kurdistan Region, Jordan, Syria), Asia (Indonesia, Nepal, Mongolia, Afghanistan, "
    "Bangladesh, the Philippines and the ICC, South Korea and Japan) and Oceania (Vanuatu and "
    "Australia, the Solomon Islands, Samoa)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29L-008": {
            "event": "CONSULT",
            "mode": None,
            "source": ["IRQ"],
            "target": [],
            "follows": "b",
            "reason": "the act is the meeting, as both annotators read it ('stressed the "
            "urgency' alone is a statement, HO28C-025, adjudicated: NONE); a meeting that names "
            "no host has all participants as the actor and no recipient (docs/event-coding.md, "
            "meetings: 'with no host ... all participants are the actor and there is no "
            "recipient'), and the development gold codes talks of two parties of one state with "
            "that state as the one source and none: HO28H-036 (adjudicated: the federal "
            "government and regional administrations: CONSULT SOM, none), HO26L-024 (Syrian "
            "authorities and the SDF discussed in Damascus: SYR, none) and HO27Q-030 "
            "(adjudicated: 'both are Chilean, one code'); a's IRQ -> IRQ is a visit's form, "
            "HO26O-019 (a KRG delegation 'met federal officials in Baghdad'), and this sentence "
            "names no place",
        },
        "HO29L-010": {
            "event": "REJECT",
            "mode": None,
            "source": ["IRQ"],
            "target": ["IRQ"],
            "follows": "b",
            "reason": "Baghdad 'challenges' the KRG's autonomy, 'declaring them "
            "unconstitutional': the development gold codes a state body declaring another's act "
            "unconstitutional REJECT, HO28L-042 (an assembly 'declaring the move "
            "unconstitutional': REJECT BIH -> BIH) and HO28U-029 (adjudicated: a court 'has "
            "declared the foundational contract ... unconstitutional': REJECT), and "
            "docs/event-coding.md types disputing another's claim REJECT ('dismissing, "
            "disputing, denying or refuting a claim ... is REJECT (manual 3.10)'); a's court "
            "challenge is not in the sentence; source and recipient as both annotators",
        },
        "HO29L-024": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["CIV"],
            "target": [],
            "follows": "b",
            "reason": "what the opposition 'denounced' is 'the election', whose author the main "
            "clause does not name, and Ouattara stands only in the participle 'saying it would "
            "not recognize Ouattara'; the development gold gives a denounced or rejected "
            "election no recipient where the incumbent is named only in such a phrase, HO26Q-008 "
            "(adjudicated: Tchiroma rejected the results, Biya named only inside the participle "
            "phrase: REJECT CMR, none) and HO28B-010 (rights groups 'denounced the polls as a "
            "sham election': ACCUSE disapprove KEN, none), as HO27R-017 and HO27U-033 (results "
            "rejected: none); type, mode and source as both annotators",
        },
        "HO29L-027": {
            "event": "COERCE",
            "mode": "ban",
            "source": ["CIV"],
            "target": ["CIV"],
            "follows": "a",
            "reason": "candidates 'removed from the electoral list' and 'excluded' are agentless "
            "passives of an official act, which the development gold codes with the state of "
            "the domestic candidates as both sides: HO28N-019 (adjudicated: opponents 'have "
            "been disqualified': COERCE ban TZA -> TZA; 'for an official act such as a "
            "disqualification or a detention the gold reads the state as the doer', the "
            "practice that an event has a source notwithstanding) and HO27Y-007 (adjudicated: "
            "the Awami League 'has been barred from contesting': COERCE ban BGD -> BGD, "
            "CAMEO2PLOVER 1722); b's 'An event has a source' is the convention those "
            "adjudications weighed",
        },
        "HO29L-029": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["MNG"],
            "target": [],
            "follows": "b",
            "reason": "the crowd 'converged on the square outside the parliament building' and "
            "its chant names no one; the development gold gives a demonstration in front of a "
            "parliament no recipient where the sentence names no government, leader or body "
            "protested against: HO26K-005 (adjudicated: young Moroccans protested 'in front of "
            "parliament': PROTEST demo MAR, none; 'parliament is where the protest took "
            "place'), HO26Q-052 (journalists outside the Parliament: MDV, none) and HO26V-060 "
            "(adjudicated: 'the domestic recipient is given where the protest is against a "
            "named government or leader'); a's HO26H-040 is a storming of the parliament "
            "building; type, mode and source as both annotators",
        },
        "HO29L-033": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the main clause tells a state of affairs ('Afghanistan is under ... a "
            "blackout') and the cut is an agentless participle; the Taliban stand only in a "
            "time phrase ('since the Taliban's 2021 takeover'), not as the cut's doer; the "
            "development gold codes an internet cut whose doer the sentence does not name as no "
            "event, HO28N-020 ('Internet service was disrupted across the country': NONE), as "
            "docs/event-coding.md's 'An event has a source' asks, and codes COERCE restrict "
            "where the doer is named, HO26U-017 and HO28M-010 (the Taliban ordered or imposed "
            "the shutdown: AFG); a close call, as a says",
        },
        "HO29L-042": {
            "event": "PROTEST",
            "mode": "boycott",
            "source": ["IRQ"],
            "target": [],
            "follows": "b",
            "reason": "the blocs 'withdrew from the race prior to the election', a refusal to "
            "take part, which the development gold codes PROTEST boycott: HO27B-042 (the "
            "Sadrist Movement 'boycotted the vote': PROTEST boycott IRQ, none) and withdrawals "
            "from a meeting, HO28W-019 (ministers 'withdrew from the meeting room': PROTEST "
            "boycott LBN, none) and HO26U-019 (LBN, none); parties by their country, no "
            "recipient named; a close call, as both annotators say",
        },
    },
    modes_kept={
        "HO29L-026": "a's allege kept (b disapprove): 'Ouattara is accused of authoritarian "
        "tactics', a charge of wrongdoing, which the development gold codes allege in most "
        "records with 'accused' (106 allege, 19 disapprove), HO27R-042 (opposition supporters "
        "'accused the electoral commission of favouring the ruling party': ACCUSE allege CIV "
        "-> CIV); a's allege is not wrong",
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH41-003": "follows A (third engineer, session 41): Ushakov says a settlement will be "
        "difficult 'without resolving the territorial issue', which names the issue but states "
        "no position on how it is to be resolved; the development gold gives Russia a territory "
        "stance where the sentence states its terms, EVH32-017 (territorial issues 'remain "
        "non-negotiable': RUS territory low) and EVH11-017 (Ukrainian troops to withdraw from "
        "the four regions: RUS territory low); RUS ceasefire low (both annotators); a close "
        "call, as B says",
        "EVH41-016": "follows B (third engineer, session 41): the deployment of peacekeepers "
        "once peace is agreed is in the clause of what Macron says, and the plan Ukraine helped "
        "prepare is named only as 'a solid and durable plan for peace', no term of it stated; "
        "the development gold gives Macron's statements on the force to France alone, "
        "EVH32-006 (Macron proposed a reassurance force: FRA peacekeeping high) and EVH3-017 "
        "(Macron: 26 allies pledged troops: FRA only); FRA peacekeeping high (both annotators)",
        "EVH41-019": "follows B (third engineer, session 41): Wang Yi says all stakeholders "
        "should take part in the peace talks and underscores Europe's role, which the "
        "development gold codes as no stance, EV-187 (Wang at Munich: 'all parties and "
        "stakeholders directly involved participate in the peace talks': no stance); A's "
        "EVH-039 adds that China seeks 'a political settlement through dialogue', which this "
        "sentence does not say",
        "EVH41-030": "follows A (third engineer, session 41): Ukraine's own promise of a "
        "constitution that considers the Donbas's peculiarities is Kyiv's decentralisation, "
        "which the development gold codes low, EVH37-026 (adjudicated: Ukraine agrees to grant "
        "Donbass a permanent special status: UKR low, 'at most the constitutional status of "
        "its midpoint') and EVH35-029 (adjudicated: a special-status law approved: UKR low); "
        "B's EV-044, EV-053 and EVH11-045 are Russia's demands for constitutional reform "
        "(RUS high), not Ukraine's own offer",
        "EVH41-033": "follows B (third engineer, session 41): the sentence names the deal the "
        "Taliban 'signed ... with the United States that facilitates the US troop "
        "withdrawal', and the development gold codes both signatories of the withdrawal deal "
        "for it, EVH17-032 (the US and Taliban signed an agreement which sets in motion a full "
        "withdrawal: USA and TAL us_withdrawal high) and EVH9-060 (adjudicated: both named "
        "signatories: TAL and USA us_withdrawal high); TAL intra_afghan_talks high (both "
        "annotators)",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s41b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s41" not in p.name]


def siblings(own: Path, *also: Path) -> list[Path]:
    """This session's sentence files (and ``also``) where they stand, but the set's own
    sentence file ``own``, for the duplicate checks (also used by the s41b build)."""
    return [p for p in (*SIBLINGS, *also) if p.exists() and p != own]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s41b
# build).
document_comment = hb.dated(s19.s18.document_comment, DAY)


def build_evidence_set(
    others: Sequence[Path], issues: Callable[[str], Sequence[str]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps with A's labels moved under ``annotations.A`` first
    (session 32's ``with_label``)."""
    a = [s32.with_label(r) for r in hb.read_records(IN / "evidence-A.jsonl")]
    b = hb.read_records(IN / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    return hb.evidence_summary(records, EVIDENCE_DECIDED, EVIDENCE, issues), near


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for f in ("events-a.json", "evidence-A.jsonl") for r in hb.read_records(IN / f)]
    cited = hb.check_citations(reasons, development, own)
    events, near_events = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 41", SCOPE, f"{OUT}/"),
        [*others, *siblings(IN / "events-sentences.json", IN / "evidence-sentences.jsonl")],
        document_comment,
    )
    evidence, near_evidence = build_evidence_set(
        [*others, EVENTS, *siblings(IN / "evidence-sentences.jsonl")],
        lambda s: [i.id for i in resolve(s).issues],
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s19.s18.NEAR_RULE,
                "events": s19.s18.near_figures(near_events),
                "evidence": s19.s18.near_figures(near_evidence),
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
