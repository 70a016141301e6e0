"""Assemble session 35's held-out pair (news-heldout-s35.json, HO28T; evidence-heldout-s35.jsonl,
EVH35) from the collectors' (a / A) and the second annotators' (b / B) files, with the shared
steps of docs/data/heldout-common/README.md (its ``build_event_set`` reads b's labels under
``annotations.b``), session 19's ``event_reasons``, session 18's DOCUMENT comment and session
32's ``with_label`` (A's evidence labels stand on the record). Run from the repository root with
PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels, leaves out the
sentences another gold file holds in other words, applies the adjudicator's decisions below,
checks the new files against every other gold file and this session's other sentence files, and
computes agreement.
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

COORD = Path("/work/coord/s35")
IN = COORD / "heldout"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s35/build")
EVENTS = NEWS / "news-heldout-s35.json"
EVIDENCE = NEWS / "evidence-heldout-s35.jsonl"
# The CHECK files of session 35 (the last two sessions' sets, pooled): no reason may cite them,
# and nothing of them is opened here (the duplicate checks read every file as strings).
CHECK_FILES = {
    "news-heldout-s33.json",
    "news-heldout-s33b.json",
    "news-heldout-s33c.json",
    "evidence-heldout-s33.jsonl",
    "news-heldout-s34.json",
    "news-heldout-s34b.json",
    "news-heldout-s34c.json",
    "evidence-heldout-s34.jsonl",
}
# This session's other sentence files (the second set's and the third set's, the latter built
# by another adjudicator on its own branch): the duplicate checks read them too, as strings.
SIBLINGS = (
    COORD / "heldout2" / "events-sentences.json",
    COORD / "heldout3" / "events-sentences.json",
)
# The day this session's sets were built, for their DOCUMENT comments.
DAY = "2026-12-06"

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH35-012": "follows A (third engineer, session 35): Macron outlines a French-British "
        "coalition 'to support Ukraine militarily post-ceasefire' whose deployment will not be "
        "'mass', that is a smaller one: troops on the ground after a truce, which the "
        "development gold codes peacekeeping high for Macron, EVH3-012 (the coalition 'ready "
        "to go' once a ceasefire is agreed: FRA peacekeeping high) and EVH32-006 (a "
        "multinational 'reassurance force' once a ceasefire is in place: FRA peacekeeping "
        "high); the initiative is French-British, and a plan the two lead is coded for both, "
        "EVH2-038 (France and the U.K. would lead the coalition: FRA and GBR); B's "
        "security_guarantees would need guarantee wording the sentence lacks (EVH16-015: force "
        "plans without it, peacekeeping only); a close call",
        "EVH35-016": "follows B (third engineer, session 35): Zelensky agreed to the proposal "
        "(UKR ceasefire high, both annotators), but the sentence does not say who introduced "
        "it, only that it came 'after talks between Ukraine and the United States'; the "
        "development gold gives the proposer the same stance where the sentence names it, "
        "EVH30-004 (the truce 'put forward by Washington': USA high) and EVH31-005 ('proposed "
        "by the United States': USA high), and this one names none; a close call",
        "EVH35-021": "follows B (third engineer, session 35): Kerry blames the separatists and "
        "the Kremlin and says Putin 'can make the choices that could end this war', a charge "
        "and a statement of what Putin could do, with no demand on a truce; the development "
        "gold gives a charge about the violence no stance, EVH10-031 (adjudicated: violations "
        "'simply unacceptable': no stance), and a ceasefire stance where Kerry asks for the "
        "fighting to end, EVH2-047 ('needs to ... end the bloodshed') and EVH11-043 ('called "
        "for' the separatists 'to end the fighting'); a close call, as A says",
        "EVH35-025": "follows A (third engineer, session 35): Peskov says Russia wanted an "
        "immediate ceasefire (RUS high, both annotators) and that the Sunday deadline was "
        "agreed under the rebel leaders' pressure: what the rebels pressed for is the start date "
        "of a ceasefire they agreed in Minsk, not the scale's low end ('no new ceasefire; "
        "fighting continues', minsk-2015-02), and the development gold gives the separatists "
        "ceasefire high where they act under the Minsk terms, EVH30-026 (heavy weapons "
        "withdrawn 'in line with the Minsk agreements': SEP high); B itself calls SEP low a "
        "weak reading",
        "EVH35-029": "follows B (third engineer, session 35): a draft law granting special "
        "status approved by Ukraine's parliament is Kyiv's own status by ordinary law, which "
        "the development gold codes low, EVH31-030 (the Verkhovna Rada prolonged the "
        "special-status law: UKR low), EVH31-026 (Poroshenko's draft law prolonging the "
        "special status: UKR low) and EVH30-023 (the extension signed: UKR low); A's EVH15-030 "
        "is support for implementing the Minsk agreements as a whole (USA high), not Kyiv's "
        "law; a close call, as B says",
        "EVH35-030": "follows B (third engineer, session 35): what Poroshenko backs is 'the "
        "extension of the special status', Kyiv's own law prolonged, which the development "
        "gold codes low, EVH30-023 (Poroshenko signed a law extending the special status: UKR "
        "low), EVH31-030 and EVH31-026 (prolonged: UKR low); calling it a step to implementing "
        "Minsk does not move what is extended; 'Western partners' name no actor (both "
        "annotators)",
        "EVH35-036": "follows A (third engineer, session 35): the sentence's act is the "
        "Taliban's commitment under the deal, and the development gold codes such a sentence "
        "for the Taliban alone, EVH14-034 (the Taliban vowed to cut ties with al-Qaeda 'as part "
        "of the Doha agreement reached with the Trump administration': TAL high) and EVH12-050 "
        "('The deal also commits the Taliban': TAL high); B's EVH16-037 names the exchange, "
        "withdrawal 'in exchange for counterterrorism guarantees', which gives the US its side; "
        "here the United States is only the other signatory",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s35b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s35" not in p.name]


def siblings(own: Path, *also: Path) -> list[Path]:
    """This session's sentence files (and ``also``) where they stand, but the set's own
    sentence file ``own``, for the duplicate checks (also used by the s35b build)."""
    return [p for p in (*SIBLINGS, *also) if p.exists() and p != own]


# Session 18's DOCUMENT comment with this session's day in its title (also used by the s35b
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
    reasons = [*EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for r in hb.read_records(IN / "evidence-A.jsonl")]
    cited = hb.check_citations(reasons, development, own)
    evidence, near_evidence = build_evidence_set(
        [*others, *siblings(IN / "evidence-sentences.jsonl", IN / "events-sentences.json")],
        lambda s: [i.id for i in resolve(s).issues],
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s19.s18.NEAR_RULE,
                "evidence": s19.s18.near_figures(near_evidence),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))


if __name__ == "__main__":
    main()
