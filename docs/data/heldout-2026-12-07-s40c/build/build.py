"""Assemble session 40's third held-out event set (news-heldout-s40c.json, HO29K) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (its ``build_event_set``, which reads b's labels under
``annotations.b``) and session 18's DOCUMENT comment dated this set's day, as the third sets of
sessions 21, 28, 31, 34 and 37 were built. Run from the repository root with PYTHONPATH=src. It
runs no coder: it copies labels, leaves out the sentences another gold file or the session's
other sets hold in other words, applies the adjudicator's decisions below, checks the new file
against every other gold file and against the other sets' sentence files, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s40/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s40c/build")
EVENTS = NEWS / "news-heldout-s40c.json"
# The day this set was built; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-07"
# The CHECK files of session 40 (the declaration, docs/data/heldout-2026-12-07-s40/declared.md:
# the sets of sessions 38 and 39, pooled). Never opened here; only their names are compared, so
# that no reason may cite them; the build's duplicate checks read their strings in memory.
CHECK_FILES = {
    "news-heldout-s38.json",
    "news-heldout-s38b.json",
    "news-heldout-s38c.json",
    "news-heldout-s39.json",
    "news-heldout-s39b.json",
    "news-heldout-s39c.json",
    "evidence-heldout-s38.jsonl",
    "evidence-heldout-s39.jsonl",
}
# This session's sets (HO29I, HO29J, HO29K, EVH40): none is a development file for another.
SESSION = "heldout-s40"
# The other sets of the session, built at the same time by another adjudicator on another branch:
# their sentence files are compared with this set's as strings (pages, first 60 characters and
# the near-duplicate rule); nothing else of their folders is read.
SIBLING_SENTENCES = [
    Path("/work/coord/s40/heldout/events-sentences.json"),
    Path("/work/coord/s40/heldout2/events-sentences.json"),
    Path("/work/coord/s40/heldout/evidence-sentences.jsonl"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than by region, at the same time "
    "as the session's first two sets: troop withdrawals and base closures (France from Ivory "
    "Coast, Chad and Senegal, the US drawdown in Syria), nuclear talks and arms control (Iran "
    "and the US in Oman, New START), tariffs and trade retaliation (the US and India), entry "
    "bans and visa revocations (the US travel proclamation and Mali's and Burkina Faso's "
    "reply, Brazil's justices), naval deployments, port calls and drills (a US carrier in the "
    "Red Sea, Indian ships in Vietnam, the Philippines and Mauritius, China in the Tasman "
    "Sea), cuts and halts of aid (the US, the UK, the Netherlands), arrest warrants and "
    "rulings of international courts (the ICC and the Taliban's leaders, the ICJ and Sudan's "
    "case against the UAE), walkouts, boycotts and absences (the UN General Assembly, the "
    "Speakers' conference in Geneva, the Johannesburg G20), hostages and detainees released "
    "(kidnapped men freed in Mali, a French tourist held in Iran, the Galaxy Leader crew) and "
    "minority language rights between Hungary and Ukraine"
)

# The rule a mode-only decision applies (the third sets of sessions 28, 31, 34 and 37): where a
# and b differ only in mode, the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands
# against a null, unless the PLOVER 2.0 manual (which the gold follows first, docs/event-coding.md,
# "Gold conventions") codes the act otherwise; where the table gives the act no mode of the
# gold's type, or a and b each give a mode, the development gold's practice for the act decides.
EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29K-006": {
            "event": "AGREE",
            "mode": None,
            "source": ["IRN", "USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "the negotiations between Iran and the United States 'will return Saturday' to "
                "Oman: talks announced for a later day are an intent to negotiate, AGREE (CAMEO "
                "036, 'Express intent to meet or negotiate', CAMEO2PLOVER-2021 line 31; "
                "docs/event-coding.md: an intended cooperative act becomes AGREE), as the "
                "development gold codes talks still to come, HO28S-035 (adjudicated: Tehran and "
                "Washington 'will engage in high-level indirect negotiations in Oman': AGREE "
                "IRN+USA, none) and HO26J-057 (Pakistan and Afghanistan 'will hold another "
                "round of peace talks in Istanbul next week': AGREE PAK+AFG, none); CONSULT is "
                "for talks held or under way; both parties as actor and no recipient, Oman the "
                "venue, as both annotators"
            ),
        },
        "HO29K-007": {
            "event": "AGREE",
            "mode": None,
            "source": ["IRN", "USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "Iran and the United States 'are scheduled to resume' indirect negotiations in "
                "Muscat on Sunday, the Iranian spokesman said on Tuesday: talks set for a later "
                "day, an intent to negotiate, AGREE (CAMEO 036, CAMEO2PLOVER-2021 line 31), as "
                "HO28S-035 (adjudicated: the same parties' talks in Oman announced for a later "
                "day: AGREE IRN+USA, none; a speaker who is one of the parties makes the other "
                "no recipient) and HO26J-057 (AGREE PAK+AFG for talks to be held next week); "
                "both parties as actor and no recipient, the spokesman the reporter and Oman the "
                "venue, as both annotators"
            ),
        },
        "HO29K-008": {
            "event": "CONSULT",
            "mode": None,
            "source": ["IRN", "USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "'intensive diplomatic efforts are currently underway in an attempt to reach a "
                "new nuclear agreement between the U.S. and Iran': negotiations in progress "
                "between the two parties the sentence names (CAMEO 046, CONSULT), as the "
                "development gold codes talks reported under way with the parties named only "
                "after what they are to settle, HO28H-036 (adjudicated: negotiations 'are "
                "underway to resolve disputes between' Somalia's federal government and two "
                "regional administrations: CONSULT SOM, none) and HO28N-024 (adjudicated: "
                "diplomatic discussions underway with the U.S.: CONSULT); talks between two "
                "parties are a joint act with both as sources and no recipient "
                "(docs/event-coding.md: 'Talks between X and Y' is a joint act); the doer is "
                "thus named, so 'An event has a source' (docs/event-coding.md) does not remove "
                "it; a close call, as both annotators say (a's alternative is this label)"
            ),
        },
        "HO29K-009": {
            "event": "AGREE",
            "mode": None,
            "source": ["IRN"],
            "target": [],
            "follows": "b",
            "reason": (
                "Iranian officials called the discussions 'constructive' (a comment, CAMEO 01, "
                "which codes nothing: docs/event-coding.md) and emphasised 'that Tehran remains "
                "open to diplomacy' on conditions: docs/event-coding.md writes that 'being open "
                "or willing to talk is AGREE (036, manual 3.2.1), not CONSULT', and the "
                "development gold codes a stated readiness to negotiate AGREE also where it is "
                "conditioned, HO28I-016 ('stands ready to resume constructive negotiations' once "
                "Washington is prepared: AGREE CAN -> USA), and with no recipient where no "
                "partner is named, HO28Q-047 ('remains ready and willing to engage in "
                "constructive talks with downstream countries': AGREE ETH, none) and HO27Y-032 "
                "(a willingness to engage in dialogue: AGREE MAR, none); a condition on a stated "
                "readiness does not make it a mere statement"
            ),
        },
        "HO29K-016": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "'dozens of delegates walked out in protest' while Russia's Matvienko spoke: a "
                "walk-out is PROTEST boycott (CAMEO 143) when its doers are named, as HO26K-033 "
                "(adjudicated), HO26B-053 and HO28K-007 (Lebanese ministers walked out: PROTEST "
                "boycott LBN), but the sentence names neither the delegates' states nor a body "
                "that acts: docs/event-coding.md, 'An event has a source' ('An act whose doer "
                "the sentence does not name ... is no event'); the conference did not walk out, "
                "some of its members did, so its IGO code would make the body protest its own "
                "guest speaker; HO28P-017 (delegates at COP30 agreed to step up climate "
                "finance: AGREE IGO) is the conference's collective decision, not an act of "
                "some of its members; the development gold gives unnamed states no code, "
                "HO27F-024 ('Pressure from more than eighty nations': NONE), HO27Y-027 and "
                "HO27S-031 (unnamed 'Western' or 'several other countries' beside named actors: "
                "only the named coded)"
            ),
        },
        "HO29K-017": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "'more than 100 diplomats from over 50 countries walked out in protest' during "
                "Netanyahu's address: a walk-out (PROTEST boycott, CAMEO 143, HO26K-033, "
                "adjudicated) whose doers are states the sentence does not name, so no source "
                "and no event (docs/event-coding.md, 'An event has a source'); the diplomats "
                "are their countries' delegates, not the Assembly acting (the Assembly, whose "
                "IGO code a gives, heard the speech; HO28P-017's IGO is the COP's collective "
                "agreement), and the development gold codes no unnamed states, HO27F-024 "
                "('Pressure from more than eighty nations ... fell short': NONE) and HO28T-039 "
                "(a statement of 'over 20 countries' with the OIC: only the OIC coded, IGO); "
                "'provoked a dramatic response' is no act of Netanyahu's toward anyone (both "
                "annotators)"
            ),
        },
        "HO29K-024": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'The ship's visit reaffirms the strong defence cooperation between India and "
                "Mauritius': the governing verb judges a relationship and its subject is a "
                "visit, not an actor; the visit is the sentence's topic, told by the page "
                "before, and docs/event-coding.md codes an event noun only with a light verb or "
                "its parties ('Macron's visit to Washington'), never as a topic or background; "
                "the development gold codes no visit named as a topic, HO27I-043 ('during the "
                "visit': NONE), HO28B-041 and HO27Z-026 (a leader's visit as the setting: "
                "NONE) and HO27Q-028 ('His visit sparked criticism': the criticism coded, not "
                "the visit), and a reaffirmed commitment no event, HO26R-043 (NONE); b's "
                "HO28Y-044 has the act in a light verb ('made a significant port call at "
                "Colombo': CONSULT visit IND -> LKA), which this sentence does not"
            ),
        },
        "HO29K-034": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "Xi 'won't attend as he cuts back on international travel', so the heads of "
                "the two biggest economies will skip the G20 meeting: an absence with a reason "
                "of the absent's own, no refusal of an invitation or protest stated, which the "
                "development gold codes as no event, HO27F-040 (the same Johannesburg summit: "
                "'Mexico's President Claudia Sheinbaum will also be absent from the leaders' "
                "table': NONE), HO28C-049 (Lula 'did not attend Saturday's ceremony': NONE) and "
                "HO28P-018 (the United States 'did not participate in the talks': NONE); REJECT "
                "where the absence refuses another's proposal or protests, HO27H-038 (will not "
                "attend the emergency meeting proposed by Colombia: REJECT meet), HO27E-001 "
                "(Petro would skip Maduro's inauguration citing the arrests: REJECT COL -> VEN) "
                "and HO26O-035 (refused to attend, citing the court's partiality: PROTEST "
                "boycott)"
            ),
        },
        "HO29K-040": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "neither",
            "reason": (
                "the governing verb is 'informed' ('China reportedly informed Australia about "
                "the exercises beforehand'), which the CAMEO verb dictionary "
                "(../shared/reference/petrarch/CAMEO.2.0.txt, EXPLAIN_VERBAL) gives code 010, a "
                "statement, and CAMEO 01 codes nothing (docs/event-coding.md); the development "
                "gold codes a notification by the act it conveys where it conveys one, "
                "HO26W-046 (China informed Japan that it will ban imports: SANCTION) and "
                "HO26N-012 (informed ... about Cambodia's violations: ACCUSE), and as no event "
                "where it conveys a fact, HO28K-042 (adjudicated: Nauru 'had notified Canberra "
                "of the arrival': NONE), HO27I-031 and HO26M-026 (NONE); the exercises are the "
                "notification's topic, not an act of this sentence (docs/event-coding.md: an "
                "event noun never as a topic); Australia's frigate stands in a consequence "
                "clause ('leading to Australia sending'), and the development gold codes the "
                "main clause, not what a ', triggering / prompting' clause adds, HO28K-042 "
                "(adjudicated: a notification followed by ', triggering the release of' a "
                "payment: NONE) and HO26K-018 (the main act coded, not 'prompting a defiant "
                "response'); a's CONSULT reads a statement as a consultation, b's MOBILIZE the "
                "consequence clause as the event; both annotators call the record borderline"
            ),
        },
        "HO29K-042": {
            "event": "RETREAT",
            "mode": "withdraw",
            "source": ["USA"],
            "target": ["SYR"],
            "follows": "b",
            "reason": (
                "'The military is shuttering three of its eight small operating bases in "
                "Syria's northeast region': a drawdown under way, RETREAT withdraw (a withdrawal "
                "in force is RETREAT, docs/event-coding.md, 'Gold conventions'), as HO26E-008 "
                "(the United States has begun withdrawing troops from Syria: RETREAT withdraw "
                "USA -> SYR); the definite bare noun 'The military' takes its state from the "
                "report it stands in (the page's story of the US forces in Syria), as the "
                "development gold codes a bare 'The military', 'The government' or 'The "
                "ministry' by its state: HO27C-008 ('The military has been deployed': MOBILIZE "
                "ECU), HO26Z-013 ('The government ordered Belgian diplomats to leave': SANCTION "
                "RWA -> BEL), HO26L-048 ('The government is giving Washington 30 days': "
                "THREATEN CAN -> USA) and HO26-035 ('The ministry also rejected': REJECT KHM -> "
                "THA); 'An event has a source' concerns a doer the sentence does not name at "
                "all, not one named by a definite noun"
            ),
        },
    },
    modes_kept={
        "HO29K-028": (
            "a's 'yield' kept (b gives none): Macron's demand that two French citizens 'must be "
            "freed from Iranian prisons' is a demand for the release of persons, CAMEO 1053, "
            "which CAMEO2PLOVER-2021 (line 127) maps to REQUEST yield; the adjudicated "
            "development records of such demands give the mode, HO26S-024 (the UN chief "
            "demanded the Houthis release UN personnel: REQUEST yield), HO28S-016 (a call for "
            "the release of detained officials: REQUEST yield) and HO26G-017 (the same: REQUEST "
            "yield), as HO28I-011 ('must be freed immediately': REQUEST yield RUS -> USA)"
        ),
    },
    modes_taken={
        "HO29K-039": (
            "troops",
            "b's 'troops' taken (a 'weapons'): a naval drill with a live-fire component is a "
            "military exercise, which the development gold codes MOBILIZE troops, also where "
            "the drill fires into the sea, HO28Z-032 (a Chinese 'live fire exercise' announced: "
            "MOBILIZE troops CHN), HO27R-022 and HO26N-022 (drills around Taiwan 'firing "
            "rockets' into the waters: MOBILIZE troops CHN) and HO26-027 (drills: MOBILIZE "
            "troops CHN); 'weapons' is the gold's mode for missiles launched or tested and for "
            "a carrier sent, HO26V-030, HO28J-024 and HO27R-048 (docs/event-coding.md, 'Gold "
            "conventions': missiles fired at nothing but the sea are MOBILIZE weapons), which "
            "this sentence, a drill by a naval task group, does not report",
        ),
    },
)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [f"HO29K-{n:03d}" for n in range(1, 51)]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 40, third set", SCOPE, f"{OUT}/"),
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
