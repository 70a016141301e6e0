"""Assemble session 26's second held-out event set (news-heldout-s26b.json, HO27T) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` and the first s26 build's DOCUMENT comment it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first s26
set's included, once it exists), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s26 = hb.load_build(DATA / "heldout-2026-12-05-s26" / "build" / "build.py")

IN = Path("/work/coord/s26/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s26b/build")
EVENTS = NEWS / "news-heldout-s26b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, summonses and a verbal "
    "protest, rejections, a veto and abstentions on a resolution, a recognition, requests and "
    "warnings, sanctions, an expulsion from an organisation, a border closed and reopened, a "
    "state of emergency, entry barred, a detention, an arrest and prison sentences, crowds "
    "dispersed and road blockades, a strike, a boat strike and an attack, agreements, a "
    "tribunal agreement signed, aid sent after a hurricane, and statements with no event across "
    "the Americas (Colombia and the ELN, Mexico and the US, Venezuela, Bolivia, Cuba, Honduras, "
    "Panama, Guyana, Haiti and the Dominican Republic, Jamaica), Europe (France and Algeria, "
    "Poland and Belarus, the Council of Europe and Ukraine, Serbia, Hungary and the EU, Germany "
    "and Russia, Lithuania, Georgia, Estonia and Russia) and international bodies' meetings (the "
    "G7, the EU's summits, the OSCE, the UN)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27T-008": {
            "event": "PROTEST",
            "mode": "obstruct",
            "source": ["BOL"],
            "target": [],
            "follows": "b",
            "reason": "road blockades by a crowd are PROTEST obstruct (CAMEO 144: docs/event-coding.md, 'crowds blocking streets or roads obstruct passage'; both annotators), and the development gold gives blockades by protesters no recipient where the sentence names none: HO27A-049 (demonstrators 'blocked a bridge': PROTEST obstruct HND, none) and HO27C-023 (protesters blocked a transport hub: SRB, none); its one such record with the own state, HO26E-017 (adjudicated), names the blockaders 'anti-government', which gives the government; Morales's supporters are named by their leader, not as against anyone; type, mode and source as both annotators",
        },
        "HO27T-017": {
            "event": "SANCTION",
            "mode": "expel",
            "source": ["IGO"],
            "target": ["RUS"],
            "follows": "b",
            "reason": "the main verb reports an act, the Council's expulsion of Russia (an agentless passive whose body is named in 'from the Council'), and the development gold codes a past act that is the sentence's main verb however long ago: HO26L-053 (adjudicated: Eritrean troops 'backed' Ethiopian forces during the Tigray war: COOPERATE ERI -> ETH) and HO26H-017 (Morales 'expelled the top U.S. diplomat' seventeen years ago: SANCTION expel BOL -> USA); an organisation's removal of a member state is SANCTION of the organisation against the state, HO27J-016 (ECOWAS 'has suspended Guinea-Bissau': SANCTION IGO -> GNB), with CAMEO 166 'expel or withdraw' giving SANCTION expel (CAMEO2PLOVER-2021); a's kind of background, HO26Z-032 (adjudicated: observer status granted in 2022: NONE), rests on a granter the sentence does not name, and HO27H-013 (diplomats 'routinely expelled ... in recent years': NONE) on habitual acts of no one occasion; the 2022 invasion is a 'following' phrase, background",
        },
        "HO27T-018": {
            "event": "ASSAULT",
            "mode": "crowd-control",
            "source": ["SRB"],
            "target": [],
            "follows": "b",
            "reason": "police dispersing a crowd with teargas and stun grenades is ASSAULT crowd-control (both annotators), and the development gold codes this very dispersal at the Novi Sad campus (5 September 2025) with no recipient, HO27K-007 (police 'used tear gas and stun grenades to disperse protesters around the Novi Sad university campus': SRB, none), as it gives such dispersals none where none is named: 21 of its 24 ASSAULT crowd-control records, none with the source's own state (the other 3 name a foreign target, as HO26B-018), among them HO26M-003 (Serbian police 'used tear gas to break up' a protest: SRB, none), HO26K-004 (IDN, none) and HO26O-003 (KEN, none); the domestic recipient of docs/event-coding.md's Source and Target paragraph is the coder's rule, which the gold does not follow for these (as HO26V-005, adjudicated, found for restrictions); type, mode and source as both annotators",
        },
        "HO27T-022": {
            "event": "REJECT",
            "mode": None,
            "source": ["RUS", "CHN", "PAK"],
            "target": [],
            "follows": "b",
            "reason": "abstaining on a resolution is REJECT in the development gold, ACCORD-2025-007 (France and the UK 'abstained on the American draft': REJECT FRA+GBR -> USA), as a vote against a proposal is (docs/event-coding.md: 'voted against' a proposal is REJECT, CAMEO 120); 'abstentions from Russia, China, and Pakistan' names the abstaining parties, and an event noun codes with its parties (docs/event-coding.md), all three as source; the resolution's sponsor is not named in the sentence: no recipient, as HO26L-046 (a budget defeated with votes against and abstentions, no proposer named: REJECT WSM, none); the strong support is a 'while' clause, background",
        },
        "HO27T-027": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["CUB"],
            "target": ["CUB"],
            "follows": "b",
            "reason": "the main verb reports prison sentences, COERCE arrest in the development gold (HO26K-035, HO27C-036), and the gold codes a count of arrests or sentences passed up to the report as the act, not as background: HO26-065 (22 people 'had been arrested since June 13': COERCE arrest IRN), HO26R-051 (2,767 'have been detained to date': KHM) and HO27E-002 (two dozen 'have been detained since the start of the year': VEN -> VEN), as it codes a past act that is the main verb (HO26L-053, adjudicated); the sentenced are 'Cubans', which names their state, and the gold takes such a group as the domestic recipient and source of an agentless sentence, HO27C-036 (adjudicated: 'Four Georgian opposition leaders were sentenced': GEO -> GEO); the 2021 demonstrations are the sentences' cause, background",
        },
        "HO27T-028": {
            "event": "AGREE",
            "mode": None,
            "source": ["HND", "USA"],
            "target": [],
            "follows": "b",
            "reason": "an agreement reached 'with' another party is a joint act of both, all parties as actor and no recipient, in the development gold: HO27A-009 (the IMF 'had reached a preliminary agreement with Argentina': AGREE IGO+ARG, none), HO26H-011 (adjudicated: signed a security agreement 'with Papua New Guinea': SLB+PNG, none) HO27G-023 (Iraq 'signed a significant water agreement with Turkey': SUPPORT IRQ+TUR, none) and HO26T-008 (adjudicated: 'the two leaders agreed': MEX+USA, none), as docs/event-coding.md reads reciprocal acts ('talks between X and Y': both as sources, no target); HO26J-023, the same story (Castro announced her government 'will renew' the treaty with the US: AGREE HND -> USA), codes another predicate, Honduras's own intent, with the agreement in an 'after' clause; the announcement is a verb of saying, and the government that reached the agreement is Honduras's (both annotators)",
        },
        "HO27T-031": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["RUS"],
            "target": [],
            "follows": "b",
            "reason": "Lavrov judges a state of affairs, not an act, and the speaker accuses an act's owner, never a name inside the judgement (docs/event-coding.md, session 11); 'within the OSCE' says where the state of affairs is, and places are not sources or targets (docs/event-coding.md), so the sentence names no recipient; the development gold gives a judgement with no owner named no recipient, HO26Q-026 ('called it a severe blow': ACCUSE MLI, none) and HO27D-029 (adjudicated: 'called the move' an act of water warfare: ACCUSE PAK, none); the article and the meeting are setting; type, mode and source as both annotators",
        },
        "HO27T-035": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["PAN"],
            "target": [],
            "follows": "b",
            "reason": "police closing access to a province restrict movement on the state's own ground (COERCE restrict PAN, both annotators; a measure announced with no condition is the measure itself, docs/event-coding.md, session 10), and no COERCE restrict record of the development gold has the source's own state as recipient (11 have none, 8 a foreign one): HO26V-005 and HO26V-006 (adjudicated: roadblocks and roads sealed off in Nairobi: KEN, none) and HO26N-036 (airspace closed: LVA, none); the domestic recipient of docs/event-coding.md is the coder's rule, which the gold does not follow for restrictions (HO26V-005's reason)",
        },
        "HO27T-036": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the sentence gives the strike's duration ('has lasted more than 30 days') and its effect, a state of affairs and no strike on a day it reports: the development gold codes a movement or protest lasting since a date NONE, HO27K-016 (adjudicated: protests 'ongoing since November 28': NONE), HO26E-031 (outrage that 'has since grown' into a movement: NONE, a's precedent) and HO26T-059 (gangs grown in power since 2021: NONE); b's precedents report a strike's day or its call, HO26K-054 ('The third and final day of a national strike ... on Wednesday grounded most flights': PROTEST boycott BEL) and HO26M-043 (unions 'called a 24-hour general strike': GRC)",
        },
    },
    modes_kept={
        "HO27T-040": "a's allege kept (b 'disapprove'): the authorities call the opposition's refusal an 'insidious plan' to sabotage the investigation, an allegation of a plot, and the development gold codes claims of a plot or an attempt ACCUSE allege, HO26P-025 (the unrest plot 'coordinated from the Russian Federation': ACCUSE allege MDA -> RUS), HO26S-013 (an 'attempt to seize power illegally' under way: allege) and HO26F-023 (accused the ELN of plotting an assassination: allege); b's disapprove, for a reported judgement of an act as wrong (docs/event-coding.md, session 11), is a reading the gold also gives; a's allege is not wrong",
    },
    modes_taken={
        "HO27T-045": (
            "aerial",
            "b's 'aerial' taken (a null): the sentence names the weapon, a U.S. military 'airstrike', and the development gold codes every ASSAULT whose act is an airstrike or air strike aerial (13 records, HO26W-035 and HO26G-058 among them; HO26U-026, the one with no mode, codes the killing, not the 'air raids' of its 'responding to' phrase); a's precedents of boat strikes with no mode, HO27L-042, HO27A-029 and HO27E-040, name only 'a strike', no weapon; a's null leaves out what the sentence states",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s26.development_files(others))
    cited = hb.check_citations(s26.s19.event_reasons(EVENTS_DECIDED), development)
    which = ("session 26, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, others, s26.document_comment
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s26.s19.s18.NEAR_RULE,
                "events": s26.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
