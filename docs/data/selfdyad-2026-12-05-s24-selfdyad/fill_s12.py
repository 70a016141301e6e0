"""The READING files heldout-s12 and heldout-s12b for ``reading-after.json`` (session 24,
s24-selfdyad). The first READING run was made without ``--check-sets`` (the harness's default
CHECK files are session 13's, s12 and s12b): it left out these two READING files and ran the
six CHECK files of session 24, whose entries were deleted unread. This runs the two files with
the harness's own command and puts them in their dev_sets place. ``PYTHONPATH=src THIS FILE``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from accord.news.nlp.rules_cv import dev_sets

MISSING = ("heldout-s12", "heldout-s12b")

def main() -> None:
    path = Path(sys.argv[1])
    run = json.loads(path.read_text(encoding="utf-8"))
    env = dict(os.environ, PYTHONPATH=str(Path("src").resolve()))
    devs = dev_sets(Path("."), Path("../shared"))
    for coder in run:
        got = {}
        for dev in devs:
            if dev.name not in MISSING:
                continue
            command = [sys.executable, "-c",
                       "import sys; from accord.cli import main; sys.argv[0] = 'accord'; main()",
                       "events", "evaluate", dev.path, "--coder", coder, "--json", "--errors"]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            got[dev.name] = json.loads(done.stdout)
            print(coder, dev.name, got[dev.name]["event_f1"], got[dev.name]["actor_accuracy"])
        files = {**run[coder], **got}
        run[coder] = {d.name: files[d.name] for d in devs if d.name in files}
    path.write_text(json.dumps(run, indent=1) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
