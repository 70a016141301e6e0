"""Assemble session 28's second held-out event set (news-heldout-s28b.json, HO27Z) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (b's labels read under ``annotations.b``) and the first
s28 build's helpers (its development files and session 25's DOCUMENT comment, dated this
session's day) it copies labels, leaves out the sentences another gold file holds in other
words, applies the adjudicator's decisions below, checks the new file against every other gold
file, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s28 = hb.load_build(DATA / "heldout-2026-12-05-s28" / "build" / "build.py")

IN = Path("/work/coord/s28/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s28b/build")
EVENTS = NEWS / "news-heldout-s28b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; tariffs suspended and threatened, troops and a militia "
    "deployed, sanctions extended, aid cut and visa-free travel suspended, withdrawals from "
    "international organisations, accusations, condemnations and criticism, allegations "
    "rejected and a handover refused, arrests at a protest, a warning, agreements and "
    "decisions of allies, deportation flights agreed and received, planned meetings and talks "
    "under way, a declaration supported, an agreement welcomed, and statements with no event "
    "across the Americas (Mexico and the US, Venezuela, Cuba, Brazil, Colombia, Canada, "
    "Guatemala, Nicaragua, Argentina, Chile, Panama and China), Europe and the Caucasus "
    "(Hungary and the EU, Moldova, Serbia, Poland, Romania, the UK and France, Georgia, Russia "
    "and Ukraine, Denmark, Lithuania and Latvia, France and Algeria) and international "
    "organisations' meetings (the UN General Assembly and Security Council, NATO, the OAS, the "
    "G20 in Johannesburg)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27Z-001": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["USA"],
            "target": ["MEX"],
            "follows": "b",
            "reason": "what is suspended is Washington's own measure, the proposed tariffs, and "
            "docs/event-coding.md (session 8) writes: agreeing or pledging to halt, stop, cut, "
            "suspend, scrap or revoke something of one's own (not strikes, fighting or a war) "
            "is CONCEDE (manual 3.4.2), not AGREE; the one who concedes is the US, and the "
            "party it agrees with, Sheinbaum, named in the sentence, is the recipient, as "
            "HO27L-046 (the US 'agreed to exempt Hungary' from its sanctions: CONCEDE USA -> "
            "HUN) and HO26F-030 (agreed to halt construction of one's own: CONCEDE); a's "
            "joint AGREE fits acts both parties do (HO27E-019, two leaders agreed to try to "
            "reach a deal; ACCORD-2025-048, both sides halting strikes, which the convention "
            "excepts), and Mexico suspends nothing here; a itself named CONCEDE the close call",
        },
        "HO27Z-002": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["MEX"],
            "target": [],
            "follows": "a",
            "reason": "docs/event-coding.md: an intended cooperative act becomes AGREE, 'except "
            "a deployment or sanction announced for the future with no condition or warning in "
            "the sentence (session 10), which is the measure itself'; Mexico 'committed to "
            "deploying' troops with no condition, so the deployment is coded, MOBILIZE troops "
            "(CAMEO 154), and the development gold codes this very deployment so, HO26G-038 "
            "(10,000 troops Mexico has sent to its northern frontier: MOBILIZE troops MEX, "
            "none); b's HO27H-014 (committed to accepting deportation flights: AGREE) is a "
            "cooperative act, not a deployment; a MOBILIZE takes no recipient of its own state "
            "and the US stands only in a place ('the U.S.-Mexico border'): none (both)",
        },
        "HO27Z-011": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["SRB"],
            "target": [],
            "follows": "a",
            "reason": "the detained are 'several protesters', unnamed, and news-heldout-s10's "
            "DOCUMENT gives 'a recipient only where clear and named in the sentence (none where "
            "no target is named: unnamed protesters, detainees ...)', as HO26R-001 (at least "
            "six people detained during a protest: COERCE arrest GEO, none) and HO26Q-010 "
            "(dozens arrested: MAR, none); b's precedents name whom they detain (HO27E-002, a "
            "candidate's relative and a named critic; HO26O-059, the PTI's activists); type, "
            "mode and source as both annotators",
        },
        "HO27Z-012": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["SRB"],
            "target": [],
            "follows": "a",
            "reason": "Vucic's accusations of unnamed protesters have no recipient in the "
            "development gold, twice adjudicated: HO26R-018 (accused student protesters: "
            "ACCUSE allege SRB, none) and HO26W-018 (accused protest leaders: SRB, none), by "
            "news-heldout-s10's DOCUMENT convention (none for unnamed protesters); b's "
            "precedents accuse a named domestic body or person (HO26P-030, the CIO; HO27L-029, "
            "Tchiroma); type, mode and source as both annotators",
        },
        "HO27Z-014": {
            "event": "REQUEST",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": "the type follows the reported predicate (docs/event-coding.md, gold "
            "conventions, 'X said Y attacked Z': the act reported is Y's), and "
            "the predicate is Washington 'pushing' other states to vote against the "
            "resolution, pressure to act, a demand: REQUEST (PLOVER 2.0, 'all requests, "
            "demands, and orders'); it is no judgement of wrong-doing ('violated', 'an "
            "aggression', 'a threat'), which would make it ACCUSE by the speaker; the states "
            "pushed are 'other countries, especially European states', none named: no "
            "recipient (news-heldout-s7's DOCUMENT); a's source CUB is not in the sentence "
            "('the foreign minister', 'his government': a flagged it). A close call",
        },
        "HO27Z-015": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["ROU"],
            "target": ["CUB"],
            "follows": "b",
            "reason": "one event, of the governing verb (docs/event-coding.md): Romania 'stated' "
            "first that 'foreign participation' in the war is a flagrant violation of the UN "
            "Charter, a verb of saying whose reported clause judges an act wrong, ACCUSE "
            "(session 11; the speaker accuses the act's owner), and the participation judged "
            "is Cuba's support for the invasion, named in the call that follows; the "
            "development gold codes a judgement followed by a call by the judgement, with the "
            "call's addressee as recipient: HO26V-031 (condemned the launches and called on "
            "Pyongyang: ACCUSE USA -> PRK) and HO26V-020 (accused Pakistan and called for a "
            "reassessment: ACCUSE IND -> PAK); the support for the resolution is background",
        },
        "HO27Z-032": {
            "event": "AGREE",
            "mode": None,
            "source": ["RUS"],
            "target": ["VEN"],
            "follows": "b",
            "reason": "the construction of HO26O-044 (adjudicated: India 'is expected to' "
            "extend a credit line to the Maldives: AGREE IND -> MDV), an actor as the subject "
            "of 'is expected to' and a cooperative verb, coded as an intention by PLOVER 2.0's "
            "rule quoted there (future CONSULT, SUPPORT, COOPERATE and AID are AGREE, manual "
            "3.1); backing Caracas's position is support (SUPPORT, CAMEO 05), Caracas names "
            "Venezuela (recipient); a's HO26N-026 ('It is expected that' two leaders 'will "
            "meet') has no actor as the subject of the expectation. A close call: the "
            "expectation is the writer's, as b notes",
        },
    },
    modes_kept={
        "HO27Z-025": "a's null kept: the sentence names no venue (Geneva is only on the page), "
        "and the development gold gives 'third-party' where the sentence names the third "
        "state's city or a mediator (HO26B-055, Istanbul; HO26-001, Doha with Qatar and "
        "Turkey mediating; HO26W-033, Paris), and a meeting with no host keeps a null mode even "
        "where a third country's city is named (ACCORD-2025-057, Kuala Lumpur); a's is not "
        "wrong",
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s28.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s28.s19.event_reasons(EVENTS_DECIDED), development, own)
    which = ("session 28, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, others, s28.s25.document_comment
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s28.s18.NEAR_RULE,
                "events": s28.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
