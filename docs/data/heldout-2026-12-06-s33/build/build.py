"""Assemble session 33's first held-out pair (news-heldout-s33.json, HO28N; evidence-heldout-
s33.jsonl, EVH33) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md: ``build_event_set`` for the event set and
``build_evidence_set`` for the evidence set, with session 18's DOCUMENT comment ``dated``
2026-12-06. Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence
finder: it copies labels, leaves out the sentences another gold file (or the sentence files of
session 33's other sets) holds in other words, applies the adjudicator's decisions below, checks
the new files against every other gold file and those sentence files, and computes agreement.
The evidence set was built first (heldout/VB-DONE); the event set is built once its second
annotation is marked done (heldout/B-DONE), and ``main`` leaves it out before that.
"""

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

# Session 18's build: its DOCUMENT comment, ``NEAR_RULE`` and ``near_figures`` (session 18's
# comment names its own day, 2026-12-04, which ``hb.dated`` replaces with this session's).
s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s33/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s33/build")
EVENTS = NEWS / "news-heldout-s33.json"
EVIDENCE = NEWS / "evidence-heldout-s33.jsonl"
# The CHECK files of session 33 (sessions 31 and 32's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s31.json",
    "news-heldout-s31b.json",
    "news-heldout-s31c.json",
    "evidence-heldout-s31.jsonl",
    "news-heldout-s32.json",
    "news-heldout-s32b.json",
    "news-heldout-s32c.json",
    "evidence-heldout-s32.jsonl",
}
# The sentence files of session 33's sets (the third set, HO28P, is another adjudicator's): each
# build compares the other sets' sentences and pages with its own as strings (duplicates and
# near duplicates), nothing else of them (also used by the s33b build).
SENTENCE_FILES = (
    Path("/work/coord/s33/heldout/events-sentences.json"),
    Path("/work/coord/s33/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s33/heldout2/events-sentences.json"),
    Path("/work/coord/s33/heldout3/events-sentences.json"),
)
DAY = "2026-12-06"

# What the first event set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a ceasefire committed to and signed, bombs dropped, a "
    "missile intercepted, warnings and threats, condemnations of strikes, an embassy's call to "
    "leave, IAEA access refused, a vice-president suspended and a minister dismissed, "
    "protesters shot and protests turned to riots, a police force defended, a death-penalty law, "
    "warning shots at a border, overtures rebuffed, opponents disqualified and arrested, an "
    "internet outage, a claim rejected and diplomatic discussions, troops sent to restore order, "
    "remarks defended and not retracted, an apology, a victory claimed and denied, a defence "
    "treaty signed, weapons handed over, a ceasefire's terms, talks that collapsed, ties cut, an "
    "aid pause condemned and a parliament dissolved, across Asia (Thailand and Cambodia, "
    "Myanmar, the two Koreas, Japan, Indonesia, Pakistan and Afghanistan), the Middle East "
    "(Yemen and Israel, Iran, Syria, the PKK in Iraq), Africa (Mali, South Sudan, Kenya, "
    "Tanzania, Nigeria, Cameroon, Sudan) and Oceania (Australia and Papua New Guinea, the Cook "
    "Islands, Samoa)"
)

# A note of b's that quotes a development sentence's first 60 characters (the held-out tests
# refuse a file that quotes another gold file's sentence): the quotation elided, b's words and
# labels kept (as the s29 build's NOTE_FIXES did for HO28B-034).
NOTE_FIXES = {
    "HO28N-032": (
        "(Indonesian protesters set ablaze regional parliament buildings:",
        "(protesters 'set ablaze regional parliament buildings':",
    ),
}

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28N-002": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["THA", "KHM"],
            "target": [],
            "follows": "b",
            "reason": (
                "the governing verb is 'have signed' an agreement, CAMEO 057 (sign formal "
                "agreement), which CAMEO2PLOVER-2021 maps to SUPPORT, and the development gold "
                "codes a joint signing SUPPORT with both signatories as the actor and no "
                "recipient: HO26E-023 (adjudicated: 'signing an agreement's text is CAMEO 057'), "
                "HO26F-005 (adjudicated) and HO26R-041 (the Pukpuk treaty signed: SUPPORT "
                "PNG+AUS); HO26Y-037 (adjudicated) keeps AGREE for 'an agreement to act later or a "
                "promise (a truce agreed to)', the reading of a's HO26E-019 and HO26X-036, where "
                "the two states 'agreed to' a ceasefire and signed nothing; sources as both "
                "annotators"
            ),
        },
        "HO28N-004": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["ISR"],
            "target": ["YEM"],
            "follows": "b",
            "reason": (
                "one event, of the governing verb: 'Israel's military intercepted a missile', and "
                "the development gold codes an interception by its interceptor, ASSAULT, with "
                "the weapon's owner as recipient where the sentence names it: ACCORD-REAL-017 "
                "(forces 'shot down 79 Ukrainian drones': ASSAULT RUS -> UKR), HO26J-024 "
                "(Algeria 'intercepted and destroyed an armed drone', owner unnamed: ASSAULT "
                "DZA, none) and HO26N-037 (fighters launched to intercept drones: ASSAULT "
                "aerial); the missile 'launched by Yemen's Houthi rebels' names its owner, the "
                "Houthis by their country (HO26K-008); the launch stands in a participle of the "
                "noun and 'marking the second such attack' is the participle of background"
            ),
        },
        "HO28N-008": {
            "event": "REQUEST",
            "mode": None,
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": (
                "a government's call on its own people, not on its state, takes no recipient in "
                "the development gold: HO27H-035 (adjudicated: the State Department asks people "
                "to avoid US facilities: REQUEST USA, none) and HO26R-020 (a ministry 'asked the "
                "citizens to refrain' from violence: REQUEST SRB, none); a's HO27A-010 asks "
                "lawmakers, a body of the state, to act as such; Mali stands as the embassy's "
                "place and JNIM's blockade after 'amid'; type and source as both annotators"
            ),
        },
        "HO28N-014": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "Ruto defends his own government's police and vows to keep backing its security "
                "forces: the defended are the speaker's own side, and the development gold codes "
                "that NONE, HO26Q-011 (adjudicated: a prime minister defended his own "
                "administration: 'what is defended is the actor itself, so the statement is "
                "directed at no other actor', SUPPORT being support of another's policy, action "
                "or actor, PLOVER manual 3.3) and HO27Y-031 (a minister defended the "
                "government's decision: NONE); b's HO26E-039 is the Kremlin defending another "
                "state's launch"
            ),
        },
        "HO28N-016": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["NGO"],
            "target": ["MMR"],
            "follows": "a",
            "reason": (
                "BNI-MPM is a named non-governmental monitor, and the development gold codes a "
                "named non-governmental organisation that judges a state's acts NGO, whether "
                "international or regional: HO27V-036 (the Media Foundation for West Africa "
                "condemns arrests in Togo: ACCUSE NGO) and HO27V-032 and HO27Y-039 (Human Rights "
                "Watch: NGO); a group is coded by its country only where it is the state's or "
                "an armed or political party of it (the Houthis YEM, Chadema TZA); type, mode and "
                "recipient as both annotators (a warning of harm from another's act, "
                "docs/event-coding.md)"
            ),
        },
        "HO28N-017": {
            "event": "MOBILIZE",
            "mode": None,
            "source": ["KOR"],
            "target": ["PRK"],
            "follows": "b",
            "reason": (
                "warning shots are fire aimed at no one, a show of force, CAMEO 150 (demonstrate "
                "military or police power), which PLOVER codes MOBILIZE, as docs/event-coding.md "
                "codes missiles fired with no aim but the sea MOBILIZE (CAMEO 150, manual 3.14, "
                "session 8); THREATEN (CAMEO 13) is a verbal threat or an ultimatum, and the "
                "sentence reports shots fired, not a threat uttered; the reported act is coded "
                "('X said Y did Z'), the 'after' clause's event as the development gold codes "
                "an act told after 'came after' (HO26O-002, HO26O-042); source and recipient as "
                "both annotators"
            ),
        },
        "HO28N-019": {
            "event": "COERCE",
            "mode": "ban",
            "source": ["TZA"],
            "target": ["TZA"],
            "follows": "b",
            "reason": (
                "'Opponents from the two main opposition parties ... have been disqualified' is "
                "an agentless passive in the perfect of an official act, which the development "
                "gold codes with the state of the domestic party as both sides: HO27Y-007 "
                "(adjudicated: the Awami League 'has been barred from contesting': COERCE ban "
                "BGD -> BGD, CAMEO2PLOVER 1722) and HO27E-002 (people 'have been detained': "
                "VEN -> VEN); 'the east African country' is Tanzania as the gold reads that "
                "epithet, HO26E-006 ('Authorities in the east African country': TZA -> TZA); the "
                "practice that an event has a source (docs/event-coding.md) leaves out acts "
                "whose doer is not stated, and for an official act such as a disqualification "
                "or a detention the gold reads the state as the doer; the abductions and "
                "killings are the second clause. A close call"
            ),
        },
        "HO28N-024": {
            "event": "CONSULT",
            "mode": None,
            "source": ["NGA"],
            "target": ["USA"],
            "follows": "a",
            "reason": (
                "the discussions go on 'through Nigerian missions in Washington, Atlanta, and New "
                "York', in the other party's country, and docs/event-coding.md codes a meeting "
                "in one participant's country as hosted by it, visitor -> host (PLOVER manual "
                "2.4.2, 3.2.2: 'Scholz met Tusk in Berlin': POL -> DEU); b's HO26-004 names no "
                "place; type and source as both annotators. A close call: talks named with no "
                "place would be joint"
            ),
        },
        "HO28N-027": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["JPN"],
            "target": [],
            "follows": "b",
            "reason": (
                "'she would refrain from making similar comments in parliament again' pledges to "
                "stop something of her own, which docs/event-coding.md (session 8; PLOVER manual "
                "3.4.2) codes CONCEDE; the pronoun subject is the previous sentence's, Takaichi, "
                "as the development gold reads an opening pronoun, HO28C-019 ('She urged the "
                "United States': DNK) and HO26S-024 (adjudicated: 'He' is the previous "
                "sentence's envoy); China, to whom she yields, is not named: no recipient"
            ),
        },
        "HO28N-028": {
            "event": "REJECT",
            "mode": None,
            "source": ["JPN"],
            "target": [],
            "follows": "b",
            "reason": (
                "the lawmaker who 'suggested she revise her remark' stands only in the 'after' "
                "clause, from which no recipient is taken (docs/event-coding.md: 'No recipient "
                'is taken ... after "after", "before" or "since"\'), as HO28F-012 '
                "(adjudicated: a veto dropped 'after' EU leaders' concession: CONCEDE SVK, none); "
                "type and source as both annotators"
            ),
        },
        "HO28N-034": {
            "event": "REQUEST",
            "mode": None,
            "source": ["CMR"],
            "target": [],
            "follows": "b",
            "reason": (
                "'It must be respected' is the 'X said Y must do Z' form that docs/event-coding.md "
                "codes X REQUEST Y whatever the verb, and with no one named who must respect "
                "it, REQUEST with no recipient, as HO27W-033 (adjudicated: the sovereignty of "
                "Denmark and Greenland 'must be respected': REQUEST IGO, none); the speaker is "
                "named by his office ('the former labor minister', Tchiroma), coded by his state "
                "as the gold codes an actor named by an epithet (HO26E-006); 'Our victory is "
                "clear' is the claim the demand rests on"
            ),
        },
        "HO28N-038": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'It is understood that militants who hand in weapons will stay in Iraq and "
                "pledge to halt all PKK activities' is an expectation with no one announcing or "
                "pledging in the sentence, and the development gold codes such an expectation "
                "NONE, HO26N-026 (adjudicated: 'It is expected that' two leaders 'will meet': no "
                "party announces or agrees, 'an expectation is no event'); the pledge is told "
                "as what the militants will do, not as a pledge made"
            ),
        },
        "HO28N-041": {
            "event": "REJECT",
            "mode": None,
            "source": ["AFG"],
            "target": [],
            "follows": "b",
            "reason": (
                "the reported clause says the Taliban delegation 'was unwilling to sign a "
                "written agreement' and names no other party to it; the speaker, Asif, stands "
                "outside the reported clause, and the development gold takes no recipient where "
                "the party acted on is not named in the clause, HO27L-028 (adjudicated: 'a "
                "recipient only where clear and named in the sentence') and HO27P-043 "
                "(adjudicated); type and source as both annotators (a refusal, the type of the "
                "reported predicate)"
            ),
        },
        "HO28N-049": {
            "event": "AGREE",
            "mode": None,
            "source": ["WSM"],
            "target": ["WSM"],
            "follows": "a",
            "reason": (
                "the governing verb is 'has accepted Fiame's advice', and the development gold "
                "codes accepting a request or proposal AGREE: HO28E-049 (Karki 'accepted a "
                "request from Gen Z protesters': AGREE NPL -> NPL) and ACCORD-2025-009 (Ukraine "
                "accepted a U.S. proposal: AGREE UKR -> USA); the head of state acts on the prime "
                "minister's constitutional advice, not under pressure, so it is no concession, "
                "and the dissolution the notice will confirm is the act of the advice, not a "
                "yielding (b's HO26F-032 is a government dissolved in response to protests); "
                "source and recipient as both annotators"
            ),
        },
    },
    modes_kept={
        "HO28N-037": (
            "a's 'disarm' kept (b null): PKK fighters 'began handing over their weapons', a "
            "disarmament in the word's plain sense, and the development gold codes this "
            "ceremony's weapons burned RETREAT disarm, HO27B-031; other records of the same "
            "ceremony carry no mode (HO26X-019, adjudicated, HO27D-033), so the mode is not "
            "settled there, and a's is not wrong"
        ),
    },
    modes_taken={
        "HO28N-033": (
            "demo",
            "b's 'demo' taken (a riot): one event, of the governing verb, the first of the "
            "coordinated verbs (as HO28F-001, adjudicated), is 'Protesters marched to the "
            "headquarters', a march, PROTEST demo, as HO26J-001 (protesters marched: PROTEST "
            "demo MDG -> MDG); a's riot is the second clause's ('some attempted to storm the "
            "compound', HO27W-012), not the governing verb's",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH33-003": (
            "follows B (third engineer, session 33): Russia's willingness to consider a ceasefire "
            "is 'contingent upon Ukraine's withdrawal from areas it still controls in Donbas', a "
            "truce only on the stronger side's terms, the ceasefire scale's low end, and the "
            "development gold codes this construction with both stances, EVH28-004 (Putin 'tied "
            "any halt in hostilities' to the withdrawal of Ukrainian troops from the rest of "
            "Donbas: RUS ceasefire low and territory low, both annotators); 'for the first "
            "time' says the offer is new, not that it is unconditional; RUS territory low as "
            "both annotators (EVH4-007)"
        ),
        "EVH33-007": (
            "follows B (third engineer, session 33): the ceasefire Russia did not accept is "
            "named in the sentence as the one 'reached in Ukraine and US negotiations', and the "
            "development gold gives the makers of a ceasefire the sentence names them with their "
            "stance on it, high: EVH27-003 (adjudicated: 'the US-proposed ceasefire': USA "
            "ceasefire high besides RUS low) and EVH30-004 (the truce 'put forward by "
            "Washington': USA high besides UKR high, both annotators); session 9's split on a "
            "resolution's sponsor named as an attribute (docs/event-coding.md) concerns votes "
            "on a resolution, and the later ceasefire records settle the attribute reading for "
            "a ceasefire; RUS ceasefire low as both annotators (EVH30-005)"
        ),
        "EVH33-014": (
            "follows B (third engineer, session 33): Beijing 'is ready to contribute to "
            "resolving the Ukraine conflict', an effort for a negotiated end, which the "
            "development gold codes CHN ceasefire high in Wang Yi's statements of the same kind, "
            "EVH29-013 (adjudicated: China 'strives to find a political settlement': high) and "
            "EVH29-010 (adjudicated: China 'is working to promote peace through negotiations': "
            "high), as EVH2-036 (adjudicated: China insists on peace talks); EVH25-010 (China's "
            "stance 'consistent and clear', no aim named: no stance) states no effort, this "
            "sentence does; B marked its reading weak"
        ),
        "EVH33-018": (
            "follows A (third engineer, session 33): 'excluding the surrender of the victim' is "
            "the red line the development gold codes with both stances in EV-132 (Macron: 'This "
            "peace cannot mean the surrender of Ukraine': FRA ceasefire low and territory high, "
            "adjudicated 'both readings kept'), and here it is the stated ground of France's "
            "vote; FRA aggressor_naming high as both annotators (refusing 'the same approach to "
            "Russia and Ukraine')"
        ),
        "EVH33-022": (
            "follows B (third engineer, session 33): the special status Kyiv itself grants by law "
            "(here with the Russian language 'protected by law') is the scale's 'limited "
            "decentralisation by ordinary law' (25), nearer the low end, and the development gold "
            "codes Kyiv's own special-status offers and laws low: EVH28-021 (adjudicated: "
            "Zelensky signed up to a deal giving Donbass a special status: UKR low), EVH30-023 "
            "(Poroshenko signed a law extending the special status: UKR low, both annotators), "
            "EVH25-025 (both annotators) and EV-171 (adjudicated: 'a measure of autonomy': low); "
            "A's EVH27-028 (Zelensky: the Steinmeier formula to be added to a new law: high) is "
            "the one high record of the kind"
        ),
        "EVH33-035": (
            "follows A (third engineer, session 33): the sentence gives the administration's aim "
            "as to 'end the U.S. role in a war', the upper half of the us_withdrawal scale (all "
            "foreign forces out), which the development gold codes USA high, EVH6-049 (Trump "
            "'pledged to bring an end to endless wars and withdraw American troops': high, both "
            "annotators); the half of the troops is the first step the president names, and the "
            "partial-drawdown lows B cites, EVH22-037 (adjudicated) and EVH15-033, state a "
            "drawdown alone, with no aim of ending the role (as EVH-019, adjudicated). A close "
            "call, as B says of its own reading"
        ),
        "EVH33-037": (
            "follows A (third engineer, session 33): Ghani's offer is named in the sentence with "
            "its maker and its aim, to release prisoners 'ahead of peace talks', which the "
            "development gold codes AFG intra_afghan_talks high where the sentence states it, "
            "EVH2-067 (Ghani would release 1,500 prisoners 'to get delayed peace talks "
            "underway': high) and EVH9-047 (a decree releasing 1,500 'to get intra-Afghan "
            "negotiations started': high), and gives the named maker of a proposal its stance "
            "(EVH27-003, adjudicated); B's EVH18-031 names the decree with no tie to talks, "
            "hence no AFG stance there; TAL intra_afghan_talks low as both annotators"
        ),
        "EVH33-039": (
            "follows B (third engineer, session 33): by the reported-positions convention "
            "(docs/event-coding.md, 'Gold conventions for stance evidence': in 'S said (that) Y "
            "does or wants X' the stance is held by Y, not by the speaker S) the stance is the "
            "US's, whose act the reported clause states ('the U.S. and its NATO allies will "
            "withdraw all troops ... within 18 months'), as EVH14-031 (adjudicated: the US and "
            "its allies 'will withdraw all forces within 14 months': USA us_withdrawal high); "
            "the Taliban are only the speaker, as Reuters is the reporter"
        ),
    },
)


def note_corrector(fixes: Mapping[str, tuple[str, str]]) -> Any:
    """A function giving a record of a's or b's file with ``fixes`` applied to b's note (the
    words to correct must stand once in it; labels untouched)."""

    def corrected(record: dict[str, Any]) -> dict[str, Any]:
        fix = fixes.get(record["id"])
        if fix is None or "b" not in record["annotations"]:
            return record
        note = record["annotations"]["b"]["note"]
        if note.count(fix[0]) != 1:
            raise hb.BuildError(f"{record['id']}: the note to correct is not b's")
        b = {**record["annotations"]["b"], "note": note.replace(fix[0], fix[1])}
        return {**record, "annotations": {"b": b}}

    return corrected


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s33b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s33" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def siblings(own: Path) -> list[Path]:
    """The sentence files of session 33's other sets (all but ``own``) that exist."""
    return [p for p in SENTENCE_FILES if p != own and p.exists()]


def event_reasons(decided: hb.EventDecisions) -> list[str]:
    """Every text of an event set's decisions that may cite development records (also used by
    the s33b build)."""
    return [
        *(d["reason"] for d in decided.adjudications.values()),
        *decided.modes_kept.values(),
        *(note for _, note in decided.modes_taken.values()),
    ]


def comment(reworded: Sequence[tuple[str, str]]) -> hb.Comment:
    """Session 18's DOCUMENT comment dated on this session's day and reworded where it does not
    fit a set (each old text must stand once); also used by the s33b build."""
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
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(reasons, development, own)
    result: dict[str, Any] = {}
    rule = f"{s18.NEAR_RULE} and the sentence files of session 33's other sets"
    near: dict[str, Any] = {"rule": rule}
    if events_ready:
        which = ("session 33", SCOPE, f"{OUT}/")
        events, near_events = hb.build_event_set(
            IN,
            EVENTS,
            EVENTS_DECIDED,
            which,
            [*others, *siblings(IN / "events-sentences.json")],
            comment(()),
            note_corrector(NOTE_FIXES),
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
