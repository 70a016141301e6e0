"""The shipped static head's training rows and the digest of its fit, for the src on PYTHONPATH
(session 19, s19-quality). Run from a checkout's root (the head's --gold paths are relative):

    PYTHONPATH=src python3 docs/data/head-2026-12-04-s19-quality/dump.py /tmp/rows.npz

writes the feature matrix, labels and main clauses to the .npz and prints the fit's digest and
the inputs fingerprint; fit.py refits a saved matrix (under OPENBLAS_CORETYPE=... to force a
kernel)."""

import hashlib
import sys
import time

import numpy as np

from accord.news.evaluate import read_gold
from accord.news.nlp import train
from accord.news.nlp.classifier import fit_head, static_head


def main(out: str) -> None:
    meta = static_head().meta
    gold, seed, weak = meta["gold"], meta["seed"], meta["weak_per_type"]
    start = time.process_time()
    data = train.training_set(gold, seed, weak, "static")
    clauses = [
        train.main_clause(record.text)[0]
        for spec in map(train.GoldSpec.parse, gold)
        for record in read_gold(spec.path, spec.split)
    ]
    np.savez(out, x=data.x, labels=np.array(data.labels), clauses=np.array(clauses))
    params = meta["params"]
    weights = np.where(data.gold, 1.0, params["weak_weight"])
    head = fit_head(
        data.x, data.labels, weights, c=params["C"], threshold=params["threshold"], seed=seed
    )
    digest = hashlib.sha256(head.coef.astype(np.float32).tobytes()).hexdigest()[:12]
    print("digest", digest, "cpu", round(time.process_time() - start, 1))
    print("inputs", train.inputs_fingerprint(gold, seed, weak))
    if hasattr(train, "blas_kernels"):  # not in the src of 0d111b5, which this also runs on
        print("blas", train.blas_kernels())


if __name__ == "__main__":
    main(sys.argv[1])
