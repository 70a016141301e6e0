"""Which code made a recorded forecast: ``ledger_records.accord_commit``.

``accord_version`` (revision 0001) holds accord's version number, which has been 0.1.0 since the
first session and so names no code. This revision adds ``accord_commit``: the commit of the git
checkout the forecast was made from, ending ``.dirty`` where files under its ``src/`` differed
(:func:`accord.provenance.provenance`); NULL for a record made before this revision, and for one
made by an installed copy that is not a checkout (both shown as ``unknown``). Every row already
there is kept as it is, NULL in the new column (tests/ledger/test_ledger_commit.py).

A nullable column is added in place on both SQLite and PostgreSQL (``ALTER TABLE ... ADD
COLUMN``): no row is written, so the append-only triggers neither fire nor need making again.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # as 0002: a ledger whose version table was lost is adopted at 0001 with the tables it
    # has, which may already hold the column (tests/ledger/test_ledger.py)
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("ledger_records")}
    if "accord_commit" not in columns:
        op.add_column("ledger_records", sa.Column("accord_commit", sa.String(64), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("the ledger is append-only: a recorded commit cannot go")
