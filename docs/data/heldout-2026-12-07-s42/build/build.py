"""Assemble session 42's first held-out pair (news-heldout-s42.json, HO29O; evidence-heldout-
s42.jsonl, EVH42) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md: ``build_event_set`` for the event set and
``hb.build_evidence_set``'s steps for the evidence set (A's label moved under ``annotations.A``
first, as the s32 build did), with session 18's DOCUMENT comment ``dated`` 2026-12-07. Run from
the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies
labels, leaves out the sentences another gold file (or the sentence files of session 42's other
sets) holds in other words, applies the adjudicator's decisions below, checks the new files
against every other gold file and those sentence files, and computes agreement. ``main`` leaves
the event set out while heldout/B-DONE is missing (the evidence set's marker, VB-DONE, came
first).
"""

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

# Session 18's build: its DOCUMENT comment, ``NEAR_RULE`` and ``near_figures`` (session 18's
# comment names its own day, 2026-12-04, which ``hb.dated`` replaces with this session's).
s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s42/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s42/build")
EVENTS = NEWS / "news-heldout-s42.json"
EVIDENCE = NEWS / "evidence-heldout-s42.jsonl"
# The CHECK files of session 42 (sessions 40 and 41's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s40.json",
    "news-heldout-s40b.json",
    "news-heldout-s40c.json",
    "evidence-heldout-s40.jsonl",
    "news-heldout-s41.json",
    "news-heldout-s41b.json",
    "news-heldout-s41c.json",
    "evidence-heldout-s41.jsonl",
}
# The sentence files of session 42's sets (the third set, HO29Q, is another adjudicator's): each
# build compares the other sets' sentences and pages with its own as strings (duplicates and
# near duplicates), nothing else of them (also used by the s42b build).
SENTENCE_FILES = (
    Path("/work/coord/s42/heldout/events-sentences.json"),
    Path("/work/coord/s42/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s42/heldout2/events-sentences.json"),
    Path("/work/coord/s42/heldout3/events-sentences.json"),
)
DAY = "2026-12-07"

# What the first event set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; Baghdad and Erbil over oil and salaries, Bangladesh's interim "
    "government and its election, Madagascar's protests and coup, China's anger at Japan's "
    "prime minister, Lebanon and Hezbollah's arms, Riek Machar's trial in South Sudan, "
    "Guinea-Bissau's coup, Mongolia's prime minister and the protests, the SDF's agreement with "
    "Damascus, Kazakhstan joining the Abraham Accords, Timor-Leste's entry into ASEAN, India and "
    "Sri Lanka, Somalia and Jubaland, North and South Korea, Jimmy Lai's verdict in Hong Kong, "
    "Chad's border with Sudan, Iran's threats against US bases, Tonga and China, Burkina Faso's "
    "electoral commission and Bougainville, across Africa, the Middle East, Asia and Oceania"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29O-001": {
            "event": "REQUEST",
            "mode": None,
            "source": ["IRQ"],
            "target": [],
            "follows": "b",
            "reason": (
                "whom Erbil demands the oil of is not named in the sentence; docs/event-coding.md "
                "gives the source's own state as recipient only to 'a protest, coercive or "
                "violent act (not sanctions) with no named recipient' (the domestic convention) "
                "and drops 'a target that repeats the source ... outside protest, coercion and "
                "assault', and a demand is neither; the development gold gives an appeal with no "
                "addressee no recipient, HO26X-049 ('urges all concerned parties to exercise "
                "maximum restraint': REQUEST IGO, none); type and source as both annotators"
            ),
        },
        "HO29O-003": {
            "event": "AGREE",
            "mode": None,
            "source": ["BGD"],
            "target": [],
            "follows": "b",
            "reason": (
                "'an elected government' does not exist yet and names no actor; docs/event-"
                "coding.md fills the source's own state as recipient only for protest, coercion "
                "and assault and drops a target repeating the source outside them, so an intent "
                "to hand over power (AGREE, CAMEO 03, both annotators; ACCORD-2025-043, an offer "
                "to resign: AGREE) has no recipient here"
            ),
        },
        "HO29O-005": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "'is expected to meet' reports an expectation, not Yunus's own announced intent "
                "or a meeting held; the development gold codes an expected meeting NONE, "
                "HO26N-026 (adjudicated: 'It is expected that ... will meet with Trump': no "
                "party announces, offers or agrees to meet, and AGREE 036 needs the actor's own "
                "stated intent, docs/event-coding.md 'being open or willing to talk is AGREE')"
            ),
        },
        "HO29O-020": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["MNG"],
            "target": [],
            "follows": "a",
            "reason": (
                "'citizens and youth' name no body or person, and thanks are no protest, "
                "coercion or assault, so docs/event-coding.md's domestic convention gives no "
                "own-state recipient ('a target that repeats the source ... is dropped outside "
                "protest, coercion and assault'); the development gold's thanks have a named "
                "recipient, HO27A-024 (thanked the U.S.: UKR -> USA) and HO26I-024 (thanked "
                "Uzbek President Mirziyoyev: KAZ -> UZB); type and source as both annotators"
            ),
        },
        "HO29O-021": {
            "event": "AGREE",
            "mode": None,
            "source": ["SYR"],
            "target": [],
            "follows": "b",
            "reason": (
                "an agreement 'between the SDF and the Syrian government' is a joint act of two "
                "parties of one state, and docs/event-coding.md makes 'Talks between X and Y' a "
                "joint act with both as sources and no target, 'and so is a joint act of a "
                "compound whose would-be target is one of its own parties'; the development "
                "gold codes the SDF's earlier deal with Damascus so, HO26L-023 (adjudicated: "
                "SUPPORT SYR, none); type and source as both annotators"
            ),
        },
        "HO29O-024": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["SYR"],
            "target": [],
            "follows": "b",
            "reason": (
                "the party the SDF conceded to (the Syrian government) is not named in the "
                "sentence, and docs/event-coding.md gives the source's own state as recipient "
                "only to a protest, coercive or violent act with no named recipient, dropping a "
                "target that repeats the source outside them; a withdrawal agreed but not in "
                "force is CONCEDE (docs/event-coding.md, Gold conventions), as both annotators"
            ),
        },
        "HO29O-026": {
            "event": "AGREE",
            "mode": None,
            "source": ["KAZ"],
            "target": [],
            "follows": "a",
            "reason": (
                "the development gold codes this very step AGREE with no recipient, HO27M-040 "
                "('Kazakhstan ... confirmed joining the Abraham Accords': AGREE KAZ, none) and "
                "HO26U-022 (its intention to join the accords: AGREE KAZ, none); b's SUPPORT "
                "precedents are signings of a document, HO26L-023 and HO27V-033 (signed, "
                "'joined ... for the signing'), and no signing is told here"
            ),
        },
        "HO29O-031": {
            "event": "COOPERATE",
            "mode": None,
            "source": ["IND", "LKA"],
            "target": [],
            "follows": "a",
            "reason": (
                "two states acting together on a shared material project is COOPERATE with all "
                "parties as the actor and no recipient in the development gold, HO26F-019 "
                "(adjudicated: a joint commission set up to organise a withdrawal: COOPERATE "
                "FRA+SEN, none) and the joint exercises (HO26K-055: TUR+EGY, none), and a "
                "project launched with a partner is COOPERATE, HO28G-018 (China's space "
                "collaboration with Pakistan by launching a satellite); b's HO26B-049 is one "
                "state inaugurating its own dam, with no partner. A close call (b's NONE)"
            ),
        },
        "HO29O-036": {
            "event": "AGREE",
            "mode": None,
            "source": ["KOR", "JPN"],
            "target": [],
            "follows": "b",
            "reason": (
                "the development gold codes 'The two leaders' from the page's previous sentence, "
                "HO27E-019 ('The two leaders agreed at the G7 summit ...': AGREE CAN+USA, none), "
                "so the sentence's subject is the actor; a pledge of closer ties is an intent to "
                "cooperate (AGREE, CAMEO 03, docs/event-coding.md 'an intended cooperative act "
                "... becomes AGREE'), a joint pledge with no recipient, the US being a partner "
                "of the cooperation pledged. A close call (a's NONE, no named source)"
            ),
        },
        "HO29O-039": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["CHN"],
            "target": [],
            "follows": "b",
            "reason": (
                "a verdict welcomed is support of no other actor: the court is Hong Kong's own "
                "(CHN, as HO28R-039 codes a Hong Kong official), and docs/event-coding.md drops "
                "'a target that repeats the source ... outside protest, coercion and assault' "
                "and fills the own state only for those; the development gold codes a court's "
                "decision welcomed with no recipient, HO28I-039 (Ali 'welcomed the decision from "
                "the court': SUPPORT GUY, none); type and source as both annotators"
            ),
        },
        "HO29O-044": {
            "event": "REQUEST",
            "mode": None,
            "source": ["KWT"],
            "target": [],
            "follows": "b",
            "reason": (
                "'called for \"common sense\" to prevail' is an appeal (CAMEO 02, which "
                "docs/event-coding.md codes REQUEST) that asks something, restraint, not an "
                "appeal verb with a that-clause that asks nothing; the development gold codes "
                "an appeal for restraint with no addressee so, HO26X-049 ('urges all concerned "
                "parties to exercise maximum restraint': REQUEST IGO, none)"
            ),
        },
        "HO29O-048": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["BFA"],
            "target": ["BFA"],
            "follows": "b",
            "reason": (
                "the development gold codes this very act in other words, HO27Y-030 "
                "(adjudicated: the junta 'has dissolved the country's independent National "
                "Electoral Commission': COERCE restrict BFA -> BFA, CAMEO 172, the own state as "
                "recipient of an act on a named domestic body); coercion with no other "
                "recipient takes the source's own state (docs/event-coding.md, the domestic "
                "convention); a's HO28E-042 codes the council approving the plan to dissolve it, "
                "a measure passed, not the dissolution done"
            ),
        },
    },
    modes_taken={
        "HO29O-009": (
            None,
            "b's null taken (a 'discontinue'): cancelling diplomatic interactions reduces "
            "relations, CAMEO 161, which CAMEO2PLOVER-2021 gives SANCTION 'withdraw', not the "
            "'discontinue' docs/event-coding.md gives sanctions imposed (CAMEO 163); neither "
            "annotator gave 'withdraw', and a's mode names another act",
        ),
        "HO29O-033": (
            "allege",
            "b's 'allege' taken (a 'disapprove'): the development gold codes this very statement "
            "in other words ACCUSE allege, HO28Q-024 ('the government blamed Jubaland leader "
            'Ahmed Madobe, accusing him of orchestrating ... and calling it a "criminal act"\': '
            "SOM -> SOM)",
        ),
        "HO29O-046": (
            "violence",
            "b's 'violence' taken (a null): a threat to target military bases is CAMEO 138, "
            "'Threaten with military force', THREATEN violence in CAMEO2PLOVER-2021",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH42-006": (
            "follows B (third engineer, session 42): the US's 'efforts to end the war' are the "
            "high end of ceasefire as the development gold codes them, EVH17-013 (adjudicated: "
            "the administration 'prioritised negotiations with Moscow to end the war quickly': "
            "USA ceasefire high) and EVH-057 (Hegseth intends to end the war with diplomacy: "
            "USA ceasefire high); 'the signing' names no actor (EV-048)"
        ),
        "EVH42-019": (
            "follows B (third engineer, session 42): the development gold codes Hegseth's "
            "'unrealistic' with Ukraine's hope named only as its object for the US alone, "
            "EVH12-017 (the hope for Ukraine to reclaim its pre-2014 borders 'unrealistic': USA "
            "territory low, no UKR stance), and EVH30-020 likewise; Trump's intent to end the "
            "war 'by diplomacy' is USA ceasefire high, as EVH-057 (Hegseth: end the war with "
            "diplomacy). A close call (A's Ukraine stances are the other reading)"
        ),
        "EVH42-021": (
            "follows A (third engineer, session 42): Merkel argues against arms and names no "
            "diplomacy, and the development gold codes her warnings against arming Ukraine with "
            "no stance where no diplomatic way is named, EVH10-042 and EVH39-021; EV-143 and "
            "EVH5-032 (DEU ceasefire high) name diplomacy or a diplomatic solution beside the "
            "refusal, which this sentence does not"
        ),
        "EVH42-034": (
            "follows A (third engineer, session 42): 'met all conditions for peace' names no "
            "talks, withdrawal or terrorism; B's precedents name the negotiations, EVH39-034 "
            "('ready to continue peace negotiations') and EVH39-036 ('fully prepared for the "
            "negotiations'). A close call"
        ),
        "EVH42-035": (
            "follows A (third engineer, session 42): a drawdown planned is a withdrawal "
            "however slow, and the development gold codes a US withdrawal without an agreed "
            "timeline high, EVH27-032 ('prepared to remove US forces ..., but has not agreed on "
            "a timeline': USA us_withdrawal high); the Taliban's stance as both annotators. A "
            "close call"
        ),
        "EVH42-036": (
            "follows B (third engineer, session 42): a draft agreement 'hammered out' by 'the "
            "two sides' on the troops' withdrawal and the Taliban's counterterrorism "
            "commitment gives both parties both terms in the development gold, EVH38-040 "
            "(adjudicated: USA and TAL us_withdrawal high, TAL and USA counterterrorism high) "
            "and EVH16-037 (adjudicated), which it follows"
        ),
        "EVH42-039": (
            "follows A (third engineer, session 42): prisoner releases are no issue of the "
            "scenario (EVH11-048, adjudicated), and Ghani on prisoners carries no stance in the "
            "development gold, EVH12-053; 'commitment to peace' names no talks, unlike B's "
            "EVH39-034 and EVH39-036 (negotiations named)"
        ),
        "EVH42-040": (
            "follows A (third engineer, session 42): the release of prisoners is no issue of "
            "the scenario (EVH11-048, adjudicated; EVH11-049 no stance), and 'an important "
            "step in the peace process' names no intra-Afghan talks, unlike B's EVH38-036 "
            "('negotiations between Afghans') and EVH9-056 (the talks named); the speaker "
            "named only as 'Khalil' also leaves his actor to the previous sentence (EV-048)"
        ),
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s42b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s42" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def siblings(own: Path) -> list[Path]:
    """The sentence files of session 42's other sets (all but ``own``) that exist."""
    return [p for p in SENTENCE_FILES if p != own and p.exists()]


def event_reasons(decided: hb.EventDecisions) -> list[str]:
    """Every text of an event set's decisions that may cite development records (also used by
    the s42b build)."""
    return [
        *(d["reason"] for d in decided.adjudications.values()),
        *decided.modes_kept.values(),
        *(note for _, note in decided.modes_taken.values()),
    ]


def comment(reworded: Sequence[tuple[str, str]]) -> hb.Comment:
    """Session 18's DOCUMENT comment dated on this session's day and reworded where it does not
    fit a set (each old text must stand once); also used by the s42b build."""
    dated = hb.dated(s18.document_comment, DAY)

    def text(*args: Any) -> str:
        out = dated(*args)
        for old, new in reworded:
            if out.count(old) != 1:
                raise hb.BuildError(f"session 18's comment no longer says {old!r} once")
            out = out.replace(old, new)
        return out

    return text


def with_label(record: dict[str, Any]) -> dict[str, Any]:
    """An evidence record of the collector's file with its ``label`` under ``annotations.A``,
    the form ``hb.merge_evidence`` reads (this session's A file gives the label on the record,
    as the s32 build's did)."""
    if "annotations" in record or "label" not in record:
        raise hb.BuildError(f"{record['id']}: no label of A's on the record, or annotations too")
    out = {k: v for k, v in record.items() if k != "label"}
    out["annotations"] = {"A": record["label"]}
    return out


def build_evidence_set(
    others: Sequence[Path], issues: Callable[[str], Sequence[str]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps with A's labels moved under ``annotations.A`` first."""
    a = [with_label(r) for r in hb.read_records(IN / "evidence-A.jsonl")]
    b = hb.read_records(IN / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    return hb.evidence_summary(records, EVIDENCE_DECIDED, EVIDENCE, issues), near


def main() -> None:
    events_ready = (IN / "B-DONE").exists()
    others = gold_files(EVENTS, EVIDENCE)
    development = hb.record_files(development_files(others))
    reasons = [*event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    own += [r["id"] for r in hb.read_records(IN / "evidence-sentences.jsonl")]
    cited = hb.check_citations(reasons, development, own)
    result: dict[str, Any] = {}
    rule = f"{s18.NEAR_RULE} and the sentence files of session 42's other sets"
    near: dict[str, Any] = {"rule": rule}
    if events_ready:
        which = ("session 42", SCOPE, f"{OUT}/")
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
    evidence, near_evidence = build_evidence_set(
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
