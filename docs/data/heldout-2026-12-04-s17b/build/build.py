"""Assemble session 17's second held-out event set (news-heldout-s17b.json, HO26W) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md and the label helpers of the first s17 build. Run from the
repository root with PYTHONPATH=src. It runs no coder: it copies labels, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first
s17 set's included), and computes agreement.
"""

import importlib.util
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "build_s17", DATA / "heldout-2026-12-04-s17" / "build" / "build.py"
)
assert _spec is not None and _spec.loader is not None
s17 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s17)

IN = Path("/work/coord/s17/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s17b/build")
EVENTS = NEWS / "news-heldout-s17b.json"

# Left out before pairing: a sentence of another gold file stands inside it (the build's duplicate
# check, other file -> new file, which the collector's check, new file -> other files, did not
# make); not a quotation b failed to confirm, so not a ``dropped`` decision.
LEFT_OUT = {
    "HO26W-020": "the same AP wire sentence as news-heldout-s8.json's HO26G-032 (Serbian police "
    "detaining 79 students while clearing blockades, 3 July 2025), behind a 'BELGRADE, Serbia "
    "(AP) —' dateline and with another ending: HO26G-032's first 60 characters stand inside it, "
    "so the held-out tests would find the s8 sentence in this file",
}

DECIDED = hb.EventDecisions(
    adjudications={
        "HO26W-007": {
            "event": "CONSULT",
            "mode": "phone",
            "source": ["UKR", "USA"],
            "target": [],
            "follows": "b",
            "reason": "a phone call has no host: all participants as actor and no recipient (docs/event-coding.md, meetings: 'with no host ... a phone call ... all participants are the actor'), as the development gold codes every call between two leaders: ACCORD-2025-002 (Trump spoke by phone with Putin: CONSULT phone USA+RUS), HO26B-066 (Xi spoke with Trump over the phone: CHN+USA), HO26M-058 (KAZ+RUS) and HO26I-053 (Trump said he held a phone call with Rodríguez: USA+VEN, the reporter of the call among the actors as here); the one call coded with a recipient, HO26N-048, is one minister's separate calls to two counterparts; mode phone as both annotators",
        },
        "HO26W-016": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["USA"],
            "target": ["IND"],
            "follows": "b",
            "reason": "one event, of the main clause: Trump's calling the Indian strikes 'a shame' (ACCUSE disapprove USA -> IND, both annotators); a second actor's act in a 'while' clause is not the sentence's event in the development gold: HO26G-004 (Congo accuses Rwanda ..., while Kigali insists ...: COD -> RWA only), HO26J-018 (Thai officials accused Cambodia, while Phnom Penh denied: THA only), HO26B-054 (Barrot praised the move, while Israel has warned ...: FRA only) and HO26E-045 (PSE only); China's regret is such a clause, so China is no source",
        },
        "HO26W-018": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["SRB"],
            "target": [],
            "follows": "b",
            "reason": "an accusation of unnamed protesters or their unnamed leaders has no recipient in the development gold: HO26R-018 (Vučić accused student protesters of making 'direct calls for civil conflict': ACCUSE allege SRB, no recipient; the same press conference, reported from another page), HO26S-047 (the MPLA accused protestors: AGO, none) and HO26N-002 (the president warned the protests are a 'color revolution': SRB, none); HO26S-046 (opposition groups: CIV -> CIV) is the one record the other way; type and mode as both annotators",
        },
        "HO26W-022": {
            "event": "CONSULT",
            "mode": None,
            "source": ["PAK", "MMR"],
            "target": [],
            "follows": "b",
            "reason": "two leaders who 'spoke with' each other, with no host named, are both the actor and there is no recipient, and 'spoke with' is coded with no mode: HO26C-039 (Modi spoke with Min Aung Hlaing, expressing condolences: CONSULT IND+MMR, no mode; the same construction after the same earthquake), ACCORD-REAL-001 (Rubio spoke with Lavrov: USA+RUS, no mode) and HO26P-029 (Wong spoke with Wang Yi: AUS+CHN, no mode); the sentence does not say the two spoke by phone (a's mode phone comes from the report, not the sentence); the condolences, a participle, code nothing (CAMEO 01), as both annotators",
        },
        "HO26W-029": {
            "event": "CONSULT",
            "mode": None,
            "source": ["SYR", "ISR"],
            "target": [],
            "follows": "b",
            "reason": "negotiations between two states with no host are a joint act, both as actor and no recipient (docs/event-coding.md: talks between X and Y, PLOVER's rule for reciprocal meetings), as HO26-004 (Pakistan's minister led discussions with representatives of the Afghan Taliban: CONSULT PAK+AFG), HO26H-033 (two presidents held talks: KAZ+UZB) and HO26-049 (the direct talks between Damascus and Tel Aviv: CONSULT SYR+ISR); the reported talks are coded for their content with their parties (both annotators give CONSULT)",
        },
        "HO26W-031": {
            "event": "CONSULT",
            "mode": "visit",
            "source": ["USA"],
            "target": ["SYR"],
            "follows": "b",
            "reason": "a meeting in one participant's country is hosted by it, visitor -> host (docs/event-coding.md, meetings: 'Scholz met Tusk in Berlin': POL -> DEU): the CENTCOM commander met al-Sharaa in Damascus, USA -> SYR, as ACCORD-NEWS-001 (Scholz met Tusk in Berlin: POL -> DEU), ACCORD-2025-042 (Kellogg met Zelensky in Kyiv: USA -> UKR) and ACCORD-2025-046 (Witkoff met Putin in Moscow: USA -> RUS); mode visit as b, as HO26K-013 (met the King of Tonga in Suva: CONSULT visit TON -> FJI) and HO26I-025",
        },
        "HO26W-033": {
            "event": "CONSULT",
            "mode": "third-party",
            "source": ["ISR", "SYR"],
            "target": [],
            "follows": "b",
            "reason": "talks in a third country's capital have no host among the parties: both as actor, no recipient (docs/event-coding.md, meetings: 'Rubio met Lavrov in Riyadh'), and the development gold codes the same Israeli-Syrian talks in Paris so: HO26-049 (the meeting between Syria's foreign minister and a Netanyahu confidant in Paris: CONSULT third-party SYR+ISR), as HO26B-055 (the Russian and Ukrainian delegations' meeting in Istanbul: third-party RUS+UKR) and ACCORD-2025-001 (Rubio met Lavrov in Riyadh: USA+RUS); mode third-party as b",
        },
        "HO26W-045": {
            "event": "REJECT",
            "mode": "meet",
            "source": ["THA"],
            "target": ["KHM"],
            "follows": "a",
            "reason": "one event, of the governing verb 'told', and with two reported clauses the first: declaring talks futile because of Cambodia's actions refuses negotiation with Cambodia, REJECT meet, as HO26-020 (Iran shows no interest in resuming talks: REJECT meet IRN -> USA) and HO26F-038 (Lula would not call Trump, who 'does not want to talk': REJECT meet BRA -> USA); the later 'must comply' clause is not the sentence's event: the development gold codes the first of two reported clauses, not a later modal, in HO26S-027 (Nigeria would accept assistance, then Trump 'should regard' it as sovereign: AGREE NGA -> USA, not REQUEST) and HO26-032 (military action will continue, then 'must defend': THREATEN violence); recipient KHM as both annotators",
        },
    },
    modes_kept={
        "HO26W-017": "a's null kept (b 'yield'; a call for restraint is REQUEST yield in HO26-033 and HO26-055 but REQUEST with no mode in ACCORD-FRESH-009, so a's null is not wrong)",
        "HO26W-032": "a's null kept (b 'visit' from the dateline; the sentence itself does not say where the envoy met Netanyahu, and hosted meetings are coded with no mode in ACCORD-NEWS-001 and ACCORD-2025-042, so a's null is not wrong)",
        "HO26W-039": "a's null kept (b 'violence': 'locked and loaded' fits a threat of force as HO26-073, but THREATEN with no mode is the usual coding of conditional warnings, ACCORD-FRESH-010 and HO26S-055; a's null is not wrong)",
        "HO26W-044": "a's null kept (b 'yield'; urging restraint is REQUEST yield in HO26-033 but REQUEST with no mode in ACCORD-FRESH-009; a's null is not wrong)",
        "HO26W-060": "a's 'allege' kept (b 'disapprove'; the reported clause asserts that Petro threatens America, an allegation of an act, as ACCUSE allege is used for claims of wrongdoing, HO26R-018 and HO26G-004; both fit and a's is not wrong)",
    },
)


def with_b(record: Mapping[str, Any]) -> dict[str, Any]:
    """b's record with its labels under ``annotations.b`` (a's file already has ``annotations.a``)."""
    return s17.with_annotation(record, "b")


def document_comment(
    records: Sequence[Mapping[str, Any]], events: Mapping[str, Any], undated: Sequence[str]
) -> str:
    """The DOCUMENT record's comment: what the file is, how it was made, every decision;
    ``undated``: the records whose page shows no date."""
    n, ab, follows = events["records"], events["a_b"], events["follows"]
    return (
        "Held-out event gold for issue 14 item 2 (session 17, second set, 2026-12-04): "
        f"{n} sentences quoted verbatim as published in real news reports dated "
        f"{events['dates'][0]} to {events['dates'][1]} (URL, publisher and date per record; date = "
        "the page's date or the date in its URL, or, where the page shows none, the day its text "
        f"reports: {', '.join(undated)}; the collector's file gives each its basis), found with the search tool's "
        "pages corpus by the collecting engineer ('found_by' gives the query that returns each "
        f"page); {events['publishers']} publisher names, {events['pages']} pages, at most three "
        "sentences a page; drone, artillery and air strikes, missile launches, arrests and "
        "detentions, accusations and condemnations, rejections, appeals for restraint, threats, "
        "sanctions and a recalled ambassador, aid and rescue teams, a prisoner exchange, calls, "
        "meetings and negotiations across Africa (Sudan, South Sudan, Ethiopia and Eritrea, "
        "Nigeria and the US, Madagascar, Tanzania), Asia (the Koreas, Japan and China, Thailand "
        "and Cambodia, Myanmar, India and Pakistan, Pakistan and Afghanistan, Iran), the Middle "
        "East (Syria, Israel and the US, Gaza), Europe (Ukraine, Russia and the US, Serbia, "
        "Armenia and Azerbaijan, Greenland) and the Americas (Haiti, Colombia and the US); "
        f"{events['final_types'].get('NONE', 0)} sentences with no codable event (NONE). None is "
        "in another file of tests/data/news (first 60 characters and URL, without scheme, 'www.' "
        "and trailing slash: checked by the collector and again by the build against every file "
        "there, news-heldout-s17.json included). Annotation a is the collecting engineer's; the "
        "sentences went without labels to an independent second annotator, another engineer who "
        "saw neither the a labels nor any coder output, whose labels are annotation b; b also "
        "checked every quotation on the cited page with the search tool's pages corpus "
        "('quote_check'): all 60 collected word for word with the record's query, so none was "
        "dropped for its quotation; "
        + "; ".join(f"{rid} was left out: {why}" for rid, why in LEFT_OUT.items())
        + f", leaving {n}. "
        f"Agreement a/b: event type {ab['type']}/{n} (Cohen's kappa {ab['kappa']:.3f}, "
        f"scikit-learn, NONE included), source sets {ab['source']}/{n}, target sets "
        f"{ab['target']}/{n}. The {events['adjudicated']} records where a and b differ in event "
        "type, source set or target set were adjudicated by a third engineer (a data engineer "
        "who annotated neither set and ran no event coder or evidence finder on these sentences; "
        "'adjudication': final labels, follows a/b/neither, reason citing the convention and "
        f"development precedents; {follows.get('a', 0)} follow a, {follows.get('b', 0)} follow "
        f"b, {follows.get('neither', 0)} neither): {s17.decisions_text(records, DECIDED)}. "
        "Conventions: PLOVER 2.0 manual (4 February 2024), its structured codebook and "
        "CAMEO2PLOVER-2021, the gold conventions of docs/event-coding.md; one event, of the "
        "governing verb (with two reported clauses, the first; a 'while' clause is not it); "
        "meetings by the PLOVER manual: a call or talks with no host, all parties as actor and no "
        "recipient, a meeting in one party's country visitor -> host; an accusation of unnamed "
        "protesters with no recipient; intergovernmental organisations (the UN, the EU, the AU) "
        "IGO; armed groups and parties by their country. Figures and build: "
        "docs/data/heldout-2026-12-04-s17b/build/ (agreement.json, build.py, README.md). Held "
        "out: never trained or tuned on, no coder run on it; to be scored once, at the end of the "
        "session, by the lead."
    )


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(
        p for p in others if p.name not in s17.CHECK_FILES and "heldout-s17" not in p.name
    )
    reasons = [
        *(d["reason"] for d in DECIDED.adjudications.values()),
        *DECIDED.modes_kept.values(),
    ]
    cited = hb.check_citations(reasons, development)

    a = [r for r in hb.read_records(IN / "events-a.json") if r["id"] not in LEFT_OUT]
    b = [with_b(r) for r in hb.read_records(IN / "events-b.json") if r["id"] not in LEFT_OUT]
    build = hb.merge_events(hb.pair(a, b, (*hb.EVENT_FIELDS, "date_basis")), DECIDED)
    events = build.summary()
    undated = [r["id"] for r in a if r["date_basis"].startswith("page undated")]
    document = {
        "id": "ACCORD-HELDOUT-S17B-DOC",
        "event": "DOCUMENT",
        "comment": document_comment(build.records, events, undated),
        "license": "quotations for research (short citation); labels CC BY-SA 4.0",
    }
    hb.write_gold(EVENTS, hb.event_gold_text(document, build.records), build.records, others)
    hb.write_agreement(
        OUT / "agreement.json", {"events": events, "development_records_cited": cited}
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
