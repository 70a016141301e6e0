"""Assemble session 44's third held-out event set (news-heldout-s44c.json, HO29W) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 18's DOCUMENT comment dated on this set's
day, b's labels read under ``annotations.b``) it copies labels, leaves out the sentences another
gold file (or the sentence files of session 44's other sets) holds in other words, applies the
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

IN = Path("/work/coord/s44/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s44c/build")
EVENTS = NEWS / "news-heldout-s44c.json"
# The CHECK files of session 44 (sessions 42 and 43's sets, pooled): never opened by the
# adjudicator, never cited; the build compares their sentences and pages as strings only.
CHECK_FILES = {
    "news-heldout-s42.json",
    "news-heldout-s42b.json",
    "news-heldout-s42c.json",
    "evidence-heldout-s42.jsonl",
    "news-heldout-s43.json",
    "news-heldout-s43b.json",
    "news-heldout-s43c.json",
    "evidence-heldout-s43.jsonl",
}
# Session 44's other sets were built at the same time on another branch: their sentence files
# are compared as strings (duplicates and near duplicates), nothing else of them.
SIBLINGS = [
    Path("/work/coord/s44/heldout/events-sentences.json"),
    Path("/work/coord/s44/heldout/evidence-sentences.jsonl"),
    Path("/work/coord/s44/heldout2/events-sentences.json"),
]
# The day this set was built, for its DOCUMENT comment.
DAY = "2026-12-07"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, at the same time as "
    "the session's first two sets: currency interventions (Japan and the US, Türkiye's and "
    "Indonesia's central banks), dam and river-water disputes (the GERD, the Indus Waters "
    "Treaty held in abeyance, Afghanistan's Qosh Tepa canal, China's Medog dam), pardons and "
    "releases (Uzbekistan, Belarus at the US request and the sanctions on Belavia lifted, "
    "Cuba's release promised to the Pope), courts against governments (Uganda's military "
    "courts, the dismissal of Israel's Shin Bet chief, Peru's Chancay port, Panama's port "
    "concessions), two Emiratis and an Iranian kidnapped in Mali and freed for a ransom, "
    "weapons for Sudan's paramilitaries and South Sudan's arms embargo renewed, diaspora voting "
    "(Moldovans in Russia, Romanians abroad), the Panama ports sale and US warships in the "
    "canal, protests over the LeMan cartoon in Türkiye and India, and statements with no event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29W-001": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["EGY"],
            "target": ["ETH"],
            "follows": "b",
            "reason": (
                "Egypt 'views the GERD as an existential threat to its water share ... and demands "
                "a binding agreement': two coordinated verbs, and the development gold codes the "
                "first, a condemnation, where a demand or call follows it, HO26V-031 ('condemned "
                "the launches and called on Pyongyang': ACCUSE USA -> PRK), HO27G-030 "
                "('denounced ... and demanded an official inquiry': ACCUSE) and ACCORD-REAL-022 "
                "(adjudicated: 'denounced the attacks ... and called for tougher sanctions': "
                "ACCUSE); 'views X as an existential threat' is a characterising verb whose "
                "predicate condemns, ACCUSE (CAMEO 111; docs/event-coding.md, session 11: "
                "'considers X's actions to be provocative'); the dam's owner is the recipient as "
                "the development gold codes Egypt's charges against the GERD, HO28V-002 ('Cairo "
                "insists the GERD threatens its water supply': ACCUSE EGY -> ETH, both "
                "annotators) and HO27J-029 (EGY -> ETH); a's REQUEST is the second verb's"
            ),
        },
        "HO29W-002": {
            "event": "THREATEN",
            "mode": None,
            "source": ["PAK"],
            "target": ["IND"],
            "follows": "b",
            "reason": (
                "Pakistan said 'any attempts by India to stop or divert its waters ... would be "
                'seen as an "act of war"\': a conditional warning about an act not done, whose '
                "consequence is the speaker's own (Pakistan treating it as war), THREATEN by "
                "docs/event-coding.md ('A warning is THREATEN only when the consequence it names "
                "is the speaker's own act'), as the development gold codes the same warning, "
                "HO27M-022 ('warned that any attempt to alter Pakistan's water share "
                "unilaterally would be considered an act of war': THREATEN PAK); the gold's "
                "ACCUSE for 'act of war' is for an act done and judged, HO28V-009 ('condemned "
                "India's move, calling it an \"act of war\"': ACCUSE PAK -> IND, a's precedent), "
                "HO27B-016 and HO28N-009 (attacks or strikes declared an act of war); India, "
                "named as the author of the act warned against, the recipient, as both annotators"
            ),
        },
        "HO29W-009": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "'It was signed by over 3,500 people and handed over to the Embassy of the "
                "Republic in Moscow': a document handed over, whose content the sentence does not "
                "give ('It' is the petition, no actor), by people of no named state, to an "
                "embassy of a republic the sentence does not name (Moldova only in the news "
                "agency's name, 'Sputnik Moldova'); the development gold codes a letter or a "
                "petition by what it says, HO26U-048 ('sent a letter ... accusing': ACCUSE), "
                "HO28W-035 ('The petition ... accuses': ACCUSE) and HO26O-058 ('filed a "
                "petition ..., requesting details': REQUEST, b's precedent, whose request is in "
                "its sentence), and gives no event to a letter that says nothing codable, "
                "HO29N-027 (adjudicated: 'its addressee alone makes no event'); what the "
                "petition asks is only in the previous sentence of the set, HO29W-008, which "
                "both annotators coded NONE"
            ),
        },
        "HO29W-015": {
            "event": "REQUEST",
            "mode": None,
            "source": ["MLI"],
            "target": ["MLI"],
            "follows": "b",
            "reason": (
                "'JNIM had initially demanded $100 million and the release of several detained "
                "members from Malian prisons': a demand, REQUEST, JNIM coded by its country, MLI "
                "(HO29C-020: JNIM fighters: MLI), as both annotators; a release asked of the "
                "state named as holding the prisoners has that state as recipient in the "
                "development gold, HO28L-039 ('demanded the release of three OSCE ... staff "
                "detained in Russian-occupied Donbas': REQUEST UKR -> RUS) and HO27Y-002 (the "
                "release of South Sudan's First Vice President: -> SSD), and 'Malian prisons' "
                "names Mali as the holder; no recipient where the holder is not named, HO26K-026 "
                "('demanded his unconditional release': REQUEST TCD, none); the ransom's payer "
                "is not named, so Mali is the only recipient"
            ),
        },
        "HO29W-029": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["TUR"],
            "target": [],
            "follows": "a",
            "reason": (
                "the ruling party's spokesperson called a cartoon in a Turkish satirical magazine "
                "an 'Islamophobic hate crime': ACCUSE disapprove TUR, both annotators; the "
                "cartoon's author is the magazine, a company, which docs/event-coding.md makes no "
                "actor ('a company is no actor (no code)'), and no cartoonist or state is named "
                "as its author; the development gold gives an act judged wrong no recipient "
                "where its author is a company, HO28J-002 (China spoke out against the deal CK "
                "Hutchison went forward with: ACCUSE CHN, none), as HO28Y-020 (a letter asking "
                "Google: REQUEST MEX, none); b's HO27R-042 (CIV -> CIV) accuses an electoral "
                "commission, a state body; 'Turkish' places the magazine, it does not make it "
                "Türkiye's"
            ),
        },
        "HO29W-030": {
            "event": "PROTEST",
            "mode": "demo",
            "source": ["TUR"],
            "target": [],
            "follows": "a",
            "reason": (
                "'More than 200 people arrived to protest against Leman in central Istanbul': "
                "PROTEST demo TUR, both annotators; the protest is against a magazine, a company, "
                "no actor (docs/event-coding.md); the development gold gives a domestic "
                "demonstration the home state as recipient where a state actor is what it is "
                "against, HO26J-001 (adjudicated: 'anti-government demonstration' names the "
                "government, 'unlike protests with no target named (HO26B-016, HO26G-031)'), "
                "as b's HO28L-022 (signs 'against the 63-year-old president': PER -> PER) and "
                "HO26K-037 (against Prime Minister Fico: SVK -> SVK), and no recipient where no "
                "state actor is named as its object, HO26O-014 (protesting a trial: TUN, none) "
                "and HO26I-046 (anti-graft demonstrations: PHL, none)"
            ),
        },
        "HO29W-033": {
            "event": "THREATEN",
            "mode": None,
            "source": ["USA"],
            "target": ["PAN"],
            "follows": "a",
            "reason": (
                "Trump 'insists on recovering the maritime passage, ... a claim Panama vehemently "
                "denies': the development gold types 'insist on' by what is insisted on, a "
                "demand made of another party REQUEST, HO26Z-005 (b's precedent: 'will insist on "
                "its key demand: that Afghanistan take action': PAK -> AFG), the speaker's own "
                "act by that act, HO28O-022 and HO27T-009 ('insisted on amending', 'insists on "
                "participating': NONE, acts at home); recovering the canal is the speaker's own "
                "act, a taking of what Panama holds, an intended hostile act, THREATEN "
                "(docs/event-coding.md: 'an intended or possible hostile one ... THREATEN'), as "
                "HO28H-027 (adjudicated: a port 'would be reclaimed \"by force\"': THREATEN ETH) "
                "and the gold's US warnings to Panama over the canal, HO27A-020 and HO27K-031 "
                "(THREATEN USA -> PAN); no force named, so no mode; Panama the recipient, as both "
                "annotators; a close call: the sentence asks nothing of Panama in words"
            ),
        },
        "HO29W-040": {
            "event": "REJECT",
            "mode": None,
            "source": ["ISR"],
            "target": ["ISR"],
            "follows": "b",
            "reason": (
                "Israel's Supreme Court 'ruled ... that the government's decision to terminate "
                "the tenure of the Shin Bet chief was made through an improper process and "
                "violated legal standards': a court setting aside a state act, which the "
                "development gold codes REJECT, HO28U-029 (adjudicated: Panama's Supreme Court "
                "declared the state's contract unconstitutional: REJECT), HO28L-042 ('declaring "
                "the move unconstitutional': REJECT BIH -> BIH) and HO29L-010 (adjudicated: "
                "REJECT IRQ -> IRQ), as this set's HO29W-021 (Uganda's Supreme Court 'ruled that "
                "trying civilians in military courts is unconstitutional': REJECT, both "
                "annotators) and HO29W-050 (both); a's CAMEO 116 (find liable) is for a court "
                "finding a party guilty; the government named, its state the recipient, as "
                "both annotators; a close call (HO28R-037, a ruling on a company's licence, is "
                "NONE)"
            ),
        },
        "HO29W-041": {
            "event": "REQUEST",
            "mode": None,
            "source": ["ISR"],
            "target": ["ISR"],
            "follows": "b",
            "reason": (
                "the Attorney General stated that 'Prime Minister Benjamin Netanyahu cannot "
                "appoint a new Shin Bet chief at this time': a bar on another's act still to "
                "come, told to him, which docs/event-coding.md codes as a demand ('\"X said Y "
                "must do Z\" becomes X REQUEST Y whatever the verb'), as the development gold "
                "codes a ruling that a state 'shall refrain' from an act, HO28L-019 (REQUEST IGO "
                "-> VEN); a's HO26J-045 (adjudicated: 'would not allow' non-members to attend: "
                "REJECT) is the speaker's refusal of what is hers to grant, and the Attorney "
                "General grants no appointment; source and recipient as both annotators"
            ),
        },
        "HO29W-042": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["ISR"],
            "target": ["ISR"],
            "follows": "a",
            "reason": (
                "the Attorney General 'said Netanyahu did not have the authority to dismiss Bar "
                "without a legal review': a verb of saying whose clause judges another's act "
                "unlawful, ACCUSE (docs/event-coding.md, session 11: 'a verb of saying whose "
                "reported clause judges an act harmful or wrong ... the speaker accuses the act's "
                "owner'), as the development gold codes an official saying an act 'would be "
                "illegal', HO28L-041 (adjudicated: ACCUSE disapprove GBR); b's REJECT precedents "
                "are a body's own act of setting aside, HO28L-042 (the assembly 'rejected the "
                "decision') and HO29L-010 ('challenges ... declaring them unconstitutional'), "
                "and this set's HO29W-040 (a court's ruling), not a statement of an official; "
                "the prime minister named, ISR -> ISR as both annotators"
            ),
        },
        "HO29W-043": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["CUB"],
            "target": [],
            "follows": "a",
            "reason": (
                "the government 'informed Pope Francis it would gradually release 553 convicts': "
                "a release promised, CONCEDE (docs/event-coding.md, 'Property handed back': "
                "'Cuba said it will release 553 prisoners' is CONCEDE), as the development gold "
                "codes the same promise, HO28J-046 (CONCEDE CUB, none); the party told is the "
                "recipient where the act told concerns it, HO26W-046 ('China informed Japan "
                "... that it will ban all imports of Japanese seafood': CHN -> JPN), and not "
                "where it is only told, HO29E-049 (adjudicated: 'told the UN it would allow "
                "only 300 aid trucks': 'here the UN is only told', no recipient); the convicts "
                "are Cuba's own, so no recipient (no development record codes the Holy See)"
            ),
        },
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and session 44's
    sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s44" not in p.name]


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
        ("session 44, third set", SCOPE, f"{OUT}/"),
        [*others, *SIBLINGS],
        document_comment,
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s19.s18.NEAR_RULE} and the sentence files of session 44's other sets",
                "events": s19.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
