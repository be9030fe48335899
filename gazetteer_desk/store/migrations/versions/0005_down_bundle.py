"""down bundle: the county answers back

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

The township's age recipient at the county, the source of a matter (上级交办), the county's orders (交办, 督办,
synchronised both ways), its 复查/复核 decisions and the bookkeeping of down bundles on both sides.
"""
from alembic import op
from importlib import import_module

import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


_change_counter = import_module("gazetteer_desk.store.migrations.versions.0004_change_counter")


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN: the matter table keeps its rowids, so the search index stays right
    op.add_column('registeredtownship', sa.Column('age_recipient', _TEXT(), nullable=False, server_default=''))

    op.create_table('countyorder',
    sa.Column('id', _TEXT(length=36), nullable=False),
    sa.Column('township_code', _TEXT(length=9), nullable=False),
    sa.Column('created_at', _TIME(), nullable=False),
    sa.Column('updated_at', _TIME(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('kind', _TEXT(length=8), nullable=False),
    sa.Column('matter_id', _TEXT(), nullable=True),
    sa.Column('matter_number', _TEXT(), nullable=False),
    sa.Column('instruction', _TEXT(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('draft', sa.JSON(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('response', _TEXT(), nullable=False),
    sa.Column('responded_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['matter_id'], ['matter.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('countyorder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_countyorder_matter_id'), ['matter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_countyorder_township_code'), ['township_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_countyorder_updated_at'), ['updated_at'], unique=False)
    # a synchronised table: stamped with the local change counter like the others (revision 0004)
    with op.batch_alter_table('countyorder', schema=None) as batch_op:
        batch_op.add_column(sa.Column('change_seq', sa.Integer(), nullable=False, server_default='1'))
        batch_op.create_index(batch_op.f('ix_countyorder_change_seq'), ['change_seq'], unique=False)
    if op.get_bind().dialect.name == "sqlite":  # PostgreSQL's counterpart: revision 0007
        for statement in _change_counter.change_triggers('countyorder'):
            op.execute(statement)

    op.create_table('countydecision',
    sa.Column('id', _TEXT(length=36), nullable=False),
    sa.Column('township_code', _TEXT(length=9), nullable=False),
    sa.Column('matter_id', _TEXT(), nullable=False),
    sa.Column('matter_number', _TEXT(), nullable=False),
    sa.Column('kind', _TEXT(length=8), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('outcome', _TEXT(), nullable=False),
    sa.Column('text', _TEXT(), nullable=False),
    sa.Column('created_at', _TIME(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('countydecision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_countydecision_township_code'), ['township_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_countydecision_created_at'), ['created_at'], unique=False)

    op.create_table('downexport',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('township_code', _TEXT(length=9), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('created_at', _TIME(), nullable=False),
    sa.Column('until', _TIME(), nullable=False),
    sa.Column('file_hash', _TEXT(), nullable=False),
    sa.Column('prev_hash', _TEXT(), nullable=False),
    sa.Column('file_name', _TEXT(), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('township_code', 'sequence')
    )
    with op.batch_alter_table('downexport', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_downexport_township_code'), ['township_code'], unique=False)

    op.create_table('downimport',
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('file_hash', _TEXT(), nullable=False),
    sa.Column('prev_hash', _TEXT(), nullable=False),
    sa.Column('created_at', _TEXT(), nullable=False),
    sa.Column('imported_at', _TIME(), nullable=False),
    sa.Column('file_name', _TEXT(), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('sequence')
    )
    op.create_table('exportacknowledgement',
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('status', _TEXT(length=16), nullable=False),
    sa.Column('at', _TIME(), nullable=True),
    sa.Column('reason', _TEXT(), nullable=False),
    sa.Column('file_hash', _TEXT(), nullable=False),
    sa.PrimaryKeyConstraint('sequence')
    )


def downgrade() -> None:
    for table in ('exportacknowledgement', 'downimport', 'downexport', 'countydecision',
                  'countyorder'):
        op.drop_table(table)
    with op.batch_alter_table('registeredtownship', schema=None) as batch_op:
        batch_op.drop_column('age_recipient')
