"""Assemble session 19's held-out evidence set (evidence-heldout-s19.jsonl, EVH19) from the
collector's (A) and the second annotator's (B) files, with the shared steps of
docs/data/heldout-common/README.md and the helpers of session 18's first build. Run from the
repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it copies labels,
leaves out the sentences another gold file holds in other words, applies the adjudicator's
decisions below, checks the new file against every other gold file, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s19/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-04-s19/build")
EVENTS = NEWS / "news-heldout-s19.json"
EVIDENCE = NEWS / "evidence-heldout-s19.jsonl"
# The CHECK files of session 19: no reason may cite them.
CHECK_FILES = {"news-heldout-s18.json", "news-heldout-s18b.json", "evidence-heldout-s18.jsonl"}
# This session's other event set: not a development file either.
SIBLINGS = {"news-heldout-s19b.json"}

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH19-002": "follows B (third engineer, session 19): what Zelensky declines is named only as 'this offer', given by the context (on the page, Putin's demand that Ukraine leave the rest of Donetsk), so the sentence states no issue: the EV-048 rule (a suggestion shot down, 'given only in the previous sentence': no stance), as EVH7-027 (Grushko on 'they' and 'there', given by the context: no stance, adjudicated) and EVH14-017 ('the deal', given by the context: no stance, adjudicated); the reasons he gives (unconstitutional, a way to future invasions) name no land; EVH14-001, A's precedent, names what Zelenskyy refuses, that Ukraine 'would not withdraw from territories it controls' (UKR territory high), which this sentence does not",
        "EVH19-004": "follows B (third engineer, session 19): adds RUS ceasefire low: Putin's proposal freezes the front elsewhere only if Ukraine withdraws completely from Donetsk and Luhansk, a halt in the fighting that waits for a cession on Russia's terms, the ceasefire scale's low end, and the development gold gives such a condition both Russian stances: EVH4-012 (a halt in hostilities whose prerequisite is Ukraine's full withdrawal from Donbas: RUS territory and ceasefire low), EVH9-023 (Donbas abandoned before any cessation of hostilities: both low) and EVH13-013 (Putin's demand of a withdrawal from the rest of Donetsk as part of any ceasefire deal, rejected by Zelensky: RUS ceasefire low besides territory low, UKR territory high, adjudicated); Zelensky's 'impossible' answers the proposal stated in the same quotation (UKR territory high) and Trump only relays it (no US stance), as both annotators",
        "EVH19-006": "follows B (third engineer, session 19): 'the deal' is given only by the context (on the page, the US-Ukraine minerals agreement): the sentence names no minerals, resources or fund, so it states no minerals_deal stance, as EVH14-017 (the deal Svyrydenko signed, given by the context: no stance, adjudicated on the EV-048 rule), EVH12-028 (Witkoff: the deal could be signed soon: no stance) and EVH8-015 (the signing of the deal delayed: no stance); EVH-012 (Kyiv hopes that signing 'the agreement' keeps US military support flowing: UKR minerals_deal high) is the one development record the other way, and the later adjudication EVH14-017 follows the EV-048 rule; Ukraine's hope for more US air defence is no end of a scenario issue in the sentence",
        "EVH19-015": "follows B (third engineer, session 19): 'the idea' and 'such a deployment' are given only by the context (on the page, a European force in Ukraine): the sentence names neither the force nor the country it would go to, so it states no issue, as EVH7-027 (Grushko: under whatever guise 'they' appear 'there', a step towards escalation: no stance, adjudicated) and the EV-048 rule; the development records of RUS peacekeeping low name the force or its place in the sentence: EVH17-011 (peacekeeping forces from NATO countries in Ukraine, then 'such a deployment'), EVH8-012 (European peacekeepers to Ukraine) and EVH2-004 (European peacekeeping troops to Ukraine); a risk of confrontation between Russian and NATO forces names no deployment in Ukraine",
        "EVH19-020": "follows B (third engineer, session 19): Chinese diplomats working for a peaceful resolution of the Ukraine crisis is China's push for a negotiated end, the ceasefire scale's high side, as the development gold codes such Chinese statements: EVH-040 (China has called for resolution through dialogue and consultation: CHN ceasefire high, adjudicated), EVH5-025 (a 'constructive role' in peace negotiations: CHN ceasefire high, adjudicated), EV-189 (dialogue and negotiation as the optimal solution: CHN high) and EVH16-019 (building consensus for the ceasefire: CHN high); EV-127 and EVH12-013 (a party's willingness to negotiate or to start a process: no stance) state a readiness to talk, not a push for a settlement; the holder is named by its state (Chinese diplomats: CHN)",
        "EVH19-031": "follows B (third engineer, session 19): adds TAL counterterrorism high: Pompeo's demand that the Taliban live up to their commitments to break with al-Qaeda states the Taliban's commitment as well as the US demand, and the development gold gives both parties the stance: EV-057 (a withdrawal depending on the Taliban upholding their promise to cut ties with al-Qaeda: TAL and USA counterterrorism high) and EVH9-053 (the Taliban's promise to keep al-Qaeda off Afghan territory: TAL and USA counterterrorism high, adjudicated); 'reduce violence' is the reduction in violence, no scenario issue (EV-175, EVH-015: no stance), as both annotators",
        "EVH19-037": "follows B (third engineer, session 19): adds USA intra_afghan_talks high: the US withdrawal 'in return for starting talks' makes the talks a US condition, and the development gold codes a US exchange of withdrawal for talks so: EVH8-049 (withdrawal in exchange for the Taliban sitting down to peace negotiations: USA intra_afghan_talks high, adjudicated) and EVH8-044 (a phased withdrawal if the Taliban enter peace talks: USA us_withdrawal and intra_afghan_talks high); the full withdrawal within 14 months is USA us_withdrawal high (both annotators, as EV-056) and the Taliban, not named, hold no stance (both annotators)",
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p not in (EVENTS, EVIDENCE)]
    development = hb.record_files(p for p in others if p.name not in CHECK_FILES | SIBLINGS)
    cited = hb.check_citations(EVIDENCE_DECIDED.adjudications.values(), development)

    a, b = hb.read_records(IN / "evidence-A.jsonl"), hb.read_records(IN / "evidence-B.jsonl")
    near = hb.near_duplicates(a, others)
    pairs = [p for p in hb.pair(a, b, hb.EVIDENCE_FIELDS) if p[0]["id"] not in near]
    records = hb.merge_evidence(pairs, EVIDENCE_DECIDED)
    hb.write_gold(EVIDENCE, hb.evidence_gold_text(records), records, others)
    evidence = hb.evidence_summary(
        records, EVIDENCE_DECIDED, EVIDENCE, lambda s: [i.id for i in resolve(s).issues]
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "evidence": evidence,
            "near_duplicates_left_out": {"rule": s18.NEAR_RULE, "evidence": s18.near_figures(near)},
            "development_records_cited": cited,
        },
    )
    print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))


if __name__ == "__main__":
    main()
