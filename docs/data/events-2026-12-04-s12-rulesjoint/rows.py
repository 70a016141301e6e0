"""(Copied from ../events-2026-12-04-s12-rulesactors, unchanged but for this note.)
Outcome rows (``rules_cv.outcome_rows``) of one coder on one side of session 12's split:
python rows.py LABEL rules|nlp reading|check (writes CODER-SIDE-rows-LABEL.json in this folder).

``reading``: the 17 READING event files (``rules_cv.dev_sets`` less the two CHECK files);
``check``: the CHECK files news-heldout-s11.json and news-heldout-s11b.json only. Run "base"
with PYTHONPATH=/path/to/main/src (the code before the change), the candidate with
PYTHONPATH=src from this worktree."""
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"
HERE = Path(__file__).resolve().parent
CHECK = ("news-heldout-s11.json", "news-heldout-s11b.json")


def main():
    """Run the script (its module docstring says how)."""
    from accord.news.nlp.rules_cv import cached_coder, dev_sets, load_records, outcome_rows

    label, which, side = sys.argv[1:4]
    sets = [s for s in dev_sets(ROOT, SHARED) if s.path.endswith(CHECK) == (side == "check")]
    records, groups, names = load_records(sets)
    t = time.process_time()
    if which == "rules":
        from accord.news.coders import RulesCoder

        rows = outcome_rows(records, RulesCoder())
    else:
        from accord.news.nlp.coder import DEFAULT_RULES

        rows = outcome_rows(records, cached_coder(DEFAULT_RULES, {}, {}))
    print(which, side, label, len(records), "records, cpu", round(time.process_time() - t, 1))
    out = {"ids": [r.id for r in records], "names": names, "rows": rows.tolist(), "label": label}
    (HERE / f"{which}-{side}-rows-{label}.json").write_text(json.dumps(out))


if __name__ == "__main__":
    main()
