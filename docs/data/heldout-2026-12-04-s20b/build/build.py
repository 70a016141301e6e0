"""Assemble session 20's second held-out event set (news-heldout-s20b.json, HO27C) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with session 19's ``build_event_set`` (through the first s20 build) it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new file against every other gold file (the first s20 set's
included), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s20 = hb.load_build(DATA / "heldout-2026-12-04-s20" / "build" / "build.py")

IN = Path("/work/coord/s20/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s20b/build")
EVENTS = NEWS / "news-heldout-s20b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most three sentences a page; accusations, condemnations and a summons, denials and "
    "refusals, a veto, arrests, prison sentences and a detention, states of emergency, a curfew "
    "and troops deployed, a protest and a blockade, diplomats declared undesirable, sanctions, "
    "prisoner releases and exchanges, drone strikes, requests and pledges of aid, aid shipped, "
    "visits, talks and an agreement signed, and a carrier group deployed across the Americas "
    "(Bolivia, Ecuador, Guatemala and the US, Honduras, Brazil and Portugal, Chile and Argentina, "
    "Panama, Venezuela and the US, Canada and Haiti, Mexico and Cuba), Europe (Estonia, Moldova, "
    "Ukraine and Russia, Serbia and Kosovo, Belarus, Lithuania and Poland, Bosnia, Georgia, "
    "Hungary, Denmark and the US, the Nordic states, the UK) and international organisations' "
    "meetings (the UN Security Council and General Assembly, the NATO summit, the EU)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27C-001": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["RUS"],
            "target": ["UKR"],
            "follows": "b",
            "reason": "one event, and of two clauses joined by 'but' the development gold codes the first where it reports an act: HO26-051 (Syria had rejected the idea 'but Israel raised it again': REJECT SYR), HO26L-053 (Eritrean troops backed Ethiopian forces, 'but relations have since soured': COOPERATE) and HO26S-046 (the government accused opposition groups, 'but activists insist': ACCUSE CIV); it takes the second only where the first is negated, HO26U-011 (has not denied this but blames DR Congo) and HO26O-008; the first clause here, Russia 'is fighting a war in Ukraine', is an act of force, ASSAULT RUS -> UKR as HO26F-024 (the ELN 'has been fighting' ex-rebels: ASSAULT); Estonia's complaint is the second clause",
        },
        "HO27C-004": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["BOL"],
            "target": [],
            "follows": "b",
            "reason": "denouncing the case as political persecution accuses whoever persecutes, and the sentence names no one (neither the government nor a court): no recipient, as HO26D-054 (Özel denounced a detention as a 'coup': ACCUSE disapprove TUR, none); the first coordinated verb, 'insisted on' the ex-president's innocence, is a statement that codes nothing, as HO26H-015 (insists he won, 'and accused': ACCUSE); mode disapprove as b, as HO26D-054",
        },
        "HO27C-033": {
            "event": "REJECT",
            "mode": None,
            "source": ["BIH"],
            "target": [],
            "follows": "b",
            "reason": "one event, of the first of two coordinated predicates: Dodik 'has said that he would disobey any conviction', a stated refusal to comply, REJECT, as HO26P-012 (Dodik rejected the verdict: REJECT BIH, none); the development gold codes the first of two coordinated acts, HO26D-001 (decided to expel officials 'and recalled' the ambassador: SANCTION expel) and HO26S-027 (would accept assistance, then 'should regard': AGREE); the threat is the second predicate; the court is not named: no recipient, as HO26P-012",
        },
        "HO27C-036": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["GEO"],
            "target": ["GEO"],
            "follows": "b",
            "reason": "prison sentences are COERCE arrest (both annotators), and an agentless passive against a state's own opposition figures, unnamed but named as such, takes that state as recipient: HO26J-055 (adjudicated: 'two opposition figures' of a named coalition arrested: CMR -> CMR), HO26U-031 (sentences on 'several prominent figures, including politicians': TUN -> TUN) and HO26O-012 (an opposition leader sentenced: TUN -> TUN); a's precedents name no group or role of the sentenced, HO26K-035 (26 protesters) and HO26M-029 (individuals convicted), as HO26P-044 (eight defendants)",
        },
        "HO27C-037": {
            "event": "REJECT",
            "mode": None,
            "source": ["VEN"],
            "target": [],
            "follows": "b",
            "reason": "one event, of the governing verb: 'denies the charge' is REJECT (docs/event-coding.md, session 8; HO26O-034, Besigye denies the accusations: REJECT), and the participle 'accusing' after it is not the event, as HO26V-007 (condemned, 'urging citizens': ACCUSE only) and HO26Q-048; the charge's author is only 'the administration', not named in the sentence: no recipient, as HO26J-014 and HO26I-023 (adjudicated: allegations whose author is given only by the previous sentence, REJECT ERI, none)",
        },
        "HO27C-044": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["LTU"],
            "target": ["BLR"],
            "follows": "b",
            "reason": "concern expressed over something is ACCUSE disapprove (docs/event-coding.md: 'concern expressed or voiced over / about / at' is CAMEO 110, not a comment), and it is the governing verb: the participle 'urging' after it is not the event, as HO26Q-048 (deep concern over violence, 'urgently calling for a ceasefire': ACCUSE disapprove) and HO26N-016 (concerns, then 'cautioning': ACCUSE disapprove); recipient Belarus, whom both annotators give (as HO26-075: condemnation, 'urging the authorities' of Iran: -> IRN)",
        },
    },
    modes_kept={
        "HO27C-045": "a's null kept (b 'discontinue' as ACCORD-2025-059, Britain sanctioned vessels; the development gold codes a UK sanctions package with no mode, HO26D-053, so a's null is not wrong)",
        "HO27C-046": "a's null kept (b 'discontinue' as ACCORD-2025-059; sanctions imposed are SANCTION with no mode in HO26D-053, so a's null is not wrong)",
        "HO27C-050": "a's 'troops' kept (b 'weapons' as HO26B-069, the same carrier ordered to the Caribbean; a naval deployment is MOBILIZE troops in HO26E-056, two ships dispatched to the Caribbean, and CAMEO 154, mobilize armed forces, is MOBILIZE troops in CAMEO2PLOVER-2021, so a's is not wrong)",
    },
    modes_taken={
        "HO27C-023": (
            "obstruct",
            "b's 'obstruct' taken: protesters blocking a transport hub is CAMEO 144, obstruct passage, block, PROTEST obstruct in CAMEO2PLOVER-2021, not 141 demo, as the development gold decided for road blockades in HO26E-017 (adjudicated: blocked key roads and intersections: PROTEST obstruct)",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s20.development_files(others))
    cited = hb.check_citations(s20.s19.event_reasons(EVENTS_DECIDED), development)
    events, near = s20.s19.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 20, second set", SCOPE, f"{OUT}/"), others
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s20.s19.s18.NEAR_RULE,
                "events": s20.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
