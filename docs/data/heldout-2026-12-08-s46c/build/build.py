"""Assemble session 46's third held-out event set (news-heldout-s46c.json, HO30C) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (its ``build_event_set``, which reads b's labels under
``annotations.b``) and session 18's DOCUMENT comment dated this set's day, as the third sets of
sessions 21 to 43 were built. Run from the repository root with PYTHONPATH=src. It runs no
coder: it copies labels, leaves out the sentences another gold file or the session's other sets
hold in other words, applies the adjudicator's decisions below, checks the new file against
every other gold file and against the other sets' sentence files, and computes agreement.
"""

import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s46/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-08-s46c/build")
EVENTS = NEWS / "news-heldout-s46c.json"
# The day this set was built; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-08"
# The CHECK files of session 46 (the declaration, docs/data/heldout-2026-12-08-s46/declared.md:
# the sets of sessions 44 and 45, pooled). Never opened here; only their names are compared, so
# that no reason may cite them; the build's duplicate checks read their strings in memory.
CHECK_FILES = {
    "news-heldout-s44.json",
    "news-heldout-s44b.json",
    "news-heldout-s44c.json",
    "news-heldout-s45.json",
    "news-heldout-s45b.json",
    "news-heldout-s45c.json",
    "evidence-heldout-s44.jsonl",
    "evidence-heldout-s45.jsonl",
}
# This session's sets (HO30A, HO30B, HO30C, EVH46): none is a development file for another.
SESSION = "heldout-s46"
# The other sets of the session, built at the same time by another adjudicator on another branch:
# their sentence files are compared with this set's as strings (pages, first 60 characters and
# the near-duplicate rule); nothing else of their folders is read.
SIBLING_SENTENCES = [
    Path("/work/coord/s46/heldout/events-sentences.json"),
    Path("/work/coord/s46/heldout2/events-sentences.json"),
    Path("/work/coord/s46/heldout/evidence-sentences.jsonl"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than by region, at the same time "
    "as the session's first two sets: naval blockades and port access (the Houthis' blockade "
    "of Haifa, the US blockade of sanctioned Venezuelan tankers, the Panama ports sale), "
    "nuclear enrichment and tests (the IAEA on Iran's stockpile, the call to resume US nuclear "
    "testing and Russia's answer), shelling across the Pakistan-Afghanistan border, regional "
    "blocs' statements (the GCC on Iran's and Israel's strikes on Qatar and on the three "
    "islands, ASEAN on the Thai-Cambodian border, the African Union on Madagascar), data-privacy "
    "bans on a foreign firm's app (DeepSeek), disputed reefs and islands (Scarborough Shoal, the "
    "Senkaku islands), a prisoner exchange, air defence delivered to Ukraine, sovereign wealth "
    "funds' pledges, and Hong Kong's measures against activists abroad"
)

# An annotator's note that quotes the first 60 characters of another gold file's sentence, put
# in other words (the gold may not quote another gold file; session 39's third set's fix).
NOTE_FIXES: dict[tuple[str, str], tuple[str, str]] = {}

# The rule a mode-only decision applies (the third sets of sessions 28 to 43): where a and b
# differ only in mode, the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands against a
# null, unless the PLOVER 2.0 manual or a convention of docs/event-coding.md codes the act
# otherwise; where both give a mode, the development gold's practice decides.
DOMESTIC = (
    "docs/event-coding.md writes the gold standard's domestic convention: 'A protest, coercive "
    "or violent act (not sanctions) with no named recipient gets the source's own state as "
    "target'"
)
NO_OWNER = (
    "the sentence does not name whose act is judged, and the development gold gives a judged "
    "act whose owner stands only in the report's context no recipient: HO27D-029 (adjudicated: "
    "the minister 'called the move an act of water warfare', India only in the context: ACCUSE "
    "PAK, none), HO28Y-021 ('called the move unilateral and legally baseless': ACCUSE MEX, "
    "none), HO28B-026 ('condemned the missile strike, calling it a violation of sovereignty': "
    "ACCUSE QAT, none) and HO26Q-026; docs/event-coding.md writes the same for a condemned "
    "attack ('with no attacker named there is no recipient') and for a warning ('a judged act "
    "with no actor named, which the gold codes ACCUSE with no recipient')"
)
EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO30C-010": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "GCC leaders called for an urgent meeting of the Joint Defence Council, the "
                "bloc's own organ: a body convening its own organ or meeting acts on no other "
                "party, and the development gold codes that no event, HO27C-043 (a national "
                "security commission convened an emergency meeting: NONE), HO27N-022 (the "
                "OSCE's Ministerial Council will convene: NONE) and HO28E-024 (a cabinet "
                "convened to discuss disarming Hezbollah: NONE); REQUEST meet in the gold asks "
                "another party for a meeting, HO26V-012 (Cambodia requested a UN Security "
                "Council meeting: KHM -> IGO) and HO28I-005 (Poland will ask NATO to invoke "
                "Article 4: POL -> IGO), which this call does not; the bloc as both the caller "
                "and the one called on would be source and target the same actor; Israel's "
                "aggression is the background of the assessment (b's own alternative reading, "
                "as HO27C-043); a close call, both annotators name the other reading"
            ),
        },
        "HO30C-015": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "two members of Congress plan to introduce a bill to ban DeepSeek's chatbot from "
                "government devices: docs/event-coding.md makes an intended act AGREE only "
                "where it is cooperative ('an intended cooperative act ... becomes AGREE and an "
                "intended or possible hostile one ... THREATEN'), and a ban is no cooperation; "
                "its object is a private company, which "
                "session 46's convention makes no actor ('A privately owned company has no "
                "code, whatever its nationality or a demonym beside it'), so the plan names no "
                "other party; a step of lawmaking at home, as the development gold codes "
                "legislation advanced to regulate a platform, HO29T-033 (Kenya's parliament "
                "advances legislation to regulate TikTok: NONE); the ban itself, where it is "
                "done, is coded as the act (HO30C-014); a close call, a names NONE as arguable"
            ),
        },
        "HO30C-018": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["JPN"],
            "target": [],
            "follows": "b",
            "reason": (
                "Japan lodged a protest 'over the territorial waters intrusion', calling the "
                "move a violation of sovereignty: ACCUSE disapprove (both annotators); the "
                "intruder, China's coast guard, stands only in the page's earlier text; "
                + NO_OWNER
                + "; a protest gets the intruder as recipient where the sentence names it, "
                "HO28D-018 ('an intrusion of four Chinese coast guard ships': JPN -> CHN) and "
                "HO28B-011 ('a formal protest with North Korea')"
            ),
        },
        "HO30C-027": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["RUS"],
            "target": ["USA"],
            "follows": "a",
            "reason": (
                "Zakharova 'said the remarks had raised serious concerns and demanded an "
                "official explanation from Washington': two coordinated predicates, and the gold "
                "has one event, the governing verb's first (docs/event-coding.md: 'A sentence "
                "can yield several events; they are returned with the governing verb's "
                "first'); the first reports concern over the other party's remarks, ACCUSE "
                "disapprove (docs/event-coding.md: 'concern expressed or voiced over / about / "
                "at something is ACCUSE disapprove'); the development gold codes a stated "
                "disapproval followed by a demand of a named party ACCUSE with that party as "
                "recipient, HO28I-010 (China 'said it was deeply shocked by the developments "
                "and urged Washington to halt violations': ACCUSE CHN -> USA) and HO27C-044 "
                "(adjudicated: concerns expressed, 'urging Belarus': ACCUSE LTU -> BLR), as "
                "HO26Q-048 (deep concern, then a call: ACCUSE); b's reading of concern and "
                "demand as one stance is the coordinated requests' rule (ACCORD-FRESH-009), "
                "which needs two requests; source and recipient as both annotators"
            ),
        },
        "HO30C-037": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["CHN"],
            "target": [],
            "follows": "a",
            "reason": (
                "Hong Kong's government cancelled the passports of 12 activists based overseas "
                "and barred dealings with 16 'absconders': COERCE restrict (both annotators), "
                "Hong Kong coded CHN (HO29O-038); the persons are counts of unnamed people, and "
                "the development gold codes a state's withdrawal of such people's citizenship or "
                "documents with no recipient, HO26M-045 (Kuwait revoked the citizenship of "
                "nearly 50,000 people: KWT, none), HO28M-048 (the citizenship of nine "
                "individuals revoked: KWT, none) and HO28M-050 (a number of cases: KWT, none), "
                "as it codes '12 people were detained' (HO26L-019: BOL, none); "
                + DOMESTIC
                + ", and the development gold applies it to named persons and bodies, as b's "
                "HO29O-038 (Jimmy Lai) and HO29T-044 (lawyers and church members of one named "
                "church, adjudicated), which this sentence does not name"
            ),
        },
        "HO30C-038": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "Rubio 'called the actions transnational repression': a characterising verb "
                "whose predicate condemns, ACCUSE disapprove (both annotators); the actions' "
                "author, Hong Kong's government, stands only in the page's earlier text; "
                + NO_OWNER
                + "; the recipient is given where the sentence names the act's author, "
                "HO29K-031 ('the United States' decision ..., calling the move unfair': IND -> "
                "USA)"
            ),
        },
        "HO30C-048": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["MDG"],
            "target": ["MDG"],
            "follows": "a",
            "reason": (
                "Randrianirina suspended 'all constitutional institutions, including the senate, "
                "the constitutional court, and the electoral commission': a suspension of "
                "political life at home, COERCE restrict (docs/event-coding.md, 'What is "
                "suspended decides COERCE or SANCTION'; both annotators), done to named domestic "
                "bodies; "
                + DOMESTIC
                + "; the development gold codes a junta's act against named domestic bodies of "
                "the state with its own state as recipient, HO27Y-030 (adjudicated: the "
                "National Electoral Commission dissolved: BFA -> BFA, 'the domestic convention "
                "gives the actor's own state as recipient where the target is a named domestic "
                "body') and HO28K-001 (the same colonel 'dissolving all institutions except the "
                "lower house': MDG -> MDG); b's HO29E-030 (the same suspension told of the "
                "CAPSAT unit: MDG, none) is the one record coded otherwise, unadjudicated; the "
                "gold leaves the recipient empty for a suspended process with no body named, "
                "HO26G-005 and HO28A-021 (the electoral process suspended); a close call"
            ),
        },
    },
    modes_taken={
        "HO30C-032": (
            "meet",
            "b's 'meet' taken (a null): the Council called on Tehran to respond to the UAE's "
            "efforts to resolve the dispute through direct negotiations or the International "
            "Court of Justice, a demand that a party settle a dispute or negotiate, CAMEO 106 "
            "and 107, which CAMEO2PLOVER-2021 maps to REQUEST meet ('Demand meeting, "
            "negotiation', 'Demand settling of dispute'); the development gold gives calls "
            "for negotiation that mode, HO26S-042 (the Security Council called for the "
            "parties to engage in negotiations: REQUEST meet), HO26O-008 and HO28S-020 "
            "(adjudicated: a dialogue proposed: meet); the table's mode stands against a null",
        ),
        "HO30C-033": (
            "meet",
            "b's 'meet' taken (a null): the statement 'called on Iran to hold talks on the "
            "issue', a demand for negotiation, CAMEO 106, REQUEST meet in CAMEO2PLOVER-2021, "
            "as the development gold codes HO26S-042 (negotiations called for: meet) and "
            "HO26V-012 (a meeting requested: meet); the table's mode stands against a null, "
            "and HO30C-032, the same bloc's call on Iran over the islands, takes it too",
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
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [f"HO30C-{n:03d}" for n in range(1, 51)]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 46, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLING_SENTENCES],
        hb.dated(s19.s18.document_comment, DAY),
        correct,
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
