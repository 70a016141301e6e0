"""Assemble session 41's third held-out event set (news-heldout-s41c.json, HO29N) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 18's DOCUMENT comment dated on this set's
day, b's labels read under ``annotations.b``) it copies labels, leaves out the sentences another
gold file (or the sentence files of session 41's other sets) holds in other words, applies the
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

IN = Path("/work/coord/s41/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s41c/build")
EVENTS = NEWS / "news-heldout-s41c.json"
# The CHECK files of session 41 (sessions 39 and 40's sets, pooled): never opened by the
# adjudicator, never cited; the build compares their sentences and pages as strings only.
CHECK_FILES = {
    "news-heldout-s39.json",
    "news-heldout-s39b.json",
    "news-heldout-s39c.json",
    "evidence-heldout-s39.jsonl",
    "news-heldout-s40.json",
    "news-heldout-s40b.json",
    "news-heldout-s40c.json",
    "evidence-heldout-s40.jsonl",
}
# Session 41's other sets were built at the same time on another branch: their sentence files
# are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s41/heldout/events-sentences.json"),
    Path("/work/coord/s41/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s41/heldout2/events-sentences.json"),
]
# The day this set was built, for its DOCUMENT comment.
DAY = "2026-12-07"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, at the same time as "
    "the session's first two sets: Russian drones and jets in Moldovan, Romanian and Estonian "
    "airspace and the envoys summoned, the airspace bans of India and Pakistan, asylum granted "
    "(a Chinese national in the United States, Betssy Chavez by Mexico, Nadine Heredia by "
    "Brazil), the return of the talking drum to Ivory Coast, the Eurovision dispute over "
    "Israel, Indonesia barring Israeli gymnasts, Bangladesh and the T20 World Cup in India, "
    "peace accords signed (Armenia and Azerbaijan in Washington, Cambodia and Thailand in Kuala "
    "Lumpur), the Dutch control of Nexperia, the EU and Italy's golden power, the pandemic "
    "agreement and the US leaving Gavi, an Iranian satellite on a Russian rocket and China's "
    "astronaut agreement with Pakistan, France's letter on its war in Cameroon, the anniversary "
    "of 15 August in Korea, China and Japan, the DR Congo's minerals offer to the US, and "
    "statements with no event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29N-004": {
            "event": "AID",
            "mode": None,
            "source": ["USA"],
            "target": ["CHN"],
            "follows": "b",
            "reason": (
                "'An immigration judge ... granted asylum to a Chinese national': granting "
                "asylum is CAMEO 075, AID in CAMEO2PLOVER-2021; the judge is a domestic agent "
                "named without a country, which docs/event-coding.md ('The document's home "
                "country') gives the state of the report, and the development gold codes such "
                "agents so, HO27V-037 ('The government suspended French state broadcasters': "
                "TGO, from the page) and HO27O-020 (adjudicated: 'Police have deployed': TZA, "
                "both annotators); so the judge is named and the event has a source (a's "
                "objection); the report is an AP story from the United States court, as the "
                "page's title says ('to remain in US', b); the asylee's state is the recipient "
                "where the sentence names it, as HO26T-030's reason states for a released person "
                "('two French nationals': FRA), and 'a Chinese national' names it: CHN; no mode "
                "(CAMEO 075 has none in the table; no development AID record has one)"
            ),
        },
        "HO29N-006": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["MEX"],
            "target": [],
            "follows": "a",
            "reason": (
                "Sheinbaum calls a decision 'completely out of proportion': criticism, CAMEO 111, "
                "ACCUSE disapprove, as both annotators; the decision's author is 'they', whom the "
                "sentence does not name (Peru is in the page's title only), and the development "
                "gold gives an act no recipient where its party is given only by the context, "
                "HO27E-034 and HO28C-007 (both adjudicated: 'a recipient only where named in the "
                "sentence'), as HO26Z-029 (adjudicated: praise of an act whose actor the sentence "
                "does not name: no recipient); docs/event-coding.md takes a pronoun's referent "
                "from the previous sentence only for the source of a sentence that opens with it"
            ),
        },
        "HO29N-009": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["ISR"],
            "target": [],
            "follows": "b",
            "reason": (
                "Herzog calls the EBU's decision 'a sign of solidarity and brotherhood': praise, "
                "CAMEO 051, SUPPORT ISR, both annotators; praise of an actor's decision has that "
                "actor as recipient (HO28D-042: praised Hungary's decision: -> HUN), so the "
                "question is whether the European Broadcasting Union is coded: the development "
                "gold leaves it uncoded, HO28D-050 (RTVE's request, 'firmly denied by the EBU "
                "presidency': REQUEST ESP, no recipient), and codes its members, public "
                "broadcasters, by their states (HO28D-050: RTVE is ESP; this set's HO29N-010, "
                "Avrotros: NLD, both annotators), so a union of state broadcasters is no "
                "non-governmental body in that gold; docs/event-coding.md makes a sports body an "
                "NGO (the IOC, UEFA, FIFA, a national football association), which the EBU is not"
            ),
        },
        "HO29N-013": {
            "event": "REJECT",
            "mode": None,
            "source": ["IDN"],
            "target": ["ISR"],
            "follows": "b",
            "reason": (
                "Jakarta's governor 'announced that he would not allow Israeli athletes to come to "
                "the capital city': the development gold codes what an actor says it 'would not "
                "allow' as a refusal, HO26J-045 (adjudicated: would not allow non-member countries "
                "to attend a summit: REJECT, 'barring others from attending is a refusal (manual "
                "3.10.2 ...); stated as what it would not allow, not an implemented' measure) and "
                "HO28L-001 (will not allow US deportation flights to land: REJECT COL -> USA); a's "
                "COERCE restrict is for a measure taken on visas or entry (this set's HO29N-011, "
                "the government 'will not issue visas', both annotators); the barred athletes' "
                "state, named by the demonym, the recipient, as both annotators"
            ),
        },
        "HO29N-014": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["ARM", "AZE"],
            "target": [],
            "follows": "b",
            "reason": (
                "the leaders 'agreed to permanently resolve their decades-long conflict and signed "
                "a declaration': the agreement reached is the one signed in the same sentence, a "
                "concluded agreement, CAMEO 057, SUPPORT (the PLOVER manual 3.3: to sign or "
                "finalize an agreement; AGREE, 3.1, for promises and intentions), as the "
                "development gold codes this signing, HO26M-013 (signed a peace agreement 'in the "
                "presence of' Trump: SUPPORT ARM+AZE, none) and HO26R-024 (SUPPORT), and as "
                "HO27F-014 (adjudicated: an agreement signed is SUPPORT, AGREE for one not yet "
                "signed); the two parties as actor and no recipient, Trump only present, as both "
                "annotators"
            ),
        },
        "HO29N-017": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA"],
            "target": ["MYS"],
            "follows": "a",
            "reason": (
                "Trump: 'The prime minister (Anwar) was a great, great guy. Just left him, and "
                "within (the last) two days, we signed the deal': the quotation opens with praise "
                "of Malaysia's prime minister, named in it, CAMEO 051, SUPPORT, which the "
                "development gold codes with the praised leader's state as recipient, HO27L-036 "
                "(Trump applauded Carney's announcement: USA -> CAN) and HO27H-033 (commended "
                "Trinidad and Tobago: -> TTO); b's reading, the signing, would need all "
                "signatories as actor (HO27F-014 and HO27F-043, adjudicated: SUPPORT USA+VNM for "
                "a deal signed 'with' a partner), and 'we' names neither party; both readings are "
                "SUPPORT USA, the first clause's the one with its recipient named"
            ),
        },
        "HO29N-019": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["NLD"],
            "target": [],
            "follows": "b",
            "reason": (
                "the Dutch government 'is returning control of local chip manufacturer Nexperia "
                "to its Chinese parent': the control was the state's own order over the company, "
                "and handing it back is that order lifted, an administrative measure eased, "
                "CONCEDE (CAMEO 081, the PLOVER manual 3.4), as the development gold codes the "
                "same act, HO28I-029 (the minister 'was suspending an earlier order to take "
                "control of Nexperia': CONCEDE NLD, no recipient); docs/event-coding.md's "
                "'Property handed back is RETREAT return' is for artefacts, remains or seized "
                "goods returned to another state, and the receiver here is a company, no actor "
                "(docs/event-coding.md: 'a company is no actor'), so no recipient, as both "
                "annotators"
            ),
        },
        "HO29N-024": {
            "event": "THREATEN",
            "mode": None,
            "source": ["IGO"],
            "target": ["ITA"],
            "follows": "b",
            "reason": (
                "'Brussels is set to act against the way Rome uses the golden powers': the "
                "development gold reads 'is set to' as the actor's intention, not the writer's "
                "forecast, HO27L-010 (adjudicated: 'is set to travel to Russia': AGREE CHN -> RUS) "
                "and HO28J-038 ('is set to establish a naval base': AGREE RUS -> SDN), while 'are "
                "expected to' is a forecast, HO28J-032 (NONE; a's precedent); docs/event-coding.md "
                "makes an intended hostile act THREATEN ('will impose', 'may halt'), and acting "
                "against another government's use of its powers is hostile, its object Rome, "
                "Italy's government (metonym); Brussels is the EU (an alias of the EU in the "
                "gazetteer's curated.yaml, docs/event-coding.md), IGO as the development gold "
                "codes the EU's Commission, HO29A-028 (an agreement with the European "
                "Commission: -> IGO); a close call: the act is not specified (a's NONE)"
            ),
        },
        "HO29N-026": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'Iran is slated to launch a satellite into space aboard a Russian Soyuz rocket': "
                "Iran's own satellite, 'Russian' modifies the rocket, and no act of either state "
                "toward the other is named; the development gold codes this same Vostochny "
                "launch with an Iranian spacecraft NONE, HO28G-015 ('along with an Iranian "
                "spacecraft': NONE), as HO28G-019 (a satellite launched 'aboard' a rocket: NONE); "
                "b's HO28G-018 (COOPERATE CHN -> PAK) is a launch its sentence calls 'space "
                "collaboration with Pakistan', a cooperation this sentence does not state"
            ),
        },
        "HO29N-027": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "Macron 'officially admitted that France had led \"a war\" in Cameroon' in a "
                "letter to Biya: an admission of responsibility with no apology stated is CAMEO "
                "015 (acknowledge or claim responsibility), a statement, which "
                "docs/event-coding.md codes nothing ('CAMEO 01 (statements) codes nothing'); "
                "the development gold codes an apology SUPPORT (HO27S-034, HO28N-031: "
                "'apologized': SUPPORT) but an acknowledgement or admission NONE, HO27A-016 "
                "('acknowledged the attack': NONE), "
                "HO28X-010 ('admitted in statements ... that': NONE) and HO28E-022 (adjudicated: "
                "'has acknowledged a military plan': NONE), as this set's HO29N-049 ('remorse' "
                "expressed: NONE, both annotators); a letter is coded by what it says, HO26U-048 "
                "('sent a letter ... accusing': ACCUSE), and its addressee alone makes no event"
            ),
        },
        "HO29N-028": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "'The French president admitted the responsibility of the army to the death of "
                "the independence leader': an admission of responsibility with no apology stated, "
                "CAMEO 015, a statement, no event (docs/event-coding.md: CAMEO 01 codes nothing), "
                "as HO29N-027 (adjudicated) and the development gold's acknowledgements, "
                "HO27A-016 and HO28X-010 (NONE), against the apologies of HO27S-034 and HO28N-031 "
                "(SUPPORT)"
            ),
        },
        "HO29N-029": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "Macron 'sent a letter to Cameroonian President Paul Biya ... where he officially "
                "acknowledged France's use of repressive violence': the letter is coded by what it "
                "says (HO26U-048: 'sent a letter ... accusing': ACCUSE; HO26W-012), and what it "
                "says is an acknowledgement with no apology stated, CAMEO 015, a statement, no "
                "event (docs/event-coding.md: CAMEO 01 codes nothing), as HO29N-027 and HO29N-028 "
                "(adjudicated) and the development gold's HO27A-016 and HO28E-022 (adjudicated)"
            ),
        },
        "HO29N-031": {
            "event": "ACCUSE",
            "mode": "allege",
            "source": ["EST"],
            "target": ["RUS"],
            "follows": "b",
            "reason": (
                "Estonia's Foreign Ministry said three Russian jets 'entered the country's "
                "airspace without permission': docs/event-coding.md ('X said Y attacked Z') "
                "makes a reported judgement of wrong-doing ACCUSE X -> Y ('the word of judgement "
                "governs'), and an entry 'without permission' is stated as a violation, as the "
                "development gold codes airspace said to be violated, HO27K-019 and HO28C-037 "
                "(ACCUSE allege POL -> RUS); a's HO27W-003 (the same incursion, MOBILIZE troops "
                "RUS -> EST) reports a bare entry with no speaker and no word of judgement; the "
                "summons that followed is this set's HO29N-032 (ACCUSE EST -> RUS, both "
                "annotators), as HO29D-004"
            ),
        },
        "HO29N-040": {
            "event": "AID",
            "mode": None,
            "source": ["BRA"],
            "target": [],
            "follows": "a",
            "reason": (
                "Peru's Foreign Ministry said 'Brazil granted diplomatic asylum to the former "
                "first lady and her son': the reported act is typed by its predicate "
                "(docs/event-coding.md), CAMEO 075, AID BRA, both annotators; the asylee's state "
                "is the recipient only where the sentence names it with her, as HO26T-030's "
                "reason states (adjudicated: released 'in Baku', his nationality not stated and "
                "the Russian aide only the source of the report: no recipient), and here Peru is "
                "named only as the ministry that reports (the previous sentence, HO29N-039, names "
                "'Peru's former First Lady', and there both annotators coded PER); no mode, with "
                "b (CAMEO 075 has none in CAMEO2PLOVER-2021; no development AID record has one)"
            ),
        },
        "HO29N-045": {
            "event": "REJECT",
            "mode": None,
            "source": ["BGD"],
            "target": [],
            "follows": "a",
            "reason": (
                "'Bangladesh has said it will not travel to India to take part in the ICC Men's "
                "T20 World Cup': a refusal to take part, REJECT (docs/event-coding.md: a negated "
                "cooperative verb with an actor as subject), as both annotators; the development "
                "gold gives a refusal to take part in an event hosted elsewhere no recipient for "
                "the host, ACCORD-REAL-002 (adjudicated: 'would not take part in the Saudi "
                "Arabia-based talks': REJECT UKR, none) and HO27X-002 ('will not take part': "
                "REJECT EGY, none), and a recipient for the party that proposed the meeting "
                "refused, HO27H-038 (the meeting 'proposed by Colombia': -> COL); India is the "
                "venue here, and b's HO28L-001 refuses another state's own act (its flights)"
            ),
        },
        "HO29N-046": {
            "event": "REJECT",
            "mode": None,
            "source": ["NGO"],
            "target": [],
            "follows": "neither",
            "reason": (
                "the Bangladesh Cricket Board 'has announced that it will \"not travel to "
                "India\"' for the World Cup: a refusal to take part, REJECT, both annotators, "
                "typed on the first governing verb; the board is a national sports association, "
                "an NGO by docs/event-coding.md ('A sports body is an NGO (the IOC, UEFA, FIFA, a "
                "national football association)'), as HO28J-042 (adjudicated: the IOC: NGO), so "
                "b's source, not a's BGD; no recipient, with a, for the reason of HO29N-045 "
                "(adjudicated): India is the venue of the event refused, and the development gold "
                "gives the host of an event refused no recipient (ACCORD-REAL-002, adjudicated; "
                "HO27X-002)"
            ),
        },
    },
    modes_taken={
        "HO29N-005": (
            None,
            "b's null taken (a 'asylum'): granting asylum is CAMEO 075, which CAMEO2PLOVER-2021 "
            "maps to AID with no mode, and none of the development gold's AID records has a "
            "mode (HO26F-027: humanitarian assistance, AID JPN -> PHL, no mode)",
        ),
        "HO29N-039": (
            None,
            "b's null taken (a 'asylum'), as for HO29N-005: CAMEO 075 is AID with no mode in "
            "CAMEO2PLOVER-2021, and no development AID record has a mode (HO26F-027)",
        ),
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and session 38's
    sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s41" not in p.name]


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
        ("session 41, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
        document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 41's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
