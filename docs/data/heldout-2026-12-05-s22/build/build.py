"""Assemble session 22's first held-out event set (news-heldout-s22.json, HO27G) and its evidence
set (evidence-heldout-s22.jsonl, EVH22) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md and the helpers of
the first builds of sessions 17-19. Run from the repository root with PYTHONPATH=src. It runs
no coder and no evidence finder: it copies labels, leaves out the sentences another gold file
holds in other words, applies the adjudicator's decisions below, checks the new files against
every other gold file, and computes agreement. The s22b build reuses its helpers.
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

IN = Path("/work/coord/s22/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s22/build")
EVENTS = NEWS / "news-heldout-s22.json"
EVIDENCE = NEWS / "evidence-heldout-s22.jsonl"
# The CHECK files of session 22 (the sets of sessions 20 and 21, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s20.json",
    "news-heldout-s20b.json",
    "evidence-heldout-s20.jsonl",
    "news-heldout-s21.json",
    "news-heldout-s21b.json",
    "news-heldout-s21c.json",
    "evidence-heldout-s21.jsonl",
}
# This session's sets (HO27G, HO27H, HO27I, EVH22): none is a development file for another.
SESSION = "heldout-s22"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, diplomats expelled and ties "
    "downgraded, sanctions, threats, requests, rejections, agreements signed and agreed, "
    "meetings, visits and a phone call, arrests and releases of journalists, soldiers and "
    "fishermen, a tanker seized, political parties suspended, student protests, relief after a "
    "cyclone, condolences, an air strike and an attack on a ship across Asia (Cambodia and "
    "Thailand, Malaysia and Indonesia, Vietnam and Laos, China and Japan, Pakistan and "
    "Afghanistan, Sri Lanka and India, Bangladesh), the Middle East (Iran and Australia, Israel, "
    "Qatar and the UN, Syria and the SDF, Iraq and Turkey, Yemen's Houthis, Iran and Pakistan, "
    "Egypt and the US), Africa (Kenya and Tanzania, Burkina Faso, DR Congo and M23, Ethiopia "
    "and Eritrea, Niger and the ICRC, Togo, Nigeria, Sudan and the UN, Mali) and Oceania (the "
    "Solomon Islands and the Pacific Islands Forum)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27G-022": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["NER"],
            "target": ["NGO"],
            "follows": "b",
            "reason": "type, mode and source as both annotators (the participle 'accusing the organization of' gives the act, 'justified the expulsion' is a comment); the recipient is the ICRC, named, which is no intergovernmental organisation: the gold's IGO is for 'intergovernmental organisations' (news-heldout-2026's DOCUMENT; HO26S-024's adjudication: the UN and its officials IGO), and the codes docs/event-coding.md keeps for actors that are no state are IMG, IGO, NGO and MNC, the Phoenix dictionary accord codes with giving the ICRC NGO (class NGO, code NGOHLH), and accord.news.evaluate folds organisation codes to the gold class (its docstring's example: ICRC -> NGO); the development gold has no record where an international non-governmental body is an actor (the ICRC is named in ACCORD-FRESH-028 and HO26-067 only as the one receiving captives, uncoded), so no precedent codes it IGO; b's NGO",
        },
        "HO27G-028": {
            "event": "CONSULT",
            "mode": "visit",
            "source": ["PAK"],
            "target": ["AFG"],
            "follows": "b",
            "reason": "the main clause ('that phase slowed down', of the deportations) codes nothing, and where it does not, the development gold codes the act of the clause it governs: HO26F-030 (the reopening 'comes after' Afghan authorities agreed to halt construction: CONCEDE AFG, both annotators); the 'after' clause reports Pakistan's foreign minister's visit to Kabul and talks with Taliban officials, a visit, visitor -> host (docs/event-coding.md, meetings: PLOVER manual 2.4.2, 3.2.2) and CONSULT visit as 11 development records code a visit; docs/event-coding.md's rule that no recipient is taken after 'after' is about a recipient for the main verb from the after clause, not about the after clause's own act; the Taliban officials are Afghanistan's authorities (AFG, as the gold codes the Taliban)",
        },
        "HO27G-031": {
            "event": "THREATEN",
            "mode": None,
            "source": ["TGO"],
            "target": [],
            "follows": "b",
            "reason": "the government threatens legal action against protest organisers who are not named: the domestic recipient of docs/event-coding.md is for a protest, coercive or violent act with no named recipient, not for a threat, and the development gold gives an act aimed at unnamed protesters or their unnamed leaders no recipient: HO26W-018 (Vucic accused protest leaders: ACCUSE SRB, none, adjudicated) and HO26S-047 (protestors accused, none); a's TGO recipient would make the organisers the state",
        },
        "HO27G-032": {
            "event": "CONSULT",
            "mode": None,
            "source": ["VNM", "LAO"],
            "target": [],
            "follows": "b",
            "reason": "the two prime ministers met on the sidelines of an ASEAN summit in Malaysia, a country neither of them governs: a meeting with no host makes all participants the actor with no recipient (docs/event-coding.md, meetings: PLOVER manual 2.4.2, 3.2.2), as ACCORD-REAL-001 (Rubio spoke with Lavrov: CONSULT USA+RUS, none, adjudicated) and HO26C-039 (adjudicated); the gold's 'met' and 'had a meeting with' are CONSULT with no mode in 20 development records (b's null) and visit only where a visit is reported",
        },
        "HO27G-036": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["BGD"],
            "target": [],
            "follows": "a",
            "reason": "students' demonstrations demanding a ban name no authority they are aimed at: the development gold gives a demonstration the state as recipient where the sentence names the government, leader or body protested against (HO26F-009, a rally near the interim government head's residence demanding action against the Awami League: BGD -> BGD, adjudicated; HO26L-026, the government's proposal: MLI -> MLI) and none where it names only what is demanded (HO26K-005, demanding the release of demonstrators: none; HO26L-017, demanding fair elections: none; HO26F-047, demanding reforms: none), as news-heldout-s7's DOCUMENT writes the convention (own state where a domestic target is named, none where no target is named); the Awami League is what the students want banned, not whom the protest addresses",
        },
        "HO27G-037": {
            "event": "REQUEST",
            "mode": None,
            "source": ["BGD"],
            "target": [],
            "follows": "a",
            "reason": "the protesters' call names whom they want arrested, Awami League officials, not whom they ask to arrest them: the object of a demanded arrest or release is not the request's addressee, as HO26G-017 (a demand for the release of detained officials, President Embalo included: REQUEST IGO, none, adjudicated), and the domestic recipient of docs/event-coding.md is for protest, coercion and violence, not requests (HO26R-020: REQUEST SRB, none); b's HO26M-036 (a call for the interior minister's resignation: MKD -> MKD) names the official who is asked to act, which this sentence does not",
        },
        "HO27G-038": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "a demand under consideration is no decision, promise or act: the development gold codes a government examining a request NONE, HO26J-042 (India is examining Bangladesh's extradition request: NONE, both annotators) and HO26N-054 (authorities considering preventive measures: NONE); b's precedent HO26B-057 (Russia would consider the request and is willing to continue negotiations: AGREE) takes its type from the stated willingness to negotiate, an intent to cooperate (docs/event-coding.md: being open or willing to talk is AGREE), and ACCORD-FRESH-018 (willingness to consider a ceasefire: AGREE) from a stated willingness, which this sentence does not state",
        },
        "HO27G-044": {
            "event": "CONSULT",
            "mode": "phone",
            "source": ["IGO", "SDN"],
            "target": [],
            "follows": "b",
            "reason": "of two coordinated predicates with the same parties the gold codes the first, the governing verb: ACCORD-REAL-001 (Rubio spoke with Lavrov and reaffirmed a commitment: CONSULT USA+RUS, none, adjudicated), as HO26D-001 and HO26Q-017 code the first of two coordinated acts; Guterres called Burhan, a phone call with no host, so both participants are the actor and there is no recipient (docs/event-coding.md, meetings; ACCORD-REAL-001's reason cites 'Christopher telephoned Kozyrev' with both as actor), mode phone as HO26B-066 and HO26M-058 (leaders on the phone: CONSULT phone); the request for a truce is the second predicate, as b notes",
        },
        "HO27G-049": {
            "event": "CONSULT",
            "mode": None,
            "source": ["EGY", "USA"],
            "target": [],
            "follows": "b",
            "reason": "the minister 'spoke with' the US envoy, with no host named: both are the actor and there is no recipient, and 'spoke with' has no mode where no phone is stated, as HO26W-022 (Sharif spoke with Min Aung Hlaing: CONSULT PAK+MMR, no mode, adjudicated), HO26C-039 (adjudicated), ACCORD-REAL-001 (adjudicated) and HO26P-029 (AUS+CHN, no mode); a reported act of speaking is coded for its content (docs/event-coding.md), and the content is the talk itself",
        },
    },
    modes_kept={
        "HO27G-002": "a's 'violence' kept (b null, as HO26V-011, Thailand's ministry statement on the same threat): a warning that Thailand will intensify its self-defence measures if Cambodia goes on is a threat of force, THREATEN violence as HO26I-043 (a response at the level of self-defence: THREATEN violence); both occur in the development gold for threats of force (HO26F-055 null) and a's is not wrong",
    },
    modes_taken={
        "HO27G-001": (
            "discontinue",
            "b's 'discontinue' taken (a 'withdraw'): the gold codes the event of the governing verb and, with two coordinated predicates of one type and the same parties, the first one's mode (HO26D-001, HO26Q-017); the first here is 'downgraded diplomatic ties', and the same downgrade by Cambodia is SANCTION discontinue in HO26H-026 (Cambodia degraded its diplomatic relations with Thailand); a's withdraw is the second predicate's mode (the embassy staff ordered home, as recalled envoys in HO26H-025)",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH22-010": "follows B (third engineer, session 22): the holder is only 'We' of an unattributed quotation (on the page, China's foreign ministry spokesperson): a sentence whose speaker is not named in it has no stance in the development gold, which codes each sentence on its own (docs/event-coding.md, gold conventions for stance evidence), as EV-004 and EV-119 (a pronoun or an unattributed quotation: no actor, adjudicated); with its speaker named the content would be CHN ceasefire high, as EVH-040 and EVH19-020 (A's reading), but the name is in the context only",
        "EVH22-015": "follows B (third engineer, session 22): Bessent expects 'a full deal' and mentions 'the memorandum', both given only by the context (on the page, the US-Ukraine minerals agreement): the sentence names no minerals, resources or fund, so it states no minerals_deal stance, as EVH19-006 and EVH14-017 ('the deal' given by the context: no stance, both adjudicated on the EV-048 rule) and EVH12-028 (an envoy saying the deal could be signed soon: no stance); a forecast of the signing is no more than that",
        "EVH22-019": "follows B (third engineer, session 22): the appositive states what the coalition Peskov rejects has pledged, peacekeeping forces and security guarantees for Ukraine, and the development gold gives a Russian rejection of that coalition's offer both lows, EVH9-009 (Putin rejecting the coalition's guarantees and warning against its troops: RUS security_guarantees low and peacekeeping low); the coalition's force is itself a guarantee, the scale's 75 point (EVH10-006: troops committed to the coalition, peacekeeping high and security_guarantees high, adjudicated; EVH2-038: a coalition to offer security guarantees, high); A's peacekeeping low stays, as both annotators; the coalition is no scenario actor",
        "EVH22-021": "follows B (third engineer, session 22): direct dialogue between Kyiv and Donetsk and Lugansk is who talks to whom, and the development gold gives a Russian call for it, with no status named, no special_status stance: EVH6-039 (Putin insisted on direct negotiations between the republics' heads and Kiev: no stance, adjudicated: it states no end of the special_status scale) and EVH5-041 (Russia advocating direct talks between Kiev and the militia: coded for the ceasefire only); A's precedents name the status the talks are to settle, EVH11-044 (talks over any constitutional reforms) and EVH16-025 (talks about the state status of the south-east), which this sentence does not; Lavrov's disappointment is a complaint about Kyiv's conduct (EVH3-043: no stance), and Zelensky's refusal of the dialogue is then no stance either",
        "EVH22-022": "follows B (third engineer, session 22): Lavrov's concern about Kyiv's statements that it will not hold a direct dialogue with Donetsk and Luhansk names no status for the districts: direct talks alone state no end of the special_status scale, as EVH6-039 (direct negotiations demanded by Putin: no stance, adjudicated) and EVH5-041 (direct talks coded for the ceasefire only), and concern about the other side's conduct is no stance, as EVH11-039 (Lavrov concerned about the implementation of Minsk: no stance); A's precedents EVH11-044 and EVH16-025 name the constitutional reform or state status to be talked about, which this sentence does not",
        "EVH22-023": "follows B (third engineer, session 22): Lavrov calls for a political resolution on the basis of the Minsk accords, which the development gold codes as support for a negotiated end, ceasefire high: EVH5-044 (a ceasefire and a peaceful settlement on the basis of Minsk: UKR and USA ceasefire high), EV-153 (support for a diplomatic solution: ceasefire high, adjudicated) and EVH16-030 (a diplomatic solution: DEU ceasefire high); the dialogue between Kyiv, Donetsk and Luhansk the accords imply is who talks to whom, no special_status stance, as EVH6-039 (adjudicated) and EVH5-041 (a Russian call for direct talks coded for the ceasefire only); Azerbaijan is no scenario actor",
        "EVH22-030": "follows B (third engineer, session 22): 'the draft passed in its first reading' is given only by the context (on the page, Kiev's constitutional amendments on decentralisation): the sentence names no status, constitution or districts, so it states no special_status stance, as EVH12-008 ('the draft' in its present form not accepted, given only by the context: no stance, adjudicated) and the EV-048 rule; the development records of SEP special_status high name what is offered or refused, EVH18-028 (amendments of the Ukrainian constitution, adjudicated) and EVH14-027 (independence)",
        "EVH22-036": "follows A (third engineer, session 22): the Taliban's threat to leave the talks until all foreign troops are out is TAL us_withdrawal high and intra_afghan_talks low, as both annotators; the Doha agreement's term stands in a relative clause inside the Taliban's accusation that the US violated it, and the development gold gives such a term, named inside another party's demand, to that party alone: EVH2-070 (the Taliban's fight goes on unless troops leave by May 2021, 'as agreed with the US': TAL us_withdrawal high and no US stance, both annotators); B's precedents state the deal's terms as their clause's own news, EVH16-037 (the deal said foreign forces would leave) and EVH2-072 (Washington struck a deal), and the sentence reports the US accused of not keeping the term, no US position on it",
        "EVH22-037": "follows B (third engineer, session 22): the Pentagon's plans to withdraw as many as half of the troops are a drawdown, the us_withdrawal scale's 40 point, nearer its low end, and direction is the end the stated stance lies nearer to, not the movement (EV-128, adjudicated): EVH-019 (a signing that would see the Pentagon withdraw about half the troops: USA us_withdrawal low, adjudicated on that rule) and EVH15-033 (troops cut to 8,600 from 14,000: USA low); the Taliban wanting them all out is TAL us_withdrawal high, as both annotators (EV-062)",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s22b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def document_comment(
    records: Sequence[Mapping[str, Any]],
    events: Mapping[str, Any],
    near: Mapping[str, Mapping[str, Any]],
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
) -> str:
    """Session 18's DOCUMENT comment, dated this session's day (its text names 2026-12-04)."""
    text = SESSION_18_COMMENT(records, events, near, decided, which)
    day = f"({which[0]}, 2026-12-04)"
    if day not in text:
        raise hb.BuildError("session 18's comment no longer names its day where expected")
    return text.replace(day, f"({which[0]}, 2026-12-05)", 1)


# Session 19's build_event_set (pair, leave out near duplicates, merge, write) writes the comment
# through its own copy of session 18's build, loaded for this build alone: dated here.
SESSION_18_COMMENT = s18.document_comment
s18.document_comment = document_comment
build_event_set = s19.build_event_set
event_reasons = s19.event_reasons


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    events, near_events = build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 22", SCOPE, f"{OUT}/"), others
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
