"""The forecast ledger: records and resolutions, append-only.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from accord.ledger.append_only import postgres_triggers, sqlite_triggers

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = ("ledger_records", "ledger_resolutions")

SQLITE_TRIGGERS = sqlite_triggers(APPEND_ONLY)

POSTGRES_TRIGGERS = postgres_triggers(APPEND_ONLY)


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    if "ledger_records" not in existing:
        op.create_table(
            "ledger_records",
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column("scenario_id", sa.String(120), nullable=False),
            sa.Column("scenario_hash", sa.String(64), nullable=False),
            sa.Column("as_of", sa.Date(), nullable=True),
            sa.Column("evidence_cutoff", sa.Date(), nullable=True),
            sa.Column("engine", sa.String(64), nullable=False),
            sa.Column("variant", sa.String(64), nullable=True),
            sa.Column("params", sa.JSON(), nullable=False),
            sa.Column("seed", sa.BigInteger(), nullable=True),
            sa.Column("runs", sa.Integer(), nullable=True),
            sa.Column("accord_version", sa.String(32), nullable=False),
            sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("output", sa.JSON(), nullable=False),
        )
        op.create_index("ix_ledger_records_scenario_id", "ledger_records", ["scenario_id"])
    if "ledger_resolutions" not in existing:
        op.create_table(
            "ledger_resolutions",
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column("scenario_id", sa.String(120), nullable=False),
            sa.Column("issue_id", sa.String(120), nullable=False),
            sa.Column("outcome", sa.Float(), nullable=False),
            sa.Column("agreed", sa.Boolean(), nullable=False),
            sa.Column("resolved_on", sa.Date(), nullable=False),
            sa.Column("source", sa.Text(), nullable=False),
            sa.Column("note", sa.Text(), nullable=True),
            sa.Column(
                "supersedes", sa.Integer(), sa.ForeignKey("ledger_resolutions.id"), nullable=True
            ),
            sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        )
        op.create_index("ix_ledger_resolutions_scenario_id", "ledger_resolutions", ["scenario_id"])
    triggers = {"sqlite": SQLITE_TRIGGERS, "postgresql": POSTGRES_TRIGGERS}
    for statement in triggers.get(bind.dialect.name, []):
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("ledger_resolutions")
    op.drop_table("ledger_records")
