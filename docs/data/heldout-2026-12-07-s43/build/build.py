"""Assemble session 43's first held-out event set (news-heldout-s43.json, HO29R) and its evidence
set (evidence-heldout-s43.jsonl, EVH43) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md and the helpers of
session 40's first build (session 37's event steps: a's labels on the record, b's under
``annotations.b``, the near duplicates and the records whose first 60 characters stand in another
gold file left out; session 33's correction of a note of b's; session 31's evidence steps, which
move A's label under ``annotations`` and leave out a record holding another gold sentence's first
60 characters; session 18's DOCUMENT comment dated 2026-12-07). Run from the repository root with
PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels, leaves out the
sentences another gold file or the session's other sentence files hold, applies the
adjudicator's decisions below, checks the new files against every other gold file, and computes
agreement. The s43b build reuses its helpers. The evidence set was built first (its B file came
first), with the event set left out (``EVENTS_DECIDED`` None) until its b file came.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s40 = hb.load_build(DATA / "heldout-2026-12-07-s40" / "build" / "build.py")
s34, s31, s19, s18 = s40.s34, s40.s31, s40.s19, s40.s18

IN = Path("/work/coord/s43/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s43/build")
EVENTS = NEWS / "news-heldout-s43.json"
EVIDENCE = NEWS / "evidence-heldout-s43.jsonl"
# The CHECK files of session 43 (the sets of sessions 41 and 42, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s41.json",
    "news-heldout-s41b.json",
    "news-heldout-s41c.json",
    "evidence-heldout-s41.jsonl",
    "news-heldout-s42.json",
    "news-heldout-s42b.json",
    "news-heldout-s42c.json",
    "evidence-heldout-s42.jsonl",
}
# This session's sets (HO29R, HO29S, HO29T, EVH43): none is a development file for another.
SESSION = "heldout-s43"
# The day session 43 built its sets (session 40's, whose DOCUMENT comment helper is reused).
DAY = "2026-12-07"
# The session's sentence files, compared with each new set as strings (pages, first 60
# characters and the near-duplicate rule); the third set's folder (heldout3/, another
# adjudicator's) is read for its sentence file only.
COORD = Path("/work/coord/s43")
SENTENCE_FILES = [
    COORD / "heldout" / "events-sentences.json",
    COORD / "heldout" / "evidence-sentences.jsonl",
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
]

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; talks on Bougainville's future, an attack condemned and a "
    "warning to Sudan's warring parties, the Cambodia-Thailand ceasefire, protests in Nepal and "
    "calls to dissolve parliament, the Pacific Islands Forum, clashes in Jubaland, an army "
    "unit's refusal to shoot and a prime minister's offer of dialogue in Madagascar, a coup in "
    "Guinea-Bissau and ECOWAS's demands, a summons and a rebuttal over Takaichi's remarks, "
    "Timor-Leste joining ASEAN, protests in Indonesia, Machar's trial, the Sweida clashes and a "
    "truce enforced, Hasina's sentence and an extradition asked, a military operation in "
    "Tripoli, a train hijacked, an election's protests and a teacher shot, a no-confidence vote, "
    "and Iran and the IAEA, across Africa (Chad, Somalia, Madagascar, Guinea-Bissau, South "
    "Sudan, Libya, Cameroon), the Middle East (Syria, Iran), Asia (Nepal, Cambodia and Thailand, "
    "Japan and China, Timor-Leste, Indonesia, Bangladesh, Pakistan, Mongolia) and Oceania "
    "(Bougainville and Papua New Guinea, the Pacific Islands Forum)"
)

# Notes of b's that quote a development sentence's first 60 characters (``hb.write_gold``
# refuses a file quoting another gold file's sentence): the quotation elided, b's words and
# labels kept (as the s29, s33 and s37b builds did).
NOTE_FIXES: dict[str, tuple[str, str]] = {}

# The rule the mode-only decisions apply (session 40's, the third sets of sessions 28, 31 and
# 34, and session 37's): where a and b differ only in mode, a's stays unless it is clearly wrong;
# the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands against another, unless the PLOVER
# 2.0 manual codes the act otherwise; where the table gives the act no mode, the development
# gold's practice decides.
# The first event set's decisions (None leaves the set out of the build).
NO_RECIPIENT = (
    "a recipient only where the sentence names it: the development gold codes an act whose "
    "object's author is only in the context with no recipient"
)
EVENTS_DECIDED: hb.EventDecisions | None = hb.EventDecisions(
    adjudications={
        "HO29R-002": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "Peters describes what New Zealand's involvement is ('is to provide the "
            "venue and environment'): a copula stating a role, a statement, CAMEO 01, which codes "
            "nothing (docs/event-coding.md, line 171); no verb of offering, promising or hosting "
            "is the sentence's act, and the talks it hosts are another sentence's event; b's "
            "ACCORD-NEWS-003 has the verb 'offered to host'. A close call, as a wrote",
        },
        "HO29R-003": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["TCD"],
            "target": [],
            "follows": "a",
            "reason": "a condemned attack is an accusation of its attacker, and 'with no "
            "attacker named there is no recipient' (docs/event-coding.md, lines 541-545, a "
            "convention of every READING file); the sentence's event is its governing verb's "
            "(lines 419-420), 'condemned the attack', which names no attacker, and the warning "
            "to the parties fighting in Sudan is the second conjunct, which does not say they "
            "made the attack; type, mode and source as both annotators. A close call: b's "
            "HO28S-033 takes the recipient from a coordinated 'urged China'",
        },
        "HO29R-011": {
            "event": "REQUEST",
            "mode": "change",
            "source": ["NPL"],
            "target": [],
            "follows": "b",
            "reason": "the protesters call for the dissolution of the House, but ask no one "
            "named to dissolve it: the object of a demanded act is not the request's addressee, "
            "HO27G-037 (adjudicated: protesters called for the arrest of Awami League officials: "
            "REQUEST BGD -> none), and docs/event-coding.md takes no recipient from the 'for' "
            "phrase of a verb of asking (lines 1152-1153, 'called for the creation of ...'); a's "
            "HO26M-036 asks for a minister's resignation, which he gives himself. The mode is "
            "a's: a demand to dissolve a parliament is a demand for a change of institutions, "
            "CAMEO 1044, REQUEST 'change' in CAMEO2PLOVER-2021 (line 123)",
        },
        "HO29R-017": {
            "event": "AGREE",
            "mode": None,
            "source": ["MDG"],
            "target": [],
            "follows": "b",
            "reason": "a government's readiness to engage in dialogue with its own country's "
            "factions is coded with no recipient in the development gold, HO27Y-032 (the "
            "government expressed a willingness to engage in dialogue with the youth: AGREE MAR "
            "-> none); youth, unions or the military named as 'all factions' are no state or "
            "government as the other party; type and source as both annotators",
        },
        "HO29R-019": {
            "event": "REJECT",
            "mode": None,
            "source": ["MDG"],
            "target": [],
            "follows": "b",
            "reason": "the unit's refusal of 'orders to shoot' names no one who gives the orders, "
            f"and {NO_RECIPIENT}, HO26O-037 ('The government refutes this': REJECT TGO -> none) "
            "and HO26-023 (denied any intention to retract: REJECT JPN -> none); the criticism "
            "of the gendarmerie is a participle clause, not the event (as both annotators); "
            "type and source as both",
        },
        "HO29R-024": {
            "event": "REJECT",
            "mode": None,
            "source": ["JPN"],
            "target": [],
            "follows": "b",
            "reason": "Kanasugi 'argued back', explaining Japan's position, but the sentence "
            "names no one he argued against (China is only the place of the embassy that "
            f"reports it), and {NO_RECIPIENT}, HO26-023 (Takaichi denied any intention to "
            "retract: REJECT JPN -> none) and HO26O-037; a's HO27W-017 and HO28C-016 name "
            "Trump's proposal and remarks as what is pushed back on; type and source as both",
        },
        "HO29R-027": {
            "event": "REJECT",
            "mode": None,
            "source": ["SSD"],
            "target": [],
            "follows": "b",
            "reason": "the prosecution rejected 'this objection', whose author (Machar's "
            f"defence) the sentence does not name, and {NO_RECIPIENT}, HO26O-037 ('The "
            "government refutes this': REJECT TGO -> none) and HO27V-017 (a lawyer for Machar "
            "opposed the trial: REJECT SSD -> none); type and source as both annotators",
        },
        "HO29R-028": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["NGO"],
            "target": [],
            "follows": "b",
            "reason": "a warning that an act brings harm judges that act, ACCUSE of its actor, "
            "and 'a judged act with no actor named' is coded ACCUSE with no recipient "
            "(docs/event-coding.md, lines 583-611); the trial's authority (court, prosecutor, "
            "government) is not named, and Machar is the accused, not the one the speaker "
            "accuses; the development gold codes criticism of a trial whose authority is not "
            "named with no recipient, HO26S-051 (adjudicated: a trial described as a "
            "'humiliation': ACCUSE TCD -> none) and HO27O-042 (a trial moved to Silivri "
            "criticised: ACCUSE TUR -> none); type, mode and source as both annotators",
        },
        "HO29R-030": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["SSD"],
            "target": [],
            "follows": "b",
            "reason": "the planned trial called a 'sham' and an abuse of power names no court, "
            "prosecutor or government as its author, and the development gold codes such "
            "criticism of a trial with no recipient, HO26S-051 (adjudicated: 'no court, judge, "
            "prosecutor or government is named as the object of the criticism': ACCUSE TCD -> "
            "none) and HO27O-042; type, mode and source as both annotators",
        },
        "HO29R-034": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["SYR"],
            "target": [],
            "follows": "b",
            "reason": "roadblocks set up by a state's own forces on its own ground are COERCE "
            "restrict with no recipient in the development gold, HO26V-005 (adjudicated: police "
            "set up roadblocks to block people from reaching downtown Nairobi: COERCE restrict "
            "KEN -> none); 'restored relative order' names no act of its own, and the "
            "roadblocks are the act the minister reports (a reported act is coded for its "
            "content, docs/event-coding.md, lines 546-548). A close call, as a wrote",
        },
        "HO29R-040": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["LBY"],
            "target": ["LBY"],
            "follows": "b",
            "reason": "a military operation declared to reclaim control from rival factions is "
            "coded as the operation, ASSAULT, in the development gold: HO29F-037 (Dbeibah "
            "declared a military operation had dismantled armed groups: ASSAULT LBY -> LBY), "
            "and offensives launched, HO28Z-038, HO29F-027 and HO28E-048 (ASSAULT); source and "
            "recipient as both annotators. A close call, as both wrote: a read a launch with "
            "no violent act named as MOBILIZE troops (CAMEO 154)",
        },
        "HO29R-046": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["MNG"],
            "target": ["MNG"],
            "follows": "b",
            "reason": "a vote of no confidence held and carried (71 members supporting the "
            "prime minister's dismissal) is coded ACCUSE disapprove of the official by his own "
            "state in the development gold, HO28O-013 (parliament passed a vote of "
            "no-confidence against the interior minister: ACCUSE PER -> PER); a's HO26T-040 is "
            "a vote whose consideration was delayed, not held",
        },
        "HO29R-048": {
            "event": "THREATEN",
            "mode": None,
            "source": ["IRN"],
            "target": ["IGO"],
            "follows": "b",
            "reason": "'may reject' any request is a possible hostile act, which "
            "docs/event-coding.md codes THREATEN (lines 270-271: an intended or possible "
            "hostile act, 'may halt', THREATEN, CAMEO 13), as the development gold codes "
            "HO27W-047 ('may refuse to appoint': THREATEN); a's HO28N-010 reports a decision "
            "taken ('will no longer permit'); source and recipient as both annotators",
        },
        "HO29R-049": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "'We cannot completely cut cooperation with the agency' states a limit on "
            "what Iran can do, a statement, CAMEO 01, which codes nothing (docs/event-coding.md, "
            "line 171): no cooperation is promised, continued or offered; b's HO29K-002 has the "
            "intent itself ('will continue cooperating'). A close call, as b wrote",
        },
        "HO29R-021": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "a warning 'regarding the safety of detained political figures' names no "
            "consequence, no act and no actor: the warnings convention gives no event for a "
            "harm or an act that names no actor (docs/event-coding.md, lines 583-611: 'warned "
            "farmers about potential water supply problems': no event, as the gold does), and "
            "the detainers appear only as 'the power grab'; b's HO26Y-026 and HO27M-020 (the "
            "noun 'issued a warning': THREATEN) name an addressee and a legal consequence, or a "
            "prohibition told to the public. A close call: b read the noun as THREATEN",
        },
    },
    modes_taken={
        "HO29R-042": (
            "firearms",
            "b's 'firearms' taken (a 'crowd-control'): a teacher shot dead, a police officer "
            "reported to have fired the bullet, and the development gold codes police shooting "
            "at demonstrators 'firearms', HO26S-041 (police fired on supporters marching: "
            "ASSAULT firearms MOZ -> MOZ) and HO28N-013 (two people fatally shot, reportedly by "
            "police: firearms); its 'crowd-control' records are tear gas and dispersal "
            "(HO26P-019, HO26K-004, HO26T-006); a itself named the mode a close call",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH43-002": "follows B: 'apart from \"boots on the ground\"' reads 'in addition to' "
        "the troops: Sybiha asks for an Article Five-like mechanism besides foreign troops on the "
        "ground, so both stand among what Ukraine asks for; the development gold codes Ukraine's "
        "call for guarantees that hold foreign troops as both stances, EVH10-009 (security "
        "guarantees 'including the presence of foreign troops in Ukraine': UKR "
        "security_guarantees high and peacekeeping high), and an Article 5-like commitment "
        "security_guarantees high, EVH29-016 and EVH2-015 (UKR high, as both annotators). A close "
        "call, as B wrote: A read the troops as named only as what the mechanism comes beside",
        "EVH43-022": "follows A: Plotnitsky's complaint names Kiev's reclassification of the "
        "regions only as the object of his objection, and the development gold codes the "
        "speaker's stance, not the other side's act or proposal that the speaker rejects: EV-161 "
        "(Russia and the two republics rejected Poroshenko's proposal to amend the constitution: "
        "RUS and SEP special_status high, no UKR stance) and EVH10-043 (amendments drafted "
        "without consulting the republics are not what Minsk-2 provides for, the Russian "
        "foreign ministry said: RUS high, no UKR stance); SEP special_status high as both "
        "annotators (as EVH9-043). A close call, as B wrote: B's EVH23-028 and EVH14-021 code "
        "an aim the sentence itself gives its holder ('which the Russian Federation speaks of', "
        "'that Moscow has sought'), not an act reported by its opponent",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s43b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def cited_ids(folder: Path, names: Sequence[str], reasons: Sequence[str]) -> list[str]:
    """The development records the ``reasons`` cite, checked: every other gold file but the
    CHECK files and this session's sets; the set's own ids (``names`` in ``folder``) allowed
    (also used by the s43b build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if SESSION not in p.name]
    development = hb.record_files(development_files(others))
    own = [r["id"] for name in names for r in hb.read_records(folder / name)]
    return list(hb.check_citations(reasons, development, own))


def sentence_files(*own: Path) -> list[Path]:
    """The session's sentence files but the set's ``own`` (also used by the s43b build)."""
    return [p for p in SENTENCE_FILES if p not in own]


def build_events(others: Sequence[Path], decided: hb.EventDecisions) -> dict[str, Any]:
    """The first event set, written (session 40's ``build_event_set``, whose DOCUMENT comment is
    dated 2026-12-07, this session's day too); its parts of agreement.json."""
    compared = [*others, *sentence_files(IN / "events-sentences.json")]
    which = ("session 43", SCOPE, f"{OUT}/")
    correct = s40.note_corrector(NOTE_FIXES)
    events, near, opening = s40.build_event_set(IN, EVENTS, decided, which, compared, correct)
    return {"events": events, "near": near, "opening": opening}


def build_evidence(others: Sequence[Path]) -> dict[str, Any]:
    """The evidence set, written; its parts of agreement.json."""
    compared = [*others, *sentence_files(IN / "evidence-sentences.jsonl")]
    evidence, near, holding = s31.build_evidence_set(IN, EVIDENCE, EVIDENCE_DECIDED, compared)
    return {"evidence": evidence, "near": near, "holding": holding}


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    reasons = list(EVIDENCE_DECIDED.adjudications.values())
    names = ["evidence-A.jsonl"]
    result: dict[str, Any] = {}
    near: dict[str, Any] = {}
    tables = []
    if EVENTS_DECIDED is not None:
        reasons += s19.event_reasons(EVENTS_DECIDED)
        names.append("events-a.json")
        built = build_events(others, EVENTS_DECIDED)
        result["events"] = built["events"]
        near["events"] = s18.near_figures(built["near"])
        result["opening_in_another_file_left_out"] = {
            "rule": s34.OPENING_RULE,
            "events": built["opening"],
        }
        tables.append(hb.event_table(built["events"]))
        others = [*others, EVENTS]
    cited = cited_ids(IN, names, reasons)
    built = build_evidence(others)
    result["evidence"] = built["evidence"]
    near["evidence"] = s18.near_figures(built["near"])
    result["near_duplicates_left_out"] = {"rule": s18.NEAR_RULE, **near}
    result["holding_another_sentence_left_out"] = {
        "rule": s31.HOLDING_RULE,
        "evidence": built["holding"],
    }
    result["development_records_cited"] = cited
    hb.write_agreement(OUT / "agreement.json", result)
    tables.append(hb.evidence_table(EVIDENCE.stem, built["evidence"]["annotator_agreement_module"]))
    print(*tables)


if __name__ == "__main__":
    main()
