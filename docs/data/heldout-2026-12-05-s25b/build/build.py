"""Assemble session 25's second held-out event set (news-heldout-s25b.json, HO27Q) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 19's steps, b's labels read where session 25's
b files keep them) and the first s25 build's DOCUMENT comment (dated this session's day) it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file, and computes
agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s25 = hb.load_build(DATA / "heldout-2026-12-05-s25" / "build" / "build.py")

IN = Path("/work/coord/s25/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s25b/build")
EVENTS = NEWS / "news-heldout-s25b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a diplomat summoned, accusations, criticism and "
    "condemnations, rejections and denials, relations broken off, sanctions on tankers, a vote "
    "to declare a prime minister persona non grata, a visa revoked, arrests at a protest and a "
    "warning to protesters, threats of tariffs and of deportation, requests, agreements, pledges "
    "of aid, a memorandum signed, meetings, a phone call, a planned trip and a planned summit, "
    "support and solidarity, and statements with no event across the Americas (Brazil, Canada "
    "and the US, Venezuela, Peru and Mexico, Cuba, Argentina, Panama, Chile, Honduras, Guyana, "
    "El Salvador, Trinidad and Tobago, Colombia), Europe and the Caucasus (Poland and Russia, "
    "Denmark and Greenland, Georgia, Russia and Ukraine, Germany, Slovakia and the EU, Lithuania "
    "and Belarus, Romania, Spain, the UK, Armenia and Azerbaijan), India and Canada, and "
    "international organisations' meetings (the UN Security Council and General Assembly, the "
    "EU, NATO, the G7)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27Q-013": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["GEO"],
            "target": [],
            "follows": "a",
            "reason": "type, mode and source as both annotators (an agentless passive placed in Tbilisi: the place's state, docs/event-coding.md); 'The arrests' names no one arrested, and the development gold gives arrests of unnamed people during a protest no recipient ('none where no target is named: unnamed protesters, detainees', news-heldout-s10's DOCUMENT): HO26R-001 (in Tbilisi at least six people detained during a protest: COERCE arrest GEO, none), HO26Q-010 (dozens arrested as authorities prevented protests: MAR, none) and HO27D-009 (over 500 arrested during protests: KEN, none); the domestic recipient is for a named person or party, HO26J-055 (opposition figures of a named coalition, adjudicated) and HO27E-002 (named detainees), b's precedents, which this sentence does not have",
        },
        "HO27Q-018": {
            "event": "CONSULT",
            "mode": "visit",
            "source": ["ARG"],
            "target": ["USA"],
            "follows": "b",
            "reason": "a meeting in one participant's country is hosted by it, visitor -> host (docs/event-coding.md, meetings: 'Scholz met Tusk in Berlin': POL -> DEU; PLOVER manual 2.4.2, 3.2.2); CPAC in Washington is in the US, so Milei is the visitor: ACCORD-NEWS-001 (met in Berlin: POL -> DEU), ACCORD-2025-037 (met Putin in Alaska: RUS -> USA) and HO26W-031 (adjudicated: met in Damascus, USA -> SYR); a meeting at an event held in one participant's country keeps that reading, HO26X-028 (met for a leaders' retreat in Singapore: CONSULT visit IDN -> SGP), and mode visit as there and HO27C-029; no host only where the meeting is in a third country, ACCORD-2025-057 (on the sidelines in Kuala Lumpur: USA+RUS, none), which a's reading would need",
        },
        "HO27Q-019": {
            "event": "AGREE",
            "mode": None,
            "source": ["ARG"],
            "target": ["USA"],
            "follows": "b",
            "reason": "a trip being prepared has not taken place: the sentence states an intention to visit, CAMEO 036 (express intent to meet or negotiate), AGREE in CAMEO2PLOVER-2021, as docs/event-coding.md codes an intended cooperative act ('will support', 'ready to send': AGREE); the development gold codes announced plans to meet so, HO27H-020 (plans for an upcoming meeting with Lula: AGREE USA -> BRA) and ACCORD-SEED-040 (he would meet with Zelensky soon: AGREE USA -> UKR), and keeps CONSULT visit for a visit made, HO26J-046 (Modi arrived in Ghana: CONSULT visit IND -> GHA); the source's confirmation is attribution; source and recipient as both annotators",
        },
        "HO27Q-024": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA", "PAN"],
            "target": [],
            "follows": "b",
            "reason": "a memorandum of understanding signed is CAMEO 057 (sign formal agreement), SUPPORT in CAMEO2PLOVER-2021 (the PLOVER manual 3.3; AGREE, 3.1, is for promises and intentions), and 'signing or finalising an agreement is SUPPORT, a promise or intention AGREE' (news-heldout-s10's DOCUMENT conventions); the development gold codes signed memoranda so, HO26J-031 (adjudicated: signed a memorandum of understanding on defence cooperation: SUPPORT IND+LKA, none) and HO26C-004 (adjudicated: signed a memorandum: SUPPORT UKR+USA, none), with ACCORD-2025-030; Hegseth's 'said' is attribution (a reported act is coded for its content), and joint signing gives both parties as source and no recipient, as both annotators",
        },
        "HO27Q-029": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["SVK"],
            "target": ["IGO"],
            "follows": "b",
            "reason": "Fico's reported clause says Kallas had 'no authority' to criticise him: it denies her standing and judges her act wrong, and does not dispute the content of a claim; a verb of saying whose reported clause judges an act wrong is ACCUSE, the speaker accusing the act's owner (docs/event-coding.md, session 11), as the development gold codes a retort against a named critic, HO26K-057 (Cuba's foreign minister lashed out at Rubio, calling him a fraud: ACCUSE disapprove CUB -> USA); REJECT is for dismissing, disputing or denying a claim, accusation, report or proposal (docs/event-coding.md, session 8), as a's precedents HO27B-009 (dismissed allegations as false accusations) and HO27B-030 (dismissed findings as baseless) and HO26L-037 (rebuffed the charges as baseless), where what is rejected is said to be untrue; a close call; source and recipient (Kallas for the EU: IGO) as both annotators",
        },
        "HO27Q-030": {
            "event": "CONSULT",
            "mode": "phone",
            "source": ["CHL"],
            "target": [],
            "follows": "b",
            "reason": "the governing verb is 'phoned', CAMEO 041 (discuss by telephone: CONSULT phone), and 'to congratulate him' is its purpose; a phone call has no host, so all participants are the actor and there is no recipient (docs/event-coding.md, meetings; PLOVER manual 2.4.2, 3.2.2), and both are Chilean, one code; the development gold codes a call whose stated content is a gesture of support by the call, HO27G-044 (adjudicated: Guterres called Burhan and asked him for a truce: CONSULT phone IGO+SDN, none), HO26W-022 (adjudicated: spoke with Min Aung Hlaing, expressing condolences: CONSULT PAK+MMR, none) and HO27F-019 (spoke with his counterpart, expressing solidarity: CONSULT, none); a's precedents HO26Z-030 and HO27I-041 are congratulations with no call",
        },
        "HO27Q-036": {
            "event": "REJECT",
            "mode": None,
            "source": ["HND"],
            "target": [],
            "follows": "b",
            "reason": "questioning the results of an election disputes them, and disputing a claim, report or figures is REJECT (docs/event-coding.md, session 8: manual 3.10), as the development gold codes results rejected or disputed: HO26Q-008 (adjudicated: Tchiroma rejected the results: REJECT CMR, none), HO27F-008 (rejected the results of legislative elections: REJECT COM, none) and HO26F-033 (disputed the UN's casualty figures: REJECT MDG -> IGO, their author named); the sentence names no author of the results (the electoral council is not in it; Asfura and Trump stand in a relative clause, background), so no recipient, as HO26Q-008; both speakers are Honduran, one code",
        },
        "HO27Q-039": {
            "event": "AGREE",
            "mode": None,
            "source": ["SLV"],
            "target": ["USA"],
            "follows": "a",
            "reason": "Bukele accepts future deportations and offers to house US prisoners: an acceptance and an offer of cooperation with no demand or pressure in the sentence, which the development gold codes AGREE: HO26H-042 (willing to accept migrants deported from the U.S.: AGREE GTM -> USA), HO27H-014 (committed to accepting deportation flights: AGREE GTM -> USA), HO27F-041 (adjudicated: agreed to accept the return of undocumented people: AGREE FRA -> GBR) and HO27A-017 (offered Rubio closer cooperation in deporting migrants: AGREE PAN -> USA); CONCEDE, b's reading, is for yielding to a demand (CAMEO 08, docs/event-coding.md: 'accepted/agreed to demands' 083), as in b's precedents HO26J-053 (Petro agreed to accept the flights after Trump threatened tariffs) and HO27E-008 (after intense negotiations, accepted without restrictions), which this sentence's acceptance is not said to be; source and recipient as both annotators",
        },
        "HO27Q-040": {
            "event": "AGREE",
            "mode": None,
            "source": ["ARM", "AZE"],
            "target": ["USA"],
            "follows": "b",
            "reason": "a meeting announced for a set day has not taken place: its announcement is an intent to meet, CAMEO 036, AGREE (docs/event-coding.md: an intended cooperative act is AGREE), as HO27H-020 (plans for an upcoming meeting: AGREE USA -> BRA) and HO26J-057 (will hold another round of peace talks next week: AGREE PAK+AFG), not CONSULT, which codes a meeting held; HO26N-026 (it is expected that they will meet: NONE, adjudicated) is an expectation with no one announcing, and here one participant's government announces the summit; the roles are the meeting's, and a meeting in one participant's country is hosted by it (docs/event-coding.md, meetings), Washington making the US the host and the other two the visitors, as HO26X-029 (delegations of several states met in Cairo: QAT+TUR+USA -> EGY); HO26J-057 keeps both parties as actor for talks in a third country (Istanbul)",
        },
    },
    modes_kept={
        "HO27Q-002": "a's 'allege' kept (b 'disapprove', a reported clause judging an act wrong, docs/event-coding.md, session 11, CAMEO 111): Tusk's words deny that the incursion was an error, that is, they impute a deliberate act to Russia, which the development gold codes allege as well, HO26B-001 (accused Cambodia of 'deliberately' violating a ceasefire: ACCUSE allege THA -> KHM) and HO26G-047 (deliberately ramming: allege), as it codes disapprove in HO26U-033 (asserts that the drone was deliberately destroyed); both readings stand in the gold, so a's is not wrong",
        "HO27Q-005": "a's 'meet' kept (b null): declining to restart talks rejects a proposal to negotiate, CAMEO 125, REJECT meet in CAMEO2PLOVER-2021, as HO26-020 (no interest in resuming talks with Washington: REJECT meet IRN -> USA, adjudicated) and HO26F-038 (would not call Trump: REJECT meet); b's HO27B-001 (will not resume negotiations: REJECT, no mode) shows the gold also codes such refusals with no mode; a's is not wrong",
        "HO27Q-033": "a's 'allege' kept (b 'disapprove', a characterising verb whose predicate condemns, docs/event-coding.md, session 11): the officials' view attributes the balloons to Belarus as its deliberate act, and the development gold codes an act attributed to a named author allege, HO26Z-047 (attributed the strike to armed groups: ACCUSE allege USA) and HO27I-028 (attributed the theft to North Korean hackers: ACCUSE allege USA -> PRK), while HO26U-033 (b's precedent) codes such an imputation disapprove; a's is not wrong",
        "HO27Q-049": "a's 'allege' kept (b 'disapprove', a protest in words as HO26P-040, whose governing verb is 'condemned'): here the act is the participle 'accusing Washington of protecting him while punishing Petro', and the development gold codes 'accused X of' an act allege in most records (54 of the 77 ACCUSE records with the construction, 19 disapprove), HO27G-006 (accused the Tanzanian government of denying access) and HO26D-043 (accused Israel of obstructing mediation); a's is not wrong",
    },
    modes_taken={
        "HO27Q-032": (
            "disapprove",
            "b's 'disapprove' taken (a 'allege'): the development gold codes this very remark, Lukashenko's 'crazy scam' and hybrid-war accusation of October 2025, ACCUSE disapprove, HO26B-051 (BLR -> LTU, where its sentence names the Lithuanian closure); the first of the two coordinated verbs, 'called the border closure a crazy scam', is a characterising verb whose predicate condemns (docs/event-coding.md, session 11, CAMEO 111: disapprove); one remark coded with two modes in the gold would be a's slip, not a reading",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s25.development_files(others))
    cited = hb.check_citations(s25.s19.event_reasons(EVENTS_DECIDED), development)
    which = ("session 25, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, others, s25.document_comment
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s25.s18.NEAR_RULE,
                "events": s25.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
