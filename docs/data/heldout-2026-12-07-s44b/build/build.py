"""Assemble session 44's second held-out event set (news-heldout-s44b.json, HO29V) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` and the first s44 build's DOCUMENT comment it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first s44
set's included) and this session's other sentence files, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s44 = hb.load_build(DATA / "heldout-2026-12-07-s44" / "build" / "build.py")

IN = s44.COORD / "heldout2"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s44b/build")
EVENTS = NEWS / "news-heldout-s44b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, rejections and refusals, "
    "requests and invitations, support, welcomes and defences, proposals, negotiations, aid, a "
    "retaking of prisons, threats and statements with no event across the Americas (Mexico, "
    "Peru, Honduras, Costa Rica, Guatemala, Panama, Chile, Argentina, Uruguay, Brazil, Cuba, "
    "Trinidad and Tobago, Venezuela, Canada, the US), Europe (Hungary, Georgia, Lithuania, "
    "Poland, Switzerland, Belgium, Slovakia, Italy, Estonia, Belarus) and international "
    "organisations' meetings (the G7 at Kananaskis, the OAS, the EU's foreign ministers, "
    "Mercosur)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29V-013": {
            "event": "CONSULT",
            "mode": None,
            "source": ["CHE", "USA"],
            "target": [],
            "follows": "b",
            "reason": "negotiations with no host named: 'with no host ... all participants are "
            "the actor and there is no recipient' (docs/event-coding.md, meetings), as the "
            "development gold codes negotiations of two states, HO27K-022 (adjudicated: "
            "'intensive negotiations with the Americans': CONSULT CAN, USA, none) and HO28G-037 "
            "(adjudicated: Congo 'started negotiations with the United States': COD, USA, "
            "none); type as both annotators",
        },
        "HO29V-016": {
            "event": "REJECT",
            "mode": None,
            "source": ["POL"],
            "target": [],
            "follows": "b",
            "reason": "Nawrocki 'refused appointments and promotions', whose proposer the "
            "sentence does not name; the development gold gives a refusal no recipient where "
            "the one refused is not named, HO26G-019 ('refused to hold snap elections as "
            "demanded': REJECT SRB, none) and HO27W-025 (Belgium 'refused to approve the ... "
            "loan': REJECT BEL, none); type and source as both annotators",
        },
        "HO29V-021": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the prime minister says the assets 'should remain' in Euroclear and "
            "cautions that seizing them 'would present major legal hurdles': an opinion and a "
            "warning whose clause names no actor, which docs/event-coding.md gives no event ('a "
            'clause that names no actor ("warned that conditions will not shift") gives no '
            "event, as the gold does'); the development gold's REJECT has a refusal verb, "
            "HO27W-025 (Belgium 'refused to approve' the loan); a close call, as both "
            "annotators say",
        },
        "HO29V-026": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the clause's verb is Milei's absence ('not attending Orsi's "
            "inauguration, was ... Milei'), which the development gold codes as no event, "
            "HO28C-049 (Lula 'did not attend' the ceremony: NONE) and HO29G-040 (adjudicated: "
            "the US 'did not attend the summit': NONE); the threat to leave Mercosur stands "
            "only in the participle 'recalling that he would not hesitate', a past remark "
            "recalled; a close call, as a says",
        },
        "HO29V-027": {
            "event": "AGREE",
            "mode": None,
            "source": ["SVK"],
            "target": ["UKR"],
            "follows": "b",
            "reason": "Fico 'has proposed a joint meeting with' Zelenskyy: the development gold "
            "codes a proposed meeting or summit AGREE, HO28Y-042 (Congo 'proposed a summit "
            "between' Tshisekedi and Trump: AGREE COD -> USA), as being open or willing to "
            "meet is AGREE (CAMEO 036, docs/event-coding.md) and a proposal to another party is "
            "AGREE (HO28L-045, 'proposed a prisoner exchange to'); a's HO27Y-050 (adjudicated) "
            "and HO29B-048 are invitations for the other side to visit, which ask it to act; "
            "source and recipient as both annotators",
        },
        "HO29V-031": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["TTO"],
            "target": ["TTO"],
            "follows": "a",
            "reason": "Sobers 'has vigorously defended Prime Minister Kamla Persad-Bissessar', "
            "a person defended in words, CAMEO 052 ('Defend verbally'), which CAMEO2PLOVER-2021 "
            "maps to SUPPORT, and the development gold codes a leader defended by a minister "
            "SUPPORT of the one defended, HO29M-001 (the interior minister 'defended Petro': "
            "SUPPORT COL -> COL); the allegations' authors are not named, so b's HO28C-038, "
            "whose recipient is the named critic, does not apply (docs/event-coding.md's "
            "s35-defended reading is of a defended act, not a person)",
        },
        "HO29V-032": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["ITA"],
            "target": [],
            "follows": "b",
            "reason": "the opposition 'welcomed the court's intervention', a court named by no "
            "state in the sentence; the development gold gives a welcomed court decision no "
            "recipient, HO28I-039 (adjudicated: Ali 'welcomed the decision from the court': "
            "SUPPORT GUY, none); type and source as both annotators",
        },
        "HO29V-035": {
            "event": "REQUEST",
            "mode": "meet",
            "source": ["CHL"],
            "target": ["ITA", "SLV"],
            "follows": "b",
            "reason": "Kast 'extended invitations to' Meloni and Bukele: the development gold "
            "codes 'extended an invitation' REQUEST meet, HO27Y-050 (adjudicated: an invitation "
            "asks its addressee to act, CAMEO 026) and HO29B-048; the development adjudications "
            "of invitations both refuse CONSULT, which is the visit made, HO28A-024 "
            "(adjudicated: 'CONSULT visit is the visit made'); a's HO28Q-046 was not "
            "adjudicated; recipients as both annotators",
        },
        "HO29V-038": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": "the bureau 'condemned the decision to arrest Bolsonaro', whose maker the "
            "sentence does not name; the development gold gives a condemned decision or arrest "
            "no recipient, HO29D-015 ('condemned the decision': ACCUSE disapprove SRB, none) and "
            "HO26W-028 ('condemned the arrest': ACCUSE disapprove SSD, none); type, mode and "
            "source as both annotators",
        },
        "HO29V-050": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["PAN"],
            "target": ["PAN"],
            "follows": "a",
            "reason": "the main clause 'has taken a hard stance' is elaborated by two "
            "coordinated participles, and the first of two coordinated verbs governs "
            "(HO27D-005, adjudicated: one event, of the first verb): 'referring to some unions "
            'as "mafias"\', a label of blame, ACCUSE disapprove of the unions (Panamanian), as '
            "the development gold codes a label of blame (HO26U-006, 'called the ban illegal': "
            "ACCUSE disapprove); the refusal to repeal the law is the second participle; a "
            "close call, as both annotators say",
        },
    },
    modes_kept={
        "HO29V-015": "a's null kept (b seize): security forces 'regained control of the "
        "facilities', the state's own prisons retaken from inmates; the development gold's "
        "seize takes property from its holder, HO27I-016 (a cargo vessel seized) and "
        "HO27L-014 (an oil tanker seized), so a's null is not wrong",
    },
    modes_taken={
        "HO29V-028": (
            "change",
            "b's change taken (a null): Venezuela calls on the prime minister 'to tone down the "
            "deadly force rhetoric', a demand to withdraw or moderate remarks, which the "
            "development gold codes REQUEST change, HO26-022 (demanded that Takaichi 'retract "
            "her remarks') and HO26D-060 ('urge Japan to retract the wrongful remarks')",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s44.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s44.s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 44", SCOPE, f"{OUT}/"),
        [*others, *s44.siblings(IN / "events-sentences.json", s44.IN / "events-sentences.json")],
        s44.document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s44.s19.s18.NEAR_RULE,
                "events": s44.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
