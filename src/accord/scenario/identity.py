"""Which scenario a result is about: a content hash, and a line that names it.

The ledger records :func:`scenario_hash` with every forecast (docs/ledger.md); the command
line's ``show`` and forecast table and the HTML report print :func:`scenario_identity`. Kept
apart from :mod:`accord.ledger` so that printing a forecast does not load the ledger's
database layer.
"""

from __future__ import annotations

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
