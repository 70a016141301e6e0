"""Assemble session 27's first held-out pair (news-heldout-s27.json, HO27V; evidence-heldout-
s27.jsonl, EVH27) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md: ``build_evidence_set`` for the evidence set,
``build_event_set`` for the event set, with session 18's DOCUMENT comment ``dated`` 2026-12-05.
Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it
copies labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file, and computes
agreement. The evidence set was built and committed first (its second annotation was done
first).
"""

import sys
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

# Session 18's build: its DOCUMENT comment, ``NEAR_RULE`` and ``near_figures`` (session 18's
# comment names its own day, 2026-12-04, which ``hb.dated`` replaces with this session's).
s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s27/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s27/build")
EVENTS = NEWS / "news-heldout-s27.json"
EVIDENCE = NEWS / "evidence-heldout-s27.jsonl"
# The CHECK files of session 27 (sessions 25 and 26's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s25.json",
    "news-heldout-s25b.json",
    "news-heldout-s25c.json",
    "evidence-heldout-s25.jsonl",
    "news-heldout-s26.json",
    "news-heldout-s26b.json",
    "news-heldout-s26c.json",
    "evidence-heldout-s26.jsonl",
}
DAY = "2026-12-05"
# The DOCUMENT comment of this session's event sets (also used by the s27b build).
COMMENT = hb.dated(s18.document_comment, DAY)

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH27-003": "follows B (third engineer, session 27): the ceasefire Putin rejected is named in the sentence as the US proposal ('the US-proposed ceasefire'), and the development gold gives the proposer a sentence names its ceasefire stance, high: EVH22-008 ('the USA's proposal for a 30-day ceasefire': USA ceasefire high besides UKR) and EVH23-019 (a temporary ceasefire 'proposed by Ukraine and its European backers': UKR ceasefire high besides RUS and USA low); RUS ceasefire low as both annotators; the Kremlin officials' warning adds no stance",
        "EVH27-006": "follows B (third engineer, session 27): the sentence names the US peace plan's 'only de-facto recognition' of Crimea and Donbass as Russian, a term of the plan, and the development gold codes a plan's or proposal's territorial terms named in the sentence for its author: EVH11-011 (adjudicated: the 28-point plan drafted by the US and Russia, which 'proposes to force Kyiv to cede' territory: USA and RUS territory low) and EVH18-009 (a U.S.-backed proposal requiring major territorial concessions: USA territory low); a recognition in fact lies below the scale's midpoint (50: a freeze with the occupation not recognised in law), low; RUS territory low as both annotators (as EVH23-005)",
        "EVH27-008": "follows B (third engineer, session 27): 'their positions' names no land, region or line, so the sentence states no territorial term (which positions, in the Donbas, is given only by the context: the EV-048 rule, as EVH14-017 and EVH15-035, adjudicated: the referent given only by the context, no stance); every development record that gives Russia territory low for a demanded Ukrainian withdrawal names the land: EVH21-001 ('withdraw from the Donbas region'), EVH22-018 (from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions), EVH20-016 ('pull out of the Donbas') and EVH18-002 ('from occupied areas'); RUS ceasefire low as both annotators (the war goes on until the condition is met, as EVH21-009)",
        "EVH27-009": "follows B (third engineer, session 27): China holding that a peace conference both Ukraine and Russia agree to should be held 'to resolve the war' pushes for a negotiated end, the ceasefire scale's high side, as the development gold codes China's calls for peace talks: EVH23-015 ('China favors promoting peace talks': CHN ceasefire high), EV-189 (adjudicated: a joint peace plan 'calling for inclusive peace talks with both conflicting states': CHN ceasefire high) and EVH-039 (all parties to seek a political settlement through dialogue: CHN ceasefire high); A's reading (the format of talks is no issue of the scenario) would leave those records uncoded too",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s27b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s27" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def main() -> None:
    others = gold_files(EVENTS, EVIDENCE)
    development = hb.record_files(development_files(others))
    cited = hb.check_citations(EVIDENCE_DECIDED.adjudications.values(), development)
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, *([EVENTS] if EVENTS.exists() else [])],
        lambda s: [i.id for i in resolve(s).issues],
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s18.NEAR_RULE,
                "evidence": s18.near_figures(near_evidence),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))


if __name__ == "__main__":
    main()
