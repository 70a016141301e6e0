#!/bin/sh
# s13-rulesactors: the deciding runs of a candidate (worktree root), the candidate in src.
#   sh docs/data/actors-2026-12-04-s13-rulesactors/decide.sh reading CAND   # READING, both coders
#   sh docs/data/actors-2026-12-04-s13-rulesactors/decide.sh check CAND     # CHECK, once
# CAND: conjuncts (conjuncts.patch), attribute (attribute.patch), recipient, each alone on 2f14009.
# /tmp/s13-main/src: git -C /work/main archive 2f14009 src (this branch's branch point);
# reading-main.json (its READING figures) is made once, by the first "reading" run.
set -e
D=docs/data/actors-2026-12-04-s13-rulesactors
H=docs/data/protocol-2026-12-04-s13/evaluate_reading.py
C=${2:-conjuncts}
case "$1" in
reading)
    [ -f $D/reading-main.json ] || nice python3 $H --src /tmp/s13-main/src --out $D/reading-main.json
    nice python3 $H --src src --out $D/reading-$C.json
    python3 docs/data/rules-2026-12-04-s13-rules/compare.py $D/reading-main.json \
        $D/reading-$C.json > $D/compare-$C.json
    ;;
check)
    nice python3 $H --check --src src --before /tmp/s13-main/src --out $D/check-$C.json
    ;;
esac
