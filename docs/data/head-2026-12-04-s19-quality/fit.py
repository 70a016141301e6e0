"""Refit the static head's recipe on a matrix saved by dump.py and print its digest
(session 19, s19-quality); a kernel is forced before Python starts:

    OPENBLAS_CORETYPE=Sandybridge PYTHONPATH=src python3 \\
        docs/data/head-2026-12-04-s19-quality/fit.py /tmp/rows.npz
"""

import hashlib
import sys

import numpy as np

from accord.news.nlp.classifier import fit_head
from accord.news.nlp.train import blas_kernels


def main(path: str) -> None:
    rows = np.load(path)
    labels = [str(label) for label in rows["labels"]]
    gold = np.arange(len(labels)) < len(rows["clauses"])
    head = fit_head(rows["x"], labels, np.where(gold, 1.0, 0.03), c=8.0, threshold=0.3, seed=0)
    print(hashlib.sha256(head.coef.astype(np.float32).tobytes()).hexdigest()[:12], blas_kernels())


if __name__ == "__main__":
    main(sys.argv[1])
