"""Assemble session 30's third held-out event set (news-heldout-s30c.json, HO28G) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the shared ``build_event_set`` (session 19's steps, reading both forms of the labels)
and session 18's DOCUMENT comment dated with this session's day (the shared ``dated``), it copies
labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new file against every other gold file (and the
sentence files of this session's other sets while they exist, as strings) and computes
agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

# Session 19's first build: its ``event_reasons`` and, through it, session 18's DOCUMENT comment
# (undated here: the shared ``dated`` writes this session's day into its title), ``NEAR_RULE``
# and ``near_figures``.
s19 = hb.load_build(DATA / "heldout-2026-12-04-s19" / "build" / "build.py")

IN = Path("/work/coord/s30/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-06-s30c/build")
EVENTS = NEWS / "news-heldout-s30c.json"
# The day session 30 built its sets, for the DOCUMENT comment's title.
DAY = "2026-12-06"
# The CHECK files of session 30 (sessions 28 and 29's sets, pooled): no reason may cite them,
# and nothing here reads them but the duplicate checks (strings).
CHECK_FILES = {
    "news-heldout-s28.json",
    "news-heldout-s28b.json",
    "news-heldout-s28c.json",
    "news-heldout-s29.json",
    "news-heldout-s29b.json",
    "news-heldout-s29c.json",
    "evidence-heldout-s28.jsonl",
    "evidence-heldout-s29.jsonl",
}
# This session's other sets (HO28E, HO28F, EVH30), not yet in tests/data/news when this set was
# built: their unlabelled sentence files, compared as strings (first 60 characters, page, near
# duplicates) while they exist. Once the gold files are merged, the glob of NEWS covers them.
SIBLINGS = [
    Path("/work/coord/s30/heldout/events-sentences.json"),
    Path("/work/coord/s30/heldout2/events-sentences.json"),
    Path("/work/coord/s30/heldout/evidence-sentences.jsonl"),
]

# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region, like the third sets "
    "of sessions 21 to 29: critical-minerals deals (the US with Australia and the DRC, China's "
    "licence rule for rare-earth exports), a Security Council veto (the US on Gaza, 18 September "
    "2025), trade agreements and trade talks (India and the EU, China and ASEAN, the US and "
    "Cambodia, India and the US, the EU and Mercosur, the US and China in London, the EU and "
    "Indonesia), visas and travel bans (the US bans of June and December 2025, the pause of "
    "January 2026), hostages and kidnappings (the last living hostages in Gaza released, the "
    "Kebbi schoolgirls, the Jaffar Express), space launches and satellites (China for Pakistan, "
    "NISAR), drug trafficking and joint police operations (Spain, Europol, Belgian, Dutch and "
    "British police, Mexico's transfer of cartel figures to the US), health emergencies and "
    "medical aid (mpox doses, the UAE's supplies to Chad, Ethiopia's Marburg outbreak), offers "
    "to mediate (Russia between Israel and Iran, Türkiye and Belarus, China and the IOMed), "
    "environmental treaties (the Geneva plastics talks, the High Seas Treaty's ratifications) "
    "and statements with no event"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO28G-036": {
            "event": "AGREE",
            "mode": None,
            "source": ["USA"],
            "target": ["COD"],
            "follows": "b",
            "reason": "the United States 'wanted to conclude an agreement with' the DRC: a "
            "state's stated will to make an agreement with a named partner, which the PLOVER 2.0 "
            "manual codes AGREE (3.1: 'agree to, offer, promise, or otherwise indicate "
            "willingness or commitment to cooperate'; CAMEO 0311, intent to cooperate "
            "economically) and the gold conventions of every held-out file write 'an intended "
            "cooperative act AGREE'; the development gold codes a state's hope, aim or plan to "
            "negotiate, sign or offer with a named partner AGREE, HO26G-050 (Ethiopia 'hoped to "
            "negotiate with the Eritrean government': AGREE ETH -> ERI), HO27S-025 (Vanuatu "
            "'aims to enhance' policing cooperation with China, planning to sign an MoU: AGREE "
            "VUT -> CHN) and HO26I-028 (Japan 'plans to offer' PNG's military machinery: AGREE "
            "JPN -> PNG), as this set's HO28G-038 (the US 'was open to exploring' minerals "
            "partnerships with Congo: AGREE USA -> COD, both annotators); the reading of "
            "docs/event-coding.md that a cites (session 11: no event for 'a wish and the "
            "infinitive it governs', 'want to become independent') is the rules coder's, and "
            "the gold's record of it, HO26K-012 (a population's wish in an opinion poll to "
            "become independent: NONE), names no actor's cooperation with another; the page's "
            "next sentence (seen in the adjudicator's spot check) gives the wish as stated by the "
            "US President's adviser on Africa, an intent expressed; source USA and recipient COD "
            "as b",
        },
        "HO28G-037": {
            "event": "CONSULT",
            "mode": None,
            "source": ["COD", "USA"],
            "target": [],
            "follows": "b",
            "reason": "negotiations 'with' the United States, with no host or place named, "
            "are a joint act: the PLOVER 2.0 manual 3.2.2 ('where there is no clear distinction "
            "between whether an entity is hosting or visiting, all participants are coded in "
            "the actor field') and docs/event-coding.md (meetings: 'with no host ... all "
            "participants are the actor and there is no recipient'; talks between X and Y, "
            "PLOVER's rule for reciprocal meetings); the development gold codes negotiations "
            "with a named partner so, HO26W-029 (adjudicated: Syria 'was negotiating with "
            "Israel': CONSULT SYR+ISR, none) and HO27K-022 (adjudicated: 'in intensive "
            "negotiations with the Americans': CAN+USA, none), and gives the partner as "
            "recipient only where it hosts, HO26T-026 (negotiations with Vanuatu's leaders at "
            "a signing ceremony in Vanuatu: AUS -> VUT); type as both annotators (CAMEO 046)",
        },
        "HO28G-048": {
            "event": "COOPERATE",
            "mode": None,
            "source": ["MEX"],
            "target": ["USA"],
            "follows": "b",
            "reason": "cartel figures 'handed over' to the United States for prosecution are "
            "an extradition-like transfer between states' justice systems, which the PLOVER 2.0 "
            "manual codes COOPERATE (3.5: 'cooperation on judicial matters, such as "
            "extraditions'; CAMEO 063, COOPERATE in CAMEO2PLOVER-2021), not a release: RETREAT "
            "release is 'release captives' (manual table 3.2), people set free from custody, "
            "and these go from one custody to another; the development gold codes this very "
            "transfer of 27 February 2025 COOPERATE MEX -> USA twice, HO27H-048 ('extradited 29 "
            "cartel figures') and HO27L-034 ('began sending' nearly 30 cartel operatives), and "
            "the transfer of August 2025 so too, HO26H-052 ('sent more than two dozen suspected "
            "cartel members': COOPERATE), as it codes Mexico's extraditions of cartel members "
            "to the US in general, HO26I-030 (COOPERATE MEX -> USA); one act coded two ways in "
            "the gold would be a slip; a's HO26V-058 and HO26F-053 (El Salvador 'handed over' "
            "the Venezuelan nationals in its custody, in exchange for prisoners: RETREAT "
            "release SLV -> VEN) are a prisoner exchange that returns people to their own "
            "state, which the manual codes RETREAT (3.3.2: 'the actual release or exchange of "
            "prisoners'; CAMEO 0841 'return, release person(s)'); the reading of 'hand over' "
            "in docs/event-coding.md (people: CAMEO 0841) is the rules coder's default for the "
            "phrase; source MEX and recipient USA as both annotators",
        },
        "HO28G-049": {
            "event": "AGREE",
            "mode": None,
            "source": ["IDN", "IGO"],
            "target": [],
            "follows": "a",
            "reason": "Indonesia and the EU 'finalised negotiations on a trade agreement': the "
            "negotiations are complete, a text agreed by both parties and still to be signed "
            "and ratified, which the development gold codes AGREE every time: HO27H-009 "
            "(adjudicated: 'the completion of negotiations on the draft agreement' between Baku "
            "and Yerevan: AGREE AZE+ARM, none, 'a text agreed by both parties and still to be "
            "signed'), HO26W-050 (agreed on the final text of a peace treaty: AGREE), HO26J-003 "
            "(agreed on the text of a treaty to be signed: AGREE) and HO27B-003 (adjudicated: "
            "'had now finalised a new agreement, which would be signed': AGREE), and SUPPORT "
            "where the text is signed, HO26E-023 (adjudicated: signed the text of a peace "
            "agreement), HO26Y-037 (adjudicated: signed the final text) and HO27K-026 "
            "(adjudicated: initialled the text), or a deal is reported made with no signing to "
            "come, HO27F-042 and HO27F-044 (both "
            "adjudicated); the PLOVER 2.0 manual's SUPPORT is to 'ratify, sign, or finalize an "
            "agreement or treaty' (3.3) and its AGREE covers 'promises to sign or ratify "
            "agreements' (3.1), and the gold reads negotiations finalised on a text that is "
            "still to be signed as the second; the page's next sentences report a signing in "
            "Bali that day (seen in the spot check), but another page of the same story in the "
            "spot check (the European Parliament's briefing) gives it as the 'conclusion of "
            "negotiations', the texts to be signed later, and the gold codes what the sentence "
            "states; this set's HO28G-050, the political agreement of July 'aimed at "
            "concluding' the deal, is AGREE too (both annotators); both parties as actor and no "
            "recipient as both annotators",
        },
    },
    modes_kept={
        "HO28G-005": "a's none kept (b 'yield'): b's mode is the table's for a demand that a "
        "target ease restrictions or allow international involvement (CAMEO 1051, 1055: "
        "REQUEST yield in CAMEO2PLOVER-2021), but the development gold codes the demands that "
        "a party let humanitarian aid in with no mode, HO26O-041 (asked Trump 'to allow "
        "unrestricted access to humanitarian aid': REQUEST, none) and HO26O-005 (press both "
        "sides 'to allow humanitarian access': none), as most of its 194 requests (151 with "
        "no mode); yield stands for demands to release people or lift tariffs (HO26S-024, "
        "adjudicated; HO27K-003); a's mode is not wrong",
        "HO28G-010": "a's 'visit' kept (b none): both annotators code the talks held in "
        "Washington visitor -> host, IND -> USA (docs/event-coding.md, meetings: a meeting in "
        "one participant's country is hosted by it), which is what the PLOVER 2.0 manual's "
        "CONSULT mode visit says ('actor is visiting, recipient is hosting', table 3.1; CAMEO "
        "042, 043); the development gold gives a meeting in the host's city that mode, "
        "HO26W-031 (adjudicated: met the CENTCOM head in Damascus: CONSULT visit USA -> SYR), "
        "HO26K-013 (met the King of Tonga in Suva: visit) and HO27X-001 (met in Cairo: visit, "
        "a mode decision of session 27), as well as none (ACCORD-NEWS-001, ACCORD-2025-046, "
        "b's precedent); a's mode is not wrong",
    },
    modes_taken={
        "HO28G-002": (
            "discontinue",
            "b's 'discontinue' taken (a none): China's licence requirement of October 2025 for "
            "exporting products with Chinese rare earths is the export control that the "
            "development gold codes SANCTION discontinue, HO27L-001 (the sweeping new export "
            "controls on rare-earth metals of 9 October 2025, the same measure) and HO27F-006 "
            "(the April 2025 rare-earth export controls), and docs/event-coding.md makes CAMEO "
            "163 SANCTION 'discontinue' as the PLOVER 2.0 manual codes sanctions (3.13.3, table "
            "7.1); one measure coded with two modes in the gold would be a slip",
        ),
        "HO28G-023": (
            None,
            "b's none taken (a 'humanitarian'): the PLOVER 2.0 manual gives AID no modes "
            "(3.6.3: 'Supplementary fields: None'), and CAMEO2PLOVER-2021 writes 'humanitarian' "
            "for CAMEO 073 in its context column, not as a mode; every one of the development "
            "gold's 80 AID records has no mode, medical supplies and relief sent among them "
            "(HO26W-021, Pakistan's medical supplies to Myanmar; HO27I-022, India's relief "
            "materials to Afghanistan; HO27G-039)",
        ),
        "HO28G-026": (
            "meet",
            "b's 'meet' taken (a none): rejecting an offer to mediate is CAMEO 126 'Reject "
            "mediation', REJECT mode meet in CAMEO2PLOVER-2021, and the manual's REJECT mode "
            "meet is 'meetings and negotiations' (table 3.5); the development gold gives that "
            "mode to refused talks, dialogue and calls (HO26P-021, HO27Q-005, HO27N-033, "
            "adjudicated, HO26N-057, HO26F-038), and no mode to a rejected offer of a "
            "ceasefire (HO26N-014), which is not an offer of talks",
        ),
    },
)


def development_files(others: list[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s30" not in p.name]


def main() -> None:
    others = [p for p in sorted(NEWS.glob("*.json*")) if p != EVENTS]
    development = hb.record_files(development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s19.event_reasons(EVENTS_DECIDED), development, own)
    compared = [*others, *(p for p in SIBLINGS if p.exists())]
    which = ("session 30, third set", SCOPE, f"{OUT}/")
    comment = hb.dated(s19.s18.document_comment, DAY)
    events, near = hb.build_event_set(IN, EVENTS, EVENTS_DECIDED, which, compared, comment)
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
