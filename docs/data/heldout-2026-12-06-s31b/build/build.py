"""Assemble session 31's second held-out event set (news-heldout-s31b.json, HO28I) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (b's labels read under ``annotations.b``) and the first
s31 build's helpers (its development files and session 18's DOCUMENT comment, dated this
session's day) it copies labels, leaves out the sentences another gold file holds in other
words, applies the adjudicator's decisions below, checks the new file against every other gold
file, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s31 = hb.load_build(DATA / "heldout-2026-12-06-s31" / "build" / "build.py")

IN = Path("/work/coord/s31/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s31b/build")
EVENTS = NEWS / "news-heldout-s31b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; airspace violations and calls for NATO consultations, "
    "diplomatic relations severed and ambassadors recalled, a trade deal agreed and tariffs "
    "announced, a president captured and the capture condemned, demands for his release, "
    "sanctions imposed and lifted, trade talks ended, a withdrawal from the International "
    "Criminal Court, a reparations loan supported and opposed, a visa revoked, drones over "
    "airports and accusations of hybrid attacks, a chip maker taken under state control and an "
    "export ban, a visit to negotiate tariffs, a court's order welcomed and rejected, an "
    "endorsement and a pardon, an arms embargo decreed, a summit statement, a currency deal, "
    "accusations of vote buying, and statements with no event across the Americas (Peru and "
    "Mexico, Venezuela and the US, Brazil, Colombia, Canada, Guyana, Honduras, Argentina), "
    "Europe (Estonia, Poland, Denmark, the EU and the US, Serbia, Hungary, Belgium and the "
    "European Council, the Netherlands and China, Switzerland, Bosnia, Spain, Moldova) and "
    "international organisations' meetings (NATO, the European Council, the G7, the OAS, the UN "
    "General Assembly week)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28I-020": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["DEU", "POL", "EST", "LVA", "LTU"],
            "target": [],
            "follows": "b",
            "reason": "'the Baltic countries' name a fixed set of three states, Estonia, Latvia "
            "and Lithuania, and the development gold codes a regional group named by its "
            "adjective by its member states, HO27C-015 ('Nordic defence ministers' signed: "
            "SUPPORT DNK, FIN, ISL, NOR, SWE); 'Northern European countries' names no fixed set "
            "and is left out (both annotators); type, no recipient (the loan's proposer and "
            "beneficiary are not named, as ACCORD-2025-011) and the other sources as both",
        },
        "HO28I-032": {
            "event": "AGREE",
            "mode": None,
            "source": ["CHE"],
            "target": ["USA"],
            "follows": "a",
            "reason": "a visit announced and not yet made (the two 'will fly to Washington on "
            "Tuesday', the government said) is an intended cooperative act, AGREE "
            "(docs/event-coding.md: 'an intended cooperative act ... becomes AGREE', and a "
            "future meeting AGREE, manual 3.2.1), as the development gold codes an announced "
            "trip for talks, HO27L-010 (adjudicated: a foreign minister 'set to travel to "
            "Russia for ... discussions': AGREE CHN -> RUS); CONSULT visit is for a visit made, "
            "HO26J-046 (Modi 'arrived in Ghana': CONSULT visit IND -> GHA); source and "
            "recipient as both annotators",
        },
        "HO28I-039": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["GUY"],
            "target": [],
            "follows": "a",
            "reason": "'the court' is not named in the sentence (the ICJ only on the page), and "
            "the development gold gives a recipient only where clear and named in the sentence "
            "(news-heldout-s10's DOCUMENT), as HO27Y-009 (adjudicated: a court named only as "
            "'the proceedings' and 'the trial': no recipient); b's precedents name the body "
            "whose decision is welcomed, ACCORD-NEWS-011 ('the decision by the European "
            "Commission': CAN -> EU) and HO27I-050 ('commended the International Court of "
            "Justice': VUT -> IGO); welcoming is SUPPORT (both annotators)",
        },
        "HO28I-049": {
            "event": "AGREE",
            "mode": None,
            "source": ["ARG", "USA"],
            "target": [],
            "follows": "b",
            "reason": "a deal 'with' another party is a joint act of both, all parties as actor "
            "and no recipient, in the development gold: HO27T-028 (adjudicated: Castro "
            "announced her government 'has reached an agreement with the United States': AGREE "
            "HND+USA, none) and HO27A-009 (the IMF's preliminary agreement with Argentina on a "
            "$20 billion loan: AGREE IGO+ARG, none), as docs/event-coding.md reads reciprocal "
            "acts ('Talks between X and Y' is a joint act with both as sources and no target); "
            "type as both annotators",
        },
    },
    modes_kept={
        "HO28I-002": "a's 'discontinue' kept (b 'withdraw', CAMEO2PLOVER-2021's mode for 161): "
        "the development gold codes this very act, Peru breaking off diplomatic relations with "
        "Mexico over the asylum, SANCTION discontinue (HO27Q-010), and a downgrade of relations "
        "so too (HO27B-013); b's is not wrong, but the gold's reading of this act is a's",
    },
    modes_taken={
        "HO28I-005": (
            "meet",
            "b's 'meet' taken (a null): a request to invoke NATO's Article 4 asks for "
            "consultations, and the development gold codes it REQUEST meet POL -> IGO in "
            "HO26R-030 (adjudicated, a's 'meet' kept), HO26T-036 and HO26Y-039 (Estonia's); a's "
            "null leaves the request without the mode the gold gives the construction",
        ),
        "HO28I-011": (
            "yield",
            "b's 'yield' taken (a null): a call for the release of a detained person is CAMEO "
            "1053 'Demand release of persons or property' -> REQUEST yield (CAMEO2PLOVER-2021), "
            "as the development gold codes release demands, HO27Y-002 (the call for Machar's "
            "release: yield, kept in session 28 as the construction's majority), HO26S-024 "
            "(adjudicated: the envoy demanded the release of UN personnel: yield) and HO26G-017",
        ),
        "HO28I-036": (
            "disapprove",
            "b's 'disapprove' taken (a 'allege'): 'blamed X for' is ACCUSE disapprove in most "
            "development records of the construction, HO26P-002 (blamed the Philippines for the "
            "collision), HO26K-020, HO26B-037 and HO27K-030, and allege where the blame is for "
            "attacks or a breach of a ceasefire (HO26U-029, HO26I-039, HO26X-001: CAMEO 1123 "
            "'Accuse of aggression'); an attempt to discriminate is none of the charges "
            "CAMEO2PLOVER-2021 gives allege (1121-1125), so the generic 112 'Accuse' applies",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s31.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s31.s19.event_reasons(EVENTS_DECIDED), development, own)
    which = ("session 31, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, others, s31.document_comment
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s31.s18.NEAR_RULE,
                "events": s31.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
