"""Compare two ``measure.py`` output folders: the outputs, then the CPU and wall seconds.

Usage: ``python3 compare.py BEFORE AFTER [BEFORE AFTER ...]`` (pairs of folders from
``measure.py``). For each README line: whether its stdout and the files it wrote are the same
bytes in every pair, once the fields that name the run rather than the result are masked (the
commit and dirty flag of the provenance, the seconds an engine took, a ledger record's time
of recording); then each line's user + system CPU seconds and wall seconds, before and after,
summed over the pairs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Fields that differ between two runs of the same code: which commit ran (the before source is
# a copy outside git, so it has none), how long engines took, and when a record was made.
_VOLATILE = [
    (re.compile(r'"commit": ?("[0-9a-f]{40}"|null)'), '"commit": C'),
    (re.compile(r'"dirty": ?(true|false|null)'), '"dirty": D'),
    (re.compile(r'"seconds": ?[0-9.e+-]+'), '"seconds": S'),
    (re.compile(r"\(commit [0-9a-f]{40}\)"), "(commit C)"),
    (re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(\+00:00|Z)?"), "TIME"),
    # the scratch folder each run makes, and the seconds column of backtest's CSV
    (re.compile(r"/home-[a-z0-9_]+/tmp\.[A-Za-z0-9]+/"), "/SCRATCH/"),
    (re.compile(r"^(\w+,[^,]+,\d+,)[0-9.]+(,\d+,[^,]+)$", re.M), r"\1S\2"),
]


def _mask(text: str) -> str:
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def _times(folder: Path) -> dict[int, tuple[float, float, str]]:
    rows = {}
    for line in (folder / "times.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        index, wall, user, system, _, _, command = line.split("\t")
        rows[int(index)] = (float(user) + float(system), float(wall), command)
    return rows


def _files(folder: Path) -> dict[tuple[str, str], str]:
    out = {}
    for line in (folder / "files.tsv").read_text(encoding="utf-8").splitlines():
        section, name, digest = line.split("\t")
        out[(section, name)] = digest
    return out


def main(folders: list[str]) -> None:
    pairs = [(Path(a), Path(b)) for a, b in zip(folders[::2], folders[1::2], strict=True)]
    lines = sorted(_times(pairs[0][0]))
    print("line\tstdout\tcpu_before\tcpu_after\twall_before\twall_after\tcommand")
    totals = [0.0, 0.0, 0.0, 0.0]
    for index in lines:
        same = all(
            _mask((a / f"{index:02d}.stdout").read_text(encoding="utf-8"))
            == _mask((b / f"{index:02d}.stdout").read_text(encoding="utf-8"))
            for a, b in pairs
        )
        cpu_b = sum(_times(a)[index][0] for a, _ in pairs)
        cpu_a = sum(_times(b)[index][0] for _, b in pairs)
        wall_b = sum(_times(a)[index][1] for a, _ in pairs)
        wall_a = sum(_times(b)[index][1] for _, b in pairs)
        for k, v in enumerate((cpu_b, cpu_a, wall_b, wall_a)):
            totals[k] += v
        command = _times(pairs[0][0])[index][2][:70]
        print(
            f"{index}\t{'same' if same else 'DIFFERS'}\t{cpu_b:.2f}\t{cpu_a:.2f}\t"
            f"{wall_b:.2f}\t{wall_a:.2f}\t{command}"
        )
    print(f"all\t\t{totals[0]:.2f}\t{totals[1]:.2f}\t{totals[2]:.2f}\t{totals[3]:.2f}")
    for a, b in pairs:
        fa, fb = _files(a), _files(b)
        differ = sorted(k for k in fa.keys() | fb.keys() if fa.get(k) != fb.get(k))
        print(f"files written {a.name} vs {b.name}: {len(fa)} and {len(fb)}; differing: {differ}")


if __name__ == "__main__":
    main(sys.argv[1:])
