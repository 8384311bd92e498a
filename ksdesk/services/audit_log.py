"""Use cases on the audit log: verifying the chain, and reading it (two factors, and itself logged)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ksdesk.records.enums import Role, label
from ksdesk.records.gestation import format_date
from ksdesk.records.names import display_name
from ksdesk.security import audit
from ksdesk.security.audit import Action, AuditEvent, VerifyResult
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, operation, public
from ksdesk.services.context import Actor
from ksdesk.services.errors import NotFound
from ksdesk.storage.orm import AuditRow, ClientRow, PracticeRow


@dataclass(frozen=True)
class AuditEntryView:
    seq: int
    occurred_at: str
    action: str
    event: str
    user_id: int | None
    user_name: str
    user_role: str
    client_id: int | None
    pregnancy_id: int | None
    object_type: str
    object_id: str | None
    outcome: str
    workstation: str
    detail: str | None
    authorised: bool
    break_glass: bool


@dataclass(frozen=True)
class AuditFilter:
    client_id: int | None = None
    user_id: int | None = None
    action: Action | None = None
    start: dt.date | None = None  # inclusive, UTC date
    end: dt.date | None = None  # inclusive
    break_glass_only: bool = False


class AuditService(ServiceBase):
    @public
    def verify(self) -> VerifyResult:
        """Check the whole hash chain (reveals no content: only whether and where it is broken)."""
        with self._store.sessions() as session:
            return audit.verify(session)

    @operation(Permission.AUDIT_READ)
    def entry_count(self, actor: Actor) -> int:
        with self._work(actor) as uow:
            return audit.count(uow.session)

    @operation(Permission.AUDIT_READ)
    def entries(self, actor: Actor, where: AuditFilter | None = None, *, offset: int = 0,
                limit: int = 200, before_seq: int | None = None) -> list[AuditEntryView]:
        """Log entries, newest first, filtered by client, user, action and period. Reading the log is logged.

        Page on with before_seq (the oldest seq already shown): the log grows while it is read (reading
        it is logged, other desks keep writing), so an offset would slide back into rows already shown."""
        where = where or AuditFilter()
        with self._work(actor) as uow:
            stmt = select(AuditRow)
            if where.client_id is not None:
                stmt = stmt.where(AuditRow.client_id == where.client_id)
            if where.user_id is not None:
                stmt = stmt.where(AuditRow.user_id == where.user_id)
            if where.action is not None:
                stmt = stmt.where(AuditRow.action == where.action.value)
            if where.start is not None:
                stmt = stmt.where(AuditRow.occurred_at >= where.start.isoformat())
            if where.end is not None:
                stmt = stmt.where(AuditRow.occurred_at < (where.end + dt.timedelta(days=1)).isoformat())
            if where.break_glass_only:
                stmt = stmt.where(AuditRow.check_break_glass.is_(True))
            if before_seq is not None:
                stmt = stmt.where(AuditRow.seq < before_seq)
            rows = uow.session.scalars(
                stmt.order_by(AuditRow.seq.desc()).offset(offset).limit(max(1, min(limit, 1000)))
            ).all()
            views = [_entry_view(r) for r in rows]
            if offset == 0 and before_seq is None:
                uow.audit(AuditEvent(Action.READ, "audit.read", "logboek", client_id=where.client_id,
                                     detail=f"{len(views)} regels", check_treatment=False))
            return views


    @operation(Permission.AUDIT_READ)
    def access_report(self, actor: Actor, client_id: int, start: dt.date, end: dt.date) -> bytes:
        """The client's inzageoverzicht as PDF: every logged access to her data in the period (NEN 7513)."""
        from ksdesk.letters.access_report import AccessLine, AccessReport, local_time, render_access_report

        with self._work(actor) as uow:
            client = uow.session.get(ClientRow, client_id)
            if client is None:
                raise NotFound("Deze cliënte bestaat niet (meer).")
            practice = uow.session.get(PracticeRow, 1)
            rows = uow.session.scalars(
                select(AuditRow)
                .where(AuditRow.client_id == client_id, AuditRow.occurred_at >= start.isoformat(),
                       AuditRow.occurred_at < (end + dt.timedelta(days=1)).isoformat())
                .order_by(AuditRow.seq)
            ).all()
            report = AccessReport(
                practice_name=practice.name if practice else "",
                practice_agb=practice.agb_code if practice else "",
                client_name=display_name(client.given_names, client.surname_prefix, client.surname,
                                         client.preferred_name),
                client_date_of_birth=format_date(client.date_of_birth),
                period=f"{format_date(start)} t/m {format_date(end)}",
                generated_at=local_time(audit.utc_timestamp()),
                generated_by=actor.display_name,
                lines=tuple(
                    AccessLine(when=local_time(r.occurred_at), who=r.user_name, role=_role_label(r.user_role),
                               action=_ACTION_LABELS.get(r.action, r.action), what=event_label(r.event),
                               outcome=r.outcome, break_glass=r.check_break_glass)
                    for r in rows
                ),
            )
            uow.audit(AuditEvent(Action.EXECUTE, "audit.access_report", "inzageoverzicht", client_id=client_id,
                                 detail=f"{len(rows)} regels", check_treatment=False))
        return render_access_report(report)


def _role_label(role: str) -> str:
    try:
        return label(Role(role))
    except ValueError:
        return role


def _entry_view(row: AuditRow) -> AuditEntryView:
    return AuditEntryView(
        seq=row.seq, occurred_at=row.occurred_at, action=row.action, event=row.event, user_id=row.user_id,
        user_name=row.user_name, user_role=row.user_role, client_id=row.client_id, pregnancy_id=row.pregnancy_id,
        object_type=row.object_type, object_id=row.object_id, outcome=row.outcome, workstation=row.workstation,
        detail=row.detail, authorised=row.check_authorised, break_glass=row.check_break_glass,
    )


_ACTION_LABELS = {"C": "Aangemaakt", "R": "Ingezien", "U": "Gewijzigd", "D": "Verwijderd", "E": "Uitgevoerd"}
_EVENT_LABELS = {
    "client.open": "Dossier geopend",
    "client.create": "Dossier aangemaakt",
    "client.update": "Persoons- of contactgegevens",
    "client.destroy": "Dossier vernietigd",
    "pregnancy.create": "Zwangerschap vastgelegd",
    "pregnancy.update": "Zwangerschapsgegevens",
    "audit.read": "Logboek bekeken",
    "audit.access_report": "Inzageoverzicht gemaakt",
}


def event_label(event: str) -> str:
    """Dutch description of an audit event for people (the log keeps the stable code)."""
    return _EVENT_LABELS.get(event, event)
