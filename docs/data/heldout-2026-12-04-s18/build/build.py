"""Assemble session 18's held-out pair (news-heldout-s18.json, HO26X; evidence-heldout-s18.jsonl,
EVH18) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md and the label helpers of session 17's first build.
Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it
copies labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file, and computes
agreement.
"""

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s17 = hb.load_build(DATA / "heldout-2026-12-04-s17" / "build" / "build.py")

IN = Path("/work/coord/s18/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s18/build")
EVENTS = NEWS / "news-heldout-s18.json"
EVIDENCE = NEWS / "evidence-heldout-s18.jsonl"
# The CHECK files of session 18: no reason may cite them.
CHECK_FILES = {"news-heldout-s17.json", "news-heldout-s17b.json", "evidence-heldout-s17.jsonl"}
# This session's other event set: not a development file either.
SIBLINGS = {"news-heldout-s18b.json"}

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO26X-019": {
            "event": "RETREAT",
            "mode": None,
            "source": ["TUR"],
            "target": [],
            "follows": "a",
            "reason": "weapons handed over by PKK fighters are a de-escalation by a domestic armed group coded by its country (RETREAT TUR, both annotators); the sentence names no one the weapons go to or who is yielded to: the Turkish state stands only in the ', marking' clause as the object of the campaign, not of the handing over, and the development gold gives an armed side's own climb-down no recipient where none is named, HO26G-042 (the Taliban 'halted its military operations': RETREAT AFG, none), HO26H-009 (fighters 'fled their positions': none) and HO26E-007 (troops withdrawn from two cities: none); mode null as a: no development record carries a disarm mode, and HO26G-042 codes a halt of fighting with none",
        },
        "HO26X-026": {
            "event": "CONSULT",
            "mode": None,
            "source": ["TUR"],
            "target": ["IDN"],
            "follows": "b",
            "reason": "the quotation opens with its dateline, BOGOR, Indonesia, the place of the talks the sentence reports, so this is a meeting in one participant's country, which docs/event-coding.md's meetings paragraph codes visitor -> host ('a meeting in one participant's country is hosted by it'), as the development gold does: ACCORD-NEWS-001 (Scholz met Tusk 'in Berlin': POL -> DEU), HO26K-013 (a meeting 'in Suva': TON -> FJI), ACCORD-2025-042 (Kellogg met Zelensky 'in Kyiv': USA -> UKR); 'held talks' with no place is joint, both as actor and no recipient (HO26H-033, HO26-004), and a meeting in a third country too (ACCORD-2025-031, in Istanbul); mode null as a: a meeting in the host's country with no word of a visit has none in ACCORD-NEWS-001 and ACCORD-2025-042",
        },
        "HO26X-029": {
            "event": "CONSULT",
            "mode": None,
            "source": ["QAT", "TUR", "USA"],
            "target": ["EGY"],
            "follows": "b",
            "reason": "delegations of four states, Egypt among them, met in Cairo: a meeting in one participant's country is hosted by it, the visitors are the actor and the host the recipient (docs/event-coding.md's meetings paragraph, after the PLOVER manual 2.4.2 and 3.2.2), as ACCORD-NEWS-001 (met 'in Berlin': POL -> DEU), ACCORD-2025-046 (Witkoff met Putin 'in Moscow': USA -> RUS) and HO26K-013 (TON -> FJI, in Suva); all participants are the actor with no recipient only where none hosts, as ACCORD-2025-031 (delegations met in Istanbul: RUS+UKR, none) and ACCORD-2025-001 (in Riyadh)",
        },
        "HO26X-030": {
            "event": "AGREE",
            "mode": None,
            "source": ["TUR"],
            "target": ["PSE"],
            "follows": "b",
            "reason": "the governing verb reports an intent ('reiterated that' Türkiye 'would continue to stand with' the Palestinians 'with all its means'), an intended cooperative act, which docs/event-coding.md types AGREE ('will support', 'ready to send'; PLOVER's intent to cooperate); the development gold codes the same construction AGREE: HO26N-049 (reiterated that Malaysia 'will continue assisting' Viet Nam: AGREE MYS -> VNM); SUPPORT is for support expressed now, HO26B-052 ('expressed solidarity with Lithuania') and HO26N-018 (partnership 'reaffirmed'), where no act to come is announced",
        },
    },
    modes_taken={
        "HO26X-018": (
            "disapprove",
            "b's disapprove taken: blaming a state for tension or disharmony is ACCUSE disapprove in the development gold (HO26L-022, HO26N-043, HO26P-002, HO26U-011: 'blames DR Congo for the conflict'); allege is for blame for named attacks (HO26U-029, HO26I-039), which the sentence does not give",
        ),
        "HO26X-047": (
            "violence",
            "b's violence taken: a threat to begin targeting ships is a threat of armed attack, coded THREATEN violence in the development gold where the threatened act is a strike or military action (HO26-073, HO26B-047, HO26M-060, HO26U-032); a's null is the gold's mode for threats of unnamed retaliation or countermeasures (ACCORD-FRESH-010, HO26S-055), which this is not",
        ),
        "HO26X-048": (
            "violence",
            "b's violence taken: a warning that it 'would strike U.S. naval vessels' is a threat of armed attack, THREATEN violence as HO26-073 (military strikes threatened against Iran) and HO26B-047 (strikes to be escalated); a's null is the gold's mode for unnamed retaliation (ACCORD-FRESH-010, HO26S-055)",
        ),
    },
)
EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH18-015": "follows B (third engineer, session 18): Zelenskyy's refusal of the $500bn repayment proposal is UKR minerals_deal low (both annotators, as EV-108); the reason he gives, that the deal 'did not come with enough security guarantees', states that Ukraine wants guarantees tied to the deal, UKR security_guarantees high, as EVH3-020 (Zelenskiy wants US and European guarantees tied to any minerals deal: UKR security_guarantees high); the proposal's author is not named, so no USA stance (both annotators)",
        "EVH18-018": "follows B (third engineer, session 18): the holder is 'European leaders', no scenario actor: the development gold never gives European leaders' stance to the EU, but to the members the sentence names (EVH9-002 and EVH3-055: 'including' Starmer and Macron, GBR and FRA), and none is named here; the EU holds the stance where the Union or its member states act as one (EVH16-017: EU member states agreed to freeze Russian assets; EVH14-020: the Commission's president), which this sentence does not say",
        "EVH18-022": "follows B (third engineer, session 18): the rebels having seized more ground is conduct the outlet reports, no position stated on the ceasefire, as EVH10-036 (rebels 'who ignored a new ceasefire' to seize Debaltseve: no stance); A's precedent EVH3-058 gives Russia ceasefire low for having 'shown no sign of halting' its operations, an attitude to halting that this sentence does not report",
        "EVH18-023": "follows A (third engineer, session 18): Poroshenko's condition that Ukraine remain a unitary state is UKR special_status low (both annotators, as EVH4-041 and EVH7-043); peace named as what the condition buys states no position on the ceasefire's terms: the development gold gives such a sentence the condition's stance alone, EVH2-059 (only federal autonomy 'can bring peace there': RUS special_status high, no ceasefire stance); B's precedents EV-152 and EV-155 prefer a diplomatic solution to arming Ukraine, which this sentence does not weigh",
        "EVH18-024": "follows B (third engineer, session 18): a warning of sanctions on Russia over breaches of the truce bears on Russia's conduct, not on the ceasefire's terms: EVH10-038 (costs to Russia 'will rise' if it continues to violate the agreements: no stance) and EVH10-031 (violations called unacceptable: no stance)",
        "EVH18-025": "follows B (third engineer, session 18): the sentence names no holder, only 'That bloody offensive' whose authors stand in the sentence before; the gold is sentence-level (EV-021, EVH10-037), and an offensive reported as a breach of the ceasefire is conduct, no stated position (EVH10-036)",
        "EVH18-028": "follows B (third engineer, session 18): the Donetsk and Luhansk republics (SEP, named) have offered amendments of the Ukrainian constitution under Minsk, a constitutional settlement for the districts, the special_status scale's middle point, above ordinary administration: SEP special_status high, as EV-053 (constitutional reform for the rights of Donbass's people: RUS high), EV-161 (the republics rejecting a smaller constitutional proposal: SEP high) and EVH15-027 (special status fixed in the constitution: high); the constitution is named in this sentence, unlike the political provisions alone of EVH7-037; Kiev's silence is no Ukrainian stance (both annotators)",
        "EVH18-029": "follows B (third engineer, session 18): 'They' are the draft amendments and their authors are named only in the sentence before; a sentence with no actor of its own has no stance in the development gold, which is coded sentence by sentence (EV-021, EVH10-037, both with no named speaker: no stance)",
        "EVH18-033": "follows B (third engineer, session 18): the Taliban spokesman (named) says no country, the United States included, is under threat from Afghanistan, the Taliban's claim to keep the Doha commitment that Afghan soil threatens no one (the counterterrorism scale's middle point): TAL counterterrorism high, as EVH3-027 (the Taliban pledged to keep groups from using Afghan soil against the US: high), a claim of keeping one's commitment counting as the commitment (EVH10-034, 'fully observing' the cease-fire: UKR ceasefire high); A's precedent EV-070 has no stance because its speaker is not named ('We' of an op-ed), not for its content",
        "EVH18-038": "follows B (third engineer, session 18): the deal's terms as both annotators give them (USA us_withdrawal high, TAL counterterrorism high, TAL intra_afghan_talks high), and the US exacts both Taliban commitments in exchange for its withdrawal: USA counterterrorism high and USA intra_afghan_talks high, as EVH8-049 (the deal commits the U.S. to withdraw in exchange for the Taliban's talks and break with terror groups: all five, adjudicated) and EV-057 (a conditional withdrawal for the Taliban's break with terror groups: USA counterterrorism high)",
    },
)


def decisions_text(records: Sequence[Mapping[str, Any]], decided: hb.EventDecisions) -> str:
    """Every adjudication (labels of a, b and the reason) and mode decision, for a DOCUMENT
    comment (also used by the s18b build)."""
    adjudicated = "; ".join(
        f"{r['id']} ({r['publisher']}; a {s17.labels_text(r['annotations']['a'])}, b "
        f"{s17.labels_text(r['annotations']['b'])}; follows {r['adjudication']['follows']}: "
        f"{r['adjudication']['reason']})"
        for r in records
        if "adjudication" in r
    )
    modes = [f"{rid}: {note}" for rid, note in decided.modes_kept.items()]
    modes += [f"{rid}: {note}" for rid, (_, note) in decided.modes_taken.items()]
    return (
        f"{adjudicated}. Elsewhere the final labels are the shared ones; where only the modes "
        f"differ, a's stays unless it is clearly wrong ({'; '.join(modes)})"
    )


def left_out_text(near: Mapping[str, Mapping[str, Any]]) -> str:
    """The near duplicates left out, for a DOCUMENT comment."""
    return "; ".join(
        f"{rid} (closest {d['id']} of {d['file']}: word ratio {d['ratio']:.3f}, words matched "
        f"{d['cover']:.3f})"
        for rid, d in near.items()
    )


# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most three sentences a page; accusations, threats, rejections and requests, meetings, "
    "agreements and support, aid, sanctions, restrictions and arrests, protests, missile "
    "launches, disarmament and releases across South and East Asia (India, Pakistan, "
    "Afghanistan, China, Japan, the Koreas, the Philippines, Thailand, Cambodia, Malaysia, "
    "Indonesia, Myanmar, Nepal), the Middle East (Iran, Israel, Iraq and the PKK, Yemen's "
    "Houthis, Egypt, Qatar, Türkiye, Saudi Arabia), Africa (DR Congo, Rwanda, Mali, Burkina "
    "Faso, Nigeria, Eritrea, Ethiopia, South Africa, Madagascar, Sudan) and Oceania (the Solomon "
    "Islands)"
)


def document_comment(
    records: Sequence[Mapping[str, Any]],
    events: Mapping[str, Any],
    near: Mapping[str, Mapping[str, Any]],
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
) -> str:
    """The DOCUMENT record's comment: what the file is, how it was made, every decision.
    ``which``: the set's name in the title ("session 18"), what its sentences report (a
    ``SCOPE``) and its build folder (also used by the s18b build)."""
    title, scope, folder = which
    n, ab, follows = events["records"], events["a_b"], events["follows"]
    left = left_out_text(near) or "none"
    return (
        f"Held-out event gold for issue 14 item 2 ({title}, 2026-12-04): "
        f"{n} sentences quoted verbatim as published in real news reports dated "
        f"{events['dates'][0]} to {events['dates'][1]} (URL, publisher and date per record; date = "
        "the page's date or the date in its URL, or, where the page shows none, the day its text "
        "reports, as the collector's notes list), found with the search tool's pages corpus by "
        "the collecting engineer ('found_by' gives the query that returns each page); "
        f"{events['publishers']} publisher names, {events['pages']} pages, {scope}; "
        f"{events['final_types'].get('NONE', 0)} sentences with no codable event (NONE). None is "
        "in another file of tests/data/news: first 60 characters and URL (without scheme, 'www.' "
        "and trailing slash) checked by the collector and again by the build against every file "
        "there, and, from session 18, no sentence that another file holds in other words "
        "(difflib over lower-cased words: ratio, or the share of the sentence's words matched in "
        f"order, at least 0.9); left out for that: {left}. Annotation a is the collecting "
        "engineer's (events-a.json); the sentences went without labels (events-sentences.json) "
        "to an independent second annotator, another engineer who saw neither the a labels nor "
        "any coder output, whose labels are annotation b (events-b.json); b also checked every "
        "quotation on the cited page with the search tool's pages corpus ('quote_check'): all "
        f"word for word. Agreement a/b: event type {ab['type']}/{n} (Cohen's kappa "
        f"{ab['kappa']:.3f}, scikit-learn, NONE included), source sets {ab['source']}/{n}, "
        f"target sets {ab['target']}/{n}. The {events['adjudicated']} records where a and b "
        "differ in event type, source set or target set were adjudicated by a third engineer (a "
        "data engineer who annotated neither set and ran no event coder or evidence finder on "
        "these sentences; 'adjudication': final labels, follows a/b/neither, reason citing the "
        f"convention and development precedents; {follows.get('a', 0)} follow a, "
        f"{follows.get('b', 0)} follow b, {follows.get('neither', 0)} neither): "
        f"{decisions_text(records, decided)}. Conventions: PLOVER 2.0 manual (4 February 2024), "
        "its structured codebook and CAMEO2PLOVER-2021, the gold conventions of "
        "docs/event-coding.md; one event, of the governing verb; a meeting in one participant's "
        "country visitor -> host; an intended cooperative act AGREE; a recipient only where one "
        "is named in the sentence; armed groups and parties by their country. Figures and "
        f"build: {folder} (agreement.json, build.py, README.md). Held out: never trained or "
        "tuned on, no coder run on it; to be scored once, at the end of the session, by the lead."
    )


NEAR_RULE = (
    "difflib over lower-cased words: ratio or share of the new sentence's words matched in "
    f"order >= {hb.NEAR_DUPLICATE}, against every other file of tests/data/news"
)


def near_figures(near: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The near duplicates left out, for agreement.json."""
    return [
        {"id": rid, "closest": d["id"], "file": d["file"], "ratio": d["ratio"], "cover": d["cover"]}
        for rid, d in near.items()
    ]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(p for p in others if p.name not in CHECK_FILES | SIBLINGS)
    reasons = [
        *(d["reason"] for d in EVENTS_DECIDED.adjudications.values()),
        *EVENTS_DECIDED.modes_kept.values(),
        *(note for _, note in EVENTS_DECIDED.modes_taken.values()),
        *EVIDENCE_DECIDED.adjudications.values(),
    ]
    cited = hb.check_citations(reasons, development)

    a = [s17.with_annotation(r, "a") for r in hb.read_records(IN / "events-a.json")]
    b = [s17.with_annotation(r, "b") for r in hb.read_records(IN / "events-b.json")]
    near_events = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVENT_FIELDS) if p[0]["id"] not in near_events]
    build = hb.merge_events(pairs, EVENTS_DECIDED)
    events = build.summary()
    document = {
        "id": "ACCORD-HELDOUT-S18-DOC",
        "event": "DOCUMENT",
        "comment": document_comment(
            build.records,
            events,
            near_events,
            EVENTS_DECIDED,
            ("session 18", SCOPE, f"{OUT}/"),
        ),
        "license": "quotations for research (short citation); labels CC BY-SA 4.0",
    }
    hb.write_gold(EVENTS, hb.event_gold_text(document, build.records), build.records, others)

    a, b = hb.read_records(IN / "evidence-A.jsonl"), hb.read_records(IN / "evidence-B.jsonl")
    near_evidence = hb.near_duplicates(a, [*others, EVENTS])
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near_evidence]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, [*others, EVENTS])
    evidence = hb.evidence_summary(
        records, EVIDENCE_DECIDED, EVIDENCE, lambda s: [i.id for i in resolve(s).issues]
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": NEAR_RULE,
                "events": near_figures(near_events),
                "evidence": near_figures(near_evidence),
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
