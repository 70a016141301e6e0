#!/bin/bash
# The default forecast's drafts (P(adopted), expected tallies, modal votes, members right) with
# the code of an older commit: its src/ is unpacked into a scratch folder and run there.
# Usage, from the repository root: at_commit.sh COMMIT [ENGINE] [SCENARIO]
# (commits before 2026-12-02 have no accord/__main__.py, hence the call through accord.cli.main)
set -euo pipefail
commit=$(git rev-parse "$1"); engine=${2:-mean}; scenario=${3:-ukraine-2025-02}
dir=${TMPDIR:-/tmp}/s22-inst-at/$commit
if [ ! -d "$dir/src" ]; then mkdir -p "$dir" && git archive "$commit" src | tar -x -C "$dir"; fi
cd "$dir"
PYTHONPATH=src nice python3 -c "import sys; from accord.cli import main; sys.argv = \
['accord', 'forecast', '$scenario', '--engine', '$engine', '--json']; main()" 2>/dev/null |
python3 -c "
import json, sys
for r in json.load(sys.stdin)['resolutions']:
    e = r['expected']
    print('${commit:0:7}', '$engine', r['id'], 'P=%.4f' % r['adoption_probability'],
          'E=%.2f/%.2f/%.2f/%.2f' % (e['yes'], e['no'], e['abstain'], e['absent']),
          'right', r['actual']['members_correct'], '|', r['reason'])"
