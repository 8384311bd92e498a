"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 13:09:55.444066
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=1), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('event', sa.String(length=60), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(length=200), nullable=False),
    sa.Column('user_role', sa.String(length=30), nullable=False),
    sa.Column('on_behalf_of', sa.String(length=200), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('pregnancy_id', sa.Integer(), nullable=True),
    sa.Column('object_type', sa.String(length=60), nullable=False),
    sa.Column('object_id', sa.String(length=60), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('workstation', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('check_authorised', sa.Boolean(), nullable=False),
    sa.Column('check_treatment', sa.Boolean(), nullable=False),
    sa.Column('check_consent', sa.Boolean(), nullable=False),
    sa.Column('check_break_glass', sa.Boolean(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('event_id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_audit_occurred', ['occurred_at'], unique=False)
        batch_op.create_index('ix_audit_user', ['user_id'], unique=False)

    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('given_names', sa.String(length=200), nullable=False),
    sa.Column('surname_prefix', sa.String(length=20), nullable=True),
    sa.Column('surname', sa.String(length=200), nullable=False),
    sa.Column('preferred_name', sa.String(length=200), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=False),
    sa.Column('bsn', sa.String(length=9), nullable=True),
    sa.Column('bsn_missing_reason', sa.String(length=200), nullable=True),
    sa.Column('id_document_type', sa.String(length=30), nullable=False),
    sa.Column('id_document_number', sa.String(length=30), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=6), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('municipality', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('phone_alt', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('preferred_language', sa.String(length=60), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('safe_contact', sa.Text(), nullable=True),
    sa.Column('sort_name', sa.String(length=300), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index('ix_clients_bsn', ['bsn'], unique=True)
        batch_op.create_index('ix_clients_date_of_birth', ['date_of_birth'], unique=False)
        batch_op.create_index('ix_clients_postcode', ['postcode'], unique=False)
        batch_op.create_index('ix_clients_sort_name', ['sort_name'], unique=False)

    op.create_table('practice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('agb_code', sa.String(length=8), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=6), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('centering_weekday', sa.Integer(), nullable=False),
    sa.Column('centering_time', sa.Time(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('discipline', sa.String(length=30), nullable=False),
    sa.Column('agb_code', sa.String(length=8), nullable=True),
    sa.Column('centering_trained', sa.Boolean(), nullable=False),
    sa.Column('centering_trained_on', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('pregnancies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('due_date_source', sa.String(length=20), nullable=False),
    sa.Column('gravida', sa.Integer(), nullable=False),
    sa.Column('para', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('intake_date', sa.Date(), nullable=True),
    sa.Column('wants_centering', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pregnancies', schema=None) as batch_op:
        batch_op.create_index('ix_pregnancies_client', ['client_id'], unique=False)
        batch_op.create_index('ix_pregnancies_status_due', ['status', 'due_date'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('totp_secret', sa.String(length=64), nullable=True),
    sa.Column('recovery_codes', sa.Text(), nullable=True),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('due_date_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pregnancy_id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['pregnancy_id'], ['pregnancies.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('due_date_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_due_date_changes_pregnancy_id'), ['pregnancy_id'], unique=False)



    _make_audit_log_append_only()


APPEND_ONLY_MESSAGE = "audit_log is append-only"


def _make_audit_log_append_only() -> None:
    """NEN 7513: the storage itself refuses UPDATE and DELETE on the audit log."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse_change()")
    with op.batch_alter_table('due_date_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_due_date_changes_pregnancy_id'))

    op.drop_table('due_date_changes')
    op.drop_table('users')
    with op.batch_alter_table('pregnancies', schema=None) as batch_op:
        batch_op.drop_index('ix_pregnancies_status_due')
        batch_op.drop_index('ix_pregnancies_client')

    op.drop_table('pregnancies')
    op.drop_table('staff')
    op.drop_table('settings')
    op.drop_table('practice')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index('ix_clients_sort_name')
        batch_op.drop_index('ix_clients_postcode')
        batch_op.drop_index('ix_clients_date_of_birth')
        batch_op.drop_index('ix_clients_bsn')

    op.drop_table('clients')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_user')
        batch_op.drop_index('ix_audit_occurred')
        batch_op.drop_index(batch_op.f('ix_audit_log_client_id'))

    op.drop_table('audit_log')
