"""Assemble session 31's third held-out event set (news-heldout-s31c.json, HO28J) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (its ``build_event_set``, which reads b's labels under
``annotations.b``) and session 18's DOCUMENT comment dated this set's day, as the third sets of
sessions 21, 25 and 28 were built. Run from the repository root with PYTHONPATH=src. It runs no
coder: it copies labels, leaves out the sentences another gold file or the session's other sets
hold in other words, applies the adjudicator's decisions below, checks the new file against
every other gold file and against the other sets' sentence files, and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s31/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s31c/build")
EVENTS = NEWS / "news-heldout-s31c.json"
# The day this set was built; session 18's DOCUMENT comment writes its own (2026-12-04).
DAY = "2026-12-06"
# The CHECK files of session 31 (the declaration, docs/data/heldout-2026-12-06-s31/declared.md:
# the sets of sessions 29 and 30, pooled). Never opened here; only their names are compared, so
# that no reason may cite them; the build's duplicate checks read their strings in memory.
CHECK_FILES = {
    "news-heldout-s29.json",
    "news-heldout-s29b.json",
    "news-heldout-s29c.json",
    "news-heldout-s30.json",
    "news-heldout-s30b.json",
    "news-heldout-s30c.json",
    "evidence-heldout-s29.jsonl",
    "evidence-heldout-s30.jsonl",
}
# This session's sets (HO28H, HO28I, HO28J, EVH31): none is a development file for another.
SESSION = "heldout-s31"
# The other sets of the session, built at the same time by another adjudicator on another branch:
# their sentence files are compared with this set's as strings (pages, first 60 characters and
# the near-duplicate rule); nothing else of their folders is read.
SIBLING_SENTENCES = [
    Path("/work/coord/s31/heldout/events-sentences.json"),
    Path("/work/coord/s31/heldout2/events-sentences.json"),
    Path("/work/coord/s31/heldout/evidence-sentences.jsonl"),
]
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than by region, at the same time "
    "as the session's first two sets: airspace closures and flight bans (Pakistan's ban on "
    "Indian aircraft, the US declaration on Venezuela's airspace and the airlines' "
    "suspensions), ports, canals and shipping (the Panama Canal ports sale and US warships' "
    "passage, Chancay, the Houthis and the Red Sea), grain and food between states (grain from "
    "Ukraine to Syria, China's purchases of US soybeans), missile and weapons tests (North "
    "Korea, Russia's Burevestnik), military bases (Russia's naval base at Port Sudan), "
    "journalists detained and press freedom (appeals for Zimbabwe, Georgia and India), "
    "repatriation of artefacts (the Java Man fossils, the Benin Bronzes, the Djidji Ayokwe "
    "drum), sovereign debt talks (Ethiopia's Eurobond), amnesties, pardons and prisoner "
    "releases (Myanmar, Belarus, Venezuela, a bill on Bolsonaro's sentence), sport and "
    "major-event diplomacy (UEFA and Israel, the IOC and Russian athletes) and statements with "
    "no event"
)

# The rule the mode-only decisions below apply (session 28's third set kept a's 'assist' for the
# same reason, HO28A-018): where a and b differ only in mode, the mode CAMEO2PLOVER-2021 gives
# the act's CAMEO code stands against a null, unless the PLOVER 2.0 manual (which the gold
# follows first, docs/event-coding.md, "Gold conventions") codes the act otherwise.
EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28J-009": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["BRA"],
            "target": ["BRA"],
            "follows": "b",
            "reason": (
                "Brazil's congress approved a bill to reduce Jair Bolsonaro's prison sentence, "
                "which awaits the president's decision: a legislature's approval of a measure "
                "that names its object is coded by what the measure does in the development "
                "gold, HO26L-059 (lawmakers approved an arms embargo on Israel: SANCTION ESP -> "
                "ISR) and HO27Q-041 (the National Assembly voted for a sanction against a named "
                "prime minister: SANCTION VEN -> TTO), and NONE where it names no actor, "
                "a's precedent HO26F-016 (a law requiring young adults to join a pension fund); "
                "a penalty on a named person eased, not yet in force, is CONCEDE by the gold "
                "conventions (docs/event-coding.md, 'Gold conventions': lifting or easing "
                "promised is CONCEDE, and easing restrictions on named persons is CONCEDE, "
                "manual 3.4: 'the promise of future concessions such easing of administrative "
                "or legal restrictions on persons'); the recipient is the person the bill "
                "eases, Bolsonaro, Brazilian: BRA -> BRA as the gold keeps a domestic recipient "
                "that is another actor than the source (HO26N-040, ECU -> ECU; HO27S-033, IDN "
                "-> IDN); a's note gives CONCEDE BRA -> BRA as its alternative"
            ),
        },
        "HO28J-026": {
            "event": "REQUEST",
            "mode": "yield",
            "source": ["USA"],
            "target": ["RUS"],
            "follows": "a",
            "reason": (
                "Trump said that he (Putin, the page's subject, as both annotators read the "
                "pronoun) 'ought to get the war ended' and that this is what he 'ought to do "
                "instead of testing missiles': 'X said Y must do Z' becomes X REQUEST Y whatever "
                "the verb (docs/event-coding.md, the CAMEO 03/13 paragraph), and the "
                "development gold codes a speaker saying that another should act 'instead of' "
                "what he does REQUEST, HO26N-032 (an opposition leader said the prime minister "
                "should step down immediately instead of dealing with the motion: REQUEST "
                "SLB -> SLB), as HO28A-042 (said the US should act with caution: REQUEST CHN -> "
                "USA); the missile tests stand in the 'instead of' phrase, the thing the "
                "speaker sets against his demand, not a reported clause that judges them (the "
                "ACCUSE reading of docs/event-coding.md, session 11, is for a reported clause "
                "such as 'posed a direct threat'); mode yield, the adjudicator's (a gave none): "
                "ending a war is the REQUEST mode yield of the PLOVER manual's table 3.3 "
                "('ceasefires'), as HO26B-068 (Trump urged Putin to end hostilities: REQUEST "
                "yield USA -> RUS)"
            ),
        },
        "HO28J-030": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["FRA"],
            "target": [],
            "follows": "b",
            "reason": (
                "the French Parliament approved the return of the drum, which was handed over "
                "only months later: the return of property is RETREAT (manual 3.7: 'the return "
                "of confiscated property') and a retreat decided but not yet made is CONCEDE "
                "(manual 3.4.2: 'Announcements of future retreats should be coded as CONCEDE'; "
                "3.1.1: RETREAT and CONCEDE in the future 'do not reduce to AGREE'); the gold "
                "follows the manual where it and CAMEO2PLOVER-2021 differ (docs/event-coding.md, "
                "'Gold conventions'), so the table's AGREE for CAMEO 0353 (line 27), a's "
                "reading, gives way, as the conventions code a withdrawal or ceasefire "
                "announced but not in force CONCEDE; the development gold codes a state's own "
                "decision to release CONCEDE, b's precedent HO26X-038 (Myanmar's government "
                "will release prisoners under an amnesty: CONCEDE MMR), and AGREE for an offer "
                "or pledge made to another party, HO27K-038 (offered to return Venezuelans in "
                "exchange for prisoners: AGREE SLV -> VEN) and HO26P-037 (pledged to hand over "
                "bodies: AGREE RUS -> UKR), which a parliament's vote is not; no recipient, as "
                "both annotators (Côte d'Ivoire is not named in the sentence)"
            ),
        },
        "HO28J-034": {
            "event": "CONSULT",
            "mode": None,
            "source": ["ISR"],
            "target": ["NGO"],
            "follows": "b",
            "reason": (
                "direct talks held by the Israel Football Association's president with UEFA's "
                "president: CONSULT ISR as both annotators; the partner is UEFA, a "
                "non-governmental international body, which the PLOVER manual's country field "
                "codes NGO (table 5.1, 'Non-governmental Organization'), as the development "
                "gold codes such bodies as source and recipient, HO27V-016 (Human Rights Watch: "
                "NGO -> SSD) and HO27G-022 (the ICRC as recipient: NER -> NGO), and as both "
                "annotators code the IOC in HO28J-042 of this set (a's own reading there); the "
                "development gold gives a meeting 'with' a named partner and no host that "
                "partner as recipient, HO28A-011 (Pakistan's foreign minister met with the UN "
                "chief: CONSULT PAK -> IGO) and HO27N-018 (Fico met with von der Leyen: SVK -> "
                "IGO); a's 'no gazetteer code' is a fault of the coders' dictionary, not a "
                "reading of the sentence"
            ),
        },
        "HO28J-042": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["NGO"],
            "target": ["RUS"],
            "follows": "b",
            "reason": (
                "the IOC will allow Russian athletes to compete as neutrals: a ban on a "
                "country's athletes eased, which the gold conventions code CONCEDE (docs/"
                "event-coding.md, 'Gold conventions': easing restrictions on named persons or "
                "organisations and bans is CONCEDE, manual 3.4; CAMEO 081), as the development "
                "gold codes bans lifted, HO26K-040 (Türkiye lifted its flight ban on an airport "
                "in Iraq: CONCEDE TUR -> IRQ) and HO26L-006 (a ban on social media platforms "
                "lifted: CONCEDE); announced for the Games to come, it stays CONCEDE (manual "
                "3.4: 'the promise of future concessions'; 3.4.2: CONCEDE in the future does "
                "'not reduce to AGREE'), so the coders' rule that an intended cooperative act "
                "becomes AGREE (docs/event-coding.md, a's note) does not decide it; source NGO "
                "and recipient RUS as both annotators"
            ),
        },
    },
    modes_kept={
        "HO28J-010": (
            "a's 'return' kept (b null): the Dutch government returned fossils to Indonesia, "
            "property returned, CAMEO 0842, which CAMEO2PLOVER-2021 maps to RETREAT return "
            "(line 85); the PLOVER manual names 'the return of confiscated property' as a "
            "RETREAT (3.7) and its table 3.2 has no other mode for it (its 'release' is "
            "'Release captives'), so the table's mode stands where the manual is silent "
            "(docs/event-coding.md, 'Gold conventions'), as the gold uses the table's RETREAT "
            "'ease' for CAMEO 085; the development gold holds no property returned to a state, "
            "so b's 'never used' is an absence of cases, not a practice"
        ),
        "HO28J-023": (
            "a's 'return' kept (b null): the Netherlands' return of 119 artefacts to Nigeria "
            "is property returned, CAMEO 0842, RETREAT return in CAMEO2PLOVER-2021 (line 85), "
            "as HO28J-010 of this set"
        ),
        "HO28J-028": (
            "a's 'return' kept (b null): France handed over the drum to Côte d'Ivoire in a "
            "restitution ceremony, property returned, CAMEO 0842, RETREAT return in "
            "CAMEO2PLOVER-2021 (line 85), as HO28J-010 of this set"
        ),
    },
    modes_taken={
        "HO28J-005": (
            "yield",
            "b's 'yield' taken (a null): an appeal for a detained person's release is a demand "
            "for the release of persons, CAMEO 1053, REQUEST yield in CAMEO2PLOVER-2021 (line "
            "127), and the PLOVER manual's REQUEST mode yield covers the 'Release of prisoners' "
            "(table 3.3); the development gold codes calls for a release so, HO27Y-002 (called "
            "for the immediate release of a vice president: REQUEST yield USA -> SSD), "
            "HO26H-043, HO27V-038, HO26G-017 and HO26S-024; a's precedent HO27H-030 has no "
            "mode, but a null is not the table's code",
        ),
        "HO28J-006": (
            "yield",
            "b's 'yield' taken (a null): a call to release a jailed media manager, REQUEST "
            "yield as HO28J-005 of this set (CAMEO 1053; CAMEO2PLOVER-2021 line 127; the "
            "manual's table 3.3; HO27Y-002)",
        ),
        "HO28J-018": (
            "violence",
            "b's 'violence' taken (a null): the Houthi leader warned of attacks on Israeli "
            "positions, a threat of military force, CAMEO 138 and 1384, THREATEN violence in "
            "CAMEO2PLOVER-2021 (lines 196, 200); in THREATEN 'the mode is the content of the "
            "threat' (manual 3.11.3, table 3.6: violence), as the development gold codes the "
            "Houthis' threats to strike, HO26X-048 (would strike US naval vessels: THREATEN "
            "violence YEM -> USA) and HO26X-047 (would begin targeting ships: THREATEN "
            "violence YEM)",
        ),
        "HO28J-019": (
            "violence",
            "b's 'violence' taken (a null): the ultimatum threatens to resume 'naval "
            "operations' against Israel, military force, and in THREATEN 'the mode is the "
            "content of the threat' (manual 3.11.3, table 3.6: violence), not the form of "
            "the ultimatum (CAMEO 139, THREATEN relations in CAMEO2PLOVER-2021, line 202, "
            "which is for threats to break off relations or talks); CAMEO 1384 is THREATEN "
            "violence (line 200), as HO26X-048 and HO26X-047 (the Houthis' threats to strike "
            "ships)",
        ),
    },
)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and SESSION not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [f"HO28J-{n:03d}" for n in range(1, 51)]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        ("session 31, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLING_SENTENCES],
        hb.dated(s19.s18.document_comment, DAY),
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
