"""each person's matters by date, in one index

Revision ID: 0008_matter_petitioner_date
Revises: 0007
Create Date: 2026-11-28

A search for a name (王伟: hundreds of people in a county, thousands of matters) shows their newest matters first.
With only ``ix_matter_petitioner_id`` every one of those matters was read from the table to learn its date; this
index holds each person's matters with their 登记日期 and number — and whether they are deleted and their purpose, which
the search also tests — so the matters are ordered from the index alone and only the rows shown are read.
"""
from alembic import op


revision = '0008_matter_petitioner_date'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_matter_petitioner_received', 'matter',
                    ['petitioner_id', 'received_on', 'number', 'deleted', 'purpose'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_matter_petitioner_received', table_name='matter')
