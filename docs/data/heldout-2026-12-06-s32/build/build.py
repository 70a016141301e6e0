"""Assemble session 32's held-out pair (news-heldout-s32.json, HO28K; evidence-heldout-s32.jsonl,
EVH32) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md (its ``build_event_set`` reads b's labels under
``annotations.b``), session 19's ``event_reasons`` and session 18's DOCUMENT comment. Run from
the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file, and computes
agreement.
"""

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s32/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s32/build")
EVENTS = NEWS / "news-heldout-s32.json"
EVIDENCE = NEWS / "evidence-heldout-s32.jsonl"
# The CHECK files of session 32 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s30.json",
    "news-heldout-s30b.json",
    "news-heldout-s30c.json",
    "evidence-heldout-s30.jsonl",
    "news-heldout-s31.json",
    "news-heldout-s31b.json",
    "news-heldout-s31c.json",
    "evidence-heldout-s31.jsonl",
}
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-06"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a military takeover and a curfew, accusations and "
    "condemnations, requests and demands, air strikes, an abduction and a broadcaster seized in "
    "a coup attempt, arrests, a death sentence rejected, cooperation with the IAEA suspended "
    "and a withdrawal from a treaty, a walk-out and protests, a show of force, orders to stop "
    "firing, a concession to protesters, a deportation agreement and its payments, and "
    "statements with no event across Africa (Madagascar, Benin and Nigeria, Uganda, South "
    "Sudan, Togo, Somalia and the AU, Egypt and Palestine), the Middle East (Yemen, Lebanon "
    "and Israel, Iran and the IAEA, Syria and Turkey, Qatar), Asia (Nepal, Thailand and "
    "Cambodia, the Koreas and Russia, Bangladesh and India, Indonesia, Taiwan and China, the "
    "Philippines and the ICC, Sri Lanka) and Oceania (the Cook Islands, Australia and Nauru)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28K-015": {
            "event": "ASSAULT",
            "mode": "aerial",
            "source": ["NGA"],
            "target": ["BEN"],
            "follows": "b",
            "reason": "what Nigeria announced is 'the execution of precise airstrikes in the "
            "Beninese capital', strikes carried out on a named place of Benin, and the development "
            "gold codes air strikes made at a government's request against fighters on its soil "
            "ASSAULT aerial with that state as recipient: HO26J-015 ('At the request of the "
            "Federal Government of Somalia', AFRICOM 'conducted airstrikes' on al Shabaab: "
            "ASSAULT aerial USA -> SOM), as an air strike on armed men in a state is coded "
            "against that state in HO26I-011 (ASSAULT aerial NGA -> NGA); HO26K-043 and HO27P-008, "
            "a's precedents, name no strike, only jets and forces sent or troops deployed 'to "
            "support' the government (AID); 'at the request of' and 'to counter' give the "
            "strikes' reason, not another act; a close call, as both annotators say",
        },
        "HO28K-025": {
            "event": "RETREAT",
            "mode": "ceasefire",
            "source": ["SYR"],
            "target": ["SYR"],
            "follows": "a",
            "reason": "the army's general staff 'ordered units to stop targeting' and the SDF "
            "'had instructed its forces to cease responding': orders already given to the "
            "forces, a halt put in force, not one announced for later, and docs/event-coding.md "
            "codes a ceasefire 'announced or declared but not yet in force' CONCEDE and 'one in "
            "force' RETREAT ceasefire; b's precedent HO26B-073 (adjudicated: Trump announced "
            "the US 'will stop targeting' the Houthis: CONCEDE, 'an announced future retreat') "
            "is a pledge of what will be done, and a truce declared by the side that stops is "
            "RETREAT ceasefire in ACCORD-2025-050 ('Putin declared an Easter truce': RUS -> "
            "UKR); the SDF coded SYR as in HO27G-016 and by both annotators; a close call",
        },
        "HO28K-033": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["IDN"],
            "target": [],
            "follows": "b",
            "reason": "a government cutting something of its own after protests names no "
            "recipient, and the development gold codes such concessions with none: HO26E-044 "
            "(Prabowo said parties had agreed to cut lawmakers' benefits to calm the protests: "
            "CONCEDE IDN, none), HO26K-002 (adjudicated: cuts to lawmakers' allowances promised: "
            "CONCEDE IDN, none), HO26L-006 (Nepal lifted the social media ban after the clash: "
            "CONCEDE NPL, none) and HO26F-032; the lawmakers whose perks are cut are the state's "
            "own, not the party conceded to; type as both annotators (CAMEO 08)",
        },
        "HO28K-038": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["CHN"],
            "target": [],
            "follows": "a",
            "reason": "the warplanes 'crossed the median line of the Taiwan Strait', a line and "
            "a strait, places the sentence names, and places are not sources or targets "
            "(docs/event-coding.md); the development gold gives Chinese manoeuvres in the "
            "Strait no recipient, HO26-027 (drills 'across the middle and southern regions of "
            "the Taiwan Strait': MOBILIZE troops CHN, none), and TWN only where the sentence "
            "puts the forces around or at Taiwan, HO26N-022 ('to encircle the island'), "
            "HO26R-032 and HO26T-050 ('around Taiwan'); Taiwan's ministry is only the reporter; "
            "mode troops as b and HO26-027 (warplanes, the armed forces deployed, as HO26N-022's "
            "jet fighters)",
        },
        "HO28K-039": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["TGO"],
            "target": [],
            "follows": "b",
            "reason": "the one whose resignation is demanded is 'his', a pronoun whose referent "
            "(Gnassingbé) only the page's title and earlier text give, and the development gold "
            "gives a party given only by the context no recipient: HO27E-034 (adjudicated: "
            "'these measures', their author only in the previous sentence: none) and HO28C-007 "
            "(adjudicated: 'the diplomatic headquarters', the US embassy only through the "
            "previous sentence: none); the protests whose target the sentence names get the own "
            "state, HO27K-042 and HO27N-001 (resignation of a named president demanded: ROU -> "
            "ROU, PER -> PER), and those with none named none (HO27D-044, adjudicated: most "
            "PROTEST demo records have none); type and mode as both annotators",
        },
        "HO28K-040": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "Brown defends 'his nation's ties with China', his own government's "
            "policy, and the development gold codes a leader defending his own administration, "
            "decision or position a statement: HO26Q-011 (adjudicated: 'defended his "
            "administration': NONE, 'a government justifying its own record or position is a "
            "statement', CAMEO 01), HO27Y-031 and HO27Y-033 (ministers 'defended the decision': "
            "NONE); SUPPORT for a defence (CAMEO 052) is given where another's act is defended, "
            "HO26E-039 (the Kremlin defending North Korea's launch: SUPPORT RUS -> PRK), and "
            "what is defended here is the Cook Islands' own ties, China doing nothing the "
            "sentence names; the rest ('saying they did not compromise', 'no ... arrangements "
            "had been made') states the same position",
        },
        "HO28K-041": {
            "event": "COERCE",
            "mode": "deport",
            "source": ["AUS"],
            "target": [],
            "follows": "a",
            "reason": "the agreement Australia 'has officially begun implementing' is one 'to "
            "deport members of the so-called NZYQ cohort', and its implementation is a "
            "deportation carried out (the first individual arrived); the development gold codes "
            "deportations under a deal with the receiving state COERCE deport with the "
            "destination in neither role: HO27I-007 (migrants 'deported to France ... as part "
            "of the Government's returns deal': COERCE deport GBR, none) and HO27L-039 (men "
            "deported from the US to Eswatini under its third-country programme: COERCE deport "
            "USA, none), by docs/event-coding.md ('a destination ... is neither role'); the "
            "deportees' own state is not named, so no recipient, as HO27I-009 (adjudicated); "
            "b's COOPERATE would code the deal, not what is being done under it",
        },
        "HO28K-042": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the governing verb is 'confirmed', and what Burke confirms is a "
            "notification ('Nauruan authorities had notified Canberra of the arrival'), a "
            "statement of fact, CAMEO 01, which codes nothing (docs/event-coding.md), as "
            "HO27I-031 ('notified Finnish authorities': NONE) and HO26M-026 ('He informed the "
            "media': NONE); the payment stands in a participle clause after a comma "
            "('triggering the release of the first annual installment'), and the development "
            "gold codes the main clause, not what a ', triggering / prompting / sparking' clause "
            "adds: HO26K-018 (banned the Pride march, 'prompting a defiant response': COERCE), "
            "HO26R-009 and HO26U-031 ('triggering criticism': COERCE); the installment's payer "
            "and receiver are given only by the deal ('under the 30-year deal'); a close call, "
            "as b says",
        },
        "HO28K-046": {
            "event": "SANCTION",
            "mode": "discontinue",
            "source": ["PHL"],
            "target": [],
            "follows": "b",
            "reason": "the Philippines left the Rome Statute, a treaty; the Court it founds is "
            "not named in the sentence, and a recipient is given only where one is named "
            "(news-heldout-2026's DOCUMENT convention: 'a recipient only where clear and named "
            "in the sentence'): HO27Z-035 gives IGO where the organisation left is named "
            "('withdrawal from the Food and Agriculture Organization': SANCTION withdraw NIC -> "
            "IGO); a treaty suspended is SANCTION discontinue in HO27B-019 (India 'suspended the "
            "Indus Waters Treaty': discontinue) and HO26U-034 (Iran's suspension of its "
            "cooperation with the IAEA: discontinue); 'withdraw' in CAMEO2PLOVER-2021 is the "
            "recall of envoys and forces (HO27V-019, HO26B-036: ambassadors withdrawn); 'in a "
            "move widely criticized' is background, as both annotators",
        },
    },
    modes_kept={
        "HO28K-001": "a's restrict kept (b null): besides the takeover in the quotation, the "
        "colonel says the military 'was dissolving all institutions except the lower house', an "
        "administrative measure against named state bodies that the development gold codes "
        "COERCE restrict, HO27Y-030 (adjudicated: the junta 'has dissolved' the electoral "
        "commission: COERCE restrict BFA -> BFA, CAMEO 172); a seizure of power alone has no "
        "mode in HO27V-001 and HO28A-036 (COERCE GNB -> GNB, BEN -> BEN); a's restrict is not "
        "wrong",
        "HO28K-003": "a's null kept (b yield): the development gold codes calls to stop or halt "
        "an activity with no mode, ACCORD-2025-028 ('urged Putin to stop the attacks': REQUEST "
        "USA -> RUS), HO26V-018 ('urged India to halt'), HO28C-019 ('urged the United States to "
        "stop making threats') and HO27X-030 (to halt deportations), yield only for ending "
        "hostilities or releasing detainees (HO26B-068, HO27V-038); protesters asked to end "
        "their agitation give up no force, prisoner or position; a's null is not wrong",
        "HO28K-009": "a's disapprove kept (b allege): 'caving to United States and Israeli "
        "pressure' is no crime, abuse, aggression or treason (CAMEO 1121-1125, the allege codes "
        "of CAMEO2PLOVER-2021), and the development gold codes 'accused X of' a political "
        "failing disapprove, HO26K-030 (accused the Democratic Party of breaching the "
        "agreement: ACCUSE disapprove), as session 29 kept a's disapprove for HO28B-047 (a "
        "'secret deal'); a's disapprove is not wrong",
        "HO28K-022": "a's disapprove kept (b allege): blaming escalations on 'provocations' by "
        "the other side is coded disapprove in most of the development gold, HO26O-032 "
        "(condemned 'provocations by Afghanistan': ACCUSE disapprove PAK -> AFG), HO27V-023 "
        "('irrational provocations': disapprove) and HO27S-030 (Oli 'blamed the violence on "
        "external elements': disapprove), allege in HO26T-044 (Kallas accused Moscow of a "
        "'provocation'); a's disapprove is not wrong",
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH32-013": "follows B (third engineer, session 32): Putin sets the alternative himself, "
        "Ukraine's forces leave the Donbas 'or Russia will seize it by force': a cession first "
        "(RUS territory low, both annotators) and the fighting going on until it is made, the "
        "ceasefire scale's low end; the development gold codes Putin's either-or in these terms "
        "both ways, EVH5-015 ('If they won't leave then we will achieve that by armed force': "
        "RUS territory low and ceasefire low, both annotators), EVH21-009 (adjudicated: talks to "
        "end the war only after withdrawal from the four regions: both) and EVH11-017 (military "
        "operations halted only if Ukraine withdraws: both); EVH22-018 and EVH20-016, territory "
        "only, name no force and no fighting",
        "EVH32-029": "follows B (third engineer, session 32): Zakharchenko complains that the "
        "republics' leaders 'had not been consulted over the constitutional changes', a demand "
        "for a say in the constitutional reform of Minsk-2, which the development gold codes "
        "special_status high for the one who demands it: EVH10-043 (draft amendments "
        "'elaborated without consultations with the self-proclaimed republics': RUS "
        "special_status high), EVH11-044 (Kiev 'should hold talks with east Ukraine's "
        "pro-Russians over any constitutional reforms': RUS high) and EVH18-028 (the republics' "
        "offers on constitutional amendments unanswered: SEP high); the constitutional changes "
        "are named in the sentence, so the issue stands there (not the EV-048 case); SEP as "
        "both republics' leaders (EVH26-027)",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s32b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s32" not in p.name]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s32b
# build).
document_comment = hb.dated(s19.s18.document_comment, DAY)


def with_label(record: dict[str, Any]) -> dict[str, Any]:
    """An evidence record of the collector's file with its ``label`` under ``annotations.A``,
    the form ``hb.merge_evidence`` reads (this session's A file gives the label on the record,
    as the event collectors give theirs)."""
    if "annotations" in record or "label" not in record:
        raise hb.BuildError(f"{record['id']}: no label of A's on the record, or annotations too")
    out = {k: v for k, v in record.items() if k != "label"}
    out["annotations"] = {"A": record["label"]}
    return out


def build_evidence_set(
    others: Sequence[Path], issues: Callable[[str], Sequence[str]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps with A's labels moved under ``annotations.A`` first."""
    a = [with_label(r) for r in hb.read_records(IN / "evidence-A.jsonl")]
    b = hb.read_records(IN / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    return hb.evidence_summary(records, EVIDENCE_DECIDED, EVIDENCE, issues), near


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(development_files(others))
    reasons = [*s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for f in ("events-a.json", "evidence-A.jsonl") for r in hb.read_records(IN / f)]
    cited = hb.check_citations(reasons, development, own)
    events, near_events = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 32", SCOPE, f"{OUT}/"),
        others,
        document_comment,
    )
    evidence, near_evidence = build_evidence_set(
        [*others, EVENTS], lambda s: [i.id for i in resolve(s).issues]
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
