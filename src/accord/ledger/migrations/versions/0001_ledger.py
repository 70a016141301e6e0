"""The forecast ledger as first released: records, resolutions, meta, append-only triggers.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_APPEND_ONLY = ("ledger_records", "ledger_resolutions")


def upgrade() -> None:
    op.create_table(
        "ledger_records",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scenario_id", sa.String(120), nullable=False),
        sa.Column("scenario_hash", sa.String(64), nullable=False),
        sa.Column("as_of", sa.Date()),
        sa.Column("evidence_cutoff", sa.Date()),
        sa.Column("engine", sa.String(64), nullable=False),
        sa.Column("variant", sa.String(64)),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("seed", sa.BigInteger()),
        sa.Column("runs", sa.Integer()),
        sa.Column("accord_version", sa.String(32), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("output", sa.JSON(), nullable=False),
    )
    op.create_index("ix_ledger_records_scenario_id", "ledger_records", ["scenario_id"])
    op.create_table(
        "ledger_resolutions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scenario_id", sa.String(120), nullable=False),
        sa.Column("issue_id", sa.String(120), nullable=False),
        sa.Column("outcome", sa.Float(), nullable=False),
        sa.Column("agreed", sa.Boolean(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("supersedes", sa.Integer(), sa.ForeignKey("ledger_resolutions.id")),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_ledger_resolutions_scenario_id", "ledger_resolutions", ["scenario_id"])
    op.create_table(
        "ledger_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    meta = sa.table("ledger_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(meta, [{"key": "schema_version", "value": "1"}])
    for statement in _triggers(op.get_bind().dialect.name):
        op.execute(statement)


def _triggers(dialect: str) -> list[str]:
    """Append-only: the database refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL)."""
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {verb} refused'); END"
            for table in _APPEND_ONLY
            for verb in ("UPDATE", "DELETE")
        ]
    return [
        """CREATE OR REPLACE FUNCTION accord_ledger_append_only() RETURNS trigger
           LANGUAGE plpgsql AS $$
           BEGIN
             RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
           END $$""",
        *(
            f"CREATE OR REPLACE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION accord_ledger_append_only()"
            for table in _APPEND_ONLY
        ),
        *(
            f"CREATE OR REPLACE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION accord_ledger_append_only()"
            for table in _APPEND_ONLY
        ),
    ]


def downgrade() -> None:
    for table in ("ledger_resolutions", "ledger_records", "ledger_meta"):
        op.drop_table(table)
