"""Assemble session 45's second held-out event set (news-heldout-s45b.json, HO29Y) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md (``build_event_set``) and the first s45 build's helpers (its
dated DOCUMENT comment, CHECK files, development files, the other sets' sentence files and
``event_reasons``). Run from the repository root with PYTHONPATH=src. It runs no coder: it
copies labels, leaves out the sentences another gold file (or the sentence files of session
45's other sets) holds in other words, applies the adjudicator's decisions below, checks the new
file against every other gold file (the first s45 set and the evidence set included) and those
sentence files, and computes agreement. Its marker (heldout2/B-DONE) came a second before the
first set's (heldout/B-DONE); it was decided beside the first pair and built after it.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s45 = hb.load_build(DATA / "heldout-2026-12-07-s45" / "build" / "build.py")

IN = Path("/work/coord/s45/heldout2")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-07-s45b/build")
EVENTS = NEWS / "news-heldout-s45b.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; Canada and Mexico's partnership, Estonia's airspace and NATO's "
    "Article 4, Moldova's accession talks, Serbia and the EU, Hegseth in Panama and the "
    "Hutchison ports, COP30 in Belém, Spain and NATO's spending target, Lithuania's border with "
    "Belarus, Honduras between Taiwan and China, the Munich Security Conference, the EU's loan "
    "to Ukraine, Mexico's oil for Cuba, the US-Argentina currency swap, Uruguay's president in "
    "Beijing, Georgia and the EU, Switzerland's tariff deal with Washington, the UK-EU summit, "
    "Armenia and the EU, the Netherlands and Nexperia, Trinidad and Tobago and Venezuela, across "
    "the Americas, Europe and international organisations"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO29Y-007": {
            "event": "CONSULT",
            "mode": None,
            "source": ["IGO"],
            "target": [],
            "follows": "a",
            "reason": (
                "the governing verb is 'met': the development gold codes the North Atlantic "
                "Council meeting over an incursion CONSULT IGO with no recipient, HO27O-049 "
                "('the North Atlantic Council is meeting today to discuss how the Alliance "
                "should respond to the drone incursion': CONSULT IGO, none), and a "
                "purpose infinitive is no second event (one event, of the governing verb, "
                "news-heldout-2026's DOCUMENT); b's HO28E-024 is a national cabinet convening "
                "to discuss its own policy. A close call (b's ACCUSE IGO -> RUS for 'to ... "
                "strongly condemn')"
            ),
        },
        "HO29Y-017": {
            "event": "ACCUSE",
            "mode": "investigate",
            "source": ["PAN"],
            "target": [],
            "follows": "neither",
            "reason": (
                "an investigation opened is ACCUSE investigate (PLOVER 2.0 manual 3.9, 'All "
                "investigations', and table 3.4; CAMEO2PLOVER-2021 090), as HO26O-023 "
                "(adjudicated: a government that would investigate the clashes: ACCUSE "
                "investigate SYR, none), so a's NONE is not kept; what is investigated is the "
                "renewal of a company's concession, and 'a company is no actor (no code)' "
                "(docs/event-coding.md, written in session 31, after b's HO27W-050), as the "
                "development gold codes CK Hutchison's deal with no recipient, HO28J-002 (Xi "
                "'furious that CK Hutchison went forward with the sale': ACCUSE CHN, none), and "
                "an investigation with no party named has none (HO26O-023). Type and mode as b, "
                "source as b, no recipient"
            ),
        },
        "HO29Y-028": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "what is dismissed is 'the significance of visa-free access to Europe', no "
                "claim, proposal or stance of another actor (docs/event-coding.md reads "
                "'dismiss' as REJECT only with another's stance as object), and the development "
                "gold codes a significance or tension played down NONE, a comment (CAMEO 01): "
                "HO28Q-050 ('downplayed the significance of the amount frozen': NONE) and "
                "HO28M-021 (adjudicated: 'downplayed any tensions with Washington, stating "
                "that ...': NONE). A close call (b's REJECT GEO)"
            ),
        },
        "HO29Y-035": {
            "event": "CONCEDE",
            "mode": None,
            "source": ["NLD"],
            "target": [],
            "follows": "b",
            "reason": (
                "the development gold codes this very step back from the Dutch order on "
                "Nexperia with no recipient, HO28I-029 ('suspending an earlier order to take "
                "control of Nexperia': CONCEDE NLD, none) and HO29N-019 (adjudicated: control "
                "returned to its Chinese parent, 'a company is no actor', CONCEDE NLD, none); the "
                "Chinese authorities stand in an 'after' clause, the talks that preceded it, "
                "not the party the measure was eased toward; type and source as both annotators"
            ),
        },
        "HO29Y-039": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "Beijing 'said Honduras' election is an internal matter but highlighted the "
                "fruitful results of its cooperation': comments on an election and on the state "
                "of relations (CAMEO 01, statements), which the development gold codes NONE, "
                "HO28M-021 (adjudicated: 'both Nuuk and Washington are aligned': NONE), "
                "HO26V-056 (the drill 'designed to deepen military cooperation and trust': NONE) "
                "and ACCORD-SEED-001 ('highlighted the potential for peace': NONE); no praise of "
                "Honduras or of an act of its is told. A close call (b's SUPPORT CHN -> HND)"
            ),
        },
        "HO29Y-040": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": (
                "an 'open and pragmatic' attitude 'toward developments with Honduras' names no "
                "act the ministry is open to: the development gold's AGREE for openness names "
                "talks, diplomacy or a collaboration, HO26-016 ('open to direct talks'), "
                "HO29K-009 (adjudicated: 'remains open to diplomacy') and HO29N-050 ('open to a "
                "collaboration'), as docs/event-coding.md writes it, 'being open or willing to "
                "talk is AGREE'; b's HO26U-047 names readiness to engage. A statement of "
                "posture, CAMEO 01. A close call (b's AGREE TWN -> HND)"
            ),
        },
    },
)


def main() -> None:
    others = s45.gold_files(EVENTS)
    development = hb.record_files(s45.development_files(others))
    own = [r["id"] for r in hb.read_records(IN / "events-sentences.json")]
    cited = hb.check_citations(s45.event_reasons(EVENTS_DECIDED), development, own)
    which = ("session 45, second set", SCOPE, f"{OUT}/")
    events, near = hb.build_event_set(
        IN,
        EVENTS,
        EVENTS_DECIDED,
        which,
        [*others, *s45.siblings(IN / "events-sentences.json")],
        s45.comment(()),
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "near_duplicates_left_out": {
                "rule": f"{s45.s18.NEAR_RULE} and the sentence files of session 45's other sets",
                "events": s45.s18.near_figures(near),
            },
            "development_records_cited": cited,
        },
    )
    print(hb.event_table(events))


if __name__ == "__main__":
    main()
