"""Use cases of CenteringZwangerschap: pool, groups, schedules, resources, attendance, toeslag, outputs.

Every read of client data (pool, proposal, a group's members) and every write is logged. Session times are
stored as local wall-clock times (Europe/Amsterdam).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from ksdesk.centering.calendar import CalendarSession, group_calendar
from ksdesk.centering.model import (
    AttendanceResult,
    AttendanceStatus,
    AttendanceView,
    CandidateView,
    CenteringSettings,
    FacilitatorRole,
    FacilitatorView,
    GroupDetail,
    GroupIn,
    GroupStatus,
    GroupSummary,
    LeaveReason,
    LocationIn,
    LocationView,
    MemberView,
    Proposal,
    ProposedGroup,
    ProposedJoin,
    RoomIn,
    RoomView,
    SessionView,
    UnplacedView,
    UpcomingSession,
    label,
)
from ksdesk.centering.planner import ExistingGroup, plan_groups
from ksdesk.centering.schedule import (
    WEEKDAY_NAMES,
    GroupSchedule,
    ScheduleError,
    SchoolRegion,
    bookings,
    find_conflicts,
    gestational_age_range,
    has_school_holiday_data,
    move_session,
    plan_schedule,
    public_holiday,
    school_holiday,
)
from ksdesk.centering.schedule import Session as PlannedSession
from ksdesk.records.enums import Discipline, PregnancyStatus
from ksdesk.records.gestation import GestationalAge, format_date, gestational_age
from ksdesk.records.identifiers import display_phone, display_postcode
from ksdesk.records.names import display_name
from ksdesk.security.audit import Action, AuditEvent
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, UnitOfWork, operation, validated
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, NotFound, ValidationError
from ksdesk.storage.orm import ClientRow, PracticeRow, PregnancyRow, SettingRow, StaffRow, utcnow
from ksdesk.storage.orm_centering import (
    CenteringAttendanceRow,
    CenteringFacilitatorRow,
    CenteringGroupRow,
    CenteringLocationRow,
    CenteringMemberRow,
    CenteringRoomRow,
    CenteringSessionRow,
    CenteringToeslagRow,
)

SETTINGS_KEY = "centering.settings"
OPEN_STATUSES = (GroupStatus.PLANNED.value, GroupStatus.RUNNING.value)
_ZERO_GA = GestationalAge(0)
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
# joining a running group makes sense only early on: at most this many sessions held
JOINABLE_HELD_SESSIONS = 2
_TRANSITIONS = {
    GroupStatus.PLANNED: {GroupStatus.RUNNING, GroupStatus.CANCELLED},
    GroupStatus.RUNNING: {GroupStatus.FINISHED, GroupStatus.CANCELLED},
    GroupStatus.FINISHED: {GroupStatus.RUNNING},
    GroupStatus.CANCELLED: {GroupStatus.PLANNED},
}


class CenteringService(ServiceBase):
    """Centering groups and their set-up (see issue 5)."""

    # --- settings and resources (Beheer › Centering) -------------------------------------------------------
    @operation(Permission.CENTERING_SETUP)
    def settings(self, actor: Actor) -> CenteringSettings:
        """Group sizes, spread, session template and the toeslag amount and conditions."""
        with self._work(actor) as uow:
            return _settings(uow.session)

    @operation(Permission.CENTERING_SETUP)
    def save_settings(self, actor: Actor, data: Mapping[str, Any]) -> CenteringSettings:
        """Replace the settings; bad input raises ValidationError (Dutch, per field) and writes nothing."""
        record: CenteringSettings = validated(CenteringSettings, data)
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, SETTINGS_KEY)
            if row is None:
                row = SettingRow(key=SETTINGS_KEY, value="")
                uow.session.add(row)
            row.value = record.model_dump_json()
            uow.audit(AuditEvent(Action.UPDATE, "centering.settings", "instellingen", SETTINGS_KEY,
                                 check_treatment=False))
            return record

    @operation(Permission.CENTERING_SETUP)
    def locations(self, actor: Actor, *, include_inactive: bool = True) -> list[LocationView]:
        """Locations with their rooms, by name."""
        with self._work(actor) as uow:
            stmt = select(CenteringLocationRow).options(selectinload(CenteringLocationRow.rooms)).order_by(
                CenteringLocationRow.name, CenteringLocationRow.id)
            if not include_inactive:
                stmt = stmt.where(CenteringLocationRow.active.is_(True))
            return [_location_view(r) for r in uow.session.scalars(stmt)]

    @operation(Permission.CENTERING_SETUP)
    def save_location(self, actor: Actor, location_id: int | None, data: Mapping[str, Any]) -> LocationView:
        """Create (location_id None) or change a location."""
        record: LocationIn = validated(LocationIn, data)
        with self._work(actor) as uow:
            if location_id is None:
                row = CenteringLocationRow()
                uow.session.add(row)
            else:
                row = _get(uow.session, CenteringLocationRow, location_id, "Deze locatie bestaat niet (meer).")
            row.name, row.address, row.region, row.active = (record.name, record.address, record.region.value,
                                                              record.active)
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE if location_id is None else Action.UPDATE, "centering.location",
                                 "locatie", str(row.id), check_treatment=False))
            return _location_view(row)

    @operation(Permission.CENTERING_SETUP)
    def save_room(self, actor: Actor, location_id: int, room_id: int | None, data: Mapping[str, Any]) -> RoomView:
        """Create (room_id None) or change a room of a location."""
        record: RoomIn = validated(RoomIn, data)
        with self._work(actor) as uow:
            _get(uow.session, CenteringLocationRow, location_id, "Deze locatie bestaat niet (meer).")
            if room_id is None:
                row = CenteringRoomRow(location_id=location_id)
                uow.session.add(row)
            else:
                row = _get(uow.session, CenteringRoomRow, room_id, "Deze ruimte bestaat niet (meer).")
                if row.location_id != location_id:
                    raise ValidationError.single("location_id", "Locatie", "Deze ruimte hoort bij een andere locatie.")
            row.name, row.capacity, row.active = record.name, record.capacity, record.active
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE if room_id is None else Action.UPDATE, "centering.room", "ruimte",
                                 str(row.id), check_treatment=False))
            return _room_view(row)

    # --- the pool and the proposal --------------------------------------------------------------------------
    @operation(Permission.CENTERING_READ)
    def pool(self, actor: Actor, *, today: dt.date | None = None) -> list[CandidateView]:
        """Pregnancies with intake done, Centering wanted, ATD known and ahead, ongoing, not in a group; by ATD."""
        today = today or dt.date.today()
        with self._work(actor) as uow:
            candidates = _pool(uow.session, today)
            uow.audit(AuditEvent(Action.READ, "centering.pool", "centering_pool",
                                 detail=f"{len(candidates)} kandidaten", check_treatment=False))
            return candidates

    @operation(Permission.CENTERING_READ)
    def propose(self, actor: Actor, *, today: dt.date | None = None) -> Proposal:
        """The planner's proposal for the whole pool: new groups, women joining open groups, and the rest."""
        today = today or dt.date.today()
        with self._work(actor) as uow:
            settings = _settings(uow.session)
            candidates = _pool(uow.session, today)
            joinable = _joinable_groups(uow.session, settings)
            # too far along to start in a group: left out of the plan, with the reason
            latest = settings.latest_entry_week * 7
            late = [c for c in candidates if (gestational_age(c.due_date, today) or _ZERO_GA).total_days > latest]
            plannable = [c for c in candidates if c not in late]
            plan = plan_groups(
                [(c.pregnancy_id, c.due_date) for c in plannable],
                min_size=settings.min_size, max_size=settings.max_size,
                max_spread_days=settings.max_spread_days, target_size=settings.target_size,
                existing=[ExistingGroup(g.id, dates, room) for g, dates, room in joinable],
            )
            by_id = {c.pregnancy_id: c for c in candidates}
            names = {g.id: g.name for g, _dates, _room in joinable}
            groups = []
            for keys, spread in zip(plan.groups, plan.spreads_days, strict=True):
                members = tuple(by_id[k] for k in keys)
                groups.append(ProposedGroup(members, spread, _preview(uow.session, [m.due_date for m in members])))
            joins = tuple(ProposedJoin(gid, names[gid], tuple(by_id[k] for k in keys))
                          for gid, keys in plan.joins.items())
            unplaced = tuple(UnplacedView(by_id[u.key], _unplaced_text(u.reason, names), tuple(
                names[g] for g in u.could_join)) for u in plan.unplaced) + tuple(
                UnplacedView(c, f"Al {c.gestational_age} weken zwanger: te ver voor een nieuwe groep (instromen "
                                f"tot {settings.latest_entry_week} weken). Zet haar eventueel met de hand in een "
                                "groep.", ())
                for c in late)
            uow.audit(AuditEvent(Action.READ, "centering.propose", "centering_pool",
                                 detail=f"{len(candidates)} kandidaten, {len(groups)} voorgestelde groepen",
                                 check_treatment=False))
            unplaced = tuple(sorted(unplaced, key=lambda u: (u.candidate.due_date, u.candidate.pregnancy_id)))
            return Proposal(tuple(groups), joins, unplaced)

    @operation(Permission.CENTERING_READ)
    def schedule_preview(self, actor: Actor, due_dates: Sequence[dt.date]) -> tuple[dt.datetime, ...]:
        """The session starts a group with these ATDs would get (template, practice day and time); no data stored."""
        with self._work(actor) as uow:
            return _preview(uow.session, due_dates)

    # --- groups: reading ------------------------------------------------------------------------------------
    @operation(Permission.CENTERING_READ)
    def groups(self, actor: Actor, *, statuses: Iterable[GroupStatus] | None = None) -> list[GroupSummary]:
        """All groups (or those with the given statuses), earliest start first; counts only, no names."""
        with self._work(actor) as uow:
            settings = _settings(uow.session)
            stmt = select(CenteringGroupRow).options(
                selectinload(CenteringGroupRow.members), selectinload(CenteringGroupRow.sessions),
                selectinload(CenteringGroupRow.facilitators))
            if statuses is not None:
                stmt = stmt.where(CenteringGroupRow.status.in_([s.value for s in statuses]))
            rows = list(uow.session.scalars(stmt))
            dues = _due_dates(uow.session, [m.pregnancy_id for r in rows for m in r.members])
            conflicts = _conflict_messages(uow.session)
            result = []
            for row in rows:
                active = [m for m in row.members if m.left_on is None]
                dates = sorted(dues[m.pregnancy_id] for m in active)
                warnings = _group_warnings(uow.session, row, settings, dates, conflicts.get(row.id, []))
                location = uow.session.get(CenteringLocationRow, row.location_id) if row.location_id else None
                result.append(GroupSummary(row.id, row.name, GroupStatus(row.status), row.start_date, row.end_date,
                                           len(active), dates[0] if dates else None, dates[-1] if dates else None,
                                           location.name if location else None, tuple(warnings)))
            result.sort(key=lambda g: (g.start_date or dt.date.max, g.id))
            return result

    @operation(Permission.CENTERING_READ)
    def group(self, actor: Actor, group_id: int) -> GroupDetail:
        """One group with members, facilitators, sessions and attendance (a read of each member is logged)."""
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            detail = _group_detail(uow.session, row)
            _audit_members(uow, row, Action.READ, "centering.group.open")
            return detail

    @operation(Permission.CENTERING_READ)
    def sessions_between(self, actor: Actor, first: dt.date, last: dt.date) -> list[UpcomingSession]:
        """Sessions of planned and running groups from `first` to `last` (inclusive), earliest first (Vandaag)."""
        with self._work(actor) as uow:
            rows = uow.session.execute(
                select(CenteringSessionRow, CenteringGroupRow).join(CenteringGroupRow)
                .where(CenteringGroupRow.status.in_(OPEN_STATUSES),
                       CenteringSessionRow.starts_at >= dt.datetime.combine(first, dt.time()),
                       CenteringSessionRow.starts_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
                .order_by(CenteringSessionRow.starts_at, CenteringGroupRow.name)).all()
            result = []
            for session_row, group in rows:
                room = uow.session.get(CenteringRoomRow, group.room_id) if group.room_id else None
                location = uow.session.get(CenteringLocationRow, group.location_id) if group.location_id else None
                place = ", ".join(p for p in (room.name if room else "", location.name if location else "") if p)
                count = uow.session.scalar(select(func.count()).select_from(CenteringMemberRow).where(
                    CenteringMemberRow.group_id == group.id, CenteringMemberRow.left_on.is_(None))) or 0
                result.append(UpcomingSession(
                    group.id, group.name, session_row.number,
                    "Reünie" if session_row.reunion else f"Bijeenkomst {session_row.number}",
                    session_row.starts_at, session_row.duration_minutes, place, count, session_row.held))
            return result

    # --- groups: writing ------------------------------------------------------------------------------------
    @operation(Permission.CENTERING_WRITE)
    def create_group(self, actor: Actor, pregnancy_ids: Sequence[int], data: Mapping[str, Any] | None = None,
                     *, today: dt.date | None = None) -> GroupDetail:
        """A new group (gepland) of pool candidates, with its schedule; a name is made up when none is given."""
        today = today or dt.date.today()
        with self._work(actor) as uow:
            row = _create_group(uow, pregnancy_ids, data or {}, today)
            return _group_detail(uow.session, row)

    @operation(Permission.CENTERING_WRITE)
    def accept_proposal(self, actor: Actor, groups: Sequence[Sequence[int]],
                        joins: Mapping[int, Sequence[int]] | None = None, *,
                        today: dt.date | None = None) -> list[int]:
        """Accept a (possibly adjusted) proposal in one go: create the new groups and add the joiners.

        Returns the ids of the new groups. Nothing is written when any part is invalid.
        """
        today = today or dt.date.today()
        with self._work(actor) as uow:
            new_ids = [_create_group(uow, ids, {}, today).id for ids in groups if ids]
            for group_id, ids in (joins or {}).items():
                for pregnancy_id in ids:
                    _add_member(uow, group_id, pregnancy_id, today)
            return new_ids

    @operation(Permission.CENTERING_WRITE)
    def update_group(self, actor: Actor, group_id: int, data: Mapping[str, Any]) -> GroupDetail:
        """Name, language, location and room, and the two facilitators."""
        record: GroupIn = validated(GroupIn, data)
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            _apply_group(uow.session, row, record)
            row.updated_at = utcnow()
            uow.session.flush()
            uow.audit(AuditEvent(Action.UPDATE, "centering.group.update", "centering_groep", str(row.id),
                                 check_treatment=False))
            return _group_detail(uow.session, row)

    @operation(Permission.CENTERING_WRITE)
    def add_member(self, actor: Actor, group_id: int, pregnancy_id: int, *,
                   today: dt.date | None = None) -> GroupDetail:
        """Add a pool candidate to an open group."""
        today = today or dt.date.today()
        with self._work(actor) as uow:
            row = _add_member(uow, group_id, pregnancy_id, today)
            return _group_detail(uow.session, row)

    @operation(Permission.CENTERING_WRITE)
    def move_member(self, actor: Actor, pregnancy_id: int, to_group_id: int, *,
                    today: dt.date | None = None) -> GroupDetail:
        """Move a woman from her current open group to another open group.

        Before any session of the old group was held, the membership simply moves; afterwards she leaves the
        old group (reason 'andere_groep') and joins the new one, so attendance history stays.
        """
        today = today or dt.date.today()
        with self._work(actor) as uow:
            member = _current_membership(uow.session, pregnancy_id)
            if member is None:
                raise ValidationError.single("pregnancy_id", "Zwangere", "Zij zit nu niet in een open groep.")
            old = member.group
            if old.id == to_group_id:
                raise ValidationError.single("group_id", "Groep", "Zij zit al in deze groep.")
            target = _load_group(uow.session, to_group_id)
            _require_open(target)
            _require_room(uow.session, target)
            has_history = uow.session.scalar(select(exists().where(CenteringAttendanceRow.member_id == member.id)))
            if has_history:
                member.left_on, member.leave_reason = today, LeaveReason.OTHER_GROUP.value
            else:
                old.members.remove(member)  # delete-orphan removes the row
            uow.session.flush()
            target.members.append(CenteringMemberRow(pregnancy_id=pregnancy_id, joined_on=today))
            uow.session.flush()
            for group in (old, target):
                _refresh_schedule(uow.session, group)
            client_id = _client_of(uow.session, pregnancy_id)
            uow.audit(AuditEvent(Action.UPDATE, "centering.member.move", "centering_deelname", str(pregnancy_id),
                                 client_id=client_id, pregnancy_id=pregnancy_id,
                                 detail=f"van groep {old.id} naar groep {target.id}"))
            return _group_detail(uow.session, target)

    @operation(Permission.CENTERING_WRITE)
    def remove_member(self, actor: Actor, group_id: int, pregnancy_id: int) -> GroupDetail:
        """Take a woman out of a group before she attended anything (she returns to the pool)."""
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            member = _member(row, pregnancy_id)
            if uow.session.scalar(select(exists().where(CenteringAttendanceRow.member_id == member.id))):
                raise ValidationError.single("pregnancy_id", "Zwangere", "Er is al aanwezigheid vastgelegd; "
                                             "laat haar de groep verlaten met een reden.")
            row.members.remove(member)  # delete-orphan removes the row
            uow.session.flush()
            _refresh_schedule(uow.session, row)
            uow.audit(AuditEvent(Action.DELETE, "centering.member.remove", "centering_deelname", str(pregnancy_id),
                                 client_id=_client_of(uow.session, pregnancy_id), pregnancy_id=pregnancy_id,
                                 detail=f"groep {row.id}"))
            return _group_detail(uow.session, row)

    @operation(Permission.CENTERING_WRITE)
    def leave(self, actor: Actor, group_id: int, pregnancy_id: int, reason: str | LeaveReason,
              on: dt.date) -> GroupDetail:
        """A member leaves the group with a reason (bevallen, overgedragen, miskraam, verhuisd, gestopt) and date."""
        try:
            code = LeaveReason(reason)
        except ValueError:
            raise ValidationError.single("reason", "Reden", "Kies een reden uit de lijst.") from None
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            member = _member(row, pregnancy_id)
            if member.left_on is not None:
                raise ValidationError.single("reason", "Reden", f"Zij heeft de groep al verlaten op "
                                             f"{format_date(member.left_on)}.")
            if on < member.joined_on:
                raise ValidationError.single("on", "Datum", "De datum ligt vóór haar start in de groep "
                                             f"({format_date(member.joined_on)}).")
            member.left_on, member.leave_reason = on, code.value
            row.updated_at = utcnow()
            uow.session.flush()
            uow.audit(AuditEvent(Action.UPDATE, "centering.member.leave", "centering_deelname", str(pregnancy_id),
                                 client_id=_client_of(uow.session, pregnancy_id), pregnancy_id=pregnancy_id,
                                 detail=f"groep {row.id}, reden {code.value}"))
            return _group_detail(uow.session, row)

    @operation(Permission.CENTERING_WRITE)
    def set_handover_consent(self, actor: Actor, group_id: int, pregnancy_id: int, consent: bool) -> GroupDetail:
        """Whether she agrees to be handed over to CenteringOuderschap at the JGZ."""
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            member = _member(row, pregnancy_id)
            member.handover_consent = bool(consent)
            uow.audit(AuditEvent(Action.UPDATE, "centering.member.consent", "centering_deelname", str(pregnancy_id),
                                 client_id=_client_of(uow.session, pregnancy_id), pregnancy_id=pregnancy_id,
                                 check_consent=True, detail="toestemming overdracht " + ("ja" if consent else "nee")))
            return _group_detail(uow.session, row)

    @operation(Permission.CENTERING_WRITE)
    def set_status(self, actor: Actor, group_id: int, status: str | GroupStatus, *, reason: str = "",
                   on: dt.date | None = None) -> GroupDetail:
        """gepland → lopend → afgerond; gepland or lopend → geannuleerd (with a reason; all data stays)."""
        try:
            new = GroupStatus(status)
        except ValueError:
            raise ValidationError.single("status", "Status", "Kies een status uit de lijst.") from None
        reason = " ".join(reason.split())
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            old = GroupStatus(row.status)
            if new not in _TRANSITIONS[old]:
                raise ValidationError.single(
                    "status", "Status", f"Van '{label(old).lower()}' kan de groep niet naar '{label(new).lower()}'.")
            if new is GroupStatus.CANCELLED and len(reason) < 3:
                raise ValidationError.single("reason", "Reden", "Geef een reden voor het annuleren.")
            row.status = new.value
            row.status_changed_on = on or dt.date.today()
            row.cancel_reason = reason if new is GroupStatus.CANCELLED else row.cancel_reason
            row.updated_at = utcnow()
            uow.audit(AuditEvent(Action.UPDATE, "centering.group.status", "centering_groep", str(row.id),
                                 detail=f"{old.value} → {new.value}", check_treatment=False))
            return _group_detail(uow.session, row)

    # --- sessions ------------------------------------------------------------------------------------------
    @operation(Permission.CENTERING_WRITE)
    def regenerate_schedule(self, actor: Actor, group_id: int) -> GroupDetail:
        """Recompute the sessions from the template (only while no session has been held)."""
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            if any(s.held for s in row.sessions):
                raise ValidationError.single("sessions", "Schema", "Er zijn al bijeenkomsten geweest; verplaats "
                                             "losse bijeenkomsten met de hand.")
            _refresh_schedule(uow.session, row, force=True)
            uow.audit(AuditEvent(Action.UPDATE, "centering.schedule.plan", "centering_groep", str(row.id),
                                 check_treatment=False))
            return _group_detail(uow.session, row)

    @operation(Permission.CENTERING_WRITE)
    def move_session(self, actor: Actor, group_id: int, number: int, starts_at: dt.datetime) -> GroupDetail:
        """Move one session by hand: not on a public holiday, in order, the reünie after the last ATD."""
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            _require_open(row)
            session_row = next((s for s in row.sessions if s.number == number), None)
            if session_row is None:
                raise NotFound(f"Bijeenkomst {number} bestaat niet.")
            if session_row.held:
                raise ValidationError.single("starts_at", "Datum en tijd", "Deze bijeenkomst is al geweest.")
            schedule = _schedule_of(uow.session, row)
            try:
                move_session(schedule, number, starts_at.replace(second=0, microsecond=0, tzinfo=None))
            except ScheduleError as exc:
                raise ValidationError.single("starts_at", "Datum en tijd", str(exc)) from None
            session_row.starts_at = starts_at.replace(second=0, microsecond=0, tzinfo=None)
            session_row.moved_by_hand = True
            session_row.note = "Met de hand verplaatst"
            _update_span(row)
            row.updated_at = utcnow()
            uow.session.flush()
            uow.audit(AuditEvent(Action.UPDATE, "centering.session.move", "centering_bijeenkomst",
                                 f"{row.id}/{number}", check_treatment=False))
            return _group_detail(uow.session, row)

    @operation(Permission.CENTERING_WRITE)
    def record_attendance(self, actor: Actor, group_id: int, number: int,
                          statuses: Mapping[int, str | AttendanceStatus],
                          comments: Mapping[int, str] | None = None, *,
                          today: dt.date | None = None) -> AttendanceResult:
        """Attendance per member (pregnancy id → aanwezig / afgemeld / afwezig) at a session that took place.

        The session counts as held and a planned group becomes lopend. Who missed it is returned: a missed
        session is replaced by an individual consult.
        """
        today = today or dt.date.today()
        comments = comments or {}
        parsed: dict[int, AttendanceStatus] = {}
        for pregnancy_id, value in statuses.items():
            try:
                parsed[pregnancy_id] = AttendanceStatus(value)
            except ValueError:
                raise ValidationError.single("status", "Aanwezigheid", "Kies aanwezig, afgemeld of afwezig.") from None
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            if row.status == GroupStatus.CANCELLED.value:
                raise ValidationError.single("status", "Status", "Deze groep is geannuleerd.")
            session_row = next((s for s in row.sessions if s.number == number), None)
            if session_row is None:
                raise NotFound(f"Bijeenkomst {number} bestaat niet.")
            if session_row.starts_at.date() > today:
                raise ValidationError.single("session", "Bijeenkomst", "Deze bijeenkomst is nog niet geweest.")
            members = {m.pregnancy_id: m for m in row.members}
            existing = {a.member_id: a for a in session_row.attendance}
            missed: list[str] = []
            names = _names(uow.session, list(parsed))
            for pregnancy_id, status in parsed.items():
                member = members.get(pregnancy_id)
                if member is None:
                    raise ValidationError.single("status", "Aanwezigheid", "Zij is geen lid van deze groep.")
                if member.left_on is not None and member.left_on < session_row.starts_at.date():
                    raise ValidationError.single("status", "Aanwezigheid", f"{names[pregnancy_id]} had de groep "
                                                 "toen al verlaten.")
                record = existing.get(member.id)
                if record is None:
                    record = CenteringAttendanceRow(member_id=member.id)
                    session_row.attendance.append(record)
                record.status = status.value
                record.comment = (comments.get(pregnancy_id) or "").strip() or None
                record.recorded_at = utcnow()
                if not status.missed:
                    record.consult_done = False
                else:
                    missed.append(names[pregnancy_id])
                uow.audit(AuditEvent(Action.UPDATE, "centering.attendance", "centering_aanwezigheid",
                                     f"{row.id}/{number}", client_id=_client_of(uow.session, pregnancy_id),
                                     pregnancy_id=pregnancy_id, detail=status.value))
            session_row.held = True
            warnings = []
            if row.status == GroupStatus.PLANNED.value:
                row.status, row.status_changed_on = GroupStatus.RUNNING.value, today
                warnings.append("De groep staat nu op 'lopend'.")
            row.updated_at = utcnow()
            uow.session.flush()
            return AttendanceResult(number, tuple(missed), tuple(warnings))

    @operation(Permission.CENTERING_WRITE)
    def mark_consult_done(self, actor: Actor, group_id: int, number: int, pregnancy_id: int) -> None:
        """The individual consult that replaces a missed session has taken place."""
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            member = _member(row, pregnancy_id)
            session_row = next((s for s in row.sessions if s.number == number), None)
            record = None
            if session_row is not None:
                record = next((a for a in session_row.attendance if a.member_id == member.id), None)
            if record is None or not AttendanceStatus(record.status).missed:
                raise ValidationError.single("status", "Aanwezigheid", "Zij heeft deze bijeenkomst niet gemist.")
            record.consult_done = True
            uow.audit(AuditEvent(Action.UPDATE, "centering.consult", "centering_aanwezigheid", f"{row.id}/{number}",
                                 client_id=_client_of(uow.session, pregnancy_id), pregnancy_id=pregnancy_id))

    # --- CB-IPG toeslag ------------------------------------------------------------------------------------
    @operation(Permission.CENTERING_WRITE)
    def declare_toeslag(self, actor: Actor, pregnancy_id: int, on: dt.date) -> MemberView:
        """Record the CB-IPG declaration for a pregnancy: only when eligible, and only once per pregnancy."""
        with self._work(actor) as uow:
            settings = _settings(uow.session)
            member = _latest_membership(uow.session, pregnancy_id)
            if member is None:
                raise ValidationError.single("pregnancy_id", "Zwangere", "Zij heeft geen Centering gevolgd.")
            row = uow.session.scalar(select(CenteringToeslagRow).where(
                CenteringToeslagRow.pregnancy_id == pregnancy_id).with_for_update())
            if row is not None and row.declared_on is not None:
                raise Conflict(f"De CB-IPG-toeslag voor deze zwangerschap is al gedeclareerd op "
                               f"{format_date(row.declared_on)}; een tweede declaratie kan niet.")
            eligible, why = _toeslag_eligibility(uow.session, pregnancy_id, settings)
            if not eligible:
                raise ValidationError.single("toeslag", "CB-IPG-toeslag", why)
            if row is None:
                row = CenteringToeslagRow(pregnancy_id=pregnancy_id)
                uow.session.add(row)
            row.eligible, row.declared_on, row.amount_cents = True, on, settings.toeslag_amount_cents
            row.updated_at = utcnow()
            uow.session.flush()
            uow.audit(AuditEvent(Action.UPDATE, "centering.toeslag.declare", "centering_toeslag", str(pregnancy_id),
                                 client_id=_client_of(uow.session, pregnancy_id), pregnancy_id=pregnancy_id,
                                 detail=f"gedeclareerd op {on.isoformat()}"))
            return next(m for m in _member_views(uow.session, member.group, settings)
                        if m.pregnancy_id == pregnancy_id)

    # --- outputs ------------------------------------------------------------------------------------------
    @operation(Permission.CENTERING_READ)
    def calendar(self, actor: Actor, group_id: int) -> bytes:
        """The group's sessions as an iCalendar file (Europe/Amsterdam); holds no client data."""
        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            detail = _group_detail(uow.session, row)
            place = ", ".join(p for p in (
                detail.room.name if detail.room else "", detail.location.name if detail.location else "",
                detail.location.address if detail.location and detail.location.address else "") if p)
            data = group_calendar(
                group_id=row.id, group_name=row.name,
                sessions=[CalendarSession(s.number, s.title, s.starts_at, s.duration_minutes, s.ga_range)
                          for s in detail.sessions],
                location=place, facilitators=[f.name for f in detail.facilitators], organiser=detail.practice_name)
            uow.audit(AuditEvent(Action.EXECUTE, "centering.calendar", "centering_groep", str(row.id),
                                 detail="agenda (.ics) gemaakt", check_treatment=False))
            return data

    @operation(Permission.CENTERING_READ)
    def overview_pdf(self, actor: Actor, group_id: int) -> bytes:
        """The printable group overview (members, facilitators, schedule)."""
        from ksdesk.letters.centering_sheets import render_group_overview

        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            detail = _group_detail(uow.session, row)
            pdf = render_group_overview(detail, printed_by=actor.display_name)
            _audit_members(uow, row, Action.EXECUTE, "centering.print.overview")
            return pdf

    @operation(Permission.CENTERING_READ)
    def attendance_sheet_pdf(self, actor: Actor, group_id: int, number: int) -> bytes:
        """The attendance sheet of one session: names, ATD, GA that day, columns for weight and blood pressure."""
        from ksdesk.letters.centering_sheets import render_attendance_sheet

        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            detail = _group_detail(uow.session, row)
            try:
                session = detail.session(number)
            except KeyError:
                raise NotFound(f"Bijeenkomst {number} bestaat niet.") from None
            pdf = render_attendance_sheet(detail, session, printed_by=actor.display_name)
            _audit_members(uow, row, Action.EXECUTE, "centering.print.attendance")
            return pdf

    @operation(Permission.CENTERING_READ)
    def handover_pdf(self, actor: Actor, group_id: int) -> bytes:
        """After the reünie: the members who consented, for CenteringOuderschap at the JGZ."""
        from ksdesk.letters.centering_sheets import HandoverLine, render_handover

        with self._work(actor) as uow:
            row = _load_group(uow.session, group_id)
            detail = _group_detail(uow.session, row)
            reunion = next((s for s in detail.sessions if s.reunion), None)
            if reunion is None or not reunion.held:
                raise ValidationError.single("handover", "Overdracht", "De overdrachtslijst komt na de reünie.")
            consenting = [m for m in detail.members if m.handover_consent]
            lines = []
            for member in consenting:
                pregnancy = uow.session.get(PregnancyRow, member.pregnancy_id)
                client = pregnancy.client
                lines.append(HandoverLine(
                    name=member.name, date_of_birth=format_date(client.date_of_birth),
                    address=" ".join(p for p in (client.street, display_postcode(client.postcode), client.city) if p),
                    municipality=client.municipality or "", phone=display_phone(client.phone),
                    birth_date=format_date(pregnancy.birth_date), language=client.preferred_language))
            pdf = render_handover(detail, lines, printed_by=actor.display_name)
            for member in consenting:
                uow.audit(AuditEvent(Action.EXECUTE, "centering.print.handover", "centering_overdracht",
                                     str(row.id), client_id=member.client_id, pregnancy_id=member.pregnancy_id,
                                     check_consent=True))
            return pdf


# --- helpers -----------------------------------------------------------------------------------------------


def _get(session: Session, model: type, key: int, message: str) -> Any:
    row = session.get(model, key)
    if row is None:
        raise NotFound(message)
    return row


def _settings(session: Session) -> CenteringSettings:
    row = session.get(SettingRow, SETTINGS_KEY)
    if row is None or not row.value:
        return CenteringSettings()
    return CenteringSettings.model_validate(json.loads(row.value))


def _practice(session: Session) -> PracticeRow:
    row = session.scalars(select(PracticeRow).limit(1)).first()
    if row is None:
        raise NotFound("De praktijk is nog niet ingericht.")
    return row


def _preview(session: Session, due_dates: Sequence[dt.date]) -> tuple[dt.datetime, ...]:
    if not due_dates:
        return ()
    practice = _practice(session)
    try:
        schedule = plan_schedule(list(due_dates), weekday=practice.centering_weekday,
                                 start_time=practice.centering_time, template=_settings(session).template)
    except ScheduleError:
        return ()
    return tuple(s.start for s in schedule.sessions)


def _location_view(row: CenteringLocationRow) -> LocationView:
    return LocationView(row.id, row.name, row.address, SchoolRegion(row.region), row.active,
                        tuple(_room_view(r) for r in row.rooms))


def _room_view(row: CenteringRoomRow) -> RoomView:
    return RoomView(row.id, row.location_id, row.name, row.capacity, row.active)


def _in_open_group():  # type: ignore[no-untyped-def]
    """Pregnancies that are in a group now (or stopped with Centering): not candidates."""
    return exists().where(
        CenteringMemberRow.pregnancy_id == PregnancyRow.id,
        CenteringMemberRow.group_id == CenteringGroupRow.id,
        CenteringGroupRow.status != GroupStatus.CANCELLED.value,
        (CenteringMemberRow.left_on.is_(None)) | (CenteringMemberRow.leave_reason == LeaveReason.STOPPED.value),
    )


def _pool(session: Session, today: dt.date) -> list[CandidateView]:
    rows = session.execute(
        select(PregnancyRow.id, PregnancyRow.client_id, PregnancyRow.due_date, PregnancyRow.intake_date,
               ClientRow.given_names, ClientRow.surname_prefix, ClientRow.surname, ClientRow.preferred_name,
               ClientRow.preferred_language, ClientRow.municipality)
        .join(ClientRow, ClientRow.id == PregnancyRow.client_id)
        .where(PregnancyRow.status == PregnancyStatus.ONGOING.value, PregnancyRow.wants_centering.is_(True),
               PregnancyRow.intake_date.is_not(None), PregnancyRow.due_date >= today, ~_in_open_group())
        .order_by(PregnancyRow.due_date, PregnancyRow.id)
    ).all()
    return [CandidateView(r.id, r.client_id, display_name(r.given_names, r.surname_prefix, r.surname,
                                                          r.preferred_name),
                          r.due_date, str(gestational_age(r.due_date, today) or ""), r.preferred_language,
                          r.municipality, r.intake_date) for r in rows]


def _due_dates(session: Session, pregnancy_ids: Sequence[int]) -> dict[int, dt.date]:
    if not pregnancy_ids:
        return {}
    return dict(session.execute(select(PregnancyRow.id, PregnancyRow.due_date).where(
        PregnancyRow.id.in_(set(pregnancy_ids)))).all())


def _names(session: Session, pregnancy_ids: Sequence[int]) -> dict[int, str]:
    if not pregnancy_ids:
        return {}
    rows = session.execute(
        select(PregnancyRow.id, ClientRow.given_names, ClientRow.surname_prefix, ClientRow.surname,
               ClientRow.preferred_name).join(ClientRow, ClientRow.id == PregnancyRow.client_id)
        .where(PregnancyRow.id.in_(set(pregnancy_ids)))).all()
    return {r.id: display_name(r.given_names, r.surname_prefix, r.surname, r.preferred_name) for r in rows}


def _client_of(session: Session, pregnancy_id: int) -> int | None:
    return session.scalar(select(PregnancyRow.client_id).where(PregnancyRow.id == pregnancy_id))


def _joinable_groups(session: Session, settings: CenteringSettings
                     ) -> list[tuple[CenteringGroupRow, tuple[dt.date, ...], int]]:
    rows = session.scalars(select(CenteringGroupRow).where(CenteringGroupRow.status.in_(OPEN_STATUSES)).options(
        selectinload(CenteringGroupRow.members), selectinload(CenteringGroupRow.sessions)
    ).order_by(CenteringGroupRow.start_date, CenteringGroupRow.id)).all()
    dues = _due_dates(session, [m.pregnancy_id for r in rows for m in r.members])
    result = []
    for row in rows:
        if sum(s.held for s in row.sessions) > JOINABLE_HELD_SESSIONS:
            continue
        dates = tuple(dues[m.pregnancy_id] for m in row.members if m.left_on is None)
        room = settings.max_size - len(dates)
        if room > 0 and dates:
            result.append((row, dates, room))
    return result


def _unplaced_text(reason: str, names: Mapping[Any, str]) -> str:
    # the planner names existing groups by key (id); show their names
    for key, name in names.items():
        reason = reason.replace(f"groep {key},", f"groep '{name}',").replace(f"groep {key} ", f"groep '{name}' ")
    return reason


def _load_group(session: Session, group_id: int) -> CenteringGroupRow:
    row = session.scalar(select(CenteringGroupRow).where(CenteringGroupRow.id == group_id).options(
        selectinload(CenteringGroupRow.members),
        selectinload(CenteringGroupRow.sessions).selectinload(CenteringSessionRow.attendance),
        selectinload(CenteringGroupRow.facilitators)))
    if row is None:
        raise NotFound("Deze groep bestaat niet (meer).")
    return row


def _member(row: CenteringGroupRow, pregnancy_id: int) -> CenteringMemberRow:
    members = [m for m in row.members if m.pregnancy_id == pregnancy_id]
    if not members:
        raise ValidationError.single("pregnancy_id", "Zwangere", "Zij is geen lid van deze groep.")
    return members[0]


def _current_membership(session: Session, pregnancy_id: int) -> CenteringMemberRow | None:
    return session.scalars(select(CenteringMemberRow).join(CenteringGroupRow).where(
        CenteringMemberRow.pregnancy_id == pregnancy_id, CenteringMemberRow.left_on.is_(None),
        CenteringGroupRow.status.in_(OPEN_STATUSES))).first()


def _latest_membership(session: Session, pregnancy_id: int) -> CenteringMemberRow | None:
    return session.scalars(select(CenteringMemberRow).join(CenteringGroupRow).where(
        CenteringMemberRow.pregnancy_id == pregnancy_id, CenteringGroupRow.status != GroupStatus.CANCELLED.value
    ).order_by(CenteringMemberRow.joined_on.desc(), CenteringMemberRow.id.desc())).first()


def _require_open(row: CenteringGroupRow) -> None:
    if row.status not in OPEN_STATUSES:
        raise ValidationError.single("status", "Status", f"Deze groep is {label(GroupStatus(row.status)).lower()}.")


def _require_room(session: Session, row: CenteringGroupRow) -> None:
    settings = _settings(session)
    if sum(m.left_on is None for m in row.members) >= settings.max_size:
        raise ValidationError.single("group_id", "Groep", f"Deze groep is vol ({settings.max_size} deelnemers).")


def _require_candidates(session: Session, pregnancy_ids: Sequence[int], today: dt.date) -> None:
    if len(set(pregnancy_ids)) != len(pregnancy_ids):
        raise ValidationError.single("members", "Deelnemers", "Een zwangere staat dubbel in de lijst.")
    available = {c.pregnancy_id for c in _pool(session, today)}
    missing = [p for p in pregnancy_ids if p not in available]
    if missing:
        names = _names(session, missing)
        who = ", ".join(names.get(p, f"zwangerschap {p}") for p in missing)
        raise ValidationError.single("members", "Deelnemers", f"Niet (meer) beschikbaar voor een nieuwe groep: {who}.")


def _create_group(uow: UnitOfWork, pregnancy_ids: Sequence[int], data: Mapping[str, Any],
                  today: dt.date) -> CenteringGroupRow:
    session = uow.session
    settings = _settings(session)
    ids = list(pregnancy_ids)
    if not ids:
        raise ValidationError.single("members", "Deelnemers", "Kies minstens één zwangere.")
    if len(ids) > settings.max_size:
        raise ValidationError.single("members", "Deelnemers", f"Een groep heeft hoogstens {settings.max_size} "
                                     "deelnemers.")
    _require_candidates(session, ids, today)
    dues = _due_dates(session, ids)
    values = dict(data)
    if not values.get("name"):
        values["name"] = _unique_name(session, sorted(dues.values())[(len(ids) - 1) // 2])
    record: GroupIn = validated(GroupIn, values)
    row = CenteringGroupRow(name=record.name, status=GroupStatus.PLANNED.value, status_changed_on=today)
    session.add(row)
    _apply_group(session, row, record)
    for pregnancy_id in ids:
        row.members.append(CenteringMemberRow(pregnancy_id=pregnancy_id, joined_on=today))
    session.flush()
    _refresh_schedule(session, row, force=True)
    uow.audit(AuditEvent(Action.CREATE, "centering.group.create", "centering_groep", str(row.id),
                         detail=f"{len(ids)} deelnemers", check_treatment=False))
    for pregnancy_id in ids:
        uow.audit(AuditEvent(Action.CREATE, "centering.member.add", "centering_deelname", str(pregnancy_id),
                             client_id=_client_of(session, pregnancy_id), pregnancy_id=pregnancy_id,
                             detail=f"groep {row.id}"))
    return row


def _add_member(uow: UnitOfWork, group_id: int, pregnancy_id: int, today: dt.date) -> CenteringGroupRow:
    session = uow.session
    row = _load_group(session, group_id)
    _require_open(row)
    _require_room(session, row)
    _require_candidates(session, [pregnancy_id], today)
    old = next((m for m in row.members if m.pregnancy_id == pregnancy_id), None)
    if old is not None:  # she left and comes back
        old.left_on, old.leave_reason = None, None
    else:
        row.members.append(CenteringMemberRow(pregnancy_id=pregnancy_id, joined_on=today))
    session.flush()
    _refresh_schedule(session, row)
    uow.audit(AuditEvent(Action.CREATE, "centering.member.add", "centering_deelname", str(pregnancy_id),
                         client_id=_client_of(session, pregnancy_id), pregnancy_id=pregnancy_id,
                         detail=f"groep {row.id}"))
    return row


def _unique_name(session: Session, median_due: dt.date) -> str:
    base = f"ATD {MONTHS[median_due.month - 1]} {median_due.year}"
    taken = set(session.scalars(select(CenteringGroupRow.name).where(CenteringGroupRow.name.like(f"{base}%"))))
    if base not in taken:
        return base
    n = 2
    while f"{base} ({n})" in taken:
        n += 1
    return f"{base} ({n})"


def _apply_group(session: Session, row: CenteringGroupRow, record: GroupIn) -> None:
    location = None
    if record.location_id is not None:
        location = session.get(CenteringLocationRow, record.location_id)
        if location is None:
            raise ValidationError.single("location_id", "Locatie", "Deze locatie bestaat niet (meer).")
    if record.room_id is not None:
        room = session.get(CenteringRoomRow, record.room_id)
        if room is None or location is None or room.location_id != location.id:
            raise ValidationError.single("room_id", "Ruimte", "Kies een ruimte van de gekozen locatie.")
    if record.midwife_id is not None:
        staff = session.get(StaffRow, record.midwife_id)
        if staff is None or not staff.active or staff.discipline != Discipline.MIDWIFE.value:
            raise ValidationError.single("midwife_id", "Verloskundige", "Kies een actieve verloskundige.")
    if record.co_facilitator_id is not None:
        staff = session.get(StaffRow, record.co_facilitator_id)
        if staff is None or not staff.active:
            raise ValidationError.single("co_facilitator_id", "Co-begeleider", "Kies een actieve medewerker.")
        if record.co_facilitator_id == record.midwife_id:
            raise ValidationError.single("co_facilitator_id", "Co-begeleider",
                                         "De co-begeleider is een ander dan de verloskundige.")
    row.name, row.language = record.name, record.language
    row.location_id, row.room_id = record.location_id, record.room_id
    wanted = {FacilitatorRole.MIDWIFE.value: record.midwife_id, FacilitatorRole.CO.value: record.co_facilitator_id}
    for existing in list(row.facilitators):
        if wanted.get(existing.role) != existing.staff_id:
            row.facilitators.remove(existing)  # delete-orphan
    session.flush()
    present = {f.role for f in row.facilitators}
    for role, staff_id in wanted.items():
        if staff_id is not None and role not in present:
            row.facilitators.append(CenteringFacilitatorRow(staff_id=staff_id, role=role))


def _refresh_schedule(session: Session, row: CenteringGroupRow, *, force: bool = False) -> None:
    """(Re)plan the sessions from the template while nothing was held or moved by hand (or when forced)."""
    if row.status not in OPEN_STATUSES:
        return
    if not force and any(s.held or s.moved_by_hand for s in row.sessions):
        return
    if any(s.held for s in row.sessions):
        return
    dues = _due_dates(session, [m.pregnancy_id for m in row.members if m.left_on is None])
    if not dues:
        return
    practice = _practice(session)
    settings = _settings(session)
    location = session.get(CenteringLocationRow, row.location_id) if row.location_id else None
    try:
        planned = plan_schedule(list(dues.values()), weekday=practice.centering_weekday,
                                start_time=practice.centering_time,
                                region=SchoolRegion(location.region) if location else None,
                                template=settings.template)
    except ScheduleError as exc:
        raise ValidationError.single("sessions", "Schema", str(exc)) from None
    for old in list(row.sessions):
        row.sessions.remove(old)  # delete-orphan
    session.flush()
    for s in planned.sessions:
        row.sessions.append(CenteringSessionRow(number=s.number, starts_at=s.start, duration_minutes=s.duration_minutes,
                                                reunion=s.reunion, note=s.note or None))
    _update_span(row)
    session.flush()


def _update_span(row: CenteringGroupRow) -> None:
    dates = sorted(s.starts_at.date() for s in row.sessions)
    row.start_date, row.end_date = (dates[0], dates[-1]) if dates else (None, None)


def _schedule_of(session: Session, row: CenteringGroupRow) -> GroupSchedule:
    """The stored sessions as the pure schedule, so a move is checked by the same rules."""
    practice = _practice(session)
    settings = _settings(session)
    dues = _due_dates(session, [m.pregnancy_id for m in row.members if m.left_on is None]) or _due_dates(
        session, [m.pregnancy_id for m in row.members])
    location = session.get(CenteringLocationRow, row.location_id) if row.location_id else None
    template = settings.template
    if template.session_count != len(row.sessions) and row.sessions:
        gaps = tuple([1] * max(len(row.sessions) - 2, 0))
        template = template.model_copy(update={"gaps_weeks": gaps})
    return GroupSchedule(
        member_due_dates=tuple(sorted(dues.values())), weekday=practice.centering_weekday,
        start_time=practice.centering_time, region=SchoolRegion(location.region) if location else None,
        template=template,
        sessions=tuple(PlannedSession(number=s.number, start=s.starts_at, duration_minutes=s.duration_minutes,
                                      reunion=s.reunion) for s in row.sessions))


def _session_warnings(day: dt.date, weekday: int, region: SchoolRegion | None, *, overdue: bool = False
                      ) -> list[str]:
    warnings: list[str] = []
    if overdue:
        warnings.append("Ligt in het verleden en is niet vastgelegd: verplaats de bijeenkomst of vul de "
                        "aanwezigheid in.")
    holiday = public_holiday(day)
    if holiday:
        warnings.append(f"Feestdag: {holiday}.")
    if region is not None:
        name = school_holiday(day, region)
        if name:
            warnings.append(f"Valt in de {name.lower()} (regio {region.value}).")
        elif not has_school_holiday_data(day.year, region):
            warnings.append(f"Schoolvakanties van {day.year} zijn niet bekend; controleer dit zelf.")
    if day.weekday() != weekday:
        warnings.append(f"Niet op de vaste Centering-dag ({WEEKDAY_NAMES[weekday]}).")
    return warnings


def _all_bookings(session: Session) -> list[Any]:
    rows = session.scalars(select(CenteringGroupRow).where(CenteringGroupRow.status.in_(OPEN_STATUSES)).options(
        selectinload(CenteringGroupRow.sessions), selectinload(CenteringGroupRow.facilitators))).all()
    staff = dict(session.execute(select(StaffRow.id, StaffRow.name)).all())
    rooms = {r.id: f"{r.name} ({loc.name})" for r, loc in session.execute(
        select(CenteringRoomRow, CenteringLocationRow).join(CenteringLocationRow)).all()}
    result = []
    for row in rows:
        people = [staff.get(f.staff_id, str(f.staff_id)) for f in row.facilitators]
        room = rooms.get(row.room_id) if row.room_id else None
        schedule = GroupSchedule(member_due_dates=(), weekday=0, start_time=dt.time(0, 0), sessions=tuple(
            PlannedSession(number=s.number, start=s.starts_at, duration_minutes=s.duration_minutes)
            for s in row.sessions if not s.held))
        result += [(row.id, b) for b in bookings(str(row.id), schedule, room=room, facilitators=people)]
    return result


def _conflict_messages(session: Session) -> dict[int, list[str]]:
    """Per group id: the double bookings it is part of, in Dutch."""
    return _conflicts(session)[0]


def _conflicts(session: Session) -> tuple[dict[int, list[str]], dict[tuple[int, int], list[str]]]:
    """The double bookings in Dutch: per group id, and per (group id, session number) naming the other session."""
    pairs = _all_bookings(session)
    names = dict(session.execute(select(CenteringGroupRow.id, CenteringGroupRow.name)).all())
    per_group: dict[int, list[str]] = {}
    per_session: dict[tuple[int, int], list[str]] = {}
    for conflict in find_conflicts(b for _gid, b in pairs):
        first, second = conflict.first, conflict.second
        what = "Ruimte" if conflict.kind.value == "ruimte" else "Begeleider"
        first_name = names.get(int(first.group), first.group)
        second_name = names.get(int(second.group), second.group)
        text = (f"{what} {conflict.resource} dubbel geboekt: '{first_name}' bijeenkomst {first.number} en "
                f"'{second_name}' bijeenkomst {second.number} ({format_date(second.start.date())} "
                f"{second.start:%H:%M}).")
        for gid in {int(first.group), int(second.group)}:
            per_group.setdefault(gid, []).append(text)
        for this, other, other_name in ((first, second, second_name), (second, first, first_name)):
            per_session.setdefault((int(this.group), this.number), []).append(
                f"Dubbel geboekt: {what.lower()} {conflict.resource} ook bij '{other_name}' bijeenkomst "
                f"{other.number}.")
    return per_group, per_session


def _group_warnings(session: Session, row: CenteringGroupRow, settings: CenteringSettings,
                    dates: Sequence[dt.date], conflicts: Sequence[str]) -> list[str]:
    warnings: list[str] = []
    if row.status not in OPEN_STATUSES:
        return warnings
    if len(dates) < settings.min_size:
        warnings.append(f"De groep heeft {len(dates)} deelnemers, minder dan het minimum van {settings.min_size}.")
    if len(dates) > settings.max_size:
        warnings.append(f"De groep heeft {len(dates)} deelnemers, meer dan het maximum van {settings.max_size}.")
    if dates and (dates[-1] - dates[0]).days > settings.max_spread_days:
        warnings.append(f"De à terme datums liggen {(dates[-1] - dates[0]).days} dagen uiteen "
                        f"(ingesteld maximum {settings.max_spread_days}).")
    roles = {f.role: f.staff_id for f in row.facilitators}
    midwife = session.get(StaffRow, roles[FacilitatorRole.MIDWIFE.value]) if FacilitatorRole.MIDWIFE.value in roles \
        else None
    if midwife is None:
        warnings.append("Er is nog geen verloskundige als begeleider gekozen.")
    elif not midwife.centering_trained:
        warnings.append("Geen Centering-getrainde verloskundige bij deze groep.")
    if FacilitatorRole.CO.value not in roles:
        warnings.append("Er is nog geen co-begeleider gekozen.")
    warnings += conflicts
    return warnings


def _toeslag_eligibility(session: Session, pregnancy_id: int, settings: CenteringSettings) -> tuple[bool, str]:
    member = _latest_membership(session, pregnancy_id)
    if member is None:
        return False, "Zij heeft geen Centering gevolgd."
    group = member.group
    roles = {f.role: f.staff_id for f in group.facilitators}
    if settings.toeslag_needs_trained_midwife:
        midwife = session.get(StaffRow, roles.get(FacilitatorRole.MIDWIFE.value) or -1)
        if midwife is None or not midwife.centering_trained:
            return False, "De groep heeft geen Centering-getrainde verloskundige."
    if settings.toeslag_needs_co_facilitator and FacilitatorRole.CO.value not in roles:
        return False, "De groep heeft geen tweede begeleider."
    count = session.scalar(select(func.count()).select_from(CenteringAttendanceRow).join(CenteringMemberRow).where(
        CenteringMemberRow.pregnancy_id == pregnancy_id,
        CenteringAttendanceRow.status == AttendanceStatus.PRESENT.value)) or 0
    if count < settings.toeslag_min_sessions:
        return False, (f"Zij was bij {count} bijeenkomst(en); de voorwaarde is minstens "
                       f"{settings.toeslag_min_sessions}.")
    return True, ""


def _member_views(session: Session, row: CenteringGroupRow, settings: CenteringSettings) -> list[MemberView]:
    ids = [m.pregnancy_id for m in row.members]
    if not ids:
        return []
    people = {r.id: r for r in session.execute(
        select(PregnancyRow.id, PregnancyRow.client_id, PregnancyRow.due_date, PregnancyRow.status,
               ClientRow.given_names,
               ClientRow.surname_prefix, ClientRow.surname, ClientRow.preferred_name, ClientRow.preferred_language)
        .join(ClientRow, ClientRow.id == PregnancyRow.client_id).where(PregnancyRow.id.in_(ids))).all()}
    toeslag = {t.pregnancy_id: t for t in session.scalars(
        select(CenteringToeslagRow).where(CenteringToeslagRow.pregnancy_id.in_(ids)))}
    views = []
    for m in row.members:
        p = people[m.pregnancy_id]
        eligible, why = _toeslag_eligibility(session, m.pregnancy_id, settings)
        declared = toeslag.get(m.pregnancy_id)
        views.append(MemberView(
            pregnancy_id=m.pregnancy_id, client_id=p.client_id,
            name=display_name(p.given_names, p.surname_prefix, p.surname, p.preferred_name),
            due_date=p.due_date, language=p.preferred_language, joined_on=m.joined_on, left_on=m.left_on,
            leave_reason=LeaveReason(m.leave_reason) if m.leave_reason else None,
            handover_consent=m.handover_consent, toeslag_eligible=eligible, toeslag_reason=why,
            toeslag_declared_on=declared.declared_on if declared else None,
            pregnancy_ongoing=p.status == PregnancyStatus.ONGOING.value))
    views.sort(key=lambda v: (v.left_on is not None, v.due_date, v.name))
    return views


def _group_detail(session: Session, row: CenteringGroupRow) -> GroupDetail:
    session.flush()
    session.refresh(row)
    settings = _settings(session)
    practice = _practice(session)
    members = _member_views(session, row, settings)
    active_dates = sorted(m.due_date for m in members if m.active)
    location = session.get(CenteringLocationRow, row.location_id) if row.location_id else None
    room = session.get(CenteringRoomRow, row.room_id) if row.room_id else None
    region = SchoolRegion(location.region) if location else None
    by_member = {m.id: m.pregnancy_id for m in row.members}
    group_conflicts, session_conflicts = _conflicts(session)
    sessions = []
    for s in sorted(row.sessions, key=lambda s: s.number):
        day = s.starts_at.date()
        # members present in the group on that day (joined before, not left before)
        dates = [m.due_date for m in members if m.joined_on <= day and (m.left_on is None or m.left_on >= day)] \
            or active_dates
        sessions.append(SessionView(
            number=s.number, starts_at=s.starts_at, duration_minutes=s.duration_minutes, reunion=s.reunion,
            held=s.held, moved_by_hand=s.moved_by_hand, note=s.note,
            ga_range="" if s.reunion else gestational_age_range(dates, day),
            warnings=tuple(_session_warnings(day, practice.centering_weekday, region,
                                             overdue=row.status == GroupStatus.PLANNED.value and not s.held
                                             and day < dt.date.today())
                           + session_conflicts.get((row.id, s.number), [])),
            attendance=tuple(AttendanceView(by_member[a.member_id], AttendanceStatus(a.status), a.comment,
                                            a.consult_done) for a in s.attendance)))
    staff = {f.staff_id: session.get(StaffRow, f.staff_id) for f in row.facilitators}
    facilitators = tuple(
        FacilitatorView(f.staff_id, staff[f.staff_id].name, FacilitatorRole(f.role), staff[f.staff_id].discipline,
                        staff[f.staff_id].centering_trained)
        for f in sorted(row.facilitators, key=lambda f: f.role != FacilitatorRole.MIDWIFE.value))
    warnings = _group_warnings(session, row, settings, active_dates, group_conflicts.get(row.id, []))
    return GroupDetail(
        id=row.id, name=row.name, status=GroupStatus(row.status), language=row.language,
        location=_location_view(location) if location else None, room=_room_view(room) if room else None,
        start_date=row.start_date, end_date=row.end_date, cancel_reason=row.cancel_reason,
        facilitators=facilitators, members=tuple(members), sessions=tuple(sessions), warnings=tuple(warnings),
        updated_at=row.updated_at, practice_name=practice.name, min_size=settings.min_size,
        max_size=settings.max_size)


def _audit_members(uow: UnitOfWork, row: CenteringGroupRow, action: Action, event: str) -> None:
    """One entry per member whose data is shown or printed (NEN 7513: per client)."""
    clients = dict(uow.session.execute(select(PregnancyRow.id, PregnancyRow.client_id).where(
        PregnancyRow.id.in_([m.pregnancy_id for m in row.members]))).all()) if row.members else {}
    uow.audit(AuditEvent(action, event, "centering_groep", str(row.id), detail=f"{len(row.members)} deelnemers",
                         check_treatment=False))
    for m in row.members:
        uow.audit(AuditEvent(action, event, "centering_deelname", str(row.id), client_id=clients.get(m.pregnancy_id),
                             pregnancy_id=m.pregnancy_id))
