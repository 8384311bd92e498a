"""Use cases of doorgeleiding: address book, consent, referral letters and follow-up.

A referral (verwijzing) goes to a destination from the address book. Its basis is the woman's explicit consent
(toestemming: which parts she agreed to share, each on/off) or, for a report to Veilig Thuis, the meldcode with its
legal ground. No letter is made, printed or saved without a consent that covers it; a withdrawn consent blocks
reprints. Letters are archived as the exact PDF bytes with their SHA-256. Status: aangemaakt → verstuurd →
contact gelegd / ontvangen → afgesloten, each step with date and user.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ksdesk.letters.referral_letter import (
    LetterAddressee,
    LetterAssessment,
    LetterClient,
    LetterContact,
    LetterDomain,
    LetterPractice,
    LetterPregnancy,
    LetterSender,
    ReferralLetter,
    render_referral_letter,
)
from ksdesk.records.enums import Discipline, PregnancyStatus
from ksdesk.records.enums import label as record_label
from ksdesk.records.gestation import format_date, gestational_age, parse_date
from ksdesk.records.identifiers import display_phone, display_postcode
from ksdesk.records.models import OptionalLine, OptionalText, PlausibleDate, RequiredLine
from ksdesk.records.names import display_name
from ksdesk.security.audit import Action, AuditEvent
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, operation, validated
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, NotFound, ValidationError
from ksdesk.storage.orm import ClientRow, PracticeRow, PregnancyRow, SettingRow, StaffRow, UserRow
from ksdesk.storage.orm_referrals import (
    ConsentRow,
    DestinationRow,
    LetterRow,
    MunicipalityRow,
    ReferralRow,
    StatusChangeRow,
)
from ksdesk.storage.orm_screening import AssessmentRow

OVERDUE_DAYS_KEY = "referrals.overdue_days"
DEFAULT_OVERDUE_DAYS = 14
PRACTICE_ID = 1


# --- codes --------------------------------------------------------------------------------------------


class DestinationKind(StrEnum):
    JGZ = "jgz"
    WIJKTEAM = "wijkteam"
    VEILIG_THUIS = "veilig_thuis"
    HUISARTS = "huisarts"
    OTHER = "anders"

    @property
    def label(self) -> str:
        return LABELS[type(self)][self]


class Basis(StrEnum):
    CONSENT = "toestemming"
    MELDCODE = "meldcode"

    @property
    def label(self) -> str:
        return LABELS[type(self)][self]


class ReferralStatus(StrEnum):
    CREATED = "aangemaakt"
    SENT = "verstuurd"
    CONTACT = "contact"  # contact gelegd / ontvangen: feedback from the recipient
    CLOSED = "afgesloten"

    @property
    def label(self) -> str:
        return LABELS[type(self)][self]


class SendRoute(StrEnum):
    POST = "post"
    SECURE_EMAIL = "beveiligde_email"
    PHONE = "telefonisch"
    HANDED = "meegegeven"

    @property
    def label(self) -> str:
        return LABELS[type(self)][self]


class ConsentForm(StrEnum):
    VERBAL = "mondeling"
    WRITTEN = "schriftelijk"

    @property
    def label(self) -> str:
        return LABELS[type(self)][self]


class ConsentPart(StrEnum):
    """The parts of her data she can agree to share, each on or off."""

    IDENTIFICATION = "identification"
    CONTACT = "contact"
    PREGNANCY = "pregnancy"
    DOMAINS = "domains"
    PROTECTIVE = "protective"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return LABELS[type(self)][self]


# Dutch labels per code list (one dict per enum: equal values in two lists, like "contact", must not collide)
LABELS: dict[type, dict[Any, str]] = {
    DestinationKind: {
        DestinationKind.JGZ: "JGZ / prenataal huisbezoek",
        DestinationKind.WIJKTEAM: "Wijkteam / sociaal team",
        DestinationKind.VEILIG_THUIS: "Veilig Thuis",
        DestinationKind.HUISARTS: "Huisarts",
        DestinationKind.OTHER: "Anders",
    },
    Basis: {Basis.CONSENT: "Met toestemming van de cliënte", Basis.MELDCODE: "Melding volgens de meldcode"},
    ReferralStatus: {
        ReferralStatus.CREATED: "Aangemaakt",
        ReferralStatus.SENT: "Verstuurd",
        ReferralStatus.CONTACT: "Contact gelegd",
        ReferralStatus.CLOSED: "Afgesloten",
    },
    SendRoute: {
        SendRoute.POST: "Per post",
        SendRoute.SECURE_EMAIL: "Beveiligde e-mail",
        SendRoute.PHONE: "Telefonisch",
        SendRoute.HANDED: "Meegegeven aan cliënte",
    },
    ConsentForm: {ConsentForm.VERBAL: "Mondeling", ConsentForm.WRITTEN: "Schriftelijk"},
    ConsentPart: {
        ConsentPart.IDENTIFICATION: "identificatie",
        ConsentPart.CONTACT: "contactgegevens",
        ConsentPart.PREGNANCY: "zwangerschapsgegevens",
        ConsentPart.DOMAINS: "gesignaleerde domeinen",
        ConsentPart.PROTECTIVE: "beschermende factoren",
        ConsentPart.NOTES: "aantekeningen",
    },
}

_PART_COLUMNS = {
    ConsentPart.IDENTIFICATION: "share_identification",
    ConsentPart.CONTACT: "share_contact",
    ConsentPart.PREGNANCY: "share_pregnancy",
    ConsentPart.DOMAINS: "share_domains",
    ConsentPart.PROTECTIVE: "share_protective",
    ConsentPart.NOTES: "share_notes",
}
# the referral decision of an assessment (signalling) → the destination kind it suggests
DECISION_KINDS = {"jgz_phb": DestinationKind.JGZ, "wijkteam": DestinationKind.WIJKTEAM,
                  "huisarts_poh": DestinationKind.HUISARTS}
_NEXT = {
    ReferralStatus.CREATED: {ReferralStatus.SENT, ReferralStatus.CLOSED},
    ReferralStatus.SENT: {ReferralStatus.CONTACT, ReferralStatus.CLOSED},
    ReferralStatus.CONTACT: {ReferralStatus.CLOSED},
    ReferralStatus.CLOSED: set(),
}


# --- input --------------------------------------------------------------------------------------------

_CONFIG = ConfigDict(extra="forbid", validate_default=True)
def _required(value: str | None) -> str:
    if value is None:
        raise ValueError("Verplicht veld.")
    return value


class DestinationIn(BaseModel):
    """A destination in the address book; every contact detail is entered by the practice."""

    model_config = _CONFIG

    municipality: OptionalLine = Field(default=None, title="Gemeente")
    kind: DestinationKind = Field(title="Soort")
    name: RequiredLine = Field(title="Naam")
    department: OptionalLine = Field(default=None, title="Afdeling / team")
    street: OptionalLine = Field(default=None, title="Adres")
    postcode: OptionalLine = Field(default=None, title="Postcode")
    city: OptionalLine = Field(default=None, title="Plaats")
    phone: OptionalLine = Field(default=None, title="Telefoon")
    secure_email: OptionalLine = Field(default=None, title="Beveiligde e-mail")
    notes: OptionalText = Field(default=None, title="Notities")

    @field_validator("postcode")
    @classmethod
    def _postcode_length(cls, value: str | None) -> str | None:
        if value is not None and len(value) > 10:
            raise ValueError("Te lang (maximaal 10 tekens).")
        return value

    @field_validator("secure_email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and ("@" not in value or " " in value or "." not in value.rsplit("@", 1)[-1]):
            raise ValueError("Geen geldig e-mailadres.")
        return value


class ReferralIn(BaseModel):
    """What the midwife composes: destination, basis, reason, her own hulpvraag, who is already involved."""

    model_config = _CONFIG

    destination_id: int = Field(title="Bestemming")
    basis: Basis = Field(default=Basis.CONSENT, title="Grondslag")
    legal_ground: OptionalText = Field(default=None, title="Wettelijke grond")
    reason: OptionalText = Field(default=None, title="Reden van verwijzing")
    help_question: OptionalText = Field(default=None, title="Hulpvraag van de cliënte")
    professionals: OptionalText = Field(default=None, title="Betrokken hulpverleners")
    notes: OptionalText = Field(default=None, title="Aantekeningen")
    sender_staff_id: int | None = Field(default=None, title="Afzender")
    assessment_id: int | None = Field(default=None, title="Signalering")

    @field_validator("reason")
    @classmethod
    def _reason_required(cls, value: str | None) -> str:
        return _required(value)

    @model_validator(mode="after")
    def _meldcode_needs_ground(self) -> Self:
        if self.basis is Basis.MELDCODE and not self.legal_ground:
            error = ValueError("Beschrijf de grond van de melding (meldcode, stap 5).")
            error.field = "legal_ground"  # type: ignore[attr-defined]
            raise error
        return self


class ConsentIn(BaseModel):
    """The consent conversation: when, what she was told, in which form, and the parts she agreed to share."""

    model_config = _CONFIG

    asked_on: PlausibleDate = Field(title="Datum")
    explained: OptionalText = Field(default=None, title="Wat is uitgelegd")
    form: ConsentForm = Field(default=ConsentForm.VERBAL, title="Vorm")
    granted: bool = Field(default=True, title="Toestemming gegeven")
    share_identification: bool = Field(default=False, title="Identificatie")
    share_contact: bool = Field(default=False, title="Contactgegevens")
    share_pregnancy: bool = Field(default=False, title="Zwangerschapsgegevens")
    share_domains: bool = Field(default=False, title="Gesignaleerde domeinen")
    share_protective: bool = Field(default=False, title="Beschermende factoren")
    share_notes: bool = Field(default=False, title="Aantekeningen")

    @field_validator("explained")
    @classmethod
    def _explained_required(cls, value: str | None) -> str:
        return _required(value)

    @field_validator("asked_on")
    @classmethod
    def _not_future(cls, value: dt.date) -> dt.date:
        if value > dt.date.today():
            raise ValueError("Deze datum ligt in de toekomst.")
        return value


class StatusIn(BaseModel):
    model_config = _CONFIG

    status: ReferralStatus = Field(title="Status")
    on_date: PlausibleDate = Field(title="Datum")
    via: SendRoute | None = Field(default=None, title="Verstuurd via")
    note: OptionalText = Field(default=None, title="Toelichting / uitkomst")

    @field_validator("on_date")
    @classmethod
    def _not_future(cls, value: dt.date) -> dt.date:
        if value > dt.date.today():
            raise ValueError("Deze datum ligt in de toekomst.")
        return value


# --- views --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DestinationView:
    id: int
    municipality: str | None
    kind: DestinationKind
    name: str
    department: str | None
    street: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    secure_email: str | None
    notes: str | None
    active: bool

    def as_input(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in DestinationIn.model_fields}


@dataclass(frozen=True)
class ConsentView:
    id: int
    asked_on: dt.date
    asked_by: str
    explained: str
    form: ConsentForm
    granted: bool
    parts: frozenset[ConsentPart]
    withdrawn_on: dt.date | None
    withdrawn_by: str | None
    withdrawal_note: str | None

    @property
    def valid(self) -> bool:
        """Given and not withdrawn."""
        return self.granted and self.withdrawn_on is None


@dataclass(frozen=True)
class StatusChangeView:
    status: ReferralStatus
    on_date: dt.date
    via: SendRoute | None
    note: str | None
    changed_at: dt.datetime
    changed_by: str


@dataclass(frozen=True)
class LetterInfo:
    id: int
    sha256: str
    size: int
    parts: tuple[ConsentPart, ...]
    created_at: dt.datetime
    created_by: str


@dataclass(frozen=True)
class LetterView:
    info: LetterInfo
    pdf: bytes


@dataclass(frozen=True)
class ReferralView:
    id: int
    pregnancy_id: int
    client_id: int
    client_name: str
    assessment_id: int | None
    destination: DestinationView | None
    basis: Basis
    legal_ground: str | None
    reason: str
    help_question: str | None
    professionals: str | None
    notes: str | None
    sender_staff_id: int | None
    status: ReferralStatus
    status_date: dt.date
    sent_on: dt.date | None
    sent_via: SendRoute | None
    outcome: str | None
    created_on: dt.date
    created_by: str
    consent: ConsentView | None  # the latest consent record
    consents: tuple[ConsentView, ...]
    history: tuple[StatusChangeView, ...]
    letters: tuple[LetterInfo, ...]

    @property
    def may_produce_letter(self) -> bool:
        return self.basis is Basis.MELDCODE or (self.consent is not None and self.consent.valid)

    def as_input(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in ReferralIn.model_fields if k != "destination_id"} | {
            "destination_id": self.destination.id if self.destination else None}


@dataclass(frozen=True)
class ReferralSummary:
    """One row of the referral lists and worklists."""

    id: int
    client_id: int
    pregnancy_id: int
    client_name: str
    destination_name: str
    destination_kind: DestinationKind | None
    basis: Basis
    status: ReferralStatus
    status_date: dt.date
    created_on: dt.date
    sent_on: dt.date | None
    sent_via: SendRoute | None
    consent_state: str  # Dutch: "gegeven", "ingetrokken", "geweigerd", "niet gevraagd", "meldcode"
    letters: int

    def days_waiting(self, today: dt.date | None = None) -> int | None:
        if self.sent_on is None or self.status is not ReferralStatus.SENT:
            return None
        return ((today or dt.date.today()) - self.sent_on).days


@dataclass(frozen=True)
class ComposeDefaults:
    """What the compose form starts from: her gemeente, the suggested kind, and what would be shared."""

    pregnancy_id: int
    client_id: int
    client_name: str
    municipality: str | None
    assessment_id: int | None
    suggested_kind: DestinationKind | None
    reason: str | None
    final_level: str | None
    domains: tuple[str, ...]
    protective_factors: tuple[str, ...]
    destinations: tuple[DestinationView, ...]  # her gemeente's first, then regional, then the rest


@dataclass(frozen=True)
class Funnel:
    """The practice's doorgeleiding funnel for one period."""

    start: dt.date
    end: dt.date
    signalled: int
    consent_asked: int
    consent_given: int
    referred: int
    contact: int

    def steps(self) -> list[tuple[str, int]]:
        counts = (self.signalled, self.consent_asked, self.consent_given, self.referred, self.contact)
        return list(zip(FUNNEL_STEPS, counts, strict=True))


FUNNEL_STEPS = ("Gesignaleerd", "Toestemming gevraagd", "Toestemming gegeven", "Verwezen", "Contact bevestigd")
CONSENT_STATES = ("gegeven", "ingetrokken", "geweigerd", "niet gevraagd", "meldcode")  # ReferralSummary.consent_state


# --- address book -------------------------------------------------------------------------------------


class AddressBookService(ServiceBase):
    """Referral destinations per gemeente; the shipped gemeenten are names only, never contact details."""

    @operation(Permission.ADDRESS_BOOK_READ)
    def municipalities(self, actor: Actor) -> list[str]:
        """Known gemeenten (the 16 of Zuid-Limburg and any the practice added), alphabetically."""
        with self._work(actor) as uow:
            return list(uow.session.scalars(select(MunicipalityRow.name).order_by(MunicipalityRow.name)))

    @operation(Permission.ADDRESS_BOOK_WRITE)
    def add_municipality(self, actor: Actor, name: str) -> str:
        """Add another gemeente by name."""
        clean = " ".join((name or "").split())
        if not clean or len(clean) > 200:
            raise ValidationError.single("municipality", "Gemeente", "Vul de naam van de gemeente in.")
        with self._work(actor) as uow:
            existing = uow.session.scalars(select(MunicipalityRow.name)).all()
            if any(e.casefold() == clean.casefold() for e in existing):
                raise ValidationError.single("municipality", "Gemeente", "Deze gemeente staat er al in.")
            uow.session.add(MunicipalityRow(name=clean, shipped=False))
            uow.audit(AuditEvent(Action.CREATE, "addressbook.municipality", "gemeente", clean,
                                 check_treatment=False))
            return clean

    @operation(Permission.ADDRESS_BOOK_READ)
    def list(self, actor: Actor, *, municipality: str | None = None,
             include_inactive: bool = False) -> list[DestinationView]:
        """Destinations, by gemeente (regional ones, without gemeente, first), kind and name."""
        with self._work(actor) as uow:
            stmt = select(DestinationRow)
            if municipality is not None:
                stmt = stmt.where(DestinationRow.municipality == municipality)
            if not include_inactive:
                stmt = stmt.where(DestinationRow.active.is_(True))
            rows = uow.session.scalars(stmt).all()
            return sorted((_destination_view(r) for r in rows),
                          key=lambda d: (d.municipality or "", d.kind.value, d.name.casefold()))

    @operation(Permission.ADDRESS_BOOK_READ)
    def for_municipality(self, actor: Actor, municipality: str | None) -> list[DestinationView]:
        """Active destinations with the client's gemeente first, then regional ones, then the rest."""
        with self._work(actor) as uow:
            rows = uow.session.scalars(select(DestinationRow).where(DestinationRow.active.is_(True))).all()
            return _ordered_for(rows, municipality)

    @operation(Permission.ADDRESS_BOOK_WRITE)
    def create(self, actor: Actor, data: Mapping[str, Any]) -> DestinationView:
        record: DestinationIn = validated(DestinationIn, data)
        with self._work(actor) as uow:
            self._known_municipality(uow.session, record.municipality)
            row = DestinationRow(active=True)
            _apply_destination(row, record)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE, "addressbook.create", "bestemming", str(row.id),
                                 check_treatment=False))
            return _destination_view(row)

    @operation(Permission.ADDRESS_BOOK_WRITE)
    def update(self, actor: Actor, destination_id: int, data: Mapping[str, Any]) -> DestinationView:
        record: DestinationIn = validated(DestinationIn, data)
        with self._work(actor) as uow:
            row = self._load(uow.session, destination_id)
            self._known_municipality(uow.session, record.municipality)
            _apply_destination(row, record)
            row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            uow.audit(AuditEvent(Action.UPDATE, "addressbook.update", "bestemming", str(destination_id),
                                 check_treatment=False))
            return _destination_view(row)

    @operation(Permission.ADDRESS_BOOK_WRITE)
    def set_active(self, actor: Actor, destination_id: int, active: bool) -> DestinationView:
        """(De)activate a destination; referrals keep pointing to it, it is no longer offered."""
        with self._work(actor) as uow:
            row = self._load(uow.session, destination_id)
            row.active = active
            uow.audit(AuditEvent(Action.UPDATE, "addressbook.active", "bestemming", str(destination_id),
                                 detail="actief" if active else "inactief", check_treatment=False))
            return _destination_view(row)

    @staticmethod
    def _load(session: Session, destination_id: int) -> DestinationRow:
        row = session.get(DestinationRow, destination_id)
        if row is None:
            raise NotFound("Deze bestemming bestaat niet (meer).")
        return row

    @staticmethod
    def _known_municipality(session: Session, name: str | None) -> None:
        if name is None:
            return
        if session.scalar(select(MunicipalityRow.id).where(MunicipalityRow.name == name)) is None:
            raise ValidationError.single("municipality", "Gemeente",
                                         "Onbekende gemeente; voeg haar eerst toe aan de lijst.")


def _apply_destination(row: DestinationRow, record: DestinationIn) -> None:
    for name in DestinationIn.model_fields:
        value = getattr(record, name)
        setattr(row, name, value.value if isinstance(value, StrEnum) else value)


def _destination_view(row: DestinationRow) -> DestinationView:
    return DestinationView(
        id=row.id, municipality=row.municipality, kind=DestinationKind(row.kind), name=row.name,
        department=row.department, street=row.street, postcode=row.postcode, city=row.city, phone=row.phone,
        secure_email=row.secure_email, notes=row.notes, active=row.active,
    )


def _ordered_for(rows: Any, municipality: str | None) -> list[DestinationView]:
    def rank(d: DestinationView) -> tuple[int, str, str, str]:
        place = 0 if municipality and d.municipality == municipality else 1 if d.municipality is None else 2
        return (place, d.municipality or "", d.kind.value, d.name.casefold())

    return sorted((_destination_view(r) for r in rows), key=rank)


# --- referrals ----------------------------------------------------------------------------------------


class ReferralService(ServiceBase):
    """Referrals with consent, archived letters and status history."""

    # --- composing -------------------------------------------------------------------------------
    @operation(Permission.REFERRAL_READ)
    def compose_defaults(self, actor: Actor, pregnancy_id: int, assessment_id: int | None = None) -> ComposeDefaults:
        """Start values for a new referral: her gemeente's destinations, the decision's kind, the signalling."""
        with self._work(actor) as uow:
            pregnancy = _pregnancy(uow.session, pregnancy_id)
            client = pregnancy.client
            assessment = _assessment(uow.session, pregnancy_id, assessment_id)
            rows = uow.session.scalars(select(DestinationRow).where(DestinationRow.active.is_(True))).all()
            uow.audit(AuditEvent(Action.READ, "referral.compose", "verwijzing", None, client_id=client.id,
                                 pregnancy_id=pregnancy_id))
            return ComposeDefaults(
                pregnancy_id=pregnancy_id, client_id=client.id, client_name=_client_name(client),
                municipality=client.municipality,
                assessment_id=assessment.id if assessment else None,
                suggested_kind=DECISION_KINDS.get(assessment.decision or "") if assessment else None,
                reason=assessment.decision_reason if assessment else None,
                final_level=assessment.final_level if assessment else None,
                domains=tuple(dict.fromkeys(i.domain_label for i in assessment.items if i.status != "verleden"))
                if assessment else (),
                protective_factors=tuple(p.label for p in assessment.protective_factors) if assessment else (),
                destinations=tuple(_ordered_for(rows, client.municipality)),
            )

    @operation(Permission.REFERRAL_WRITE)
    def create(self, actor: Actor, pregnancy_id: int, data: Mapping[str, Any], *,
               today: dt.date | None = None) -> ReferralView:
        """Create a referral (status aangemaakt). Invalid input raises ValidationError and writes nothing."""
        record: ReferralIn = validated(ReferralIn, data)
        today = today or dt.date.today()
        with self._work(actor) as uow:
            pregnancy = _pregnancy(uow.session, pregnancy_id)
            self._check_references(uow.session, record, pregnancy_id)
            row = ReferralRow(pregnancy_id=pregnancy_id, status=ReferralStatus.CREATED.value, status_date=today,
                              created_on=today, created_by=actor.display_name)
            _apply_referral(row, record)
            row.history.append(StatusChangeRow(status=ReferralStatus.CREATED.value, on_date=today,
                                               changed_by=actor.display_name))
            uow.session.add(row)
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE, "referral.create", "verwijzing", str(row.id),
                                 client_id=pregnancy.client_id, pregnancy_id=pregnancy_id,
                                 detail=f"grondslag: {record.basis.value}"))
            return _referral_view(row, pregnancy.client)

    @operation(Permission.REFERRAL_WRITE)
    def update(self, actor: Actor, referral_id: int, data: Mapping[str, Any]) -> ReferralView:
        """Change a referral while it has not been sent."""
        record: ReferralIn = validated(ReferralIn, data)
        with self._work(actor) as uow:
            row = _referral(uow.session, referral_id)
            if row.status != ReferralStatus.CREATED.value:
                raise Conflict("Deze verwijzing is al verstuurd en kan niet meer worden gewijzigd.")
            self._check_references(uow.session, record, row.pregnancy_id)
            _apply_referral(row, record)
            row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            client = _client_of(uow.session, row)
            uow.audit(AuditEvent(Action.UPDATE, "referral.update", "verwijzing", str(row.id),
                                 client_id=client.id, pregnancy_id=row.pregnancy_id))
            return _referral_view(row, client)

    @staticmethod
    def _check_references(session: Session, record: ReferralIn, pregnancy_id: int) -> None:
        destination = session.get(DestinationRow, record.destination_id)
        if destination is None:
            raise ValidationError.single("destination_id", "Bestemming", "Kies een bestemming uit het adresboek.")
        if record.sender_staff_id is not None and session.get(StaffRow, record.sender_staff_id) is None:
            raise ValidationError.single("sender_staff_id", "Afzender", "Kies een medewerker uit de lijst.")
        if record.assessment_id is not None:
            assessment = session.get(AssessmentRow, record.assessment_id)
            if assessment is None or assessment.pregnancy_id != pregnancy_id:
                raise ValidationError.single("assessment_id", "Signalering",
                                             "Deze signalering hoort niet bij deze zwangerschap.")

    # --- reading ---------------------------------------------------------------------------------
    @operation(Permission.REFERRAL_READ)
    def get(self, actor: Actor, referral_id: int) -> ReferralView:
        with self._work(actor) as uow:
            row = _referral(uow.session, referral_id)
            client = _client_of(uow.session, row)
            uow.audit(AuditEvent(Action.READ, "referral.open", "verwijzing", str(row.id), client_id=client.id,
                                 pregnancy_id=row.pregnancy_id))
            return _referral_view(row, client)

    @operation(Permission.REFERRAL_READ)
    def list(self, actor: Actor, *, pregnancy_id: int | None = None, status: ReferralStatus | None = None,
             include_closed: bool = True, limit: int = 500) -> list[ReferralSummary]:
        """Referrals, newest first (one audit entry per list)."""
        with self._work(actor) as uow:
            stmt = _summary_query()
            if pregnancy_id is not None:
                stmt = stmt.where(ReferralRow.pregnancy_id == pregnancy_id)
            if status is not None:
                stmt = stmt.where(ReferralRow.status == status.value)
            if not include_closed:
                stmt = stmt.where(ReferralRow.status != ReferralStatus.CLOSED.value)
            rows = uow.session.scalars(stmt.order_by(ReferralRow.created_on.desc(), ReferralRow.id.desc())
                                       .limit(max(1, min(limit, 2000)))).all()
            summaries = _summaries(uow.session, rows)
            uow.audit(AuditEvent(Action.READ, "referral.list", "verwijzingen", None,
                                 pregnancy_id=pregnancy_id, detail=f"{len(summaries)} verwijzingen"))
            return summaries

    @operation(Permission.REFERRAL_READ)
    def overdue(self, actor: Actor, *, today: dt.date | None = None) -> list[ReferralSummary]:
        """Sent referrals without feedback after the practice's term (setting, default 14 days), oldest first."""
        today = today or dt.date.today()
        with self._work(actor) as uow:
            days = _overdue_days(uow.session)
            limit = today - dt.timedelta(days=days)
            rows = uow.session.scalars(_summary_query().where(
                ReferralRow.status == ReferralStatus.SENT.value, ReferralRow.sent_on <= limit,
            ).order_by(ReferralRow.sent_on, ReferralRow.id)).all()
            summaries = _summaries(uow.session, rows)
            uow.audit(AuditEvent(Action.READ, "referral.overdue", "verwijzingen", None,
                                 detail=f"{len(summaries)} zonder terugkoppeling na {days} dagen"))
            return summaries

    @operation(Permission.REFERRAL_READ)
    def overdue_days(self, actor: Actor) -> int:
        with self._work(actor) as uow:
            return _overdue_days(uow.session)

    @operation(Permission.REFERRAL_WRITE)
    def set_overdue_days(self, actor: Actor, days: int) -> int:
        """After how many days without feedback a sent referral appears on the worklist (1-120)."""
        if not isinstance(days, int) or not 1 <= days <= 120:
            raise ValidationError.single("overdue_days", "Termijn", "Kies een termijn van 1 tot 120 dagen.")
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, OVERDUE_DAYS_KEY)
            if row is None:
                uow.session.add(SettingRow(key=OVERDUE_DAYS_KEY, value=str(days)))
            else:
                row.value = str(days)
            uow.audit(AuditEvent(Action.UPDATE, "referral.overdue_days", "instelling", OVERDUE_DAYS_KEY,
                                 detail=f"{days} dagen", check_treatment=False))
            return days

    @operation(Permission.REFERRAL_READ)
    def funnel(self, actor: Actor, start: dt.date, end: dt.date) -> Funnel:
        """The period's cohort: pregnancies signalled (potentieel kwetsbaar or higher) in the period, and how
        many of them reached each step of the voluntary route (a meldcode report is not part of it):
        consent asked → consent given → referred (sent) → contact confirmed. Each step counts pregnancies."""
        if end < start:
            raise ValidationError.single("end", "Periode", "Het einde ligt voor het begin.")
        with self._work(actor) as uow:
            s = uow.session
            cohort = select(AssessmentRow.pregnancy_id).where(
                AssessmentRow.assessed_on.between(start, end), AssessmentRow.final_level != "geen").distinct()
            signalled = s.scalar(select(func.count()).select_from(cohort.subquery())) or 0
            voluntary = (ReferralRow.pregnancy_id.in_(cohort), ReferralRow.basis == Basis.CONSENT.value)

            def pregnancies(*conditions: Any, join: Any = None, on: Any = None) -> int:
                stmt = select(func.count(func.distinct(ReferralRow.pregnancy_id))).where(*voluntary, *conditions)
                if join is not None:
                    stmt = stmt.join(join, on)
                return int(s.scalar(stmt) or 0)

            asked = pregnancies(join=ConsentRow, on=ConsentRow.referral_id == ReferralRow.id)
            given = pregnancies(ConsentRow.granted, join=ConsentRow, on=ConsentRow.referral_id == ReferralRow.id)
            referred = pregnancies(ReferralRow.sent_on.is_not(None))
            contact = pregnancies(StatusChangeRow.status == ReferralStatus.CONTACT.value, join=StatusChangeRow,
                                  on=StatusChangeRow.referral_id == ReferralRow.id)
            uow.audit(AuditEvent(Action.READ, "referral.funnel", "telling", None,
                                 detail=f"{format_date(start)} t/m {format_date(end)}", check_treatment=False))
            return Funnel(start, end, int(signalled), asked, given, referred, contact)

    # --- consent ---------------------------------------------------------------------------------
    @operation(Permission.REFERRAL_WRITE)
    def record_consent(self, actor: Actor, referral_id: int, data: Mapping[str, Any]) -> ReferralView:
        """Record the consent conversation (also a refusal: granted False). A new record replaces the previous
        one for new letters; letters made under the old one are reprinted only while the new one covers them."""
        record: ConsentIn = validated(ConsentIn, data)
        with self._work(actor) as uow:
            row = _referral(uow.session, referral_id)
            if row.basis == Basis.MELDCODE.value:
                raise Conflict("Een melding volgens de meldcode heeft een wettelijke grond; "
                               "toestemming wordt daar niet vastgelegd.")
            if record.granted and not any(getattr(record, c) for c in _PART_COLUMNS.values()):
                raise ValidationError.single("parts", "Te delen gegevens",
                                             "Kies welke gegevens de cliënte wil laten delen.")
            consent = ConsentRow(asked_by=actor.display_name,
                                 **{k: getattr(record, k).value if isinstance(getattr(record, k), StrEnum)
                                    else getattr(record, k) for k in ConsentIn.model_fields})
            row.consents.append(consent)
            uow.session.flush()
            client = _client_of(uow.session, row)
            parts = ", ".join(p.value for p in _parts(consent)) or "geen"
            uow.audit(AuditEvent(Action.CREATE, "referral.consent", "toestemming", str(consent.id),
                                 client_id=client.id, pregnancy_id=row.pregnancy_id, check_consent=record.granted,
                                 detail=("gegeven: " + parts) if record.granted else "geweigerd"))
            return _referral_view(row, client)

    @operation(Permission.REFERRAL_WRITE)
    def withdraw_consent(self, actor: Actor, referral_id: int, on_date: dt.date | str,
                         note: str = "") -> ReferralView:
        """She withdraws her consent: no new letter and no reprint from now on. on_date: a date or dd-mm-jjjj."""
        if isinstance(on_date, str):
            try:
                on_date = parse_date(on_date.strip())
            except ValueError:
                raise ValidationError.single("withdrawn_on", "Datum", "Geen geldige datum; gebruik dd-mm-jjjj.") \
                    from None
        if on_date > dt.date.today():
            raise ValidationError.single("withdrawn_on", "Datum", "Deze datum ligt in de toekomst.")
        with self._work(actor) as uow:
            row = _referral(uow.session, referral_id)
            consent = row.consents[-1] if row.consents else None
            if consent is None or not consent.granted or consent.withdrawn_on is not None:
                raise Conflict("Er is geen geldige toestemming om in te trekken.")
            if on_date < consent.asked_on:
                raise ValidationError.single("withdrawn_on", "Datum", "Intrekken kan niet voor de toestemming.")
            consent.withdrawn_on = on_date
            consent.withdrawn_by = actor.display_name
            consent.withdrawal_note = " ".join(note.split())[:2000] or None
            client = _client_of(uow.session, row)
            uow.audit(AuditEvent(Action.UPDATE, "referral.consent_withdrawn", "toestemming", str(consent.id),
                                 client_id=client.id, pregnancy_id=row.pregnancy_id))
            return _referral_view(row, client)

    # --- letters ---------------------------------------------------------------------------------
    @operation(Permission.REFERRAL_WRITE)
    def make_letter(self, actor: Actor, referral_id: int, *, today: dt.date | None = None) -> LetterView:
        """Render the letter with only the consented parts and archive it (PDF bytes and SHA-256)."""
        today = today or dt.date.today()
        with self._work(actor) as uow:
            row = _referral(uow.session, referral_id)
            consent = _covering_consent(row)
            parts = _parts(consent) if consent else tuple(ConsentPart)
            client = _client_of(uow.session, row)
            letter = self._letter_input(uow.session, actor, row, client, consent, parts, today)
            pdf = render_referral_letter(letter)
            archived = LetterRow(pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
                                 parts=",".join(p.value for p in parts), created_by=actor.display_name,
                                 consent_id=consent.id if consent else None)
            row.letters.append(archived)
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE, "referral.letter", "verwijsbrief", str(archived.id),
                                 client_id=client.id, pregnancy_id=row.pregnancy_id, check_consent=consent is not None,
                                 detail=f"delen: {archived.parts}; sha256 {archived.sha256[:16]}"))
            return LetterView(_letter_info(archived), pdf)

    @operation(Permission.REFERRAL_READ)
    def letter(self, actor: Actor, letter_id: int) -> LetterView:
        """The archived letter exactly as produced (viewing; printing or saving goes through release_letter)."""
        with self._work(actor) as uow:
            archived = _letter_row(uow.session, letter_id)
            row = _referral(uow.session, archived.referral_id)
            uow.audit(AuditEvent(Action.READ, "referral.letter_open", "verwijsbrief", str(letter_id),
                                 client_id=_client_of(uow.session, row).id, pregnancy_id=row.pregnancy_id))
            return LetterView(_letter_info(archived), archived.pdf)

    @operation(Permission.REFERRAL_WRITE)
    def release_letter(self, actor: Actor, letter_id: int, purpose: str = "afdrukken") -> bytes:
        """The archived PDF for printing or saving, only while her consent still covers it (logged)."""
        if purpose not in ("afdrukken", "opslaan"):
            raise ValueError(f"unknown purpose {purpose!r}")
        with self._work(actor) as uow:
            archived = _letter_row(uow.session, letter_id)
            row = _referral(uow.session, archived.referral_id)
            consent = _covering_consent(row)
            if consent is not None:
                letter_parts = {ConsentPart(p) for p in archived.parts.split(",") if p}
                if not letter_parts <= set(_parts(consent)):
                    raise Conflict("Deze brief bevat gegevens waarvoor de cliënte nu geen toestemming meer geeft. "
                                   "Maak een nieuwe brief.")
            if hashlib.sha256(archived.pdf).hexdigest() != archived.sha256:
                raise Conflict("De gearchiveerde brief is beschadigd (controlegetal klopt niet).")
            uow.audit(AuditEvent(Action.EXECUTE, f"referral.letter_{'print' if purpose == 'afdrukken' else 'save'}",
                                 "verwijsbrief", str(letter_id), client_id=_client_of(uow.session, row).id,
                                 pregnancy_id=row.pregnancy_id, check_consent=consent is not None,
                                 detail=purpose))
            return archived.pdf

    def _letter_input(self, session: Session, actor: Actor, row: ReferralRow, client: ClientRow,
                      consent: ConsentRow | None, parts: tuple[ConsentPart, ...], today: dt.date) -> ReferralLetter:
        practice = session.get(PracticeRow, PRACTICE_ID)
        if practice is None:
            raise Conflict("De praktijkgegevens ontbreken; vul ze in bij Beheer › Praktijk.")
        destination = row.destination
        if destination is None:
            raise Conflict("De bestemming van deze verwijzing bestaat niet meer; kies een andere.")
        pregnancy = session.get(PregnancyRow, row.pregnancy_id)
        assert pregnancy is not None
        shared = set(parts)
        assessment = session.get(AssessmentRow, row.assessment_id) if row.assessment_id else None
        letter_assessment = None
        protective: tuple[str, ...] | None = None
        if ConsentPart.DOMAINS in shared:
            letter_assessment = _letter_assessment(assessment)
        if ConsentPart.PROTECTIVE in shared:
            protective = tuple(p.label for p in assessment.protective_factors) if assessment else ()
        address = ", ".join(v for v in (client.street, " ".join(
            v for v in (display_postcode(client.postcode), client.city) if v)) if v)
        age = gestational_age(pregnancy.due_date, today) if pregnancy.status == PregnancyStatus.ONGOING.value \
            else None
        return ReferralLetter(
            practice=LetterPractice(name=practice.name, agb_code=practice.agb_code, street=practice.street,
                                    postcode=display_postcode(practice.postcode), city=practice.city,
                                    phone=display_phone(practice.phone) if practice.phone else None,
                                    email=practice.email, logo_png=practice.logo_png),
            addressee=LetterAddressee(name=destination.name, department=destination.department,
                                      street=destination.street, postcode=destination.postcode,
                                      city=destination.city),
            date=format_date(today),
            reference=f"V-{row.created_on.year}-{row.id:04d}",
            subject=f"Verwijzing {DestinationKind(destination.kind).label}" if row.basis == Basis.CONSENT.value
            else "Melding volgens de meldcode huiselijk geweld en kindermishandeling",
            reason=row.reason,
            help_question=row.help_question,
            professionals=row.professionals,
            sender=_sender(session, actor, row),
            basis=row.basis,
            consent_date=format_date(consent.asked_on) if consent else None,
            legal_ground=row.legal_ground,
            client=LetterClient(name=_client_name(client), date_of_birth=format_date(client.date_of_birth),
                                bsn=client.bsn) if ConsentPart.IDENTIFICATION in shared else None,
            contact=LetterContact(address=address or None,
                                  phone=display_phone(client.phone) if client.phone else None, email=client.email,
                                  safe_contact=client.safe_contact, language=client.preferred_language,
                                  interpreter_needed=client.interpreter_needed)
            if ConsentPart.CONTACT in shared else None,
            pregnancy=LetterPregnancy(due_date=format_date(pregnancy.due_date),
                                      gestational_age=str(age) if age else None, gravida=pregnancy.gravida,
                                      para=pregnancy.para) if ConsentPart.PREGNANCY in shared else None,
            assessment=letter_assessment,
            protective_factors=protective,
            notes=row.notes if ConsentPart.NOTES in shared else None,
            shared_parts=tuple(p.label for p in parts),
        )

    # --- follow-up -------------------------------------------------------------------------------
    @operation(Permission.REFERRAL_WRITE)
    def set_status(self, actor: Actor, referral_id: int, data: Mapping[str, Any]) -> ReferralView:
        """Next step: verstuurd (with route), contact gelegd / ontvangen, afgesloten (with outcome)."""
        record: StatusIn = validated(StatusIn, data)
        with self._work(actor) as uow:
            row = _referral(uow.session, referral_id)
            current = ReferralStatus(row.status)
            if record.status not in _NEXT[current]:
                raise ValidationError.single("status", "Status",
                                             f"Van '{current.label}' kan niet naar '{record.status.label}'.")
            if record.on_date < row.status_date:
                raise ValidationError.single("on_date", "Datum",
                                             f"De datum ligt voor de vorige stap ({format_date(row.status_date)}).")
            if record.status is ReferralStatus.SENT:
                if record.via is None:
                    raise ValidationError.single("via", "Verstuurd via", "Kies hoe de verwijzing is verstuurd.")
                _covering_consent(row)
                if record.via is not SendRoute.PHONE and not row.letters:
                    raise ValidationError.single("via", "Verstuurd via", "Maak eerst de brief.")
                row.sent_on, row.sent_via = record.on_date, record.via.value
            if record.status is ReferralStatus.CLOSED:
                if not record.note:
                    raise ValidationError.single("note", "Uitkomst", "Beschrijf de uitkomst.")
                row.outcome = record.note
            row.status, row.status_date = record.status.value, record.on_date
            row.history.append(StatusChangeRow(status=record.status.value, on_date=record.on_date,
                                               via=record.via.value if record.via else None, note=record.note,
                                               changed_by=actor.display_name))
            row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            client = _client_of(uow.session, row)
            uow.audit(AuditEvent(Action.UPDATE, "referral.status", "verwijzing", str(row.id), client_id=client.id,
                                 pregnancy_id=row.pregnancy_id, detail=f"status: {record.status.value}"))
            return _referral_view(row, client)


# --- helpers ------------------------------------------------------------------------------------------


def _pregnancy(session: Session, pregnancy_id: int) -> PregnancyRow:
    row = session.get(PregnancyRow, pregnancy_id, options=[selectinload(PregnancyRow.client)])
    if row is None:
        raise NotFound("Deze zwangerschap bestaat niet (meer).")
    return row


def _assessment(session: Session, pregnancy_id: int, assessment_id: int | None) -> AssessmentRow | None:
    if assessment_id is not None:
        row = session.get(AssessmentRow, assessment_id)
        if row is None or row.pregnancy_id != pregnancy_id:
            raise NotFound("Deze signalering hoort niet bij deze zwangerschap.")
        return row
    return session.scalars(select(AssessmentRow).where(AssessmentRow.pregnancy_id == pregnancy_id)
                           .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc()).limit(1)).first()


def _referral(session: Session, referral_id: int) -> ReferralRow:
    row = session.get(ReferralRow, referral_id)
    if row is None:
        raise NotFound("Deze verwijzing bestaat niet (meer).")
    return row


def _letter_row(session: Session, letter_id: int) -> LetterRow:
    row = session.get(LetterRow, letter_id)
    if row is None:
        raise NotFound("Deze brief bestaat niet (meer).")
    return row


def _client_of(session: Session, row: ReferralRow) -> ClientRow:
    client = session.scalar(select(ClientRow).join(PregnancyRow).where(PregnancyRow.id == row.pregnancy_id))
    assert client is not None
    return client


def _client_name(client: ClientRow) -> str:
    return display_name(client.given_names, client.surname_prefix, client.surname, client.preferred_name)


def _parts(consent: ConsentRow) -> tuple[ConsentPart, ...]:
    return tuple(p for p, column in _PART_COLUMNS.items() if getattr(consent, column))


def _covering_consent(row: ReferralRow) -> ConsentRow | None:
    """The consent gate: the valid consent (None for a meldcode report) or Conflict with the reason."""
    if row.basis == Basis.MELDCODE.value:
        return None
    consent = row.consents[-1] if row.consents else None
    if consent is None:
        raise Conflict("Er is nog geen toestemming van de cliënte vastgelegd. Leg eerst vast wat zij wil "
                       "laten delen.")
    if not consent.granted:
        raise Conflict("De cliënte heeft geen toestemming gegeven; er kan geen brief worden gemaakt.")
    if consent.withdrawn_on is not None:
        raise Conflict(f"De cliënte heeft haar toestemming ingetrokken op {format_date(consent.withdrawn_on)}; "
                       "de brief kan niet meer worden gemaakt, afgedrukt of opgeslagen.")
    return consent


def _letter_assessment(assessment: AssessmentRow | None) -> LetterAssessment:
    from ksdesk.screening.enums import Level

    if assessment is None:
        return LetterAssessment()
    domains: dict[str, list[Any]] = {}
    for item in assessment.items:
        if item.status != "verleden":
            domains.setdefault(item.domain_label, []).append(item)

    def level(code: str | None) -> str | None:
        try:
            return Level(code).label if code else None
        except ValueError:
            return code

    return LetterAssessment(
        domains=tuple(LetterDomain(name, "urgent" if any(i.urgent for i in items) else "aandacht",
                                   tuple(i.label + (" (vermoeden)" if i.status == "vermoeden" else "")
                                         for i in items))
                      for name, items in domains.items()),
        suggested_level=level(assessment.suggested_level), final_level=level(assessment.final_level),
        level_reason=assessment.final_reason,
    )


def _sender(session: Session, actor: Actor, row: ReferralRow) -> LetterSender:
    staff = session.get(StaffRow, row.sender_staff_id) if row.sender_staff_id else None
    if staff is None and actor.user_id is not None:
        user = session.get(UserRow, actor.user_id)
        staff = session.get(StaffRow, user.staff_id) if user and user.staff_id else None
    if staff is None:
        return LetterSender(name=actor.display_name, discipline=record_label(Discipline.MIDWIFE))
    return LetterSender(name=staff.name, discipline=record_label(Discipline(staff.discipline)),
                        agb_code=staff.agb_code)


def _apply_referral(row: ReferralRow, record: ReferralIn) -> None:
    for name in ReferralIn.model_fields:
        value = getattr(record, name)
        setattr(row, name, value.value if isinstance(value, StrEnum) else value)


def _consent_view(row: ConsentRow) -> ConsentView:
    return ConsentView(id=row.id, asked_on=row.asked_on, asked_by=row.asked_by, explained=row.explained,
                       form=ConsentForm(row.form), granted=row.granted, parts=frozenset(_parts(row)),
                       withdrawn_on=row.withdrawn_on, withdrawn_by=row.withdrawn_by,
                       withdrawal_note=row.withdrawal_note)


def _letter_info(row: LetterRow) -> LetterInfo:
    return LetterInfo(id=row.id, sha256=row.sha256, size=len(row.pdf),
                      parts=tuple(ConsentPart(p) for p in row.parts.split(",") if p),
                      created_at=row.created_at, created_by=row.created_by)


def _referral_view(row: ReferralRow, client: ClientRow) -> ReferralView:
    consents = tuple(_consent_view(c) for c in row.consents)
    return ReferralView(
        id=row.id, pregnancy_id=row.pregnancy_id, client_id=client.id, client_name=_client_name(client),
        assessment_id=row.assessment_id,
        destination=_destination_view(row.destination) if row.destination else None,
        basis=Basis(row.basis), legal_ground=row.legal_ground, reason=row.reason, help_question=row.help_question,
        professionals=row.professionals, notes=row.notes, sender_staff_id=row.sender_staff_id,
        status=ReferralStatus(row.status), status_date=row.status_date, sent_on=row.sent_on,
        sent_via=SendRoute(row.sent_via) if row.sent_via else None, outcome=row.outcome,
        created_on=row.created_on, created_by=row.created_by,
        consent=consents[-1] if consents else None, consents=consents,
        history=tuple(StatusChangeView(ReferralStatus(h.status), h.on_date, SendRoute(h.via) if h.via else None,
                                       h.note, h.changed_at, h.changed_by) for h in row.history),
        letters=tuple(_letter_info(x) for x in row.letters),
    )


def _summary_query() -> Any:
    return select(ReferralRow).options(selectinload(ReferralRow.destination), selectinload(ReferralRow.consents))


def _summaries(session: Session, rows: Any) -> list[ReferralSummary]:
    rows = list(rows)
    if not rows:
        return []
    ids = [r.id for r in rows]
    clients = {
        pregnancy_id: client for pregnancy_id, client in session.execute(
            select(PregnancyRow.id, ClientRow).join(ClientRow, ClientRow.id == PregnancyRow.client_id)
            .where(PregnancyRow.id.in_({r.pregnancy_id for r in rows}))).all()
    }
    letters = dict(session.execute(select(LetterRow.referral_id, func.count()).where(
        LetterRow.referral_id.in_(ids)).group_by(LetterRow.referral_id)).all())
    out = []
    for r in rows:
        client = clients[r.pregnancy_id]
        out.append(ReferralSummary(
            id=r.id, client_id=client.id, pregnancy_id=r.pregnancy_id, client_name=_client_name(client),
            destination_name=r.destination.name if r.destination else "(bestemming verwijderd)",
            destination_kind=DestinationKind(r.destination.kind) if r.destination else None,
            basis=Basis(r.basis), status=ReferralStatus(r.status), status_date=r.status_date,
            created_on=r.created_on, sent_on=r.sent_on, sent_via=SendRoute(r.sent_via) if r.sent_via else None,
            consent_state=_consent_state(r), letters=int(letters.get(r.id, 0)),
        ))
    return out


def _consent_state(row: ReferralRow) -> str:
    if row.basis == Basis.MELDCODE.value:
        return "meldcode"
    if not row.consents:
        return "niet gevraagd"
    latest = row.consents[-1]
    if not latest.granted:
        return "geweigerd"
    return "ingetrokken" if latest.withdrawn_on else "gegeven"


def _overdue_days(session: Session) -> int:
    row = session.get(SettingRow, OVERDUE_DAYS_KEY)
    try:
        return int(row.value) if row else DEFAULT_OVERDUE_DAYS
    except ValueError:
        return DEFAULT_OVERDUE_DAYS


