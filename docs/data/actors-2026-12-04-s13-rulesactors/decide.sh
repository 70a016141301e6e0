#!/bin/sh
# s13-rulesactors: the deciding runs of candidate "conjuncts" (worktree root).
#   sh docs/data/actors-2026-12-04-s13-rulesactors/decide.sh reading   # READING, both coders
#   sh docs/data/actors-2026-12-04-s13-rulesactors/decide.sh check     # CHECK, once, aggregate
# /tmp/s13-main/src: git -C /work/main archive 2f14009 src (this branch's branch point).
set -e
D=docs/data/actors-2026-12-04-s13-rulesactors
H=docs/data/protocol-2026-12-04-s13/evaluate_reading.py
case "$1" in
reading)
    nice python3 $H --src /tmp/s13-main/src --out $D/reading-main.json
    nice python3 $H --src src --out $D/reading-conjuncts.json
    python3 docs/data/rules-2026-12-04-s13-rules/compare.py $D/reading-main.json \
        $D/reading-conjuncts.json > $D/compare-conjuncts.json
    ;;
check)
    nice python3 $H --check --src src --before /tmp/s13-main/src --out $D/check-conjuncts.json
    ;;
esac
