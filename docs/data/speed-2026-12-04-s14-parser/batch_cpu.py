"""The greedy parser's CPU per article, and whether its scores depend on the batch, as a
function of the number of documents parsed together (``nlp.pipe``'s ``batch_size``, which is
also the parser's batch: :class:`accord.news.nlp.fast_parser.GreedyParser` steps every document
of a batch in one loop).

For each batch size: the bench's long articles (or the development gold texts, ``--dev``)
through the nlp coder's pipeline with one BLAS thread and glibc keeping freed heap memory (as
in a worker); the CPU of the whole pipe and of the parser component (``time.process_time``
around ``GreedyParser.parse`` and spaCy's single-document call); per document a SHA-256 of
(a) its token vectors (``doc.tensor``), (b) every row of parser scores its state was given, in
step order (recorded inside the loop), (c) its heads, dependencies, tags and sentence starts.
The digests must be the same for every batch size: a document's scores may not depend on the
documents that share the matrix products. Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s14-parser/batch_cpu.py [N]
[--sizes 1,2,4,8,16,32] [--repeat R] [--dev] [--no-record] [--warm] [--t2v N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def dev_texts() -> list[str]:
    """The texts of the READING files of ``rules_cv.dev_sets`` (session 14's CHECK files,
    news-heldout-s13 and s13b, left out: only aggregate counts would be printed, but they
    are not needed here)."""
    import json

    from accord.news.nlp.rules_cv import dev_sets

    root = Path(__file__).resolve().parents[3]
    check = ("news-heldout-s13.json", "news-heldout-s13b.json")
    texts: list[str] = []
    for d in dev_sets(root, root.parent / "shared"):
        path = Path(d.path)
        if not path.exists() or path.name in check:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data if isinstance(data, list) else data.get("records", [])
        for row in rows:
            text = row.get("text") if isinstance(row, dict) else None
            if isinstance(text, str) and text.strip():
                texts.append(text)
    return texts


def install_recorder(greedy: Any, clock: dict[str, float], scores: dict[int, Any]) -> None:
    """Replace ``greedy.parse`` by a copy of :meth:`GreedyParser.parse` (the same calls in the
    same order) that times itself and hashes each state's score rows by the id of its
    document. spaCy's single-document call (a batch of one) is neither timed nor hashed."""
    import numpy as np

    def parse(docs: list[Any]) -> None:
        t = time.process_time()
        parser = greedy.parser
        if not any(len(doc) for doc in docs):
            parser.set_annotations(docs, parser.moves.init_batch(docs))
            return
        parser._ensure_labels_are_added(docs)
        step = parser.model.predict(docs)
        hidden, upper = step.state2vec, step.vec2scores
        ops, weights, bias = upper.ops, upper.get_param("W"), upper.get_param("b")
        states = parser.moves.init_batch(docs)
        owner = {id(s): id(d) for s, d in zip(states, docs, strict=True)}
        todo = [s for s in states if not s.is_final()]
        while todo:
            out = ops.gemm(hidden.predict(step.get_token_ids(todo)), weights, trans2=True)
            out += bias
            for state, row in zip(todo, np.ascontiguousarray(out), strict=True):
                scores.setdefault(owner[id(state)], hashlib.sha256()).update(row.tobytes())
            todo = parser.transition_states(todo, out)
        step.clear_memory()
        parser.set_annotations(docs, states)
        clock["parser"] += time.process_time() - t

    greedy.parse = parse


def time_parser(greedy: Any, clock: dict[str, float]) -> None:
    """Time ``greedy.parse`` as it is (no hashing)."""
    orig = type(greedy).parse

    def parse(docs: list[Any]) -> None:
        t = time.process_time()
        orig(greedy, docs)
        clock["parser"] += time.process_time() - t

    greedy.parse = parse


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news.nlp.models import blas_threads, spacy_pipeline
    from accord.news.preload import retain_heap
    from accord.news.readers import read_file

    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=32)
    ap.add_argument("--sizes", default="1,2,4,8,16,32")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--dev", action="store_true", help="the development gold texts")
    ap.add_argument("--no-record", action="store_true", help="time only, no score hashes")
    ap.add_argument(
        "--t2v",
        type=int,
        default=0,
        help="tok2vec's own batch size (nlp.pipe's component_cfg), the parser's the size's",
    )
    ap.add_argument(
        "--warm",
        action="store_true",
        help="first pipe every text once in batches of the largest size, untimed: the heap"
        " then holds the largest batch's arrays, as a worker's does after its first tasks"
        " (glibc keeps freed memory: retain_heap), and no size pays for growing it",
    )
    args = ap.parse_args()
    retain_heap()
    if args.dev:
        texts = dev_texts()
    else:
        folder = Path(tempfile.mkdtemp())
        make_corpus(folder, args.n, sentences=(76, 88))
        texts = [d.text for p in sorted(folder.iterdir()) for d in read_file(p).documents]
    nlp = spacy_pipeline()
    list(nlp.pipe(texts[:2], batch_size=2))
    name = next(n for n, _ in nlp.pipeline if "parser" in n)
    greedy = nlp.get_pipe(name)
    print(f"{len(texts)} texts, parser component {name} ({type(greedy).__name__})")
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.warm:
        with blas_threads():
            for _ in nlp.pipe(texts, batch_size=max(sizes)):
                pass
    reference: list[tuple[str, str, str]] | None = None
    for size in sizes:
        for _ in range(args.repeat):
            clock = {"parser": 0.0}
            scores: dict[int, Any] = {}
            if args.no_record:
                time_parser(greedy, clock)
            else:
                install_recorder(greedy, clock, scores)
            t0 = time.process_time()
            with blas_threads():
                docs = []
                cfg = {"tok2vec": {"batch_size": args.t2v}} if args.t2v else {}
                for doc in nlp.pipe(texts, batch_size=size, component_cfg=cfg):
                    docs.append(doc)
            total = time.process_time() - t0
            del greedy.parse
            rows = []
            for doc in docs:
                vec = hashlib.sha256(doc.tensor.tobytes()).hexdigest()[:16]
                sc = scores.get(id(doc))
                sc_hex = sc.hexdigest()[:16] if sc is not None else "spacy-loop"
                parse = hashlib.sha256(
                    repr([(t.head.i, t.dep_, t.tag_, t.is_sent_start) for t in doc]).encode()
                ).hexdigest()[:16]
                rows.append((vec, sc_hex, parse))
            if reference is None:
                reference = rows
            same_vec = sum(a[0] == b[0] for a, b in zip(rows, reference, strict=True))
            same_sc = sum(
                a[1] == b[1] or "spacy-loop" in (a[1], b[1])
                for a, b in zip(rows, reference, strict=True)
            )
            same_parse = sum(a[2] == b[2] for a, b in zip(rows, reference, strict=True))
            all_parse = hashlib.sha256(repr([r[2] for r in rows]).encode()).hexdigest()[:16]
            tokens = sum(len(d) for d in docs)
            print(
                f"batch {size:3d}: pipe {total:.3f} CPU s ({1000 * total / len(texts):.1f} ms/doc),"
                f" parser {clock['parser']:.3f} s ({1000 * clock['parser'] / len(texts):.1f}"
                f" ms/doc, batched only), {tokens} tokens;"
                f" same as batch {sizes[0]}: vectors {same_vec}/{len(docs)},"
                f" scores {same_sc}/{len(docs)}, parses {same_parse}/{len(docs)};"
                f" parses digest {all_parse}",
                flush=True,
            )
            del docs
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
