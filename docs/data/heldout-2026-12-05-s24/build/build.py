"""Assemble session 24's first held-out pair (news-heldout-s24.json, HO27M; evidence-heldout-
s24.jsonl, EVH24) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md (its ``build_event_set``: session 19's steps,
reading both forms in which session 24's b files give their labels) and session 18's DOCUMENT
comment as session 21's first build dates it (2026-12-05). Run from the repository root with
PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels, leaves out the
sentences another gold file holds in other words, applies the adjudicator's decisions below,
checks the new files against every other gold file, and computes agreement. The evidence set was
built and committed first (its second annotation was done first).
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

# Session 21's first build: its ``s19`` (``build_event_set``, ``event_reasons``, session 18's
# ``NEAR_RULE`` and ``near_figures``) with session 18's DOCUMENT comment dated 2026-12-05, the
# day session 24 builds its sets too.
s21 = hb.load_build(DATA / "heldout-2026-12-05-s21" / "build" / "build.py")

IN = Path("/work/coord/s24/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s24/build")
EVENTS = NEWS / "news-heldout-s24.json"
EVIDENCE = NEWS / "evidence-heldout-s24.jsonl"
# The CHECK files of session 24 (sessions 22 and 23's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s22.json",
    "news-heldout-s22b.json",
    "news-heldout-s22c.json",
    "evidence-heldout-s22.jsonl",
    "news-heldout-s23.json",
    "news-heldout-s23b.json",
    "news-heldout-s23c.json",
    "evidence-heldout-s23.jsonl",
}
DAY = "2026-12-05"
if s21.BUILT != DAY:
    raise hb.BuildError("session 21's build no longer dates the DOCUMENT comment 2026-12-05")

# What the event set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a refusal to step down, condemnations and accusations, "
    "warnings and threats, demands and appeals, curfews and bans on gatherings, revoked "
    "citizenship, deportations, a banned movement, a nationalised mine and an expelled "
    "ambassador, protests and strikes, missile and air strikes, clashes and a de-escalation "
    "agreed, visits, talks and a phone call, agreements, support, aid, curfews lifted and "
    "loudspeakers removed, and statements with no event, across Africa (Madagascar, Cameroon, "
    "Tanzania, Ethiopia and Eritrea, Niger, Nigeria), the Middle East (Yemen's Houthis and "
    "Israel, Lebanon, Syria, Iraq, Jordan, Kuwait, Iran, Saudi Arabia and Pakistan), Asia (Nepal, "
    "Mongolia, India and Pakistan, Afghanistan and Iran, India, China and Japan, the Koreas, Sri "
    "Lanka and the Maldives, Kazakhstan) and Oceania (Papua New Guinea and Bougainville, "
    "Australia, Samoa)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27M-001": {
            "event": "REJECT",
            "mode": "change",
            "source": ["MDG"],
            "target": [],
            "follows": "a",
            "reason": "a refusal to step down is the rejection of a demand for a change of leader (CAMEO 1231 'Reject demand for change in leadership' -> REJECT change, CAMEO2PLOVER-2021), and the development gold gives a leader's refusal of calls to resign no recipient where the callers are protesters or unnamed: HO26K-007 (Jeri 'rejected calls to step down' after a protest led by Gen Z activists: REJECT PER, none) and HO26N-034 ('has refused calls to step down': REJECT change PER, none); the own state as recipient is the domestic convention of protest, coercive and violent acts (docs/event-coding.md), not of a refusal, and the protests stand only in a phrase of defiance; b's HO26D-028 codes the protests themselves; type and source as both annotators, a's mode",
        },
        "HO27M-018": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the main clause dates 'the vote' (an event noun with no party, which codes nothing: docs/event-coding.md, precision on news text) by what it 'followed', and the protests stand only as that background, the object of 'followed', their calls for the prime minister to step down made by an unnamed 'some'; the development gold codes no event for protests that stand as background to another clause, HO26T-007 (the unrest 'marked a serious escalation' of months of student-led protests: NONE), and where such protests stand in a phrase of time it codes only the main act, HO26K-007 and HO26L-006 ('following' a protest or a clash)",
        },
        "HO27M-019": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["TZA"],
            "target": [],
            "follows": "b",
            "reason": "what Tanzania lifted is 'restrictions', a curfew and an internet blackout among them, and restrictions lifted now are CONCEDE in the development gold, HO26D-032 (the authorities 'lifted all restrictions' on September 9: CONCEDE NPL, none), as docs/event-coding.md's gold conventions write it (easing restrictions and bans is CONCEDE: PLOVER manual 3.4; CAMEO 081, 0811, 0812); for the curfew the same section says that the coders follow CAMEO2PLOVER's 0813 (RETREAT) while the manual's 3.4 names removing curfews as a concession, so that by the gold's rule (the manual wins) the gold codes them CONCEDE, and no development record codes a lifted curfew RETREAT (HO26G-015, adjudicated: CONCEDE); a's RETREAT ease is the coders' reading; source and no recipient as both annotators",
        },
        "HO27M-034": {
            "event": "COOPERATE",
            "mode": None,
            "source": ["AFG", "IRN"],
            "target": [],
            "follows": "a",
            "reason": "'announced the formation of' two joint working groups with the Afghan authorities reports cooperation set up (docs/event-coding.md: a noun after 'announced the' and before 'of' is read as its verb), as HO26K-023 (UNSMIL 'announced the formation of a truce committee in cooperation with' the Presidential Council: COOPERATE IGO+LBY, none); AGREE is for promises and intents (PLOVER manual 3.1, as the adjudication of HO26J-040 says), and b's HO26Q-055 codes 'agreed to establish' a working group, a verb of agreeing to a later act; sources as both annotators (Iran's official, 'He' of the page's previous sentence, and the Afghan authorities), no recipient",
        },
        "HO27M-039": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["LKA", "MDV"],
            "target": [],
            "follows": "b",
            "reason": "agreements exchanged after talks (a memorandum of understanding and a mutual legal assistance agreement) are agreements concluded, CAMEO 057 'Sign formal agreement' -> SUPPORT (CAMEO2PLOVER-2021; PLOVER manual 3.3, ratify, sign or finalize an agreement; AGREE is for promises to sign, 3.1), as the development gold codes memoranda signed by two states: HO26J-031 (adjudicated: India and Sri Lanka signed an MoU: SUPPORT IND+LKA, none), HO26C-004 (adjudicated: a memorandum signed: SUPPORT UKR+USA) and HO26H-011 (adjudicated: joint signings, all participants as actor, no recipient); sources as both annotators",
        },
    },
    modes_kept={
        "HO27M-023": "a's 'disapprove' kept (b 'allege'): CAMEO 112 'Accuse' is ACCUSE disapprove in CAMEO2PLOVER-2021, allege being the charges of 1121-1125 (crime, human rights abuses, aggression, war crimes, espionage), and the development gold codes an accusation of breaching an agreement both ways, allege in HO26S-019, HO26U-003, HO26V-020 and HO26J-010, disapprove in HO26K-030 (the People's Party accused the Democratic Party of breaching the agreement); a's is not clearly wrong",
        "HO27M-045": "a's 'meet' kept (b null): rejecting dialogue is CAMEO 125 'Reject proposal to meet, discuss, or negotiate' -> REJECT meet (CAMEO2PLOVER-2021), as HO26P-021 (Noboa refused to negotiate with the Indigenous federation: REJECT meet); a's is not wrong",
    },
    modes_taken={
        "HO27M-006": (
            "ban",
            "b's 'ban' taken (a 'curfew'): the sentence's first act is the ban on public gatherings ('has imposed a ban ... and enforced a curfew'), and the gold codes one event, of the first of two coordinated acts, as HO26K-009 ('ordered a nationwide night curfew and blocked internet services': COERCE curfew, the first act) and HO26D-001 (decided to expel officials 'and recalled' the ambassador: SANCTION expel); a ban on gatherings is COERCE ban in the development gold, HO26P-004 (a ban on rallies in Istanbul); a's mode is the second act's",
        ),
    },
)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH24-002": "follows B (third engineer, session 24): what Kyiv rejects, 'that' (Russia among the guarantors), is given only by the page's previous sentence, and the reason Kyiv gives (a Moscow 'veto over any outside military support') names no guarantee, backstop, troops or membership: the sentence states no issue, the EV-048 rule ('that suggestion' given only in the previous sentence: no stance), as EVH20-015 (Rutte waved off 'Moscow's objections': Russia 'doesn't get a veto': no stance, both annotators) and EVH14-017 (adjudicated: 'the deal' given only by the context: no stance); A's UKR security_guarantees high is the reading the page would give",
        "EVH24-003": "follows B (third engineer, session 24): the Kremlin refuses foreign troops stationed in Ukraine 'to execute the security guarantees', and troops refused as the means of a guarantee bear on both scales, peacekeeping and security_guarantees, toward the low end: EVH14-009 (adjudicated: Putin rejected Western peacekeepers 'as a security guarantee': RUS peacekeeping and security_guarantees low) and EVH-053 (adjudicated: no US troops 'as part of any security guarantee': both low), the mirror of EV-008 and EVH5-013 (troops offered as a guarantee: both high); RUS peacekeeping low as both annotators (EVH21-016)",
        "EVH24-006": "follows B (third engineer, session 24): both sides ceding land to end the war is an exchange of territory, the 75 point of the territory scale ('partial Russian withdrawal or exchange of territory'), and the direction is the end the stated stance lies nearer to, not its movement away from Ukraine's claim: high, as EVH10-027 (adjudicated: Trump's territory swaps to the 'betterment of both' sides: USA territory high) and EV-128 (adjudicated: an exchange of territories: UKR territory high, where A had read the movement)",
        "EVH24-008": "follows B (third engineer, session 24): the only holder is 'He' (Zelensky, named only in the page's earlier sentences), and the gold is sentence-level (docs/event-coding.md, gold conventions for stance evidence: what the sentence itself states): a sentence whose speaker is only a pronoun has no stance, as EV-169 and EV-124 (adjudicated: 'He added', 'he said', the speaker not named: no stance) and EVH5-029 (adjudicated: 'He' given only by the context); Ukraine stands in the reported clause only as the one 'forced to leave', with no act or position of its own, unlike EVH8-004 ('He stressed that Kiev is categorically against trading our land': Kiev named as the holder, UKR territory high) and EVH2-014 (Russia named as the holder); A's UKR territory high is the reading the page would give",
        "EVH24-011": "follows B (third engineer, session 24): Lavrov calls 'the situation' evidence of theft, and what the situation is (the EU's use of Russia's frozen assets) is given only by the context: the sentence names no frozen assets, reparations or reconstruction, so it states no issue (the EV-048 rule), as EVH14-017 and EVH15-035 (adjudicated: the referent given only by the context: no stance); EVH9-025 ('any use of frozen Russian funds ... pure theft': RUS reconstruction low) names the assets",
        "EVH24-019": "follows B (third engineer, session 24): Downing Street makes 'a US-supported security guarantee' a requirement of UK ground troops in Ukraine: the European force with a US backstop, the 75 point of both scales, so GBR security_guarantees high besides GBR peacekeeping high (both annotators), as EVH5-013 (adjudicated: UK troops 'with U.S. backing, as a security guarantee': both scales high), EV-008 (adjudicated: troops as a contribution to guarantees: both) and EVH21-020 (Starmer's 'security backstop': GBR security_guarantees high); 'its significance in any ceasefire' states no timing of a truce (B)",
        "EVH24-021": "follows B (third engineer, session 24): 'He' (Klimkin, named only in the page's previous sentence) is the only speaker, and a sentence whose holder is only a pronoun has no stance in the sentence-level gold: EV-170 (adjudicated: 'He also called for rather strong autonomy': no stance), EVH5-033 (adjudicated: 'he' given only by the headline and context) and EV-169 (adjudicated); A's UKR special_status low is the reading the page would give",
        "EVH24-023": "follows B (third engineer, session 24): the rebels 'also signed the agreement', and which agreement it is and what it provides are given only by the context: the sentence names no ceasefire, truce, heavy weapons, OSCE, status or border, so it states no issue (the EV-048 rule), as EVH14-017 (adjudicated: Svyrydenko signed 'the deal', the sentence naming no issue: no stance) and EVH12-008 (adjudicated: 'the draft' given only by the context: no stance); A's SEP ceasefire high is the reading the page would give",
        "EVH24-024": "follows B (third engineer, session 24): 'The four leaders' are not named in the sentence (Hollande, Merkel, Poroshenko and Putin only in the statement's earlier lines), and the development gold gives such a sentence no stance: EV-045 (adjudicated: 'the four' who emerged from the talks all agreeing to a ceasefire are not named: no stance) and EVH5-045 (adjudicated: 'They also agreed on the pressing need' to implement the cease fire: no stance); EVH12-041 and EVH13-026 give the four leaders ceasefire high because they name them",
        "EVH24-026": "follows B (third engineer, session 24): the sentence has no speaker (Lavrov is named only in the page's next sentence), and an unattributed sentence has no actor in the sentence-level gold: EV-004 (adjudicated: the speaker not named, 'a pronoun or an unattributed quotation': no stance) and EVH10-037 (adjudicated: 'We' the only speaker: no actor); whether Kyiv's direct dialogue with Donetsk and Lugansk is a point of the special_status scale (A's reading, as EVH10-043) needs no decision here",
        "EVH24-027": "follows B (third engineer, session 24): 'the Mission' whose mandate and staff Russia alone blocked is named only by the context (the OSCE observers at the Russian checkpoints, in the page's title): the sentence names no border, crossing or OSCE monitoring, so it states no border_control stance (the EV-048 rule), as EVH14-017 and EVH15-035 (adjudicated: the referent given only by the context: no stance); EVH19-029 (RUS border_control low) names 'the mission's mandate to the entire section of the border'",
        "EVH24-036": "follows B (third engineer, session 24): 'The group' (the Taliban, named only in the context) is not named in the sentence, and a holder given only by the context gives no stance in the sentence-level gold: EV-045 (adjudicated: 'the four' not named), EVH12-008 (adjudicated: 'the president' not named) and EVH18-029 (adjudicated: 'They', named only in the sentence before); Ghani's failure to agree on a negotiating team states no position (both annotators); A's TAL intra_afghan_talks low (as EVH-044) is the reading the page would give",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s24b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s24" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def query_folded(record: dict[str, Any]) -> dict[str, Any]:
    """B's record with its quote check in the gold's form: B wrote the query it ran (always the
    record's ``found_by`` query) as a field ``query``, which the gold reader refuses
    (``QuoteCheck`` keeps status, url_checked, differences and by), so the query goes into
    ``differences``, whose text already says that the record's found_by query was run."""
    check = dict(record["quote_check"])
    query = check.pop("query")
    if record["found_by"] != f"search tool, corpus pages, query: {query}":
        raise hb.BuildError(f"{record['id']}: B's query is not the record's found_by query")
    check["differences"] = f"{check['differences']} (query: '{query}')"
    return {**record, "quote_check": check}


def build_evidence(others: Sequence[Path]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The evidence set EVH24, with the steps of ``hb.build_evidence_set`` (read A and B, leave
    out the near duplicates of ``others``, merge, write, summarise), B's records taken through
    ``query_folded``: the evidence part of agreement.json and the near duplicates, by id."""
    a = hb.read_records(IN / "evidence-A.jsonl")
    b = [query_folded(r) for r in hb.read_records(IN / "evidence-B.jsonl")]
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    summary = hb.evidence_summary(
        records, EVIDENCE_DECIDED, EVIDENCE, lambda s: [i.id for i in resolve(s).issues]
    )
    return summary, near


def main() -> None:
    others = gold_files(EVENTS, EVIDENCE)
    development = hb.record_files(development_files(others))
    reasons = [*s21.s19.event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    cited = hb.check_citations(reasons, development)
    which = ("session 24", SCOPE, f"{OUT}/")
    events, near_events = hb.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, which, others, s21.s19.s18.document_comment
    )
    evidence, near_evidence = build_evidence([*others, EVENTS])
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s21.s19.s18.NEAR_RULE,
                "events": s21.s19.s18.near_figures(near_events),
                "evidence": s21.s19.s18.near_figures(near_evidence),
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
