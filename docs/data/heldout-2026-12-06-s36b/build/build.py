"""Assemble session 36's second held-out event set (news-heldout-s36b.json, HO28X) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (``build_event_set``) and the first s36 build's helpers (its
dated DOCUMENT comment, CHECK files, development files, the other sets' sentence files and
``event_reasons``). Run from the repository root with PYTHONPATH=src. It runs no coder: it
copies labels, leaves out the sentences another gold file (or the sentence files of session
36's other sets) holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s36 set and the evidence set included, once
built) and those sentence files, and computes agreement. Built after the evidence set, before
the first event set (heldout2/B-DONE came first).
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s36 = hb.load_build(DATA / "heldout-2026-12-06-s36" / "build" / "build.py")

IN = Path("/work/coord/s36/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s36b/build")
EVENTS = NEWS / "news-heldout-s36b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; the allies' defence-spending pledge at the NATO summit in The "
    "Hague, US tariffs on Brazil, Russian drones over Poland, the second round of the Istanbul "
    "talks, Panama and the Belt and Road, Honduras' disputed count, Bolivia's ties with the US "
    "restored, Romania's presidential election, Canada's countermeasures to US tariffs, a "
    "French government's fall in a confidence vote, the UK-France returns scheme, the "
    "Armenia-Azerbaijan agreement at the White House, the EU-US trade deal, Mexico's answer to "
    "talk of US strikes on cartels, the Colombia-Ecuador tariff dispute, the G7 summit at "
    "Kananaskis, Russian missile strikes on Kyiv and US measures against Cuba, across the "
    "Americas (the US, Canada, Mexico, Honduras, Panama, Bolivia, Brazil, Colombia, Ecuador, "
    "Cuba), Europe (France, the UK, Romania, Poland, Belarus, Russia, Ukraine, the EU) and "
    "international meetings (the NATO and G7 summits, the Istanbul talks, the White House "
    "summit of Armenia and Azerbaijan, the EU-US meeting at Turnberry)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28X-022": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'warned the escalation risks undermining key cross-border industries and jobs' "
                "is a warning whose content clause names no actor ('the escalation', its author "
                "unnamed), and docs/event-coding.md's warning bullet (s30-threaten) says that 'a "
                "clause that names no actor ... gives no event, as the gold does'; the development "
                "gold codes this very construction NONE, HO28K-030 (UNMISS 'warned that the case "
                "risks fuelling renewed conflict': NONE, both annotators: a warning of a harm "
                "whose actor is not named); the ACCUSE with no recipient that the bullet keeps "
                "for 'a judged act with no actor named' is a clause that judges the act wrong, "
                "HO26S-035 (the decision 'was a deliberate attack' on sovereignty), and a risk "
                "to industries and jobs is no such judgement"
            ),
        },
        "HO28X-027": {
            "event": "CONSULT",
            "mode": None,
            "source": ["GBR", "FRA"],
            "target": [],
            "follows": "b",
            "reason": (
                "a press conference 'held with' the French President names no place and no host "
                "or visit in the sentence, and docs/event-coding.md's meetings paragraph (PLOVER "
                "manual 2.4.2, 3.2.2) codes a meeting with no host with all participants as the "
                "actor and no recipient, visitor -> host only for a visit, a hosted meeting or "
                "a meeting in one participant's country; the development gold codes a joint "
                "appearance one side 'held' with another so, HO27E-010 (adjudicated: 'held a "
                "video conference with' Ukraine's minister: CONSULT IGO+UKR, none), and reads "
                "no place from the page, HO28O-031 (adjudicated: 'the visitor -> host reading "
                "needs a place or a visit in the sentence'); Macron's state visit to Britain is "
                "the page's, not the sentence's; type as both annotators, the pledge in the 'as' "
                "clause not coded"
            ),
        },
        "HO28X-031": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "the concern is voiced by 'some Armenian-American advocacy groups', named by no "
                "name of their own, and the development gold codes unnamed groups of the NGO "
                "kind no actor (HO27D-010, adjudicated: unnamed 'human rights organizations' "
                "that 'voiced alarm': NONE; HO28E-043) and gives NGO only to an organisation "
                "named in the sentence (HO28N-016, adjudicated: a named monitor; HO27V-036), so "
                "a's NGO does not stand; the groups are named by where they live, and "
                "docs/event-coding.md's actor rules code an ethnic group by its country of "
                "residence ('\"ethnic X\" takes the country it lives in', as CAMEO codes ethnic "
                "groups by residence): Armenian-Americans, the US; domestic groups named by "
                "their country are coded by it in the gold, HO28E-038 (opposition groups "
                "boycotting the vote: PROTEST MMR) and HO28K-039 (youth groups: TGO); concern "
                "voiced is ACCUSE disapprove (both annotators), 'it', the agreement, names no "
                "party, so no recipient. A close call (NONE, as HO27D-010, is the other reading)"
            ),
        },
        "HO28X-035": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "by the response convention (docs/event-coding.md, written in session 32: 'A "
                "response told with its instrument or means is the act they name') the act is "
                "the means, 'proposing constitutional reforms', a proposal of law at home "
                "addressed to no other actor, and 'any foreign forces' names no state; the "
                "development gold codes a leader's programme at home with no other actor acted "
                "on NONE, HO28F-026 (Kast 'pledged tough measures, including deploying the "
                "military': NONE, both annotators) and HO28O-011 (adjudicated: a president's "
                "pledge 'to defend national sovereignty': NONE); REJECT (PLOVER manual 3.10) "
                "refuses another actor's request, proposal or demand, and the sentence names "
                "none (what Sheinbaum responds to is not named; the accusation of cartel "
                "support is a relative clause about her). A close call"
            ),
        },
        "HO28X-041": {
            "event": "AGREE",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": (
                "'he stressed that all members of the summit agreed' is docs/event-coding.md's "
                "'X said Y did Z', coded as Y's act, not the speaker's, so b's CAN (the speaker's "
                "state standing in for unnamed parties) does not follow; the members of the "
                "summit, the G7's, are the organisation acting together, and the development "
                "gold codes an organisation's members agreeing as the organisation, IGO: "
                "HO27K-032 ('NATO allies on Wednesday agreed': AGREE IGO) and HO27T-019 ('All EU "
                "leaders agreed': AGREE IGO), and the G7 referred to by a description as IGO, "
                "HO27T-010 ('The group urged Russia': REQUEST IGO -> RUS, both annotators: the "
                "G7) and HO26Y-033 (the G7 foreign ministers: IGO); docs/event-coding.md names "
                "the G7 among the organisations; Russia is inside the agreed content, no "
                "recipient (both annotators)"
            ),
        },
    },
    modes_kept={
        "HO28X-040": (
            "a's null kept (b 'military'): a promise of military support to a state is AGREE "
            "with no mode in the development gold, ACCORD-NEWS-024 (Finland and Sweden "
            "'pledged further military aid to Ukraine': AGREE, null), HO27Q-027 ('agreed to "
            "provide Ukraine with ... military aid': null) and ACCORD-2025-010 (null); the mode "
            "'military' that docs/event-coding.md (session 29) gives an AGREE is written for an "
            "arms sale offered or promised (CAMEO 0332), and no development record carries it "
            "otherwise, so a's null is not wrong"
        ),
        "HO28X-045": (
            "a's 'aerial' kept (b null): missiles and drones that struck a city are aerial "
            "weapons, and the development gold gives such strikes a weapon mode or none, "
            "HO27M-008 (an airstrike: aerial), the drone strikes coded 'drone' (HO26Y-020, "
            "HO27C-021) and missile strikes with none (ACCORD-2025-027, HO27K-033); the mode is "
            "not settled there, and a's is not wrong"
        ),
        "HO28X-049": (
            "a's 'discontinue' kept (b null): a ban on tourism to Cuba among measures of a "
            "tightened embargo is CAMEO 163 (impose embargo, boycott or sanctions), which "
            "docs/event-coding.md codes SANCTION 'discontinue' as the PLOVER 2.0 manual (sec. "
            "3.13.3, table 7.1) does, and the development gold codes US restrictions on Cuba so, "
            "HO26K-058 and HO26P-056 (restricted list: discontinue); a's mode is the "
            "documented one"
        ),
    },
    modes_taken={
        "HO28X-005": (
            "allege",
            "b's 'allege' taken (a 'disapprove'): Poland's military 'reported 19 separate "
            "airspace violations', a state's report that its airspace was violated, which the "
            "development gold codes ACCUSE allege, HO27K-019 (Polish airspace 'was violated', "
            "the prime minister said: allege) and HO28C-037 (Tusk said Polish airspace was "
            "violated: allege), keeping 'disapprove' for a summons, a denunciation or a label "
            "(a's HO27Q-001 is a summons; HO26T-045 'slammed'); a report of violations is no "
            "denunciation",
        ),
    },
)


def main() -> None:
    others = s36.gold_files(EVENTS)
    development = hb.record_files(s36.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s36.event_reasons(EVENTS_DECIDED), development, own)
    which = ("session 36, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        which,
        [*others, *s36.siblings(IN / "events-sentences.json")],
        s36.comment(()),
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s36.s18.NEAR_RULE} and the sentence files of session 36's other sets",
                "events": s36.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
