"""The browsers' login sessions, kept in the workbench's database (session 41).

Until session 41 the sessions lived in the server's memory, so a restart (an upgrade, a crash,
``systemctl restart``) logged every browser out, and a form open in a tab was refused when it
was sent. They are rows of their own table now, beside the ingest reports (the same ``--db``,
the same Alembic migrations: :data:`accord.web.ingests.WORKBENCH_TABLES`, revision ``0002``).

A row holds the HMAC-SHA256 of the session's id under the write token, never the id: whoever
reads the database or a backup of it opens no session, and a workbench restarted with a new
token finds none of the old ones (a new token still logs everyone out). A row holds the
session's expiry, honoured on every read; logout deletes the row, so the cookie opens nothing on
any server of that database; every login deletes the expired rows. No row is cached in memory:
a second server on the same database sees a logout at once.
"""

from __future__ import annotations

from sqlalchemy import Float, String, delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from accord.store import READ_ONLY, migrate, retrying_write
from accord.web.ingests import WORKBENCH_TABLES
from accord.web.security import MAX_SESSIONS


class _Base(DeclarativeBase):
    pass


class LoginSessionRow(_Base):
    __tablename__ = "web_sessions"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires: Mapped[float] = mapped_column(Float, index=True)


class StoredSessions:
    """:class:`~accord.web.security.SessionRecords` in one database (``engine``: the workbench
    store's), at most :data:`~accord.web.security.MAX_SESSIONS` rows, the soonest to expire
    forgotten first."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._reads = sessionmaker(engine.execution_options(**{READ_ONLY: True}))
        self._where = engine.url.render_as_string(hide_password=True)  # for messages
        migrate(engine, WORKBENCH_TABLES)

    def add(self, digest: str, expires: float, now: float) -> None:
        def write() -> None:
            with self._sessions.begin() as session:
                session.execute(delete(LoginSessionRow).where(LoginSessionRow.expires <= now))
                kept = session.scalar(select(func.count()).select_from(LoginSessionRow)) or 0
                if kept >= MAX_SESSIONS:
                    oldest = select(LoginSessionRow.digest).order_by(LoginSessionRow.expires)
                    gone = list(session.scalars(oldest.limit(kept - MAX_SESSIONS + 1)))
                    session.execute(delete(LoginSessionRow).where(LoginSessionRow.digest.in_(gone)))
                session.add(LoginSessionRow(digest=digest, expires=expires))

        retrying_write(write, f"keep the login session in {self._where}")

    def expiry(self, digest: str) -> float | None:
        with self._reads() as session:
            found = session.scalar(
                select(LoginSessionRow.expires).where(LoginSessionRow.digest == digest)
            )
        return None if found is None else float(found)

    def remove(self, digest: str) -> None:
        def write() -> None:
            with self._sessions.begin() as session:
                session.execute(delete(LoginSessionRow).where(LoginSessionRow.digest == digest))

        retrying_write(write, f"end the login session in {self._where}")

    def count(self) -> int:
        """How many sessions are kept (expired ones not yet deleted included)."""
        with self._reads() as session:
            return int(session.scalar(select(func.count()).select_from(LoginSessionRow)) or 0)
