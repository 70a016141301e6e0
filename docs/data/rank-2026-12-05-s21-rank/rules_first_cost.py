"""In-process A/B of the rules coder's learned first event (s21-rank): the rules coder codes
every sentence of the 40 long bench articles with ``learned_first`` on and off
(:func:`accord.news.coding.code_sentence`, which :func:`~accord.news.coding.code_document`
calls once per sentence), alternated, 5 rounds; process CPU seconds and their ratio. From the
worktree root::

    PYTHONPATH=src nice python3 docs/data/rank-2026-12-05-s21-rank/rules_first_cost.py
"""

from __future__ import annotations

import sys
import time


def main() -> None:
    sys.path.insert(0, "bench")  # the benchmark's article generator
    import bench_news

    from accord.news.coding import code_sentence, document_home, split_sentences

    docs = bench_news.long_documents(40)
    work = [
        (doc.text[a:b], doc.date, document_home(doc))
        for doc in docs
        for a, b in split_sentences(doc.text)
    ]
    for text, date, home in work[:50]:  # dictionaries and the model loaded
        code_sentence(text, date, home=home)

    def spent(label: str, on: bool) -> float:
        start = time.process_time()
        out = [code_sentence(t, d, home=h, learned_first=on) for t, d, h in work]
        seconds = time.process_time() - start
        print(label, round(seconds, 3), "s,", sum(map(len, out)), "events", flush=True)
        return seconds

    print(len(docs), "articles,", len(work), "sentences", flush=True)
    ratios = []
    for _ in range(5):
        with_choice = spent("learned_first on", True)
        without = spent("learned_first off", False)
        ratios.append(with_choice / without)
        print("ratio", round(ratios[-1], 4), flush=True)
    print("median ratio", round(sorted(ratios)[len(ratios) // 2], 4))


if __name__ == "__main__":
    main()
