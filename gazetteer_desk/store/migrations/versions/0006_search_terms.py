"""the search index's terms, for two-character queries

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

``matter_fts_terms`` lists the trigrams of ``matter_fts`` (an fts5vocab table: no data of its own, read straight from
the index, so nothing to build and nothing to keep in step). A two-character query finds the trigrams that begin with
it by a range on the term, then the matters through the index, instead of reading every matter's text.
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # FTS5 only; PostgreSQL's search: revision 0007
        op.execute("CREATE VIRTUAL TABLE matter_fts_terms USING fts5vocab(matter_fts, 'row')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE matter_fts_terms")
