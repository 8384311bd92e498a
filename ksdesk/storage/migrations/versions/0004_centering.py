"""CenteringZwangerschap: locations, rooms, groups, facilitators, members, sessions, attendance, toeslag

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('centering_locations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('region', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('centering_rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['centering_locations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_centering_rooms_location', 'centering_rooms', ['location_id'], unique=False)
    op.create_table('centering_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=60), nullable=True),
    sa.Column('location_id', sa.Integer(), nullable=True),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status_changed_on', sa.Date(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['centering_locations.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['room_id'], ['centering_rooms.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_centering_groups_status_start', 'centering_groups', ['status', 'start_date'], unique=False)
    op.create_table('centering_toeslag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pregnancy_id', sa.Integer(), nullable=False),
    sa.Column('eligible', sa.Boolean(), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=True),
    sa.Column('amount_cents', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['pregnancy_id'], ['pregnancies.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('pregnancy_id', name='uq_centering_toeslag_pregnancy')
    )
    op.create_table('centering_facilitators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['centering_groups.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('group_id', 'role', name='uq_centering_facilitators_group_role')
    )
    op.create_index('ix_centering_facilitators_staff', 'centering_facilitators', ['staff_id'], unique=False)
    op.create_table('centering_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('pregnancy_id', sa.Integer(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('leave_reason', sa.String(length=20), nullable=True),
    sa.Column('handover_consent', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['centering_groups.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pregnancy_id'], ['pregnancies.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('group_id', 'pregnancy_id', name='uq_centering_members_group_pregnancy')
    )
    op.create_index('ix_centering_members_pregnancy', 'centering_members', ['pregnancy_id'], unique=False)
    op.create_table('centering_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('reunion', sa.Boolean(), nullable=False),
    sa.Column('held', sa.Boolean(), nullable=False),
    sa.Column('moved_by_hand', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['centering_groups.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('group_id', 'number', name='uq_centering_sessions_group_number')
    )
    op.create_index('ix_centering_sessions_starts_at', 'centering_sessions', ['starts_at'], unique=False)
    op.create_table('centering_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('consult_done', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['centering_members.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['centering_sessions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'member_id', name='uq_centering_attendance_session_member')
    )
    op.create_index('ix_centering_attendance_member', 'centering_attendance', ['member_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_centering_attendance_member', table_name='centering_attendance')
    op.drop_table('centering_attendance')
    op.drop_index('ix_centering_sessions_starts_at', table_name='centering_sessions')
    op.drop_table('centering_sessions')
    op.drop_index('ix_centering_members_pregnancy', table_name='centering_members')
    op.drop_table('centering_members')
    op.drop_index('ix_centering_facilitators_staff', table_name='centering_facilitators')
    op.drop_table('centering_facilitators')
    op.drop_table('centering_toeslag')
    op.drop_index('ix_centering_groups_status_start', table_name='centering_groups')
    op.drop_table('centering_groups')
    op.drop_index('ix_centering_rooms_location', table_name='centering_rooms')
    op.drop_table('centering_rooms')
    op.drop_table('centering_locations')
