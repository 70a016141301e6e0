#!/usr/bin/env bash
# The CLI's and the web API's JSON at a678760 (before the typed results) and in this tree,
# compared byte for byte. Run from the worktree root: bash docs/data/json-edge-2026-12-04-s19-quality3/compare.sh
set -euo pipefail
here=$(dirname "$0")
out=$(mktemp -d)
mkdir -p "$out/start"
git archive a678760 src | tar -x -C "$out/start"
deu=$(realpath ../shared/data/deu3/deu3-train.tsv)
for tree in "$out/start/src" src; do
  name=$([ "$tree" = src ] && echo new || echo start)
  run() { PYTHONPATH=$tree python3 -m accord "$@" 2>/dev/null; }
  {
    run votes predict --title "Nuclear disarmament" --issue nu --json
    run votes predict --title "Nuclear disarmament" --issue nu --format csv
    run forecast ukraine-2025-02 --engine mean --json
    for a in "--body unsc" "--body unsc --index banzhaf" "--body eu-council --index banzhaf" \
             "--quota 3 --weights 2,1,1"; do
      # shellcheck disable=SC2086
      run power $a --json
    done
    run backtest "$deu" --engines mean,median --per-issue --json \
      | sed -E 's/"seconds": [0-9.e-]+/"seconds": X/g'  # compute time varies
    PYTHONPATH=$tree python3 "$here/web_json.py" 2>/dev/null
  } > "$out/$name.txt"
done
wc -c "$out/start.txt" "$out/new.txt"
cmp "$out/start.txt" "$out/new.txt" && echo "byte-identical"
