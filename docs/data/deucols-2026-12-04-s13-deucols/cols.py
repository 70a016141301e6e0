"""The proposal-level columns of a DEU III file that `accord.forecast.deu` does not read
(type, council, number of issues, intro / final-act dates), as extra inputs for the
candidates of `accord.forecast.tries` (s13-deucols; see PROTOCOL.md).

Not in src: no candidate met the adoption rule (see docs/validation-deu.md)."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.forecast import learned, tries
from accord.forecast.learned import FEATURES, IssueRows

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]
MIN_LEVEL = 10  # a council formation gets its own indicator with at least this many issues
WIDTH = len(FEATURES)


def parse_date(text: str) -> dt.date | None:
    """A DEU date in any of the file's spellings (PROTOCOL.md), None where missing."""
    parts = text.strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    a, b, c = (int(p) for p in parts)
    day, month, year = (a % 100, b, c) if len(parts[0]) == 4 else (a, b, c)
    if year < 100:
        year += 1900 if year >= 90 else 2000
    return dt.date(year, month, day)


def read_columns(path: str) -> tuple[list[str], dict[str, list[float]]]:
    """(names, key -> values) of the new inputs for every issue row of ``path``; the key is
    ``deu-<prnrnmc>/i<isnrnmc>`` as in :func:`accord.forecast.learned.issue_rows`."""
    with open(path, newline="", encoding="utf-8") as f:
        table = list(csv.reader(f, delimiter="\t"))
    col = {name.strip(): k for k, name in enumerate(table[0])}
    data = [r for r in table[2:] if any(c.strip() for c in r)]
    councils = Counter(r[col["council"]].strip() for r in data)
    levels = sorted(c for c, n in councils.items() if n >= MIN_LEVEL)
    days: dict[str, float] = {}
    for r in data:
        start, end = parse_date(r[col["intro"]]), parse_date(r[col["finact"]])
        if start is not None and end is not None:
            days[r[col["prnrnmc"]].strip()] = float(np.log((end - start).days))
    fill = float(np.median(list(days.values())))
    names = ["type_reg", "type_dec", *(f"council_{c}" for c in levels)]
    names += ["n_issues", "log_days", "finact_missing", "intro_year"]
    out: dict[str, list[float]] = {}
    for r in data:
        proposal = r[col["prnrnmc"]].strip()
        kind, council = r[col["type"]].strip(), r[col["council"]].strip()
        start = parse_date(r[col["intro"]])
        values = [float(kind == "Reg"), float(kind == "Dec")]
        values += [float(council == c) for c in levels]
        values += [
            float(r[col["issues"]]),
            days.get(proposal, fill),
            float(proposal not in days),
            float(start.year) if start is not None else np.nan,
        ]
        out[f"deu-{proposal}/i{r[col['isnrnmc']].strip()}"] = values
    return names, out


def extend(rows: IssueRows, path: str) -> tuple[IssueRows, list[str]]:
    """``rows`` with the new inputs appended to ``x`` (after the 12 of FEATURES)."""
    names, values = read_columns(path)
    extra = np.array([values[k] for k in rows.keys], dtype=np.float64)
    if np.isnan(extra).any():
        raise ValueError("a new input is missing on some row")
    x = np.column_stack([rows.x, extra])
    return IssueRows(rows.keys, rows.groups, x, rows.mean, rows.y), names


def narrow(rows: IssueRows) -> IssueRows:
    """The same rows with only the 12 inputs of FEATURES (for the shipped families)."""
    return IssueRows(rows.keys, rows.groups, rows.x[:, :WIDTH], rows.mean, rows.y)


def _on_narrow(fn: tries.Fitter) -> tries.Fitter:
    def run(rows: IssueRows, e: Any, tr: I64, te: I64, s: Any) -> F64:
        return fn(narrow(rows), e, tr, te, s)

    return run


def _ridge_cols(rows: IssueRows, _e: Any, tr: I64, te: I64, alpha: Any) -> F64:
    return learned.fit(learned.subset(rows, tr), float(alpha)).predict(learned.subset(rows, te))


ENDS_C = (0.03, 0.1, 0.3, 1.0)
SHIFT_GRID = tuple((lam, c) for lam in (-0.2, -0.1, 0.0) for c in (0.03, 0.1, 0.3))


def candidates() -> list[tries.Candidate]:
    """The three candidates of PROTOCOL.md, then the shipped families on the 12 inputs."""
    base = {c.name: c for c in tries.CANDIDATES}
    new = [
        tries.Candidate("ends+cols", "ends classifier, 12 + new inputs", ENDS_C, tries._ends),
        tries.Candidate(
            "ends+reference+cols",
            "reference shift, then ends classifier, 12 + new inputs",
            SHIFT_GRID,
            tries._ends_after_shift,
        ),
        tries.Candidate("ridge+cols", "mean + ridge, 12 + new inputs", learned.ALPHAS, _ridge_cols),
    ]
    old = [
        tries.Candidate(n, base[n].what, base[n].settings, _on_narrow(base[n].fit_predict))
        for n in ("mean", "ridge", "ends", "ends+reference")
    ]
    return old + new
