"""Assemble session 25's third held-out event set (news-heldout-s25c.json, HO27R) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (its ``build_event_set``: session 19's steps, reading b's
labels under ``annotations.b``, where this build patched session 19's copy until session 26) and
session 18's DOCUMENT comment dated this set's day. Run from the repository root with
PYTHONPATH=src. It runs no coder: it copies labels, leaves out the sentences another gold file or
the session's other sets hold in other words, applies the adjudicator's decisions below, checks
the new file against every other gold file and against the other sets' sentence files, and
computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s25/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s25c/build")
EVENTS = NEWS / "news-heldout-s25c.json"
# The day this set was built; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-05"
# The CHECK files of session 25 (the declaration, docs/data/heldout-2026-12-05-s25/declared.md:
# the sets of sessions 23 and 24, pooled). Never opened here; only their names are compared, so
# that no reason may cite them; the build's duplicate checks read their strings in memory.
CHECK_FILES = {
    "news-heldout-s23.json",
    "news-heldout-s23b.json",
    "news-heldout-s23c.json",
    "news-heldout-s24.json",
    "news-heldout-s24b.json",
    "news-heldout-s24c.json",
    "evidence-heldout-s23.jsonl",
    "evidence-heldout-s24.jsonl",
}
# This session's sets (HO27P, HO27Q, HO27R, EVH25): none is a development file for another.
SESSION = "heldout-s25"
# The other sets of the session, built at the same time by another adjudicator on another branch:
# their sentence files are compared with this set's as strings (pages, first 60 characters and
# the near-duplicate rule); nothing else of their folders is read.
SIBLING_SENTENCES = [
    Path("/work/coord/s25/heldout/events-sentences.json"),
    Path("/work/coord/s25/heldout2/events-sentences.json"),
    Path("/work/coord/s25/heldout/evidence-sentences.jsonl"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than by region, at the same time "
    "as the session's first two sets: nuclear diplomacy (Iran and the IAEA's inspectors, New "
    "START, North Korea's nuclear status), arms sales and transfers (US sales to Israel and "
    "Taiwan, German Patriot systems for Ukraine, Turkey's Eurofighters), military drills and "
    "deployments (China around Taiwan, Russia in the Baltic, US troops at the southern border, "
    "the Ford carrier group, Venezuela's forces), hostages and detainees (Hamas, Venezuela, the "
    "Taliban), export controls on AI chips, EU sanctions renewed, peacekeeping and the UN "
    "Security Council (MONUSCO and M23, UNIFIL, the ICC's warrants), humanitarian access in "
    "Gaza and Sudan, disputed elections (Tanzania, Ivory Coast), maritime and airspace "
    "incidents (Scarborough Shoal, a Gaza flotilla, US strikes on boats, a ship attacked in the "
    "Red Sea, drones over Poland and Article 4, Venezuelan airspace) and statements with no "
    "event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27R-003": {
            "event": "RETREAT",
            "mode": "access",
            "source": ["IRN"],
            "target": ["IGO"],
            "follows": "b",
            "reason": (
                "UN nuclear inspectors back in Iran after Tehran had halted its cooperation with "
                "the agency is Iran receiving inspectors again: CAMEO 0862 'Receive inspectors', "
                "which CAMEO2PLOVER-2021 (line 89) maps to RETREAT access (docs/event-coding.md "
                "line 157: the CAMEO->PLOVER table gives type and mode), the mode the PLOVER "
                "structured codebook gives to letting observers, peacekeepers or humanitarian "
                "workers into a country; CAMEO's own verb dictionary (PETRARCH2 CAMEO.2.0.txt) "
                "codes inspectors moving into a state 0862 with that state as the source "
                "('+ INSPECTOR * (INTO $)') and an inspectors' visit 090, never a visit (042); "
                "the development gold codes the IAEA's access to Iran as Iran's act towards the "
                "agency, HO26D-039 (Iran rejected a request from the IAEA's chief to visit "
                "nuclear facilities: REJECT IRN -> IGO), and the halt this return ends the same "
                "way, HO26B-058 and HO26U-034 (cooperation with the IAEA suspended: SANCTION "
                "discontinue IRN -> IGO); a's CONSULT visit is for officials visiting or hosting "
                "a meeting, visitor -> host (docs/event-coding.md lines 307-309; HO26Z-012, "
                "HO27F-038), which an inspection team's return is not; no development record "
                "codes RETREAT access, so the table's code is taken as written"
            ),
        },
        "HO27R-008": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["ISR"],
            "target": [],
            "follows": "b",
            "reason": (
                "type, mode and source as both annotators: OCHA reports Israel's rerouting "
                "orders, a reported act coded by its predicate (docs/event-coding.md line 388, "
                "the gold conventions; HO26J-035, an observer said the commission chief was "
                "arrested: COERCE arrest); the sentence does not say whose the aid convoys are, "
                "and OCHA stands only as the speaker: the development gold gives a restriction "
                "whose object names no actor no recipient, HO26V-006 (adjudicated: roads sealed "
                "off: COERCE restrict KEN, none), HO26Z-039 and HO26L-056 (internet access "
                "restricted: none), and gives the UN as the recipient of Israeli restrictions "
                "only where the sentence names the UN as the one obstructed, HO27I-012 ('all "
                "attempts by the UN to coordinate its staff and partners' access' denied: REJECT "
                "ISR -> IGO); a recipient only where one is named in the sentence"
            ),
        },
        "HO27R-009": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["ISR"],
            "target": [],
            "follows": "b",
            "reason": (
                "the UN reports that aid delivery missions 'were blocked, impeded or denied by "
                "Israel': a reported act coded by its predicate (docs/event-coding.md line 388; "
                "HO26J-035), and of coordinated predicates of one actor and one object the "
                "first, as the development gold decided for HO26Z-001 (the first predicate's "
                "mode taken) and HO26D-001; missions 'blocked' are movement restricted, CAMEO "
                "191 (impose blockade, restrict movement), COERCE restrict in CAMEO2PLOVER-2021 "
                "(line 266); a's REJECT follows HO27I-012, whose only predicate is 'denied' and "
                "whose object is the UN's own request ('all attempts by the UN to coordinate "
                "... access'), a refusal of the UN; here the missions' owner is not named and "
                "the UN stands only as the speaker, so no recipient, as HO26V-006 (adjudicated: "
                "a restriction with no one named: none); HO27F-011 (the UN 'warned' that "
                "convoys face restrictions imposed by Israeli authorities: ACCUSE IGO -> ISR) is "
                "typed by its verb of warning, which this sentence does not have"
            ),
        },
        "HO27R-015": {
            "event": "REQUEST",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": (
                "the ICC's president (the ICC coded IGO, as HO26M-002) calls on 'UN member "
                "states', a class of states none of which is named: the development gold gives "
                "a call on all member states no IGO recipient, ACCORD-REAL-029 (called on all "
                "member states, including Ukraine and Russia: REQUEST USA -> UKR+RUS, the named "
                "states only), and a call on unnamed states or parties none, HO27F-025 (calling "
                "on developed countries: REQUEST IGO, none) and HO26Z-024 (adjudicated: 'all "
                "parties': none); b's precedent HO27A-022 codes 'NATO Member States' IGO as the "
                "source that pledged at the alliance's summit, the alliance acting, while these "
                "states are asked to act each on its own obligations; mode a's null: of two "
                "coordinated requests the first one's (HO26Z-001's rule), 'uphold their "
                "obligations', a general demand of compliance, which the development gold codes "
                "with no mode, HO26B-060 ('must cooperate fully': REQUEST, no mode) and "
                "HO26T-009; b's assist (CAMEO 1013, as HO26N-007) is the second request's"
            ),
        },
        "HO27R-020": {
            "event": "REJECT",
            "mode": None,
            "source": ["RUS"],
            "target": [],
            "follows": "b",
            "reason": (
                "a denial is REJECT (docs/event-coding.md line 184: denying a claim or "
                "accusation, manual 3.10), as both annotators; Poland is named only inside the "
                "denied act, as the territory said to be targeted, not as the accuser: the "
                "development gold gives the denial of an act against a named party no "
                "recipient, HO26F-013 ('Rwanda denies supporting the M23': REJECT RWA, none), "
                "HO26Q-039 (denies backing the group: none) and HO26T-024 (denied it is "
                "occupying territory: none), and takes the accuser as recipient where the "
                "sentence names the accusation's author, HO26W-014 (a's precedent: 'denied the "
                "allegation, and said Ethiopia was using it': -> ETH) and HO26V-008 ('Kabul "
                "denied the claim, accusing Pakistan': -> PAK); an author given only by the "
                "context is no recipient, HO27C-037 and HO26I-023 (both adjudicated); HO26Y-031 "
                "(Moscow dismissing 'the accusations', Polish diplomats named in the next "
                "clause: -> POL) is the development record nearest a's reading"
            ),
        },
        "HO27R-023": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["CHN"],
            "target": ["TWN"],
            "follows": "b",
            "reason": (
                "the spokesperson states what the drills involve and then calls them a 'stern "
                "warning': the development gold codes Chinese drills around Taiwan described or "
                "announced by their command as the drills, MOBILIZE troops CHN -> TWN (drills "
                "are CAMEO 15's force posture and a single-country exercise MOBILIZE, "
                "docs/event-coding.md lines 153 and 162), also where they are called a warning: "
                "HO26R-032 (war games around Taiwan, 'saying ... they were a stern warning "
                "against separatism': MOBILIZE troops CHN -> TWN) and HO27D-041 (the command "
                "dispatched troops to conduct drills, the spokesman said: MOBILIZE troops CHN "
                "-> TWN); one event, of the governing verb, and the warning stands in the "
                "participle clause ('asserting that ...'); THREATEN in the development gold is a "
                "warning of an act to come, HO26X-048 (would strike U.S. vessels if ...) and "
                "HO26B-047 (would escalate its strikes), which this sentence does not state; "
                "recipient TWN as both annotators"
            ),
        },
        "HO27R-024": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "a",
            "reason": (
                "welcoming an act is SUPPORT of the actor whose act it is, and where the "
                "sentence does not name who acted the development gold gives no recipient: "
                "HO27B-020 (adjudicated: Qatar welcomed the release of the Galaxy Leader ship to "
                "Omani authorities: SUPPORT QAT, none; the releasers not named, Oman only where "
                "the ship went), HO26G-052 (welcomed the signing of the Doha Framework: none) "
                "and ACCORD-FRESH-021 (welcomed the peace deal: none); here no one is named as "
                "releasing the Americans, and Venezuela stands only as the place where they were "
                "detained ('detained Americans in Venezuela'): places are not sources or targets "
                "(docs/event-coding.md line 270); where the welcomed act's actor is named it is "
                "the recipient, HO26K-041 (the agreement between the Iraqi government and "
                "others: -> IRQ) and HO26L-012 (the signing by Kyrgyzstan and Tajikistan), which "
                "this sentence does not do"
            ),
        },
        "HO27R-027": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["HUN"],
            "target": [],
            "follows": "neither",
            "reason": (
                "the main clause ('The decision was adopted unanimously') is an agentless "
                "passive whose actor and content the sentence does not name (the EU Council's "
                "renewal of its sanctions on Russia is in the page's previous sentence only), "
                "and the one act with a named actor is Hungary's lifting of its veto threat: the "
                "development gold codes the act of the 'after' clause where the main clause "
                "names no actor, HO26F-030 (a reopening that came after Afghan authorities "
                "'agreed to halt construction on a disputed post': CONCEDE AFG, none) and "
                "HO26O-042 (a decision that came after Algeria's foreign ministry 'ordered the "
                "immediate expulsion' of French embassy staff: SANCTION expel DZA -> FRA); b's "
                "SANCTION IGO takes both its type "
                "and its actor from the previous sentence, and the development gold takes no "
                "label that only the previous sentence gives (HO27C-037 and HO26I-023, "
                "adjudicated; an agentless passive whose agent is not named codes nothing, "
                "HO26Z-032, adjudicated); dropping a threatened veto is yielding to the other "
                "members, a verbal concession, CONCEDE (PLOVER manual 3.4; CAMEO 08), as a; but "
                "the EU, to which Hungary yields, is not named in the sentence, so no recipient, "
                "as HO26F-030 (the state the Afghan authorities yielded to not named: none); a "
                "recipient only where one is named in the sentence"
            ),
        },
    },
    modes_kept={
        "HO27R-025": (
            "a's null kept (b 'yield'): a call on a state to withdraw its forces is CAMEO 1056 "
            "(demand de-escalation, REQUEST yield) or a demand with no mode, and the development "
            "gold codes a demand that a state withdraw with none, HO27D-046 (would require "
            "Israel to withdraw to its earlier positions: REQUEST SYR -> ISR, no mode), while "
            "yield stands for calls to end hostilities or for restraint (HO26B-068, HO26-033); "
            "a's is not wrong"
        ),
        "HO27R-026": (
            "a's null kept (b 'yield'): the US demand that M23 withdraw from Uvira is a demand "
            "of withdrawal, which the development gold codes with no mode, HO27D-046 (REQUEST "
            "SYR -> ISR, no mode); b's yield (CAMEO 1056) is as defensible; a's is not wrong"
        ),
    },
    modes_taken={
        "HO27R-040": (
            "seize",
            "b's 'seize' taken (a 'arrest'): the gold codes the event of the governing verb, and "
            "with two coordinated predicates of one type and the same parties the first one's "
            "mode, as HO26Z-001 (b's mode taken: the first predicate) and HO26D-001; the first "
            "here is 'intercepted a nine-boat flotilla', vessels stopped and taken, COERCE "
            "seize as the development gold codes ships seized or detained, HO26N-044 (a tanker "
            "detained: seize), HO26F-004 and HO27F-015, while detained crews are arrest "
            "(HO27F-016); a's arrest is the second predicate's mode",
        ),
    },
)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 25, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLING_SENTENCES],
        hb.dated(s19.s18.document_comment, DAY),
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s19.s18.NEAR_RULE,
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
