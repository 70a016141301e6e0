"""Assemble session 45's first held-out pair (news-heldout-s45.json, HO29X; evidence-heldout-
s45.jsonl, EVH45) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md: ``build_event_set`` for the event set and
``hb.build_evidence_set``'s steps for the evidence set (A's label moved under ``annotations.A``
first, as the s32 and s42 builds did), with session 18's DOCUMENT comment ``dated`` 2026-12-07.
Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it
copies labels, leaves out the sentences another gold file (or the sentence files of session
45's other sets) holds in other words, applies the adjudicator's decisions below, checks the new
files against every other gold file and those sentence files, and computes agreement. ``main``
leaves the event set out while heldout/B-DONE is missing (the evidence set's marker, VB-DONE,
came first).
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

IN = Path("/work/coord/s45/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s45/build")
EVENTS = NEWS / "news-heldout-s45.json"
EVIDENCE = NEWS / "evidence-heldout-s45.jsonl"
# The CHECK files of session 45 (sessions 43 and 44's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s43.json",
    "news-heldout-s43b.json",
    "news-heldout-s43c.json",
    "evidence-heldout-s43.jsonl",
    "news-heldout-s44.json",
    "news-heldout-s44b.json",
    "news-heldout-s44c.json",
    "evidence-heldout-s44.jsonl",
}
# The sentence files of session 45's sets (the third set, HO29Z, is another adjudicator's): each
# build compares the other sets' sentences and pages with its own as strings (duplicates and
# near duplicates), nothing else of them (also used by the s45b build).
SENTENCE_FILES = (
    Path("/work/coord/s45/heldout/events-sentences.json"),
    Path("/work/coord/s45/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s45/heldout2/events-sentences.json"),
    Path("/work/coord/s45/heldout3/events-sentences.json"),
)
DAY = "2026-12-07"

# What the first event set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; Malawi's new president Mutharika, Tanzania's election and its "
    "protests, Zambia's dispute over Lungu's burial, Gabon's presidential election, Uganda's "
    "January 2026 vote and Bobi Wine, Senegal's Sonko and Faye, Ouattara's fourth term in Ivory "
    "Coast, Morocco's GenZ 212 protests, Egypt's Sisi and Gaza, Jordan's ban on the Muslim "
    "Brotherhood, the Iraq-Turkiye water agreement, Bahrain and Oman, Kuwait's citizenship "
    "revocations, Pakistan and Afghanistan's talks in Istanbul, Nepal's Gen Z protests and "
    "Karki, Thailand's Paetongtarn and the Cambodian border, Sara Duterte's impeachment, Malaysia "
    "and Vietnam, Vanuatu, Tonga's election, Kiribati and New Zealand, across Africa, the Middle "
    "East, Asia and Oceania"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29X-002": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "the one congratulated is only 'him', after a pronoun subject 'He' that names no "
                "one, and the development gold takes a recipient only where the sentence names "
                "it, HO27P-043 (adjudicated: 'among the first to congratulate him': SUPPORT SAU, "
                "none); a's precedents name those congratulated, HO29J-023 (Paz) and HO27N-008 "
                "(Asfura); type and source as both annotators"
            ),
        },
        "HO29X-003": {
            "event": "CONSULT",
            "mode": "visit",
            "source": ["MOZ", "ZWE"],
            "target": [],
            "follows": "b",
            "reason": (
                "'The ceremony was attended by' two presidents names no host: Malawi is only in "
                "the page's earlier sentences, and the development gold takes a recipient only "
                "where the sentence names it ('a recipient only where clear and named in the "
                "sentence', news-heldout-2026's DOCUMENT; HO27P-043, adjudicated: the one "
                "congratulated named only by the page); type, mode and sources as both "
                "annotators (a visit made, CAMEO 042)"
            ),
        },
        "HO29X-005": {
            "event": "REJECT",
            "mode": None,
            "source": ["TZA"],
            "target": [],
            "follows": "b",
            "reason": (
                "a government that 'insists that the elections were free and fair, dismissing "
                "the protests' rejects the protesters' claims: the development gold codes this "
                "very stance of the same government REJECT TZA with no recipient, HO27O-019 "
                "('maintained the election's fairness and denied allegations'), and a dismissal "
                "with a characterisation REJECT, HO27F-009 ('dismissed the allegations as "
                "baseless': REJECT COM, none); docs/event-coding.md reads 'dismiss' with another's "
                "stance as object REJECT (CAMEO 120, 'dismissed a protest from Japan'); the "
                "protesters are unnamed, so no recipient ('none where no target is named', "
                "news-heldout-s7's DOCUMENT). A close call (a's ACCUSE for 'attempts to "
                "destabilize')"
            ),
        },
        "HO29X-006": {
            "event": "ASSAULT",
            "mode": "crowd-control",
            "source": ["TZA"],
            "target": [],
            "follows": "b",
            "reason": (
                "tear gas fired at unnamed demonstrators has no recipient in the development "
                "gold, HO26Q-003 (police in Dar es Salaam fired tear gas to disperse opposition "
                "supporters: ASSAULT crowd-control TZA, none), HO28N-029 and HO29D-034, and "
                "HO26G-016 (adjudicated: tear gas and rubber bullets on unnamed protesters, 'none "
                "where no target is named', news-heldout-s7's DOCUMENT); type, mode and source as "
                "both annotators"
            ),
        },
        "HO29X-019": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["CIV"],
            "target": [],
            "follows": "b",
            "reason": (
                "the condemned 'declaration' is only 'His', Ouattara named in the page's earlier "
                "sentences, and the development gold gives a judged act whose owner the sentence "
                "does not name no recipient, HO27D-029 (adjudicated: 'called the move an act of "
                "water warfare', India only in the context: ACCUSE PAK, none) and HO27P-043 "
                "(adjudicated: 'him' no recipient); type, mode and source as both annotators"
            ),
        },
        "HO29X-020": {
            "event": "AGREE",
            "mode": None,
            "source": ["MAR"],
            "target": [],
            "follows": "b",
            "reason": (
                "the development gold codes this government's readiness for dialogue with the "
                "young protesters with no recipient, HO26U-047 (adjudicated: Akhannouch 'has "
                "expressed readiness to engage with protesters': AGREE MAR, none, the unnamed "
                "protesters being no named domestic target) and HO27Y-032 (a willingness 'to "
                "engage in dialogue with the youth': AGREE MAR, none); type and source as both "
                "annotators"
            ),
        },
        "HO29X-021": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "the main predicate 'the three were killed' names no doer, and an agentless toll "
                "is no event (docs/event-coding.md, 'An event has a source'); the attempted "
                "storming is told in a 'while' clause of 'the three', no crowd word: the riot "
                "reading of an attempt to storm is written for protesters, youths, students, a "
                "crowd or a mob (docs/event-coding.md, sessions 11 and 37), and the development "
                "gold's attempted stormings coded PROTEST have protesters as their subject, "
                "HO27W-012 ('anti-government protesters made an attempt to storm': PROTEST riot) "
                "and HO28N-033 ('Protesters marched ... and some attempted to storm'). A close "
                "call (a's riot)"
            ),
        },
        "HO29X-024": {
            "event": "THREATEN",
            "mode": None,
            "source": ["JOR"],
            "target": [],
            "follows": "b",
            "reason": (
                "legal action threatened against 'any individual or outlet' names no recipient, "
                "and the development gold codes such threats with none, HO26O-053 (officials "
                "'threatening legal action against organizers': THREATEN TGO, none) and "
                "HO29G-046 (legal action 'against those involved': THREATEN RUS, none); "
                "docs/event-coding.md fills the own state only for a protest, coercive or "
                "violent act and drops 'a target that repeats the source ... outside protest, "
                "coercion and assault'; type and source as both annotators"
            ),
        },
        "HO29X-031": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["KWT"],
            "target": ["KWT"],
            "follows": "a",
            "reason": (
                "the citizenship is withdrawn from a named person, 'former MP Mohammed Hussein "
                "al-Muhan', and the development gold gives a coercive act on a named domestic "
                "target the actor's own state as recipient ('a domestic protest, arrest or attack "
                "on a named domestic target: the actor's own state as recipient, none where no "
                "target is named', news-heldout-s7's DOCUMENT), as HO27Y-030 (adjudicated: a "
                "named electoral commission dissolved: COERCE restrict BFA -> BFA) and HO26N-008 "
                "(an attempt to arrest a named president: KOR -> KOR); b's precedents revoke the "
                "citizenship of unnamed people (HO26M-045 'nearly 50,000 people', HO27M-015 "
                "'seven individuals', HO28M-048 'nine individuals'); type and mode as both"
            ),
        },
        "HO29X-036": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["NPL"],
            "target": [],
            "follows": "b",
            "reason": (
                "what is called illegal is the dissolution and the appointment, whose author "
                "(the president) the sentence does not name; Karki is the appointee, not the "
                "wrongdoer, and the development gold gives a judged act whose author is not named "
                "no recipient, HO27D-029 (adjudicated: 'called the move an act of water warfare': "
                "ACCUSE PAK, none) and HO26U-006 ('called the ban illegal': ACCUSE BGD, none); "
                "type, mode and source as both annotators"
            ),
        },
    },
    modes_kept={
        "HO29X-029": (
            "a's null kept (b 'meet'): the development gold codes calls to return to talks or "
            "to engage in dialogue mostly with no mode, ACCORD-NEWS-005 (Erdogan 'urged Moscow "
            "and Kyiv to return to the negotiating table': REQUEST, no mode), HO26Z-041 and "
            "HO28U-039; b's 'meet' (CAMEO 106, as HO26S-042) is another reading, not a's mode "
            "shown wrong"
        ),
        "HO29X-030": (
            "a's 'allege' kept (b 'disapprove'): criticising the ruler 'of using "
            "citizenship-stripping as a means of persecuting critics' charges him with an abuse, "
            "CAMEO 1122 'Accuse of human rights abuses', ACCUSE allege in CAMEO2PLOVER-2021, as "
            "the development gold codes a charge named after 'accusing him of', HO28Q-024; b's "
            "HO27F-039 criticises a manner of speaking, no abuse"
        ),
    },
    modes_taken={
        "HO29X-011": (
            "arrest",
            "b's 'arrest' taken (a null): security forces who 'stormed his house' to arrest "
            "Wine made an attempt to arrest, and the development gold codes an attempted arrest "
            "COERCE arrest, HO26N-008 ('launched an attempt to arrest President Yoon': COERCE "
            "arrest KOR -> KOR; CAMEO 173); a's null gives the act no mode at all",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH45-001": (
            "follows B (third engineer, session 45): 'preemptive concessions to Russia' names no "
            "issue of the scenario (land, NATO membership, a ceasefire), and the development "
            "gold codes unnamed concessions only on an issue the sentence names, EVH25-017 "
            "(Kallas: no 'concessions' to Russia until it agrees to a ceasefire: EU ceasefire "
            "high, no territory) and EV-027 (concessions by all sides, 'not going to "
            "predetermine what those are': no stance); A's precedents name the territory or the "
            "borders, EVH14-004 and EVH13-015 ('territorial concessions'), EVH16-010 ('existing "
            "borders'). A close call (A reads concessions to Russia as territorial in this war)"
        ),
        "EVH45-010": (
            "follows B (third engineer, session 45): Lavrov refuses foreign troops as the means "
            "of 'ensuring Ukraine's security', and the development gold gives troops refused as "
            "the means of a guarantee both scales toward the low end, EVH24-003 (adjudicated: "
            "foreign troops 'to execute the security guarantees': RUS peacekeeping and "
            "security_guarantees low) and EVH14-009 (adjudicated: peacekeepers rejected 'as a "
            "security guarantee': both low); RUS peacekeeping low as both annotators"
        ),
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s45b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s45" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def siblings(own: Path) -> list[Path]:
    """The sentence files of session 45's other sets (all but ``own``) that exist."""
    return [p for p in SENTENCE_FILES if p != own and p.exists()]


def event_reasons(decided: hb.EventDecisions) -> list[str]:
    """Every text of an event set's decisions that may cite development records (also used by
    the s45b build)."""
    return [
        *(d["reason"] for d in decided.adjudications.values()),
        *decided.modes_kept.values(),
        *(note for _, note in decided.modes_taken.values()),
    ]


def comment(reworded: Sequence[tuple[str, str]]) -> hb.Comment:
    """Session 18's DOCUMENT comment dated on this session's day and reworded where it does not
    fit a set (each old text must stand once); also used by the s45b build."""
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
    as the s32 and s42 builds' did)."""
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
    rule = f"{s18.NEAR_RULE} and the sentence files of session 45's other sets"
    near: dict[str, Any] = {"rule": rule}
    if events_ready:
        which = ("session 45", SCOPE, f"{OUT}/")
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
