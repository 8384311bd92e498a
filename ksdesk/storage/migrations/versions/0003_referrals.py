"""doorgeleiding: address book, referrals, consent, status history, letters

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The 16 gemeenten of Zuid-Limburg, shipped by name only (the practice enters every contact detail).
ZUID_LIMBURG = (
    "Beek", "Beekdaelen", "Brunssum", "Eijsden-Margraten", "Gulpen-Wittem", "Heerlen", "Kerkrade", "Landgraaf",
    "Maastricht", "Meerssen", "Simpelveld", "Sittard-Geleen", "Stein", "Vaals", "Valkenburg aan de Geul",
    "Voerendaal",
)


def upgrade() -> None:
    municipalities = op.create_table(
        "referral_municipalities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("shipped", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_referral_municipalities"),
    )
    with op.batch_alter_table("referral_municipalities", schema=None) as batch_op:
        batch_op.create_index("ix_referral_municipalities_name", ["name"], unique=True)
    op.bulk_insert(municipalities, [{"name": name, "shipped": True} for name in ZUID_LIMBURG])

    op.create_table(
        "referral_destinations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("secure_email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_referral_destinations"),
    )
    with op.batch_alter_table("referral_destinations", schema=None) as batch_op:
        batch_op.create_index("ix_referral_destinations_municipality", ["municipality", "kind"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pregnancy_id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("destination_id", sa.Integer(), nullable=True),
        sa.Column("sender_staff_id", sa.Integer(), nullable=True),
        sa.Column("basis", sa.String(length=20), nullable=False),
        sa.Column("legal_ground", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("help_question", sa.Text(), nullable=True),
        sa.Column("professionals", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("sent_via", sa.String(length=20), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["pregnancy_id"], ["pregnancies.id"], name="fk_referrals_pregnancy",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], name="fk_referrals_assessment",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["destination_id"], ["referral_destinations.id"], name="fk_referrals_destination",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["sender_staff_id"], ["staff.id"], name="fk_referrals_sender",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_referrals"),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index("ix_referrals_pregnancy", ["pregnancy_id"], unique=False)
        batch_op.create_index("ix_referrals_assessment", ["assessment_id"], unique=False)
        batch_op.create_index("ix_referrals_status", ["status", "sent_on"], unique=False)
        batch_op.create_index("ix_referrals_created_on", ["created_on"], unique=False)

    op.create_table(
        "referral_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("asked_by", sa.String(length=200), nullable=False),
        sa.Column("explained", sa.Text(), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("share_identification", sa.Boolean(), nullable=False),
        sa.Column("share_contact", sa.Boolean(), nullable=False),
        sa.Column("share_pregnancy", sa.Boolean(), nullable=False),
        sa.Column("share_domains", sa.Boolean(), nullable=False),
        sa.Column("share_protective", sa.Boolean(), nullable=False),
        sa.Column("share_notes", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=200), nullable=True),
        sa.Column("withdrawal_note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], name="fk_referral_consents_referral",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_referral_consents"),
    )
    with op.batch_alter_table("referral_consents", schema=None) as batch_op:
        batch_op.create_index("ix_referral_consents_referral", ["referral_id"], unique=False)

    op.create_table(
        "referral_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("via", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], name="fk_referral_status_changes_referral",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_referral_status_changes"),
    )
    with op.batch_alter_table("referral_status_changes", schema=None) as batch_op:
        batch_op.create_index("ix_referral_status_changes_referral", ["referral_id"], unique=False)

    op.create_table(
        "referral_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("parts", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], name="fk_referral_letters_referral",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["consent_id"], ["referral_consents.id"], name="fk_referral_letters_consent",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_referral_letters"),
    )
    with op.batch_alter_table("referral_letters", schema=None) as batch_op:
        batch_op.create_index("ix_referral_letters_referral", ["referral_id"], unique=False)


def downgrade() -> None:
    for table in ("referral_letters", "referral_status_changes", "referral_consents", "referrals",
                  "referral_destinations", "referral_municipalities"):
        op.drop_table(table)
