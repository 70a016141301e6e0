"""Assemble session 17's held-out pair (news-heldout-s17.json, HO26V; evidence-heldout-s17.jsonl,
EVH17) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src.
It runs no coder and no evidence finder: it copies labels, applies the adjudicator's decisions
below, checks the new files against every other gold file, and computes agreement.
"""

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "heldout-common"))
import heldout_build as hb

from accord.scenario.catalogue import resolve

IN = Path("/work/coord/s17/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s17/build")
EVENTS = NEWS / "news-heldout-s17.json"
EVIDENCE = NEWS / "evidence-heldout-s17.jsonl"
CHECK_FILES = {"news-heldout-s15.json", "news-heldout-s15b.json", "evidence-heldout-s15.jsonl"}
# The annotators' label fields: the s17 event files give them on the record, not under
# "annotations" as the shared module reads them.
EVENT_LABEL = ("event", "mode", "source", "target", "note")

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO26V-005": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["KEN"],
            "target": [],
            "follows": "b",
            "reason": "roadblocks that keep people from reaching downtown Nairobi restrict movement on the state's own ground (COERCE restrict KEN, both annotators), and every development record of COERCE restrict by a state on its own territory codes no recipient where none is named, never the state itself (6 of 6): HO26N-036 (Latvia's airspace closed: COERCE restrict LVA, no recipient), HO26N-035 (Poland 'has restricted flights along its border': none), HO26L-056 (Uganda 'blocked internet access': none) and HO26M-045 (citizenship revoked of 'nearly 50,000 people', unnamed people of the state: none); the people and protesters stopped here are unnamed; the domestic recipient of docs/event-coding.md's Source and Target paragraph is the coder's rule, which the gold does not follow for restrictions",
        },
        "HO26V-006": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["KEN"],
            "target": [],
            "follows": "b",
            "reason": "roads sealed off and commuters made to alight are a restriction of movement by the state, source by the agentless passive's place (Nairobi: KEN, both annotators), with no recipient named: the development gold codes such restrictions with none, HO26G-005 (the officers 'closed its borders': COERCE restrict GNB, no recipient), HO26N-036 (airspace closed: LVA, none), HO26L-056 (internet blocked: UGA, none) and HO26M-045 (citizenship revoked of unnamed people: KWT, none); no COERCE restrict record of the development files has the source's own state as recipient",
        },
        "HO26V-016": {
            "event": "RETREAT",
            "mode": "ease",
            "source": ["USA"],
            "target": ["SYR"],
            "follows": "b",
            "reason": "the sentence reports the lifting announced, with no vow, plan or future tense in it; docs/event-coding.md's gold conventions code economic sanctions lifted now RETREAT (CAMEO 085) and only 'lifting or easing promised or agreed' CONCEDE, and the development gold codes this construction RETREAT: HO26G-029 ('announced the lifting of sanctions at a meeting': RETREAT USA -> BLR) and HO26B-080 ('confirmed the lifting of sanctions on potash': RETREAT USA -> BLR); CONCEDE is for a vow or a plan to lift, HO26-059 ('vowed to lift sanctions on Syria': CONCEDE) and HO26D-048 (a roadmap to ease sanctions: CONCEDE); the order 'I will be ordering' that a cites is not in the sentence; mode ease as b, as HO26R-045 and HO26R-046 (sanctions lifted or relaxed: RETREAT ease USA -> BLR)",
        },
        "HO26V-021": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["ECU"],
            "target": ["ECU"],
            "follows": "a",
            "reason": "accepting a referendum defeat is conceding defeat at the polls (CONCEDE ECU, both annotators), and the one development record of a conceded vote codes the domestic country on both sides: HO26M-046 (Chakwera 'conceded defeat' in a presidential election: CONCEDE MWI -> MWI); the party conceded to is named here, the Ecuadorian people whose will Noboa says he respects (the voters, coded by their state), as HO26K-016 gives an Ecuadorian concession to a named Ecuadorian party its own state as recipient (the end of the national strike: CONCEDE ECU -> ECU); the government concessions coded with no recipient name no one they yield to (HO26K-002, HO26F-032)",
        },
        "HO26V-035": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["USA"],
            "target": ["IRN"],
            "follows": "b",
            "reason": "one event, of the governing verb 'told', whose first reported clause judges the act wrong ('this was unacceptable'): a verb of saying whose reported clause judges an act harmful or wrong is ACCUSE (docs/event-coding.md, session 11), as HO26S-008 (Pakistan told the Afghan delegation the militants' presence was 'unacceptable': ACCUSE disapprove PAK -> AFG) and HO26P-014 ('completely unacceptable': ACCUSE disapprove IGO); where a judgement comes first and a demand after it (in a second verb or a participle), the development gold codes the first, HO26N-016 (concerns, then 'should not target third parties': ACCUSE disapprove CHN) and ACCORD-REAL-022 (denounced the attacks, then called for tougher sanctions: ACCUSE), and with two reported clauses the first, not a later modal: HO26S-027 (Nigeria would accept assistance, then Trump 'should regard' it as sovereign: AGREE NGA -> USA, not REQUEST); the demand alone, with no judgement in its sentence, is REQUEST, as HO26B-060 (Iran 'must cooperate fully': REQUEST USA -> IRN); recipient Iran, named (Tehran), as both annotators",
        },
        "HO26V-054": {
            "event": "AGREE",
            "mode": None,
            "source": ["IND"],
            "target": ["JPN", "CHN"],
            "follows": "b",
            "reason": "the tour is announced for dates a week after the page (22 August; the tour from 29 August): a visit planned, not yet under way, is an intent to meet (CAMEO 036 -> AGREE; docs/event-coding.md: 'an intended cooperative act ... becomes AGREE'), and the development gold codes announced meetings to come AGREE: HO26J-057 (two states 'will hold another round of peace talks' next week: AGREE PAK+AFG) and ACCORD-FRESH-022 (leaders to sign 'during their visit to the White House': AGREE); CONSULT visit is for a visit made or under way, HO26F-051 (Modi 'arrived in Ghana Wednesday on a two-day State visit': CONSULT visit IND -> GHA) and HO26J-046; the hosts as recipients, as both annotators",
        },
        "HO26V-060": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["ARG"],
            "target": [],
            "follows": "b",
            "reason": "a demonstration whose sentence names only its place and its cause has no recipient in the development gold: HO26K-005 (protested 'in front of parliament', demanding releases: PROTEST demo MAR, none), HO26Q-052 (journalists outside the Parliament against a bill: none) and HO26R-010 (protesters near Istanbul's police headquarters over a detention: TUR, none); the domestic recipient is given where the protest is against a named government or leader (HO26K-037, against Fico's alignment: SVK -> SVK; HO26J-001, an anti-government demonstration: MDG -> MDG); the Casa Rosada is the place, and 'the repression of the protest' names neither the government nor any agent",
        },
    },
    modes_kept={
        "HO26V-010": "a's null kept (b 'heavy-weapons' for artillery fire fits, but the development gold codes shelling and artillery ASSAULT without a mode in HO26C-025 and HO26O-050 and with heavy-weapons only in HO26D-055; a's null is not wrong)",
        "HO26V-011": "a's null kept (b 'violence': a conditional warning to intensify self-defence measures fits violence as HO26I-043 does, but THREATEN without a mode is the development gold's usual coding of warnings to retaliate or respond, ACCORD-FRESH-010 and HO26S-055; a's null is not wrong)",
        "HO26V-012": "a's 'meet' kept (b null; requesting a Security Council meeting is a request to meet, as HO26B-062, a meeting requested: REQUEST meet, and HO26D-009, consultations requested under Article 4: REQUEST meet)",
        "HO26V-025": "a's null kept (b 'yield'; refusing to give up arms fits yield, but Hezbollah's refusal of the disarmament initiative is REJECT without a mode in HO26K-031, and REJECT has no mode in most development records; a's null is not wrong)",
        "HO26V-050": "a's 'discontinue' kept (b 'expel'; reducing the other state's diplomatic and consular presence cuts relations, as HO26H-026, relations degraded to the lowest echelon: SANCTION discontinue; expel is used where diplomats are expelled or ordered out, HO26L-036 and HO26F-020, which the sentence does not say)",
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH17-007": "follows B (third engineer, session 17): Putin's warning that Russian forces will advance and seize more territory if Kyiv refuses an agreement states Russia's claim on more land (RUS territory low, both annotators) and fighting on until Kyiv agrees, the ceasefire scale's low end ('no ceasefire until a comprehensive settlement on the stronger side's terms'): the development gold gives a conditional threat of force both stances, EVH5-015 (Putin: if the troops do not leave, 'by armed force': RUS territory low and ceasefire low) and EVH11-017 (operations halted only if Ukraine withdraws: RUS territory and ceasefire low), and continued advances ceasefire low (EVH3-058: RUS ceasefire low); his readiness for peace talks states no end of its own, as EV-127 and EVH12-013 (no stance)",
        "EVH17-013": "follows B (third engineer, session 17): the vote alongside Russia is the General Assembly vote of aggressor_naming (USA and RUS low, both annotators; votes convention of docs/event-coding.md, as EVH-061); the Trump administration, named, has prioritised negotiations 'to end the war quickly': a named actor's push for a quick negotiated end, ceasefire high, as EVH-001 (the Trump administration presses for 'a quick endgame': USA ceasefire high, adjudicated), EVH-057 (Hegseth: end the war with diplomacy: USA ceasefire high) and EVH2-024 (a US resolution calling for an end to the war: USA ceasefire high, adjudicated); EV-127 and EVH12-013 (willingness to negotiate or to start a process: no stance) name no time or form of the end, this sentence names its speed",
        "EVH17-018": "follows B (third engineer, session 17): Trump's pivot from an immediate ceasefire to a peace agreement instead is USA ceasefire low (both annotators, as EVH11-016 and EVH3-006); a position said to align with another actor's gives that actor the same stance in the development gold: EV-001 (Russia's willingness 'aligns with the positions of the US': RUS and USA security_guarantees low), EVH8-019 (the US vote aligning it with Russia: RUS low too) and EVH11-036 (Lavrov 'echoing the words of some separatist commanders': SEP too, adjudicated); Moscow's long-held demands are named in the sentence as the position Trump's now nears, a peace agreement rather than an immediate ceasefire: RUS ceasefire low (EV-005, where an outcome aligns with 'Russia’s strong desire' and Russia has no stance, is the one record the other way); the 'positive assessment' has its object only in the context (no stance)",
        "EVH17-027": "follows B (third engineer, session 17): the pro-Russia rebels (SEP) denying the OSCE's observers access act against the OSCE-monitored ceasefire, the scale's high end, so SEP ceasefire low, as EVH2-055 (rebels refused to let OSCE monitors reach Debaltseve: SEP ceasefire low); OSCE access belongs to the ceasefire issue in the development gold (EVH10-032, a complete cease-fire 'with full OSCE access to the conflict zone': USA ceasefire high); holder and OSCE are named in the sentence, only the town is given by the context, and the stance does not depend on which town (EV-048's rule is for the stance's object given only by the context, 'that suggestion')",
        "EVH17-028": "follows A (third engineer, session 17): Poroshenko's statement, which Lavrov reports, is Ukraine's (reported-position convention, both annotators): full Ukrainian control of the border before the political reforms, UKR border_control high (both annotators, as EVH7-033); the sentence names the reforms only as the political reforms 'spelled out in the Minsk agreements', none of special status, decentralisation or the constitution, and the development gold gives such an order of steps the border stance alone: EVH7-037 (control over Donbass 'before implementing the political provisions' of Minsk: RUS border_control low, no special_status stance); B's precedent EVH14-022 names decentralisation and the districts' special self-government regime, which this sentence does not",
    },
)


def with_annotation(record: Mapping[str, Any], name: str) -> dict[str, Any]:
    """An s17 event record with its labels moved under ``annotations[name]``, the form the
    shared build reads."""
    out = {k: v for k, v in record.items() if k not in EVENT_LABEL}
    out["annotations"] = {name: {k: record[k] for k in EVENT_LABEL}}
    return out


def labels_text(item: Mapping[str, Any]) -> str:
    """Labels as the docs write them: "COERCE restrict KEN -> none"."""
    mode = f" {item['mode']}" if item["mode"] else ""
    source, target = ("+".join(item[role]) or "none" for role in ("source", "target"))
    return f"{item['event']}{mode} {source} -> {target}"


def decisions_text(records: Sequence[Mapping[str, Any]], decided: hb.EventDecisions) -> str:
    """Every adjudication (labels of a, b and the reason) and mode decision, for a DOCUMENT
    comment (also used by the s17b build)."""
    adjudicated = "; ".join(
        f"{r['id']} ({r['publisher']}; a {labels_text(r['annotations']['a'])}, b "
        f"{labels_text(r['annotations']['b'])}; follows {r['adjudication']['follows']}: "
        f"{r['adjudication']['reason']})"
        for r in records
        if "adjudication" in r
    )
    kept = "; ".join(f"{rid}: {note}" for rid, note in decided.modes_kept.items())
    return (
        f"{adjudicated}. Elsewhere the final labels are the shared ones, with a's mode where the "
        f"modes differ, none of a's being clearly wrong ({kept})"
    )


def document_comment(records: Sequence[Mapping[str, Any]], events: Mapping[str, Any]) -> str:
    """The DOCUMENT record's comment: what the file is, how it was made, every decision."""
    n, ab, follows = events["records"], events["a_b"], events["follows"]
    return (
        "Held-out event gold for issue 14 item 2 (session 17, 2026-12-04): "
        f"{n} sentences quoted verbatim as published in real news reports dated "
        f"{events['dates'][0]} to {events['dates'][1]} (URL, publisher and date per record; date = "
        "the page's date or the date in its URL, or, where the page shows none, the day its text "
        "reports, as each record's note a says), found with the search tool's pages corpus by the "
        "collecting engineer ('found_by' gives the query that returns each page); "
        f"{events['publishers']} publisher names, {events['pages']} pages, at most two sentences a "
        "page; attacks and strikes, arrests, roadblocks and closures, protests, accusations and "
        "rejections, requests, threats, sanctions, tariffs and diplomatic cuts, sanctions lifted, "
        "concessions, releases, aid, visits and agreements across South Asia (India, Pakistan, "
        "Afghanistan), East Asia (China, Taiwan, Japan, the Koreas), the Middle East (Lebanon, "
        "Iran, Syria), Africa (Sudan, Kenya, Madagascar, Benin, Tanzania), the Americas "
        "(Venezuela, Brazil, Mexico, Peru, Ecuador, Bolivia, Argentina, El Salvador) and Europe "
        f"(Poland and Russia); {events['final_types'].get('NONE', 0)} sentences with no codable "
        "event (NONE). None is in another file of tests/data/news (first 60 characters and URL, "
        "without scheme, 'www.' and trailing slash: checked by the collector and again by the "
        "build against every file there). Annotation a is the collecting engineer's "
        "(events-a.json); the sentences went without labels (events-sentences.json) to an "
        "independent second annotator, another engineer who saw neither the a labels nor any coder "
        "output, whose labels are annotation b (events-b.json); b also checked every quotation on "
        "the cited page with the search tool's pages corpus ('quote_check'): all 60 word for word, "
        f"so none was dropped. Agreement a/b: event type {ab['type']}/{n} (Cohen's kappa "
        f"{ab['kappa']:.3f}, scikit-learn, NONE included), source sets {ab['source']}/{n}, target "
        f"sets {ab['target']}/{n}. The {events['adjudicated']} records where a and b differ in "
        "event type, source set or target set were adjudicated by a third engineer (a data "
        "engineer who annotated neither set and ran no event coder or evidence finder on these "
        "sentences; 'adjudication': final labels, follows a/b/neither, reason citing the "
        f"convention and development precedents; {follows.get('a', 0)} follow a, "
        f"{follows.get('b', 0)} follow b, {follows.get('neither', 0)} neither): "
        f"{decisions_text(records, EVENTS_DECIDED)}. Conventions: PLOVER 2.0 manual (4 February "
        "2024), its structured codebook and CAMEO2PLOVER-2021, the gold conventions of "
        "docs/event-coding.md; one event, of the governing verb (with two reported clauses, the "
        "first); a reported act of force coded as the act; a restriction, protest or concession "
        "with a recipient only where one is named; sanctions lifted now RETREAT, promised CONCEDE; "
        "a visit announced for later AGREE; intergovernmental organisations (the UN, ECOWAS, the "
        "IAEA) IGO; armed groups and parties by their country. Figures and build: "
        "docs/data/heldout-2026-12-04-s17/build/ (agreement.json, build.py, README.md). Held out: "
        "never trained or tuned on, no coder run on it; to be scored once, at the end of the "
        "session, by the lead."
    )


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(
        p for p in others if p.name not in CHECK_FILES | {"news-heldout-s17b.json"}
    )
    reasons = [
        *(d["reason"] for d in EVENTS_DECIDED.adjudications.values()),
        *EVENTS_DECIDED.modes_kept.values(),
        *EVIDENCE_DECIDED.adjudications.values(),
    ]
    cited = hb.check_citations(reasons, development)

    a = [with_annotation(r, "a") for r in hb.read_records(IN / "events-a.json")]
    b = [with_annotation(r, "b") for r in hb.read_records(IN / "events-b.json")]
    build = hb.merge_events(hb.pair(a, b, hb.EVENT_FIELDS), EVENTS_DECIDED)
    events = build.summary()
    document = {
        "id": "ACCORD-HELDOUT-S17-DOC",
        "event": "DOCUMENT",
        "comment": document_comment(build.records, events),
        "license": "quotations for research (short citation); labels CC BY-SA 4.0",
    }
    hb.write_gold(EVENTS, hb.event_gold_text(document, build.records), build.records, others)

    a, b = hb.read_records(IN / "evidence-A.jsonl"), hb.read_records(IN / "evidence-B.jsonl")
    records = hb.merge_evidence(hb.pair(a, b, hb.EVIDENCE_FIELDS), EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    evidence = {
        "records": len(records),
        "adjudicated": len(EVIDENCE_DECIDED.adjudications),
        "follows": {
            who: sum(
                d.startswith(f"follows {who}") for d in EVIDENCE_DECIDED.adjudications.values()
            )
            for who in ("A", "B")
        },
        "exact_stance_set_agree": sum(
            hb.stance_set(r["annotations"]["A"]) == hb.stance_set(r["annotations"]["B"])
            for r in records
        ),
        "annotator_agreement_module": hb.evidence_agreement(EVIDENCE),
        "sentence_issue": hb.sentence_issue_agreement(
            records, lambda s: [i.id for i in resolve(s).issues]
        ),
    }
    hb.write_agreement(
        OUT / "agreement.json",
        {"events": events, "evidence": evidence, "development_records_cited": cited},
    )
    print(
        hb.event_table(events),
        hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]),
    )


if __name__ == "__main__":
    main()
