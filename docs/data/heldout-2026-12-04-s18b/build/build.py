"""Assemble session 18's second held-out event set (news-heldout-s18b.json, HO26Y) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md and the helpers of the first s18 build. Run from the
repository root with PYTHONPATH=src. It runs no coder: it copies labels, leaves out the sentences
another gold file holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s18 set's included), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s18/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s18b/build")
EVENTS = NEWS / "news-heldout-s18b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; arrests and detentions, accusations and criticism, "
    "rejections, threats and warnings, requests, sanctions, a consulate closed and a diplomat "
    "expelled, tariffs removed, strikes, mobilisations, prisoner exchanges, aid, agreements "
    "signed, meetings and protests across the Americas (Venezuela and the US, Brazil, Canada, "
    "Cuba, Peru, Haiti, Guatemala, Jamaica), Europe (Russia and Ukraine, Serbia, Bosnia, "
    "Georgia, Poland, Romania, Estonia, Hungary, France and the UK, Denmark and Greenland) and "
    "international organisations (the EU, NATO, the G7, the UN Security Council)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO26Y-002": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["VEN"],
            "target": ["VEN"],
            "follows": "b",
            "reason": "one event, of the governing verb: the minister 'confirmed the detention', and the development gold codes a confirmed act as that act, HO26M-032 (the court 'has confirmed the sentence' of Dodik: COERCE arrest BIH -> BIH) and HO26B-080 ('confirmed the lifting of sanctions': RETREAT); the ', accusing' participle is the second clause, which the gold does not code when the main verb codes (docs/event-coding.md: ', adding' and ', leaving' clauses are no act); the detained opposition politician is the domestic recipient, as both annotators give it",
        },
        "HO26Y-010": {
            "event": "REQUEST",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": "Trump's appeal (REQUEST USA, both annotators) is addressed to 'others', the allies of the summit named only by the context; a recipient only where one is named in the sentence: the development gold gives an unnamed party no code, HO26L-021 (Peters blamed 'outsiders': ACCUSE NZL, no recipient) and HO26S-043 (a welcome of an act whose author is not named: none)",
        },
        "HO26Y-012": {
            "event": "REJECT",
            "mode": None,
            "source": ["DNK"],
            "target": [],
            "follows": "b",
            "reason": "Greenland, a dependency with an ISO code, is folded into the state it belongs to in the development gold (PLOVER manual 5.1.2): HO26-077 (protests across Denmark and Greenland: source DNK only, adjudicated) and HO26T-015 (Copenhagen and Nuuk reject the US acquiring the island: DNK only, adjudicated); so the joint statement of the Danish and Greenlandic prime ministers is REJECT DNK, with no recipient as both annotators give (no one named who challenges the status)",
        },
        "HO26Y-014": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["SRB"],
            "target": [],
            "follows": "b",
            "reason": "Vucic criticised the arrest order (ACCUSE disapprove SRB, both annotators), whose issuer the sentence does not name: docs/event-coding.md's convention for condemned acts gives no recipient where no author is named, and the development gold codes criticism or welcome of an act with an unnamed author with none, HO26S-043 (a vote welcomed: USA, none, adjudicated) and HO26-015 (Israel welcomed 'an important step': none); the Bosnian prosecutors stand only in the page",
        },
        "HO26Y-018": {
            "event": "THREATEN",
            "mode": None,
            "source": ["BRA"],
            "target": [],
            "follows": "b",
            "reason": "Lula's warning that any unilateral tariff increase will be answered under the reciprocity law names no one it is aimed at; the development gold codes Brazil's conditional retaliation without a named party with no recipient, HO26E-049 (Lula said his country 'would retaliate': THREATEN BRA, none), as HO26S-020 and HO26S-055 (Iran's warnings with no named party: none); the USA is the context's",
        },
        "HO26Y-023": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the governing verb is the copula ('is one of the few things'): a standing state of the talks, no dated act, and the parties only as 'the two sides', named nowhere in the sentence; b's precedent HO26D-057 codes the governing verb 'pledged to swap' of Russia and Ukraine, named, on a given day, where the 'one of the few points' clause is only a relative, and HO26T-008 ('the two leaders agreed') takes its leaders from the call its speaker reports in the sentence; background with no act of its own is NONE in the development gold (HO26K-012, an opinion poll's finding; HO26B-064, a position restated with no act)",
        },
        "HO26Y-028": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["HTI"],
            "target": [],
            "follows": "b",
            "reason": "the Haitian government welcomed 'the resolution' without the sentence naming its author: a welcome of an act whose author is not named has no recipient in the development gold, HO26S-043 (Washington welcomed the 'historic vote' of the Council: SUPPORT USA, none, adjudicated), HO26-015 and HO26S-032 (a deal welcomed: none); the Security Council is named only in the context",
        },
        "HO26Y-035": {
            "event": "REJECT",
            "mode": None,
            "source": ["CAN"],
            "target": [],
            "follows": "b",
            "reason": "Joly's declaration that Canada's sovereignty is not open to debate is a refusal with no party named in the sentence ('In response' points to the sentence before); the development gold codes such a refusal with no recipient, HO26R-014 (Lula: a judicial issue and 'non-negotiable': REJECT BRA, none) and HO26K-031 (Hezbollah refused the disarmament initiative: none); a recipient only where one is named",
        },
        "HO26Y-037": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["FRA", "GBR"],
            "target": [],
            "follows": "b",
            "reason": "a formal agreement signed is SUPPORT in the development gold (PLOVER's signing of an agreement, CAMEO 057), joint with no recipient: HO26M-010 (the peace agreement signed by Rwanda and DR Congo: SUPPORT RWA+COD), HO26-046 (a joint declaration signed: ARM+AZE), HO26L-011 and HO26S-005 (a treaty and a protocol signed); AGREE is for an agreement to act later or a promise (HO26-011, a truce agreed to; HO26N-049, an intended act); sources FRA and GBR as both annotators",
        },
        "HO26Y-045": {
            "event": "RETREAT",
            "mode": "ease",
            "source": ["CAN"],
            "target": ["USA"],
            "follows": "b",
            "reason": "the sentence reports the removal announced, with no future or promise in it (the date it takes effect is the page's, not the sentence's); docs/event-coding.md's gold conventions code measures lifted now RETREAT and only lifting promised or agreed CONCEDE, and tariffs removed are eased (085); the development gold codes 'announced the lifting of sanctions' RETREAT (HO26G-029) and 'confirmed the lifting' RETREAT (HO26B-080), a vow to lift CONCEDE (HO26-059); mode ease as HO26R-045 and HO26R-046",
        },
        "HO26Y-048": {
            "event": "THREATEN",
            "mode": None,
            "source": ["BRA"],
            "target": [],
            "follows": "b",
            "reason": "Lula's conditional refusal to sign (THREATEN BRA, both annotators) names no party: the EU is the context's, not the sentence's; the development gold gives a threat with no party named in the sentence no recipient, HO26E-049 (Brazil 'would retaliate': none), HO26S-020 and HO26S-055 (none); a threat is coded to a party where the sentence names it (HO26T-018, Orban and the EU budget: HUN -> IGO)",
        },
    },
    modes_kept={
        "HO26Y-032": "a's discontinue kept (b null): closing the last Russian consulate cuts diplomatic relations, SANCTION discontinue as HO26H-026 (relations degraded to the lowest level: KHM -> THA); not clearly wrong",
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(
        p for p in others if p.name not in s18.CHECK_FILES and "heldout-s18" not in p.name
    )
    reasons = [
        *(d["reason"] for d in EVENTS_DECIDED.adjudications.values()),
        *EVENTS_DECIDED.modes_kept.values(),
        *(note for _, note in EVENTS_DECIDED.modes_taken.values()),
    ]
    cited = hb.check_citations(reasons, development)

    a = [s18.s17.with_annotation(r, "a") for r in hb.read_records(IN / "events-a.json")]
    b = [s18.s17.with_annotation(r, "b") for r in hb.read_records(IN / "events-b.json")]
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in near]
    build = hb.merge_events(pairs, EVENTS_DECIDED)
    events = build.summary()
    document = {
        "id": "ACCORD-HELDOUT-S18B-DOC",
        "event": "DOCUMENT",
        "comment": s18.document_comment(
            build.records,
            events,
            near,
            EVENTS_DECIDED,
            ("session 18, second set", SCOPE, f"{OUT}/"),
        ),
        "license": "quotations for research (short citation); labels CC BY-SA 4.0",
    }
    hb.write_gold(EVENTS, hb.event_gold_text(document, build.records), build.records, others)
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s18.NEAR_RULE,
                "events": s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
