"""Session 46 (s46-court): the lead's READING start run on the relabelled gold.

HO28R-037 (heldout-s34b) is relabelled NONE -> REJECT PAN in this branch before any READING run
of the candidate (docs/validation-events/session-46-court.md). The lead's start run
(/tmp/reading-s46-start.json) scored the file with the old label, so a comparison of a
candidate's READING run (which reads the branch's gold) with it would mix the relabelling's
effect (one more gold event, one more scored source) with the code's. This script runs the
start code (``--src``, /tmp/s46-start/src) again on the relabelled files only (``--sets``,
default heldout-s34b), both coders, as the harness does (``accord events evaluate FILE --coder
CODER --json --errors``), writes a copy of the start run with those files' entries replaced
(``--out``) and prints, per coder and file, the record's errors before and after and the
file's figures. READING files only: a name of the CHECK files is refused.

Run from the worktree root::

    nice python3 docs/data/court-2026-12-08-s46-court/rebase_start.py \
        --start /tmp/reading-s46-start.json --src /tmp/s46-start/src \
        --out docs/data/court-2026-12-08-s46-court/reading-start-relabelled.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s44", "heldout-s44b", "heldout-s44c", "heldout-s45", "heldout-s45b", "heldout-s45c"}
)
IDS = ("HO28R-037",)


def evaluate(src: str, path: str, coder: str, split: str | None) -> dict[str, Any]:
    """``accord events evaluate`` of one gold file with the code under ``src``."""
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    command = [
        sys.executable,
        "-c",
        "import sys; from accord.cli import main; sys.argv[0] = 'accord'; main()",
        *("events", "evaluate", path, "--coder", coder, "--json", "--errors"),
    ]
    if split:
        command += ["--split", split]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout)
    assert isinstance(figures, dict)
    return figures


def _brief(figures: dict[str, Any]) -> str:
    keys = ("n", "predicted", "event_f1", "source_n", "target_n", "actor_accuracy")
    return ", ".join(f"{k} {figures[k]}" for k in keys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", required=True)
    parser.add_argument("--src", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--sets", default="heldout-s34b")
    args = parser.parse_args()
    names = [n for n in args.sets.split(",") if n]
    if CHECK & set(names):
        raise SystemExit("a CHECK file is no READING file")
    root = Path.cwd()
    sys.path.insert(0, str(root / "src"))
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(args.start).read_text(encoding="utf-8"))
    sets = {d.name: d for d in dev_sets(root, root.parent / "shared") if d.name in names}
    for coder in ("rules", "nlp"):
        for name in names:
            dev = sets[name]
            before = start[coder][name]
            after = evaluate(args.src, dev.path, coder, dev.split)
            for figures, side in ((before, "before"), (after, "after")):
                errors = [e for e in figures["errors"] if e["id"] in IDS]
                print(coder, name, side, _brief(figures))
                for e in errors:
                    got = f"{e['got']} {','.join(e['source'])}->{','.join(e['target']) or '-'}"
                    gold = f"{e['gold']} {','.join(e['gold_source'])}->"
                    print(f"  {e['id']}: gold {gold}{','.join(e['gold_target']) or '-'}, got {got}")
            start[coder][name] = after
    Path(args.out).write_text(json.dumps(start, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
