"""Use cases for the practice's own details and its staff."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from ksdesk.records.enums import Discipline
from ksdesk.records.models import PracticeIn, StaffIn
from ksdesk.security.audit import Action, AuditEvent
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, operation, public, validated
from ksdesk.services.context import Actor
from ksdesk.services.errors import NotFound
from ksdesk.services.views import PracticeView, StaffView
from ksdesk.storage.orm import PracticeRow, StaffRow

PRACTICE_ID = 1


class PracticeService(ServiceBase):
    """The practice (praktijk): one per installation."""

    @public
    def exists(self) -> bool:
        """Whether first-run set-up has happened (asked before anyone can log in; reveals nothing)."""
        with self._transaction() as session:
            return session.get(PracticeRow, PRACTICE_ID) is not None

    @public
    def public_info(self) -> tuple[str, bool] | None:
        """Name and demo flag for the login window (shown before anyone logs in; no client data)."""
        with self._transaction() as session:
            row = session.get(PracticeRow, PRACTICE_ID)
            return (row.name, row.is_demo) if row else None

    @operation(Permission.PRACTICE_READ)
    def get(self, actor: Actor) -> PracticeView | None:
        with self._work(actor) as uow:
            row = uow.session.get(PracticeRow, PRACTICE_ID)
            return _practice_view(row) if row else None

    @operation(Permission.PRACTICE_WRITE)
    def save(self, actor: Actor, data: Mapping[str, Any], *, is_demo: bool | None = None) -> PracticeView:
        record: PracticeIn = validated(PracticeIn, data)
        with self._work(actor) as uow:
            row = uow.session.get(PracticeRow, PRACTICE_ID)
            action = Action.UPDATE if row else Action.CREATE
            if row is None:
                row = PracticeRow(id=PRACTICE_ID, is_demo=bool(is_demo))
                uow.session.add(row)
            elif is_demo is not None:
                row.is_demo = is_demo
            for name in PracticeIn.model_fields:
                setattr(row, name, getattr(record, name))
            uow.session.flush()
            uow.audit(AuditEvent(action, "practice.save", "practice", str(PRACTICE_ID), check_treatment=False))
            view = _practice_view(row)
        if self._store.keys is not None:  # the login window of the locked store shows the name
            self._store.keys.set_practice(view.name, view.is_demo)
        return view


class StaffService(ServiceBase):
    """Staff members (medewerkers): facilitators, senders of letters."""

    @operation(Permission.STAFF_READ)
    def list(self, actor: Actor, *, include_inactive: bool = True) -> list[StaffView]:
        with self._work(actor) as uow:
            stmt = select(StaffRow).order_by(StaffRow.name)
            if not include_inactive:
                stmt = stmt.where(StaffRow.active.is_(True))
            return [_staff_view(r) for r in uow.session.scalars(stmt)]

    @operation(Permission.STAFF_WRITE)
    def create(self, actor: Actor, data: Mapping[str, Any]) -> StaffView:
        record: StaffIn = validated(StaffIn, data)
        with self._work(actor) as uow:
            row = StaffRow()
            _apply_staff(row, record)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE, "staff.create", "staff", str(row.id), check_treatment=False))
            return _staff_view(row)

    @operation(Permission.STAFF_WRITE)
    def update(self, actor: Actor, staff_id: int, data: Mapping[str, Any]) -> StaffView:
        record: StaffIn = validated(StaffIn, data)
        with self._work(actor) as uow:
            row = uow.session.get(StaffRow, staff_id)
            if row is None:
                raise NotFound("Deze medewerker bestaat niet (meer).")
            _apply_staff(row, record)
            uow.audit(AuditEvent(Action.UPDATE, "staff.update", "staff", str(staff_id), check_treatment=False))
            return _staff_view(row)


def _apply_staff(row: StaffRow, record: StaffIn) -> None:
    for name in StaffIn.model_fields:
        value = getattr(record, name)
        setattr(row, name, value.value if isinstance(value, Discipline) else value)


def _staff_view(row: StaffRow) -> StaffView:
    return StaffView(
        id=row.id,
        name=row.name,
        discipline=Discipline(row.discipline),
        agb_code=row.agb_code,
        centering_trained=row.centering_trained,
        centering_trained_on=row.centering_trained_on,
        active=row.active,
    )


def _practice_view(row: PracticeRow) -> PracticeView:
    return PracticeView(
        name=row.name,
        agb_code=row.agb_code,
        street=row.street,
        postcode=row.postcode,
        city=row.city,
        phone=row.phone,
        email=row.email,
        logo_png=row.logo_png,
        centering_weekday=row.centering_weekday,
        centering_time=row.centering_time,
        is_demo=row.is_demo,
    )
