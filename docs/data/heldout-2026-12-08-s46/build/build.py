"""Assemble session 46's first held-out event set (news-heldout-s46.json, HO30A) and its evidence
set (evidence-heldout-s46.jsonl, EVH46) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md and the helpers of
session 40's first build, as session 43's first build used them (session 37's event steps: a's
labels on the record, b's under ``annotations.b``, the near duplicates and the records whose first
60 characters stand in another gold file left out; session 33's correction of a note of b's;
session 31's evidence steps, which move A's label under ``annotations`` and leave out a record
holding another gold sentence's first 60 characters; session 18's DOCUMENT comment dated
2026-12-08). Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence
finder: it copies labels, leaves out the sentences another gold file or the session's other
sentence files hold, applies the adjudicator's decisions below, checks the new files against
every other gold file, and computes agreement. The s46b build reuses its helpers.
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

IN = Path("/work/coord/s46/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-08-s46/build")
EVENTS = NEWS / "news-heldout-s46.json"
EVIDENCE = NEWS / "evidence-heldout-s46.jsonl"
# The CHECK files of session 46 (the sets of sessions 44 and 45, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s44.json",
    "news-heldout-s44b.json",
    "news-heldout-s44c.json",
    "evidence-heldout-s44.jsonl",
    "news-heldout-s45.json",
    "news-heldout-s45b.json",
    "news-heldout-s45c.json",
    "evidence-heldout-s45.jsonl",
}
# This session's sets (HO30A, HO30B, HO30C, EVH46): none is a development file for another.
SESSION = "heldout-s46"
# The day in the DOCUMENT comment: the day the sets were built (session 40's helper writes its
# own day, 2026-12-07, so its comment is re-dated here, as the third sets' builds date theirs).
DAY = "2026-12-08"
s40.document_comment = hb.dated(s40.s18.document_comment, DAY)
# The session's sentence files, compared with each new set as strings (pages, first 60
# characters and the near-duplicate rule); the third set's folder (heldout3/, another
# adjudicator's) is read for its sentence file only.
COORD = Path("/work/coord/s46")
SENTENCE_FILES = [
    COORD / "heldout" / "events-sentences.json",
    COORD / "heldout" / "evidence-sentences.jsonl",
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
]

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; JNIM's fuel blockade of Mali and the army's airstrikes, "
    "Tanzania's election-day protests and a US embassy advisory, Guinea's presidential election "
    "(a party suspended, the opposition's call to shun the polls, Doumbouya's candidacy), "
    "Sudan's humanitarian truce proposal and El Fasher, Israel's recognition of Somaliland "
    "condemned, a Saudi delegation in Hadramout, Hezbollah's warning and Lebanon's disarmament "
    "plan, the Aleppo clashes between Syria's government and the SDF, Bangladesh's election and "
    "Modi's call to Rahman, Thai jets and a border clash with Cambodia, North Korea's missile "
    "launches, the Bougival accord and Valls in New Caledonia, and Solomon Islands' dealings "
    "with Fiji and Australia, across Africa (Mali, Tanzania, Guinea, Sudan, Somalia), the Middle "
    "East (Yemen, Lebanon, Syria), Asia (Bangladesh, Thailand and Cambodia, the Koreas) and "
    "Oceania (New Caledonia, Solomon Islands, Fiji)"
)

# Notes of b's that quote a development sentence's first 60 characters (``hb.write_gold``
# refuses a file quoting another gold file's sentence): the quotation elided, b's words and
# labels kept (as the s29, s33 and s37b builds did).
NOTE_FIXES: dict[str, tuple[str, str]] = {}

# The rule the mode-only decisions apply (session 43's, session 40's, the third sets of sessions
# 28, 31 and 34, and session 37's): where a and b differ only in mode, a's stays unless it is
# clearly wrong; the mode CAMEO2PLOVER-2021 gives the act's CAMEO code stands against another,
# unless the PLOVER 2.0 manual codes the act otherwise; where the table gives the act no mode, the
# development gold's practice decides.
EVENTS_DECIDED: hb.EventDecisions | None = hb.EventDecisions(
    adjudications={
        "HO30A-003": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["MLI"],
            "target": [],
            "follows": "b",
            "reason": "fuel tankers are vehicles of private carriers, and a private company is no "
            "actor ('an act done to it has no recipient', docs/event-coding.md, lines 817-823, "
            "the convention written in session 46's declaration commit); Senegal and Ivory Coast "
            "only say where the tankers come from; the development gold codes JNIM's attacks on "
            "fuel trucks and vehicles with no recipient, HO27X-045 (JNIM claimed the attacks on "
            "vehicles violating its blockade: ASSAULT MLI -> none) and HO29C-020 (JNIM fighters "
            "kidnapped drivers and torched more than 100 trucks: ASSAULT MLI -> none); type and "
            "source as both annotators. A close call, as a wrote: a took the source's own state "
            "as the domestic recipient",
        },
        "HO30A-009": {
            "event": "REQUEST",
            "mode": None,
            "source": ["GIN"],
            "target": [],
            "follows": "b",
            "reason": "an appeal to a country's voters is coded with no recipient in the "
            "development gold, HO27Y-038 (adjudicated: Diallo urged Guineans to boycott what he "
            "called a masquerade: REQUEST GIN -> none, 'an appeal to a country's people ... has "
            "no recipient'), the same call in Guinea's election of 2025; a's HO27U-044 is a "
            "congratulation of a named rival, not an appeal to the public; type and source as "
            "both annotators",
        },
        "HO30A-020": {
            "event": "REQUEST",
            "mode": None,
            "source": ["SOM"],
            "target": [],
            "follows": "b",
            "reason": "a call on 'UN members', a class of states none of which is named, has no "
            "recipient in the development gold, HO27R-015 (adjudicated: the ICC's president urged "
            "UN member states to uphold their obligations: REQUEST IGO -> none, 'a call on all "
            "member states' gives no IGO recipient); Israel's move is the object of the demanded "
            "condemnation, not the addressee (as a wrote); type and source as both annotators",
        },
        "HO30A-035": {
            "event": "CONSULT",
            "mode": "phone",
            "source": ["IND", "BGD"],
            "target": [],
            "follows": "a",
            "reason": "of the two coordinated verbs the first, 'spoke to' Rahman 'over phone', is "
            "the sentence's event (docs/event-coding.md, lines 419-420: the governing verb's "
            "event first), a call, CAMEO 041 (CONSULT phone, CAMEO2PLOVER-2021 line 38), with "
            "no host, so both are the actor and there is no recipient (docs/event-coding.md, "
            "lines 413-417); the development gold codes a call made to congratulate by the call, "
            "HO27Q-030 (adjudicated: Boric phoned Kast to congratulate him: CONSULT phone, none) "
            "and HO26W-022 (adjudicated: spoke with Min Aung Hlaing, expressing condolences: "
            "CONSULT PAK+MMR, none); b's HO27Y-036 has 'congratulated' as its governing verb "
            "and the call as a phrase ('during a phone call'). A close call, as both wrote",
        },
        "HO30A-039": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["KHM"],
            "target": ["THA"],
            "follows": "a",
            "reason": "'X said Y attacked Z': the type follows the reported predicate, and a "
            "reported act of force (fire) is ASSAULT Y -> Z, also when X's own state is the "
            "victim (docs/event-coding.md, lines 546-548); the development gold codes Thai "
            "officials' reports that Cambodian forces fired on Thailand so, HO26-034 (a Thai "
            "army spokesperson stated that Cambodian forces initiated the conflict by firing "
            "into Thai territory: ASSAULT KHM -> THA) and HO26V-010 (Cambodian troops fired "
            "heavy artillery on a Thai base, Thailand's foreign ministry said: ASSAULT KHM -> "
            "THA); b's HO28Q-038, HO28T-044 and HO28C-041 have 'accused' as their governing "
            "verb, which this sentence lacks: 'alleging' reports the act and judges nothing. "
            "A close call, as b wrote",
        },
        "HO30A-046": {
            "event": "REJECT",
            "mode": None,
            "source": ["NCL"],
            "target": ["FRA"],
            "follows": "b",
            "reason": "'the state' whose pressure the FLNKS rejects names the French state in New "
            "Caledonia, and the development gold codes the FLNKS's 'the state' as France, "
            "HO26R-022 (the movement calls for new discussions with the state: REQUEST NCL -> "
            "FRA); so the recipient is named in the sentence, unlike a's HO29R precedents (an "
            "act whose author is only in the context); type and source as both annotators",
        },
    },
    modes_kept={
        "HO30A-026": "a's 'violence' kept (b null): a warning of civil war if the government "
        "confronts the group is a threat of force on a condition, CAMEO 138 (threaten with "
        "military force), THREATEN 'violence' in CAMEO2PLOVER-2021 (line 196)",
        "HO30A-045": "a's 'visit' kept (b null): a meeting in one participant's territory is "
        "a visit hosted by it (docs/event-coding.md, lines 413-415), CAMEO 042/043 (make or "
        "host a visit), CONSULT 'visit' in CAMEO2PLOVER-2021 (lines 39-40), as the development "
        "gold codes meetings held in the host's capital, HO26K-013 and HO29I-026 (met in Suva: "
        "CONSULT visit)",
    },
    modes_taken={
        "HO30A-018": (
            "yield",
            "b's 'yield' taken (a null): a demand that the RSF withdraw from civilian areas and "
            "surrender its weapons is a demand of military de-escalation, CAMEO 1056, REQUEST "
            "'yield' in CAMEO2PLOVER-2021 (line 130), as the development gold codes a demand "
            "to withdraw forces, HO28E-015 (urged the STC to withdraw forces peacefully: "
            "REQUEST yield SAU -> YEM)",
        ),
        "HO30A-024": (
            None,
            "b's null taken (a 'third-party'): a delegation that tries to calm a situation and "
            "reach arrangements is mediation, CAMEO 045, which CAMEO2PLOVER-2021 maps to CONSULT "
            "with no mode (line 42); 'third-party' is CAMEO 044, a meeting at a third location "
            "(line 41), which the sentence does not report; the development gold codes a "
            "brokered ceasefire with no mode, HO26B-071 (Oman brokered a ceasefire: CONSULT, "
            "no mode)",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH46-006": "follows B: Russia's threat to 'fight forever' and take two more regions "
        "sets the fighting going on until its terms are met, the ceasefire scale's low "
        "end, beside the claim on more land (territory low, as both annotators); the development "
        "gold codes the same either-or so, EVH32-013 (adjudicated: Ukrainian forces must "
        "withdraw from the Donbas or Russia will seize it by force: RUS territory low and "
        "ceasefire low); A's EVH29-004 ('no peace until' the realities are accepted) codes the "
        "claim alone. A close call, as B's reading rests on 'fight forever'",
        "EVH46-014": "follows B: the sentence names the plan's terms as Russia's main demands "
        "('would endorse many of Russia's main demands, requiring Kyiv to give up additional "
        "territory ... and forever abandon hope of joining NATO'), and the development gold codes "
        "those demands as Russia's stances, EVH28-008 (Russia demanded Ukraine renounce NATO "
        "ambitions and accept territorial concessions: RUS security_guarantees low and "
        "territory low), and gives a plan's stance to each party the sentence ties it to, "
        "EVH11-011 (adjudicated: the 28-point plan drafted by the US and Russia: USA and RUS "
        "territory low); USA territory and security_guarantees low as both annotators "
        "(EVH41-002). A close call, as B wrote: 'many of' leaves open which demands",
        "EVH46-028": "follows B: Kyiv's readiness to implement 'all of the aspects' of the Minsk "
        "agreement is support for the negotiated settlement, which the development gold codes "
        "ceasefire high, EVH22-023 (adjudicated: a resolution on the basis of the fulfilment of "
        "the Minsk accords: RUS ceasefire high) and EVH22-024 (the implementation of the Minsk "
        "agreements should be continued: RUS ceasefire high); the elections named as one of its "
        "aspects give the districts no status, and A's EVH37-026 and EVH33-022 name the special "
        "status Kyiv grants. A close call, as both wrote: EVH40-025 codes backing for the "
        "local elections as a special_status stance",
        "EVH46-033": "follows A: the Afghan government says foreign forces 'will withdraw' from "
        "Afghanistan, a withdrawal it accepts, qualified only by its manner ('responsibly'); "
        "the development gold codes the government's support for a conditioned withdrawal "
        "high, EVH43-038 (support for the phased withdrawal of US and coalition forces subject to "
        "the Taliban's commitments: AFG us_withdrawal high) and EVH34-037 (all troops within 14 "
        "months if the Taliban upholds its commitments: AFG high); B's EVH2-063 and EVH10-054 "
        "are a conditions-based drawdown with no full withdrawal stated. A close call, as B "
        "wrote",
        "EVH46-038": "follows B: Ghani calls the Taliban's readiness to sever ties with al Qaeda "
        "and the Islamic State 'a good development', welcoming it, and the development gold "
        "gives the one who welcomes another's move that move's stance, EVH14-033 (the Taliban "
        "welcomed Trump's announcement on pulling out troops: TAL and USA us_withdrawal high); "
        "the Taliban's stance TAL counterterrorism high as both annotators (EVH3-028)",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s46b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def cited_ids(folder: Path, names: Sequence[str], reasons: Sequence[str]) -> list[str]:
    """The development records the ``reasons`` cite, checked: every other gold file but the
    CHECK files and this session's sets; the set's own ids (``names`` in ``folder``) allowed
    (also used by the s46b build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if SESSION not in p.name]
    development = hb.record_files(development_files(others))
    own = [r["id"] for name in names for r in hb.read_records(folder / name)]
    return list(hb.check_citations(reasons, development, own))


def sentence_files(*own: Path) -> list[Path]:
    """The session's sentence files but the set's ``own`` (also used by the s46b build)."""
    return [p for p in SENTENCE_FILES if p not in own]


def build_events(others: Sequence[Path], decided: hb.EventDecisions) -> dict[str, Any]:
    """The first event set, written (session 40's ``build_event_set``, whose DOCUMENT comment is
    dated ``DAY``, 2026-12-08); its parts of agreement.json."""
    compared = [*others, *sentence_files(IN / "events-sentences.json")]
    which = ("session 46", SCOPE, f"{OUT}/")
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
