"""Version identity: each protocol version carries its own code, title and ACI theme

An approved version is frozen as a whole: renaming a protocol in a draft must not change what the
approved version shows. The protocol row keeps the identity of the version in force (or of the
latest version when none is approved), for lists and look-ups by code.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('protocol_version', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=32), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('title', sa.String(length=300), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('aci_theme', sa.String(length=40), nullable=False,
                                      server_default=''))
    # Every existing version takes the identity its protocol shows today.
    for name in ('code', 'title', 'aci_theme'):
        op.execute(
            f"UPDATE protocol_version SET {name} = "
            f"(SELECT protocol.{name} FROM protocol WHERE protocol.id = protocol_version.protocol_id)"
        )


def downgrade() -> None:
    with op.batch_alter_table('protocol_version', schema=None) as batch_op:
        batch_op.drop_column('aci_theme')
        batch_op.drop_column('title')
        batch_op.drop_column('code')
