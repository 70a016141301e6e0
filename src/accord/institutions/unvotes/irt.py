"""Dynamic ordered-logit ideal points for roll-call votes, by penalised maximum likelihood.

Model (after Bailey, Strezhnev & Voeten 2017, "Estimating Dynamic State Preferences from United
Nations Voting Data", Journal of Conflict Resolution 61(2), who treat yes > abstain > no as an
ordered outcome and let state positions drift between sessions):

* member ``i`` in session ``s`` has an ideal point ``x[i, s]`` in ``K`` dimensions;
* roll call ``j`` has a discrimination vector ``beta[j]`` and two cut points ``c1[j] < c2[j]``;
* with ``eta = beta[j] . x[i, s(j)]`` the vote is ordered logit (McCullagh 1980):
  ``P(no) = F(c1 - eta)``, ``P(no or abstain) = F(c2 - eta)``, ``F`` the logistic function.

Penalties play the role of the priors: ``lam_x |x|^2`` (scale), ``lam_rw |x[i,s] - x[i,s-1]|^2``
(the random walk of Martin & Quinn 2002 that carries positions across sessions and bridges
eras), ``lam_beta |beta|^2`` and ``lam_c (c1^2 + c2^2)``. The estimate alternates between the
two blocks, each given the other (the alternating scheme of Imai, Lo & Olmsted 2016, "Fast
Estimation of Ideal Points with Massive Data", APSR 110(4), here with Fisher scoring rather
than their EM): all roll calls get one Fisher-scoring step at once (independent
(K+2)-dimensional systems, solved batched), then all member-sessions get one step (a sparse
block-tridiagonal system because of the random walk). Steps are halved where they would lower
the penalised likelihood, so every round increases it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from accord.libm import c_logistic

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]
_TINY = 1e-12


@dataclass(frozen=True)
class Penalty:
    """Penalty weights (inverse prior variances, halved)."""

    x: float = 0.05
    rw: float = 4.0
    beta: float = 0.25
    c: float = 0.02


@dataclass
class IdealPoints:
    """A fitted model: member-session ideal points and roll-call item parameters."""

    cell_member: I64  # (C,) member index of each member-session cell
    cell_session: I64  # (C,) session of each cell
    x: F64  # (C, K)
    c1: F64  # (n,)
    c2: F64  # (n,)
    beta: F64  # (n, K)
    objective: list[float] = field(default_factory=list)
    seed: int = 0

    def latest(self, n_members: int) -> tuple[F64, I64]:
        """Each member's ideal point in its last session (NaN where it never voted)."""
        last = np.full(n_members, -1, dtype=np.int64)
        order = np.lexsort((self.cell_session, self.cell_member))
        last[self.cell_member[order]] = order  # later sessions overwrite earlier ones
        x = np.full((n_members, self.x.shape[1]), np.nan)
        ok = last >= 0
        x[ok] = self.x[last[ok]]
        return x, last


def vote_probabilities(eta: F64, c1: F64, c2: F64) -> F64:
    """(…, 3) probabilities of no, abstain, yes for linear score ``eta`` and cut points.

    A prediction's: the logistic takes the C library's ``tanh`` (:func:`accord.libm.c_logistic`),
    the same on every machine, where the fit's (:func:`_logistic`) takes NumPy's, whose kernel
    is chosen by the CPU, for speed over millions of votes (session 43)."""
    f1 = c_logistic(c1 - eta)
    f2 = c_logistic(c2 - eta)
    return np.stack([f1, np.maximum(f2 - f1, 0.0), 1.0 - f2], axis=-1)


def _logistic(t: F64) -> F64:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * t)))


def _loglik_terms(t1: F64, t2: F64, y: NDArray[np.int8]) -> tuple[F64, F64, F64, F64, F64, F64]:
    """Per-vote log-likelihood, its gradient in (t1, t2) and Fisher information entries.

    ``t1 = c1 - eta``, ``t2 = c2 - eta``; with ``p = (F1, F2 - F1, 1 - F2)`` and density
    ``f = F(1 - F)``, the information is ``sum_y dp_y dp_y^T / p_y`` (Fisher scoring).
    """
    f1 = _logistic(t1)
    f2 = _logistic(t2)
    d1 = f1 * (1.0 - f1)
    d2 = f2 * (1.0 - f2)
    p0 = np.maximum(f1, _TINY)
    p1 = np.maximum(f2 - f1, _TINY)
    p2 = np.maximum(1.0 - f2, _TINY)
    is0 = y == 0
    is1 = y == 1
    is2 = y == 2
    # The log of the observed vote's probability only (elementwise, so the same numbers as
    # choosing among the three logs, at a third of the cost).
    ll = np.log(np.where(is0, p0, np.where(is1, p1, p2)))
    g1 = np.where(is0, d1 / p0, np.where(is1, -d1 / p1, 0.0))
    g2 = np.where(is1, d2 / p1, np.where(is2, -d2 / p2, 0.0))
    r1 = 1.0 / p1
    w11 = d1 * d1 * (1.0 / p0 + r1)
    w22 = d2 * d2 * (r1 + 1.0 / p2)
    w12 = -d1 * d2 / p1
    return ll, g1, g2, w11, w12, w22


def _loglik(t1: F64, t2: F64, y: NDArray[np.int8]) -> F64:
    """Per-vote log-likelihood only (cheaper than :func:`_loglik_terms`)."""
    f1 = _logistic(t1)
    f2 = _logistic(t2)
    p = np.where(y == 0, f1, np.where(y == 1, f2 - f1, 1.0 - f2))
    return np.asarray(np.log(np.maximum(p, _TINY)))


def _penalised_item_objective(
    ll: F64, call: I64, n: int, c1: F64, c2: F64, beta: F64, pen: Penalty
) -> F64:
    value = np.bincount(call, weights=ll, minlength=n)
    value -= pen.c * (c1**2 + c2**2) + pen.beta * np.sum(beta**2, axis=1)
    return np.where(c2 > c1, value, -np.inf)


def fit(
    vote_call: I64,
    vote_member: I64,
    vote: NDArray[np.int8],
    call_session: I64,
    n_members: int,
    dims: int = 2,
    penalty: Penalty | None = None,
    max_rounds: int = 60,
    tol: float = 1e-5,
    seed: int = 0,
) -> IdealPoints:
    """Fit the dynamic ordered-logit model to coordinate-form votes (absent = no entry).

    ``call_session`` gives each roll call's session; every member gets one ideal point per
    session from its first to its last session with a vote (gaps are bridged by the random
    walk). Deterministic given ``seed`` (which only jitters the start).
    """
    pen = penalty or Penalty()
    n = int(call_session.shape[0])
    y = vote.astype(np.int8)
    vote_session = call_session[vote_call]
    # Member-session cells: contiguous per member from first to last voting session.
    first = np.full(n_members, np.iinfo(np.int64).max)
    last = np.full(n_members, np.iinfo(np.int64).min)
    np.minimum.at(first, vote_member, vote_session)
    np.maximum.at(last, vote_member, vote_session)
    active = np.flatnonzero(last >= first)
    span = np.zeros(n_members, dtype=np.int64)
    span[active] = last[active] - first[active] + 1
    offset = np.concatenate([[0], np.cumsum(span)])
    n_cells = int(offset[-1])
    cell_member = np.repeat(np.arange(n_members), span)
    cell_session = np.arange(n_cells) - offset[cell_member] + first[cell_member]
    vote_cell = offset[vote_member] + vote_session - first[vote_member]
    # Start: members' static positions from an SVD of the centred vote matrix.
    rng = np.random.default_rng(seed)
    counts = np.bincount(vote_call, minlength=n).astype(np.float64)
    centred = y - 1.0
    centred -= (np.bincount(vote_call, weights=centred, minlength=n) / np.maximum(counts, 1.0))[
        vote_call
    ]
    dense = np.zeros((n_members, n))
    dense[vote_member, vote_call] = centred
    # The whole fit runs BLAS on one thread, this SVD included: threaded LAPACK splits its
    # sums by the thread count, so a one- and a two-thread SVD round differently and the
    # fitted points, hence the predictions, would depend on the machine's cores (issue 9:
    # session 70's accuracy moved from 0.95163 to 0.95155). The rounds' products are small,
    # and on a loaded 2-core machine spinning BLAS workers cost more CPU than the work
    # (bench/bench_unvotes.py).
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # sklearn dep

    with threadpool_limits(limits=1):
        u, _, _ = np.linalg.svd(dense, full_matrices=False)
    start = u[:, :dims] * np.sqrt(n_members)
    x = start[cell_member] + 0.01 * rng.standard_normal((n_cells, dims))
    share = np.stack(
        [np.bincount(vote_call, weights=(y == k).astype(float), minlength=n) for k in range(3)]
    )
    share = (share + 0.5) / (share.sum(axis=0) + 1.5)
    c1 = np.log(share[0] / (1 - share[0]))
    c2 = np.log((share[0] + share[1]) / (1 - share[0] - share[1]))
    beta = np.zeros((n, dims))
    # Random-walk structure: consecutive cells of the same member.
    nxt = np.flatnonzero(cell_member[1:] == cell_member[:-1])
    diff = sp.csr_matrix(
        (
            np.concatenate([-np.ones(nxt.size), np.ones(nxt.size)]),
            (np.concatenate([np.arange(nxt.size)] * 2), np.concatenate([nxt, nxt + 1])),
        ),
        shape=(nxt.size, n_cells),
    )
    smooth = sp.kron(pen.rw * (diff.T @ diff) + pen.x * sp.identity(n_cells), np.eye(dims))
    smooth = sp.csr_matrix(smooth)
    objective: list[float] = []
    prev = -np.inf
    with threadpool_limits(limits=1):
        for _ in range(max_rounds):
            c1, c2, beta = _item_step(x[vote_cell], vote_call, y, n, c1, c2, beta, pen)
            x, total = _member_step(x, vote_cell, vote_call, y, n_cells, c1, c2, beta, smooth, pen)
            objective.append(total)
            if abs(total - prev) <= tol * abs(total):
                break
            prev = total
    return IdealPoints(cell_member, cell_session, x, c1, c2, beta, objective, seed)


def _item_step(
    xv: F64,
    call: I64,
    y: NDArray[np.int8],
    n: int,
    c1: F64,
    c2: F64,
    beta: F64,
    pen: Penalty,
) -> tuple[F64, F64, F64]:
    """One damped Fisher-scoring step for every roll call's (c1, c2, beta) at once."""
    dims = beta.shape[1]
    eta = np.einsum("vk,vk->v", xv, beta[call])
    ll, g1, g2, w11, w12, w22 = _loglik_terms(c1[call] - eta, c2[call] - eta, y)
    old = _penalised_item_objective(ll, call, n, c1, c2, beta, pen)
    p = dims + 2

    def bc(w: F64) -> F64:
        return np.bincount(call, weights=w, minlength=n).astype(np.float64)

    grad = np.empty((n, p))
    grad[:, 0] = bc(g1) - 2 * pen.c * c1
    grad[:, 1] = bc(g2) - 2 * pen.c * c2
    gs = g1 + g2
    for k in range(dims):
        grad[:, 2 + k] = -bc(gs * xv[:, k]) - 2 * pen.beta * beta[:, k]
    info = np.zeros((n, p, p))
    info[:, 0, 0] = bc(w11) + 2 * pen.c
    info[:, 1, 1] = bc(w22) + 2 * pen.c
    info[:, 0, 1] = info[:, 1, 0] = bc(w12)
    w1s = w11 + w12
    w2s = w12 + w22
    ws = w11 + 2 * w12 + w22
    for k in range(dims):
        info[:, 0, 2 + k] = info[:, 2 + k, 0] = -bc(w1s * xv[:, k])
        info[:, 1, 2 + k] = info[:, 2 + k, 1] = -bc(w2s * xv[:, k])
        for m in range(k, dims):
            info[:, 2 + k, 2 + m] = info[:, 2 + m, 2 + k] = bc(ws * xv[:, k] * xv[:, m])
        info[:, 2 + k, 2 + k] += 2 * pen.beta
    step = np.linalg.solve(info, grad[:, :, None])[:, :, 0]
    scale = np.ones(n)
    new_c1, new_c2, new_beta = c1, c2, beta
    # Only the roll calls whose step is still being halved are scored again, on their own
    # votes: each call's objective is a sum over its votes alone (np.bincount adds them in
    # the same order either way), and a call that stopped improving keeps its scale.
    pending = np.ones(n, dtype=bool)
    mine = np.arange(call.size)  # the votes on pending calls
    for _ in range(8):
        new_c1 = c1 + scale * step[:, 0]
        new_c2 = c2 + scale * step[:, 1]
        new_beta = beta + scale[:, None] * step[:, 2:]
        cv = call[mine]
        eta = np.einsum("vk,vk->v", xv[mine], new_beta[cv])
        ll = _loglik(new_c1[cv] - eta, new_c2[cv] - eta, y[mine])
        value = _penalised_item_objective(ll, cv, n, new_c1, new_c2, new_beta, pen)
        worse = pending & (value < old)
        if not worse.any():
            break
        scale = np.where(worse, scale * 0.5, scale)
        pending = worse
        mine = mine[worse[cv]]
    worse_final = scale < 0.5**7
    new_c1 = np.where(worse_final, c1, new_c1)
    new_c2 = np.where(worse_final, c2, new_c2)
    new_beta = np.where(worse_final[:, None], beta, new_beta)
    return new_c1, new_c2, new_beta


def _member_step(
    x: F64,
    vote_cell: I64,
    call: I64,
    y: NDArray[np.int8],
    n_cells: int,
    c1: F64,
    c2: F64,
    beta: F64,
    smooth: sp.csr_matrix,
    pen: Penalty,
) -> tuple[F64, float]:
    """One damped Fisher-scoring step for all member-session ideal points jointly."""
    dims = x.shape[1]
    bv = beta[call]
    cv1 = c1[call]
    cv2 = c2[call]

    items = pen.c * float(np.sum(c1**2 + c2**2)) + pen.beta * float(np.sum(beta**2))

    def total(ll: F64, flat: F64, pulled: F64) -> float:
        """The penalised log-likelihood from the votes' terms ``ll``, the flattened ideal
        points and ``smooth @ flat``."""
        return float(ll.sum()) - 0.5 * float(flat @ pulled) - items

    def total_at(xc: F64) -> float:
        eta = np.einsum("vk,vk->v", xc[vote_cell], bv)
        flat = xc.ravel()
        return total(_loglik(cv1 - eta, cv2 - eta, y), flat, smooth @ flat)

    eta = np.einsum("vk,vk->v", x[vote_cell], bv)
    ll, g1, g2, w11, w12, w22 = _loglik_terms(cv1 - eta, cv2 - eta, y)
    gs = g1 + g2
    ws = w11 + 2 * w12 + w22
    grad = np.empty((n_cells, dims))
    for k in range(dims):
        grad[:, k] = -np.bincount(vote_cell, weights=gs * bv[:, k], minlength=n_cells)
    pulled = smooth @ x.ravel()
    grad = grad.ravel() - pulled
    rows: list[I64] = []
    cols: list[I64] = []
    vals: list[F64] = []
    base = np.arange(n_cells) * dims
    for k in range(dims):
        for m in range(dims):
            rows.append(base + k)
            cols.append(base + m)
            vals.append(
                np.bincount(vote_cell, weights=ws * bv[:, k] * bv[:, m], minlength=n_cells).astype(
                    np.float64
                )
            )
    info = sp.csc_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(n_cells * dims, n_cells * dims),
    )
    import scipy.sparse.linalg as spla  # only fitting needs it; predicting must start fast

    step = np.asarray(spla.spsolve(info + smooth, grad)).reshape(n_cells, dims)
    old = total(ll, x.ravel(), pulled)  # the terms at x are those of the gradient's
    scale = 1.0
    for _ in range(10):
        cand = x + scale * step
        value = total_at(cand)
        if value >= old:
            return cand, value
        scale *= 0.5
    return x, old
