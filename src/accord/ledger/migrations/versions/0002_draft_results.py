"""The recorded results of drafts' votes (``accord ledger resolve-draft``), append-only.

A draft resolution's forecast (P(adopted), body, rule, date of the vote) is part of each
record's output; what happened to it when put to the vote is this table's row: adopted or not,
the tally where known, the date, the public source, and the result it corrects. Created with
the same triggers as the tables of 0001 (UPDATE and DELETE refused; TRUNCATE on PostgreSQL).
Nothing existing is changed: a ledger at 0001 keeps its records and resolutions as they are.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from accord.ledger.append_only import triggers

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLE = "ledger_draft_results"


def upgrade() -> None:
    bind = op.get_bind()
    # as 0001: a table already there (a ledger whose version table was lost, then adopted at
    # 0001) is kept, and only its triggers are made sure of
    if not sa.inspect(bind).has_table(TABLE):
        _create()
    for statement in triggers(bind.dialect.name, [TABLE]):
        op.execute(statement)


def _create() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scenario_id", sa.String(120), nullable=False),
        sa.Column("draft_id", sa.String(200), nullable=False),
        sa.Column("adopted", sa.Boolean(), nullable=False),
        sa.Column("in_favour", sa.Integer(), nullable=True),
        sa.Column("against", sa.Integer(), nullable=True),
        sa.Column("abstentions", sa.Integer(), nullable=True),
        sa.Column("resolved_on", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("supersedes", sa.Integer(), sa.ForeignKey(f"{TABLE}.id"), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(f"ix_{TABLE}_scenario_id", TABLE, ["scenario_id"])


def downgrade() -> None:
    op.drop_table(TABLE)
