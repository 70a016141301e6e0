"""Assemble session 35's held-out pair (news-heldout-s35.json, HO28T; evidence-heldout-s35.jsonl,
EVH35) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md (its ``build_event_set`` reads b's labels under
``annotations.b``), session 19's ``event_reasons``, session 18's DOCUMENT comment and session
32's ``with_label`` (A's evidence labels stand on the record). Run from the repository root with
PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels, leaves out the
sentences another gold file holds in other words, applies the adjudicator's decisions below,
checks the new files against every other gold file and this session's other sentence files, and
computes agreement.
"""

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")
s32 = hb.load_build(DATA / "heldout-2026-12-06-s32" / "build" / "build.py")

COORD = Path("/work/coord/s35")
IN = COORD / "heldout"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s35/build")
EVENTS = NEWS / "news-heldout-s35.json"
EVIDENCE = NEWS / "evidence-heldout-s35.jsonl"
# The CHECK files of session 35 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s33.json",
    "news-heldout-s33b.json",
    "news-heldout-s33c.json",
    "evidence-heldout-s33.jsonl",
    "news-heldout-s34.json",
    "news-heldout-s34b.json",
    "news-heldout-s34c.json",
    "evidence-heldout-s34.jsonl",
}
# This session's other sentence files (the second set's and the third set's, the latter built
# by another adjudicator on its own branch): the duplicate checks read them too, as strings.
SIBLINGS = (
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
)
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-06"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, threats and warnings, "
    "support and praise, arrests, a ban and a state's restrictions, air strikes and attacks on "
    "ships, a town stormed, a disarmament ceremony, releases of hostages, an expulsion, a "
    "defence pact, a rejected accord, talks and statements with no event across Africa (DR "
    "Congo and Rwanda, Kenya, South Africa and the US, Tanzania, Ethiopia, Somaliland), the "
    "Middle East (Israel and Iran, Israel, Hamas and Gaza, Yemen's Houthis and Red Sea "
    "shipping, Saudi Arabia and Pakistan, Jordan, Yemen's STC and Saudi Arabia, Turkey and the "
    "PKK), Asia (India and Pakistan, Thailand and Cambodia, Myanmar, Iran, Taiwan) and Oceania "
    "(Papua New Guinea and Australia, Palau, the Solomon Islands and the Pacific Islands Forum, "
    "New Caledonia, Vanuatu and Australia)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28T-001": {
            "event": "AID",
            "mode": None,
            "source": ["RWA"],
            "target": ["COD"],
            "follows": "a",
            "reason": "the governing verb is 'confirmed', and the development gold codes what a "
            "confirmation reports by its reported predicate: HO26Y-029 (he 'confirmed that "
            "Germany has recently delivered 30 additional Patriot missiles': AID DEU -> UKR), "
            "HO26U-042 (confirmed that seven people were detained: COERCE arrest) and HO28E-032 "
            "(confirmed that a police vehicle killed a man: ASSAULT); 'aiding the M23' judges "
            "nothing in its words, so it is no reported judgement (docs/event-coding.md, 'X "
            "said Y attacked Z'), and b's precedents have the verb 'accused' (ACCORD-FRESH-026, "
            "HO26-071, ACCORD-FRESH-024); the M23 is a Congolese group, COD, as HO26I-034; a "
            "close call, as both annotators say",
        },
        "HO28T-002": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "Nangaa 'claims his forces now control the city': a claim of a state of "
            "affairs, unverified, with no verb of an act; the development gold codes a seizure "
            "where the sentence names the taking, HO27Y-001 ('took control of El Fasher') and "
            "HO26I-034 ('seized control of a key mining settlement'), and a claim of a state "
            "or figure a statement, HO27D-007 ('claimed that 583 Taliban fighters had been "
            "killed': NONE; CAMEO 01); a close call, as a says",
        },
        "HO28T-011": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the official calls the group's past attack 'a clear message of "
            "deterrence', a characterisation that names no act still to come, and "
            "docs/event-coding.md codes a warning THREATEN where its consequence is the "
            "speaker's own future act; the development gold's Houthi threats name the attacks "
            "they promise, HO26X-047 ('warning they would begin targeting any ship') and "
            "HO26X-048 ('declaring that it would strike U.S. naval vessels'); 'states and "
            "companies cooperating with Israel' are no named party either; a close call, as a "
            "says",
        },
        "HO28T-017": {
            "event": "ASSAULT",
            "mode": "firearms",
            "source": ["KEN"],
            "target": [],
            "follows": "b",
            "reason": "the only act the sentence names is the police 'employing tear gas and "
            "gunfire against demonstrators' ('the unrest had spread' names none), and a "
            "reported act of force is ASSAULT by its doer (docs/event-coding.md, 'X said Y "
            "attacked Z': the type follows the reported predicate); tear gas with live fire is "
            "ASSAULT firearms in HO26Q-009 ('tear gas and live ammunition': CMR, none), "
            "unnamed demonstrators take no recipient (HO26O-003, HO26U-004), the police take "
            "the report's home country (docs/event-coding.md, the document's home country); "
            "the unnamed rights organisations are only reporters (HO27D-010, adjudicated, coded "
            "no act of theirs); a close call, the act standing in a 'with' phrase",
        },
        "HO28T-035": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["ETH"],
            "target": [],
            "follows": "b",
            "reason": "the president 'celebrated the opening' and called the dam 'a reward of "
            "Ethiopian people's resilience', a label of praise, which docs/event-coding.md codes "
            "SUPPORT (\"Wang Yi called it a 'hard-won' peace agreement\"), and the development "
            "gold codes praise of an act with no other party named SUPPORT with no recipient, "
            "HO27N-027 (Boric 'hailed the verdict': CHL, none) and HO26Z-029 (adjudicated: "
            "Erdogan 'hailed the group's disarmament': TUR, none), and a leader's celebration "
            "SUPPORT, HO26R-059 ('said he celebrated' the capture: ARG -> USA); a's HO28K-040 "
            "is a leader defending his own policy against criticism, a statement; a close call",
        },
        "HO28T-038": {
            "event": "COERCE",
            "mode": "ban",
            "source": ["JOR"],
            "target": [],
            "follows": "a",
            "reason": "the sentence names 'the group' only, its name (the Muslim Brotherhood) "
            "standing in the report's earlier text, and the development gold gives a party "
            "given only by the context no recipient: HO27E-034 (adjudicated: 'these measures', "
            "their author only in the previous sentence: none) and HO28K-039 (adjudicated: "
            "'his' resignation, the president only in the title: none); b's HO26L-008, "
            "HO26O-057 and HO27M-032 name the Brotherhood, a domestic group, so JOR -> JOR "
            "there; type, mode and source as both annotators",
        },
        "HO28T-046": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["THA"],
            "target": [],
            "follows": "a",
            "reason": "the marines 'stormed and reclaimed' an area and a casino: one operation "
            "whose outcome is the taking of places, which the development gold codes COERCE "
            "seize, HO27Y-001 ('took control of El Fasher': SDN -> SDN) and HO26I-034 ('seized "
            "control of a key mining settlement': COD -> COD); the media report it, and the "
            "type follows the reported predicate (HO27C-032, 'Belarusian media reported that' "
            "a Pole had been arrested: COERCE arrest); places are not recipients and Cambodia "
            "is not named (both annotators); a close call against b's ASSAULT for 'stormed'",
        },
        "HO28T-049": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["AUS"],
            "target": ["VUT"],
            "follows": "b",
            "reason": "the prime minister says he 'respected' Vanuatu's process and 'honoured "
            "Vanuatu's sovereignty': approval of another state's handling of the agreement, "
            "what Vanuatu asked of Australia in HO26R-057 ('urged Australia to respect its "
            "decision': REQUEST VUT -> AUS), and the development gold codes a leader's stated "
            "approval of another's act SUPPORT to it, HO26R-059 ('said he celebrated' the "
            "capture: ARG -> USA); Vanuatu is named, so it is the recipient; 'speaking with' "
            "Napat is the setting; a close call, as both annotators say",
        },
    },
    modes_kept={
        "HO28T-005": "a's null kept (b violence): the statement says the Iranian leader 'will be "
        "punished with full force', naming no attack, and the development gold codes a warning "
        "that the speaker 'will punish' THREATEN with no mode, HO26K-015 ('warned that it will "
        "punish': THREATEN ECU); violence where the act of force is named, HO26X-048 ('would "
        "strike U.S. naval vessels'); a's null is not wrong",
        "HO28T-019": "a's disarm kept (b null): thirty PKK members 'burning their weapons', the "
        "act HO27B-031 codes RETREAT disarm ('burned their weapons in a symbolic ceremony': "
        "TUR, none); HO26Z-028, HO26X-019 and HO27D-033 give the same ceremony no mode, so "
        "the gold has both; a's disarm is not wrong",
        "HO28T-025": "a's ban kept (b restrict): a law 'that bans' an activity is a ban, which "
        "the development gold codes COERCE ban in 17 of its 20 COERCE ban or restrict records "
        "whose sentence says ban, law or outlaw (HO26K-034, a ban on political rallies; "
        "HO26U-027, HO26N-020), restrict in the other 3 for entry and travel bans (HO28G-012, "
        "HO27X-022); a's ban is not wrong",
    },
    modes_taken={
        "HO28T-012": (
            "violence",
            "b's violence taken (a null): the Houthis vow to continue 'their naval campaign', "
            "attacks on ships, and the development gold codes the Houthis' threats of that "
            "campaign THREATEN violence, HO26X-047 ('warning they would begin targeting any "
            "ship': YEM, none) and HO26X-048; HO27A-039, a's precedent, vows a response of no "
            "named kind",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH35-012": "follows A (third engineer, session 35): Macron outlines a French-British "
        "coalition 'to support Ukraine militarily post-ceasefire' whose deployment will not be "
        "'mass', that is a smaller one: troops on the ground after a truce, which the "
        "development gold codes peacekeeping high for Macron, EVH3-012 (the coalition 'ready "
        "to go' once a ceasefire is agreed: FRA peacekeeping high) and EVH32-006 (a "
        "multinational 'reassurance force' once a ceasefire is in place: FRA peacekeeping "
        "high); the initiative is French-British, and a plan the two lead is coded for both, "
        "EVH2-038 (France and the U.K. would lead the coalition: FRA and GBR); B's "
        "security_guarantees would need guarantee wording the sentence lacks (EVH16-015: force "
        "plans without it, peacekeeping only); a close call",
        "EVH35-016": "follows B (third engineer, session 35): Zelensky agreed to the proposal "
        "(UKR ceasefire high, both annotators), but the sentence does not say who introduced "
        "it, only that it came 'after talks between Ukraine and the United States'; the "
        "development gold gives the proposer the same stance where the sentence names it, "
        "EVH30-004 (the truce 'put forward by Washington': USA high) and EVH31-005 ('proposed "
        "by the United States': USA high), and this one names none; a close call",
        "EVH35-021": "follows B (third engineer, session 35): Kerry blames the separatists and "
        "the Kremlin and says Putin 'can make the choices that could end this war', a charge "
        "and a statement of what Putin could do, with no demand on a truce; the development "
        "gold gives a charge about the violence no stance, EVH10-031 (adjudicated: violations "
        "'simply unacceptable': no stance), and a ceasefire stance where Kerry asks for the "
        "fighting to end, EVH2-047 ('needs to ... end the bloodshed') and EVH11-043 ('called "
        "for' the separatists 'to end the fighting'); a close call, as A says",
        "EVH35-025": "follows A (third engineer, session 35): Peskov says Russia wanted an "
        "immediate ceasefire (RUS high, both annotators) and that the Sunday deadline was "
        "agreed under the rebel leaders' pressure: what the rebels pressed for is the start date "
        "of a ceasefire they agreed in Minsk, not the scale's low end ('no new ceasefire; "
        "fighting continues', minsk-2015-02), and the development gold gives the separatists "
        "ceasefire high where they act under the Minsk terms, EVH30-026 (heavy weapons "
        "withdrawn 'in line with the Minsk agreements': SEP high); B itself calls SEP low a "
        "weak reading",
        "EVH35-029": "follows B (third engineer, session 35): a draft law granting special "
        "status approved by Ukraine's parliament is Kyiv's own status by ordinary law, which "
        "the development gold codes low, EVH31-030 (the Verkhovna Rada prolonged the "
        "special-status law: UKR low), EVH31-026 (Poroshenko's draft law prolonging the "
        "special status: UKR low) and EVH30-023 (the extension signed: UKR low); A's EVH15-030 "
        "is support for implementing the Minsk agreements as a whole (USA high), not Kyiv's "
        "law; a close call, as B says",
        "EVH35-030": "follows B (third engineer, session 35): what Poroshenko backs is 'the "
        "extension of the special status', Kyiv's own law prolonged, which the development "
        "gold codes low, EVH30-023 (Poroshenko signed a law extending the special status: UKR "
        "low), EVH31-030 and EVH31-026 (prolonged: UKR low); calling it a step to implementing "
        "Minsk does not move what is extended; 'Western partners' name no actor (both "
        "annotators)",
        "EVH35-036": "follows A (third engineer, session 35): the sentence's act is the "
        "Taliban's commitment under the deal, and the development gold codes such a sentence "
        "for the Taliban alone, EVH14-034 (the Taliban vowed to cut ties with al-Qaeda 'as part "
        "of the Doha agreement reached with the Trump administration': TAL high) and EVH12-050 "
        "('The deal also commits the Taliban': TAL high); B's EVH16-037 names the exchange, "
        "withdrawal 'in exchange for counterterrorism guarantees', which gives the US its side; "
        "here the United States is only the other signatory",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s35b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s35" not in p.name]


def siblings(own: Path, *also: Path) -> list[Path]:
    """This session's sentence files (and ``also``) where they stand, but the set's own
    sentence file ``own``, for the duplicate checks (also used by the s35b build)."""
    return [p for p in (*SIBLINGS, *also) if p.exists() and p != own]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s35b
# build).
document_comment = hb.dated(s19.s18.document_comment, DAY)


def build_evidence_set(
    others: Sequence[Path], issues: Callable[[str], Sequence[str]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps with A's labels moved under ``annotations.A`` first
    (session 32's ``with_label``)."""
    a = [s32.with_label(r) for r in hb.read_records(IN / "evidence-A.jsonl")]
    b = hb.read_records(IN / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    return hb.evidence_summary(records, EVIDENCE_DECIDED, EVIDENCE, issues), near


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for f in ("events-a.json", "evidence-A.jsonl") for r in hb.read_records(IN / f)]
    cited = hb.check_citations(reasons, development, own)
    events, near_events = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 35", SCOPE, f"{OUT}/"),
        [*others, *siblings(IN / "events-sentences.json", IN / "evidence-sentences.jsonl")],
        document_comment,
    )
    evidence, near_evidence = build_evidence_set(
        [*others, EVENTS, *siblings(IN / "evidence-sentences.jsonl")],
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
