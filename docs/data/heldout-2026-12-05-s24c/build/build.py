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

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={},
    modes_kept={},
    modes_taken={},
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
