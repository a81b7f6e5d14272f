"""Documents: care protocols, cooperation declarations, meetings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('coop_protocol',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coop_protocol')),
    sa.UniqueConstraint('code', name=op.f('uq_coop_protocol_code'))
    )
    op.create_table('protocol',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('aci_theme', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protocol')),
    sa.UniqueConstraint('code', name=op.f('uq_protocol_code'))
    )
    op.create_table('declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('protocol_code', sa.String(length=40), nullable=False),
    sa.Column('referent_id', sa.Integer(), nullable=True),
    sa.Column('legal_rep_name', sa.String(length=200), nullable=False),
    sa.Column('legal_rep_contact', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('declared_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('financing_split', sa.JSON(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['referent_id'], ['professional.id'], name=op.f('fk_declaration_referent_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_declaration'))
    )
    with op.batch_alter_table('declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_declaration_protocol_code'), ['protocol_code'], unique=False)
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['professional.id'], name=op.f('fk_meeting_chair_id_professional')),
    sa.ForeignKeyConstraint(['secretary_id'], ['professional.id'], name=op.f('fk_meeting_secretary_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)
    op.create_table('protocol_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('protocol_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('working_group', sa.JSON(), nullable=False),
    sa.Column('change_note', sa.Text(), nullable=False),
    sa.Column('refusal_reason', sa.Text(), nullable=False),
    sa.Column('review_due', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('provenance', sa.JSON(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['protocol_id'], ['protocol.id'], name=op.f('fk_protocol_version_protocol_id_protocol'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protocol_version')),
    sa.UniqueConstraint('protocol_id', 'number', name=op.f('uq_protocol_version_protocol_id'))
    )
    with op.batch_alter_table('protocol_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_protocol_version_protocol_id'), ['protocol_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_protocol_version_status'), ['status'], unique=False)
    op.create_table('activity_tally',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('patients_included', sa.Integer(), nullable=False),
    sa.Column('acts_by_delegues', sa.Integer(), nullable=False),
    sa.Column('acts_taken_back', sa.Integer(), nullable=False),
    sa.Column('reevaluations', sa.Integer(), nullable=False),
    sa.Column('same_day_referrals', sa.Integer(), nullable=False),
    sa.Column('adverse_events', sa.JSON(), nullable=False),
    sa.Column('satisfaction_respondents', sa.Integer(), nullable=False),
    sa.Column('satisfaction_satisfied', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['declaration.id'], name=op.f('fk_activity_tally_declaration_id_declaration'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_tally')),
    sa.UniqueConstraint('declaration_id', 'month', name=op.f('uq_activity_tally_declaration_id'))
    )
    with op.batch_alter_table('activity_tally', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_tally_declaration_id'), ['declaration_id'], unique=False)
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('slot_minutes', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('theme', sa.String(length=300), nullable=False),
    sa.Column('requester', sa.String(length=250), nullable=False),
    sa.Column('presenter', sa.String(length=250), nullable=False),
    sa.Column('patient_pseudonym', sa.String(length=120), nullable=False),
    sa.Column('patient_initials', sa.String(length=12), nullable=False),
    sa.Column('consent', sa.String(length=12), nullable=False),
    sa.Column('flag_75', sa.Boolean(), nullable=False),
    sa.Column('flag_ald', sa.Boolean(), nullable=False),
    sa.Column('protocol_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('proposal', sa.Text(), nullable=False),
    sa.Column('minutes_spent', sa.Integer(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['protocol_id'], ['protocol.id'], name=op.f('fk_agenda_item_protocol_id_protocol')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)
    op.create_table('amendment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=250), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_amendment_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amendment'))
    )
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_amendment_meeting_id'), ['meeting_id'], unique=False)
    op.create_table('approval',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=250), nullable=False),
    sa.Column('profession', sa.String(length=40), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('meaning', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], name=op.f('fk_approval_professional_id_professional')),
    sa.ForeignKeyConstraint(['version_id'], ['protocol_version.id'], name=op.f('fk_approval_version_id_protocol_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval'))
    )
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_version_id'), ['version_id'], unique=False)
    op.create_table('declaration_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('engagement_date', sa.Date(), nullable=True),
    sa.Column('training_date', sa.Date(), nullable=True),
    sa.Column('training_hours', sa.Double(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['declaration.id'], name=op.f('fk_declaration_member_declaration_id_declaration'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], name=op.f('fk_declaration_member_professional_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_declaration_member'))
    )
    with op.batch_alter_table('declaration_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_declaration_member_declaration_id'), ['declaration_id'], unique=False)
    op.create_table('invitee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=250), nullable=False),
    sa.Column('profession', sa.String(length=40), nullable=False),
    sa.Column('attendance', sa.String(length=16), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_invitee_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], name=op.f('fk_invitee_professional_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invitee'))
    )
    with op.batch_alter_table('invitee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitee_meeting_id'), ['meeting_id'], unique=False)
    op.create_table('protocol_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('next_review_due', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], name=op.f('fk_protocol_review_professional_id_professional')),
    sa.ForeignKeyConstraint(['version_id'], ['protocol_version.id'], name=op.f('fk_protocol_review_version_id_protocol_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protocol_review'))
    )
    with op.batch_alter_table('protocol_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_protocol_review_version_id'), ['version_id'], unique=False)
    op.create_table('team_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('change_date', sa.Date(), nullable=False),
    sa.Column('added', sa.JSON(), nullable=False),
    sa.Column('removed', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['declaration.id'], name=op.f('fk_team_change_declaration_id_declaration'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_change'))
    )
    with op.batch_alter_table('team_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_change_declaration_id'), ['declaration_id'], unique=False)
    op.create_table('decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('owner_name', sa.String(length=250), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_note', sa.Text(), nullable=False),
    sa.Column('closed_in_meeting_id', sa.Integer(), nullable=True),
    sa.Column('protocol_version_id', sa.Integer(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['closed_in_meeting_id'], ['meeting.id'], name=op.f('fk_decision_closed_in_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_decision_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_decision_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['professional.id'], name=op.f('fk_decision_owner_id_professional')),
    sa.ForeignKeyConstraint(['protocol_version_id'], ['protocol_version.id'], name=op.f('fk_decision_protocol_version_id_protocol_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_status'))
        batch_op.drop_index(batch_op.f('ix_decision_meeting_id'))
    op.drop_table('decision')
    with op.batch_alter_table('team_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_change_declaration_id'))
    op.drop_table('team_change')
    with op.batch_alter_table('protocol_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_protocol_review_version_id'))
    op.drop_table('protocol_review')
    with op.batch_alter_table('invitee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitee_meeting_id'))
    op.drop_table('invitee')
    with op.batch_alter_table('declaration_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_declaration_member_declaration_id'))
    op.drop_table('declaration_member')
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_version_id'))
    op.drop_table('approval')
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_amendment_meeting_id'))
    op.drop_table('amendment')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))
    op.drop_table('agenda_item')
    with op.batch_alter_table('activity_tally', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_tally_declaration_id'))
    op.drop_table('activity_tally')
    with op.batch_alter_table('protocol_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_protocol_version_status'))
        batch_op.drop_index(batch_op.f('ix_protocol_version_protocol_id'))
    op.drop_table('protocol_version')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_starts_at'))
    op.drop_table('meeting')
    with op.batch_alter_table('declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_declaration_protocol_code'))
    op.drop_table('declaration')
    op.drop_table('protocol')
    op.drop_table('coop_protocol')
