"""Pydantic models for what users enter: practice, staff member, client and pregnancy.

Every field has a Dutch title (used in messages) and every rule lives here, so the UI, the CLI, the
importer and the services all refuse the same bad input with the same Dutch message.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from ksdesk.records.enums import Discipline, DueDateSource, IdDocumentType, PregnancyStatus
from ksdesk.records.gestation import parse_date
from ksdesk.records.identifiers import (
    normalise_agb,
    normalise_bsn,
    normalise_phone,
    normalise_postcode,
)

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# control, surrogate, private-use, unassigned and format characters (bidi overrides and zero-width
# characters can make a name look like another one in lists and letters)
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def _clean_line(value: object) -> object:
    """Strip a one-line text; refuse control and unassigned characters (they break storage and letters)."""
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFC", value).strip()
    if any(unicodedata.category(ch) in _FORBIDDEN_CATEGORIES for ch in text):
        raise ValueError("Bevat ongeldige (onzichtbare) tekens.")
    return text


def _clean_text(value: object) -> object:
    """Like _clean_line, but a multi-line text may hold newlines and tabs."""
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFC", value).strip().replace("\r\n", "\n")
    if any(unicodedata.category(ch) in _FORBIDDEN_CATEGORIES and ch not in "\n\t" for ch in text):
        raise ValueError("Bevat ongeldige (onzichtbare) tekens.")
    return text


def _empty_to_none(value: object) -> object:
    value = _clean_line(value)
    return None if value == "" else value


def _empty_text_to_none(value: object) -> object:
    value = _clean_text(value)
    return None if value == "" else value


def _date_text(value: object) -> object:
    """Accept dd-mm-jjjj (and jjjj-mm-dd) text as a date; empty text means no date."""
    if isinstance(value, str):
        text = _clean_line(value)
        if text == "":
            return None
        return parse_date(str(text))
    return value


def _email_text(value: object) -> object:
    """Lower-case before the length check: lower-casing can lengthen text ("İ" → "i̇")."""
    value = _empty_to_none(value)
    return value.lower() if isinstance(value, str) else value


def _email(value: str | None) -> str | None:
    if value is not None and not _EMAIL_RE.match(value):
        raise ValueError("Geen geldig e-mailadres.")
    return value


def _phone(value: str | None) -> str | None:
    return normalise_phone(value) if value else None


def _postcode(value: str | None) -> str | None:
    return normalise_postcode(value) if value else None


def _not_in_future(value: dt.date | None) -> dt.date | None:
    if value is not None and value > dt.date.today():
        raise ValueError("Deze datum ligt in de toekomst.")
    return value


def _plausible_date(value: dt.date | None) -> dt.date | None:
    if value is not None and not (dt.date(1900, 1, 1) <= value <= dt.date(2200, 12, 31)):
        raise ValueError("Deze datum is niet aannemelijk.")
    return value


def _short(max_length: int) -> type[str]:
    return Annotated[str, StringConstraints(max_length=max_length)]  # type: ignore[return-value]


RequiredLine = Annotated[str, BeforeValidator(_clean_line), StringConstraints(min_length=1, max_length=200)]
OptionalLine = Annotated[_short(200) | None, BeforeValidator(_empty_to_none)]
OptionalText = Annotated[_short(4000) | None, BeforeValidator(_empty_text_to_none)]
Email = Annotated[_short(200) | None, BeforeValidator(_email_text), AfterValidator(_email)]
Phone = Annotated[_short(40) | None, BeforeValidator(_empty_to_none), AfterValidator(_phone)]
Postcode = Annotated[_short(10) | None, BeforeValidator(_empty_to_none), AfterValidator(_postcode)]
PlausibleDate = Annotated[dt.date, BeforeValidator(_date_text), AfterValidator(_plausible_date)]
OptionalDate = Annotated[dt.date | None, BeforeValidator(_date_text), AfterValidator(_plausible_date)]

_MODEL_CONFIG = ConfigDict(extra="forbid", str_strip_whitespace=False, validate_default=True)


class PracticeIn(BaseModel):
    """The practice's own details (letterhead, monitor export)."""

    model_config = _MODEL_CONFIG

    name: RequiredLine = Field(title="Naam praktijk")
    agb_code: Annotated[_short(20), BeforeValidator(_clean_line), AfterValidator(normalise_agb)] = Field(
        title="AGB-code"
    )
    street: OptionalLine = Field(default=None, title="Straat en huisnummer")
    postcode: Postcode = Field(default=None, title="Postcode")
    city: OptionalLine = Field(default=None, title="Plaats")
    phone: Phone = Field(default=None, title="Telefoon")
    email: Email = Field(default=None, title="E-mail")
    logo_png: bytes | None = Field(default=None, title="Logo", max_length=2_000_000)
    centering_weekday: int = Field(default=1, ge=0, le=6, title="Centering-dag")
    centering_time: dt.time = Field(default=dt.time(10, 0), title="Centering-tijd")


    @field_validator("logo_png")
    @classmethod
    def _logo_is_png(cls, value: bytes | None) -> bytes | None:
        if value is not None and not value.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValueError("Het logo moet een afbeelding (PNG) zijn.")
        return value or None


class StaffIn(BaseModel):
    """A member of staff (facilitators, senders of letters)."""

    model_config = _MODEL_CONFIG

    name: RequiredLine = Field(title="Naam")
    discipline: Discipline = Field(title="Discipline")
    agb_code: Annotated[_short(20) | None, BeforeValidator(_empty_to_none)] = Field(default=None, title="AGB-code")
    centering_trained: bool = Field(default=False, title="Centering-getraind")
    centering_trained_on: OptionalDate = Field(default=None, title="Datum Centering-training")
    active: bool = Field(default=True, title="Actief")

    @field_validator("agb_code")
    @classmethod
    def _agb(cls, value: str | None) -> str | None:
        return normalise_agb(value) if value else None

    @field_validator("centering_trained_on")
    @classmethod
    def _trained_not_future(cls, value: dt.date | None) -> dt.date | None:
        return _not_in_future(value)

    @model_validator(mode="after")
    def _training_date_needs_training(self) -> Self:
        if self.centering_trained_on is not None and not self.centering_trained:
            raise _field_error("centering_trained_on", "Alleen in te vullen als de training is gevolgd.")
        return self


class ClientIn(BaseModel):
    """Identification and contact details of a client (cliënte)."""

    model_config = _MODEL_CONFIG

    given_names: RequiredLine = Field(title="Voornamen")
    surname_prefix: Annotated[_short(20) | None, BeforeValidator(_empty_to_none)] = Field(
        default=None, title="Tussenvoegsel"
    )
    surname: RequiredLine = Field(title="Achternaam")
    preferred_name: OptionalLine = Field(default=None, title="Roepnaam")
    date_of_birth: PlausibleDate = Field(title="Geboortedatum")
    bsn: Annotated[_short(20) | None, BeforeValidator(_empty_to_none)] = Field(default=None, title="BSN")
    bsn_missing_reason: OptionalLine = Field(default=None, title="Reden geen BSN")
    id_document_type: IdDocumentType = Field(default=IdDocumentType.NONE, title="Identiteitsbewijs")
    id_document_number: Annotated[_short(30) | None, BeforeValidator(_empty_to_none)] = Field(
        default=None, title="Documentnummer"
    )
    street: OptionalLine = Field(default=None, title="Straat en huisnummer")
    postcode: Postcode = Field(default=None, title="Postcode")
    city: OptionalLine = Field(default=None, title="Woonplaats")
    municipality: OptionalLine = Field(default=None, title="Gemeente")
    phone: Phone = Field(default=None, title="Telefoon")
    phone_alt: Phone = Field(default=None, title="Telefoon 2")
    email: Email = Field(default=None, title="E-mail")
    preferred_language: Annotated[str, BeforeValidator(_clean_line), StringConstraints(min_length=1, max_length=60)] = (
        Field(default="Nederlands", title="Voorkeurstaal")
    )
    interpreter_needed: bool = Field(default=False, title="Tolk nodig")
    safe_contact: OptionalText = Field(default=None, title="Veilig contact")

    @field_validator("bsn")
    @classmethod
    def _bsn(cls, value: str | None) -> str | None:
        return normalise_bsn(value) if value else None

    @field_validator("date_of_birth")
    @classmethod
    def _dob(cls, value: dt.date) -> dt.date:
        _not_in_future(value)
        if value.year < 1940:
            raise ValueError("Deze geboortedatum is niet aannemelijk.")
        return value

    @field_validator("id_document_number")
    @classmethod
    def _doc_number(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9 -]{3,30}", value):
            raise ValueError("Alleen letters en cijfers (3 tot 30).")
        return value.upper().replace(" ", "") if value else value

    @model_validator(mode="after")
    def _cross_field(self) -> Self:
        if self.bsn is None and not self.bsn_missing_reason:
            raise _field_error("bsn_missing_reason", "Geef een reden als er geen BSN is.")
        if self.bsn is not None and self.id_document_type is IdDocumentType.NONE:
            raise _field_error("id_document_type", "Registreer het BSN pas na controle van een identiteitsbewijs.")
        if self.id_document_type not in (IdDocumentType.NONE, IdDocumentType.RECORD_SYSTEM) \
                and not self.id_document_number:
            raise _field_error("id_document_number", "Vul het documentnummer in.")
        if self.id_document_type is IdDocumentType.NONE and self.id_document_number:
            raise _field_error("id_document_type", "Kies het soort document bij dit nummer.")
        return self


class PregnancyIn(BaseModel):
    """One pregnancy of a client; a client has several over the years."""

    model_config = _MODEL_CONFIG

    due_date: PlausibleDate = Field(title="À terme datum")
    due_date_source: DueDateSource = Field(default=DueDateSource.LMP, title="Bron à terme datum")
    gravida: int = Field(default=1, ge=1, le=25, title="Gravida")
    para: int = Field(default=0, ge=0, le=25, title="Para")
    status: PregnancyStatus = Field(default=PregnancyStatus.ONGOING, title="Status")
    status_date: OptionalDate = Field(default=None, title="Statusdatum")
    birth_date: OptionalDate = Field(default=None, title="Geboortedatum kind")
    intake_date: OptionalDate = Field(default=None, title="Intakedatum")
    wants_centering: bool = Field(default=False, title="Wil Centering")

    @model_validator(mode="after")
    def _cross_field(self) -> Self:
        if self.para >= self.gravida:
            raise _field_error("para", "Para moet kleiner zijn dan gravida.")
        if self.status is not PregnancyStatus.ONGOING and self.status_date is None:
            raise _field_error("status_date", "Vul de datum van deze status in.")
        if self.status is PregnancyStatus.DELIVERED and self.birth_date is None:
            raise _field_error("birth_date", "Vul de geboortedatum van het kind in.")
        if self.birth_date is not None:
            if self.birth_date > dt.date.today():
                raise _field_error("birth_date", "Deze datum ligt in de toekomst.")
            if self.status is not PregnancyStatus.DELIVERED:
                raise _field_error("birth_date", "Alleen in te vullen als de status 'Bevallen' is.")
            if not (-140 <= (self.birth_date - self.due_date).days <= 28):
                raise _field_error("birth_date", "Past niet bij de à terme datum.")
        if self.status_date is not None and self.status_date > dt.date.today():
            raise _field_error("status_date", "Deze datum ligt in de toekomst.")
        return self


class FieldError(ValueError):
    """A cross-field rule broken on one named field (turned into a per-field message)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _field_error(field: str, message: str) -> FieldError:
    return FieldError(field, message)


FIELD_TITLES: dict[str, dict[str, str]] = {
    model.__name__: {name: (info.title or name) for name, info in model.model_fields.items()}
    for model in (PracticeIn, StaffIn, ClientIn, PregnancyIn)
}
