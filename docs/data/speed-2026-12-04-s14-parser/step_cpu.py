"""The greedy parser's loop timed part by part (main's ``GreedyParser.parse``, copied): the
precomputed features, ``get_token_ids``, the hidden layer, the output layer's product and bias,
the transitions, the annotations; for batches of 4, 8 and 16 long articles, twice (the first
round also grows the heap). Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s14-parser/step_cpu.py``.
"""

from __future__ import annotations


def main() -> None:
    import sys
    import tempfile
    import time
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news.nlp.models import blas_threads, spacy_pipeline
    from accord.news.preload import retain_heap
    from accord.news.readers import read_file

    retain_heap()
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, 32, sentences=(76, 88))
    texts = [d.text for p in sorted(folder.iterdir()) for d in read_file(p).documents]
    nlp = spacy_pipeline()
    greedy = nlp.get_pipe("accord_greedy_parser")
    parser = greedy.parser
    print(
        parser.model.get_ref("lower").get_dim("nO"),
        parser.model.get_ref("lower").get_dim("nP"),
        parser.model.get_ref("lower").get_dim("nF"),
        parser.model.get_ref("upper").get_dim("nO"),
    )
    for B in (4, 8, 16, 4, 8, 16):
        T = dict(pre=0.0, ids=0.0, hid=0.0, gemm=0.0, trans=0.0, ann=0.0)
        steps = 0
        nstates = 0
        with blas_threads():
            for b in range(0, len(texts), B):
                docs = [nlp.make_doc(t) for t in texts[b : b + B]]
                for name, proc in nlp.pipeline:
                    if name == "accord_greedy_parser":
                        break
                    docs = list(proc.pipe(docs, batch_size=B))
                t = time.process_time()
                step = parser.model.predict(docs)
                hidden, upper = step.state2vec, step.vec2scores
                ops, W, bias = upper.ops, upper.get_param("W"), upper.get_param("b")
                states = parser.moves.init_batch(docs)
                todo = [s for s in states if not s.is_final()]
                T["pre"] += time.process_time() - t
                while todo:
                    t0 = time.process_time()
                    ids = step.get_token_ids(todo)
                    t1 = time.process_time()
                    h = hidden.predict(ids)
                    t2 = time.process_time()
                    sc = ops.gemm(h, W, trans2=True)
                    sc += bias
                    t3 = time.process_time()
                    n = len(todo)
                    todo = parser.transition_states(todo, sc)
                    t4 = time.process_time()
                    T["ids"] += t1 - t0
                    T["hid"] += t2 - t1
                    T["gemm"] += t3 - t2
                    T["trans"] += t4 - t3
                    steps += 1
                    nstates += n
                t = time.process_time()
                step.clear_memory()
                parser.set_annotations(docs, states)
                T["ann"] += time.process_time() - t
        tot = sum(T.values())
        print(
            B,
            f"total {tot:.3f}",
            {k: round(v, 3) for k, v in T.items()},
            "steps",
            steps,
            "states/step",
            round(nstates / steps, 1),
            f"us/step {1e6 * (tot - T['pre'] - T['ann']) / steps:.1f}",
        )


if __name__ == "__main__":
    main()
