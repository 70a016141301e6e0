"""Assemble session 43's second held-out event set (news-heldout-s43b.json, HO29S) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the first s43 build's helpers (session 40's event steps, a's labels on the record
and b's under ``annotations.b``; the development files; the session's sentence files; session
18's DOCUMENT comment, dated this session's day) it copies labels, leaves out the sentences
another gold file or the session's other sentence files hold, applies the adjudicator's
decisions below, checks the new file against every other gold file, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s43 = hb.load_build(DATA / "heldout-2026-12-07-s43" / "build" / "build.py")

IN = Path("/work/coord/s43/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s43b/build")
EVENTS = NEWS / "news-heldout-s43b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; gas transit and invitations between Slovakia and Ukraine, a "
    "state of emergency and tear gas, Russian jets over Estonia intercepted, a president "
    "elected and sworn in, drones over Poland and Romania, a verdict and a referendum in "
    "Republika Srpska, a special tribunal signed, a prime minister's trip to China, tariffs "
    "and meetings, a pandemic agreement adopted, Greenland not for sale, an election's first "
    "round, a president-elect's reassurance, a visit to Paraguay announced, students assaulted "
    "and a summit of Mercosur, across the Americas (Canada, the US, Panama, Ecuador, "
    "Suriname, Chile, Argentina, Paraguay, Brazil, the Dominican Republic, Haiti), Europe "
    "(Slovakia, Ukraine, Estonia, Georgia, Romania, Poland, Bosnia and Herzegovina, Denmark "
    "and Greenland, Portugal, Serbia) and international meetings (the Council of Europe, the "
    "World Health Assembly, the Mercosur summit)"
)

# Notes of b's that quote a development sentence's first 60 characters: none in this set.
NOTE_FIXES: dict[str, tuple[str, str]] = {}

# The mode-only decisions apply the rule written in the s43 build (a's stays unless clearly
# wrong; the table's mode, else the PLOVER 2.0 manual, else the development gold's practice).
INVITED = (
    "an invitation to meet is the inviter's intent to meet, CAMEO 036, which CAMEO2PLOVER-2021 "
    "maps to AGREE (line 31), and docs/event-coding.md codes being open or willing to talk AGREE "
    "(036), not CONSULT (lines 265-266), an intended cooperative act AGREE (line 270); the "
    "development gold codes a meeting not yet held AGREE, HO27Q-040 (adjudicated: a meeting "
    "announced for a set day is an intent to meet), HO28M-026 and HO28C-044 ('will meet'); "
    "b's HO28Q-046 (CONSULT) is an invitation to attend a ceremony, the inauguration of a dam, "
    "not to meet the inviter. A close call: the gold holds no invitation to talks"
)
EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29S-002": {
            "event": "AGREE",
            "mode": None,
            "source": ["UKR"],
            "target": ["SVK"],
            "follows": "a",
            "reason": "the response is told by its means, the invitation (docs/event-coding.md, "
            "the session-32 convention: a response told with its means is the act they name), "
            f"as both annotators read it; {INVITED}; source and recipient as both annotators",
        },
        "HO29S-005": {
            "event": "AGREE",
            "mode": None,
            "source": ["SVK"],
            "target": ["UKR"],
            "follows": "a",
            "reason": f"Fico 'has invited' Zelenskyy to a meeting: {INVITED}; source and "
            "recipient as both annotators",
        },
        "HO29S-007": {
            "event": "ASSAULT",
            "mode": "crowd-control",
            "source": ["ECU"],
            "target": [],
            "follows": "b",
            "reason": "police dispersing protesters with tear gas at home are coded with no "
            "recipient in every development record of the kind, HO26P-019 (police dispersed the "
            "rally, firing tear gas into the crowd: ASSAULT crowd-control ECU -> none), "
            "HO26K-004 (Jakarta police used tear gas to disperse demonstrators: IDN -> none) "
            "and HO26T-006 (Serbia's police used tear gas to disperse protesters: SRB -> none); "
            "the protesters are no state or government named; type, mode and source as both "
            "annotators",
        },
        "HO29S-025": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the sentence's event is its governing verb's (docs/event-coding.md, lines "
            "419-420), and the governing verb is the premiers' wish ('are hoping China drops "
            "these tariffs'), which codes no event (lines 317-318, session 11: a wish and what it "
            "governs); Moe's visit is a participle clause and Ford's concern a later 'but' "
            "clause about a possible act ('might drop') of his own country's government; a "
            "second actor's act in a later clause is not the sentence's event in the "
            "development gold, HO26W-016 (adjudicated: one event, of the main clause). A close "
            "call, as a wrote: a read Ford's concern as ACCUSE (HO26-064)",
        },
        "HO29S-026": {
            "event": "AGREE",
            "mode": None,
            "source": ["CAN"],
            "target": ["CHN"],
            "follows": "b",
            "reason": "Carney 'will meet' the Chinese leaders: a meeting not yet held is an "
            "intent to meet, CAMEO 036, AGREE (CAMEO2PLOVER-2021, line 31; docs/event-coding.md, "
            "line 270), as the development gold codes 'will meet', HO28M-026 (the watchdog's head "
            "will meet Syria's new leader: AGREE IGO -> SYR), HO28C-044 and HO27Q-040 "
            "(adjudicated: a meeting announced for a set day has not taken place); a's CONSULT "
            "visit is the visit made; source and recipient as both annotators",
        },
        "HO29S-036": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "Egede 'has firmly asserted that' Greenland is not for sale: a verb of "
            "saying with a clause on the island's own status, a statement, CAMEO 01, which codes "
            "nothing (docs/event-coding.md, line 171); REJECT needs a verb of opposition, "
            "dismissal or denial (lines 1162-1164: a verb of dismissal or denial whose object "
            "is a claim), and no bid and no bidder is named; the development gold codes such a "
            "defensive 'said ... not' as no event, HO28N-047 (Beijing said the deals were not "
            "intended to antagonize New Zealand: NONE) and HO27Q-038 ('had no current plans': "
            "NONE); b's HO26Y-012 has the noun 'opposition' to an attempt as its act, and "
            "HO26-077 codes 'not for sale' chanted in a protest by the protest. A close call",
        },
        "HO29S-038": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "a message that the bilateral relationship 'will be solid' is an "
            "optimistic comment, CAMEO 012, a statement (CAMEO 01), which codes nothing "
            "(docs/event-coding.md, line 171): no act, aid, commitment or endorsement is named; "
            "b's HO26F-058 reassures a government of a commitment to act (to combat "
            "terrorism), which is SUPPORT. A close call",
        },
        "HO29S-041": {
            "event": "AGREE",
            "mode": None,
            "source": ["TWN"],
            "target": ["PRY"],
            "follows": "b",
            "reason": "a visit announced for next month has not taken place: its announcement "
            "is an intent to meet, CAMEO 036, AGREE (CAMEO2PLOVER-2021, line 31; "
            "docs/event-coding.md, line 270), as the development gold codes HO27Q-040 "
            "(adjudicated: leaders 'will meet' in Washington, the press office said: AGREE, the "
            "visitors -> the host) and HO28M-026 ('will meet', in a first visit: AGREE); source "
            "and recipient as both annotators",
        },
        "HO29S-043": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the sentence's predicate is the preparations' being 'full of "
            "anticipation and warmth', a statement (CAMEO 01, docs/event-coding.md, line 171), "
            "and an infinitive after a plural noun that is no verb of the CAMEO dictionary is "
            "the noun's purpose, not an act (lines 311-313: 'efforts to find', 'negotiations "
            "to ensure'), so 'preparations to receive' codes no intent of its own; the visit "
            "itself is HO29S-041's. A close call: b read the host's readiness to receive as "
            "AGREE ('ready to send', line 270)",
        },
    },
    modes_kept={
        "HO29S-010": "a's null kept (b 'troops'): jets intercepting intruding aircraft with no "
        "force used are a demonstration of military power, CAMEO 150, to which "
        "CAMEO2PLOVER-2021 gives MOBILIZE and no mode (line 233); b's HO27O-008 (adjudicated: "
        "jets scrambled, a raised alert, CAMEO 152, 'troops', line 235) is the other reading, "
        "so a's mode is not wrong",
    },
    modes_taken={
        "HO29S-046": (
            "beat",
            "b's 'beat' taken (a null): student leaders 'were assaulted' by men, a physical "
            "assault, CAMEO 182, to which CAMEO2PLOVER-2021 gives ASSAULT 'beat' (line 272); "
            "a's null is the mode of no code for the act",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    compared = [*others, *s43.sentence_files(IN / "events-sentences.json")]
    cited = s43.cited_ids(IN, ("events-a.json",), s43.s19.event_reasons(EVENTS_DECIDED))
    which = ("session 43, second set", SCOPE, f"{OUT}/")
    correct = s43.s40.note_corrector(NOTE_FIXES)
    events, near, opening = s43.s40.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, compared, correct
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s43.s18.NEAR_RULE,
                "events": s43.s18.near_figures(near),
            },
            "opening_in_another_file_left_out": {"rule": s43.s34.OPENING_RULE, "events": opening},
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
