#!/bin/sh
# The deciding runs of s13-rules (written and committed before they ran). From the worktree
# root. Trees: python3 docs/data/rules-2026-12-04-s13-rules/make_trees.py /tmp/s13r-trees
# 1. READING, both coders, one candidate at a time:  sh decide.sh reading CAND
# 2. CHECK, once per candidate that passes rules 1 and 3 on READING: sh decide.sh check CAND
set -e
D=docs/data/rules-2026-12-04-s13-rules
H=docs/data/protocol-2026-12-04-s13/evaluate_reading.py
case "$1" in
reading)
    nice python3 $H --src /tmp/s13r-trees/$2/src --out $D/reading-$2.json
    python3 $D/compare.py /tmp/reading-start.json $D/reading-$2.json $D/compare-$2.json ;;
check)
    nice python3 $H --check --src /tmp/s13r-trees/$2/src --before /tmp/s13-start/src \
        --out $D/check-$2.json ;;
esac
