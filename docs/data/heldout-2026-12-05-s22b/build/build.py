"""Assemble session 22's second held-out event set (news-heldout-s22b.json, HO27H) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the first s22 build's ``build_event_set`` it copies labels, leaves out the sentences
another gold file holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s22 set's included), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s22 = hb.load_build(DATA / "heldout-2026-12-05-s22" / "build" / "build.py")

IN = Path("/work/coord/s22/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s22b/build")
EVENTS = NEWS / "news-heldout-s22b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; ambassadors and envoys summoned, accusations and "
    "condemnations, diplomats expelled and consulates closed, sanctions, an arms embargo and "
    "tariffs, threats and warnings, requests, rejections, agreements, pledges and a peace text "
    "agreed, meetings and talks, a mobilisation, prisoners exchanged and released, extraditions, "
    "aid after a hurricane, arrests, a farmers' protest contained and a drone strike across the "
    "Americas (Venezuela, the US, Colombia, Ecuador, Bolivia, Guatemala, Mexico, Guyana, "
    "Trinidad and Tobago, Barbados, Canada), Europe (Ukraine and Russia, Hungary, Poland, "
    "Romania, Estonia, Belarus, Moldova, Armenia and Azerbaijan, Spain, France and Algeria, "
    "Belgium) and international organisations' meetings (NATO at The Hague, the EU, the OAS, "
    "CARICOM, the UN General Assembly)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27H-009": {
            "event": "AGREE",
            "mode": None,
            "source": ["AZE", "ARM"],
            "target": [],
            "follows": "b",
            "reason": "the statement confirms that the negotiations between Baku and Yerevan on the draft peace agreement are complete, a text agreed by both parties and still to be signed (AGREE, as both annotators), and what an issued statement confirms is coded as the act it reports (docs/event-coding.md, session 11); the development gold codes a confirmed joint act with both parties as actor and no recipient: HO26-004 (a foreign office confirmed that its minister led discussions with the Taliban: CONSULT PAK+AFG, none) and this very treaty text, HO26W-050 (Armenia and Azerbaijan agreed on the final text: AGREE ARM+AZE, none), as HO26J-003 (a treaty text agreed: AGREE PNG+AUS, none); talks between two parties are a joint act with both as sources and no target (docs/event-coding.md, session 10); a's Armenia as recipient makes the joint act Azerbaijan's alone",
        },
        "HO27H-025": {
            "event": "CONSULT",
            "mode": None,
            "source": ["IGO", "VEN"],
            "target": [],
            "follows": "b",
            "reason": "discussions begun between the CARICOM Chair and Venezuela's government with no host named: docs/event-coding.md's meetings convention (PLOVER manual 2.4.2, 3.2.2) makes all participants the actor with no recipient where no participant hosts, and the development gold codes 'discussions with' so, HO26-004 (a minister led discussions with the Taliban's representatives: CONSULT PAK+AFG, none); visitor -> host is for a visit or a meeting in one participant's country, which the sentence does not report; type as both annotators, CARICOM as IGO",
        },
        "HO27H-035": {
            "event": "REQUEST",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": "the State Department, named as the speaker, asks people to avoid and refrain from visiting US government facilities: a request (CAMEO 10) to unnamed addressees, and the development gold codes a government's request to its own unnamed people so, with no recipient: HO26R-020 (a ministry asked the citizens to refrain from violence: REQUEST SRB, none) and HO26X-049 (the African Union urges all concerned parties to refrain: REQUEST IGO, none); Trinidad and Tobago is the place of the facilities, no addressee (places are not sources or targets, docs/event-coding.md); a's NONE would hold for a bare report of the alert, but the sentence quotes the request itself",
        },
        "HO27H-044": {
            "event": "REJECT",
            "mode": None,
            "source": ["USA", "IGO"],
            "target": ["VEN"],
            "follows": "b",
            "reason": "a negated cooperative verb whose subject is an actor is a refusal, REJECT (docs/event-coding.md: 'Russia would not accept'), and every member of a 'neither X nor Y' subject is a source (docs/event-coding.md, session 10); the development gold codes a stated non-recognition REJECT with the one not recognised as recipient: ACCORD-REAL-014 (Zelenskyy does not recognize the legitimacy of the Rubio-Lavrov talks: REJECT UKR -> USA+RUS, adjudicated) and ACCORD-2025-051 (Zelensky refused to recognise Crimea as Russian: REJECT UKR -> RUS); the present tense with the grounds cited ('citing widespread allegations of fraud') reports the two actors' position as they state it, not background of an earlier year (unlike HO26U-060, NONE); Maduro, named, stands for his state, VEN, as the persons of ACCORD-REAL-014 stand for theirs",
        },
        "HO27H-049": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": "agreeing to forgo a measure of one's own is a concession: docs/event-coding.md (session 8) codes agreeing or pledging to halt, stop, cut, suspend, scrap or revoke something of one's own CONCEDE (manual 3.4.2), not AGREE, and not seeking the death penalty gives up a measure of the US's own prosecutors; the joint undertaking of HO26N-013 (Thailand and Cambodia agreed not to deploy more troops: AGREE THA+KHM) has two parties agreeing with each other, not one conceding; Mexico is not named in the sentence ('the arrangement' and 'both extraditions' are given by the context), and a recipient is taken only where one is named, as ACCORD-REAL-002 (the parties of the talks not named: REJECT UKR, none, adjudicated) and HO26G-017 (the addressee of a demand not named: none, adjudicated)",
        },
    },
    modes_kept={
        "HO27H-004": "a's 'disapprove' kept (b 'allege', as HO26R-016, Maduro calling the incidents a US 'aggression'): a charge of aggression is ACCUSE disapprove in 6 development records and allege in 3, among them HO26B-005 (Maduro calling US strikes acts of aggression: disapprove) and HO26L-045; a's is not wrong",
        "HO27H-005": "a's 'discontinue' kept (b 'withdraw', as HO27A-040): a Russian consulate closed by Poland is SANCTION discontinue in HO26Y-032 (Poland will close its last remaining Russian consulate) and withdraw in HO27A-040; both occur and a's is not wrong",
        "HO27H-012": "a's 'allege' kept (b 'disapprove'): 'accused X of' is ACCUSE allege in 43 development records and disapprove in 20, among them HO26-008 and HO26L-025 (allege); a's is not wrong",
        "HO27H-030": "a's null kept (b 'yield', CAMEO 1053): a request that a state release a person is REQUEST yield in 4 development records (HO26S-024, HO26G-017) and has no mode in 3 (HO26L-007, HO26T-028, HO26K-026); a's null is not wrong",
        "HO27H-031": "a's null kept (b 'discontinue'): a round or package of sanctions agreed or adopted has no mode in 6 development records, among them HO26E-001 (a new round of sanctions approved, b's own precedent), HO26N-001 and HO27A-007, and discontinue in 1 (ACCORD-2025-016); a's null is not wrong",
        "HO27H-040": "a's null kept (b 'discontinue'): tariffs imposed or raised are SANCTION discontinue in 8 development records (HO26M-044, a's own precedent, among them) and have no mode in 5 (HO26R-054, HO26C-032, HO26H-049); a's null is not wrong",
        "HO27H-041": "a's null kept (b 'meet', CAMEO 108): no development record is a request for mediation, and the gold's requests often carry no mode; CAMEO2PLOVER-2021 gives 'meet' for a demand of mediation, but a's null (the generic REQUEST) is not wrong",
    },
    modes_taken={
        "HO27H-015": (
            "discontinue",
            "b's 'discontinue' taken (a null): an arms embargo approved is CAMEO 163, SANCTION discontinue as docs/event-coding.md codes sanctions after the PLOVER 2.0 manual, and the one development record of an embargo is this same Spanish arms embargo on Israel, HO26L-059 (lawmakers approved its enshrinement in law: SANCTION discontinue ESP -> ISR); a's null departs from the only precedent for the same measure",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s22.development_files(others))
    cited = hb.check_citations(s22.event_reasons(EVENTS_DECIDED), development)
    events, near = s22.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 22, second set", SCOPE, f"{OUT}/"), others
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s22.s18.NEAR_RULE,
                "events": s22.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
