"""The ten sessions (bijeenkomsten) of a Centering group: template, holidays, moving by hand, double bookings.

A schedule is computed from the members' à terme datums (ATDs): the pregnancy sessions follow the template's
weeks of gestation for the group's median ATD, the reünie comes a set number of weeks after the last ATD.
Every session falls on the practice's Centering weekday and time, never on a Dutch public holiday (the
``holidays`` package, country NL); a session in the school holidays of the location's region gets a warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import lru_cache

import holidays
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ksdesk.records.gestation import TERM_DAYS, format_date, gestational_age

WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_FROZEN = ConfigDict(frozen=True, extra="forbid")


class ScheduleError(ValueError):
    """A schedule or a move that breaks a rule; the message is Dutch and meant for the user."""


class SchoolRegion(StrEnum):
    """School-holiday regions (regio's schoolvakanties); Zuid-Limburg belongs to Zuid."""

    NOORD = "Noord"
    MIDDEN = "Midden"
    ZUID = "Zuid"


class ScheduleTemplate(BaseModel):
    """When the sessions fall: a practice setting.

    The pregnancy sessions start at ``first_session_week`` weeks of gestation (for the group's median
    ATD) and follow each other after ``gaps_weeks``; the reünie comes ``reunion_weeks_after_last_due_date``
    weeks after the last member's ATD (by then everyone has given birth, up to 42 weeks, and the babies
    can come along). Default: 15, 19, 23, 27, 29, 31, 33, 35, 37 weeks, then the reünie.
    """

    model_config = _FROZEN

    first_session_week: int = Field(15, ge=6, le=36, title="Eerste bijeenkomst (weken zwangerschap)")
    gaps_weeks: tuple[int, ...] = Field((4, 4, 4, 2, 2, 2, 2, 2), title="Weken tussen de bijeenkomsten")
    reunion_weeks_after_last_due_date: int = Field(6, ge=2, le=26, title="Reünie (weken na de laatste ATD)")
    duration_minutes: int = Field(120, ge=30, le=240, title="Duur (minuten)")

    @model_validator(mode="after")
    def _gaps_positive(self) -> ScheduleTemplate:
        if any(g < 1 for g in self.gaps_weeks):
            raise ValueError("Tussen twee bijeenkomsten zit minstens een week.")
        return self

    @property
    def session_weeks(self) -> tuple[int, ...]:
        """Weeks of gestation of the pregnancy sessions (for the median ATD)."""
        weeks = [self.first_session_week]
        for gap in self.gaps_weeks:
            weeks.append(weeks[-1] + gap)
        return tuple(weeks)

    @property
    def session_count(self) -> int:
        return len(self.gaps_weeks) + 2


DEFAULT_TEMPLATE = ScheduleTemplate()


class Session(BaseModel):
    """One bijeenkomst: when, the members' gestational-age range that day, and warnings to show."""

    model_config = _FROZEN

    number: int
    start: dt.datetime
    duration_minutes: int
    reunion: bool = False
    ga_range: str = ""
    warnings: tuple[str, ...] = ()
    note: str = ""

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.duration_minutes)

    @property
    def title(self) -> str:
        return "Reünie" if self.reunion else f"Bijeenkomst {self.number}"


class GroupSchedule(BaseModel):
    """A group's sessions together with what they were computed from (so a move can be re-validated)."""

    model_config = _FROZEN

    member_due_dates: tuple[dt.date, ...]
    weekday: int = Field(ge=0, le=6)
    start_time: dt.time
    region: SchoolRegion | None = None
    template: ScheduleTemplate = DEFAULT_TEMPLATE
    sessions: tuple[Session, ...]

    def session(self, number: int) -> Session:
        for session in self.sessions:
            if session.number == number:
                return session
        raise ScheduleError(f"Bijeenkomst {number} bestaat niet.")


# --- holidays ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=year, language="nl")


@lru_cache(maxsize=64)
def _school_holidays(year: int, region: SchoolRegion) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", subdiv=region.value, years=year, categories=("school",), language="nl")


def public_holiday(on: dt.date) -> str | None:
    """The name of the Dutch public holiday on this date (as the ``holidays`` package lists them), or None."""
    return _public_holidays(on.year).get(on)


def school_holiday(on: dt.date, region: SchoolRegion) -> str | None:
    """The name of the school holiday of the region on this date, or None."""
    return _school_holidays(on.year, region).get(on)


def has_school_holiday_data(year: int, region: SchoolRegion) -> bool:
    """The package knows school holidays for a limited range of years only."""
    return len(_school_holidays(year, region)) > 0


# --- computing a schedule ------------------------------------------------------------------------------------


def gestational_age_range(due_dates: Iterable[dt.date], on: dt.date) -> str:
    """The members' gestational ages on a date, youngest to oldest: "23+1 – 26+4" (one value if all equal)."""
    dates = list(due_dates)
    if not dates:
        return ""
    youngest = gestational_age(max(dates), on)
    oldest = gestational_age(min(dates), on)
    if oldest is None:
        return ""
    if youngest is None:
        return f"– {oldest}"
    return str(youngest) if youngest == oldest else f"{youngest} – {oldest}"


def median_due_date(due_dates: Sequence[dt.date]) -> dt.date:
    """The middle ATD (the earlier of the two middle ones for an even count)."""
    if not due_dates:
        raise ScheduleError("Een groep zonder leden heeft geen schema.")
    ordered = sorted(due_dates)
    return ordered[(len(ordered) - 1) // 2]


def plan_schedule(
    member_due_dates: Sequence[dt.date],
    *,
    weekday: int,
    start_time: dt.time,
    region: SchoolRegion | None = None,
    template: ScheduleTemplate = DEFAULT_TEMPLATE,
) -> GroupSchedule:
    """All sessions of a group on the practice's Centering weekday (0 = maandag) and time."""
    if not 0 <= weekday <= 6:
        raise ScheduleError("Kies een dag van de week.")
    median = median_due_date(member_due_dates)
    last_due = max(member_due_dates)
    conception_base = median - dt.timedelta(days=TERM_DAYS)  # 0+0 for the median ATD

    wanted = [_nearest_weekday(conception_base + dt.timedelta(weeks=w), weekday) for w in template.session_weeks]
    dates: list[dt.date] = []
    notes: list[str] = []
    for i, date in enumerate(wanted):
        after = dates[-1] if dates else None
        before = wanted[i + 1] if i + 1 < len(wanted) else None
        chosen = _avoid_holiday(date, after=after, before=before, offsets=(7, -7, 14, -14))
        dates.append(chosen)
        notes.append(_moved_note(date, chosen))
    reunion_wanted = _next_weekday(last_due + dt.timedelta(weeks=template.reunion_weeks_after_last_due_date), weekday)
    reunion = _avoid_holiday(reunion_wanted, after=dates[-1], before=None, offsets=(7, 14, 21))
    dates.append(reunion)
    notes.append(_moved_note(reunion_wanted, reunion))

    schedule = GroupSchedule(
        member_due_dates=tuple(sorted(member_due_dates)),
        weekday=weekday,
        start_time=start_time,
        region=region,
        template=template,
        sessions=(),
    )
    sessions = tuple(
        _session(schedule, number, dt.datetime.combine(date, start_time), note)
        for number, (date, note) in enumerate(zip(dates, notes, strict=True), start=1)
    )
    return schedule.model_copy(update={"sessions": sessions})


def move_session(schedule: GroupSchedule, number: int, new_start: dt.datetime) -> GroupSchedule:
    """Move one session by hand; raise ScheduleError (Dutch) if the new moment breaks a rule.

    Rules: not on a public holiday; sessions stay in order (strictly between the neighbours' dates); the
    reünie comes after the last ATD. Gestational ages and warnings are recomputed.
    """
    old = schedule.session(number)
    moved = _session(schedule, number, new_start, "Met de hand verplaatst", duration=old.duration_minutes)
    sessions = tuple(moved if s.number == number else s for s in schedule.sessions)
    result = schedule.model_copy(update={"sessions": sessions})
    problems = _session_problems(result, number)
    if problems:
        raise ScheduleError(" ".join(problems))
    return result


def validate_schedule(schedule: GroupSchedule) -> list[str]:
    """Every broken rule in a schedule, in Dutch (empty when all is well)."""
    problems: list[str] = []
    for session in schedule.sessions:
        problems += _session_problems(schedule, session.number)
    return problems


def _session_problems(schedule: GroupSchedule, number: int) -> list[str]:
    sessions = sorted(schedule.sessions, key=lambda s: s.number)
    index = next(i for i, s in enumerate(sessions) if s.number == number)
    session = sessions[index]
    day = session.start.date()
    problems: list[str] = []
    holiday = public_holiday(day)
    if holiday:
        problems.append(f"{session.title} valt op {format_date(day)}, een feestdag ({holiday}).")
    if index > 0 and sessions[index - 1].start.date() >= day:
        previous = sessions[index - 1]
        problems.append(
            f"{session.title} moet na {previous.title.lower()} ({format_date(previous.start.date())}) vallen."
        )
    if index + 1 < len(sessions) and sessions[index + 1].start.date() <= day:
        following = sessions[index + 1]
        problems.append(
            f"{session.title} moet vóór {following.title.lower()} ({format_date(following.start.date())}) vallen."
        )
    last_due = max(schedule.member_due_dates)
    if session.reunion and day <= last_due:
        problems.append(f"De reünie moet na de laatste à terme datum ({format_date(last_due)}) vallen.")
    return problems


def _session(
    schedule: GroupSchedule, number: int, start: dt.datetime, note: str, duration: int | None = None
) -> Session:
    reunion = number == schedule.template.session_count
    day = start.date()
    warnings: list[str] = []
    if schedule.region is not None:
        name = school_holiday(day, schedule.region)
        if name:
            warnings.append(f"Valt in de {name.lower()} (regio {schedule.region.value}).")
        elif not has_school_holiday_data(day.year, schedule.region):
            warnings.append(f"Schoolvakanties van {day.year} zijn niet bekend; controleer dit zelf.")
    if day.weekday() != schedule.weekday:
        warnings.append(f"Niet op de vaste Centering-dag ({WEEKDAY_NAMES[schedule.weekday]}).")
    return Session(
        number=number,
        start=start,
        duration_minutes=duration or schedule.template.duration_minutes,
        reunion=reunion,
        ga_range="" if reunion else gestational_age_range(schedule.member_due_dates, day),
        warnings=tuple(warnings),
        note=note,
    )


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    delta = (weekday - day.weekday()) % 7
    return day + dt.timedelta(days=delta - 7 if delta > 3 else delta)


def _next_weekday(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _avoid_holiday(
    day: dt.date, *, after: dt.date | None, before: dt.date | None, offsets: Sequence[int]
) -> dt.date:
    """The date itself if it is no public holiday, else the first same-weekday alternative that keeps order."""
    if public_holiday(day) is None:
        return day
    for offset in offsets:
        other = day + dt.timedelta(days=offset)
        if public_holiday(other) is None and (after is None or other > after) and (before is None or other < before):
            return other
    raise ScheduleError(f"Geen vrije dag gevonden rond {format_date(day)}; plan deze bijeenkomst met de hand.")


def _moved_note(wanted: dt.date, chosen: dt.date) -> str:
    if wanted == chosen:
        return ""
    return f"Verschoven van {format_date(wanted)} ({public_holiday(wanted)})."


# --- double bookings -----------------------------------------------------------------------------------------


class ConflictKind(StrEnum):
    ROOM = "ruimte"
    FACILITATOR = "begeleider"


class SessionBooking(BaseModel):
    """A session as the conflict check sees it: which group, when, where and who."""

    model_config = _FROZEN

    group: str
    number: int
    start: dt.datetime
    end: dt.datetime
    room: str | None = None
    facilitators: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.group}, bijeenkomst {self.number} ({format_date(self.start.date())} {self.start:%H:%M})"


class Conflict(BaseModel):
    """Two sessions that overlap in time and need the same room or the same facilitator."""

    model_config = _FROZEN

    kind: ConflictKind
    resource: str
    first: SessionBooking
    second: SessionBooking

    @property
    def message(self) -> str:
        what = "Ruimte" if self.kind is ConflictKind.ROOM else "Begeleider"
        return f"{what} {self.resource} is dubbel geboekt: {self.first.label} en {self.second.label}."


def bookings(
    group: str, schedule: GroupSchedule, *, room: str | None = None, facilitators: Sequence[str] = ()
) -> list[SessionBooking]:
    """A group's sessions as bookings for ``find_conflicts``."""
    return [
        SessionBooking(group=group, number=s.number, start=s.start, end=s.end, room=room,
                       facilitators=tuple(facilitators))
        for s in schedule.sessions
    ]


def find_conflicts(all_bookings: Iterable[SessionBooking]) -> list[Conflict]:
    """Every pair of sessions that overlap in time and share a room or a facilitator, earliest first.

    Sessions that merely touch (one ends when the other starts) do not conflict. Rooms are compared
    without regard to case and surrounding spaces.
    """
    ordered = sorted(all_bookings, key=lambda b: (b.start, b.end, b.group, b.number))
    conflicts: list[Conflict] = []
    active: list[SessionBooking] = []
    for booking in ordered:
        active = [a for a in active if a.end > booking.start]
        for other in active:
            if (other.group, other.number) == (booking.group, booking.number):
                continue
            if booking.room and other.room and _same(booking.room, other.room):
                conflicts.append(Conflict(kind=ConflictKind.ROOM, resource=other.room.strip(), first=other,
                                          second=booking))
            for person in sorted(set(booking.facilitators) & set(other.facilitators)):
                conflicts.append(Conflict(kind=ConflictKind.FACILITATOR, resource=person, first=other,
                                          second=booking))
        active.append(booking)
    return conflicts


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()
