"""Which schema revision each part of a database is at, read without changing it, and an
explicit upgrade (``accord db status`` and ``accord db upgrade``; session 40's operations
trial, docs/trial-2026-12-07-s40-ops.md, finding 4).

Every command that opens a database upgrades the parts it uses on its own (docs/scale.md,
"Migrations"): until session 40 an operator could neither see a database's revisions before
a new accord touched it nor choose when the one-way upgrade happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from accord.errors import DataError
from accord.store.engine import OPENING_FAILURES, database_error, display_url
from accord.store.migrate import Component, current_revision, head_revision, migrate

__all__ = [
    "ABSENT",
    "CURRENT",
    "NEWER",
    "OLDER",
    "PartStatus",
    "components",
    "schema_status",
    "upgrade_all",
]

CURRENT = "current"
OLDER = "older"
NEWER = "newer"
ABSENT = "absent"


@dataclass(frozen=True)
class PartStatus:
    """One part of a database: ``found`` is its revision there (``None``: no tables of it;
    ``"0001"`` and so on, the revision its tables from before migrations are adopted at when
    ``adopted``), ``head`` this accord's newest, ``state`` one of :data:`CURRENT`,
    :data:`OLDER` (the next command that opens it upgrades it, one-way), :data:`NEWER`
    (written by a newer accord: refused) or :data:`ABSENT`."""

    name: str
    found: str | None
    head: str
    state: str
    adopted: bool = False


def components() -> tuple[Component, ...]:
    """Every part a database may hold: the news store, the ledger, the workbench's scenario
    versions and its own tables (its kept ingest reports and the browsers' login sessions)."""
    from accord.ledger.db import LEDGER
    from accord.news.store import NEWS
    from accord.scenario.versions import SCENARIO_VERSIONS
    from accord.web.ingests import WORKBENCH_TABLES

    return (NEWS, LEDGER, SCENARIO_VERSIONS, WORKBENCH_TABLES)


def _part(engine: Engine, component: Component) -> PartStatus:
    head = head_revision(component)
    found = current_revision(engine, component)
    adopted = False
    if found is None and component.adopt is not None:
        with engine.connect() as connection:
            found = component.adopt(connection)
        adopted = found is not None
    if found is None:
        state = ABSENT
    elif found == head and not adopted:
        state = CURRENT
    elif found in {s.revision for s in component.script().walk_revisions()}:
        state = OLDER
    else:
        state = NEWER
    return PartStatus(component.name, found, head, state, adopted)


def schema_status(engine: Engine) -> list[PartStatus]:
    """Each part's revision, read only (nothing is written, no lock taken)."""
    url = display_url(engine.url.render_as_string(hide_password=False))
    try:
        return [_part(engine, component) for component in components()]
    except OPENING_FAILURES as exc:  # StoreUnavailable where it does not answer
        raise database_error(exc, f"{url}: cannot open the database") from None


def upgrade_all(engine: Engine) -> list[tuple[PartStatus, str]]:
    """Upgrade every part that is there and older than this accord's (each in its own
    transaction, as opening it would); parts absent stay absent. Returns each part upgraded
    with its new revision. A part written by a newer accord is refused before anything is
    upgraded."""
    url = display_url(engine.url.render_as_string(hide_password=False))
    parts = schema_status(engine)
    newer = [part for part in parts if part.state == NEWER]
    if newer:
        named = ", ".join(f"the {p.name} tables at {p.found!r}" for p in newer)
        raise DataError(
            f"{url}: written by a newer accord ({named}; this one knows up to "
            f"{', '.join(repr(p.head) for p in newer)}); upgrade accord to use this database"
        )
    by_name = {component.name: component for component in components()}
    done = []
    for part in parts:
        if part.state == OLDER:
            done.append((part, migrate(engine, by_name[part.name])))
    return done
