"""ORM tables for doorgeleiding: address book, referrals with consent, status history and archived letters.

Imported at the end of ksdesk.storage.orm so that Base.metadata is complete. Changing these tables needs the
matching Alembic revision in storage/migrations/versions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ksdesk.storage.orm import Base, utcnow


class MunicipalityRow(Base):
    """A gemeente the address book knows: the 16 of Zuid-Limburg are shipped (by name only), others added."""

    __tablename__ = "referral_municipalities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    shipped: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_referral_municipalities_name", "name", unique=True),)


class DestinationRow(Base):
    """A referral destination (JGZ, wijkteam, Veilig Thuis, huisarts ...); contact details entered by the practice.

    municipality is NULL for a destination that serves the whole region (e.g. Veilig Thuis Zuid-Limburg).
    """

    __tablename__ = "referral_destinations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    secure_email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_referral_destinations_municipality", "municipality", "kind"),)


class ReferralRow(Base):
    """One referral (doorgeleiding) of a pregnant woman to a destination; basis is consent or the meldcode."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pregnancy_id: Mapped[int] = mapped_column(ForeignKey("pregnancies.id", ondelete="CASCADE"))
    # the assessment whose referral decision started this referral (kept when the assessment goes)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id", ondelete="SET NULL"))
    destination_id: Mapped[int | None] = mapped_column(ForeignKey("referral_destinations.id", ondelete="SET NULL"))
    sender_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    basis: Mapped[str] = mapped_column(String(20))  # toestemming | meldcode
    legal_ground: Mapped[str | None] = mapped_column(Text)  # for a meldcode report
    reason: Mapped[str] = mapped_column(Text)
    help_question: Mapped[str | None] = mapped_column(Text)
    professionals: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    status_date: Mapped[dt.date] = mapped_column(Date)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_via: Mapped[str | None] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(Text)
    created_on: Mapped[dt.date] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    destination: Mapped[DestinationRow | None] = relationship()
    consents: Mapped[list[ConsentRow]] = relationship(order_by="ConsentRow.id", cascade="all, delete-orphan",
                                                      passive_deletes=True)
    history: Mapped[list[StatusChangeRow]] = relationship(order_by="StatusChangeRow.id",
                                                          cascade="all, delete-orphan", passive_deletes=True)
    letters: Mapped[list[LetterRow]] = relationship(order_by="LetterRow.id", cascade="all, delete-orphan",
                                                    passive_deletes=True)

    __table_args__ = (
        Index("ix_referrals_pregnancy", "pregnancy_id"),
        Index("ix_referrals_assessment", "assessment_id"),
        Index("ix_referrals_status", "status", "sent_on"),
        Index("ix_referrals_created_on", "created_on"),
    )


class ConsentRow(Base):
    """The woman's consent to this referral: what she was told and which parts she agreed to share."""

    __tablename__ = "referral_consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    asked_on: Mapped[dt.date] = mapped_column(Date)
    asked_by: Mapped[str] = mapped_column(String(200))
    explained: Mapped[str] = mapped_column(Text)
    form: Mapped[str] = mapped_column(String(20))  # mondeling | schriftelijk
    granted: Mapped[bool] = mapped_column(Boolean)
    share_identification: Mapped[bool] = mapped_column(Boolean)
    share_contact: Mapped[bool] = mapped_column(Boolean)
    share_pregnancy: Mapped[bool] = mapped_column(Boolean)
    share_domains: Mapped[bool] = mapped_column(Boolean)
    share_protective: Mapped[bool] = mapped_column(Boolean)
    share_notes: Mapped[bool] = mapped_column(Boolean)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_by: Mapped[str | None] = mapped_column(String(200))
    withdrawal_note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_referral_consents_referral", "referral_id"),)


class StatusChangeRow(Base):
    """One step of a referral's follow-up: status, date, route or outcome, and who recorded it."""

    __tablename__ = "referral_status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[dt.date] = mapped_column(Date)
    via: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200))

    __table_args__ = (Index("ix_referral_status_changes_referral", "referral_id"),)


class LetterRow(Base):
    """An archived referral letter: exactly the PDF bytes that were produced, with their SHA-256."""

    __tablename__ = "referral_letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("referral_consents.id", ondelete="SET NULL"))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    parts: Mapped[str] = mapped_column(String(200))  # which parts the letter holds, comma-separated
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))

    __table_args__ = (Index("ix_referral_letters_referral", "referral_id"),)
