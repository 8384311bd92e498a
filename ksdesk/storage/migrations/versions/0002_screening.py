"""signalling: assessments, items, meldcode steps, referral decisions

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screening_catalogues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("catalogue_id", sa.String(length=60), nullable=False),
        sa.Column("catalogue_version", sa.String(length=40), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_screening_catalogues"),
        sa.UniqueConstraint("catalogue_id", "catalogue_version", name="uq_screening_catalogues_key"),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pregnancy_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("catalogue_id", sa.String(length=60), nullable=False),
        sa.Column("catalogue_version", sa.String(length=40), nullable=False),
        sa.Column("suggested_level", sa.String(length=20), nullable=False),
        sa.Column("suggested_reasons", sa.Text(), nullable=False),
        sa.Column("final_level", sa.String(length=20), nullable=False),
        sa.Column("final_reason", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("protective_answered", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["pregnancy_id"], ["pregnancies.id"], name="fk_assessments_pregnancy",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_assessments"),
    )
    op.create_index("ix_assessments_pregnancy", "assessments", ["pregnancy_id", "assessed_on"], unique=False)
    op.create_index("ix_assessments_pending", "assessments", ["decision", "final_level"], unique=False)

    op.create_table(
        "assessment_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("domain", sa.String(length=60), nullable=False),
        sa.Column("domain_label", sa.String(length=200), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("meldcode", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("concerns_client", sa.Boolean(), nullable=False),
        sa.Column("concerns_partner", sa.Boolean(), nullable=False),
        sa.Column("concerns_family", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], name="fk_assessment_items_assessment",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_items"),
        sa.UniqueConstraint("assessment_id", "code", name="uq_assessment_items_code"),
    )
    op.create_index("ix_assessment_items_assessment", "assessment_items", ["assessment_id"], unique=False)

    op.create_table(
        "assessment_protective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("domain", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], name="fk_assessment_protective_assessment",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_protective"),
        sa.UniqueConstraint("assessment_id", "code", name="uq_assessment_protective_code"),
    )
    op.create_index("ix_assessment_protective_assessment", "assessment_protective", ["assessment_id"], unique=False)

    op.create_table(
        "meldcode_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("taken_by", sa.String(length=200), nullable=False),
        sa.Column("decision", sa.String(length=30), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], name="fk_meldcode_steps_assessment",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_meldcode_steps"),
    )
    op.create_index("ix_meldcode_steps_assessment", "meldcode_steps", ["assessment_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_meldcode_steps_assessment", table_name="meldcode_steps")
    op.drop_table("meldcode_steps")
    op.drop_index("ix_assessment_protective_assessment", table_name="assessment_protective")
    op.drop_table("assessment_protective")
    op.drop_index("ix_assessment_items_assessment", table_name="assessment_items")
    op.drop_table("assessment_items")
    op.drop_index("ix_assessments_pending", table_name="assessments")
    op.drop_index("ix_assessments_pregnancy", table_name="assessments")
    op.drop_table("assessments")
    op.drop_table("screening_catalogues")
