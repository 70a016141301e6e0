#!/bin/sh
# The one CHECK run of s12-rulesjoint's candidate (run from the worktree root; BASE = a tree of
# the branch point 54d2243's src: `git archive 54d2243 src | tar -x -C /tmp/base-rj`).
# Aggregate figures only: compare.py is run without --records.
set -e
D=docs/data/events-2026-12-04-s12-rulesjoint
BASE=${BASE:-/tmp/base-rj/src}
for c in rules nlp; do
  PYTHONPATH=$BASE python3 $D/rows.py base $c check
  PYTHONPATH=src python3 $D/rows.py signing $c check
  PYTHONPATH=src python3 $D/compare.py $D/$c-check-rows-base.json $D/$c-check-rows-signing.json
done
