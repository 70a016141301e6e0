"""Assemble session 21's second held-out event set (news-heldout-s21b.json, HO27E) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with session 19's ``build_event_set`` (through the first s21 build, which dates its
DOCUMENT comment) it copies labels, leaves out the sentences another gold file holds in other
words, applies the adjudicator's decisions below, checks the new file against every other gold
file (the first s21 set's included), and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s21 = hb.load_build(DATA / "heldout-2026-12-05-s21" / "build" / "build.py")

IN = Path("/work/coord/s21/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s21b/build")
EVENTS = NEWS / "news-heldout-s21b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; accusations and condemnations, a summons, rejections, a "
    "refused inauguration and a veto, sanctions packages, tariffs and a border closed, arrests, "
    "detentions and prison sentences, drone, port and boat strikes and an ambush by gangs, "
    "pledges, agreements and a joint offer of help, talks and a video conference, support "
    "expressed, a withdrawal from the Belt and Road Initiative, and background on elections and "
    "prices across the Americas (Venezuela, Colombia and the US, Mexico, Brazil, Cuba, Panama "
    "and China, Bolivia, Canada, Haiti and Kenya), Europe (Georgia, Poland and Belarus, Hungary, "
    "France and the US, Denmark and Greenland, Romania, Russia and Ukraine) and international "
    "organisations' meetings (the EU's councils, the NATO summit, the UN, ALBA)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27E-010": {
            "event": "CONSULT",
            "mode": None,
            "source": ["IGO", "UKR"],
            "target": [],
            "follows": "b",
            "reason": "a video conference has no host, and a meeting with no host (a phone call) has all participants as actor and no recipient (docs/event-coding.md, meetings: the PLOVER manual 2.4.2, 3.2.2), as the development gold codes a conversation one side 'held' with another: HO26O-054 ('held a telephone conversation with' Afghanistan's minister: CONSULT KAZ+AFG, none), HO26Q-054 (AFG+UZB, none) and ACCORD-NEWS-020 ('spoke by phone with' Zelensky: ITA+UKR, none); visitor -> host only where the meeting is in one participant's country or one side hosts it (ACCORD-2025-047, a video call Starmer hosted); 'reiterating their continued support' is a participle, no second event (both annotators)",
        },
        "HO27E-015": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["GEO"],
            "target": [],
            "follows": "b",
            "reason": "Zurabishvili calls the conviction politically motivated terror, ACCUSE disapprove GEO (both annotators), and the sentence names no one who convicted: no recipient ('a recipient only where one is named in the sentence', docs/event-coding.md's gold conventions), as the development gold codes condemned arrests and trials whose authority is not named: HO26Y-003 (Venezuelan opposition parties 'decried the arrests': ACCUSE VEN, none) and HO26W-028 ('condemned the arrest as a violation' of the peace deal: ACCUSE SSD, none); the domestic recipient of a coercive act with no named recipient is for the act itself, not for the accusation of it",
        },
        "HO27E-018": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["CAN"],
            "target": [],
            "follows": "b",
            "reason": "Carney judges 'the tariffs' wrong, and the sentence names no one whose tariffs they are: the speaker accuses the act's owner, never a name inside the judgement (docs/event-coding.md), so 'American workers' and 'American industry', inside his words, are no recipient; the development gold gives an act judged wrong no recipient where its owner is not named, HO26U-006 (the Awami League 'called the ban illegal': ACCUSE BGD, none), and the owner as recipient where the sentence names it, HO26W-049 ('called the U.S. tariff threat unacceptable': FRA -> USA) and HO26S-018 ('the E3's decision': IRN -> FRA+DEU+GBR)",
        },
        "HO27E-023": {
            "event": "AGREE",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": "the governing verb is 'pledged', an intended cooperative act, AGREE (CAMEO 03, docs/event-coding.md: 'will support', 'ready to send'), and the development gold codes this very pledge so: ACCORD-2025-035 (NATO allies 'pledged to raise defence spending to five percent': AGREE, no recipient), as other pledges, HO26D-057 (pledged to swap soldiers: AGREE RUS+UKR, none) and ACCORD-2025-054 (AGREE DEU -> UKR); a pledge is CONCEDE only where it halts, cuts or revokes something of the actor's own (docs/event-coding.md, session 8: manual 3.4.2), and the request noun after a verb of answering (083, 'accepted/agreed to demands') is a concession made now, not one pledged; b's CONCEDE reads 'Trump's demand' as the act's recipient, which the pledge of ACCORD-2025-035 does not have",
        },
        "HO27E-024": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA"],
            "target": ["IGO"],
            "follows": "a",
            "reason": "Trump 'assured' the allies that he was with them now, support expressed (CAMEO 05), not an intent to act: the development gold codes an assurance of a present commitment SUPPORT, HO26F-058 (Youssouf 'reassured the Somali government' of the AU's commitment: SUPPORT IGO -> SOM), and keeps AGREE for what an actor says it will do, HO26X-030 (b's precedent: that Türkiye 'would continue to stand with' the Palestinians, adjudicated AGREE as an intent: 'will support', 'ready to send', docs/event-coding.md); source and recipient as both annotators",
        },
        "HO27E-030": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["UKR"],
            "target": ["RUS"],
            "follows": "b",
            "reason": "the spokesperson's reported words judge Russia's demands 'unacceptable', and a verb of saying whose reported clause judges another's act wrong is ACCUSE (docs/event-coding.md, session 11), as the development gold codes 'unacceptable' said of another actor's act: HO26S-008 (Pakistan told the Afghan delegation the militants' presence was 'unacceptable': ACCUSE disapprove PAK -> AFG), HO26Y-011 ('We find that completely unacceptable': ACCUSE DNK -> USA) and HO26V-035 (adjudicated: 'this was unacceptable': ACCUSE USA -> IRN); REJECT where the verb rejects, HO26V-025 ('rejected what he described as unacceptable US demands': REJECT LBN -> USA), which this sentence's spokesperson does not; source and recipient as both annotators",
        },
        "HO27E-032": {
            "event": "SANCTION",
            "mode": "discontinue",
            "source": ["POL"],
            "target": ["BLR"],
            "follows": "b",
            "reason": "closing the border with a neighbouring state is SANCTION discontinue in the development gold, for this very closure of September 2025: HO26D-005 ('Poland closed all border crossing points with Belarus': SANCTION discontinue POL -> BLR) and HO26T-034 (adjudicated: Tusk 'has closed the border with Belarus': SANCTION discontinue, with COERCE restrict kept for restrictions of movement inside one's own territory, HO26N-036); Moscow's criticism is a relative clause after a participle, background (both annotators)",
        },
        "HO27E-034": {
            "event": "SANCTION",
            "mode": "discontinue",
            "source": ["USA"],
            "target": [],
            "follows": "b",
            "reason": "the easing measures Trump reversed are 'these measures', Cuba's only in the previous sentence: the sentence names no recipient, and the development gold gives an act no recipient where its party is given only by the previous sentence (a recipient only where named in the sentence), HO26J-014 (adjudicated: 'denied the allegations', their author only in the context: REJECT ERI, none) and HO26I-023 (adjudicated, the same); reimposed measures are SANCTION (docs/event-coding.md: a 're-' verb reads its base verb, 'reimposed ... sanctions'), and the mode discontinue with b, CAMEO 163 as the PLOVER 2.0 manual codes it (docs/event-coding.md), as HO26K-058 (Cuba's reinclusion on the restricted list: SANCTION discontinue USA -> CUB)",
        },
        "HO27E-035": {
            "event": "ACCUSE",
            "mode": "disapprove",
            "source": ["FRA"],
            "target": ["USA"],
            "follows": "b",
            "reason": "one event, of the first of two coordinated verbs: Barrot 'expressed surprise at' the ambassador's failure to answer a summons, disapproval expressed at an act (docs/event-coding.md: concern expressed 'over / about / at' something is ACCUSE disapprove, CAMEO 110; a summons is coded for what is said), and the demand for an explanation is the second verb: the development gold codes a judgement followed by a demand by the judgement, HO26V-035 (adjudicated: 'this was unacceptable and Tehran must cooperate': ACCUSE USA -> IRN), and the first of two coordinated acts, HO26D-001 (decided to expel officials 'and recalled' the ambassador: SANCTION expel); recipient the US, the ambassador's state, as both annotators",
        },
        "HO27E-037": {
            "event": "REJECT",
            "mode": None,
            "source": ["HUN"],
            "target": ["IGO"],
            "follows": "b",
            "reason": "Hungary's veto blocks the EU's opening of accession negotiations, and a possessor inside the object is no recipient when a 'to' phrase follows (docs/event-coding.md, session 8: 'Ukraine's raw materials to the U.S.': the U.S.), so 'Ukraine's accession to the European Union' gives the EU; the development gold codes Hungary's blocking of an EU decision as REJECT of the EU: HO26Y-044 (Hungary 'has vetoed a joint EU statement' on accession talks with Ukraine: REJECT HUN -> IGO) and ACCORD-NEWS-002 ('blocked a new package' of EU sanctions: REJECT HUN -> EU); REJECT with no mode as both annotators",
        },
        "HO27E-041": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "b",
            "reason": "'are now said to be in US custody' states where the survivors are, a state and no act (their capture is told before this sentence), and the development gold codes a sentence stating that people are held, with no act of holding, NONE: HO26V-042 (three former presidents 'are in prison': NONE); the pronoun subject 'They' names no one either",
        },
    },
    modes_kept={
        "HO27E-001": "a's null kept (b 'meet' as HO26B-078, no US officials would attend a summit: REJECT meet; the development gold also codes a refusal to take part with no mode, ACCORD-REAL-002, Ukraine would not take part in the talks: REJECT, adjudicated; a's null is not wrong)",
        "HO27E-005": "a's null kept (b 'discontinue', CAMEO 163 as the PLOVER 2.0 manual codes sanctions, as HO26-076 and HO26T-055; the development gold codes tariffs imposed with no mode as well, HO26R-054 (a matching 30% tariff: SANCTION COL -> ECU) and HO26C-032 (an 84% tariff: SANCTION CHN -> USA), 5 tariff records with no mode against 7 discontinue; a's null is not wrong)",
        "HO27E-009": "a's null kept (b 'discontinue'): an EU sanctions package adopted is SANCTION with no mode in most of the development gold, HO26D-014 (the 16th package: SANCTION IGO -> RUS), HO26N-001 and HO26R-006 (16 sanctions records with no mode against 6 discontinue); a's null is not wrong",
        "HO27E-011": "a's null kept (b 'discontinue'): sanctions adopted or extended are SANCTION with no mode in most of the development gold, HO26D-014, HO26N-001 and HO26W-058 (16 sanctions records with no mode against 6 discontinue); a's null is not wrong",
        "HO27E-017": "a's null kept (b 'discontinue' as HO26T-055 and HO26M-044, Canada's retaliatory tariffs: discontinue); tariffs imposed are also coded with no mode, HO26R-054 and HO26C-032 (a retaliatory tariff: SANCTION, no mode), so a's null is not wrong",
    },
    modes_taken={
        "HO27E-044": (
            "withdraw",
            "b's 'withdraw' taken (a 'discontinue'): the development gold codes this very withdrawal, Panama's exit from China's Belt and Road Initiative announced by Mulino in February 2025, SANCTION withdraw, HO26J-029 (Panama 'had pulled out of' the BRI: SANCTION withdraw PAN -> CHN); one act coded with two modes in the gold would be a's slip, not a reading",
        ),
    },
)


def assemble(
    folder: Path, path: Path, decided: hb.EventDecisions, which: tuple[str, str, str], out: Path
) -> None:
    """Build one of session 21's event-only sets: ``folder``'s a and b files into the gold file
    ``path`` with ``decided`` (``which`` as session 18's ``document_comment`` takes it), its
    agreement.json into ``out``, and print its table (also used by the s21c build)."""
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != path]
    development = hb.record_files(s21.development_files(others))
    cited = hb.check_citations(s21.s19.event_reasons(decided), development)
    events, near = s21.s19.build_event_set(folder, path, decided, which, others)
    hb.write_agreement(
        out / "agreement.json",
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


def main() -> None:
    assemble(IN, EVENTS, EVENTS_DECIDED, ("session 21, second set", SCOPE, f"{OUT}/"), OUT)


if __name__ == "__main__":
    main()
