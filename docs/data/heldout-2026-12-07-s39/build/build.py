"""Assemble session 39's first held-out pair (news-heldout-s39.json, HO29F; evidence-heldout-
s39.jsonl, EVH39) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md: ``build_event_set`` for the event set and
``build_evidence_set`` for the evidence set, with session 18's DOCUMENT comment ``dated``
2026-12-07. Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence
finder: it copies labels, leaves out the sentences another gold file (or the sentence files of
session 39's other sets) holds in other words, applies the adjudicator's decisions below, checks
the new files against every other gold file and those sentence files, and computes agreement.
All three of this build's inputs were marked done (heldout/VB-DONE, heldout/B-DONE) when the
adjudicator started; ``main`` still leaves the event set out while B-DONE is missing.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

# Session 18's build: its DOCUMENT comment, ``NEAR_RULE`` and ``near_figures`` (session 18's
# comment names its own day, 2026-12-04, which ``hb.dated`` replaces with this session's).
s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s39/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s39/build")
EVENTS = NEWS / "news-heldout-s39.json"
EVIDENCE = NEWS / "evidence-heldout-s39.jsonl"
# The CHECK files of session 39 (sessions 37 and 38's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s37.json",
    "news-heldout-s37b.json",
    "news-heldout-s37c.json",
    "evidence-heldout-s37.jsonl",
    "news-heldout-s38.json",
    "news-heldout-s38b.json",
    "news-heldout-s38c.json",
    "evidence-heldout-s38.jsonl",
}
# The sentence files of session 39's sets (the third set, HO29H, is another adjudicator's): each
# build compares the other sets' sentences and pages with its own as strings (duplicates and
# near duplicates), nothing else of them (also used by the s39b build).
SENTENCE_FILES = (
    Path("/work/coord/s39/heldout/events-sentences.json"),
    Path("/work/coord/s39/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s39/heldout2/events-sentences.json"),
    Path("/work/coord/s39/heldout3/events-sentences.json"),
)
DAY = "2026-12-07"

# What the first event set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; Nepal's protests and its government's fall, the Houthis' "
    "attacks on Red Sea shipping, Tanzania's post-election unrest, Togo's protests, Myanmar's "
    "election, Samoa's dissolved parliament, al-Shabaab's offensive in Somalia, Indonesia's "
    "protests over lawmakers' perks, Kenya's protests, the Sharm el-Sheikh summit on Gaza, "
    "Saudi Arabia and Pakistan's partnership, Russia's recognition of the Taliban and "
    "Guinea's referendum, across Africa (Tanzania, Togo, Somalia, Kenya, Libya, Guinea), the "
    "Middle East (Yemen, Saudi Arabia, Egypt, Iran), Asia (Nepal, Pakistan, the Philippines, "
    "Afghanistan, Myanmar, Indonesia, North Korea) and Oceania (Australia, Papua New Guinea, "
    "Samoa, Vanuatu)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29F-001": {
            "event": "THREATEN",
            "mode": "violence",
            "source": ["NPL"],
            "target": ["NPL"],
            "follows": "b",
            "reason": (
                "an order is coded by its content, and an order to shoot protesters is force "
                "not yet used, an intended hostile act (docs/event-coding.md: an intended or "
                "possible hostile act is THREATEN, CAMEO 13), which the development gold codes "
                "THREATEN violence with the state on both sides, HO27V-027 (adjudicated: an "
                "instruction to police to 'shoot in the leg' vandals: KEN -> KEN) and HO27V-028 "
                "(adjudicated: officers urged to 'shoot and kill' demonstrators: KEN -> KEN); "
                "a's COERCE reads the order as a repressive measure already taken, which those "
                "adjudications set aside for orders to shoot; the 'as' clause is background. A "
                "close call (a's COERCE is the other reading)"
            ),
        },
        "HO29F-004": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["TZA"],
            "target": [],
            "follows": "b",
            "reason": (
                "unnamed protesters judged or accused have no recipient in the development "
                "gold, by news-heldout-s10's DOCUMENT convention ('none where no target is "
                "named: unnamed protesters'), HO28H-040 (adjudicated: 'accused protesters of "
                "trying to bring disaster': KEN, none), HO27Z-012 (adjudicated: SRB, none) and "
                "HO27P-022 (adjudicated: the protests described as terrorism: KEN, none); type, "
                "mode and source as both annotators"
            ),
        },
        "HO29F-013": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["TGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "protests that began and continued, with nothing named that they are against, "
                "have no recipient in most of the development gold: HO27D-044 (adjudicated: "
                "'small protests erupted': PROTEST demo NPL, none, with the census of 24 such "
                "records with none against 17 with the own state) and HO26K-024 ('the first "
                "mass demonstrations took place in Tripoli': LBY, none); type, mode and source "
                "as both annotators"
            ),
        },
        "HO29F-014": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "the main verb is a state ('Heavy police presence, use of tear gas, and "
                "military reinforcements have become common'), whose subject nouns have no "
                "light verb and no agent, and docs/event-coding.md's precision rules code an "
                "event noun only with a light verb or its parties; the response verb stands in "
                "the 'as' clause with no means of its own ('as the government responds to the "
                "unrest'), and the response convention (docs/event-coding.md, written in "
                "session 32) codes a response 'told with its instrument or means' as the act "
                "they name, the means in the response's own clause, as every development "
                "record of the kind: HO27H-043 ('Authorities responded with tear gas': ASSAULT "
                "crowd-control) and the instrument after 'responded with'; 'a response whose "
                "clause names no act ... follows no practice the gold shows'. A close call "
                "(b's ASSAULT crowd-control TGO, as HO26L-014, is the other reading)"
            ),
        },
        "HO29F-015": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["MMR"],
            "target": ["MMR"],
            "follows": "neither",
            "reason": (
                "the speakers are 'Human rights and opposition groups': unnamed rights groups "
                "are no actor in the development gold (HO27D-010, adjudicated: 'Human rights "
                "organizations have voiced alarm': NONE; HO26M-031 'Rights groups say': NONE), "
                "so a's NGO does not stand, but a country's opposition groups are coded by "
                "their country, HO28E-038 (Myanmar's 'Opposition groups ... are boycotting the "
                "vote': PROTEST MMR) and HO27D-021 (BGD), so b's NONE leaves out a coded "
                "speaker; a verb of saying whose reported clause judges an act wrong is ACCUSE "
                "(docs/event-coding.md, session 11; HO26V-035, adjudicated), here the vote "
                "judged 'neither free nor fair', and the vote is the junta's, whose leader Min "
                "Aung Hlaing the sentence names: recipient MMR, as a's. A close call (b's NONE "
                "is the other reading)"
            ),
        },
        "HO29F-020": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "the prime minister 'confirmed the dissolution of Parliament', a statement of "
                "a step at home (CAMEO 01, statements, codes nothing: docs/event-coding.md) "
                "acting on no other actor; the CONCEDE that docs/event-coding.md (session 10) "
                "gives 'a dissolved government or cabinet' (CAMEO 0831, accede to a change in "
                "leadership) is a government giving up office, and a parliament dissolved for "
                "an election is no such concession: the development gold codes a dissolution "
                "of parliament NONE, HO26Y-040 (Macron's 'decision ... to dissolve the National "
                "Assembly': NONE), and HO26L-047 codes this prime minister's earlier warning "
                "that she would advise a dissolution as a THREATEN with no recipient, not a "
                "concession. A close call"
            ),
        },
        "HO29F-021": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "the main verb 'comes after' names no act, and the vote stands in a "
                "parenthetical relative clause (', which saw the government's budget voted "
                "down'), which docs/event-coding.md's precision rules make background to the "
                "main verb; the passive 'voted down' names no voter (Parliament is the place of "
                "the 'dramatic day'); b's HO28O-013 ('parliament passed a vote of "
                "no-confidence': PER -> PER) is a main clause with parliament its subject"
            ),
        },
        "HO29F-028": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["SOM"],
            "target": ["SOM"],
            "follows": "b",
            "reason": (
                "an armed group that 'seized key locations' occupies territory (CAMEO 192), "
                "which the development gold codes COERCE seize with the country on both sides, "
                "HO26I-034 (M23 'seized control of a key mining settlement': COERCE seize COD "
                "-> COD) and HO28K-017 (soldiers 'seized control of the national broadcaster': "
                "BEN -> BEN); the sentence names no fighting of its own (the counterattack is "
                "the 'before' clause), so a's ASSAULT has no violent verb of the group's"
            ),
        },
        "HO29F-030": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["IDN"],
            "target": [],
            "follows": "b",
            "reason": (
                "the development gold codes this very concession with no recipient, HO26E-044 "
                "(Prabowo 'said political parties had agreed to cut lawmakers' benefits, in an "
                "attempt to calm the protests': CONCEDE IDN, none), and unnamed protesters are "
                "no recipient (news-heldout-s10's DOCUMENT convention; HO28H-040, adjudicated); "
                "type and source as both annotators"
            ),
        },
        "HO29F-031": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["IDN"],
            "target": [],
            "follows": "b",
            "reason": (
                "protests judged as crimes with no protester or organiser named have no "
                "recipient in the development gold, HO27P-022 (adjudicated: the protests "
                "described as 'terrorism disguised as dissent': ACCUSE disapprove KEN, none) "
                "and HO28H-040 (adjudicated), by news-heldout-s10's DOCUMENT convention; type, "
                "mode and source as both annotators"
            ),
        },
        "HO29F-035": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["KEN"],
            "target": [],
            "follows": "b",
            "reason": (
                "protesters labelled 'terrorists' are unnamed protesters, no recipient in the "
                "development gold, HO27P-022 (adjudicated: KEN, none), HO28H-040 (adjudicated) "
                "and HO27Z-012 (adjudicated); that the act of the 'after' clause is coded when "
                "'came under fire' names no critic, as both annotators read it, follows "
                "HO28W-003 (the act of a 'when' clause coded); type, mode and source as both"
            ),
        },
        "HO29F-044": {
            "event": "CONSULT",
            "mode": None,
            "source": ["PSE", "USA"],
            "target": [],
            "follows": "a",
            "reason": (
                "'Trump met briefly with ... Abbas' names no place, host or visit (the signing "
                "was in Egypt, neither's country), and docs/event-coding.md's meetings paragraph "
                "(PLOVER manual 2.4.2, 3.2.2) codes a meeting with no host with all "
                "participants as the actor and no recipient ('Rubio met Lavrov in Riyadh'), "
                "visitor -> host only for a visit, a hosted meeting or a meeting in one "
                "participant's country; b's HO26W-032 (datelined Jerusalem: USA -> ISR) and "
                "HO27A-019 (Rubio's visit to Panama: USA -> PAN) are meetings in the "
                "recipient's country, and the development gold reads no place from the page "
                "(HO28O-031, adjudicated: 'the visitor -> host reading needs a place or a "
                "visit in the sentence'); the Palestinian Authority is PSE (HO26W-055)"
            ),
        },
    },
    modes_taken={
        "HO29F-025": (
            "visit",
            "b's 'visit' taken (a null): a meeting in one participant's capital, the Pakistani "
            "prime minister 'during their meeting in Riyadh', is a visit, visitor -> host, and "
            "the development gold gives such meetings the mode 'visit', HO26K-013 (Fiji's "
            "president met Tonga's king in Suva: CONSULT visit TON -> FJI) and HO27C-029 (Kast "
            "met Milei at the Casa Rosada: CONSULT visit CHL -> ARG)",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH39-002": (
            "follows B (third engineer, session 39): Starmer's plans are to assemble a coalition "
            "'to ensure the enforcement of any peace agreement', with no troops, force or "
            "deployment named, and the development gold codes a coalition to secure Ukraine "
            "after a deal, troops unnamed, security_guarantees: EVH9-030 (nations 'prepared to "
            "help secure Ukraine after a peace deal', the coalition of the willing: GBR "
            "security_guarantees high) and EVH2-038 (a coalition 'to offer security guarantees "
            "to Ukraine in case a cease-fire is reached': GBR and FRA security_guarantees "
            "high); peacekeeping is given where the sentence names troops or a force, "
            "EVH16-015 (A's precedent: 'a Western peacekeeping force of more than 10,000 "
            "troops'), EVH24-017 (troops sent 'to enforce an agreement') and EVH10-006 "
            "(adjudicated: 'British troops and planes'). A close call"
        ),
        "EVH39-010": (
            "follows B (third engineer, session 39): the US 'sided with Russia at the UN' on a "
            "resolution that did not name Moscow as the aggressor, and the development gold "
            "codes this very construction with both sides low, EVH-061 (adjudicated: 'the "
            "United States sided with Russia twice' at the UN to avoid condemning the "
            "invasion: USA and RUS aggressor_naming low, 'both stand against blame'); the US "
            "stance as both annotators (EVH36-009)"
        ),
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s39b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s39" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def siblings(own: Path) -> list[Path]:
    """The sentence files of session 39's other sets (all but ``own``) that exist."""
    return [p for p in SENTENCE_FILES if p != own and p.exists()]


def event_reasons(decided: hb.EventDecisions) -> list[str]:
    """Every text of an event set's decisions that may cite development records (also used by
    the s39b build)."""
    return [
        *(d["reason"] for d in decided.adjudications.values()),
        *decided.modes_kept.values(),
        *(note for _, note in decided.modes_taken.values()),
    ]


def comment(reworded: Sequence[tuple[str, str]]) -> hb.Comment:
    """Session 18's DOCUMENT comment dated on this session's day and reworded where it does not
    fit a set (each old text must stand once); also used by the s39b build."""
    dated = hb.dated(s18.document_comment, DAY)

    def text(*args: Any) -> str:
        out = dated(*args)
        for old, new in reworded:
            if out.count(old) != 1:
                raise hb.BuildError(f"session 18's comment no longer says {old!r} once")
            out = out.replace(old, new)
        return out

    return text


def main() -> None:
    events_ready = (IN / "B-DONE").exists()
    others = gold_files(EVENTS, EVIDENCE)
    development = hb.record_files(development_files(others))
    reasons = [*event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    own += [r["id"] for r in hb.read_records(IN / "evidence-sentences.jsonl")]
    cited = hb.check_citations(reasons, development, own)
    result: dict[str, Any] = {}
    rule = f"{s18.NEAR_RULE} and the sentence files of session 39's other sets"
    near: dict[str, Any] = {"rule": rule}
    if events_ready:
        which = ("session 39", SCOPE, f"{OUT}/")
        events, near_events = hb.build_event_set(
            IN,
            EVENTS,
            EVENTS_DECIDED,
            which,
            [*others, *siblings(IN / "events-sentences.json")],
            comment(()),
        )
        result["events"] = events
        near["events"] = s18.near_figures(near_events)
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, *[EVENTS][: EVENTS.exists()], *siblings(IN / "evidence-sentences.jsonl")],
        lambda s: [i.id for i in resolve(s).issues],
    )
    result["evidence"] = evidence
    near["evidence"] = s18.near_figures(near_evidence)
    result |= {"near_duplicates_left_out": near, "development_records_cited": cited}
    hb.write_agreement(OUT / "agreement.json", result)
    if events_ready:
        print(hb.event_table(result["events"]))
    print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))


if __name__ == "__main__":
    main()
