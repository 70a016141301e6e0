"""Assemble session 38's third held-out event set (news-heldout-s38c.json, HO29E) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 18's DOCUMENT comment dated on this set's
day, b's labels read under ``annotations.b``) it copies labels, leaves out the sentences another
gold file (or the sentence files of session 38's other sets) holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file and those
sentence files, and computes agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s38/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s38c/build")
EVENTS = NEWS / "news-heldout-s38c.json"
# The CHECK files of session 38 (sessions 36 and 37's sets, pooled): never opened by the
# adjudicator, never cited; the build compares their sentences and pages as strings only.
CHECK_FILES = {
    "news-heldout-s36.json",
    "news-heldout-s36b.json",
    "news-heldout-s36c.json",
    "evidence-heldout-s36.jsonl",
    "news-heldout-s37.json",
    "news-heldout-s37b.json",
    "news-heldout-s37c.json",
    "evidence-heldout-s37.jsonl",
}
# Session 38's other sets were built at the same time on another branch: their sentence files
# are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s38/heldout/events-sentences.json"),
    Path("/work/coord/s38/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s38/heldout2/events-sentences.json"),
]
# The day this set was built, for its DOCUMENT comment.
DAY = "2026-12-07"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, at the same time as "
    "the session's first two sets: tankers stopped or seized in the Strait of Hormuz, the "
    "Scarborough Shoal collision of August 2025, the AU and other observers of Tanzania's "
    "October 2025 election, the hostage and prisoner release of 13 October 2025 in Gaza, the "
    "last renewal of UNIFIL's mandate, Italy's migrant centres in Albania, the takeover of "
    "Madagascar's CAPSAT unit, the IAEA's inspections in Iran, the US sanctions after the Salt "
    "Typhoon and Treasury hacks, the Thai and Cambodian border measures of June 2025, the "
    "reopening of the Torkham crossing, aid blocked at Gaza's crossings, and statements with "
    "no event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29E-003": {
            "event": "COERCE",
            "mode": None,
            "source": ["CHN"],
            "target": ["PHL"],
            "follows": "b",
            "reason": (
                "'Two Chinese ships collided while chasing a Philippine patrol boat', Manila "
                "said: the collision is between two ships of one state, an accident and no act "
                "of one actor toward another, so the sentence's only act between states is the "
                "chase, which the development gold codes with the pursued vessel's state as "
                "recipient, HO27U-006 (two Chinese ships used water cannons 'while pursuing' a "
                "Philippine vessel: CHN -> PHL) and HO26O-001 (demonstrators 'pursued a police "
                "lorry', told in an 'after' clause of a main clause that names no act: coded); "
                "a reported act is typed by its own predicate (docs/event-coding.md, 'X said Y "
                "did Z'); a chase with no water cannon, ramming or other force named is coercion "
                "short of force (CAMEO 17, COERCE in CAMEO2PLOVER-2021, no mode), not ASSAULT; "
                "the same incident's HO29E-004 (the Philippine Coast Guard's account) is ACCUSE "
                "PHL -> CHN for both annotators"
            ),
        },
        "HO29E-014": {
            "event": "RETREAT",
            "mode": "release",
            "source": ["PSE"],
            "target": [],
            "follows": "a",
            "reason": (
                "'The group was released in two batches, with a second group of 13 hostages "
                "transferred in Khan Yunis in the southern Gaza Strip': an agentless passive "
                "release whose sentence names the place (docs/event-coding.md's source rule: "
                '\'for an agentless passive with a place ("X was arrested in Lebanon") the '
                "place's state'), which the development gold follows for releases, HO26T-030 "
                "(adjudicated: released from custody 'in Baku': RETREAT release AZE, 'agentless "
                "passive with a place'), and which gives hostages released in Gaza PSE, "
                "HO28G-014 (hostages 'held by Hamas in Gaza were released': PSE) as this set's "
                "HO29E-013 (Hamas: PSE, both annotators) and ACCORD-FRESH-031; the convention 'An "
                "event has a source' leaves out a doer the sentence does not name, and here the "
                "place names it as that rule reads it (unlike HO28P-005, 'the captain has been "
                "released', no place: NONE); no recipient, as both annotators' readings allow: "
                "the hostages' state is not named (HO26T-030's reason: a released person's state "
                "only where the sentence names it). A close call (a flagged NONE the alternative)"
            ),
        },
        "HO29E-021": {
            "event": "REJECT",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "the United States 'is reluctant to support a new extension' of the "
                "international force 'unless its mandate is strengthened': docs/event-coding.md "
                "reads 'Hesitant / reluctant / unwilling to' as reporting an act not done (the "
                "support is not coded) in the sentence that makes a negated cooperative verb "
                "with an actor as subject a refusal, and the development gold codes the actor's "
                "unwillingness a refusal, HO28N-041 (adjudicated: the delegation 'was unwilling "
                "to sign a written agreement': REJECT AFG, no recipient, 'a refusal, the type "
                "of the reported predicate'); the condition ('unless') governs the withheld "
                "support, not the reluctance; no recipient, as both annotators' labels allow: "
                "the extension's proposer is not named (a recipient only where named, HO28N-041; "
                "HO27E-034, adjudicated); disclosed: ACCORD-SEED-044 ('has been hesitant to "
                "agree to such terms', a concessive clause) is NONE"
            ),
        },
        "HO29E-023": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'The Council is expected to adopt a French-drafted resolution ... calling for "
                "UNIFIL to cease operations by 31 December 2026, and start a coordinated "
                "withdrawal': the writer's forecast of a vote not yet held, which the "
                "development gold codes NONE, HO28J-032 ('are expected to support a ban': NONE, "
                "both annotators, 'a forecast of a vote not yet cast reports no act'); the "
                "AGREE of HO26O-044 and HO27Z-032 (both adjudicated) applies PLOVER 2.0 manual "
                "3.1's rule for future cooperative acts (CONSULT, SUPPORT, COOPERATE, AID), and "
                "the act expected here is the end of a peacekeeping mission, a reduction of AID "
                "(CAMEO 074), which that rule does not turn into an intention to cooperate; the "
                "compromise with the United States is a participle phrase with no verb of its "
                "own (a's reading)"
            ),
        },
        "HO29E-024": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["ITA"],
            "target": ["ALB"],
            "follows": "b",
            "reason": (
                "Meloni 'hailed her government's agreement with Tirana': praise (CAMEO 051, "
                "SUPPORT, both annotators), and the development gold gives praise of an "
                "agreement the other party the sentence names as recipient, ACCORD-FRESH-020 "
                "(NATO hailed a peace deal between Armenia and Azerbaijan: -> ARM, AZE) and "
                "HO26K-041 (welcomed the agreement between Iraq's government and others: -> "
                "IRQ), as HO26Z-029's adjudication states ('praise names its recipient where the "
                "sentence names the parties'; none only where the act's party is not named); "
                "the agreement being Italy's own leaves Albania, named by its capital as Dhaka "
                "named Bangladesh in HO28V-013 (adjudicated), the party other than the source; "
                "the London summit is the venue"
            ),
        },
        "HO29E-038": {
            "event": "AGREE",
            "mode": None,
            "source": ["IRN"],
            "target": ["IGO"],
            "follows": "b",
            "reason": (
                "Iran's foreign minister said the agreement with 'the UN nuclear watchdog' does "
                "not guarantee access 'and Tehran wants further talks on how inspections are "
                "carried out': the first reported clause is a statement (CAMEO 01, no event), "
                "the second an expressed wish to negotiate, CAMEO 036 ('Express intent to meet "
                "or negotiate'), AGREE in CAMEO2PLOVER-2021, as HO27U-031 (the E3 'open to "
                "continuing negotiations with Iran': AGREE -> IRN); the talks are on the "
                "watchdog's inspections under the agreement with it, and the watchdog is named "
                "in the sentence (IGO, as the development gold codes the IAEA, HO27R-003), so "
                "the recipient is named, not taken from the context"
            ),
        },
        "HO29E-039": {
            "event": "RETREAT",
            "mode": "access",
            "source": ["IRN"],
            "target": ["IGO"],
            "follows": "b",
            "reason": (
                "the IAEA 'confirmed the partial resumption of its inspections in Iran': the act "
                "confirmed is Iran receiving the agency's inspectors again, CAMEO 0862 ('Receive "
                "inspectors'), RETREAT access in CAMEO2PLOVER-2021, the receiving state the "
                "source, as HO27R-003 (adjudicated: UN nuclear inspectors 'have returned to "
                "Iran': RETREAT access IRN -> IGO, 'CAMEO's own verb dictionary codes inspectors "
                "moving into a state 0862 with that state as the source'); the development gold "
                "codes the act a confirmation reports, not the confirming (HO28V-013, "
                "adjudicated); a's AID (HO28D-029) is for an observation mission sent to a "
                "state's election, not inspections under a safeguards agreement"
            ),
        },
        "HO29E-046": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["THA"],
            "target": ["KHM"],
            "follows": "b",
            "reason": (
                "Thailand's prime minister 'pledged to crack down on scams in Cambodia, "
                "including suspending Cambodian security agencies from using the internet': "
                "'pledged to' codes the act it announces (docs/event-coding.md, the VOW "
                "reading: 'codes nothing itself before \"to\"'), and a measure announced with "
                "no condition is the measure itself (session 10); what is suspended is internet "
                "access, which docs/event-coding.md's convention 'What is suspended decides "
                "COERCE or SANCTION' makes COERCE restrict (CAMEO 1721: 'elections, parliament, "
                "the constitution, the media, internet access, visas: 1721') whoever the user's "
                "state, against a suspended exchange (trade, supplies, aid: SANCTION, as this "
                "set's HO29E-044, supplies of essentials stopped, both annotators); the "
                "crackdown is coercion too (CAMEO 17); source and recipient as both annotators"
            ),
        },
        "HO29E-047": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'The Torkham border between Pakistan and Afghanistan reopened on Saturday': an "
                "intransitive verb whose subject is the border, the two states named only as its "
                "sides; no one is named as reopening it, and docs/event-coding.md's gold "
                "convention 'An event has a source' (an act whose doer the sentence does not "
                "name is no event; HO26B-027, adjudicated) and the development gold's borders "
                "as subjects, HO26Z-008 ('the Pakistan-Afghanistan border remains closed': NONE) "
                "and HO27Y-020 (the border between two states 'has been closed' since 2021: NONE), "
                "read it so; b's HO28S-010 has the two states as the subject of 'reopened', "
                "and b flagged NONE"
            ),
        },
        "HO29E-048": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'a jirga from both sides helped resolve the situation, allowing the border to "
                "reopen': the subject is an assembly of tribal elders, no government act, and "
                "'both sides' names the two states only through the previous sentence "
                "(HO29E-047); the development gold takes no party of an act from the context "
                "but a pronoun subject (HO26M-015), HO27E-034 and HO28C-007 (both adjudicated: "
                "a party named only in the previous sentence: none), and an event has a source "
                "(docs/event-coding.md); 'helped resolve' reports no agreement reached between "
                "named parties, unlike b's HO28F-027 and HO27R-032 ('has reached an agreement "
                "with'); the 'weeks of talks' name no party"
            ),
        },
        "HO29E-049": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["ISR"],
            "target": [],
            "follows": "a",
            "reason": (
                "Abu Hasna said Israel 'told the UN it would allow only 300 aid trucks daily "
                "into Gaza' and 'has since blocked essential supplies like medicine, water, "
                "sanitation equipment, and food': the reported acts are typed by their "
                "predicates (docs/event-coding.md), a cap on aid entering and supplies blocked, "
                "movement restricted, CAMEO 191, COERCE restrict in CAMEO2PLOVER-2021, as "
                "HO27R-009 (adjudicated: aid missions 'blocked, impeded or denied by Israel': "
                "COERCE restrict ISR, no recipient), whose reason sets apart the REJECT ISR -> "
                "IGO of HO27I-012, HO27U-019 and HO27O-009 (the UN's own requests or attempts "
                "denied): here the UN is only told, and what is blocked is goods, not its "
                "request; no recipient, as HO27R-009 (the aid's destination a territory)"
            ),
        },
    },
    modes_kept={
        "HO29E-040": (
            "a's 'discontinue' kept (b none): sanctions imposed are CAMEO 163, which "
            "docs/event-coding.md makes SANCTION 'discontinue' as the PLOVER 2.0 manual codes "
            "sanctions (sec. 3.13.3, table 7.1), as ACCORD-2025-040 (the U.S. Treasury imposed "
            "sanctions on Rosneft and Lukoil: discontinue), HO27O-016, HO27W-042 and HO28P-034; "
            "disclosed: the development gold is split, and HO27I-021 and HO27X-038, the same "
            "OFAC designation, have no mode, as do HO27G-034 and HO28F-013; the written "
            "convention decides"
        ),
        "HO29E-042": (
            "a's 'discontinue' kept (b none), as for HO29E-040 (the same designation): CAMEO "
            "163, SANCTION 'discontinue' in docs/event-coding.md after the PLOVER 2.0 manual, as "
            "ACCORD-2025-040 and HO27W-042; disclosed: HO27I-021 and HO27X-038 have no mode"
        ),
    },
    modes_taken={
        "HO29E-008": (
            "change",
            "b's 'change' taken (a none): the mission 'urged Tanzanian authorities to "
            "prioritise electoral and political reforms', CAMEO 104 ('Demand political "
            "reform'), REQUEST change in CAMEO2PLOVER-2021, as HO26F-031 (the UN asked Pakistan "
            "to review a decision: REQUEST change) and HO26M-015; disclosed: HO28O-046 (called "
            "on Kosovo 'to persist with reforms') has no mode",
        ),
        "HO29E-010": (
            "change",
            "b's 'change' taken (a none): the president 'dismissed calls for electoral and "
            "constitutional reforms', CAMEO 123 ('Reject request or demand for political "
            "reform'), REJECT change in CAMEO2PLOVER-2021, as HO28C-029 (rejected an opposition "
            "request for a transitional government: REJECT change) and HO26N-034 (refused calls "
            "to step down: REJECT change); disclosed: HO26M-004 (rejected calls for snap "
            "elections) has no mode",
        ),
        "HO29E-030": (
            "restrict",
            "b's 'restrict' taken (a 'ban'): the unit suspended the constitutional court and the "
            "electoral commission, institutions of the state, which docs/event-coding.md's "
            "convention 'What is suspended decides COERCE or SANCTION' reads as CAMEO 1721, "
            "COERCE restrict ('elections, parliament, the constitution ...: 1721'; 'parties or "
            "political activity, an official from office: 1722', ban), as HO26G-005 (officers "
            "suspended the electoral process: COERCE restrict); a's precedents HO26O-009 and "
            "HO26L-027 suspend parties' and political activities, the 1722 class",
        ),
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and session 38's
    sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s38" not in p.name]


def document_comment(records: Any, events: Any, near: Any, decided: Any, which: Any) -> str:
    """Session 18's DOCUMENT comment, dated on this set's day (session 18's text names the day
    sessions 17-20 ran)."""
    text: str = hb.dated(s19.s18.document_comment, DAY)(records, events, near, decided, which)
    return text


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 38, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
        document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 38's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
