"""ORM tables for CenteringZwangerschap: locations, rooms, groups, members, sessions, attendance, toeslag.

Imported at the end of ksdesk.storage.orm so that Base.metadata is complete. Changing these tables needs the
matching Alembic revision in storage/migrations/versions.

Reading guide (also for the regional monitor, which counts from these tables):

* ``centering_groups``: one row per group; ``status`` is gepland / lopend / afgerond / geannuleerd (a
  cancelled group keeps all its rows); ``start_date``/``end_date`` are the first and last session dates.
* ``centering_facilitators``: the group's two facilitators, ``role`` 'verloskundige' or 'co_begeleider', with
  the staff id (the discipline is ``staff.discipline``).
* ``centering_members``: a pregnancy in a group, ``joined_on``; ``left_on`` + ``leave_reason`` (bevallen,
  overgedragen, miskraam, verhuisd, gestopt, andere_groep) when she left before the end.
* ``centering_sessions``: ``number`` 1..10 (the last is the reünie), ``starts_at`` in local time
  (Europe/Amsterdam wall-clock, naive), ``held`` once attendance is recorded.
* ``centering_attendance``: per session per member, ``status`` aanwezig / afgemeld / afwezig.
* ``centering_toeslag``: the CB-IPG toeslag per pregnancy (at most one row, so never declared twice).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ksdesk.storage.orm import Base, utcnow


class CenteringLocationRow(Base):
    """A place where groups meet; ``region`` is the school-holiday region (Noord / Midden / Zuid)."""

    __tablename__ = "centering_locations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    region: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    rooms: Mapped[list[CenteringRoomRow]] = relationship(
        back_populates="location", order_by="CenteringRoomRow.name", cascade="all, delete-orphan"
    )


class CenteringRoomRow(Base):
    __tablename__ = "centering_rooms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("centering_locations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    location: Mapped[CenteringLocationRow] = relationship(back_populates="rooms")

    __table_args__ = (Index("ix_centering_rooms_location", "location_id"),)


class CenteringGroupRow(Base):
    __tablename__ = "centering_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(60))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("centering_locations.id", ondelete="SET NULL"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("centering_rooms.id", ondelete="SET NULL"))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status_changed_on: Mapped[dt.date | None] = mapped_column(Date)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    members: Mapped[list[CenteringMemberRow]] = relationship(
        back_populates="group", order_by="CenteringMemberRow.id", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[CenteringSessionRow]] = relationship(
        back_populates="group", order_by="CenteringSessionRow.number", cascade="all, delete-orphan"
    )
    facilitators: Mapped[list[CenteringFacilitatorRow]] = relationship(
        order_by="CenteringFacilitatorRow.role", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_centering_groups_status_start", "status", "start_date"),)


class CenteringFacilitatorRow(Base):
    """One of the group's two facilitators: role 'verloskundige' or 'co_begeleider'."""

    __tablename__ = "centering_facilitators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("centering_groups.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))

    __table_args__ = (
        UniqueConstraint("group_id", "role", name="uq_centering_facilitators_group_role"),
        Index("ix_centering_facilitators_staff", "staff_id"),
    )


class CenteringMemberRow(Base):
    __tablename__ = "centering_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("centering_groups.id", ondelete="CASCADE"))
    pregnancy_id: Mapped[int] = mapped_column(ForeignKey("pregnancies.id", ondelete="CASCADE"))
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    leave_reason: Mapped[str | None] = mapped_column(String(20))
    handover_consent: Mapped[bool] = mapped_column(Boolean, default=False)

    group: Mapped[CenteringGroupRow] = relationship(back_populates="members")

    __table_args__ = (
        UniqueConstraint("group_id", "pregnancy_id", name="uq_centering_members_group_pregnancy"),
        Index("ix_centering_members_pregnancy", "pregnancy_id"),
    )


class CenteringSessionRow(Base):
    __tablename__ = "centering_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("centering_groups.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)  # local wall-clock time, Europe/Amsterdam
    duration_minutes: Mapped[int] = mapped_column(Integer)
    reunion: Mapped[bool] = mapped_column(Boolean, default=False)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    moved_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)

    group: Mapped[CenteringGroupRow] = relationship(back_populates="sessions")
    attendance: Mapped[list[CenteringAttendanceRow]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        UniqueConstraint("group_id", "number", name="uq_centering_sessions_group_number"),
        Index("ix_centering_sessions_starts_at", "starts_at"),
    )


class CenteringAttendanceRow(Base):
    """Attendance of one member at one session: aanwezig / afgemeld / afwezig."""

    __tablename__ = "centering_attendance"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("centering_sessions.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("centering_members.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text)
    consult_done: Mapped[bool] = mapped_column(Boolean, default=False)  # the individual consult for a miss
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("session_id", "member_id", name="uq_centering_attendance_session_member"),
        Index("ix_centering_attendance_member", "member_id"),
    )


class CenteringToeslagRow(Base):
    """The CB-IPG toeslag of one pregnancy: eligible, and declared once (``declared_on``)."""

    __tablename__ = "centering_toeslag"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pregnancy_id: Mapped[int] = mapped_column(ForeignKey("pregnancies.id", ondelete="CASCADE"))
    eligible: Mapped[bool] = mapped_column(Boolean, default=False)
    declared_on: Mapped[dt.date | None] = mapped_column(Date)
    amount_cents: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("pregnancy_id", name="uq_centering_toeslag_pregnancy"),)
