"""Assemble session 29's third held-out event set (news-heldout-s29c.json, HO28D) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 18's DOCUMENT comment dated on this set's
day, b's labels read under ``annotations.b``) it copies labels, leaves out the sentences another
gold file (or the sentence files of session 29's other sets) holds in other words, applies the
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

IN = Path("/work/coord/s29/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s29c/build")
EVENTS = NEWS / "news-heldout-s29c.json"
# The CHECK files of session 29 (sessions 27 and 28's sets, pooled): never opened by the
# adjudicator, never cited; the build compares their sentences and pages as strings only.
CHECK_FILES = {
    "news-heldout-s27.json",
    "news-heldout-s27b.json",
    "news-heldout-s27c.json",
    "evidence-heldout-s27.jsonl",
    "news-heldout-s28.json",
    "news-heldout-s28b.json",
    "news-heldout-s28c.json",
    "evidence-heldout-s28.jsonl",
}
# Session 29's other sets were built at the same time on another branch: their sentence files
# are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s29/heldout/events-sentences.json"),
    Path("/work/coord/s29/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s29/heldout2/events-sentences.json"),
]
# The day this set was built, for its DOCUMENT comment.
DAY = "2026-12-06"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, at the same time as "
    "the session's first two sets: diplomatic relations and embassies (the US and Russia "
    "restoring their missions, embassies reopened in Damascus), recognition of Palestine and "
    "the boycott of the meeting, military exercises (a China-Russia naval drill, Balikatan, "
    "Talisman Sabre, Ulchi Freedom Shield and North Korea's criticism of it), air and naval "
    "incursions (Chinese aircraft and ships around Taiwan, coast guard ships off the Senkaku "
    "Islands and the protests they drew), fisheries access in the UK-EU deal, Afghan refugees "
    "deported from Pakistan, the UK-France returns deal signed, election observers (the OAS in "
    "Honduras and Bolivia, SADC in Tanzania), aid convoys attacked in Sudan and the blame for "
    "them, financial support between states (the US swap line for Argentina, a Saudi deposit "
    "for Pakistan rolled over), international courts (the ICJ's climate opinion, Hungary's "
    "withdrawal from the ICC, US sanctions on ICC judges, Sudan's case against the UAE "
    "dismissed), a Eurovision boycott, and statements with no event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28D-015": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["TWN"],
            "target": ["CHN"],
            "follows": "a",
            "reason": (
                "Taiwan deployed aircraft, naval ships and missile systems, MOBILIZE TWN (both "
                "annotators); the purpose clause names the force the deployment acts on, 'to "
                "monitor PLA activity' (China's army), and the development gold gives a "
                "deployment the state whose forces it is sent to track or encircle: HO27U-015 "
                "(Germany sent two Eurofighters 'to track a Russian IL-20m military aircraft': "
                "MOBILIZE DEU -> RUS, both annotators) and HO26N-022 (jet fighters, naval ships "
                "and coast guard vessels dispatched 'to encircle the island': MOBILIZE CHN -> "
                "TWN); no recipient where the forces act on their own territory or the other "
                "state stands only in an 'after' or 'in response to' phrase, b's HO27K-044 "
                "(warships deployed to patrol Venezuela's coastline, the US in an 'after' "
                "clause), HO26P-060 (a militia activated 'in response to the deployment' of US "
                "destroyers) and HO26N-023 (forces placed on alert); docs/event-coding.md denies "
                "MOBILIZE only a recipient of its own state. Mode b's 'troops': the development "
                "gold codes aircraft and warships deployed so, HO26N-022 (jet fighters, naval "
                "ships), HO27K-044 (warships and drones), HO26E-056 (two ships dispatched) and "
                "HO27O-008 (adjudicated: fighter jets scrambled, 'troops'); HO27U-015's null "
                "was kept by session 26's build only as not wrong, beside those"
            ),
        },
        "HO28D-016": {
            "event": "REQUEST",
            "mode": None,
            "source": ["JPN"],
            "target": [],
            "follows": "a",
            "reason": (
                "a Japanese coast guard vessel demanded that the patrol ships leave, REQUEST JPN "
                "(both annotators); the sentence names no state of the ships ('the patrol "
                "ships', 'they'): China is only in the page's other sentences, and the "
                "development gold gives no recipient for ships or aircraft whose state the "
                "sentence does not name, HO26N-037 (jets launched to intercept 'the drones', "
                "Russia's on the page: ASSAULT POL+NLD -> none, both annotators, 'the drones' "
                "owner is not named in the sentence'), HO27L-014 (a tanker seized: IRN -> none) "
                "and HO27O-008 (adjudicated: a drone incursion, 'the drones' owner is not "
                "named, no recipient'); docs/event-coding.md takes a sentence's source from the "
                "previous sentence only for a sentence opening with a pronoun, and the recipient "
                "is 'the first other actor after the trigger': here 'they', the ships, no actor; "
                "the gold's recipients of a demand are named in the sentence, HO26P-027 (China "
                "must explain: AUS -> CHN) and HO26B-039 (the Philippine side must stop: CHN -> "
                "PHL)"
            ),
        },
        "HO28D-028": {
            "event": "REQUEST",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": (
                "the OAS mission calls on state institutions, political forces, civil society, "
                "the media and citizens to cooperate, REQUEST IGO (both annotators); the "
                "sentence names no state, and the development gold gives an appeal to parties, "
                "stakeholders or citizens a state only where the sentence names it: HO27F-032 "
                "(observation missions called on stakeholders: IGO -> none), HO26X-049 (the "
                "African Union urges all concerned parties: IGO -> none) and HO26Z-024 "
                "(Guterres called on all parties: IGO -> none), against HO26X-050 ('the warring "
                "parties in Sudan': IGO -> SDN) and HO26G-014 ('all parties in Sudan': IGO -> "
                "SDN); Honduras is the page's subject, not named in this sentence"
            ),
        },
        "HO28D-029": {
            "event": "AID",
            "mode": None,
            "source": ["IGO"],
            "target": ["TZA"],
            "follows": "b",
            "reason": (
                "SADC launched its electoral observation mission 'to monitor Tanzania's 2025 "
                "General Election': observers sent to a state; CAMEO's verb dictionary codes "
                "sending observers 073 (SEND '* OBSERVERS' [073], PETRARCH2 CAMEO.2.0.txt) and "
                "types a mission launched by what it does ('{HUMANITARIAN MISSION}' [073], "
                "'{PEACEKEEPING MISSION}' [074] under LAUNCH), and CAMEO2PLOVER-2021 maps 073 "
                "and 074 to AID, so a's ground, no CAMEO code of its own, does not hold; the "
                "development gold codes an international mission deployed to a state AID IGO -> "
                "that state, HO27O-017 and HO27U-036 (peacekeeping missions in Lebanon and the "
                "DRC extended: AID IGO -> LBN / COD), and teams sent to a country AID -> the "
                "country, HO26Z-034 (disaster response teams sent: AID -> MMR) and HO26E-011 (a "
                "medical team dispatched: JPN -> MMR), with no mode (every AID record of the "
                "development files); OEDA's PLOVER reference gold codes the receiving side of an "
                "observer mission as an event between the host and the organisation "
                "(PLOVER-GSR01-RETREAT-0009, Kyrgyzstan received an OSCE mission of observers); "
                "SADC is IGO, as HO26W-042 codes it (the EU and SADC declared Tanzania's "
                "election neither free nor fair: IGO -> TZA); Tanzania named in the sentence, "
                "the recipient"
            ),
        },
        "HO28D-033": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "the convoy members 'were killed in an attack' whose attacker the sentence does "
                "not name; the UN is only the teller, 'the organization said'; "
                "docs/event-coding.md reads an agentless violent passive's source only from a "
                "later 'by X', a demonym or named force before the violent noun or a 'when' "
                "clause, else the event has no source ('Five farmers were wounded': no event), "
                "and no event record of the 52 development event files (2,335 events) has an "
                "empty source; the killings the development gold codes name their attacker, "
                "HO26V-003 (killed in an attack 'by the paramilitary Rapid Support Forces': SDN "
                "-> SDN), HO26F-006 ('by armed militants': BFA -> BFA) and HO26I-040 (an attack "
                "'launched from Afghanistan': AFG -> CHN), and unattributed deaths are NONE, "
                "HO27P-026 (41 people were killed) and HO26X-045 (22 people have been killed, "
                "according to the United Nations); a's precedents for IGO, HO26O-047 and "
                "HO26L-029, name their attacker (YEM)"
            ),
        },
        "HO28D-039": {
            "event": "REQUEST",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": (
                'the ICJ \'affirmed that states ... must "cooperate in good faith" to curb '
                "climate change': docs/event-coding.md, '\"X said Y must do Z\" becomes X "
                "REQUEST Y whatever the verb', as the development gold codes HO26P-027 (Marles "
                "said China must explain: REQUEST AUS -> CHN), HO26B-060 (Iran 'must cooperate "
                "fully': REQUEST USA -> IRN) and HO26O-039 (Trump must prove the charge: "
                "REQUEST ZAF -> USA); 'states' in general name no actor, no recipient, as "
                "HO27R-015 (the ICC's president urged UN member states to uphold their "
                "obligations: REQUEST IGO -> none) and HO26Z-009 (cooperation 'should not be "
                "interfered with': REQUEST CHN -> none); the court is IGO, as HO27I-050 codes "
                "it; an opinion addressed to no one party is still the court's statement that "
                "states must act"
            ),
        },
        "HO28D-043": {
            "event": "SANCTION",
            "mode": None,
            "source": ["USA"],
            "target": ["GEO", "MNG"],
            "follows": "b",
            "reason": (
                "Rubio designated two judges for asset freezes and travel bans, SANCTION USA "
                "(both annotators); the sentence gives the judges only by their states, 'of "
                "Georgia' and 'of Mongolia', and does not name the ICC; the development gold "
                "codes designated or sanctioned persons by the state the sentence gives them: "
                "HO27D-049 (adjudicated: 'two Iranian facilitators': USA -> IRN), HO26E-010 "
                "('eight Venezuelan officials': USA -> VEN), HO27C-046 ('North Korean "
                "officials': GBR -> PRK) and HO26D-058 (the Egyptian and Jordanian branches: "
                "USA -> EGY+JOR); a's IGO precedents name the UN in their sentence (HO26S-022, "
                "'U.N. employees'); 'of' gives the judges' nationality, not a place ('in/at'). "
                "Mode a's null: the development gold codes designations and asset freezes of "
                "named persons with no mode, HO27D-049, HO26E-010, HO26D-058, HO26C-011, "
                "HO26C-012 and HO26C-013 (asset-freeze sanctions: null)"
            ),
        },
        "HO28D-047": {
            "event": "REQUEST",
            "mode": None,
            "source": ["SDN"],
            "target": ["IGO"],
            "follows": "b",
            "reason": (
                "one event, of the governing verb: 'Sudan asked the court to take up its case', "
                "ASK, CAMEO 020 (PETRARCH2 CAMEO.2.0.txt has no ASK pattern for a court; "
                "bringing a lawsuit, 115, is FILE '* CASE (AGAINST)' or '* LAWSUIT' and LODGE "
                "'* COMPLAINT (WITH COURT)'), REQUEST SDN -> the court, IGO as HO27I-050 codes "
                "the ICJ; the ', alleging ...' participle gives the request's grounds, and the "
                "development gold codes the governing act, not such a participle, where the verb "
                "is itself an act: HO26Z-035 (Bangladesh asked India to hand over Hasina, "
                "'saying New Delhi is obligated': REQUEST BGD -> IND), ACCORD-NEWS-013 "
                "(expelled diplomats, 'accusing them of espionage': SANCTION) and HO26-003 "
                "(rejected claims, 'accusing Pakistan': REJECT); a's ACCUSE precedents have a "
                "verb of legal action as the governing verb, HO27U-028 ('submitted a "
                "declaration to join' the case: ACCUSE BLZ -> ISR) and HO26U-035 ('filed a "
                "formal complaint ... against Grossi, alleging': ACCUSE IRN -> IGO)"
            ),
        },
    },
)

# Where session 18's DOCUMENT comment does not fit this set: no record differs in its mode only
# (the comment lists the mode decisions in brackets, here none).
REWORDED = (
    (
        "where only the modes differ, a's stays unless it is clearly wrong ()",
        "no record differs in its mode only (the two records whose modes differ, HO28D-015 and "
        "HO28D-043, differ in their recipients too and are adjudicated above, the reason giving "
        "the mode)",
    ),
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and session 29's
    sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s29" not in p.name]


def document_comment(records: Any, events: Any, near: Any, decided: Any, which: Any) -> str:
    """Session 18's DOCUMENT comment, dated on this set's day (session 18's text names the day
    sessions 17-20 ran) and reworded where it does not fit this set (``REWORDED``)."""
    text: str = hb.dated(s19.s18.document_comment, DAY)(records, events, near, decided, which)
    for old, new in REWORDED:
        if text.count(old) != 1:
            raise hb.BuildError(f"session 18's comment no longer says {old!r} once")
        text = text.replace(old, new)
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
        ("session 29, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
        document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 29's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
