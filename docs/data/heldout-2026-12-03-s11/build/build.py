"""Assemble the session-11 held-out pair from the collectors' (a / A) and the second
annotators' (b / B) files: adjudications, re-checked quotations, gold files, agreement.json.

Run from the repository root: ``python3 docs/data/heldout-2026-12-03-s11/build/build.py``
(inputs in /work/coord/s11/heldout/). It runs no coder and no evidence finder: it only copies
labels, applies the adjudicator's decisions below and computes agreement.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from sklearn.metrics import cohen_kappa_score

IN = Path("/work/coord/s11/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-03-s11/build")
EVENTS = NEWS / "news-heldout-s11.json"
EVIDENCE = NEWS / "evidence-heldout-s11.jsonl"
BY = (
    "adjudicating data engineer (third engineer), session 11 (2026-12-03), search tool pages corpus"
)

# --- events: where a and b differ in type, source set or target set -------------------------
EVENT_ADJ: dict[str, dict[str, Any]] = {
    "HO26L-009": dict(
        event="NONE",
        mode=None,
        source=[],
        target=[],
        follows="a",
        reason="the governing verb is 'joins ... as countries', a classification, not an act; the ban itself stands only in a relative clause of 'countries' ('that have outlawed the Muslim Brotherhood'), and a noun's clause reports content or background, no act (docs/event-coding.md: one event, of the governing verb; docs/validation-events.md, adopted rule `no_noun_clause`: 'a clause of a noun (acl) reports content or background, no act'), as HO26K-022 ('Unsmil has been active in Libya since 2011 ...': NONE, the fall of the Gaddafi regime only in a prepositional phrase); the ban is a main verb, and coded COERCE ban JOR -> JOR by both annotators, in HO26L-008",
    ),
    "HO26L-023": dict(
        event="SUPPORT",
        mode=None,
        source=["SYR"],
        target=[],
        follows="b",
        reason="signing a deal 'with' another party is a joint act: all signers are the actor and there is no recipient (docs/event-coding.md: 'Talks between X and Y' is a joint act with both as sources and no target, 'and so is a joint act of a compound whose would-be target is one of its own parties'; news-heldout-s10 DOC: 'joint signings and meetings without a host: all participants as actor, no recipient'), as HO26-029 (DR Congo and the M23 movement 'signed a new peace framework': SUPPORT COD, no recipient) and HO26H-011; the SDF (an armed group, by its country) and the Damascus government are both SYR",
    ),
    "HO26L-032": dict(
        event="COERCE",
        mode="restrict",
        source=["USA"],
        target=["COL"],
        follows="b",
        reason="a visa cancellation announced with no condition is the measure itself (docs/event-coding.md, session 10: 'a deployment or sanction announced for the future with no condition or warning in the sentence ... is the measure itself'), an administrative sanction, CAMEO 172 -> COERCE restrict (CAMEO2PLOVER-2021), as HO26B-031 ('The US is revoking the visa of ... Petro': COERCE restrict USA -> COL), the same act in a development file; a gave SANCTION with no mode",
    ),
    "HO26L-034": dict(
        event="ACCUSE",
        mode="allege",
        source=["SSD"],
        target=["SSD"],
        follows="b",
        reason="charges of treason brought by the justice authorities, with no arrest in the sentence, are a legal accusation: the PLOVER structured codebook lists 'charge with a crime' and 'criminally indict' under ACCUSE allege (CAMEO 1125, accuse of treason), as HO26K-027 ('The prosecutor claims Mr. Masra incited violence ...': ACCUSE allege); COERCE arrest is for an arrest or detention, as HO26I-013 ('were arrested by police ... and charged with ...': COERCE arrest, where the arrest governs)",
    ),
    "HO26L-041": dict(
        event="ACCUSE",
        mode="disapprove",
        source=["ARM"],
        target=[],
        follows="a",
        reason="'a dictatorial regime' is a description, not a name: the sentence names neither the government nor its country, so there is no recipient ('a recipient only where clear and named in the sentence', news-heldout-2026 DOC; 'none where no target is named', news-heldout-s7 DOC); unlike HO26J-022 ('the Algerian regime sponsors international terrorism': ACCUSE MLI -> DZA), where the regime's state is named; type, mode and source as both annotators",
    ),
    "HO26L-053": dict(
        event="COOPERATE",
        mode=None,
        source=["ERI"],
        target=["ETH"],
        follows="b",
        reason="the main verb reports a past act, Eritrean troops backing Ethiopian federal forces in a war: military cooperation, CAMEO 062 -> COOPERATE (material, not SUPPORT); a past act that is the sentence's main verb is coded, as HO26H-017 ('Seventeen years ago, ... Morales expelled the top U.S. diplomat ...': SANCTION expel BOL -> USA); 'relations have since soured' is a state, no act",
    ),
    "HO26L-058": dict(
        event="CONSULT",
        mode="visit",
        source=["IND"],
        target=["LKA"],
        follows="b",
        reason="a visit or hosted meeting is visitor -> host (docs/event-coding.md, meetings, PLOVER manual 2.4.2 and 3.2.2: 'Trump hosted Starmer': GBR -> USA), as HO26B-028 ('Trump personally welcomed Russian President Vladimir Putin to Alaska': CONSULT visit RUS -> USA); a coded the host as the actor",
    ),
    "HO26L-060": dict(
        event="COERCE",
        mode="restrict",
        source=["VEN"],
        target=[],
        follows="a",
        reason="revoking foreign airlines' flight concessions is an administrative sanction, CAMEO 172 -> COERCE restrict (CAMEO2PLOVER-2021: 'Impose administrative sanctions'), as HO26B-031 (revoking a visa: COERCE restrict) and HO26L-032 here; SANCTION discontinue is for cutting aid, trade or relations with a state (docs/event-coding.md: sanctions, tariffs or an embargo, 163), and no state is named as the airlines' (both annotators: no recipient)",
    ),
}
# mode-only differences (types, sources and targets equal): a's mode kept unless clearly wrong
MODE_ONLY = {
    "HO26L-007": "a's null kept (b 'yield'; CAMEO 1053 gives yield, but REQUEST without a mode is the usual coding of the event gold files of tests/data/news: 39 of 55 REQUEST records, so a's null is not wrong)",
    "HO26L-015": "a's 'ban' kept (b 'censor'; a three-month suspension of broadcasts is a ban on them; both modes fit)",
    "HO26L-025": "a's 'allege' kept (b 'disapprove'; the PLOVER structured codebook lists 'formally or informally accuse' under ACCUSE allege; both modes fit)",
    "HO26L-038": "a's null kept (b 'assist'; an extradition request, CAMEO 1013; REQUEST without a mode as above)",
    "HO26L-048": "a's null kept (b 'restrict'; an ultimatum with tariffs, CAMEO 1312; THREATEN without a mode is the usual coding of those files: 20 of 27 THREATEN records)",
    "HO26L-054": "a's null kept (b 'change'; a demand to crack down, CAMEO 1042; REQUEST without a mode as above)",
    "HO26L-056": "a's 'restrict' kept (b 'withhold'; an internet shutdown is a restriction of expression, CAMEO 1721 -> COERCE restrict; both modes fit)",
}
# mode-only differences where a's mode is clearly wrong: b's mode taken
MODE_FIX = {
    "HO26L-004": (
        "firearms",
        "a's 'crowd-control' is clearly wrong: police opening fire on protesters and killing at least 17 is the use of firearms to attack ('Use firearms ... to attack someone', PLOVER structured codebook, ASSAULT firearms), not crowd-control weapons ('tear gas, water cannons, firing weapons in the air, lathi charges'), as HO26G-016 codes crowd-control for tear gas and rubber bullets; b's 'firearms' taken",
    ),
}
# quotations b marked 'not found': the collector's query re-run, cited page found with the sentence
EVENT_RECHECK = [
    "HO26L-005",
    "HO26L-007",
    "HO26L-008",
    "HO26L-010",
    "HO26L-014",
    "HO26L-015",
    "HO26L-016",
    "HO26L-018",
    "HO26L-020",
    "HO26L-025",
    "HO26L-026",
    "HO26L-027",
    "HO26L-028",
    "HO26L-031",
    "HO26L-032",
    "HO26L-033",
    "HO26L-038",
    "HO26L-039",
    "HO26L-041",
    "HO26L-043",
    "HO26L-045",
    "HO26L-049",
    "HO26L-050",
    "HO26L-051",
    "HO26L-052",
    "HO26L-054",
    "HO26L-055",
]

# --- evidence: where A's and B's stance sets differ ------------------------------------------
EVIDENCE_ADJ: dict[str, str] = {
    "EVH12-007": "follows B (third engineer, session 11): Zelenskyy, named, supports a rare-earths partnership with the US, an agreement rather than none: minerals_deal high, as EVH11-012 and EVH-009 (being for the deal: high); that it 'could be part of an agreement on ... security guarantees' is a possibility, not the 30 point's condition ('agreement only in exchange for binding US security guarantees'), and states that Ukraine wants US guarantees with the deal: UKR security_guarantees high, as EVH3-020 (Zelenskiy wants US and European security guarantees tied to any deal on the minerals: UKR security_guarantees high)",
    "EVH12-008": "follows B (third engineer, session 11): 'the draft' is given only by the context (the sentence names no issue: no minerals, deal or agreement), and 'the president' is not named: no stance, as EV-048 ('that suggestion' given only in the previous sentence: no stance) and EVH6-017 ('the minister' not named: no stance); the gold is sentence-level (docs/event-coding.md, gold conventions for stance evidence)",
    "EVH12-009": "follows B (third engineer, session 11): Waltz (US National Security Advisor, named) expresses confidence that Zelensky will sign a mineral deal with Washington: both parties are for the deal, as EVH-009 ('Trump has said ... Zelenskyy will visit Washington on Friday to sign a mineral deal': USA and UKR minerals_deal high) and EVH9-016 (both parties to an almost completed agreement: high)",
    "EVH12-029": "follows B (third engineer, session 11): the ceasefire Ukraine is ready to observe is 'US-proposed': the proposal's author, named in the sentence, holds it, as EVH2-040 ('Under the Franco-British proposal ...': FRA and GBR, the authors named only as an attribute of the proposal) and EVH11-006 (the US proposal of an immediate 30-day ceasefire, accepted by Ukraine: UKR and USA ceasefire high); UKR ceasefire high (both annotators)",
    "EVH12-046": "follows B (third engineer, session 11): the withdrawal timetable is the content of a joint statement of the US and Afghan governments, both named: the co-authors of a joint text hold its content, as EVH2-040 (the authors of a proposal named in the sentence), EVH11-020 (a joint commitment of two named states) and EVH4-058 / EVH9-060 (both parties to the agreement hold us_withdrawal high, though only the US withdraws); all troops out within 14 months if the Taliban keep their commitments is the 75 point, high (both annotators for USA)",
    "EVH12-048": "follows B (third engineer, session 11): the complete pullout depends on the Taliban meeting their commitments to prevent terrorism: the Taliban's commitment (TAL counterterrorism high) and the US's condition on it (USA counterterrorism high) besides the US withdrawal in 14 months (USA us_withdrawal high, both annotators), as EV-057 ('The condition-based withdrawal will depend on the Taliban upholding their promise to cut ties with ...': TAL and USA counterterrorism high, USA us_withdrawal high) and EVH9-053",
    "EVH12-049": "follows B (third engineer, session 11): Ghani rejecting a prisoner exchange as a prerequisite for talks bears on the talks but states no end of the intra_afghan_talks scale, as EVH11-048 (adjudicated in session 10: 'The Taliban demand for the release of its prisoners ... cannot be a precondition to direct talks ..., Ghani told': no stance) and EVH7-048; A's note cites EVH11-048 for the high reading, but that record's gold is no stance",
    "EVH12-055": "follows B (third engineer, session 11): Shaheen, named, speaks for his own side ('We have signed the agreement with the American side that they shall withdraw ... within 14 months'): both signatories hold the withdrawal, TAL and USA us_withdrawal high, as EVH9-060 (adjudicated: both named signatories hold us_withdrawal high) and EVH-083 (Shaheen: 'according to the agreement, all foreign forces will leave': TAL us_withdrawal high); TAL counterterrorism high (both annotators)",
    "EVH12-056": "follows B (third engineer, session 11): Shaheen, named, makes talks with Kabul wait for a deal with the US 'on the departure of its forces': the Taliban seek the foreign forces' departure, TAL us_withdrawal high, as EVH8-057 ('Fulfillment of an agreement for the Taliban leader ... would mean the withdrawal of all foreign troops': TAL us_withdrawal high) and EVH4-058; no talks until then: TAL intra_afghan_talks low (both annotators), as EVH9-048",
    "EVH12-058": "follows B (third engineer, session 11): Shaheen, named, says a ceasefire will be possible only when all foreign forces leave: the Taliban's demand that all foreign forces leave, TAL us_withdrawal high, as EVH8-057 and EVH-083 (all foreign forces to leave: TAL us_withdrawal high) and EVH12-056 here; TAL intra_afghan_talks high (both annotators)",
}
# quotations B marked not_found or close (another URL): the collector's query re-run
EVIDENCE_RECHECK = [
    "EVH12-010",
    "EVH12-011",
    "EVH12-024",
    "EVH12-027",
    "EVH12-028",
    "EVH12-035",
    "EVH12-047",
    "EVH12-048",
]
TEXT_FIX: dict[
    str, tuple[str, str]
] = {}  # none: every re-checked text is the page's, character for character
DROPPED: list[str] = []


def labels(item: dict[str, Any]) -> tuple[str, frozenset[str], frozenset[str]]:
    return item["event"], frozenset(item["source"]), frozenset(item["target"])


def event_agreement(x: list[Any], y: list[Any]) -> dict[str, Any]:
    return {
        "type": sum(p[0] == q[0] for p, q in zip(x, y, strict=True)),
        "kappa": round(float(cohen_kappa_score([p[0] for p in x], [q[0] for q in y])), 3),
        "source": sum(p[1] == q[1] for p, q in zip(x, y, strict=True)),
        "target": sum(p[2] == q[2] for p, q in zip(x, y, strict=True)),
    }


def query_of(found_by: str) -> str:
    return found_by.split("query: ", 1)[1]


def build_events() -> dict[str, Any]:
    a = json.loads((IN / "events-a.json").read_text(encoding="utf-8"))
    b = {r["id"]: r for r in json.loads((IN / "events-b.json").read_text(encoding="utf-8"))}
    records, la, lb, lg = [], [], [], []
    mode_only_seen = []
    for ra in a:
        rb = b[ra["id"]]
        assert (ra["text"], ra["url"], ra["date"], ra["publisher"], ra["found_by"]) == (
            rb["text"],
            rb["url"],
            rb["date"],
            rb["publisher"],
            rb["found_by"],
        )
        ann_a, ann_b = ra["annotations"]["a"], rb["annotations"]["b"]
        adj = EVENT_ADJ.get(ra["id"])
        if labels(ann_a) != labels(ann_b):
            assert adj is not None, ra["id"]
            final = dict(adj)
            check = {"a": ann_a, "b": ann_b}.get(adj["follows"])
            assert check is None or labels(check) == labels(adj), ra["id"]
        else:
            assert adj is None, ra["id"]
            final = dict(ann_a)  # a's mode where the types agree, unless clearly wrong
            if ann_a["mode"] != ann_b["mode"]:
                mode_only_seen.append(ra["id"])
                if ra["id"] in MODE_FIX:
                    assert MODE_FIX[ra["id"]][0] == ann_b["mode"], ra["id"]
                    final["mode"] = ann_b["mode"]
                else:
                    assert ra["id"] in MODE_ONLY, ra["id"]
        qc = dict(rb["quote_check"])
        if ra["id"] in EVENT_RECHECK:
            assert qc["status"] == "not found", ra["id"]
            qc = {
                "status": "verbatim",
                "url_checked": ra["url"],
                "differences": (
                    "none; the second annotator's check had 'not found' (cited page not among"
                    " the results of one or two searches); the adjudicator re-ran the collector's"
                    f" recorded query (pages corpus, query: {query_of(ra['found_by'])}) and the cited"
                    " page came back with the sentence word for word in its excerpt (compared"
                    " character by character); URL unchanged"
                ),
                "by": BY,
            }
        assert qc["status"] == "verbatim" and qc["url_checked"] == ra["url"], ra["id"]
        rec: dict[str, Any] = {
            "id": ra["id"],
            "text": ra["text"],
            "date": ra["date"],
            "url": ra["url"],
            "publisher": ra["publisher"],
            "found_by": ra["found_by"],
            "split": "heldout",
            "event": final["event"],
            "mode": final["mode"],
            "source": [{"code": c} for c in final["source"]],
            "target": [{"code": c} for c in final["target"]],
            "annotations": {"a": ann_a, "b": ann_b},
        }
        if adj is not None:
            rec["adjudication"] = {
                k: adj[k] for k in ("event", "mode", "source", "target", "follows", "reason")
            }
        if ra["id"] in MODE_FIX:
            rec["mode_note"] = MODE_FIX[ra["id"]][1]
        rec["quote_check"] = qc
        records.append(rec)
        la.append(labels(ann_a))
        lb.append(labels(ann_b))
        lg.append(
            labels({"event": final["event"], "source": final["source"], "target": final["target"]})
        )
    assert sorted(mode_only_seen) == sorted([*MODE_ONLY, *MODE_FIX]), mode_only_seen
    follows = Counter(EVENT_ADJ[i]["follows"] for i in EVENT_ADJ)
    ab, ag, bg = event_agreement(la, lb), event_agreement(la, lg), event_agreement(lb, lg)
    doc = {
        "id": "ACCORD-HELDOUT-S11-DOC",
        "event": "DOCUMENT",
        "comment": document_comment(records, ab, follows),
        "license": "quotations for research (short citation); labels CC BY-SA 4.0",
    }
    EVENTS.write_text(
        json.dumps([doc, *records], ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    all_three = sum(x == y for x, y in zip(la, lb, strict=True))
    modes = sum(
        (ra["annotations"]["a"]["event"], ra["annotations"]["a"]["mode"])
        == (b[ra["id"]]["annotations"]["b"]["event"], b[ra["id"]]["annotations"]["b"]["mode"])
        for ra in a
    )
    return {
        "records": len(records),
        "a_b": ab,
        "a_gold": ag,
        "b_gold": bg,
        "type_source_target_all_agree": all_three,
        "type_and_mode_agree": modes,
        "adjudicated": len(EVENT_ADJ),
        "adjudicated_ids": sorted(EVENT_ADJ),
        "follows": dict(sorted(follows.items())),
        "mode_only_differences_kept_a": MODE_ONLY,
        "mode_only_differences_b_taken": {i: v[1] for i, v in MODE_FIX.items()},
        "quote_check_b": dict(Counter(b[r["id"]]["quote_check"]["status"] for r in a)),
        "not_found_rechecked_kept": EVENT_RECHECK,
        "dropped": 0,
        "final_none": sum(r["event"] == "NONE" for r in records),
        "final_types": dict(Counter(r["event"] for r in records).most_common()),
        "kappa_method": "sklearn.metrics.cohen_kappa_score over the 60 event type labels, NONE included",
    }


def document_comment(
    records: list[dict[str, Any]], ab: dict[str, Any], follows: Counter[str]
) -> str:
    dates = sorted(r["date"] for r in records)
    publishers = len({r["publisher"] for r in records})
    pages = len({r["url"] for r in records})
    adj = "; ".join(
        f"{i} ({next(r['publisher'] for r in records if r['id'] == i)}; follows {v['follows']}: "
        f"{v['event']}{' ' + v['mode'] if v['mode'] else ''}, source {'+'.join(v['source']) or 'none'}, "
        f"target {'+'.join(v['target']) or 'none'}: {v['reason']})"
        for i, v in EVENT_ADJ.items()
    )
    kept = "; ".join(f"{i}: {v}" for i, v in MODE_ONLY.items())
    fixed = "; ".join(f"{i}: {v[1]}" for i, v in MODE_FIX.items())
    n = len(records)
    return (
        "Held-out event gold for issue 14 item 2 (session 11, 2026-12-03): "
        f"{n} sentences quoted verbatim as published in real news reports dated {dates[0]} to "
        f"{dates[-1]} (URL, publisher and date per record; date = the page's date or the date in its URL, or "
        "where the page shows none, the day its text reports, approximate to a day or two: HO26L-003, "
        "-006, -007, -010, -011, -016, -020, -025 (page dated only May 2025), -031, -035, -037, -038, -039 "
        "and -047), found with the search tool's pages corpus by the collecting engineer ('found_by' "
        f"gives the query that returns each page); {publishers} publisher names, {pages} pages; funding "
        "halts and expulsions, bans on parties, media and the internet, arrests and charges, police "
        "fire and tear gas, accusations and denunciations, requests and ultimatums, protests and "
        "strikes, resignations and withdrawn bills, visits, signings and ceasefires across Europe "
        "(Bulgaria, Moldova and Russia, Armenia, Greece, Spain and Israel), Africa (Togo and France, "
        "Mali, Guinea-Bissau with the AU and ECOWAS, South Sudan, Niger and France, Uganda, Ethiopia "
        "and Eritrea), the Middle East (Jordan, Syria, Yemen, Iraq), Asia (Nepal, Kyrgyzstan and "
        "Tajikistan, Bangladesh and India, Thailand and Cambodia, Pakistan and Afghanistan, Sri Lanka "
        "and India), the Americas (Bolivia, Honduras, Colombia and the US, Canada and the US, Ecuador "
        "and the US, Argentina, Venezuela) and the Pacific (New Zealand and the Cook Islands, Solomon "
        f"Islands, Samoa); {sum(r['event'] == 'NONE' for r in records)} sentences with no codable event "
        "(NONE). None is in another file of tests/data/news (first 60 characters and URL: checked by "
        "the collector, and again by the adjudicator against every file there). Annotation a is the "
        "collecting engineer's (events-a.json); the sentences went without labels "
        "(events-sentences.json) to an independent second annotator, another engineer who saw neither "
        "the a labels nor any coder output, whose labels are annotation b (events-b.json); b also "
        "checked every quotation against the cited page with the search tool's pages corpus "
        f"('quote_check'): {n - len(EVENT_RECHECK)} word for word, {len(EVENT_RECHECK)} not found (cited "
        "page not among the results); the adjudicator re-ran the collector's query for each of the "
        f"{len(EVENT_RECHECK)} and found the cited page with the sentence word for word in its excerpt, "
        f"so none was dropped. Agreement a/b over all {n} records: event type "
        f"{ab['type']}/{n} (Cohen's kappa {ab['kappa']:.3f}, scikit-learn, NONE included), source sets "
        f"{ab['source']}/{n}, target sets {ab['target']}/{n}. The {len(EVENT_ADJ)} records where a and b "
        "differ in event type, source set or target set were adjudicated by a third engineer (a data "
        "engineer who annotated neither set and ran no event coder or evidence finder on these "
        "sentences; 'adjudication': final labels, follows a/b/neither, reason citing the convention and "
        f"a precedent; {follows['a']} follow a, {follows['b']} follow b, {follows['neither']} neither): "
        f"{adj}. Elsewhere the final labels are the shared ones, with a's mode where the types agree, "
        f"kept where it is not clearly wrong ({kept}) and replaced by b's in one record, whose "
        f"'mode_note' says why ({fixed}). Conventions: PLOVER 2.0 manual (4 February 2024), its "
        "structured codebook and CAMEO2PLOVER-2021, the gold conventions of docs/event-coding.md; one "
        "event, of the governing verb (an act only in a noun's relative clause is background); a past "
        "act that is the main verb is coded; a recipient only where clear and named in the sentence "
        "(none where no target is named: unnamed protesters, detainees, a 'regime' whose state the "
        "sentence does not name); a reported act coded for its content; legal charges ACCUSE allege, "
        "an arrest COERCE arrest; visa and licence revocations COERCE restrict; a visit or hosted "
        "meeting visitor -> host; joint signings: all signers as actor, no recipient; non-state armed "
        "groups by their country; intergovernmental organisations IGO. Figures and build: "
        "docs/data/heldout-2026-12-03-s11/build/ (agreement.json, build.py). Held out: never trained "
        "or tuned on, no coder run on it; to be scored once, at the end of the session, by the lead."
    )


def stance_set(label: dict[str, Any]) -> set[tuple[str, str, str | None]]:
    keys = set()
    if label.get("actor"):
        keys.add((label["actor"], label["issue"], label["direction"]))
    for extra in label.get("also") or []:
        if extra.get("actor"):
            keys.add((extra["actor"], extra["issue"], extra.get("direction")))
    return keys


def stance_list(label: dict[str, Any]) -> list[dict[str, Any]]:
    """The annotator's stances in their order: the first label, then its ``also`` list."""
    out = []
    for item in [label, *(label.get("also") or [])]:
        if item.get("actor"):
            out.append(
                {"actor": item["actor"], "issue": item["issue"], "direction": item.get("direction")}
            )
    return out


def build_evidence() -> dict[str, Any]:
    from accord.scenario.catalogue import resolve

    a = [
        json.loads(line)
        for line in (IN / "evidence-A.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    b = {
        r["id"]: r
        for r in (
            json.loads(line)
            for line in (IN / "evidence-B.jsonl").read_text(encoding="utf-8").splitlines()
            if line
        )
    }
    out, exact, pairs_a, pairs_b = [], 0, [], []
    for ra in a:
        rb = b[ra["id"]]
        for key in ("scenario", "text", "url", "publisher", "date", "date_basis", "found_by"):
            assert ra[key] == rb[key], (ra["id"], key)
        label_a, label_b = ra["annotations"]["A"], rb["annotations"]["B"]
        sa, sb = stance_set(label_a), stance_set(label_b)
        rec: dict[str, Any] = {
            k: ra[k] for k in ("id", "scenario", "text", "url", "publisher", "date", "date_basis")
        }
        if ra["id"] in TEXT_FIX:
            old, new = TEXT_FIX[ra["id"]]
            assert old in rec["text"], ra["id"]
            rec["text"] = rec["text"].replace(old, new)
        if sa == sb:
            exact += 1
            assert ra["id"] not in EVIDENCE_ADJ, ra["id"]
            rec["stances"] = stance_list(label_a)
        else:
            decision = EVIDENCE_ADJ[ra["id"]]
            rec["stances"] = stance_list(label_a if decision.startswith("follows A") else label_b)
        rec["annotations"] = {"A": label_a, "B": label_b}
        if ra["id"] in EVIDENCE_ADJ:
            rec["adjudication"] = EVIDENCE_ADJ[ra["id"]]
        qc = dict(rb["quote_check"])
        if ra["id"] in EVIDENCE_RECHECK:
            assert qc["status"] != "verbatim", ra["id"]
            qc = {
                "status": "verbatim",
                "url_checked": ra["url"],
                "differences": (
                    f"none; the second annotator's check had '{qc['status'].replace('_', ' ')}'"
                    f" ({qc['differences']}); the adjudicator re-ran the collector's recorded query"
                    f" (pages corpus, query: {query_of(ra['found_by'])}) and the cited page came back"
                    " with the sentence word for word in its excerpt (compared character by character);"
                    " URL unchanged"
                ),
                "by": BY,
            }
        assert qc["status"] == "verbatim" and qc["url_checked"] == ra["url"], ra["id"]
        rec["quote_check"] = qc
        out.append(rec)
        for issue in resolve(ra["scenario"]).issues:
            for s, acc in ((sa, pairs_a), (sb, pairs_b)):
                dirs = sorted({d or "none" for (_, i, d) in s if i == issue.id})
                acc.append("+".join(dirs) if dirs else "none")
    EVIDENCE.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
    )

    from accord.news.evidence_gold import annotator_agreement, load_evidence_gold

    records = load_evidence_gold(EVIDENCE)[0]
    module = [
        {"field": x.field, "n": x.n, "percent": x.percent, "kappa": x.kappa}
        for x in annotator_agreement(records)
    ]
    follows = Counter(v.split()[1] for v in EVIDENCE_ADJ.values())
    return {
        "records": len(a),
        "records_kept": len(out),
        "per_scenario": dict(sorted(Counter(r["scenario"] for r in out).items())),
        "final_no_stance": sum(not r["stances"] for r in out),
        "final_stances": sum(len(r["stances"]) for r in out),
        "no_stance_A": sum(not stance_set(r["annotations"]["A"]) for r in a),
        "no_stance_B": sum(not stance_set(b[r["id"]]["annotations"]["B"]) for r in a),
        "exact_stance_set_agree": exact,
        "sentence_issue_pairs": len(pairs_a),
        "sentence_issue_label_agree": sum(x == y for x, y in zip(pairs_a, pairs_b, strict=True)),
        "sentence_issue_kappa": round(float(cohen_kappa_score(pairs_a, pairs_b)), 3),
        "sentence_issue_method": "one label per (sentence, issue of the sentence's scenario): the direction(s) of the annotator's stances on that issue, any actor ('high+low' where two actors point different ways), else 'none'; sklearn.metrics.cohen_kappa_score",
        "adjudicated": len(EVIDENCE_ADJ),
        "adjudicated_ids": sorted(EVIDENCE_ADJ),
        "follows": dict(sorted(follows.items())),
        "quote_check_b": dict(Counter(b[r["id"]]["quote_check"]["status"] for r in a)),
        "not_found_rechecked_kept": EVIDENCE_RECHECK,
        "not_found_dropped": DROPPED,
        "dropped": len(DROPPED),
        "text_corrected_to_page": sorted(TEXT_FIX),
        "date_basis": dict(Counter(r["date_basis"] for r in out)),
        "annotator_agreement_module": module,
    }


def main() -> None:
    result = {
        "built": "2026-12-03, session 11, adjudicating data engineer (third engineer)",
        "events": build_events(),
        "evidence": build_evidence(),
    }
    (OUT / "agreement.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
