"""MinHash locality-sensitive hashing: the band buckets that index near-duplicate candidates.

The banding technique of Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets* (3rd ed.,
2020), section 3.4: cut each MinHash signature into ``BANDS`` bands of ``ROWS`` rows; two
documents are candidates when any band agrees in every row. With Jaccard resemblance ``s`` the
chance of becoming candidates is ``1 - (1 - s**ROWS)**BANDS``: with 20 bands of 6 rows (120 of
the 128 permutations) that is 0.9977 at s = 0.8 (the default threshold), 0.918 at 0.7 and
0.12 at 0.4 -- the S-curve's midpoint ``(1/BANDS)**(1/ROWS)`` is 0.61. Candidates are then
scored with the full signature, so banding only decides whom to compare with.

Why our own banding rather than ``datasketch.MinHashLSH``: the buckets live in the store (table
``document_bands``, one row per band, indexed), so every writer -- several processes, or
several machines on PostgreSQL -- sees the documents the others committed, in one indexed
query inside its own transaction; an in-memory LSH index would be per process and rebuilt at
every start. The signatures are accord's own (stored since schema 1), so the buckets are
computed from them directly.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

__all__ = ["BANDS", "ROWS", "band_buckets", "candidate_probability"]

BANDS = 20
ROWS = 6
# odd 64-bit multipliers (from the SplitMix64 / MurmurHash3 finalisers) mixing a band's rows
_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xFF51AFD7ED558CCD,
     0xC4CEB9FE1A85EC53, 0xD6E8FEB86659FD93],
    dtype=np.uint64,
)  # fmt: skip


def band_buckets(signatures: NDArray[np.uint32]) -> NDArray[np.int64]:
    """``(k, BANDS)`` signed 64-bit bucket numbers of ``(k, >= BANDS*ROWS)`` signatures.

    A band's bucket is a multiply-add hash of its ``ROWS`` values followed by the SplitMix64
    finaliser (Steele, Lea & Flood 2014), wrapping mod 2**64; equal bands give equal buckets,
    and unequal bands collide with chance about 2**-64. Signed, because SQL BIGINT is.
    """
    sig = np.atleast_2d(np.asarray(signatures, dtype=np.uint64))
    bands = sig[:, : BANDS * ROWS].reshape(sig.shape[0], BANDS, ROWS)
    with np.errstate(over="ignore"):
        h = (bands * _MIX[None, None, :ROWS]).sum(axis=2, dtype=np.uint64)
        h += np.arange(BANDS, dtype=np.uint64)[None, :] * np.uint64(0x632BE59BD9B4E019)
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    buckets: NDArray[np.int64] = h.view(np.int64)
    return buckets


def candidate_probability(similarity: float, bands: int = BANDS, rows: int = ROWS) -> float:
    """Chance that two documents of Jaccard resemblance ``similarity`` share a bucket."""
    return float(1.0 - (1.0 - similarity**rows) ** bands)
