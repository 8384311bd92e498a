"""Centering code lists, settings, input models and the plain values the service hands out (pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ksdesk.centering.schedule import DEFAULT_TEMPLATE, ScheduleTemplate, SchoolRegion


class GroupStatus(StrEnum):
    PLANNED = "gepland"
    RUNNING = "lopend"
    FINISHED = "afgerond"
    CANCELLED = "geannuleerd"

    @property
    def is_open(self) -> bool:
        """A group that still takes members and whose sessions can change."""
        return self in (GroupStatus.PLANNED, GroupStatus.RUNNING)


class AttendanceStatus(StrEnum):
    PRESENT = "aanwezig"
    EXCUSED = "afgemeld"
    ABSENT = "afwezig"

    @property
    def missed(self) -> bool:
        """A missed session is replaced by an individual consult."""
        return self is not AttendanceStatus.PRESENT


class LeaveReason(StrEnum):
    DELIVERED = "bevallen"
    TRANSFERRED = "overgedragen"
    MISCARRIAGE = "miskraam"
    MOVED = "verhuisd"
    STOPPED = "gestopt"
    OTHER_GROUP = "andere_groep"  # moved to another Centering group


class FacilitatorRole(StrEnum):
    MIDWIFE = "verloskundige"
    CO = "co_begeleider"


LABELS: dict[StrEnum, str] = {
    GroupStatus.PLANNED: "Gepland",
    GroupStatus.RUNNING: "Lopend",
    GroupStatus.FINISHED: "Afgerond",
    GroupStatus.CANCELLED: "Geannuleerd",
    AttendanceStatus.PRESENT: "Aanwezig",
    AttendanceStatus.EXCUSED: "Afgemeld",
    AttendanceStatus.ABSENT: "Afwezig",
    LeaveReason.DELIVERED: "Bevallen",
    LeaveReason.TRANSFERRED: "Overgedragen naar 2e lijn",
    LeaveReason.MISCARRIAGE: "Miskraam",
    LeaveReason.MOVED: "Verhuisd",
    LeaveReason.STOPPED: "Gestopt",
    LeaveReason.OTHER_GROUP: "Naar een andere groep",
    FacilitatorRole.MIDWIFE: "Verloskundige",
    FacilitatorRole.CO: "Co-begeleider",
}


def label(code: StrEnum) -> str:
    return LABELS.get(code, str(code))


_FROZEN = ConfigDict(frozen=True, extra="forbid")


class CenteringSettings(BaseModel):
    """The practice's Centering settings (stored as one JSON value under the settings key 'centering.settings')."""

    model_config = _FROZEN

    min_size: int = Field(8, ge=2, le=30, title="Minimale groepsgrootte")
    max_size: int = Field(12, ge=2, le=30, title="Maximale groepsgrootte")
    target_size: int = Field(10, ge=2, le=30, title="Gewenste groepsgrootte")
    max_spread_days: int = Field(28, ge=0, le=120, title="Maximale spreiding ATD (dagen)")
    latest_entry_week: int = Field(22, ge=8, le=36, title="Instromen in een nieuwe groep tot (weken)")
    template: ScheduleTemplate = Field(DEFAULT_TEMPLATE, title="Schema")
    toeslag_amount_cents: int = Field(7000, ge=0, le=100_000, title="Bedrag CB-IPG-toeslag (centen)")
    toeslag_needs_trained_midwife: bool = Field(True, title="Voorwaarde: getrainde verloskundige")
    toeslag_needs_co_facilitator: bool = Field(True, title="Voorwaarde: tweede begeleider")
    toeslag_min_sessions: int = Field(1, ge=0, le=10, title="Voorwaarde: minimaal bijgewoonde bijeenkomsten")
    toeslag_conditions: str = Field(
        "Eenmaal per zwangere; KNOV-geaccrediteerde training en een tweede begeleider.",
        max_length=500, title="Voorwaarden (tekst)",
    )

    @model_validator(mode="after")
    def _sizes_in_order(self) -> CenteringSettings:
        if not self.min_size <= self.target_size <= self.max_size:
            raise ValueError("De gewenste grootte moet tussen de minimale en maximale grootte liggen.")
        return self


class LocationIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=200, title="Naam")
    address: str | None = Field(None, max_length=300, title="Adres")
    region: SchoolRegion = Field(title="Regio schoolvakanties")
    active: bool = Field(True, title="Actief")


class RoomIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=200, title="Naam")
    capacity: int | None = Field(None, ge=1, le=200, title="Plaatsen")
    active: bool = Field(True, title="Actief")


class GroupIn(BaseModel):
    """The editable details of a group."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=200, title="Naam")
    language: str | None = Field(None, max_length=60, title="Taal")
    location_id: int | None = Field(None, title="Locatie")
    room_id: int | None = Field(None, title="Ruimte")
    midwife_id: int | None = Field(None, title="Verloskundige")
    co_facilitator_id: int | None = Field(None, title="Co-begeleider")

    @field_validator("language")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value or None


# --- views ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateView:
    """A pregnancy in the candidate pool."""

    pregnancy_id: int
    client_id: int
    name: str
    due_date: dt.date
    gestational_age: str
    language: str
    municipality: str | None
    intake_date: dt.date | None


@dataclass(frozen=True)
class ProposedGroup:
    members: tuple[CandidateView, ...]
    spread_days: int
    session_starts: tuple[dt.datetime, ...] = ()  # a preview of the schedule, for the timeline


@dataclass(frozen=True)
class ProposedJoin:
    group_id: int
    group_name: str
    members: tuple[CandidateView, ...]


@dataclass(frozen=True)
class UnplacedView:
    candidate: CandidateView
    reason: str
    could_join: tuple[str, ...]  # names of existing groups she fits by ATD


@dataclass(frozen=True)
class Proposal:
    groups: tuple[ProposedGroup, ...]
    joins: tuple[ProposedJoin, ...]
    unplaced: tuple[UnplacedView, ...]

    @property
    def placed_count(self) -> int:
        return sum(len(g.members) for g in self.groups) + sum(len(j.members) for j in self.joins)


@dataclass(frozen=True)
class RoomView:
    id: int
    location_id: int
    name: str
    capacity: int | None
    active: bool


@dataclass(frozen=True)
class LocationView:
    id: int
    name: str
    address: str | None
    region: SchoolRegion
    active: bool
    rooms: tuple[RoomView, ...]


@dataclass(frozen=True)
class FacilitatorView:
    staff_id: int
    name: str
    role: FacilitatorRole
    discipline: str
    centering_trained: bool


@dataclass(frozen=True)
class MemberView:
    pregnancy_id: int
    client_id: int
    name: str
    due_date: dt.date
    language: str
    joined_on: dt.date
    left_on: dt.date | None
    leave_reason: LeaveReason | None
    handover_consent: bool
    toeslag_eligible: bool
    toeslag_reason: str  # why not eligible (empty when eligible)
    toeslag_declared_on: dt.date | None
    pregnancy_ongoing: bool = True  # False once she gave birth or the pregnancy ended otherwise

    @property
    def active(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class AttendanceView:
    pregnancy_id: int
    status: AttendanceStatus
    comment: str | None
    consult_done: bool


@dataclass(frozen=True)
class SessionView:
    number: int
    starts_at: dt.datetime
    duration_minutes: int
    reunion: bool
    held: bool
    moved_by_hand: bool
    note: str | None
    ga_range: str
    warnings: tuple[str, ...]
    attendance: tuple[AttendanceView, ...]

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)

    @property
    def title(self) -> str:
        return "Reünie" if self.reunion else f"Bijeenkomst {self.number}"


@dataclass(frozen=True)
class GroupSummary:
    id: int
    name: str
    status: GroupStatus
    start_date: dt.date | None
    end_date: dt.date | None
    member_count: int
    first_due: dt.date | None
    last_due: dt.date | None
    location: str | None
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class GroupDetail:
    id: int
    name: str
    status: GroupStatus
    language: str | None
    location: LocationView | None
    room: RoomView | None
    start_date: dt.date | None
    end_date: dt.date | None
    cancel_reason: str | None
    facilitators: tuple[FacilitatorView, ...]
    members: tuple[MemberView, ...]
    sessions: tuple[SessionView, ...]
    warnings: tuple[str, ...]
    updated_at: dt.datetime
    practice_name: str = ""
    min_size: int = 8
    max_size: int = 12
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def active_members(self) -> tuple[MemberView, ...]:
        return tuple(m for m in self.members if m.active)

    def facilitator(self, role: FacilitatorRole) -> FacilitatorView | None:
        return next((f for f in self.facilitators if f.role is role), None)

    def session(self, number: int) -> SessionView:
        for session in self.sessions:
            if session.number == number:
                return session
        raise KeyError(number)


@dataclass(frozen=True)
class UpcomingSession:
    """A session in a period, for a worklist (no client data)."""

    group_id: int
    group_name: str
    number: int
    title: str
    starts_at: dt.datetime
    duration_minutes: int
    place: str
    member_count: int
    held: bool


@dataclass(frozen=True)
class AttendanceResult:
    """After recording attendance: who missed the session and needs an individual consult."""

    session_number: int
    needs_consult: tuple[str, ...]  # names
    warnings: tuple[str, ...] = ()
