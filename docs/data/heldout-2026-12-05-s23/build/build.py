"""Assemble session 23's held-out pair (news-heldout-s23.json, HO27J; evidence-heldout-s23.jsonl,
EVH23) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md and session 19's ``build_event_set``. Run from the
repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new files against every other gold file, and computes agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s23/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s23/build")
EVENTS = NEWS / "news-heldout-s23.json"
EVIDENCE = NEWS / "evidence-heldout-s23.jsonl"
# The CHECK files of session 23 (the last two sessions' sets, pooled): no reason may cite them.
CHECK_FILES = {
    "news-heldout-s21.json",
    "news-heldout-s21b.json",
    "news-heldout-s21c.json",
    "evidence-heldout-s21.jsonl",
    "news-heldout-s22.json",
    "news-heldout-s22b.json",
    "news-heldout-s22c.json",
    "evidence-heldout-s22.jsonl",
}
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-05"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; an ambassador recalled and another expelled, accusations, "
    "condemnations and protests lodged, demands and calls, a police warning, a treason charge, "
    "arrests before an election, a suspension from a regional bloc, a parliament's rejection, a "
    "law halting cooperation with the IAEA, aid withheld, relief shipped and troops sent to "
    "reinforce an ally, agreements reached and a border treaty signed, visits and meetings, "
    "welcomes and thanks, a threat to shut a strait, denials, air strikes, a missile launch, a "
    "crew released, protests and their dispersal, and ceasefire background across Asia "
    "(Thailand and Cambodia, India and Pakistan, India and China, Japan and China, Taiwan, North "
    "Korea, Myanmar and ASEAN, Indonesia and Turkey), Africa (Kenya, Sudan, Tanzania, Somalia, "
    "Guinea-Bissau and ECOWAS, Libya, Ethiopia, Eritrea and Egypt, Mozambique and Rwanda, "
    "Burkina Faso, Uganda and South Sudan, Nigeria), the Middle East (Israel and Syria, Iraq and "
    "Turkey, Iran and the US, Yemen, Oman and Saudi Arabia) and Oceania (Australia and Fiji, New "
    "Zealand and the Cook Islands)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27J-004": {
            "event": "THREATEN",
            "mode": None,
            "source": ["KEN"],
            "target": [],
            "follows": "b",
            "reason": "a police warning to the public is THREATEN in the development gold, whatever the warning asks: HO26U-016 (police 'warned people against sharing' images: THREATEN TZA, none, both annotators), HO26Y-026 (a ministry 'issued a warning to the protesters': THREATEN GEO, none, both annotators) and HO26H-008 (adjudicated: police warned organisers of demonstrations: THREATEN TZA, none); the REQUEST records of the kind have a verb of asking, HO26R-020 (a ministry 'has asked the citizens to refrain': REQUEST SRB) and HO26X-049 (the African Union urges the parties to refrain); the police are Kenya's (the page's home, both annotators) and the protesters, unnamed, no recipient (both annotators, as HO26H-008)",
        },
        "HO27J-006": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["KEN"],
            "target": [],
            "follows": "b",
            "reason": "the relative clause of the copula's complement reports the protest itself, with its day and places ('swept across Nairobi and other major towns on June 25'), and the development gold codes such a sentence by that act: HO26M-041 (the people in custody 'were among 200 people who had gathered' and thrown stones: PROTEST riot ZWE, both annotators); the same protests of 25 June 2025 are PROTEST demo KEN with no recipient in HO26D-003 (Kenyans took to the streets 'on June 25' to mark the anniversary, both annotators), as HO27J-005 of this set (both annotators); the NONE record with protests in a relative clause gives them no act of a reported day, HO26T-007 (months of protests that 'have challenged' the president); the arrest is only a participle before the noun",
        },
        "HO27J-011": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["TZA"],
            "target": ["TZA"],
            "follows": "b",
            "reason": "a treason charge brought with no arrest in the sentence is a legal accusation: the PLOVER structured codebook lists 'charge with a crime' and 'criminally indict' under ACCUSE allege (CAMEO 1125, accuse of treason), and the development gold decided so for the same charge, HO26L-034 (adjudicated: Machar 'faces charges of treason', no arrest in the sentence: ACCUSE allege SSD -> SSD); COERCE arrest is for an arrest or detention, where the arrest governs, HO26I-013 ('were arrested by police' and charged: COERCE arrest) and HO26R-009 (arrested 'on charges of corruption': COERCE arrest); Lissu's arrests the day before are HO26C-030 and HO26V-044; a named opponent of the state's own: the state as recipient (both annotators)",
        },
    },
    modes_kept={
        "HO27J-002": "a's 'disapprove' kept (b 'allege'): 'accusing X of' is ACCUSE allege in most development records and disapprove in others, among them HO26L-045 (Cambodia accusing its neighbour of opening fire: disapprove, both annotators) and HO26-007 (accusing China of hostile actions: disapprove); a's is not wrong",
        "HO27J-003": "a's null kept (b 'yield', as HO26B-068, Trump urged Putin to end hostilities): demands to cease hostilities are REQUEST with no mode in HO26C-046 (urged both nations to cease hostilities), HO26Q-046 (called for a halt to hostilities) and HO26G-014 (a call to halt the fighting); a's null is not wrong",
        "HO27J-014": "a's null kept (b 'change', as HO26-022, a demand that Takaichi retract her remarks): demands to retract or reverse a move are REQUEST with no mode in HO26T-013 (demanded Japan retract the statements) and HO26E-003 (demanded that the IPC retract a report), change in HO26-022, HO26D-060 and HO26G-039; a's null is not wrong",
        "HO27J-048": "a's null kept (b 'third-party', as HO26-049, a meeting in Paris): a meeting of two parties in a third country is CONSULT with no mode in ACCORD-2025-001 (Rubio met Lavrov in Riyadh), ACCORD-2025-031, ACCORD-FRESH-001 and HO26V-015, third-party in HO26-049, HO26W-033 and HO26B-055; a's null is not wrong",
    },
    modes_taken={
        "HO27J-030": (
            "disapprove",
            "b's 'disapprove' taken (a 'allege'): a verb of saying whose reported clause judges another's conduct wrong is ACCUSE by CAMEO 111, criticize or denounce (docs/event-coding.md, session 11: a verb of saying 'whose reported clause judges an act harmful or wrong'), the convention a's own note cites, and CAMEO2PLOVER-2021 maps 111 to ACCUSE disapprove; allege is for accusations of crime, abuses, aggression, war crimes or treason (1121-1125), and a lack of political will is none of them",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH23-018": "follows B (third engineer, session 23): adds RUS security_guarantees low and UKR security_guarantees high: Moscow 'insists on being a security guarantor itself', a say of Russia's own over Ukraine's protection, the low end of the scale, as the development gold codes such Russian terms, EVH4-002 (Lavrov: Russia should hold veto power over any military assistance to Ukraine: RUS security_guarantees low), EVH11-002 (guarantees on the model of the 2022 talks: RUS low) and EVH15-012 (guarantors of a neutral Ukraine: RUS low); 'a demand Kyiv rejects' states Ukraine's rejection of that low end in the same sentence, and the development gold gives the rejecting side the other end of the issue where a sentence states both, as EVH14-021 (never 'the loose federation that Moscow has sought': UKR special_status low and RUS high); Ukraine's push for a truce before guarantees (UKR ceasefire high) and Moscow's refusal of foreign forces (RUS peacekeeping low) as both annotators",
        "EVH23-028": "follows B (third engineer, session 23): adds RUS special_status high: the constitutional changes on the districts' special status 'which the Russian Federation speaks of' are stated in the sentence as Russia's aim, and the development gold codes such an aim named in a relative clause for its holder, EVH14-021 (the loose federation 'that Moscow has sought': RUS special_status high) and EVH19-023 (clauses inserted 'at Russia’s insistence': RUS high), as it codes Russia's call for a special status written into Ukraine's constitution high, EVH11-045 and EVH15-027; Zelensky's rejection of the changes (UKR special_status low, as EVH17-021) and of a border handover only after elections (UKR border_control high, as EVH20-024) as both annotators",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s23b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s23" not in p.name]


def build_event_set(
    folder: Path,
    path: Path,
    decided: hb.EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Session 19's ``build_event_set`` with this session's day in the DOCUMENT comment: the
    comment is session 18's ``document_comment``, which names the day sessions 17-20 ran
    (also used by the s23b build)."""
    s18 = s19.s18
    comment = s18.document_comment
    ran = f"({which[0]}, 2026-12-04)"

    def dated(*args: Any) -> str:
        text: str = comment(*args)
        if ran not in text:
            raise hb.BuildError("session 18's comment no longer names its day")
        return text.replace(ran, f"({which[0]}, {DAY})", 1)

    s18.document_comment = dated
    try:
        events: dict[str, Any]
        near: dict[str, Any]
        events, near = s19.build_event_set(folder, path, decided, which, others)
    finally:
        s18.document_comment = comment
    return events, near


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(reasons, development, own)
    events, near_events = build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 23", SCOPE, f"{OUT}/"), others
    )
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, EVENTS],
        lambda s: [i.id for i in resolve(s).issues],
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s19.s18.NEAR_RULE,
                "events": s19.s18.near_figures(near_events),
                "evidence": s19.s18.near_figures(near_evidence),
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
