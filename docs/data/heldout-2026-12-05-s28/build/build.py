"""Assemble session 28's first held-out event set (news-heldout-s28.json, HO27Y) and its evidence
set (evidence-heldout-s28.jsonl, EVH28) from the collectors' (a / A) and the second annotators'
(b / B) files, with the shared steps of docs/data/heldout-common/README.md (``build_event_set``
reads b's labels under ``annotations.b``) and the helpers of session 25's first build (its
evidence steps read A's labels on the record, as this session's A file has them; its DOCUMENT
comment is session 18's, dated 2026-12-05). Run from the repository root with PYTHONPATH=src.
It runs no coder and no evidence finder: it copies labels, leaves out the sentences another gold
file holds in other words, applies the adjudicator's decisions below, checks the new files
against every other gold file, and computes agreement. The s28b build reuses its helpers.
"""

import sys
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s25 = hb.load_build(DATA / "heldout-2026-12-05-s25" / "build" / "build.py")
s19, s18 = s25.s19, s25.s18

IN = Path("/work/coord/s28/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s28/build")
EVENTS = NEWS / "news-heldout-s28.json"
EVIDENCE = NEWS / "evidence-heldout-s28.jsonl"
# The CHECK files of session 28 (the sets of sessions 26 and 27, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s26.json",
    "news-heldout-s26b.json",
    "news-heldout-s26c.json",
    "evidence-heldout-s26.jsonl",
    "news-heldout-s27.json",
    "news-heldout-s27b.json",
    "news-heldout-s27c.json",
    "evidence-heldout-s27.jsonl",
}
# This session's sets (HO27Y, HO27Z, HO28A, EVH28): none is a development file for another.
SESSION = "heldout-s28"
# The day session 28 built its sets (session 25's comment helper is dated the same day).
DAY = "2026-12-05"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a city taken by an armed group, arrests and a detention, "
    "calls for a release, for calm and for a boycott, accusations and condemnations, a trial "
    "dismissed as a kangaroo court and a suspension rejected, a ban on a party and a movement "
    "outlawed, a raid, a cordon round an opposition leader's home, streets and mobile internet "
    "blocked, an electoral commission dissolved, ministers walking out, a withdrawal and a "
    "militia attack, tear gas fired at mourners, a protest, an ambassador accepted and a border "
    "treaty welcomed, an invitation to a state visit, congratulations, and statements with no "
    "event across Africa (Sudan, South Sudan, Chad, Burkina Faso, Morocco, Somalia, Guinea, "
    "Libya, Uganda, Ethiopia, Kenya), the Middle East (Lebanon, Jordan, Syria, Iraq and Iran), "
    "Asia (Bangladesh, Indonesia, Afghanistan and Russia, Kyrgyzstan and Tajikistan, Myanmar, "
    "India and Pakistan, Sri Lanka and China) and Oceania (Solomon Islands, Vanuatu and "
    "Australia)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27Y-007": {
            "event": "COERCE",
            "mode": "ban",
            "source": ["BGD"],
            "target": ["BGD"],
            "follows": "b",
            "reason": "the main clause reports a ban done: the Awami League 'has been barred from "
            "contesting', an agentless passive in the perfect, which the development gold codes "
            "as the act with the state of the named domestic party as both sides (HO27E-002, "
            "people 'have been detained': VEN -> VEN; HO26O-059, activists detained: PAK -> "
            "PAK), and it codes the ban of this very party COERCE ban BGD -> BGD (HO26F-008, "
            "HO26U-027; CAMEO2PLOVER 1722, ban political parties: COERCE ban); a's 'standing "
            "condition' would need a verb of state (docs/event-coding.md, session 8: a "
            "participle after 'remain', 'stay' or 'seem'), and a negated perfect reports no act "
            "but this one is not negated; the fear of unrest in the second clause is no act "
            "(both annotators)",
        },
        "HO27Y-009": {
            "event": "REJECT",
            "mode": None,
            "source": ["BGD"],
            "target": [],
            "follows": "b",
            "reason": "'dismissed X as Y' is REJECT in every development record of the "
            "construction: HO26V-027 ('dismissed the declaration as a mutiny': REJECT BEN, "
            "none), HO26W-013, HO26Y-031, HO26Z-002, HO27B-009, HO27B-030, HO27F-009, "
            "HO27I-019 and HO27J-039, with a condemning predicate as here ('a mutiny', "
            "'deplorable fabrications', 'a grotesque hoax'); docs/event-coding.md, session 8: "
            "dismissing, disputing, denying or refuting a claim or accusation is REJECT (manual "
            "3.10), and proceedings against Hasina are the charges against her, as a rejected "
            "verdict is REJECT in HO26P-012 (Dodik rejected the verdict: BIH, none); the court "
            "is named only as 'the proceedings' and 'the trial': no recipient (a recipient only "
            "where named in the sentence, news-heldout-s7's DOCUMENT), as HO26P-012",
        },
        "HO27Y-030": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["BFA"],
            "target": ["BFA"],
            "follows": "b",
            "reason": "the junta's act against a named domestic body of the electoral process "
            "is an administrative measure, CAMEO 172 'Impose administrative sanctions' -> "
            "COERCE restrict (CAMEO2PLOVER-2021), as HO26G-005 (officers 'suspended the "
            "nation's electoral process': COERCE restrict); the domestic convention gives the "
            "actor's own state as recipient where the target is a named domestic body "
            "(news-heldout-s7's DOCUMENT: an act 'on a named domestic target'); a's precedent "
            "HO27J-033 is a noun of reforms in a 'since' clause, no finite act, and the "
            "development gold's uncoded dissolutions of parliament (HO26M-031, HO26Y-040) stand "
            "in a 'since' clause and a noun of decision; docs/event-coding.md's CONCEDE for a "
            "dissolved government is a government or cabinet of the actor's own, not a body "
            "that checks it. A close call: no development record codes a dissolved commission",
        },
        "HO27Y-034": {
            "event": "REQUEST",
            "mode": None,
            "source": ["SOM"],
            "target": [],
            "follows": "a",
            "reason": "a government's appeal to the public of its own country has no recipient "
            "in the development gold: HO26R-020 (the ministry 'asked the citizens': REQUEST "
            "SRB, none), HO26O-021 (adjudicated: authorities urged residents: REQUEST NGA, "
            "none), HO27F-032 (called on stakeholders: IGO, none), and a warning to people, "
            "HO26U-016 (THREATEN TZA, none); the domestic recipient of news-heldout-s7's "
            "DOCUMENT is for a protest, an arrest or an attack on a named domestic target, "
            "not for an appeal, and 'Somali civilians' names the country's people, no actor "
            "a gold record codes as recipient of an appeal; type and source as both annotators",
        },
        "HO27Y-038": {
            "event": "REQUEST",
            "mode": None,
            "source": ["GIN"],
            "target": [],
            "follows": "a",
            "reason": "as HO27Y-034 of this set: an appeal to a country's people, here "
            "'Guineans', has no recipient in the development gold, HO26R-020 ('the citizens': "
            "REQUEST SRB, none) and HO26O-021 (adjudicated, 'residents': NGA, none); the "
            "domestic recipient (news-heldout-s7's DOCUMENT) is for protest, arrest and attack; "
            "type and source as both annotators",
        },
        "HO27Y-040": {
            "event": "ACCUSE",
            "mode": "investigate",
            "source": ["GIN"],
            "target": [],
            "follows": "b",
            "reason": "one event, of the first of two coordinated verbs (HO26O-044, adjudicated: "
            "'the first of the two coordinated clauses is coded'); 'vowed' codes nothing itself "
            "before 'to', the act it announces does (docs/event-coding.md, session 8: a verb of "
            "intent with only its block's majority code), and an investigation announced is "
            "ACCUSE investigate (CAMEO2PLOVER-2021 090 'Investigate'), as HO26O-023 (Damascus "
            "'said it would investigate the clashes': ACCUSE investigate SYR, none); the denial "
            "after 'but' is the second verb; no recipient (both annotators)",
        },
        "HO27Y-050": {
            "event": "REQUEST",
            "mode": "meet",
            "source": ["LKA"],
            "target": ["CHN"],
            "follows": "a",
            "reason": "an invitation asks its addressee to act (here to come on a state visit): "
            "CAMEO 026 'appeal to others to meet or negotiate', REQUEST meet (accord's CAMEO 02 "
            "modes; PLOVER 2.0's REQUEST, 'all requests, demands, and orders', "
            "docs/event-coding.md), as HO26B-062 (a meeting requested: REQUEST meet IGO -> "
            "IRN) and HO26S-042 (parties called to negotiate: REQUEST meet); b's AGREE (036) is "
            "the actor's own intent to meet, and the development gold gives AGREE 036 only "
            "where the actor states its own intent or willingness (HO26N-026, adjudicated; "
            "docs/event-coding.md: 'being open or willing to talk is AGREE (036)'); the visit "
            "asked for is Xi's, not Dissanayake's. A close call (CAMEO's INVITE block defaults "
            "to 040, CONSULT, but no meeting has taken place)",
        },
    },
    modes_kept={
        "HO27Y-002": "a's 'yield' kept: a call for the release of a detained person is CAMEO "
        "0253 (appeal for release of persons), under 025 'appeal to yield', and the development "
        "gold codes such calls REQUEST yield (HO26G-017, the bloc 'demanded the immediate "
        "release' of detained officials; HO26S-024; HO26H-043, 'urging the swift release' of "
        "fishermen); b's null (HO26W-026) is not wrong either, but a's is the construction's "
        "majority",
    },
    modes_taken={
        "HO27Y-021": (
            "seize",
            "b's 'seize' taken: the development gold codes a raid or a search by the authorities "
            "COERCE seize, the raid on this very movement's office (HO26Z-020: JOR -> JOR) and "
            "searches conducted (HO26P-023), CAMEO 171 'seize or damage property'; a's null "
            "leaves a coercive act without the mode the gold gives it (a null COERCE mode "
            "stands only for a deposition and a crackdown, HO26O-030 and HO26E-006)",
        ),
        "HO27Y-043": (
            "restrict",
            "b's 'restrict' taken: police and soldiers surrounding a home restrict movement, "
            "CAMEO 191 'restrict movement' -> COERCE restrict (CAMEO2PLOVER-2021), as the "
            "development gold codes cordons and roadblocks (HO26V-005, police roadblocks; "
            "HO26V-006, roads sealed off: COERCE restrict); a's null leaves a coercive act "
            "without a mode the gold gives it (HO26O-030 and HO26E-006 are the only null ones)",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH28-011": "follows B: the sentence states that the deal was 'signed between the US "
        "and Ukraine', and the development gold gives each signatory the sentence names the "
        "high end of minerals_deal, EVH17-009 (the U.S. and Ukraine 'have signed' the "
        "agreement: USA and UKR high), and a signatory named in a reduced relative clause too, "
        "EVH13-004 ('a separate agreement signed with President Zelensky': UKR high beside "
        "FRA and GBR); Bessent's praise is the US stance (EVH6-016: USA high)",
        "EVH28-021": "follows B: a special status agreed by Kyiv is the scale's 'limited "
        "decentralisation' (25), nearer the low end than the high one, and every UKR "
        "special_status stance of the development gold is low, the two closest records "
        "included: EVH25-025 (Zelensky's plan to implement the Steinmeier formula 'granting "
        "special status': UKR low) and EV-171 (Kiev 'has offered a measure of autonomy': UKR "
        "low); A's precedents EVH15-030 and EVH2-042 are the US and France asking for autonomy, "
        "not Kyiv's own offer",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files a reason may cite: every other file but the CHECK files and this
    session's held-out sets (also used by the s28b build)."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [
        r["id"]
        for name in ("events-a.json", "evidence-A.jsonl")
        for r in hb.read_records(IN / name)
    ]
    cited = hb.check_citations(reasons, development, own)
    events, near_events = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 28", SCOPE, f"{OUT}/"), others, s25.document_comment
    )
    evidence, near_evidence = s25.build_evidence_set(
        IN, EVIDENCE, EVIDENCE_DECIDED, [*others, EVENTS]
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s18.NEAR_RULE,
                "events": s18.near_figures(near_events),
                "evidence": s18.near_figures(near_evidence),
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
