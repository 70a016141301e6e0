"""Where spaCy's pipe spends its CPU inside the nlp coder's pipeline: each component's and
each layer of the shared ``tok2vec``'s inclusive CPU seconds (``time.process_time`` around
the layer's forward function), on the benchmark's long articles parsed as the coder parses
them (``nlp.pipe`` of ``PARSE_BATCH`` documents), with one BLAS thread (``blas_threads``) and
glibc's allocator keeping freed heap memory (``retain_heap``), as in a worker. Usage, from
the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s14-spacy/layer_cpu.py [N] [--repeat R]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any


def wrap_layers(model: Any, totals: Counter[str], prefix: str) -> None:
    """Time the forward function of every node of ``model`` (inclusive)."""
    for k, node in enumerate(model.walk()):
        func = node._func
        key = f"{prefix}{k:02d} {node.name}"

        def timed(layer: Any, X: Any, is_train: bool, _f: Any = func, _k: str = key) -> Any:
            t = time.process_time()
            out = _f(layer, X, is_train)
            totals[_k] += time.process_time() - t
            return out

        node._func = timed


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news.nlp.coder import PARSE_BATCH
    from accord.news.nlp.models import blas_threads, spacy_pipeline
    from accord.news.preload import retain_heap
    from accord.news.readers import read_file

    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-layers", action="store_true", help="components only")
    args = parser.parse_args()
    retain_heap()  # as the fork server does for the workers
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, args.n, sentences=(76, 88))
    texts = [d.text for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    nlp = spacy_pipeline()
    list(nlp.pipe(texts[:2], batch_size=PARSE_BATCH))
    totals: Counter[str] = Counter()
    if not args.no_layers:
        wrap_layers(nlp.get_pipe("tok2vec").model, totals, "tok2vec ")
    tokens = 0
    start = time.process_time()
    with blas_threads():  # one BLAS thread, as the coder runs the pipe
        for _ in range(args.repeat):
            t = time.process_time()
            docs = [nlp.make_doc(text) for text in texts]
            totals["tokenizer"] += time.process_time() - t
            tokens += sum(len(d) for d in docs)
            t0 = time.process_time()
            for b in range(0, len(docs), PARSE_BATCH):
                batch = docs[b : b + PARSE_BATCH]
                for name, proc in nlp.pipeline:  # as ``nlp.pipe`` runs them
                    t = time.process_time()
                    if hasattr(proc, "pipe"):
                        batch = list(proc.pipe(batch, batch_size=PARSE_BATCH))
                    else:
                        batch = [proc(doc) for doc in batch]
                    totals["component " + name] += time.process_time() - t
            totals["pipe (all)"] += time.process_time() - t0
    total = time.process_time() - start
    print(f"{len(texts)} texts x {args.repeat}, {tokens} tokens, {total:.3f} CPU s")
    for key, value in sorted(totals.items(), key=lambda kv: kv[0]):
        print(f"{value:8.3f}  {100 * value / total:5.1f} %  {key}")


if __name__ == "__main__":
    main()
