"""The news store as it was before migrations: documents, events, actors, links, meta.

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


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_from", sa.String(16), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("near_duplicate_of", sa.String(64), sa.ForeignKey("documents.id")),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column("n_events", sa.Integer(), nullable=False),
    )
    op.create_index("ix_documents_date", "documents", ["date"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("event_type", sa.String(32), nullable=False),
        sa.Column("mode", sa.String(64), nullable=True),
        sa.Column("source_key", sa.String(512), nullable=False),
        sa.Column("target_key", sa.String(512), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
    )
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_match", "events", ["event_type", "source_key", "target_key", "date"])
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
        sa.Column("side", sa.String(6), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("role", sa.String(32), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
    )
    op.create_index("ix_event_actors_code", "event_actors", ["code"])
    op.create_table(
        "event_documents",
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("trigger", sa.Text(), nullable=True),
    )
    op.create_index("ix_event_documents_document_id", "event_documents", ["document_id"])
    op.create_table(
        "accord_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    meta = sa.table("accord_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(meta, [{"key": "schema_version", "value": "1"}])


def downgrade() -> None:
    for table in ("event_documents", "event_actors", "events", "documents", "accord_meta"):
        op.drop_table(table)
