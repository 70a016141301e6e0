"""Assemble session 36's first held-out pair (news-heldout-s36.json, HO28W; evidence-heldout-
s36.jsonl, EVH36) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md: ``build_event_set`` for the event set and
``build_evidence_set`` for the evidence set, with session 18's DOCUMENT comment ``dated``
2026-12-06. Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence
finder: it copies labels, leaves out the sentences another gold file (or the sentence files of
session 36's other sets) holds in other words, applies the adjudicator's decisions below, checks
the new files against every other gold file and those sentence files, and computes agreement.
The evidence set was built first (heldout/VB-DONE); the event set is built once its second
annotation is marked done (heldout/B-DONE), and ``main`` leaves it out before that.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

# Session 18's build: its DOCUMENT comment, ``NEAR_RULE`` and ``near_figures`` (session 18's
# comment names its own day, 2026-12-04, which ``hb.dated`` replaces with this session's).
s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s36/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s36/build")
EVENTS = NEWS / "news-heldout-s36.json"
EVIDENCE = NEWS / "evidence-heldout-s36.jsonl"
# The CHECK files of session 36 (sessions 34 and 35's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s34.json",
    "news-heldout-s34b.json",
    "news-heldout-s34c.json",
    "evidence-heldout-s34.jsonl",
    "news-heldout-s35.json",
    "news-heldout-s35b.json",
    "news-heldout-s35c.json",
    "evidence-heldout-s35.jsonl",
}
# The sentence files of session 36's sets (the third set, HO28Y, is another adjudicator's): each
# build compares the other sets' sentences and pages with its own as strings (duplicates and
# near duplicates), nothing else of them (also used by the s36b build).
SENTENCE_FILES = (
    Path("/work/coord/s36/heldout/events-sentences.json"),
    Path("/work/coord/s36/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s36/heldout2/events-sentences.json"),
    Path("/work/coord/s36/heldout3/events-sentences.json"),
)
DAY = "2026-12-06"

# What the first event set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; an attack in El Fasher, Madagascar's military takeover, the "
    "Afghanistan-Pakistan border clashes and their ceasefire, a death sentence for Sheikh "
    "Hasina, the FLNKS's rejection of the Bougival agreement, the takeover in Guinea-Bissau, "
    "Lebanon's cabinet on Hezbollah's weapons and Israeli strikes, Vanuatu's police deal with "
    "China, Iran's answer to the snapback of UN sanctions, Solomon Islands and the Pacific "
    "Islands Forum's partners, a Thai prime minister's suspension after a leaked call, the SDF's "
    "integration and clashes in Aleppo, an opposition leader's prison sentence in Chad, a "
    "student's death in a Cambodian scam compound and a treason trial in Uganda, across Africa "
    "(Sudan, Madagascar, Guinea-Bissau, Chad, Uganda), the Middle East (Lebanon and Israel, "
    "Iran, Syria), Asia (Afghanistan and Pakistan, Bangladesh, Thailand, Cambodia, South Korea) "
    "and Oceania (New Caledonia, Vanuatu, Solomon Islands)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28W-007": {
            "event": "AGREE",
            "mode": None,
            "source": ["AFG"],
            "target": ["PAK"],
            "follows": "b",
            "reason": (
                "Kabul 'has pledged not to allow Afghan territory to be used as a base for groups "
                "launching attacks against Pakistan', a promise of a future act for another "
                "state's security, and docs/event-coding.md codes an intended cooperative act "
                "AGREE (CAMEO 03), as the development gold codes a pledge made to another state, "
                "HO26P-037 (Moscow 'pledged to hand over Ukrainian bodies': AGREE RUS -> UKR, both "
                "annotators); a pledge is CONCEDE (manual 3.4.2) where it halts, stops, cuts, "
                "suspends, scraps or revokes something of the actor's own (docs/event-coding.md, "
                "session 8), and HO28M-007 (adjudicated) keeps AGREE for a pledge that does not: "
                "here the acts to be prevented are other groups' attacks, not Kabul's own, and "
                "the sentence names no demand of Pakistan's that is met; source and recipient as "
                "both annotators"
            ),
        },
        "HO28W-016": {
            "event": "COERCE",
            "mode": "arrest",
            "source": ["GNB"],
            "target": ["GNB"],
            "follows": "a",
            "reason": (
                "one event, of the governing verb: 'The president, Umaro Sissoco Embaló, was "
                "reportedly arrested', an agentless passive arrest, which the development gold "
                "codes COERCE arrest with the state on both sides, HO27P-002 (the same arrest: "
                "'Embaló had been arrested': COERCE arrest GNB -> GNB), HO26N-028 ('Duterte was "
                "arrested': PHL -> PHL) and HO26R-048 (KOR -> KOR); for an official act such as "
                "a detention the gold reads the state as the doer (HO28N-019, adjudicated), so "
                "'An event has a source' (docs/event-coding.md) does not leave it out; 'calling "
                "the incident a clear coup d'état' is the participle of the president's own "
                "comment, not the governing verb"
            ),
        },
        "HO28W-024": {
            "event": "CONSULT",
            "mode": "visit",
            "source": ["CHN"],
            "target": ["VUT"],
            "follows": "b",
            "reason": (
                "Chinese police officers, agents of their state, 'visited the island of "
                "Malekula', a visit abroad, which docs/event-coding.md's meetings paragraph "
                "(PLOVER manual 2.4.2, 3.2.2) codes visitor -> host, CONSULT visit, the place "
                "visited giving the host state as the development gold reads a place named, "
                "HO27G-028 (adjudicated: a minister 'visited Kabul': CONSULT visit PAK -> AFG), "
                "HO27P-047 ('visited Damascus': SAU -> SYR) and HO26L-050 ('visited Ecuador': "
                "USA -> ECU); Malekula is an island of Vanuatu; a's HO26R-053 is journalists "
                "visiting sites, no political actor. A close call: NONE, with no host named, is "
                "the other reading"
            ),
        },
        "HO28W-027": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["IRN"],
            "target": ["USA"],
            "follows": "a",
            "reason": (
                "the condemned actions are those of 'the US and the European powers': the US is "
                "named, 'the European powers' is no bloc (docs/event-coding.md: a bloc names a "
                "fixed set of states, 'the E3' is France, Germany and the UK; a group with no "
                "fixed list is none), and the development gold gives no recipient for the "
                "Europeans of the snapback where the sentence names neither the E3 nor its "
                "states, HO26-014 ('denounced the Europeans' decision': ACCUSE IRN+RUS, none, "
                "both annotators) and HO26B-059 (adjudicated: 'European signatories of the 2015 "
                "nuclear deal names no state'); type, mode and source as both annotators"
            ),
        },
        "HO28W-029": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["IRN"],
            "target": [],
            "follows": "a",
            "reason": (
                "the attempts denounced are those 'by the European signatories to the "
                "US-abandoned 2015 nuclear deal', and the development gold codes this very "
                "description as naming no state, HO26B-059 (adjudicated: Saar 'urged European "
                "signatories of the 2015 nuclear deal': REQUEST ISR, none: 'recipient only where "
                "clear and named in the sentence') and HO26-014 ('the Europeans' decision': "
                "none); the E3 are coded where the sentence names them or their three states "
                "(HO26S-018: 'the E3's decision'); type, mode and source as both annotators"
            ),
        },
        "HO28W-030": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["IRN"],
            "target": ["USA", "FRA", "DEU", "GBR"],
            "follows": "b",
            "reason": (
                "Araghchi judges both the United States ('betrayed diplomacy') and 'the three "
                "European countries' ('buried it'), and the development gold codes 'the three "
                "European powers' of the snapback as the E3's states, HO26S-019 ('The three "
                "European powers accuse Iran': ACCUSE FRA+DEU+GBR -> IRN, both annotators), a "
                "fixed set the number names, unlike 'the European powers' or 'European "
                "signatories' with no number (HO26B-059, adjudicated; HO26-014); the speaker "
                "accuses each judged act's owner (docs/event-coding.md, a verb of saying whose "
                "reported clause judges an act wrong); type, mode and source as both annotators"
            ),
        },
        "HO28W-031": {
            "event": "REJECT",
            "mode": None,
            "source": ["IRN"],
            "target": [],
            "follows": "a",
            "reason": (
                "one event, of the governing verb, the first of the coordinated verbs (as "
                "HO28F-001, adjudicated): Araghchi 'described the move as null and void', a "
                "refusal to recognise it, which the development gold codes REJECT, HO28A-005 "
                "(Iran 'claims the deal is void': REJECT IRN, none, both annotators) and "
                "HO26M-009 (declaring a vote 'null and void': REJECT); the ACCUSE that "
                "docs/event-coding.md gives a characterising verb is for a predicate that "
                "condemns ('described the attack as a grave violation'), which here is the "
                "second verb's, 'condemned it as a violation of international law'; the move's "
                "authors are not named and the letter's addressees receive the letter, not the "
                "rejection: no recipient (both annotators)"
            ),
        },
        "HO28W-032": {
            "event": "SANCTION",
            "mode": None,
            "source": ["FRA", "DEU", "GBR"],
            "target": ["IRN"],
            "follows": "a",
            "reason": (
                "the governing verb is 'The trigger for these renewed sanctions was pulled by "
                "France, Germany, and the United Kingdom', the snapback triggered, which the "
                "development gold codes SANCTION with the three states as the actor and Iran as "
                "recipient, no mode, HO27U-030 (the three 'triggered the snapback sanctions "
                "mechanism': SANCTION FRA+DEU+GBR -> IRN, both annotators); their notification "
                "that Iran was violating the deal stands in the parenthetical relative clause "
                "', who, on August 28, 2025, formally notified', which docs/event-coding.md "
                "makes background to the main verb; sources and recipient as both annotators"
            ),
        },
        "HO28W-034": {
            "event": "CONSULT",
            "mode": None,
            "source": ["SLB"],
            "target": ["IGO"],
            "follows": "b",
            "reason": (
                "Solomon Islands 'had consulted and written to all PIF members', the members of "
                "the Pacific Islands Forum, an organisation, and the development gold codes an "
                "organisation's members addressed or acting together as the organisation, IGO: "
                "HO28F-047 (von der Leyen 'called on G7 leaders': REQUEST IGO -> IGO), HO27K-032 "
                "('NATO allies ... agreed': IGO) and HO27T-019 ('All EU leaders agreed': IGO); "
                "unnamed states with no organisation named are no recipient (HO26B-059, "
                "adjudicated), but the Forum is named here; type and source as both annotators, "
                "the reported act coded ('X said Y did Z', docs/event-coding.md)"
            ),
        },
        "HO28W-046": {
            "event": "REQUEST",
            "mode": None,
            "source": ["TCD"],
            "target": ["TCD"],
            "follows": "b",
            "reason": (
                "the lawyers 'have announced their intention to appeal to the Supreme Court': a "
                "verb of intent codes the act it announces (docs/event-coding.md: 'the act it "
                "announces does'), an appeal to a court, and CAMEO 02 (appeals) is REQUEST as the "
                "PLOVER 2.0 codebook defines it (docs/event-coding.md), the court the addressee, "
                "as the development gold codes a petition filed in a country's own court, "
                "HO26O-058 (a petition in the Islamabad High Court: REQUEST PAK -> PAK, both "
                "annotators); a's HO26P-012 is REJECT of its governing verb, 'Dodik rejected "
                "the verdict', and this sentence reports no rejection; the defendants' state, "
                "Chad, as both annotators. A close call (NONE, an intention only, is the other "
                "reading)"
            ),
        },
    },
    modes_kept={
        "HO28W-037": (
            "a's 'allege' kept (b 'disapprove'): lawmakers 'accused her of appeasing Hun Sen and "
            "undermining Thailand's military', the construction 'accused X of ...' that the "
            "development gold codes ACCUSE allege in most records (HO26L-055 'accused Pakistan "
            "of breaking the ceasefire', HO26M-018, HO26N-045: allege), 'disapprove' mostly "
            "where a verb of condemnation leads (HO26L-045 'condemned ... accusing'); a's mode "
            "is not wrong"
        ),
    },
)

# The one quotation B confirmed word for word at another address of the cited page: (the cited
# page, the collector's found_by query, what came back when the adjudicator ran that query once,
# pages corpus).
RECHECKED = {
    "EVH36-014": (
        "https://www.aljazeera.com/news/2025/3/27/frances-macron-says-not-all-european-countries"
        "-agree-on-force-for-ukraine",
        "Macron reassurance force Ukraine troops after ceasefire",
        "the query returned the cited article (rank 8) at the cited address with the news "
        "feed's tracking query '?traffic_source=rss' added (the same path, so the same page), "
        "with the sentence word for word in its excerpt, curly quotation marks included; B had "
        "found it there too and recorded that address as the one checked",
    ),
}

EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH36-030": (
            "follows B (third engineer, session 36): Merkel and Hollande presented a plan "
            "'involving a 50-70 kilometer demilitarized zone, along with autonomy for the area', "
            "and the development gold codes the plan's autonomy, named without a degree, "
            "special_status high beside the buffer zone's ceasefire high: EV-166 (Hollande on "
            "France 2: the Berlin-Paris proposal's demilitarized zone 'as well as greater "
            "autonomy': FRA ceasefire high and special_status high, both annotators) and "
            "EVH12-036 (a broad demilitarized zone and greater autonomy: FRA both high), and "
            "plain 'autonomy' high, EVH26-027 (the rebels' 'autonomy' within Ukraine: SEP "
            "special_status high, both annotators: well above the status quo of 10); only a "
            "qualified, lesser autonomy is low, EV-171 (adjudicated: 'a measure of autonomy' is "
            "limited decentralisation); the plan is presented by both, so both hold both stances, "
            "as A gives both the ceasefire"
        ),
    },
    rechecked={
        rid: {
            "status": "verbatim",
            "url_checked": url,
            "differences": f"none; the collector's query ('{query}') run once: {note}",
            "by": "third engineer (s36-heldout), session 36 (2026-12-06), search tool pages corpus",
        }
        for rid, (url, query, note) in RECHECKED.items()
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s36b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s36" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def siblings(own: Path) -> list[Path]:
    """The sentence files of session 36's other sets (all but ``own``) that exist."""
    return [p for p in SENTENCE_FILES if p != own and p.exists()]


def event_reasons(decided: hb.EventDecisions) -> list[str]:
    """Every text of an event set's decisions that may cite development records (also used by
    the s36b build)."""
    return [
        *(d["reason"] for d in decided.adjudications.values()),
        *decided.modes_kept.values(),
        *(note for _, note in decided.modes_taken.values()),
    ]


def comment(reworded: Sequence[tuple[str, str]]) -> hb.Comment:
    """Session 18's DOCUMENT comment dated on this session's day and reworded where it does not
    fit a set (each old text must stand once); also used by the s36b build."""
    dated = hb.dated(s18.document_comment, DAY)

    def text(*args: Any) -> str:
        out = dated(*args)
        for old, new in reworded:
            if out.count(old) != 1:
                raise hb.BuildError(f"session 18's comment no longer says {old!r} once")
            out = out.replace(old, new)
        return out

    return text


def main() -> None:
    events_ready = (IN / "B-DONE").exists()
    others = gold_files(EVENTS, EVIDENCE)
    development = hb.record_files(development_files(others))
    reasons = [*event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    own += [r["id"] for r in hb.read_records(IN / "evidence-sentences.jsonl")]
    cited = hb.check_citations(reasons, development, own)
    result: dict[str, Any] = {}
    rule = f"{s18.NEAR_RULE} and the sentence files of session 36's other sets"
    near: dict[str, Any] = {"rule": rule}
    if events_ready:
        which = ("session 36", SCOPE, f"{OUT}/")
        events, near_events = hb.build_event_set(
            IN,
            EVENTS,
            EVENTS_DECIDED,
            which,
            [*others, *siblings(IN / "events-sentences.json")],
            comment(()),
        )
        result["events"] = events
        near["events"] = s18.near_figures(near_events)
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, *[EVENTS][: EVENTS.exists()], *siblings(IN / "evidence-sentences.jsonl")],
        lambda s: [i.id for i in resolve(s).issues],
    )
    result["evidence"] = evidence
    near["evidence"] = s18.near_figures(near_evidence)
    result |= {"near_duplicates_left_out": near, "development_records_cited": cited}
    hb.write_agreement(OUT / "agreement.json", result)
    if events_ready:
        print(hb.event_table(result["events"]))
    print(hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]))


if __name__ == "__main__":
    main()
