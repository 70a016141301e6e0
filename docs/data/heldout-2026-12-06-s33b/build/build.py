"""Assemble session 33's second held-out event set (news-heldout-s33b.json, HO28O) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (``build_event_set``) and the first s33 build's helpers (its
dated DOCUMENT comment, CHECK files, development files, the other sets' sentence files and
``event_reasons``). Run from the repository root with PYTHONPATH=src. It runs no coder: it
copies labels, leaves out the sentences another gold file (or the sentence files of session
33's other sets) holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s33 set included, once built) and those sentence
files, and computes agreement. Built first of session 33's sets (heldout2/B-DONE).
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s33 = hb.load_build(DATA / "heldout-2026-12-06-s33" / "build" / "build.py")

IN = Path("/work/coord/s33/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s33b/build")
EVENTS = NEWS / "news-heldout-s33b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a loan to Ukraine agreed and warnings over frozen Russian "
    "assets, tariff talks, farmers' protests against a trade deal, a president removed and his "
    "successor's pledges, accusations of election interference, a decertification, visas "
    "revoked and tariffs, clashes at student protests, a referendum on foreign bases, trade and "
    "consular agreements, vetoes of sanctions, political prisoners released and sanctions "
    "lifted after talks, a runoff conceded and congratulations, a Security Council vote, a "
    "government sworn in, objections at a climate conference, an embassy accused, a dialogue's "
    "measures lifted, an arms embargo decreed and a state of siege and a prison retaken, across "
    "the Americas (the US, Mexico, Peru, Colombia, Ecuador, Canada, Chile, Cuba, Guatemala, "
    "Haiti), Europe (the EU, France, Moldova, Serbia, Hungary, Belarus, the Czech Republic, "
    "Kosovo, Spain) and international meetings (EU summits, the UN Security Council on Haiti, "
    "COP30 at Belem)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28O-007": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["FRA"],
            "target": ["IGO"],
            "follows": "b",
            "reason": (
                "the farmers protest 'against the proposed trade agreement between the European "
                "Union and the South American bloc Mercosur', an act whose makers the sentence "
                "names, and the development gold takes the owner of what a protest or an "
                "accusation is against as recipient where the sentence names it: HO28B-003 "
                "(residents rallied 'to protest against the recent wrong remarks made by Prime "
                "Minister Sanae Takaichi': PROTEST demo JPN -> JPN) and HO27E-018 (adjudicated: "
                "the owner as recipient where the sentence names it), and none where it does "
                "not, HO26Q-052 (journalists protested against a proposed bill, its author "
                "unnamed: MDV, none); the EU and Mercosur are both IGO; a's HO26B-016 is a "
                "demonstration against violence, which has no owner; type, mode and source as "
                "both annotators"
            ),
        },
        "HO28O-011": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "a new president's pledges 'to defend national sovereignty, restore order, and "
                "ensure a transparent transition' are his own programme at home, with no other "
                "actor to cooperate with, and the development gold codes a leader's pledged "
                "programme NONE, HO28F-026 (Kast 'pledged tough measures, including deploying the "
                "military to high-crime areas': NONE, both annotators); the pledges it codes "
                "AGREE are commitments made to or with other actors (CAMEO 03, 'express intent to "
                "cooperate'): the allies' defence pledge made to one another, ACCORD-2025-035 and "
                "HO27E-023 (adjudicated), or aid pledged to a state, ACCORD-2025-054"
            ),
        },
        "HO28O-028": {
            "event": "AGREE",
            "mode": None,
            "source": ["CAN", "IND"],
            "target": [],
            "follows": "b",
            "reason": (
                "'The two countries also agreed to' is the report's two states referred to by a "
                "noun phrase, and the development gold codes this very construction with both "
                "states as the actor: HO27N-015 ('The two nations also agreed' to re-launch a "
                "trade council: AGREE USA+BOL), HO26J-039 ('The countries agreed to hold the "
                "next meeting': AGREE KAZ+UZB), HO27E-019 ('The two "
                "leaders agreed': AGREE CAN+USA) and HO26Y-037 (adjudicated: 'The two governments "
                "signed': FRA+GBR); the practice that an event has a source "
                "(docs/event-coding.md) leaves out an act whose doer is not stated, and here the "
                "doer is stated; the page is Canada's and India's (Carney's visit to India); an "
                "agreed intent, AGREE with no recipient (HO26O-007)"
            ),
        },
        "HO28O-031": {
            "event": "CONSULT",
            "mode": None,
            "source": ["BLR", "USA"],
            "target": [],
            "follows": "a",
            "reason": (
                "'talks between Lukashenko and John Coale' is docs/event-coding.md's 'Talks "
                "between X and Y', a joint act with both as sources and no target (PLOVER's rule "
                "for reciprocal meetings); the visitor -> host reading needs a place or a visit "
                "in the sentence ('a meeting in one participant's country is hosted by it'), and "
                "this one names neither (Minsk is the page's); the development gold codes talks "
                "between two parties with no place so, HO28G-041 ('trade talks between the U.S. "
                "and China': CONSULT USA+CHN, none) and HO27N-035 (CONSULT USA+ARG, none); type "
                "as both annotators"
            ),
        },
        "HO28O-033": {
            "event": "CONSULT",
            "mode": None,
            "source": ["USA", "BLR"],
            "target": [],
            "follows": "a",
            "reason": (
                "Coale's praise is of 'his two-day talks with Mr Lukashenko', his own joint act, "
                "not an act of Belarus's: the label-of-praise reading (docs/event-coding.md, "
                "session 32: SUPPORT of the object's actor) has no other actor to support here, "
                "and the development gold codes a participant's favourable account of his own "
                "meeting as the meeting, HO28A-003 (Grossi reported that his visit to Damascus "
                "generated 'positive conversations': CONSULT visit IGO -> SYR); b's HO26Q-028 "
                "judges another state's decision; talks with no place named are joint, both "
                "parties as the actor and no recipient (docs/event-coding.md, 'Talks between X "
                "and Y'); the stated goal of normalising relations is the second verb. A close "
                "call"
            ),
        },
        "HO28O-035": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "the development gold codes these very campaign pledges NONE, HO28F-026 (Kast "
                "'pledged tough measures, including deploying the military to high-crime areas, "
                "building a wall ... and deporting migrants': NONE, both annotators): a "
                "candidate's programme at home with no other actor to cooperate with, not CAMEO "
                "03's intent to cooperate; the pledges coded AGREE are made to or with other "
                "actors (ACCORD-2025-035, ACCORD-2025-054); as HO28O-011 of this set"
            ),
        },
        "HO28O-036": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["ARG", "USA"],
            "target": [],
            "follows": "a",
            "reason": (
                "'congratulations from Milei and Rubio' is an event noun with its parties, which "
                "codes (docs/event-coding.md: event nouns code with a light verb or their "
                "parties, never as a topic or background), and the development gold codes a "
                "reaction told as a noun 'from' its named makers, HO26W-034 (the takeover 'has "
                "drawn sharp criticism from international bodies, including the African Union': "
                "ACCUSE IGO -> MDG) and HO27Q-028 (a visit 'sparked criticism from' Kallas: "
                "ACCUSE IGO -> SVK); congratulations are SUPPORT (HO27N-008, HO26Z-030), and "
                "the congratulated, Kast, is not named in the "
                "sentence: no recipient (HO27P-043, adjudicated); b's HO27M-025 names no sender; "
                "Petro's criticisms are the contrast"
            ),
        },
        "HO28O-040": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "Babiš announces that he 'will resolve a potential conflict of interest', an "
                "undertaking about his own business with no other actor named to cooperate with "
                "or yield to (b notes the president's demand is not in the sentence), and the "
                "development gold codes a leader's pledged programme at home NONE, HO28F-026; the "
                "announced intents it codes AGREE are made to or with other actors "
                "(ACCORD-2025-035, HO27N-015); as HO28O-011 of this set"
            ),
        },
    },
    modes_kept={
        "HO28O-050": (
            "a's 'seize' kept (b null): the operation is 'to retake the maximum-security "
            "Renovación I prison', the taking of a place by force with no violent act named, and "
            "the development gold codes a facility taken by security or armed forces COERCE "
            "seize, HO27V-007 (the RSF 'seized' the army headquarters in El Fasher: COERCE seize) "
            "and HO26Z-020 (authorities raided an office: COERCE seize); a's mode is not wrong"
        ),
    },
)


def main() -> None:
    others = s33.gold_files(EVENTS)
    development = hb.record_files(s33.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s33.event_reasons(EVENTS_DECIDED), development, own)
    which = ("session 33, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        which,
        [*others, *s33.siblings(IN / "events-sentences.json")],
        s33.comment(()),
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s33.s18.NEAR_RULE} and the sentence files of session 33's other sets",
                "events": s33.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
