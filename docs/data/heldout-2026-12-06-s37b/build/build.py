"""Assemble session 37's second held-out event set (news-heldout-s37b.json, HO29A) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the first s37 build's helpers (session 34's ``build_event_set``, a's labels on the
record and b's under ``annotations.b``; the development files; the session's sentence files;
session 18's DOCUMENT comment, dated this session's day) it copies labels, leaves out the
sentences another gold file or the session's other sentence files hold, applies the
adjudicator's decisions below, checks the new file against every other gold file, and computes
agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s37 = hb.load_build(DATA / "heldout-2026-12-06-s37" / "build" / "build.py")

IN = Path("/work/coord/s37/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s37b/build")
EVENTS = NEWS / "news-heldout-s37b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a meeting agreed and tariffs to be lifted, an IMF loan "
    "approved at home and protested, a border closed, tariffs kept on a condition, accusations "
    "over energy, relations said broken, naval strikes denounced and warships deployed, a veto "
    "of an EU statement, condemnations at a climate summit, ambassadors summoned over drones "
    "and a cultural centre closed, migrants at a border, a sanctions package blocked and "
    "unblocked, a referendum on foreign bases, visa-free travel suspended for officials, a "
    "summit and banks sanctioned, election support, a pardon and concerns, a G8 exclusion "
    "disputed, diplomatic relations broken off, airspace violations denied and a consultation "
    "invoked, and a tariff threat answered, across the Americas (the US, Brazil, Argentina, "
    "Canada, Venezuela, Chile, Ecuador, Honduras, Peru and Mexico), Europe (Poland and Belarus, "
    "Hungary, Moldova, Romania and Russia, Slovakia, Georgia, Spain, Estonia and the EU) and "
    "international meetings (COP30, the EU-China summit, the G7, NATO)"
)

# A note of b's that quotes a development sentence's first 60 characters (the held-out tests
# refuse a file that quotes another gold file's sentence): the quotation elided, b's words and
# labels kept (as the s29 and s33 builds did).
NOTE_FIXES = {
    "HO29A-031": (
        "'Ecuadorian voters on Sunday rejected a proposal to allow foreign military bases'",
        "'Ecuadorian voters ... rejected a proposal to allow foreign military bases'",
    ),
}

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29A-005": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["ARG"],
            "target": ["ARG"],
            "follows": "b",
            "reason": "Congress giving the president 'the green light' to negotiate the loan "
            "approves what he asked of it, and the development gold codes that request between "
            "the same two domestic bodies with the state on both sides, HO27A-010 (Milei asked "
            "lawmakers to approve an IMF loan agreement: REQUEST ARG -> ARG); approval given is "
            "endorsement, CAMEO 051 'Praise or endorse', SUPPORT (CAMEO2PLOVER-2021, line 47), "
            "as the gold codes an approval given by a body, HO26Y-037 (adjudicated: the "
            "Commission's 'green light' beside a signing: SUPPORT); the IMF is only the object "
            "of talks to come. A close call, as a itself wrote",
        },
        "HO29A-009": {
            "event": "REJECT",
            "mode": "yield",
            "source": ["CAN"],
            "target": ["USA"],
            "follows": "b",
            "reason": "the development gold codes the same statement by Carney REJECT yield, "
            "HO28C-011 (adjudicated: he 'will keep Canada's retaliatory tariffs in place until "
            "\"Americans show us respect\"': CAMEO 1244 'Decline to ease economic sanctions, "
            "boycott, or embargo', REJECT yield, CAN -> USA); a measure kept until the other "
            "side complies is a refusal to ease it, not a new hostile act threatened; source and "
            "recipient as both annotators",
        },
        "HO29A-012": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "Maduro 'said relations with the U.S. were broken': the reported clause "
            "states how relations stand and holds no word that judges an act harmful or wrong, "
            "and docs/event-coding.md codes a verb of saying whose reported clause judges nothing "
            "as a statement, CAMEO 01, no event (its session-28 sentence: 'said the drill was "
            "designed to deepen cooperation'); the strikes stand in an 'after' phrase with no "
            "striker named, so no act's owner is accused in the sentence (b's reading rests on "
            "the page's next words, 'Broken by them with their threats'), and Venezuela breaks "
            "nothing itself (no CAMEO 161). A close call, as a itself wrote",
        },
        "HO29A-014": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": "a deployment of warships to waters off a coast names a place, not a "
            "recipient, and the development gold codes the US naval deployments near Venezuela "
            "with none, HO27K-045 (the US Navy deployed eight warships to the Caribbean amid "
            "tensions with Venezuela: MOBILIZE troops USA -> none) and HO27K-044 (Venezuela's "
            "own warships along its coast: none); 'off Venezuela's coast' says where the ships "
            "are, as 'to the Caribbean' does there; type and mode as both annotators",
        },
        "HO29A-024": {
            "event": "REJECT",
            "mode": None,
            "source": ["RUS"],
            "target": [],
            "follows": "b",
            "reason": "the claims the ambassador disputed are Moldova's only in the page's "
            "previous sentence; Chisinau stands in the sentence as one side of 'Moscow-Chisinau "
            "relations', not as the claims' author, and the development gold gives a denial "
            "whose allegations' author the sentence does not name no recipient, HO26J-014 "
            "(adjudicated: Eritrea denied the allegations: ERI -> none) and HO26S-060 (the UAE "
            "denied the allegations: ARE -> none); type and source as both annotators",
        },
        "HO29A-030": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["SVK"],
            "target": [],
            "follows": "b",
            "reason": "Slovakia lifting 'its block on the sanctions deal' is a state dropping its "
            "own veto, and the development gold codes that CONCEDE with no recipient, HO28F-012 "
            "(adjudicated: Fico dropped his opposition to the agreement: CONCEDE SVK -> none) and "
            "HO27R-027 (adjudicated: Hungary lifted its veto threat: CONCEDE HUN -> none); "
            "CAMEO 080 'Yield', CONCEDE (CAMEO2PLOVER-2021, line 71); the EU's foreign ministers "
            "stand only in the 'when' clause",
        },
        "HO29A-031": {
            "event": "REJECT",
            "mode": None,
            "source": ["ECU"],
            "target": [],
            "follows": "b",
            "reason": "the development gold codes this very referendum result REJECT with no "
            "recipient, HO26T-048 (Ecuadorian voters rejected a proposal to allow foreign "
            "military bases: REJECT ECU -> none); the proposal's author is not named in the main "
            "clause, and Noboa and the US stand only in the participle clause; type and source "
            "as both annotators",
        },
        "HO29A-035": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "what von der Leyen told Xi, that relations have reached an 'inflection "
            "point', judges nothing and asks nothing (a statement, CAMEO 01), and the summit "
            "stands in a 'during' phrase; the development gold codes a statement made during a "
            "meeting as no event, ACCORD-SEED-032 ('During their meeting, Trump referred to "
            "Macron as a \"friend\"': NONE) and HO27O-050 ('told reporters during a visit': "
            "NONE), and codes the act of the main clause where it has one, not the meeting, "
            "HO28R-039 (concerns raised during a meeting: ACCUSE). A close call, as a itself "
            "wrote",
        },
        "HO29A-041": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["USA"],
            "target": ["IGO"],
            "follows": "a",
            "reason": "disagreement with a decision accuses the decision's owner "
            "(docs/event-coding.md: the speaker accuses the act's owner), and the decision to "
            "exclude Russia 'from the Group of Eight' names its owner by the written rule for "
            "an expulsion with no agent named: its source is 'the state or body it is expelled "
            "from' ('Russia was expelled from the Council': IGO -> RUS); the group is coded IGO "
            "as the development gold codes the G7, HO26Y-033 (the G7 foreign ministers called "
            "for a ceasefire: IGO). Type and mode as both annotators. A close call: b read no "
            "decider named",
        },
    },
    modes_taken={
        "HO29A-003": (
            "yield",
            "b's 'yield' taken (a null): Lula asked the US to lift its tariff, and the "
            "development gold codes the same request between the same leaders REQUEST yield, "
            "HO27K-003 (Lula formally requested the United States to lift tariffs: REQUEST "
            "yield BRA -> USA); a's HO27D-047 (a call to lift sanctions, no mode) is the one "
            "record of the kind without it",
        ),
        "HO29A-036": (
            None,
            "b's null taken (a 'discontinue'): sanctions imposed are CAMEO 163, and "
            "CAMEO2PLOVER-2021 gives 'discontinue' to aid reduced or stopped (162-1623, lines "
            "242-245), not to sanctions, so a's mode is wrong for this act; the development gold "
            "codes sanctions imposed on a state's people and firms SANCTION with no mode, "
            "HO27U-042 (the Council sanctioned three Russian individuals: IGO -> RUS) and "
            "HO26F-002 (Washington sanctioned Maduro's relatives and businesses: USA -> VEN)",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    compared = [*others, *s37.sentence_files(IN / "events-sentences.json")]
    cited = s37.cited_ids(IN, ("events-a.json",), s37.s19.event_reasons(EVENTS_DECIDED))
    which = ("session 37, second set", SCOPE, f"{OUT}/")
    correct = s37.note_corrector(NOTE_FIXES)
    events, near, opening = s37.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, compared, correct
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s37.s18.NEAR_RULE,
                "events": s37.s18.near_figures(near),
            },
            "opening_in_another_file_left_out": {"rule": s37.s34.OPENING_RULE, "events": opening},
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
