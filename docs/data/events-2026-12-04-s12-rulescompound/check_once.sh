#!/bin/sh
# The one CHECK run of candidate (label LABEL, default appos; of-list was never run here) (run from the worktree root; BASE = a tree of the
# branch point 39dbef7's src: `git archive 39dbef7 src | tar -x -C /tmp/rcbase`). Aggregate
# figures only: compare.py is run without --records, evid.py writes no per-record output.
set -e
D=docs/data/events-2026-12-04-s12-rulescompound
BASE=${BASE:-/tmp/rcbase/src}
for c in rules nlp; do
  PYTHONPATH=$BASE python3 $D/rows.py base $c check
  PYTHONPATH=src python3 $D/rows.py ${LABEL:-appos} $c check
  PYTHONPATH=src python3 $D/compare.py $D/$c-check-rows-base.json $D/$c-check-rows-${LABEL:-appos}.json
done
PYTHONPATH=$BASE python3 $D/evid.py base check
PYTHONPATH=src python3 $D/evid.py ${LABEL:-appos} check
