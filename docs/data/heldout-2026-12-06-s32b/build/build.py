"""Assemble session 32's second held-out event set (news-heldout-s32b.json, HO28L) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` and the first s32 build's DOCUMENT comment it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first s32
set's included, once it exists), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s32 = hb.load_build(DATA / "heldout-2026-12-06-s32" / "build" / "build.py")

IN = Path("/work/coord/s32/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s32b/build")
EVENTS = NEWS / "news-heldout-s32b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, rejections and denials, a "
    "threat of tariffs and tariffs added, a decertification, suspended agreements and "
    "purchases, visa restrictions and border controls, an arrest, a president ousted by "
    "Congress, restrictions on protesters and protests, a request to the ICJ and its order, a "
    "confidence vote sought, agreements (a loan, financing for Ukraine, a returns scheme, a "
    "prisoner exchange proposed), congratulations, a meeting and a phone call, and statements "
    "with no event across the Americas (Colombia and the US, Panama and the US, Canada and the "
    "US, Cuba, Argentina and the IMF, Honduras, Guyana and Venezuela, Peru, Chile and Bolivia, "
    "Venezuela and Trinidad and Tobago, El Salvador and Venezuela), Europe (Serbia, Kosovo and "
    "Serbia, Bosnia and Herzegovina, France, the UK and France, Germany and Poland, Spain and "
    "NATO, Ukraine and NATO, Russia and Ukraine at the OSCE, Poland and Russia) and "
    "international organisations' meetings (the EU, NATO, the OSCE, the Munich Security "
    "Conference, the ICJ, the IMF)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28L-006": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "Costa 'stressed that' developments 'highlight the urgent need for "
            "decisive action by the EU': a statement of what is needed, its that-clause an "
            "assertion about the war's developments, not an appeal to anyone, CAMEO 01, which "
            "codes nothing (docs/event-coding.md: appeal verbs with a that-clause that asks "
            "nothing code nothing), as HO28C-025 (adjudicated: Plenkovic 'emphasized the need "
            "for political and legal solutions': NONE) and ACCORD-SEED-022 ('emphasized the "
            "importance of a ceasefire': NONE); the only party named to act is the EU, the "
            "speaker's own union, so b's REQUEST would repeat its source, IGO -> IGO, which the "
            "gold drops outside protest, coercion and assault (HO26Q-011, adjudicated); b's "
            "HO28D-040 joins two bodies, the UN's Secretary-General and the ICJ; a close call",
        },
        "HO28L-007": {
            "event": "REJECT",
            "mode": None,
            "source": ["ESP"],
            "target": [],
            "follows": "b",
            "reason": "what Spain rejected is 'the 5% goal', whose owner (NATO) the sentence "
            "does not name, and the development gold gives an act judged or refused no "
            "recipient where its owner is not named: HO27E-018 (adjudicated: Carney called 'the "
            "tariffs' unjustified, their owner unnamed: ACCUSE CAN, none), HO26U-006 ('called "
            "the ban illegal': BGD, none) and HO28B-031 (adjudicated: 'the announcement' whose "
            "maker is unnamed: none); 'Turkey and Italy said' is a statement before 'but', and "
            "the rejection is the sentence's act, as both annotators",
        },
        "HO28L-008": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["SRB"],
            "target": [],
            "follows": "a",
            "reason": "those arrested are 'about a dozen anti-government activists', unnamed, "
            "and the development gold gives arrests of unnamed protesters or activists no "
            "recipient, adjudicated by news-heldout-s7's DOCUMENT convention ('none where no "
            "target is named'): HO26J-027 (police arrested 'about 50 protesters': TGO, none), "
            "HO26G-032 (Serbian police detained 79 students and other protesters: SRB, none) "
            "and HO26B-040 (arrested anti-government protesters: GEO, none); b's precedents "
            "name whom they arrest, HO26O-002 (two activists, Julius Kamau and Collins Otieno) "
            "and HO26Y-025 ('two opposition leaders'); type, mode and source as both annotators "
            "(the arrest convention of docs/event-coding.md)",
        },
        "HO28L-014": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["CUB"],
            "target": [],
            "follows": "a",
            "reason": "the sentence names no one the shutdowns, police presence and operations "
            "are aimed at, and the development gold gives such restrictions no recipient where "
            "none is named, HO28B-009 (the government 'ordered a nationwide internet shutdown': "
            "COERCE restrict TZA, none) and HO27V-011 (adjudicated: a junta shuttering all "
            "schools: COERCE restrict MLI, none); of the development gold's COERCE restrict "
            "records, 23 have no recipient and 3 the source's own state; type, mode and source "
            "as both annotators",
        },
        "HO28L-015": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["CUB"],
            "target": [],
            "follows": "a",
            "reason": "the neighbours' pot-banging protests name no government, leader or body "
            "they are against, and the development gold gives such a protest no recipient: "
            "HO26V-060 (adjudicated: a pot-banging protest in front of the Casa Rosada: PROTEST "
            "demo ARG, none; 'the domestic recipient is given where the protest is against a "
            "named government or leader', as b's HO26K-037, against Fico's alignment) and "
            "HO27D-044 (adjudicated: protests that erupted: NPL, none); the silent 'official "
            "press' is a 'while' clause, no addressee; type, mode and source as both annotators",
        },
        "HO28L-020": {
            "event": "REQUEST",
            "mode": None,
            "source": ["GUY"],
            "target": ["IGO"],
            "follows": "b",
            "reason": "the governing verb is 'sought intervention from' the ICJ, a request to "
            "the court, and the development gold codes a state asking a court to act REQUEST "
            "to the court, IGO: HO28D-047 (adjudicated: 'Sudan asked the court to take up its "
            "case': REQUEST SDN -> IGO, not ACCUSE, whose precedents have a verb of legal "
            "action as the governing verb, HO27U-028's 'submitted a declaration to join' the "
            "case and HO26U-035's 'filed a formal complaint'); Venezuela's announcement is what "
            "the request is about ('regarding'), not its addressee",
        },
        "HO28L-034": {
            "event": "CONSULT",
            "mode": "phone",
            "source": ["CHL"],
            "target": [],
            "follows": "b",
            "reason": "the governing act is the call ('placed a public call to president-elect "
            "Jose Antonio Kast'), 'to congratulate him' its purpose, and the development gold "
            "codes Boric's call to Kast CONSULT phone CHL with no recipient: HO27Q-030 "
            "(adjudicated: 'Boric also phoned Kast to congratulate him': a phone call has no "
            "host, so all participants are the actor, both Chilean, one code; "
            "docs/event-coding.md, meetings), as HO27G-044 and HO26W-022 (adjudicated: calls "
            "with a gesture of support: CONSULT, none); a's HO26Z-030 is a congratulation with "
            "no call",
        },
        "HO28L-035": {
            "event": "REQUEST",
            "mode": None,
            "source": ["FRA"],
            "target": ["FRA"],
            "follows": "b",
            "reason": "to 'seek a confidence vote from parliament' is to ask the French "
            "parliament for its confidence, and the development gold codes a government's "
            "request of its own legislature REQUEST X -> X, HO27A-010 (Milei 'asked lawmakers' "
            "to approve an IMF loan agreement: REQUEST ARG -> ARG), and codes a request "
            "announced by the one who will make it as the request, HO26T-036 (Tusk 'announced "
            "... that his government will invoke Article 4': REQUEST meet POL -> IGO); the "
            "parliament is a domestic body named without a country and takes the home country "
            "(docs/event-coding.md, the document's home country); a's NONE would suit a vote "
            "only mentioned, HO26T-040 (a no-confidence vote delayed: NONE)",
        },
        "HO28L-040": {
            "event": "AGREE",
            "mode": None,
            "source": ["GBR"],
            "target": [],
            "follows": "neither",
            "reason": "the speaker is 'the British leader' alone, so the intent he states, the "
            "UK returning migrants to France, is GBR's (AGREE, an intent, CAMEO 03, as both "
            "annotators; docs/event-coding.md: 'X will lift the curfew' is AGREE); France is "
            "neither a subject (a's FRA source: several sources stand only as members of one "
            "subject, HO26M-052; HO27N-040's two sources are 'the two leaders said they had "
            "agreed') nor a recipient: it is where the migrants go, and a destination is neither "
            "role (docs/event-coding.md, expulsions), as the development gold codes the very "
            "scheme's returns, HO27I-007 (migrants 'deported to France ... as part of the "
            "Government's returns deal': COERCE deport GBR, none); so GBR with no recipient, "
            "neither a's nor b's",
        },
        "HO28L-041": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["GBR"],
            "target": [],
            "follows": "b",
            "reason": "the ambassador judges 'any referendum on the court decision' illegal, "
            "and the sentence names no one who would hold it (Republika Srpska only in the "
            "report): the development gold gives an act judged wrong no recipient where its "
            "owner is not named, HO27E-018 (adjudicated: 'the tariffs' called unjustified: CAN, "
            "none) and HO26U-006 ('called the ban illegal': BGD, none), and the owner only "
            "where named, HO26W-049 ('the U.S. tariff threat': FRA -> USA); type and mode as "
            "both annotators",
        },
    },
    modes_taken={
        "HO28L-027": (
            "discontinue",
            "b's discontinue taken (a null): a suspended agreement or trade is SANCTION "
            "discontinue in 13 of the 19 development SANCTION records whose sentence says "
            "suspend or halt (no mode in 4), HO27B-019 (India 'suspended the Indus Waters "
            "Treaty'), HO26Q-012 (Pakistan 'suspended all trade with Afghanistan') and HO26B-030 "
            "(Colombia 'would suspend the purchase' of US arms); CAMEO 16, reduce relations, "
            "stopping cooperation",
        ),
        "HO28L-037": (
            "disapprove",
            "b's disapprove taken (a allege): 'Russia doesn't want to stop its war' judges "
            "Russia's intent and charges no crime, abuse, aggression or treason (CAMEO "
            "1121-1125, the allege codes of CAMEO2PLOVER-2021); the development gold codes such "
            "judgements of Russia disapprove, HO26R-047 ('Putin is mocking the efforts': ACCUSE "
            "disapprove IGO -> RUS) and HO27T-032 (condemnation of Russia's war: disapprove)",
        ),
        "HO28L-048": (
            "discontinue",
            "b's discontinue taken (a null): Bogotá 'suspended all US arms purchases', the act "
            "the development gold codes SANCTION discontinue COL -> USA in HO26B-030 (Colombia "
            "'would suspend the purchase' of US arms), as 13 of its 19 SANCTION records whose "
            "sentence says suspend or halt (HO26Q-012, HO27B-019)",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s32.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s32.s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 32", SCOPE, f"{OUT}/"), others, s32.document_comment
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s32.s19.s18.NEAR_RULE,
                "events": s32.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
