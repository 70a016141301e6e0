"""The workbench's one door into the library: every route calls these methods.

Nothing here models anything. Each method picks the scenario (a stored version or a bundled
one), calls the library function the CLI calls for the same job, and returns its typed
result. The store is opened once per app; store writes are the library's transactions.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from accord.errors import (
    AccordError,
    DataError,
    Problem,
    ScenarioError,
    StoreBusy,
    StoreUnavailable,
    UnknownScenarioError,
)
from accord.ledger.db import Ledger, NoLedger
from accord.ledger.records import DraftResult
from accord.news.ingest import IngestReport, ingest_documents
from accord.news.readers import make_document, read_data
from accord.news.store import ActorFilter, DocumentInfo, Store, StoredEvent, resolve_actor
from accord.news.types import Document, StanceEvidence
from accord.news.update import Proposal, propose
from accord.news.update import accept as accept_changes
from accord.scenario.checks import ScenarioWarning, scenario_warnings
from accord.scenario.io import dumps, loads, scenario_from_data, unfit, writable_formats
from accord.scenario.model import Scenario
from accord.scenario.versions import ScenarioVersions, VersionInfo
from accord.store import OUTAGES
from accord.web.ingests import KeptIngest, KeptIngests
from accord.web.jobs import Jobs
from accord.web.settings import WebSettings
from accord.web.slots import (
    ComputeSlots,
    GiveBack,
    RequestAbandoned,
    ServerBusy,
    StopBeforeRuns,
    StopWhenAbandoned,
    stop_if_abandoned,
)

if TYPE_CHECKING:
    from accord.engines.base import Engine
    from accord.forecast import Forecast
    from accord.forecast.compare import Comparison
    from accord.forecast.explain import Explanation
    from accord.forecast.versus import ScenarioComparison
    from accord.ledger import ForecastRecord, Resolution, Scores

STORE_OUTAGES: tuple[type[SQLAlchemyError], ...] = OUTAGES
"""The database's failures that say it does not answer (the server down or out of reach, the
connection lost, a SQLite file that cannot be opened or read, the pool waited out), as opposed
to a fault of accord's own (a wrong statement: ``ProgrammingError``, a 500): the library's
:data:`accord.store.OUTAGES`, which its own errors are told apart by since session 43."""


def store_outage(exc: Exception) -> Exception | None:
    """``exc`` where it says that a database did not answer: one of :data:`STORE_OUTAGES`,
    or :class:`~accord.errors.StoreUnavailable`, what the library raises for one (a write's,
    :func:`accord.store.retrying_write`; opening a database, :func:`accord.store.migrate`;
    reading which tables it holds, :func:`accord.store.stored_tables`); None for any other
    error, a database busy included (:class:`~accord.errors.StoreBusy`). Until session 43
    opening a database raised a plain ``DataError``, told apart here by the driver's failure
    in its context."""
    if isinstance(exc, StoreBusy):
        return None
    if isinstance(exc, (*STORE_OUTAGES, StoreUnavailable)):
        return exc
    return None


class LedgerUnavailable(StoreUnavailable):
    """The ledger's database did not answer (``cause``: how), where the ledger's database
    (``url``, its password hidden) may be another than the workbench's: the app answers it as
    every store outage (503 with ``Retry-After``), its log line naming the ledger's database
    (:func:`accord.web.health.log_unavailable`; session 43). Its message, which the client
    reads, names neither."""

    def __init__(self, url: str, cause: Exception) -> None:
        from accord.store import display_url

        super().__init__(LEDGER_UNAVAILABLE)
        self.url = display_url(url)
        self.cause = cause


LEDGER_UNAVAILABLE = (
    "the forecast ledger's database does not answer (the server's log, where accord serve "
    "runs, says which and why); nothing is wrong with the request: send it again in a few "
    "seconds"
)


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def upload_name(filename: str | None, default: str) -> str:
    """A label for an uploaded file: its base name, reduced to safe characters. It names the
    file in messages and its extension picks the reader; it never becomes a path."""
    base = re.split(r"[\\/]", filename or "")[-1]
    cleaned = _SAFE_NAME.sub("_", base).strip("._")[:100]
    return cleaned or default


def addressable(scenario_id: str) -> None:
    """Refuse a new scenario id that no page address can carry: the workbench's pages are
    ``/scenarios/ID/...``, a ``/`` in the id splits that path, and browsers remove ``.`` and
    ``..`` segments from it (escaped or not), so such a scenario would be saved and listed but
    every link to it would be a 404. (The library's ids allow them: a file never needed a URL.)"""
    if "/" in scenario_id or scenario_id in {".", ".."}:
        raise ScenarioError(
            [
                Problem(
                    "id",
                    "cannot be a page address: no '/' in it, and not '.' or '..'",
                    scenario_id,
                )
            ]
        )


NEWS_UPDATE = "news update: "
"""How the note of a version saved by accepting the news's proposed changes begins."""


@dataclass(frozen=True)
class Saved:
    """A scenario a client sent, saved, and what ``accord validate`` warns of in it (an actor's
    country code that names no country, an issue one actor holds, ...): the API's answer
    carries them as ``warnings`` (until session 32 an upload said nothing of them)."""

    info: VersionInfo
    warnings: list[ScenarioWarning]


@dataclass(frozen=True)
class Compared:
    """One engine's forecast in a comparison, or why that engine could not run."""

    engine: str
    forecast: Forecast | None
    error: str | None = None


class Workbench:
    """The library objects one app instance works with: store, scenario versions, jobs."""

    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        self.store = Store(settings.db)
        self.versions = ScenarioVersions(self.store.engine)
        self.jobs = Jobs(settings.job_workers)
        self.slots = ComputeSlots(settings.max_concurrent_forecasts)
        # the news store keeps near-duplicate signatures in memory: one ingest at a time
        self._ingest_lock = threading.Lock()
        self._ledger: Ledger | None = None
        self._ledger_lock = threading.Lock()
        self._downloads: dict[tuple[str, int], dict[str, Problem | None]] = {}
        self.ingests = KeptIngests(self.store.engine)

    def close(self) -> None:
        self.jobs.shutdown()
        self.store.close()
        if self._ledger is not None:
            self._ledger.close()

    # ---------------------------------------------------------------- scenarios

    def catalogue(self) -> list[VersionInfo]:
        return self.versions.catalogue()

    def scenario(self, scenario_id: str, version: int | None = None) -> Scenario:
        return self.versions.get(scenario_id, version)

    def history(self, scenario_id: str) -> list[VersionInfo]:
        found = self.versions.versions(scenario_id)
        if not found:
            self.versions.get(scenario_id)  # raises UnknownScenarioError
        return found

    def save(self, scenario: Scenario, note: str | None = None) -> VersionInfo:
        """Store a new version; its institutions section is checked first, as
        ``accord validate`` checks it (bodies, drafts, votes)."""
        self._check_institutions(scenario)
        return self.versions.save(scenario, note)

    def save_over(
        self, scenario: Scenario, over: Collection[int], note: str | None = None
    ) -> VersionInfo | None:
        """:meth:`save`, only if the newest version is one of ``over`` (an HTTP ``If-Match``),
        checked in the write's transaction (:meth:`ScenarioVersions.save_over`); None if not."""
        self._check_institutions(scenario)
        return self.versions.save_over(scenario, over, note)

    def create_by_put(self, scenario: Scenario, note: str | None = None) -> VersionInfo:
        """Save ``scenario`` as the first version of an id that has none and is not bundled:
        a write with no If-Match, which may create a scenario but never replace one (RFC 6585,
        3). Checked in the write's transaction, so of two such writes at once one creates the
        scenario and the other is refused as the one that finds it did."""
        addressable(scenario.id)
        saved = None if self.versions.exists(scenario.id) else self.save_over(scenario, {0}, note)
        if saved is None:
            raise PreconditionRequired(scenario.id, self.history(scenario.id)[-1].version)
        return saved

    @staticmethod
    def _check_institutions(scenario: Scenario) -> None:
        if not scenario.institutions.is_empty:
            from accord.institutions.resolutions import institutions_of

            institutions_of(scenario)

    def create(self, data: Any, note: str | None = None, replace: bool = False) -> Saved:
        """Validate plain data as a scenario and save it; a new id unless ``replace``."""
        scenario = scenario_from_data(data)
        self._check_new(scenario, replace)
        return Saved(self.save(scenario, note), scenario_warnings(scenario))

    def upload(
        self, raw: bytes, filename: str | None, fmt: str | None, replace: bool = False
    ) -> Saved:
        """Read an uploaded scenario file with the CLI's readers and save it."""
        name = upload_name(filename, "upload.yaml")
        scenario = loads(raw, name, fmt or None)
        self._check_new(scenario, replace)
        return Saved(self.save(scenario, f"uploaded from {name}"), scenario_warnings(scenario))

    def _check_new(self, scenario: Scenario, replace: bool) -> None:
        addressable(scenario.id)
        if not replace and self.versions.exists(scenario.id):
            raise ScenarioExists(
                f"a scenario with id {scenario.id!r} exists already; "
                "save it as a new version of that scenario or give it another id"
            )

    def downloads(self, info: VersionInfo) -> dict[str, Problem | None]:
        """Each format accord writes, with what of this version it has no room for (None: the
        download holds it). Kept per version, as a saved version never changes: an editor page
        lists every version, and reading each of them again on every view costs a load each."""
        key = (info.scenario_id, info.version)
        found = self._downloads.get(key)
        if found is None:
            scenario = self.scenario(info.scenario_id, info.version)
            found = {name: unfit(scenario, name) for name in writable_formats()}
            self._downloads[key] = found
        return found

    def download(self, scenario_id: str, version: int | None, fmt: str) -> str:
        return dumps(self.scenario(scenario_id, version), fmt)

    # ---------------------------------------------------------------- forecasts

    @staticmethod
    def _without_institutions(scenario: Scenario, institutions: bool) -> Scenario:
        if institutions or scenario.institutions.is_empty:
            return scenario
        from accord.scenario.institutions import Institutions

        return scenario.model_copy(update={"institutions": Institutions()})

    def _slot(self) -> GiveBack:
        """A slot of the inline computations' cap (:mod:`accord.web.slots`), taken now and
        given back when the ``with`` block it opens ends, however it ends;
        :class:`ServerBusy` (503) when every one is taken."""
        if not self.slots.take():
            raise ServerBusy(self.slots.busy_message())
        return GiveBack(self.slots)

    @staticmethod
    def _engine(name: str) -> Engine:
        """The engine called ``name``, stopped before each of its runs once the request's
        client has gone away (:class:`~accord.web.slots.StopBeforeRuns`, session 42);
        :class:`~accord.errors.EngineError` for an unknown name, as the library's."""
        from accord.engines import get_engine

        return StopBeforeRuns(get_engine(name))

    def forecast(
        self,
        scenario: Scenario,
        engine: str,
        params: dict[str, Any] | None = None,
        seed: int | None = None,
        runs: int | None = None,
        institutions: bool = True,
    ) -> Forecast:
        """:func:`accord.forecast.forecast`; ``institutions=False`` leaves the votes on the
        scenario's draft resolutions out (a what-if that moves stances need not re-predict
        193 votes). If the client goes away an ensemble stops between its blocks, and a run
        not started yet does not start."""
        from accord.forecast import forecast  # the engines load on the first forecast

        executor = StopWhenAbandoned() if runs else None
        with self._slot():
            chosen = self._engine(engine)
            return forecast(
                scenario, chosen, params, seed, runs=runs, votes=institutions, executor=executor
            )

    def forecasts(
        self,
        scenario: Scenario,
        engines: list[str],
        institutions: bool = True,
        seed: int | None = None,
    ) -> list[Compared]:
        """Each engine's whole forecast (with its trajectory and narrative, which the
        forecast page draws); an engine that cannot run this scenario is reported with its
        message instead of failing the page (the forecast page's). Once the client has gone
        away the next engine does not start (:class:`RequestAbandoned`, session 41): the slot
        is given back after the engine running then, not after them all."""
        out = []
        with self._slot():  # one slot for them all
            for name in engines:
                stop_if_abandoned()  # and each engine's run checks again (StopBeforeRuns)
                try:
                    made = self.forecast(scenario, name, seed=seed, institutions=institutions)
                    out.append(Compared(name, made))
                except RequestAbandoned:
                    raise  # not an engine's message: nobody reads the page
                except AccordError as exc:
                    out.append(Compared(name, None, str(exc)))
        return out

    def compare(
        self,
        scenario: Scenario,
        engines: list[str] | None,
        params: dict[str, dict[str, Any]] | None = None,
        seed: int | None = None,
        institutions: bool = True,
    ) -> Comparison:
        """:func:`accord.forecast.compare.compare` (the ``accord compare --json`` contract);
        once the client has gone away, no further engine starts."""
        from accord.forecast.compare import compare

        with self._slot():
            plain = self._without_institutions(scenario, institutions)
            return compare(plain, engines, params, seed, wrap=StopBeforeRuns)

    def compare_scenarios(
        self,
        a: Scenario,
        b: Scenario,
        engine: str,
        params: dict[str, Any] | None = None,
        seed: int | None = None,
        runs: int | None = None,
    ) -> ScenarioComparison:
        """:func:`accord.forecast.versus.compare_scenarios`: one engine's forecasts of two
        scenarios, issue by issue (the comparison page, ``POST /compare/scenarios``); once the
        client has gone away, the second scenario's forecast does not start."""
        from accord.forecast.versus import compare_scenarios

        with self._slot():
            chosen = self._engine(engine)
            return compare_scenarios(a, b, chosen, params=params, seed=seed, runs=runs)

    @staticmethod
    def csv_of(frame: Any) -> str:
        """A result's tidy table as the CLI's ``--format csv`` writes it
        (:func:`accord.frames.frame_bytes`)."""
        import accord.frames  # CSV is always written: its refusals are Parquet's

        return accord.frames.frame_bytes(frame, "csv").decode("utf-8")

    def explain(
        self,
        scenario: Scenario,
        engine: str,
        issue: str | None = None,
        params: dict[str, Any] | None = None,
        seed: int | None = None,
        top: int | None = 10,
    ) -> Explanation:
        """:func:`accord.forecast.explain.explain`: weight shares and a tornado per issue; once
        the client has gone away, the tornado's batch run (nearly all the time) does not
        start."""
        from accord.forecast.explain import explain

        with self._slot():
            return explain(scenario, self._engine(engine), issue, params, seed, top)

    # ---------------------------------------------------------------- ledger

    def ledger_url(self) -> str:
        """The ledger's database URL: the workbench's database (``--db``), else the ledger's
        own default (``$ACCORD_LEDGER_DB``, ``$ACCORD_DB``, the data directory's ``ledger.db``),
        as :class:`accord.ledger.Ledger` reads it."""
        from accord.ledger.db import default_url
        from accord.store import normalise_url

        return normalise_url(self.settings.db) if self.settings.db else default_url()

    def ledger(self) -> Ledger:
        """The forecast ledger (:meth:`ledger_url`), opened on first use and made there if
        it is missing: the ledger a record is written into. Reads go through
        :meth:`reading_ledger`, which makes nothing. A ledger whose database does not answer
        is :class:`LedgerUnavailable` (the workbench's 503, logged with the ledger's URL)."""
        with self._ledger_lock:
            if self._ledger is None:
                with self._on_ledger(opening=True):
                    self._ledger = Ledger(self.ledger_url())
            return self._ledger

    def reading_ledger(self) -> Ledger:
        """The ledger to read: the workbench's ledger where its database holds one, else an
        empty one that exists nowhere (:class:`NoLedger`).
        Until session 43 a read (the ledger page, ``GET /api/v1/ledger``) made the ledger: a
        new SQLite file, or the ledger's tables in a database that had none. Whether there is
        one is read afresh until it is opened (another process may record the first forecast);
        a database that does not answer is :class:`LedgerUnavailable`, as for a write."""
        with self._ledger_lock:
            if self._ledger is not None:
                return self._ledger
        if self._ledger_exists():
            return self.ledger()
        return NoLedger(self.ledger_url())

    def _ledger_exists(self) -> bool:
        """Whether the ledger's database holds a ledger (its version table, or the records'
        table of a ledger older than its migrations), read without making or changing
        anything (:func:`accord.store.holds_component`, which the command line's reads ask
        too): a SQLite file that is not there, or an in-memory database, is none; one that is
        there is read through a read-only connection; another database (PostgreSQL) is asked
        for its tables. A database that does not answer is :class:`LedgerUnavailable`."""
        from accord.ledger.db import LEDGER
        from accord.store import holds_component

        with self._on_ledger():
            return holds_component(self.ledger_url(), LEDGER)

    @contextmanager
    def _on_ledger(self, opening: bool = False) -> Iterator[None]:
        """Turn a failure of the ledger's database that says it does not answer into
        :class:`LedgerUnavailable` naming the ledger's URL, so that the 503 the app answers is
        logged with the ledger's database, not the workbench's (they differ where the ledger
        has its own, ``$ACCORD_LEDGER_DB``); a lock waited out while the ledger is made
        (``opening``) is :class:`~accord.errors.StoreBusy`, as a record's own write is. Until
        session 43 a ledger on a PostgreSQL server that was down when first opened was a 400
        ``DataError`` that named the database; until session 44 so was a ledger whose file is
        not a database (:class:`~accord.store.NotADatabase`, a text file where the SQLite
        file should be), which is now answered as the store that does not answer it is for
        the client: the server's path in the log only, where its operator can mend it."""
        try:
            yield
        except LedgerUnavailable:
            raise
        except Exception as exc:
            locked = isinstance(exc, OperationalError) and "locked" in str(exc.orig)
            if opening and (locked or isinstance(exc, StoreBusy)):
                from accord.store import display_url

                # opening (making) the ledger waited out another writer's lock: busy, not down
                raise StoreBusy(
                    f"cannot open the ledger in {display_url(self.ledger_url())}: another "
                    "writer held the database's lock for longer than accord waits; nothing was "
                    "written: try again when that writer has finished"
                ) from None
            from accord.store import NotADatabase

            cause = store_outage(exc) or (exc if isinstance(exc, NotADatabase) else None)
            if cause is None:
                raise
            raise LedgerUnavailable(self.ledger_url(), cause) from None

    def report_history(self, scenario_id: str) -> tuple[list[ForecastRecord], list[Resolution]]:
        """What a forecast's report reads of the ledger, read as ``accord forecast --report``
        reads it (:meth:`accord.ledger.Ledger.history`: the scenario's records and its
        questions' resolutions in force), from the workbench's ledger (the one the ledger page
        shows and records into), so that the report's brief says what moved since the
        ledger's previous forecast and the track record, as the CLI's does for the same
        ledger. Where there is no ledger yet (:meth:`reading_ledger`) nothing is read and
        nothing made: a report makes no ledger, as the CLI's makes none, and its brief says
        that none was read. A ledger whose database does not answer fails the request as
        every read of the store does."""
        with self._on_ledger():
            return self.reading_ledger().history(scenario_id)  # NoLedger's: nothing

    def ledger_entries(
        self, scenario_id: str | None = None
    ) -> tuple[list[ForecastRecord], list[Resolution]]:
        """Recorded forecasts and the resolutions in force (the ledger's and bundled); a
        scenario id that nothing knows is refused (:meth:`accord.ledger.Ledger.entries`).
        A scenario saved here with nothing in the ledger yet has an empty ledger: the pages
        list it to pick and to record, and the ledger knows only its own and bundled ids."""
        try:
            with self._on_ledger():
                return self.reading_ledger().entries(scenario_id)
        except UnknownScenarioError:
            if scenario_id is None or not self.versions.exists(scenario_id):
                raise
            return [], []

    def draft_entries(self, scenario_id: str | None = None) -> list[DraftResult]:
        """The drafts' results in force (:meth:`accord.ledger.Ledger.draft_entries`)."""
        with self._on_ledger():
            return self.reading_ledger().draft_entries(scenario_id)

    def ledger_record(self, record_id: int) -> ForecastRecord:
        """One recorded forecast; :class:`~accord.errors.UnknownRecord` (404) for an id the
        ledger does not hold, or where there is no ledger yet."""
        with self._on_ledger():
            return self.reading_ledger().record(record_id)

    def scores(self, scenario_id: str | None = None, against: str | None = None) -> Scores:
        """The scores of ``accord ledger score``: the issues', and the drafts' P(adopted)
        against their recorded results, every engine compared with the status quo and with
        ``against`` (``ledger score --against``)."""
        from accord.ledger import score

        records, resolutions = self.ledger_entries(scenario_id)
        return score(records, resolutions, self.draft_entries(scenario_id), against)

    def record(self, made: Forecast) -> ForecastRecord:
        """Append a forecast to the ledger (as ``accord forecast --record`` does), making the
        ledger if there is none yet."""
        from accord.ledger import record_of

        with self._on_ledger():
            return self.ledger().add_record(record_of(made))

    # ---------------------------------------------------------------- news

    def ingest_text(
        self,
        text: str,
        title: str | None = None,
        date: dt.date | None = None,
        source: str | None = None,
    ) -> IngestReport:
        if not re.search(r"[^\W\d_]{2,}", text or ""):
            raise DataError("text: no words to read (paste the article's text)")
        doc = make_document(text, title=title or None, date=date, source=source or None)
        report = self._ingest([doc], [])
        if date is not None and report.already_present:
            # the same text pasted before without a date, now with one: dated as an upload's
            # date_if_missing dates a stored copy (what an undated answer says to do; session 27)
            with self._ingest_lock:
                done = self.store.redate_undated(doc.id, date)
            if done is not None:
                report.redated.append((doc.title, done))
        return report

    def ingest_upload(
        self, raw: bytes, filename: str | None, date_if_missing: dt.date | None = None
    ) -> IngestReport:
        """Read an uploaded file (text, HTML, feed, JSON Lines) with the CLI's readers and
        ingest it; documents with no date of their own take ``date_if_missing``."""
        name = upload_name(filename, "upload.txt")
        result = read_data(raw, name)
        report = self._ingest(result.documents, result.problems, date_if_missing)
        if result.not_utf8 is not None:  # said in the answer's warnings (session 36)
            report.not_utf8.append(result.not_utf8)
        return report

    def keep_report(self, report: IngestReport) -> str:
        """A key to ``report`` for the news page that the ingest form's answer redirects to:
        its problems are text, which the address must not carry (a link could then make the
        page announce any text). Kept in the database (:mod:`accord.web.ingests`): a restart
        keeps them, and so does another server on the same store."""
        return self.ingests.keep(report)

    def kept_report(self, key: str) -> KeptIngest | None:
        """The report :meth:`keep_report` kept under ``key`` (None for a key it never gave)."""
        return self.ingests.get(key)

    def _ingest(
        self, docs: list[Document], problems: list[Any], date_if_missing: dt.date | None = None
    ) -> IngestReport:
        with self._ingest_lock:
            return ingest_documents(
                docs, self.store, problems=problems, date_if_missing=date_if_missing
            )

    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def actor(self, actor: str) -> ActorFilter:
        """``actor`` as an events filter, as `accord events --actor` reads it
        (:func:`accord.news.store.resolve_actor`: a state's name is read as its code; one that
        nothing knows or that names several codes raises
        :class:`accord.news.store.UnknownActor`)."""
        return resolve_actor(self.store, actor)

    def events(
        self,
        actor: ActorFilter | None = None,
        event_type: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        min_confidence: float | None = None,
    ) -> list[StoredEvent]:
        """Stored events; ``actor`` as :meth:`actor` read it."""
        return self.store.events(
            actor=None if actor is None else actor.value,
            event_type=event_type,
            since=since,
            until=until,
            min_confidence=min_confidence,
        )

    def evidence(
        self, scenario: Scenario, min_confidence: float | None = None
    ) -> tuple[list[Document], list[StanceEvidence]]:
        """The stored documents and their evidence for ``scenario``; ``min_confidence`` as in
        :func:`accord.news.evidence.evidence_in_store` (``accord evidence --min-confidence``)."""
        from accord.news.evidence import evidence_in_store

        return evidence_in_store(scenario, self.store, min_confidence=min_confidence)

    def proposal(
        self,
        scenario: Scenario,
        min_confidence: float | None = None,
        include_sources: bool = False,
    ) -> Proposal:
        """As ``accord update``: findings from the scenario's own sources propose nothing
        unless ``include_sources`` (:func:`~accord.news.update.propose`)."""
        docs, found = self.evidence(scenario, min_confidence)
        return propose(scenario, found, docs, include_sources)

    def accept(
        self,
        scenario_id: str,
        pairs: list[tuple[str, str]],
        version: int | None = None,
        min_confidence: float | None = None,
        include_sources: bool = False,
    ) -> tuple[VersionInfo | None, Proposal]:
        """Apply the proposed changes of the chosen (actor, issue) pairs, with their evidence,
        as a new version; the other proposals are left out (rejected). ``min_confidence``
        must be the one the proposal was shown with, so that the accepted change rests on
        the same evidence. No pairs is a rejection of every change: nothing is saved.

        A pair that the current evidence does not propose a change for (the proposal was
        read before the store, the scenario or the confidence changed, or the pair was never
        proposed) refuses the whole accept with :class:`ChangeNotProposed`, nothing saved:
        the user decided on a change that is no longer on offer, and saving the rest, or
        nothing under a 200, would let them believe their decision was recorded.

        One proposal serves both: :func:`~accord.news.update.propose` decides each (actor,
        issue) pair from that pair's evidence alone, so the changes it makes from the chosen
        pairs' evidence are the ones the whole proposal offers for those pairs. Only the
        evidence of the accepted changes is checked against the issues' horizons, as only
        those changes are saved. ``include_sources`` as the proposal's."""
        scenario = self.scenario(scenario_id, version)
        docs, found = self.evidence(scenario, min_confidence)
        proposal, stale = accept_changes(scenario, found, docs, pairs, include_sources)
        if stale:
            raise ChangeNotProposed(scenario_id, stale, min_confidence)
        if not proposal.changes:
            return None, proposal
        note = NEWS_UPDATE + "; ".join(c.describe() for c in proposal.changes)
        return self.save(proposal.scenario, note[:2000]), proposal


class ScenarioExists(AccordError):
    """Creating a scenario whose id is taken (bundled or saved)."""


class StaleVersion(AccordError):
    """Saving over a scenario version that is no longer the newest (an API client's
    ``If-Match``): the save would silently undo the versions saved since."""

    def __init__(self, scenario_id: str, if_match: str, newest: int) -> None:
        super().__init__(
            f"{scenario_id}: If-Match {if_match} is not the newest version, which is "
            f'"{newest}"; nothing was saved (GET the scenario again, make the change on it and '
            "send its ETag)"
        )
        self.newest = newest


class PreconditionRequired(AccordError):
    """A write without If-Match over a scenario that exists: it would replace whatever is
    newest, a concurrent writer's change included, unseen (RFC 6585, 3: 428)."""

    def __init__(self, scenario_id: str, newest: int) -> None:
        need = f'If-Match: "{newest}" (the ETag of its newest version) or If-Match: *'
        super().__init__(
            f"{scenario_id}: exists; a PUT over it needs {need}; nothing was saved (GET the "
            "scenario, make the change on it and send its ETag)"
        )
        required = f"required over an existing scenario: {need}"
        self.problems = [Problem("header.if-match", required, has_value=False)]
        self.newest = newest


class ChangeNotProposed(AccordError):
    """Accepting (actor, issue) pairs that the current evidence proposes no change for."""

    def __init__(
        self, scenario_id: str, pairs: list[tuple[str, str]], min_confidence: float | None
    ) -> None:
        level = "" if min_confidence is None else f" at event confidence >= {min_confidence:g}"
        named = ", ".join(f"{actor} / {issue}" for actor, issue in pairs)
        super().__init__(
            f"{scenario_id}: not among the changes the current evidence proposes{level}: "
            f"{named}; nothing was saved (read the proposal again and accept from it)"
        )
        self.pairs = pairs
