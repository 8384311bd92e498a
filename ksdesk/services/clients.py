"""Use cases for clients and their pregnancies: search, open, create, edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ksdesk.records.enums import DueDateSource, IdDocumentType, PregnancyStatus
from ksdesk.records.gestation import format_date
from ksdesk.records.models import ClientIn, PregnancyIn
from ksdesk.records.names import display_name, fold, sort_name
from ksdesk.security.audit import Action, AuditEvent
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, UnitOfWork, operation, validated
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, NotFound, ValidationError
from ksdesk.services.views import ClientSummary, ClientView, DueDateChange, PregnancyView
from ksdesk.storage.orm import SORT_NAME_LENGTH, ClientRow, DueDateChangeRow, PregnancyRow, utcnow

MAX_PAGE = 500
RETENTION_YEARS = 20  # WGBO art. 7:454: 20 years from the last change
SORT_KEYS = {
    "name": ClientRow.sort_name,
    "date_of_birth": ClientRow.date_of_birth,
    "bsn": ClientRow.bsn,
    "postcode": ClientRow.postcode,
}


def _search_text(row: ClientRow) -> str:
    parts = [row.given_names, row.preferred_name, row.surname_prefix, row.surname, row.postcode, row.bsn,
             format_date(row.date_of_birth)]
    return fold(" ".join(p for p in parts if p))


def _tokens(query: str) -> list[str]:
    # "1234 AB" and "1234AB" both find a postcode; "12-03-1990" finds a date of birth.
    return [fold(t) for t in query.replace(",", " ").split() if t.strip()]


class ClientService(ServiceBase):
    """Clients (cliënten) and pregnancies."""

    # --- reading -------------------------------------------------------------------------------
    @operation(Permission.CLIENT_SEARCH)
    def search(self, actor: Actor, query: str = "", *, offset: int = 0, limit: int = 100,
               order_by: str = "name", descending: bool = False) -> list[ClientSummary]:
        """Clients whose name, BSN, date of birth (dd-mm-jjjj) or postcode contain every typed word,
        one page at a time (the list fetches more as the user scrolls). order_by: one of SORT_KEYS."""
        column = SORT_KEYS.get(order_by)
        if column is None:
            raise ValueError(f"unknown sort key {order_by!r}")
        ordering = (column.desc(), ClientRow.id.desc()) if descending else (column, ClientRow.id)
        limit = max(1, min(limit, MAX_PAGE))
        tokens = _tokens(query)[:8]
        with self._work(actor) as uow:
            page = select(
                ClientRow.id, ClientRow.given_names, ClientRow.surname_prefix, ClientRow.surname,
                ClientRow.preferred_name, ClientRow.sort_name, ClientRow.date_of_birth, ClientRow.bsn,
                ClientRow.postcode,
            ).where(*self._conditions(tokens)).order_by(*ordering).offset(offset).limit(limit)
            rows = uow.session.execute(page).all()
            due = self._current_due_dates(uow.session, [r.id for r in rows])
            if offset == 0:
                # One entry per search, not per page; the search words themselves are not logged.
                uow.audit(AuditEvent(Action.READ, "client.search", "zoekopdracht",
                                     detail=f"{len(tokens)} zoekwoorden, {len(rows)} resultaten (eerste pagina)",
                                     check_treatment=False))
            return [self._summary(r, due.get(r.id)) for r in rows]

    @operation(Permission.CLIENT_SEARCH)
    def count(self, actor: Actor, query: str = "") -> int:
        """How many clients a search finds (for the list's status line)."""
        tokens = _tokens(query)[:8]
        with self._work(actor) as uow:
            stmt = select(func.count()).select_from(ClientRow).where(*self._conditions(tokens))
            return int(uow.session.scalar(stmt) or 0)

    @staticmethod
    def _conditions(tokens: list[str]) -> list[Any]:
        return [ClientRow.search_text.contains(t, autoescape=True) for t in tokens]

    @staticmethod
    def _current_due_dates(session: Session, client_ids: list[int]) -> dict[int, dt.date]:
        if not client_ids:
            return {}
        rows = session.execute(
            select(PregnancyRow.client_id, func.max(PregnancyRow.due_date))
            .where(PregnancyRow.client_id.in_(client_ids), PregnancyRow.status == PregnancyStatus.ONGOING.value)
            .group_by(PregnancyRow.client_id)
        ).all()
        return {client_id: due for client_id, due in rows}

    @staticmethod
    def _summary(row: Any, due_date: dt.date | None) -> ClientSummary:
        return ClientSummary(
            id=row.id,
            name=display_name(row.given_names, row.surname_prefix, row.surname, row.preferred_name),
            sort_name=row.sort_name,
            date_of_birth=row.date_of_birth,
            bsn=row.bsn,
            postcode=row.postcode,
            due_date=due_date,
            pregnancy_status=PregnancyStatus.ONGOING if due_date else None,
        )

    @operation(Permission.CLIENT_READ)
    def get(self, actor: Actor, client_id: int) -> ClientView:
        """Open a client with her full history (logged as a read of her dossier)."""
        with self._work(actor) as uow:
            row = self._load(uow.session, client_id)
            uow.audit(AuditEvent(Action.READ, "client.open", "client", str(client_id), client_id=client_id))
            return _client_view(row)

    # --- writing -------------------------------------------------------------------------------
    @operation(Permission.CLIENT_WRITE)
    def create(self, actor: Actor, data: Mapping[str, Any]) -> ClientView:
        """Register a new client. Invalid input raises ValidationError and writes nothing."""
        record: ClientIn = validated(ClientIn, data)
        with self._work(actor) as uow:
            self._refuse_duplicate_bsn(uow.session, record.bsn, None)
            return _client_view(insert_client(uow, record))

    @operation(Permission.CLIENT_WRITE)
    def update(
        self, actor: Actor, client_id: int, data: Mapping[str, Any], *, expected_updated_at: dt.datetime | None = None
    ) -> ClientView:
        """Change a client's details; refuses when someone else saved in between (expected_updated_at)."""
        record: ClientIn = validated(ClientIn, data)
        with self._work(actor) as uow:
            row = self._load(uow.session, client_id)
            if expected_updated_at is not None and row.updated_at != expected_updated_at:
                raise Conflict("Deze cliënte is intussen door iemand anders gewijzigd. Open haar opnieuw.")
            self._refuse_duplicate_bsn(uow.session, record.bsn, client_id)
            change_client(uow, row, record)
            return _client_view(row)

    @operation(Permission.PREGNANCY_WRITE)
    def add_pregnancy(self, actor: Actor, client_id: int, data: Mapping[str, Any]) -> PregnancyView:
        """Start a new pregnancy for a client; at most one may be ongoing."""
        record: PregnancyIn = validated(PregnancyIn, data)
        with self._work(actor) as uow:
            client = self._load(uow.session, client_id)
            if record.status is PregnancyStatus.ONGOING and any(
                p.status == PregnancyStatus.ONGOING.value for p in client.pregnancies
            ):
                raise ValidationError.single(
                    "status", "Status", "Deze cliënte heeft al een lopende zwangerschap; sluit die eerst af."
                )
            return _pregnancy_view(insert_pregnancy(uow, client, record))

    @operation(Permission.PREGNANCY_WRITE)
    def update_pregnancy(self, actor: Actor, pregnancy_id: int, data: Mapping[str, Any]) -> PregnancyView:
        """Change a pregnancy. A new à terme datum is kept in its history; a less reliable source
        (LM after a termijnecho) cannot replace a more reliable one."""
        record: PregnancyIn = validated(PregnancyIn, data)
        with self._work(actor) as uow:
            row = uow.session.get(PregnancyRow, pregnancy_id)
            if row is None:
                raise NotFound("Deze zwangerschap bestaat niet (meer).")
            old_source = DueDateSource(row.due_date_source)
            if (record.due_date != row.due_date or record.due_date_source != old_source) \
                    and record.due_date_source.rank < old_source.rank:
                raise ValidationError.single(
                    "due_date_source", "Bron à terme datum",
                    f"De datum volgens {old_source.value} gaat voor; een datum volgens "
                    f"{record.due_date_source.value} kan die niet vervangen.",
                )
            if record.status is PregnancyStatus.ONGOING and row.status != PregnancyStatus.ONGOING.value:
                others = uow.session.scalar(
                    select(func.count()).select_from(PregnancyRow).where(
                        PregnancyRow.client_id == row.client_id,
                        PregnancyRow.id != row.id,
                        PregnancyRow.status == PregnancyStatus.ONGOING.value,
                    )
                )
                if others:
                    raise ValidationError.single("status", "Status", "Er loopt al een andere zwangerschap.")
            change_pregnancy(uow, row, record)
            uow.session.flush()
            return _pregnancy_view(row)

    # --- retention (WGBO) -----------------------------------------------------------------------
    @operation(Permission.CLIENT_DESTROY)
    def due_for_destruction(self, actor: Actor, *, today: dt.date | None = None) -> list[tuple[int, dt.date]]:
        """Dossiers whose last change is more than 20 years ago (WGBO 7:454): ids and last-change dates only."""
        today = today or dt.date.today()
        limit = dt.datetime.combine(today.replace(year=today.year - RETENTION_YEARS), dt.time())
        with self._work(actor) as uow:
            rows = uow.session.execute(
                select(ClientRow.id, ClientRow.updated_at).where(ClientRow.updated_at < limit).order_by(ClientRow.id)
            ).all()
            uow.audit(AuditEvent(Action.READ, "client.retention_list", "bewaartermijn",
                                 detail=f"{len(rows)} dossiers", check_treatment=False))
            return [(r.id, r.updated_at.date()) for r in rows]

    @operation(Permission.CLIENT_DESTROY)
    def destroy(self, actor: Actor, client_id: int, reason: str) -> None:
        """Destroy a dossier (on the client's request, WGBO 7:455, or after the retention term).

        Only a beheerder (with two factors) confirms this; the dossier and its pregnancies are removed and
        only a minimal log entry remains: that it happened, when, by whom, and why in general terms.
        """
        reason = " ".join(reason.split())
        if len(reason) < 10:
            raise ValidationError.single("reason", "Reden", "Beschrijf de grond (minstens 10 tekens).")
        with self._work(actor) as uow:
            row = uow.session.get(ClientRow, client_id)
            if row is None:
                raise NotFound("Deze cliënte bestaat niet (meer).")
            uow.session.delete(row)
            uow.session.flush()
            uow.audit(AuditEvent(Action.DELETE, "client.destroy", "client", str(client_id), client_id=client_id,
                                 detail=reason[:500], check_treatment=False))

    # --- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _load(session: Session, client_id: int) -> ClientRow:
        row = session.scalar(
            select(ClientRow)
            .where(ClientRow.id == client_id)
            .options(selectinload(ClientRow.pregnancies).selectinload(PregnancyRow.due_date_changes))
        )
        if row is None:
            raise NotFound("Deze cliënte bestaat niet (meer).")
        return row

    @staticmethod
    def _refuse_duplicate_bsn(session: Session, bsn: str | None, own_id: int | None) -> None:
        if bsn is None:
            return
        stmt = select(ClientRow.id).where(ClientRow.bsn == bsn)
        if own_id is not None:
            stmt = stmt.where(ClientRow.id != own_id)
        if session.scalar(stmt.limit(1)) is not None:
            raise ValidationError.single("bsn", "BSN", "Er is al een cliënte met dit BSN.")


# --- writing helpers, shared with the import (services/imports.py) so both write and log the same way ----------


def insert_client(uow: UnitOfWork, record: ClientIn) -> ClientRow:
    """Add a client (sort name and search text derived) and log the creation."""
    row = ClientRow(id_document_type=record.id_document_type.value)
    _apply_client(row, record)
    uow.session.add(row)
    uow.session.flush()
    uow.audit(AuditEvent(Action.CREATE, "client.create", "client", str(row.id), client_id=row.id))
    return row


def change_client(uow: UnitOfWork, row: ClientRow, record: ClientIn) -> set[str]:
    """Apply a validated record to a client; log which fields changed (not their values)."""
    changed = _apply_client(row, record)
    if changed:
        row.updated_at = utcnow()
        uow.audit(AuditEvent(Action.UPDATE, "client.update", "client", str(row.id),
                             client_id=row.id, detail="gewijzigd: " + ", ".join(sorted(changed))))
    return changed


def insert_pregnancy(uow: UnitOfWork, client: ClientRow, record: PregnancyIn) -> PregnancyRow:
    """Add a pregnancy with the first entry of its due-date history, and log it."""
    row = PregnancyRow(client_id=client.id)
    _apply_pregnancy(row, record)
    row.due_date_changes.append(_due_date_change(record, uow.actor))
    uow.session.add(row)
    client.updated_at = utcnow()
    uow.session.flush()
    uow.audit(AuditEvent(Action.CREATE, "pregnancy.create", "pregnancy", str(row.id),
                         client_id=client.id, pregnancy_id=row.id))
    return row


def change_pregnancy(uow: UnitOfWork, row: PregnancyRow, record: PregnancyIn) -> set[str]:
    """Apply a validated record to a pregnancy (a new ATD goes into its history); log the changed fields."""
    if record.due_date != row.due_date or record.due_date_source.value != row.due_date_source:
        row.due_date_changes.append(_due_date_change(record, uow.actor))
    changed = _apply_pregnancy(row, record)
    if changed:
        row.updated_at = utcnow()
        uow.audit(AuditEvent(Action.UPDATE, "pregnancy.update", "pregnancy", str(row.id),
                             client_id=row.client_id, pregnancy_id=row.id,
                             detail="gewijzigd: " + ", ".join(sorted(changed))))
    return changed


def _apply_client(row: ClientRow, record: ClientIn) -> set[str]:
    changed: set[str] = set()
    for name in ClientIn.model_fields:
        value = getattr(record, name)
        if isinstance(value, IdDocumentType):
            value = value.value
        if getattr(row, name, None) != value:
            setattr(row, name, value)
            changed.add(name)
    row.sort_name = sort_name(row.surname_prefix, row.surname, row.given_names)[:SORT_NAME_LENGTH]
    row.search_text = _search_text(row)
    return changed


def _apply_pregnancy(row: PregnancyRow, record: PregnancyIn) -> set[str]:
    changed: set[str] = set()
    for name in PregnancyIn.model_fields:
        value = getattr(record, name)
        if isinstance(value, DueDateSource | PregnancyStatus):
            value = value.value
        if getattr(row, name, None) != value:
            setattr(row, name, value)
            changed.add(name)
    return changed


def _due_date_change(record: PregnancyIn, actor: Actor) -> DueDateChangeRow:
    return DueDateChangeRow(due_date=record.due_date, source=record.due_date_source.value,
                            changed_at=utcnow(), changed_by=actor.display_name)


def _pregnancy_view(row: PregnancyRow) -> PregnancyView:
    return PregnancyView(
        id=row.id,
        client_id=row.client_id,
        due_date=row.due_date,
        due_date_source=DueDateSource(row.due_date_source),
        gravida=row.gravida,
        para=row.para,
        status=PregnancyStatus(row.status),
        status_date=row.status_date,
        birth_date=row.birth_date,
        intake_date=row.intake_date,
        wants_centering=row.wants_centering,
        due_date_history=tuple(
            DueDateChange(c.due_date, DueDateSource(c.source), c.changed_at, c.changed_by)
            for c in row.due_date_changes
        ),
    )


def _client_view(row: ClientRow) -> ClientView:
    return ClientView(
        id=row.id,
        name=display_name(row.given_names, row.surname_prefix, row.surname, row.preferred_name),
        given_names=row.given_names,
        surname_prefix=row.surname_prefix,
        surname=row.surname,
        preferred_name=row.preferred_name,
        date_of_birth=row.date_of_birth,
        bsn=row.bsn,
        bsn_missing_reason=row.bsn_missing_reason,
        id_document_type=IdDocumentType(row.id_document_type),
        id_document_number=row.id_document_number,
        street=row.street,
        postcode=row.postcode,
        city=row.city,
        municipality=row.municipality,
        phone=row.phone,
        phone_alt=row.phone_alt,
        email=row.email,
        preferred_language=row.preferred_language,
        interpreter_needed=row.interpreter_needed,
        safe_contact=row.safe_contact,
        updated_at=row.updated_at,
        pregnancies=tuple(
            _pregnancy_view(p) for p in sorted(row.pregnancies, key=lambda p: p.due_date, reverse=True)
        ),
    )
