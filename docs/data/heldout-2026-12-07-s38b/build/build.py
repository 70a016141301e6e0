"""Assemble session 38's second held-out event set (news-heldout-s38b.json, HO29D) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` and the first s38 build's DOCUMENT comment it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first s38
set's included) and this session's other sentence files, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s38 = hb.load_build(DATA / "heldout-2026-12-07-s38" / "build" / "build.py")

IN = s38.COORD / "heldout2"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s38b/build")
EVENTS = NEWS / "news-heldout-s38b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "one sentence a page; accusations and condemnations, rejections, sanctions, threats, "
    "agreements, requests, support, releases, concessions, a riot, a visit, aid, cooperation, "
    "crowd control and statements with no event across the Americas (Argentina and the US, "
    "Canada and the US, Venezuela, Trinidad and Tobago and the US, El Salvador, Peru, Bolivia, "
    "the UK's hurricane aid to the Caribbean), Europe (Estonia and Russia, Georgia, the "
    "Netherlands, Bosnia and Herzegovina and Serbia, Ukraine, Switzerland and the US, Poland and "
    "Russia, Denmark, Serbia, Belarus and the US, Hungary, Ireland, France, Russia, Ukraine and "
    "the US) and international organisations' meetings (COP30, the OSCE Ministerial Council, the "
    "World Health Assembly, the UN Security Council, the G20)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29D-006": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["GEO"],
            "target": [],
            "follows": "b",
            "reason": "the accused are 'The Tbilisi protesters', unnamed, and the development "
            "gold gives unnamed protesters said to be steered or paid from abroad no recipient: "
            "HO28C-027 (adjudicated: Vucic accused demonstrators of foreign funding: ACCUSE "
            "allege SRB, none), HO26N-002 (protests backed by unnamed foreign entities: SRB, "
            "none) and HO26S-047 (adjudicated: 'none where no target is named: unnamed "
            "protesters'); the foreign services name no state (both annotators); type, mode and "
            "source as both annotators",
        },
        "HO29D-025": {
            "event": "REJECT",
            "mode": None,
            "source": ["SLV"],
            "target": [],
            "follows": "a",
            "reason": "'defended the changes' codes nothing (HO27Y-031, HO27Y-033: NONE), but "
            "the participle 'rejecting claims that the reform marks the end of democracy' is a "
            "claim refuted, which docs/event-coding.md codes REJECT ('dismissing, disputing, "
            "denying or refuting a claim, accusation, report, figures or proposal is REJECT "
            "(manual 3.10)'), and the development gold codes the participle's rejection where "
            "the main verb codes nothing, HO26Y-017 ('Lula told Reuters, rejecting the idea of a "
            "phone call': REJECT); claims of unnamed authors take no recipient, HO27S-040 "
            "(Nigeria 'rejected the accusations': NGA, none) and HO28S-032 (CHN, none); b's "
            "HO28N-014 and HO28E-041 reject nothing; a close call",
        },
    },
    modes_kept={
        "HO29D-017": "a's null kept (b discontinue): the development gold gives 'imposed "
        "sanctions on/against' no mode in 7 records and discontinue in 5, named persons with no "
        "mode in HO27O-032 (relatives of the Venezuelan leader: USA -> VEN) and HO26E-010 "
        "(eight Venezuelan officials); docs/event-coding.md reads CAMEO 163 as SANCTION "
        "discontinue for the coders, and the gold has both; a's null is not wrong",
        "HO29D-028": "a's disapprove kept (b allege): the minister calls the drone sighting "
        "'part of a hybrid attack', a label for an act whose doer is not named, which the "
        "development gold codes ACCUSE disapprove, HO28F-016 (Denmark's prime minister on the "
        "Copenhagen drones as 'a grave attack': DNK, none) and HO26T-042 (Lukashenko on a "
        "border closure as part of a 'hybrid war': BLR -> LTU); allege where an attacker is "
        "charged with it, HO27T-024 and HO28L-038 (accused Russia or Moscow of hybrid attacks); "
        "a's disapprove is not wrong",
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s38.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s38.s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 38", SCOPE, f"{OUT}/"),
        [*others, *s38.siblings(IN / "events-sentences.json", s38.IN / "events-sentences.json")],
        s38.document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s38.s19.s18.NEAR_RULE,
                "events": s38.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
