"""Assemble session 29's second held-out event set (news-heldout-s29b.json, HO28C) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` and the first s29 build's DOCUMENT comment it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first s29
set's included, once it exists), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s29 = hb.load_build(DATA / "heldout-2026-12-06-s29" / "build" / "build.py")

IN = Path("/work/coord/s29/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s29b/build")
EVENTS = NEWS / "news-heldout-s29b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, rejections and a court's "
    "rejection of an appeal, threats of tariffs and of cutting electricity, tariffs and a "
    "surcharge imposed, a request, a road blockade and its clearing, a state of emergency, a "
    "prison sentence, a seizure, a resignation, prisoners released, a trade agreement signed "
    "and approved, thanks and support, and statements with no event across the Americas "
    "(Brazil and the US, Canada and China, Canada and the US, Cuba and the US, Chile and Peru), "
    "Europe (Denmark, Greenland and the US, Bosnia and Herzegovina, Serbia, Croatia, Belarus, "
    "Finland, Estonia and Poland and Russia, Georgia and the EU, Slovakia and Ukraine, Romania, "
    "France, Spain) and international organisations (NATO, the EU and Mercosur)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28C-007": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["CUB"],
            "target": [],
            "follows": "b",
            "reason": "'the diplomatic headquarters' is the US embassy only through the previous "
            "sentence, and the development gold gives an act no recipient where its party is "
            "given only by the context (a recipient only where named in the sentence): HO27E-034 "
            "(adjudicated: 'these measures', Cuba only in the previous sentence: none) and "
            "HO26J-014 (adjudicated: allegations whose author is only in the context: none); "
            "describing something as a 'historic instrument of subversion' is a characterising "
            "verb whose predicate condemns, ACCUSE (CAMEO 111: disapprove; docs/event-coding.md: "
            "'described the attack as a grave violation'), as HO26H-028 (Petro 'described the "
            "assault as aggression': ACCUSE disapprove COL, none); Cubadebate, the official "
            "portal, by its state CUB (both annotators)",
        },
        "HO28C-010": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["CAN"],
            "target": [],
            "follows": "b",
            "reason": "Ford blames 'one person' whom the sentence does not name (the US president "
            "only in the report), and the accused gets a state only where the sentence names "
            "him: HO26S-047 (adjudicated: unnamed protestors accused: ACCUSE allege AGO, none) and "
            "HO27E-034 (adjudicated: a party given only by the context: none); 'the US' stands "
            "inside the relative clause that states the person's goal, Canada's joining it, "
            "a destination, not the one blamed, as the speaker accuses the act's owner and never "
            "a name inside the judgement (HO26U-006: 'called the ban illegal', its owner not "
            "named: ACCUSE BGD, none); type and mode as both annotators (CAMEO 111)",
        },
        "HO28C-011": {
            "event": "REJECT",
            "mode": "yield",
            "source": ["CAN"],
            "target": ["USA"],
            "follows": "a",
            "reason": "Carney will keep the retaliatory tariffs in place 'until \"Americans show "
            "us respect\"': a refusal to ease sanctions until a demand is met, CAMEO 1244 'Decline "
            "to ease economic sanctions, boycott, or embargo' (CAMEO2PLOVER-2021: REJECT, yield), "
            "and the development gold codes a refusal to give up something held until the other "
            "side complies REJECT yield, HO26I-020 (Thailand 'would not release 18 Cambodian "
            "soldiers ... until' Cambodia adhered: REJECT yield THA -> KHM) and HO27E-004 "
            "(Petro would not accept flights 'until' a protocol: REJECT COL -> USA); "
            "docs/event-coding.md's 'adopting, approving or extending sanctions, tariffs' (163), "
            "b's ground, is a new or prolonged measure, as HO27E-011 (sanctions extended by a "
            "decision) and HO26M-044 (tariffs imposed), while keeping one in place on a condition "
            "is declining to ease it; 'Americans' the recipient, USA (both annotators)",
        },
        "HO28C-012": {
            "event": "PROTEST",
            "mode": "obstruct",
            "source": ["CHL"],
            "target": ["PER"],
            "follows": "b",
            "reason": "a PLOVER event needs an actor and the development gold codes none with an "
            "empty source (HO26B-027, adjudicated: 'no gold record codes an event with an empty "
            "source'; none of the 2,335 events of its 52 event files has one), and it gives an "
            "unplaced crowd or group the state where it acts: HO27N-032 (farmers blocked roads "
            "south of Lyon: PROTEST obstruct FRA), HO27C-023, HO26G-006 (adjudicated: unnamed "
            "insurgents by their country, MOZ), as docs/event-coding.md's document home country "
            "gives unplaced agents ('protesters'); the migrants, of no nation the sentence names, "
            "set out from Chile, where they were stranded at the crossing, and went back 'to "
            "Chilean territory' when they failed to pass (HO28C-013, the page's next sentence): "
            "CHL, the state they act from, as b reads the page; Peru, whose "
            "entry they demand, the recipient (both annotators); crowds blocking roads are "
            "PROTEST obstruct (docs/event-coding.md, CAMEO 144); a's reading, no source, would "
            "be the first source-less event of the gold",
        },
        "HO28C-013": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["CHL"],
            "target": [],
            "follows": "b",
            "reason": "the Carabineros 'cleared the traffic disruption' with no force named, and "
            "the development gold codes crowd control ASSAULT only where force is used on the "
            "crowd: each of its ASSAULT crowd-control records names tear gas, batons, water "
            "cannon or stun grenades (HO26M-038 'dispersed with batons', HO26P-019 'firing tear "
            "gas', HO26K-004, HO27T-018); "
            "removing a blockade without force is a restriction of movement, COERCE restrict "
            "(CAMEO 172, CAMEO2PLOVER-2021: COERCE, restrict), as docs/event-coding.md types an "
            "order of a closure COERCE (172); the migrants' state is not named: no recipient "
            "(both annotators)",
        },
        "HO28C-025": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "Plenkovic 'emphasized the need for political and legal solutions', a "
            "statement of what should be, addressed to no one and naming no act asked of anyone, "
            "CAMEO 01 (make statement), which codes nothing (docs/event-coding.md); the "
            "development gold codes such a statement NONE, ACCORD-SEED-022 (Macron 'emphasized "
            "the importance of a ceasefire agreement followed by negotiations': NONE) and "
            "ACCORD-SEED-001 ('highlighted the potential for peace': NONE); b's HO26H-043 (Modi "
            "'emphasized the need for a humanitarian approach': REQUEST IND) has its REQUEST from "
            "'urging the swift release of detained fishermen', an appeal this sentence lacks",
        },
        "HO28C-027": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["SRB"],
            "target": [],
            "follows": "a",
            "reason": "the accused are 'demonstrators', unnamed, and the development gold gives "
            "unnamed protesters no recipient: HO26S-047 (adjudicated: the MPLA 'accused protestors "
            "of trying to disrupt' celebrations: ACCUSE allege AGO, none, 'none where no target is "
            "named: unnamed protesters') and HO26N-002 (Vucic: protests an attempt at a 'color "
            "revolution' backed by foreign entities: ACCUSE allege SRB, none); b's HO26S-046 names "
            "'opposition groups', organised parties, which HO26S-047's adjudication distinguished; "
            "type and mode as both annotators",
        },
    },
    modes_kept={
        "HO28C-002": "a's disapprove kept (b null): Lula's planned WTO appeal and call to 'demand "
        "explanations' are a complaint against the US measures, and the development gold codes "
        "a WTO complaint against US tariffs ACCUSE disapprove, HO26B-022 (China 'filed a formal "
        "complaint with the World Trade Organization': ACCUSE disapprove CHN -> USA), a lawsuit "
        "with no mode in HO26O-018; a's disapprove is not wrong",
        "HO28C-029": "a's change kept (b null): rejecting an opposition request for a "
        "transitional government is rejecting a demand for a change in leadership, CAMEO 1231 "
        "(CAMEO2PLOVER-2021: REJECT, change), the mode the development gold gives refusals to "
        "step down, HO26N-034 (Jeri 'has refused calls to step down': REJECT change PER); a's "
        "change is not wrong",
        "HO28C-033": "a's yield kept (b null): the court declines to lift a seizure, a refusal "
        "to release property, CAMEO 1243 (CAMEO2PLOVER-2021: REJECT, yield), the mode the "
        "development gold gives refusals to release, HO26I-020 (Thailand would not release 18 "
        "soldiers: REJECT yield); b's HO26N-024 (a court rejected an appeal against a sentence: "
        "REJECT, no mode) concerns no property; a's yield is not wrong",
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s29.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s29.s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 29", SCOPE, f"{OUT}/"), others, s29.document_comment
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s29.s19.s18.NEAR_RULE,
                "events": s29.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
