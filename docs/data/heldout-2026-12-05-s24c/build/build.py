"""Assemble session 24's third held-out event set (news-heldout-s24c.json, HO27O) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: through the first s21 build (its DOCUMENT comment dated with this session's day) it runs
session 19's ``build_event_set``, which copies labels, leaves out the sentences another gold
file holds in other words, applies the adjudicator's decisions below, checks the new file
against every other gold file (and the sentence files of this session's other sets while they
exist, as strings) and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

# Session 21's first build: its DOCUMENT comment with a build day (BUILT), and through it
# session 19's build_event_set and session 18's comment and near-duplicate figures.
s21 = hb.load_build(DATA / "heldout-2026-12-05-s21" / "build" / "build.py")

IN = Path("/work/coord/s24/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s24c/build")
EVENTS = NEWS / "news-heldout-s24c.json"
# The day session 24 built its sets, for the DOCUMENT comment's title.
DAY = "2026-12-05"
# The CHECK files of session 24 (sessions 22 and 23's sets, pooled): no reason may cite them,
# and nothing here reads them but the duplicate checks (strings).
CHECK_FILES = {
    "news-heldout-s22.json",
    "news-heldout-s22b.json",
    "news-heldout-s22c.json",
    "news-heldout-s23.json",
    "news-heldout-s23b.json",
    "news-heldout-s23c.json",
    "evidence-heldout-s22.jsonl",
    "evidence-heldout-s23.jsonl",
}
# This session's other sets (HO27M, HO27N, EVH24), not yet in tests/data/news when this set was
# built: their unlabelled sentence files, compared as strings (first 60 characters, page, near
# duplicates) while they exist. Once the gold files are merged, the glob of NEWS covers them.
SIBLINGS = [
    Path("/work/coord/s24/heldout/events-sentences.json"),
    Path("/work/coord/s24/heldout2/events-sentences.json"),
    Path("/work/coord/s24/heldout/evidence-sentences.jsonl"),
]

# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, like the third sets "
    "of sessions 21 to 23: nuclear diplomacy (Iran barring and meeting the IAEA, the UN's "
    "snapback sanctions and a letter against them, North Korea refusing denuclearization talks, "
    "Russia's New START offer), prisoners and hostages released (Russia and Ukraine, the "
    "Taliban), courts and legal action (Sarkozy's sentence, Imamoglu's trial), airspace "
    "incursions and jets scrambled (Estonia, Romania, Poland and NATO), humanitarian access to "
    "Gaza, arms deliveries (Patriot launchers to Ukraine, Russian Su-57 jets) and a US arms sale "
    "to Taiwan welcomed, peacekeeping mandates and a gang suppression force (Lebanon, the DR "
    "Congo, Haiti), export controls and sanctions (US chips for China, Venezuela), election "
    "disputes and their crackdowns (Tanzania, Honduras, Cameroon), military exercises "
    "(Balikatan, Zapad), maritime incidents (ships detained in the Baltic, a tanker seized off "
    "Venezuela, a ship sunk in the Red Sea) and statements with no event"
)

# The UN bodies and NATO are IGO in every held-out file (docs/validation-events/session-15.md;
# HO26S-042's adjudication: the Security Council is IGO); a wrote UNSC and NATO.
IGO_CODE = (
    "the organisation's code is IGO, as in every held-out file (intergovernmental organisations "
    "IGO, news-heldout-2026's DOCUMENT convention; HO26S-042, adjudicated: the U.N. Security "
    "Council is IGO, as HO26-017, the Council reimposed sanctions: IGO -> IRN)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27O-001": {
            "event": "REJECT",
            "mode": None,
            "source": ["IRN"],
            "target": ["IGO"],
            "follows": "b",
            "reason": "Iran bars the IAEA from its enrichment sites, a refusal to let an "
            "international body in: CAMEO 1245 ('decline to allow international involvement'), "
            "REJECT in CAMEO2PLOVER-2021, whose opposite, 086 ('allow international "
            "involvement'), is RETREAT access; the development gold codes Iran's refusals of the "
            "IAEA's access so, HO26D-039 (Iran rejected Grossi's request to visit the bombed "
            "facilities: REJECT IRN -> IGO) and HO26V-034 (the same: REJECT IRN -> IGO), and a "
            "state's refusal to let another's planes in, HO27A-004 (rejected the entry of U.S. "
            "military planes: REJECT COL -> USA); COERCE restrict (CAMEO 172, 191) is for "
            "restrictions a state imposes on people or movement, HO26R-060 (restricted entry for "
            "people of Maduro's regime) and HO26L-056 (internet access blocked), not for an "
            "organisation's inspections refused; no mode as b and HO26D-039; source and recipient "
            "as both annotators",
        },
        "HO27O-002": {
            "event": "CONSULT",
            "mode": None,
            "source": ["IRN", "IGO"],
            "target": [],
            "follows": "a",
            "reason": "a meeting 'between' an Iranian delegation and IAEA officials, held in "
            "Vienna, a city of no participant's state: docs/event-coding.md's meeting convention "
            "(the PLOVER manual 2.4.2, 3.2.2) makes visitor -> host only a visit, a hosted "
            "meeting or a meeting in one participant's country, and 'talks between X and Y' with "
            "no host a joint act, all participants as actor and no recipient, as ACCORD-2025-001 "
            "(Rubio met Lavrov in Riyadh: USA+RUS, none) and HO27E-010 (adjudicated: a meeting "
            "no side hosts: IGO+UKR, none); the sentence names no host, and the agency's seat is "
            "no state of a participant; b's precedent HO26O-045 is a meeting at a place in one "
            "participant's country (Awaza, Turkmenistan: TJK -> TKM), which Vienna is not; type "
            "and no mode as both annotators",
        },
        "HO27O-008": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": "NATO's jets scrambled over Romania in answer to a drone incursion: a "
            "raised military alert, MOBILIZE (both annotators), and the mode troops as CAMEO 152 "
            "('increase military alert status': MOBILIZE troops in CAMEO2PLOVER-2021) and as the "
            "development gold codes forces put on alert, HO26N-023 (placing its forces on alert: "
            "MOBILIZE troops TWN) and HO26W-005 (remains on high alert: MOBILIZE troops KOR), 35 "
            "of its 49 MOBILIZE records having that mode; NATO is IGO as in HO26-044 (NATO "
            "rallied behind Poland: IGO -> POL) and HO27A-022 (NATO member states pledged: IGO): "
            f"{IGO_CODE}; the drones' owner is not named, no recipient, as both annotators",
        },
        "HO27O-017": {
            "event": "AID",
            "mode": None,
            "source": ["IGO"],
            "target": ["LBN"],
            "follows": "b",
            "reason": "the two annotations differ only in the Security Council's code: "
            f"{IGO_CODE}; the evaluation folds UNSC to IGO as well, so the scored labels are the "
            "same; type AID (CAMEO 074, peacekeeping), no mode and recipient LBN as both "
            "annotators",
        },
        "HO27O-020": {
            "event": "MOBILIZE",
            "mode": "police",
            "source": ["TZA"],
            "target": [],
            "follows": "b",
            "reason": "one event, of the governing verb: 'Police have deployed heavily in protest "
            "areas' is the finite verb, and the tear gas and the arrests stand in participles set "
            "off after it; the development gold codes a deployment of police MOBILIZE police, "
            "HO26H-023 (deployed a heavy police presence across Nairobi: MOBILIZE police KEN), "
            "and the first of coordinated acts in Tanzania's crackdown, HO26S-016 (deployed "
            "troops and imposed a curfew: MOBILIZE TZA), and does not code the act of a set-off "
            "participle, HO26M-003 and HO26U-020 (tear gas used, 'detaining' protesters: "
            "ASSAULT crowd-control, no arrest coded); HO26N-037 (jets 'launched to intercept the "
            "drones, shooting some down': ASSAULT) differs, its main verb carrying its own "
            "infinitive of force; source TZA and no recipient as both annotators",
        },
        "HO27O-023": {
            "event": "COERCE",
            "mode": "seize",
            "source": ["SWE"],
            "target": ["MLT"],
            "follows": "b",
            "reason": "a ship detained is COERCE seize (both annotators), and the development "
            "gold gives a ship's act the state the sentence names for the ship as recipient: "
            "HO26N-044 (adjudicated: a 'Greek-owned' tanker detained: COERCE seize RUS -> GRC, "
            "'the ship's named country is the recipient'), HO26M-022 (adjudicated: 'a vessel "
            "from Venezuela': USA -> VEN) and HO26G-034 (a vessel from Colombia: USA -> COL); no "
            "recipient only where the sentence names no state for the ship, HO26F-004 (a vessel "
            "seized near Venezuela), HO27F-015 (a foreign-owned tanker) and HO27F-035 (a vessel "
            "with no flag state: none), the last taking a flag state as the ship's state; "
            "'Malta-flagged' names Malta, as HO27O-044 of this set names Greece for a "
            "'Greek-operated' ship (GRC, both annotators)",
        },
        "HO27O-030": {
            "event": "REQUEST",
            "mode": None,
            "source": ["PAN", "HTI"],
            "target": ["IGO"],
            "follows": "b",
            "reason": "the two annotations differ only in the Security Council's code: "
            f"{IGO_CODE}; the development gold codes appeals to the Council with IGO as "
            "recipient, HO26V-012 (requested a UN Security Council meeting: KHM -> IGO) and "
            "HO26E-014 (urged the Council: ERI -> IGO); type and sources as both annotators",
        },
        "HO27O-035": {
            "event": "REQUEST",
            "mode": None,
            "source": ["USA"],
            "target": ["HND"],
            "follows": "b",
            "reason": "one event, of the first of two coordinated verbs: the State Department "
            "'warned Honduran election officials to finalize the results immediately', a demand "
            "addressed to them (CAMEO 10, REQUEST: 'all requests, demands, and orders'), and "
            "then warned that calls to disrupt the process will have consequences, addressed to "
            "no one named; the development gold codes a warning whose content is a demand "
            "REQUEST, HO26B-039 (a warning that the Philippine side must immediately stop: "
            "REQUEST CHN -> PHL), and a demand with a warning after it as the demand, HO27C-009 "
            "(called on Guatemala to act immediately and issued a warning: REQUEST USA -> GTM) "
            "and HO26Z-004 (urged Pakistan, warning that it will come at a high price: REQUEST "
            "AFG -> PAK), as it codes the first of two coordinated acts, HO26D-001 and HO27E-035 "
            "(adjudicated); THREATEN where one warning states the threat as "
            "its content, HO26Y-007 (further sanctions if no progress: DEU -> RUS) and HO27A-020 "
            "(changes needed, 'otherwise' measures: USA -> PAN), not two coordinated verbs whose "
            "first is the demand; source and recipient as both annotators",
        },
        "HO27O-036": {
            "event": "REQUEST",
            "mode": None,
            "source": ["IRN", "CHN", "RUS"],
            "target": ["IGO"],
            "follows": "b",
            "reason": "the two annotations differ only in the Security Council's code: "
            f"{IGO_CODE}; the one urged is the Council, IGO as recipient, as HO26E-014 (urged "
            "the Council to terminate a mandate: ERI -> IGO) and HO26Y-015 (called on Russia to "
            "veto at the U.N. Security Council: BIH -> IGO); type and sources as both annotators",
        },
        "HO27O-046": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["IGO"],
            "target": [],
            "follows": "neither",
            "reason": "the resolution condemns 'the group's seizure of Uvira', and the sentence "
            "names no group: the M23 is named only in the page's previous sentence, and a "
            "condemned act is an accusation of its author only where the sentence names it (a "
            "recipient only where one is named in the sentence; docs/event-coding.md, gold "
            "conventions: with no attacker named there is no recipient), as HO26D-056 "
            "(adjudicated: 'paramilitary attacks', the RSF not named: ACCUSE IGO, none), "
            "HO27D-029 (adjudicated: 'the move', its owner only in the context: ACCUSE PAK, "
            "none) and HO27E-034 (adjudicated: 'these measures', their party only in the "
            "previous sentence: none), so a's recipient (none) and not b's COD; the subject 'It' "
            "is the Council's resolution (both annotators), and "
            f"{IGO_CODE}, so b's code and not a's UNSC: follows neither annotation whole; type "
            "and mode as both annotators",
        },
        "HO27O-049": {
            "event": "CONSULT",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "b",
            "reason": "the two annotations differ only in NATO's code: "
            f"{IGO_CODE}; NATO is IGO in the development gold, HO26-044 (NATO rallied behind "
            "Poland: SUPPORT IGO -> POL), HO26M-016 (Article 4 of the NATO Treaty invoked: "
            "POL -> IGO) and HO27A-022 (NATO member states pledged: AGREE IGO); type, no mode "
            "and no recipient as both annotators",
        },
    },
    modes_kept={
        "HO27O-016": "a's 'discontinue' kept (b none, as HO27E-009): the development gold codes "
        "this very act, the UN's reimposition of its sanctions on Iran by snapback at the end of "
        "September 2025, SANCTION discontinue IGO -> IRN, HO26-017; docs/event-coding.md makes "
        "sanctions imposed CAMEO 163, SANCTION discontinue as the PLOVER 2.0 manual codes them, "
        "and a 're-' verb reads its base verb ('reimposed ... sanctions'); one act coded with "
        "two modes in the gold would be a slip",
        "HO27O-048": "a's 'aerial' kept (b none, as HO26J-024 and ACCORD-REAL-017, drones "
        "destroyed with no aircraft named): the development gold codes the same night's "
        "interceptions by Polish and Dutch fighters, 10 September 2025, ASSAULT aerial, "
        "HO26N-037 (fighters launched to intercept the drones, shooting some down); here too "
        "the drones are shot down by fighter jets (CAMEO 195, aerial weapons); a's mode is not "
        "wrong",
    },
    modes_taken={
        "HO27O-032": (
            None,
            "b's none taken (a 'discontinue'): the development gold codes this very act, the US "
            "Treasury's sanctions on relatives of Maduro and on shipping companies of December "
            "2025, SANCTION USA -> VEN with no mode, HO26F-002 (Washington 'sanctioned several "
            "relatives' of Maduro and businesses tied to him, reported the day before), as it "
            "codes other US sanctions on named persons, HO26W-058 (SANCTION USA -> HTI, no "
            "mode); one act coded with two modes in the gold would be a's slip, not a reading",
        ),
    },
)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s24" not in p.name]


def main() -> None:
    s21.BUILT = DAY
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s21.s19.event_reasons(EVENTS_DECIDED), development, own)
    compared = [*others, *(p for p in SIBLINGS if p.exists())]
    events, near = s21.s19.build_event_set(
        IN, EVENTS, EVENTS_DECIDED, ("session 24, third set", SCOPE, f"{OUT}/"), compared
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": s21.s19.s18.NEAR_RULE,
                "events": s21.s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
