"""Assemble session 34's second held-out event set (news-heldout-s34b.json, HO28R) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (b's labels read under ``annotations.b``) and the first
s34 build's helpers (its development files and session 18's DOCUMENT comment, dated this
session's day) it copies labels, leaves out the sentences another gold file holds in other
words, applies the adjudicator's decisions below, checks the new file against every other gold
file, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s34 = hb.load_build(DATA / "heldout-2026-12-06-s34" / "build" / "build.py")

IN = Path("/work/coord/s34/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s34b/build")
EVENTS = NEWS / "news-heldout-s34b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; an envoy's appointment protested and an ambassador to be "
    "called in, a trade agreement signed and opposed, trade talks ended and an advertising "
    "campaign stopped, accusations of election interference and a result contested, a drone "
    "attack, a security conference speech answered, tariffs threatened over Greenland and "
    "retaliation considered, an oil shipment cancelled and aid sent, a resignation, tariffs and "
    "suspended electricity sales, a court ruling on ports denounced and retaliation, prisoners "
    "released and the release welcomed, a sanctions package not agreed, trilateral talks held, "
    "and statements with no event across the Americas (Canada and the US, Honduras, Haiti, "
    "Mexico and Cuba, Colombia and Ecuador, Panama and China, Venezuela, Brazil and Mercosur), "
    "Europe (Denmark and Greenland, France and Italy, Moldova, Bulgaria, the EU) and "
    "international meetings (the Munich Security Conference, the EU's foreign ministers, the "
    "Geneva talks of Ukraine, the US and Russia)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28R-003": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["FRA"],
            "target": [],
            "follows": "a",
            "reason": "the supporters are party factions, not the European Parliament acting as a "
            "body, and the one faction named is named by its country ('France's The Patriots'); "
            "the development gold codes a party or its leader by the party's state, HO27R-041 "
            "(Melenchon, 'their party leader', condemned: FRA) and HO27V-004 (the Awami League "
            "party called a shutdown: BGD), and codes IGO where an EU body acts as one, HO27Z-022 "
            "(EU foreign ministers decided: IGO); type and no recipient (the farmers are no "
            "actor) as both annotators",
        },
        "HO28R-004": {
            "event": "REQUEST",
            "mode": None,
            "source": ["ITA"],
            "target": ["BRA"],
            "follows": "b",
            "reason": "Macron 'emphasized the need for' concessions, a statement of what should "
            "be, addressed to no one, which the development gold codes as no event, HO28C-025 "
            "(adjudicated: Plenkovic 'emphasized the need for political and legal solutions': "
            "NONE); the sentence's codable act is Meloni's, who 'asked' the named Brazilian "
            "president for patience, REQUEST ITA -> BRA, as ACCORD-2025-061 (Zelensky asked "
            "Trump for missiles: UKR -> USA) and HO26O-041 (Sisi asked Trump: EGY -> USA)",
        },
        "HO28R-019": {
            "event": "AGREE",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "a",
            "reason": "the governing verb is Rubio's 'stressed that America seeks a revitalized "
            "partnership', an intent to cooperate (CAMEO 030 'Express intent to cooperate': "
            "AGREE in CAMEO2PLOVER-2021, line 7; docs/event-coding.md: an intended cooperative "
            "act becomes AGREE); 'calling on Europe to step up' is a participle clause after it, "
            "and the development gold codes one event, of the governing verb, HO27W-032 "
            "(adjudicated: the tariffs 'while affirming' after the main verb not coded) and "
            "HO27K-022 (adjudicated: the first of two coordinated predicates); 'Europe' (the "
            "continent) gives no recipient, as both annotators. A close call: the call on Europe "
            "is the more concrete act",
        },
        "HO28R-020": {
            "event": "THREATEN",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "a",
            "reason": "the threatened tariffs fall on 'eight European countries' that the "
            "sentence does not name; Greenland stands in a relative clause, as what those "
            "countries' opposition is about, not as the threat's recipient; b's precedent, "
            "HO27W-032, gives DNK because its governing verb is a threat of force 'to acquire "
            "the Danish territory', and its adjudication notes that the tariff threat's eight "
            "countries are not named; the development gold gives a recipient only where clear "
            "and named in the sentence (news-heldout-s10's DOCUMENT); type and source as both",
        },
        "HO28R-021": {
            "event": "THREATEN",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": "the first clause, the eight targets' warning of a 'dangerous downward "
            "spiral', names a harm and no actor's act and gives no event (docs/event-coding.md, "
            "a warning that names no actor); the next predicate, 'the EU is considering "
            "retaliation', is a sanction under consideration, which the development gold codes "
            "THREATEN, HO27Q-003 (Lula's government 'is considering reciprocal tariffs': "
            "THREATEN BRA -> USA) and HO26R-008 ('strongly considering' sanctions: THREATEN); "
            "the French president's urging after the colon illustrates the retaliation "
            "considered, and the gold codes one event, the first codable predicate, HO27K-022 "
            "(adjudicated); the US is not named, so no recipient. A close call: a's REQUEST "
            "FRA -> IGO is the one clause that is an independent sentence",
        },
        "HO28R-022": {
            "event": "REQUEST",
            "mode": "yield",
            "source": ["USA"],
            "target": [],
            "follows": "a",
            "reason": "type and source as both annotators; recipient as a (none): 'European "
            "governments' names no fixed set of states and no body, and the development gold "
            "leaves such a group out, HO28I-020 (adjudicated: 'Northern European countries' "
            "names no fixed set); b's ACCORD-2025-015 (the seed file's 'European governments': "
            "EU) is the one record so coded, before IGO was the gold's code for EU bodies; mode "
            "as b: pressure to reduce a military footprint is a demand of military "
            "de-escalation, CAMEO 1056, REQUEST yield (CAMEO2PLOVER-2021, line 130), as "
            "HO26N-040 (the demand that Noboa demilitarize communities: yield)",
        },
        "HO28R-039": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["CHN"],
            "target": ["PAN"],
            "follows": "b",
            "reason": "docs/event-coding.md, State codes: 'a dependency takes its sovereign's' "
            "(Greenland is DNK in the gold); Hong Kong's commerce secretary is an official of a "
            "special administrative region of China, so CHN; no development record codes a Hong "
            "Kong official as an actor (HO27W-050's HKG is the recipient of a Hong Kong firm's "
            "ports seized, no official acting); type, mode and recipient as both annotators "
            "('raised concerns' ACCUSE, as ACCORD-SEED-029). A close call on the code",
        },
        "HO28R-043": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA"],
            "target": ["VEN"],
            "follows": "a",
            "reason": "the embassy's predicate is 'we are pleased to confirm the release', "
            "approval of another's act, which the development gold codes SUPPORT of the actor "
            "whose act it is, HO27R-024 (adjudicated: 'We welcome the release of detained "
            "Americans in Venezuela': SUPPORT USA, no recipient because no releaser is named; its "
            "reason: where the welcomed act's actor is named it is the recipient) and HO27B-020 "
            "(adjudicated); here the releaser is named, Venezuela's interim authorities, so VEN; "
            "b's HO27K-037 and HO26V-057 report the release with no approval expressed",
        },
        "HO28R-046": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "EU foreign ministers 'set to discuss' a package among themselves is one "
            "body's own meeting, with no other party, and the development gold codes the EU "
            "foreign ministers' own deliberation on a package as no event, HO27K-028 (the "
            "ministers of the 27 'have not reached an agreement' on an aid package: NONE); b's "
            "HO27Q-040 is a summit of three states' leaders announced, a meeting between "
            "parties; Russia is the package's topic, not a participant",
        },
        "HO28R-048": {
            "event": "CONSULT",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "a",
            "reason": "Witkoff reports talks held ('the first-day talks') in which the United "
            "States took part, and the development gold codes officials' report of progress in "
            "talks as the talks, CONSULT, HO27W-030 (US and Ukrainian officials 'said ... they "
            "had made progress': CONSULT USA+UKR, no recipient); the other parties are not "
            "named here, so USA alone",
        },
    },
    modes_kept={
        "HO28R-030": "a's 'discontinue' kept (b null): tariffs imposed are SANCTION discontinue "
        "in most development records of the construction, HO26T-055 (adjudicated), HO26K-045, "
        "HO27A-002 and HO27F-001 (17 of 25 tariff SANCTION records; 8 null), and a suspended "
        "exchange so too, HO26Q-012 and HO26X-034 (8 of 14); b's HO26R-054 (the same "
        "retaliation, null) shows b's is not wrong, but a's is the construction's majority",
        "HO28R-032": "a's 'discontinue' kept (b null), as HO28R-030 of this set, the same "
        "measures announced (HO26T-055, adjudicated: tariffs announced for the future: SANCTION "
        "discontinue); b's HO26R-054 (null) is not wrong",
        "HO28R-038": "a's 'withdraw' kept (b 'discontinue'): pausing discussions on new projects "
        "is a halt of negotiations, CAMEO 164 'Halt negotiations', SANCTION withdraw "
        "(CAMEO2PLOVER-2021, line 247), as the development gold codes talks ended, HO28F-022 "
        "(trade talks with Canada terminated: withdraw); discontinue is CAMEO 1621's (aid "
        "reduced or stopped), so b's is not clearly wrong for a suspended cooperation",
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    cited = s34.cited_ids(IN, ("events-a.json",), s34.s19.event_reasons(EVENTS_DECIDED))
    which = ("session 34, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, others, s34.document_comment
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s34.s18.NEAR_RULE,
                "events": s34.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
