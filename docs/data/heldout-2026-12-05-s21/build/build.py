"""Assemble session 21's held-out pair (news-heldout-s21.json, HO27D; evidence-heldout-s21.jsonl,
EVH21) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md and session 19's ``build_event_set``. Run from the
repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new files against every other gold file, and computes agreement.
"""

import sys
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s21/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s21/build")
EVENTS = NEWS / "news-heldout-s21.json"
EVIDENCE = NEWS / "evidence-heldout-s21.jsonl"
# The CHECK files of session 21 (the last two sessions' sets, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s19.json",
    "news-heldout-s19b.json",
    "evidence-heldout-s19.jsonl",
    "news-heldout-s20.json",
    "news-heldout-s20b.json",
    "evidence-heldout-s20.jsonl",
}
# What B's copy of an evidence record shares with A's: B labelled a sentence file without the
# collector's found_by (which the gold does not keep), so that field is not compared.
EVIDENCE_PAIRED = tuple(f for f in hb.EVIDENCE_FIELDS if f != "found_by")
# The day session 21 built its sets; session 18's DOCUMENT comment writes its own (2026-12-04).
BUILT = "2026-12-05"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, denials and refusals, drone "
    "strikes and a border attack, arrests, a treachery charge and a pardon, a curfew, "
    "demonstrations and a riot, visas revoked and military advisers expelled, sanctions "
    "designations, a threat and a warning, military drills, weapons laid down by an armed group, "
    "requests, agreements, meetings and a visit, support and aid, and statements with no event "
    "across Africa (Sudan, Kenya, Rwanda and the DR Congo, Uganda, Burkina Faso), the Middle East "
    "(Iran with France, Germany and the UK, Syria, Israel, the EU and the US, Turkey and the PKK), "
    "Asia (Afghanistan and Pakistan, India and Pakistan, Bangladesh, Thailand and Cambodia, Japan "
    "and South Korea, North Korea, China and Taiwan, the Philippines and China, Nepal) and "
    "Oceania (the Pacific Islands Forum in Honiara, Papua New Guinea and Australia, Vanuatu)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27D-003": {
            "event": "ASSAULT",
            "mode": "drone",
            "source": ["SDN"],
            "target": ["SDN"],
            "follows": "a",
            "reason": "the strike hit a named place of the actor's own country, the Mashi al-Safiya Mosque, and an attack on a named domestic target takes the actor's own state as recipient (news-heldout-s7's DOCUMENT convention), as HO26G-006 (adjudicated: insurgents attacked a named neighbourhood: MOZ -> MOZ); the development gold codes this very strike so, HO26V-001 (the RSF 'killed 75 people in a drone strike on a mosque' in El-Fasher on the same Friday: ASSAULT drone SDN -> SDN); b's precedent HO26F-001 (a drone exploded in a market, no place of worship or victim named: none) and HO26I-026 (adjudicated, a village airstrike: none) name no target the sentence identifies as a building of the community; type, mode and source as both annotators",
        },
        "HO27D-005": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["SDN"],
            "target": [],
            "follows": "b",
            "reason": "one event, of the first of two coordinated verbs: the committee 'described the victims as' killed in cold blood, a characterising verb whose predicate condemns an act (docs/event-coding.md, session 11), ACCUSE disapprove, as HO26-043 (Tusk 'described the attack as' a grave violation: ACCUSE POL, none); the appeal for intervention is the second verb, and the development gold codes a judgement followed by a demand by the judgement, HO26V-035 (adjudicated: 'this was unacceptable' and Tehran must cooperate: ACCUSE) and the first of two coordinated acts, HO26D-001 (decided to expel officials 'and recalled' the ambassador: SANCTION expel); the killers are not named: no recipient (both annotators)",
        },
        "HO27D-010": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the ones who voiced alarm are unnamed 'human rights organizations', no actor a gold record codes, and the development gold gives a sentence whose only speaker is unnamed rights groups no event: HO26M-031 ('Rights groups say' Saied controls the judiciary: NONE) and HO26U-041 (ten international rights organisations 'issued a statement': NONE); the Kenya National Commission on Human Rights stands only as the source of the reports of fatalities ('by the state-funded'), not as the one voicing alarm; concern voiced over something would be ACCUSE disapprove (docs/event-coding.md) had its holder been named",
        },
        "HO27D-017": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "Marape's remark to the media is a statement (CAMEO 01, which codes nothing: docs/event-coding.md), and the visit stands only in the clause that completes 'the first time', background to the main verb as a noun's or a relative clause is (docs/event-coding.md: a parenthetical relative clause is background; no recipient from a relative clause of a noun); the development gold leaves such 'first time' clauses uncoded, HO26I-037 (', marking the first time' the government implicated the UAE: only the accusation coded) and HO26-038 ('the first time senior Houthi officials have been killed': only the strike coded); a reported act of force is coded as the act (docs/event-coding.md), but a visit is no act of force, and the sentence names no one who visits but 'a UN boss'",
        },
        "HO27D-022": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["BGD"],
            "target": [],
            "follows": "b",
            "reason": "a welcome of an act whose author the sentence does not name has no recipient (a recipient only where one is named in the sentence): the interim government that banned the Awami League is not named, only 'the decision', as HO26S-043 (adjudicated: Washington welcomed 'the historic vote': SUPPORT USA, none) and HO26G-052 (the DRC government welcomed the signing of the Doha Framework: SUPPORT COD, none); the domestic recipient of docs/event-coding.md is for protest, coercive and violent acts, not for support; type and source as both annotators",
        },
        "HO27D-023": {
            "event": "REJECT",
            "mode": None,
            "source": ["KHM"],
            "target": [],
            "follows": "b",
            "reason": "refuting a claim is REJECT (docs/event-coding.md, session 8; both annotators), and the claim is only 'this', its author (Thailand) given by the previous sentence: no recipient, as HO26O-037 ('The government refutes this': REJECT TGO, none), HO26S-006 ('The charge is rejected by Kabul': REJECT AFG, none) and HO26J-014 (adjudicated: allegations whose author is not named: REJECT ERI, none)",
        },
        "HO27D-029": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["PAK"],
            "target": [],
            "follows": "b",
            "reason": "the minister called 'the move' an act of water warfare, a characterising verb whose predicate condemns (ACCUSE disapprove, both annotators), and the sentence does not name whose move it is (India, only in the context): the speaker accuses the act's owner (docs/event-coding.md), and with no owner named there is no recipient, as HO26U-006 (the Awami League 'called the ban illegal': ACCUSE BGD, none), HO26-043 (Tusk 'described the attack as' a violation: ACCUSE POL, none) and HO26D-056 (adjudicated: 'paramilitary attacks' names no actor: ACCUSE IGO, none)",
        },
        "HO27D-032": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["IND"],
            "target": [],
            "follows": "b",
            "reason": "praise of an act whose author the sentence does not name has no recipient: the chief minister 'lauded the suspension' of the treaty, and the government that suspended it is not named, as HO26S-043 (adjudicated: Washington welcomed 'the historic vote': SUPPORT USA, none), HO26G-052 (the signing welcomed: SUPPORT COD, none) and ACCORD-FRESH-021 (Iran welcomed the peace deal: SUPPORT IRN, none); a's IND -> IND takes the author from the context; type and source as both annotators",
        },
        "HO27D-036": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["UGA"],
            "target": ["UGA"],
            "follows": "b",
            "reason": "a charge added, with no arrest or detention in the sentence, is a legal accusation: the development gold codes charges of treason brought by the authorities ACCUSE allege, HO26L-034 (adjudicated: Machar 'faces charges of treason': ACCUSE allege SSD -> SSD, citing the PLOVER structured codebook's 'charge with a crime' under ACCUSE allege), and keeps COERCE arrest for a sentence whose act is an arrest, HO26I-013 ('were arrested by police' and charged: COERCE arrest PAK -> PAK) and HO26R-009; source and recipient as both annotators (Besigye, named, is Ugandan)",
        },
        "HO27D-044": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["NPL"],
            "target": [],
            "follows": "b",
            "reason": "protests that 'erupted', with no one named as what they are against, have no recipient in most of the development gold (24 PROTEST demo records with none against 17 with the own state), and the records of a demonstration that took place or erupted give none: HO26I-003 (protests 'also erupted in other parts of Kenya': PROTEST demo KEN, none), HO26K-024 ('the first mass demonstrations took place in Tripoli': none) and HO26N-003 (another student protest 'took place': none); the curfew orders violated name no authority; type, mode and source as both annotators",
        },
        "HO27D-049": {
            "event": "SANCTION",
            "mode": None,
            "source": ["USA"],
            "target": ["IRN"],
            "follows": "a",
            "reason": "the designated network is named by its members' state ('two Iranian facilitators'), as HO26D-058 codes a designation by the designated groups' states (the Egyptian and Jordanian branches: SANCTION USA -> EGY+JOR) and HO26E-010 sanctions on 'eight Venezuelan officials' (USA -> VEN); the individuals and entities are only placed, 'based in Hong Kong and the United Arab Emirates', and places are not sources or targets (docs/event-coding.md: a country after an actor and 'in/at', 'the Chinese embassy in Washington'); type, mode and source as both annotators",
        },
    },
    modes_kept={
        "HO27D-038": "a's null kept (b 'violence' as HO26I-043, adjudicated: a response at the level of self-defence); a warning of strength with no act of force threatened is THREATEN with no mode in the development gold as well, HO26F-055 (the Houthis 'will pay a heavy price': THREATEN ISR -> YEM, no mode); a's null is not wrong",
        "HO27D-046": "a's null kept (b 'yield', CAMEO 1056, demand de-escalation, as HO26G-017 (adjudicated: a demand for release, REQUEST yield)); the development gold codes demands of the kind with no mode as well, HO26K-026 (demanded his unconditional release: REQUEST, no mode) and HO26W-026 (urged Kiir to lift the house arrest: no mode), so a's null is not wrong",
        "HO27D-047": "a's null kept (b 'yield'): a call to lift sanctions is an appeal (CAMEO 02, which the 2021 table does not map and docs/event-coding.md codes REQUEST), and the development gold codes calls on a state to ease or refrain with no mode, HO26W-026 (urged Kiir to lift the house arrest) and HO26Q-033 (urge Iran to refrain: REQUEST GBR+FRA+DEU -> IRN); a's null is not wrong",
    },
    modes_taken={
        "HO27D-033": (
            None,
            "b's null taken (a 'disarm'): the development gold codes this very act, the PKK fighters' laying down of weapons at the ceremony in northern Iraq on 11 July 2025, RETREAT with no mode, HO26X-019 (adjudicated: fighters 'handed over their weapons in a ceremony': RETREAT TUR, none, no mode); one act coded with two modes in the gold would be a's slip, not a reading",
        ),
    },
)

# The seven quotations B could not confirm on the cited page (B's sentence file had no found_by,
# so B ran queries of its own): (the cited page, the collector's found_by query, what came back
# when the adjudicator ran that query once, pages corpus). Each time the cited page came back
# with the sentence word for word in its excerpt.
RECHECKED = {
    "EVH21-002": (
        "https://dailyguardian.eu/using-russian-assets-to-fund-ukraine-looks-increasingly-difficult-says-eu-top-diplomat-politico/amp",
        "Kallas reparations loan frozen Russian assets Ukraine Belgium objections",
        "the query returned the cited AMP page (rank 2; B had found the sentence on the page's non-AMP address with its own query)",
    ),
    "EVH21-004": (
        "https://eu.news-pravda.com/world/2025/11/26/137306.html",
        "Kallas reparations loan frozen Russian assets Ukraine Belgium objections",
        "the query returned the cited page (rank 7)",
    ),
    "EVH21-007": (
        "https://unn.ua/en/news/the-ministry-of-economy-expects-the-reconstruction-fund-from-the-usa-to-start-operating-within-a-few-weeks",
        "Svyrydenko minerals agreement ratified Verkhovna Rada reconstruction investment fund",
        "the query returned the cited page (rank 1)",
    ),
    "EVH21-010": (
        "https://cccv.info/?p=453624",
        "Zelensky we will not recognize occupied territories as Russian Donbas withdrawal demand 2025",
        "the query returned the cited page (rank 5); the sentence's odd wording ('from demanding to give up') is the page's",
    ),
    "EVH21-019": (
        "https://kyivpost.com./post/47359",
        "Lavrov says Western troops in Ukraine unacceptable under any flag security guarantees Russia must be part",
        "the query returned the cited page at its address with the trailing dot after the host (rank 7)",
    ),
    "EVH21-029": (
        "https://ukrweekly.com/uwwp/verkhovna-rada-approves-amendment-on-specific-procedures-for-the-donbas",
        "Verkhovna Rada law special status Donbas amendments constitution decentralization August 2015 vote clashes",
        "the query returned the cited page (rank 4)",
    ),
    "EVH21-036": (
        "http://thejacksonpress.org/?p=110474",
        "Esper troop reduction 8,600 Afghanistan conditions-based Taliban al-Qaeda commitments",
        "the query returned the cited page (rank 3)",
    ),
}

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH21-006": "follows B (third engineer, session 21): the spokeswoman's 'all parties should work toward a political solution' and China's readiness to play a constructive role push for a negotiated end, the ceasefire scale's high side, as the development gold codes such Chinese statements: EVH-039 (adjudicated: China hopes the parties 'seek a political settlement through dialogue': CHN ceasefire high), EVH5-025 (adjudicated: a 'constructive role' in peace negotiations: CHN ceasefire high), EVH-040 and EV-189; EV-127 and EVH12-013 (a willingness to negotiate: no stance) state a party's readiness to talk, not what all parties should do; 'lasting security' names no guarantee",
        "EVH21-007": "follows B (third engineer, session 21): the holder is 'The government', whose state the sentence does not name (Ukraine's only by the page), and the gold is coded sentence by sentence (docs/event-coding.md, gold conventions for stance evidence: what the sentence itself states): a sentence with no actor of its own has no stance, as EVH18-029 (adjudicated: 'They', the authors named only in the sentence before: no stance) and EVH10-037 (adjudicated: 'We' the only speaker: no actor); A's UKR minerals_deal high is the reading the page would give",
        "EVH21-009": "follows B (third engineer, session 21): Putin makes talks to end the war wait for Ukraine's withdrawal from the four regions, a cession first (RUS territory low, both annotators) and no end of the fighting except on Russia's terms, the ceasefire scale's low end ('no ceasefire until a comprehensive settlement on the stronger side's terms'); the development gold gives the same demand both Russian stances: EVH11-017 (halt operations only if Ukraine withdraws from the four regions: RUS territory and ceasefire low), EVH16-001 (a full cease-fire only if Ukrainian forces withdraw from the four regions: both low) and EVH13-013 (adjudicated: a withdrawal demanded as part of any ceasefire deal: RUS ceasefire low besides territory low)",
        "EVH21-036": "follows B (third engineer, session 21): 'going down to a number less than 5,000' does not say what is reduced (no troops, forces, Afghanistan or withdrawal in the sentence), so the issue is given only by the context and the sentence states no stance (the EV-048 rule: 'that suggestion' given only in the previous sentence), as the development gold decided for the same quotation of Esper in other words, EVH15-035 (adjudicated: no stance); EVH13-036 ('reduce forces in the country': USA us_withdrawal low) names the forces",
        "EVH21-037": "follows B (third engineer, session 21): the Taliban put a US commitment to leave before any negotiations with the Kabul government, so as things stand there are no talks between the Taliban and Kabul, TAL intra_afghan_talks low, as the development gold codes talks refused until a condition is met: EVH-044 (the Taliban 'will not negotiate with the government in Kabul until' prisoners are released: TAL intra_afghan_talks low) and EVH18-031 (the same until all 5,000 are released: low); TAL us_withdrawal high as both annotators (EVH2-070)",
        "EVH21-038": "follows B (third engineer, session 21): 'the reduction' is not said in the sentence to be of US forces (only the report's context gives it), so the sentence states no issue: the EV-048 rule, as EVH15-035 (adjudicated: a number 'less than 5,000' with no forces named: no stance) and EVH14-017 (adjudicated: 'the deal' given only by the context: no stance)",
    },
    rechecked={
        rid: {
            "status": "verbatim",
            "url_checked": url,
            "differences": f"none; the collector's query ('{query}') run once: {note}",
            "by": "third engineer (s21-heldout), session 21 (2026-12-05), search tool pages corpus",
        }
        for rid, (url, query, note) in RECHECKED.items()
    },
)


def dated(comment: Callable[..., str]) -> Callable[..., str]:
    """Session 18's ``document_comment`` with this session's build day in its title, where
    session 18's writes its own day (the shared build helpers take no date)."""

    def with_day(*args: object) -> str:
        text = comment(*args)
        if "2026-12-04):" not in text:
            raise hb.BuildError("session 18's DOCUMENT comment no longer dates its title")
        return text.replace("2026-12-04):", f"{BUILT}):", 1)

    return with_day


# session 19's ``build_event_set`` writes the DOCUMENT record with session 18's comment.
s19.s18.document_comment = dated(s19.s18.document_comment)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s21b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s21" not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    events, near_events = s19.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 21", SCOPE, f"{OUT}/"), others
    )
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, EVENTS],
        lambda s: [i.id for i in resolve(s).issues],
        EVIDENCE_PAIRED,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s19.s18.NEAR_RULE,
                "events": s19.s18.near_figures(near_events),
                "evidence": s19.s18.near_figures(near_evidence),
            },
            "development_records_cited": cited,
        },
    )
    print(
        hb.event_table(events),
        hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]),
    )


if __name__ == "__main__":
    main()
