#!/bin/sh
# The READING run of s12-rulesjoint's candidate, both coders (run from the worktree root; BASE
# as in check_once.sh). Lists each changed READING record (--records).
set -e
D=docs/data/events-2026-12-04-s12-rulesjoint
BASE=${BASE:-/tmp/base-rj/src}
for c in rules nlp; do
  PYTHONPATH=$BASE python3 $D/rows.py base $c reading
  PYTHONPATH=src python3 $D/rows.py signing $c reading
  PYTHONPATH=src python3 $D/compare.py $D/$c-reading-rows-base.json $D/$c-reading-rows-signing.json --records
done
