"""The browsers' login sessions (session 41): an HMAC of each id under the token, and its
expiry (``accord.web.sessions``).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("expires", sa.Float(), nullable=False),
    )
    op.create_index("ix_web_sessions_expires", "web_sessions", ["expires"])


def downgrade() -> None:
    op.drop_index("ix_web_sessions_expires", table_name="web_sessions")
    op.drop_table("web_sessions")
