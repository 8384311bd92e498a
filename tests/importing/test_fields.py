"""Guessing the mapping from Dutch and English headers, and turning cells into record input."""

from __future__ import annotations

import pytest

from ksdesk.importing.fields import (
    BY_KEY,
    FIELDS,
    ID_CHECKED,
    ID_CHECKED_VALUE,
    convert,
    fixed_values,
    guess_mapping,
    mapping_problems,
    mapping_warnings,
    normalise_header,
)


def test_dutch_headers_of_a_record_system_export() -> None:
    headers = ["Achternaam", "Tussenvoegsel", "Voornamen", "Roepnaam", "Geb.datum", "BSN", "Postcode", "Woonplaats",
               "Telefoonnummer", "E-mailadres", "À terme datum", "ATD volgens", "G", "P", "Geboortedatum kind",
               "Opmerking"]
    assert guess_mapping(headers) == {
        "Achternaam": "surname", "Tussenvoegsel": "surname_prefix", "Voornamen": "given_names",
        "Roepnaam": "preferred_name", "Geb.datum": "date_of_birth", "BSN": "bsn", "Postcode": "postcode",
        "Woonplaats": "city", "Telefoonnummer": "phone", "E-mailadres": "email", "À terme datum": "due_date",
        "ATD volgens": "due_date_source", "G": "gravida", "P": "para", "Geboortedatum kind": "birth_date",
        "Opmerking": None,
    }


@pytest.mark.parametrize(("header", "field"), [
    ("ATD", "due_date"), ("Uitgerekende datum", "due_date"), ("A terme-datum", "due_date"),
    ("Due date", "due_date"), ("Date of birth", "date_of_birth"), ("DOB", "date_of_birth"),
    ("Last name", "surname"), ("First name", "given_names"), ("Zip code", "postcode"), ("Mobile", "phone"),
    ("Burgerservicenummer", "bsn"), ("Geboortedatum cliënte", "date_of_birth"), ("Intakedatum", "intake_date"),
    ("Partusdatum", "birth_date"), ("Soort identiteitsbewijs", "id_document_type"),
])
def test_single_headers(header: str, field: str) -> None:
    assert guess_mapping([header])[header] == field


def test_a_field_is_guessed_once() -> None:
    guessed = guess_mapping(["Telefoon", "Tel"])
    assert list(guessed.values()).count("phone") == 1


def test_every_field_title_guesses_its_own_field() -> None:
    for f in FIELDS:
        assert guess_mapping([f.title])[f.title] == f.key, f.key


def test_mapping_problems_in_dutch() -> None:
    problems = mapping_problems({"A": "surname", "B": "surname", "C": None})
    assert any("twee kolommen" in p for p in problems)
    assert any("Voornamen" in p and "verplicht" in p for p in problems)
    assert any("Geboortedatum" in p for p in problems)
    assert mapping_problems({"A": "surname", "B": "given_names", "C": "date_of_birth"}) == []


@pytest.mark.parametrize(("key", "cell", "expected"), [
    ("interpreter_needed", "Ja", True), ("interpreter_needed", "n", False), ("interpreter_needed", "X", True),
    ("gravida", "G3", 3), ("gravida", 2.0, 2), ("para", "0", 0),
    ("due_date_source", "Echo", "termijnecho"), ("due_date_source", "Laatste menstruatie", "lm"),
    ("due_date_source", "IVF/ICSI", "ivf"), ("status", "Bevallen", "bevallen"),
    ("status", "Overgedragen naar 2e lijn", "overgedragen_2e_lijn"), ("id_document_type", "ID-kaart",
                                                                       "identiteitskaart"),
    ("phone", 612345678, "0612345678"), ("bsn", 111222333.0, "111222333"), ("surname", "  Smit ", "Smit"),
    ("surname", "", None), ("due_date", None, None),
])
def test_convert(key: str, cell: object, expected: object) -> None:
    assert convert(key, cell) == expected


@pytest.mark.parametrize(("key", "cell", "message"), [
    ("interpreter_needed", "misschien", "ja of nee"), ("gravida", "twee", "heel getal"), ("gravida", 1.5, "heel getal"),
    ("status", "onbekend", "Onbekende waarde"), ("due_date", "gisteren", "Onbekende datum"),
])
def test_convert_refuses_in_dutch(key: str, cell: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        convert(key, cell)


def test_header_normalisation() -> None:
    assert normalise_header("  À terme-datum (ATD) ") == "a terme datum atd"
    assert set(BY_KEY) == {f.key for f in FIELDS}


def test_house_number_without_street_is_allowed_with_a_note() -> None:
    base = {"A": "surname", "B": "given_names", "C": "date_of_birth", "D": "postcode", "E": "house_number"}
    assert mapping_problems(base) == []
    [note] = mapping_warnings(base)
    assert "alleen het huisnummer" in note
    assert mapping_warnings({**base, "F": "street"}) == []
    assert mapping_problems({**base, "E": None, "F": "house_number_suffix"}) == [
        "Koppel ook het huisnummer als je de toevoeging koppelt."]


def test_a_bsn_without_id_document_column_warns_until_the_statement_is_made() -> None:
    base = {"A": "surname", "B": "given_names", "C": "date_of_birth", "D": "bsn"}
    [warning] = mapping_warnings(base)
    assert "geen kolom met het identiteitsbewijs" in warning and "overgeslagen" in warning
    assert mapping_warnings({**base, ID_CHECKED: ID_CHECKED_VALUE}) == []
    assert mapping_warnings({**base, "E": "id_document_type"}) == []
    assert mapping_warnings({**base, "D": None}) == []
    # the statement has exactly one meaning; nothing else can be fixed for the ID document
    assert mapping_problems({**base, ID_CHECKED: "paspoort"}) == ["Onbekende verklaring over de identiteitscontrole."]
    assert fixed_values({**base, ID_CHECKED: ID_CHECKED_VALUE}) == {"id_document_type": "dossiersysteem"}
