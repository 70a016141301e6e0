"""TF-IDF document vectors for roll-call titles and descriptions.

The vocabulary and idf weights are learnt by scikit-learn's ``TfidfVectorizer`` (sublinear tf,
smoothed idf); new texts are transformed here with the same formula from the stored vocabulary,
so a saved model is plain arrays (no pickle). Weights are the usual sublinear term frequency
times smoothed inverse document frequency,
``(1 + log tf) * (1 + log((1 + n) / (1 + df)))``, rows scaled to unit length so that a dot
product is the cosine similarity (Salton & Buckley 1988, "Term-weighting approaches in
automatic text retrieval"). Terms are words of three letters or more and pairs of adjacent
words, which separates recurring resolutions such as "nuclear disarmament" and "nuclear
weapons" better than single words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from accord.libm import c_log

_WORD = re.compile(r"[a-z]{3,}")
_STOP = """the and for with from that this which their its are was were has have had not but all
    any into under upon other such than these those also who whom about between against
    resolution resolutions adopted general assembly draft united nations report reports
    committee question item agenda session president vote voting recorded meeting paragraph
    operative preambular whole"""
STOPWORDS = frozenset(_STOP.split())


def tokens(text: str) -> list[str]:
    """Words (3+ letters, lower case, no stop words) and adjacent-word pairs of ``text``."""
    words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]
    return words + [f"{a}_{b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True)
class Vectorizer:
    """A fitted vocabulary with its inverse document frequencies."""

    vocabulary: dict[str, int]
    idf: NDArray[np.float64]

    @classmethod
    def fit(cls, texts: Sequence[str], min_df: int = 2) -> Vectorizer:
        """Learn terms occurring in at least ``min_df`` documents and their idf weights."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        if not texts:
            return cls({}, np.zeros(0))
        fitted = TfidfVectorizer(analyzer=tokens, min_df=min_df, sublinear_tf=True)
        try:
            fitted.fit(list(texts))
        except ValueError:  # no term reaches min_df
            return cls({}, np.zeros(0))
        vocabulary = {str(t): int(i) for t, i in fitted.vocabulary_.items()}
        return cls(vocabulary, np.asarray(fitted.idf_, dtype=np.float64))

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Unit-length TF-IDF rows (documents with no known term give a zero row)."""
        rows: list[int] = []
        cols: list[int] = []
        for r, text in enumerate(texts):
            for term in tokens(text):
                c = self.vocabulary.get(term)
                if c is not None:
                    rows.append(r)
                    cols.append(c)
        shape = (len(texts), len(self.vocabulary))
        counts = sp.csr_matrix(
            (np.ones(len(rows)), (np.asarray(rows, dtype=np.int64), np.asarray(cols, np.int64))),
            shape=shape,
        )
        counts.sum_duplicates()
        # the C library's log (accord.libm): NumPy's AVX-512 kernel rounds some counts' logs
        # differently, and a draft's row would depend on the CPU (session 43)
        counts.data = (1.0 + c_log(counts.data)) * self.idf[counts.indices]
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        return sp.csr_matrix(sp.diags(scale) @ counts)

    def terms(self) -> list[str]:
        out = [""] * len(self.vocabulary)
        for t, i in self.vocabulary.items():
            out[i] = t
        return out
