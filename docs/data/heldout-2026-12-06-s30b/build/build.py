"""Assemble session 30's second held-out event set (news-heldout-s30b.json, HO28F) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (``build_event_set``) and the first s30 build's helpers (its
dated DOCUMENT comment, CHECK files, development files, the other sets' sentence files and
``event_reasons``). Run from the repository root with PYTHONPATH=src. It runs no coder: it
copies labels, leaves out the sentences another gold file (or the sentence files of session
30's other sets) holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s30 set included) and those sentence files, and
computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s30 = hb.load_build(DATA / "heldout-2026-12-06-s30" / "build" / "build.py")

IN = Path("/work/coord/s30/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s30b/build")
EVENTS = NEWS / "news-heldout-s30b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a currency swap discussed, a pardon announced, warnings and "
    "threats, congratulations, praise and thanks, a UN resolution backed, riots and vandalism, "
    "accusations and condemnations, sanctions imposed, approved and removed, a veto dropped, "
    "phone calls after a summit, recognitions of Palestine, trade talks terminated, agreements "
    "on migrants and on military training, protests during a blackout, demands and calls, a "
    "defeat conceded, denials and refusals, and statements with no event across the Americas "
    "(the US, Argentina, Honduras, Haiti, Brazil, Canada, Chile, Cuba, Colombia, Bolivia, "
    "Panama), Europe (Moldova, the Czech Republic, Serbia, Slovakia, Denmark, Poland, Estonia, "
    "Romania, the UK and France, Bosnia and Herzegovina, Armenia and Azerbaijan) and "
    "international organisations' meetings (the UN Security Council on Haiti, the EU's 19th "
    "sanctions package, the Alaska summit, the UN General Assembly week, COP30 at Belem, the "
    "G7 at Kananaskis)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28F-001": {
            "event": "CONSULT",
            "mode": None,
            "source": ["USA", "ARG"],
            "target": [],
            "follows": "b",
            "reason": (
                "one event, of the governing verb: the first of the two coordinated verbs, 'is "
                "discussing a US$20-billion swap line with Argentina', is a negotiation (CAMEO "
                "046, CONSULT), and the development gold codes these very talks CONSULT with both "
                "states as the actor and no recipient, HO27N-035 (the two capitals 'are "
                "negotiating' a $20bn currency swap: CONSULT USA+ARG, none), as PLOVER's rule "
                "for talks with no host gives (docs/event-coding.md: 'Talks between X and Y' is "
                "a joint act with both as sources and no target); "
                "'is ready to buy up' bonds is the second verb"
            ),
        },
        "HO28F-010": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["SRB"],
            "target": [],
            "follows": "b",
            "reason": (
                "the judged are 'people who want to provoke violence' at 'student protests', a "
                "group the sentence does not name, and the development gold gives unnamed "
                "protesters no recipient, HO26R-018 (adjudicated: Vucic accused 'student "
                "protesters': ACCUSE SRB, none; 'a recipient only where clear and named in the "
                "sentence') and HO26Q-006 (condemned 'the protests' as violence: ACCUSE CMR, "
                "none); the domestic recipient is for a coercive act itself, not for an "
                "accusation of unnamed people (HO27E-015, adjudicated); type, mode and source "
                "as both annotators"
            ),
        },
        "HO28F-012": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["SVK"],
            "target": [],
            "follows": "b",
            "reason": (
                "Fico 'dropped his opposition' to 'the agreement', whose parties the main clause "
                "does not name, and EU leaders stand only in the 'after' clause, from which no "
                "recipient is taken (docs/event-coding.md: 'No recipient is taken ... after "
                '"after", "before" or "since"\'); the development gold codes a veto dropped '
                "with no recipient where the members yielded to are not named, HO27R-027 "
                "(adjudicated: Hungary 'lifted its veto threat': CONCEDE HUN, none); a yielding, "
                "CONCEDE (PLOVER manual 3.4), as both annotators"
            ),
        },
        "HO28F-018": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "Rubio calls the conviction a 'witch hunt', and the sentence names no one who "
                "convicted: the speaker accuses the act's owner (docs/event-coding.md), and the "
                "development gold gives a condemned conviction or arrest whose authority is not "
                "named no recipient, HO27E-015 (adjudicated: 'another politically motivated "
                "conviction': ACCUSE GEO, none) and HO26Y-003 (opposition parties 'decried the "
                "arrests': ACCUSE VEN, none); 'Brazilian' places the convicted former president, "
                "who is the one defended, not accused (a victim is never the recipient of an "
                "accusation, docs/event-coding.md); the vow to respond is the second verb; type, "
                "mode and source as both annotators"
            ),
        },
        "HO28F-030": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["CUB"],
            "target": [],
            "follows": "a",
            "reason": (
                "protests that 'have broken out', with no one named as what they are against, "
                "have no recipient in the development gold's records of protests that erupted or "
                "broke out, HO27D-044 (adjudicated: protests that 'erupted': PROTEST demo NPL, "
                "none; 24 PROTEST demo records with none against 17 with the own state), "
                "HO26I-003 (KEN, none) and HO27X-020 ('Protests erupted in Mexico City': MEX, "
                "none); b's HO26K-037 names what the crowd rallied against (Fico's alignment), "
                "and HO27N-024 a demand on the government; the grid's collapse is the setting; "
                "type, mode and source as both annotators"
            ),
        },
        "HO28F-040": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "the interior ministry 'said' what the president's veto 'could cost' and that it "
                "would 'necessitate an amendment to the budget': an estimate of a measure's "
                "fiscal effect, with no word of judgement, a statement (CAMEO 01, which codes "
                "nothing); docs/event-coding.md's practice that a warning that another actor's "
                "act will bring harm judges that act (its example: a suspension that 'can "
                "trigger a nuclear war') is for a warning of harm, and the development records "
                "that code such a consequence ACCUSE carry the judgement in words, HO26J-006 "
                "('condemned the U.S. actions as a violation', warning of a humanitarian crisis) "
                "and HO27B-008 ('protested ... calling it a very dangerous act'); an outlook with "
                "no judgement is no event, HO27Q-025 (negotiations 'could lead to the release' "
                "of prisoners: NONE). A close call: b's ACCUSE POL -> POL reads the cost as harm"
            ),
        },
        "HO28F-049": {
            "event": "REQUEST",
            "mode": "yield",
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "the body that issues a statement acts for what the statement does "
                "(docs/event-coding.md), and what it asks is in 'calling for a de-escalation of "
                "hostilities', a request that takes no recipient from its 'for' phrase "
                '(docs/event-coding.md, session 7: \'a request takes no recipient from a "for" '
                "phrase'), as HO26Y-033 (the G7 foreign ministers 'called for an immediate "
                "ceasefire': REQUEST IGO, none); 'saying Iran can never have a nuclear weapon' "
                "declares a position with no act asked of Iran in its words ('X said Y must do "
                "Z' is the REQUEST form), so Iran is not the recipient; a demand for "
                "de-escalation is CAMEO 1056, REQUEST yield in CAMEO2PLOVER-2021; the other "
                "leaders are not named: the source is the US (both annotators)"
            ),
        },
    },
)


def main() -> None:
    others = s30.gold_files(EVENTS)
    development = hb.record_files(s30.development_files(others))
    cited = hb.check_citations(s30.event_reasons(EVENTS_DECIDED), development)
    which = ("session 30, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        which,
        [*others, *s30.siblings(IN / "events-sentences.json")],
        s30.comment(()),
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s30.s18.NEAR_RULE} and the sentence files of session 30's other sets",
                "events": s30.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
