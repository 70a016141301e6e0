#!/bin/bash
# Paired BDM measurements (session 39): old (2026-11-25), base and fixed code alternately.
# usage: OLD=DIR BASE=DIR FIX=DIR bash paired.sh [ROUNDS]; each DIR holds an `src` folder
# made by `git archive COMMIT src | tar -x -C DIR`.
here=$(cd "$(dirname "$0")" && pwd)
rounds=${1:-3}
run() {
  echo -n "$(date -u +%H:%M:%S) $1 $3 round $4: "
  env -u PYTHONPATH OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 nice python3 "$here/one_run.py" "$2/src" "$3"
}
for i in $(seq 1 "$rounds"); do
  run old "$OLD" k1 "$i"; run base "$BASE" k1 "$i"; run fix "$FIX" k1 "$i"
done
for i in $(seq 1 "$rounds"); do
  run base "$BASE" ens "$i"; run fix "$FIX" ens "$i"
done
