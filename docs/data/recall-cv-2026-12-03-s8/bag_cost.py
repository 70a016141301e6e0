"""What a bagged head of k members costs the nlp coder (issue 14, session 8, s8-recall): CPU
seconds per article of about 1,000 words (``bench/bench_news.py``'s corpus generator, seed
of that module) with the shipped head and with a head of k = 3 and 5 members (copies of the
shipped head: the cost depends on the shapes, not on the values), parsed once beforehand so
that only the coder's own work after the parse is timed; best of three passes, the heads in
turn; and the bytes of the head's arrays.

    python docs/data/recall-cv-2026-12-03-s8/bag_cost.py

Needs ``classifier.bagged`` and the mean of the members' probabilities in
``TypeHead.proba``, removed after the runs (the bag was not adopted): run with the ``src/``
of commit fd55021 (branch s8-recall) for ``bag3``/``bag5``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))

from bench_news import make_corpus  # noqa: E402

import accord.news.nlp.coder as nlp_coder  # noqa: E402
from accord.news.nlp.classifier import bagged, default_head  # noqa: E402
from accord.news.nlp.coder import NlpCoder  # noqa: E402
from accord.news.nlp.models import spacy_pipeline  # noqa: E402

N = 20


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(folder, N, sentences=(76, 88))
        texts = [p.read_text() for p in sorted(folder.glob("*.txt"))]
    nlp = spacy_pipeline()
    parsed = {t: nlp(t) for t in texts}
    nlp_coder.spacy_pipeline = lambda: parsed.__getitem__  # type: ignore[assignment,misc]
    words = sum(len(t.split()) for t in texts)
    head = default_head()
    heads = {"shipped": head, "bag3": bagged([head] * 3), "bag5": bagged([head] * 5)}
    coders = {k: NlpCoder(h) for k, h in heads.items()}
    for coder in coders.values():
        coder.code_sentence(texts[0])  # warm the caches the same way for each
    best = dict.fromkeys(coders, float("inf"))
    for _ in range(3):
        for name, coder in coders.items():
            start = time.process_time()
            events = sum(len(coder.code_sentence(t)) for t in texts)
            best[name] = min(best[name], time.process_time() - start)
    print(f"{len(texts)} articles, {words} words, {events} events (bag5's last pass)")
    for name, h in heads.items():
        per = best[name] / (words / 1000)
        size = h.coef.nbytes + h.intercept.nbytes
        print(f"{name}: {per * 1000:.1f} CPU ms per 1,000-word article after the parse; {size} B")


if __name__ == "__main__":
    main()
