"""Assemble session 43's third held-out event set (news-heldout-s43c.json, HO29T) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (its ``build_event_set``, which reads b's labels under
``annotations.b``) and session 18's DOCUMENT comment dated this set's day, as the third sets of
sessions 21, 28, 31, 34, 37 and 40 were built. Run from the repository root with PYTHONPATH=src.
It runs no coder: it copies labels, leaves out the sentences another gold file or the session's
other sets hold in other words, applies the adjudicator's decisions below, checks the new file
against every other gold file and against the other sets' sentence files, and computes agreement.
"""

import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s43/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s43c/build")
EVENTS = NEWS / "news-heldout-s43c.json"
# The day this set was built; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-07"
# The CHECK files of session 43 (the declaration, docs/data/heldout-2026-12-07-s43/declared.md:
# the sets of sessions 41 and 42, pooled). Never opened here; only their names are compared, so
# that no reason may cite them; the build's duplicate checks read their strings in memory.
CHECK_FILES = {
    "news-heldout-s41.json",
    "news-heldout-s41b.json",
    "news-heldout-s41c.json",
    "news-heldout-s42.json",
    "news-heldout-s42b.json",
    "news-heldout-s42c.json",
    "evidence-heldout-s41.jsonl",
    "evidence-heldout-s42.jsonl",
}
# This session's sets (HO29R, HO29S, HO29T, EVH43): none is a development file for another.
SESSION = "heldout-s43"
# The other sets of the session, built at the same time by another adjudicator on another branch:
# their sentence files are compared with this set's as strings (pages, first 60 characters and
# the near-duplicate rule); nothing else of their folders is read.
SIBLING_SENTENCES = [
    Path("/work/coord/s43/heldout/events-sentences.json"),
    Path("/work/coord/s43/heldout2/events-sentences.json"),
    Path("/work/coord/s43/heldout/evidence-sentences.jsonl"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than by region, at the same time "
    "as the session's first two sets: missile tests (North Korea, Pakistan's Abdali launch), "
    "OPEC+ production decisions and a denial, relief teams and aid after the Myanmar and "
    "Afghanistan earthquakes, arrests of opposition figures and clerics (Tanzania, Armenia, "
    "Turkey's Istanbul mayor), internet and social media bans and their reversal (Nepal, "
    "Turkey, Gabon), anti-corruption seizures, investigations and asset freezes (Bangladesh, "
    "Sri Lanka, the Philippines), strikes and fuel-price protests (New Zealand, Gabon, "
    "Argentina, India, Angola), border talks and treaties (India with China and Nepal, "
    "Kyrgyzstan and Tajikistan), political prisoners freed in Belarus and US sanctions relief "
    "promised, and the detention of Zion Church pastors in China"
)

# An annotator's note that quotes the first 60 characters of another gold file's sentence, put
# in other words (the gold may not quote another gold file; session 39's third set's fix): b's
# note on HO29T-050 quoted the opening of HO28M-001, which ``hb.write_gold`` refused.
NOTE_FIXES: dict[tuple[str, str], tuple[str, str]] = {
    ("HO29T-050", "b"): (
        "('Eight major oil-producing countries within the OPEC+ alliance have agreed to "
        "increase': AGREE IGO)",
        "(eight OPEC+ countries that agreed to raise output: AGREE IGO)",
    ),
}

# The rule a mode-only decision would apply (the third sets of sessions 28 to 40): where a and b
# differ only in mode, the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands against a
# null, unless the PLOVER 2.0 manual codes the act otherwise; where both give a mode, the
# development gold's practice decides. This set has no mode-only difference.
DOMESTIC = (
    "docs/event-coding.md writes the gold standard's domestic convention: 'A protest, coercive "
    "or violent act (not sanctions) with no named recipient gets the source's own state as "
    "target'; the development gold codes a domestic person or body acted on, named in the "
    "sentence with or without a state, with the source's own state as recipient"
)
EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29T-007": {
            "event": "AID",
            "mode": None,
            "source": ["RUS"],
            "target": [],
            "follows": "b",
            "reason": (
                "two clauses with verbs of their own: Russia's emergencies ministry 'sent two "
                "rescue aircraft and 120 personnel', and a 'while' clause in which the Indian Air "
                "Force 'transported aid supplies to Yangon'; the gold has one event a sentence, "
                "the governing verb's, the first (docs/event-coding.md: 'A sentence can yield "
                "several events; they are returned with the governing verb's first'), as the "
                "adjudicated HO28B-015 (Wang Yi praised the agreement 'while' Trump also praised "
                "it: SUPPORT CHN only), HO26B-054 and HO27N-027 (the 'while' clause's actor left "
                "out); several sources share one event only as members of one subject; 'to "
                "Yangon' belongs to the Indian clause, so Russia's dispatch names no recipient, "
                "as HO26H-021 codes the same dispatch (AID RUS, none)"
            ),
        },
        "HO29T-012": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["BGD"],
            "target": ["BGD"],
            "follows": "b",
            "reason": (
                "Bangladesh's Anti-Corruption Commission ordered the seizure of a named former "
                "minister's aide's assets: COERCE seize (an order coded by its content) on a "
                "domestic person; "
                + DOMESTIC
                + ": HO26M-005 (authorities seized the company of the detained Istanbul mayor: "
                "COERCE seize TUR -> TUR), HO26Z-038 (the rapper Aamron arrested: TGO -> TGO), "
                "HO27W-013 (opera singer Paata Burchuladze: GEO -> GEO); the gold leaves the "
                "recipient empty for counts of unnamed people (HO26L-019, '12 people were "
                "detained') and foreign ships (HO27G-042), which this sentence does not have"
            ),
        },
        "HO29T-013": {
            "event": "ACCUSE",
            "mode": "investigate",
            "source": ["LKA"],
            "target": ["LKA"],
            "follows": "b",
            "reason": (
                "an investigation opened by Sri Lanka's police into the assets of 28 "
                "politicians, 'current Members of Parliament and prominent ministers of the "
                "previous government': the persons investigated are named as the state's own "
                "legislators and ministers, so the recipient is that state, as HO26N-059 "
                "(Romanian prosecutors calling Georgescu to hearings: ACCUSE investigate ROU -> "
                "ROU); the gold leaves the recipient empty where the investigation names no one "
                "(HO26O-023, the clashes; HO27Y-040, unnamed acts); the 'by' agent is the "
                "passive's source (type, mode and source as both annotators)"
            ),
        },
        "HO29T-018": {
            "event": "REJECT",
            "mode": None,
            "source": ["AGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "the governing verb is 'has dismissed concerns': dismissing concerns or a claim "
                "is REJECT, as the development gold codes the same president's 'dismissed "
                "concerns over fuel prices, asserting Angola's prices remain low' (HO26Q-045: "
                "REJECT AGO, none) and HO28N-040 (Asif dismissed Kabul's claim: REJECT); the "
                "'stating that' clause is the reason he gives, an -ing clause after the main "
                "verb, not the sentence's event (the gold has one event, the governing verb's: "
                "docs/event-coding.md, 'A sentence can yield several events'); whose concerns is "
                "not named, so no recipient"
            ),
        },
        "HO29T-020": {
            "event": "AGREE",
            "mode": None,
            "source": ["NPL"],
            "target": ["IND"],
            "follows": "b",
            "reason": (
                "talks set for a later day (the Boundary Working Group's meeting 'scheduled from "
                "July 27 to 29') are an intent to meet, AGREE (CAMEO 036), as both annotators; "
                "the meeting is held 'in New Delhi', the capital of one participant, and "
                "docs/event-coding.md codes meetings by the PLOVER manual: 'a meeting in one "
                "participant's country is hosted by it' (Scholz meeting Tusk in Berlin: POL -> "
                "DEU); the development gold applies it to a meeting still to come, the "
                "adjudicated HO27Q-040 (a summit set in Washington: AGREE ARM+AZE -> USA); both "
                "as sources is for a venue of neither party, HO29K-007 (talks in Oman: AGREE "
                "IRN+USA, none)"
            ),
        },
        "HO29T-023": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "the sentence's subject is an analyst ('He said'), and what he says is a reading "
                "of the test's intent, a comment (CAMEO 01 codes nothing: docs/event-coding.md); "
                "'the test' is an event noun whose doer the sentence does not name, and "
                "docs/event-coding.md codes event nouns 'only with a light verb ... or their "
                "parties', 'never as a topic or background', and writes 'An event has a "
                "source' (Gold conventions: an act whose doer the sentence does not name is no "
                "event); b's precedent HO28Q-029 (a strike called 'a message to' Syria's "
                "president) names the striker in its attribution, the Israeli military, which "
                "this sentence does not; India's threat stands in an 'after' "
                "clause inside the analyst's explanation, background to his reading (a notes "
                "THREATEN IND as arguable; no annotator codes it); the same launch is coded in "
                "HO29T-021 and HO29T-022"
            ),
        },
        "HO29T-025": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["ARM"],
            "target": ["ARM"],
            "follows": "b",
            "reason": (
                "authorities arrested Archbishop Bagrat Galstanyan: COERCE arrest; "
                + DOMESTIC
                + ": HO26L-040 codes this very arrest ('Armenian authorities ... arrested a "
                "prominent Christian cleric, Archbishop Bagrat Galstanyan': COERCE arrest ARM -> "
                "ARM), as HO26Z-038 and HO27W-013 (named persons with no state given: the "
                "source's state as recipient)"
            ),
        },
        "HO29T-029": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["TUR"],
            "target": ["TUR"],
            "follows": "b",
            "reason": (
                "police raided 'his residence' and 'detained him for questioning': COERCE arrest "
                "(both annotators take the police's state, Turkey, from the page); the detained "
                "man, Istanbul's mayor by the page, is a domestic person; "
                + DOMESTIC
                + ": the development gold codes this detention TUR -> TUR (HO26D-049, HO26N-019, "
                "HO26R-009); a pronoun's referent is read from the page as the unplaced "
                "police are (docs/event-coding.md, 'The document's home country')"
            ),
        },
        "HO29T-034": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["KGZ", "TJK"],
            "target": [],
            "follows": "b",
            "reason": (
                "the two states 'reached a historic agreement, finalizing their state border "
                "alignment ... and signing the final border delimitation protocol': an "
                "agreement concluded and signed, CAMEO 057, which the CAMEO->PLOVER table maps "
                "to SUPPORT (PLOVER manual 3.3: to sign or finalize an agreement; AGREE is for "
                "promises and intentions), as the adjudicated HO27F-042 and HO27F-044 (deals "
                "concluded: SUPPORT) and HO26L-011 (the same two states signing their border "
                "treaty: SUPPORT KGZ+TJK, none); a's HO27J-043 is an agreement to do something "
                "later (to release detainees), not one finalized and signed; all parties as "
                "actor and no recipient, as both annotators"
            ),
        },
        "HO29T-043": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "Tsikhanouskaya said the release 'covered only 4%' of the political prisoners "
                "and 'did not signal any real change of policy': a verb of saying is ACCUSE "
                "only 'for a verb of saying whose reported clause judges an act harmful or "
                "wrong' (docs/event-coding.md), and a reported clause that judges nothing is a "
                "statement, CAMEO 01, no event (docs/event-coding.md, 'X said Y attacked Z'); "
                "a share and what the release does not signal are an assessment, no word of "
                "wrong-doing, unlike HO29J-002 (her words 'the regime is using cigarette "
                "smuggling as a tool of hybrid aggression': ACCUSE BLR -> BLR); a close call, "
                "b names a's reading as the other"
            ),
        },
        "HO29T-044": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["CHN"],
            "target": ["CHN"],
            "follows": "b",
            "reason": (
                "police in Beihai barred lawyers from meeting detained church members: COERCE "
                "restrict on domestic persons; "
                + DOMESTIC
                + ": HO27Y-043 (an opposition leader's home surrounded by police: COERCE "
                "restrict UGA -> UGA), HO28Q-033 (civil society organizations restricted: UGA -> "
                "UGA), HO26O-055 (eight employees of a media outlet detained: KGZ -> KGZ); an "
                "empty recipient is the gold's for measures on the public at large (internet "
                "shutdowns, roads, borders: HO26L-056, HO27Y-012), which this is not"
            ),
        },
        "HO29T-046": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["CHN"],
            "target": ["CHN"],
            "follows": "b",
            "reason": (
                "authorities sealed church properties and confiscated assets: COERCE seize of a "
                "domestic body's property; "
                + DOMESTIC
                + ": HO26Z-020 ('authorities raided the Brotherhood's office': COERCE seize JOR "
                "-> JOR), HO27Y-021 (police surrounded and searched the Brotherhood's "
                "headquarters: JOR -> JOR), HO26M-005 (TUR -> TUR); the source from the page as "
                "both annotators"
            ),
        },
        "HO29T-048": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["PHL"],
            "target": ["PHL"],
            "follows": "b",
            "reason": (
                "the Anti-Money Laundering Council froze assets 'with the latest order targeting "
                "contractors connected to the scandal': COERCE seize of domestic persons' "
                "assets, the targets named by their role; "
                + DOMESTIC
                + ": HO26M-005 (a company's assets seized: TUR -> TUR), HO28Q-012 (16 "
                "individuals arrested over links to the Brotherhood: JOR -> JOR); the source "
                "from the page as both annotators"
            ),
        },
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
    own = [f"HO29T-{n:03d}" for n in range(1, 51)]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 43, third set", SCOPE, f"{OUT}/"),
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
