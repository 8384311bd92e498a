"""Audit log: an index on (check_break_glass, seq), so "emergency access in the last 30 days" reads only those
entries instead of the whole log (0.87 s at a million entries, on every opening of Beheer › Logboek)

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_break_glass", "audit_log", ["check_break_glass", "seq"])


def downgrade() -> None:
    op.drop_index("ix_audit_break_glass", table_name="audit_log")
