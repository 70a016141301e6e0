"""The ingest reports the news page announces, kept in the workbench's database.

After an ingest the news form redirects to ``/news?ingest=KEY``: the address carries a key,
never the report's text, so that a link cannot make the page announce a text of its own
(session 21). Until session 22 the reports were kept in the server's memory, so a restart (or a
second server on the same database) lost them and the page showed no notice. They are rows of
their own table now, beside the scenario versions (the same ``--db``, their own Alembic
migrations, :mod:`accord.store`). The newest :data:`KEPT_REPORTS` are kept: the transaction that
adds one deletes the older ones, so concurrent writers never leave more than a few extra.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from accord.news.ingest import IngestReport, repeated_lines
from accord.store import READ_ONLY, Component, migrate, retrying_write

KEPT_REPORTS = 64
"""How many ingest reports the workbench keeps for the news page."""

NAMED_ON_PAGE = 10
"""How many articles read twice the news page names (as the CLI), then a count."""


class _Base(DeclarativeBase):
    pass


class IngestReportRow(_Base):
    __tablename__ = "ingest_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(32))
    kept_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    content: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("key", name="uq_ingest_report_key"),)


WORKBENCH_TABLES = Component(
    name="workbench reports and sessions",
    script_location=Path(__file__).with_name("migrations"),
    version_table="accord_web_ingest_version",  # a database's own: never renamed
    head="0002",  # the newest file of migrations/versions (tests/store/test_store_reads.py)
    lock="workbench ingest reports",  # its name before session 42 (Component.lock)
)
"""The workbench's own tables: the ingest reports (0001) and, since session 41, the browsers'
login sessions (0002, :mod:`accord.web.sessions`). Named "workbench reports and sessions"
for both since session 42 (``accord db status`` and the upgrade's note said "workbench ingest
reports"; a longer name wraps that command's table on an 80-column terminal); its version
table keeps the name every database has."""

INGEST_REPORTS = WORKBENCH_TABLES
"""The name :data:`WORKBENCH_TABLES` had until session 42, kept for code that imports it."""


@dataclass(frozen=True)
class KeptIngest:
    """What the news page announces of an ingest: its counts and each problem's text."""

    added: int
    already_present: int
    events_new: int
    problems: tuple[str, ...]
    undated: int = 0  # stored with no date (session 27; a report kept before says 0)
    redated: int = 0  # stored before undated, dated now by the date sent
    warnings: tuple[str, ...] = ()
    """The articles read twice, as ``accord ingest`` names them (session 33: until then the
    page said only "already stored"; a report kept before has none)."""
    not_utf8: tuple[str, ...] = ()
    """The files that were not UTF-8 and were read as Windows-1252, one sentence each, as the
    API's answer says them (session 37: until then the page said nothing of them; a report kept
    before has none)."""

    @classmethod
    def of(cls, report: IngestReport) -> KeptIngest:
        problems = tuple(str(p) for p in report.problems)
        return cls(
            report.added,
            report.already_present,
            report.events_new,
            problems,
            len(report.undated),
            len(report.redated),
            tuple(repeated_lines(report.repeated, NAMED_ON_PAGE)),
            tuple(not_utf8_lines(report)),
        )


def not_utf8_lines(report: IngestReport) -> list[str]:
    """One sentence per file of ``report`` that was not UTF-8 and was read as Windows-1252, as
    ``accord ingest`` warns (session 36): another encoding's text comes out mangled."""
    from accord.news.readers import FALLBACK_ENCODING

    return [
        f"{item.describe()}: not UTF-8, read as {FALLBACK_ENCODING}; if it is in another "
        "encoding its text is mangled: convert it to UTF-8 and send it again"
        for item in report.not_utf8
    ]


class KeptIngests:
    """The kept ingest reports in one database (``engine``: the workbench store's)."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._reads = sessionmaker(engine.execution_options(**{READ_ONLY: True}))
        self._where = engine.url.render_as_string(hide_password=True)  # for messages
        migrate(engine, WORKBENCH_TABLES)

    def keep(self, report: IngestReport) -> str:
        """Store what the page will announce of ``report``; the key the address carries."""
        content = json.dumps(asdict(KeptIngest.of(report)))

        def write() -> str:
            key = secrets.token_urlsafe(12)  # taken already (unlikely): the next try's
            kept_at = dt.datetime.now(dt.UTC)
            with self._sessions.begin() as session:
                session.add(IngestReportRow(key=key, kept_at=kept_at, content=content))
                session.flush()
                oldest_kept = session.scalar(
                    select(IngestReportRow.id)
                    .order_by(IngestReportRow.id.desc())
                    .offset(KEPT_REPORTS - 1)
                    .limit(1)
                )
                if oldest_kept is not None:
                    session.execute(delete(IngestReportRow).where(IngestReportRow.id < oldest_kept))
            return key

        return retrying_write(write, f"keep the ingest report in {self._where}")

    def get(self, key: str) -> KeptIngest | None:
        """The report kept under ``key`` (None for a key never given, or no longer kept)."""
        with self._reads() as session:
            content = session.scalar(
                select(IngestReportRow.content).where(IngestReportRow.key == key)
            )
        if content is None:
            return None
        fields = json.loads(content)
        lists = {name: tuple(fields.get(name, ())) for name in ("problems", "warnings", "not_utf8")}
        return KeptIngest(**fields | lists)
