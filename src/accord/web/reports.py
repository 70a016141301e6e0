"""A forecast's HTML report as the workbench serves it: the document and its file name.

One place for both, so that a report link on the forecast page, ``POST /api/v1/forecast/report``
and a finished job's report (made in the job's child process, which must not load FastAPI) are
the same bytes under the same name as ``accord forecast --report`` writes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from accord.forecast import Forecast
    from accord.ledger.records import ForecastRecord, Resolution

History = tuple[Sequence["ForecastRecord"], Sequence["Resolution"]]
"""What a report reads of the ledger: the scenario's records and its questions' resolutions in
force (:meth:`accord.web.services.Workbench.report_history`, as ``accord forecast --report``
reads them)."""


def report_file(
    made: Forecast, version: int | None = None, history: History = ((), ())
) -> tuple[str, str]:
    """The file name and the HTML of ``made``'s report (:func:`accord.report.render_report`),
    with the ledger's ``history`` of the scenario: its brief's "What changed" and track record
    and its "Forecasts over time" (none read: the brief says so).

    The name names the scenario, its version (``version``: the stored one asked for, else the
    scenario's own, if any) and the engine: ``ID[-vN]-ENGINE-report.html``."""
    from accord.report import render_report

    s = made.scenario
    shown = s.version if version is None else version
    name = "-".join([s.id] + ([f"v{shown}"] if shown is not None else []) + [made.engine])
    return re.sub(r"[^A-Za-z0-9._-]", "_", name) + "-report.html", render_report(made, *history)


def _file_part(scenario_id: str, version: int | None) -> str:
    return scenario_id + ("" if version is None else f"-v{version}")


def csv_file(made: Forecast, version: int | None = None) -> str:
    """The file name of ``made``'s CSV table, as its report is named (:func:`report_file`):
    ``ID[-vN]-ENGINE[-RUNSruns].csv``."""
    s = made.scenario
    shown = s.version if version is None else version
    runs = "" if made.ensemble is None else f"-{made.ensemble.runs}runs"
    name = f"{_file_part(s.id, shown)}-{made.engine}{runs}"
    return re.sub(r"[^A-Za-z0-9._-]", "_", name) + ".csv"


def comparison_csv_file(
    a: str, version_a: int | None, b: str, version_b: int | None, engine: str
) -> str:
    """The file name of a comparison's CSV table: ``A[-vN]-vs-B[-vN]-ENGINE.csv``."""
    name = f"{_file_part(a, version_a)}-vs-{_file_part(b, version_b)}-{engine}"
    return re.sub(r"[^A-Za-z0-9._-]", "_", name) + ".csv"
