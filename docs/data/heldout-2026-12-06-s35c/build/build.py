"""Assemble session 35's third held-out event set (news-heldout-s35c.json, HO28V) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 18's DOCUMENT comment dated on this set's
day, b's labels read under ``annotations.b``) it copies labels, leaves out the sentences another
gold file (or the sentence files of session 35's other sets) holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file and those
sentence files, and computes agreement.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s35/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s35c/build")
EVENTS = NEWS / "news-heldout-s35c.json"
# The CHECK files of session 35 (sessions 33 and 34's sets, pooled): never opened by the
# adjudicator, never cited; the build compares their sentences and pages as strings only.
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
# Session 35's other sets were built at the same time on another branch: their sentence files
# are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s35/heldout/events-sentences.json"),
    Path("/work/coord/s35/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s35/heldout2/events-sentences.json"),
]
# The day this set was built, for its DOCUMENT comment.
DAY = "2026-12-06"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, at the same time as "
    "the session's first two sets: the Grand Ethiopian Renaissance Dam dispute (Ethiopia, Egypt "
    "and Sudan), India's suspension of the Indus Waters Treaty and Pakistan's answer, "
    "Bangladesh's requests for Sheikh Hasina's extradition, retaliatory tariffs (the EU, "
    "China's counter-tariffs and export ban of April 2025), the NISAR satellite of ISRO and "
    "NASA, the global day of action at US embassies for Gaza, election observation (ODIHR in "
    "Tajikistan, the AU in Burundi), cholera vaccines delivered by the WHO, Gavi and UNICEF, "
    "the recall of US ambassadors, Turkish gas supplies to Syria, US and Syrian operations "
    "against ISIS, Russia's new ambassador to Washington, the summons after the London embassy "
    "flag incident, India's vaccines for Afghanistan and other states, and statements with no "
    "event"
)

# Quotations b confirmed at the cited address with a trailing slash (the quote check must name
# the record's own URL): re-checked by the adjudicator with the collector's query, run once.
AMANI = (
    "https://amaniafrica-et.org/consideration-of-the-au-commission-report-on-elections-in-africa-"
    "for-the-period-of-jan-june-2025"
)
AU_QUERY = "election observers African Union mission elections 2025 credible"
RECHECKED = {
    "HO28V-013": (
        "https://www.lokmattimes.com/international/india-confirms-receiving-extradition-request-"
        "of-sheikh-hasina-from-bangladesh",
        "Bangladesh extradition request Sheikh Hasina India 2025",
        7,
    ),
    "HO28V-039": (AMANI, AU_QUERY, 2),
    "HO28V-040": (AMANI, AU_QUERY, 2),
}

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28V-004": {
            "event": "REJECT",
            "mode": None,
            "source": ["EGY"],
            "target": [],
            "follows": "a",
            "reason": (
                "'Cairo opposes the project': opposing another's move is REJECT (both "
                "annotators), as HO28M-022 (adjudicated: a move Denmark 'has firmly opposed') "
                "and HO26U-007 (adjudicated: 'has opposed the ban'); 'the project' is Ethiopia's "
                "dam only through the previous sentence (HO28V-003), and the development gold "
                "gives an act no recipient where its party is given only by the context, 'a "
                "recipient only where named in the sentence': HO27E-034 (adjudicated: 'these "
                "measures', their author only in the previous sentence: none), HO28C-007 "
                "(adjudicated: 'the diplomatic headquarters': none), HO28K-039 (adjudicated) and "
                "HO26U-007 (no author of the ban named: no recipient); source EGY as both"
            ),
        },
        "HO28V-013": {
            "event": "REQUEST",
            "mode": None,
            "source": ["BGD"],
            "target": ["IND"],
            "follows": "b",
            "reason": (
                "the Ministry of External Affairs confirmed that India 'has received the request "
                "for extradition' of Sheikh Hasina 'from Dhaka': what the confirmation reports is "
                "Bangladesh's request to India, and the development gold codes the act a "
                "confirmation or a statement reports, not the confirming, HO28E-049 ('confirmed "
                "that she has accepted a request from' the protesters: AGREE, the request's "
                "authors the recipient) and HO26G-018 (Bangladesh's government 'said it had "
                "asked India to extradite' Hasina: REQUEST BGD -> IND); the actor after 'from' "
                "is the giver, the receiver the recipient (docs/event-coding.md: 'received aid "
                "from the EU': EU -> the receiver); Dhaka is Bangladesh's capital, named in the "
                "sentence; the same request's plea in this set is HO28V-012 (REQUEST BGD -> IND, "
                "both annotators); a's NONE would code the receipt, which is no act"
            ),
        },
        "HO28V-015": {
            "event": "SANCTION",
            "mode": "discontinue",
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "type, mode and no recipient as both annotators (retaliatory tariffs announced "
                "with no condition: the measure itself, docs/event-coding.md, session 10; no "
                "target state named); the source code: the held-out development gold codes the "
                "European Union IGO, HO27L-012 (the EU 'has unveiled countermeasures': SANCTION "
                "discontinue IGO -> USA), HO27X-008 (adjudicated: the EU would delay retaliatory "
                "tariffs: IGO), HO27E-009, HO26E-001, HO28F-011 and HO27E-043; 'EU' stands only "
                "in older files (ACCORD-2025-016, ACCORD-REAL-024)"
            ),
        },
        "HO28V-022": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "'thousands of activists and supporters gathered to surround U.S. embassies around "
                "the world': a demonstration (PROTEST demo in type) whose crowd the sentence "
                "gives no state, of many countries; docs/event-coding.md's gold convention 'An "
                "event has a source' (an act whose doer has no actor code is no event; one "
                "development event of 2,627 has an empty source) and HO26B-027 (adjudicated: "
                "'no gold record codes an event with an empty source'); the document's home "
                "country, which gave activists a state in HO28H-034 (adjudicated), applies only "
                "in a sentence that names no coded actor (docs/event-coding.md), and this one "
                "names the U.S.; a's PROTEST with no source would be the only such event of the "
                "held-out gold; coding the US as source would make it a US domestic protest, "
                "which the sentence does not say"
            ),
        },
        "HO28V-023": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "the protesters of HO28V-022 'demanded an immediate end to U.S. military and "
                "political support': as there, the demonstrators have no state (they gather in "
                "many countries) and the sentence names the U.S. (so no home country, "
                "docs/event-coding.md), and an event with no source is no event (docs/"
                "event-coding.md, 'An event has a source'; HO26B-027, adjudicated); a's PROTEST "
                "demo (as HO26P-038) and b's alternative REQUEST -> USA both lack a source"
            ),
        },
        "HO28V-025": {
            "event": "AID",
            "mode": None,
            "source": ["IGO"],
            "target": ["TJK"],
            "follows": "b",
            "reason": (
                "ODIHR 'opened an election observation mission for the 2 March parliamentary "
                "elections in Tajikistan': observers sent to a state, which the development gold "
                "codes AID IGO -> that state, HO28D-029 (adjudicated: SADC launched its Electoral "
                "Observation Mission to monitor Tanzania's election: AID IGO -> TZA, CAMEO's "
                "'SEND * OBSERVERS' 073, which CAMEO2PLOVER-2021 maps to AID), as HO27O-017 and "
                "HO27U-036 (international missions in Lebanon and the DRC: AID IGO); a's "
                "COOPERATE (initiate cooperation) has no development record for an observation "
                "mission, and the invitation the mission follows is its occasion, not a joint "
                "act; source IGO and recipient TJK as both annotators"
            ),
        },
        "HO28V-026": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "'3.6 million doses have been delivered to Mozambique and 6.1 million to' the DRC: "
                "an agentless passive whose givers (the WHO, Gavi, UNICEF) the sentence does not "
                "name; docs/event-coding.md's gold convention 'An event has a source' (an act "
                "whose doer the sentence does not name is no event; the agentless passives it "
                "keeps with a recipient and no source are violent acts and expulsions, not aid) "
                "and HO26B-027 (adjudicated); a's AID with no source would be the only such aid "
                "event of the development gold"
            ),
        },
        "HO28V-027": {
            "event": "AID",
            "mode": None,
            "source": ["NGO", "IGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "the shipments 'are financed by Gavi, the Vaccine Alliance, procured and "
                "delivered by UNICEF, and distributed free to countries in need': aid (CAMEO "
                "073), the 'by' agents its givers (docs/event-coding.md: for a passive the actor "
                "after 'by'), no recipient state named (both annotators); UNICEF is a UN agency, "
                "IGO in the gazetteer (src/accord/news/data/phoenix.json.gz: Unicef, IGO), as the "
                "development gold codes the WHO (HO28G-035: IGO); Gavi is a foundation under "
                "Swiss law whose board joins governments, agencies and private donors, not an "
                "organisation of states by treaty (CAMEO's IGO), so NGO, the CAMEO and PLOVER "
                "class of non-governmental bodies; no development record names Gavi"
            ),
        },
        "HO28V-028": {
            "event": "AID",
            "mode": None,
            "source": ["IGO", "NGO"],
            "target": [],
            "follows": "b",
            "reason": (
                "'the agencies have begun distributing the first batch of 20 million doses': AID "
                "with no recipient named (both annotators); both take 'the agencies' from the "
                "page's previous sentence (the WHO, Gavi and UNICEF), as the development gold "
                "takes a pronoun subject's actor from the previous sentence (HO26M-015, "
                "HO26Q-034); they differ only in Gavi's code: NGO, the WHO and UNICEF IGO, as "
                "decided for HO28V-027 (Gavi "
                "a foundation, not an organisation of states; HO28G-035 codes the WHO IGO)"
            ),
        },
        "HO28V-029": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'The Trump administration has initiated the recall of nearly 30 ambassadors and "
                "senior career diplomats': the end of envoys' postings (the same story's "
                "HO28V-031: their 'tenures would conclude', NONE for both annotators), aimed at "
                "no state; CAMEO 161 is to reduce or break diplomatic relations, and every recall "
                "the development gold codes SANCTION withdraw is a step against a state or a "
                "party named in a dispute, HO26Q-031, HO26S-021 and HO26E-037 (Iran's "
                "ambassadors recalled as snapback sanctions neared), HO27K-011 and HO26G-033 "
                "(Colombia's ambassador recalled from Washington), HO27J-001, HO27V-019, and "
                "HO27X-004 (adjudicated: a negotiating team recalled from talks, withdrawal from "
                "mediation); a personnel change that reduces relations with no state is no "
                "event of PLOVER's (b flags the same reading)"
            ),
        },
        "HO28V-036": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["USA", "SYR"],
            "target": ["IMG"],
            "follows": "b",
            "reason": (
                "the US military 'and other forces from the region, including Syria, killed at "
                "least seven ISIS members, captured others': ASSAULT with no mode, US and Syrian "
                "forces as sources (both annotators); the recipient: the development gold codes "
                "the state where militants are struck where the sentence names the place, "
                "HO26W-035 and HO26G-058 (Islamic State militants 'in northwest Nigeria': USA -> "
                "NGA), HO26J-015 ('near Ceel Baraf, in Somalia's Middle Shabelle region': USA -> "
                "SOM), and this sentence names none; Syria stands only as a source, and a "
                "recipient equal to a source where the sentence does not say so is what issue "
                "14's item 5 names rejectable; docs/event-coding.md codes the Islamic State IMG "
                "(international armed groups -> IMG, the Islamic State 'IMG with the sector "
                "MUS'), the code of the group the sentence names (no development record has IMG "
                "as a recipient: noted)"
            ),
        },
        "HO28V-037": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "the official 'said a growing collaboration between the United States and "
                "Syria's relatively new government meant that US forces were able to attack "
                "ISIS': the predicate is 'meant', an explanation of what the collaboration made "
                "possible; the development gold codes cooperation between two parties that a "
                "sentence names as the object or ground of another predicate as no event of its "
                "own, HO26-064 (concerns about the military cooperation between China and "
                "Russia: only the concern coded) and HO27N-023 (optimism over the cooperation "
                "between the two nations: only the optimism coded); docs/event-coding.md's "
                "'talks between X and Y' is for meetings held or reported as such, and the "
                "parties after 'between' following an event noun are not the subject of a later "
                "verb; an official's explanation is a statement (CAMEO 01), NONE"
            ),
        },
        "HO28V-039": {
            "event": "AID",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "neither",
            "reason": (
                "'The AU deployed an Election Observation Mission': observers sent, AID IGO, as "
                "HO28D-029 (adjudicated: an electoral observation mission launched: AID, CAMEO "
                "'SEND * OBSERVERS' 073) and HO28V-025 (this set); the AU is IGO (HO26X-049, "
                "HO26X-050), as both annotators; the host, Burundi, is named only in the page's "
                "previous sentence (Seychelles is the mission head's country), and the "
                "development gold gives an act no recipient where its party is given only by the "
                "context: HO27E-034 (adjudicated: 'these measures': none), HO28C-007 "
                "(adjudicated: none) and HO28K-039 (adjudicated: 'his' resignation, the "
                "president only in the context: none); so b's type without b's recipient"
            ),
        },
        "HO28V-042": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["RUS"],
            "target": ["USA"],
            "follows": "b",
            "reason": (
                "Russia announced 'the appointment of a new ambassador to Washington', a move "
                "'toward rebuilding fractured ties': diplomatic relations carried on now, CAMEO "
                "05 (050 'Engage in diplomatic cooperation'), SUPPORT in CAMEO2PLOVER-2021, as "
                "the development gold decided for diplomatic relations restored, HO27N-017 "
                "(adjudicated: 'has reestablished full diplomatic relations with the United "
                "States': SUPPORT BOL -> USA, 'COOPERATE is CAMEO 06, material cooperation'); "
                "a's COOPERATE is the reading that adjudication rejected; AGREE is for a "
                "restoration announced for the future (HO26H-016, adjudicated); source and "
                "recipient as both annotators"
            ),
        },
        "HO28V-043": {
            "event": "AGREE",
            "mode": None,
            "source": ["USA"],
            "target": ["RUS"],
            "follows": "a",
            "reason": (
                "'U.S. officials approved Alexander Darchiyev's appointment': the host state's "
                "consent to the other state's nominee (agrement), which the development gold "
                "codes as the acceptance of another's proposal, HO27Y-014 (Russia 'has "
                "officially accepted the Taliban's nomination of an ambassador': AGREE RUS -> "
                "AFG, both annotators), as ACCORD-2025-009 (a proposal accepted: AGREE); the main "
                "clause ('The announcement came after a crucial meeting') reports no act and the "
                "named actor's act in the clause it governs is coded (HO28M-022, adjudicated); "
                "SUPPORT (CAMEO 05) is for diplomatic cooperation carried out by the actor, as "
                "Russia's appointment in HO28V-042; source and recipient as both annotators"
            ),
        },
        "HO28V-046": {
            "event": "REJECT",
            "mode": None,
            "source": ["GBR"],
            "target": [],
            "follows": "a",
            "reason": (
                "the UK Foreign Office 'denied that Ambassador Hugo Shorter was formally "
                "summoned': denying a claim is REJECT (manual 3.10; docs/event-coding.md, "
                "s28-deny), as both annotators; the claim's author, Iran, is not named in the "
                "sentence ('the Foreign Ministry' names no state), and the development gold "
                "gives a denial whose claimant is only in the context no recipient, HO26J-014 "
                "(adjudicated: Eritrea 'denied the allegations', their author not named: REJECT "
                "ERI, none; 'a recipient only where clear and named in the sentence'), "
                "HO26H-010 and HO26F-013; b's precedent HO27X-039 gives the claim an owner in "
                "the sentence ('the country's accusations')"
            ),
        },
        "HO28V-048": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'These vaccines have also been received by the Afghan Ministry of Public "
                "Health': the sentence reports a receipt and names no giver (India only in the "
                "page's previous sentence, HO28V-047, which codes the shipment AID IND -> AFG, "
                "both annotators); docs/event-coding.md's gold convention 'An event has a "
                "source' (an act whose doer the sentence does not name is no event), the giver "
                "being the actor after 'from' where the sentence names one ('received aid from "
                "the EU'); a demonstrative noun ('These vaccines') is no pronoun actor, and the "
                "development gold takes no party of an act from the context, HO27E-034 "
                "(adjudicated: 'these measures': none) and HO28C-007 (adjudicated); the "
                "ministry's noting the vaccines' importance is a comment (CAMEO 01)"
            ),
        },
    },
    modes_kept={},
    modes_taken={
        "HO28V-001": (
            "allege",
            "b's 'allege' taken (a 'disapprove'): the governing verb is 'accusing' (CAMEO 112, "
            "accuse, which CAMEO2PLOVER-2021 maps to ACCUSE allege; 111, criticise or denounce, "
            "is disapprove), and the development gold codes a main-verb accusation of a state's "
            "conduct allege, HO26U-009 (responded 'by accusing Israel of unilaterally canceling "
            "the ceasefire'), HO26U-048 and HO26W-012 (Ethiopia accusing Eritrea), HO27N-042 "
            "and HO28L-012; disapprove where the accusation comes with a condemnation or a "
            "protest as the main act, HO26-007, HO26P-040, HO28K-037 (two records, HO27J-002 "
            "and HO26D-052, code a bare accusation disapprove: the gold is not uniform, and the "
            "verb's own code decides)",
        ),
    },
    rechecked={
        rid: {
            "status": "verbatim",
            "url_checked": url,
            "differences": (
                "none in the words, as b found; b recorded the address the page came back at, the "
                "cited one with a trailing slash (the same page: heldout_build.url_key), which the "
                "adjudicator's run gave too"
            ),
            "query": query,
            "by": (
                "adjudicating data engineer (third engineer, s35-heldout3), session 35 "
                f"(2026-12-06), search tool pages corpus: the collector's found_by query, run "
                f"once, returned the page (rank {rank}) with the sentence word for word in its "
                "excerpt"
            ),
        }
        for rid, (url, query, rank) in RECHECKED.items()
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and session 35's
    sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s35" not in p.name]


def document_comment(records: Any, events: Any, near: Any, decided: Any, which: Any) -> str:
    """Session 18's DOCUMENT comment, dated on this set's day (session 18's text names the day
    sessions 17-20 ran)."""
    text: str = hb.dated(s19.s18.document_comment, DAY)(records, events, near, decided, which)
    return text


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 35, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
        document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 35's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
