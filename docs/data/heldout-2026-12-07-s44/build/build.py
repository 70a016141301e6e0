"""Assemble session 44's held-out pair (news-heldout-s44.json, HO29U; evidence-heldout-s44.jsonl,
EVH44) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
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
s31 = hb.load_build(DATA / "heldout-2026-12-06-s31" / "build" / "build.py")
s32 = hb.load_build(DATA / "heldout-2026-12-06-s32" / "build" / "build.py")

COORD = Path("/work/coord/s44")
IN = COORD / "heldout"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s44/build")
EVENTS = NEWS / "news-heldout-s44.json"
EVIDENCE = NEWS / "evidence-heldout-s44.jsonl"
# The CHECK files of session 44 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s42.json",
    "news-heldout-s42b.json",
    "news-heldout-s42c.json",
    "evidence-heldout-s42.jsonl",
    "news-heldout-s43.json",
    "news-heldout-s43b.json",
    "news-heldout-s43c.json",
    "evidence-heldout-s43.jsonl",
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
    "at most two sentences a page; accusations and condemnations, rejections and denials, "
    "requests and legal appeals, support and praise, agreements and proposals, arrests, a "
    "revocation of citizenship, a border closure, a warning, an envoy's visit, a protest, "
    "police force against a protest and statements with no event across Africa (Eswatini and "
    "the US, Zambia and South Africa, Mozambique, Libya, Angola, Chad, Tunisia), the Middle East "
    "(Kuwait, Iraq and Kuwait), Asia (the Maldives, Timor-Leste, Mongolia, Kazakhstan, Sri "
    "Lanka, Pakistan and Afghanistan) and Oceania (Fiji and Tonga, Papua New Guinea)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29U-004": {
            "event": "AGREE",
            "mode": None,
            "source": ["FJI"],
            "target": ["TON"],
            "follows": "b",
            "reason": "Fiji reaffirms its commitment to 'facilitating the process', help it "
            "offers another party in a meeting with Tonga's king, which the development gold "
            "codes AGREE with that party as recipient: HO26Z-031 (ASEAN 'reaffirmed ... their "
            "commitment to support Timor-Leste's integration': AGREE IGO -> TLS) and HO29H-015 "
            "(adjudicated: a proposal made 'During a Tuesday meeting with' Zelensky: AGREE TUR "
            "-> UKR, the partner of the opening phrase the recipient); a's HO29F-006 and "
            "HO26R-043 reaffirm a commitment to the speaker's own process or sovereignty, help "
            "offered to no other party; a close call, as a says",
        },
        "HO29U-006": {
            "event": "ACCUSE",
            "mode": "investigate",
            "source": ["TLS"],
            "target": [],
            "follows": "b",
            "reason": "what the police official states is an act the authorities will do, and a "
            "verb of intent codes the act it announces (docs/event-coding.md, as HO28W-046's "
            "adjudication reads it): a summons 'to demand accountability for the damages', which "
            "the development gold codes ACCUSE investigate, HO26N-059 (prosecutors 'will be "
            "calling' Georgescu for hearings: ACCUSE investigate ROU); the 'protest "
            "coordinators' are not named, so no recipient, as HO26S-047 (adjudicated: unnamed "
            "protesters, no recipient) and HO26O-023 (adjudicated: an investigation naming no "
            "one: none); no warning verb and no consequence stands in the sentence, so a's "
            "THREATEN has no warning to read (docs/event-coding.md: 'A warning is THREATEN only "
            "when the consequence it names is the speaker's own act')",
        },
        "HO29U-015": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the speakers are 'their lawyers', the lawyers of five deported men whom "
            "the sentence gives no state; a's USA for the lawyers is read from the page (the "
            "Legal Aid Society of New York), not the sentence, as HO29M-028's mode note "
            "refuses a place read from the page; the development gold codes a lawyer by the "
            "client's state where the sentence names it (HO27O-042, Imamoglu's lawyer: TUR) and "
            "a sentence whose only speakers are of no named state as no event, HO27D-010 "
            "(adjudicated: unnamed rights organisations voiced alarm: NONE) and HO26U-041, as "
            "docs/event-coding.md's 'An event has a source' asks; a close call, as a says",
        },
        "HO29U-021": {
            "event": "REQUEST",
            "mode": None,
            "source": ["ZMB"],
            "target": ["ZAF"],
            "follows": "b",
            "reason": "a court case filed to halt the burial is a legal request, REQUEST as both "
            "annotators code it, and the development gold gives a legal request the court's "
            "state as recipient: HO27F-048 (an appeal filed with the Electoral Justice "
            "Tribunal: REQUEST HND -> HND) and HO28W-046 (adjudicated: an appeal to the Supreme "
            "Court: REQUEST TCD -> TCD); the case is filed 'in South Africa', so the court is "
            "South African; the late president's family, a's recipient, is not named in the "
            "sentence (only 'the burial of former President Edgar Lungu'); a close call, as "
            "both annotators say",
        },
        "HO29U-022": {
            "event": "CONSULT",
            "mode": "visit",
            "source": ["ZAF"],
            "target": ["ZMB"],
            "follows": "a",
            "reason": "the governing verb is 'sent his Foreign Minister ... to Lusaka', an "
            "envoy's visit, visitor -> host (docs/event-coding.md, meetings: 'a visit or hosted "
            "meeting is visitor -> host'), which the development gold codes CONSULT, HO27Y-003 "
            "(Kenya 'sent its former prime minister ... to defuse tensions': CONSULT KEN); the "
            "message stands only in the purpose infinitive 'to convey a message'; b's "
            "HO29F-011 and HO27G-043 code a message whose verb ('conveyed') governs the "
            "sentence; a close call, as b says",
        },
        "HO29U-027": {
            "event": "THREATEN",
            "mode": None,
            "source": ["AGO"],
            "target": [],
            "follows": "b",
            "reason": "the MPLA 'issued warnings against participating in the demonstrations', "
            "a prohibition told to the public, which docs/event-coding.md keeps THREATEN ('a "
            'prohibition told to an addressee ("warned people against sharing images") ... '
            "keep THREATEN') and the development gold codes THREATEN with no recipient for the "
            "noun as for the verb: HO27M-020 ('Police issued a warning against spreading "
            "footage': THREATEN TZA, none) and HO26U-016; the labelling as vandalism is the "
            "participle that follows; a's HO26S-047 has 'accused' as its verb; a close call",
        },
        "HO29U-036": {
            "event": "REQUEST",
            "mode": None,
            "source": ["MOZ"],
            "target": [],
            "follows": "b",
            "reason": "Chapo 'called for the \"reconciliation\" of Mozambicans': the first of two "
            "coordinated verbs governs (HO27D-005, adjudicated), REQUEST as both annotators "
            "code it, and a request takes no recipient from its 'for' phrase, which names what "
            "is asked for (docs/event-coding.md, session 7: 'a request takes no recipient from "
            "a \"for\" phrase'); 'Mozambicans' stands inside that phrase; type and source as "
            "both annotators",
        },
        "HO29U-038": {
            "event": "AGREE",
            "mode": None,
            "source": ["MOZ"],
            "target": [],
            "follows": "b",
            "reason": "Chapo 'agreed to provide' assistance to victims' families and conditions "
            "for the release of detained protesters: AGREE as both annotators code it; those "
            "who benefit are unnamed families and protesters, which the development gold gives "
            "no recipient, HO26S-047 (adjudicated: 'none where no target is named: unnamed "
            "protesters, detainees ...'), and the sentence does not say with whom Chapo agreed; "
            "type and source as both annotators",
        },
        "HO29U-040": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["MNG"],
            "target": ["MNG"],
            "follows": "b",
            "reason": "the Office of the President 'called the legislature's vote ... "
            "unconstitutional': 'call' with an object and a label of blame is ACCUSE "
            "disapprove of the object's actor (docs/event-coding.md, s32-calledlabel), and the "
            "development gold codes a label of unlawfulness after 'called' so: HO26U-006 (the "
            "Awami League 'called the ban illegal': ACCUSE disapprove) and HO26S-018 (Iran "
            "called the E3's decision 'illegal': ACCUSE IRN -> FRA, DEU, GBR); a's HO28L-042 and "
            "HO28U-029 have 'rejected' or 'declared' as their verb; source and recipient as "
            "both annotators",
        },
        "HO29U-041": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["MNG"],
            "target": ["MNG"],
            "follows": "b",
            "reason": "senior MPP members 'accusing each other': docs/event-coding.md's filter "
            "of a careful reader drops a target that is the source again 'unless the sentence "
            'says so ("itself", "each other")\', and the development gold keeps each accuser\'s '
            "recipient for a mutual accusation, HO29C-016 (adjudicated on that text: PAK, AFG "
            "-> AFG, PAK) and HO27M-016 (the same coal-theft feud: ACCUSE allege MNG -> MNG); "
            "a's HO29H-029 and HO29H-034 (both annotators agreed there) were not adjudicated; "
            "type and mode as both annotators",
        },
        "HO29U-043": {
            "event": "AGREE",
            "mode": None,
            "source": ["KAZ"],
            "target": [],
            "follows": "b",
            "reason": "Tokayev 'proposed reversing major political reforms', abolishing the "
            "upper house: an intent to change the political institutions, CAMEO 034 (express "
            "intent to institute political reform), which CAMEO2PLOVER maps to AGREE, and the "
            "development gold codes a proposal with no addressee AGREE with no recipient, "
            "ACCORD-2025-024 (von der Leyen 'proposed an 800 billion euro plan': AGREE, none); "
            "a close call, as b says",
        },
    },
    modes_kept={
        "HO29U-020": "a's allege kept (b disapprove): the lawyers argue the government did not "
        "treat Lungu with dignity 'citing instances where he was allegedly prevented from "
        "traveling', charges of named acts, which the development gold codes allege, HO27R-042 "
        "(accused the commission of favouring the ruling party: ACCUSE allege CIV -> CIV); b's "
        "disapprove is not wrong, and a's allege is not wrong",
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH44-018": "follows B (third engineer, session 44): Zelenskiy rejects the US demand "
        "for $500 billion in minerals and objects that the US 'has offered no concrete security "
        "guarantees in return', the same refusal and reason as EVH18-015 (adjudicated: UKR "
        "minerals_deal low and UKR security_guarantees high); the development gold gives the "
        "US demand named inside Ukraine's rejection no USA stance, EV-113 ('rejected a "
        "detailed US proposal': UKR only) and EV-108 (drafts 'proposed by the Trump's "
        "administration': UKR only); A's EV-115 is Trump's own statement of the demand",
        "EVH44-037": "follows B (third engineer, session 44): Psaki says the US expects the "
        "Taliban 'to abide by their obligations in a bilateral accord' not to let the country "
        "become a safe haven for terrorists, and the development gold gives a commitment the "
        "sentence attributes to the Taliban as their stance besides the US one of holding them "
        "to it: EVH30-036 (adjudicated: Sullivan holds the Taliban to their Doha commitments: "
        "USA and TAL counterterrorism high), EVH2-076 (adjudicated) and EVH11-058; USA "
        "counterterrorism high (both annotators)",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s44b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s44" not in p.name]


def siblings(own: Path, *also: Path) -> list[Path]:
    """This session's sentence files (and ``also``) where they stand, but the set's own
    sentence file ``own``, for the duplicate checks (also used by the s44b build)."""
    return [p for p in (*SIBLINGS, *also) if p.exists() and p != own]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s44b
# build).
document_comment = hb.dated(s19.s18.document_comment, DAY)


def build_evidence_set(
    others: Sequence[Path], issues: Callable[[str], Sequence[str]]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps with A's labels moved under ``annotations.A`` first
    (session 32's ``with_label``), leaving out too the records holding the first 60 characters
    of another gold file's sentence (session 31's ``holding_others``, as session 40's build)."""
    a = [s32.with_label(r) for r in hb.read_records(IN / "evidence-A.jsonl")]
    b = hb.read_records(IN / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    holding = s31.holding_others(a, others)
    left_out = {*near, *holding}
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in left_out]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    summary = hb.evidence_summary(records, EVIDENCE_DECIDED, EVIDENCE, issues)
    return summary, near, holding


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
        ("session 44", SCOPE, f"{OUT}/"),
        [*others, *siblings(IN / "events-sentences.json", IN / "evidence-sentences.jsonl")],
        document_comment,
    )
    evidence, near_evidence, holding = build_evidence_set(
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
            "holding_another_sentence_left_out": {
                "rule": s31.HOLDING_RULE,
                "evidence": holding,
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
