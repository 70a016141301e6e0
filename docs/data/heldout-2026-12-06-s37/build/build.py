"""Assemble session 37's first held-out event set (news-heldout-s37.json, HO28Z) and its evidence
set (evidence-heldout-s37.jsonl, EVH37) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md and the helpers of
session 34's first build (its ``build_event_set``: a's labels on the record, b's under
``annotations.b``, the near duplicates and the records whose first 60 characters stand in another
gold file left out, session 18's DOCUMENT comment dated 2026-12-06; and, through it, session
31's evidence steps, which move A's label under ``annotations`` and leave out a record holding
another gold sentence's first 60 characters). Run from the repository root with PYTHONPATH=src.
It runs no coder and no evidence finder: it copies labels, leaves out the sentences another gold
file or the session's other sentence files hold, applies the adjudicator's decisions below,
checks the new files against every other gold file, and computes agreement. The s37b build
reuses its helpers. The evidence set was built first (its B file came first), with the event set
left out (``EVENTS_DECIDED`` None); the event set was added when its b file came.
"""

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s34 = hb.load_build(DATA / "heldout-2026-12-06-s34" / "build" / "build.py")
s31, s19, s18 = s34.s31, s34.s19, s34.s18
s33 = hb.load_build(DATA / "heldout-2026-12-06-s33" / "build" / "build.py")

IN = Path("/work/coord/s37/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s37/build")
EVENTS = NEWS / "news-heldout-s37.json"
EVIDENCE = NEWS / "evidence-heldout-s37.jsonl"
# The CHECK files of session 37 (the sets of sessions 35 and 36, pooled): no reason may cite
# them, and this build opens them only as the duplicate checks of the shared module do.
CHECK_FILES = {
    "news-heldout-s35.json",
    "news-heldout-s35b.json",
    "news-heldout-s35c.json",
    "evidence-heldout-s35.jsonl",
    "news-heldout-s36.json",
    "news-heldout-s36b.json",
    "news-heldout-s36c.json",
    "evidence-heldout-s36.jsonl",
}
# This session's sets (HO28Z, HO29A, HO29B, EVH37): none is a development file for another.
SESSION = "heldout-s37"
# The day session 37 built its sets.
DAY = "2026-12-06"
# The session's sentence files, compared with each new set as strings (pages, first 60
# characters and the near-duplicate rule); the third set's folder (heldout3/, another
# adjudicator's) is read for its sentence file only.
COORD = Path("/work/coord/s37")
SENTENCE_FILES = [
    COORD / "heldout" / "events-sentences.json",
    COORD / "heldout" / "evidence-sentences.jsonl",
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
]

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; an ammunition lorry seized and accusations between "
    "neighbours, a peace process's sticking point, protesters killed, buildings burned, "
    "social media blocked, airstrikes and a deployment against a coup, election killings "
    "condemned and an appeal for restraint, a rescue at sea claimed, a party banned and its "
    "leader's hand-over asked, strikes on arms caches and an army's account rejected, a "
    "advisory, summonses and remarks called provocative, a fuel blockade and "
    "restrictions, apologies and a motorcyclist killed, a live-fire exercise, water cannon and a "
    "coast guard's account rejected, an accord rejected, UN financing asked for a mission, an "
    "offensive, a defence treaty, strikes, incursions and a withdrawal sought, ambassadors "
    "recalled, dialogue offered and rejected, and blame for unrest, across Africa (Ethiopia and "
    "Eritrea, Nigeria and Benin, Tanzania, Mali, Kenya, Somalia, Cameroon), the Middle East "
    "(Yemen's Houthis, Israel, Lebanon, Syria, Iran), Asia (Nepal, Bangladesh and India, "
    "China, Japan and the Philippines, Indonesia, the Koreas) and Oceania (Papua New Guinea "
    "and Bougainville, New Caledonia, Australia)"
)

# Notes of b's that quote a development sentence's first 60 characters (``hb.write_gold``
# refuses a file quoting another gold file's sentence): the quotation elided, b's words and
# labels kept (as the s29 and s33 builds did).
NOTE_FIXES: dict[str, tuple[str, str]] = {}

# The rule the mode-only decisions below apply (the third sets of sessions 28, 31 and 34): where
# a and b differ only in mode, a's stays unless it is clearly wrong; the mode CAMEO2PLOVER-2021
# gives the act's CAMEO code stands against another, unless the PLOVER 2.0 manual codes the act
# otherwise; where the table gives the act no mode, the development gold's practice decides.
# The first event set's decisions (None would leave the set out of the build).
EVENTS_DECIDED: hb.EventDecisions | None = hb.EventDecisions(
    adjudications={
        "HO28Z-001": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["ETH"],
            "target": [],
            "follows": "b",
            "reason": "the seized lorry's sender, Eritrea, stands only in a reduced relative "
            "clause of the noun ('allegedly sent from Eritrea'), background in "
            "docs/event-coding.md (as HO28H-018's adjudication reads a signing in such a "
            "clause), and the development gold codes goods seized by police with no recipient "
            "where no owner is named as one, HO27I-016 (Finnish police said they had seized a "
            "cargo vessel: COERCE seize FIN -> none); the after clause is coded where the main "
            "clause ('tensions ... have escalated') names no act, as HO26X-007; type, mode and "
            "source as both annotators",
        },
        "HO28Z-008": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["NPL"],
            "target": [],
            "follows": "b",
            "reason": "the development gold codes the same government's block on the same "
            "unregistered platforms with no recipient, HO28M-023 (the ministry directed the "
            "telecommunications authority to block access to all platforms that did not "
            "register: COERCE restrict NPL -> none), as it codes nationwide shutdowns, HO26U-017 "
            "(cited in HO27V-011's adjudication: the Taliban's internet shutdown, AFG -> none); "
            "the platforms are companies, no actor (both annotators); type, mode and source as "
            "both",
        },
        "HO28Z-010": {
            "event": "AID",
            "mode": None,
            "source": ["NGA"],
            "target": [],
            "follows": "b",
            "reason": "the development gold codes Nigeria's deployment of fighter jets and "
            "ground forces to Benin against the coup attempt, the same deployment, AID "
            "(military protection, CAMEO 074, CAMEO2PLOVER-2021 line 67): HO26K-043 (Nigeria's "
            "military sent fighter jets and ground forces into neighboring Benin to support "
            "President Talon: AID NGA -> BEN) and HO26K-044 (ECOWAS to deploy forces to Benin: "
            "AID); 'its smaller neighbor' does not name Benin, and the gold takes a recipient "
            "only where the sentence names it (HO27P-043, adjudicated: a pronoun recipient "
            "left empty); a's HO27J-040 is an accusation (ACCUSE), not a deployment coded",
        },
        "HO28Z-015": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the Houthis' claim reports a rescue of a ship's crew, and the development "
            "gold codes a rescue as no event, HO27V-049 (Pakistani security forces rescued over "
            "150 hostages: NONE); the medical care and transport are part of that rescue, not aid "
            "sent to a state or a people (b's HO26H-021 is a state sending emergency teams "
            "abroad, CAMEO 073), and the crew belongs to no named state. A close call: b read "
            "the care given as humanitarian aid",
        },
        "HO28Z-026": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["CHN"],
            "target": [],
            "follows": "b",
            "reason": "'these comments' are named in the sentence by no author (Takaichi is "
            "named only in the page's earlier sentences, and 'the two countries' names neither), "
            "and the development gold gives a label of blame whose object's owner the sentence "
            "does not name no recipient, HO27D-029 (adjudicated: the minister 'called the move' "
            "an act of water warfare, India not named: PAK -> none) and HO26U-006 (the Awami "
            "League 'called the ban illegal': BGD -> none); type, mode and source as both "
            "annotators",
        },
        "HO28Z-027": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["MLI"],
            "target": [],
            "follows": "b",
            "reason": "the development gold codes the same government's measure in the same "
            "fuel crisis with no recipient, HO27V-011 (adjudicated: the junta shuttering all "
            "schools: COERCE restrict MLI -> none, as the gold codes nationwide closures with no "
            "named object); a restriction of fuel to priority vehicles names no one it falls on; "
            "type, mode and source as both annotators",
        },
        "HO28Z-036": {
            "event": "REJECT",
            "mode": None,
            "source": ["NCL"],
            "target": [],
            "follows": "a",
            "reason": "the development gold codes the FLNKS's rejection of the Bougival "
            "agreement NCL, HO28H-018 (adjudicated: the FLNKS confirmed it rejected the "
            "Bougival Agreement: REJECT NCL -> none), and HO26G-059 (the same rejection) keeps "
            "the FLNKS as New Caledonia's actor; b's FRA reads docs/event-coding.md's State codes "
            "('a dependency takes its sovereign's'), but the gold's own records of this actor are "
            "NCL, and the build follows the development gold where it has settled an actor; no "
            "recipient as both annotators",
        },
        "HO28Z-049": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["CMR"],
            "target": [],
            "follows": "b",
            "reason": "'small groups \"influenced by drugs\"' are unnamed, and the development "
            "gold gives an accusation of unnamed parties no recipient, HO27J-031 (Abiy accused "
            "unnamed parties: ACCUSE allege ETH -> none); a's domestic convention places a named "
            "group, not an unnamed one; type, mode and source as both annotators",
        },
        "HO28Z-050": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["CMR"],
            "target": [],
            "follows": "b",
            "reason": "the accused is only 'him', Tchiroma being named in the page's earlier "
            "sentences, and the development gold leaves a pronoun recipient empty, HO27P-043 "
            "(adjudicated: those who congratulated 'him': SAU -> none, 'a recipient only where "
            "clear and named') and HO26O-034 ('the accusations against him': UGA -> none); type, "
            "mode and source as both annotators",
        },
    },
    modes_kept={
        "HO28Z-041": "a's 'yield' kept (b null): Syria seeking the withdrawal of Israeli troops "
        "is a demand of de-escalation, CAMEO 1056, REQUEST yield (CAMEO2PLOVER-2021, line 130), "
        "so a's mode is the table's; b's HO27D-046 (al-Sharaa's condition of an Israeli "
        "withdrawal, no mode) shows b's null is not wrong either",
    },
    modes_taken={
        "HO28Z-028": (
            "restrict",
            "b's 'restrict' taken (a 'ban'): JNIM's ban on fuel imports into Mali is a blockade, "
            "CAMEO 191 'Impose blockade, restrict movement', COERCE restrict (CAMEO2PLOVER-2021, "
            "line 266), and the table gives 'ban' only to banning parties or politicians (1722, "
            "line 261), so a's mode is wrong for this act; HO27V-011 names the same measure 'an "
            "al-Qaida affiliate's fuel blockade'",
        ),
        "HO28Z-032": (
            "troops",
            "b's 'troops' taken (a null): CAMEO2PLOVER-2021 gives a show of military power no "
            "mode (150, line 233), so the development gold's practice decides, and every "
            "military exercise or drill it codes is MOBILIZE troops: HO26-027, HO26N-022, "
            "HO26T-050, HO27D-041, HO27R-022 and HO27R-044 (Russia's exercises in the Baltic "
            "Sea)",
        ),
        "HO28Z-043": (
            "seize",
            "b's 'seize' taken (a null): the searches are 'the most recent ground invasion "
            "Israel made in Syria', CAMEO 192 'Occupy territory', COERCE seize "
            "(CAMEO2PLOVER-2021, line 267), and the development gold codes searches COERCE "
            "seize, HO26P-023 (adjudicated: searches conducted throughout Moldova: 'the nearest "
            "PLOVER COERCE mode for a search of premises')",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH37-002": "follows B: the sentence is Zelensky's refusal to cede territory, UKR "
        "territory high (both annotators); the US-drafted proposal is named only as holding "
        "that term, and the development gold codes a rejected offer with the rejecting party's "
        "stance alone, EVH34-022 (adjudicated: the separatists called Kyiv's offer of special "
        "status insufficient: SEP only, the offer's author not coded) and EVH33-002 (Zelensky "
        "rejected 'any proposal to cede the Donbass region': UKR territory high only); A's "
        "EVH33-020 is the US official's own words (Hegseth: no return to the pre-2014 borders), "
        "not a term of a draft named in the rejecting party's sentence. A itself called the USA "
        "stance a close call",
        "EVH37-023": "follows A: Pushilin, named, says the DPR needs no Belarusian force 'to "
        "secure order in the DPR territory and on its borders': the DPR keeps its borders "
        "under its own bodies, the scale's low end ('no handover; the border stays under "
        "separatist control'), as EVH31-022 (Pushilin and Pasechnik: 'the Kiev authorities will "
        "not get any control over the border': SEP border_control low); the development gold "
        "reads a foreign force on the border with Russia on this issue, EVH15-029 (adjudicated: "
        "with its holder named, UN peacekeepers along the border with Russia would be UKR "
        "border_control high, as both annotators read it), the mirror of a force refused there; "
        "B's EV-169 has no stance because its speaker is not named (its adjudication), not "
        "because peacekeepers are off the scale. A close call: Kyiv is not named",
        "EVH37-026": "follows B: a special status Ukraine agrees to grant the Donbas is the "
        "scale's 'limited decentralisation by ordinary law' (25), or at most the constitutional "
        "status of its midpoint (50) for a 'permanent' one, not above it, and the development "
        "gold codes Kyiv's own agreement to a special status low, EVH28-021 (adjudicated: "
        "Zelensky signed up to a deal giving Donbass a special status: UKR low), EVH33-022 "
        "(adjudicated: Poroshenko's 'special status' protected by law: UKR low) and EVH31-030 "
        "(the Rada prolonged the special status law: UKR low); A's EVH27-028 is the one high "
        "record of the kind, which EVH33-022's adjudication weighed and set aside",
        "EVH37-028": "follows B: Ukraine's legislation granting a special status to the Donbas "
        "is a status by ordinary law, the scale's 25 point, nearer the low end, and the "
        "development gold codes Kyiv's special-status laws low, EVH31-030 (the Rada prolonged the "
        "special status law: UKR low), EVH31-026 (Poroshenko's draft law prolonging the special "
        "status: UKR low) and EVH33-022 (adjudicated: UKR low); a stance reported in another's "
        "account (the State Department's) is its holder's, EVH4-011, as both annotators read "
        "it; A's EVH27-028 is the one high record, set aside by EVH33-022's adjudication",
        "EVH37-040": "follows B: the Islamic Emirate (the Taliban's own name, so the holder is "
        "named) calls the withdrawal of foreign forces a 'great victory', and the development "
        "gold codes the Taliban welcoming the foreign forces' departure as their stance for it, "
        "EVH14-033 (the Taliban welcomed Trump's announcement of pulling out US troops: TAL "
        "us_withdrawal high) and EVH16-039 (the same: TAL high), and a step hailed as its "
        "holder's stance, EVH32-033 (Khalilzad hailed the negotiating team: USA "
        "intra_afghan_talks high). A close call, as B itself wrote: the sentence celebrates a "
        "withdrawal already done, and A read no position on an open issue",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s37b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def cited_ids(folder: Path, names: Sequence[str], reasons: Sequence[str]) -> list[str]:
    """The development records the ``reasons`` cite, checked: every other gold file but the
    CHECK files and this session's sets; the set's own ids (``names`` in ``folder``) allowed
    (also used by the s37b build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if SESSION not in p.name]
    development = hb.record_files(development_files(others))
    own = [r["id"] for name in names for r in hb.read_records(folder / name)]
    return list(hb.check_citations(reasons, development, own))


def sentence_files(*own: Path) -> list[Path]:
    """The session's sentence files but the set's ``own`` (also used by the s37b build)."""
    return [p for p in SENTENCE_FILES if p not in own]


def note_corrector(fixes: Mapping[str, tuple[str, str]]) -> Callable[[hb.Record], hb.Record]:
    """A function giving a record of a's or b's file with ``fixes`` applied to b's note (the
    words to correct must stand once in it; labels untouched): session 33's, for a note of b's
    that quotes a development sentence's first 60 characters, which ``hb.write_gold`` refuses
    (also used by the s37b build)."""
    return cast(Callable[[hb.Record], hb.Record], s33.note_corrector(fixes))


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
    correct: Callable[[hb.Record], hb.Record],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Session 34's ``build_event_set`` (near duplicates and records whose first 60 characters
    stand in another gold file left out, merged, written with session 18's DOCUMENT comment
    dated 2026-12-06, this session's day too) with each record of a's and b's files first
    passed through ``correct``, as the shared ``hb.build_event_set`` does (also used by the s37b
    build). Returns the summary, the near duplicates and the records left out by opening."""
    a = [correct(hb.with_labels(r, "a")) for r in hb.read_records(folder / "events-a.json")]
    b = [correct(hb.with_labels(r, "b")) for r in hb.read_records(folder / "events-b.json")]
    near = hb.near_duplicates(a, others)
    opening = s34.opening_elsewhere(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in {*near, *opening}]
    build = hb.merge_events(pairs, decided)
    events = build.summary()
    comment = s34.document_comment(build.records, events, near, decided, which)
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


def build_events(others: Sequence[Path], decided: hb.EventDecisions) -> dict[str, Any]:
    """The first event set, written; its parts of agreement.json."""
    compared = [*others, *sentence_files(IN / "events-sentences.json")]
    which = ("session 37", SCOPE, f"{OUT}/")
    correct = note_corrector(NOTE_FIXES)
    events, near, opening = build_event_set(IN, EVENTS, decided, which, compared, correct)
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
