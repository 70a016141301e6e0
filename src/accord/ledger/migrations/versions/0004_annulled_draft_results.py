"""Annulled drafts: a draft result that says the vote was not held (postponed sine die, the
draft withdrawn) and why, instead of adopted or not (``accord ledger resolve-draft ...
--annulled REASON``), as 0003 did for questions.

Adds ``ledger_draft_results.annulled`` (the reason; NULL for a result with a vote) and lets
``adopted`` be NULL, which it is exactly for an annulled draft (whose tally is empty too). Every
row already there is kept as it is (``annulled`` NULL): a ledger at 0003 is upgraded without
loss (tests/ledger/test_ledger_annulled_drafts.py). As in 0003, SQLite cannot drop a NOT NULL
in place: the table is renamed, a new one made with its columns, its foreign key
(``supersedes``) and its index, the rows copied in (same ids), the old one dropped and the
append-only triggers made on the new one, all in the migration's one transaction. PostgreSQL
alters the columns in place and keeps its triggers.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from accord.ledger.append_only import triggers

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLE = "ledger_draft_results"

COLUMNS = (
    "id", "scenario_id", "draft_id", "adopted", "in_favour", "against", "abstentions",
    "resolved_on", "source", "note", "supersedes", "recorded_at",
)  # fmt: skip
"""The columns of revision 0002's table (unchanged by 0003), copied as they are."""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.add_column(TABLE, sa.Column("annulled", sa.Text(), nullable=True))
        op.alter_column(TABLE, "adopted", existing_type=sa.Boolean(), nullable=True)
        return
    old = f"{TABLE}_0003"
    op.rename_table(TABLE, old)  # its triggers and index go with it, and its own foreign key
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scenario_id", sa.String(120), nullable=False),
        sa.Column("draft_id", sa.String(200), nullable=False),
        sa.Column("adopted", sa.Boolean(), nullable=True),
        sa.Column("in_favour", sa.Integer(), nullable=True),
        sa.Column("against", sa.Integer(), nullable=True),
        sa.Column("abstentions", sa.Integer(), nullable=True),
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
    raise NotImplementedError("the ledger is append-only: an annulled draft result cannot go")
