#!/usr/bin/env bash
# The parent's storing alone, old ($OLD/src) against this checkout's src, alternated, the load
# beside each: store_profile.py of s10-storespeed on one pickled set of coded shards (made once
# by its `code` step). Usage, from the repository root:
#   OLD=/tmp/s14su/old bash docs/data/speed-2026-12-04-s14-startup/paired_store.sh PAIRS PICKLE
set -euo pipefail
pairs=$1
pickled=$2
profile=docs/data/storespeed-2026-12-03-s10-storespeed/store_profile.py
for pair in $(seq "$pairs"); do
  order="old new"
  [ $((pair % 2)) -eq 0 ] && order="new old"
  for build in $order; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    echo "=== pair $pair, $build, $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
    env -u PYTHONDONTWRITEBYTECODE PYTHONPATH="$src" nice python3 "$profile" store "$pickled" \
      --repeat 3 | grep -v " rows$"
  done
done
