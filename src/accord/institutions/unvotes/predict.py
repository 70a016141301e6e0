"""Predicting members' votes on a roll call that has not happened yet.

A new draft has no item parameters of its own. We borrow them from the earlier roll calls most
like it: similarity is the cosine of TF-IDF vectors of title and description plus a bonus for
shared issue codes, discounted by age; the ``k`` most similar roll calls get softmax weights.
Four forecasts of each member's vote are then formed, each a distribution over no/abstain/yes:

1. ``irt``: the neighbours' fitted item parameters applied to the member's latest ideal point
   (a mixture of ordered-logit probabilities, one per neighbour, see :mod:`.irt`);
2. ``knn``: the member's own weighted votes on those neighbours, smoothed toward its base rate
   (the "same resolution as last year" logic that makes UN votes so predictable);
3. ``base``: the member's vote shares over recent sessions;
4. ``issue``: its recent shares on roll calls carrying the draft's issue codes.

A multinomial logistic combiner ("stacking", Wolpert 1992) on the logs of these forecasts is
fitted on the last sessions of the training data, each predicted with only what was known
before it (ideal points of the session before, earlier roll calls as neighbours), so the
output probabilities are calibrated on genuinely out-of-sample predictions.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sklearn.linear_model import LogisticRegression

from accord.errors import DataError
from accord.institutions.unvotes import irt
from accord.institutions.unvotes.data import ISSUES, VOTES, RollCalls
from accord.institutions.unvotes.text import Vectorizer
from accord.libm import c_exp, c_log

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]
FORMAT = "accord-unvotes-model/2"  # /2: 20 inputs, no "none" flag (session 7)


@dataclass(frozen=True)
class Settings:
    """Choices of the predictor (rolling-origin protocol, docs/validation-unvotes.md)."""

    dims: int = 2
    neighbours: int = 10
    temperature: float = 0.05  # softmax temperature on similarity
    issue_bonus: float = 0.1  # added to cosine per shared-issue Jaccard unit
    half_life: float = 4.0  # sessions after which a neighbour's weight halves
    window: int = 3  # recent sessions for base rates and issue propensities
    stack_sessions: int = 3  # last training sessions used to fit the classifier
    smoothing: float = 0.5  # pseudo-votes of the base rate added to the kNN vote counts
    c: float = 1.0  # inverse L2 strength of the logistic classifier (scikit-learn's C)
    sessions: int = 15  # training window: the sessions before the one predicted (0: all)
    carry_back: int = 2  # sessions searched for the carry-forward resolution
    max_rounds: int = 40
    seed: int = 0


def session_of(date: dt.date) -> int:
    """The General Assembly session running on ``date`` (sessions open in September; 1946=1)."""
    return date.year - 1945 if date.month >= 9 else date.year - 1946


@dataclass
class History:
    """What is known before a session: roll calls with item parameters, votes, text vectors."""

    members: list[str]
    session: I64  # (n,)
    issues: NDArray[np.bool_]  # (n, 6)
    amend: NDArray[np.int8]
    c1: F64
    c2: F64
    beta: F64  # (n, K)
    votes: NDArray[np.int8]  # (n, m), -1 absent
    docs: sp.csr_matrix  # (n, V) unit rows


@dataclass
class Member:
    """Members' state at prediction time."""

    x: F64  # (m, K) ideal points (NaN: unknown)
    base: F64  # (m, 3)
    issue: F64  # (m, 6, 3)
    active: NDArray[np.bool_]  # (m,) voted in the window


@dataclass
class Model:
    """A fitted predictor: history, members' state, vocabulary and combiner weights."""

    settings: Settings
    history: History
    member: Member
    vectorizer: Vectorizer
    weights: F64  # (3, F + 1)
    last_session: int
    trained_sessions: tuple[int, int]
    info: dict[str, Any] = field(default_factory=dict)

    # -- persistence ---------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write a compressed ``.npz`` atomically (temporary file, then rename)."""
        from accord.scenario.io import replace_atomically

        h, mb = self.history, self.member
        meta = {
            "format": FORMAT,
            "settings": asdict(self.settings),
            "last_session": self.last_session,
            "trained_sessions": list(self.trained_sessions),
            "info": self.info,
        }

        def fill(tmp: str) -> None:  # np.savez adds ".npz" to a name, not to a file
            with open(tmp, "wb") as f:
                np.savez_compressed(
                    f,
                    meta=np.array(json.dumps(meta)),
                    members=np.array(h.members),
                    session=h.session.astype(np.int16),
                    issues=h.issues,
                    amend=h.amend,
                    c1=h.c1.astype(np.float32),
                    c2=h.c2.astype(np.float32),
                    beta=h.beta.astype(np.float32),
                    votes=h.votes,
                    doc_data=h.docs.data.astype(np.float32),
                    doc_indices=h.docs.indices.astype(np.int32),
                    doc_indptr=h.docs.indptr.astype(np.int32),
                    terms=np.array(self.vectorizer.terms()),
                    idf=self.vectorizer.idf.astype(np.float32),
                    x=mb.x.astype(np.float32),
                    base=mb.base.astype(np.float32),
                    issue=mb.issue.astype(np.float32),
                    active=mb.active,
                    weights=self.weights,
                )

        replace_atomically(Path(path), fill)

    @classmethod
    def load(cls, path: str | Path) -> Model:
        path = Path(path)
        try:
            z = np.load(path, allow_pickle=False)
        except OSError as exc:
            raise DataError(f"{path}: cannot read the model ({exc.strerror or exc})") from None
        except (EOFError, ValueError, zipfile.BadZipFile):
            # numpy's own words for a file that is no .npy or .npz suggest unpickling it
            raise DataError(f"{path}: not an accord UN-votes model (no .npz archive)") from None
        if not isinstance(z, np.lib.npyio.NpzFile):
            raise DataError(f"{path}: not an accord UN-votes model (one array, no .npz archive)")
        try:
            meta = json.loads(str(z["meta"]))
        except (KeyError, ValueError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
            raise DataError(f"{path}: not an accord UN-votes model ({exc})") from None
        found = meta.get("format") if isinstance(meta, dict) else None
        if found != FORMAT:
            raise DataError(f"{path}: format {found!r} is not {FORMAT!r}")
        try:
            terms = [str(t) for t in z["terms"]]
            idf = z["idf"].astype(np.float64)
            docs = sp.csr_matrix(
                (z["doc_data"].astype(np.float64), z["doc_indices"], z["doc_indptr"]),
                shape=(z["session"].shape[0], len(terms)),
            )
            history = History(
                members=[str(m) for m in z["members"]],
                session=z["session"].astype(np.int64),
                issues=z["issues"],
                amend=z["amend"],
                c1=z["c1"].astype(np.float64),
                c2=z["c2"].astype(np.float64),
                beta=z["beta"].astype(np.float64),
                votes=z["votes"],
                docs=docs,
            )
            member = Member(
                x=z["x"].astype(np.float64),
                base=z["base"].astype(np.float64),
                issue=z["issue"].astype(np.float64),
                active=z["active"],
            )
            settings = Settings(**meta["settings"])
            return cls(
                settings=settings,
                history=history,
                member=member,
                vectorizer=Vectorizer({t: i for i, t in enumerate(terms)}, idf),
                weights=z["weights"].astype(np.float64),
                last_session=int(meta["last_session"]),
                trained_sessions=(
                    int(meta["trained_sessions"][0]),
                    int(meta["trained_sessions"][1]),
                ),
                info=dict(meta.get("info", {})),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise DataError(f"{path}: incomplete or damaged model file ({exc})") from None

    # -- prediction ----------------------------------------------------------------------
    def predict(
        self,
        texts: Sequence[str],
        issues: NDArray[np.bool_],
        amend: NDArray[np.int8] | None = None,
    ) -> F64:
        """(q, m, 3) probabilities of no/abstain/yes for ``q`` new roll calls."""
        docs = self.vectorizer.transform(texts)
        allowed = np.ones(self.history.session.shape[0], dtype=bool)
        feats, _ = features(
            self.history,
            self.member,
            docs,
            issues,
            amend if amend is not None else np.zeros(len(texts), dtype=np.int8),
            allowed,
            self.last_session + 1,
            self.settings,
        )
        return combine(feats, self.weights)


def member_state(
    votes: NDArray[np.int8], session: I64, issues: NDArray[np.bool_], before: int, window: int
) -> tuple[F64, F64, NDArray[np.bool_]]:
    """Base rates (m, 3) and issue propensities (m, 6, 3) over the ``window`` sessions before
    ``before``, with add-one smoothing toward the overall shares."""
    recent = (session < before) & (session >= before - window)
    v = votes[recent]  # (r, m)
    onehot = (v[:, :, None] == np.arange(3)).astype(np.float64)  # (r, m, 3)
    counts = onehot.sum(axis=0)
    overall = (counts.sum(axis=0) + 1.0) / (counts.sum() + 3.0)
    base = (counts + overall) / (counts.sum(axis=1, keepdims=True) + 1.0)
    per_issue = np.einsum("ri,rmc->mic", issues[recent].astype(np.float64), onehot)
    issue = (per_issue + base[:, None, :]) / (per_issue.sum(axis=2, keepdims=True) + 1.0)
    active = counts.sum(axis=1) > 0
    return base, issue, active


def top_k(score: F64, k: int) -> I64:
    """Columns of the ``k`` largest scores of each row (q, k), the largest first, ties to the
    earlier column (the earlier roll call), as ``np.argsort(-score, axis=1, kind="stable")[:,
    :k]`` gives them (``k`` at most the row length; no NaN: ``-inf`` ties like any value).

    The order is fixed on every machine (session 41): ``np.argpartition`` picks among scores
    tied at the k-th place by whichever kernel numpy chose for the CPU (AVX-512 and AVX2 pick
    differently). The k-th largest value does not depend on that pick, so the scores above it
    are taken and the places left go to the earliest columns tied with it; only those ``k``
    are then sorted, stably: about half the time of the full stable sort for 120 drafts
    against 1,400 roll calls (5 ms against 11 ms; ``argpartition`` 3 ms).
    """
    n = score.shape[1]
    if k == 0:
        return np.zeros((score.shape[0], 0), dtype=np.int64)
    kth = np.partition(score, n - k, axis=1)[:, n - k, None]  # the k-th largest value
    above = score > kth
    tied = score == kth
    left = k - above.sum(axis=1, keepdims=True)  # places left for the tied scores
    take = above | (tied & (np.cumsum(tied, axis=1) <= left))  # k per row, earliest ties
    cols = np.nonzero(take)[1].reshape(score.shape[0], k)  # ascending within each row
    order = np.argsort(-np.take_along_axis(score, cols, axis=1), axis=1, kind="stable")
    return np.take_along_axis(cols, order, axis=1).astype(np.int64)


def similarity(
    history: History,
    docs: sp.csr_matrix,
    issues: NDArray[np.bool_],
    amend: NDArray[np.int8],
    allowed: NDArray[np.bool_],
    now: int,
    settings: Settings,
) -> tuple[I64, F64, F64]:
    """Top-k neighbours (q, k), their softmax weights (q, k) and raw similarity (q, k).

    The neighbours are the most similar first, ties to the earlier roll call (:func:`top_k`),
    the same on every machine."""
    cos = np.asarray((docs @ history.docs.T).todense())  # (q, n)
    qi = issues.astype(np.float64)
    hi = history.issues.astype(np.float64)
    inter = qi @ hi.T
    union = qi.sum(axis=1)[:, None] + hi.sum(axis=1)[None, :] - inter
    jacc = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    same_kind = (amend[:, None] == history.amend[None, :]).astype(np.float64)
    score = cos + settings.issue_bonus * jacc + 0.02 * same_kind
    age = np.maximum(now - history.session, 1)[None, :].astype(np.float64)
    score = score - settings.temperature * math.log(2.0) * (age - 1) / settings.half_life
    score = np.where(allowed[None, :], score, -np.inf)
    k = min(settings.neighbours, int(allowed.sum()))
    top = top_k(score, k)
    top_score = np.take_along_axis(score, top, axis=1)
    # the C library's exp and log here and below, not NumPy's, whose kernels round by the CPU
    # (accord.libm; session 43): a prediction is then the same on every machine
    w = c_exp((top_score - top_score.max(axis=1, keepdims=True)) / settings.temperature)
    w /= w.sum(axis=1, keepdims=True)
    raw = np.take_along_axis(cos, top, axis=1)
    return top, w, raw


def _row_norms(rows: sp.csr_matrix) -> F64:
    return np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1), dtype=np.float64).ravel())


def carry_forward(
    history: History, docs: sp.csr_matrix, now: int, back: int
) -> tuple[NDArray[np.int8], F64]:
    """Each member's vote on the most similar roll call it voted on in the ``back`` sessions
    before ``now`` (TF-IDF cosine, ties to the earlier row), and that cosine: (q, m) votes with
    -1 where the member voted on none of them, (q, m) cosines (0 there).

    This is the "same resolution as last year" forecast that is so hard to beat on UN votes.
    The rows are unit TF-IDF vectors, so their cosine is their dot product: one sparse
    product gives what a brute-force cosine nearest-neighbour search computes (clipped and
    rounded alike), without importing scikit-learn on the path of every forecast.
    """
    q, m = docs.shape[0], history.votes.shape[1]
    recent = np.flatnonzero((history.session < now) & (history.session >= now - back))
    if recent.size == 0 or q == 0:
        return np.full((q, m), -1, dtype=np.int8), np.zeros((q, m))
    past = history.docs[recent]
    dot = np.asarray((docs @ past.T).toarray(), dtype=np.float64)  # (q, r)
    norms = np.outer(_row_norms(docs), _row_norms(past))  # stored rows are unit up to rounding
    sim = np.divide(dot, norms, out=np.zeros_like(dot), where=norms > 0)
    cos = np.round(1.0 - np.clip(1.0 - sim, 0.0, 2.0), 12)  # as 1 - cosine distance
    order = np.argsort(-cos, axis=1, kind="stable")  # ties -> the earlier roll call
    cos = np.take_along_axis(cos, order, axis=1)
    ranked = history.votes[recent][order]  # (q, r, m)
    has = ranked >= 0
    first = has.argmax(axis=1)  # (q, m)
    pick = np.take_along_axis(ranked, first[:, None, :], axis=1)[:, 0, :]
    voted = has.any(axis=1)
    vote = np.where(voted, pick, -1).astype(np.int8)
    sim = np.where(voted, np.take_along_axis(cos, first, axis=1), 0.0)
    return vote, sim


N_FEATURES = 20


def features(
    history: History,
    member: Member,
    docs: sp.csr_matrix,
    issues: NDArray[np.bool_],
    amend: NDArray[np.int8],
    allowed: NDArray[np.bool_],
    now: int,
    settings: Settings,
) -> tuple[F64, I64]:
    """(q, m, N_FEATURES) classifier inputs for ``q`` new roll calls and every member.

    Log-probabilities of the ideal-point, neighbour-vote, base-rate and issue forecasts (3
    each), the best text similarity, the carry-forward vote (one-hot; all zeros where the
    member voted on none of the roll calls searched), the same one-hot scaled by its
    similarity, and the amendment flag.

    "No carry-forward vote" is the one-hot's reference level, not a column of its own: a flag
    for it summed with the one-hot to the classifier's intercept (session 7: inputs and
    intercept had rank 21 of 22 in the rolling-origin training sets where the flag was ever 1,
    and the flag was a column of zeros in the others and in the shipped model's rows;
    docs/validation-unvotes.md).
    """
    top, w, raw = similarity(history, docs, issues, amend, allowed, now, settings)
    x = np.nan_to_num(member.x)  # unknown members sit at the origin
    eta = np.einsum("qkd,md->qkm", history.beta[top], x)
    p_items = irt.vote_probabilities(eta, history.c1[top][:, :, None], history.c2[top][:, :, None])
    p_irt = np.einsum("qk,qkmc->qmc", w, p_items)
    nv = history.votes[top]  # (q, k, m)
    onehot = (nv[..., None] == np.arange(3)).astype(np.float64)
    knn_counts = np.einsum("qk,qkmc->qmc", w, onehot)
    p_knn = (knn_counts + settings.smoothing * member.base[None]) / (
        knn_counts.sum(axis=2, keepdims=True) + settings.smoothing
    )
    qi = issues.astype(np.float64)
    n_iss = qi.sum(axis=1)
    p_issue = np.einsum("qi,mic->qmc", qi, member.issue) / np.maximum(n_iss, 1.0)[:, None, None]
    p_issue = np.where(n_iss[:, None, None] > 0, p_issue, member.base[None])
    q, m = top.shape[0], x.shape[0]
    best = raw.max(axis=1)[:, None, None] * np.ones((q, m, 1))
    cf_vote, cf_sim = carry_forward(history, docs, now, settings.carry_back)
    cf = (cf_vote[..., None] == np.arange(3)).astype(np.float64)  # (q, m, 3)
    floor = 1e-4
    out = np.concatenate(
        [
            c_log(np.maximum(p_irt, floor)),
            c_log(np.maximum(p_knn, floor)),
            c_log(np.broadcast_to(member.base[None], (q, m, 3))),
            c_log(np.maximum(p_issue, floor)),
            best,
            cf,
            cf * cf_sim[..., None],
            np.broadcast_to(amend.astype(np.float64)[:, None, None], (q, m, 1)),
        ],
        axis=2,
    )
    return out, top


def combine(feats: F64, weights: F64) -> F64:
    """Softmax of the classifier's linear scores: (q, m, 3)."""
    logits = feats @ weights[:, :-1].T + weights[:, -1]
    logits -= logits.max(axis=-1, keepdims=True)
    p = c_exp(logits)
    return np.asarray(p / p.sum(axis=-1, keepdims=True))


def fit_logistic(x: F64, y: NDArray[np.int8], c: float) -> LogisticRegression:
    """Multinomial logistic regression of ``y`` on ``x`` (scikit-learn, L2 penalty ``1/c``),
    solved to convergence: the one fit of the vote models (the combiner here, the followers
    model of :mod:`.followers`).

    Why this solver: L-BFGS at scikit-learn's default tolerance stops wherever the penalised
    optimum is flat, so near inputs gave weights 0.05 apart and the shipped files depended on
    the thread count (session 5). Newton steps with a Cholesky solve reach the optimum to 1e-10
    in a few iterations (the inputs are a few dense columns), so equal inputs give equal
    weights and near inputs near weights. One BLAS thread: the threaded Cholesky rounds
    differently (3e-13 on the bundled model's rows).
    """
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # sklearn dep

    clf = LogisticRegression(C=c, solver="newton-cholesky", tol=1e-10, max_iter=100)
    with threadpool_limits(limits=1):
        clf.fit(x, y)
    return clf


def fit_combiner(feats: F64, y: NDArray[np.int8], c: float) -> F64:
    """Multinomial logistic regression of votes on features (scikit-learn, L2 penalty ``1/c``),
    as weights (3, F + 1); a class absent from ``y`` gets a very low intercept.

    Solved to convergence so that the weights are a function of the inputs alone, whatever
    the solver's path or the machine's thread count (docs/unvotes.md, "Rebuilding").
    """
    weights = np.zeros((3, feats.shape[1] + 1))
    classes = np.unique(y)
    if classes.size < 2:
        weights[:, -1] = -30.0
        weights[int(classes[0]), -1] = 0.0
        return weights
    # Where every member voting had a vote to carry forward (the shipped model's rows), the
    # carry-forward one-hot still sums to the intercept: the penalty makes the optimum unique
    # but flat, which is why the solver matters (fit_logistic).
    clf = fit_logistic(feats, y, c)
    coef = clf.coef_ if classes.size > 2 else np.vstack([-clf.coef_, clf.coef_]) / 2
    icpt = clf.intercept_ if classes.size > 2 else np.array([-1, 1]) * clf.intercept_[0] / 2
    weights[:, -1] = -30.0
    for row, cls in enumerate(classes):
        weights[int(cls), :-1] = coef[row]
        weights[int(cls), -1] = icpt[row]
    return weights


def vote_matrix(rc: RollCalls) -> NDArray[np.int8]:
    votes = np.full((rc.n_calls, len(rc.members)), -1, dtype=np.int8)
    votes[rc.vote_call, rc.vote_member] = rc.vote
    return votes


def x_before(points: irt.IdealPoints, n_members: int, session: int, dims: int) -> F64:
    """Each member's ideal point in the last session before ``session`` (NaN if none)."""
    x = np.full((n_members, dims), np.nan)
    ok = points.cell_session < session
    order = np.flatnonzero(ok)[np.lexsort((points.cell_session[ok], points.cell_member[ok]))]
    x[points.cell_member[order]] = points.x[order]
    return x


def train(
    rc: RollCalls, settings: Settings | None = None, points: irt.IdealPoints | None = None
) -> Model:
    """Fit ideal points on all of ``rc`` (unless ``points`` are given, fitted to the same
    ``rc`` with the same settings), then the combiner on its last sessions."""
    s = settings or Settings()
    points = points or irt.fit(
        rc.vote_call,
        rc.vote_member,
        rc.vote,
        rc.session,
        len(rc.members),
        dims=s.dims,
        max_rounds=s.max_rounds,
        seed=s.seed,
    )
    vectorizer = Vectorizer.fit([rc.text(k) for k in range(rc.n_calls)])
    docs = vectorizer.transform([rc.text(k) for k in range(rc.n_calls)])
    votes = vote_matrix(rc)
    history = History(
        members=rc.members,
        session=rc.session,
        issues=rc.issues,
        amend=np.maximum(rc.amend, 0).astype(np.int8),
        c1=points.c1,
        c2=points.c2,
        beta=points.beta,
        votes=votes,
        docs=docs,
    )
    sessions = np.unique(rc.session)
    last = int(sessions[-1])
    stack = sessions[-s.stack_sessions :] if sessions.size > s.stack_sessions else sessions[1:]
    feats_all: list[F64] = []
    y_all: list[NDArray[np.int8]] = []
    for sess in stack:
        mine = np.flatnonzero(rc.session == sess)
        allowed = rc.session < sess
        if not allowed.any():
            continue
        base, issue, active = member_state(votes, rc.session, rc.issues, int(sess), s.window)
        state = Member(x_before(points, len(rc.members), int(sess), s.dims), base, issue, active)
        feats, _ = features(
            history, state, docs[mine], rc.issues[mine], history.amend[mine], allowed, int(sess), s
        )
        v = votes[mine]
        seen = v >= 0
        feats_all.append(feats[seen])
        y_all.append(v[seen])
    if feats_all:
        weights = fit_combiner(np.concatenate(feats_all), np.concatenate(y_all), s.c)
    else:  # a single session: no out-of-sample rows, fall back to the kNN forecast alone
        weights = np.zeros((3, N_FEATURES + 1))
        for k in range(3):
            weights[k, 3 + k] = 1.0
    base, issue, active = member_state(votes, rc.session, rc.issues, last + 1, s.window)
    x_now, _ = points.latest(len(rc.members))
    member = Member(x_now, base, issue, active)
    info = {"rounds": len(points.objective), "objective": points.objective[-1]}
    return Model(
        settings=s,
        history=history,
        member=member,
        vectorizer=vectorizer,
        weights=weights,
        last_session=last,
        trained_sessions=(int(sessions[0]), last),
        info=info,
    )


def issue_mask(codes: Sequence[str]) -> NDArray[np.bool_]:
    """Boolean row over :data:`ISSUES`; unknown codes raise DataError."""
    row = np.zeros(len(ISSUES), dtype=bool)
    for code in codes:
        c = code.strip().lower()
        if c not in ISSUES:
            raise DataError(f"issue code {code!r} is not one of {', '.join(ISSUES)}")
        row[ISSUES.index(c)] = True
    return row


__all__ = ["VOTES", "Model", "Settings", "issue_mask", "session_of", "train"]
