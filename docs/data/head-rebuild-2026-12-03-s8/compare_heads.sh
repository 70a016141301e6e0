#!/bin/bash
# Session 8 (s8-head): every development file (accord.news.nlp.rules_cv.dev_sets) evaluated by
# the shipped nlp coder with the head in src/accord/news/nlp/data/static, one CLI call per
# file: `accord events evaluate FILE --coder nlp --json`. Usage: compare_heads.sh LABEL
# (writes LABEL/NAME.json next to this script). Run from the repository root, venv active.
set -euo pipefail
out="$(dirname "$0")/$1"
mkdir -p "$out"
python3 - <<'PY' > /tmp/s8-head-devsets.txt
from pathlib import Path
from accord.news.nlp.rules_cv import dev_sets
for d in dev_sets(Path("."), Path("../shared")):
    print(d.name, d.path)
PY
while read -r name path; do
  nice -n 5 accord events evaluate "$path" --coder nlp --json > "$out/$name.json"
done < /tmp/s8-head-devsets.txt
