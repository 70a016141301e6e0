"""Session 47 (s47-courtrule): census of a court's decision on the READING files (session 46's
s46-court census, its CHECK names moved to session 47's CHECK files, its hand reading kept
and extended to the records the session-44 sets add).

Every READING record (every file of :func:`accord.news.nlp.rules_cv.dev_sets` less the CHECK
files, skipped by name before any file is opened) whose sentence holds a court word (court,
tribunal, judge, ICJ, ICC, justices) and a verb of ruling, rejecting, dismissing, annulling,
voiding, ordering, upholding, blocking, suspending, declaring, sentencing (``VERB``), or
"ruled" / "ruling" anywhere. For each: the gold (type, sources, targets), every event of each
coder (type, mode, sources, targets, trigger; the code under PYTHONPATH) and whether the first
event is right as ``accord events evaluate`` scores it (type; source set; target set only where
the gold names one; organisations folded to their class). ``run`` writes that JSON; ``report``
joins it with the hand reading of each record (``READ`` and ``OTHER`` below: every record found
is read) and prints the counts by class and, per coder, the wrong ones grouped by cause;
``moves`` compares two runs (start code, candidate).

Run from the worktree root (start code, then the candidate)::

    D=docs/data/courtrule-2026-12-08-s47-courtrule
    PYTHONPATH=/tmp/s47-start/src nice python3 $D/census.py run $D/census-start.json
    python3 $D/census.py report $D/census-start.json > $D/census-start.txt
    PYTHONPATH=$PWD/src nice python3 $D/census.py run $D/census-candidate.json
    python3 $D/census.py moves $D/census-start.json $D/census-candidate.json > $D/census-moves.txt
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SESSION_46 = HERE.parent / "court-2026-12-08-s46-court" / "census.py"

CHECK = frozenset(
    {"heldout-s45", "heldout-s45b", "heldout-s45c", "heldout-s46", "heldout-s46b", "heldout-s46c"}
)
# The hand reading of the records the session-44 sets (READING files since session 47) add, in
# session 46's form (its ``READ``: id -> class, the gold, the rules coder's cause, the nlp's).
READ_ADDED: dict[str, tuple[str, str, str, str]] = {
    "HO29W-021": (
        "reject",
        "REJECT UGA (ruled that trying civilians in military courts is unconstitutional)",
        "'ruled' as COOPERATE (a ruling of unconstitutionality not read)",
        "other: a ruling of unconstitutionality not read (no event)",
    ),
    "HO29W-040": (
        "reject",
        "REJECT ISR -> ISR (ruled that the government's decision violated legal standards)",
        "'ruled' as COOPERATE (a ruling of unlawfulness not read)",
        "'ruled' as COOPERATE (a ruling of unlawfulness not read)",
    ),
    "HO29W-050": (
        "reject",
        "REJECT PAN ('though Panama's Supreme Court later annulled the concessions')",
        "other: an annulment after another clause's act ('agreed') coded first",
        "other: an annulment after another clause's act ('agreed') coded first",
    ),
    "HO29W-048": (
        "background",
        "ACCUSE PER -> PER (the main clause: criticising the decision)",
        "'ruled' as COOPERATE (a background ruling, coded first)",
        "'ruled' as COOPERATE (a background ruling, coded first)",
    ),
    "HO29U-039": (
        "court-other",
        "SUPPORT MNG -> MNG (the court's decision upholds a veto)",
        "other: 'veto' read as REJECT (a veto upheld, a kind the convention does not name)",
        "other: 'veto' read as REJECT (a veto upheld, a kind the convention does not name)",
    ),
}
# Records of the session-44 sets read and out of the convention's scope, by session 46's reasons.
OTHER_ADDED: dict[str, tuple[str, ...]] = {
    "'ruling party', 'ruled out', a state's rule (holding), no court": (
        *("HO29V-004", "HO29V-005", "HO29V-006", "HO29V-011", "HO29W-029"),
    ),
    "another's act on or after a court's ruling or sentence (its object or background)": (
        *("HO29U-019", "HO29U-028", "HO29U-048", "HO29U-050", "HO29V-039", "HO29W-047"),
    ),
}


def session_46() -> ModuleType:
    """Session 46's census, its CHECK names and hand reading moved to session 47's."""
    spec = importlib.util.spec_from_file_location("s46_court_census", SESSION_46)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.__doc__ = __doc__
    module.CHECK = CHECK
    module.READ = {**module.READ, **READ_ADDED}
    module.OTHER = {why: (*ids, *OTHER_ADDED.get(why, ())) for why, ids in module.OTHER.items()}
    return module


if __name__ == "__main__":
    session_46().main()
