"""Assemble session 32's third held-out event set (news-heldout-s32c.json, HO28M) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 18's DOCUMENT comment dated on this set's
day, b's labels read under ``annotations.b``) it copies labels, leaves out the sentences another
gold file (or the sentence files of session 32's other sets) holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file and those
sentence files, and computes agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s32/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s32c/build")
EVENTS = NEWS / "news-heldout-s32c.json"
# The CHECK files of session 32 (sessions 30 and 31's sets, pooled): never opened by the
# adjudicator, never cited; the build compares their sentences and pages as strings only.
CHECK_FILES = {
    "news-heldout-s30.json",
    "news-heldout-s30b.json",
    "news-heldout-s30c.json",
    "evidence-heldout-s30.jsonl",
    "news-heldout-s31.json",
    "news-heldout-s31b.json",
    "news-heldout-s31c.json",
    "evidence-heldout-s31.jsonl",
}
# Session 32's other sets were built at the same time on another branch: their sentence files
# are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s32/heldout/events-sentences.json"),
    Path("/work/coord/s32/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s32/heldout2/events-sentences.json"),
]
# The day this set was built, for its DOCUMENT comment.
DAY = "2026-12-06"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, at the same time as "
    "the session's first two sets: OPEC+ output agreed and paused, a visit to Riyadh and a "
    "threat of secondary tariffs on buyers of Russian oil, withdrawals from the Convention on "
    "Cluster Munitions and the Ottawa Treaty (Lithuania, Poland, the Baltic states and Finland) "
    "and the appeals and regret they drew, sanctions on Syria to be dropped and lifted, a "
    "telecommunications shutdown in Afghanistan and social media platforms blocked in Nepal and "
    "condemned, currency swap agreements (Argentina with the US Treasury, China's central bank "
    "with the ECB, Switzerland and Hungary), arrests for spying for Russia in England and a "
    "British diplomat expelled from Russia, prisoner releases and exchanges (Russia, the US, "
    "Belarus), Denmark's Arctic Council chairmanship and Greenland, the OPCW's visit to "
    "Damascus, talks and sanctions relief for Belarus, Ukrainian children returned from Russia, "
    "US sanctions on Sudan over chemical weapons and Sudan's dismissal of them, Amnesty "
    "International on Tanzania's election, the Chabahar sanctions waiver revoked and granted, "
    "citizenship revoked in Kuwait, and statements with no event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28M-004": {
            "event": "THREATEN",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "Trump threatened to impose secondary tariffs, THREATEN USA with no mode (both "
                "annotators); the tariffs would fall on 'buyers of Russian oil', whom the "
                "sentence names by no state, and 'Russian' only says whose oil they buy; the "
                "development gold gives a threatened measure the state it falls on where the "
                "sentence names it, HO27Z-027 (100% tariffs 'on all Canadian goods': USA -> CAN), "
                "HO27A-015 (new sanctions 'on Russia's energy sector', only if NATO members halt "
                "purchases of Russian oil: USA -> RUS) and ACCORD-2025-036 (Trump 'threatened "
                "Russia with severe tariffs': USA -> RUS), and none where the measure falls on "
                "parties a demonym only describes, HO26X-047 (the Houthis would target 'any ship "
                "belonging to companies that deal with Israeli ports': THREATEN YEM -> none); "
                "the condition 'unless the war in Ukraine rapidly ceases' names no actor, and "
                "Ukraine there is a place; Russia is not named in the sentence as the one "
                "threatened, so no recipient, as b"
            ),
        },
        "HO28M-007": {
            "event": "AGREE",
            "mode": None,
            "source": ["LTU"],
            "target": [],
            "follows": "b",
            "reason": (
                "Lithuanian officials 'pledged to minimize potential risks by implementing "
                "algorithms': a pledge of a named future act of the state's own, which the "
                "development gold codes AGREE with no recipient where none is named: "
                "ACCORD-2025-035 (NATO allies pledged to raise defence spending: AGREE, none), "
                "HO27A-022 (NATO member states pledged to spend 5% of their GDP: AGREE IGO, none) "
                "and HO27E-023 (adjudicated: the same pledge, 'an intended cooperative act, "
                "AGREE'); a pledge is CONCEDE only where it halts, cuts or revokes something of "
                "the actor's own (docs/event-coding.md, session 8: manual 3.4.2), which "
                "implementing safeguards is not; a's precedent HO26R-043 (a minister "
                "'reaffirmed the government's commitment to securing' the nation's sovereignty: "
                "NONE) restates a standing policy and names no act, as HO28A-049 (adjudicated: "
                "a reaffirmed commitment to a goal is a statement of position, CAMEO 01); source "
                "LTU, the officials' state, and no recipient, as b"
            ),
        },
        "HO28M-019": {
            "event": "RETREAT",
            "mode": "release",
            "source": ["USA"],
            "target": ["DEU", "RUS"],
            "follows": "a",
            "reason": (
                "the U.S. freed Artur Petrov, RETREAT release USA (both annotators); the "
                "development gold gives a release the state or states the sentence gives the "
                "freed person, not the other party to an exchange: HO26I-016 ('In exchange, "
                "Israel released 200 Palestinian prisoners': ISR -> PSE, the prisoners' people), "
                "HO27O-039 (the Taliban freed a US citizen: AFG -> USA) and HO27A-048 (Russia "
                "released 'a dual U.S.-Russian national': RUS -> USA, her other state than the "
                "source's); persons given by two states take both, HO28D-043 (adjudicated: "
                "judges 'of Georgia' and 'of Mongolia': USA -> GEO+MNG); the sentence gives "
                "Petrov as 'a German-Russian dual citizen', so DEU and RUS; the exchange partner "
                "b takes is only in the page's previous sentence ('In exchange' names no one), "
                "and a recipient is taken only where one is named in the sentence (the rule of "
                "the DOCUMENT records since session 18)"
            ),
        },
        "HO28M-021": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "Motzfeldt 'downplayed any tensions with Washington, stating that ... both Nuuk "
                "and Washington are aligned': a comment on the state of relations, CAMEO 01 "
                "(statements), which codes nothing (docs/event-coding.md: 'CAMEO 01 (statements) "
                "codes nothing'; since session 28 a verb of saying whose clause judges nothing is "
                "a statement); the development gold codes such comments NONE, HO26V-056 (the "
                "drill 'was designed to deepen military cooperation and trust': NONE) and "
                "HO26T-027 (the nation 'has strong ties with China': NONE), and SUPPORT where an "
                "actor praises, endorses or defends another (CAMEO 051, 052), HO27Q-035 (Trump "
                "expressed support for Asfura, 'a partner': SUPPORT USA -> HND) and HO26E-039 "
                "(the Kremlin defended North Korea's launch: SUPPORT RUS -> PRK); no praise, "
                "endorsement or defence of the US is said here, only that the two are aligned"
            ),
        },
        "HO28M-022": {
            "event": "REJECT",
            "mode": None,
            "source": ["DNK"],
            "target": ["USA"],
            "follows": "b",
            "reason": (
                "the main clause ('The transition comes after') reports no act; the 'after' "
                "clause's, Trump 'expressed interest in annexing Greenland', names a wish and no "
                "threat: PLOVER's THREATEN is for threats and 'coercive or forceful warnings "
                "with serious potential repercussions' (structured codebook), and the sentence "
                "names no force, measure or condition; the development gold codes a wish or plan "
                "about Greenland reported with no threat NONE, HO28C-018 (Trump 'has not "
                "abandoned his plans to persuade Greenland to join the United States': NONE), "
                "and a's precedents are Danish acts against what their sentences call threats, "
                "HO26P-046 (slammed the U.S. 'for its repeated threats to take over Greenland': "
                "ACCUSE DNK -> USA) and HO26-077 (protests against 'US threats to take control "
                "of Greenland'); where the clause after 'after' codes nothing the gold codes "
                "no event of it, HO28A-049 (adjudicated); the act of a named actor the sentence "
                "reports is Denmark having 'firmly opposed' the move, REJECT, as HO26Y-012 "
                "(adjudicated: 'reiterating their firm opposition to any attempt to challenge "
                "Greenland's status': REJECT DNK), HO26T-015 (adjudicated: Copenhagen and Nuuk "
                "'firmly reject any idea of the US acquiring the island': REJECT DNK -> USA) and "
                "HO28C-016 (pushed back on Trump's remarks about annexing Greenland: REJECT DNK "
                "-> USA); the move's author, Trump, is named: USA the recipient. Mode b's null, "
                "as HO26Y-012 and HO26U-007 (adjudicated: 'has opposed the ban': REJECT, null)"
            ),
        },
        "HO28M-024": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["NPL"],
            "target": [],
            "follows": "a",
            "reason": (
                "the FNJ 'condemned the decision', ACCUSE disapprove NPL (both annotators: a "
                "national body coded by its country, HO26P-017); the sentence does not say whose "
                "decision it is, and the development gold gives a condemned or opposed decision "
                "whose author is not named no recipient: HO27V-032 (Human Rights Watch condemned "
                "the verdict: ACCUSE NGO -> none), HO26W-028 (the SPLM-IO 'condemned the arrest "
                "as a violation of the 2018 peace agreement': ACCUSE SSD -> none) and HO26U-007 "
                "(adjudicated: a party 'has opposed the ban', 'no author of the ban is named in "
                "the sentence: no recipient'); the domestic recipient of docs/event-coding.md is "
                "for coercive and violent acts, not for verbal ones, HO27D-022 (adjudicated: "
                "crowds welcomed 'the decision', its author unnamed: SUPPORT BGD, none); b's "
                "precedent HO26Q-051 names its target ('the current government': MDV -> MDV)"
            ),
        },
        "HO28M-029": {
            "event": "CONSULT",
            "mode": None,
            "source": ["USA", "BLR"],
            "target": [],
            "follows": "b",
            "reason": (
                "Washington 'remains in ongoing talks with Belarus': talks between two parties "
                "are a joint act with both as actor and no recipient (docs/event-coding.md: "
                '\'"Talks between X and Y" is a joint act with both as sources and no target '
                "(PLOVER's rule for reciprocal meetings)'), and the development gold codes "
                "'negotiating with' and 'in negotiations with' so: HO26W-029 (adjudicated: Syria "
                "'was negotiating with Israel': CONSULT SYR+ISR, none), HO27K-022 (adjudicated: "
                "'We are in intensive negotiations with the Americans': CONSULT CAN+USA, none) "
                "and HO27N-035 ('Washington and Buenos Aires are negotiating': USA+ARG, none); "
                "a's recipient is for talks held in the other's country or hosted by it "
                "(visitor -> host), HO27V-034 (talks held 'in the Pacific Island nation': "
                "CONSULT visit AUS -> VUT) and HO26T-026 (negotiations with Vanuatu leaders, at "
                "a signing ceremony on a Vanuatu volcano: AUS -> VUT), which this sentence does "
                "not report (no place, no host); the suggested relief is a possibility, no act"
            ),
        },
    },
    modes_kept={
        "HO28M-027": (
            "a's null kept (b 'visit'): the sentence says the team 'engaged with' al-Sharaa and "
            "al-Shibani and names no place or visit (b takes Damascus from the page), and the "
            "development gold codes a meeting whose sentence names no visit with no mode, "
            "HO28D-027 (the OAS mission 'has held meetings with president Luis Arce': CONSULT "
            "IGO -> BOL, null) and HO27A-019 (Rubio met with Panama's President: null), and took "
            "the mode from the sentence, not the page, in HO27F-019 (a 'phone' mode not in the "
            "sentence dropped) as HO26W-022 (adjudicated); a's null is not wrong"
        ),
        "HO28M-038": (
            "a's null kept (b 'discontinue'): sanctions announced or imposed on a state are "
            "SANCTION with no mode in most development records, HO26N-001, HO26R-006, "
            "HO27A-007, HO27E-009, HO27H-031, HO26E-001 (sanctions against Russia: null), and "
            "'discontinue' in others, ACCORD-2025-016, HO27O-016 and HO28A-033 (sanctions on "
            "Russia or Iran: discontinue), although docs/event-coding.md reads CAMEO 163 as "
            "'discontinue'; both occur for the same act, and a's null is not clearly wrong"
        ),
        "HO28M-041": (
            "a's 'allege' kept (b 'disapprove'): Amnesty 'said it had verified cases of enforced "
            "disappearances, arbitrary arrests and extrajudicial killings', an accusation of "
            "human rights abuses, CAMEO 1122, which CAMEO2PLOVER-2021 maps to ACCUSE allege "
            "(and the structured codebook's allege: 'formally or informally accuse'), as the "
            "development gold codes HO27Y-039 (Human Rights Watch accused Guinea's government "
            "of disappearing opponents: ACCUSE allege NGO -> GIN); b's 'disapprove' fits the "
            "characterising verb ('described ... as one of fear'), a's the verified abuses; a's "
            "is not wrong"
        ),
    },
    modes_taken={
        "HO28M-006": (
            "withdraw",
            "b's 'withdraw' taken (a 'discontinue'): Lithuania 'formally withdrew ... from the "
            "Convention on Cluster Munitions': the PLOVER structured codebook's SANCTION "
            "withdraw is 'A country withdraws itself from an organization, treaty, or group', "
            "and the development gold codes withdrawals from an organisation or a programme so, "
            "HO27Z-035 (Nicaragua's withdrawal from the FAO: withdraw), HO27Z-050 (Panama's "
            "exit document: withdraw) and HO26J-029 (Panama pulled out of the Belt and Road "
            "Initiative: withdraw); a's precedent HO27B-019 (India suspended the Indus Waters "
            "Treaty: discontinue) is a suspension, not a withdrawal; a's mode is wrong here",
        ),
        "HO28M-033": (
            "withdraw",
            "b's 'withdraw' taken (a 'discontinue'), as for HO28M-006: a decision 'to exit from "
            "the Ottawa Treaty' is a country's withdrawal from a treaty, SANCTION withdraw in "
            "the PLOVER structured codebook ('A country withdraws itself from an organization, "
            "treaty, or group') and in the development gold, HO27Z-035 ('announced its "
            "withdrawal from the FAO': withdraw) and HO27Z-050; HO27B-019's 'discontinue' is "
            "for a treaty suspended",
        ),
    },
)

# A note of b's that quotes a development sentence's first 60 characters (the held-out tests
# refuse a file that quotes another gold file's sentence): the quotation elided, b's words kept,
# as the s29 build's NOTE_FIXES.
NOTE_FIXES = {
    "HO28M-037": (
        "'Dodik rejected the verdict, claiming it was politically motivated'",
        "'Dodik rejected the verdict, claiming ... politically motivated'",
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
    return {**record, "annotations": {"b": b}}


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and session 32's
    sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s32" not in p.name]


def document_comment(records: Any, events: Any, near: Any, decided: Any, which: Any) -> str:
    """Session 18's DOCUMENT comment, dated on this set's day (session 18's text names the day
    sessions 17-20 ran)."""
    text: str = hb.dated(s19.s18.document_comment, DAY)(records, events, near, decided, which)
    return text


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 32, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
        document_comment,
        correct,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 32's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
