"""Assemble session 36's third held-out event set (news-heldout-s36c.json, HO28Y) from the
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

IN = Path("/work/coord/s36/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s36c/build")
EVENTS = NEWS / "news-heldout-s36c.json"
# The day session 36 built its sets, for the DOCUMENT comment's title.
DAY = "2026-12-06"
# The CHECK files of session 36 (sessions 34 and 35's sets, pooled): no reason may cite them,
# and nothing here reads them but the duplicate checks (strings).
CHECK_FILES = {
    "news-heldout-s34.json",
    "news-heldout-s34b.json",
    "news-heldout-s34c.json",
    "news-heldout-s35.json",
    "news-heldout-s35b.json",
    "news-heldout-s35c.json",
    "evidence-heldout-s34.jsonl",
    "evidence-heldout-s35.jsonl",
}
# This session's other sets (HO28W, HO28X, EVH36), not yet in tests/data/news when this set was
# built: their unlabelled sentence files, compared as strings (first 60 characters, page, near
# duplicates) while they exist. Once the gold files are merged, the glob of NEWS covers them.
SIBLINGS = [
    Path("/work/coord/s36/heldout/events-sentences.json"),
    Path("/work/coord/s36/heldout2/events-sentences.json"),
    Path("/work/coord/s36/heldout/evidence-sentences.jsonl"),
]

# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, like the third sets "
    "of sessions 21 to 35: critical-minerals deals (the US with Australia and with four Asian "
    "states), visa restriction policies aimed at foreign officials (the US State Department, "
    "March and May 2025; Mexican politicians' visas), post-election crackdowns (Myanmar's "
    "election law, Tanzania, Uganda, Cameroon's petitions dismissed), foreign aid halted or cut "
    "(the US freeze of January 2025, the UK's cut to 0.3% and the charities' criticism), "
    "journalists detained or the release of journalists asked for (Turkey, Togo, Ethiopia, "
    "Bangladesh's media reform), joint exercises and port calls (Zapad-2025, Balikatan, Large "
    "Scale Exercise 2025, Chinese warships in Cambodia, Indian ships in Colombo), votes and a "
    "veto at the UN (a Gaza resolution vetoed, Security Council members elected, resolutions "
    "adopted), mediation (Turkey in the Istanbul talks, Qatar and Egypt on Gaza, Qatar between "
    "the DRC and the M23), the Thai-Cambodian border dispute and ceasefire, the Gulf of "
    "Mexico's renaming and statements with no event"
)

# An annotator's note that quotes the first 60 characters of another gold file's sentence, put
# in other words (the gold may not quote another gold file): none so far.
NOTE_FIXES: dict[tuple[str, str], tuple[str, str]] = {}

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28Y-002": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA", "KHM", "JPN", "MYS", "THA"],
            "target": [],
            "follows": "b",
            "reason": "both code the deals SUPPORT, concluded agreements (the PLOVER manual 3.3); "
            "the question is the partners' role: the development gold codes an agreement "
            "concluded 'with' named states with all parties as actor and no recipient, "
            "HO27F-044 (adjudicated: Trump 'closed an important deal' with Indonesia: SUPPORT "
            "USA+IDN, none), HO27F-042 (adjudicated: the United States 'has reached new "
            "bilateral deportation agreements with Honduras and Uganda': SUPPORT USA+HND+UGA, "
            "none) and HO26H-011 (adjudicated: signed an agreement 'with' Papua New Guinea: "
            "SUPPORT SLB+PNG, none); a's precedent HO28G-003 (countries 'have entered into "
            "agreements with the United States': SUPPORT USA, none) names no partner state, so "
            "it gives no recipient either; the partners as co-sources is the alternative a's "
            "note names",
        },
        "HO28Y-004": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["MMR"],
            "target": [],
            "follows": "b",
            "reason": "the sentence reports the junta's election law and the junta's use of it "
            "to prosecute more than 200 people, both named in it; docs/event-coding.md codes a "
            "law by what it does ('a law or order signed or passed is coded by the -ing verb "
            "that says what it does'; 'like a law's content ... the body that issues or adopts "
            "it acts'), and the development gold codes this same law, introduced in July 2025 "
            "against disrupting the election, COERCE restrict MMR, HO28N-015 (the junta's new "
            "law of 19 July against acts that disrupt the election: COERCE restrict MMR, none), "
            "a decree's prohibition with its maker as source, HO28I-044 (the decree 'prohibits "
            "all exports to Israel': "
            "SANCTION ESP -> ISR), and the arrests made under it COERCE MMR, HO27J-023 (the "
            "junta 'has arrested more than 200 people under a new law': COERCE arrest MMR); the "
            "junta, the law's maker and user, is named in the sentence, so the source is not "
            "taken from outside it (docs/event-coding.md, 'An event has a source'); a's NONE "
            "reads the law as a document that does nothing, the reading HO28P-039 (adjudicated: "
            "an agreement's provisions, no party acting) gives a treaty's clauses, not a "
            "state's prohibition applied to its people; the people prosecuted are not named as "
            "an actor: no recipient, as HO28N-015",
        },
        "HO28Y-018": {
            "event": "AGREE",
            "mode": None,
            "source": ["BGD"],
            "target": [],
            "follows": "a",
            "reason": "one event, of the first of two coordinated predicates, as the "
            "development gold codes every such sentence: HO26M-033 (adjudicated: 'of two "
            "coordinated verbs the first governs', with HO26K-020, HO26B-026, HO26D-001), "
            "HO27C-033 (adjudicated: the first predicate's REJECT, not the THREATEN of the "
            "second) and HO27K-022 (adjudicated: the first of two coordinated predicates); the "
            "first here is 'Yunus promised media reform', an intent to bring reform, CAMEO 034 "
            "('Express intent to bring political reform'), AGREE in CAMEO2PLOVER-2021; b's "
            "reason for the second, that the repeal is the act completed, is not how the gold "
            "chooses between coordinated acts (HO26O-044, adjudicated: a promise coded AGREE "
            "as the first of two coordinated clauses); the repeal (CONCEDE, HO26X-044) is the "
            "second predicate; no recipient, as both annotators",
        },
        "HO28Y-028": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the General Assembly 'adopted 20 resolutions of its Third Committee' and "
            "postponed action on the other drafts: docs/event-coding.md codes an adopted "
            "resolution 'for what an adopted or issued statement or resolution does', and the "
            "development gold codes an adoption by what the text does where the sentence says "
            "it, ACCORD-REAL-027 (a resolution 'condemning Russian aggression': ACCUSE), "
            "HO27J-012 (a resolution 'rejecting Israel's move': REJECT SOM -> ISR) and "
            "HO28P-013 (a resolution 'renewing an arms embargo': SANCTION), and an adoption or "
            "approval of a text that does nothing to an actor NONE: HO26I-018 (a council "
            "'adopted an electoral law': NONE) and HO27Z-031 (the OAS Permanent Council "
            "approved the Assembly's theme: NONE); b's ACCORD-2025-006 is a resolution 'calling "
            "for a swift end to the conflict', an act the sentence names; here the resolutions' "
            "content is not given, and the postponement and the objections are procedure",
        },
        "HO28Y-031": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["THA", "KHM"],
            "target": [],
            "follows": "b",
            "reason": "the governing verb is 'signed a joint statement'; 'agreeing to maintain "
            "the suspension' is a participle that says what the signed text holds; the "
            "development gold decided this question for the same two states and the same "
            "border, HO28N-002 (adjudicated: 'have signed a ceasefire agreement': 'the governing "
            "verb is have signed', CAMEO 057, sign formal agreement, SUPPORT THA+KHM, none, "
            "against the AGREE of 'a ceasefire agreed between the parties', which it keeps for "
            "parties that 'agreed to' a ceasefire and signed nothing), as HO26E-023 "
            "(adjudicated: 'have signed the text of a peace agreement': SUPPORT COD+RWA) and "
            "HO26M-010 (signed a peace agreement: SUPPORT RWA+COD); AGREE where the joint "
            "statement only reports that the parties agreed, HO26I-021 ('said in a joint "
            "statement that they had agreed to withdraw heavy weapons': AGREE THA+KHM) and "
            "HO26D-038; sources and no recipient as both annotators",
        },
        "HO28Y-040": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["JPN"],
            "target": [],
            "follows": "a",
            "reason": "the governing verb is 'will dispatch about 150 personnel and a warship', "
            "a deployment of armed forces, which the PLOVER codebook "
            "(../shared/reference/ngec/PLOVER_structured_codebook_updated.csv) defines MOBILIZE "
            "('All military or police moves, deployments, activations, etc. that fall short of "
            "the actual use of force'), mode troops; the development gold codes a deployment "
            "announced for the future MOBILIZE troops, HO26C-007 ('will deploy nearly 3,000 "
            "additional troops': MOBILIZE troops USA), and forces dispatched to drills the same, "
            "HO27D-041 ('dispatched army, navy, air force and rocket force troops to conduct "
            "drills': MOBILIZE troops) and HO26D-010 (adjudicated: troops deployed 'as the "
            "drills take off': MOBILIZE troops POL); b's HO27K-036 (Germany 'will start "
            "delivering' Patriot systems to Ukraine: AGREE DEU -> UKR) is arms promised to a "
            "recipient, which docs/event-coding.md codes AGREE ('A sale only offered or "
            "promised is AGREE, mode military'), and the PLOVER manual's rule that future "
            "cooperative acts are AGREE (3.1, quoted in HO26O-044's adjudication) names "
            "CONSULT, SUPPORT, COOPERATE and AID, not MOBILIZE; the exercises name no partner "
            "as actor and the Philippines is their place: no recipient, as both annotators",
        },
        "HO28Y-043": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["RUS", "CHN", "USA"],
            "target": [],
            "follows": "b",
            "reason": "the vote is SUPPORT of the named voters (both annotators); the sentence "
            "names neither the resolution's sponsor nor the body that votes, and the "
            "development gold takes a recipient only where one is named (HO27H-049, "
            "adjudicated: 'a recipient is taken only where one is named'): it gives a vote for "
            "a resolution the sponsor named, ACCORD-2025-063 (China voted for 'the American "
            "resolution' in the Security Council: SUPPORT CHN -> USA, not the Council) and "
            "ACCORD-SEED-009 (a resolution 'put forward by the U.S.' passed with support from "
            "Russia and China: SUPPORT RUS+CHN -> USA), and a vote against the Assembly where "
            "the sentence names it, ACCORD-REAL-028 and ACCORD-REAL-030 (voted against 'a UN "
            "General Assembly resolution' / a resolution 'which passed the United Nations "
            "General Assembly': REJECT USA -> UN); a's IGO comes from outside the sentence",
        },
        "HO28Y-047": {
            "event": "CONSULT",
            "mode": None,
            "source": ["QAT"],
            "target": [],
            "follows": "b",
            "reason": "Qatar 'hosted a signing ceremony', an event, not named persons: the "
            "development gold codes a host of a meeting or summit whose guests are not its "
            "object CONSULT of the host with no recipient, ACCORD-2025-020 ('hosted an "
            "emergency meeting of European leaders') and ACCORD-2025-064 ('hosted a summit of "
            "the coalition of the willing': CONSULT FRA, none); the DRC and the M23 are named "
            "only as the parties of the Declaration ('a Declaration of Principles between'), "
            "and the gold gives a mediator no recipient for the parties it mediates between, "
            "ACCORD-NEWS-022 ('Qatar has mediated between Russia and Ukraine': CONSULT QAT, "
            "none), a's own precedent for mediation; mode none, as the mediator's acts in the "
            "development gold (ACCORD-NEWS-022, HO26Q-056, HO27B-023, HO26D-016: CONSULT, no "
            "mode) and CAMEO 045 ('Engage in mediation': CONSULT with no mode, "
            "CAMEO2PLOVER-2021); third-party is the gold's mode where the parties that meet are "
            "the actor, HO26-001 and HO26B-055; the signing itself is the parties' act, "
            "SUPPORT, as HO28H-014 codes the Doha Framework's signing (SUPPORT COD)",
        },
        "HO28Y-048": {
            "event": "AGREE",
            "mode": None,
            "source": ["QAT"],
            "target": ["COD"],
            "follows": "b",
            "reason": "the governing verb is 'has introduced a preliminary peace agreement to' "
            'the parties, a draft put to them, an offer: docs/event-coding.md (\'"submit" with '
            "a direct object is an offer (AGREE) ... \"a draft on the exploitation of Ukraine's "
            "raw materials to the U.S.\": the U.S.'), as ACCORD-SEED-045 (submitted a final "
            "draft agreement to the U.S.: AGREE UKR -> USA), HO27R-035 ('has put forward a "
            "proposal': AGREE RUS) and ACCORD-FRESH-004 (offered a truce: AGREE RUS -> UKR); "
            "'as a continuation of the ongoing Doha-led mediation initiative' says why, and the "
            "act the verb reports is the offer, not a meeting (a's CONSULT third-party is the "
            "mode of a meeting between two actors hosted by a third, in the PLOVER codebook); "
            "recipient COD for the DRC and the M23 coded by their country, as both annotators "
            "and HO28H-014",
        },
    },
    modes_taken={
        "HO28Y-030": (
            None,
            "b's none taken (a 'third-party'): CAMEO 045 ('Engage in mediation') is CONSULT "
            "with no mode in CAMEO2PLOVER-2021, and the development gold codes every act of a "
            "mediator as the source with no mode: HO26Q-056 ('The indirect talks were mediated "
            "by al-Busaidi': CONSULT OMN, none), this sentence's twin, and ACCORD-NEWS-022, "
            "a's own precedent ('Qatar has mediated': CONSULT QAT, none), HO27B-023 and "
            "HO26D-016; it gives third-party (the PLOVER codebook's 'A meeting between two "
            "actors is hosted by a third actor') only where the parties that meet are the "
            "actor, HO26-001 (negotiations between Pakistan and Afghanistan 'mediated by' "
            "Qatar and Türkiye: CONSULT third-party PAK+AFG) and HO26B-055; a's mode with "
            "the mediator as the actor contradicts the precedent a cites",
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
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s36" not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    compared = [*others, *(p for p in SIBLINGS if p.exists())]
    which = ("session 36, third set", SCOPE, f"{OUT}/")
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
