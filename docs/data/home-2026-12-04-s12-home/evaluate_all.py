"""Both coders on every development event file, through the command line (s11-context;
copied unchanged for s12-home).

Runs ``accord events evaluate FILE --coder CODER --json --errors`` for each development set of
:func:`accord.news.nlp.rules_cv.dev_sets` (the OEDA file with the split that function names:
none) and each of the ``rules`` and ``nlp`` coders, with the code under ``--src`` (a checkout's
``src`` folder: the worktree's, or an export of main 7700eec for the figures before), and
writes one JSON object: ``{coder: {set: figures-with-errors}}``.

Run from the repository root::

    git archive 7700eec | (mkdir -p /tmp/s11-before && tar -x -C /tmp/s11-before)
    nice python3 docs/data/home-2026-12-04-s12-home/evaluate_all.py \
        --src /tmp/s11-before/src --out docs/data/home-2026-12-04-s12-home/before.json
    nice python3 docs/data/home-2026-12-04-s12-home/evaluate_all.py \
        --src src --out docs/data/home-2026-12-04-s12-home/after.json

The gold files are always this checkout's (``tests/data/news``) and ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

CODERS = ("rules", "nlp")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--coders", default=",".join(CODERS))
    args = parser.parse_args()
    root = Path.cwd()
    sys.path.insert(0, str(root / "src"))
    from accord.news.nlp.rules_cv import dev_sets

    env = dict(os.environ, PYTHONPATH=str(Path(args.src).resolve()))
    out: dict[str, dict[str, object]] = {}
    for coder in args.coders.split(","):
        out[coder] = {}
        for dev in dev_sets(root, root.parent / "shared"):
            command = [
                sys.executable,
                "-c",
                "import sys; from accord.cli import main; sys.argv[0] = 'accord'; main()",
                "events",
                "evaluate",
                dev.path,
                "--coder",
                coder,
                "--json",
                "--errors",
            ]
            if dev.split:
                command += ["--split", dev.split]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            out[coder][dev.name] = json.loads(done.stdout)
            figures = out[coder][dev.name]
            assert isinstance(figures, dict)
            print(coder, dev.name, figures["event_f1"], figures["actor_accuracy"], flush=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
