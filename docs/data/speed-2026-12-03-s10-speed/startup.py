"""The whole ``accord ingest --workers 2 --coder nlp`` command on 4 long articles (one shard
each): wall and CPU seconds of its process tree (bench_news's ``_whole_command``), mostly
start-up: interpreter, imports, the fork server's models, the workers."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from bench_news import _one_shard_per_article, _whole_command, make_corpus


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    folder = tmp / "corpus"
    folder.mkdir()
    make_corpus(folder, 4, sentences=(76, 88))
    _one_shard_per_article(folder)
    row = _whole_command(folder, tmp / "w.db", "nlp", 2)
    print(
        f"{row['seconds']:.2f} s wall, {row['tree_cpu_s']:.2f} CPU s (tree), "
        f"{row['articles']} articles"
    )


if __name__ == "__main__":
    main()
