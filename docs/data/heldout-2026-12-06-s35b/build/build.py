"""Assemble session 35's second held-out event set (news-heldout-s35b.json, HO28U) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` and the first s35 build's DOCUMENT comment it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (the first s35
set's included, once it exists) and this session's other sentence files, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s35 = hb.load_build(DATA / "heldout-2026-12-06-s35" / "build" / "build.py")

IN = s35.COORD / "heldout2"
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s35b/build")
EVENTS = NEWS / "news-heldout-s35b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, rejections, demands and "
    "requests, threats, an arrest, a state of siege, hostages taken in prison riots, a court "
    "ruling, sanctions, talks, a phone conversation, an air attack, concessions, support and "
    "statements with no event across the Americas (Peru, Honduras, Costa Rica, Ecuador and "
    "Colombia, Cuba and the US, Cuba and Mexico, Venezuela and the US, Guatemala, Panama, "
    "Bolivia, Canada and China), Europe (Denmark, Greenland and the US, Moldova and Russia, "
    "Belgium and the EU on Russian assets, Serbia's refinery, Kosovo, Portugal, Czechia, France, "
    "the UK and the US, Germany, Ukraine and the US, Russia and Ukraine, the UK and China) and "
    "international organisations' meetings (the EU's sanctions, the UN General Assembly, the "
    "G7)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28U-004": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["MDA"],
            "target": [],
            "follows": "a",
            "reason": "the three people detained are unnamed, and the development gold gives "
            "arrests of unnamed people no recipient: HO26E-042 ('Police detained 15 people': "
            "IDN, none) and HO28L-008 (adjudicated: 'about a dozen anti-government activists' "
            "arrested: SRB, none, after HO26J-027 and HO26G-032); b's HO27E-002 names those "
            "detained (a relative of Edmundo González, Enrique Márquez); type, mode and source "
            "as both annotators (the arrest convention of docs/event-coding.md)",
        },
        "HO28U-007": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["MDA"],
            "target": [],
            "follows": "neither",
            "reason": "the governing act is Dodon's call for a demonstration ('claimed victory' "
            "codes nothing, HO28A-022; the accusation stands in an 'after' phrase, from which "
            "no recipient is taken, docs/event-coding.md), and the development gold codes a "
            "leader's call for a protest action as the protest, not REQUEST: HO28H-012 "
            "(adjudicated: Tchiroma 'called for the protests': PROTEST demo CMR, none; 'no "
            "development record codes a call to protest REQUEST') and HO27V-004 (adjudicated: "
            "a party 'called for a national shutdown' to protest: PROTEST boycott BGD, none); "
            "the addressees of the call, his supporters, are not named and the demonstration "
            "names no one it is against, so no recipient (a's, not b's MDA); neither a's nor "
            "b's REQUEST",
        },
        "HO28U-012": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "the talks are between two companies, Gazprom and MOL, and docs/event-"
            "coding.md's gold conventions say 'a company is no actor (no code)'; the development "
            "gold does not code Gazprom, HO27N-018 (Fico's fear that Gazprom would sue: CONSULT "
            "SVK -> IGO for the meeting only); a's HO26K-042 is talks between officials",
        },
        "HO28U-029": {
            "event": "REJECT",
            "mode": None,
            "source": ["PAN"],
            "target": [],
            "follows": "b",
            "reason": "Panama's Supreme Court declares the state's contract unconstitutional, a "
            "state body setting aside an act, and the development gold codes such a ruling or "
            "declaration REJECT: HO28L-042 (an assembly 'declaring the move unconstitutional': "
            "REJECT BIH -> BIH) and HO28C-045 (Romania's Constitutional Court 'rejected' an "
            "appeal: REJECT ROU -> ROU); the contract's other party is a company, no actor "
            "(docs/event-coding.md, gold conventions), so no recipient; a close call, as a says",
        },
        "HO28U-030": {
            "event": "ASSAULT",
            "mode": "abduct",
            "source": ["GTM"],
            "target": [],
            "follows": "a",
            "reason": "the reported act of force is the hostage-taking ('X said Y attacked Z': "
            "the type follows the reported act, docs/event-coding.md), CAMEO 181, and the "
            "development gold codes rioting inmates who seize hostages ASSAULT abduct, "
            "HO27N-034 (adjudicated: 'rioting inmates seized 46 prison guards': ASSAULT abduct "
            "GTM -> GTM, the guards the state's officers); PROTEST riot is for protesters, "
            "youths, students, a crowd or a mob (docs/event-coding.md, Events), not gang "
            "inmates; the hostages are unnamed here, so no recipient, as HO26O-020 "
            "(adjudicated: a gang kidnapped 25 people: ASSAULT abduct NGA, none); the state is "
            "what the demands are put to, not the act's victim; a close call",
        },
        "HO28U-031": {
            "event": "COERCE",
            "mode": "martial-law",
            "source": ["GTM"],
            "target": [],
            "follows": "a",
            "reason": "'the measure' is the state of siege, and the development gold codes a "
            "state of siege or emergency COERCE martial-law with no recipient: HO26Y-050 (the "
            "same decree, Arévalo 'decreed a state of siege': COERCE martial-law GTM, none), "
            "HO26P-016 (a state of emergency 'restricting public gatherings': ECU, none), "
            "HO26N-033 and HO27C-006; CAMEO 1724 ('state of emergency', 'martial law' in "
            "accord's curated dictionary); the rights suspended are the decree's content, not "
            "another act (b's restrict)",
        },
        "HO28U-039": {
            "event": "REQUEST",
            "mode": None,
            "source": ["BOL"],
            "target": [],
            "follows": "b",
            "reason": "one event, of the first of two coordinated verbs, 'called for dialogue', "
            "as the development gold codes a first verb with a 'but said' clause after it: "
            "HO26S-048 ('denied any link ... but said the strike will go on': REJECT) and "
            "HO27N-010 ('agreed not to block a final deal, but said it did not agree': "
            "CONCEDE), and HO27E-035 (adjudicated: 'one event, of the first of two coordinated "
            "verbs'); the protesters the call is addressed to are not named, so no recipient "
            "(both annotators); a close call, the refusal being the news",
        },
        "HO28U-040": {
            "event": "REQUEST",
            "mode": "change",
            "source": ["BOL"],
            "target": ["BOL"],
            "follows": "b",
            "reason": "one event, of the first of two coordinated verbs, 'called for' (HO27E-035, "
            "adjudicated; HO26S-048, HO27N-010), with the ultimatum 'for the repeal of the "
            "decree' and the demand for 'the president's resignation' of the same demand: "
            "demands of a policy and a leadership change are REQUEST change (CAMEO 024), as "
            "HO27M-014 ('calling for ... Biya to step down': REQUEST change CMR -> CMR); "
            "source and recipient as both annotators (the president named by his office); a "
            "close call against a's THREATEN, HO27T-037's ultimatum being its sentence's only "
            "act",
        },
    },
    modes_kept={
        "HO28U-003": "a's allege kept (b disapprove): Russia's 'attempts to hijack the "
        "electoral process' charge election interference, which the development gold codes "
        "ACCUSE allege MDA -> RUS, HO27H-037 (Sandu: Russia preparing 'unprecedented "
        "interference' in the elections) and HO27N-004 (Russia 'has expanded its interference'); "
        "a's allege is not wrong",
        "HO28U-045": "a's null kept (b visit): the sentence names talks and a working lunch, not "
        "a visit or its place; the development gold gives visit where the sentence names the "
        "visit or the host's country, HO27G-028 ('visited Kabul and held talks') and HO27V-034 "
        "('in the Pacific Island nation'), and no mode to talks held with a host, HO26X-026 "
        "(adjudicated: TUR -> IDN, no mode); a's null is not wrong",
    },
    modes_taken={
        "HO28U-023": (
            None,
            "b's null taken (a phone): the sentence names a 'great conversation', not a call, "
            "and a's call is from the page; the development gold gives phone where the sentence "
            "says phone call, HO26I-053 (Trump's 'excellent phone call' with Rodríguez: phone), "
            "and no mode to a conversation whose means is not named, as HO27E-010 (adjudicated: "
            "a meeting with no host, no mode)",
        ),
        "HO28U-048": (
            None,
            "b's null taken (a aerial): the development gold codes a combined drone and missile "
            "attack with no mode, HO27K-033 (a Russian missile and drone attack on Kyiv: ASSAULT "
            "RUS -> UKR, none) and ACCORD-FRESH-008 (Pakistan's 'drone and missile attacks': "
            "ASSAULT PAK -> IND, none)",
        ),
    },
)


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(s35.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s35.s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 35", SCOPE, f"{OUT}/"),
        [*others, *s35.siblings(IN / "events-sentences.json", s35.IN / "events-sentences.json")],
        s35.document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s35.s19.s18.NEAR_RULE,
                "events": s35.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
