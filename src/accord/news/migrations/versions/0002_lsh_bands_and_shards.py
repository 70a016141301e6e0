"""MinHash LSH band index and finished corpus shards; schema_version 2.

``document_bands`` holds, for every document, the bucket of each band of its MinHash
signature, so that near-duplicate candidates are found by an indexed lookup instead of a scan
of every signature; existing documents are indexed from their stored signatures.
``corpus_shards`` records corpus shards (files) whose every document is stored, so that a
re-run skips them; its unique key makes recording a shard idempotent. ``schema_version`` 2 in
``accord_meta`` makes an accord from before migrations refuse this store instead of writing
documents without bands.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import numpy as np
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from accord.news.lsh import band_buckets

    op.create_table(
        "document_bands",
        sa.Column("band", sa.SmallInteger(), primary_key=True),
        sa.Column("bucket", sa.BigInteger(), primary_key=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True),
    )
    op.create_index("ix_document_bands_document_id", "document_bands", ["document_id"])
    op.create_table(
        "corpus_shards",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
    )
    bind = op.get_bind()
    documents = sa.table("documents", sa.column("id"), sa.column("signature"))
    bands = sa.table(
        "document_bands", sa.column("band"), sa.column("bucket"), sa.column("document_id")
    )
    rows = bind.execute(sa.select(documents.c.id, documents.c.signature)).all()
    for start in range(0, len(rows), 2000):
        chunk = rows[start : start + 2000]
        if not chunk:
            break
        signatures = np.stack([np.frombuffer(r[1], dtype=np.uint32) for r in chunk])
        buckets = band_buckets(signatures)
        bind.execute(
            bands.insert(),
            [
                {"band": b, "bucket": int(buckets[i, b]), "document_id": row[0]}
                for i, row in enumerate(chunk)
                for b in range(buckets.shape[1])
            ],
        )
    meta = sa.table("accord_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    bind.execute(meta.update().where(meta.c.key == "schema_version").values(value="2"))


def downgrade() -> None:
    op.drop_table("corpus_shards")
    op.drop_table("document_bands")
    meta = sa.table("accord_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.get_bind().execute(meta.update().where(meta.c.key == "schema_version").values(value="1"))
