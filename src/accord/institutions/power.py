"""Exact a priori voting power: Shapley-Shubik, Banzhaf and a ternary (abstention) index.

A binary voting game here is a set of players with integer weights on one or more criteria and
a quota per criterion; a coalition wins when it reaches every quota and its size reaches a
count quota, or, alternatively, when its size reaches an "overwhelming" count (the EU Council's
blocking-minority clause). Vetoes become a criterion whose weight is 1 for each veto holder
and whose quota is their number; the alternative count does not set it aside (a blocking
minority outvotes no veto), a veto override's count does. This covers weighted majority games,
the Security Council and the EU Council's double majority.

Method: generating functions (Brams and Affuso 1976; Bilbao, Fernandez, Jimenez Losada and
Lopez 2000, "Generating functions for computing power indices efficiently", TOP 8(2)). For each
player type (players with identical weights are computed once) we build, by dynamic programming
over the players, the number of coalitions of the *other* players with each size and each
weight total; weight totals are capped at the quota (only "reached or not" matters), which keeps
the lattice small. A player swings a coalition S of others when S loses and S with it wins;
with s_c the number of swings of size c,

    Shapley-Shubik:  phi_i = sum_c s_c * c! (n-1-c)! / n!      (Shapley and Shubik 1954)
    Banzhaf:         eta_i = sum_c s_c,  beta'_i = eta_i / 2^(n-1) (Penrose 1946, raw),
                     beta_i = eta_i / sum_j eta_j               (Banzhaf 1965, normalised).

Counts are exact (NumPy int64 while 2^(n-1) fits, Python integers in object arrays beyond);
indices are :class:`fractions.Fraction`.

The ternary index follows Felsenthal and Machover (1997, "Ternary voting games", International
Journal of Game Theory 26: 335-351; 1998, *The Measurement of Voting Power*, ch. 8): in a
roll-call every voter is called in a random order and votes yes, abstain or no with equal
probability; the pivot is the voter whose vote settles the outcome whatever the later voters
do. A voter's index is the probability of being the pivot; the indices sum to 1.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import numbers
import os
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypedDict

import numpy as np
from numpy.typing import NDArray

from accord.errors import AccordError, AccordWarning
from accord.institutions.rules import (
    MEMBERS,
    Body,
    Member,
    Rule,
    Vote,
    base_total,
    holds,
    quota,
)
from accord.results import KeyedResult

if TYPE_CHECKING:
    import pandas as pd

INT64_PLAYERS = 62
"""Coalition counts stay below 2^62 with at most this many players: int64 is exact."""

MAX_LATTICE = 20_000_000
"""Largest number of lattice cells a power computation may allocate."""


@dataclass(frozen=True)
class Game:
    """A binary voting game: weights per criterion, quotas, count quota, alternative count."""

    players: tuple[str, ...]
    weights: NDArray[np.int64]  # (n, d) non-negative integer weights per criterion
    quotas: tuple[int, ...]  # (d,) quota per criterion
    count_quota: int = 0  # a winning coalition has at least this many members
    alternative: int | None = None  # ... or wins anyway with at least this many members
    veto: int | None = None  # the criterion (column) of the veto holders, which the
    # alternative does not set aside (a blocking-minority clause outvotes no veto)
    veto_override: int | None = None  # ... but a coalition of this many members does

    def __post_init__(self) -> None:
        n = len(self.players)
        if n == 0:
            raise AccordError("a voting game needs at least one player")
        if len(set(self.players)) != n:
            raise AccordError(f"players must have distinct names (got {list(self.players)})")
        w = np.asarray(self.weights)
        if w.ndim != 2 or w.shape[0] != n or w.shape[1] != len(self.quotas):
            raise AccordError(
                f"weights must be (players, criteria) = ({n}, {len(self.quotas)}); got {w.shape}"
            )
        if (w < 0).any():
            raise AccordError("weights must be non-negative integers")
        if any(q < 0 for q in self.quotas) or self.count_quota < 0:
            raise AccordError("quotas must be non-negative")
        if self.veto is not None and not 0 <= self.veto < len(self.quotas):
            raise AccordError(f"veto must name a criterion, 0 to {len(self.quotas) - 1}")

    @property
    def n(self) -> int:
        return len(self.players)

    def wins(self, coalition: Sequence[int]) -> bool:
        """Whether the coalition (a sequence of player indices) wins."""
        members = sorted(set(int(i) for i in coalition))
        size = len(members)
        totals = np.asarray(self.weights)[members].sum(axis=0)
        reached = [int(t) >= q for t, q in zip(totals, self.quotas, strict=True)]
        veto_ok = True
        if self.veto is not None:
            veto_ok = reached.pop(self.veto) or (
                self.veto_override is not None and size >= self.veto_override
            )
        rest = size >= self.count_quota and all(reached)
        if self.alternative is not None and size >= self.alternative:
            rest = True
        return veto_ok and rest


def _whole(value: object) -> bool:
    """A whole number (``3``, ``3.0``, NumPy's), not NaN, text or a boolean."""
    return (
        isinstance(value, numbers.Real)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value == math.floor(value)
    )


def weighted_game(quota_: int, weights: Sequence[int], names: Sequence[str] | None = None) -> Game:
    """The weighted majority game [q; w_1, ..., w_n] (a coalition wins with weight >= q)."""
    if names is None:
        names = [f"P{k + 1}" for k in range(len(weights))]
    if len(names) != len(weights):
        raise AccordError(f"{len(names)} names for {len(weights)} weights")
    if not all(_whole(w) and w >= 0 for w in weights):
        raise AccordError(f"weights must be non-negative integers (got {list(weights)})")
    if not _whole(quota_) or quota_ <= 0:
        raise AccordError(f"the quota must be a positive whole number (got {quota_!r})")
    total = sum(int(x) for x in weights)
    if total > MAX_TOTAL_WEIGHT:
        raise AccordError(
            f"the weights add up to {total}, above the {MAX_TOTAL_WEIGHT:,} that exact indices"
            " can handle (the work grows with the total weight); express the weights in"
            " coarser units"
        )
    w = np.asarray([[int(x)] for x in weights], dtype=np.int64).reshape(len(weights), 1)
    if total < quota_:
        warnings.warn(
            f"no coalition can win: the quota {quota_} exceeds the total weight {total};"
            " every player's power is 0",
            AccordWarning,
            stacklevel=2,
        )
    # A quota above the total weight is reached by no coalition, exactly as total + 1 is; the
    # packed polynomials would otherwise size their windows by the quota (the fuzzing suite's
    # quota of 10**20 ended in "OverflowError: too many digits in integer").
    return Game(tuple(names), w, (min(int(quota_), total + 1),))


def game_from_rule(
    players: Sequence[str],
    rule: Rule,
    weights: Mapping[str, Mapping[str, int]] | None = None,
    tags: Mapping[str, Sequence[str]] | None = None,
) -> Game:
    """The binary game of a rule when every member votes yes or no (nobody abstains).

    With everybody voting, every base (members, present, present and voting) is the whole
    body, so each share becomes a fixed quota; vetoes become a criterion that needs all veto
    holders (set aside by a coalition of ``veto_override`` members; never by the
    blocking-minority clause, as in :func:`~accord.institutions.rules.decide`);
    ``max_against`` becomes a count quota on the yes side.
    """
    weights = weights or {}
    tags = tags or {}
    n = len(players)
    count_quota = 0
    columns: list[list[int]] = []
    quotas: list[int] = []
    for criterion in rule.criteria:
        if criterion.measure == MEMBERS:
            count_quota = max(count_quota, quota(criterion, n))
            continue
        column = [int(weights[p][criterion.measure]) for p in players]
        columns.append(column)
        quotas.append(quota(criterion, sum(column)))
    if rule.max_against is not None:
        count_quota = max(count_quota, n - rule.max_against)
    veto = None
    if rule.veto_tag is not None:
        column = [1 if rule.veto_tag in tags.get(p, ()) else 0 for p in players]
        if any(column):
            veto = len(columns)
            columns.append(column)
            quotas.append(sum(column))
    alternative = None if rule.blocking_minority is None else n - rule.blocking_minority + 1
    w = np.asarray(columns, dtype=np.int64).T.reshape(n, len(columns))
    override = rule.veto_override if veto is not None else None
    return Game(tuple(players), w, tuple(quotas), count_quota, alternative, veto, override)


def game_from_body(body: Body, kind: str | None = None, date: dt.date | None = None) -> Game:
    """The binary game of ``body``'s rule for ``kind`` (default: its ``default_kind``) among
    its members on ``date``: everyone votes yes or no, each share becomes a fixed quota and a
    veto a criterion needing every veto holder; :func:`shapley_shubik` and :func:`banzhaf`
    take it."""
    members = body.members_on(date)
    return game_from_rule(
        [m.code for m in members],
        body.rule(kind),
        {m.code: m.weights for m in members},
        {m.code: m.tags for m in members},
    )


# Generating functions -----------------------------------------------------------------------


def _shift_saturating(a: NDArray[Any], by: int, axis: int, cap: int) -> NDArray[Any]:
    """Move entries ``by`` places up ``axis``; whatever passes ``cap`` piles up at ``cap``."""
    if by == 0:
        return a.copy()
    out = np.zeros_like(a)
    src = [slice(None)] * a.ndim
    dst = [slice(None)] * a.ndim
    if by <= cap:
        src[axis], dst[axis] = slice(0, cap + 1 - by), slice(by, cap + 1)
        out[tuple(dst)] = a[tuple(src)]
        src[axis] = slice(cap + 1 - by, cap + 1)
    else:
        src[axis] = slice(None)
    dst[axis] = cap  # type: ignore[call-overload]
    out[tuple(dst)] += a[tuple(src)].sum(axis=axis)
    return out


def _add_player(f: NDArray[Any], weight: Sequence[int], caps: Sequence[int]) -> NDArray[Any]:
    """Multiply the generating function by (1 + x * y^w): the player joins or not."""
    joined = np.zeros_like(f)
    joined[1:] = f[:-1]
    for k, (w, cap) in enumerate(zip(weight, caps, strict=True)):
        joined = _shift_saturating(joined, int(w), k + 1, cap)
    out: NDArray[Any] = f + joined
    return out


def _win_lattice(game: Game) -> NDArray[np.bool_]:
    """win[c, v_1, ..., v_d]: a coalition of size c with (capped) weight totals v wins."""
    caps = game.quotas
    grids = np.meshgrid(
        np.arange(game.n + 1), *[np.arange(q + 1) for q in caps], indexing="ij", sparse=True
    )
    win = grids[0] >= game.count_quota
    for k, q in enumerate(caps):
        if k != game.veto:
            win = win & (grids[k + 1] >= q)
    if game.alternative is not None:
        win = win | (grids[0] >= game.alternative)
    if game.veto is not None:
        veto_ok = grids[game.veto + 1] >= caps[game.veto]
        if game.veto_override is not None:
            veto_ok = veto_ok | (grids[0] >= game.veto_override)
        win = win & veto_ok
    return np.broadcast_to(win, (game.n + 1, *(q + 1 for q in caps))).copy()


class SwingCounts(KeyedResult[list[int]]):
    """Player -> its swings by size of the coalition of others it joins (index ``c``: ``c``
    others), the counts both power indices are built from.

    Examples
    --------
    >>> counts = swing_counts(weighted_game(3, [2, 1, 1], ["A", "B", "C"]))
    >>> counts["A"], counts.to_frame().query("player == 'A'")["swings"].tolist()
    ([0, 2, 1], [0, 2, 1])
    """

    key = "player"

    def to_frame(self) -> pd.DataFrame:
        """One row per player and coalition size: ``player, size, swings``."""
        import pandas as pd

        rows = [
            {"player": player, "size": size, "swings": n}
            for player, counts in self.items()
            for size, n in enumerate(counts)
        ]
        return pd.DataFrame(rows, columns=["player", "size", "swings"])


def swing_counts(game: Game) -> SwingCounts:
    """For each player, the number of swings by size of the coalition of others it joins.

    Games with at most one weight criterion use packed big-integer polynomials
    (:func:`_swings_packed`); games with several use the capped lattice.
    """
    if len(game.quotas) <= 1:
        return SwingCounts(_swings_packed(game))
    return SwingCounts(_swings_lattice(game))


def _swings_packed(game: Game) -> dict[str, list[int]]:
    """Swings of a game with one weight criterion (or none), by packed generating functions.

    Row c of the generating function (coalitions of size c, by weight) is stored as one Python
    integer whose B-bit digits are the coefficients (Kronecker substitution; B exceeds n bits,
    so no digit overflows). Adding a player of weight w adds row c-1 shifted by w digits to
    row c; removing one (to get "all the others") is the exact inverse,
    G_c = F_c - G_{c-1} * y^w. For a size c the winning weights form a threshold tau(c), so
    a player of weight w swings exactly the coalitions of size c with weight in
    [tau(c+1) - w, tau(c) - 1], a window of digits.
    """
    n = game.n
    weights = [int(x) for x in np.asarray(game.weights)[:, 0]] if game.quotas else [0] * n
    q = game.quotas[0] if game.quotas else 0
    total_weight = sum(weights)
    bits = 8 * ((n + 9) // 8)
    never = total_weight + 1

    def tau(c: int) -> int:
        rest = c >= game.count_quota or (game.alternative is not None and c >= game.alternative)
        if game.veto is None:  # the one criterion is a weight: the alternative sets it aside
            if game.alternative is not None and c >= game.alternative:
                return 0
            return q if c >= game.count_quota else never
        # the one criterion is the veto holders': only an override sets it aside
        if not rest:
            return never
        return 0 if game.veto_override is not None and c >= game.veto_override else q

    rows = [0] * (n + 1)
    rows[0] = 1
    for j, w in enumerate(weights):
        shift = w * bits
        for c in range(j + 1, 0, -1):
            rows[c] += rows[c - 1] << shift
    out: dict[str, list[int]] = {}
    done: dict[int, list[int]] = {}
    for i, w in enumerate(weights):
        if w not in done:
            shift = w * bits
            others = [1] + [0] * (n - 1)
            for c in range(1, n):
                others[c] = rows[c] - (others[c - 1] << shift)
            counts = []
            for c in range(n):
                lo, hi = max(tau(c + 1) - w, 0), min(tau(c) - 1, total_weight)
                if lo > hi or tau(c + 1) == never:
                    counts.append(0)
                    continue
                window = (others[c] >> (lo * bits)) & ((1 << ((hi - lo + 1) * bits)) - 1)
                raw = window.to_bytes((hi - lo + 1) * bits // 8, "little")
                step = bits // 8
                counts.append(
                    sum(
                        int.from_bytes(raw[k : k + step], "little")
                        for k in range(0, len(raw), step)
                    )
                    if window
                    else 0
                )
            done[w] = counts
        out[game.players[i]] = done[w]
    return out


def _banzhaf_weighted(game: Game) -> dict[str, int]:
    """Banzhaf swings of a weighted majority game from one packed polynomial.

    P(y) = prod_j (1 + y^{w_j}) evaluated at y = 2^B is one integer; the others' polynomial of
    a player of weight w is P / (1 + y^w), and since every coefficient fits in B bits the
    division of the packed integers is exact. Swings are the coefficients of y^{q-w}..y^{q-1}.
    """
    n = game.n
    weights = [int(x) for x in np.asarray(game.weights)[:, 0]]
    q = game.quotas[0]
    bits = 8 * ((n + 9) // 8)
    step = bits // 8
    packed = 1
    for w in weights:
        packed += packed << (w * bits)
    done: dict[int, int] = {}
    out: dict[str, int] = {}
    for i, w in enumerate(weights):
        if w not in done:
            lo, hi = max(q - w, 0), q - 1
            if hi < lo:
                done[w] = 0
            else:
                window = _window(packed, w, bits, lo, hi)
                raw = window.to_bytes((hi - lo + 1) * step, "little")
                done[w] = sum(
                    int.from_bytes(raw[k : k + step], "little") for k in range(0, len(raw), step)
                )
        out[game.players[i]] = done[w]
    return out


def _window(packed: int, w: int, bits: int, lo: int, hi: int) -> int:
    """Digits lo..hi of packed / (1 + y^w), the polynomial of the others of a weight-w player.

    With G = P / (1 + y^w), G[v] = P[v] - G[v - w]: in blocks of w digits, each block of G is
    the block of P minus the previous block of G (exact, as every digit fits). Only the blocks
    up to digit ``hi`` are computed, so the cost is linear in hi, not quadratic as a long
    division of the whole packed integer would be.
    """
    mask = (1 << ((hi - lo + 1) * bits)) - 1
    if w == 0:
        return ((packed >> 1) >> (lo * bits)) & mask
    size = w * bits
    width = size // 8  # bits is a multiple of 8
    count = hi // w + 1
    raw = (packed & ((1 << (count * size)) - 1)).to_bytes(count * width, "little")
    previous = 0
    blocks: list[int] = []
    for k in range(count):
        current = int.from_bytes(raw[k * width : (k + 1) * width], "little") - previous
        blocks.append(current)
        previous = current
    first = lo // w
    joined = 0
    for k in range(len(blocks) - 1, first - 1, -1):
        joined = (joined << size) | blocks[k]
    return (joined >> ((lo - first * w) * bits)) & mask


def _swings_lattice(game: Game) -> dict[str, list[int]]:
    """Swings by dynamic programming over the capped (size, weights...) lattice."""
    n, caps = game.n, game.quotas
    cells = (n + 1) * math.prod(q + 1 for q in caps)
    if cells > MAX_LATTICE:
        raise AccordError(
            f"this game needs a lattice of {cells:,} cells (quotas {list(caps)}); express "
            "the weights in coarser units"
        )
    dtype: Any = np.int64 if n <= INT64_PLAYERS else object
    win = _win_lattice(game)
    weights = np.asarray(game.weights)
    types: dict[tuple[int, ...], list[int]] = {}
    for i in range(n):
        types.setdefault(tuple(int(x) for x in weights[i]), []).append(i)
    out: dict[str, list[int]] = {}
    for weight, members in types.items():
        f = np.zeros((n + 1, *(q + 1 for q in caps)), dtype=dtype)
        f[(0,) * f.ndim] = 1
        skip = members[0]
        for j in range(n):
            if j != skip:
                f = _add_player(f, weights[j], caps)
        # S loses, S + i wins. win_with[c, v] = win[c + 1, min(v + w, q)].
        win_with = np.zeros_like(win)
        shifted = win[1:]
        for k, (w, cap) in enumerate(zip(weight, caps, strict=True)):
            idx = np.minimum(np.arange(cap + 1) + w, cap)
            shifted = np.take(shifted, idx, axis=k + 1)
        win_with[:-1] = shifted
        swing = win_with & ~win
        masked = np.where(swing, f, 0).astype(dtype)
        by_size = masked.reshape(n + 1, -1).sum(axis=1)
        counts = [int(x) for x in by_size[:n]]
        for i in members:
            out[game.players[i]] = counts
    return out


class _Whose(TypedDict):
    body: str | None
    kind: str | None
    date: str | None


def _whose(body: Body, kind: str | None, date: dt.date | None) -> _Whose:
    """The fields naming a result's body, rule kind and membership date (the date only where
    the body's membership is dated), for :meth:`PowerIndices.of_body` and
    :meth:`SampledIndices.of_body`."""
    when = date or body.default_date
    return _Whose(
        body=body.id,
        kind=kind or body.default_kind,
        date=when.isoformat() if when is not None and body.years() else None,
    )


@dataclass(frozen=True)
class PowerIndices:
    """Exact indices of one game (values by player, as fractions)."""

    index: str
    values: dict[str, Fraction]
    swings: dict[str, int] | None = None
    raw: dict[str, Fraction] | None = None
    body: str | None = None
    """The body's id where the game is a body's (since session 37; None for a weighted game)."""
    kind: str | None = None
    """The kind of decision whose rule was used (with ``body``)."""
    date: str | None = None
    """The ISO date of the membership used, for a body whose membership changes (with
    ``body``; None for a body without dated members)."""

    def to_dict(self) -> dict[str, Any]:
        """The ``accord power --json`` document's keys (docs/institutions.md), ending with the
        ``"accord"`` block (:func:`accord.provenance.provenance`, since session 35); a body's
        ``body``, ``kind`` and (where its membership is dated) ``date`` before it."""
        from accord.provenance import provenance

        out: dict[str, Any] = {
            "index": self.index,
            "values": {k: float(v) for k, v in self.values.items()},
            "exact": {k: _frac(v) for k, v in self.values.items()},
        }
        if self.swings is not None:
            out["swings"] = dict(self.swings)
        if self.raw is not None:
            out["raw"] = {k: float(v) for k, v in self.raw.items()}
            out["raw_exact"] = {k: _frac(v) for k, v in self.raw.items()}
        if self.body is not None:
            out |= {"body": self.body, "kind": self.kind}
            if self.date is not None:
                out["date"] = self.date
        out["accord"] = dict(provenance())  # which code computed them (session 35); a copy (s45)
        return out

    def of_body(self, body: Body, kind: str | None, date: dt.date | None) -> PowerIndices:
        """The same indices saying whose they are: the body, the rule's kind and, where the
        body's membership is dated, the date of the members (``date`` or its default)."""
        return replace(self, **_whose(body, kind, date))

    def to_frame(self) -> pd.DataFrame:
        """One row per player (a pandas DataFrame); see :func:`accord.frames.power_frame`."""
        from accord.frames import power_frame

        return power_frame(self)

    def __repr__(self) -> str:
        top = sorted(self.values.items(), key=lambda kv: -kv[1])[:3]
        shown = ", ".join(f"{k}={float(v):.3f}" for k, v in top)
        more = f", ... {len(self.values) - 3} more" if len(self.values) > 3 else ""
        return f"PowerIndices({self.index!r}, {shown}{more})"


def _frac(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def shapley_shubik(game: Game) -> PowerIndices:
    """Shapley-Shubik index: the share of orderings in which a player is pivotal."""
    n = game.n
    counts = swing_counts(game)
    total = math.factorial(n)
    weights = [math.factorial(c) * math.factorial(n - 1 - c) for c in range(n)]
    values = {
        p: Fraction(sum(s * w for s, w in zip(counts[p], weights, strict=True)), total)
        for p in game.players
    }
    return PowerIndices("shapley-shubik", values)


def banzhaf(game: Game) -> PowerIndices:
    """Banzhaf index: normalised swings; ``raw`` is the Penrose measure eta_i / 2^(n-1)."""
    if (
        len(game.quotas) == 1
        and game.count_quota == 0
        and game.alternative is None
        and game.veto_override is None
    ):
        swings = _banzhaf_weighted(game)
    else:
        counts = swing_counts(game)
        swings = {p: sum(counts[p]) for p in game.players}
    total = sum(swings.values())
    values = {p: Fraction(s, total) if total else Fraction(0) for p, s in swings.items()}
    raw = {p: Fraction(s, 2 ** (game.n - 1)) for p, s in swings.items()}
    return PowerIndices("banzhaf", values, swings, raw)


INDICES: dict[str, Callable[[Game], PowerIndices]] = {
    "shapley-shubik": shapley_shubik,
    "banzhaf": banzhaf,
}


def power(game: Game, index: str = "shapley-shubik") -> PowerIndices:
    try:
        fn = INDICES[index]
    except KeyError:
        raise AccordError(
            f"unknown power index {index!r}; choose from {', '.join(INDICES)}"
            + (" (ternary: for a body's rule, not a weighted game)" if "ternary" in index else "")
        ) from None
    check_cost(game, index)
    return fn(game)


# Sampled indices (Monte Carlo) --------------------------------------------------------------


SAMPLE_CELLS = 4_000_000
"""Most (sample, player, criterion) cells one chunk of a sampled index holds at once."""


def _wins_many(game: Game, sizes: NDArray[Any], totals: NDArray[Any]) -> NDArray[np.bool_]:
    """:meth:`Game.wins` over arrays: coalition ``sizes`` (...) with weight ``totals`` (..., d)."""
    reached = totals >= np.asarray(game.quotas, dtype=np.int64)
    veto_ok: Any = True
    if game.veto is not None:
        veto_ok = reached[..., game.veto]
        if game.veto_override is not None:
            veto_ok = veto_ok | (sizes >= game.veto_override)
        reached = np.delete(reached, game.veto, axis=-1)
    rest = (sizes >= game.count_quota) & reached.all(axis=-1)
    if game.alternative is not None:
        rest = rest | (sizes >= game.alternative)
    out: NDArray[np.bool_] = rest & veto_ok
    return out


@dataclass(frozen=True)
class SampledIndices:
    """Power indices estimated from random samples, with their standard errors and the seed
    that draws the same samples again (``accord power --samples N --seed S``; session 37).

    Shapley-Shubik: the share of ``samples`` random orders in which each member is pivotal.
    Banzhaf: in ``samples`` random coalitions (each member in or out by a fair coin), the share
    in which each member swings the coalition of the others (``raw``, the Penrose measure's
    estimate); ``values`` divides them by their sum. ``stderr`` is the binomial standard error
    sqrt(p (1 - p) / samples) of each share (for Banzhaf's normalised values, the raw one's
    divided by the sum of the raw values, leaving out the sum's own error).
    """

    index: str
    values: dict[str, float]
    stderr: dict[str, float]
    samples: int
    seed: int
    raw: dict[str, float] | None = None
    raw_stderr: dict[str, float] | None = None
    body: str | None = None
    kind: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``accord power --samples N --json``: the estimates, their standard errors, the
        number of samples and the seed, then (for a body) ``body, kind, date``, then the
        ``"accord"`` block."""
        from accord.provenance import provenance

        out: dict[str, Any] = {
            "index": self.index,
            "values": dict(self.values),
            "stderr": dict(self.stderr),
            "samples": self.samples,
            "seed": self.seed,
        }
        if self.raw is not None and self.raw_stderr is not None:
            out |= {"raw": dict(self.raw), "raw_stderr": dict(self.raw_stderr)}
        if self.body is not None:
            out |= {"body": self.body, "kind": self.kind}
            if self.date is not None:
                out["date"] = self.date
        out["accord"] = dict(provenance())  # a copy: a caller may change its document (s45)
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per player: ``player, index, value, stderr, samples, seed`` (Banzhaf:
        ``raw, raw_stderr``), for a body ``body, kind, date``, then ``accord_version``."""
        import pandas as pd

        from accord.provenance import version_string

        rows = []
        for player, value in self.values.items():
            row: dict[str, Any] = {
                "player": player,
                "index": self.index,
                "value": value,
                "stderr": self.stderr[player],
                "samples": self.samples,
                "seed": self.seed,
            }
            if self.raw is not None and self.raw_stderr is not None:
                row |= {"raw": self.raw[player], "raw_stderr": self.raw_stderr[player]}
            if self.body is not None:
                row |= {"body": self.body, "kind": self.kind, "date": self.date}
            row["accord_version"] = version_string()
            rows.append(row)
        return pd.DataFrame(rows)

    def of_body(self, body: Body, kind: str | None, date: dt.date | None) -> SampledIndices:
        """The same estimates saying whose they are (as :meth:`PowerIndices.of_body`)."""
        return replace(self, **_whose(body, kind, date))

    def __repr__(self) -> str:
        top = sorted(self.values.items(), key=lambda kv: -kv[1])[:3]
        shown = ", ".join(f"{k}={v:.3f}" for k, v in top)
        more = f", ... {len(self.values) - 3} more" if len(self.values) > 3 else ""
        return (
            f"SampledIndices({self.index!r}, {shown}{more}; samples={self.samples}, "
            f"seed={self.seed})"
        )


def sampled_power(
    game: Game, index: str = "shapley-shubik", samples: int = 10_000, seed: int | None = None
) -> SampledIndices:
    """Shapley-Shubik or Banzhaf estimated from ``samples`` random orders or coalitions, for
    games too large to compute exactly in the time allowed (:func:`check_cost`). Without a
    ``seed`` one is drawn and recorded, so the same estimate can be made again.

    Examples
    --------
    >>> est = sampled_power(weighted_game(39, [7] * 5 + [1] * 10), samples=20_000, seed=1)
    >>> abs(est.values["P1"] - 421 / 2145) < 3 * est.stderr["P1"], est.seed
    (True, 1)
    """
    from accord.limits import check_seed

    if index not in INDICES:
        raise AccordError(
            f"unknown power index {index!r} for sampling; choose from {', '.join(INDICES)}"
        )
    if isinstance(samples, bool) or not isinstance(samples, numbers.Integral) or samples < 1:
        raise AccordError(f"samples must be a whole number of at least 1 (got {samples!r})")
    if seed is None:
        import secrets

        seed = secrets.randbits(63)
    seed = check_seed(seed) or 0
    rng = np.random.default_rng(seed)
    n = game.n
    weights = np.asarray(game.weights, dtype=np.int64).reshape(n, len(game.quotas))
    d = max(len(game.quotas), 1)
    chunk = max(1, SAMPLE_CELLS // (n * d))
    counts = np.zeros(n, dtype=np.int64)
    done = 0
    while done < samples:
        m = min(chunk, samples - done)
        if index == "shapley-shubik":
            orders = rng.permuted(np.tile(np.arange(n), (m, 1)), axis=1)
            totals = np.cumsum(weights[orders], axis=1)  # (m, n, d)
            sizes = np.arange(1, n + 1)[None, :]
            win = _wins_many(game, sizes, totals)
            has = win.any(axis=1)
            first = win.argmax(axis=1)
            pivots = orders[np.arange(m), first][has]
            counts += np.bincount(pivots, minlength=n)
        else:
            inside = rng.random((m, n)) < 0.5
            totals = inside.astype(np.int64) @ weights  # (m, d)
            size = inside.sum(axis=1)
            out_i = ~inside
            with_i = totals[:, None, :] + weights[None, :, :] * out_i[:, :, None]
            without_i = totals[:, None, :] - weights[None, :, :] * inside[:, :, None]
            swing = _wins_many(game, (size[:, None] + out_i), with_i) & ~_wins_many(
                game, (size[:, None] - inside), without_i
            )
            counts += swing.sum(axis=0)
        done += m
    share = counts / samples
    error = np.sqrt(share * (1 - share) / samples)

    def by_player(values: NDArray[np.float64]) -> dict[str, float]:
        return {p: float(v) for p, v in zip(game.players, values, strict=True)}

    if index == "shapley-shubik":
        return SampledIndices(index, by_player(share), by_player(error), int(samples), seed)
    total = float(share.sum())
    values = share / total if total > 0 else share
    value_error = error / total if total > 0 else error
    return SampledIndices(
        index,
        by_player(values),
        by_player(value_error),
        int(samples),
        seed,
        by_player(share),
        by_player(error),
    )


MAX_TOTAL_WEIGHT = 2**62 - 1
"""Weights are stored as int64; totals above this could not be summed exactly."""

_SECONDS_PER_BIT = {"banzhaf": 3.6e-10, "shapley-shubik": 8.0e-11}
"""Measured cost of the packed generating functions (docs/reliability.md): Banzhaf of a
weighted game touches about n * n * W bits, the size-resolved polynomials about n**3 * W."""


def estimated_cost(game: Game, index: str) -> tuple[float, float]:
    """(seconds, bytes) an exact index of a one-criterion game is expected to need."""
    n = game.n
    total = int(np.asarray(game.weights).sum()) if game.quotas else 0
    width = max(total, 1) * 8 * ((n + 9) // 8)  # bits of one packed polynomial
    simple = (
        index == "banzhaf"
        and game.count_quota == 0
        and game.alternative is None
        and game.veto_override is None
    )
    if simple:
        return _SECONDS_PER_BIT["banzhaf"] * n * width, width / 8 * 4
    return _SECONDS_PER_BIT["shapley-shubik"] * n * n * width, (n + 1) * width / 8 * 2


def max_power_seconds() -> float:
    raw = os.environ.get("ACCORD_MAX_POWER_SECONDS", "").strip()
    try:
        return float(raw) if raw else 60.0
    except ValueError:
        raise AccordError(f"ACCORD_MAX_POWER_SECONDS: expected seconds (got {raw!r})") from None


def check_cost(game: Game, index: str) -> None:
    """Refuse, with what it would need, an exact computation expected to exceed the limit."""
    if len(game.quotas) > 1:
        return  # the lattice path bounds itself (MAX_LATTICE)
    seconds, size = estimated_cost(game, index)
    limit = max_power_seconds()
    if seconds > limit:
        raise AccordError(
            f"exact {index} power of {game.n} players with total weight"
            f" {int(np.asarray(game.weights).sum())} would take about {_duration(seconds)}"
            f" and {size / 1024**3:.1f} GiB of memory (limit {limit:g} s); express the weights"
            " in coarser units, set ACCORD_MAX_POWER_SECONDS to wait longer, or estimate it"
            " from random samples (accord power --samples N --seed S)"
        )


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.0f} h"
    return f"{seconds / 86400:.3g} days"


# Brute force (for tests and small games) ----------------------------------------------------


def brute_force(game: Game) -> tuple[dict[str, Fraction], dict[str, int]]:
    """Shapley-Shubik values and Banzhaf swing counts by enumerating all coalitions."""
    n = game.n
    if n > 16:
        raise AccordError("brute force is for games of at most 16 players")
    wins = {}
    for bits in range(1 << n):
        wins[bits] = game.wins([i for i in range(n) if bits >> i & 1])
    ss = dict.fromkeys(game.players, Fraction(0))
    bz = dict.fromkeys(game.players, 0)
    total = math.factorial(n)
    for bits in range(1 << n):
        size = bits.bit_count()
        for i in range(n):
            if not bits >> i & 1 and not wins[bits] and wins[bits | 1 << i]:
                p = game.players[i]
                bz[p] += 1
                ss[p] += Fraction(math.factorial(size) * math.factorial(n - 1 - size), total)
    return ss, bz


# Ternary (abstention-aware) index -------------------------------------------------------------


@dataclass(frozen=True)
class _Type:
    members: tuple[str, ...]
    weights: dict[str, int]
    veto: bool


def _types(rule: Rule, members: Sequence[Member]) -> list[_Type]:
    """The members grouped by their weights on the rule's measures and their veto, in order of
    first appearance: the ternary indices enumerate votes per type, not per member."""
    measures = sorted({c.measure for c in rule.criteria} - {MEMBERS})
    groups: dict[tuple[tuple[int, ...], bool], list[str]] = {}
    for m in members:
        veto = rule.veto_tag is not None and rule.veto_tag in m.tags
        groups.setdefault((tuple(m.weights[k] for k in measures), veto), []).append(m.code)
    return [
        _Type(tuple(codes), dict(zip(measures, weights, strict=True)), veto)
        for (weights, veto), codes in groups.items()
    ]


TERNARY_LIMIT = 2_000_000
"""The most vote compositions (by type of member) the exact ternary indices enumerate."""


def _ternary_size(body: Body, types: list[_Type], n: int, compositions: int) -> None:
    """Refuse a ternary index with more than :data:`TERNARY_LIMIT` vote compositions, saying
    why and what to do (session 38's trial: eu-council, whose 27 members all have different
    populations, was refused as having "too many vote compositions" and no more;
    ``ternary_penrose`` had no limit and set out on 3^26 compositions a member)."""
    if compositions > TERNARY_LIMIT:
        raise AccordError(
            f"the ternary index of {body.id} has too many vote compositions to enumerate "
            f"({compositions:,} over the limit of {TERNARY_LIMIT:,}): it enumerates votes by "
            f"type of member (members with equal weights and veto), and its {n} members form "
            f"{len(types)} types; it is exact only (no --samples), so it serves bodies with "
            "few types of member such as unsc; use --index shapley-shubik or banzhaf here"
        )


def ternary_shapley_shubik(
    body: Body, kind: str | None = None, date: dt.date | None = None
) -> PowerIndices:
    """Felsenthal-Machover roll-call index for a body's rule with yes / abstain / no votes.

    Members with equal weights and veto status form a type; the prefix of voters before the
    pivot is enumerated by type compositions (how many of each type voted yes, abstain, no),
    each with its exact probability under a uniformly random order and independent uniform
    votes. The outcome is settled after a prefix when letting all later voters vote yes and
    letting them all vote no give the same result (the rule is monotone in no < abstain < yes).
    """
    rule = body.rule(kind)
    members = body.members_on(date)
    n = len(members)
    types = _types(rule, members)
    _ternary_size(body, types, n, math.prod(math.comb(len(t.members) + 3, 3) for t in types))

    def settled(comp: list[tuple[int, int, int]], remaining: list[int]) -> bool | None:
        hi = _passes(
            rule, types, [(y + r, a, no) for (y, a, no), r in zip(comp, remaining, strict=True)], n
        )
        lo = _passes(
            rule, types, [(y, a, no + r) for (y, a, no), r in zip(comp, remaining, strict=True)], n
        )
        return hi if hi == lo else None

    values: dict[str, Fraction] = {}
    third = Fraction(1, 3)
    for t_index, t in enumerate(types):
        others = [len(u.members) - (1 if k == t_index else 0) for k, u in enumerate(types)]
        per_type = [list(_compositions(m)) for m in others]
        total = Fraction(0)
        for comp in itertools.product(*per_type):
            k = sum(sum(c) for c in comp)
            ways = math.prod(
                math.comb(m, sum(c))
                * math.factorial(sum(c))
                // (math.factorial(c[0]) * math.factorial(c[1]) * math.factorial(c[2]))
                for m, c in zip(others, comp, strict=True)
            )
            remaining = [m - sum(c) for m, c in zip(others, comp, strict=True)]
            if (
                settled(
                    list(comp), [r + (1 if j == t_index else 0) for j, r in enumerate(remaining)]
                )
                is not None
            ):
                continue
            pivotal = 0
            for vote in range(3):
                with_i = [
                    (c[0] + (vote == 0), c[1] + (vote == 1), c[2] + (vote == 2))
                    if j == t_index
                    else c
                    for j, c in enumerate(comp)
                ]
                if settled(with_i, remaining) is not None:
                    pivotal += 1
            if pivotal:
                total += Fraction(ways, math.comb(n - 1, k)) * third**k * pivotal * third / n
        for code in t.members:
            values[code] = total
    return PowerIndices("ternary-shapley-shubik", values)


def _compositions(m: int) -> Any:
    for y in range(m + 1):
        for a in range(m + 1 - y):
            for no in range(m + 1 - y - a):
                yield (y, a, no)


def _passes(rule: Rule, types: list[_Type], comp: list[tuple[int, int, int]], n: int) -> bool:
    """Apply a rule to type-level tallies (yes, abstain, no) of a complete roll call."""
    if any(t.veto and c[2] > 0 for t, c in zip(types, comp, strict=True)) and (
        rule.veto_override is None or sum(c[0] for c in comp) < rule.veto_override
    ):
        return False
    heads_no = sum(c[2] for c in comp)
    if rule.max_against is not None and heads_no > rule.max_against:
        ok = False
    else:
        ok = True
        for criterion in rule.criteria:
            tally = dict.fromkeys(Vote, 0)
            for t, c in zip(types, comp, strict=True):
                unit = 1 if criterion.measure == MEMBERS else t.weights[criterion.measure] * 1
                tally[Vote.YES] += c[0] * unit
                tally[Vote.ABSTAIN] += c[1] * unit
                tally[Vote.NO] += c[2] * unit
                tally[Vote.ABSENT] += (len(t.members) - sum(c)) * unit
            if not holds(criterion, tally[Vote.YES], base_total(criterion, tally)):
                ok = False
                break
    if not ok and rule.blocking_minority is not None:
        yes = sum(c[0] for c in comp)
        ok = n - yes < rule.blocking_minority
    return bool(ok)


def ternary_penrose(
    body: Body, kind: str | None = None, date: dt.date | None = None
) -> dict[str, Fraction]:
    """P(adopted | member votes yes) - P(adopted | member votes no), others uniform on 3 options.

    The ternary analogue of the Penrose measure (Felsenthal and Machover 1998, ch. 8 discuss
    Banzhaf-type measures for ternary games); computed exactly by type compositions.
    """
    rule = body.rule(kind)
    members = body.members_on(date)
    n = len(members)
    types = _types(rule, members)
    _ternary_size(body, types, n, math.prod(math.comb(len(t.members) + 2, 2) for t in types))
    out: dict[str, Fraction] = {}
    for t_index, t in enumerate(types):
        others = [len(u.members) - (1 if k == t_index else 0) for k, u in enumerate(types)]
        diff = Fraction(0)
        for comp in itertools.product(*[list(_exact_compositions(m)) for m in others]):
            ways = math.prod(
                math.factorial(m)
                // (math.factorial(c[0]) * math.factorial(c[1]) * math.factorial(c[2]))
                for m, c in zip(others, comp, strict=True)
            )
            yes = [(c[0] + 1, c[1], c[2]) if j == t_index else c for j, c in enumerate(comp)]
            no = [(c[0], c[1], c[2] + 1) if j == t_index else c for j, c in enumerate(comp)]
            diff += ways * (int(_passes(rule, types, yes, n)) - int(_passes(rule, types, no, n)))
        value = diff / 3 ** (n - 1)
        for code in t.members:
            out[code] = value
    return out


def _exact_compositions(m: int) -> Any:
    for y in range(m + 1):
        for a in range(m + 1 - y):
            yield (y, a, m - y - a)


__all__ = [
    "INDICES",
    "Game",
    "PowerIndices",
    "SampledIndices",
    "SwingCounts",
    "banzhaf",
    "brute_force",
    "game_from_body",
    "game_from_rule",
    "power",
    "quotas_text",
    "sampled_power",
    "shapley_shubik",
    "swing_counts",
    "ternary_penrose",
    "ternary_shapley_shubik",
    "weighted_game",
]


def body_power(
    body_id: str | Body,
    index: str = "shapley-shubik",
    year: int | None = None,
    kind: str | None = None,
) -> tuple[PowerIndices, dict[str, Any]]:
    """Power indices of a bundled body (or a :class:`Body` of one's own) and what they were
    computed for (the ``body``, ``kind``, ``date`` and quotas entries of ``accord power
    --json``).

    ``year`` takes the composition on 1 July of that year (bodies with dated membership
    only); ``index`` is one of :data:`INDICES` or ``ternary`` (Felsenthal-Machover). A body
    id is looked up among the bundled bodies only (the web API passes ids it was sent); a
    file is read by the caller (:func:`accord.institutions.rules.read_body`).
    """
    b, date, extra = _body_setup(body_id, year, kind)
    if index in ("ternary", "ternary-shapley-shubik"):
        return ternary_shapley_shubik(b, kind, date).of_body(b, kind, date), extra
    game = game_from_body(b, kind, date)
    extra["quotas"] = {"members": game.count_quota, "criteria": list(game.quotas)}
    return power(game, index).of_body(b, kind, date), extra


def _body_setup(
    body_id: str | Body, year: int | None, kind: str | None
) -> tuple[Body, dt.date | None, dict[str, Any]]:
    """The body, the date of ``year``'s composition and the ``body, kind, date`` entries."""
    from accord.institutions.rules import bundled_body_ids, load_body

    b = body_id if isinstance(body_id, Body) else load_body(body_id)
    if year is not None and not b.years():
        dated = [i for i in bundled_body_ids() if load_body(i).years()]
        raise AccordError(
            f"--year: {b.id} holds only its current membership, not one by year "
            f"(bodies with dated membership: {', '.join(dated)})"
        )
    if year is not None and not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise AccordError(f"--year: expected a year from 1 to 9999 (got {year})")
    date = dt.date(year, 7, 1) if year is not None else None
    extra: dict[str, Any] = {"body": b.id, "kind": kind or b.default_kind}
    when = date or b.default_date
    if when is not None and (date is not None or b.years()):
        extra["date"] = when.isoformat()  # the default date's too (session 37's trial)
    return b, date, extra


def quotas_text(body: Body, kind: str | None = None, date: dt.date | None = None) -> str:
    """What a winning coalition of ``body`` needs under its rule ``kind``, each weight's quota
    beside the weight's total over the members (``accord power --body``'s line under the
    table): ``a winning coalition needs 15 of 27 members and population 6,501 of 10,001 (65%)
    ...``. Since session 38's trial, where a body file's population shares with a typo (summing
    to 89.7%) were taken without a word: a share is of the total the weights give, which this
    line shows."""
    rule = body.rule(kind)
    members = body.members_on(date)
    n = len(members)
    parts = []
    for criterion in rule.criteria:
        # a share of those present (and voting) is counted with every member voting, as the
        # index counts it; said so (session 42's trial: the Assembly's "97 of 193 members (more
        # than 50%)" read as a majority of all members)
        of = {
            "members": "",
            "present": " of those present",
            "present_and_voting": " of those present and voting",
        }
        share = (
            ""
            if criterion.share is None
            else f" ({'more than ' if criterion.strict else ''}{float(criterion.share) * 100:.4g}%"
            + (f"{of[criterion.base]}, every member taken as voting" if of[criterion.base] else "")
            + ")"
        )
        if criterion.measure == MEMBERS:
            parts.append(f"{quota(criterion, n)} of {n} members{share}")
            continue
        total = sum(m.weights[criterion.measure] for m in members)
        parts.append(f"{criterion.measure} {quota(criterion, total):,} of {total:,}{share}")
    text = "a winning coalition needs " + " and ".join(parts)
    if rule.max_against is not None:
        text += (
            ", with nobody against"
            if rule.max_against == 0
            else f", with at most {rule.max_against} against"
        )
    if rule.veto_tag is not None:
        text += f", with no member tagged {rule.veto_tag!r} against"
    if rule.blocking_minority is not None:
        text += f"; a blocking minority needs at least {rule.blocking_minority} members"
    return text


def sampled_body_power(
    body_id: str | Body,
    index: str = "shapley-shubik",
    year: int | None = None,
    kind: str | None = None,
    samples: int = 10_000,
    seed: int | None = None,
) -> tuple[SampledIndices, dict[str, Any]]:
    """:func:`body_power`'s sampled counterpart (:func:`sampled_power`), for ``accord power
    --samples N [--seed S]``; the ternary index is computed exactly only."""
    if index in ("ternary", "ternary-shapley-shubik"):
        raise AccordError(
            "--samples: the ternary index is computed exactly only; sample shapley-shubik or "
            "banzhaf"
        )
    b, date, extra = _body_setup(body_id, year, kind)
    game = game_from_body(b, kind, date)
    extra["quotas"] = {"members": game.count_quota, "criteria": list(game.quotas)}
    return sampled_power(game, index, samples, seed).of_body(b, kind, date), extra
