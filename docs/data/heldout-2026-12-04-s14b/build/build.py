"""Assemble the session-14 second held-out event set (HO26S, news-heldout-s14b.json) from the
collector's (a) and the second annotator's (b) files: adjudications, the quote checks, the gold
file and agreement.json.

Run from the repository root: ``python3 docs/data/heldout-2026-12-04-s14b/build/build.py``
(inputs in /work/coord/s14/heldout/: events2-a.json, events2-b.json). It runs no coder and no
evidence finder: it only copies labels, applies the adjudicator's decisions below, checks that
every development record an adjudication cites exists (and is no record of the session-13
CHECK files nor of the other session-14 set) and computes agreement (scikit-learn's Cohen's
kappa).
"""

# The adjudication reasons are data, one string each:
# ruff: noqa: E501
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

IN = Path("/work/coord/s14/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s14b/build")
EVENTS = NEWS / "news-heldout-s14b.json"
# The session-13 held-out files are this session's CHECK files: no adjudication cites them;
# the first session-14 set (built at the same time on another branch) is held out too.
CHECK_FILES = ("news-heldout-s13.json", "news-heldout-s13b.json")
NOT_DEVELOPMENT = (*CHECK_FILES, "news-heldout-s14.json", EVENTS.name)
BY = (
    "adjudicating data engineer (third engineer, s14-adj2), session 14 (2026-12-04),"
    " search tool pages corpus"
)
# The UN in the development gold: 'intergovernmental organisations IGO' (news-heldout-2026
# DOC); checked by check_counts below (records coding IGO; none codes UNO).
UN_RECORDS = 57
# HO26S-044's mode note: REQUEST records of the development event files, and those without a mode
REQUEST_RECORDS = (71, 47)

# --- where a and b differ in type, source set or target set ---------------------------------
EVENT_ADJ: dict[str, dict[str, Any]] = {
    "HO26S-011": dict(
        event="COERCE",
        mode="arrest",
        source=["MAR"],
        target=[],
        follows="b",
        reason="the more than 400 people arrested are unnamed ('individuals'), and the youth group GenZ 212 is named as the leader of the protests, not as those arrested: no recipient ('a recipient only where clear and named in the sentence (none where no target is named: unnamed protesters, detainees, ships or facilities)', news-heldout-s10 DOC), as HO26M-039 (police arrested 107 people in connection with protests that a named politician orchestrated: COERCE arrest ZWE, none), HO26F-049 (more than 200 demonstrators arrested in Rabat: COERCE arrest MAR, none), HO26G-032 and HO26J-027 (police detained unnamed students and protesters: SRB and TGO, none, both adjudicated); unlike HO26F-042 and HO26O-059, where those arrested are the supporters or activists of a named party (-> UGA, -> PAK); type, mode and source as both annotators",
    ),
    "HO26S-022": dict(
        event="COERCE",
        mode="arrest",
        source=["YEM"],
        target=["IGO"],
        follows="b",
        reason="the United Nations is coded IGO in the gold files ('intergovernmental organisations IGO', news-heldout-2026 DOC; 57 records of the development event files code IGO, none UNO, a code the gold vocabulary does not use and accord's evaluator does not fold to IGO as it folds UN and UNSC), as HO26O-047 (Houthis detained United Nations staff in a raid on its offices: COERCE arrest YEM -> IGO) and HO26L-029 (the Houthis seized U.N. property: COERCE seize YEM -> IGO); the earlier raid is in an 'after' clause and 'a U.N. official said' reports the act, coded for its content; the Houthis by their country (YEM); type, mode, source and recipient (the U.N. employees) as both annotators, only the recipient's code differs",
    ),
    "HO26S-023": dict(
        event="ACCUSE",
        mode="allege",
        source=["YEM"],
        target=["IGO"],
        follows="b",
        reason="the United Nations is IGO ('intergovernmental organisations IGO', news-heldout-2026 DOC; no development record codes UNO), as HO26O-047 (COERCE arrest YEM -> IGO) and HO26L-029 (COERCE seize YEM -> IGO) for the same rebels' acts against U.N. staff and property; an allegation of spying is ACCUSE allege (CAMEO2PLOVER-2021 1125 'Accuse of espionage, treason' -> ACCUSE allege); the other international groups and embassies are unnamed; type, mode, source (the rebels, the Houthis: YEM) and recipient (the U.N. staffers) as both annotators, only the recipient's code differs",
    ),
    "HO26S-024": dict(
        event="REQUEST",
        mode="yield",
        source=["IGO"],
        target=["YEM"],
        follows="b",
        reason="'He' is the UN special envoy for Yemen (the previous sentence of the page, as both annotators read it); the UN and its officials are IGO, not UNO (news-heldout-2026 DOC 'intergovernmental organisations IGO'), as HO26D-056 (the UN chief's statement: ACCUSE disapprove IGO, adjudicated) and HO26F-031 (the United Nations asked Pakistan to review a decision: REQUEST change IGO -> PAK); a demand to release detained people is REQUEST yield (CAMEO2PLOVER-2021 1053 'Demand release of persons or property' -> REQUEST yield), as HO26G-017 (a regional bloc demanded the release of detained officials: REQUEST yield IGO, adjudicated), HO26H-043 (urging the release of detained fishermen: REQUEST yield IND) and HO26N-040 (a demand to release those detained: REQUEST yield ECU -> ECU); type and recipient (the Houthis, YEM) as both annotators; a's null mode was less specific",
    ),
    "HO26S-030": dict(
        event="ASSAULT",
        mode="firearms",
        source=["PAK"],
        target=[],
        follows="b",
        reason="the demonstrators fired on are unnamed ('peaceful demonstrators'; the TLP is named as the claimant, not as those fired on): no recipient ('none where no target is named: unnamed protesters, detainees, ships or facilities', news-heldout-s10 DOC), as HO26L-004 (police opened fire on protesters, killing 17: ASSAULT firearms NPL, none), HO26H-004 (police fired tear gas and gunshots at protesters: ASSAULT crowd-control TZA, none, adjudicated) and HO26G-016 (police used tear gas and rubber bullets on young protesters: NPL, none, adjudicated); the party's claim reports the act, coded for its content, as HO26O-059 (PTI sources claimed that its activists were detained: COERCE arrest PAK -> PAK, where those detained are the party's activists, named as such); type, mode and source (the police: PAK) as both annotators",
    ),
    "HO26S-042": dict(
        event="REQUEST",
        mode="meet",
        source=["IGO"],
        target=[],
        follows="b",
        reason="the U.N. Security Council is IGO, not UNO ('intergovernmental organisations IGO', news-heldout-2026 DOC), as HO26-017 (the UN Security Council reimposed sanctions: SANCTION discontinue IGO -> IRN); a call on parties to negotiate is REQUEST meet (CAMEO2PLOVER-2021 106 'Demand meeting, negotiation' -> REQUEST meet), as HO26O-008 (Islamabad sought a 'composite dialogue' with New Delhi: REQUEST meet PAK -> IND); 'the parties' are unnamed: no recipient, as both annotators and HO26O-005 (UN agencies press both sides to allow humanitarian access: REQUEST IGO, none); Morocco is the plan's author in a participle phrase, not an addressee; type as both annotators; a's null mode was less specific, not wrong, and comes with the source code a gave",
    ),
    "HO26S-043": dict(
        event="SUPPORT",
        mode=None,
        source=["USA"],
        target=[],
        follows="b",
        reason="a welcome of an act whose author the sentence does not name has no recipient ('a recipient only where clear and named in the sentence', news-heldout-2026 DOC): HO26-015 (Israel welcomed 'an important step': SUPPORT ISR, none), ACCORD-FRESH-021 (Iran's foreign ministry welcomed the peace deal: SUPPORT IRN, none) and HO26B-054 (a minister praised 'the move': SUPPORT FRA, none); unlike HO26L-012 and ACCORD-NEWS-011, where the welcomed act's author is named (a signing 'by Kyrgyzstan and Tajikistan': -> KGZ, TJK; a decision 'by the European Commission': -> EU); here the UN appears only in the speaker's title ('representative to the UN'), and the 'historic vote' is not said to be the Security Council's; a's recipient would be IGO in any case, not UNO; type and source (Washington, through its UN envoy: USA) as both annotators",
    ),
    "HO26S-047": dict(
        event="ACCUSE",
        mode="allege",
        source=["AGO"],
        target=[],
        follows="b",
        reason="the protesters accused are unnamed: no recipient ('none where no target is named: unnamed protesters, detainees, ships or facilities', news-heldout-s10 DOC), as HO26N-002 (a president said protests were an attempt at a 'color revolution' backed by unnamed foreign entities: ACCUSE allege SRB, none) and HO26O-060 (unnamed soldiers accused of a plot: ACCUSE allege BFA, none, adjudicated); unlike HO26N-055, where the accused cabinet and coalition parties are named (ACCUSE disapprove SVK -> SVK); the ruling party by its country (AGO), type and mode (allege: an accusation of an act) as both annotators",
    ),
    "HO26S-051": dict(
        event="ACCUSE",
        mode="disapprove",
        source=["TCD"],
        target=[],
        follows="b",
        reason="the legal team criticises the trial and what it sees as the political manipulation of 'the judicial system'; no court, judge, prosecutor or government is named as the object of the criticism, and no one is named as the manipulator: no recipient ('a recipient only where clear and named in the sentence', news-heldout-2026 DOC), as HO26O-014 (families protesting outside a courthouse against 'an unfair and politically charged trial': PROTEST demo TUN, none), HO26L-035 (a UN commission criticised 'the charges' as 'reckless', their authors unnamed: ACCUSE disapprove IGO, none) and HO26O-035 (an opposition figure refused to attend his trial, citing concerns over judicial impartiality: PROTEST boycott UGA, none); a read 'the judicial system' as Chad's, a domestic body: a close call, b's reading is the one the development gold takes for a trial criticised; type, mode (disapprove: criticise, CAMEO2PLOVER-2021 111) and source (the defendant's lawyers: TCD) as both annotators",
    ),
    "HO26S-054": dict(
        event="COERCE",
        mode="arrest",
        source=["IRN"],
        target=[],
        follows="b",
        reason="the people arrested are unnamed ('further arrests'): no recipient ('none where no target is named: unnamed protesters, detainees, ships or facilities', news-heldout-s10 DOC), as HO26N-021 (Turkish authorities detained nine journalists: COERCE arrest TUR, none), HO26L-019 (authorities said 12 people were detained: COERCE arrest BOL, none) and HO26E-059 (police reported two arrests at an event: COERCE arrest GBR, none); the state media's report is coded for its content, as both annotators; the U.S. warning is in a 'despite' phrase, background; type, mode and source (the arresting state, Iran) as both annotators",
    ),
    "HO26S-056": dict(
        event="PROTEST",
        mode="demo",
        source=["IRN"],
        target=[],
        follows="b",
        reason="the protests are not said to be against anyone the sentence names: no recipient ('none where no target is named', news-heldout-s7 DOC), as HO26G-009 (protests continued in a regional capital: PROTEST demo CMR, none), HO26I-003 (protests erupted in other parts of Kenya: PROTEST demo KEN, none) and HO26N-003 (another student protest took place: PROTEST demo SRB, none); the authorities' internet cut and warnings are in a 'despite' phrase, background, not the protest's object; unlike HO26K-037 and HO26J-001, where the protest's object is named (rallying against the prime minister's alignment: SVK -> SVK; an 'anti-government demonstration' in a named country: MDG -> MDG, adjudicated); type, mode and source as both annotators",
    ),
}
# mode-only differences (types, sources and targets equal): a's mode kept unless clearly wrong
MODE_ONLY = {
    "HO26S-013": "a's 'allege' kept (b 'disapprove', citing HO26G-041, where the presidency 'denounced' an attempted coup, a verb of condemnation, CAMEO 111 -> ACCUSE disapprove); here the president says that an illegal attempt to seize power is under way, a charge of an act against the state, which CAMEO2PLOVER-2021 codes ACCUSE allege (1125 'Accuse of espionage, treason'; 1121 'Accuse of crime'), so a's mode is not wrong)",
    "HO26S-025": "a's 'visit' kept (b null; both annotators code the delegation as visitor and Egypt as host, and a hosted meeting is CONSULT visit, CAMEO 042 and 043 -> CONSULT visit, as HO26L-058, a visiting prime minister welcomed by his host: CONSULT visit IND -> LKA, adjudicated; b left the mode out because the sentence does not name Cairo, but the roles it gave are a visit's, so a's mode is not wrong)",
    "HO26S-044": "a's null kept (b 'meet'; urging all parties to come to the table is CAMEO 106, 'Demand meeting, negotiation' -> REQUEST meet, so b's mode is the more specific one; but REQUEST without a mode is the usual coding of the development event files, 47 of 71 REQUEST records, so a's null is not wrong)",
}
# mode-only differences where a's mode is clearly wrong: b's mode taken (none in this set)
MODE_FIX: dict[str, tuple[str, str]] = {}
CITED = re.compile(r"\b(?:HO26[A-Z]?-\d{3}|ACCORD-[A-Z0-9]+-\d{3})\b")


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


def development_rows() -> list[tuple[str, dict[str, Any]]]:
    """(file name, record) for every event record of tests/data/news but the CHECK files, the
    snapshot and the session-14 sets."""
    rows_out: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(NEWS.glob("*.json")):
        if path.name in NOT_DEVELOPMENT or "snapshot" in path.name:
            continue
        rows = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(rows, dict):
            rows = rows.get("events", [])
        rows_out += [(path.name, r) for r in rows if isinstance(r, dict) and "id" in r]
    return rows_out


def check_citations() -> list[str]:
    """Every record id an adjudication or a mode note cites is a development record, none of
    a CHECK file (news-heldout-s13*.json); returns the ids cited."""
    ids = {row["id"]: name for name, row in development_rows()}
    texts = [v["reason"] for v in EVENT_ADJ.values()] + list(MODE_ONLY.values())
    cited = sorted({m for t in texts for m in CITED.findall(t)})
    for rid in cited:
        assert rid in ids, rid
        assert ids[rid] not in CHECK_FILES, (rid, ids[rid])
    return cited


def check_counts() -> None:
    """The figures the reasons state: development records coding IGO, none UNO (the UN
    adjudications); REQUEST records and those without a mode (HO26S-044's note)."""

    def codes(row: dict[str, Any]) -> set[str]:
        return {
            a["code"] if isinstance(a, dict) else a
            for role in ("source", "target")
            for a in row.get(role) or []
        }

    rows = [row for _, row in development_rows()]
    assert sum("IGO" in codes(r) for r in rows) == UN_RECORDS
    assert not any("UNO" in codes(r) for r in rows)
    requests = [r for r in rows if r.get("event") == "REQUEST"]
    assert (len(requests), sum(r.get("mode") is None for r in requests)) == REQUEST_RECORDS


def build_events() -> dict[str, Any]:
    a = json.loads((IN / "events2-a.json").read_text(encoding="utf-8"))
    b = {r["id"]: r for r in json.loads((IN / "events2-b.json").read_text(encoding="utf-8"))}
    assert sorted(b) == sorted(r["id"] for r in a)
    cited = check_citations()
    check_counts()
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
        # b confirmed every quotation on the cited page: nothing to re-check or drop
        qc = dict(rb["quote_check"])
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
    follows = Counter(EVENT_ADJ[i]["follows"] for i in EVENT_ADJ)
    ab, ag, bg = event_agreement(la, lb), event_agreement(la, lg), event_agreement(lb, lg)
    doc = {
        "id": "ACCORD-HELDOUT-S14B-DOC",
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
        "not_found_rechecked": [],
        "text_corrected_to_page": [],
        "dropped": 0,
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
    n = len(records)
    return (
        "Held-out event gold for issue 14 item 2 (session 14, second set, 2026-12-04): "
        f"{n} sentences quoted verbatim as published in real news reports dated {dates[0]} to "
        f"{dates[-1]} (URL, publisher and date per record; date = the page's date or the date in its "
        "URL, or where the page shows none, the day its text reports, approximate to a day or two "
        "where the collector's note says so: HO26S-004, -010, -011, -012, -015, -016, -029, -030, "
        "-031, -035, -036, -037, -047, -048, -051, -052, -054, -055, -056 and -057; HO26S-001 takes "
        "the dateline's day of a 2025 state visit, HO26S-025 the date in its URL), found with the "
        "search tool's pages corpus by the collecting engineer ('found_by' gives the query that "
        f"returns each page); {publishers} publisher names, {pages} pages, at most two sentences a "
        "page; agreements, a phone call, a signed protocol and a defence pact, meetings, airstrikes, "
        "cross-border attacks and police firing on marchers, threats of retaliation and of cutting "
        "aid, accusations and condemnations (of a coup attempt, a mutiny, a trial, a recognition of "
        "Somaliland), rejections and denials, mass arrests and the detention of UN staff, demands "
        "and calls for negotiations, a troop deployment, protests, a welcome of a Security Council "
        "vote and the recall of ambassadors, across Africa (Morocco, Madagascar, Tanzania, Somalia and "
        "the African Union, Benin, Mozambique, Western Sahara at the UN, Ivory Coast, Angola, Chad, "
        "Nigeria and the US, Sudan and the UAE, Libya), the Middle East (Iran and Israel, Iran and "
        "the E3, Iran's protests of January 2026, Lebanon and Hezbollah, Yemen's Houthis and the UN, "
        "Hamas and Egypt, Iraq and its Kurdistan region, Saudi Arabia and Pakistan, Israel and "
        "Qatar), South Asia (Pakistan and Afghanistan, Pakistan's TLP) and Central Asia "
        f"(Kazakhstan, Uzbekistan, Tajikistan); {sum(r['event'] == 'NONE' for r in records)} "
        "sentences with no codable event (NONE). None is in another file of tests/data/news or in "
        "the first session-14 set (first 60 characters and URL: checked by the collector, and again "
        "by the adjudicator against every file there and, by script, against the first set's "
        "unlabelled sentences). Annotation a is the collecting engineer's (events2-a.json); the "
        "sentences went without labels (events2-sentences.json) to an independent second "
        "annotator, another engineer who saw neither the a labels nor any coder output, whose "
        "labels are annotation b (events2-b.json); b also checked every quotation against the "
        f"cited page with the search tool's pages corpus ('quote_check'): all {n} word for word, so "
        "none was re-checked, dropped or changed. Agreement a/b over all "
        f"{n} records: event type {ab['type']}/{n} (Cohen's kappa {ab['kappa']:.3f}, scikit-learn, "
        f"NONE included), source sets {ab['source']}/{n}, target sets {ab['target']}/{n}. The "
        f"{len(EVENT_ADJ)} records where a and b differ in event type, source set or target set were "
        "adjudicated by a third engineer (a data engineer who annotated neither set and ran no event "
        "coder, evidence finder or evaluation on these sentences; 'adjudication': final labels, "
        "follows a/b/neither, reason citing the convention and a development precedent, none from "
        "the session-13 held-out files, which are CHECK files in session 14; "
        f"{follows['a']} follow a, {follows['b']} follow b, {follows['neither']} neither): {adj}. "
        "Elsewhere the final labels are the shared ones, with a's mode where the types agree, kept "
        f"where it is not clearly wrong ({kept}); no mode of a was clearly wrong. Conventions: PLOVER "
        "2.0 manual (4 February 2024), its structured codebook and CAMEO2PLOVER-2021, the gold "
        "conventions of docs/event-coding.md; one event, of the governing verb; a reported or "
        "claimed act coded for its content; a recipient only where clear and named in the sentence "
        "(none for unnamed detainees, demonstrators, protesters or parties, none for a welcomed act "
        "or a criticised trial whose author the sentence does not name, none for protests that name "
        "no object); the United Nations and its bodies and officials IGO (not UNO); a demand to "
        "release people REQUEST yield, a call to negotiate REQUEST meet; non-state armed groups and "
        "parties by their country; intergovernmental organisations IGO. Figures and build: "
        "docs/data/heldout-2026-12-04-s14b/build/ (agreement.json, build.py, README.md). Held "
        "out: never trained or tuned on, no coder run on it; to be scored once, at the end of the "
        "session, by the lead."
    )


def main() -> None:
    result = {
        "built": "2026-12-04, session 14, adjudicating data engineer (third engineer, s14-adj2)",
        "events": build_events(),
    }
    (OUT / "agreement.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
