#!/usr/bin/env bash
# ROUNDS alternated pairs of code_cpu16.py: the start ($OLD/src) then this tree (src), a fresh
# process each, load beside each. From the repository root:
# OLD=/tmp/s16w/start bash docs/data/speed-2026-12-04-s16-workers/inproc_pairs.sh ROUNDS
set -euo pipefail
here=docs/data/speed-2026-12-04-s16-workers
for round in $(seq "$1"); do
  for build in old new; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    echo "round $round $build load $(cut -d' ' -f1 /proc/loadavg): $(PYTHONPATH=$src nice python3 $here/code_cpu16.py)"
  done
done
