"""Assemble session 47's third held-out event set (news-heldout-s47c.json, HO30F) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 18's DOCUMENT comment dated on this set's
day, b's labels read under ``annotations.b``) it copies labels, leaves out the sentences another
gold file (or the sentence files of session 47's other sets) holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file and those
sentence files, and computes agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")
s31 = hb.load_build(DATA / "heldout-2026-12-06-s31" / "build" / "build.py")

IN = Path("/work/coord/s47/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-08-s47c/build")
EVENTS = NEWS / "news-heldout-s47c.json"
# The CHECK files of session 47 (sessions 45 and 46's sets, pooled): never opened by the
# adjudicator, never cited; the build compares their sentences and pages as strings only.
CHECK_FILES = {
    "news-heldout-s45.json",
    "news-heldout-s45b.json",
    "news-heldout-s45c.json",
    "evidence-heldout-s45.jsonl",
    "news-heldout-s46.json",
    "news-heldout-s46b.json",
    "news-heldout-s46c.json",
    "evidence-heldout-s46.jsonl",
}
# Session 47's other sets were built at the same time on another branch: their sentence files
# are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s47/heldout/events-sentences.json"),
    Path("/work/coord/s47/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s47/heldout2/events-sentences.json"),
]
# The day this set was built, for its DOCUMENT comment.
DAY = "2026-12-08"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, at the same time as "
    "the session's first two sets: fishing vessels seized and their crews arrested (Japan, the "
    "Philippines), deportation and migrant-return deals (Rwanda, South Sudan and Eswatini with "
    "the US, Germany's flight to Afghanistan), critical-minerals deals, cyberattacks attributed "
    "to states, peacekeeping mandates ended or withdrawn (UNIFIL, AUSSOM), election observation "
    "(Moldova, Malawi, Côte d'Ivoire), journalists detained or expelled (a BBC correspondent "
    "deported by Türkiye, Georgia), space cooperation (NISAR, a Pakistani astronaut on "
    "Tiangong), health aid and vaccine donations, IMF programmes and debt restructuring "
    "(Ghana), and statements with no event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO30F-001": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["JPN"],
            "target": [],
            "follows": "a",
            "reason": (
                "Japanese authorities 'intercepted the vessel ... and arrested the 47-year-old "
                "captain': COERCE JPN, both annotators; the sentence names no state of the "
                "vessel or the captain ('the vessel' is a noun, not a pronoun: "
                "docs/event-coding.md's previous-sentence rule is for a sentence opening with a "
                "pronoun, and the recipient is an actor named after the trigger), and the "
                "development gold gives the recipient only where the sentence names it, "
                "HO29H-046 ('seized a Chinese fishing boat': JPN -> CHN, b's precedent) and "
                "HO27G-029 ('arrested 14 Indian fishermen': LKA -> IND), and none where it does "
                "not, HO27R-040 ('intercepted a nine-boat flotilla ... and detained scores of "
                "activists': COERCE ISR, none); the mode is b's, 'seize': the development gold "
                "takes the first of two coordinated coercive verbs and codes a vessel "
                "intercepted and its people detained as seize, HO27R-040 and HO29H-046 (seize, "
                "then arrest) against HO27G-029 (arrest first)"
            ),
        },
        "HO30F-006": {
            "event": "AGREE",
            "mode": None,
            "source": ["RWA"],
            "target": ["USA"],
            "follows": "a",
            "reason": (
                "'With Rwanda's authorization, announced on Tuesday, three African countries "
                "have now agreed to accept deportees, after South Sudan and Eswatini reached "
                "similar agreements with the U.S. government': agreeing to accept deportees is "
                "AGREE -> USA, both annotators, as the development gold, HO27H-014 (GTM -> USA), "
                "HO26H-042 (GTM -> USA) and HO27F-041 (FRA -> GBR); the act the sentence "
                "reports as new ('now', 'announced on Tuesday') is Rwanda's, and South Sudan's "
                "and Eswatini's agreements are told in an 'after' clause as earlier acts, "
                "background, which docs/event-coding.md codes as no event ('never as a topic or "
                "background', 'after the court annulled'); 'three African countries' counts "
                "them, it does not make their earlier agreements the sentence's act; a close "
                "call (b's three sources read the count as the subject)"
            ),
        },
        "HO30F-008": {
            "event": "COOPERATE",
            "mode": None,
            "source": ["USA"],
            "target": ["RWA"],
            "follows": "a",
            "reason": (
                "a spokesperson 'said the United States was working with Rwanda \"on a range of "
                "mutual priorities\"': a cooperative act told as going on with a named partner, "
                "coded as that act by docs/event-coding.md ('A continuing act is the act': 'is "
                "already cooperating with the United States'), as the development gold codes "
                "'said the U.S. was working with the Sudanese army and RSF' (HO26-013: CONSULT "
                "USA -> SDN); b's HO29I-047 ('Australia is working with its Pacific "
                "neighbours': NONE) was adjudicated NONE because it names no partner, and "
                "Rwanda is named here; not confirming the accord is no event, as both "
                "annotators"
            ),
        },
        "HO30F-010": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["DEU"],
            "target": [],
            "follows": "a",
            "reason": (
                "Foreign Minister Wadephul 'emphasized that the Islamist regime was "
                "internationally isolated due to massive human rights violations and was not "
                "recognized by Germany': a verb of saying whose reported clause judges another's "
                "acts wrong ('massive human rights violations'), ACCUSE by docs/event-coding.md "
                "(session 11: 'a verb of saying whose reported clause judges an act harmful or "
                "wrong ... the speaker accuses the act's owner'), disapprove (CAMEO 111), as the "
                "development gold codes a charge of human-rights abuses made by a speaker, "
                "HO28W-004 (ACCUSE); b's standing-state reading fits the non-recognition half "
                "alone, but the clause also states the charge; the regime is named by no state "
                "in the sentence (no 'Afghan', no 'Afghanistan'), so no recipient, as both "
                "annotators' notes allow"
            ),
        },
        "HO30F-022": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["ISR"],
            "target": [],
            "follows": "b",
            "reason": (
                "Sa'ar 'praised the vote' and Danon 'cheered the decision': praise, SUPPORT ISR "
                "(CAMEO 051), both annotators; the body that voted (the Security Council) is not "
                "named, and the development gold gives praise of an act whose author the "
                "sentence does not name no recipient, HO26B-054 ('praised the move': SUPPORT "
                "FRA, none); UNIFIL, the only IGO named, is the object of the participle "
                "'condemning UNIFIL as a failure', not of the praise, and is not the body whose "
                "vote is praised"
            ),
        },
        "HO30F-033": {
            "event": "COERCE",
            "mode": "deport",
            "source": ["TUR"],
            "target": [],
            "follows": "b",
            "reason": (
                "'BBC News correspondent Mark Lowen was deported' in 'a dramatic move by Turkish "
                "authorities': COERCE deport TUR, both annotators; the one deported is a person "
                "whose state the sentence does not name, and the development gold gives a "
                "journalist acted on no recipient where his state is not named, HO29H-009 (a "
                "journalist of a news outlet sent back: COERCE deport KHM, none), HO26N-021 "
                "(nine journalists detained: TUR, none) and HO28Y-015 (TUR, none); the BBC is "
                "his employer, not the one acted on: the gold codes a state broadcaster as its "
                "state where the broadcaster itself is acted on, HO26L-015 and HO27V-037 (RFI "
                "and France 24 suspended: -> FRA), which 'a BBC correspondent deported' is not"
            ),
        },
        "HO30F-034": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["GBR"],
            "target": ["TUR"],
            "follows": "a",
            "reason": (
                "BBC News's chief executive 'expressed grave concerns over this \"extremely "
                "troubling\" deportation and vowed to confront the Turkish authorities': a "
                "condemnation of Türkiye's act, ACCUSE disapprove -> TUR if the BBC has a code; "
                "the BBC is a public corporation under Royal Charter, not a privately owned "
                "company, and docs/event-coding.md codes 'A company a state owns or controls "
                "... as that state in whatever slot it holds' ('A state-owned company is its "
                "state; a private company is no actor'), as the development gold codes a state's "
                "broadcasters as their state, HO26L-015 and HO27V-037 (RFI and France 24: FRA), "
                "and a national body of journalists by its country, HO28M-024 (the Federation of "
                "Nepalese Journalists condemned: ACCUSE NPL); here the BBC itself, by its chief "
                "executive, is the doer, unlike HO30F-033 (its employee acted on); b's NONE reads "
                "the BBC as a company; a close call"
            ),
        },
        "HO30F-035": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["TUR"],
            "target": [],
            "follows": "a",
            "reason": (
                "the Turkish presidency's communications directorate 'said Lowen had not applied "
                "for accreditation with its office as required': a verb of saying whose reported "
                "clause judges an act wrong ('as required': a rule broken), ACCUSE by "
                "docs/event-coding.md (session 11: 'a verb of saying whose reported clause "
                "judges an act harmful or wrong ... the speaker accuses the act's owner'), "
                "disapprove (CAMEO 111) as the development gold codes such reported judgements, "
                "HO28M-024 (ACCUSE disapprove); the one accused is a person of no state named, "
                "so no recipient; b's note names ACCUSE TUR as the other reading"
            ),
        },
        "HO30F-036": {
            "event": "COERCE",
            "mode": "deport",
            "source": ["TUR"],
            "target": [],
            "follows": "b",
            "reason": (
                "'Turkey decided to send a BBC reporter packing': a deportation, COERCE deport "
                "TUR, both annotators; a person is acted on whose state is not named, no "
                "recipient, as HO30F-033 and the development gold's journalists acted on, "
                "HO29H-009 (COERCE deport KHM, none) and HO26N-021 (TUR, none); the BBC is only "
                "the reporter's employer (HO26L-015 and HO27V-037 code the broadcaster's state "
                "where the broadcaster itself is acted on)"
            ),
        },
        "HO30F-050": {
            "event": "CONSULT",
            "mode": None,
            "source": ["GHA"],
            "target": [],
            "follows": "b",
            "reason": (
                "'It says it is currently in talks with 60 international banks to rework its "
                "remaining $2.7 billion in loans': a sentence opening with a pronoun takes the "
                "previous sentence's subject as its source (docs/event-coding.md: 'for a "
                "sentence opening with a pronoun, the subject of the previous sentence'), Ghana "
                "(HO30F-049, the same page: 'Ghana says it has signed'); talks going on now are "
                "the act, CONSULT ('A continuing act is the act': 'remains in talks with "
                "Belarus'); the banks are private companies, no actor, so no recipient, as the "
                "development gold codes a state in talks with companies, HO29T-030 ('Gabon is in "
                "talks with Meta and TikTok': CONSULT GAB, none); a's NONE gave the source up "
                "for the pronoun"
            ),
        },
    },
)


# An annotator's note that quotes the opening of another gold file's sentence, which
# ``hb.write_gold`` refuses (the other file's held-out test would find its sentence here): the
# words replaced, by (record, annotator), the meaning kept.
NOTE_FIXES = {
    ("HO30F-001", "b"): (
        "Japanese authorities seized a Chinese fishing boat and arrested its skipper",
        "Japan's authorities seized a Chinese fishing boat, its skipper arrested",
    ),
}


def correct(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its annotator's note fixed where ``NOTE_FIXES`` says (the build stops if
    the words to replace do not stand in the note once), as session 43's third build."""
    (name,) = record["annotations"]
    fix = NOTE_FIXES.get((record["id"], name))
    if fix is None:
        return record
    label = dict(record["annotations"][name])
    if label["note"].count(fix[0]) != 1:
        raise hb.BuildError(f"{record['id']}: the note to fix does not hold {fix[0]!r} once")
    label["note"] = label["note"].replace(*fix)
    return {**record, "annotations": {name: label}}


def with_holding(comment: str, holding: dict[str, Any]) -> str:
    """The DOCUMENT comment with the records ``holding_others`` left out named after its near
    duplicates (the build stops if the words it follows are not there once)."""
    anchor = "left out for that: none."
    if comment.count(anchor) != 1 or not holding:
        raise hb.BuildError(f"the DOCUMENT comment does not say {anchor!r} once")
    left = "; ".join(
        f"{rid} (its sentence holds the first 60 characters of {h['id']}'s, {h['file']})"
        for rid, h in holding.items()
    )
    return comment.replace(
        anchor,
        f"left out for that: none; left out because the held-out test of another file would "
        f"find that file's sentence here: {left}.",
    )


def build_event_set(
    others: Sequence[Path],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """``hb.build_event_set``'s steps (a's and b's labels read, notes corrected, near duplicates
    left out, merged, written with the DOCUMENT record), leaving out too the records whose
    sentence holds the first 60 characters of another gold file's sentence (session 31's
    ``holding_others``, which sessions 31, 34 and 44 applied to evidence): ``hb.write_gold``
    refuses them. Returns the summary, the near duplicates and those records."""
    a = [correct(hb.with_labels(r, "a")) for r in hb.read_records(IN / "events-a.json")]
    b = [correct(hb.with_labels(r, "b")) for r in hb.read_records(IN / "events-b.json")]
    near = hb.near_duplicates(a, others)
    holding = s31.holding_others(a, others)
    left_out = {*near, *holding}
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in left_out]
    build = hb.merge_events(pairs, EVENTS_DECIDED)
    summary: dict[str, Any] = build.summary()
    which = ("session 47, third set", SCOPE, f"{OUT}/")
    document = {
        "id": "ACCORD-HELDOUT-S47C-DOC",
        "event": "DOCUMENT",
        "comment": with_holding(
            document_comment(build.records, summary, near, EVENTS_DECIDED, which), holding
        ),
        "license": hb.EVENT_LICENSE,
    }
    hb.write_gold(EVENTS, hb.event_gold_text(document, build.records), build.records, others)
    return summary, near, holding


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and session 47's
    sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s47" not in p.name]


def document_comment(records: Any, events: Any, near: Any, decided: Any, which: Any) -> str:
    """Session 18's DOCUMENT comment, dated on this set's day (session 18's text names the day
    sessions 17-20 ran)."""
    text: str = hb.dated(s19.s18.document_comment, DAY)(records, events, near, decided, which)
    return text


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near, holding = build_event_set([*others, *SIBLINGS])
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 47's other sets",
                "events": s19.s18.near_figures(near),
            },
            "holding_another_sentence_left_out": {"rule": s31.HOLDING_RULE, "events": holding},
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
