"""Assemble session 23's third held-out event set (news-heldout-s23c.json, HO27L) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with session 19's ``build_event_set`` it copies labels, leaves out the sentences another
gold file (or the sentence file of session 23's other two event sets) holds in other words,
applies the adjudicator's decisions below, checks the new file against every other gold file
and those two sentence files, and computes agreement.
"""

import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s23/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s23c/build")
EVENTS = NEWS / "news-heldout-s23c.json"
# The CHECK files of session 23 (sessions 21 and 22's sets, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s21.json",
    "news-heldout-s21b.json",
    "news-heldout-s21c.json",
    "evidence-heldout-s21.jsonl",
    "news-heldout-s22.json",
    "news-heldout-s22b.json",
    "news-heldout-s22c.json",
    "evidence-heldout-s22.jsonl",
}
# Session 23's other two event sets were built at the same time on another branch: their
# sentence files are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s23/heldout/events-sentences.json"),
    Path("/work/coord/s23/heldout2/events-sentences.json"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme in any region (trade and economic "
    "measures, courts and legal action, elections, humanitarian access and aid, cyber "
    "operations, maritime incidents, migration and border measures, energy and environmental "
    "diplomacy, routine diplomacy): export controls, tariffs and countermeasures and tariffs to "
    "be removed, prison sentences and a lawsuit, an election result dismissed and a candidate "
    "criticised, a call for humanitarian access, relief cargo sent and a demand for refugees' "
    "return, cyber campaigns attributed, an ambassador summoned, sanctions on spies and hackers "
    "and allegations rejected, tankers seized and detained and a threat to close a strait, "
    "removals ordered, deportations and troops sent to a border, fugitives handed over, pledges "
    "to buy power and gas, a sanctions exemption agreed and a resolution urging a cut in "
    "Russian energy, a threat to block aid and electricity supplies cut off, visits, meetings "
    "and consultations announced, and a strike on a suspected drug boat, across the Americas "
    "(the US, Mexico, Canada, Brazil), Europe (the EU, Slovakia, Estonia, the Czech Republic, "
    "the UK, France, Hungary, the Netherlands), Africa (Tanzania, Cameroon, Egypt and Ethiopia, "
    "Kenya and South Sudan, DR Congo, Eswatini, Sudan), Asia (China and Japan, India, Pakistan "
    "and Afghanistan, Iran, Türkiye and Gaza) and international bodies (the UN, NATO, COP30)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27L-010": {
            "event": "AGREE",
            "mode": None,
            "source": ["CHN"],
            "target": ["RUS"],
            "follows": "b",
            "reason": "the foreign minister 'is set to travel' to Russia for consultations on 1-2 December, as a ministry official announced the Friday before: a meeting announced and not yet held is an intended cooperative act, AGREE (docs/event-coding.md: 'an intended cooperative act ... becomes AGREE', and 'a future meeting as AGREE (manual 3.2.1)'), as the development gold codes meetings announced: HO26J-057 (will hold another round of peace talks next week: AGREE PAK+AFG), ACCORD-SEED-040 (indicated that he would meet with Zelensky soon: AGREE USA -> UKR) and HO26J-039 (agreed to hold the next meeting of the Council: AGREE); a's precedent HO26F-051 is a visit under way (Modi arrived in Ghana on a State visit: CONSULT visit), not one announced; visitor -> host, CHN -> RUS, as both annotators",
        },
        "HO27L-024": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["EST"],
            "target": ["RUS"],
            "follows": "b",
            "reason": "a tanker detained is COERCE seize (both annotators), and its recipient is the state the sentence names as the ship's owner: HO26N-044 (detained a Greek-owned oil tanker: COERCE seize RUS -> GRC), none only where the sentence names no owner, as a's precedent HO26F-004 (seizing a vessel in international waters: USA, none); the development gold gives acts on vessels of Russia's shadow fleet Russia as recipient, also where Russia stands only in a phrase of the noun: HO26F-046 (measures on 41 additional vessels linked to Russia's shadow fleet: SANCTION IGO -> RUS) and ACCORD-2025-059 (dozens of vessels of Russia's shadow fleet: SANCTION GBR -> RUS); the relative clause 'which forms part of Russia's shadow fleet' says whose the tanker is, as 'Greek-owned' does, and reports no act of its own (the relative clauses that give no recipient in docs/event-coding.md hold one: 'a resolution that portrayed Russia')",
        },
        "HO27L-028": {
            "event": "AGREE",
            "mode": None,
            "source": ["KEN", "SSD"],
            "target": [],
            "follows": "a",
            "reason": "a pledge to buy power is an intended cooperative act, AGREE with both pledging states as actor (both annotators); the seller is given only as 'the dam', and Ethiopia is not named in the sentence (b takes it from the page): the development gold gives no recipient where the party acted on is not named in the sentence, HO26Z-029 (Erdogan hailed the group's disarmament, the group unnamed: SUPPORT TUR, none, adjudicated), HO27A-034 (a prison sentence judged politically motivated, its court unnamed: ACCUSE RUS, none, adjudicated) and HO26G-052 (the signing of the Doha Framework welcomed: SUPPORT COD, none), by the rule of the DOCUMENT records since session 18, 'a recipient only where one is named in the sentence'",
        },
        "HO27L-040": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["SWZ"],
            "target": ["SWZ"],
            "follows": "b",
            "reason": "of two coordinated predicates the first is negated ('has not disclosed the terms', a non-occurrence that codes nothing), and the development gold then codes the second: HO26U-011 (has not denied this but blames DR Congo: ACCUSE RWA -> COD) and HO26O-008 (did not ask for a ceasefire but sought a dialogue: REQUEST); the second, Eswatini 'is facing a lawsuit from local activists who claim it was illegal', reports a legal action whose party is named, an accusation (CAMEO 115, a lawsuit brought), as HO26L-034 (Machar faces charges of treason: ACCUSE allege SSD -> SSD) and HO26O-018 (the federal government sued in an Iraqi court, calling the deals illegal: ACCUSE IRQ -> IRQ); docs/event-coding.md codes no event for 'face' only 'with no actor after it' (a condition, as HO26F-050, an unemployment rate faced: NONE), and here the activists follow; the local activists and the government they sue are both Eswatini's: SWZ -> SWZ, mode allege as b (an illegality claimed, as HO26L-034)",
        },
        "HO27L-043": {
            "event": "CONSULT",
            "mode": None,
            "source": ["JPN"],
            "target": ["CHN"],
            "follows": "b",
            "reason": "a meeting, CONSULT (both annotators); docs/event-coding.md makes all participants the actor 'with no host', its examples a meeting in a third country and a phone call, as ACCORD-2025-001 (met Lavrov in Riyadh: USA+RUS, none) and HO26M-058 (a telephone conversation: KAZ+RUS, none); where the sentence gives no place at all, the development gold codes 'X met (with) Y' from the subject to the one met: HO27A-019 (Rubio met with Panama's President: CONSULT USA -> PAN), HO26U-057 (Mirziyoyev met with Berdimuhamedov: UZB -> TKM) and HO26X-031 (Hamas's delegation met Egyptian and Qatari officials: PSE -> EGY+QAT); so Kanai, the subject, JPN -> CHN, his Chinese counterpart the one met",
        },
    },
    modes_kept={
        "HO27L-001": "a's 'discontinue' kept (b null): export controls imposed are SANCTION discontinue in the development record b cites, HO26B-023 (27 American companies added to export control lists: discontinue), and tariffs imposed or announced are discontinue in 8 development records and null in 5; a's is not wrong",
        "HO27L-011": "a's 'discontinue' kept (b null, as HO26R-056): tariffs imposed or announced for a set day are SANCTION discontinue in 8 development records and null in 5, among them HO26K-046 (50% tariffs on Brazilian products from August: discontinue) and HO26-076 (new tariffs on goods from eight states: discontinue); a's is not wrong",
        "HO27L-012": "a's 'discontinue' kept (b null, as HO26E-032, countermeasures imposed: null): retaliation against the US tariffs on steel and aluminium is discontinue in HO27A-002 (Canada's retaliatory tariffs after the US 25% tariff on steel: discontinue) and HO26M-044 (retaliatory tariffs confirmed: discontinue); both occur, and a's is not wrong",
        "HO27L-037": "a's 'visit' kept (b null, as HO27A-019): both annotators take 'The President' from the page as India's president on her state visit to Slovakia, and the development gold gives a meeting on a visit the mode visit, HO26D-015 (the same president's state visit to Angola: visit) and HO26X-028 (Prabowo and Wong's retreat in Singapore: visit); a's is not wrong",
        "HO27L-047": "a's null kept (b 'change'): a call on a state to reduce, halt or reconsider a policy is REQUEST with no mode in most development records (94 REQUEST records null, 9 change), among them HO26R-013 (Lula urged Trump to reconsider the tariff: null) and HO26P-054 (urged Seoul to reconsider these restrictions: null); a's null is not wrong",
    },
)


def document_comment(*args: Any) -> str:
    """Session 18's DOCUMENT comment, which s19's ``build_event_set`` writes, dated on this
    set's day: session 18's text names the day of the sessions 18-20 builds."""
    return S18_COMMENT(*args).replace(", 2026-12-04): ", ", 2026-12-05): ", 1)


S18_COMMENT = s19.s18.document_comment
s19.s18.document_comment = document_comment


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(
        p for p in others if p.name not in CHECK_FILES and "heldout-s23" not in p.name
    )
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development)
    events, near = s19.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 23, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 23's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
