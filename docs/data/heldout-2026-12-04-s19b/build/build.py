"""Assemble session 19's second held-out event set (news-heldout-s19b.json, HO27A) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the first s19 build's ``build_event_set`` it copies labels, leaves out the sentences
another gold file holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s19 set's included), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s19/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s19b/build")
EVENTS = NEWS / "news-heldout-s19b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; arrests and a prison sentence, accusations and condemnations, "
    "rejections, requests, threats and warnings, sanctions, tariffs and a consulate closed, "
    "drone and boat strikes, a state of emergency, protests and a road blockade, aid, support "
    "and thanks, a prisoner released, agreements and pledges, joint exercises, meetings and "
    "visits across the Americas (Venezuela, Canada, Colombia, Cuba, Brazil, Panama, Argentina, "
    "Peru, Guyana, Honduras and the US), Europe (Ukraine and Russia, Belarus, Lithuania, "
    "Georgia, Bosnia, Poland, Slovakia, Germany, Denmark and Greenland) and international "
    "organisations' meetings (the EU, NATO at The Hague, the G7 at Kananaskis, COP30 in Belem, "
    "the UN rights office, the IMF)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27A-032": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["BIH"],
            "target": ["BIH"],
            "follows": "b",
            "reason": "the governing verb is 'addressed a rally': a rally held or attended is a demonstration, PROTEST demo (CAMEO 141; docs/event-coding.md: 'a march or rally attended, joined, initiated or held'), and the development gold codes Dodik's rally in Banja Luka after the first-instance verdict so: HO26M-033 (Dodik gathered several thousand supporters in Banja Luka and, in the same sentence, rejected the verdict: PROTEST demo BIH -> BIH, the gathering coded, not the rejection); the accusations stand in a relative clause of place ('where he launched ...'), which describes the setting (docs/event-coding.md: a relative clause of place 'describes the setting'); recipient BIH, the Court of BiH named in the sentence, as both annotators",
        },
        "HO27A-034": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["RUS"],
            "target": [],
            "follows": "b",
            "reason": "a verb of saying whose reported clause judges an act wrong (politically motivated, would destabilise the Balkans) is ACCUSE disapprove (docs/event-coding.md, session 11; both annotators), and the speaker accuses the act's owner: the court that passed the sentence is not named in the sentence (Dodik, in the apposition, is the one sentenced), and the development gold gives no recipient where the owner of a verdict or charge judged so is unnamed: HO26P-012 (Dodik rejected the verdict, calling it politically motivated: REJECT BIH, no recipient) and HO26L-035 (a UN commission criticised the charges as 'reckless': ACCUSE disapprove IGO, no recipient)",
        },
    },
    modes_kept={
        "HO27A-007": "a's null kept (b 'discontinue'): a sanctions package adopted is SANCTION with no mode in the development gold, in the two records b cites, HO26N-001 (the EU adopted its 16th package against Russia: SANCTION IGO -> RUS+BLR, no mode) and HO26E-001 (a new round of EU sanctions on Russia: no mode); a's null is not wrong",
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(
        p for p in others if p.name not in s19.CHECK_FILES and "heldout-s19" not in p.name
    )
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development)
    events, near = s19.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 19, second set", SCOPE, f"{OUT}/"), others
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
