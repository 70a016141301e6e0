"""Dated versions of a user's scenarios, kept in the same database as the news store.

Every save adds a row: nothing is overwritten, so an analyst can go back to what a scenario
said on any day. Rows live beside the news tables (the ``--db`` URL; SQLite by default,
PostgreSQL by URL), in one table with its own Alembic migrations (:mod:`accord.store`), and
hold the scenario as JSON text, read back through the same validating reader as a JSON file,
so a stored version is always a valid scenario.

Version numbers are per scenario id, from 1. Bundled scenarios are version 0 of their id: an
edited bundled scenario is saved as version 1, 2, ... and the shipped one stays readable.
Two writers saving the same id at once cannot both take one number: the pair (id, version) is
unique in the database, and a writer that loses the race retries with the next number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from accord.errors import UnknownScenarioError
from accord.scenario.catalogue import bundled_ids, load_bundled
from accord.scenario.io import read_json, write_json
from accord.scenario.model import Scenario
from accord.store import READ_ONLY, Component, migrate, retrying_write

__all__ = ["ScenarioVersions", "VersionInfo"]


class _Base(DeclarativeBase):
    pass


class ScenarioVersionRow(_Base):
    __tablename__ = "scenario_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    scenario_id: Mapped[str] = mapped_column(String(120), index=True)
    version: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("scenario_id", "version", name="uq_scenario_version"),)


def _adopt(connection: Any) -> str | None:
    """A database whose table came from ``create_all`` (before migrations) is at 0001."""
    from sqlalchemy import inspect

    return "0001" if inspect(connection).has_table("scenario_versions") else None


SCENARIO_VERSIONS = Component(
    name="scenario versions",
    script_location=Path(__file__).with_name("migrations"),
    version_table="accord_scenario_version",
    adopt=_adopt,
    head="0001",  # the newest file of migrations/versions (tests/store/test_store_reads.py)
)


@dataclass(frozen=True)
class VersionInfo:
    """One saved version: which scenario, which number, when, and why."""

    scenario_id: str
    version: int
    saved_at: dt.datetime | None  # None for a bundled scenario (version 0)
    title: str
    as_of: dt.date | None
    note: str | None
    bundled: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "scenario": self.scenario_id,
            "version": self.version,
            "saved_at": self.saved_at.isoformat() if self.saved_at else None,
            "title": self.title,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "note": self.note,
            "bundled": self.bundled,
        }


def _info(row: ScenarioVersionRow) -> VersionInfo:
    saved = row.saved_at if row.saved_at.tzinfo else row.saved_at.replace(tzinfo=dt.UTC)
    return VersionInfo(row.scenario_id, row.version, saved, row.title, row.as_of, row.note)


def _bundled_info(scenario_id: str) -> VersionInfo:
    s = load_bundled(scenario_id)
    return VersionInfo(s.id, 0, None, s.title, s.as_of, "bundled with accord", bundled=True)


class ScenarioVersions:
    """The scenario versions in one database (``engine``: e.g. a news ``Store``'s engine)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # reads take no write lock: a page waits for no writer, and a database locked long
        # by another process refuses a save (StoreBusy), not the page that shows the form
        self._reads = sessionmaker(engine.execution_options(**{READ_ONLY: True}))
        migrate(engine, SCENARIO_VERSIONS)

    def save(self, scenario: Scenario, note: str | None = None) -> VersionInfo:
        """Store ``scenario`` as the next version of its id, in one transaction."""
        return self.save_over(scenario, None, note)

    @overload
    def save_over(self, scenario: Scenario, over: None, note: str | None = None) -> VersionInfo: ...

    @overload
    def save_over(
        self, scenario: Scenario, over: Collection[int], note: str | None = None
    ) -> VersionInfo | None: ...

    def save_over(
        self, scenario: Scenario, over: Collection[int] | None, note: str | None = None
    ) -> VersionInfo | None:
        """Store ``scenario`` as the next version of its id only if the newest version is one
        of ``over`` (the versions an edit started from: an HTTP ``If-Match``; None: any), else
        save nothing and return None. The check and the write are one transaction, and a
        writer that took the next number first sends this one round again, where the check
        sees its version: two edits of one version cannot both be saved."""
        content = write_json(scenario)

        def write() -> VersionInfo | None:
            with self._sessions.begin() as session:
                top = session.scalar(
                    select(func.max(ScenarioVersionRow.version)).where(
                        ScenarioVersionRow.scenario_id == scenario.id
                    )
                )
                if over is not None and (top or 0) not in over:
                    return None
                row = ScenarioVersionRow(
                    scenario_id=scenario.id,
                    version=(top or 0) + 1,  # taken first by another writer: the next try
                    saved_at=dt.datetime.now(dt.UTC),
                    as_of=scenario.as_of,
                    title=scenario.title,
                    note=note,
                    content=content,
                )
                session.add(row)
            return _info(row)

        where = self.engine.url.render_as_string(hide_password=True)
        return retrying_write(write, f"save scenario {scenario.id!r} in {where}")

    def versions(self, scenario_id: str) -> list[VersionInfo]:
        """Every version of ``scenario_id``, oldest first (the bundled one as version 0)."""
        with self._reads() as session:
            rows = session.scalars(
                select(ScenarioVersionRow)
                .where(ScenarioVersionRow.scenario_id == scenario_id)
                .order_by(ScenarioVersionRow.version)
            ).all()
        found = [_info(r) for r in rows]
        if scenario_id in bundled_ids():
            found.insert(0, _bundled_info(scenario_id))
        return found

    def catalogue(self) -> list[VersionInfo]:
        """The newest version of every scenario: bundled ones and the user's, by id."""
        newest: dict[str, VersionInfo] = {i: _bundled_info(i) for i in bundled_ids()}
        with self._reads() as session:
            top = (
                select(
                    ScenarioVersionRow.scenario_id,
                    func.max(ScenarioVersionRow.version).label("top"),
                )
                .group_by(ScenarioVersionRow.scenario_id)
                .subquery()
            )
            rows = session.scalars(
                select(ScenarioVersionRow).join(
                    top,
                    (ScenarioVersionRow.scenario_id == top.c.scenario_id)
                    & (ScenarioVersionRow.version == top.c.top),
                )
            ).all()
        for row in rows:
            newest[row.scenario_id] = _info(row)
        return [newest[k] for k in sorted(newest)]

    def get(self, scenario_id: str, version: int | None = None) -> Scenario:
        """Version ``version`` of a scenario (default: the newest); 0 is the bundled one."""
        if version == 0 or (version is None and not self._has(scenario_id)):
            if scenario_id in bundled_ids():
                return load_bundled(scenario_id)
            raise UnknownScenarioError(f"no scenario {scenario_id!r} (neither saved nor bundled)")
        query = select(ScenarioVersionRow.content).where(
            ScenarioVersionRow.scenario_id == scenario_id
        )
        if version is None:
            query = query.order_by(ScenarioVersionRow.version.desc()).limit(1)
        else:
            query = query.where(ScenarioVersionRow.version == version)
        with self._reads() as session:
            content = session.scalar(query)
        if content is None:
            raise UnknownScenarioError(f"scenario {scenario_id!r} has no version {version}")
        return read_json(content)

    def _has(self, scenario_id: str) -> bool:
        with self._reads() as session:
            found = session.scalar(
                select(ScenarioVersionRow.id)
                .where(ScenarioVersionRow.scenario_id == scenario_id)
                .limit(1)
            )
        return found is not None

    def exists(self, scenario_id: str) -> bool:
        """Whether ``scenario_id`` is bundled or has a saved version."""
        return scenario_id in bundled_ids() or self._has(scenario_id)
