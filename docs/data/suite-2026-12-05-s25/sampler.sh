#!/usr/bin/env bash
# every 10 s: epoch, number of progress characters in the pytest output so far, load
f=$1
while true; do
  n=$(head -c 2000000 "$f" | tr -cd '.sFEx' | wc -c)
  echo "$(date +%s) $n $(cut -d' ' -f1 /proc/loadavg)"
  sleep 10
done
