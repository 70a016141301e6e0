"""Assemble session 19's held-out pair (news-heldout-s19.json, HO26Z; evidence-heldout-s19.jsonl,
EVH19) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md and the helpers of session 18's first build. Run from
the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file, and computes
agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s19/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s19/build")
EVENTS = NEWS / "news-heldout-s19.json"
EVIDENCE = NEWS / "evidence-heldout-s19.jsonl"
# The CHECK files of session 19: no reason may cite them.
CHECK_FILES = {"news-heldout-s18.json", "news-heldout-s18b.json", "evidence-heldout-s18.jsonl"}
# This session's other event set: not a development file either.
SIBLINGS = {"news-heldout-s19b.json"}

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, requests and demands, "
    "arrests, a house arrest, a raid, curfews and internet restrictions, diplomats expelled, "
    "cooperation halted, agreements and a defence pact signed, visits and meetings, "
    "congratulations and support, aid after an earthquake, a threat, weapons destroyed by an "
    "armed group, and drone and air strikes across Africa (Sudan, Mali and France, Rwanda and "
    "Belgium, Benin, South Sudan, Togo, Madagascar), the Middle East (Saudi Arabia, Jordan, Iraq "
    "and the PKK, Iran and the IAEA), Asia (Pakistan and Afghanistan, Japan and China, "
    "Kyrgyzstan, Tajikistan and Uzbekistan, Timor-Leste and ASEAN, India, Bangladesh, Nepal, "
    "Myanmar) and Oceania (China, New Zealand and the Cook Islands)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO26Z-009": {
            "event": "REQUEST",
            "mode": None,
            "source": ["CHN"],
            "target": [],
            "follows": "b",
            "reason": "the foreign ministry's two reported clauses are a statement about China's own cooperation, that it targets no third party, which codes nothing (a comment, CAMEO 01), and a demand that it 'should not be interfered with', a request to refrain (CAMEO 10), as a reported 'must' is REQUEST in HO26B-060 (Iran must cooperate fully: REQUEST USA -> IRN); whoever is asked not to interfere is not named in the sentence (New Zealand is in the page's context only: 'the dispute'), and the development gold gives a request with no named addressee no recipient: HO26R-020 (the ministry asked citizens to refrain from violence: REQUEST SRB, none), HO26S-044 (we urge all parties: REQUEST USA, none) and HO26W-017 (restraint from both sides: REQUEST IGO, none); HO26N-016 (Beijing cautioned that such agreements should not target third parties: ACCUSE disapprove CHN) has no recipient either, and its type comes from the concerns it expressed, which this sentence does not state",
        },
        "HO26Z-011": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["SAU", "PAK"],
            "target": [],
            "follows": "b",
            "reason": "an agreement signed by two states is SUPPORT with both as actor and no recipient throughout the development gold, and this very pact so: HO26S-049 (Saudi Arabia and Pakistan have signed the Strategic Mutual Defense Agreement: SUPPORT SAU+PAK), HO26R-041 (the Pukpuk defence treaty officially signed: SUPPORT PNG+AUS), HO26T-056 (a defence pact signed: SUPPORT JPN+PHL) and HO26J-008 (a border agreement signed: SUPPORT KGZ+TJK); AGREE is for a text agreed and still to be signed, HO26J-003 (the text of a Mutual Defence Treaty agreed, to be signed later: AGREE PNG+AUS), a's precedent; both parties as actor, as both annotators",
        },
        "HO26Z-024": {
            "event": "REQUEST",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": "the Secretary-General calls on 'all parties', unnamed, to put down their weapons: a call on unnamed parties has no recipient in the development gold, HO26W-017 (Guterres called for restraint from both sides: REQUEST IGO, none), HO26O-005 (UN agencies press both sides: REQUEST IGO, none) and HO26S-044 (all parties urged: REQUEST USA, none); South Sudan is named only as the people to be prioritised and the nation at risk, not as the addressee (a request takes no recipient from what it benefits, docs/event-coding.md, session 7); HO26G-014 (a call on all parties in Sudan: REQUEST IGO -> SDN) places the parties in the state in their own phrase, which this sentence does not",
        },
        "HO26Z-029": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["TUR"],
            "target": [],
            "follows": "b",
            "reason": "Erdogan hails 'the group's disarmament', and the group is not named in the sentence (the PKK is in the page's context only): praise of an act whose actor the sentence does not name has no recipient in the development gold, HO26G-052 (the DRC government welcomed the signing of the Doha Framework: SUPPORT COD, none), HO26S-043 (Washington welcomed the historic vote: SUPPORT USA, none) and ACCORD-FRESH-021 (Iran welcomed the peace deal: SUPPORT IRN, none), while praise names its recipient where the sentence names the parties, as ACCORD-FRESH-020 (NATO hailed a peace deal between Armenia and Azerbaijan: -> ARM+AZE); a recipient only where one is named in the sentence",
        },
        "HO26Z-032": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the sentence gives background to the report, Timor-Leste's application of 2011 and its status of 2022, and its one act is an agentless passive ('was granted observer status') whose granter the sentence does not name as its agent: ASEAN stands only in the relative clause about Timor-Leste's application, and a noun's or a subject's relative clause is background, no act, as HO26L-009 (a ban standing only in a relative clause: NONE, adjudicated); the development gold codes such background of an earlier year NONE, HO26U-060 (M23 was formed in 2012: NONE); b's SUPPORT takes its source from the relative clause",
        },
        "HO26Z-041": {
            "event": "REQUEST",
            "mode": None,
            "source": ["NPL"],
            "target": [],
            "follows": "b",
            "reason": "the army chief's appeal is to 'all protesters', unnamed: the domestic recipient of docs/event-coding.md (a protest, coercive or violent act with no named recipient) is not given to requests, and the development gold gives a request to an unnamed part of a state's own people no recipient: HO26R-020 (the ministry asked the citizens to refrain from violence: REQUEST SRB, none) and HO26S-044 (all parties urged: REQUEST USA, none); an infinitive's subject is a recipient where it names an actor (docs/event-coding.md, session 7: 'called for Russia to withdraw' keeps Russia), and protesters name none",
        },
        "HO26Z-048": {
            "event": "ASSAULT",
            "mode": "aerial",
            "source": ["MMR"],
            "target": [],
            "follows": "b",
            "reason": "a Myanmar junta airstrike on a village of its own country whose victims are unnamed civilians has no recipient in the development gold: HO26I-026 (the military council's airstrike on a named village: ASSAULT aerial MMR, none, adjudicated) and HO26F-021 (military aircraft bombed a monastery housing displaced people: ASSAULT aerial MMR, none), as 'none where no target is named' (news-heldout-s7's DOCUMENT); HO26G-006 (insurgents attacked a named neighbourhood: MOZ -> MOZ, adjudicated) is the one record the other way; type, mode and source as both annotators",
        },
    },
    modes_kept={
        "HO26Z-003": "a's 'disapprove' kept (b 'allege'): 'accusing X of' is ACCUSE allege in 43 development records and disapprove in 14, among them HO26-007 (accusing China of hostile actions: disapprove) and HO26L-045 (accusing its neighbour of opening fire: disapprove); a's is not wrong",
        "HO26Z-007": "a's 'disapprove' kept (b 'allege', as HO26W-052): laying the blame on another party is ACCUSE disapprove in 7 of the development records that say 'blame' and allege in 3: HO26P-002 (China's coast guard blamed the Philippines: disapprove), HO26U-011 (Rwanda blames DR Congo for the conflict: disapprove) and HO26L-021 (blamed outsiders: disapprove), allege in HO26U-029 and HO26I-039; a's is not wrong",
        "HO26Z-016": "a's 'disapprove' kept (b 'allege'): 'accused X of' is allege in 43 development records and disapprove in 14, among them HO26K-030 (accused the Democratic Party of breaching the agreement: disapprove) and HO26N-055; a's is not wrong",
        "HO26Z-027": "a's 'violence' kept (b null, as HO26F-055, a heavy price threatened with no mode): a conditional warning of defeat if Japan uses force is a threat of force, THREATEN violence as HO26I-043 (a response at the level of self-defence: THREATEN violence PRK); both occur and a's is not wrong",
        "HO26Z-028": "a's null kept (b 'disarm'): weapons destroyed by an armed group's own members are a retreat from the armed campaign, and the development gold has no RETREAT disarm record (its RETREAT modes are release, withdraw, resign and ease, and 5 records have none); a's null is not wrong",
        "HO26Z-040": "a's 'disapprove' kept (b 'allege'): 'accuse X of' is allege in 43 development records and disapprove in 14, among them HO26-007 and HO26N-055 (an opposition leader accused the cabinet: disapprove); a's is not wrong",
        "HO26Z-049": "a's 'disapprove' kept (b 'allege'): 'accused X of' is allege in 43 development records and disapprove in 14, among them HO26L-045 (accusing its neighbour of opening fire, an attack alleged: disapprove) and HO26K-030; a's is not wrong",
    },
    modes_taken={
        "HO26Z-001": (
            "discontinue",
            "b's 'discontinue' taken (a 'expel'): the gold codes the event of the governing verb, and with two coordinated predicates of one type and the same parties the first one's mode, as HO26D-001 (decided to expel officials and recalled the ambassador: SANCTION expel, the first) and HO26Q-017 (closing its airspace as well as halting trade: SANCTION discontinue); the first here is 'halted counter-terrorism cooperation', a cooperation suspended, SANCTION discontinue as HO26B-058 and HO26D-017 (cooperation with the IAEA suspended: discontinue); a's expel is the second predicate's mode",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH19-002": "follows B (third engineer, session 19): what Zelensky declines is named only as 'this offer', given by the context (on the page, Putin's demand that Ukraine leave the rest of Donetsk), so the sentence states no issue: the EV-048 rule (a suggestion shot down, 'given only in the previous sentence': no stance), as EVH7-027 (Grushko on 'they' and 'there', given by the context: no stance, adjudicated) and EVH14-017 ('the deal', given by the context: no stance, adjudicated); the reasons he gives (unconstitutional, a way to future invasions) name no land; EVH14-001, A's precedent, names what Zelenskyy refuses, that Ukraine 'would not withdraw from territories it controls' (UKR territory high), which this sentence does not",
        "EVH19-004": "follows B (third engineer, session 19): adds RUS ceasefire low: Putin's proposal freezes the front elsewhere only if Ukraine withdraws completely from Donetsk and Luhansk, a halt in the fighting that waits for a cession on Russia's terms, the ceasefire scale's low end, and the development gold gives such a condition both Russian stances: EVH4-012 (a halt in hostilities whose prerequisite is Ukraine's full withdrawal from Donbas: RUS territory and ceasefire low), EVH9-023 (Donbas abandoned before any cessation of hostilities: both low) and EVH13-013 (Putin's demand of a withdrawal from the rest of Donetsk as part of any ceasefire deal, rejected by Zelensky: RUS ceasefire low besides territory low, UKR territory high, adjudicated); Zelensky's 'impossible' answers the proposal stated in the same quotation (UKR territory high) and Trump only relays it (no US stance), as both annotators",
        "EVH19-006": "follows B (third engineer, session 19): 'the deal' is given only by the context (on the page, the US-Ukraine minerals agreement): the sentence names no minerals, resources or fund, so it states no minerals_deal stance, as EVH14-017 (the deal Svyrydenko signed, given by the context: no stance, adjudicated on the EV-048 rule), EVH12-028 (Witkoff: the deal could be signed soon: no stance) and EVH8-015 (the signing of the deal delayed: no stance); EVH-012 (Kyiv hopes that signing 'the agreement' keeps US military support flowing: UKR minerals_deal high) is the one development record the other way, and the later adjudication EVH14-017 follows the EV-048 rule; Ukraine's hope for more US air defence is no end of a scenario issue in the sentence",
        "EVH19-015": "follows B (third engineer, session 19): 'the idea' and 'such a deployment' are given only by the context (on the page, a European force in Ukraine): the sentence names neither the force nor the country it would go to, so it states no issue, as EVH7-027 (Grushko: under whatever guise 'they' appear 'there', a step towards escalation: no stance, adjudicated) and the EV-048 rule; the development records of RUS peacekeeping low name the force or its place in the sentence: EVH17-011 (peacekeeping forces from NATO countries in Ukraine, then 'such a deployment'), EVH8-012 (European peacekeepers to Ukraine) and EVH2-004 (European peacekeeping troops to Ukraine); a risk of confrontation between Russian and NATO forces names no deployment in Ukraine",
        "EVH19-020": "follows B (third engineer, session 19): Chinese diplomats working for a peaceful resolution of the Ukraine crisis is China's push for a negotiated end, the ceasefire scale's high side, as the development gold codes such Chinese statements: EVH-040 (China has called for resolution through dialogue and consultation: CHN ceasefire high, adjudicated), EVH5-025 (a 'constructive role' in peace negotiations: CHN ceasefire high, adjudicated), EV-189 (dialogue and negotiation as the optimal solution: CHN high) and EVH16-019 (building consensus for the ceasefire: CHN high); EV-127 and EVH12-013 (a party's willingness to negotiate or to start a process: no stance) state a readiness to talk, not a push for a settlement; the holder is named by its state (Chinese diplomats: CHN)",
        "EVH19-031": "follows B (third engineer, session 19): adds TAL counterterrorism high: Pompeo's demand that the Taliban live up to their commitments to break with al-Qaeda states the Taliban's commitment as well as the US demand, and the development gold gives both parties the stance: EV-057 (a withdrawal depending on the Taliban upholding their promise to cut ties with al-Qaeda: TAL and USA counterterrorism high) and EVH9-053 (the Taliban's promise to keep al-Qaeda off Afghan territory: TAL and USA counterterrorism high, adjudicated); 'reduce violence' is the reduction in violence, no scenario issue (EV-175, EVH-015: no stance), as both annotators",
        "EVH19-037": "follows B (third engineer, session 19): adds USA intra_afghan_talks high: the US withdrawal 'in return for starting talks' makes the talks a US condition, and the development gold codes a US exchange of withdrawal for talks so: EVH8-049 (withdrawal in exchange for the Taliban sitting down to peace negotiations: USA intra_afghan_talks high, adjudicated) and EVH8-044 (a phased withdrawal if the Taliban enter peace talks: USA us_withdrawal and intra_afghan_talks high); the full withdrawal within 14 months is USA us_withdrawal high (both annotators, as EV-056) and the Taliban, not named, hold no stance (both annotators)",
    },
)


def event_reasons(decided: hb.EventDecisions) -> list[str]:
    """Every text of an event set's decisions that may cite development records (also used by
    the s19b build)."""
    return [
        *(d["reason"] for d in decided.adjudications.values()),
        *decided.modes_kept.values(),
        *(note for _, note in decided.modes_taken.values()),
    ]


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Pair ``folder``'s a and b files, leave out the near duplicates of ``others``, merge the
    ``decided`` labels and write the gold file ``path`` (its DOCUMENT record named after it);
    return the agreement summary and the near duplicates. ``which`` as session 18's
    ``document_comment`` takes it (also used by the s19b build)."""
    a = [s18.s17.with_annotation(r, "a") for r in hb.read_records(folder / "events-a.json")]
    b = [s18.s17.with_annotation(r, "b") for r in hb.read_records(folder / "events-b.json")]
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in near]
    build = hb.merge_events(pairs, decided)
    events = build.summary()
    document = {
        "id": f"ACCORD-HELDOUT-{path.stem.rsplit('-', 1)[1].upper()}-DOC",
        "event": "DOCUMENT",
        "comment": s18.document_comment(build.records, events, near, decided, which),
        "license": "quotations for research (short citation); labels CC BY-SA 4.0",
    }
    hb.write_gold(path, hb.event_gold_text(document, build.records), build.records, others)
    return events, near


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(p for p in others if p.name not in CHECK_FILES | SIBLINGS)
    reasons = [*event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    events, near_events = build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 19", SCOPE, f"{OUT}/"), others
    )

    a, b = hb.read_records(IN / "evidence-A.jsonl"), hb.read_records(IN / "evidence-B.jsonl")
    near_evidence = hb.near_duplicates(a, [*others, EVENTS])
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near_evidence]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, [*others, EVENTS])
    evidence = hb.evidence_summary(
        records, EVIDENCE_DECIDED, EVIDENCE, lambda s: [i.id for i in resolve(s).issues]
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s18.NEAR_RULE,
                "events": s18.near_figures(near_events),
                "evidence": s18.near_figures(near_evidence),
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
