"""indexes for finding a name's matters newest first

Revision ID: 0008_name_search_indexes
Revises: 0007
Create Date: 2026-11-28

A search for a name (王伟: hundreds of people in a county, thousands of matters) shows their newest matters first.

- ``ix_petitioner_name_id``: the people of a name with their keys, so their matters are reached without reading each
  person's row.
- ``ix_matter_petitioner_received``: each person's matters with their 登记日期 and number — and whether they are
  deleted and their purpose, which the search also tests — so a ranked search orders them from the index alone and
  reads only the rows it shows. With only ``ix_matter_petitioner_id`` every one of those matters was read.
"""
from alembic import op


revision = '0008_name_search_indexes'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_petitioner_name_id', 'petitioner', ['name', 'id'], unique=False)
    op.create_index('ix_matter_petitioner_received', 'matter',
                    ['petitioner_id', 'received_on', 'number', 'deleted', 'purpose'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_matter_petitioner_received', table_name='matter')
    op.drop_index('ix_petitioner_name_id', table_name='petitioner')
