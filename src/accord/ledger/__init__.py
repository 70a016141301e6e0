"""The forecast ledger: append-only records of forecasts, resolutions of what happened, and
scores of the one against the other (docs/ledger.md).

* :mod:`accord.ledger.records`: the typed record, resolution, draft forecast and draft result;
* :mod:`accord.ledger.db`: the tables (SQLAlchemy Core; created by the Alembic migrations in
  ``accord/ledger/migrations``) and the append-only :class:`Ledger`;
* :mod:`accord.ledger.resolve`: checks before a resolution is appended;
* :mod:`accord.ledger.scores`: Brier score and position error against the status quo and a
  no-skill reference; the drafts' P(adopted) by Brier score and log loss;
* :mod:`accord.ledger.paired`: standard errors of the mean scores and paired comparisons of
  engines (Diebold-Mariano with the Harvey-Leybourne-Newbold correction; Holm's adjustment);
* :mod:`accord.ledger.decomposition`: Murphy's decomposition of a Brier score (reliability,
  resolution, uncertainty; exact and binned);
* :mod:`accord.ledger.bundled`: resolutions shipped for the bundled historic cases.
"""

from __future__ import annotations

from accord.ledger.bundled import bundled_resolutions, record_bundled, resolutions_in_force
from accord.ledger.db import LEDGER, Ledger, NoLedger, default_url, reading_ledger
from accord.ledger.decomposition import BrierDecomposition, decompose
from accord.ledger.paired import PairedComparison, PairedTest, diebold_mariano, holm
from accord.ledger.records import (
    DraftForecast,
    DraftResult,
    ForecastRecord,
    Resolution,
    evidence_cutoff,
    parse_agreed,
    record_of,
    scenario_hash,
)
from accord.ledger.resolve import new_draft_result, new_resolution
from accord.ledger.scores import (
    DraftScoreRow,
    ScoredDraft,
    ScoredForecast,
    ScoreRow,
    Scores,
    score,
)

__all__ = [
    "LEDGER",
    "BrierDecomposition",
    "DraftForecast",
    "DraftResult",
    "DraftScoreRow",
    "ForecastRecord",
    "Ledger",
    "NoLedger",
    "PairedComparison",
    "PairedTest",
    "Resolution",
    "ScoreRow",
    "ScoredDraft",
    "ScoredForecast",
    "Scores",
    "bundled_resolutions",
    "decompose",
    "default_url",
    "diebold_mariano",
    "evidence_cutoff",
    "holm",
    "new_draft_result",
    "new_resolution",
    "parse_agreed",
    "reading_ledger",
    "record_bundled",
    "record_of",
    "resolutions_in_force",
    "scenario_hash",
    "score",
]
