"""Assemble session 34's third held-out event set (news-heldout-s34c.json, HO28S) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (its ``build_event_set``, which reads b's labels under
``annotations.b``) and session 18's DOCUMENT comment dated this set's day, as the third sets of
sessions 21, 28 and 31 were built. Run from the repository root with PYTHONPATH=src. It runs no
coder: it copies labels, leaves out the sentences another gold file or the session's other sets
hold in other words, applies the adjudicator's decisions below, checks the new file against
every other gold file and against the other sets' sentence files, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s34/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s34c/build")
EVENTS = NEWS / "news-heldout-s34c.json"
# The day this set was built; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-06"
# The CHECK files of session 34 (the declaration, docs/data/heldout-2026-12-06-s34/declared.md:
# the sets of sessions 32 and 33, pooled). Never opened here; only their names are compared, so
# that no reason may cite them; the build's duplicate checks read their strings in memory.
CHECK_FILES = {
    "news-heldout-s32.json",
    "news-heldout-s32b.json",
    "news-heldout-s32c.json",
    "news-heldout-s33.json",
    "news-heldout-s33b.json",
    "news-heldout-s33c.json",
    "evidence-heldout-s32.jsonl",
    "evidence-heldout-s33.jsonl",
}
# This session's sets (HO28Q, HO28R, HO28S, EVH34): none is a development file for another.
SESSION = "heldout-s34"
# The other sets of the session, built at the same time by another adjudicator on another branch:
# their sentence files are compared with this set's as strings (pages, first 60 characters and
# the near-duplicate rule); nothing else of their folders is read.
SIBLING_SENTENCES = [
    Path("/work/coord/s34/heldout/events-sentences.json"),
    Path("/work/coord/s34/heldout2/events-sentences.json"),
    Path("/work/coord/s34/heldout/evidence-sentences.jsonl"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than by region, at the same time "
    "as the session's first two sets: nuclear talks and inspections (Iran and the IAEA, the "
    "US-Iran talks in Oman), cyberattacks attributed to states (the UK's sanctions on GRU "
    "officers, the Czech attribution to APT31), maritime and fishing disputes (Scarborough "
    "Shoal, the UK-EU fishing access deal), refugee and migrant returns (the UK-France returns "
    "scheme, Afghans returned from Iran), coups and suspensions from regional bodies "
    "(Madagascar, Guinea-Bissau, Benin), debt relief and IMF programmes (Ethiopia's creditors, "
    "Argentina), peacekeeping mandates renewed or ended (UNIFIL), hostage and detainee "
    "releases (Belarus, the Taliban), border closures and reopenings (Torkham, the "
    "Thai-Cambodian border, Poland and Belarus) and statements with no event"
)

# The rule the mode-only decision below applies (the third sets of sessions 28 and 31): where a
# and b differ only in mode, the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands
# against a null, unless the PLOVER 2.0 manual (which the gold follows first, docs/event-coding.md,
# "Gold conventions") codes the act otherwise; where the table gives the act no mode of the
# gold's type, the development gold's practice for the act decides.
EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28S-008": {
            "event": "AGREE",
            "mode": None,
            "source": ["IGO"],
            "target": ["MDG"],
            "follows": "a",
            "reason": (
                "SADC announced the formation of a panel of elders 'aiming to reduce tensions in "
                "the island nation': an intent to mediate, CAMEO 039, AGREE (CAMEO2PLOVER-2021, "
                "line 34), as both annotators; the island nation is Madagascar, the page's "
                "subject (its URL; HO28S-005 to -007 of this set), and the development gold "
                "codes a state that a sentence names by such a description, HO27T-042 ('The "
                "Caribbean nation has barred entry': COERCE DOM -> HTI) and HO26O-043 ('India "
                "and the island nation agreed': AGREE IND+MDV), so b's 'names no state' does "
                "not hold; the state whose crisis the offered mediation is to ease is its "
                "recipient, as the development gold gives the party an offer of help is made "
                "to, HO28A-014 (offered assistance: AGREE PHL -> CHN); a state, not a disputed "
                "territory, so the place practice (docs/event-coding.md, 'A disputed territory "
                "is a place, not a recipient') does not take it away"
            ),
        },
        "HO28S-013": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["PHL"],
            "target": ["CHN"],
            "follows": "b",
            "reason": (
                "the China Coast Guard 'claimed the Philippine ship rammed one of its vessels': "
                "a verb of saying with a reported act of force, which the gold conventions type "
                "by the reported predicate (docs/event-coding.md, 'Gold conventions': 'X said Y "
                "attacked Z' is ASSAULT Y -> Z, 'also when X's own state is the victim'), as "
                "HO27R-006 (China's coast guard spokesperson stated that a Philippine boat "
                "'deliberately rammed' a Chinese patrol vessel: ASSAULT PHL -> CHN); a's "
                "precedent HO26G-047 tells the same incident with a verb of accusation "
                "('accused a Philippine ship of deliberately ramming': ACCUSE allege CHN -> "
                "PHL), a word of judgement that the convention's ACCUSE reading covers, which "
                "'claimed' is not: the two development records part on the verb, not the act"
            ),
        },
        "HO28S-016": {
            "event": "REQUEST",
            "mode": "yield",
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": (
                "ECOWAS's Mediation and Security Council called for the release of detained "
                "officials, President Embaló among them: REQUEST yield IGO as both annotators; "
                "the development gold codes this very demand (the regional bloc demanded the "
                "release of all detained officials, 'including President Embaló') "
                "with no recipient, HO26G-017, adjudicated: the addressee (the military "
                "authorities) is not named and Embaló 'is the object of the demanded release, "
                "not its addressee'; b's precedent HO27Y-002 (the release of 'South Sudan's "
                "First Vice President': REQUEST yield USA -> SSD) names the detainee's state in "
                "the sentence, which this one does not"
            ),
        },
        "HO28S-018": {
            "event": "SANCTION",
            "mode": "discontinue",
            "source": ["KHM"],
            "target": ["THA"],
            "follows": "a",
            "reason": (
                "'both governments' announced measures to punish the other, 'including "
                "Cambodia's recent suspension of all Thai fuel and gas imports': the one act "
                "the sentence names is Cambodia's, a suspension of trade with another party, "
                "SANCTION (docs/event-coding.md, 'What is suspended decides COERCE or "
                "SANCTION': trade, imports), its possessor the agent (docs/event-coding.md: a "
                "demonym or actor right before an event noun is its agent) and Thailand, whose "
                "goods it stops, the recipient, as HO26B-030 (Colombia would suspend the "
                "purchase of weapons from the United States: SANCTION discontinue COL -> USA); "
                "measures by which each punishes the other are not one joint act, so the "
                "practice for 'talks between X and Y' (a reciprocal meeting, both as source "
                "and no recipient, docs/event-coding.md), b's reading, does not reach them"
            ),
        },
        "HO28S-020": {
            "event": "REQUEST",
            "mode": "meet",
            "source": ["IGO"],
            "target": ["IRN", "AFG"],
            "follows": "a",
            "reason": (
                "Grandi, the UN refugee chief (IGO), 'called for a collaborative approach and "
                "proposed a three-party dialogue between Iran, the Taliban, and the UNHCR': two "
                "requests of one speaker, the second naming its parties; the development gold "
                "codes coordinated requests as one REQUEST whose recipients the later request "
                "names, ACCORD-FRESH-009 ('called for restraint and urged Pakistan to take "
                "tangible action': REQUEST USA -> PAK) and HO27D-047 ('urged international "
                "support ... and called on the European Union and the United States': REQUEST "
                "SYR -> IGO, USA); a proposal of talks with named parties is REQUEST meet "
                "(CAMEO 106, 'Demand meeting, negotiation', CAMEO2PLOVER-2021 line 131), the "
                "parties asked to talk with the speaker its recipients, as HO26O-008 (Islamabad "
                "sought a 'composite dialogue' with New Delhi: REQUEST meet PAK -> IND); b's "
                "'no recipient from a for phrase' holds for 'called for a collaborative "
                "approach' alone, not for the dialogue's named parties; the Taliban are AFG, "
                "as HO26-003 and HO26Q-013"
            ),
        },
        "HO28S-022": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "the critics are unnamed 'human rights organizations', an actor no gold record "
                "codes: the development gold gives a sentence whose only speaker is unnamed "
                "rights groups no event, HO28E-043 (rights groups accused the military of "
                "targeting civilians: NONE), HO27D-010 (rights organisations "
                "voiced alarm: NONE, adjudicated) and HO26U-041; a's precedent HO27V-016 names "
                "its organisation (Human Rights Watch: REQUEST NGO -> SSD)"
            ),
        },
        "HO28S-023": {
            "event": "AGREE",
            "mode": None,
            "source": ["ETH", "IGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "Ethiopia 'has reached an Agreement in Principle' with its Official Creditor "
                "Committee: a tentative agreement, AGREE, as both annotators; the development "
                "gold gives an agreement reached 'with' a named party both parties as actor and "
                "no recipient, HO27A-009 (the IMF reached a preliminary agreement with "
                "Argentina: AGREE IGO+ARG), HO28F-027 (Britain reached an agreement with "
                "France: AGREE GBR+FRA) and HO26K-038 (a tentative agreement of Turkey and "
                "Iraq: AGREE TUR+IRQ); the committee of official (state) creditors under the "
                "G20 Common Framework is IGO, as both annotators"
            ),
        },
        "HO28S-024": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["LBN"],
            "target": [],
            "follows": "b",
            "reason": (
                "Salam 'welcomed the extension but urged Israel to withdraw its troops': two "
                "acts of different types; the gold codes one event, of the governing verb (the "
                "held-out sets' DOCUMENT conventions; docs/event-coding.md: a sentence's events "
                "come 'with the governing verb's first (that is the one accord events evaluate "
                "scores)'), and the development gold codes a welcome followed by a coordinated "
                "call by the welcome, HO27W-007 ('welcomed the development and called for "
                "Edmundo Gonzalez Urrutia to be recognized': SUPPORT VEN); a welcome is SUPPORT, "
                "as HO27F-022 (welcomed the move: SUPPORT SYR) and HO27M-048; the extension's "
                "author is not named in the sentence, so no recipient, as HO27F-022; a's choice "
                "of the act that names a recipient is a rule written neither in "
                "docs/event-coding.md nor in the DOCUMENT conventions"
            ),
        },
        "HO28S-029": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["GBR"],
            "target": ["GBR", "IGO"],
            "follows": "a",
            "reason": (
                "angry fishermen 'hit out at' the deal signed between the UK and the EU: a "
                "criticism, ACCUSE disapprove, as the development gold codes 'lashed out at' "
                "and 'slammed' (HO26K-057, HO26P-046); fishermen are a domestic agent named "
                "without a country, like 'protesters', and take the state the report is about "
                "(docs/event-coding.md, 'The document's home country'; the page is LBC's UK "
                "politics report of access to UK waters), as the development gold codes such "
                "groups, HO28H-034 (activists urged global leaders: REQUEST MMR, adjudicated: "
                "'a domestic agent named without a country, like protesters'), HO26K-020 "
                "(residents of the capital blamed Dbeibeh's government: ACCUSE LBY -> LBY) and "
                "HO27N-032 (farmers blocked roads: PROTEST FRA); b's precedents HO28E-043 and "
                "HO27D-010 are unnamed human rights groups, organisations of no state, which "
                "HO28H-034's adjudication sets apart; a decision criticised gives its named "
                "authors as recipients, HO27S-050 (slammed the council's vote: ACCUSE IRN -> "
                "IGO), here the UK and the EU, the domestic one kept as in HO26K-020"
            ),
        },
        "HO28S-035": {
            "event": "AGREE",
            "mode": None,
            "source": ["IRN", "USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "Araghchi announced that 'Tehran and Washington will engage in high-level "
                "indirect negotiations in Oman': talks announced for a later day are an intent "
                "to negotiate, AGREE (CAMEO 036, CAMEO2PLOVER-2021 line 31), as both "
                "annotators; the clause's subject is the pair, and talks between two parties "
                "are a joint act with both as source and no recipient (docs/event-coding.md: "
                "'Talks between X and Y is a joint act with both as sources and no target'), as "
                "HO26J-057 (Pakistan and Afghanistan will hold another round of talks: AGREE "
                "PAK+AFG); a speaker who is one of the parties does not make the other "
                "its recipient, as HO26U-002 (Pakistan's foreign minister confirmed that India "
                "and Pakistan have agreed to a ceasefire: AGREE IND+PAK)"
            ),
        },
        "HO28S-037": {
            "event": "AGREE",
            "mode": None,
            "source": ["USA", "IRN"],
            "target": [],
            "follows": "b",
            "reason": (
                "'the two parties ... have since agreed to meet again on May 3, 2025 to "
                "continue negotiating': an agreement to meet, AGREE (CAMEO 036), the type a's "
                "note gives; the two parties are the US and Iran of the page's report, and the "
                "development gold codes such a pair by both states where the sentence names "
                "neither, HO27B-003 ('the two sides had now finalised a new agreement': AGREE "
                "AUS+VUT, adjudicated, citing HO26I-021, 'the two countries said in a joint "
                "statement that they had agreed': AGREE THA+KHM) and HO26Y-046 ('The two "
                "leaders discussed': CONSULT CAN+USA); the practice that an event has a source "
                "(docs/event-coding.md) is for an act whose doer the sentence does not name "
                "('drones struck the base'), not for a pair it names by reference; both as "
                "actor and no recipient, as HO26Q-055 ('Both parties agreed': AGREE AFG+UZB)"
            ),
        },
        "HO28S-042": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["IGO", "ARG"],
            "target": [],
            "follows": "b",
            "reason": (
                "the IMF 'has announced a deal with the Argentine government as part of the "
                "first review ..., paving the way for a $2 billion disbursement': a deal "
                "announced as made is a finalised agreement, SUPPORT (PLOVER manual 3.3, "
                "'ratify, sign, or finalize an agreement'; CAMEO 057, CAMEO2PLOVER-2021 line "
                "53), as HO26J-040 (rival movements announced a deal: SUPPORT, adjudicated: "
                "'AGREE is for promises and intentions, 3.1'); the development gold's AGREE for "
                "the IMF and Argentina, HO27A-009, is for 'a preliminary agreement', which this "
                "sentence does not say; the disbursement it paves the way for is a later act; a "
                "deal 'with' a named party has both parties as actor and no recipient, "
                "HO27A-009 (IGO+ARG) and HO26H-011 (a joint signing: SUPPORT SLB+PNG)"
            ),
        },
    },
    modes_kept={
        "HO28S-014": (
            "a's null kept (b 'discontinue'): sanctions imposed on Russian spies, hackers and "
            "agencies are CAMEO 163, which CAMEO2PLOVER-2021 maps to COERCE restrict (line 246), "
            "a mode of another type; the gold codes CAMEO 163 SANCTION by the manual "
            "(docs/event-coding.md, 'Gold conventions': 'where the two differ the manual wins "
            "(as for CAMEO 163)'), and the table's SANCTION 'discontinue' is for aid reduced or "
            "stopped (CAMEO 162 to 1623, lines 242-245), so no table mode stands; the "
            "development gold codes sanctions imposed on named persons, officials and agencies "
            "mostly with no mode, HO27L-031 (Britain sanctioned more than 20 Russian spies, "
            "hackers and agencies over the same cyber campaign: SANCTION GBR -> RUS, null), "
            "HO27I-021, HO27G-034, HO26W-058 and HO27O-032 (of the 26 development records "
            "with sanctions imposed that a text search finds, 20 have no mode; 'discontinue' "
            "in 6, such as ACCORD-2025-016 and HO27W-042)"
        ),
    },
    modes_taken={},
)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [f"HO28S-{n:03d}" for n in range(1, 51)]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 34, third set", SCOPE, f"{OUT}/"),
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
