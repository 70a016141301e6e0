"""Assemble session 41's second held-out event set (news-heldout-s41b.json, HO29M) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` and the first s41 build's DOCUMENT comment it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first s41
set's included) and this session's other sentence files, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s41 = hb.load_build(DATA / "heldout-2026-12-07-s41" / "build" / "build.py")

IN = s41.COORD / "heldout2"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s41b/build")
EVENTS = NEWS / "news-heldout-s41b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "one sentence a page; accusations and condemnations, rejections, threats, agreements and "
    "offers, requests, support and endorsements, concessions, a state of emergency declared, "
    "aid, visits and statements with no event across the Americas (Colombia, Chile, Brazil and "
    "the US, Canada and the US, Mexico, Venezuela and the US, Guyana and Venezuela, Cuba and the "
    "US, Panama, the US's hurricane aid to the Caribbean), Europe (Moldova and Russia, Czechia, "
    "Spain and NATO, Romania, Slovakia, Poland, the Netherlands, Denmark and Greenland, the EU) "
    "and international organisations' meetings (the NATO summit in The Hague, COP30 in Belem, "
    "the ICC, the ICJ, the European Council, Davos)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29M-007": {
            "event": "REJECT",
            "mode": None,
            "source": ["CZE"],
            "target": [],
            "follows": "a",
            "reason": "what Pavel refuses is a government 'that included extremists', and the "
            "extremists are not named: the development gold gives a recipient only where the "
            "sentence names it, HO26Q-008 (adjudicated: 'a recipient is coded only where it is "
            "clear and named in the sentence') and HO29D-006 (adjudicated: unnamed protesters "
            "take no recipient); b's HO27E-004 names its recipient (flights 'from the U.S.'); "
            "type and source as both annotators",
        },
        "HO29M-016": {
            "event": "CONSULT",
            "mode": "visit",
            "source": ["USA"],
            "target": ["NLD"],
            "follows": "a",
            "reason": "the arrival and royal welcome are each leader's visit to the host, and "
            "'the other leaders of NATO' name no state; the development gold gives unnamed "
            "'other leaders' no code, HO28F-049 (adjudicated: 'the other leaders are not named: "
            "the source is the US'), and a leader arriving for an organisation's summit is a "
            "visit of the leader's state to the host, HO27X-035 (Tokayev arrived in Tianjin for "
            "the SCO summit: CONSULT visit KAZ -> CHN, the SCO no source); b's IGO is the gold's "
            "code where the allies act together as the alliance, HO27K-032 and HO27E-023 (NATO "
            "allies agreed or pledged: IGO); a close call",
        },
        "HO29M-025": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the sentence is the writer's forecast ('Venezuela will ignore the "
            "decision'), not an intent Venezuela states or an act done, as both annotators note; "
            "the development gold's future acts are announced by their actor, HO27E-004 (Petro "
            "'said his government would not accept' flights: REJECT) and HO26S-012 (Hezbollah "
            "'vowing to ignore the decision'), and it codes others' forecasts as no event, "
            "HO27U-037 (a think tank: South Korea 'would face' challenges: NONE) and HO28X-042 "
            "(analysts on Canada's goal: NONE); 'the Court' is named only by the context; a "
            "close call",
        },
        "HO29M-030": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the signers are 'More than 30 countries', none named, and the Colombian "
            "delegation only tells of the letter; the development gold codes an act of unnamed "
            "states as no event, HO28G-032 (a draft treaty 'was rejected by dozens of nations': "
            "NONE) and HO29C-030 (adjudicated: 'several foreign governments had earlier "
            "condemned': NONE), as docs/event-coding.md's 'An event has a source' asks; the "
            "teller of a report is not the actor of the act it reports (docs/event-coding.md, "
            "'X said Y attacked Z'); a close call, as b says",
        },
    },
    modes_kept={
        "HO29M-040": "a's disapprove kept (b allege): Trump accused eight named states 'of "
        'playing a "very dangerous game"\' by deploying forces, a judgement of an act not in '
        "dispute, which the development gold codes disapprove in such records, HO26Z-016 (Kagame "
        "accused Belgium of advocating sanctions: RWA -> BEL) and HO27L-027 (Sewilam accused "
        "Addis Ababa of 'evasion and backtracking': EGY -> ETH); allege is the gold's mode for "
        "most 'accused' records, but a's disapprove is not wrong",
    },
    modes_taken={
        "HO29M-028": (
            None,
            "b's null taken (a visit): the sentence names no place of the meeting ('met with "
            "Panamanian President Jose Mulino ...'), and the development gold gives a meeting "
            "with no place named no mode, HO27A-019 (Rubio 'met with Panama's President Jose "
            "Raul Mulino': CONSULT USA -> PAN, no mode), as 17 of the 21 'met with' records "
            "with no visit word; visit where the host's place is named, HO26K-013 ('in Suva') "
            "and HO27X-001 ('in Cairo'); a's visit reads the place from the page, not the "
            "sentence",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s41.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s41.s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 41", SCOPE, f"{OUT}/"),
        [*others, *s41.siblings(IN / "events-sentences.json", s41.IN / "events-sentences.json")],
        s41.document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s41.s19.s18.NEAR_RULE,
                "events": s41.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
