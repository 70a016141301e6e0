"""Assemble session 47's held-out pair (news-heldout-s47.json, HO30D; evidence-heldout-s47.jsonl,
EVH47) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md (its ``build_event_set`` reads b's labels under
``annotations.b``), session 19's ``event_reasons``, session 18's DOCUMENT comment, session 32's
``with_label`` (A's evidence labels stand on the record) and session 31's ``holding_others``, as
session 44's build did. Run from the repository root with PYTHONPATH=src; ``events`` or
``evidence`` as its one argument builds that set alone (each set was built once its second
annotation was marked done), no argument builds both. It runs no coder and no evidence finder: it
copies labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file and this
session's other sentence files, and computes agreement.
"""

import json
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

COORD = Path("/work/coord/s47")
IN = COORD / "heldout"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-08-s47/build")
EVENTS = NEWS / "news-heldout-s47.json"
EVIDENCE = NEWS / "evidence-heldout-s47.jsonl"
# The CHECK files of session 47 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s45.json",
    "news-heldout-s45b.json",
    "news-heldout-s45c.json",
    "evidence-heldout-s45.jsonl",
    "news-heldout-s46.json",
    "news-heldout-s46b.json",
    "news-heldout-s46c.json",
    "evidence-heldout-s46.jsonl",
}
# This session's sentence files (the three event sets' and the evidence set's; the third event
# set is built by another adjudicator on its own branch): the duplicate checks read them too, as
# strings, each set all but its own.
SENTENCES = (
    COORD / "heldout" / "events-sentences.json",
    COORD / "heldout" / "evidence-sentences.jsonl",
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
)
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-08"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, charges, rejections and "
    "refusals, requests, support and praise, agreements, intents and offers to mediate, "
    "meetings, calls and visits, arrests, an air strike, a warning, an expulsion from a party, "
    "aid and statements with no event across Africa (Benin and Nigeria, ECOWAS, Tanzania, "
    "Guinea-Bissau, Lesotho, South Africa, Senegal, Zimbabwe), the Middle East (Jordan, Oman, "
    "Iran and the US, Qatar), Asia (Nepal, Tajikistan, Vietnam and Laos, Myanmar, Bhutan and "
    "India, Turkmenistan and Uzbekistan, Mongolia, Timor-Leste and Australia) and Oceania "
    "(Samoa, Tonga, Papua New Guinea and Bougainville, Palau and China)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO30D-001": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["NPL"],
            "target": [],
            "follows": "a",
            "reason": "the army 'apprehending inmates' who tried to escape arrests people the "
            "sentence does not name, and the development gold gives an arrest of unnamed "
            "people no recipient ('none where no target is named'): HO28L-008 (adjudicated: "
            "'about a dozen anti-government activists': SRB, none), HO26G-032 (adjudicated: 79 "
            "students and other protesters: SRB, none) and HO26J-027 (adjudicated: 'about 50 "
            "protesters': TGO, none); b's HO28N-021 names the one arrested (Golugwa); type, mode "
            "and source as both annotators",
        },
        "HO30D-007": {
            "event": "AGREE",
            "mode": None,
            "source": ["TJK"],
            "target": [],
            "follows": "b",
            "reason": "'He' is Tajikistan's president Rahmon, the subject of the sentence "
            "before it on the page, and the development gold codes 'He said' or 'He added' "
            "with the speaker the sentence before names, HO26B-062 (Grossi: REQUEST IGO -> "
            "IRN) and HO29W-032 ('He added that a final document would soon be completed': "
            "AGREE USA, none, both annotators); a document planned to be signed is an "
            "agreement still to be concluded, AGREE as HO29W-032, with no recipient where the "
            "signatories are not named; a close call (the signing is in the passive)",
        },
        "HO30D-009": {
            "event": "AGREE",
            "mode": None,
            "source": ["OMN"],
            "target": [],
            "follows": "b",
            "reason": "Muscat 'is ready to resume mediation between Iran and the United "
            "States': an offer to mediate, AGREE as both annotators code it, and the "
            "development gold gives an offer to mediate or host talks between named parties "
            "no recipient: HO29H-012 (Ankara's 'offer to mediate peace talks between Ukraine "
            "and Russia': AGREE TUR, none), HO29H-013 ('readiness to host peace negotiations "
            "between Russia and Ukraine': AGREE TUR, none) and ACCORD-NEWS-003 ('offered to "
            "host a second round of talks between American and Russian delegations': AGREE SAU, "
            "none); type and source as both annotators",
        },
        "HO30D-011": {
            "event": "CONSULT",
            "mode": None,
            "source": ["IRN"],
            "target": ["USA"],
            "follows": "a",
            "reason": "Araqchi's delegation 'had a brief encounter with its U.S. counterpart', "
            "a meeting whose place the sentence does not give (the talks were 'mediated by "
            "Oman', which names the mediator, not the place); docs/event-coding.md makes all "
            "participants the actor 'with no host' (a meeting in a third country, a phone "
            "call), and where the sentence gives no place at all the development gold codes "
            "'X met (with) Y' from the subject to the one met, HO27L-043 (adjudicated: met his "
            "Chinese counterpart: CONSULT JPN -> CHN) and HO27A-019 (Rubio met with Panama's "
            "President: USA -> PAN); a close call, as b reads the place from the talks",
        },
        "HO30D-015": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["TZA"],
            "target": [],
            "follows": "a",
            "reason": "a court 'charged scores of people with treason': a charge is ACCUSE "
            "allege (both annotators; HO27J-011, adjudicated), and those charged are unnamed, "
            "which the development gold gives no recipient, as for an arrest of unnamed people: "
            "HO28L-008 (adjudicated: activists arrested and charged, unnamed: SRB, none) and "
            "HO26H-001 (adjudicated: 'dozens of soldiers': MLI, none); b's HO27J-011 names the "
            "one charged (Tundu Lissu); type, mode and source as both annotators",
        },
        "HO30D-026": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "Whipps describes China's aim ('for us to renounce Taiwan') with no word "
            "of blame: a reading of another's intent is a comment, CAMEO 01, which codes "
            "nothing, as HO29T-023 (adjudicated: an analyst reads a test as 'a strategic signal "
            "to India': NONE), and docs/event-coding.md gives a verb of saying whose reported "
            "clause judges nothing no event (a statement, CAMEO 01: 'said the drill was "
            "designed to deepen cooperation'); a close call, as a says",
        },
        "HO30D-028": {
            "event": "CONSULT",
            "mode": "visit",
            "source": ["BTN"],
            "target": ["IND"],
            "follows": "b",
            "reason": "Bhutan's prime minister 'visited the Shri Ram Janmbhoomi Temple in "
            "Ayodhya', a visit abroad by a head of government, which docs/event-coding.md's "
            "meetings paragraph codes visitor -> host, the place visited giving the host state "
            "as the development gold reads it, HO28W-024 (adjudicated: police officers "
            "'visited the island of Malekula': CONSULT visit CHN -> VUT) and HO27G-028 "
            "(adjudicated: 'visited Kabul': PAK -> AFG); HO26R-053, a visit to sites coded "
            "NONE, is journalists', no political actor; a close call, as both annotators say",
        },
        "HO30D-032": {
            "event": "AGREE",
            "mode": None,
            "source": ["LSO"],
            "target": ["USA"],
            "follows": "a",
            "reason": "the government 'would send a delegation to Washington': a visit "
            "announced, not yet made, is an intent to meet, CAMEO 036, AGREE (CAMEO2PLOVER-2021, "
            "line 31), as HO29S-041 (adjudicated: Lai 'would visit' Paraguay next month: AGREE "
            "TWN -> PRY) and HO27Q-040 (adjudicated: leaders 'will meet' in Washington: AGREE, "
            "the visitors -> the host); CONSULT visit is the visit made; source and recipient "
            "as both annotators",
        },
        "HO30D-033": {
            "event": "CONSULT",
            "mode": None,
            "source": ["ZAF", "USA"],
            "target": [],
            "follows": "b",
            "reason": "Ramaphosa 'spoke with Trump': a conversation with no host, in which "
            "'all participants are the actor and there is no recipient' (docs/event-coding.md, "
            "meetings), as the development gold codes 'spoke with', HO26P-029 (adjudicated: "
            "Wong 'spoke with her Chinese counterpart': CONSULT AUS, CHN, none, no mode), "
            "HO27G-049 (adjudicated) and ACCORD-REAL-001 (adjudicated: Rubio 'spoke with' "
            "Lavrov: USA, RUS, none); the sentence names no telephone, so no mode, as in those "
            "records (HO26B-066's phone mode has 'over the phone')",
        },
        "HO30D-039": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "Albanese 'has affirmed a shared ambition' for the gas fields to be "
            "developed: an aim restated, with no act of his own named, which docs/event-coding.md "
            "codes as a statement ('A commitment, a relation or a quality restated with no act "
            "... is a statement (CAMEO 01), no event'), as the development gold codes reaffirmed "
            "commitments, HO28A-049 (adjudicated: 'reaffirmed its commitment to the complete "
            "denuclearization': NONE), HO29F-006 and HO26R-043 (both NONE); the trip to "
            "Timor-Leste is the setting; a close call, as a says",
        },
        "HO30D-043": {
            "event": "AGREE",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": "'discussions would continue': a continuation promised follows the intent "
            "rule, AGREE (docs/event-coding.md, continuing acts), as both annotators code it; "
            "the convention takes the recipient from a partner named with the act, and this "
            "clause names none: Senegal stands in the second reported clause, its own "
            "commitment; the development gold gives continuing talks with no partner named no "
            "recipient, HO29S-028 ('The negotiations are still continuing': CONSULT CAN, none); "
            "a close call, as a says",
        },
    },
    modes_kept={
        "HO30D-017": "a's yield kept (b null): the police 'call on them to surrender to the "
        "police', a demand that the target give itself up, CAMEO 105 'Demand that target "
        "yields', whose specific codes CAMEO2PLOVER-2021 maps to REQUEST yield (lines 125-130), "
        "as the development gold codes a demand to stand down, HO28E-015 ('urged the STC to "
        "... withdraw forces': REQUEST yield); a's yield is not wrong",
        "HO30D-024": "a's yield kept (b null): Palau 'will not cave to diplomatic pressure', a "
        "refusal to yield, CAMEO 124 'Decline to yield', whose specific codes "
        "CAMEO2PLOVER-2021 maps to REJECT yield (lines 170-173); b's null is not wrong either, "
        "and a's yield is not clearly wrong",
        "HO30D-042": "a's allege kept (b disapprove): Sonko says the hidden debts 'were "
        "inherited from' Sall's government, a charge of a named financial wrong (concealed "
        "debt), CAMEO 1121 'Accuse of crime, corruption', ACCUSE allege in CAMEO2PLOVER-2021, "
        "as the development gold codes charges of named acts, HO27R-042 (accused the "
        "commission of favouring the ruling party: ACCUSE allege); b's disapprove is not "
        "wrong, and a's allege is not wrong",
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH47-003": "follows A (third engineer, session 47): Kachka calls 'this agreement' a "
        "win-win about investments, but the sentence names no minerals, resources or fund, and "
        "neither Kachka's office nor his state: 'the deal' given only by the context states no "
        "issue (the EV-048 rule; docs/event-coding.md, gold conventions for stance evidence: 'A "
        "gold stance is what the sentence itself states'), as EVH14-017 (adjudicated: "
        "Svyrydenko signed 'the deal': no stance) and EVH12-028; B's EVH42-005 and EVH33-011 "
        "name the pact's terms or the mineral deal; EVH24-015 and EVH25-014 (not adjudicated) "
        "coded 'this agreement' with the speaker's state named; a close call",
        "EVH47-007": "follows B (third engineer, session 47): the US is only 'hesitant to "
        "endorse the plan', which states no end of the peacekeeping scale; the development "
        "gold gives the US a peacekeeping stance where a sentence states a refusal or a "
        "backing, EVH-053 (adjudicated: 'there will not be U.S. troops deployed': USA "
        "peacekeeping low) and EVH12-002 (Trump 'backs the deployment of European troops': "
        "high), and none for a hesitation, EVH23-003 ('remain hesitant about': no stance); "
        "RUS peacekeeping low as both annotators (EVH22-013); a close call, as A says",
        "EVH47-016": "follows B (third engineer, session 47): the truce Kyiv signed up to is "
        "named in the sentence as 'Trump's proposed 30-day truce', and the development gold "
        "gives the proposer a sentence names its ceasefire stance, high: EVH12-029 "
        "(adjudicated: 'the US-proposed ceasefire': USA ceasefire high besides UKR) and "
        "EVH27-003 (adjudicated: the same proposal rejected by Putin: USA ceasefire high); "
        "UKR ceasefire high as both annotators",
        "EVH47-020": "follows B (third engineer, session 47): Putin makes the 'complete "
        "cessation of foreign military assistance' and intelligence to Kyiv a condition 'for "
        "any permanent peace deal', a militarily limited Ukraine after a settlement, which the "
        "development gold codes security_guarantees low: EVH18-002 (Russian demands to 'cease "
        "foreign military aid': RUS security_guarantees low) and EVH4-002 (a Russian veto over "
        "military assistance after a peace agreement: low); A's ceasefire reading fits a "
        "condition on a truce (EVH37-015: no US military aid 'during the truce'), which this "
        "sentence does not name",
        "EVH47-031": "follows B (third engineer, session 47): Ghani's 'the Taliban demand for "
        "Kabul to free its prisoners cannot be a prerequisite to direct talks' is the same "
        "statement, in other words, as EVH11-048 (adjudicated: follows B, no stance: a "
        "condition refused states no end of the intra_afghan_talks scale, and prisoner "
        "releases are no scenario issue), kept as session 18's rule is written (it does not "
        "reach 0.9)",
        "EVH47-032": "follows B (third engineer, session 47): the US will withdraw 'in "
        "exchange for the Taliban ensuring that terrorist groups will not be able to use "
        "Afghan territory', a Taliban commitment the US exacts for its withdrawal, which the "
        "development gold gives USA counterterrorism high besides TAL: EVH8-049 (adjudicated) "
        "and EVH20-040 (adjudicated: withdrawal 'in exchange for the Taliban agreeing to cut "
        "ties with terrorist groups': USA counterterrorism high); USA us_withdrawal high and "
        "TAL counterterrorism high as both annotators",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s47b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s47" not in p.name]


def siblings(*own: Path) -> list[Path]:
    """This session's sentence files where they stand, but the set's ``own`` (also used by the
    s47b build)."""
    return [p for p in SENTENCES if p.exists() and p not in own]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s47b
# build).
document_comment = hb.dated(s19.s18.document_comment, DAY)


def build_evidence_set(
    others: Sequence[Path], issues: Callable[[str], Sequence[str]]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps with A's labels moved under ``annotations.A`` first
    (session 32's ``with_label``), leaving out too the records holding the first 60 characters
    of another gold file's sentence (session 31's ``holding_others``), as session 44's build."""
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


def main(which: Sequence[str]) -> None:
    own = (EVENTS, EVIDENCE)
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in own]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    ids = [r["id"] for f in ("events-a.json", "evidence-A.jsonl") for r in hb.read_records(IN / f)]
    cited = hb.check_citations(reasons, development, ids)
    path = OUT / "agreement.json"
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    near: dict[str, Any] = result.get("near_duplicates_left_out", {})
    near["rule"] = s19.s18.NEAR_RULE
    if "events" in which:
        events, near_events = hb.build_event_set(
            IN,
            EVENTS,
            EVENTS_DECIDED,
            ("session 47", SCOPE, f"{OUT}/"),
            [*others, *siblings(IN / "events-sentences.json")],
            document_comment,
        )
        result["events"] = events
        near["events"] = s19.s18.near_figures(near_events)
        print(hb.event_table(events))
    if "evidence" in which:
        evidence, near_evidence, holding = build_evidence_set(
            [*others, *siblings(IN / "evidence-sentences.jsonl")],
            lambda s: [i.id for i in resolve(s).issues],
        )
        result["evidence"] = evidence
        near["evidence"] = s19.s18.near_figures(near_evidence)
        result["holding_another_sentence_left_out"] = {
            "rule": s31.HOLDING_RULE,
            "evidence": holding,
        }
        print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))
    kinds = ("rule", "events", "evidence")
    result["near_duplicates_left_out"] = {k: near[k] for k in kinds if k in near}
    result["development_records_cited"] = cited
    order = (
        "events",
        "evidence",
        "near_duplicates_left_out",
        "holding_another_sentence_left_out",
        "development_records_cited",
    )
    hb.write_agreement(path, {key: result[key] for key in order if key in result})


if __name__ == "__main__":
    main(sys.argv[1:] or ["events", "evidence"])
