"""Assemble session 37's third held-out event set (news-heldout-s37c.json, HO29B) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (its ``build_event_set``, which reads b's labels under
``annotations.b``) and session 18's DOCUMENT comment dated this set's day, as the third sets of
sessions 21, 28, 31 and 34 were built. Run from the repository root with PYTHONPATH=src. It runs no
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

IN = Path("/work/coord/s37/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s37c/build")
EVENTS = NEWS / "news-heldout-s37c.json"
# The day this set was built; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-06"
# The CHECK files of session 37 (the declaration, docs/data/heldout-2026-12-06-s37/declared.md:
# the sets of sessions 35 and 36, pooled). Never opened here; only their names are compared, so
# that no reason may cite them; the build's duplicate checks read their strings in memory.
CHECK_FILES = {
    "news-heldout-s35.json",
    "news-heldout-s35b.json",
    "news-heldout-s35c.json",
    "news-heldout-s36.json",
    "news-heldout-s36b.json",
    "news-heldout-s36c.json",
    "evidence-heldout-s35.jsonl",
    "evidence-heldout-s36.jsonl",
}
# This session's sets (HO28Z, HO29A, HO29B, EVH37): none is a development file for another.
SESSION = "heldout-s37"
# The other sets of the session, built at the same time by another adjudicator on another branch:
# their sentence files are compared with this set's as strings (pages, first 60 characters and
# the near-duplicate rule); nothing else of their folders is read.
SIBLING_SENTENCES = [
    Path("/work/coord/s37/heldout/events-sentences.json"),
    Path("/work/coord/s37/heldout2/events-sentences.json"),
    Path("/work/coord/s37/heldout/evidence-sentences.jsonl"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than by region, at the same time "
    "as the session's first two sets: sanctions lifted, eased or kept (Syria, Belarus), arms "
    "sales and weapons deliveries (Taiwan), free-trade agreements (India and the EU, China and "
    "the Gulf countries), recognition of the Palestinian state, drone strikes (southern "
    "Lebanon), attacks on energy infrastructure (Port Sudan, Ukraine's grid), espionage "
    "arrests and diplomats expelled (Russia and Britain, Russia and Moldova, the Philippines "
    "and China), water sharing and river disputes (the Indus Waters Treaty), climate finance "
    "and climate talks (COP30, Bonn), state visits and summit agreements (Trump and Xi, "
    "Azerbaijan and the US)"
)

# The rule a mode-only decision applies (the third sets of sessions 28, 31 and 34; this set has
# none: a and b differ in mode only where they differ in type too, HO29B-022): where a
# and b differ only in mode, the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands
# against a null, unless the PLOVER 2.0 manual (which the gold follows first, docs/event-coding.md,
# "Gold conventions") codes the act otherwise; where the table gives the act no mode of the
# gold's type, the development gold's practice for the act decides.
EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29B-012": {
            "event": "REQUEST",
            "mode": None,
            "source": ["CHN"],
            "target": [],
            "follows": "b",
            "reason": (
                "China's foreign minister 'urged Gulf countries Monday to seal an agreement': "
                "REQUEST CHN as both annotators; 'Gulf countries' names no state and no "
                "organisation: docs/event-coding.md (session 8's actor bullets, lines 70-72) "
                "gives 'the Gulf states' (no fixed list) as no bloc and only the GCC as an "
                "organisation, and the sentence does not name the GCC; the development gold "
                "gives a call on unnamed neighbouring countries no recipient, HO27X-030 "
                "(Afghanistan's refugee minister called on neighboring countries to halt "
                "deportations: REQUEST AFG -> none), and the named states where the sentence "
                "names them, HO28D-022 (the same call naming Pakistan and Iran: AFG -> PAK, "
                "IRN); a's IGO reads the GCC into a phrase that does not name it"
            ),
        },
        "HO29B-013": {
            "event": "AGREE",
            "mode": None,
            "source": ["IND", "IGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "Modi announced that India 'has secured a free trade agreement (FTA) with the "
                "EU': the conclusion of negotiations, the text to be signed later (both "
                "annotators' notes: the page says so; a gives AGREE as its alternative for that "
                "reason); the development gold codes negotiations finalised on a text still to "
                "be signed AGREE, HO28G-049 (adjudicated: Indonesia and the EU finalised "
                "negotiations on a trade agreement: AGREE IDN+IGO, 'a text agreed by both "
                "parties and still to be signed'), HO27B-003 (adjudicated: a new agreement "
                "finalised, to be signed in coming weeks: AGREE AUS+VUT) and HO28G-050 (a "
                "political agreement aimed at concluding a trade deal: AGREE IGO+IDN), and "
                "SUPPORT where a deal is signed or reported made with no signing to come, "
                "HO28P-048 and HO28S-042 (a's precedent); the PLOVER 2.0 manual's AGREE covers "
                "'promises to sign or ratify agreements' (3.1), its SUPPORT to 'ratify, sign, "
                "or finalize an agreement' (3.3); both parties as actor and no recipient, the "
                "EU IGO, as both annotators and HO28G-007 (the same agreement forecast: AGREE "
                "IND+IGO)"
            ),
        },
        "HO29B-022": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "the main clause, 'At least three people were killed in a drone strike in "
                "southern Lebanon', names no doer, and the development gold gives such a strike "
                "no event (docs/event-coding.md, 'An event has a source'), as HO28B-007 "
                "(adjudicated: peacekeepers killed when drones struck their base: NONE) and "
                "HO28D-033 (killed in an attack whose author is unnamed: NONE); the Israeli "
                "military's attacks are the act of the 'a day after' clause, a day earlier "
                "and not said to be this strike, and the development gold does not code the act "
                "of such a clause as the sentence's event: ACCORD-FRESH-005 (resolution: the "
                "rejection in the 'a day after' clause is background: NONE), HO26E-015 (a "
                "missile fired, coded; the IDF strike of its 'days after' clause not coded) "
                "and HO26S-022 (a detention, coded; the raid of its 'a day after' clause not "
                "coded); a's ASSAULT ISR reads the strike's doer from the earlier attacks, "
                "which the sentence does not say"
            ),
        },
        "HO29B-043": {
            "event": "AGREE",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "'at COP30 in Belem, Brazil, countries reached an agreement aimed at enhancing "
                "climate finance': the countries are the parties of the UN climate conference, "
                "named by where they act, not an unnamed doer; the development gold codes the "
                "same conference's finance outcome AGREE IGO with no recipient, HO28P-017 "
                "(delegates at COP30 agreed to step up climate finance: AGREE IGO, both "
                "annotators: 'a collective commitment of a UN conference'); a's precedents "
                "HO28E-043 and HO27D-010 are unnamed rights groups, speakers of no body, and "
                "the practice 'An event has a source' (docs/event-coding.md) is for an act "
                "whose doer the sentence does not name at all; Brazil is the place"
            ),
        },
        "HO29B-046": {
            "event": "AGREE",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "'Parties ... managed to scrape to a conclusion on the GGA': the Parties "
                "(capitalised: those of the UN climate convention, at the Bonn session the page "
                "reports) reached agreed conclusions on the Global Goal on Adaptation, an "
                "agreement reached, AGREE; the parties acting together at UN climate talks are "
                "IGO with no recipient, as HO28P-017 (delegates at COP30 agreed: AGREE IGO) and "
                "HO29B-043 of this set (decided the same way); a's NONE rests on the generic "
                "doer of HO29B-043, which does not hold there either; 'developing countries' "
                "(whose efforts and compromise helped) names no state, as b"
            ),
        },
    },
    modes_kept={},
    modes_taken={},
)


# A note of b's that quotes a development sentence's first 60 characters (the held-out tests
# refuse a file that quotes another gold file's sentence): the quotation elided, b's words kept,
# as the s29 build did (its NOTE_FIXES and correct).
NOTE_FIXES = {
    "HO29B-014": (
        "(Hussein described the agreement as the first formal framework: NONE)",
        "(Hussein described the agreement as 'the first formal framework' for water: NONE)",
    )
}


def correct(record: dict[str, Any]) -> dict[str, Any]:
    """A record with ``NOTE_FIXES`` applied to b's note (labels untouched)."""
    fix = NOTE_FIXES.get(record["id"])
    if fix is None or "b" not in record["annotations"]:
        return record
    note = record["annotations"]["b"]["note"]
    if note.count(fix[0]) != 1:
        raise hb.BuildError(f"{record['id']}: the note to correct is not b's")
    b = {**record["annotations"]["b"], "note": note.replace(fix[0], fix[1])}
    return {**record, "annotations": {**record["annotations"], "b": b}}


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [f"HO29B-{n:03d}" for n in range(1, 51)]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 37, third set", SCOPE, f"{OUT}/"),
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
