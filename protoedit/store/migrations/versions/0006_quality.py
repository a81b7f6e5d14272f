"""The quality loop: indicator measurements per period, PDSA cycles

Measurements are counts or values per period (month, quarter, year) for an indicator named in a
protocol's content; one per indicator and period. PDSA cycles belong to a protocol and may come
from a meeting decision and lead to a protocol revision.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _revisioned() -> list[sa.Column]:
    return [
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('protocol_id', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.String(length=300), nullable=False),
    sa.Column('period_kind', sa.String(length=8), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('numerator', sa.Integer(), nullable=True),
    sa.Column('denominator', sa.Integer(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.String(length=250), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    *_revisioned(),
    sa.ForeignKeyConstraint(['protocol_id'], ['protocol.id'], name=op.f('fk_measurement_protocol_id_protocol'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurement')),
    sa.UniqueConstraint('protocol_id', 'indicator', 'period_kind', 'period_start', name=op.f('uq_measurement_protocol_id'))
    )
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurement_protocol_id'), ['protocol_id'], unique=False)
    op.create_table('pdsa_cycle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('protocol_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=8), nullable=False),
    sa.Column('aim', sa.Text(), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('prediction', sa.Text(), nullable=False),
    sa.Column('change', sa.Text(), nullable=False),
    sa.Column('who_when_where', sa.Text(), nullable=False),
    sa.Column('indicators', sa.JSON(), nullable=False),
    sa.Column('microsystem', sa.JSON(), nullable=False),
    sa.Column('do_start', sa.Date(), nullable=True),
    sa.Column('do_end', sa.Date(), nullable=True),
    sa.Column('do_notes', sa.Text(), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('study', sa.Text(), nullable=False),
    sa.Column('act', sa.String(length=8), nullable=False),
    sa.Column('act_notes', sa.Text(), nullable=False),
    sa.Column('next_cycle', sa.Text(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('protocol_version_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    *_revisioned(),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_pdsa_cycle_decision_id_decision'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['protocol_id'], ['protocol.id'], name=op.f('fk_pdsa_cycle_protocol_id_protocol'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['protocol_version_id'], ['protocol_version.id'], name=op.f('fk_pdsa_cycle_protocol_version_id_protocol_version'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pdsa_cycle')),
    sa.UniqueConstraint('protocol_id', 'number', name=op.f('uq_pdsa_cycle_protocol_id'))
    )
    with op.batch_alter_table('pdsa_cycle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pdsa_cycle_protocol_id'), ['protocol_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pdsa_cycle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pdsa_cycle_protocol_id'))
    op.drop_table('pdsa_cycle')
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measurement_protocol_id'))
    op.drop_table('measurement')
