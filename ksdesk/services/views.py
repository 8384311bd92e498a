"""What services hand out: plain frozen values, never ORM rows (so no lazy loading leaks into the UI)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ksdesk.records.enums import Discipline, DueDateSource, IdDocumentType, PregnancyStatus, Role
from ksdesk.records.gestation import GestationalAge, gestational_age


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list."""

    id: int
    name: str
    sort_name: str
    date_of_birth: dt.date
    bsn: str | None
    postcode: str | None
    due_date: dt.date | None  # of the current (latest open) pregnancy
    pregnancy_status: PregnancyStatus | None

    def gestational_age(self, on: dt.date | None = None) -> GestationalAge | None:
        if self.due_date is None or self.pregnancy_status is not PregnancyStatus.ONGOING:
            return None
        return gestational_age(self.due_date, on or dt.date.today())


@dataclass(frozen=True)
class DueDateChange:
    due_date: dt.date
    source: DueDateSource
    changed_at: dt.datetime
    changed_by: str


@dataclass(frozen=True)
class PregnancyView:
    id: int
    client_id: int
    due_date: dt.date
    due_date_source: DueDateSource
    gravida: int
    para: int
    status: PregnancyStatus
    status_date: dt.date | None
    birth_date: dt.date | None
    intake_date: dt.date | None
    wants_centering: bool
    due_date_history: tuple[DueDateChange, ...]

    def gestational_age(self, on: dt.date | None = None) -> GestationalAge | None:
        """Computed, never stored; only meaningful while the pregnancy is ongoing."""
        if self.status is not PregnancyStatus.ONGOING:
            return None
        return gestational_age(self.due_date, on or dt.date.today())

    def as_input(self) -> dict[str, object]:
        return {
            "due_date": self.due_date,
            "due_date_source": self.due_date_source,
            "gravida": self.gravida,
            "para": self.para,
            "status": self.status,
            "status_date": self.status_date,
            "birth_date": self.birth_date,
            "intake_date": self.intake_date,
            "wants_centering": self.wants_centering,
        }


@dataclass(frozen=True)
class ClientView:
    """A client with her pregnancies (newest first)."""

    id: int
    name: str
    given_names: str
    surname_prefix: str | None
    surname: str
    preferred_name: str | None
    date_of_birth: dt.date
    bsn: str | None
    bsn_missing_reason: str | None
    id_document_type: IdDocumentType
    id_document_number: str | None
    street: str | None
    postcode: str | None
    city: str | None
    municipality: str | None
    phone: str | None
    phone_alt: str | None
    email: str | None
    preferred_language: str
    interpreter_needed: bool
    safe_contact: str | None
    updated_at: dt.datetime
    pregnancies: tuple[PregnancyView, ...]

    @property
    def current_pregnancy(self) -> PregnancyView | None:
        ongoing = [p for p in self.pregnancies if p.status is PregnancyStatus.ONGOING]
        return ongoing[0] if ongoing else (self.pregnancies[0] if self.pregnancies else None)

    def as_input(self) -> dict[str, object]:
        """The editable fields, in the shape ClientIn accepts."""
        return {
            "given_names": self.given_names,
            "surname_prefix": self.surname_prefix,
            "surname": self.surname,
            "preferred_name": self.preferred_name,
            "date_of_birth": self.date_of_birth,
            "bsn": self.bsn,
            "bsn_missing_reason": self.bsn_missing_reason,
            "id_document_type": self.id_document_type,
            "id_document_number": self.id_document_number,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "municipality": self.municipality,
            "phone": self.phone,
            "phone_alt": self.phone_alt,
            "email": self.email,
            "preferred_language": self.preferred_language,
            "interpreter_needed": self.interpreter_needed,
            "safe_contact": self.safe_contact,
        }


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    discipline: Discipline
    agb_code: str | None
    centering_trained: bool
    centering_trained_on: dt.date | None
    active: bool


@dataclass(frozen=True)
class PracticeView:
    name: str
    agb_code: str
    street: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None
    logo_png: bytes | None
    centering_weekday: int
    centering_time: dt.time
    is_demo: bool


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    has_totp: bool
