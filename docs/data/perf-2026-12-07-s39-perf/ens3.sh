#!/bin/bash
# run_ensemble (2 threads) of the three codes alternately: OLD=DIR BASE=DIR FIX=DIR bash ens3.sh N
here=$(cd "$(dirname "$0")" && pwd)
for i in $(seq 1 "${1:-3}"); do
  for pair in "old $OLD" "base $BASE" "fix $FIX"; do
    set -- $pair
    echo -n "$(date -u +%H:%M:%S) $1 ens round $i: "
    env -u PYTHONPATH OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 nice python3 "$here/one_run.py" "$2/src" ens
  done
done
