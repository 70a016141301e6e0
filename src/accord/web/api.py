"""The HTTP API under ``/api/v1``: the CLI's JSON contracts over HTTP.

Each route validates its request (pydantic), calls :class:`~accord.web.services.Workbench`
and returns the library result's ``to_dict()`` (the documents ``accord ... --json`` prints).
Writes depend on :func:`writer` (the token). Errors have one shape:
``{"error": {"type", "message", "problems": [{"path", "message", "value", "file"}]}}``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Header, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from accord.errors import AccordError, EngineError, Problem, ScenarioError, UnknownScenarioError
from accord.scenario.catalogue import DEFAULT_SCENARIO
from accord.scenario.io import scenario_from_data, scenario_to_data
from accord.scenario.model import Scenario
from accord.web.jobs import Job
from accord.web.reports import comparison_csv_file, csv_file, report_file
from accord.web.security import CSRF_HEADER, SESSION_COOKIE, Keys, client_address
from accord.web.services import Saved, StaleVersion, Workbench

if TYPE_CHECKING:
    from accord.forecast import Forecast
    from accord.forecast.versus import ScenarioComparison
    from accord.news.ingest import IngestReport
    from accord.news.update import Change, Proposal
    from accord.scenario.versions import VersionInfo

MAX_INLINE_RUNS = 5000
"""Monte Carlo runs answered in the request itself; more go through ``/jobs``."""

router = APIRouter(prefix="/api/v1")


def workbench(request: Request) -> Workbench:
    bench: Workbench = request.app.state.workbench
    return bench


def keys(request: Request) -> Keys:
    """The app's write token and what derives from it (session cookie, CSRF tokens)."""
    found: Keys = request.app.state.keys
    return found


def writer(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
) -> None:
    """Refuse a write without the bearer token (or a session cookie with its CSRF header); a
    token from an address that sent too many wrong ones is a 429."""
    keys(request).check_write(
        authorization,
        request.cookies.get(SESSION_COOKIE),
        request.headers.get(CSRF_HEADER),
        client_address(request.scope),
    )


Bench = Annotated[Workbench, Depends(workbench)]
Write = Depends(writer)


# ------------------------------------------------------------------------- error documents


class ProblemDoc(BaseModel):
    path: str
    message: str
    value: str | int | float | bool | None = None
    file: str | None = None


class ErrorDetail(BaseModel):
    type: str = Field(description="The library error's class, e.g. ChangeNotProposed.")
    message: str
    problems: list[ProblemDoc]


class ErrorDoc(BaseModel):
    """The one error shape every route answers with (see the module docstring)."""

    error: ErrorDetail


def error_response(description: str) -> dict[str, Any]:
    """An OpenAPI ``responses`` entry for an error status, in the error shape."""
    return {"model": ErrorDoc, "description": description}


Responses = dict[int | str, dict[str, Any]]
"""A route's ``responses``: its error statuses, each declared by :func:`error_response`."""

UNKNOWN_SCENARIO: Responses = {
    404: error_response(
        "UnknownScenarioError: no saved or bundled scenario with that id (or no such version)"
    )
}
UNKNOWN_LEDGER_SCENARIO: Responses = {
    404: error_response(
        "UnknownScenarioError: no record or resolution in the ledger names that scenario, "
        "and no bundled scenario has that id"
    )
}
SCENARIO_EXISTS: Responses = {
    409: error_response(
        "ScenarioExists: a scenario with that id exists already (set replace to save a new "
        "version of it); nothing was saved"
    )
}
STALE_VERSION: Responses = {
    412: error_response(
        "StaleVersion: the If-Match header does not name the newest version (another "
        "client saved one since); nothing was saved"
    )
}
PRECONDITION: Responses = {
    428: error_response(
        "PreconditionRequired: a PUT over an existing scenario without If-Match (send the "
        "ETag its GET gave, or * to save over whatever is newest); nothing was saved"
    )
}
BUSY: Responses = {
    503: error_response(
        "StoreBusy: the database refused a write for being busy (another writer held its "
        "lock beyond the wait); nothing of that write was kept (an ingest keeps the documents "
        "stored before it), and the same request may succeed after Retry-After. "
        "StoreUnavailable: the database did not answer (every route that reads or writes it "
        "may answer this, as every route may answer a wrong Host's 400): send it again after "
        "Retry-After"
    )
    | {
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before sending the request again",
                "schema": {"type": "integer"},
            }
        }
    }
}
RETRY_AFTER = {
    "headers": {
        "Retry-After": {
            "description": "Seconds to wait before sending the request again",
            "schema": {"type": "integer"},
        }
    }
}
SERVER_BUSY = (
    "ServerBusy: the server computes as many forecasts at once as it allows (accord serve "
    "--max-concurrent-forecasts); nothing was computed, and the same request may succeed after "
    "Retry-After (a large ensemble may go to /api/v1/jobs, which waits its turn)"
)
COMPUTING: Responses = {503: error_response(SERVER_BUSY) | RETRY_AFTER}
BUSY_OR_COMPUTING: Responses = {
    503: error_response(f"{BUSY[503]['description']}. {SERVER_BUSY}") | RETRY_AFTER
}
UNKNOWN_JOB: Responses = {404: error_response("UnknownJob: no job with that id on this server")}
NO_REPORT: Responses = {
    409: error_response("JobNotDone: the job is queued, running, failed or cancelled: no report")
}
UNKNOWN_RECORD: Responses = {
    404: error_response("UnknownRecord: no forecast record with that id in the ledger")
}


REFUSED: Responses = {
    400: error_response(
        "The library refuses the request, the message says why. FieldRefused: a field's value "
        "(an unknown engine, an engine's option, an issue the scenario lacks, a body not "
        "bundled, an id that differs from the address, too many runs to answer at once), its "
        "one problem naming the field and the value; DataError: an article with no words (a "
        "save the database refused, busy or down, is a 503)"
    )
}


class FieldRefused(AccordError):
    """A request field whose value the library refuses: a 400 whose one problem names the
    field and the value, as a 422's do (the message alone named them before session 21)."""

    def __init__(self, path: str, value: Any, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.problems = [Problem(path, message, value)]


@contextmanager
def refusing(path: str, value: Any, kind: type[AccordError] = EngineError) -> Iterator[None]:
    """The library's refusal (``kind``) of what the block does with ``value`` answered as a
    :class:`FieldRefused` of the request field at ``path``."""
    try:
        yield
    except kind as exc:
        raise FieldRefused(path, value, str(exc)) from None


def known_engine(path: str, name: str) -> None:
    """Refuse an engine name that no engine has, before any work, naming the field."""
    from accord.engines import get_engine  # the engines load on the first use

    with refusing(path, name):
        get_engine(name)


# ------------------------------------------------------------------------- request bodies

STRICT_BODY = ConfigDict(extra="forbid")
"""A request body's names are its model's only: a misspelt one (``run`` for ``runs``) is a 422
naming it, where until session 39 it was ignored and the forecast made without it (a single
forecast for an ensemble of 5,000), as a scenario's own unknown fields were always refused."""


class ScenarioRef(BaseModel):
    """Which scenario: a stored or bundled id (and version), or a whole scenario inline."""

    model_config = STRICT_BODY

    scenario: str = DEFAULT_SCENARIO
    version: int | None = Field(default=None, ge=0)
    data: dict[str, Any] | None = Field(
        default=None, description="A scenario document (as in a JSON file) instead of an id."
    )

    def load(self, bench: Workbench) -> Scenario:
        if self.data is not None:
            return scenario_from_data(self.data)
        return bench.scenario(self.scenario, self.version)


class ForecastRequest(ScenarioRef):
    engine: str = "mean"
    params: dict[str, Any] = Field(default_factory=dict)
    seed: int | None = Field(default=None, ge=0)
    runs: int | None = Field(default=None, ge=1, le=1_000_000)
    trajectory: bool = False
    institutions: bool = Field(
        default=True, description="Predict the scenario's draft resolutions too."
    )


class CompareRequest(ScenarioRef):
    engines: list[str] | None = Field(default=None, description="Default: every engine.")
    params: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Options per engine name."
    )
    seed: int | None = Field(default=None, ge=0)
    institutions: bool = True


class CsvForecastRequest(ForecastRequest):
    interval: float | None = Field(
        default=None,
        ge=0.01,
        le=0.99,
        allow_inf_nan=False,
        description="A conformal interval at this level for issues on the DEU 0..100 scale, "
        "as `accord forecast --interval` (columns interval_level, interval_low, interval_high).",
    )


class CompareScenariosRequest(BaseModel):
    """Two scenarios to forecast with one engine and set side by side, issue by issue."""

    model_config = STRICT_BODY

    a: ScenarioRef = Field(description="The first scenario (the difference is b minus a).")
    b: ScenarioRef = Field(description="The second scenario: another id, or another version.")
    engine: str = "mean"
    params: dict[str, Any] = Field(default_factory=dict)
    seed: int | None = Field(default=None, ge=0)
    runs: int | None = Field(
        default=None,
        ge=1,
        le=MAX_INLINE_RUNS,
        description="Monte Carlo runs for each scenario: the uncertainty (p5 to p95, and "
        "P(agreement) from the ensemble).",
    )


class ExplainRequest(ScenarioRef):
    engine: str = "mean"
    issue: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    seed: int | None = Field(default=None, ge=0)
    top: int | None = Field(default=10, ge=1)


class RecordRequest(ScenarioRef):
    engine: str = "mean"
    params: dict[str, Any] = Field(default_factory=dict)
    seed: int | None = Field(default=None, ge=0)
    runs: int | None = Field(default=None, ge=1, le=MAX_INLINE_RUNS)


class ScenarioBody(BaseModel):
    model_config = STRICT_BODY

    scenario: dict[str, Any]
    note: str | None = Field(default=None, max_length=2000)


class ValidateBody(BaseModel):
    model_config = STRICT_BODY

    scenario: dict[str, Any]


class TextArticle(BaseModel):
    model_config = STRICT_BODY

    text: str = Field(min_length=1)
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None


class AcceptBody(BaseModel):
    model_config = STRICT_BODY

    accept: list[tuple[str, str]] = Field(
        description="(actor, issue) pairs whose proposed change to accept; the rest are rejected."
    )
    version: int | None = Field(default=None, ge=0)
    min_confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        allow_inf_nan=False,
        description="The evidence's minimum event confidence the proposal was made with "
        "(as the proposal endpoint's `min_confidence`).",
    )
    include_sources: bool = Field(
        default=False,
        description="As the proposal endpoint's `include_sources`: count the findings from "
        "the scenario's own sources.",
    )


# ------------------------------------------------------------------------- JSON helpers


def forecast_json(made: Forecast, trajectory: bool = False) -> dict[str, Any]:
    """The forecast's JSON contract, with the run's narrative."""
    out = made.to_dict(trajectory=trajectory)
    out["narrative"] = list(made.run.narrative)
    return out


def change_json(change: Change) -> dict[str, Any]:
    return {
        "actor": change.actor,
        "issue": change.issue,
        "field": change.field,
        "old": change.old,
        "new": change.new,
        "direction": change.direction,
        "weight": change.weight,
        "description": change.describe(),
        "evidence": [e.to_dict() for e in change.evidence],
    }


def proposal_json(proposal: Proposal) -> dict[str, Any]:
    return {
        "changes": [change_json(c) for c in proposal.changes],
        "unmatched": [e.to_dict() for e in proposal.unmatched],
        # findings from the scenario's own sources, left out (their already_source says which)
        "skipped": [e.to_dict() for e in proposal.skipped],
        "skipped_note": proposal.skipped_line("include_sources=true"),
    }


UNDATED_TEXT = 'send the same text again with "date": "YYYY-MM-DD" to date it'
UNDATED_FILE = "send the file again with the form field date_if_missing=YYYY-MM-DD to date it"


def undated_warnings(report: IngestReport, how: str) -> list[str]:
    """One sentence per document ``report`` stored undated (no date sent, none in its text):
    its events and evidence have no date until ``how`` is done (session 27's trial, finding 14:
    a pasted article was stored undated and the answer said nothing)."""
    return [
        f"article {doc_id[:12]} {title!r} has no date (none sent, none in its text): stored "
        f"undated, so its events and evidence have no date; {how}"
        for doc_id, title in report.undated
    ]


def report_json(report: Any, how: str = UNDATED_TEXT) -> dict[str, Any]:
    """An ingest report as the API answers it; ``warnings`` (session 27) says, for each
    article stored undated, ``how`` to date it, and (session 32) names each article read
    twice."""
    return {
        "coder": report.coder,
        "documents_read": report.documents_read,
        "added": report.added,
        "already_present": report.already_present,
        "near_duplicates": report.near_duplicates,
        "events_new": report.events_new,
        "events_merged": report.events_merged,
        "added_ids": list(report.added_ids),
        "problems": [str(p) for p in report.problems],
        "redated": len(report.redated),
        "warnings": undated_warnings(report, how)
        + repeated_warnings(report)
        + not_utf8_warnings(report),
    }


def not_utf8_warnings(report: Any) -> list[str]:
    """One sentence per uploaded file that was not UTF-8 (:func:`accord.web.ingests.not_utf8_lines`;
    the API's answer carries only an ingest's report)."""
    from accord.web.ingests import not_utf8_lines

    return not_utf8_lines(report) if hasattr(report, "not_utf8") else []


def repeated_warnings(report: Any) -> list[str]:
    """One sentence per article the ingest read twice (two rows of one file with the same
    text): both places, as ``accord ingest`` names them (session 32)."""
    from accord.news.ingest import repeated_lines

    return repeated_lines(getattr(report, "repeated", []))


# ------------------------------------------------------------------------- scenarios


@router.get("/scenarios", summary="Bundled and saved scenarios (newest version of each)")
def list_scenarios(bench: Bench) -> list[dict[str, object]]:
    return [v.to_dict() for v in bench.catalogue()]


def etag(version: int) -> str:
    """The ``ETag`` of a scenario version: its number, quoted (a strong validator: a
    version's content never changes)."""
    return f'"{version}"'


def tagged(response: Response, info: VersionInfo) -> dict[str, object]:
    """``info`` as JSON, its version sent as the response's ``ETag``."""
    response.headers["ETag"] = etag(info.version)
    return info.to_dict()


def with_etag(status: int, responses: Responses) -> Responses:
    """``responses`` with ``status`` declaring the ``ETag`` header its answers carry."""
    header = {
        "description": "The version's number, quoted; send it back as If-Match",
        "schema": {"type": "string"},
    }
    return {status: {"headers": {"ETag": header}}} | responses


CREATES_A_SCENARIO: dict[str, Any] = {
    "status_code": 201,
    "dependencies": [Write],
    "responses": with_etag(201, SCENARIO_EXISTS | BUSY),
}
"""What the two routes that add a scenario share: 201, the token, a 409 for a known id, a 503
for a save the database refuses (a 400 until session 42, when it did not answer)."""


def saved_json(response: Response, saved: Saved) -> dict[str, object]:
    """A new scenario's version (:func:`tagged`) and ``warnings``: what ``accord validate``
    warns of in it, each as a problem is shown (``path``, ``message``, ``value``, ``file``)."""
    return tagged(response, saved.info) | {"warnings": [w.to_dict() for w in saved.warnings]}


@router.post("/scenarios", summary="Create a scenario", **CREATES_A_SCENARIO)
def create_scenario(body: ScenarioBody, bench: Bench, response: Response) -> dict[str, object]:
    return saved_json(response, bench.create(body.scenario, body.note))


@router.post(
    "/scenarios/upload",
    summary="Upload a scenario file (YAML, JSON, KTAB CSV/XML, BDM CSV)",
    **CREATES_A_SCENARIO,
)
async def upload_scenario(
    bench: Bench,
    response: Response,
    file: Annotated[UploadFile, File()],
    format: Annotated[str | None, Form()] = None,
    replace: Annotated[bool, Form()] = False,
) -> dict[str, object]:
    raw = await file.read()
    return saved_json(response, bench.upload(raw, file.filename, format, replace))


@router.get(
    "/scenarios/{scenario_id}",
    summary="A scenario (newest version, or ?version=N), its version as the ETag",
    responses=with_etag(200, UNKNOWN_SCENARIO),
)
def get_scenario(
    scenario_id: str,
    bench: Bench,
    response: Response,
    version: Annotated[int | None, Query(ge=0)] = None,
) -> dict[str, Any]:
    shown = bench.history(scenario_id)[-1].version if version is None else version
    data = scenario_to_data(bench.scenario(scenario_id, shown))
    response.headers["ETag"] = etag(shown)
    return data


@router.put(
    "/scenarios/{scenario_id}",
    dependencies=[Write],
    summary="Save a new version of a scenario (If-Match: the ETag it was edited from), or "
    "create it (no If-Match)",
    responses=with_etag(
        200, with_etag(201, UNKNOWN_SCENARIO | STALE_VERSION | PRECONDITION | REFUSED | BUSY)
    ),
)
def put_scenario(
    scenario_id: str,
    body: ScenarioBody,
    bench: Bench,
    response: Response,
    if_match: Annotated[
        str | None,
        Header(
            description="The ETag of the version the edit started from: a save over a newer "
            "version is refused (412). Required over an existing scenario (428 without it); "
            "`*` saves over whatever is newest. Left out, the PUT creates the scenario (201)."
        ),
    ] = None,
) -> dict[str, object]:
    scenario = scenario_from_data(body.scenario)
    if scenario.id != scenario_id:
        raise FieldRefused(
            "body.scenario.id", scenario.id, f"differs from the address's id {scenario_id!r}"
        )
    if if_match is None:  # RFC 6585 (3): an unconditional write may only create
        response.status_code = 201
        return tagged(response, bench.create_by_put(scenario, body.note))
    newest = bench.history(scenario_id)[-1].version  # 404: If-Match names no version
    tags = {tag.strip() for tag in if_match.split(",")}
    if "*" in tags:  # RFC 9110 (13.1.1): any current version; the client chose to overwrite
        return tagged(response, bench.save(scenario, body.note))
    over = {v for v in range(newest + 1) if etag(v) in tags}  # a later one fails in the save
    saved = bench.save_over(scenario, over, body.note)  # checked in the write's transaction
    if saved is None:
        raise StaleVersion(scenario_id, if_match, bench.history(scenario_id)[-1].version)
    return tagged(response, saved)


@router.get(
    "/scenarios/{scenario_id}/versions",
    summary="Every dated version of a scenario",
    responses=UNKNOWN_SCENARIO,
)
def scenario_versions(scenario_id: str, bench: Bench) -> list[dict[str, object]]:
    return [v.to_dict() for v in bench.history(scenario_id)]


@router.get(
    "/scenarios/{scenario_id}/download",
    response_class=PlainTextResponse,
    summary="A scenario as a file in any format accord writes",
    responses=UNKNOWN_SCENARIO,
)
def download_scenario(
    scenario_id: str,
    bench: Bench,
    format: Annotated[str, Query()] = "yaml",
    version: Annotated[int | None, Query(ge=0)] = None,
) -> PlainTextResponse:
    text = bench.download(scenario_id, version, format)
    extension = {"yaml": "yaml", "json": "json", "ktab-xml": "xml"}.get(format, "csv")
    name = f"{scenario_id}.{extension}"
    return PlainTextResponse(text, headers={"content-disposition": disposition("attachment", name)})


def disposition(kind: str, name: str) -> str:
    """A ``Content-Disposition`` header (RFC 6266) saving the answer as ``name``: ``filename``
    in printable ASCII (anything else, a quote and a backslash as ``_``), and where that lost a
    letter, ``filename*`` with the name in UTF-8 (RFC 8187), which browsers prefer. Until
    session 39 a scenario id in Cyrillic made its download a 500 (a header is Latin-1), and one
    holding a carriage return (scenario ids may) an answer the server dropped unsent."""
    shown = "".join(ch for ch in name if ch.isprintable())
    plain = "".join(ch if " " <= ch <= "~" and ch not in '"\\' else "_" for ch in shown)
    header = f'{kind}; filename="{plain}"'
    if plain != shown:
        header += "; filename*=UTF-8''" + quote(shown, safe="")
    return header


@router.post("/validate", summary="Check a scenario; every problem with its path")
def validate(body: ValidateBody) -> dict[str, Any]:
    from accord.errors import ScenarioError
    from accord.institutions.resolutions import institutions_of

    try:
        scenario = scenario_from_data(body.scenario)
        if not scenario.institutions.is_empty:
            institutions_of(scenario)
    except ScenarioError as exc:
        return {"valid": False, "problems": [problem_json(p) for p in exc.problems], "warnings": []}
    from accord.scenario.checks import scenario_warnings

    # what `accord validate` warns of, which a client should hear too (session 24: `GER` passed
    # here without a word while the CLI warned; session 32: one list, the CLI's, for every route)
    warnings = [w.to_dict() for w in scenario_warnings(scenario)]
    return {"valid": True, "problems": [], "warnings": warnings}


def problem_json(p: Any) -> dict[str, Any]:
    value = p.value if p.has_value else None
    if not isinstance(value, str | int | float | bool | type(None)):
        value = repr(value)
    return {"path": p.path, "message": p.message, "value": value, "file": p.file}


# ------------------------------------------------------------------------- forecasts


@router.get("/engines", summary="The available engines")
def engines() -> list[dict[str, str]]:
    from accord.engines import ENGINES

    return [{"name": name, "summary": eng.summary} for name, eng in ENGINES.items()]


@router.post(
    "/forecast",
    summary="Forecast a scenario with one engine",
    responses=UNKNOWN_SCENARIO | REFUSED | COMPUTING,
)
def forecast(body: ForecastRequest, bench: Bench) -> dict[str, Any]:
    return forecast_json(_forecast_asked(body, bench), body.trajectory)


def _forecast_asked(body: ForecastRequest, bench: Bench) -> Forecast:
    """The forecast ``body`` asks for, once its run count and engine are allowed."""
    if body.runs is not None and body.runs > MAX_INLINE_RUNS:
        raise FieldRefused(
            "body.runs",
            body.runs,
            f"a long run; submit it to /api/v1/jobs (at most {MAX_INLINE_RUNS} here)",
        )
    known_engine("body.engine", body.engine)
    scenario = body.load(bench)
    with refusing("body.params", body.params):  # the engine is known: its options are refused
        return bench.forecast(
            scenario, body.engine, body.params, body.seed, body.runs, body.institutions
        )


def report_response(bench: Workbench, made: Forecast, version: int | None = None) -> Response:
    """The forecast's HTML report (the document ``accord forecast --report`` writes, with what
    it reads of the workbench's ledger: :meth:`Workbench.report_history`), shown inline and
    saved under the name :func:`accord.web.reports.report_file` gives it."""
    history = bench.report_history(made.scenario.id)
    return html_report(*report_file(made, version, history))


def html_report(name: str, document: str) -> HTMLResponse:
    """A report document, shown inline and saved as ``name``."""
    return HTMLResponse(document, headers={"content-disposition": disposition("inline", name)})


@router.post(
    "/forecast/report",
    summary="The forecast's self-contained HTML report (accord forecast --report)",
    responses=UNKNOWN_SCENARIO | REFUSED | COMPUTING,
    response_class=HTMLResponse,
)
def forecast_report(body: ForecastRequest, bench: Bench) -> Response:
    """As ``/forecast``, answered with the report instead of the JSON (``trajectory`` unused:
    the report draws every turn)."""
    return report_response(bench, _forecast_asked(body, bench), body.version)


@router.post(
    "/compare",
    summary="Forecast a scenario with several engines (accord compare)",
    responses=UNKNOWN_SCENARIO | REFUSED | COMPUTING,
)
def compare(body: CompareRequest, bench: Bench) -> dict[str, Any]:
    for i, name in enumerate(body.engines or []):
        known_engine(f"body.engines[{i}]", name)
    scenario = body.load(bench)
    with refusing("body.params", body.params):
        result = bench.compare(
            scenario, body.engines, body.params or None, body.seed, body.institutions
        )
    return result.to_dict()


class UnknownPicked(UnknownScenarioError):
    """A scenario (or a version of one) to compare that is neither saved nor bundled: a 404
    whose one problem names the request's field (``body.a.scenario``, ``body.b.version``)."""

    def __init__(self, path: str, value: Any, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.problems = [Problem(path, message, value)]


def _picked(bench: Workbench, ref: ScenarioRef, fields: tuple[str, str]) -> Scenario:
    """The scenario ``ref`` names, an unknown id or version refused on its field (``fields``:
    the paths of its scenario and version fields)."""
    if ref.data is not None:
        try:
            return ref.load(bench)
        except ScenarioError as exc:
            prefix = fields[0].rsplit(".", 1)[0] + ".data"
            raise ScenarioError(
                [
                    Problem(f"{prefix}.{p.path}", p.message, p.value, p.has_value)
                    for p in exc.problems
                ]
            ) from None
    try:
        bench.history(ref.scenario)
    except UnknownScenarioError as exc:
        raise UnknownPicked(fields[0], ref.scenario, str(exc)) from None
    try:
        return ref.load(bench)
    except UnknownScenarioError as exc:
        raise UnknownPicked(fields[1], ref.version, str(exc)) from None


def compared_pair(
    bench: Workbench,
    a: ScenarioRef,
    b: ScenarioRef,
    fields: tuple[tuple[str, str], tuple[str, str]],
) -> tuple[Scenario, Scenario]:
    """The two scenarios a comparison asks for, each refused on its own field (``fields``: the
    paths of a's and b's scenario and version fields, as the API or the page names them):
    an unknown one (404), the same id and version twice, and two that share no issue (422,
    on b's scenario field)."""
    first = _picked(bench, a, fields[0])
    second = _picked(bench, b, fields[1])
    if a.data is None and b.data is None and a.scenario == b.scenario:
        newest = bench.history(a.scenario)[-1].version
        shown = [newest if ref.version is None else ref.version for ref in (a, b)]
        if shown[0] == shown[1]:
            raise ScenarioError(
                [
                    Problem(
                        fields[1][0],
                        f"the same scenario as the first ({a.scenario}, workbench version "
                        f"{shown[0]}): pick another scenario, or another version of this one",
                        b.scenario,
                    )
                ]
            )
    from accord.forecast.versus import shared_issues

    try:
        shared_issues(first, second)
    except ScenarioError as exc:
        raise ScenarioError(
            [Problem(fields[1][0], p.message, p.value, p.has_value) for p in exc.problems]
        ) from None
    return first, second


API_FIELDS = (("body.a.scenario", "body.a.version"), ("body.b.scenario", "body.b.version"))
"""Where the comparison route's scenario fields are, for the problems that name them."""


def _scenarios_compared(body: CompareScenariosRequest, bench: Bench) -> ScenarioComparison:
    known_engine("body.engine", body.engine)
    a, b = compared_pair(bench, body.a, body.b, API_FIELDS)
    with refusing("body.params", body.params):  # the engine is known: its options are refused
        return bench.compare_scenarios(a, b, body.engine, body.params, body.seed, body.runs)


@router.post(
    "/compare/scenarios",
    summary="Two scenarios' forecasts side by side: difference, uncertainty, stances that differ",
    responses=UNKNOWN_SCENARIO | REFUSED | COMPUTING,
)
def compare_scenarios(body: CompareScenariosRequest, bench: Bench) -> dict[str, Any]:
    return _scenarios_compared(body, bench).to_dict()


def csv_response(name: str, text: str) -> Response:
    """A CSV table, downloaded as ``name``."""
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": disposition("attachment", name)},
    )


def comparison_csv(made: ScenarioComparison, a: ScenarioRef, b: ScenarioRef) -> Response:
    """A comparison's table (:meth:`ScenarioComparison.to_frame`) as a CSV download."""
    name = comparison_csv_file(
        made.a.scenario.id, a.version, made.b.scenario.id, b.version, made.engine
    )
    return csv_response(name, Workbench.csv_of(made.to_frame()))


@router.post(
    "/compare/scenarios/csv",
    summary="The comparison's table as CSV, one row per issue both scenarios hold",
    responses=UNKNOWN_SCENARIO | REFUSED | COMPUTING | {200: {"content": {"text/csv": {}}}},
    response_class=Response,
)
def compare_scenarios_csv(body: CompareScenariosRequest, bench: Bench) -> Response:
    return comparison_csv(_scenarios_compared(body, bench), body.a, body.b)


def forecast_csv_response(
    bench: Workbench, made: Forecast, version: int | None, interval: float | None
) -> Response:
    """The forecast's table as ``accord forecast --format csv [--interval L]`` writes it
    (:func:`accord.forecast.intervals.forecast_table`), as a CSV download."""
    import accord.forecast.intervals as intervals  # a level it refused would be a declared 400

    table = intervals.forecast_table(made, interval)
    return csv_response(csv_file(made, version), bench.csv_of(table))


@router.post(
    "/forecast/csv",
    summary="The forecast's table as CSV (accord forecast --format csv)",
    responses=UNKNOWN_SCENARIO | REFUSED | COMPUTING | {200: {"content": {"text/csv": {}}}},
    response_class=Response,
)
def forecast_csv(body: CsvForecastRequest, bench: Bench) -> Response:
    """As ``/forecast``, answered with the table ``accord forecast --format csv`` writes, one
    row per issue (``trajectory`` unused)."""
    return forecast_csv_response(bench, _forecast_asked(body, bench), body.version, body.interval)


@router.post(
    "/explain",
    summary="Why the forecast: weight shares and a tornado (accord explain)",
    responses=UNKNOWN_SCENARIO | REFUSED | COMPUTING,
)
def explain(body: ExplainRequest, bench: Bench) -> dict[str, Any]:
    from accord.forecast.explain import check_issue

    known_engine("body.engine", body.engine)
    scenario = body.load(bench)
    with refusing("body.issue", body.issue):
        check_issue(scenario, body.issue)
    result = bench.explain(scenario, body.engine, body.issue, body.params, body.seed, body.top)
    return result.to_dict()


@router.get(
    "/scenarios/{scenario_id}/votes",
    summary="Predicted votes on the drafts",
    responses=UNKNOWN_SCENARIO | REFUSED | COMPUTING,
)
def votes(
    scenario_id: str,
    bench: Bench,
    engine: str = "mean",
    version: Annotated[int | None, Query(ge=0)] = None,
) -> list[dict[str, Any]]:
    known_engine("query.engine", engine)
    made = bench.forecast(bench.scenario(scenario_id, version), engine)
    return made.resolutions.to_list() if made.resolutions else []


@router.get("/power", summary="Exact voting power in a bundled body", responses=REFUSED)
def power(
    body: str = "unsc",
    index: str = "shapley-shubik",
    year: int | None = None,
    kind: str | None = None,
) -> dict[str, Any]:
    from accord.institutions.power import body_power
    from accord.institutions.rules import load_body

    with refusing("query.body", body, AccordError):  # a body that is not bundled
        load_body(body)
    result, extra = body_power(body, index, year, kind)
    return result.to_dict() | extra


@router.get("/bodies", summary="The bundled decision bodies")
def bodies() -> list[str]:
    from accord.institutions.rules import bundled_body_ids

    return bundled_body_ids()


# ------------------------------------------------------------------------- jobs


@router.post(
    "/jobs",
    status_code=202,
    dependencies=[Write],
    summary="Start a long forecast as a job",
    responses=UNKNOWN_SCENARIO | REFUSED,
)
def start_job(body: ForecastRequest, bench: Bench, request: Request) -> JSONResponse:
    from accord.scenario.io import write_json

    known_engine("body.engine", body.engine)  # refused now, as /forecast refuses it
    scenario = body.load(bench)
    payload = {
        "scenario": write_json(scenario),
        "votes": body.institutions,
        "engine": body.engine,
        "params": body.params,
        "seed": body.seed,
        "runs": body.runs,
        "trajectory": body.trajectory,
        "version": body.version,  # names the report's file
        # what the report reads of the ledger, read here (the child has no workbench) before
        # the run, as `accord forecast --report` reads it before forecasting
        "history": bench.report_history(scenario.id),
    }
    asked = body.model_dump(exclude={"data"})
    job = bench.jobs.submit("forecast", payload, asked)
    return JSONResponse(job_json(job, request), status_code=202)


def job_json(job: Job, request: Request) -> dict[str, Any]:
    """A job's status with its address and, once it is done, its report's."""
    out = job.to_dict() | {"status_url": request.url_for("job_status", job_id=job.id).path}
    if job.report_name is not None:
        out["report_url"] = request.url_for("job_report", job_id=job.id).path
    return out


@router.get(
    "/jobs/{job_id}",
    name="job_status",
    summary="A job's status (and result when done)",
    responses=UNKNOWN_JOB,
)
def job_status(job_id: str, bench: Bench, request: Request) -> dict[str, Any]:
    return job_json(known_job(bench, job_id), request)


def known_job(bench: Workbench, job_id: str) -> Job:
    job = bench.jobs.get(job_id)
    if job is None:
        raise UnknownJob(f"no job {job_id!r}")
    return job


@router.get(
    "/jobs/{job_id}/report",
    name="job_report",
    summary="A finished job's HTML report (accord forecast --report of the job's forecast)",
    responses=UNKNOWN_JOB | NO_REPORT,
    response_class=HTMLResponse,
)
def job_report(job_id: str, bench: Bench) -> Response:
    """The report the job's process made of its forecast when it finished: the bytes
    ``POST /forecast/report`` answers for the job's request (runs in any number)."""
    job = known_job(bench, job_id)
    made = job.report()
    if made is None:
        raise JobNotDone(
            f"job {job_id!r} has no report (status: {job.status}); a job has one once it is done"
        )
    return html_report(*made)


@router.delete(
    "/jobs/{job_id}", dependencies=[Write], summary="Cancel a job", responses=UNKNOWN_JOB
)
def cancel_job(job_id: str, bench: Bench, request: Request) -> dict[str, Any]:
    job = bench.jobs.cancel(job_id)
    if job is None:
        raise UnknownJob(f"no job {job_id!r}")
    return job_json(job, request)


# ------------------------------------------------------------------------- ledger


@router.get(
    "/ledger",
    summary="Recorded forecasts and resolutions in force (ledger list)",
    responses=UNKNOWN_LEDGER_SCENARIO,
)
def ledger(bench: Bench, scenario: str | None = None) -> dict[str, Any]:
    records, resolutions = bench.ledger_entries(scenario)
    return {
        "records": [r.to_dict(output=False) for r in records],
        "resolutions": [r.to_dict() for r in resolutions],
        # as `accord ledger list --json`: each record's draft forecasts, the drafts' results
        "drafts": [d.to_dict() for r in records for d in r.drafts()],
        "draft_results": [r.to_dict() for r in bench.draft_entries(scenario)],
    }


@router.get(
    "/ledger/records/{record_id}",
    summary="One recorded forecast (ledger show)",
    responses=UNKNOWN_RECORD,
)
def ledger_record(record_id: int, bench: Bench) -> dict[str, Any]:
    return bench.ledger_record(record_id).to_dict()


@router.get(
    "/ledger/scores",
    summary="Scores of the resolved forecasts (ledger score)",
    responses=UNKNOWN_LEDGER_SCENARIO | REFUSED,
)
def ledger_scores(
    bench: Bench, scenario: str | None = None, against: str | None = None
) -> dict[str, Any]:
    """``against``: the engine every other is compared with besides the status quo
    (``accord ledger score --against``); one with no scored forecast is a 400 naming the
    engines scored."""
    return bench.scores(scenario, against).to_dict()


@router.post(
    "/ledger/records",
    status_code=201,
    dependencies=[Write],
    summary="Forecast and append the forecast to the ledger (forecast --record)",
    responses=UNKNOWN_SCENARIO | REFUSED | BUSY_OR_COMPUTING,
)
def ledger_add(body: RecordRequest, bench: Bench) -> dict[str, Any]:
    known_engine("body.engine", body.engine)
    scenario = body.load(bench)
    with refusing("body.params", body.params):
        made = bench.forecast(scenario, body.engine, body.params, body.seed, body.runs)
    return bench.record(made).to_dict(output=False)


class UnknownJob(AccordError):
    """A job id that this server does not know (never submitted, or long finished)."""


class JobNotDone(AccordError):
    """The report of a job that has not finished (queued, running), failed or was cancelled."""


# ------------------------------------------------------------------------- news


@router.post(
    "/ingest",
    responses=BUSY
    | {
        400: error_response(
            "DataError: the file could not be read as text, HTML, an RSS/Atom feed or JSON "
            "Lines (its bytes, its markup or a line), nothing ingested"
        )
    },
    status_code=201,
    dependencies=[Write],
    summary="Ingest an article file",
)
async def ingest_file(
    bench: Bench,
    file: Annotated[UploadFile, File()],
    date_if_missing: Annotated[dt.date | None, Form()] = None,
) -> dict[str, Any]:
    raw = await file.read()
    return report_json(bench.ingest_upload(raw, file.filename, date_if_missing), UNDATED_FILE)


@router.post(
    "/ingest/text",
    status_code=201,
    dependencies=[Write],
    summary="Ingest pasted text",
    responses=REFUSED | BUSY,
)
def ingest_text(body: TextArticle, bench: Bench) -> dict[str, Any]:
    return report_json(bench.ingest_text(body.text, body.title, body.date, body.source))


@router.get("/documents", summary="Ingested documents, oldest first")
def documents(bench: Bench) -> list[dict[str, Any]]:
    return [d.to_dict(path=False) for d in bench.documents()]


def _event_type(name: str | None) -> str | None:
    """A PLOVER type (any case), refused as `accord events --type` refuses it: a typo is a
    422, not an empty list."""
    from accord.news.types import plover_type

    try:
        return None if name is None else plover_type(name)
    except AccordError as exc:
        raise ValueError(str(exc)) from None


ACTOR_READ_AS = "Accord-Actor-Read-As"
"""The response header that says which code (or name) a name given as ``?actor=`` was read as."""


@router.get(
    "/events",
    summary="Coded PLOVER events, oldest first",
    responses={
        200: {
            "headers": {
                ACTOR_READ_AS: {
                    "description": "Sent when ?actor= named a state or organisation (France) "
                    "that the gazetteer reads as its code (FRA), or a name whose words it "
                    "reads as another entry (Kremlin: Russian presidency): the code or name "
                    "the events were chosen by, as `accord events --actor` says it",
                    "schema": {"type": "string"},
                }
            }
        }
    },
)
def events(
    bench: Bench,
    response: Response,
    actor: str | None = None,
    type: Annotated[str | None, AfterValidator(_event_type)] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_confidence: Annotated[
        float | None,
        Query(
            ge=0.0,
            le=1.0,
            allow_inf_nan=False,
            description="Only events whose confidence is at least this probability: the "
            "calibrated probability that the event's type is right (as `accord events "
            "--min-confidence`).",
        ),
    ] = None,
) -> list[dict[str, Any]]:
    from accord.news.store import UnknownActor

    try:  # a state's name is read as its code, as `accord events --actor`
        chosen = bench.actor(actor) if actor else None
    except UnknownActor as exc:  # a 422 on the query's field, as an unknown ?type= is
        problem = {"type": "value_error", "loc": ("query", "actor"), "msg": str(exc)}
        raise RequestValidationError([problem | {"input": actor}]) from None
    if chosen is not None and chosen.entry is not None:
        response.headers[ACTOR_READ_AS] = chosen.value
    return [e.to_plover() for e in bench.events(chosen, type, since, until, min_confidence)]


EvidenceConfidence = Annotated[
    float | None,
    Query(
        ge=0.0,
        le=1.0,
        allow_inf_nan=False,
        description="Leave out findings whose holder's event in the sentence has a calibrated "
        "confidence below this probability; findings with no such event are kept (as `accord "
        "evidence --min-confidence`).",
    ),
]


@router.get(
    "/scenarios/{scenario_id}/evidence",
    summary="Stance evidence in the stored news",
    responses=UNKNOWN_SCENARIO,
)
def evidence(
    scenario_id: str,
    bench: Bench,
    version: Annotated[int | None, Query(ge=0)] = None,
    min_confidence: EvidenceConfidence = None,
) -> list[dict[str, Any]]:
    _docs, found = bench.evidence(bench.scenario(scenario_id, version), min_confidence)
    return [e.to_dict() for e in found]


CLOSED_QUESTION = (
    "evidence a change rests on is dated after its issue's horizon: that question has closed "
    "(resolve it in the ledger and set a later horizon first)"
)
"""The 400 of the routes that propose changes from the stored news (as `accord update`)."""


@router.get(
    "/scenarios/{scenario_id}/proposal",
    summary="Changes the stored news proposes",
    responses=UNKNOWN_SCENARIO | {400: error_response(f"DataError: {CLOSED_QUESTION}")},
)
def proposal(
    scenario_id: str,
    bench: Bench,
    version: Annotated[int | None, Query(ge=0)] = None,
    min_confidence: EvidenceConfidence = None,
    include_sources: Annotated[
        bool,
        Query(
            description="Count the findings from documents that are the scenario's own sources "
            "(left out by default, listed under `skipped`)"
        ),
    ] = False,
) -> dict[str, Any]:
    return proposal_json(
        bench.proposal(bench.scenario(scenario_id, version), min_confidence, include_sources)
    )


@router.post(
    "/scenarios/{scenario_id}/update",
    dependencies=[Write],
    summary="Accept proposed changes: a new version with their evidence",
    responses=UNKNOWN_SCENARIO
    | {
        409: error_response(
            "ChangeNotProposed: an accepted (actor, issue) pair is not among the changes the "
            "current evidence proposes (at the given confidence); nothing was saved"
        )
    }
    | {
        400: error_response(
            f"DataError: {CLOSED_QUESTION}, or the database failed under the save (a full "
            "disk, the server gone; refused for being busy, it is a 503); nothing was saved"
        )
    }
    | BUSY,
)
def update(scenario_id: str, body: AcceptBody, bench: Bench) -> dict[str, Any]:
    saved, made = bench.accept(
        scenario_id, list(body.accept), body.version, body.min_confidence, body.include_sources
    )
    return {
        "version": saved.to_dict() if saved else None,
        "changes": [change_json(c) for c in made.changes],
    }
