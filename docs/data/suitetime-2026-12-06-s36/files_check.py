"""Compare the files that two ``measure.py`` runs wrote in their scratch folders.

Usage: ``python3 files_check.py HOME_BEFORE HOME_AFTER`` (the ``home-*`` folders that
``measure.py`` makes beside its output folder; each holds one ``tmp.*`` scratch folder per
README section). Files are matched by name within section folders holding the same names.
Text files must be the same bytes, or the same once timestamps are masked (a ledger record's
time of recording); SQLite databases the same rows once timestamps are masked; xlsx files the
same parts but ``docProps/core.xml`` (the time of writing); parquet files the same frame (the
README's sweep draws a fresh seed each run, so its frame differs; compare a sweep with
``--seed`` instead).
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(\+00:00)?")


def _mask(value: object) -> str:
    return TIME.sub("TIME", str(value))


def _verdict(before: Path, after: Path) -> str:
    if before.is_dir():
        done = subprocess.run(["diff", "-rq", before, after], capture_output=True, text=True)
        return "folder: " + (done.stdout.strip() or "same")
    if before.suffix == ".db":
        one, two = sqlite3.connect(before), sqlite3.connect(after)
        tables = [r[0] for r in one.execute("select name from sqlite_master where type='table'")]
        bad = [
            t
            for t in tables
            if [_mask(r) for r in one.execute(f"select * from {t}")]
            != [_mask(r) for r in two.execute(f"select * from {t}")]
        ]
        return f"{len(tables)} tables, differing once times are masked: {bad}"
    if before.suffix == ".xlsx":
        z1, z2 = zipfile.ZipFile(before), zipfile.ZipFile(after)
        bad = [n for n in z1.namelist() if n != "docProps/core.xml" and z1.read(n) != z2.read(n)]
        return f"parts differing besides docProps/core.xml: {bad}"
    if before.suffix == ".parquet":
        import pandas as pd

        return f"frames equal: {pd.read_parquet(before).equals(pd.read_parquet(after))}"
    if before.read_bytes() == after.read_bytes():
        return "same bytes"
    text1 = before.read_text(encoding="utf-8", errors="replace")
    text2 = after.read_text(encoding="utf-8", errors="replace")
    return f"same once times are masked: {_mask(text1) == _mask(text2)}"


def main(homes: list[str]) -> None:
    def folders(home: str) -> dict[tuple[str, ...], Path]:
        return {tuple(sorted(p.name for p in d.iterdir())): d for d in Path(home).glob("tmp.*")}

    before, after = folders(homes[0]), folders(homes[1])
    for names, folder in sorted(before.items()):
        twin = after.get(names)
        for name in names:
            if name == "data":
                continue
            verdict = "no twin folder" if twin is None else _verdict(folder / name, twin / name)
            print(f"{name} (beside {', '.join(n for n in names if n != name)}): {verdict}")


if __name__ == "__main__":
    main(sys.argv[1:])
