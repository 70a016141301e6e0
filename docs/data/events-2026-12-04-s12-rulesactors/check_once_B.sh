#!/bin/sh
# The one CHECK run of candidate B (landing) (run from the worktree root; BASE = a tree of the branch
# point b6fd863's src, e.g. `git archive b6fd863 src | tar -x -C /tmp/base`). Aggregate figures
# only: compare.py is run without --records, evid.py writes no per-record output.
set -e
D=docs/data/events-2026-12-04-s12-rulesactors
BASE=${BASE:-/tmp/base/src}
for c in rules nlp; do
  PYTHONPATH=$BASE python3 $D/rows.py base $c check
  PYTHONPATH=src python3 $D/rows.py landing $c check
  PYTHONPATH=src python3 $D/compare.py $D/$c-check-rows-base.json $D/$c-check-rows-landing.json
done
PYTHONPATH=$BASE python3 $D/evid.py base check
PYTHONPATH=src python3 $D/evid.py landing check
