"""Run each README usage line alone under ``/usr/bin/time -v`` and keep its outputs.

Usage: ``python3 measure.py SRC OUTDIR [INDEX ...]``: the lines of
tests/cli/test_readme_examples.py's ``EXAMPLES`` (all that the test runs, or the given
indices, with the lines of the same section before them), each section in a scratch folder
made by the README's setup block, with ``PYTHONPATH=SRC``. OUTDIR gets ``times.tsv`` (index,
wall s, user s, sys s, max RSS KB, exit code, line), each line's stdout and stderr, and
``files.tsv`` (the sha256 of every file the lines wrote in the scratch folders).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def _field(text: str, name: str) -> str:
    found = re.search(rf"^\s*{re.escape(name)}: (.*)$", text, re.M)
    return found.group(1).strip() if found else ""


def _seconds(clock: str) -> float:
    parts = [float(p) for p in clock.split(":")]
    total = 0.0
    for part in parts:
        total = total * 60 + part
    return total


def main(argv: list[str]) -> None:
    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root))
    from tests.cli.test_readme_examples import EXAMPLES, setup_block

    src, out = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    wanted = {int(i) for i in argv[2:]}
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="home-", dir=out.parent))
    env = {
        **os.environ,
        "PYTHONPATH": str(src),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "TMPDIR": str(home),
        "COLUMNS": "120",
        "SHARED": str(root / ".." / "shared"),
        "OLDPWD": str(root),
    }
    sections = {e.section for i, e in enumerate(EXAMPLES) if not wanted or i in wanted}
    folders: dict[str, Path] = {}
    rows = []
    for index, example in enumerate(EXAMPLES):
        if example.section not in sections or example.skip_reason:
            continue
        if example.section not in folders:
            made = subprocess.run(
                ["bash", "-c", f"set -e\n{setup_block()}\npwd"],
                cwd=root,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            folders[example.section] = Path(made.stdout.strip().splitlines()[-1])
        folder = folders[example.section]
        line_env = {**env, "ACCORD_DB": str(folder / "accord.db")}
        done = subprocess.run(
            ["/usr/bin/time", "-v", "bash", "-c", example.line],
            cwd=folder,
            env=line_env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        tail = done.stderr.rsplit("\tCommand being timed:", 1)
        (out / f"{index:02d}.stdout").write_text(done.stdout, encoding="utf-8")
        (out / f"{index:02d}.stderr").write_text(tail[0], encoding="utf-8")
        timing = tail[-1]
        row = (
            index,
            _seconds(_field(timing, "Elapsed (wall clock) time (h:mm:ss or m:ss)")),
            float(_field(timing, "User time (seconds)") or 0),
            float(_field(timing, "System time (seconds)") or 0),
            int(_field(timing, "Maximum resident set size (kbytes)") or 0),
            done.returncode,
            example.line.split("#")[0].strip(),
        )
        rows.append(row)
        print("\t".join(str(v) for v in row), flush=True)
    with (out / "times.tsv").open("w", encoding="utf-8") as handle:
        handle.write("index\twall_s\tuser_s\tsys_s\tmaxrss_kb\trc\tline\n")
        for row in rows:
            handle.write("\t".join(str(v) for v in row) + "\n")
    with (out / "files.tsv").open("w", encoding="utf-8") as handle:
        for section, folder in folders.items():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and "data" not in path.relative_to(folder).parts[:1]:
                    digest = hashlib.sha256(path.read_bytes()).hexdigest()
                    handle.write(f"{section}\t{path.relative_to(folder)}\t{digest}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
