#!/bin/bash
# Session 10 (s10-nondet): bench_news --workers=2 before (the branch's base, 51af6c5, its src
# and bench extracted with `git archive 51af6c5 src bench`) and after (this branch),
# alternating, each with its load average; then same_store.py on both codes.
# Run from the checkout: bash docs/data/nondet-2026-12-03-s10-nondet/run.sh BASE_DIR OUT_DIR
set -u
BASE=$1; OUT=$2; HERE=$(pwd)
mkdir -p "$OUT"
for round in 1 2 3; do
  order="base new"; [ $round = 3 ] && order="new base"  # round 3 (run later, alone) reversed
  for code in $order; do
    if [ $code = base ]; then dir=$BASE; else dir=$HERE; fi
    { date -u +%H:%M:%S; cat /proc/loadavg; } > "$OUT/bench-$code-$round.txt"
    (cd "$dir" && PYTHONPATH="$dir/src" nice -n 5 python3 bench/bench_news.py 200 --long \
      --coder=nlp --workers=2) >> "$OUT/bench-$code-$round.txt" 2>&1
    { date -u +%H:%M:%S; cat /proc/loadavg; } >> "$OUT/bench-$code-$round.txt"
  done
  [ $round = 2 ] && for code in base new; do
    if [ $code = base ]; then dir=$BASE; else dir=$HERE; fi
    (cd "$dir" && PYTHONPATH="$dir/src" nice -n 5 python3 \
      "$HERE/docs/data/nondet-2026-12-03-s10-nondet/same_store.py" 200 nlp) \
      > "$OUT/same-store-$code.json" 2> "$OUT/same-store-$code.err"
  done
done
