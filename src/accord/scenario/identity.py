"""Which scenario a result is about: a content hash, and a line that names it.

The ledger records :func:`scenario_hash` with every forecast (docs/ledger.md); the command
line's ``show`` and forecast table and the HTML report print :func:`scenario_identity`. Kept
apart from :mod:`accord.ledger` so that printing a forecast does not load the ledger's
database layer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from accord.scenario.model import Scenario


def scenario_hash(scenario: Scenario) -> str:
    """SHA-256 of the scenario's canonical JSON (sorted keys): the same content, the same hash,
    whatever file format or layout it was read from."""
    canonical = json.dumps(
        scenario.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=True
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def scenario_identity(scenario: Scenario) -> str:
    """Which scenario this is: ``scenario ID version V, as of DATE, sha256 H`` (H: the first
    12 digits of :func:`scenario_hash`), as ``accord show``, the forecast table and the HTML
    report print it: an edited or news-updated scenario that kept its id and title is told
    from the original, and a forecast from its ledger record."""
    return (
        f"scenario {scenario.id}"
        + (f" version {scenario.version}" if scenario.version is not None else "")
        + (f", as of {scenario.as_of.isoformat()}" if scenario.as_of else "")
        + f", sha256 {scenario_hash(scenario)[:12]}"
    )


NEWS_SOURCE_PREFIX = "news-"
"""How the id of a source that ``accord update`` cites begins (``news-`` and the article's
first 12 hex digits: :func:`accord.news.update.source_id`)."""


def updated_from_news(scenario: Scenario) -> bool:
    """Whether ``scenario`` cites an article of the news store as a source: a revision that
    ``accord update`` (or the workbench's accept) wrote, whose ``as_of`` the update moved to its
    latest evidence while the title kept the analyst's words."""
    return any(source.id.startswith(NEWS_SOURCE_PREFIX) for source in scenario.sources)


def forecast_title(scenario: Scenario, engine: str) -> str:
    """A forecast's title, as the HTML report, the notebook view and the command line's table
    give it: ``TITLE: forecast by ENGINE``; of a scenario updated from the news, ``TITLE,
    updated from the news to AS_OF: forecast by ENGINE``. The title is the analyst's text and
    often dates the original ("... (24-25 February 2025)"): after two updates session 31's
    report still read so above evidence of 28 March (docs/trial-2026-12-06-s31.md, finding 10).
    The original's own date is not kept in the revision; the report's "Over time" section
    lists the ledger's earlier forecasts of the scenario, each with its ``as_of``."""
    updated = ""
    if scenario.as_of is not None and updated_from_news(scenario):
        updated = f", updated from the news to {scenario.as_of.isoformat()}"
    return f"{scenario.title}{updated}: forecast by {engine}"


def evidence_cutoff(scenario: Scenario) -> dt.date | None:
    """The latest date of anything the scenario cites: stance evidence and listed sources.

    A cut-off after ``as_of`` is not refused (a capability proxy may cite a later table) but it
    is recorded, so a reader of the ledger sees that the forecast used later information (the
    ledger's records and the report's brief give it; here since session 42, so that the report
    reads it without loading the ledger's database layer).
    """
    dates = [e.date for s in scenario.stances for e in s.evidence if e.date is not None]
    dates += [s.date for s in scenario.sources if s.date is not None]
    return max(dates) if dates else None
