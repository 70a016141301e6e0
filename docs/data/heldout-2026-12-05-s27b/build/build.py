"""Assemble session 27's second held-out event set (news-heldout-s27b.json, HO27W) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (``build_event_set``) and the first s27 build's helpers (its
dated DOCUMENT comment, CHECK files, development files and ``event_reasons``). Run from the repository root with
PYTHONPATH=src. It runs no coder: it copies labels, leaves out the sentences another gold file
holds in other words, applies the adjudicator's decisions below, checks the new file against
every other gold file (the other s27 sets included), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s27 = hb.load_build(DATA / "heldout-2026-12-05-s27" / "build" / "build.py")

IN = Path("/work/coord/s27/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s27b/build")
EVENTS = NEWS / "news-heldout-s27b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; US strikes on boats off Venezuela and their praise, "
    "airspace incursions and their condemnation, refusals of NATO's spending target, a visa "
    "renounced, the capture of Maduro and its reactions, summonses, warnings and threats, "
    "riots, arrests and crowd control, a state of emergency and a national strike ended, "
    "meetings, calls and talks, tariffs dropped, frozen Russian assets and a loan to Ukraine, a "
    "banned Pride march, troops sent to Greenland, sanctions, agreements and support, and "
    "statements with no event across the Americas (the US, Venezuela, Colombia, Brazil, Canada, "
    "Ecuador, Mexico, Guyana, Haiti, Panama, Trinidad and Tobago), Europe (Estonia, Spain, "
    "Belgium and Slovakia, Georgia, Poland, Hungary, Denmark and Greenland, Bulgaria, Germany, "
    "Serbia, the UK, the Czech Republic) and international organisations' meetings (NATO's "
    "Hague summit, the EU's councils, the first EU-UK summit, the Geneva talks on Ukraine)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27W-004": {
            "event": "REJECT",
            "mode": None,
            "source": ["BEL", "SVK"],
            "target": [],
            "follows": "a",
            "reason": "Belgium and Slovakia oppose 'the imposition of the 5 percent' target, and the sentence does not name who imposes it: NATO stands only inside Trump's warning, a concessive clause ('although Trump warned that Spain could break the NATO consensus'), background to the main verb; a refusal of a measure whose author the sentence does not name has no recipient ('a recipient only where one is named in the sentence'), as HO26U-007 (adjudicated: the BNP 'opposed the ban', its author not named: REJECT BGD, none), HO26O-037 ('refutes this': REJECT TGO, none) and HO26J-014 (adjudicated: allegations whose author is not named: none); HO27D-013 (b's precedent) names the demand's authors, the Congolese negotiators, in the sentence; type and sources as both annotators",
        },
        "HO27W-023": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["ECU"],
            "target": [],
            "follows": "neither",
            "reason": "ending a national strike is easing political dissent, CAMEO 082, which CAMEO2PLOVER-2021 maps to CONCEDE, and the development gold codes this very decision of Conaie so, HO26K-016 (CONAIE 'announced the cessation of the National Strike': CONCEDE ECU -> ECU), type as a; but there the sentence names the government ('ordered by the government of Daniel Noboa'), and this one names no one the strike was against: a domestic concession with no recipient named takes none in the development gold, HO26L-006 (the Nepali government lifted the ban: CONCEDE NPL, none), HO26F-032 and HO26E-044 (CONCEDE, none), recipient as b; the domestic recipient of docs/event-coding.md is for protest, coercive and violent acts; source as both annotators",
        },
        "HO27W-024": {
            "event": "THREATEN",
            "mode": None,
            "source": ["ECU"],
            "target": [],
            "follows": "b",
            "reason": "Noboa warns that his government will move to dismantle the roadblocks, and the sentence names no one the threat is aimed at (the blockaders are not named): a warning of coercion with no named target has no recipient in the development gold, HO26P-018 (the Attorney General's Office warned it would act firmly if demonstrations escalated: THREATEN ECU, none) and HO26H-008 (adjudicated: a police warning to unnamed organisers of demonstrations: THREATEN TZA, none); the domestic recipient of docs/event-coding.md is for protest, coercive and violent acts done, not for threats; type and source as both annotators",
        },
        "HO27W-026": {
            "event": "AGREE",
            "mode": None,
            "source": ["IGO"],
            "target": ["UKR"],
            "follows": "b",
            "reason": "EU leaders 'decided to allocate EUR 90 billion to Kiev over the next two years': financing promised for the coming two years, not aid given, and the PLOVER 2.0 manual (3.6.2) codes broad promises of future aid AGREE, as the development gold does: HO26I-055 (adjudicated: the World Bank 'approved a $20 billion commitment' over ten years: AGREE IGO -> PAK, citing the manual) and HO26P-059 (adjudicated: aid announced for the future: AGREE AUS -> MMR); HO26O-027 ('recently allocated USD 230 million': AID) reports an allocation made; the failure to agree on the assets is no event; source and recipient as both annotators",
        },
        "HO27W-032": {
            "event": "THREATEN",
            "mode": None,
            "source": ["USA"],
            "target": ["DNK"],
            "follows": "b",
            "reason": "the main verb is Trump's refusal to say whether he would use force 'to acquire the Danish territory', which the development gold codes as a threat of force against the state named, HO26I-005 (Trump 'did not rule out a military operation against Colombia': THREATEN USA -> COL), and the territory is named as Denmark's ('the Danish territory', Greenland, which the development gold gives Denmark, HO26-077: PROTEST DNK -> USA over threats to take control of Greenland); the tariffs 'while affirming' are a participle clause after the main verb, and the gold codes one event, of the governing verb (HO27K-022, adjudicated: the first of two coordinated predicates); a's reading takes the tariff threat, whose eight countries are not named; type and source as both annotators",
        },
        "HO27W-033": {
            "event": "REQUEST",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": "von der Leyen 'said that the sovereignty of Denmark and Greenland must be respected': docs/event-coding.md codes 'X said Y must do Z' as X REQUEST Y whatever the verb, and a possessor is not the subject of a modal ('Ukraine's sovereignty must remain' asks nothing of Ukraine), so the sovereignty's holders are not the ones asked and no one who must respect it is named: REQUEST IGO, no recipient, as HO26Y-033 (the G7 called for a ceasefire while supporting Ukraine's territorial integrity: REQUEST IGO, none); b's precedent HO26B-052 (the EU 'expressed solidarity with Lithuania': SUPPORT IGO -> LTU) and HO27E-043 (the EU 'has backed Denmark') name a verb of support and its object; a close call",
        },
    },
    modes_kept={
        "HO27W-014": "a's 'visit' kept (b null): Carney came to the White House, CAMEO 042 'make a visit', which CAMEO2PLOVER-2021 maps to CONSULT visit, and the development gold codes 34 CONSULT records visit (HO26K-013, HO26L-050) besides ACCORD-REAL-032 (b's precedent, no mode); a's mode is not wrong",
        "HO27W-016": "a's 'ease' kept (b null): tariffs dropped now are CAMEO 085, which CAMEO2PLOVER-2021 maps to RETREAT ease, and docs/event-coding.md (session 10) reads tariffs eliminated, dropped or scrapped as eased (085); the development gold codes RETREAT ease for lifted measures, HO26R-045 and HO26V-016; a's mode is not wrong",
        "HO27W-029": "a's 'third-party' kept (b null): the sentence names the third place, Geneva, and CAMEO 044 'meet at a third location' maps to CONSULT third-party in CAMEO2PLOVER-2021, as the development gold codes meetings in a named third country: HO26-001 (Doha), HO26-049 (Paris), HO26W-033 (adjudicated, Paris) and HO26B-055 (Istanbul); a's mode is not wrong",
        "HO27W-039": "a's 'disapprove' kept (b 'allege'): blaming a party for a failed vote is CAMEO 112 'accuse', which CAMEO2PLOVER-2021 maps to ACCUSE disapprove; 'allege' is for accusations of a crime, corruption, abuses, aggression or treason (1121-1125); a's mode is not wrong",
        "HO27W-042": "a's 'discontinue' kept (b null): the development gold codes sanctions imposed with mode discontinue in 63 records (HO26-017, HO26K-045) and with none in 47 (HO26R-006), so neither is wrong; a's stays",
    },
    modes_taken={
        "HO27W-030": (
            None,
            "b's null taken (a 'third-party'): the sentence names no place where the officials met (Geneva only in the page's context), and every development record coded CONSULT third-party names its third place in the sentence (HO26-001 Doha, HO26-049 Paris, HO26W-033 Paris, HO26B-055 Istanbul); talks with no place named carry no mode (HO27E-010, adjudicated: CONSULT, no mode)",
        ),
    },
)


def main() -> None:
    others = s27.gold_files(EVENTS)
    development = hb.record_files(s27.development_files(others))
    cited = hb.check_citations(s27.event_reasons(EVENTS_DECIDED), development)
    which = ("session 27, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(IN, EVENTS, EVENTS_DECIDED, which, others, s27.COMMENT)
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s27.s18.NEAR_RULE,
                "events": s27.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
