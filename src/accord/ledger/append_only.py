"""The statements that make ledger tables append-only, for the migrations that create them.

SQLite: one trigger per table and verb that aborts ``UPDATE`` and ``DELETE``. PostgreSQL: one
PL/pgSQL trigger function, ``accord_ledger_append_only`` (created by revision 0001, replaced
alike by later ones), fired before ``UPDATE`` or ``DELETE`` of any row and before ``TRUNCATE``.
Every revision that creates a table holding records or resolutions runs these for it
(migrations/README.md), so the statements are written once, here.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["POSTGRES_FUNCTION", "postgres_triggers", "sqlite_triggers", "triggers"]

POSTGRES_FUNCTION = """CREATE OR REPLACE FUNCTION accord_ledger_append_only() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
       END $$"""


def sqlite_triggers(tables: Sequence[str]) -> list[str]:
    """SQLite: ``RAISE(ABORT)`` before each ``UPDATE`` and ``DELETE`` on each of ``tables``."""
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {verb} refused'); END"
        for table in tables
        for verb in ("UPDATE", "DELETE")
    ]


def postgres_triggers(tables: Sequence[str]) -> list[str]:
    """PostgreSQL: the function, then row triggers (``UPDATE``, ``DELETE``) and statement
    triggers (``TRUNCATE``) on each of ``tables``."""
    return [
        POSTGRES_FUNCTION,
        *(
            f"CREATE OR REPLACE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION accord_ledger_append_only()"
            for table in tables
        ),
        *(
            f"CREATE OR REPLACE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION accord_ledger_append_only()"
            for table in tables
        ),
    ]


def triggers(dialect: str, tables: Sequence[str]) -> list[str]:
    """The statements for ``dialect`` (``sqlite``, ``postgresql``; none for any other)."""
    if dialect == "sqlite":
        return sqlite_triggers(tables)
    if dialect == "postgresql":
        return postgres_triggers(tables)
    return []
