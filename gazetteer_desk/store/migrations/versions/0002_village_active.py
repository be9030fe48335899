"""villages can be retired

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

``village.active``: a retired village (merged, renamed away) stays on the matters it is on but is no longer
offered for new ones — as ``staff.active`` already does for staff and leaders. The server default keeps rows
written by an older desk (and its bundles, which lack the column) active.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('village') as batch:
        batch.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table('village') as batch:
        batch.drop_column('active')
