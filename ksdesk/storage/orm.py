"""The ORM tables. Changing them needs a new Alembic revision in storage/migrations/versions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


SORT_NAME_LENGTH = 300  # sorting needs only a prefix; folding can lengthen text ("ß" → "ss")


class Base(DeclarativeBase):
    pass


class PracticeRow(Base):
    __tablename__ = "practice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    agb_code: Mapped[str] = mapped_column(String(8))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(6))
    city: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    centering_weekday: Mapped[int] = mapped_column(Integer, default=1)
    centering_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(10, 0))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class StaffRow(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    discipline: Mapped[str] = mapped_column(String(30))
    agb_code: Mapped[str | None] = mapped_column(String(8))
    centering_trained: Mapped[bool] = mapped_column(Boolean, default=False)
    centering_trained_on: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class UserRow(Base):
    """A personal account. Passwords are argon2id hashes; never stored or logged in clear."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    password_hash: Mapped[str] = mapped_column(String(200))
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    # JSON list of argon2 hashes of the unused recovery codes
    recovery_codes: Mapped[str | None] = mapped_column(Text)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ClientRow(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    given_names: Mapped[str] = mapped_column(String(200))
    surname_prefix: Mapped[str | None] = mapped_column(String(20))
    surname: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str | None] = mapped_column(String(200))
    date_of_birth: Mapped[dt.date] = mapped_column(Date)
    bsn: Mapped[str | None] = mapped_column(String(9))
    bsn_missing_reason: Mapped[str | None] = mapped_column(String(200))
    id_document_type: Mapped[str] = mapped_column(String(30))
    id_document_number: Mapped[str | None] = mapped_column(String(30))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(6))
    city: Mapped[str | None] = mapped_column(String(200))
    municipality: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    phone_alt: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    preferred_language: Mapped[str] = mapped_column(String(60))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    safe_contact: Mapped[str | None] = mapped_column(Text)
    # Folded "surname prefix given preferred" for search and sort; derived, rewritten on every save.
    sort_name: Mapped[str] = mapped_column(String(SORT_NAME_LENGTH))
    search_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    pregnancies: Mapped[list[PregnancyRow]] = relationship(
        back_populates="client", order_by="PregnancyRow.due_date.desc()", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_clients_sort_name", "sort_name"),
        Index("ix_clients_bsn", "bsn", unique=True),  # NULLs (no BSN) do not collide
        Index("ix_clients_date_of_birth", "date_of_birth"),
        Index("ix_clients_postcode", "postcode"),
    )


class PregnancyRow(Base):
    __tablename__ = "pregnancies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    due_date: Mapped[dt.date] = mapped_column(Date)
    due_date_source: Mapped[str] = mapped_column(String(20))
    gravida: Mapped[int] = mapped_column(Integer)
    para: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(30))
    status_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    intake_date: Mapped[dt.date | None] = mapped_column(Date)
    wants_centering: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    client: Mapped[ClientRow] = relationship(back_populates="pregnancies")
    due_date_changes: Mapped[list[DueDateChangeRow]] = relationship(
        order_by="DueDateChangeRow.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_pregnancies_client", "client_id"),
        Index("ix_pregnancies_status_due", "status", "due_date"),
    )


class DueDateChangeRow(Base):
    """History of the à terme datum: each value with its source, when and by whom."""

    __tablename__ = "due_date_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pregnancy_id: Mapped[int] = mapped_column(ForeignKey("pregnancies.id", ondelete="CASCADE"), index=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200))


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    """NEN 7513 log entry. Append-only (triggers refuse UPDATE/DELETE) and SHA-256 hash-chained."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    action: Mapped[str] = mapped_column(String(1))
    occurred_at: Mapped[str] = mapped_column(String(32))
    event: Mapped[str] = mapped_column(String(60))
    user_id: Mapped[int | None] = mapped_column(Integer)
    user_name: Mapped[str] = mapped_column(String(200))
    user_role: Mapped[str] = mapped_column(String(30))
    on_behalf_of: Mapped[str | None] = mapped_column(String(200))
    client_id: Mapped[int | None] = mapped_column(Integer, index=True)
    pregnancy_id: Mapped[int | None] = mapped_column(Integer)
    object_type: Mapped[str] = mapped_column(String(60))
    object_id: Mapped[str | None] = mapped_column(String(60))
    outcome: Mapped[str] = mapped_column(String(20))
    workstation: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)
    check_authorised: Mapped[bool] = mapped_column(Boolean)
    check_treatment: Mapped[bool] = mapped_column(Boolean)
    check_consent: Mapped[bool] = mapped_column(Boolean)
    check_break_glass: Mapped[bool] = mapped_column(Boolean)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_user", "user_id"), Index("ix_audit_occurred", "occurred_at"),
                      Index("ix_audit_break_glass", "check_break_glass", "seq"))  # "noodtoegang, 30 dagen"


# Feature tables live in their own modules; importing them here makes Base.metadata complete.
from ksdesk.storage import orm_centering, orm_referrals, orm_screening  # noqa: E402, F401
