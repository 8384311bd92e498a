"""The Centering schedule: the template, no public holidays, school-holiday warnings, gestational-age
ranges, moving a session by hand and double bookings."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ksdesk.centering import (
    ConflictKind,
    ScheduleError,
    ScheduleTemplate,
    SchoolRegion,
    SessionBooking,
    bookings,
    find_conflicts,
    gestational_age_range,
    move_session,
    plan_schedule,
    public_holiday,
    school_holiday,
    validate_schedule,
)
from ksdesk.records.gestation import TERM_DAYS, gestational_age

MONDAY, TUESDAY, THURSDAY, FRIDAY = 0, 1, 3, 4
EVENING = dt.time(19, 0)


def due_for_session_one_on(day: dt.date, week: int = 15) -> dt.date:
    """The median ATD that puts the (unmoved) first session exactly on ``day``."""
    return day + dt.timedelta(days=TERM_DAYS - 7 * week)


def dates(schedule) -> list[dt.date]:
    return [s.start.date() for s in schedule.sessions]


# --- template ------------------------------------------------------------------------------------------------


def test_default_template_weeks_and_reunion() -> None:
    median = dt.date(2026, 10, 6)  # a Tuesday; Tuesday sessions then land exactly on the template weeks
    schedule = plan_schedule([median] * 8, weekday=TUESDAY, start_time=EVENING)
    sessions = schedule.sessions
    assert len(sessions) == 10
    pregnancy_weeks = [gestational_age(median, s.start.date()).weeks for s in sessions[:9]]
    assert pregnancy_weeks == [15, 19, 23, 27, 29, 31, 33, 35, 37]
    assert all(gestational_age(median, s.start.date()).days == 0 for s in sessions[:9])
    assert sessions[-1].reunion and not any(s.reunion for s in sessions[:9])
    assert sessions[-1].start.date() == median + dt.timedelta(weeks=6)
    assert all(s.duration_minutes == 120 and s.end - s.start == dt.timedelta(hours=2) for s in sessions)
    assert all(s.start.time() == EVENING and s.start.weekday() == TUESDAY for s in sessions)
    assert sessions[0].title == "Bijeenkomst 1" and sessions[-1].title == "Reünie"


def test_first_session_follows_the_median_due_date() -> None:
    # Two early outliers do not pull the schedule forward: the median decides.
    median = dt.date(2026, 10, 6)
    dues = [median - dt.timedelta(days=20), median - dt.timedelta(days=19), median, median, median]
    schedule = plan_schedule(dues, weekday=TUESDAY, start_time=EVENING)
    assert gestational_age(median, schedule.sessions[0].start.date()).weeks == 15


def test_reunion_after_the_last_due_date_with_configurable_gap() -> None:
    dues = [dt.date(2026, 10, 6), dt.date(2026, 10, 30)]
    template = ScheduleTemplate(reunion_weeks_after_last_due_date=8)
    schedule = plan_schedule(dues, weekday=TUESDAY, start_time=EVENING, template=template)
    reunion = schedule.sessions[-1].start.date()
    assert reunion >= dt.date(2026, 10, 30) + dt.timedelta(weeks=8)
    assert reunion - (dt.date(2026, 10, 30) + dt.timedelta(weeks=8)) < dt.timedelta(days=7)
    assert reunion.weekday() == TUESDAY


def test_custom_template() -> None:
    template = ScheduleTemplate(first_session_week=12, gaps_weeks=(4, 4, 4, 4, 2, 2, 2, 2), duration_minutes=90)
    median = dt.date(2026, 10, 6)
    schedule = plan_schedule([median], weekday=TUESDAY, start_time=EVENING, template=template)
    weeks = [gestational_age(median, s.start.date()).weeks for s in schedule.sessions[:9]]
    assert weeks == [12, 16, 20, 24, 28, 30, 32, 34, 36]
    assert {s.duration_minutes for s in schedule.sessions} == {90}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"gaps_weeks": (4, 0, 2)}, "minstens een week"),
        ({"first_session_week": 2}, None),
        ({"duration_minutes": 10}, None),
    ],
)
def test_template_refuses_nonsense(changes: dict, message: str | None) -> None:
    with pytest.raises(ValueError, match=message):
        ScheduleTemplate(**changes)


def test_group_without_members_has_no_schedule() -> None:
    with pytest.raises(ScheduleError, match="zonder leden"):
        plan_schedule([], weekday=MONDAY, start_time=EVENING)


# --- public holidays -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weekday", "holiday", "expected"),
    [
        # Koningsdag 2026 is Monday 27 April: a week later (4 May is no holiday; 5 May only in lustrum years).
        pytest.param(MONDAY, dt.date(2026, 4, 27), dt.date(2026, 5, 4), id="Koningsdag"),
        # Tweede Kerstdag 2025 is a Friday: a week later, 2 January.
        pytest.param(FRIDAY, dt.date(2025, 12, 26), dt.date(2026, 1, 2), id="Tweede Kerstdag"),
        # Eerste Kerstdag 2025 is a Thursday and a week later is Nieuwjaarsdag: the week before.
        pytest.param(THURSDAY, dt.date(2025, 12, 25), dt.date(2025, 12, 18), id="Kerst then Nieuwjaar"),
        # Hemelvaartsdag 2026 is Thursday 14 May.
        pytest.param(THURSDAY, dt.date(2026, 5, 14), dt.date(2026, 5, 21), id="Hemelvaartsdag"),
    ],
)
def test_session_on_a_public_holiday_moves(weekday: int, holiday: dt.date, expected: dt.date) -> None:
    assert public_holiday(holiday)
    schedule = plan_schedule([due_for_session_one_on(holiday)], weekday=weekday, start_time=EVENING)
    first = schedule.sessions[0]
    assert first.start.date() == expected
    assert first.note.startswith(f"Verschoven van {holiday:%d-%m-%Y}")
    assert public_holiday(holiday) in first.note


def test_pinksteren_in_the_second_session_also_moves() -> None:
    # Session 1 on Koningsdag 2026 (Monday), session 2 four weeks later on Tweede Pinksterdag (25 May).
    schedule = plan_schedule([due_for_session_one_on(dt.date(2026, 4, 27))], weekday=MONDAY, start_time=EVENING)
    assert dates(schedule)[:3] == [dt.date(2026, 5, 4), dt.date(2026, 6, 1), dt.date(2026, 6, 22)]


def test_reunion_on_a_holiday_moves_later_never_earlier() -> None:
    last_due = dt.date(2026, 3, 16)  # + 6 weeks = Monday 27 April, Koningsdag
    schedule = plan_schedule([last_due], weekday=MONDAY, start_time=EVENING)
    assert schedule.sessions[-1].start.date() == dt.date(2026, 5, 4)


def test_unmoved_sessions_have_no_note() -> None:
    schedule = plan_schedule([dt.date(2026, 10, 6)], weekday=TUESDAY, start_time=EVENING)
    assert all(s.note == "" for s in schedule.sessions)


@settings(max_examples=200, deadline=None)
@given(
    first_due=st.dates(dt.date(2025, 1, 1), dt.date(2029, 12, 31)),
    offsets=st.lists(st.integers(0, 28), min_size=1, max_size=12),
    weekday=st.integers(0, 6),
)
def test_schedule_never_on_a_holiday_and_always_in_order(first_due: dt.date, offsets: list[int], weekday: int) -> None:
    dues = [first_due + dt.timedelta(days=o) for o in offsets]
    schedule = plan_schedule(dues, weekday=weekday, start_time=EVENING)
    days = dates(schedule)
    assert len(days) == 10
    assert all(public_holiday(d) is None for d in days)
    assert all(d.weekday() == weekday for d in days)
    assert all(a < b for a, b in itertools.pairwise(days))
    assert days[-1] > max(dues)
    assert validate_schedule(schedule) == []


# --- school holidays -----------------------------------------------------------------------------------------


def test_school_holiday_warning_depends_on_the_region() -> None:
    # Voorjaarsvakantie 2026: Zuid 14-22 February, Noord 21 Feb - 1 March. Tuesday 17 Feb is Zuid only.
    day = dt.date(2026, 2, 17)
    assert school_holiday(day, SchoolRegion.ZUID) == "Voorjaarsvakantie"
    assert school_holiday(day, SchoolRegion.NOORD) is None
    due = due_for_session_one_on(day)
    zuid = plan_schedule([due], weekday=TUESDAY, start_time=EVENING, region=SchoolRegion.ZUID)
    noord = plan_schedule([due], weekday=TUESDAY, start_time=EVENING, region=SchoolRegion.NOORD)
    assert zuid.sessions[0].start.date() == day  # a warning only: the session stays
    assert zuid.sessions[0].warnings == ("Valt in de voorjaarsvakantie (regio Zuid).",)
    assert noord.sessions[0].warnings == ()


def test_no_region_no_school_warnings() -> None:
    schedule = plan_schedule([due_for_session_one_on(dt.date(2026, 2, 17))], weekday=TUESDAY, start_time=EVENING)
    assert all(s.warnings == () for s in schedule.sessions)


def test_unknown_school_holidays_are_said() -> None:
    schedule = plan_schedule([dt.date(2033, 6, 1)], weekday=TUESDAY, start_time=EVENING, region=SchoolRegion.MIDDEN)
    assert any("niet bekend" in w for w in schedule.sessions[0].warnings)


# --- gestational-age ranges ----------------------------------------------------------------------------------


def _due(on: dt.date, weeks: int, days: int) -> dt.date:
    """The ATD of a woman who is weeks+days pregnant on ``on``."""
    return on + dt.timedelta(days=TERM_DAYS - 7 * weeks - days)


ON = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("ages", "expected"),
    [
        ([(23, 1), (26, 4)], "23+1 – 26+4"),
        ([(26, 4), (24, 0), (23, 1)], "23+1 – 26+4"),
        ([(15, 0)], "15+0"),
        ([(15, 0), (15, 0)], "15+0"),
        ([], ""),
    ],
)
def test_gestational_age_range(ages: list[tuple[int, int]], expected: str) -> None:
    assert gestational_age_range([_due(ON, w, d) for w, d in ages], ON) == expected


def test_sessions_show_the_members_range_and_the_reunion_none() -> None:
    dues = [dt.date(2026, 10, 6), dt.date(2026, 10, 30)]
    schedule = plan_schedule(dues, weekday=TUESDAY, start_time=EVENING)
    first = schedule.sessions[0]
    young, old = gestational_age(dues[1], first.start.date()), gestational_age(dues[0], first.start.date())
    assert first.ga_range == f"{young} – {old}"
    assert schedule.sessions[-1].ga_range == ""


# --- moving a session by hand --------------------------------------------------------------------------------


@pytest.fixture
def schedule():
    return plan_schedule(
        [dt.date(2026, 10, 6), dt.date(2026, 10, 20)], weekday=TUESDAY, start_time=EVENING, region=SchoolRegion.MIDDEN
    )


def test_move_recomputes_ages_and_warnings(schedule) -> None:
    old = schedule.session(5)
    new_start = dt.datetime.combine(old.start.date() + dt.timedelta(days=1), dt.time(10, 0))
    moved = move_session(schedule, 5, new_start)
    session = moved.session(5)
    assert session.start == new_start and session.duration_minutes == 120
    assert session.ga_range == gestational_age_range(schedule.member_due_dates, new_start.date())
    assert session.ga_range != old.ga_range
    assert session.note == "Met de hand verplaatst"
    assert "Niet op de vaste Centering-dag (dinsdag)." in session.warnings
    assert [s for s in moved.sessions if s.number != 5] == [s for s in schedule.sessions if s.number != 5]


@pytest.mark.parametrize(
    ("number", "new_day", "message"),
    [
        pytest.param(1, dt.date(2026, 4, 27), r"feestdag \(Koningsdag\)", id="onto Koningsdag"),
        pytest.param(5, None, "moet vóór bijeenkomst 6", id="past the next session"),
        pytest.param(5, "previous", "moet na bijeenkomst 4", id="onto the previous session's day"),
        pytest.param(10, "last_due", "na de laatste à terme datum", id="reünie before the last ATD"),
    ],
)
def test_move_refuses_what_breaks_a_rule(schedule, number: int, new_day, message: str) -> None:
    if new_day is None:
        new_day = schedule.session(number + 1).start.date() + dt.timedelta(days=1)
    elif new_day == "previous":
        new_day = schedule.session(number - 1).start.date()
    elif new_day == "last_due":
        new_day = max(schedule.member_due_dates)
    with pytest.raises(ScheduleError, match=message):
        move_session(schedule, number, dt.datetime.combine(new_day, EVENING))


def test_move_unknown_session(schedule) -> None:
    with pytest.raises(ScheduleError, match="bestaat niet"):
        move_session(schedule, 11, dt.datetime(2026, 6, 1, 19, 0))


# --- double bookings -----------------------------------------------------------------------------------------


def _booking(group: str, start: str, *, minutes: int = 120, room: str | None = None, people=()) -> SessionBooking:
    begin = dt.datetime.fromisoformat(start)
    return SessionBooking(group=group, number=1, start=begin, end=begin + dt.timedelta(minutes=minutes),
                          room=room, facilitators=tuple(people))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(dict(start="2026-05-12T19:00", room="Zaal 1"), dict(start="2026-05-12T20:00", room="zaal 1 "),
                     [(ConflictKind.ROOM, "Zaal 1")], id="same room, overlapping"),
        pytest.param(dict(start="2026-05-12T19:00", room="Zaal 1"), dict(start="2026-05-12T21:00", room="Zaal 1"),
                     [], id="same room, back to back"),
        pytest.param(dict(start="2026-05-12T19:00", room="Zaal 1"), dict(start="2026-05-12T19:00", room="Zaal 2"),
                     [], id="other room"),
        pytest.param(dict(start="2026-05-12T19:00", people=["vk-anna", "doula-bo"]),
                     dict(start="2026-05-12T18:00", people=["vk-anna"]),
                     [(ConflictKind.FACILITATOR, "vk-anna")], id="midwife in two groups"),
        pytest.param(dict(start="2026-05-12T19:00", room="Zaal 1", people=["vk-anna"]),
                     dict(start="2026-05-12T19:30", room="Zaal 1", people=["vk-anna"]),
                     [(ConflictKind.ROOM, "Zaal 1"), (ConflictKind.FACILITATOR, "vk-anna")], id="both"),
        pytest.param(dict(start="2026-05-12T19:00", room=None), dict(start="2026-05-12T19:00", room=None),
                     [], id="no room given"),
    ],
)
def test_find_conflicts(first: dict, second: dict, expected: list) -> None:
    conflicts = find_conflicts([_booking("A", **first), _booking("B", **second)])
    assert [(c.kind, c.resource) for c in conflicts] == expected
    for conflict in conflicts:
        assert {conflict.first.group, conflict.second.group} == {"A", "B"}
        assert "dubbel geboekt" in conflict.message


def test_two_groups_on_the_same_evening_share_a_midwife() -> None:
    a = plan_schedule([dt.date(2026, 10, 6)], weekday=TUESDAY, start_time=EVENING)
    b = plan_schedule([dt.date(2026, 11, 3)], weekday=TUESDAY, start_time=dt.time(20, 0))
    found = find_conflicts(
        bookings("Groep A", a, room="Zaal 1", facilitators=["vk-anna"])
        + bookings("Groep B", b, room="Zaal 2", facilitators=["vk-anna", "jgz-cor"])
    )
    clashes = {c.second.start.date() for c in found}
    common = {s.start.date() for s in a.sessions} & {s.start.date() for s in b.sessions}
    assert common and clashes == common
    assert {c.kind for c in found} == {ConflictKind.FACILITATOR}
    # Moving B's clashing evening to Wednesday solves one of them.
    day = min(common)
    number = next(s.number for s in b.sessions if s.start.date() == day)
    b2 = move_session(b, number, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(20, 0)))
    found2 = find_conflicts(bookings("Groep A", a, facilitators=["vk-anna"]) + bookings("Groep B", b2,
                                                                                        facilitators=["vk-anna"]))
    assert {c.second.start.date() for c in found2} == common - {day}
