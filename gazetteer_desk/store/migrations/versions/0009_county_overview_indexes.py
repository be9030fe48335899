"""indexes that answer the county office's overview from the index alone

Revision ID: 0009_county_overview_indexes
Revises: 0008_name_search_indexes
Create Date: 2026-11-28

The 县信访办 page counts every township's matters (open, overdue) and finds the people with matters in more than
one township. Both read every row of a table of a million matters or 700,000 people: seconds each, however small
the answer.

- ``ix_matter_township_overview``: each township's matters with all the overview tests (deleted, status, the limit
  ``due_on``), so the counts are a scan of a narrow index in township order, never of the matter rows.
- ``ix_petitioner_id_number_township``: each ID number's people with whether they are deleted, their township,
  name and key, so "the same person in more than one township" is found, and those people listed, from the index.
"""
from alembic import op


revision = '0009_county_overview_indexes'
down_revision = '0008_name_search_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_matter_township_overview', 'matter',
                    ['township_code', 'deleted', 'status', 'due_on'], unique=False)
    op.create_index('ix_petitioner_id_number_township', 'petitioner',
                    ['id_number', 'deleted', 'township_code', 'name', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_petitioner_id_number_township', table_name='petitioner')
    op.drop_index('ix_matter_township_overview', table_name='matter')
