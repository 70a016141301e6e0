"""Per-module wall seconds of a serial run from a sampler's lines (epoch, tests done so far,
load) and the collection order (``module_index.txt``: first index, count, module).

``python3 samples_modules.py SAMPLES MODULE_INDEX``."""

import sys


def main(samples_path: str, index_path: str) -> None:
    samples = [tuple(map(float, line.split()[:2])) for line in open(samples_path) if line.strip()]
    modules = [line.split() for line in open(index_path) if line.strip()]

    def time_at(done: int) -> float | None:
        return next((t for t, d in samples if d >= done), None)

    for first, count, name in modules:
        start, end = time_at(int(first) + 1), time_at(int(first) + int(count) + 1)
        if start is None:
            break
        print(f"{(end - start) if end else float('nan'):7.0f} {count:>4} {name}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
