"""Assemble session 20's held-out pair (news-heldout-s20.json, HO27B; evidence-heldout-s20.jsonl,
EVH20) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md and session 19's ``build_event_set``. Run from the
repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new files against every other gold file, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s20/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s20/build")
EVENTS = NEWS / "news-heldout-s20.json"
EVIDENCE = NEWS / "evidence-heldout-s20.jsonl"
# The CHECK files of session 20 (the last two sessions' sets, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s18.json",
    "news-heldout-s18b.json",
    "evidence-heldout-s18.jsonl",
    "news-heldout-s19.json",
    "news-heldout-s19b.json",
    "evidence-heldout-s19.jsonl",
}

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, rejections and refusals of "
    "talks, a diplomatic downgrade, a treaty suspended and a UN representative expelled, air and "
    "missile strikes, a missile launch, raids and deportations, a threat to close a strait, an "
    "agreement finalised, a minister's resignation, calls, talks and mediation, a ship's crew "
    "released, weapons burned by an armed group, a boycotted election and aid after an "
    "earthquake across the Middle East "
    "(Iran and the US, Yemen, Qatar and Oman, Syria and Israel, Iraq and Turkey), Africa "
    "(Madagascar, Eritrea and Ethiopia, Burkina Faso and the UN, Uganda, Nigeria and the US, "
    "South Africa and the US, the DR Congo), Asia (Nepal, Japan, China and Australia, Thailand "
    "and Cambodia, India and Pakistan, Pakistan and Afghanistan, North Korea, Indonesia, Taiwan, "
    "the Philippines, Myanmar) and Oceania (Vanuatu and Australia, the Cook Islands and New "
    "Zealand)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27B-003": {
            "event": "AGREE",
            "mode": None,
            "source": ["AUS", "VUT"],
            "target": [],
            "follows": "a",
            "reason": "'the two sides' that finalised the agreement are the sentence's actor, both parties to it (Australia, whose minister speaks, and Vanuatu, the page's other party), and the development gold codes such a pair by both states also where the sentence names neither: HO26I-021 ('the two countries said in a joint statement' that they had agreed: AGREE THA+KHM, both annotators); a text agreed and still to be signed is AGREE with both parties as actor and no recipient, as HO26J-003 (PNG+AUS, a's precedent); b's precedent HO26M-057 ('signed by the two sides': AGREE COD, none) has two sides of one country (the DRC and the M23, coded by country), so it does not decide; coding Australia alone would make a two-party agreement one party's act",
        },
        "HO27B-020": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["QAT"],
            "target": [],
            "follows": "a",
            "reason": "welcoming an act is SUPPORT of the actor whose act it is, as HO26L-012 (welcomed the signing 'by Kyrgyzstan and Tajikistan': IGO -> KGZ+TJK) and HO26K-041 (welcomed the agreement of the Iraqi government: USA -> IRQ); where the sentence does not name who acted, the development gold gives no recipient: HO26G-052 (welcomed the signing of the Doha Framework: COD, none) and ACCORD-FRESH-021 (welcomed the peace deal: IRN, none); the Houthis who released the ship are not named, and the Omani authorities are whom the ship went to, not the actor of the release; ACCORD-2025-056 (welcomed a decision to send Patriot systems 'to Ukraine': NATO -> UKR) is a development record the other way",
        },
        "HO27B-033": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the president's statement that the arrest in his own country was proper defends an act of his own state, and a government's defence of its own record is a statement (CAMEO 01) with no event in the development gold: HO26Q-011 (adjudicated: the prime minister 'defended his administration': NONE, SUPPORT being approval of another actor's act); the SUPPORT records of a defence or a welcome approve another actor's act, HO26E-039 (the Kremlin defended North Korea's launch: RUS -> PRK) and HO26G-052 (a signing by others welcomed); Duterte's claims are a noun in a 'despite' phrase",
        },
        "HO27B-039": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["SYR"],
            "target": ["SYR"],
            "follows": "b",
            "reason": "the reported attack of Syrian 'government troops' (SYR, both annotators; a reported act of force coded as the act, docs/event-coding.md) names its victims, 'Druze militants and civilians', as a community of the country, and the development gold gives Syria's offensive against the Druze the state itself as recipient: HO26U-052 (an 'offensive against the Druze minority': SYR -> SYR, both annotators), as a domestic attack on a named domestic target takes the actor's own state, HO26G-006 (adjudicated: insurgents' attack on a named neighbourhood, MOZ -> MOZ), HO26V-001 (a drone strike on a mosque in El-Fasher: SDN -> SDN) and HO26O-022 (armed groups attacked the security forces in Sweida: SYR -> SYR); the records with no recipient name no victims, HO26I-026 (adjudicated: an airstrike on a village) and HO26F-021 (bombs dropped on a monastery)",
        },
    },
    modes_kept={
        "HO27B-001": "a's null kept (b 'meet': refusing to resume negotiations is CAMEO 125, REJECT meet, as HO26-020 and HO26N-057 code refusals of talks, but ACCORD-REAL-002, Ukraine would not take part in the talks, is REJECT with no mode; a's null is not wrong)",
        "HO27B-002": "a's null kept (b 'meet': dismissing prospects for dialogue is CAMEO 125, REJECT meet, as HO26N-057 and HO26F-038, but ACCORD-REAL-002 codes a refusal of talks with no mode; a's null is not wrong)",
        "HO27B-005": "a's null kept (b 'meet': protesters rejecting an outreach for dialogue refuse talks, REJECT meet as HO26N-057 (calls for dialogue dismissed), but ACCORD-REAL-002 codes a refusal of talks with no mode; a's null is not wrong)",
        "HO27B-013": "a's 'discontinue' kept (b 'withdraw', CAMEO2PLOVER-2021's mode for 161, reducing diplomatic relations; the development gold codes the same downgrade discontinue, HO26H-026 (Cambodia degraded its diplomatic relations with Thailand), so a's is not clearly wrong)",
        "HO27B-021": "a's null kept (b 'yield', CAMEO 1053, demand release of persons, as HO26G-017 and HO26S-024; the development gold also codes such requests with no mode, HO26K-026 (demanded his unconditional release) and ACCORD-FRESH-027 (Hamas requested the return of bodies); a's null is not wrong)",
    },
    modes_taken={
        "HO27B-023": (
            None,
            "b's null taken: 'mediate' is no PLOVER mode; CAMEO2PLOVER-2021 maps 045, engage in mediation, to CONSULT with no mode, and no development record has the mode 'mediate': mediation is CONSULT with no mode in ACCORD-NEWS-022, HO26Q-056 and HO26D-016",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH20-007": "follows B (third engineer, session 20): the US abstention that Bruce explains is the voter's stance on aggressor_naming, low, whether or not the sentence describes the resolution (docs/event-coding.md, the votes convention: the issue identifies the resolution, so the EV-048 rule does not apply), as EVH11-027 (China and the US 'choosing to abstain' on the same February 2026 text: USA aggressor_naming low, both annotators), EV-093 and EV-097 (abstentions on a resolution the sentence does not describe: low); Washington welcoming the call for an immediate ceasefire is USA ceasefire high (both annotators), as EVH14-016",
        "EVH20-010": "follows B (third engineer, session 20): the sentence states two votes of China on the texts that call Russia an aggressor, this one for (high, both annotators, the votes convention) and the earlier ones abstained on or voted against (low); a sentence stating two stances keeps both, even of one actor on one issue, as EVH7-041 (adjudicated: Russia's UNSC resolution high and Putin's earlier call for a surrender low), and the development gold codes a position the sentence reports as held before, as EV-186 and EVH2-073 (the Taliban's refusal to talk, 'had previously refused' and held until recently: TAL intra_afghan_talks low); Kyslytsya, who reports the votes, holds no stance (the reported-position convention)",
        "EVH20-030": "follows B (third engineer, session 20): 'Our message' names no speaker; Steinmeier and his ministry are given only by the page, and the gold codes the sentence on its own (docs/event-coding.md, gold conventions for stance evidence: the stance is 'what the sentence itself states'), as EVH10-037 (adjudicated: 'We' the only speaker, the State Department only by the page: no actor) and EV-066 (adjudicated: 'our' of an op-ed: no actor); A's DEU ceasefire high is the reading the page would give",
        "EVH20-040": "follows B (third engineer, session 20): the revived draft trades a US pullout timeline for the Taliban's cutting ties with terrorist groups and entering talks with Kabul, so both Taliban commitments are US conditions: USA counterterrorism high as well as USA intra_afghan_talks high (which A gives on the same reading), as EVH8-049 (adjudicated: the same five stances for the same exchange) and EVH16-037 (adjudicated: withdrawal 'in exchange for counterterrorism guarantees': USA counterterrorism high); EVH4-049 (three stances, not adjudicated) is the one development record the other way; 'the two sides' are given only by the context, so no signatory stance (TAL us_withdrawal), as both annotators",
    },
)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s20b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s20" not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    events, near_events = s19.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 20", SCOPE, f"{OUT}/"), others
    )
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, EVENTS],
        lambda s: [i.id for i in resolve(s).issues],
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
