"""CenteringService on a real database: pool, proposal, groups, schedule, resources, attendance, leaving,
status, toeslag, outputs, audit, and the cascade when a dossier is destroyed."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import subprocess

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import func, select

from ksdesk.centering.model import AttendanceStatus, GroupStatus, LeaveReason
from ksdesk.centering.schedule import public_holiday
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, PermissionDenied, ValidationError
from ksdesk.storage.orm import AuditRow
from ksdesk.storage.orm_centering import (
    CenteringAttendanceRow,
    CenteringMemberRow,
    CenteringSessionRow,
    CenteringToeslagRow,
)
from tests.centering.helpers import add_pool, add_staff, add_woman

TODAY = dt.date.today()
FIRST_DUE = TODAY + dt.timedelta(days=200)
TEN = [0, 1, 2, 3, 5, 8, 9, 12, 14, 20]


def _count(services: Services, row: type) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(row)) or 0


def _audit_after(services: Services, seq: int) -> list[AuditRow]:
    with services.store.sessions() as session:
        return list(session.scalars(select(AuditRow).where(AuditRow.seq > seq).order_by(AuditRow.seq)))


def _last_seq(services: Services) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.max(AuditRow.seq))) or 0


@pytest.fixture
def staff(services: Services, admin: Actor) -> dict[str, int]:
    return add_staff(services, admin)


@pytest.fixture
def place(services: Services, assistant: Actor) -> tuple[int, int]:
    location = services.centering.save_location(assistant, None, {"name": "Praktijk Centrum", "region": "Zuid",
                                                                  "address": "Markt 1, Maastricht"})
    room = services.centering.save_room(assistant, location.id, None, {"name": "Groepsruimte", "capacity": 14})
    return location.id, room.id


def _group(services: Services, actor: Actor, ids: list[int], staff: dict[str, int], place: tuple[int, int],
           **extra: object):
    data = {"location_id": place[0], "room_id": place[1], "midwife_id": staff["trained"],
            "co_facilitator_id": staff["carer"], **extra}
    return services.centering.create_group(actor, ids, data)


# --- pool and proposal ----------------------------------------------------------------------------------------


def test_pool_holds_exactly_the_candidates(services: Services, midwife: Actor, assistant: Actor) -> None:
    wanted = add_woman(services, midwife, FIRST_DUE, language="Turks")[1]
    add_woman(services, midwife, FIRST_DUE, wants=False)
    add_woman(services, midwife, FIRST_DUE, intake=False)
    _client, ended = add_woman(services, midwife, FIRST_DUE)
    services.clients.update_pregnancy(midwife, ended, {"due_date": FIRST_DUE.strftime("%d-%m-%Y"),
                                                       "due_date_source": "lm", "gravida": 1, "para": 0,
                                                       "status": "miskraam", "status_date": TODAY,
                                                       "intake_date": TODAY, "wants_centering": True})
    pool = services.centering.pool(assistant)
    assert [c.pregnancy_id for c in pool] == [wanted]
    candidate = pool[0]
    assert candidate.language == "Turks" and candidate.municipality == "Maastricht"
    assert candidate.due_date == FIRST_DUE and candidate.gestational_age == str(
        __import__("ksdesk.records.gestation", fromlist=["x"]).gestational_age(FIRST_DUE, TODAY))


def test_pool_leaves_out_women_in_a_group_but_not_those_of_a_cancelled_group(
        services: Services, midwife: Actor, assistant: Actor, staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids[:9], staff, place)
    assert [c.pregnancy_id for c in services.centering.pool(assistant)] == ids[9:]
    services.centering.set_status(assistant, group.id, "geannuleerd", reason="Te weinig aanmeldingen")
    assert len(services.centering.pool(assistant)) == 10
    # cancelling keeps the data
    kept = services.centering.group(assistant, group.id)
    assert kept.status is GroupStatus.CANCELLED and len(kept.members) == 9 and len(kept.sessions) == 10
    assert kept.cancel_reason == "Te weinig aanmeldingen"


def test_proposal_places_the_pool_and_fills_open_groups_first(
        services: Services, midwife: Actor, assistant: Actor, staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids[:8], staff, place)
    later = add_pool(services, midwife, FIRST_DUE + dt.timedelta(days=100), range(11))
    proposal = services.centering.propose(assistant)
    assert [j.group_id for j in proposal.joins] == [group.id]
    assert {c.pregnancy_id for c in proposal.joins[0].members} == set(ids[8:])
    assert [[c.pregnancy_id for c in g.members] for g in proposal.groups] == [later]
    assert len(proposal.groups[0].session_starts) == 10
    assert services.centering.schedule_preview(
        assistant, [c.due_date for c in proposal.groups[0].members]) == proposal.groups[0].session_starts
    assert proposal.unplaced == ()
    new_ids = services.centering.accept_proposal(
        assistant, [[c.pregnancy_id for c in g.members] for g in proposal.groups],
        {j.group_id: [c.pregnancy_id for c in j.members] for j in proposal.joins})
    assert len(new_ids) == 1
    assert services.centering.pool(assistant) == []
    assert len(services.centering.group(assistant, group.id).active_members) == 10


def test_unplaced_women_get_a_reason(services: Services, midwife: Actor, assistant: Actor) -> None:
    add_pool(services, midwife, FIRST_DUE, [0, 1, 2])
    proposal = services.centering.propose(assistant)
    assert proposal.groups == () and len(proposal.unplaced) == 3
    assert all("Te weinig" in u.reason for u in proposal.unplaced)


def test_women_too_far_along_are_not_proposed(services: Services, midwife: Actor, assistant: Actor,
                                              admin: Actor) -> None:
    late = add_pool(services, midwife, TODAY + dt.timedelta(days=60), [0, 1, 2, 3, 4, 5, 6, 7])
    proposal = services.centering.propose(assistant)
    assert proposal.groups == () and {u.candidate.pregnancy_id for u in proposal.unplaced} == set(late)
    assert all("te ver voor een nieuwe groep (instromen tot 22 weken)" in u.reason for u in proposal.unplaced)
    settings = services.centering.settings(admin)
    services.centering.save_settings(admin, settings.model_dump() | {"latest_entry_week": 36})
    assert [len(g.members) for g in services.centering.propose(assistant).groups] == [8]
    # made by hand anyway: the sessions already past are flagged
    group = services.centering.create_group(assistant, late)
    assert any("in het verleden" in " ".join(s.warnings) for s in group.sessions if s.starts_at.date() < TODAY)


def test_accepting_is_all_or_nothing(services: Services, midwife: Actor, assistant: Actor) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    other = add_woman(services, midwife, FIRST_DUE, wants=False)[1]
    with pytest.raises(ValidationError) as caught:
        services.centering.accept_proposal(assistant, [ids[:5], [*ids[5:], other]])
    assert "Niet (meer) beschikbaar" in caught.value.messages["members"]
    assert services.centering.groups(assistant) == []


# --- groups, schedule, resources ---------------------------------------------------------------------------


def test_new_group_gets_a_schedule_on_the_practice_day_never_on_a_holiday(
        services: Services, midwife: Actor, assistant: Actor, staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    assert group.status is GroupStatus.PLANNED and group.name.startswith("ATD ")
    assert [s.number for s in group.sessions] == list(range(1, 11))
    assert group.sessions[-1].reunion and group.sessions[-1].starts_at.date() > max(m.due_date for m in group.members)
    assert all(s.starts_at.time() == dt.time(10, 0) and s.duration_minutes == 120 for s in group.sessions)
    assert all(public_holiday(s.starts_at.date()) is None for s in group.sessions)
    assert all(s.starts_at.weekday() == 1 or "vaste Centering-dag" in " ".join(s.warnings) for s in group.sessions)
    assert all(" – " in s.ga_range for s in group.sessions[:-1])
    assert group.start_date == group.sessions[0].starts_at.date()
    assert group.warnings == ()
    assert [f.name for f in group.facilitators] == ["Vera Verloskundige", "Kiki Kraamzorg"]


def test_facilitator_warnings_and_rules(services: Services, midwife: Actor, assistant: Actor,
                                        staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = services.centering.create_group(assistant, ids)
    assert "Er is nog geen verloskundige als begeleider gekozen." in group.warnings
    assert "Er is nog geen co-begeleider gekozen." in group.warnings
    group = services.centering.update_group(assistant, group.id, {"name": group.name,
                                                                 "midwife_id": staff["untrained"],
                                                                 "co_facilitator_id": staff["carer"]})
    assert group.warnings == ("Geen Centering-getrainde verloskundige bij deze groep.",)
    with pytest.raises(ValidationError) as caught:
        services.centering.update_group(assistant, group.id, {"name": "X", "midwife_id": staff["carer"]})
    assert caught.value.messages == {"midwife_id": "Kies een actieve verloskundige."}
    with pytest.raises(ValidationError) as caught:
        services.centering.update_group(assistant, group.id, {"name": "X", "location_id": place[0],
                                                              "room_id": 999})
    assert "room_id" in caught.value.messages
    assert services.centering.group(assistant, group.id).name == group.name  # nothing written


def test_below_minimum_and_spread_warnings(services: Services, midwife: Actor, assistant: Actor,
                                           staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, [0, 1, 2, 3, 4, 5, 6, 60])
    group = _group(services, assistant, ids, staff, place)
    assert any("60 dagen uiteen" in w for w in group.warnings)
    group = services.centering.leave(assistant, group.id, ids[0], "verhuisd", TODAY)
    assert "De groep heeft 7 deelnemers, minder dan het minimum van 8." in group.warnings


def test_moving_a_session_by_hand_and_its_rules(services: Services, midwife: Actor, assistant: Actor,
                                                staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    third = group.session(3).starts_at
    moved = services.centering.move_session(assistant, group.id, 3, third + dt.timedelta(days=2, hours=4))
    session = moved.session(3)
    assert session.starts_at == third + dt.timedelta(days=2, hours=4) and session.moved_by_hand
    assert any("vaste Centering-dag" in w for w in session.warnings)
    with pytest.raises(ValidationError) as caught:
        services.centering.move_session(assistant, group.id, 3, group.session(5).starts_at)
    assert "moet vóór" in caught.value.messages["starts_at"]
    christmas = dt.datetime(group.session(1).starts_at.year, 12, 25, 10, 0)
    if group.session(1).starts_at < christmas < group.session(2).starts_at:
        with pytest.raises(ValidationError, match="feestdag"):
            services.centering.move_session(assistant, group.id, 1, christmas)
    assert services.centering.group(assistant, group.id).session(3).starts_at == session.starts_at


def test_moving_onto_a_holiday_is_refused(services: Services, midwife: Actor, assistant: Actor,
                                          staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    first, second = group.session(1).starts_at.date(), group.session(2).starts_at.date()
    holiday = next((first + dt.timedelta(days=d) for d in range(1, (second - first).days)
                    if public_holiday(first + dt.timedelta(days=d))), None)
    sessions = group.sessions
    if holiday is None:  # find any gap with a holiday in it
        for a, b in itertools.pairwise(sessions):
            day = next((a.starts_at.date() + dt.timedelta(days=d) for d in range(1, (b.starts_at - a.starts_at).days)
                        if public_holiday(a.starts_at.date() + dt.timedelta(days=d))), None)
            if day:
                holiday, number = day, a.number
                break
    else:
        number = 1
    assert holiday is not None, "a ten-session schedule spans at least one public holiday"
    with pytest.raises(ValidationError, match="feestdag"):
        services.centering.move_session(assistant, group.id, number, dt.datetime.combine(holiday, dt.time(10)))


def test_double_bookings_are_flagged(services: Services, midwife: Actor, assistant: Actor,
                                     staff: dict[str, int], place: tuple[int, int]) -> None:
    one = _group(services, assistant, add_pool(services, midwife, FIRST_DUE, TEN), staff, place)
    two = _group(services, assistant, add_pool(services, midwife, FIRST_DUE + dt.timedelta(days=3), TEN), staff,
                 place)
    detail = services.centering.group(assistant, two.id)
    assert any(w.startswith("Ruimte Groepsruimte (Praktijk Centrum) dubbel geboekt") for w in detail.warnings)
    assert any(w.startswith("Begeleider Vera Verloskundige dubbel geboekt") for w in detail.warnings)
    assert any(w.startswith("Dubbel geboekt: ruimte Groepsruimte") for w in detail.session(1).warnings)
    summaries = {g.id: g for g in services.centering.groups(assistant)}
    assert any("dubbel geboekt" in w for w in summaries[one.id].warnings)


def test_sessions_in_a_week_for_the_worklist(services: Services, midwife: Actor, assistant: Actor,
                                              staff: dict[str, int], place: tuple[int, int]) -> None:
    group = _group(services, assistant, add_pool(services, midwife, FIRST_DUE, TEN), staff, place)
    third = group.session(3).starts_at.date()
    week = services.centering.sessions_between(assistant, third - dt.timedelta(days=3), third + dt.timedelta(days=3))
    assert [(s.group_name, s.number, s.member_count, s.place) for s in week] == [
        (group.name, 3, 10, "Groepsruimte, Praktijk Centrum")]
    services.centering.set_status(assistant, group.id, "geannuleerd", reason="Ziekte begeleiders")
    assert services.centering.sessions_between(assistant, third, third) == []


def test_moving_a_woman_between_groups(services: Services, midwife: Actor, assistant: Actor,
                                       staff: dict[str, int], place: tuple[int, int]) -> None:
    a_ids = add_pool(services, midwife, FIRST_DUE, TEN)
    b_ids = add_pool(services, midwife, FIRST_DUE + dt.timedelta(days=20), [0, 1, 2, 3, 4, 5, 6, 7])
    a = _group(services, assistant, a_ids, staff, place)
    b = services.centering.create_group(assistant, b_ids)
    moved = services.centering.move_member(assistant, a_ids[-1], b.id)
    assert a_ids[-1] in {m.pregnancy_id for m in moved.active_members}
    assert a_ids[-1] not in {m.pregnancy_id for m in services.centering.group(assistant, a.id).members}
    # after a session was held she leaves with 'andere_groep' so the history stays
    held = a.session(1).starts_at.date()
    services.centering.record_attendance(assistant, a.id, 1, dict.fromkeys(a_ids[:-1], "aanwezig"), today=held)
    services.centering.move_member(assistant, a_ids[0], b.id)
    old = {m.pregnancy_id: m for m in services.centering.group(assistant, a.id).members}[a_ids[0]]
    assert old.leave_reason is LeaveReason.OTHER_GROUP and old.left_on == TODAY
    with pytest.raises(ValidationError):
        services.centering.move_member(assistant, a_ids[0], b.id)


# --- attendance, leaving, status -----------------------------------------------------------------------------


def test_attendance_marks_the_session_held_and_asks_for_consults(
        services: Services, midwife: Actor, assistant: Actor, staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    day = group.session(1).starts_at.date()
    with pytest.raises(ValidationError, match="nog niet geweest"):
        services.centering.record_attendance(assistant, group.id, 1, {ids[0]: "aanwezig"},
                                             today=day - dt.timedelta(days=1))
    statuses = {i: "aanwezig" for i in ids} | {ids[1]: "afgemeld", ids[2]: "afwezig"}
    result = services.centering.record_attendance(assistant, group.id, 1, statuses, {ids[1]: "Ziek"}, today=day)
    assert len(result.needs_consult) == 2
    detail = services.centering.group(assistant, group.id)
    assert detail.status is GroupStatus.RUNNING and detail.session(1).held
    marks = {a.pregnancy_id: a for a in detail.session(1).attendance}
    assert marks[ids[1]].status is AttendanceStatus.EXCUSED and marks[ids[1]].comment == "Ziek"
    services.centering.mark_consult_done(assistant, group.id, 1, ids[1])
    assert {a.pregnancy_id: a for a in services.centering.group(assistant, group.id).session(1).attendance}[
        ids[1]].consult_done
    with pytest.raises(ValidationError):
        services.centering.mark_consult_done(assistant, group.id, 1, ids[0])
    # correcting keeps one row per member
    services.centering.record_attendance(assistant, group.id, 1, {ids[2]: "aanwezig"}, today=day)
    assert _count(services, CenteringAttendanceRow) == 10
    with pytest.raises(ValidationError, match="Kies aanwezig"):
        services.centering.record_attendance(assistant, group.id, 1, {ids[0]: "misschien"}, today=day)
    with pytest.raises(ValidationError, match="al geweest"):
        services.centering.move_session(assistant, group.id, 1, dt.datetime.combine(day, dt.time(14)))


def test_leaving_with_reason_and_date(services: Services, midwife: Actor, assistant: Actor,
                                      staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    with pytest.raises(ValidationError) as caught:
        services.centering.leave(assistant, group.id, ids[0], "weg", TODAY)
    assert caught.value.messages == {"reason": "Kies een reden uit de lijst."}
    with pytest.raises(ValidationError, match="vóór haar start"):
        services.centering.leave(assistant, group.id, ids[0], "miskraam", TODAY - dt.timedelta(days=1))
    detail = services.centering.leave(assistant, group.id, ids[0], "miskraam", TODAY)
    gone = next(m for m in detail.members if m.pregnancy_id == ids[0])
    assert gone.leave_reason is LeaveReason.MISCARRIAGE and gone.left_on == TODAY and not gone.active
    assert len(detail.active_members) == 9
    with pytest.raises(ValidationError, match="al verlaten"):
        services.centering.leave(assistant, group.id, ids[0], "gestopt", TODAY)
    # she does not come back into the pool after leaving for a reason other than 'gestopt'? she left: pool again
    assert ids[0] in {c.pregnancy_id for c in services.centering.pool(assistant)}


def test_status_transitions(services: Services, midwife: Actor, assistant: Actor, staff: dict[str, int],
                            place: tuple[int, int]) -> None:
    group = _group(services, assistant, add_pool(services, midwife, FIRST_DUE, TEN), staff, place)
    with pytest.raises(ValidationError, match="kan de groep niet"):
        services.centering.set_status(assistant, group.id, "afgerond")
    with pytest.raises(ValidationError, match="reden"):
        services.centering.set_status(assistant, group.id, "geannuleerd")
    assert services.centering.set_status(assistant, group.id, "lopend").status is GroupStatus.RUNNING
    assert services.centering.set_status(assistant, group.id, "afgerond").status is GroupStatus.FINISHED
    assert services.centering.group(assistant, group.id).warnings == ()


# --- toeslag ----------------------------------------------------------------------------------------------


def test_toeslag_is_declared_once_when_eligible(services: Services, midwife: Actor, assistant: Actor,
                                                staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    member = next(m for m in group.members if m.pregnancy_id == ids[0])
    assert not member.toeslag_eligible and "minstens 1" in member.toeslag_reason
    with pytest.raises(ValidationError, match="minstens 1"):
        services.centering.declare_toeslag(assistant, ids[0], TODAY)
    day = group.session(1).starts_at.date()
    services.centering.record_attendance(assistant, group.id, 1, dict.fromkeys(ids, "aanwezig"), today=day)
    declared = services.centering.declare_toeslag(assistant, ids[0], TODAY)
    assert declared.toeslag_declared_on == TODAY
    with pytest.raises(Conflict, match="tweede declaratie"):
        services.centering.declare_toeslag(assistant, ids[0], TODAY + dt.timedelta(days=1))
    assert _count(services, CenteringToeslagRow) == 1
    with services.store.sessions() as session:
        assert session.scalar(select(CenteringToeslagRow.amount_cents)) == 7000


def test_toeslag_conditions_are_settings(services: Services, midwife: Actor, assistant: Actor, admin: Actor,
                                         staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place, midwife_id=staff["untrained"])
    current = services.centering.settings(admin)
    services.centering.save_settings(admin, current.model_dump() | {"toeslag_min_sessions": 0})
    with pytest.raises(ValidationError, match="getrainde"):
        services.centering.declare_toeslag(assistant, ids[0], TODAY)
    services.centering.save_settings(admin, current.model_dump() | {"toeslag_min_sessions": 0,
                                                                   "toeslag_needs_trained_midwife": False,
                                                                   "toeslag_amount_cents": 7350})
    assert services.centering.declare_toeslag(assistant, ids[0], TODAY).toeslag_declared_on == TODAY
    with services.store.sessions() as session:
        assert session.scalar(select(CenteringToeslagRow.amount_cents)) == 7350
    assert group.id


def test_settings_validation_in_dutch(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        services.centering.save_settings(admin, {"min_size": 1})
    assert caught.value.messages["min_size"] == "Moet minstens 2 zijn."
    with pytest.raises(ValidationError, match="gewenste grootte"):
        services.centering.save_settings(admin, {"min_size": 10, "target_size": 8})
    saved = services.centering.save_settings(admin, {"min_size": 6, "max_size": 10, "target_size": 8,
                                                     "template": {"first_session_week": 14}})
    assert services.centering.settings(admin) == saved
    assert saved.template.session_weeks[0] == 14


def test_location_validation(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        services.centering.save_location(admin, None, {"name": "", "region": "Oost"})
    assert set(caught.value.messages) == {"name", "region"}
    assert services.centering.locations(admin) == []


# --- outputs ------------------------------------------------------------------------------------------------


def test_calendar_parses_back_with_the_same_events(services: Services, midwife: Actor, assistant: Actor,
                                                   staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    data = services.centering.calendar(assistant, group.id)
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 10
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    for event, session in zip(events, group.sessions, strict=True):
        start = event.decoded("DTSTART")
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert start.replace(tzinfo=None) == session.starts_at and str(start.tzinfo) == "Europe/Amsterdam"
        assert event.decoded("DTEND") - start == dt.timedelta(minutes=120)
        assert session.title in str(event["SUMMARY"])
        assert "Groepsruimte" in str(event["LOCATION"])
    assert len({str(e["UID"]) for e in events}) == 10
    # no client names in a calendar file
    assert not any(m.name.split()[-1].encode() in data for m in group.members)


def test_pdfs_show_names_ages_and_measurement_columns(services: Services, midwife: Actor, assistant: Actor,
                                                     staff: dict[str, int], place: tuple[int, int],
                                                     tmp_path) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    seq = _last_seq(services)
    sheet = services.centering.attendance_sheet_pdf(assistant, group.id, 3)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(sheet)).pages)
    assert "Presentielijst" in text and "Gewicht (kg)" in text and "Bloeddruk" in text
    session_day = group.session(3).starts_at.date()
    from ksdesk.records.gestation import format_date, gestational_age
    for member in group.members:
        assert member.name in text and format_date(member.due_date) in text
        assert str(gestational_age(member.due_date, session_day)) in text
    assert "pagina 1 van 1" in text
    entries = _audit_after(services, seq)
    assert {e.pregnancy_id for e in entries if e.pregnancy_id} == set(ids)
    overview = services.centering.overview_pdf(assistant, group.id)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(overview)).pages)
    assert "Schema" in text and "Reünie" in text and all(m.name in text for m in group.members)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(sheet)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts


def test_handover_after_the_reunion_only_with_consent(services: Services, midwife: Actor, assistant: Actor,
                                                      staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    group = _group(services, assistant, ids, staff, place)
    with pytest.raises(ValidationError, match="na de reünie"):
        services.centering.handover_pdf(assistant, group.id)
    services.centering.set_handover_consent(assistant, group.id, ids[0], True)
    reunion = group.sessions[-1].starts_at.date()
    services.centering.record_attendance(assistant, group.id, 10, dict.fromkeys(ids, "aanwezig"), today=reunion)
    pdf = services.centering.handover_pdf(assistant, group.id)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    names = {m.pregnancy_id: m.name for m in group.members}
    assert names[ids[0]] in text and names[ids[1]] not in text


# --- audit, permissions, cascade ---------------------------------------------------------------------------


def test_reads_and_writes_are_logged_per_client(services: Services, midwife: Actor, assistant: Actor,
                                                staff: dict[str, int], place: tuple[int, int]) -> None:
    ids = add_pool(services, midwife, FIRST_DUE, TEN)
    seq = _last_seq(services)
    group = _group(services, assistant, ids, staff, place)
    created = _audit_after(services, seq)
    assert {e.pregnancy_id for e in created if e.event == "centering.member.add"} == set(ids)
    seq = _last_seq(services)
    services.centering.group(assistant, group.id)
    opened = _audit_after(services, seq)
    assert {e.pregnancy_id for e in opened if e.event == "centering.group.open"} - {None} == set(ids)
    assert all(e.action == "R" and e.user_name == assistant.display_name for e in opened)
    seq = _last_seq(services)
    services.centering.pool(assistant)
    assert [e.event for e in _audit_after(services, seq)] == ["centering.pool"]


def test_other_roles_need_break_glass(services: Services, admin: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.centering.pool(admin)
    assert services.centering.locations(admin) == []  # set-up is the beheerder's too


def test_destroying_a_dossier_takes_the_centering_rows_with_it(
        services: Services, midwife: Actor, assistant: Actor, admin: Actor, staff: dict[str, int],
        place: tuple[int, int]) -> None:
    clients_and_ids = [add_woman(services, midwife, FIRST_DUE + dt.timedelta(days=d)) for d in TEN]
    ids = [p for _c, p in clients_and_ids]
    group = _group(services, assistant, ids, staff, place)
    day = group.session(1).starts_at.date()
    services.centering.record_attendance(assistant, group.id, 1, dict.fromkeys(ids, "aanwezig"), today=day)
    services.centering.declare_toeslag(assistant, ids[0], TODAY)
    services.clients.destroy(admin, clients_and_ids[0][0], "Op verzoek van de cliënte (WGBO 7:455)")
    assert _count(services, CenteringMemberRow) == 9
    assert _count(services, CenteringAttendanceRow) == 9
    assert _count(services, CenteringToeslagRow) == 0
    assert _count(services, CenteringSessionRow) == 10
    assert len(services.centering.group(assistant, group.id).members) == 9
