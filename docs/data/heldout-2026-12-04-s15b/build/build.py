"""Assemble the session-15 second held-out event set (HO26U, news-heldout-s15b.json) from the
collector's (a) and the second annotator's (b) files: adjudications, mode rulings, the gold
file and agreement.json.

Run from the repository root: ``python3 docs/data/heldout-2026-12-04-s15b/build/build.py``
(inputs in /work/coord/s15/heldout/: events2-a.json, events2-b.json). It runs no coder and no
evidence finder: it only copies labels, applies the adjudicator's decisions below, checks that
every record cited as a precedent is a development record (none of the session-15 CHECK files
news-heldout-s14.json / -s14b.json) and computes agreement (scikit-learn's Cohen's kappa).
"""

# The adjudication reasons are data, one string each:
# ruff: noqa: E501
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

IN = Path("/work/coord/s15/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s15b/build")
EVENTS = NEWS / "news-heldout-s15b.json"
# this session's CHECK files: nobody reads their records, so no reason may cite one
CHECK_FILES = ("news-heldout-s14.json", "news-heldout-s14b.json")
BY = (
    "adjudicating data engineer (third engineer, s15-adj2), session 15 (2026-12-04),"
    " search tool pages corpus"
)

# --- where a and b differ in type, source set or target set ---------------------------------
EVENT_ADJ: dict[str, dict[str, Any]] = {
    "HO26U-005": dict(
        event="NONE",
        mode=None,
        source=[],
        target=[],
        follows="a",
        reason="the governing act is the two sides' issuing of casualty reports, and every clause of their content is agentless ('were killed', 'neutralized', 'perished'): no attacker is the subject of a violent verb; a report of casualty figures whose content names no attacker is NONE, as HO26B-027 (a report that negotiators were among those hit in a strike: NONE, adjudicated: 'a PLOVER event needs an actor') and HO26E-028 (a death toll given according to a junta: NONE); b's coding, each side both actor and recipient of one ASSAULT, has no development precedent (no ASSAULT record of the development event files codes two parties each as both actor and recipient); where a side's own forces are named as the killers the gold codes the claim for its content (HO26U-026 here, both annotators; ACCORD-REAL-017, a ministry claiming its forces shot down drones: ASSAULT), so this is a close call, which b's own note ('could be NONE') also marks",
    ),
    "HO26U-007": dict(
        event="REJECT",
        mode=None,
        source=["BGD"],
        target=[],
        follows="a",
        reason="opposing another party's decision is coded REJECT in the development gold: HO26Q-018 (a state rejected a neighbour's decision to suspend a treaty: REJECT PAK -> IND), HO26P-012 (a politician rejected a verdict: REJECT BIH, none), HO26Q-058 (a government's 'firm stance against' a plan: REJECT EGY -> USA) and HO26O-015 (the banned party itself rejected the legitimacy of the same ban, May 2025: REJECT BGD -> BGD); ACCUSE disapprove is for criticism or condemnation (CAMEO 111), which the sentence does not report; no author of the ban is named in the sentence: no recipient, as both annotators; source BGD (a Bangladeshi party) as both",
    ),
    "HO26U-015": dict(
        event="REJECT",
        mode=None,
        source=["CMR"],
        target=["CMR"],
        follows="b",
        reason="the participle clause names whom the rejection answers ('accusing authorities'), and the development gold takes the accused of such a clause as the recipient: HO26-003 (the Taliban 'rejected these claims, accusing Pakistan of ...': REJECT AFG -> PAK); 'the authorities' an opposition figure accuses are his own state, coded by its country, not an unnamed party: HO26L-025 (a coalition 'accused the authorities of ...': ACCUSE MLI -> MLI), HO26H-015 (the same opposition leader accused the government: ACCUSE CMR -> CMR) and HO26G-003 (a bloc criticized the government: ACCUSE LBN -> LBN); type and source (CMR) as both annotators",
    ),
    "HO26U-017": dict(
        event="COERCE",
        mode="restrict",
        source=["AFG"],
        target=[],
        follows="b",
        reason="a nationwide restriction with no named person or organisation as its object takes no recipient in the development gold: HO26L-056 (a government blocked internet access before an election: COERCE restrict UGA, none; the precedent both annotators cite), HO26L-027 (a junta suspended all political activities nationwide: COERCE ban MLI, none), HO26G-005 (officers suspended the electoral process and closed the borders: COERCE restrict GNB, none) and HO26K-034 (a ban on rallies: COERCE ban CIV, none); 'the actor's own state as recipient' is for a named domestic target, 'none where no target is named' (news-heldout-s7 DOC; the rules coder's domestic fallback in docs/event-coding.md is a coder rule, and the gold's nationwide restrictions above have none); the country named in the main clause is where the shutdown falls, not a party acted upon; type, mode and source (the Taliban government: AFG) as both annotators",
    ),
    "HO26U-047": dict(
        event="AGREE",
        mode=None,
        source=["MAR"],
        target=[],
        follows="a",
        reason="the protesters a government offers to engage with are unnamed: no recipient ('none where no target is named', news-heldout-s7 DOC), as HO26Q-053 (ministers met with journalists who had asked to meet government officials: CONSULT MDV, none), HO26F-048 (a government's reforms to meet the protesters' demands: CONCEDE MAR, none) and HO26I-045 (a government's request to unnamed civic groups: REQUEST KOR, none, adjudicated); b's MAR would make the unnamed protesters the state's own recipient, which the gold gives only to a named domestic target ('a domestic protest, arrest or attack on a named domestic target: the actor's own state as recipient, none where no target is named', news-heldout-s7 DOC); the coordinated warning of the Interior Ministry is a second clause, not coded (one event, the first of coordinated clauses); type and source as both annotators",
    ),
    "HO26U-052": dict(
        event="CONCEDE",
        mode=None,
        source=["SYR"],
        target=["SYR"],
        follows="a",
        reason="'a ceasefire or withdrawal announced or declared but not yet in force is CONCEDE (manual 3.4, 3.4.2, 3.7.2); one in force is RETREAT ceasefire / withdraw' (docs/event-coding.md, gold conventions): the sentence reports the announcement of a halt ('has announced an ... immediate and complete halt') and says nothing of it in force, as HO26K-021 (a ministry 'has announced a ceasefire': CONCEDE LBY, adjudicated, the same reading) and ACCORD-2025-052 ('announced a three-day ceasefire': CONCEDE RUS, relabelled from RETREAT by that convention); 'immediate' is what was announced, not a report that it took effect; CONCEDE has no modes (manual 3.4.3); source and recipient (the Druze minority, Syrian: SYR) as both annotators; b's note names CONCEDE as its own alternative",
    ),
}
# mode-only differences (types, sources and targets equal): a's mode kept unless clearly wrong
MODE_ONLY = {
    "HO26U-011": "a's 'disapprove' kept (b 'allege'; CAMEO2PLOVER-2021 maps 112, 'Accuse', to ACCUSE disapprove, and the development gold codes 'blamed' and 'to blame' ACCUSE disapprove in six of its eight records, among them HO26P-002 and HO26N-043, allege in one (HO26I-039) and without a mode in one; a's mode is not wrong)",
    "HO26U-018": "a's 'disapprove' kept (b 'allege'; faulting another state for not keeping an agreement is a criticism, CAMEO 111 'Criticize or denounce' -> ACCUSE disapprove in CAMEO2PLOVER-2021, the commonest ACCUSE mode of the development event files: 97 of 153 ACCUSE records; a's mode is not wrong)",
    "HO26U-033": "a's 'disapprove' kept (b 'allege'; asserting that the other state destroyed the drone is an accusation, CAMEO 112 -> ACCUSE disapprove in CAMEO2PLOVER-2021; the development gold codes the same drone story both ways: HO26B-037, the Sahel alliance blamed Algeria for the drone's downing, disapprove, and HO26J-022, Mali's prime minister asserted that the Algerian regime sponsors terrorism, allege; so a's mode is not wrong)",
    "HO26U-054": "a's null kept (b 'violence'; a threat of increased attacks is THREATEN `violence` in the manual's reading, the more specific mode, but THREATEN without a mode is the usual coding of the development event files, 26 of 34 THREATEN records, so a's null is less specific, not wrong)",
}
# mode-only differences where a's mode is clearly wrong: b's mode taken, with the note kept in the
# record's `mode_note`
MODE_FIX: dict[str, tuple[str, str]] = {
    "HO26U-001": (
        "drone",
        "b's mode 'drone' taken over a's 'aerial': the development gold codes every RSF drone strike that carries a mode ASSAULT `drone`, among them the strikes on the same Port Sudan airport and seaport in May 2025 (HO26D-024), and HO26E-016, HO26F-001, HO26H-036 and HO26J-050 (adjudicated), and keeps `aerial` for strikes by aircraft (HO26-002, HO26B-003, HO26C-017, HO26G-058: airstrikes and warplanes); 'aerial' for a drone attack is clearly wrong in the gold's scheme, so b's mode is taken; type, source and target as both annotators",
    ),
    "HO26U-028": (
        "drone",
        "b's mode 'drone' taken over a's 'aerial', for the reason given at HO26U-001 (the same RSF drone campaign on Port Sudan, May 2025): the development gold codes RSF drone strikes ASSAULT `drone` (HO26D-024, HO26H-036, HO26J-050) and `aerial` only for strikes by aircraft (HO26-002, HO26B-003)",
    ),
    "HO26U-034": (
        "discontinue",
        "b's mode 'discontinue' taken over a's 'withdraw': the development gold codes this very act, Iran's law suspending its cooperation with the IAEA, SANCTION `discontinue` twice (HO26B-058, the president signing it, and HO26D-017, parliament passing it), and keeps `withdraw` for diplomats recalled and talks or programmes left (HO26G-033, HO26F-022, HO26J-029; CAMEO 161 and 164 -> SANCTION withdraw in CAMEO2PLOVER-2021); a third coding of the same law with another mode is clearly inconsistent, so b's mode is taken; type, source and target (the IAEA: IGO) as both annotators",
    ),
}
# quotations b marked 'not found' (none in this set: b found all 60 word for word on the cited
# page); the collector's query would be re-run once for each, as in session 12's build
EVENT_RECHECK: dict[str, tuple[int, str]] = {}
TEXT_FIX: dict[str, tuple[str, str]] = {}  # none: b confirmed every text on its page
DROPPED: list[str] = []
CITED = re.compile(r"\b(?:HO26[A-Z]?-\d{3}|ACCORD-[A-Z0-9]+-\d{3})\b")
# records of this set that a reason mentions (not precedents: they are checked to be of this set)
OWN = re.compile(r"\bHO26U-\d{3}\b")


def labels(item: dict[str, Any]) -> tuple[str, frozenset[str], frozenset[str]]:
    return item["event"], frozenset(item["source"]), frozenset(item["target"])


def event_agreement(x: list[Any], y: list[Any]) -> dict[str, Any]:
    from sklearn.metrics import cohen_kappa_score

    return {
        "type": sum(p[0] == q[0] for p, q in zip(x, y, strict=True)),
        "kappa": round(float(cohen_kappa_score([p[0] for p in x], [q[0] for q in y])), 3),
        "source": sum(p[1] == q[1] for p, q in zip(x, y, strict=True)),
        "target": sum(p[2] == q[2] for p, q in zip(x, y, strict=True)),
    }


def query_of(found_by: str) -> str:
    return found_by.split("query: ", 1)[1]


def recheck(ra: dict[str, Any], qc: dict[str, Any]) -> dict[str, Any]:
    rank, note = EVENT_RECHECK[ra["id"]]
    b_note = f"; b's note: {qc['differences']}" if qc.get("differences") else ""
    return {
        "status": "verbatim",
        "url_checked": ra["url"],
        "differences": (
            "none; the second annotator's check had 'not found' (cited page not among the"
            " results of its searches); the adjudicator re-ran the collector's recorded query"
            f" once (pages corpus, query: {query_of(ra['found_by'])}) and the cited page came"
            f" back (result {rank} of 8) with the sentence word for word in its excerpt"
            " (compared character by character, quote marks, apostrophes, dashes and accents"
            " included); URL and text unchanged" + (f"; {note}" if note else "") + b_note
        ),
        "by": BY,
    }


def development_ids() -> dict[str, str]:
    """Record id -> file name for every event gold file of tests/data/news but the CHECK files."""
    ids: dict[str, str] = {}
    for path in sorted(NEWS.glob("*.json")):
        if path == EVENTS or "snapshot" in path.name:
            continue
        rows = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(rows, dict):
            rows = rows.get("events", [])
        for row in rows:
            if isinstance(row, dict) and "id" in row:
                ids[row["id"]] = path.name
    return ids


def check_citations() -> list[str]:
    """Every record id an adjudication or a mode note cites is a development record, none of
    a CHECK file (news-heldout-s14*.json); returns the ids cited. A reason may also mention a
    record of this set (HO26U-...), which is no precedent and must be one of its own ids."""
    ids = development_ids()
    texts = (
        [v["reason"] for v in EVENT_ADJ.values()]
        + list(MODE_ONLY.values())
        + [v[1] for v in MODE_FIX.values()]
    )
    found = {m for t in texts for m in CITED.findall(t)}
    own = {m for m in found if OWN.fullmatch(m)}
    assert own <= {f"HO26U-{i:03d}" for i in range(1, 61)}, own
    cited = sorted(found - own)
    for rid in cited:
        assert rid in ids, rid
        assert ids[rid] not in CHECK_FILES, (rid, ids[rid])
    return cited


def build_events() -> dict[str, Any]:
    a = json.loads((IN / "events2-a.json").read_text(encoding="utf-8"))
    b = {r["id"]: r for r in json.loads((IN / "events2-b.json").read_text(encoding="utf-8"))}
    assert sorted(b) == sorted(r["id"] for r in a)
    cited = check_citations()
    records, la, lb, lg = [], [], [], []
    mode_only_seen = []
    for ra in a:
        rb = b[ra["id"]]
        for key in ("text", "url", "date", "publisher", "found_by"):
            assert ra[key] == rb[key], (ra["id"], key)
        ann_a, ann_b = ra["annotations"]["a"], rb["annotations"]["b"]
        adj = EVENT_ADJ.get(ra["id"])
        if labels(ann_a) != labels(ann_b):
            assert adj is not None, ra["id"]
            final = dict(adj)
            check = {"a": ann_a, "b": ann_b}.get(adj["follows"])
            assert check is None or labels(check) == labels(adj), ra["id"]
            assert check is None or check["mode"] == adj["mode"], ra["id"]
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
            qc = recheck(ra, qc)
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
    assert sorted(EVENT_ADJ) == sorted(
        r["id"]
        for r in a
        if labels(r["annotations"]["a"]) != labels(b[r["id"]]["annotations"]["b"])
    )
    assert sorted(EVENT_RECHECK) == sorted(
        i for i in b if b[i]["quote_check"]["status"] != "verbatim"
    )
    follows = Counter(EVENT_ADJ[i]["follows"] for i in EVENT_ADJ)
    ab, ag, bg = event_agreement(la, lb), event_agreement(la, lg), event_agreement(lb, lg)
    doc = {
        "id": "ACCORD-HELDOUT-S15B-DOC",
        "event": "DOCUMENT",
        "comment": document_comment(records, ab, follows),
        "license": "quotations for research (short citation); labels CC BY-SA 4.0",
    }
    check_no_copied_sentences([doc, *records])
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
        "none_a": sum(x[0] == "NONE" for x in la),
        "none_b": sum(x[0] == "NONE" for x in lb),
        "adjudicated": len(EVENT_ADJ),
        "adjudicated_ids": sorted(EVENT_ADJ),
        "follows": dict(sorted(follows.items())),
        "development_records_cited": cited,
        "mode_only_differences_kept_a": MODE_ONLY,
        "mode_only_differences_b_taken": {i: v[1] for i, v in MODE_FIX.items()},
        "quote_check_b": dict(Counter(b[r["id"]]["quote_check"]["status"] for r in a)),
        "quote_check_b_how": quote_check_counts(records),
        "not_found_rechecked_kept": sorted(EVENT_RECHECK),
        "recheck_queries": {i: query_of(b[i]["found_by"]) for i in sorted(EVENT_RECHECK)},
        "recheck_distinct_queries": len({query_of(b[i]["found_by"]) for i in EVENT_RECHECK}),
        "recheck_rank_of_cited_page": {i: v[0] for i, v in sorted(EVENT_RECHECK.items())},
        "text_corrected_to_page": sorted(TEXT_FIX),
        "dropped": len(DROPPED),
        "final_none": sum(r["event"] == "NONE" for r in records),
        "final_types": dict(Counter(r["event"] for r in records).most_common()),
        "dates": [min(r["date"] for r in records), max(r["date"] for r in records)],
        "publishers": len({r["publisher"] for r in records}),
        "pages": len({r["url"] for r in records}),
        "kappa_method": "sklearn.metrics.cohen_kappa_score over the 60 event type labels, NONE included",
    }


def check_no_copied_sentences(items: list[dict[str, Any]]) -> None:
    """No reason or comment of this file may carry the first 60 characters of a sentence of
    another gold file (tests/news/test_event_gold_heldout.py checks every file against all
    the others)."""
    own = json.dumps(items, ensure_ascii=False)
    for path in sorted(NEWS.glob("*.json*")):
        if path == EVENTS:
            continue
        text = path.read_text(encoding="utf-8")
        rows = (
            [json.loads(x) for x in text.splitlines() if x.strip()]
            if path.suffix == ".jsonl"
            else json.loads(text)
        )
        if isinstance(rows, dict):
            rows = rows.get("events", [])
        for row in rows:
            sentence = row.get("text") if isinstance(row, dict) else None
            if isinstance(sentence, str) and sentence.strip():
                assert sentence[:60] not in own, (path.name, row.get("id"))


# records whose date the collector gave as approximate or as the day the text reports
APPROX_DATES = [
    "001",
    "002",
    "003",
    "004",
    "005",
    "006",
    "007",
    "012",
    "014",
    "017",
    "019",
    "020",
    "021",
    "022",
    "024",
    "026",
    "027",
    "028",
    "029",
    "030",
    "032",
    "042",
    "047",
    "048",
]


def quote_check_counts(records: list[dict[str, Any]]) -> dict[str, int]:
    """How b confirmed each quotation: on its first search (no note), or on a second search
    with the collector's query, or in the results of a search made for another record."""
    notes = [r["quote_check"].get("differences") or "" for r in records]
    return {
        "verbatim_first_search": sum(not n for n in notes),
        "verbatim_second_search_collector_query": sum(
            n.startswith("found on a second search") for n in notes
        ),
        "verbatim_in_results_for_another_record": sum(
            n.startswith("found in the results of the search made for") for n in notes
        ),
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
    qc = quote_check_counts(records)
    n = len(records)
    return (
        "Held-out event gold for issue 14 item 2 (session 15, second set, 2026-12-04): "
        f"{n} sentences quoted verbatim as published in real news reports dated {dates[0]} to "
        f"{dates[-1]} (URL, publisher and date per record; date = the page's date or the date in its "
        "URL, or where the page shows none, the day its text reports, approximate to a day or two "
        "where the collector's note says so: "
        + ", ".join(f"HO26U-{i}" if k == 0 else f"-{i}" for k, i in enumerate(APPROX_DATES))
        + "), found with the search tool's pages corpus by the collecting engineer ('found_by' "
        f"gives the query that returns each page); {publishers} publisher names, {pages} pages, at "
        "most three sentences a page; drone strikes, air strikes and border fighting, tear gas "
        "against protesters, arrests, sentences and raids (of opposition figures, activists, "
        "journalists and UN staff), a party ban and an internet shutdown, protests, a walkout and "
        "a hunger strike, accusations, condemnations and denials, requests, warnings and threats, "
        "a ceasefire agreed and a halt announced, the suspension of cooperation with the IAEA, "
        "reforms, resignations, state visits and talks, across Africa (Sudan, Kenya, DR Congo and "
        "Rwanda, Madagascar, Cameroon, Tanzania, Nigeria and the US, Mali and Algeria, Ethiopia "
        "and Eritrea, Tunisia, Libya, Egypt, Morocco), the Middle East (Iran and the IAEA, Lebanon "
        "and Israel, Syria, Israel and the UAE, Yemen and the UN, Egypt and Israel, Hamas), South "
        "Asia (India and Pakistan, Pakistan and Afghanistan, the Taliban's internet shutdown, "
        "Bangladesh, Ladakh) and Central Asia (Kyrgyzstan, Kazakhstan, Uzbekistan and "
        f"Turkmenistan); {sum(r['event'] == 'NONE' for r in records)} sentences with no codable "
        "event (NONE). None is in another file of tests/data/news or in the first session-15 set "
        "(first 60 characters and URL: checked by the collector, and again by the adjudicator "
        "against every file there and, by script, against the first set's unlabelled sentences). "
        "Annotation a is the collecting engineer's (events2-a.json); the sentences went without "
        "labels (events2-sentences.json) to an independent second annotator, another engineer who saw "
        "neither the a labels nor any coder output, whose labels are annotation b (events2-b.json); b "
        "also checked every quotation against the cited page with the search tool's pages corpus "
        f"('quote_check'): all {n} word for word ({qc['verbatim_first_search']} on its first search, "
        f"{qc['verbatim_second_search_collector_query']} on a second search with the collector's "
        f"query, {qc['verbatim_in_results_for_another_record']} in the results of a search made for "
        "another record of the same page or story), none 'not found', so the adjudicator had no "
        "quotation to re-check, none was dropped and no text changed. Agreement a/b over all "
        f"{n} records: event type {ab['type']}/{n} (Cohen's kappa {ab['kappa']:.3f}, scikit-learn, "
        f"NONE included), source sets {ab['source']}/{n}, target sets {ab['target']}/{n}. The "
        f"{len(EVENT_ADJ)} records where a and b differ in event type, source set or target set were "
        "adjudicated by a third engineer (a data engineer who annotated neither set and ran no event "
        "coder, evidence finder or evaluation on these sentences; 'adjudication': final labels, "
        "follows a/b/neither, reason citing the convention and a development precedent, none from "
        "the session-14 held-out files, which are CHECK files in session 15; "
        f"{follows['a']} follow a, {follows['b']} follow b, {follows['neither']} neither): {adj}. "
        "Elsewhere the final labels are the shared ones, with a's mode where the types agree, kept "
        f"where it is not clearly wrong ({kept}); where a's mode was clearly wrong against the "
        f"development gold's coding of the same kind of act, b's mode was taken and the record says "
        f"so in 'mode_note' ({fixed}). Conventions: PLOVER "
        "2.0 manual (4 February 2024), its structured codebook and CAMEO2PLOVER-2021, the gold "
        "conventions of docs/event-coding.md; the sixteen PLOVER 2.0 types; one event, of the "
        "governing verb, the first of coordinated clauses; a reported act coded for its content, a "
        "report of figures whose content names no attacker NONE; opposing another party's decision "
        "REJECT; a ceasefire or halt announced, not said to be in force, CONCEDE; a recipient only "
        "where clear and named in the sentence (none for unnamed protesters, none for a nationwide "
        "restriction on no named party), an opposition figure's accused 'authorities' his own "
        "state; drone strikes ASSAULT drone, air strikes by aircraft ASSAULT aerial; non-state "
        "armed groups by their country; intergovernmental organisations IGO. Figures and build: "
        "docs/data/heldout-2026-12-04-s15b/build/ (agreement.json, build.py, README.md). Held "
        "out: never trained or tuned on, no coder run on it; to be scored once, at the end of the "
        "session, by the lead."
    )


def main() -> None:
    result = {
        "built": "2026-12-04, session 15, adjudicating data engineer (third engineer, s15-adj2)",
        "events": build_events(),
    }
    (OUT / "agreement.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
