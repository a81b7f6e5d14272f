"""Read acknowledgements: who has read which approved version ("J'ai lu cette version")

One row per professional and version, with the time and the PC's user who recorded it. The
coordinator's reading list and the "what changed for me" banner are computed from it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('acknowledgement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=250), nullable=False),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], name=op.f('fk_acknowledgement_professional_id_professional'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['protocol_version.id'], name=op.f('fk_acknowledgement_version_id_protocol_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acknowledgement')),
    sa.UniqueConstraint('version_id', 'professional_id', name=op.f('uq_acknowledgement_version_id'))
    )
    with op.batch_alter_table('acknowledgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acknowledgement_version_id'), ['version_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_acknowledgement_professional_id'), ['professional_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('acknowledgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acknowledgement_professional_id'))
        batch_op.drop_index(batch_op.f('ix_acknowledgement_version_id'))
    op.drop_table('acknowledgement')
