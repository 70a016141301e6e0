"""Assemble session 33's third held-out event set (news-heldout-s33c.json, HO28P) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 19's steps, reading both forms of the labels)
and session 18's DOCUMENT comment dated with this session's day (the shared ``dated``), it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (and the
sentence files of this session's other sets while they exist, as strings) and computes
agreement.
"""

import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

# Session 19's first build: its ``event_reasons`` and, through it, session 18's DOCUMENT comment
# (undated here: the shared ``dated`` writes this session's day into its title), ``NEAR_RULE``
# and ``near_figures``.
s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s33/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s33c/build")
EVENTS = NEWS / "news-heldout-s33c.json"
# The day session 33 built its sets, for the DOCUMENT comment's title.
DAY = "2026-12-06"
# The CHECK files of session 33 (sessions 31 and 32's sets, pooled): no reason may cite them,
# and nothing here reads them but the duplicate checks (strings).
CHECK_FILES = {
    "news-heldout-s31.json",
    "news-heldout-s31b.json",
    "news-heldout-s31c.json",
    "news-heldout-s32.json",
    "news-heldout-s32b.json",
    "news-heldout-s32c.json",
    "evidence-heldout-s31.jsonl",
    "evidence-heldout-s32.jsonl",
}
# This session's other sets (HO28N, HO28O, EVH33), not yet in tests/data/news when this set was
# built: their unlabelled sentence files, compared as strings (first 60 characters, page, near
# duplicates) while they exist. Once the gold files are merged, the glob of NEWS covers them.
SIBLINGS = [
    Path("/work/coord/s33/heldout/events-sentences.json"),
    Path("/work/coord/s33/heldout2/events-sentences.json"),
    Path("/work/coord/s33/heldout/evidence-sentences.jsonl"),
]

# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, like the third sets "
    "of sessions 21 to 32: ambassadors summoned and expelled (Germany, the Czech Republic and "
    "Romania over Russian drones, Rasool declared persona non grata by the US), shadow-fleet "
    "tankers seized or boarded (the US seizures of January 2026), defence spending pledges "
    "(NATO's 5% at The Hague, Germany's 2026 budget), foreign troops withdrawn (France's last "
    "base in Chad, the US drawdown in Iraq), arms embargoes and arms-export stops (South "
    "Sudan's embargo renewed, Germany's halt on arms for Israel in Gaza), mercenaries (Wagner "
    "and the Africa Corps in Mali, Colombians recruited for Sudan's RSF), climate finance "
    "pledges (COP30, the Tropical Forests Forever Facility, the Adaptation Fund), technology "
    "pacts (the US-UK Technology Prosperity Deal, the US deals with Japan and South Korea, the "
    "US-Taiwan chips deal), railway financing (China, Kyrgyzstan and Uzbekistan), election "
    "interference (Moldova, Germany's charges and its warning before the February 2025 "
    "election) and statements with no event"
)

# An annotator's note that quotes the first 60 characters of another gold file's sentence, put
# in other words (the gold may not quote another gold file; session 28's third set did the same).
NOTE_FIXES = {
    ("HO28P-042", "a"): (
        "'German officials have previously accused Russia of hybrid warfare attacks'",
        "(German officials' earlier charge of hybrid warfare attacks; put in other words at the "
        "build, since the gold may not quote another gold file's sentence)",
    ),
}

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28P-026": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["USA"],
            "target": ["IRQ"],
            "follows": "b",
            "reason": "the United States 'had previously agreed to hand over' the Ain al-Asad "
            "airbase to Iraqi control: one state's undertaking to give up a military "
            "position of its own in another state, a withdrawal promised and not yet in "
            "force, which docs/event-coding.md (gold conventions) codes CONCEDE: 'A "
            "ceasefire or withdrawal announced or declared but not yet in force is "
            "CONCEDE (manual 3.4, 3.4.2, 3.7.2); one in force is RETREAT withdraw', and "
            "'a return only approved or promised is CONCEDE (PLOVER manual 3.4.2)'; the "
            "same handover done is RETREAT withdraw in this set (HO28P-010 and HO28P-011,"
            " France's last base in Chad handed over: RETREAT withdraw FRA -> TCD, both "
            "annotators); the development gold codes one actor's agreement to give up "
            "something of its own CONCEDE, not AGREE: HO27H-049 (adjudicated: 'agreed not"
            " to pursue capital punishment'), HO26E-044 ('had agreed to cut lawmakers' "
            "benefits'), HO26F-030 ('agreed to halt construction') and HO27L-046 ('agreed"
            " to exempt Hungary': CONCEDE USA -> HUN); AGREE is for an undertaking made "
            "jointly with another party, HO26I-021 (the two countries 'had agreed to "
            "withdraw heavy weapons': AGREE THA+KHM, the agreed de-escalation of CAMEO "
            "0356); a's HO26P-037 ('pledged to hand over Ukrainian bodies': AGREE) "
            "predates the written return convention; the PLOVER codebook "
            "(../shared/reference/ngec/PLOVER_structured_codebook_updated.csv) lists "
            "under CONCEDE ('Verbal concessions which have no immediate material "
            "consequences') a 'promise to withdraw from territory (in the future)'; the "
            "page's next sentence (seen in the adjudicator's spot check) gives the "
            "handover as still under way; source USA and recipient IRQ as both annotators",
        },
        "HO28P-033": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["SDN"],
            "target": [],
            "follows": "a",
            "reason": "'The RSF have since turned to mercenaries' reports an armed force enlisting "
            "foreign fighters, an increase of its armed forces, CAMEO 154 ('Mobilize or "
            "increase armed forces'), which the PLOVER codebook "
            "(../shared/reference/ngec/PLOVER_structured_codebook_updated.csv) defines "
            "MOBILIZE ('All military or police moves, deployments, activations, etc. that"
            " fall short of the actual use of force'), mode troops ('Mobilize armed "
            "personnel or units'; its mode militia for a non-state force the development "
            "gold has not used: armed groups' build-ups are troops there, HO28E-028, "
            "HO27V-047); the development gold codes an armed group's build-up over months"
            " MOBILIZE troops with no recipient, HO28E-028 (adjudicated: al-Shabaab 'has "
            "intensified its presence' in recent months: 'a build-up over months is still"
            " the act the verb reports'), as HO27V-044 ('have since intensified their "
            "presence': MOBILIZE troops COD+UGA, none), and an enlistment to expand an "
            "armed force's ranks MOBILIZE troops, HO27Z-010 ('called for a military "
            "enlistment call this weekend to expand its ranks') and HO26V-037 ('urging "
            "Venezuelans to enlist in a civilian militia'); the seizure of El Fasher is "
            "the purpose infinitive and the siege an agentless passive relative clause, "
            "neither coded (b's reasons for NONE, which hold for those clauses, not for "
            "the main verb); the RSF by its country, SDN, as the development gold codes "
            "it, HO27V-007 (the RSF seized the army's headquarters in El Fasher: COERCE "
            "seize SDN -> SDN)",
        },
        "HO28P-036": {
            "event": "AGREE",
            "mode": None,
            "source": ["NOR"],
            "target": [],
            "follows": "b",
            "reason": "type AGREE and source NOR as both annotators (aid promised, CAMEO 0331; "
            "HO26P-059, adjudicated); the Tropical Forests Forever Facility is the fund the money "
            "goes to, not an organisation that acts: neither it nor the Adaptation Fund "
            "(HO28P-050) is among the international actors of the reference dictionaries "
            "(../shared/reference/petrarch/Phoenix.International.actors.txt, which lists IGOs "
            "and NGOs such as the Global Fund), and the development gold codes a fund as the "
            "object of an act, not an actor, ACCORD-2025-030 (an agreement 'on a joint "
            "reconstruction investment fund': SUPPORT USA+UKR, none); it gives an IGO recipient "
            "to pledges and agreements only where an organisation of states is named, HO27X-034 "
            "(a grant 'to SCO member states': AGREE CHN -> IGO) and HO27J-047 (ASEAN's "
            "preconditions: AGREE MMR -> IGO), and no recipient where the beneficiaries are "
            "states not named, HO27H-042 ('committed $7 million in humanitarian assistance for "
            "Caribbean nations': AID CAN, none); a facility coded as an actor is one that acts "
            "itself, HO26K-060 (the CCRIF 'would make a record payout to Jamaica': AGREE IGO -> "
            "JAM); the forests' states, the fund's beneficiaries, are not named",
        },
        "HO28P-039": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the subject of 'directs' is the deal: the sentence describes what a "
            "document provides, and a document is no actor and no act is reported done; the "
            "development gold codes an agreement's content with the agreement as subject NONE: "
            "HO26E-050 ('the agreement would remove most trade duties over 15 years and cover a "
            "market of 780 million people': NONE), HO27B-004 ('the agreement would also cover "
            "economic development and climate resilience': NONE) and HO26-030 ('the document "
            "includes no binding clauses': NONE), as a's own precedent HO28B-044 (the signing "
            "'will contribute to strengthening the security' of the region: NONE); it codes a "
            "party's commitment under an agreement where the party is the clause's subject, "
            "HO28D-019 (under the final agreement 'Britain will keep its waters open': AGREE "
            "GBR -> IGO), which this sentence does not have (the two states are the objects of "
            "'directs'); the signing of the same deal is this set's HO28P-038 (SUPPORT USA+GBR, "
            "both annotators)",
        },
        "HO28P-045": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["ZAF"],
            "target": [],
            "follows": "a",
            "reason": "the expulsion South Africa's Presidency confirms is another state's act, and"
            " the sentence does not name that state: the development gold codes a "
            "confirmed act as that act where its doer is named (HO26Y-002, adjudicated: "
            "the minister 'confirmed the detention', his government's own: COERCE arrest "
            "VEN -> VEN; HO26J-021: Algeria 'confirming the recall of its ambassadors': "
            "SANCTION withdraw DZA), but an act whose doer the sentence does not name is "
            "no event (docs/event-coding.md, 'An event has a source'), and the gold takes"
            " an actor from outside the sentence only for a pronoun or a bare noun "
            "(HO26M-015, HO26Q-034), with no recipient where none is named (HO27H-049, "
            "adjudicated: 'a recipient is taken only where one is named'); b's United "
            "States comes from the page's address and next sentences, and the development"
            " gold codes South Africa's confirmation of this very expulsion's terms with "
            "the expeller unnamed NONE, HO27B-045 (Rasool's privileges expired, with a "
            "mandate to depart, 'as confirmed by' South Africa's foreign ministry "
            "spokesperson: NONE, both annotators); the act whose actor the sentence names"
            " is the Presidency's regret over the decision, a disapproval, which the "
            "development gold codes ACCUSE disapprove of the decider, HO26Q-028 "
            "(Ramaphosa described Rubio's decision as 'regrettable': ACCUSE disapprove "
            "ZAF -> USA) and HO27B-044 (disappointment with the US decision, "
            "'regrettable': ZAF -> USA), and with no recipient where the decider is not "
            "named, HO26H-037 (Valls 'expressed his regret over the decision': ACCUSE "
            "disapprove FRA, none); the expulsion itself is in this set as HO28P-046 "
            "(Rubio's announcement: SANCTION expel USA -> ZAF, both annotators)",
        },
        "HO28P-050": {
            "event": "AID",
            "mode": None,
            "source": ["DEU"],
            "target": [],
            "follows": "b",
            "reason": "type AID and source DEU as both annotators (funds committed, HO27H-042); "
            "the Adaptation Fund is the fund the money goes to, not an organisation that acts, "
            "as for HO28P-036 (the same decision, the same reasons): it is not among the "
            "international actors of the reference dictionary (Phoenix.International.actors.txt "
            "under ../shared/reference/petrarch/), the development gold codes a fund as an "
            "act's object, not an actor (ACCORD-2025-030), and it gives no recipient to aid "
            "for beneficiaries it does not name, HO27H-042 ('has committed $7 million in "
            "humanitarian assistance for Caribbean nations': AID CAN, none), the precedent both "
            "annotators cite; an IGO recipient stands for an organisation of states, HO27X-034 "
            "(SCO member states); the "
            "developing countries the fund serves are not named",
        },
    },
    modes_kept={
        "HO28P-012": "a's none kept (b 'yield'): b's mode is the table's for a demanded "
        "withdrawal (the CAMEO 2.0 dictionary codes 'DEMAND ... WITHDRAWAL' 1056, "
        "../shared/reference/petrarch/CAMEO.2.0.txt, which CAMEO2PLOVER-2021 maps to REQUEST "
        "yield, 'Demand de-escalation of military engagement'), and the development gold gives "
        "it to one call to withdraw forces, HO28E-015 ('withdraw forces peacefully': REQUEST "
        "yield SAU -> YEM); but it codes two such calls with no mode, HO27R-025 ('urged Rwanda "
        "to withdraw its forces': REQUEST IGO -> RWA, none) and HO27K-009 (none), which a "
        "cites, and session 30's third set kept a's none where b's was the table's mode for a "
        "demand and the gold has none (HO28G-005, a mode decision); a's is not wrong",
        "HO28P-034": "a's 'discontinue' kept (b none): docs/event-coding.md codes CAMEO 163 "
        "(impose embargo, boycott or sanctions) SANCTION 'discontinue' as the PLOVER 2.0 manual "
        "codes sanctions (sec. 3.13.3, table 7.1), and the development gold gives that mode to "
        "sanctions imposed, ACCORD-2025-040 ('imposed sanctions on Rosneft and Lukoil': "
        "SANCTION discontinue USA -> RUS), HO27W-042 and HO27O-016; most of its imposed "
        "sanctions have no mode (HO26E-010, b's HO26I-057), so b's is not wrong either; a's "
        "is the written reading",
    },
    modes_taken={
        "HO28P-044": (
            "disapprove",
            "b's 'disapprove' taken (a allege): 'Germany warned ... of a Russian "
            "disinformation operation' is a warning of another actor's act with that actor "
            "named, which docs/event-coding.md's written convention on warnings (session 31, a "
            "convention from session 32) codes 'ACCUSE disapprove of it' ('another actor named "
            "(\"warned against Finland joining NATO\") gives ACCUSE disapprove of it'); a's "
            "allege precedents are charges made as such (HO27Z-007 'accused Russia of "
            "preparing' a campaign to interfere, HO27T-024 'accused Russia of hybrid warfare "
            "attacks'), not warnings",
        ),
    },
)


def correct(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its annotator's note fixed where ``NOTE_FIXES`` says (the build stops if
    the words to replace do not stand in the note once)."""
    (name,) = record["annotations"]
    fix = NOTE_FIXES.get((record["id"], name))
    if fix is None:
        return record
    label = dict(record["annotations"][name])
    if label["note"].count(fix[0]) != 1:
        raise hb.BuildError(f"{record['id']}: the note to fix does not hold {fix[0]!r} once")
    label["note"] = label["note"].replace(*fix)
    return {**record, "annotations": {name: label}}


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s33" not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    compared = [*others, *(p for p in SIBLINGS if p.exists())]
    which = ("session 33, third set", SCOPE, f"{OUT}/")
    comment = hb.dated(s19.s18.document_comment, DAY)
    events, near = hb.build_event_set(IN, EVENTS, EVENTS_DECIDED, which, compared, comment, correct)
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
