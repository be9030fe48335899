"""local change counter, audit heads of bundles

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

What goes into a monthly bundle is chosen by a local, monotonic change counter, not by the PC clock: a record
written while the clock ran slow (or demo data stamped in the future) would otherwise never reach the county.
Every insert or update of a synchronised row takes the next value of ``changecounter`` into its ``change_seq``
(triggers, so that bulk loaders and raw SQL are counted too); a bundle carries the rows whose ``change_seq`` is above
the one the previous bundle ended at (``bundleexport.until_change``).

Rows already in the store get ``change_seq`` 1 and earlier bundles ``until_change`` 0: the first bundle after the
upgrade carries every record once more, which the county counts as unchanged, so nothing the old clock-based
selection missed is left behind.

Each bundle also carries the township's audit head; both sides keep it (``audit_seq``, ``audit_hash``) so that a
rewritten or shortened audit trail is found at the desk and at the county.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

SYNCED = ("township", "village", "staff", "petitioner", "matter", "visit", "matterevent", "receptionday",
          "fieldvisit", "caseassignment", "caseprogress", "mediationcase", "mediationsession", "mediationfollowup")

_NEXT = ("UPDATE changecounter SET value = value + 1 WHERE id = 1; "
         "UPDATE {t} SET change_seq = (SELECT value FROM changecounter WHERE id = 1) WHERE rowid = new.rowid;")


def change_triggers(table: str) -> list[str]:
    """The two triggers that stamp a row of ``table`` with the next change number (also used by the restore check)."""
    body = _NEXT.format(t=table)
    return [
        f"CREATE TRIGGER {table}_change_ai AFTER INSERT ON {table} BEGIN {body} END",
        # The stamp itself is an update; it changes change_seq, so it does not fire this trigger again.
        f"CREATE TRIGGER {table}_change_au AFTER UPDATE ON {table} WHEN new.change_seq IS old.change_seq "
        f"BEGIN {body} END",
    ]


def upgrade() -> None:
    op.create_table('changecounter',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('value', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('id'))
    op.execute("INSERT INTO changecounter (id, value) VALUES (1, 1)")
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('change_seq', sa.Integer(), nullable=False, server_default='1'))
            batch_op.create_index(batch_op.f(f'ix_{table}_change_seq'), ['change_seq'], unique=False)
        if op.get_bind().dialect.name == "sqlite":  # PostgreSQL's counterpart: PL/pgSQL triggers, revision 0007
            for statement in change_triggers(table):
                op.execute(statement)
    with op.batch_alter_table('bundleexport', schema=None) as batch_op:
        batch_op.add_column(sa.Column('until_change', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('audit_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_hash', sa.String(), nullable=True))
    with op.batch_alter_table('bundleimport', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_hash', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('bundleimport', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')
        batch_op.drop_column('audit_seq')
    with op.batch_alter_table('bundleexport', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')
        batch_op.drop_column('audit_seq')
        batch_op.drop_column('until_change')
    for table in SYNCED:
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_change_ai")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_change_au")
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_change_seq'))
            batch_op.drop_column('change_seq')
    op.drop_table('changecounter')
