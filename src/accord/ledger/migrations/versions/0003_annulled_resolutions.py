"""Annulled questions: a resolution that says the question was annulled (or resolved ambiguous)
and why, instead of an outcome (``accord ledger resolve ... --annulled REASON``).

Adds ``ledger_resolutions.annulled`` (the reason; NULL for a resolution with an outcome) and lets
``outcome`` and ``agreed`` be NULL, which they are exactly for an annulled question. Every row
already there is kept as it is (``annulled`` NULL): a ledger at 0002 is upgraded without loss
(tests/ledger/test_ledger_annulled.py). SQLite cannot drop a NOT NULL in place, so there the
table is renamed, a new one made with its columns, its foreign key (``supersedes``) and its index,
the rows copied in (same ids), the old one dropped and the append-only triggers made on the new
one, all in the migration's one transaction. (Alembic's batch mode copies the other way round:
the copy's rows then point at the table being dropped, and SQLite's foreign-key check refuses the
drop.) PostgreSQL alters the columns in place and keeps its triggers.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from accord.ledger.append_only import triggers

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLE = "ledger_resolutions"

COLUMNS = (
    "id", "scenario_id", "issue_id", "outcome", "agreed", "resolved_on", "source", "note",
    "supersedes", "recorded_at",
)  # fmt: skip
"""The columns of revision 0002's table, copied as they are."""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.add_column(TABLE, sa.Column("annulled", sa.Text(), nullable=True))
        op.alter_column(TABLE, "outcome", existing_type=sa.Float(), nullable=True)
        op.alter_column(TABLE, "agreed", existing_type=sa.Boolean(), nullable=True)
        return
    old = f"{TABLE}_0002"
    op.rename_table(TABLE, old)  # its triggers and index go with it, and its own foreign key
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scenario_id", sa.String(120), nullable=False),
        sa.Column("issue_id", sa.String(120), nullable=False),
        sa.Column("outcome", sa.Float(), nullable=True),
        sa.Column("agreed", sa.Boolean(), nullable=True),
        sa.Column("resolved_on", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("supersedes", sa.Integer(), sa.ForeignKey(f"{TABLE}.id"), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("annulled", sa.Text(), nullable=True),
    )
    columns = ", ".join(COLUMNS)
    op.execute(f"INSERT INTO {TABLE} ({columns}) SELECT {columns} FROM {old} ORDER BY id")
    op.drop_table(old)  # its triggers go with it: none fires
    op.create_index(f"ix_{TABLE}_scenario_id", TABLE, ["scenario_id"])
    for statement in triggers("sqlite", [TABLE]):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("the ledger is append-only: an annulled resolution cannot go")
