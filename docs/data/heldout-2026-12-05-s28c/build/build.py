"""Assemble session 28's third held-out event set (news-heldout-s28c.json, HO28A) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (its ``build_event_set``, which reads b's labels under
``annotations.b``) and session 18's DOCUMENT comment dated this set's day, as the third sets of
sessions 21 and 25 were built. Run from the repository root with PYTHONPATH=src. It runs no
coder: it copies labels, leaves out the sentences another gold file or the session's other sets
hold in other words, applies the adjudicator's decisions below, checks the new file against
every other gold file and against the other sets' sentence files, and computes agreement.
"""

import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s28/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s28c/build")
EVENTS = NEWS / "news-heldout-s28c.json"
# The day this set was built; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-05"
# The CHECK files of session 28 (the declaration, docs/data/heldout-2026-12-05-s28/declared.md:
# the sets of sessions 26 and 27, pooled). Never opened here; only their names are compared, so
# that no reason may cite them; the build's duplicate checks read their strings in memory.
CHECK_FILES = {
    "news-heldout-s26.json",
    "news-heldout-s26b.json",
    "news-heldout-s26c.json",
    "news-heldout-s27.json",
    "news-heldout-s27b.json",
    "news-heldout-s27c.json",
    "evidence-heldout-s26.jsonl",
    "evidence-heldout-s27.jsonl",
}
# This session's sets (HO27Y, HO27Z, HO28A, EVH28): none is a development file for another.
SESSION = "heldout-s28"
# The other sets of the session, built at the same time by another adjudicator on another branch:
# their sentence files are compared with this set's as strings (pages, first 60 characters and
# the near-duplicate rule); nothing else of their folders is read.
SIBLING_SENTENCES = [
    Path("/work/coord/s28/heldout/events-sentences.json"),
    Path("/work/coord/s28/heldout2/events-sentences.json"),
    Path("/work/coord/s28/heldout/evidence-sentences.jsonl"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than by region, at the same time "
    "as the session's first two sets: arms sales and military aid (US sales to Israel, the "
    "Ukraine contact group, Nordic and Canadian aid to Ukraine), nuclear programmes and "
    "inspections (Iran and the IAEA, the IAEA in Syria, North Korea), peacekeeping mandates "
    "(UNMISS, UNDOF, UNIFIL), water disputes between states (the Indus Waters Treaty, the "
    "Ethiopian dam and Egypt), maritime incidents and freedom of navigation (Scarborough Shoal, "
    "Taiwan Strait transits, a Baltic cable and the ship Finland seized), export controls and "
    "sanctions (China's rare-earth controls, US sanctions on Iran's shadow fleet, the snapback "
    "and the EU's sanctions on Iran), coups and disputed elections (Madagascar, Guinea-Bissau, "
    "Benin, Cameroon), prisoner and hostage releases (Israel and Hamas, Marc Fogel), "
    "extraditions (Mexico's cartel leaders to the US) and statements with no event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28A-007": {
            "event": "AID",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": (
                "type and source as both annotators: a peacekeeping mandate renewed by the "
                "Security Council is AID IGO (CAMEO 074, as HO27O-017); the recipient: the "
                "development gold gives a renewed mission the state the sentence names as where "
                "it serves, HO27O-017 (the mission 'in Lebanon': -> LBN), and this sentence names "
                "no state, only a territory, the Golan Heights, whose state the reader must "
                "supply (Syria's under international law, held by Israel, the force observing "
                "the disengagement between the two); the development gold takes no recipient "
                "from a region or disputed territory's name alone, HO26-027 (drills across the "
                "Taiwan Strait: MOBILIZE CHN, none; HO27D-041, which names Taiwan, -> TWN) and "
                "HO26S-043 (peace in Western Sahara: SUPPORT USA, none); a recipient only where "
                "one is named in the sentence, the alternative b's own note gives"
            ),
        },
        "HO28A-009": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["PAK"],
            "target": ["IND"],
            "follows": "b",
            "reason": (
                "a verb of saying whose reported clause judges another actor's act harmful is "
                "ACCUSE, the speaker accusing the act's owner (docs/event-coding.md lines "
                "244-247, session 11: '... risked destabilizing the region'); here Pakistan "
                "warns that Delhi's move to suspend the treaty can trigger a nuclear war: the "
                "reported clause judges India's act and names no act of Pakistan's own; the "
                "development gold codes a warning that another's act does or could do harm "
                "ACCUSE disapprove, HO26S-035 (a ministry warned that a decision was an attack "
                "on its sovereignty that would undermine peace in the region), HO27F-011 and "
                "HO27O-010 (the UN warned that aid is hindered by Israel: -> ISR), HO26Y-014 "
                "(warning that an arrest order could destabilize the region) and HO27O-046; "
                "THREATEN where the warned consequence is the speaker's own act, HO27J-038 "
                "(Iran could shut the Strait of Hormuz), HO27F-004 (would retaliate), HO27D-019 "
                "(support for the US would jeopardize Iran's own cooperation) and HO27M-022 "
                "(Pakistan would treat an attempt to alter its water share as an act of war, "
                "its own stance declared); recipient IND (Delhi) as both annotators"
            ),
        },
        "HO28A-010": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "India's home minister held a meeting on the treaty with no other party named: "
                "a government's internal meeting is no interaction between actors, and the "
                "development gold codes a national body convening its own meeting as no event, "
                "HO27C-043 (Lithuania's National Security Commission convened an emergency "
                "meeting after an incident: NONE); CONSULT where the sentence names whom the "
                "actor meets, b's precedent HO26Q-053 (ministers met with journalists), HO26G-053 "
                "(bilateral meetings with regional countries) and ACCORD-2025-020 (a meeting of "
                "European leaders hosted), or where an organisation's members meet as one body, "
                "HO27O-049 (the North Atlantic Council meeting to discuss a response); the "
                "treaty's suspension stands in a relative clause and the attack in a time phrase, "
                "background as both annotators say"
            ),
        },
        "HO28A-024": {
            "event": "AGREE",
            "mode": None,
            "source": ["ETH"],
            "target": ["EGY"],
            "follows": "a",
            "reason": (
                "an invitation to attend a ceremony still to come is an offer of a visit not yet "
                "made: being open or willing to meet or talk is AGREE (CAMEO 036, PLOVER manual "
                "3.2.1), not CONSULT (docs/event-coding.md lines 195-196; line 730, a future "
                "meeting as AGREE), as the development gold codes an offer to host, "
                "ACCORD-NEWS-003 (offered to host a second round of talks: AGREE SAU) and "
                "HO26-016 (open to direct talks: AGREE USA -> IRN); CONSULT visit is the visit "
                "made, HO26U-056 (a working visit made at an invitation: CONSULT visit UZB -> "
                "TKM), and the PETRARCH2 verb dictionary itself codes an invitation to "
                "negotiations 030, an intent (CAMEO.2.0.txt, the INVITE block, whose 040 default "
                "b follows); source and recipient as both annotators"
            ),
        },
        "HO28A-025": {
            "event": "REJECT",
            "mode": None,
            "source": ["EGY"],
            "target": [],
            "follows": "a",
            "reason": (
                "'will not allow, under any circumstances, any infringement' is a negated verb "
                "of a cooperative CAMEO block (ALLOW, 080 in CAMEO.2.0.txt), which "
                "docs/event-coding.md (lines 198-200) codes as a refusal, REJECT ('would not "
                "accept'), as the development gold codes a refusal to allow, HO26J-045 (would "
                "not allow non-member countries to attend a summit: REJECT) and a refusal to "
                "accept, HO27E-004 and HO27E-013; THREATEN in the development gold names the "
                "speaker's own act to come, HO26W-041 (attempts 'would be met with a decisive "
                "response'), HO26B-024 (vowed reciprocal countermeasures) and HO26E-049 (would "
                "retaliate), or a stance declared against an act, HO27M-022 (an act of war), "
                "which this sentence does not state; Ethiopia is named only in the opening time "
                "phrase, so no recipient, as both annotators"
            ),
        },
        "HO28A-037": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["FIN"],
            "target": ["TUR"],
            "follows": "b",
            "reason": (
                "a ship seized is COERCE seize (both annotators; HO27L-014, HO26N-044), and the "
                "development gold gives a ship's state named in the sentence by a demonym or "
                "country before '-owned', '-operated' or '-flagged' as the recipient: HO27O-044 "
                "(a Greek-operated bulk carrier attacked: -> GRC), HO26N-044 (adjudicated: a "
                "Greek-owned tanker detained: RUS -> GRC), HO27O-023 (a Malta-flagged vessel "
                "detained: SWE -> MLT) and HO26E-015 (an Israeli-owned tanker: -> ISR); no "
                "recipient where the sentence names no state of the ship, HO27F-015 (a "
                "foreign-owned tanker) and HO27I-016 (Finnish police seized 'a cargo vessel', "
                "the same seizure with no state named); 'Turkish-managed' names Turkey as "
                "'Greek-operated' names Greece"
            ),
        },
        "HO28A-038": {
            "event": "AGREE",
            "mode": None,
            "source": ["RUS"],
            "target": ["RUS"],
            "follows": "b",
            "reason": (
                "readiness to assist is an intended cooperative act, AGREE (docs/event-coding.md "
                "line 200), as both annotators; the development gold codes this very statement, "
                "reported by another page (the Russian embassy in Finland ready to help the "
                "detained Russian sailors), AGREE RUS -> RUS, HO27I-017, both of its annotators "
                "giving the sailors as recipient; the sailors are another actor than the embassy "
                "(the development gold keeps such a domestic recipient of the source's own "
                "state, as HO26N-007, KOR -> KOR, and HO26O-019, IRQ -> IRQ), so docs/"
                "event-coding.md's rule that drops a target repeating the source (line 330: the "
                "same person or the same words) does not apply; Finland is the embassy's place"
            ),
        },
        "HO28A-048": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": (
                "the release's agent, the state that held Marc Fogel, is not named in the "
                "sentence, and no development record codes an event with no source: "
                "docs/event-coding.md (line 293, session 9) gives an agentless violent passive "
                "whose agent no phrase names no event ('no actor either side, no event'), and "
                "the same holds for this release; the development gold codes a "
                "release negotiated or secured by another as the releasing state's act where the "
                "captor is named, HO27O-004 (Ukraine negotiated the release of people from "
                "Russian captivity: RETREAT release RUS -> UKR) and HO27K-037 (-> USA from "
                "Venezuela), and types no act of the negotiator; a's RETREAT with neither source "
                "nor recipient would be the first actorless event of the gold, and its "
                "alternative (COOPERATE or CONSULT USA) names no partner either"
            ),
        },
        "HO28A-049": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "the main clause ('His message came after ...') reports no act, and the 'after' "
                "clause's act is a reaffirmed commitment to a goal, a statement of position, "
                "CAMEO 01, which codes nothing (docs/event-coding.md line 161), as HO26B-064 "
                "(Moscow reaffirmed its position that nations may choose their trading partners: "
                "NONE); a REQUEST is a request, demand or order (docs/event-coding.md lines "
                "161-163), and the sentence asks nothing of North Korea in words: no 'must', "
                "'urge' or 'call on', as the development gold's requests have, HO26B-060 "
                "(must cooperate fully) and HO26Z-037 (called on Iran); b's note gives NONE "
                "as its alternative"
            ),
        },
        "HO28A-050": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "Kim said his country's nuclear programme will continue: a statement of its own "
                "policy (CAMEO 01, which codes nothing: docs/event-coding.md line 161) with no "
                "warning and no act towards another actor; the development gold's THREATEN "
                "warns of a hostile act, HO27D-038 (b's precedent: Pyongyang 'warned' that it "
                "will strengthen its striking power to overwhelm its enemies' threats), "
                "HO27J-038 and HO26X-048, and an intended hostile act becomes THREATEN only "
                "where it is an act (docs/event-coding.md lines 200-201: 'will impose', 'may "
                "halt'), which the continuation of a programme is not in CAMEO; REJECT is for an "
                "explicit refusal, HO27R-050 (the era of denuclearization talks is over: REJECT "
                "PRK), which this sentence does not state"
            ),
        },
    },
    modes_kept={
        "HO28A-018": (
            "a's 'assist' kept (b null): an appeal to states to increase military aid to a "
            "third party is a demand of military aid, CAMEO 1032, REQUEST assist in "
            "CAMEO2PLOVER-2021 (line 116), as the development gold codes such appeals, HO26F-026 "
            "(the AU urged Kenya to step up its support for Somalia: REQUEST assist), HO27I-024 "
            "and HO26B-075 (appeals for funding and support: assist); b's null is not the "
            "table's code"
        ),
    },
    modes_taken={
        "HO28A-020": (
            None,
            "b's null taken (a 'seize'): a military unit taking control of the government is a "
            "removal from power, which the development gold codes COERCE with no mode, "
            "HO26O-030 (adjudicated: a president deposed by the military, 'no mode of table "
            "3.10 fitting a removal'); 'seize' is CAMEO 171 and 1711 (property seized or "
            "confiscated) and 192 (territory occupied) in CAMEO2PLOVER-2021 (lines 256-257, "
            "267), as the development gold uses it for ships and companies (HO27L-014, "
            "HO27I-014), not for a government",
        ),
    },
)

# A label note of b that quotes the opening of another gold file's sentence (HO27O-001's), which
# hb.write_gold refuses in the new file: the quotation is put in other words, nothing else of the
# note changes. (record id, annotator) -> (the note's words, the words that replace them).
NOTE_FIXES = {
    ("HO28A-004", "b"): (
        "(Iran has barred the IAEA from accessing its enrichment facilities)",
        "(Iran barring the agency from its enrichment facilities; put in other words at the "
        "build, since the gold may not quote another gold file's sentence)",
    ),
}


def correct(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its annotator's note fixed where ``NOTE_FIXES`` says (the build stops if
    the words to replace do not stand in the note once)."""
    (name,) = record["annotations"]
    fix = NOTE_FIXES.get((record["id"], name))
    if fix is None:
        return record
    label = dict(record["annotations"][name])
    if label["note"].count(fix[0]) != 1:
        raise hb.BuildError(f"{record['id']}: the note to fix does not hold {fix[0]!r} once")
    label["note"] = label["note"].replace(*fix)
    return {**record, "annotations": {name: label}}


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 28, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLING_SENTENCES],
        hb.dated(s19.s18.document_comment, DAY),
        correct,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s19.s18.NEAR_RULE,
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
