"""Assemble session 24's second held-out event set (news-heldout-s24b.json, HO27N) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 19's steps, reading both forms of b's labels)
and session 18's DOCUMENT comment dated 2026-12-05 (by session 21's first build) it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first s24
sets included), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s24 = hb.load_build(DATA / "heldout-2026-12-05-s24" / "build" / "build.py")

IN = Path("/work/coord/s24/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s24b/build")
EVENTS = NEWS / "news-heldout-s24b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; protests, road blockades and a police response, election "
    "decisions and a party excluded, searches and arrests, accusations and condemnations, "
    "threats of a veto and of detention, rejections and objections, sanctions lifted and "
    "negotiations called off, an arrest warrant dropped, a hostage-taking in a prison, talks, "
    "meetings and a currency-swap negotiation, agreements and a returns scheme, "
    "congratulations, solidarity and relations restored, forces deployed, helicopters sent "
    "as aid, and statements and schedules with no event, across the Americas (Peru, Ecuador, "
    "Honduras, Bolivia and the US, Mexico, Cuba, Brazil and Chile, Haiti, Guatemala, Argentina, "
    "Colombia and the ELN, Canada, Jamaica), Europe (Moldova, Slovakia, Hungary, Denmark and "
    "Greenland, Romania, Bosnia and Herzegovina, France and the UK) and international "
    "organisations' meetings (COP30, the G7, the EU's councils, the UN Security Council, the "
    "OSCE)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27N-003": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["ECU"],
            "target": ["ECU"],
            "follows": "b",
            "reason": "the main clause is comment ('the outcome casts doubt on his strategies') and codes nothing, so the sentence's one act is the while-clause's: Noboa 'expresses respect for the voters' decision', the referendum he lost, which is conceding defeat, and the development gold codes this very concession, of the same referendum on the same day, so: HO26T-049 (adjudicated: Noboa acknowledged the referendum defeat and would respect the will of the people: CONCEDE ECU -> ECU, as HO26M-046, a defeat conceded: MWI -> MWI); a's reading makes the clause background, but the development gold's sentences with no event after 'while' or 'although' have no act in that clause (ACCORD-SEED-048, an opinion that a ceasefire is possible; HO26-039, a report in the media); a close call",
        },
        "HO27N-017": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["BOL"],
            "target": ["USA"],
            "follows": "a",
            "reason": "diplomatic relations restored now are diplomatic cooperation carried out, CAMEO 05 (050 'Engage in diplomatic cooperation', 054 'Grant diplomatic recognition') -> SUPPORT in CAMEO2PLOVER-2021, and the development gold's record of this very restoration, announced for the future, says so: HO26H-016 (adjudicated: 'will restore ambassador-level diplomatic relations' is AGREE, and 'SUPPORT (CAMEO 05) is for cooperation carried out now'); COOPERATE is CAMEO 06, material cooperation (economic, military, judicial, intelligence); source and recipient as both annotators",
        },
        "HO27N-020": {
            "event": "THREATEN",
            "mode": None,
            "source": ["SVK"],
            "target": [],
            "follows": "b",
            "reason": "a conditional 'ready to veto them' is THREATEN (docs/event-coding.md: an intended or possible hostile act with a condition, 'will impose sanctions if ...'; both annotators), and 'them' are 'further sanctions' whose author, the EU, the sentence does not name: a recipient only where one is named in the sentence (the development gold's convention in its DOCUMENT records), as HO27E-018 (adjudicated: 'the tariffs', no owner named: ACCUSE CAN, none), HO27D-023 (adjudicated: 'this', its author only in the context: REJECT KHM, none) and HO27D-029 (adjudicated: 'the move', no owner named: none); source as both annotators (Fico, 'he' of the page's previous line)",
        },
        "HO27N-033": {
            "event": "REJECT",
            "mode": "meet",
            "source": ["GTM"],
            "target": [],
            "follows": "a",
            "reason": "'We do not negotiate with criminals' refuses talks with no one the sentence names as an actor: 'criminals' is a common noun of no group, and the development gold gives a refusal no recipient where the other side is not named, HO26K-007 (calls to step down from unnamed callers rejected: REJECT PER, none) and HO27D-023 (adjudicated: REJECT KHM, none); b's HO26P-021 ('refused to negotiate with the Indigenous federation': REJECT meet ECU -> ECU) names an organisation, and the own state as recipient is the domestic convention of protest, coercive and violent acts (docs/event-coding.md), not of a refusal; mode 'meet' (b's): a refusal to negotiate is CAMEO 125 'Reject proposal to meet, discuss, or negotiate' -> REJECT meet (CAMEO2PLOVER-2021), as HO26P-021; type and source as both annotators",
        },
        "HO27N-034": {
            "event": "ASSAULT",
            "mode": "abduct",
            "source": ["GTM"],
            "target": ["GTM"],
            "follows": "b",
            "reason": "the inmates seized 'prison guards', officers of the state's prisons, and the development gold gives an attack on the state's own forces or officers the own state as recipient: HO26N-052 (Haitian soldiers killed in a gang ambush: ASSAULT HTI -> HTI) and HO26O-022 (armed groups attacked Syria's internal security forces: SYR -> SYR); the guards, like the inmates, are an unplaced domestic agent and take the document's home country (docs/event-coding.md: Guatemala, the page's title); a's HO26O-020 (adjudicated: 25 people kidnapped, 'none where no target is named') has private, unnamed victims; type, mode (abduct) and source as both annotators",
        },
        "HO27N-038": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "an agentless passive ('had been sanctioned twice') whose sanctioning state the sentence does not name (Washington only in the page's previous sentence), reporting two past acts as background to the report's news (the sanctions lifted, the next sentence); the development gold leaves such a background passive of past acts uncoded, HO26Z-032 (Timor-Leste 'was granted observer status' in 2022: NONE) and HO26U-060 (M23 formed in 2012, background: NONE); b's HO27C-046 ('have been sanctioned': SANCTION GBR -> PRK) is the day's own sanctions package, whose state the page's list gives and the sentence continues ('Additionally'); a close call: the development gold codes past acts in the pluperfect where their agent is named (HO26S-020, 'Iran had previously warned')",
        },
        "HO27N-041": {
            "event": "CONSULT",
            "mode": None,
            "source": ["FRA"],
            "target": ["GBR"],
            "follows": "a",
            "reason": "a meeting at Downing Street is a meeting in Britain, hosted by it, and a hosted meeting is visitor -> host (docs/event-coding.md, meetings: a meeting in one participant's country is hosted by it, 'Scholz met Tusk in Berlin': POL -> DEU; PLOVER manual 2.4.2, 3.2.2): Macron the visitor, FRA -> GBR, whoever is the grammatical subject; b's precedents code the visitor as source too, HO27A-019 (Rubio met Panama's president: USA -> PAN) and HO26W-032 (the US envoy met Netanyahu in Jerusalem: USA -> ISR)",
        },
    },
    modes_kept={
        "HO27N-029": "a's 'disapprove' kept (b 'allege'): CAMEO 112 'Accuse' is ACCUSE disapprove in CAMEO2PLOVER-2021, allege being the charges of 1121-1125, and the development gold codes Frederiksen's charge of US threats over Greenland disapprove, HO26P-046 (she slammed the U.S. for its repeated threats to take over Greenland: ACCUSE disapprove DNK -> USA); a's is not clearly wrong",
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s24.development_files(others))
    cited = hb.check_citations(s24.s21.s19.event_reasons(EVENTS_DECIDED), development)
    which = ("session 24, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, others, s24.s21.s19.s18.document_comment
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s24.s21.s19.s18.NEAR_RULE,
                "events": s24.s21.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
