"""Domain rules of ksdesk.records, table-driven: identifiers, gestational age, names and the
Dutch message every model gives per field."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from stdnum.nl import bsn as stdnum_bsn

from ksdesk.records.enums import DueDateSource, IdDocumentType, PregnancyStatus
from ksdesk.records.errors import RecordValidationError, validate_record
from ksdesk.records.gestation import (
    TERM_DAYS,
    GestationalAge,
    due_date_from_lmp,
    format_date,
    gestational_age,
    parse_date,
)
from ksdesk.records.identifiers import (
    display_phone,
    is_valid_bsn,
    normalise_agb,
    normalise_bsn,
    normalise_phone,
    normalise_postcode,
)
from ksdesk.records.models import ClientIn, PracticeIn, PregnancyIn, StaffIn
from ksdesk.records.names import display_name, fold, sort_name
from tests.conftest import client_data, pregnancy_data

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)

# Words that only occur in pydantic's English defaults; a Dutch message never contains them.
_ENGLISH = re.compile(r"\b(field|required|input|should|value error|valid|string|integer|must|the|please)\b", re.I)
_DUTCH = re.compile(
    r"\b(een|de|het|geen|vul|is|moet|mag|niet|dit|deze|kies|alleen|te|bevat|verplicht|ongeldige?|bestaat|"
    r"heeft|ligt|datum|gebruik|in|van|bij|tekens|cijfers|aannemelijk|pas|na|klopt|ja|nee|waarde|veld|bestand)\b",
    re.I,
)


def assert_dutch(message: str) -> None:
    """A user-facing message: non-empty, Dutch words, none of pydantic's English defaults."""
    assert message.strip(), "empty message"
    assert not _ENGLISH.search(message), f"English in message: {message!r}"
    assert _DUTCH.search(message), f"not recognisably Dutch: {message!r}"


def fictitious_bsns(count: int, start: int = 200_000_000) -> list[str]:
    """Fictitious numbers that pass the 11-proef (python-stdnum decides), for tables and properties."""
    found: list[str] = []
    candidate = start
    while len(found) < count:
        text = f"{candidate:09d}"
        if stdnum_bsn.is_valid(text):
            found.append(text)
        candidate += 1
    return found


def errors_of(model: type, data: dict[str, object]) -> dict[str, str]:
    with pytest.raises(RecordValidationError) as caught:
        validate_record(model, data)
    for message in caught.value.messages.values():
        assert_dutch(message)
    return caught.value.messages


# --- identifiers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("111222333", "111222333"),
        ("123456782", "123456782"),
        ("1234.56.782", "123456782"),
        (" 123 456 782 ", "123456782"),
        ("12345672", "012345672"),  # an old 8-digit BSN gets its leading zero
        ("012345672", "012345672"),
        *[(b, b) for b in fictitious_bsns(3)],
    ],
)
def test_valid_bsn_is_normalised(raw: str, expected: str) -> None:
    assert normalise_bsn(raw) == expected
    assert is_valid_bsn(raw)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("123456789", "Dit BSN klopt niet (de elfproef faalt)."),
        ("000000000", "Dit BSN klopt niet (de elfproef faalt)."),
        ("00000000", "Dit BSN klopt niet (de elfproef faalt)."),
        ("111222334", "Dit BSN klopt niet (de elfproef faalt)."),
        ("1234567820", "Een BSN heeft 9 cijfers."),
        ("12345678a", "Een BSN bestaat alleen uit cijfers."),
        ("BSN123456782", "Een BSN bestaat alleen uit cijfers."),
    ],
)
def test_invalid_bsn_is_refused_in_dutch(raw: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        normalise_bsn(raw)
    assert not is_valid_bsn(raw)


@pytest.mark.parametrize("raw", ["1000007", "100 0007"])
def test_seven_digit_bsn_is_refused(raw: str) -> None:
    with pytest.raises(ValueError, match=re.escape("Een BSN heeft 9 cijfers.")):
        normalise_bsn(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1234ab", "1234AB"), ("1234 AB", "1234AB"), ("6211 ab", "6211AB"), (" 9999zz ", "9999ZZ"), ("1000AA", "1000AA")],
)
def test_postcode_is_normalised(raw: str, expected: str) -> None:
    assert normalise_postcode(raw) == expected


@pytest.mark.parametrize(
    "raw", ["1234SA", "1234 sd", "1234ss", "0123AB", "123AB", "12345AB", "1234A", "ABCD12", "", "1234-ABC"]
)
def test_invalid_postcode_is_refused(raw: str) -> None:
    with pytest.raises(ValueError, match=re.escape("Geen geldige postcode; gebruik de vorm 1234 AB.")):
        normalise_postcode(raw)


@pytest.mark.parametrize(
    ("raw", "e164", "shown"),
    [
        ("06 12345678", "+31612345678", "06 12345678"),
        ("0612345678", "+31612345678", "06 12345678"),
        ("0031612345678", "+31612345678", "06 12345678"),
        ("+31 6 1234 5678", "+31612345678", "06 12345678"),
        ("043 350 1234", "+31433501234", "043 350 1234"),
        ("020-1234567", "+31201234567", "020 123 4567"),
        ("+32 470 12 34 56", "+32470123456", "+32 470 12 34 56"),  # foreign: international format
    ],
)
def test_phone_is_stored_e164_and_shown_nationally(raw: str, e164: str, shown: str) -> None:
    assert normalise_phone(raw) == e164
    assert display_phone(e164) == shown


@pytest.mark.parametrize("raw", ["12345", "06 1234", "telefoon", "+31 6 1234 5678 9999", "0000000000"])
def test_invalid_phone_is_refused(raw: str) -> None:
    with pytest.raises(ValueError, match=re.escape("Geen geldig telefoonnummer.")):
        normalise_phone(raw)


@pytest.mark.parametrize("empty", [None, ""])
def test_display_of_no_phone_is_empty(empty: str | None) -> None:
    assert display_phone(empty) == ""


@pytest.mark.parametrize(("raw", "expected"), [("03012345", "03012345"), ("03-012345", "03012345"),
                                                ("03 01 23 45", "03012345"), ("03.012.345", "03012345")])
def test_agb_code_is_eight_digits(raw: str, expected: str) -> None:
    assert normalise_agb(raw) == expected


@pytest.mark.parametrize("raw", ["0301234", "030123456", "0301234a", "", "AGB12345"])
def test_invalid_agb_code_is_refused(raw: str) -> None:
    with pytest.raises(ValueError, match=re.escape("Een AGB-code bestaat uit 8 cijfers.")):
        normalise_agb(raw)


# --- gestational age -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_before_due", "shown"),
    [(0, "40+0"), (280 - (24 * 7 + 3), "24+3"), (280, "0+0"), (279, "0+1"), (-14, "42+0"), (280 - 7 * 12, "12+0")],
)
def test_gestational_age_is_weeks_plus_days(days_before_due: int, shown: str) -> None:
    due = dt.date(2027, 4, 1)
    age = gestational_age(due, due - dt.timedelta(days=days_before_due))
    assert age is not None
    assert str(age) == shown
    assert age.weeks * 7 + age.days == TERM_DAYS - days_before_due


def test_gestational_age_before_the_last_period_is_none() -> None:
    due = dt.date(2027, 4, 1)
    assert gestational_age(due, due - dt.timedelta(days=TERM_DAYS + 1)) is None


def test_due_date_is_last_period_plus_280_days() -> None:
    lmp = dt.date(2026, 6, 25)
    due = due_date_from_lmp(lmp)
    assert due == dt.date(2027, 4, 1)
    assert (due - lmp).days == 280
    assert gestational_age(due, lmp) == GestationalAge(0)
    assert gestational_age(due, due) == GestationalAge(280)
    # across a leap day the rule still counts days, not months
    assert due_date_from_lmp(dt.date(2027, 12, 1)) == dt.date(2028, 9, 6)


def test_gestational_ages_order_by_days() -> None:
    assert GestationalAge(170) < GestationalAge(171)
    assert max(GestationalAge(10), GestationalAge(200)).weeks == 28


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05-03-2026", dt.date(2026, 3, 5)),
        ("5-3-2026", dt.date(2026, 3, 5)),
        ("2026-03-05", dt.date(2026, 3, 5)),
        ("5/3/2026", dt.date(2026, 3, 5)),
        ("05.03.2026", dt.date(2026, 3, 5)),
        (" 29-02-2028 ", dt.date(2028, 2, 29)),
        ("31-12-1999", dt.date(1999, 12, 31)),
    ],
)
def test_parse_date_accepts_dutch_and_iso_forms(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["31-02-2026", "29-02-2027", "2026-13-01", "00-01-2026", "32-01-2026", "05-03-26", "5 maart 2026", "", "abc",
     "05-03-2026-01", "2026/3", "-5-3-2026", "05-03-20266"],
)
def test_parse_date_refuses_invalid_dates_in_dutch(text: str) -> None:
    with pytest.raises(ValueError, match=re.escape("Geen geldige datum; gebruik dd-mm-jjjj.")):
        parse_date(text)


def test_format_date_is_dd_mm_jjjj() -> None:
    assert format_date(dt.date(2026, 3, 5)) == "05-03-2026"
    assert format_date(None) == ""
    assert parse_date(format_date(dt.date(2031, 11, 9))) == dt.date(2031, 11, 9)


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "prefix", "surname", "preferred", "shown"),
    [
        ("Anouk Maria", "de", "Vries", None, "Anouk de Vries"),
        ("Anouk Maria", "de", "Vries", "Nouk", "Nouk de Vries"),
        ("Fatima", None, "El Amrani", None, "Fatima El Amrani"),
        ("Johanna Petronella", "van den", "Berg", "Joke", "Joke van den Berg"),
        ("Sanne", "", "Jansen", "", "Sanne Jansen"),
    ],
)
def test_display_name(given: str, prefix: str | None, surname: str, preferred: str | None, shown: str) -> None:
    assert display_name(given, prefix, surname, preferred) == shown


def test_sort_key_puts_the_tussenvoegsel_after_the_surname() -> None:
    key = sort_name("de", "Vries", "Anouk Maria")
    assert key.startswith("vries")
    people = {
        "Anouk de Vries": sort_name("de", "Vries", "Anouk"),
        "Joke van den Berg": sort_name("van den", "Berg", "Joke"),
        "Sanne Dekker": sort_name(None, "Dekker", "Sanne"),
        "Eva Willems": sort_name(None, "Willems", "Eva"),
        "Ümit Özdemir": sort_name(None, "Özdemir", "Ümit"),
    }
    ordered = [name for name, _ in sorted(people.items(), key=lambda item: item[1])]
    # under B, D, O, V, W: "de Vries" sorts under V, not under D; "Ö" sorts with "O"
    assert ordered == ["Joke van den Berg", "Sanne Dekker", "Ümit Özdemir", "Anouk de Vries", "Eva Willems"]


@pytest.mark.parametrize(("text", "folded"), [("Ümit", "umit"), ("ÉLODIE", "elodie"), ("Straße", "strasse"),
                                              ("Çelik", "celik")])
def test_fold_ignores_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


# --- the models' Dutch messages, per field ---------------------------------------------------------


def test_valid_client_is_normalised() -> None:
    record = validate_record(ClientIn, client_data(postcode="6211ab", email="Anouk@Example.NL", bsn="12345672"))
    assert record.postcode == "6211AB"
    assert record.phone == "+31612345678"
    assert record.email == "anouk@example.nl"
    assert record.bsn == "012345672"
    assert record.date_of_birth == dt.date(1994, 3, 12)
    assert record.id_document_type is IdDocumentType.PASSPORT
    assert record.id_document_number == "NX12AB345"


def test_client_without_bsn_but_with_reason_is_valid() -> None:
    record = validate_record(ClientIn, client_data(bsn="", bsn_missing_reason="Nog niet ingeschreven in de BRP",
                                                   id_document_type="geen", id_document_number=""))
    assert record.bsn is None
    assert record.id_document_number is None


CLIENT_CASES = [
    # (overrides, field, exact Dutch message or None when only "Dutch" is checked)
    ({"surname": ""}, "surname", "Verplicht veld."),
    ({"surname": "   "}, "surname", "Verplicht veld."),
    ({"given_names": None}, "given_names", None),
    ({"surname": "x" * 201}, "surname", "Te lang (maximaal 200 tekens)."),
    ({"surname": "de\x00Vries"}, "surname", "Bevat ongeldige (onzichtbare) tekens."),
    ({"date_of_birth": ""}, "date_of_birth", None),
    ({"date_of_birth": "31-02-1994"}, "date_of_birth", "Geen geldige datum; gebruik dd-mm-jjjj."),
    ({"date_of_birth": format_date(TOMORROW)}, "date_of_birth", "Deze datum ligt in de toekomst."),
    ({"date_of_birth": "01-01-1930"}, "date_of_birth", "Deze geboortedatum is niet aannemelijk."),
    ({"bsn": "123456789"}, "bsn", "Dit BSN klopt niet (de elfproef faalt)."),
    ({"bsn": "000000000"}, "bsn", "Dit BSN klopt niet (de elfproef faalt)."),
    ({"id_document_type": "geen", "id_document_number": ""}, "id_document_type",
     "Registreer het BSN pas na controle van een identiteitsbewijs."),
    ({"bsn": "", "bsn_missing_reason": ""}, "bsn_missing_reason", "Geef een reden als er geen BSN is."),
    ({"id_document_number": ""}, "id_document_number", "Vul het documentnummer in."),
    ({"id_document_number": "X!"}, "id_document_number", "Alleen letters en cijfers (3 tot 30)."),
    ({"id_document_type": "rijbewijsje"}, "id_document_type", "Kies een waarde uit de lijst."),
    ({"bsn": "", "bsn_missing_reason": "Onbekend", "id_document_type": "geen"}, "id_document_type",
     "Kies het soort document bij dit nummer."),
    ({"postcode": "1234SA"}, "postcode", "Geen geldige postcode; gebruik de vorm 1234 AB."),
    ({"phone": "12345"}, "phone", "Geen geldig telefoonnummer."),
    ({"phone_alt": "telefoon"}, "phone_alt", "Geen geldig telefoonnummer."),
    ({"email": "anouk@"}, "email", "Geen geldig e-mailadres."),
    ({"email": "anouk de vries@example.nl"}, "email", "Geen geldig e-mailadres."),
    ({"email": "anouk.example.nl"}, "email", "Geen geldig e-mailadres."),
    ({"preferred_language": ""}, "preferred_language", "Verplicht veld."),
    ({"interpreter_needed": "misschien"}, "interpreter_needed", "Kies ja of nee."),
    ({"safe_contact": "bel\x07niet"}, "safe_contact", "Bevat ongeldige (onzichtbare) tekens."),
    ({"favourite_colour": "blauw"}, "favourite_colour", "Onbekend veld."),
]


@pytest.mark.parametrize(("overrides", "field", "message"), CLIENT_CASES)
def test_client_messages_per_field(overrides: dict[str, object], field: str, message: str | None) -> None:
    messages = errors_of(ClientIn, client_data(**overrides))
    assert field in messages, messages
    if message is not None:
        assert messages[field] == message


def test_client_summary_names_the_fields_in_dutch() -> None:
    with pytest.raises(RecordValidationError) as caught:
        validate_record(ClientIn, client_data(surname="", email="x"))
    assert "Achternaam: Verplicht veld." in caught.value.summary()
    assert "E-mail: Geen geldig e-mailadres." in caught.value.summary()
    assert caught.value.titles["surname"] == "Achternaam"


def test_empty_client_reports_every_required_field() -> None:
    messages = errors_of(ClientIn, {})
    assert set(messages) >= {"given_names", "surname", "date_of_birth"}


def test_safe_contact_keeps_newlines_and_tabs() -> None:
    record = validate_record(ClientIn, client_data(safe_contact="Bel zus:\r\n\t06 87654321"))
    assert record.safe_contact == "Bel zus:\n\t06 87654321"


def test_valid_pregnancy() -> None:
    record = validate_record(PregnancyIn, pregnancy_data(due_date="2027-04-01", gravida="2", para="1"))
    assert record.due_date == dt.date(2027, 4, 1)
    assert record.due_date_source is DueDateSource.LMP
    assert (record.gravida, record.para) == (2, 1)
    assert record.status is PregnancyStatus.ONGOING


def test_delivered_pregnancy_is_valid() -> None:
    birth = TODAY - dt.timedelta(days=10)
    record = validate_record(PregnancyIn, pregnancy_data(
        due_date=format_date(birth + dt.timedelta(days=5)), status="bevallen", status_date=format_date(birth),
        birth_date=format_date(birth)))
    assert record.birth_date == birth


PAST = TODAY - dt.timedelta(days=30)

PREGNANCY_CASES = [
    ({"due_date": ""}, "due_date", None),
    ({"due_date": "1-1-1800"}, "due_date", "Deze datum is niet aannemelijk."),
    ({"due_date": "32-13-2027"}, "due_date", "Geen geldige datum; gebruik dd-mm-jjjj."),
    ({"gravida": 1, "para": 1}, "para", "Para moet kleiner zijn dan gravida."),
    ({"gravida": 2, "para": 3}, "para", "Para moet kleiner zijn dan gravida."),
    ({"gravida": 0}, "gravida", "Moet minstens 1 zijn."),
    ({"gravida": 26, "para": 0}, "gravida", "Mag hoogstens 25 zijn."),
    ({"gravida": "twee"}, "gravida", "Vul een heel getal in."),
    ({"para": -1}, "para", "Moet minstens 0 zijn."),
    ({"due_date_source": "gok"}, "due_date_source", "Kies een waarde uit de lijst."),
    ({"status": "bevallen", "status_date": format_date(PAST)}, "birth_date", "Vul de geboortedatum van het kind in."),
    ({"status": "miskraam"}, "status_date", "Vul de datum van deze status in."),
    ({"status": "verhuisd", "status_date": format_date(TOMORROW)}, "status_date", "Deze datum ligt in de toekomst."),
    ({"birth_date": format_date(PAST)}, "birth_date", "Alleen in te vullen als de status 'Bevallen' is."),
    ({"due_date": format_date(PAST + dt.timedelta(days=200)), "status": "bevallen",
      "status_date": format_date(PAST), "birth_date": format_date(PAST)}, "birth_date",
     "Past niet bij de à terme datum."),
    ({"wants_centering": "graag"}, "wants_centering", "Kies ja of nee."),
    ({"intake_date": "gisteren"}, "intake_date", "Geen geldige datum; gebruik dd-mm-jjjj."),
]


@pytest.mark.parametrize(("overrides", "field", "message"), PREGNANCY_CASES)
def test_pregnancy_messages_per_field(overrides: dict[str, object], field: str, message: str | None) -> None:
    messages = errors_of(PregnancyIn, pregnancy_data(**overrides))
    assert field in messages, messages
    if message is not None:
        assert messages[field] == message


def test_birth_date_in_future_is_reported_on_birth_date() -> None:
    messages = errors_of(PregnancyIn, pregnancy_data(
        due_date=format_date(TODAY), status="bevallen", status_date=format_date(TODAY),
        birth_date=format_date(TOMORROW)))
    assert messages == {"birth_date": "Deze datum ligt in de toekomst."}


def test_birth_date_in_future_is_refused() -> None:
    """A future birth date is refused in Dutch."""
    messages = errors_of(PregnancyIn, pregnancy_data(
        due_date=format_date(TODAY), status="bevallen", status_date=format_date(TODAY),
        birth_date=format_date(TOMORROW)))
    assert "Deze datum ligt in de toekomst." in messages.values()


PRACTICE = {"name": "Verloskundigenpraktijk Fictief", "agb_code": "03012345"}

PRACTICE_CASES = [
    ({"name": ""}, "name", "Verplicht veld."),
    ({"agb_code": "1234"}, "agb_code", "Een AGB-code bestaat uit 8 cijfers."),
    ({"postcode": "1234SS"}, "postcode", "Geen geldige postcode; gebruik de vorm 1234 AB."),
    ({"phone": "0"}, "phone", "Geen geldig telefoonnummer."),
    ({"email": "info@praktijk"}, "email", "Geen geldig e-mailadres."),
    ({"centering_weekday": 7}, "centering_weekday", "Mag hoogstens 6 zijn."),
    ({"centering_time": "25:00"}, "centering_time", "Geen geldige tijd; gebruik uu:mm."),
    ({"logo_png": b"x" * 2_000_001}, "logo_png", "Bestand te groot."),
]


def test_valid_practice() -> None:
    record = validate_record(PracticeIn, {**PRACTICE, "agb_code": "03-012345", "postcode": "6211ab",
                                          "email": "Info@Praktijk.NL", "centering_time": "09:30"})
    assert record.agb_code == "03012345"
    assert record.postcode == "6211AB"
    assert record.email == "info@praktijk.nl"
    assert record.centering_time == dt.time(9, 30)


@pytest.mark.parametrize(("overrides", "field", "message"), PRACTICE_CASES)
def test_practice_messages_per_field(overrides: dict[str, object], field: str, message: str) -> None:
    messages = errors_of(PracticeIn, {**PRACTICE, **overrides})
    assert messages.get(field) == message, messages


STAFF = {"name": "Mila Fictief", "discipline": "verloskundige"}

STAFF_CASES = [
    ({"name": ""}, "name", "Verplicht veld."),
    ({"discipline": "chirurg"}, "discipline", "Kies een waarde uit de lijst."),
    ({"agb_code": "12"}, "agb_code", "Een AGB-code bestaat uit 8 cijfers."),
    ({"centering_trained": True, "centering_trained_on": format_date(TOMORROW)}, "centering_trained_on",
     "Deze datum ligt in de toekomst."),
    ({"centering_trained_on": format_date(PAST)}, "centering_trained_on",
     "Alleen in te vullen als de training is gevolgd."),
    ({"active": "soms"}, "active", "Kies ja of nee."),
]


def test_valid_staff() -> None:
    record = validate_record(StaffIn, {**STAFF, "agb_code": "01 234567", "centering_trained": True,
                                       "centering_trained_on": format_date(PAST)})
    assert record.agb_code == "01234567"
    assert record.centering_trained_on == PAST


@pytest.mark.parametrize(("overrides", "field", "message"), STAFF_CASES)
def test_staff_messages_per_field(overrides: dict[str, object], field: str, message: str) -> None:
    messages = errors_of(StaffIn, {**STAFF, **overrides})
    assert messages.get(field) == message, messages


def test_every_model_field_has_a_dutch_title() -> None:
    for model in (PracticeIn, StaffIn, ClientIn, PregnancyIn):
        for name, info in model.model_fields.items():
            assert info.title, f"{model.__name__}.{name} has no title"
            assert info.title != name
