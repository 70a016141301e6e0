"""Assemble session 23's second held-out event set (news-heldout-s23b.json, HO27K) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the first s23 build's ``build_event_set`` it copies labels, leaves out the sentences
another gold file holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s23 set's included, once it exists), and computes
agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s23 = hb.load_build(DATA / "heldout-2026-12-05-s23" / "build" / "build.py")

IN = Path("/work/coord/s23/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s23b/build")
EVENTS = NEWS / "news-heldout-s23b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, requests and calls, threats of "
    "reprisals, of measures and of a border closure, a refusal of military action and the "
    "rejection of a peace plan, an ambassador recalled and retaliatory tariffs, a house arrest, "
    "prison sentences and police dispersing protesters, demonstrations and a march, prisoner "
    "releases and a pardon, a trade agreement signed and a peace agreement's text initialled, "
    "talks and a meeting, a pledge of defence spending, a delivery of air defence systems "
    "announced and a prisoner exchange offered, the easing of sanctions agreed, a missile and "
    "drone attack and a drone strike, naval deployments and relief after a hurricane across the "
    "Americas (Venezuela and the US, Brazil, Colombia, Mexico, Argentina, Canada, Cuba, Panama, "
    "El Salvador, Jamaica), Europe (Serbia, Poland and Russia, Hungary, Denmark, Georgia, Armenia "
    "and Azerbaijan, Belarus and Lithuania, Ukraine, Germany, France and the UK, Romania) and "
    "international organisations' meetings (the OSCE Ministerial Council, the EU's foreign "
    "ministers, the NATO summit, the UN Security Council)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27K-004": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the sentence reports a response in preparation, neither made nor stated, and does not name what it will be: no act and no stated intent, so no event; docs/event-coding.md codes THREATEN for 'an intended or possible hostile one' (an act the sentence names), and the THREATEN records of Brazil's answer to the same tariff state Lula's own pledge or warning: HO27A-012 (b's precedent, 'pledging to answer' the move), HO26B-079 (he 'pledged a strong response' the same day) and HO26E-049 (said that his country would retaliate); a reporter's word that something is being prepared codes nothing, as HO26N-015 (preparing a summit 'would take time': NONE, both annotators); Trump's tariff announcement is in the relative clause, background (both annotators); b marked its own reading low in confidence",
        },
        "HO27K-016": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the sentence gives the protests' duration since 28 November, background to the page's news (the court's sentences, HO27K-015), not a protest on a day it reports: the development gold codes a movement or a state of affairs lasting since a date NONE, as HO26E-031 (outrage in Serbia that 'has since grown' into an anti-government movement: NONE, both annotators), HO26I-008 (at the centre of an insurgency since 2017: NONE) and HO26T-059 (gangs grown in power since 2021: NONE); b's precedents report protests on the days they name, HO26S-056 (adjudicated: protests continued 'late Friday and into Saturday') and HO26G-009 (protests continued Saturday); the 'when' clause on Georgian Dream's announcement is background (both annotators)",
        },
        "HO27K-022": {
            "event": "CONSULT",
            "mode": None,
            "source": ["CAN", "USA"],
            "target": [],
            "follows": "b",
            "reason": "Carney reports two coordinated predicates, negotiations under way with the Americans and, 'in parallel', reprisals prepared in case they fail; the development gold codes the first of two coordinated acts, HO26D-001 (decided to expel officials and recalled the ambassador: the first's mode) and HO27C-033 (adjudicated: the first of two coordinated predicates, REJECT, not the THREATEN of the second); negotiations between two states with no host are a joint act, both as actor and no recipient (docs/event-coding.md, talks between X and Y, PLOVER's rule for reciprocal meetings), as HO26W-029 (adjudicated: a president said that Syria 'was negotiating with Israel': CONSULT SYR+ISR, none); a's THREATEN CAN -> USA codes the second predicate, whose reprisals wait on a condition",
        },
        "HO27K-026": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["AZE", "ARM"],
            "target": [],
            "follows": "b",
            "reason": "the two foreign ministers initialled the peace agreement's text, and the development gold codes an agreement's text initialled or signed SUPPORT (CAMEO 057, sign formal agreement): HO26-045 (Armenia 'initialed a peace treaty' with Azerbaijan, the same act of 8 August 2025: SUPPORT, both annotators) and HO26E-023 (adjudicated: representatives of two states 'signed the text of a peace agreement': SUPPORT COD+RWA, no recipient); a's precedent HO26J-003 (PNG and Australia 'have agreed on the text' of a treaty: AGREE) is AGREE by its verb, agreed, which this sentence does not have; the ministers of both states are the subject: both as actor and no recipient (both annotators), the two presidents and the prime minister only present",
        },
    },
    modes_kept={
        "HO27K-003": "a's 'yield' kept (b null, as HO26R-013, Lula urged Trump to reconsider the tariff): a demand that tariffs be lifted is CAMEO 1054, demand easing of economic sanctions, boycott or embargo, which CAMEO2PLOVER-2021 maps to REQUEST yield, and the PLOVER codebook's REQUEST yield covers a request for the end of sanctions; a's is not wrong",
        "HO27K-009": "a's null kept (b 'yield', as HO26B-068, Trump urged Putin to end hostilities): calls to stop a war or its attacks are REQUEST with no mode in ACCORD-2025-028 (urged Putin to stop the attacks on Kyiv), HO26Q-046 (called for a halt to hostilities) and HO26O-041; a's null is not wrong",
        "HO27K-044": "a's 'troops' kept (b 'weapons'): a navy's deployment is MOBILIZE troops in HO26E-056 (two ships dispatched to the Caribbean) and HO27C-050 (a carrier strike group entering the region, a's kept), weapons in HO26B-069; the PLOVER codebook's troops mode mobilizes armed personnel or units, its weapons mode raises the readiness of weapons systems; a's is not wrong",
        "HO27K-045": "a's 'troops' kept (b 'weapons', as HO26B-069, a carrier and its vessels ordered to the Caribbean): warships deployed are MOBILIZE troops in HO26E-056 and HO27C-050 (a's kept there too), and the PLOVER codebook's troops mode mobilizes armed personnel or units; a's is not wrong",
    },
    modes_taken={
        "HO27K-033": (
            None,
            "b's null taken (a 'aerial'): the PLOVER codebook's ASSAULT aerial is an attack with manned aerial vehicles (aircraft, helicopters) and drone one with unmanned ones, and the 18 development records of ASSAULT aerial are all strikes by aircraft (HO26S-003, HO26W-035, HO26F-021, bombs dropped); a combined missile and drone attack has no mode in the development gold, ACCORD-FRESH-008 (drone and missile attacks) and ACCORD-FRESH-014 (missiles and drones directed at Israel); a's 'aerial' is not the codebook's mode for missiles and drones",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s23.development_files(others))
    cited = hb.check_citations(s23.s19.event_reasons(EVENTS_DECIDED), development, ["HO27K-015"])
    events, near = s23.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 23, second set", SCOPE, f"{OUT}/"), others
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s23.s19.s18.NEAR_RULE,
                "events": s23.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
