"""procedure records

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

The day a matter was 转送, whether a repeat of a matter decided on 复核 awaits the clerk's decision, where a matter received from another body came from, the 听证 days of a 复核, and the
names a petitioner was filed under before a correction. Plain ADD COLUMNs: the matter table keeps its rowids, which
the search index is keyed by (a batch copy of the table would renumber them).
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('matter', sa.Column('source', sa.String(), nullable=False, server_default=''))
    op.add_column('matter', sa.Column('source_unit', sa.String(), nullable=False, server_default=''))
    op.add_column('matter', sa.Column('routed_on', sa.Date(), nullable=True))
    op.add_column('matter', sa.Column('hearing_days', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('matter', sa.Column('repeat_hold', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('petitioner', sa.Column('former_names', sa.JSON(), nullable=False, server_default='[]'))
    # a matter already 转送 met its notice limit on the day of the transfer, which its history holds (a store on
    # PostgreSQL is born at revision 0007 or later: it has no such matters)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE matter SET routed_on = (SELECT e.on_date FROM matterevent e WHERE e.matter_id = matter.id "
                   "AND e.kind = 'transfer' AND e.deleted = 0 ORDER BY e.at DESC LIMIT 1) "
                   "WHERE EXISTS (SELECT 1 FROM matterevent e WHERE e.matter_id = matter.id AND e.kind = 'transfer')")


def downgrade() -> None:
    for table, column in (('petitioner', 'former_names'), ('matter', 'repeat_hold'), ('matter', 'hearing_days'), ('matter', 'routed_on'),
                          ('matter', 'source_unit'), ('matter', 'source')):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(column)
