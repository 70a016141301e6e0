"""Assemble session 34's first held-out event set (news-heldout-s34.json, HO28Q) and its evidence
set (evidence-heldout-s34.jsonl, EVH34) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md (``build_event_set``
reads b's labels under ``annotations.b``) and the helpers of session 31's first build (its
evidence steps, after session 25's, read A's labels on the record, as this session's A file has
them, and leave out a record holding another gold sentence's first 60 characters; its DOCUMENT
comment is session 18's, dated here 2026-12-06). Run from the repository root with
PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels, leaves out the
sentences another gold file holds in other words, applies the adjudicator's decisions below,
checks the new files against every other gold file, and computes agreement. The s34b build
reuses its helpers.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s31 = hb.load_build(DATA / "heldout-2026-12-06-s31" / "build" / "build.py")
s19, s18 = s31.s19, s31.s18

IN = Path("/work/coord/s34/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s34/build")
EVENTS = NEWS / "news-heldout-s34.json"
EVIDENCE = NEWS / "evidence-heldout-s34.jsonl"
# The CHECK files of session 34 (the sets of sessions 32 and 33, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s32.json",
    "news-heldout-s32b.json",
    "news-heldout-s32c.json",
    "evidence-heldout-s32.jsonl",
    "news-heldout-s33.json",
    "news-heldout-s33b.json",
    "news-heldout-s33c.json",
    "evidence-heldout-s33.jsonl",
}
# This session's sets (HO28Q, HO28R, HO28S, EVH34): none is a development file for another.
SESSION = "heldout-s34"
# The day session 34 built its sets.
DAY = "2026-12-06"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a city taken and an army's withdrawal, killings by militants, "
    "a ceasefire signed, an air strike condemned, an embassy's call to leave, a coast guard's "
    "account rejected, a junta's appointments, a detention, arrests and a ban, warnings to the "
    "media, a drone shot down and ambassadors recalled, cooperation with the IAEA suspended, "
    "an accession welcomed and a summit, blame for an attack, clashes and a reciprocal arrest "
    "warrant, a strike on a capital and self-government conceded, protests dispersed and an "
    "internet shutdown, a border war's accusations and air attacks, voters praised and demands "
    "for an end to killings, blame over a dam and an invitation, and aid frozen, across Africa "
    "(Sudan, DR Congo, Mali, Guinea-Bissau, South Sudan, Ghana, Libya, Algeria, Somalia, Togo, "
    "Uganda, Cameroon, Egypt, Ethiopia and Sudan on the Nile), the Middle East (Qatar, Jordan, "
    "Iran, Yemen, Syria and Israel), Asia (the Philippines and China, ASEAN and Timor-Leste, "
    "Thailand and Cambodia) and Oceania (New Zealand and the Cook Islands)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28Q-002": {
            "event": "RETREAT",
            "mode": "withdraw",
            "source": ["SDN"],
            "target": [],
            "follows": "b",
            "reason": "the first clause's act, fighters celebrating beside a sign, is no act "
            "toward anyone; the 'while' clause reports one, army convoys withdrawing from the "
            "division's headquarters, and the development gold codes the act of a later clause "
            "where the first names none, HO28D-031 ('The attack came as' countries voiced "
            "alarm: the voiced alarm coded), and an act reported through footage as the act, "
            "HO26L-014 (police beat protesters 'according to footage': ASSAULT); a force "
            "withdrawn from a place is RETREAT withdraw with no recipient named, HO27Y-029 "
            "(Syrian forces withdrawn from Sweida: SYR, none); the army is Sudan's, the "
            "document's home country (docs/event-coding.md)",
        },
        "HO28Q-003": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["COD"],
            "target": ["COD"],
            "follows": "b",
            "reason": "militants 'aligned with' the Islamic State are a local armed group, not "
            "the Islamic State, and the development gold codes such groups by the country they "
            "are placed in, HO27V-043 (adjudicated: the 'Islamic State-affiliated' ADF rebels "
            "in DR Congo: COD -> COD), HO26G-058 and HO26W-035 (Islamic State-linked militants "
            "in Nigeria struck: -> NGA); victims in North Kivu: COD (both annotators); type as "
            "both",
        },
        "HO28Q-004": {
            "event": "AGREE",
            "mode": None,
            "source": ["COD"],
            "target": [],
            "follows": "a",
            "reason": "the first object inked is a ceasefire deal, and docs/event-coding.md's "
            "gold conventions code 'a ceasefire agreed between the parties' AGREE (CAMEO 0356), "
            "as the development gold codes ceasefires agreed, HO26U-055 (Syrian authorities and "
            "Druze leaders agreed to a ceasefire: AGREE SYR, none) and HO26X-036 (AGREE "
            "PAK+AFG, none); b's HO27G-011, HO28H-014 and HO26-029 are a declaration of "
            "principles and frameworks signed, no ceasefire (CAMEO 057, SUPPORT); source and no "
            "recipient as both (M23 by its country). A close call: 'inked' is a signing",
        },
        "HO28Q-013": {
            "event": "THREATEN",
            "mode": None,
            "source": ["JOR"],
            "target": [],
            "follows": "b",
            "reason": "a prohibition told to addressees keeps THREATEN (docs/event-coding.md, "
            "warnings: 'warned people against sharing images'), and that sentence, HO26U-016 "
            "(police in Tanzania warned people against sharing online images: THREATEN TZA, no "
            "recipient), gives the unnamed public no recipient; the media, political forces and "
            "social media users here are likewise no named actor; type and source as both",
        },
        "HO28Q-028": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["SYR"],
            "target": ["SYR"],
            "follows": "b",
            "reason": "'The strike came' names no striker, so the 'as' clause's act is coded, "
            "as HO28D-031 ('The attack came as' countries voiced alarm: that act coded); the "
            "clashes that continued are those of the parties whose ceasefire collapsed, "
            "government forces and Druze armed groups, both Syrian, and the development gold "
            "codes clashes between two domestic armed parties ASSAULT with their state as "
            "source and recipient, HO27S-009 (clashes between the Rada militia and the 444 "
            "Brigade: ASSAULT LBY -> LBY). A close call: the parties are named only in the "
            "ceasefire's clause",
        },
        "HO28Q-040": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["CMR"],
            "target": [],
            "follows": "b",
            "reason": "voters are no coded actor: the development gold gives a recipient only "
            "where clear and named in the sentence (news-heldout-s10's DOCUMENT), and gives "
            "unnamed members of the public none, HO26U-016 (people warned: none) and HO28H-040 "
            "(adjudicated: unnamed protesters accused: none); praise is SUPPORT from Tchiroma's "
            "country (both annotators)",
        },
        "HO28Q-048": {
            "event": "THREATEN",
            "mode": None,
            "source": ["NZL"],
            "target": ["COK"],
            "follows": "b",
            "reason": "no new financial assistance 'until the Cook Islands takes concrete "
            "steps' is aid withheld on a condition, CAMEO 1311 'Threaten to reduce or stop aid', "
            "THREATEN (CAMEO2PLOVER-2021, line 183), and docs/event-coding.md keeps a condition "
            "as THREATEN (warnings: 'a condition keep THREATEN'); the steps asked are the "
            "threat's condition, not a request put to the Cook Islands; a itself named the "
            "reading a close call; source and recipient as both",
        },
    },
    modes_kept={
        "HO28Q-043": "a's 'crowd-control' kept (b null): the development gold codes police "
        "force against protesters ASSAULT crowd-control in every record b and a cite, HO26Q-007 "
        "and HO26U-020 (police in Cameroon against protesters: crowd-control), HO26L-014 and "
        "HO26K-004; b's null is not wrong for a 'clash', but the gold's reading is a's",
    },
    modes_taken={
        "HO28Q-024": (
            "allege",
            "b's 'allege' taken (a 'disapprove'): the government blamed Madobe, 'accusing him of "
            "orchestrating Tuesday's attack', and the development gold codes blame for an attack "
            "allege (CAMEO 1123 'Accuse of aggression'), HO26U-029 (the army blamed the RSF for "
            "the drone campaign: allege) and HO27P-015 (federal officials accused Jubbaland "
            "forces: allege); a's HO26K-020 and HO26P-002 are blame for bloodshed and a "
            "collision, disapprove",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH34-006": "follows A: Putin's demand that Ukraine withdraw from the Donetsk region "
        "'as a condition for ending Moscow's war' ties the end of the fighting to a territorial "
        "concession, and the development gold codes that tie with both stances, EVH28-004 (Putin "
        "'tied any halt in hostilities to the withdrawal of Ukrainian troops' from Donbas: RUS "
        "ceasefire low and territory low, both annotators); B's EVH4-011 is a third party's "
        "support for a plan (Trump, USA territory low), with no halt conditioned by the speaker; "
        "territory low as both annotators (EVH17-005)",
        "EVH34-019": "follows B: 'We do not recognize the debt' names neither the minerals deal "
        "nor what the debt is; the link to the deal's repayment terms comes only from the page, "
        "and the development gold gives no stance where the issue is linked only by the context, "
        "EVH13-033 (the Taliban refusing a partial release of 'the prisoners', the talks not "
        "named: no stance, B's reading noted and not taken); A itself called its reading a close "
        "call",
        "EVH34-022": "follows A: the sentence is the separatist figure's statement that Kyiv's "
        "offer is insufficient, SEP special_status high (both annotators); the development gold "
        "codes the same construction, an offer of special status called unacceptable, with the "
        "rejecting party's stance alone, EVH29-028 (Putin 'rejected Ukraine's offer of "
        "constitutional status for the Donetsk-Luhansk territory as unacceptable': RUS "
        "special_status high only, both annotators), as EVH9-006 (Putin rejected Zelenskyy's "
        "ceasefire proposal: RUS only); B's EVH30-023 is Poroshenko's own act (signing the law), "
        "not an offer reported in another's words. A close call: EVH16-003 and EVH11-053 code the "
        "proposer too where the proposal's content is the sentence's news",
        "EVH34-040": "follows A: the readout states Abdullah's 'efforts to promote an Afghan "
        "peace process, including ... intra-Afghan negotiations', a stance the sentence gives "
        "the Afghan government's chief executive (AFG), as the development gold codes the "
        "government's pursuit of the talks AFG intra_afghan_talks high, EVH28-039 (the "
        "government sent a negotiating delegation to Qatar: both annotators), and codes a stance "
        "reported in another's account, EVH4-011 (Trump's support as the New York Times "
        "reported it); USA intra_afghan_talks high as both annotators (EVH14-040)",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s34b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


# Session 18's DOCUMENT comment, dated this session's day (also used by the s34b build).
document_comment = hb.dated(s18.document_comment, DAY)


def cited_ids(folder: Path, names: Sequence[str], reasons: Sequence[str]) -> list[str]:
    """The development records the ``reasons`` cite, checked: every other gold file but the
    CHECK files and this session's sets; the set's own ids (``names`` in ``folder``) allowed
    (also used by the s34b build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if SESSION not in p.name]
    development = hb.record_files(development_files(others))
    own = [r["id"] for name in names for r in hb.read_records(folder / name)]
    return list(hb.check_citations(reasons, development, own))


# What ``opening_elsewhere`` leaves out, for agreement.json.
OPENING_RULE = (
    "a sentence whose first 60 characters stand in another file of tests/data/news (inside a "
    "longer sentence there), which hb.write_gold refuses (a new sentence already in other gold)"
)


def opening_elsewhere(
    records: Sequence[hb.Record], others: Sequence[Path]
) -> dict[str, dict[str, Any]]:
    """The records whose first 60 characters stand in another gold file, by id, with that file
    and the id of the sentence holding them: ``hb.write_gold`` refuses a file holding them (its
    check that the new sentences are in no other gold file), so they are left out before the
    merge, as the near duplicates are; the mirror of session 31's ``holding_others``."""
    found: dict[str, dict[str, Any]] = {}
    for path in others:
        blob = path.read_text(encoding="utf-8")
        rows = [r for r in hb.read_records(path) if isinstance(r.get("text"), str)]
        for record in records:
            opening = record["text"][:60]
            if opening in blob and record["id"] not in found:
                holder = next((r.get("id") for r in rows if opening in r["text"]), None)
                found[record["id"]] = {"file": path.name, "id": holder}
    return found


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The steps of the shared ``hb.build_event_set`` (a's labels on the record, b's under
    ``annotations.b``; near duplicates left out; merged; written with its DOCUMENT record, whose
    comment is ``document_comment``), leaving out too, before the merge, the records
    ``opening_elsewhere`` names, which the comment then names. Returns the summary, the near
    duplicates and those."""
    a = [hb.with_labels(r, "a") for r in hb.read_records(folder / "events-a.json")]
    b = [hb.with_labels(r, "b") for r in hb.read_records(folder / "events-b.json")]
    near = hb.near_duplicates(a, others)
    opening = opening_elsewhere(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in {*near, *opening}]
    build = hb.merge_events(pairs, decided)
    events = build.summary()
    comment = document_comment(build.records, events, near, decided, which)
    if opening:
        left = "; ".join(
            f"{rid} (its first 60 characters stand in {d['file']}, {d['id']})"
            for rid, d in opening.items()
        )
        comment += f" Left out before the merge as a duplicate by first 60 characters: {left}."
    document = {
        "id": f"ACCORD-HELDOUT-{path.stem.rsplit('-', 1)[1].upper()}-DOC",
        "event": "DOCUMENT",
        "comment": comment,
        "license": hb.EVENT_LICENSE,
    }
    hb.write_gold(path, hb.event_gold_text(document, build.records), build.records, others)
    return events, near, opening


def build_evidence(others: Sequence[Path]) -> dict[str, Any]:
    """The evidence set, written; its part of agreement.json."""
    evidence, near, holding = s31.build_evidence_set(IN, EVIDENCE, EVIDENCE_DECIDED, others)
    return {"evidence": evidence, "near": near, "holding": holding}


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = cited_ids(IN, ("events-a.json", "evidence-A.jsonl"), reasons)
    events, near_events, opening = build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 34", SCOPE, f"{OUT}/"), others
    )
    built = build_evidence([*others, EVENTS])
    evidence = built["evidence"]
    result: dict[str, Any] = {
        "events": events,
        "evidence": evidence,
        "near_duplicates_left_out": {
            "rule": s18.NEAR_RULE,
            "events": s18.near_figures(near_events),
            "evidence": s18.near_figures(built["near"]),
        },
        "holding_another_sentence_left_out": {
            "rule": s31.HOLDING_RULE,
            "evidence": built["holding"],
        },
        "opening_in_another_file_left_out": {"rule": OPENING_RULE, "events": opening},
        "development_records_cited": cited,
    }
    hb.write_agreement(OUT / "agreement.json", result)
    print(
        hb.event_table(events),
        hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]),
    )


if __name__ == "__main__":
    main()
