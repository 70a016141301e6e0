"""MinHash signatures of documents' texts, for the store's near-duplicate search
(:mod:`accord.news.store`, :mod:`accord.news.lsh`).

A module of its own, without the store's database layer, so that a worker of a sharded ingest
(:mod:`accord.news.corpus`), which computes each document's signature for the process that
stores it, does not import SQLAlchemy (docs/benchmarks-news.md, session 15). The functions
moved here unchanged from :mod:`accord.news.store`, which still exports them.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.news.types import Document

__all__ = [
    "MINHASH_SEED",
    "NUM_PERM",
    "SHINGLE_WORDS",
    "document_signature",
    "estimate_jaccard",
    "minhash_signature",
    "shingle_hashes",
]

SHINGLE_WORDS = 5
NUM_PERM = 128
MINHASH_SEED = 20250224  # fixed: signatures are stored, so they must be reproducible
_POLY = np.uint64(1_000_003)
_WORD = re.compile(r"\w+")


def _permutations(num_perm: int = NUM_PERM, seed: int = MINHASH_SEED) -> tuple[Any, Any]:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
    return a, b


_A, _B = _permutations()


def shingle_hashes(text: str, width: int = SHINGLE_WORDS) -> NDArray[np.uint64]:
    """Distinct 64-bit hashes of the word ``width``-grams of ``text`` (lower-cased words).

    Each word gets a stable CRC-32 (Python's ``hash`` is salted per process, and signatures
    are stored); a window's hash is the polynomial sum of its words' codes, wrapping mod 2**64.
    A text shorter than ``width`` words is one shingle.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    codes = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64, count=len(words))
    span = min(width, codes.size)
    windows = np.lib.stride_tricks.sliding_window_view(codes, span)
    powers = np.cumprod(np.full(span, _POLY, dtype=np.uint64), dtype=np.uint64)
    with np.errstate(over="ignore"):
        hashes = (windows * powers).sum(axis=1, dtype=np.uint64)
    return np.unique(hashes)


def minhash_signature(hashes: NDArray[np.uint64], block: int = 4096) -> NDArray[np.uint32]:
    """MinHash signature (``NUM_PERM`` uint32) of a set of 64-bit shingle hashes.

    Permutation i is the multiply-add-shift hash ``(a_i x + b_i) mod 2**64 >> 32`` with odd
    random ``a_i`` (Dietzfelbinger et al. 1997); the signature is its minimum over the set.
    Blocks of shingles bound the (perm x shingle) work array for very long texts.
    """
    best = np.full(_A.size, np.iinfo(np.uint32).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, hashes.size, block):
            chunk = hashes[start : start + block]
            values = (_A[:, None] * chunk[None, :] + _B[:, None]) >> np.uint64(32)
            np.minimum(best, values.min(axis=1), out=best)
    return best.astype(np.uint32)


def estimate_jaccard(signatures: NDArray[np.uint32], signature: NDArray[np.uint32]) -> Any:
    """Estimated Jaccard resemblance of ``signature`` with each row of ``signatures``: the share
    of permutations whose minima agree (standard error sqrt(J(1-J)/NUM_PERM), 0.035 at 0.8)."""
    return (signatures == signature[None, :]).mean(axis=1)


def document_signature(doc: Document) -> NDArray[np.uint32]:
    """The MinHash signature the store keeps for ``doc`` (a pure function of its text, so a
    worker may compute it and hand it to :meth:`accord.news.store.Store.add_documents`)."""
    return minhash_signature(shingle_hashes(doc.text))
