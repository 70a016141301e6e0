"""Assemble session 38's held-out pair (news-heldout-s38.json, HO29C; evidence-heldout-s38.jsonl,
EVH38) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md (its ``build_event_set`` reads b's labels under
``annotations.b``), session 19's ``event_reasons``, session 18's DOCUMENT comment and session
32's ``with_label`` (A's evidence labels stand on the record), as session 35's build did. Run from
the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file and this
session's other sentence files, and computes agreement.
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
s32 = hb.load_build(DATA / "heldout-2026-12-06-s32" / "build" / "build.py")

COORD = Path("/work/coord/s38")
IN = COORD / "heldout"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s38/build")
EVENTS = NEWS / "news-heldout-s38.json"
EVIDENCE = NEWS / "evidence-heldout-s38.jsonl"
# The CHECK files of session 38 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s36.json",
    "news-heldout-s36b.json",
    "news-heldout-s36c.json",
    "evidence-heldout-s36.jsonl",
    "news-heldout-s37.json",
    "news-heldout-s37b.json",
    "news-heldout-s37c.json",
    "evidence-heldout-s37.jsonl",
}
# This session's other sentence files (the second set's and the third set's, the latter built
# by another adjudicator on its own branch): the duplicate checks read them too, as strings.
SIBLINGS = (
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
)
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-07"

# What the first set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; arrests and a house arrest, accusations and condemnations, "
    "rejections of rulings and claims, requests, support, air strikes, clashes and a crackdown, "
    "a treaty suspended, releases, a mobilisation, an agreement sealed, an invitation, a "
    "sanction and statements with no event across Africa (South Sudan, Nigeria and the US, "
    "Sudan, Mali, DR Congo, Rwanda and the US, Uganda, Burkina Faso and the UN, Libya, "
    "Cameroon), the Middle East (Iran and the IAEA, Syria and the SDF, Yemen's Houthis and the "
    "UN, Iran), Asia (India and Pakistan, Bangladesh and India, Nepal, Afghanistan and "
    "Pakistan, the Philippines and China, China and Japan, Myanmar, the two Koreas, India and "
    "China, Thailand and Cambodia) and Oceania (the Pacific Islands Forum, the Solomon Islands, "
    "Australia and Vanuatu)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29C-005": {
            "event": "REJECT",
            "mode": None,
            "source": ["BGD"],
            "target": [],
            "follows": "b",
            "reason": "Wazed 'rejected the ruling': the development gold gives the rejection of "
            "a court's verdict no recipient, HO28K-011 (Hasina 'rejected the verdict as "
            "politically driven': REJECT BGD, none) and HO26P-012 (Dodik 'rejected the verdict': "
            "REJECT BIH, none); the court is not named, so the tribunal is no recipient; type "
            "and source as both annotators",
        },
        "HO29C-016": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["PAK", "AFG"],
            "target": ["AFG", "PAK"],
            "follows": "a",
            "reason": "the two parties 'accuse each other': docs/event-coding.md's filter of a "
            "careful reader drops a target that is the source again 'unless the sentence says "
            'so ("itself", "each other")\', so each accuser keeps the other as recipient; '
            "b's reciprocal rule is the one docs/event-coding.md writes for talks ('\"Talks "
            "between X and Y\" is a joint act with both as sources and no target (PLOVER's rule "
            "for reciprocal meetings)'), and b's HO28D-001 is a joint agreement and HO28T-013 "
            "codes the clash, not the blame; a close call",
        },
        "HO29C-021": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["SYR"],
            "target": [],
            "follows": "b",
            "reason": "the handshake 'to seal the agreement' is the signing of the Damascus-SDF "
            "deal, which the development gold codes SUPPORT with all signers as actor and no "
            "recipient: HO26L-023 (adjudicated: the SDF 'signed a deal with the Damascus "
            "government': SUPPORT SYR, none) and HO27G-016 (the deal 'signed ... by interim "
            "President Ahmad al-Sharaa and Mazloum Abdi': SUPPORT SYR, none); a's AGREE SYR -> "
            "SYR makes one signer the other's recipient, which the joint-act rule of "
            "docs/event-coding.md ('a joint act of a compound whose would-be target is one of "
            "its own parties') does not",
        },
        "HO29C-027": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the main clause says only that a summit 'is planned', with no actor of the "
            "plan (as HO27D-015, a meeting that 'officially opens': NONE), and the invitation "
            "stands in a relative clause on the two presidents ('both of whom were invited ... "
            "by Donald Trump'), which docs/event-coding.md makes background ('a parenthetical "
            "relative clause (\", who met Putin,\") is background to the main verb'); a's "
            "HO28Q-046 has the invitation as its main verb ('has formally invited Egypt and "
            "Sudan'); a close call, as a says",
        },
        "HO29C-030": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the ones who condemned are unnamed 'rights groups and several foreign "
            "governments', and the development gold gives unnamed rights groups no source and "
            "such a sentence no event: HO28E-043 (rights groups 'have accused the military': "
            "NONE), HO28S-022 (adjudicated: rights organisations 'have "
            "criticized both governments': NONE) and HO27D-010 (adjudicated: unnamed "
            "'human rights organizations': NONE); the gold's NGO source is a named organisation, "
            "HO27V-032 ('Human Rights Watch condemned the verdict') and HO28K-035 (Amnesty "
            "International's Indonesia chapter)",
        },
        "HO29C-033": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["UGA"],
            "target": ["UGA"],
            "follows": "b",
            "reason": "opposition supporters 'have been arrested' (an agentless passive): the "
            "development gold gives such arrests the state whose authorities arrest, "
            "HO27E-002 ('Around two dozen people have been detained', opposition figures: COERCE "
            "arrest VEN -> VEN) and HO26O-059 (PTI activists 'detained by police in Lahore': PAK "
            "-> PAK); the rights groups and monitors only report it (HO27D-010, adjudicated: "
            "unnamed rights groups code no act), and the reported predicate gives the type "
            "(docs/event-coding.md, 'X said Y attacked Z'); type, mode and recipient as both "
            "annotators",
        },
        "HO29C-036": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the critics are unnamed 'organisations advocating to improve the human "
            "rights of North Koreans', and the development gold gives unnamed rights "
            "organisations no source and the sentence no event: HO28S-022 (adjudicated: rights "
            "organisations 'have criticized both governments': NONE), HO28E-043 and "
            "HO27D-010 (adjudicated); the gold's NGO source is named, HO27V-032 (Human Rights "
            "Watch) and HO27V-036 (the Media Foundation for West Africa)",
        },
    },
    modes_kept={
        "HO29C-012": "a's assist kept (b null): Kwankwaso calls on Trump 'to assist Nigeria with "
        "modern technology', an appeal for help, which the development gold codes REQUEST "
        "assist, HO27C-012 (Guatemala will ask the United States for an FBI team 'to help "
        "recapture' gang leaders: GTM -> USA) and HO28S-039 (Benin 'had requested additional "
        "support': BEN -> NGA); a's assist is not wrong",
        "HO29C-025": "a's meet kept (b null): Li Qiang 'has no intention of meeting Takaichi', a "
        "meeting declined, which the development gold codes REJECT meet, HO27O-015 (Kim 'has no "
        "intention of ever resuming dialogue' with South Korea: PRK -> KOR) and HO26Y-017 (Lula "
        "'rejecting the idea of a phone call with Trump': BRA -> USA); a's meet is not wrong",
        "HO29C-049": "a's meet kept (b null): Manele barred dialogue partners 'from formal "
        "meetings', a refusal of their attendance, which the development gold codes REJECT meet, "
        "HO26J-045 (the Solomon Islands 'would not allow non-member countries to attend' the "
        "summit: SLB -> CHN, TWN, USA); b's HO27O-001 bars inspectors from sites, not from a "
        "meeting; a's meet is not wrong",
    },
    modes_taken={
        "HO29C-008": (
            "disapprove",
            "b's disapprove taken (a allege): the protesters hold the police 'responsible for "
            "the 19 people who have died', blame for deaths, which the development gold codes "
            "ACCUSE disapprove, HO26K-020 (residents 'blamed Dbeibeh's government for the "
            "bloodshed': LBY -> LBY); a's HO26I-039 charges a named act ('carrying out days of "
            "attacks'), which this sentence does not",
        ),
        "HO29C-042": (
            None,
            "b's null taken (a crowd-control): the sentence names deaths of a crackdown, not its "
            "means, and the development gold gives killings of protesters no mode, HO28E-017 "
            "(four killed in clashes between security forces and protesters in Douala: ASSAULT "
            "CMR -> CMR, none); crowd-control where tear gas, water cannon or batons are named, "
            "HO26K-004 and HO26M-003",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH38-016": "follows B (third engineer, session 38): Trump asked for minerals worth $500 "
        "billion (USA minerals_deal high, both annotators), 'a request that the country appears "
        "to have agreed to': the development gold codes a writer's hedged report of a party's "
        "answer as stated, EVH16-003 (the Russian delegation 'appears to have rejected' "
        "Ukraine's proposal: RUS ceasefire low, adjudicated), so Ukraine's agreement to the "
        "repayment in minerals is UKR minerals_deal high, as the request it agrees to (EV-104, "
        "EVH35-006: USA high); a close call, as A says",
        "EVH38-029": "follows B (third engineer, session 38): Obama agreed with Merkel 'to allow "
        "for the implementation of diplomatic and political efforts' before any arms delivery, "
        "the diplomatic track preferred over arming, which the development gold codes USA "
        "ceasefire high, EV-155 (Obama, some way from a decision on arming Ukraine, 'still hoped "
        "for a diplomatic solution': USA ceasefire high, 'hope for a diplomatic solution over "
        "arming'); Merkel's own position is not stated (both annotators); a close call, as B "
        "says",
        "EVH38-040": "follows B (third engineer, session 38): the sentence names the exchange, "
        "troops withdraw 'and in return the Taliban has pledged' to keep al-Qaeda out, which "
        "the development gold codes for both parties on both issues, EVH16-037 (adjudicated: "
        "foreign forces would leave 'in exchange for counterterrorism guarantees from the "
        "Taliban': USA and TAL us_withdrawal high, TAL and USA counterterrorism high); "
        "EVH35-036 (adjudicated: TAL alone) names no exchange, the United States only the "
        "other signatory; a close call",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s38b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s38" not in p.name]


def siblings(own: Path, *also: Path) -> list[Path]:
    """This session's sentence files (and ``also``) where they stand, but the set's own
    sentence file ``own``, for the duplicate checks (also used by the s38b build)."""
    return [p for p in (*SIBLINGS, *also) if p.exists() and p != own]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s38b
# build).
document_comment = hb.dated(s19.s18.document_comment, DAY)


def build_evidence_set(
    others: Sequence[Path], issues: Callable[[str], Sequence[str]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``hb.build_evidence_set``'s steps with A's labels moved under ``annotations.A`` first
    (session 32's ``with_label``)."""
    a = [s32.with_label(r) for r in hb.read_records(IN / "evidence-A.jsonl")]
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
        ("session 38", SCOPE, f"{OUT}/"),
        [*others, *siblings(IN / "events-sentences.json", IN / "evidence-sentences.jsonl")],
        document_comment,
    )
    evidence, near_evidence = build_evidence_set(
        [*others, EVENTS, *siblings(IN / "evidence-sentences.jsonl")],
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
