#!/usr/bin/env bash
# In-process coding CPU (code_documents, five articles a call as a worker's task, a fresh
# process each run) and the whole command's start-up (4 long articles, CPU of the process
# tree), the session's start ($OLD/src, main at 51af6c5) against this branch, alternating.
# Usage from the repository root: OLD=/tmp/speed-old bash docs/data/speed-2026-12-03-s10-speed/paired_inprocess.sh ROUNDS
set -euo pipefail
here=docs/data/speed-2026-12-03-s10-speed
for round in $(seq "$1"); do
  for build in old new; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    echo "=== round $round, $build, $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
    for corpus in long distinct; do
      echo -n "code_documents $corpus: "
      PYTHONPATH="$src" nice python3 $here/code_cpu.py $corpus
    done
    echo -n "whole command, 4 long articles: "
    PYTHONPATH="$src" nice python3 $here/startup.py
  done
done
