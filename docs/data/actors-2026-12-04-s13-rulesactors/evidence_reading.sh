# s13-rulesactors, for information (not part of the adoption rule): accord evidence evaluate --coder rules --json
# on the 13 READING evidence files (the CHECK file evidence-heldout-s12 skipped), branch point and src.
# Usage (worktree root): sh docs/data/actors-2026-12-04-s13-rulesactors/evidence_reading.sh > OUT.txt
for t in /tmp/s13-main/src src; do
tot=""
for f in tests/data/news/evidence-gold.jsonl tests/data/news/evidence-heldout-*.jsonl; do
  n=$(basename $f .jsonl); [ "$n" = evidence-heldout-s12 ] && continue
  PYTHONPATH=$t nice python3 -c "import sys; from accord.cli import main; sys.argv=['accord','evidence','evaluate','$f','--coder','rules','--json']; main()" 2>/dev/null | python3 -c "import json,sys; d=json.load(sys.stdin); print('$t', '$n', json.dumps(d, sort_keys=True))"
done; done
