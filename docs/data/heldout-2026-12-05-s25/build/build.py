"""Assemble session 25's first held-out event set (news-heldout-s25.json, HO27P) and its evidence
set (evidence-heldout-s25.jsonl, EVH25) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md (its
``build_event_set`` reads b's labels where session 25's b files keep them) and the helpers of the
first builds of sessions 17-19. Run from the repository root with PYTHONPATH=src. It runs no
coder and no evidence finder: it copies labels, leaves out the sentences another gold file holds
in other words, applies the adjudicator's decisions below, checks the new files against every
other gold file, and computes agreement. The s25b build reuses its helpers.
"""

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")
s18 = s19.s18

IN = Path("/work/coord/s25/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s25/build")
EVENTS = NEWS / "news-heldout-s25.json"
EVIDENCE = NEWS / "evidence-heldout-s25.jsonl"
# The CHECK files of session 25 (the sets of sessions 23 and 24, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s23.json",
    "news-heldout-s23b.json",
    "news-heldout-s23c.json",
    "evidence-heldout-s23.jsonl",
    "news-heldout-s24.json",
    "news-heldout-s24b.json",
    "news-heldout-s24c.json",
    "evidence-heldout-s24.jsonl",
}
# This session's sets (HO27P, HO27Q, HO27R, EVH25): none is a development file for another.
SESSION = "heldout-s25"
# The day session 25 built its sets; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-05"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a suspension from the African Union, a deposed president "
    "and soldiers arrested after coups and a coup attempt, a curfew, troops deployed and an "
    "ECOWAS deployment ordered, condemnations and accusations, embassies' advice to their "
    "citizens, fighting between federal and regional forces, police shooting at protesters, "
    "tear gas and a ban on demonstrations, a border closure criticised, a school abduction and "
    "the search for the girls, visits, phone calls and requests, a defence pact "
    "signed, air strikes, prisoners of war released and the release welcomed, a protest "
    "lodged, support and congratulations, and statements with no event across Africa "
    "(Madagascar, Guinea-Bissau, Tanzania, Benin, Somalia and Jubaland, Kenya, Cameroon, "
    "Nigeria), the Middle East (Jordan with the US and France, the UK with Jordan and Oman, "
    "Iraq and Kurdistan, Syria and Saudi Arabia), Asia (Nepal, Thailand and Cambodia, India and "
    "Sri Lanka, Myanmar, Afghanistan and Pakistan, China and Japan) and Oceania (Fiji and "
    "Australia, Vanuatu, Australia and the US)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27P-011": {
            "event": "REQUEST",
            "mode": None,
            "source": ["FRA"],
            "target": [],
            "follows": "b",
            "reason": "the embassy's advice to its citizens to stay indoors is an appeal (CAMEO 02, which the 2021 table does not map and docs/event-coding.md codes REQUEST: 'all requests, demands, and orders'), by France, whose embassy speaks for it; the development gold codes a government's appeal to people it does not name REQUEST with no recipient, HO26R-020 (the ministry asked the citizens to refrain from violence: REQUEST SRB, none) and HO26O-021 (adjudicated: authorities urged residents to assist: REQUEST NGA, none); one event, of the first of the two coordinated clauses (the US embassy's urging follows 'while'), as HO27G-044 (adjudicated) codes the first of two coordinated acts",
        },
        "HO27P-022": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["KEN"],
            "target": [],
            "follows": "b",
            "reason": "type, mode and source as both annotators (a characterising verb whose predicate condemns, docs/event-coding.md, session 11); the protests are described, and no protester or organiser is named: 'none where no target is named: unnamed protesters' (news-heldout-s10's DOCUMENT), as the development gold codes accusations of unnamed protesters, HO26S-047 (adjudicated: the ruling party accused protestors: ACCUSE allege AGO, none) and HO26N-002 (a president said the protests were an attempt at a colour revolution: ACCUSE allege SRB, none), and a condemned act whose author is not named, HO26P-006 (TWN, none)",
        },
        "HO27P-038": {
            "event": "ASSAULT",
            "mode": "firearms",
            "source": ["NGA"],
            "target": [],
            "follows": "a",
            "reason": "the security forces (Nigeria's, the document's home country; both annotators) exchanged fire with 'the attackers', who are not named: the development gold gives a fight with unnamed assailants no recipient, HO26O-028 (Somali forces repelled the assailants and eliminated several: ASSAULT SOM, none), and 'none where no target is named' (news-heldout-s10's DOCUMENT; HO26O-020, adjudicated); b's HO26O-022 names the side attacked (Syria's internal security forces); gunfire is ASSAULT firearms, as HO26L-004 (police opened fire: ASSAULT firearms NPL, none) and HO26S-030 (adjudicated); the gunmen's flight is the second, contrasted clause",
        },
        "HO27P-039": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the main clause reports a state ('Nigeria has faced increased US scrutiny'), no act, and the threat stands in a clause of time after 'since' with its own verb, which codes nothing (docs/event-coding.md, session 11: 'since her rule was overthrown'); the development gold codes such sentences NONE, HO26M-031 (Saied has had full control 'since he dissolved parliament': NONE) and HO26G-055 (in hiding 'since her autocratic rule was overthrown': NONE); the development gold codes the clause a main clause governs where the main clause codes nothing for 'after' (HO26F-030, a's precedent; HO27G-028, adjudicated), but not for 'since', whose clause dates a state (both NONE records above have a codable act in it); the threat itself is HO26M-060's act (news-heldout-s11b.json), coded where it is the main clause",
        },
        "HO27P-040": {
            "event": "MOBILIZE",
            "mode": None,
            "source": ["NGA"],
            "target": [],
            "follows": "b",
            "reason": "Nigerian security forces intensified a search: an increase of police and military activity, CAMEO 15 (153 'mobilize or increase police power', 154 'armed forces'), MOBILIZE in CAMEO2PLOVER-2021, which takes no recipient of its own state (docs/event-coding.md, session 9); the development gold codes stepped-up security and forces sent to support police operations MOBILIZE, HO26N-031 (police stepping up security: MOBILIZE police SLB, none) and HO27C-008 (the military deployed to support police operations: MOBILIZE troops ECU, none); the abduction is a reduced relative clause, background; a close call, since no development record codes a search itself (HO26O-021 leaves 'as search operations intensify' uncoded in a subordinate clause)",
        },
        "HO27P-041": {
            "event": "MOBILIZE",
            "mode": None,
            "source": ["NGA"],
            "target": [],
            "follows": "b",
            "reason": "the same act as HO27P-040 in another report, coded the same way: authorities (Nigeria's, the document's home country, docs/event-coding.md) intensify rescue efforts, combing escape routes, an increase of police and military activity, CAMEO 153/154, MOBILIZE with no recipient of its own state (docs/event-coding.md, session 9), as HO26N-031 (police stepping up security: MOBILIZE police SLB, none) and HO27C-008 (MOBILIZE troops ECU, none); the perpetrators and the students are what is searched for, no recipient; a close call, as HO27P-040's",
        },
        "HO27P-042": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["SYR"],
            "target": ["SAU"],
            "follows": "b",
            "reason": "one event, of the governing verb: al-Sharaa credits Saudi Arabia with a 'genuine desire' to help rebuild Syria, praise or endorsement (CAMEO 051, SUPPORT), as HO26S-034 (credited the Iraqi and Kurdish leadership for their decisive efforts: SUPPORT USA -> IRQ) and HO26X-020 (a ministry's favourable assessment: SUPPORT IRQ); the development gold leaves a meeting told in an 'after' phrase as background to the main verb, HO26B-042 (resigned after meeting with the army chief: RETREAT resign), ACCORD-REAL-011 (agreed, the diplomats said after talks: AGREE) and HO27F-043 (adjudicated: wrote after meeting with To Lam: SUPPORT for the signing he wrote of), so a's CONSULT for the 'after' clause is not the sentence's event: the gold codes an 'after' clause only where the main clause codes nothing (HO27G-028, adjudicated; HO26F-030), and this main clause codes praise",
        },
        "HO27P-043": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["SAU"],
            "target": [],
            "follows": "a",
            "reason": "type and source as both annotators (congratulations are SUPPORT, HO26Z-030, HO27I-041); the one congratulated is 'him', al-Sharaa named only in the page's earlier sentences, and the development gold takes a recipient only where the sentence names it ('a recipient only where clear and named', news-heldout-2026's DOCUMENT): HO26J-014 and HO26I-023 (adjudicated: the allegations' author given only by the previous sentence: REJECT ERI, none), as HO27E-041 (adjudicated: 'the pronoun subject They names no one'); b's precedents HO26Z-030 and HO27I-041 name those congratulated",
        },
    },
    modes_kept={
        "HO27P-001": "a's 'discontinue' kept (b null): the AU suspending a member is a reduction of relations, SANCTION, and the development gold codes suspensions discontinue, HO26Q-012 (suspended all trade: SANCTION discontinue PAK -> AFG), HO26B-058 (suspending cooperation with the IAEA: SANCTION discontinue IRN -> IGO) and HO27B-019, as it codes others with no mode, ACCORD-2025-017 and HO26G-057 (ECOWAS removed Guinea-Bissau from its organs: SANCTION IGO -> GNB); a's is not wrong",
    },
)
EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH25-001": "follows A (third engineer, session 25): the sentence names an agreement between US and Ukrainian officials but not what was agreed, so it states no Ukrainian position on the ceasefire: what a stance is about must stand in the sentence (EV-048: 'that suggestion', given only by the context, no stance); B's precedents each say Ukraine accepted or supported the ceasefire proposal, EVH22-008 ('approved the USA's proposal for a 30-day ceasefire'), EVH2-003 ('which Kyiv has already accepted') and EVH17-014 ('agreed to support the United States' proposal'), as this set's EVH25-012 says ('supported by Kyiv'); the US urging Russia to accept a month-long ceasefire unconditionally is USA ceasefire high, as both annotators",
        "EVH25-012": "follows B (third engineer, session 25): besides the three ceasefire stances both annotators gave, the Russian officials name 'the acknowledgment of Russian advances' as a need before the truce, recognition of the ground Russia took, the territory scale's 25 point ('Russia keeps what it holds, recognised in law'), nearer its low end, as the development gold codes Russia's demand that its territorial claims be acknowledged, EVH18-002 (acknowledgment of their territorial claims non-negotiable: RUS territory low)",
        "EVH25-030": "follows B (third engineer, session 25): the development gold puts OSCE observers' access under the ceasefire issue, whose high end is a ceasefire with heavy weapons in an OSCE-monitored buffer zone: EVH17-027 (adjudicated: observers denied access by the rebels: SEP ceasefire low; 'OSCE access belongs to the ceasefire issue'), EVH2-055 (monitors refused access: SEP low), EVH10-032 (a complete cease-fire with full OSCE access: USA high) and EVH10-041 (the need for OSCE monitoring of the cease-fire: UKR high); Maas (Germany's foreign minister, named) speaking out for the observers' protection and access is DEU ceasefire high; a weak reading, as B says, but the one the development gold gives",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s25b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


# Session 18's DOCUMENT comment, dated this session's day (its text names 2026-12-04; also used
# by the s25b build).
document_comment = hb.dated(s18.document_comment, DAY)


# The label keys of an A file that carries its annotation on the record (session 25's A file).
EVIDENCE_LABEL = ("actor", "issue", "direction", "position", "note", "also")


def evidence_annotated(record: Mapping[str, Any]) -> dict[str, Any]:
    """An evidence-A record with its label under ``annotations["A"]``, the form the shared
    merge reads: session 25's A file carries the label on the record."""
    if "annotations" in record:
        return dict(record)
    out = {k: v for k, v in record.items() if k not in EVIDENCE_LABEL}
    out["annotations"] = {"A": {k: record[k] for k in EVIDENCE_LABEL}}
    return out


def build_evidence_set(
    folder: Path,
    path: Path,
    decisions: hb.EvidenceDecisions,
    others: Sequence[Path],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps (pair A and B, leave out the near duplicates of
    ``others``, merge, write, summarise) with A's label moved under ``annotations``."""
    a = [evidence_annotated(r) for r in hb.read_records(folder / "evidence-A.jsonl")]
    b = hb.read_records(folder / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near]
    records = hb.merge_evidence(pairs, decisions)
    hb.write_gold(path, hb.evidence_gold_text(records), records, others)
    return hb.evidence_summary(records, decisions, path, scenario_issues), near


def scenario_issues(scenario: str) -> list[str]:
    """The issue ids of a scenario of the catalogue."""
    return [i.id for i in resolve(scenario).issues]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [
        r["id"]
        for name in ("events-a.json", "evidence-A.jsonl")
        for r in hb.read_records(IN / name)
    ]
    cited = hb.check_citations(reasons, development, own)
    events, near_events = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 25", SCOPE, f"{OUT}/"), others, document_comment
    )
    evidence, near_evidence = build_evidence_set(IN, EVIDENCE, EVIDENCE_DECIDED, [*others, EVENTS])
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
