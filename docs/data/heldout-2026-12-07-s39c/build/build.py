"""Assemble session 39's third held-out event set (news-heldout-s39c.json, HO29H) from the
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

IN = Path("/work/coord/s39/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s39c/build")
EVENTS = NEWS / "news-heldout-s39c.json"
# The day session 39 built its sets, for the DOCUMENT comment's title.
DAY = "2026-12-07"
# The CHECK files of session 39 (sessions 37 and 38's sets, pooled): no reason may cite them,
# and nothing here reads them but the duplicate checks (strings).
CHECK_FILES = {
    "news-heldout-s37.json",
    "news-heldout-s37b.json",
    "news-heldout-s37c.json",
    "news-heldout-s38.json",
    "news-heldout-s38b.json",
    "news-heldout-s38c.json",
    "evidence-heldout-s37.jsonl",
    "evidence-heldout-s38.jsonl",
}
# This session's other sets (HO29F, HO29G, EVH39), not yet in tests/data/news when this set was
# built: their unlabelled sentence files, compared as strings (first 60 characters, page, near
# duplicates) while they exist. Once the gold files are merged, the glob of NEWS covers them.
SIBLINGS = [
    Path("/work/coord/s39/heldout/events-sentences.json"),
    Path("/work/coord/s39/heldout2/events-sentences.json"),
    Path("/work/coord/s39/heldout/evidence-sentences.jsonl"),
]

# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, like the third sets "
    "of sessions 21 to 38: refugee returns and deportations (Afghans forced back from Iran and "
    "Pakistan, a Syrian refugee's return), journalists detained, convicted, refused entry or "
    "sued and the calls for them (CPJ, Reporters Without Borders, Burundi, Cambodia, Hungary, "
    "Azerbaijan, the Gaza flotilla), offers to mediate or host Russia-Ukraine talks (Turkey, "
    "Russia's proposal of Istanbul, Trump's offer) and Qatar's talks between the DRC and the "
    "M23, US warships in the Taiwan Strait, Zapad-2025 and Poland's closure of the Belarus "
    "border, Tahawwur Rana's extradition, ambassadors summoned or recalled (Russia and Moldova, "
    "Belarus and Poland, Colombia, US senators on the recall of US ambassadors), IMF loans "
    "(Pakistan, Bangladesh, Ethiopia) and their critics, ceasefire violations alleged (India "
    "and Pakistan, Russia and Ukraine, Israel with Hamas and with Iran), Indian fishermen "
    "arrested by Sri Lanka and a Chinese boat seized by Japan, the ICC's warrants for Taliban "
    "leaders, protests at the Iranian embassy and the planned Chinese embassy in London, and "
    "statements with no event"
)

# An annotator's note that quotes the first 60 characters of another gold file's sentence, put
# in other words (the gold may not quote another gold file): none so far.
NOTE_FIXES: dict[tuple[str, str], tuple[str, str]] = {}

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29H-007": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["NGO"],
            "target": ["BDI"],
            "follows": "b",
            "reason": "the journalists 'have written her a joint letter expressing solidarity, "
            "calling for her unconditional release, and decrying her imprisonment': a letter is "
            "coded by the -ing verb that says what it does (docs/event-coding.md: 'what an "
            "adopted or issued statement or resolution does'), as the development gold codes "
            "letters, HO26U-048 ('sent a letter ..., accusing Eritrea': ACCUSE) and HO27O-036 "
            "(adjudicated: a letter 'urging': REQUEST), and of coordinated predicates the first "
            "governs, HO26M-033 and HO28Y-018 (both adjudicated); the first here is "
            "'expressing solidarity', CAMEO 051 (SUPPORT), which the gold codes SUPPORT even "
            "where a call on another actor follows it, HO26B-052 (the EU 'expressed solidarity "
            "with Lithuania ..., calling on Belarus to': SUPPORT IGO -> LTU), as HO27Q-006 and "
            "HO28H-009; a's call for release (REQUEST yield, HO28Y-017, HO28J-006) is the "
            "second predicate; the journalists as NGO and the jailed Burundian journalist's "
            "state as recipient, as both annotators",
        },
        "HO29H-011": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["AZE"],
            "target": ["AZE"],
            "follows": "b",
            "reason": "'Mehralizada was convicted and sentenced to nine years in prison "
            "following a trial': a prison sentence is COERCE arrest (CAMEO 173), HO27A-031 and "
            "HO27K-015 (a court's sentence: GEO -> GEO); an agentless passive of an official "
            "act is read with the state as its doer, which the development gold takes from the "
            "page where the sentence names no state: HO26P-044 (eight defendants 'were sentenced' "
            "by a majority of judges: COERCE arrest BRA, both annotators, Brazil named only on "
            "the page) and HO28W-016 (adjudicated: Guinea-Bissau's president, named, 'was "
            "reportedly arrested', the state not named: GNB -> GNB, 'An event has a source' "
            "not leaving out an official act, as HO28N-019, adjudicated); the page's sentences "
            "before it name him an Azerbaijani financial reporter who spoke before a Baku "
            "court (b's note; seen again in the adjudicator's spot check with the collector's "
            "query); "
            "the journalist, named, is coded by his state as HO28W-016 codes Embaló, and "
            "HO27C-036 (opposition leaders 'were sentenced': GEO -> GEO). A close call: a's "
            "NONE reads docs/event-coding.md's 'An event has a source' (the doer not named in "
            "the sentence) strictly",
        },
        "HO29H-015": {
            "event": "AGREE",
            "mode": None,
            "source": ["TUR"],
            "target": ["UKR"],
            "follows": "b",
            "reason": "Erdogan's proposal of Turkey as the venue for talks, an offer to host, is "
            "AGREE as both annotators code it (ACCORD-NEWS-003: 'offered to host a second round "
            "of talks': AGREE SAU); the question is the recipient. The proposal is made 'During "
            "a Tuesday meeting with Ukrainian President Volodymyr Zelensky', and the development "
            "gold makes the partner of the meeting or call in which an act is conveyed its "
            "recipient: HO27G-043 (Burhan 'conveyed his acceptance of the proposal during a "
            "telephone conversation with' Guterres: AGREE SDN -> IGO), ACCORD-2025-012 (Putin "
            "'rejected a full 30-day ceasefire during his call with Trump': REJECT RUS -> USA) "
            "and HO27K-003 (a request 'delivered during a videoconference call with' Trump: "
            "BRA -> USA); ACCORD-NEWS-003 names no one the offer is made to, so it gives no "
            "recipient; Ukraine is named (its president) in the sentence",
        },
        "HO29H-021": {
            "event": "COOPERATE",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "a",
            "reason": "both code the approved extradition as the cooperation it decides "
            "(COOPERATE, as HO27H-048); the question is the recipient. The sentence names no "
            "state the man is sent to: 'the 26/11 Mumbai attacks' names the place of the "
            "attacks he plotted, and places are not sources or targets (docs/event-coding.md, "
            "'Places are not sources or targets'; a recipient 'only where the sentence names a "
            "state, a government or a people', its 'disputed territory' practice); the "
            "development gold gives a recipient 'only where clear and named in the sentence', "
            "HO26B-059 (adjudicated), and every extradition it codes names the receiving or "
            "requesting state, HO27H-048, HO28A-030 and HO26I-030 ('to the United States': MEX "
            "-> USA) and HO26L-038 ('requested that India extradite': BGD -> IND); India is "
            "the alternative both annotators name",
        },
        "HO29H-028": {
            "event": "REJECT",
            "mode": None,
            "source": ["IGO"],
            "target": ["IGO"],
            "follows": "b",
            "reason": "critics including World Bank staff 'have questioned the IMF's debt "
            "assessments': questioning an assessment disputes a finding, and "
            "docs/event-coding.md codes 'dismissing, disputing, denying or refuting a claim, "
            "accusation, report, figures or proposal' REJECT (manual 3.10; 'a charge, "
            "statement, finding ... counts'), as the development gold codes 'questioned the "
            "results', HO27Q-036 (adjudicated: REJECT HND) and 'disputed the UN's casualty "
            "figures', HO26F-033 (REJECT MDG -> IGO, the figures' author the recipient); ACCUSE "
            "disapprove is for a judgement of an act as wrong, as HO26B-077 (criticism, "
            "'called the move their loss'), and this sentence judges no act: it doubts a "
            "finding; two organisations sharing the code IGO as both annotators",
        },
        "HO29H-049": {
            "event": "CONSULT",
            "mode": None,
            "source": ["QAT"],
            "target": [],
            "follows": "b",
            "reason": "Qatar 'hosted talks between the government of the DRC and the M23': "
            "hosting or mediating talks is CONSULT (CAMEO 045, no mode in CAMEO2PLOVER-2021), "
            "and the development gold codes the mediator as the actor with no mode and no "
            "recipient, the parties after 'between' being no recipient: ACCORD-NEWS-022 ('Qatar "
            "has mediated between Russia and Ukraine': CONSULT QAT, none), HO26-028 "
            "(adjudicated: Qatar 'facilitated months of ongoing talks' on eastern DRC: CONSULT, "
            "none), HO26Q-056 (CONSULT OMN, none) and HO28Y-047 (adjudicated: Qatar 'hosted a "
            "signing ceremony' between the DRC government and the M23: CONSULT QAT, none); the "
            "mode third-party is given where the parties that meet are the actor, HO26-001 "
            "(PAK+AFG, 'mediated by' Qatar and Türkiye), not the host; AFP's report is "
            "attribution",
        },
    },
    modes_taken={
        "HO29H-023": (
            None,
            "b's none taken (a 'change'): senators 'sent a letter to President Trump urging him "
            "to reverse the unprecedented decision', and the development gold codes lawmakers' "
            "call on the president to undo a decision of his administration REQUEST USA -> USA "
            "with no mode, HO27R-019 ('calling upon US President Donald Trump to reconsider his "
            "administration's decision': none), as other appeals to reconsider or drop a "
            "measure, HO26R-013, HO26P-054, HO27T-029 and HO27O-014 (none); the table's 1042 "
            "('Demand policy change', change) is the other reading, which HO26F-031 (asked "
            "'to review its decision': change) takes; a close call, the twin decides",
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
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s39" not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    compared = [*others, *(p for p in SIBLINGS if p.exists())]
    which = ("session 39, third set", SCOPE, f"{OUT}/")
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
