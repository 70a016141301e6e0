"""Assemble session 42's second held-out event set (news-heldout-s42b.json, HO29P) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (``build_event_set``) and the first s42 build's helpers (its
dated DOCUMENT comment, CHECK files, development files, the other sets' sentence files and
``event_reasons``). Run from the repository root with PYTHONPATH=src. It runs no coder: it
copies labels, leaves out the sentences another gold file (or the sentence files of session
42's other sets) holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s42 set and the evidence set included) and those
sentence files, and computes agreement. Its marker (heldout2/B-DONE) existed when the
adjudicator started; it was decided beside the first pair and built after it.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s42 = hb.load_build(DATA / "heldout-2026-12-07-s42" / "build" / "build.py")

IN = Path("/work/coord/s42/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s42b/build")
EVENTS = NEWS / "news-heldout-s42b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; deportation agreements with Guatemala and El Salvador, "
    "Chile's president-elect Kast, NATO's spending target at The Hague, the EU-Mercosur "
    "agreement, the EU's measures on Kosovo, Peru's break with Mexico, US sanctions on Brazil's "
    "Moraes and on Cuba, the Armenia-Azerbaijan declaration, Switzerland's tariff talks with "
    "Washington, CELAC and the EU, the Council of Europe's special tribunal, Guyana and "
    "Venezuela, Nicaragua and the UN, Belarus's prisoners and sanctions, Hungary and the ICC, "
    "Slovakia and the EU, Poland's veto, Paraguay and Taiwan, Colombia and Ecuador's tariffs, "
    "Iceland and the EU, and the Czech ammunition initiative, across the Americas, Europe and "
    "international organisations"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29P-003": {
            "event": "CONSULT",
            "mode": None,
            "source": ["CHL"],
            "target": [],
            "follows": "b",
            "reason": (
                "the main verb's pledge 'to work for all Chileans' is a programme at home with no "
                "other actor, which the development gold codes NONE for this leader, HO28O-035 "
                "(adjudicated) and HO28F-026; the participle clause names a meeting with its "
                "parties (Boric and party leaders, all Chilean), and a meeting with no host is "
                "coded with all participants as the actor and no recipient (docs/event-coding.md, "
                "meetings; PLOVER manual 2.4.2, 3.2.2), as HO27Q-030 (adjudicated: Boric phoned "
                "Kast: CONSULT CHL, none). A close call (a's NONE reads the participle as "
                "background)"
            ),
        },
        "HO29P-004": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "the development gold codes this candidate's campaign pledge to deport migrants "
                "NONE twice, HO28O-035 (adjudicated: 'During the campaign, Kast pledged to ... "
                "deport migrants': a candidate's programme at home, not CAMEO 03 or 13) and "
                "HO28F-026; a promise made on the campaign trail is no threat told to an actor"
            ),
        },
        "HO29P-006": {
            "event": "REJECT",
            "mode": None,
            "source": ["BEL"],
            "target": [],
            "follows": "a",
            "reason": (
                "Belgium's 'wouldn't get there either' is the refusal; Slovakia's clause is a "
                "statement that it 'reserves the right to decide its own defence spending' "
                "(CAMEO 01, statements, code nothing: docs/event-coding.md), neither refusing "
                "the target nor naming it; b's HO27W-004 has both states as subjects of one "
                "verb of refusal ('would also oppose'). A close call (b's BEL+SVK reads the "
                "second clause as a refusal too)"
            ),
        },
        "HO29P-018": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["CUB"],
            "target": ["USA"],
            "follows": "b",
            "reason": (
                "'countered Walz's remarks' is told by its content, 'describing them as "
                "threatening and deceitful', a characterising judgement (ACCUSE disapprove, "
                "docs/event-coding.md session 11), and the development gold codes this very "
                "rebuttal so, HO28U-034 (Rodriguez 'labeled Walz's remarks \"threatening, "
                "arrogant, deceitful, and cynical\"': ACCUSE disapprove CUB -> USA); the remarks "
                "are no claim refuted of the kinds docs/event-coding.md reads as REJECT (manual "
                "3.10: a claim, accusation, report, figures or proposal). A close call"
            ),
        },
        "HO29P-021": {
            "event": "AGREE",
            "mode": None,
            "source": ["CHE"],
            "target": ["USA"],
            "follows": "b",
            "reason": (
                "an offer being prepared is an intended cooperative act, which docs/event-"
                'coding.md codes AGREE (\'an intended cooperative act ("will support", "ready to '
                "send\") becomes AGREE', CAMEO 03, here 035, intent to yield), and the "
                "concessions named are purchases from the United States, the party the offer is "
                "for; the development gold codes a stated readiness with its counterpart as "
                "recipient, ACCORD-2025-043 (an offer to resign for NATO membership: UKR -> "
                "NATO). A close call (a's NONE: the offer is not yet made)"
            ),
        },
        "HO29P-023": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "a body approving the signing of an agreement is SUPPORT ('approve policy ... or "
                "ratify, sign, or finalize an agreement', PLOVER 2.0 manual 3.3, CAMEO 057), as "
                "the development gold codes a council's approval of a deal before its signing, "
                "HO26G-027 (adjudicated: the Council of Ministers approved the deal: SUPPORT "
                "VUT, none); a's AGREE is for an intent to cooperate, and the authorisation is "
                "an approval done"
            ),
        },
        "HO29P-024": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'negotiations will now begin' names no party, and docs/event-coding.md's "
                "precision rules code an event noun only with a light verb or its parties "
                "('talks between X and Y'); Berset is only the source of the report ('According "
                "to'), not a party the sentence gives; b's HO26R-005 names the parties as the "
                "subject of 'agreed to formally begin negotiations' (AUS+FJI)"
            ),
        },
        "HO29P-034": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["HUN"],
            "target": [],
            "follows": "b",
            "reason": (
                "'this very important court' is named only by the context, which the gold does "
                "not code (EV-048: a referent given only by another sentence), and the "
                "development gold gives a judgement no recipient where the sentence names none, "
                "HO27E-018 (adjudicated: Carney 'called the tariffs \"unjustified\"', their owner "
                "not named: ACCUSE CAN, none); type, mode and source as both annotators"
            ),
        },
    },
    modes_kept={
        "HO29P-016": (
            "a's 'discontinue' kept (b null): sanctions imposed are CAMEO 163, which "
            "docs/event-coding.md codes SANCTION 'discontinue' as the PLOVER 2.0 manual (sec. "
            "3.13.3, table 7.1) does; the development gold gives US sanctions on persons both ways "
            "(HO26H-051 null; ACCORD-2025-058 'discontinue' for a tariff), so a's documented mode "
            "is not wrong"
        ),
        "HO29P-017": (
            "a's 'discontinue' kept (b null): 'imposing unprecedented sanctions' is CAMEO 163, "
            "SANCTION 'discontinue' in docs/event-coding.md (PLOVER 2.0 manual 3.13.3)"
        ),
        "HO29P-033": (
            "a's 'discontinue' kept (b null): 'imposed wide-ranging sanctions' is CAMEO 163, "
            "SANCTION 'discontinue' in docs/event-coding.md (PLOVER 2.0 manual 3.13.3)"
        ),
        "HO29P-042": (
            "a's 'discontinue' kept (b null): tariffs and a suspension of sales imposed are "
            "CAMEO 163, SANCTION 'discontinue' in docs/event-coding.md, as ACCORD-2025-058 "
            "(a tariff imposed: SANCTION discontinue); HO26R-056's null is the other practice"
        ),
        "HO29P-043": (
            "a's 'discontinue' kept (b null): tariffs slapped on imports are CAMEO 163, "
            "SANCTION 'discontinue' in docs/event-coding.md, as ACCORD-2025-058 (an extra tariff "
            "imposed: SANCTION discontinue)"
        ),
        "HO29P-050": (
            "a's null kept (b 'military'): docs/event-coding.md gives AGREE the mode 'military' "
            "for an arms sale only offered or promised (CAMEO 0332), and coordinating an "
            "initiative to source ammunition is no sale; CAMEO2PLOVER-2021 writes 'military' "
            "for 0332 as its context column, not a mode, and the development gold codes every "
            "AGREE with no mode"
        ),
    },
    modes_taken={
        "HO29P-014": (
            "allege",
            "b's 'allege' taken (a 'disapprove'): 'accusing ... of repeatedly interfering' is "
            "the development gold's ACCUSE allege, HO29A-010 ('accused Canada of using energy "
            'as a "bargaining chip"\') and HO27Y-004, and a sentence that both calls an act '
            "criminal and accuses of it is coded allege, HO28Q-024",
        ),
    },
)


def main() -> None:
    others = s42.gold_files(EVENTS)
    development = hb.record_files(s42.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s42.event_reasons(EVENTS_DECIDED), development, own)
    which = ("session 42, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        which,
        [*others, *s42.siblings(IN / "events-sentences.json")],
        s42.comment(()),
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s42.s18.NEAR_RULE} and the sentence files of session 42's other sets",
                "events": s42.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
