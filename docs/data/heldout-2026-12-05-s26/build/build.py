"""Assemble session 26's held-out pair (news-heldout-s26.json, HO27S; evidence-heldout-s26.jsonl,
EVH26) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md (its ``build_event_set`` reads b's labels under
``annotations.b``), session 19's ``event_reasons`` and session 18's DOCUMENT comment. Run from
the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file, and computes
agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s26/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s26/build")
EVENTS = NEWS / "news-heldout-s26.json"
EVIDENCE = NEWS / "evidence-heldout-s26.jsonl"
# The CHECK files of session 26 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s24.json",
    "news-heldout-s24b.json",
    "news-heldout-s24c.json",
    "evidence-heldout-s24.jsonl",
    "news-heldout-s25.json",
    "news-heldout-s25b.json",
    "news-heldout-s25c.json",
    "evidence-heldout-s25.jsonl",
}
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-05"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; condemnations and accusations, concern expressed, denials "
    "and rejections of a recognition, a delayed signing, a warning to end cooperation and a "
    "threat to cut aid, a call for de-escalation and a call to free detainees, a ban on a party, "
    "a nationalisation, a curfew and a resignation, crowds dispersed with tear gas, troops "
    "deployed, clashes and air strikes, staff released, an apology, agreements, treaties signed "
    "and a pact approved, a nomination and pledged support, meetings and a courtesy call, and "
    "statements with no event across Africa (Madagascar, Togo, Libya, Ethiopia and Eritrea, the "
    "DR Congo, Somalia and Somaliland, Niger and France, Nigeria and the US), the Middle East "
    "(Lebanon, Israel and Qatar, Iran and the IAEA, Yemen's Houthis, Iraq and Turkey), Asia "
    "(Bangladesh and India, Nepal, Indonesia, Thailand and Cambodia, Myanmar) and Oceania (Papua "
    "New Guinea, Vanuatu and Australia, Fiji and Tonga)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27S-004": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the colonel 'said' that his unit's decision 'did not amount to a coup': a verb of saying (CAMEO 01, which codes nothing: docs/event-coding.md) whose clause states what an act is not, with no verb that denies, disputes or refutes a claim, which docs/event-coding.md types REJECT (session 8: 'dismissing, disputing, denying or refuting a claim ... is REJECT'); the development gold codes such a statement NONE, HO27C-034 (the canal was not a 'concession to anyone', according to the official: NONE), and gives REJECT where a verb rejects, HO26-023 ('denied any intention' to retract: REJECT JPN, none) and HO27D-023 (adjudicated: 'refutes this': REJECT KHM, none); b marked REJECT as its alternative reading",
        },
        "HO27S-005": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the president's flight from his country is a movement of one person, no act toward an actor: the development gold leaves the same kind of flight uncoded, HO26Q-022 (Hasina 'fled the country in the face of a so-called student-led uprising': NONE), and an escape too, HO27C-010 (inmates 'escaped from' a prison: NONE); its RETREAT for fleeing is a force leaving its positions in fighting, HO26H-009 ('fled their positions following the exchange of fire': RETREAT withdraw), and an official's giving up of office is RETREAT resign only where the sentence reports a resignation (docs/event-coding.md), which this one does not; the French plane is the means, no act of France's (both annotators); b marked NONE as its alternative reading",
        },
        "HO27S-012": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["PNG"],
            "target": [],
            "follows": "b",
            "reason": "a cabinet's approval of a pact is 'approve policy ... or ratify, sign, or finalize an agreement', SUPPORT (PLOVER 2.0 manual 3.3, CAMEO 057), as the development gold codes it, HO26G-027 (adjudicated: Vanuatu's Council of Ministers 'has approved the deal': SUPPORT VUT, none); AGREE is for an intended cooperative act ('will support', 'ready to send', docs/event-coding.md), and the approval is done, not intended; the announcement expected stands in a 'with' phrase, no second event; source and no recipient as both annotators (Australia is not named)",
        },
        "HO27S-020": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["IND"],
            "target": [],
            "follows": "b",
            "reason": "concern expressed over 'the ban' is ACCUSE disapprove (docs/event-coding.md: concern 'over / about / at' something, CAMEO 110; both annotators), and the sentence does not name whose ban it is (Bangladesh's interim government only in the report's context): a recipient only where one is named in the sentence (docs/event-coding.md's gold conventions), and the speaker accuses the act's owner, never a name inside the judgement; the development gold gives an act judged wrong no recipient where its owner is not named, HO26U-006 (the Awami League 'called the ban illegal': ACCUSE BGD, none), HO27E-018 (adjudicated: 'the tariffs' with no owner named: ACCUSE CAN, none) and HO27D-029 (adjudicated: 'the move': ACCUSE PAK, none)",
        },
        "HO27S-028": {
            "event": "RETREAT",
            "mode": "release",
            "source": ["YEM"],
            "target": [],
            "follows": "b",
            "reason": "the Houthis released '12 international staffers', whose organisation or state the sentence does not name: a released person's state or body is the recipient only where the sentence names it, HO26T-030 (adjudicated: a released man whose nationality is not stated: RETREAT release AZE, none), HO26P-010 (adjudicated: 'Belarus has released 123 prisoners': none) and HO27C-026 (52 political prisoners released: BLR, none); 'a UN compound in Sanaa' is where three others may move, a place, and places are not sources or targets (docs/event-coding.md); the detention is in an 'after' clause, background; type, mode and source as both annotators",
        },
        "HO27S-045": {
            "event": "CONSULT",
            "mode": None,
            "source": ["FJI"],
            "target": ["TON"],
            "follows": "b",
            "reason": "the sentence names no place of the meeting, and the development gold codes 'X met (with) Y' with no place named as X -> Y: HO26U-057 (Mirziyoyev 'met with' Berdimuhamedov: CONSULT UZB -> TKM) and HO27A-019 (Rubio 'met with Panama's President': USA -> PAN); visitor -> host where the sentence places the meeting in one participant's country (docs/event-coding.md, meetings: 'Scholz met Tusk in Berlin': POL -> DEU), as HO26K-013 (Fiji's president met Tonga's king 'in Suva': CONSULT visit TON -> FJI); a's place, Nadi in Fiji, is given only by the page; Rabuka is Fiji's prime minister (both annotators)",
        },
    },
    modes_kept={
        "HO27S-013": "a's disapprove kept (b 'allege', the mode of most 'accused X of' records of the development gold, 63 of 90); the development gold codes Eritrea's accusation of Ethiopia's designs disapprove, HO26E-013 (Eritrea 'has accused Ethiopia of escalating tensions' with a 'war agenda': ACCUSE disapprove ERI -> ETH), as it codes 'accused X of' disapprove in 23 records (HO26Z-016, Kagame accused Belgium of advocating sanctions); ambitions over a port are no crime, abuse, aggression or treason; a's disapprove is not wrong",
        "HO27S-014": "a's disapprove kept (b 'allege'): the development gold codes this very accusation, the Hezbollah bloc's charge that the government was 'slipping into accepting American demands' in August 2025, ACCUSE disapprove LBN -> LBN, HO26G-003; a's disapprove is not wrong, and one act coded with two modes would be a slip",
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH26-014": "follows A (third engineer, session 26): the 'freezing' of territorial lines is one of the proposal's territorial terms, beside the acceptance of Russia's annexation of Crimea, and the territory scale names it ('freeze on the line of contact, occupation not recognised in law', its middle point); with Crimea's annexation accepted both annotators give the US and Russia territory low, as EVH6-020 (the US would propose accepting Crimea as Russian: USA territory low); the sentence states no timing of a halt to the fighting: the development gold gives USA ceasefire high where a halt along the line is urged now, EVH19-010 (Trump 'advocated for an immediate cessation of hostilities along the existing front lines'), and a freeze inside a deal on one side's terms the low end, EVH19-004 (adjudicated: Putin's freeze of the front elsewhere if Ukraine withdraws: RUS ceasefire low), so no ceasefire direction is stated here, and both annotators read the freeze of the same story in EVH26-015 ('Freezing the conflict along existing battle lines would be a far greater sacrifice for Ukraine') as a territorial matter only (UKR territory high, no ceasefire stance); B marked its reading weak",
        "EVH26-034": "follows B (third engineer, session 26): the Taliban's promise to keep al-Qaida and any terror group from using Afghanistan is given 'in exchange for a U.S. troop withdrawal', so it is the US's condition, USA counterterrorism high besides TAL counterterrorism high and USA us_withdrawal high (both annotators), as the development gold codes that exchange: EVH9-045 (adjudicated: a withdrawal timetable; 'in exchange, the Taliban agreed to sever its ties with al-Qaida': USA counterterrorism high), EVH16-037 (adjudicated: withdrawal 'in exchange for counterterrorism guarantees') and EVH8-049 (adjudicated); EVH4-046 and EVH4-049 (not adjudicated) are the records the other way",
        "EVH26-035": "follows B (third engineer, session 26): the Taliban were 'only prepared to talk with U.S. officials about the pull-out of foreign forces', talks limited to the foreign forces' departure, which the development gold codes as the Taliban's aim, TAL us_withdrawal high: EVH12-056 (adjudicated: talks with Kabul only after a deal with the US 'on the departure of its forces': TAL us_withdrawal high besides intra_afghan_talks low) and EVH20-031 (no inter-Afghan negotiation 'as long as foreign soldiers are present': both stances); the refusal to negotiate directly with Kabul is TAL intra_afghan_talks low (both annotators), as EV-076 and EVH6-052",
        "EVH26-036": "follows B (third engineer, session 26): the Afghan authorities complain of being excluded from the Qatar discussions and warn that any US-Taliban deal needs Kabul's endorsement, a demand for a part in the negotiations with the Taliban, which the development gold codes AFG intra_afghan_talks high: EVH6-056 (adjudicated: the Afghan government 'demanded to be more involved in the US-Taliban peace negotiations in Qatar': AFG high) and EV-075 (the Afghan government wants to negotiate peace terms directly with the Taliban: AFG high); B marked its reading weak",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s26b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s26" not in p.name]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s26b
# build).
document_comment = hb.dated(s19.s18.document_comment, DAY)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for f in ("events-a.json", "evidence-A.jsonl") for r in hb.read_records(IN / f)]
    cited = hb.check_citations(reasons, development, own)
    events, near_events = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 26", SCOPE, f"{OUT}/"), others, document_comment
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
