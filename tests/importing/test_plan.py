"""The plan: every kind of bad row with its Dutch reason, matching, updates and conflicts (pure, no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from ksdesk.importing.fields import guess_mapping
from ksdesk.importing.plan import (
    Existing,
    ExistingClient,
    ExistingPregnancy,
    Outcome,
    plan_import,
    prepare_rows,
    record_values,
    split_surname,
)
from ksdesk.importing.reading import SourceTable
from ksdesk.importing.report import report_csv
from ksdesk.records.enums import IdDocumentType
from ksdesk.records.models import ClientIn, PregnancyIn

HEADERS = ["Achternaam", "Voornamen", "Geboortedatum", "BSN", "Soort ID", "Documentnummer", "Reden geen BSN",
           "Postcode", "Telefoon", "ATD", "Status", "Gravida", "Para"]
DUE = (dt.date.today() + dt.timedelta(days=100)).strftime("%d-%m-%Y")


def row(**changes: str) -> list[str]:
    values = {"Achternaam": "de Vries", "Voornamen": "Anouk", "Geboortedatum": "12-03-1994", "BSN": "111222333",
              "Soort ID": "paspoort", "Documentnummer": "NX12AB345", "Reden geen BSN": "", "Postcode": "6211 AB",
              "Telefoon": "06 12345678", "ATD": DUE, "Status": "", "Gravida": "2", "Para": "1"}
    values.update({k.replace("_", " "): v for k, v in changes.items()})
    return [values[h] for h in HEADERS]


def plan(rows: list[list[str]], existing: Existing | None = None, headers: list[str] = HEADERS):  # type: ignore[no-untyped-def]
    table = SourceTable("export.csv", headers, rows)  # type: ignore[arg-type]
    return plan_import(table.name, prepare_rows(table, guess_mapping(headers)), existing or Existing())


def stored(**changes: object) -> ExistingClient:
    data = {"given_names": "Anouk", "surname_prefix": "de", "surname": "Vries", "date_of_birth": "12-03-1994",
            "bsn": "111222333", "id_document_type": "paspoort", "id_document_number": "NX12AB345",
            "postcode": "6211AB"}
    data.update(changes)
    client = ClientIn.model_validate(data)
    pregnancy = PregnancyIn.model_validate({"due_date": DUE, "gravida": 2, "para": 1})
    return ExistingClient(7, record_values(client), [ExistingPregnancy(70, record_values(pregnancy))])


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"BSN": "123456789"}, "bsn", "elfproef"),
    ({"BSN": "12345"}, "bsn", "9 cijfers"),
    ({"Geboortedatum": "31-02-1994"}, "date_of_birth", "Onbekende datum"),
    ({"Geboortedatum": ""}, "date_of_birth", "Verplicht veld"),
    ({"Geboortedatum": "01-01-2030"}, "date_of_birth", "toekomst"),
    ({"Postcode": "62111 A"}, "postcode", "postcode"),
    ({"Achternaam": ""}, "surname", "Verplicht veld"),
    ({"Voornamen": "An\u202eouk"}, "given_names", "onzichtbare"),
    ({"Telefoon": "12"}, "phone", "telefoonnummer"),
    ({"ATD": "morgen"}, "due_date", "Onbekende datum"),
    ({"ATD": "", "Gravida": "2"}, "due_date", "Verplicht veld"),
    ({"Gravida": "1", "Para": "1"}, "para", "kleiner"),
    ({"Status": "zoek"}, "status", "Onbekende waarde"),
    ({"Status": "bevallen"}, "status_date", "datum van deze status"),
    ({"BSN": "", "Soort ID": "", "Documentnummer": ""}, "bsn_missing_reason", "reden"),
    ({"Soort ID": ""}, "id_document_type", "identiteitsbewijs"),
    ({"Documentnummer": ""}, "id_document_number", "documentnummer"),
])
def test_every_kind_of_bad_row_has_a_dutch_reason(changes: dict[str, str], field: str, message: str) -> None:
    [planned] = plan([row(**changes)]).rows
    assert planned.outcome is Outcome.ERROR
    assert message.lower() in planned.errors[field].lower()
    assert planned.reasons().startswith(planned.reasons().split(":")[0])
    assert not planned.writes


def test_a_new_client_with_her_pregnancy() -> None:
    [planned] = plan([row()]).rows
    assert planned.outcome is Outcome.NEW_CLIENT
    assert planned.name == "Anouk de Vries"
    assert planned.client is not None and planned.client.surname_prefix == "de" and planned.client.surname == "Vries"
    assert planned.pregnancy is not None and planned.pregnancy.gravida == 2
    assert planned.reasons() == "Nieuwe cliënte met zwangerschap"


def test_a_known_client_with_nothing_new_is_a_duplicate() -> None:
    [planned] = plan([row(Telefoon="")], Existing([stored()])).rows
    assert planned.outcome is Outcome.DUPLICATE
    assert (planned.client_id, planned.pregnancy_id) == (7, 70)
    assert "niets te wijzigen" in planned.reasons()


def test_empty_fields_are_filled_and_other_values_are_conflicts() -> None:
    [planned] = plan([row(Achternaam="de Vries-Smit")], Existing([stored()])).rows
    assert planned.outcome is Outcome.UPDATE
    assert planned.client_fills == ("phone",)
    assert planned.client is not None and planned.client.surname == "Vries"  # not overwritten
    assert planned.client.phone == "+31612345678"
    [conflict] = planned.conflicts
    assert (conflict.key, conflict.existing, conflict.incoming) == ("surname", "Vries", "Vries-Smit")
    assert "niet overgenomen" in planned.reasons()


def test_same_bsn_with_another_name_and_birth_date_is_refused() -> None:
    [planned] = plan([row(Achternaam="Jansen", Geboortedatum="01-01-1990")], Existing([stored()])).rows
    assert planned.outcome is Outcome.ERROR and "controleer het BSN" in planned.errors["bsn"]
    # one of the two differing (a new surname after marriage, a typo in the date) is a conflict, not an error
    [married] = plan([row(Achternaam="Jansen")], Existing([stored()])).rows
    assert married.outcome is Outcome.UPDATE and [c.key for c in married.conflicts] == ["surname"]


def test_matching_without_bsn_uses_birth_date_surname_and_postcode() -> None:
    existing = Existing([stored(bsn=None, bsn_missing_reason="Nog niet bekend", id_document_type="geen",
                                id_document_number=None)])
    [planned] = plan([row(Postcode="6211ab")], existing).rows
    assert planned.client_id == 7
    assert planned.outcome is Outcome.UPDATE
    assert set(planned.client_fills) >= {"bsn", "id_document_type", "id_document_number", "phone"}
    assert planned.client is not None and planned.client.bsn_missing_reason is None
    # another postcode: another person
    [other] = plan([row(Postcode="6212 AB")], Existing([stored(bsn=None, bsn_missing_reason="x",
                                                                id_document_type="geen",
                                                                id_document_number=None)])).rows
    assert other.outcome is Outcome.NEW_CLIENT


def test_same_details_but_another_bsn_is_another_client_with_a_warning() -> None:
    [planned] = plan([row()], Existing([stored(bsn="100000009")])).rows
    assert planned.outcome is Outcome.NEW_CLIENT
    assert "ander BSN" in planned.reasons()


def test_two_matching_clients_are_refused() -> None:
    twin = stored(bsn=None, bsn_missing_reason="x", id_document_type="geen", id_document_number=None)
    other = stored(bsn=None, bsn_missing_reason="y", id_document_type="geen", id_document_number=None)
    other.id = 8
    [planned] = plan([row(BSN="", Soort_ID="", Documentnummer="", Reden_geen_BSN="z")], Existing([twin, other])).rows
    assert planned.outcome is Outcome.ERROR and "Meer dan één" in planned.errors["surname"]


def test_new_pregnancy_and_refusal_of_a_second_ongoing_one() -> None:
    later = (dt.date.today() + dt.timedelta(days=200)).strftime("%d-%m-%Y")
    [refused] = plan([row(ATD=later)], Existing([stored()])).rows
    assert refused.outcome is Outcome.ERROR and "lopende zwangerschap" in refused.errors["pregnancy"]
    assert refused.reasons().startswith("Zwangerschap: ")
    closed = stored()
    closed.pregnancies[0].values.update(status="bevallen")
    [new] = plan([row(ATD=later)], Existing([closed])).rows
    assert new.outcome is Outcome.NEW_PREGNANCY and new.new_pregnancy
    # within six weeks it is the same pregnancy with a corrected ATD: a conflict, not a new pregnancy
    near = (dt.date.today() + dt.timedelta(days=120)).strftime("%d-%m-%Y")
    [same] = plan([row(ATD=near, Telefoon="")], Existing([stored()])).rows
    assert same.outcome is Outcome.DUPLICATE and same.pregnancy_id == 70
    assert [c.key for c in same.conflicts] == ["due_date"]


def test_rows_of_one_file_see_each_other() -> None:
    """A client twice in the file is created once; a second pregnancy of hers becomes a new pregnancy."""
    earlier = (dt.date.today() - dt.timedelta(days=400)).strftime("%d-%m-%Y")
    closed = row(ATD=earlier, Status="miskraam")
    closed.append(earlier)  # status date
    headers = [*HEADERS, "Statusdatum"]
    result = plan([[*row(), ""], [*row(), ""], [*row(Telefoon=""), ""], closed], headers=headers).rows
    assert [p.outcome for p in result] == [Outcome.NEW_CLIENT, Outcome.DUPLICATE, Outcome.DUPLICATE,
                                           Outcome.NEW_PREGNANCY]
    assert result[1].client_line == 2 and "regel 2" in result[1].reasons()
    assert result[3].client_line == 2 and result[3].client_id is None


def test_surname_prefix_is_split_when_there_is_no_prefix_column() -> None:
    assert split_surname("van der Berg") == ("van der", "Berg")
    assert split_surname("De Boer") == ("De", "Boer")
    assert split_surname("Vries") == (None, "Vries")
    assert split_surname("van") == (None, "van")


def test_report_lists_imported_and_skipped_rows_with_reasons() -> None:
    result = plan([row(), row(BSN="123456789"), row(Voornamen="=HYPERLINK(1)", BSN="100000009")])
    text = report_csv(result, imported=False).decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "Import uit export.csv: alleen gecontroleerd, niets opgeslagen"
    assert "Nieuwe cliënte: 2" in lines[1] and "Overgeslagen (fout): 1" in lines[1]
    assert "Zwangerschappen aangemaakt: 2" in lines[1]
    assert lines[3] == "Regel;Uitkomst;Naam;Geboortedatum;À terme datum;Toelichting"
    assert lines[5].startswith("3;Overgeslagen (fout);Anouk de Vries;12-03-1994;")
    assert "BSN: Dit BSN klopt niet (de elfproef faalt)." in lines[5]
    assert ";'=HYPERLINK(1) de Vries;" in lines[6]  # no formula in Excel


def test_a_fixed_reason_fills_rows_without_bsn_only() -> None:
    headers = ["Achternaam", "Voornamen", "Geboortedatum", "BSN", "Soort ID", "Documentnummer", "Postcode"]
    mapping = {**guess_mapping(headers), "=bsn_missing_reason": "Niet in de export"}
    table = SourceTable("e.csv", headers, [["Smit", "Noor", "01-01-1990", "", "", "", "6211AB"],
                                           ["de Vries", "Anouk", "12-03-1994", "", "", "", "6211AB"]])
    existing = Existing([stored()])  # Anouk de Vries with a BSN
    new, known = plan_import("e.csv", prepare_rows(table, mapping), existing).rows
    assert new.outcome is Outcome.NEW_CLIENT and new.client is not None
    assert new.client.bsn_missing_reason == "Niet in de export"
    assert known.outcome is Outcome.DUPLICATE and known.client_fills == ()  # no reason on a client with a BSN
    from ksdesk.importing.fields import mapping_problems

    assert mapping_problems({**mapping, "=surname": "x"}) == ["Geen vaste waarde mogelijk voor 'surname'."]


def test_a_bsn_filled_in_by_one_row_is_not_given_to_another_client() -> None:
    def without_bsn(client_id: int, postcode: str) -> ExistingClient:
        client = stored(bsn=None, bsn_missing_reason="x", id_document_type="geen", id_document_number=None,
                        postcode=postcode)
        client.id = client_id
        return client

    existing = Existing([without_bsn(7, "6211AB"), without_bsn(8, "6212AB")])
    first, second = plan([row(), row(Postcode="6212 AB")], existing).rows
    assert (first.outcome, first.client_id) == (Outcome.UPDATE, 7) and "bsn" in first.client_fills
    # the second row now matches client 7 by BSN, whose name and birth date are the same: her postcode conflicts
    assert second.client_id == 7 and [c.key for c in second.conflicts] == ["postcode"]


# --- the usability findings of the first real export (semicolon, cp1252, no ID-document columns) ---------------
EXPORT_HEADERS = ["Achternaam", "Voornamen", "Geboortedatum", "BSN", "Postcode", "Huisnummer", "Woonplaats",
                  "A terme datum"]


def export_row(**changes: str) -> list[str]:
    values = {"Achternaam": "de Vries", "Voornamen": "Anouk", "Geboortedatum": "12-03-1994", "BSN": "111222333",
              "Postcode": "6211 AB", "Huisnummer": "12a", "Woonplaats": "Maastricht", "A terme datum": DUE}
    values.update({k.replace("_", " "): v for k, v in changes.items()})
    return [values[h] for h in EXPORT_HEADERS]


def export_plan(rows: list[list[str]], existing: Existing | None = None, *, checked: bool,
                reason: str = "", today: dt.date | None = None):  # type: ignore[no-untyped-def]
    mapping: dict[str, str | None] = dict(guess_mapping(EXPORT_HEADERS))
    if checked:
        mapping["=id_document_type"] = "dossiersysteem"
    if reason:
        mapping["=bsn_missing_reason"] = reason
    table = SourceTable("export.csv", EXPORT_HEADERS, rows)  # type: ignore[arg-type]
    return plan_import(table.name, prepare_rows(table, mapping), existing or Existing(), today=today)


def test_without_the_id_statement_a_new_client_with_a_bsn_is_refused() -> None:
    [refused] = export_plan([export_row()], checked=False).rows
    assert refused.outcome is Outcome.ERROR
    assert "identiteitsbewijs" in refused.errors["id_document_type"]


def test_the_id_statement_records_the_record_system_check_without_inventing_a_number() -> None:
    result = export_plan([export_row(), export_row(Achternaam="Smit", BSN="")], checked=True, reason="Onbekend")
    checked, no_bsn = result.rows
    assert checked.outcome is Outcome.NEW_CLIENT and checked.client is not None
    assert checked.client.id_document_type is IdDocumentType.RECORD_SYSTEM
    assert checked.client.id_document_number is None and checked.id_checked_in_source
    # a row without BSN gets the reason, not the statement
    assert no_bsn.client is not None and no_bsn.client.id_document_type is IdDocumentType.NONE
    assert no_bsn.client.bsn_missing_reason == "Onbekend" and not no_bsn.id_checked_in_source
    assert result.id_checked_count == 1


def test_the_statement_and_a_typed_reason_never_conflict_with_what_ksdesk_holds() -> None:
    known = stored(postcode="6211AB")  # with a passport checked in ksdesk
    without_bsn = stored(bsn=None, bsn_missing_reason="Nog niet ontvangen", id_document_type="geen",
                         id_document_number=None, given_names="Noor", surname="Smit", date_of_birth="01-01-1990")
    without_bsn.id = 8
    rows = [export_row(Huisnummer=""), export_row(Achternaam="Smit", Voornamen="Noor", Geboortedatum="01-01-1990",
                                                  BSN="", Huisnummer="")]
    first, second = export_plan(rows, Existing([known, without_bsn]), checked=True, reason="Niet in de export").rows
    assert first.outcome is Outcome.UPDATE and first.conflicts == []  # city filled; passport kept
    assert "id_document_type" not in first.client_fills and not first.id_checked_in_source
    assert second.conflicts == [] and "Reden geen BSN" not in second.reasons()


def test_house_number_without_street_is_kept_in_the_street_field() -> None:
    [new] = export_plan([export_row(Huisnummer="12a")], checked=True).rows
    assert new.client is not None and new.client.street == "12a" and new.client.postcode == "6211AB"


def test_an_impossible_date_keeps_the_files_text_for_the_preview() -> None:
    [bad] = export_plan([export_row(Geboortedatum="31-02-1990")], checked=True).rows
    assert bad.date_of_birth is None and bad.raw == {"date_of_birth": "31-02-1990"}


def test_every_problem_of_a_row_is_listed() -> None:
    [bad] = export_plan([export_row(Postcode="62111AB", **{"A terme datum": "2026-02-30"})], checked=False).rows
    assert set(bad.errors) == {"postcode", "due_date", "id_document_type"}
    reasons = bad.reasons()
    assert "Postcode:" in reasons and "À terme datum:" in reasons and "Identiteitsbewijs:" in reasons


def test_an_ongoing_pregnancy_with_an_atd_long_past_or_too_far_ahead_is_refused() -> None:
    today = dt.date(2026, 11, 27)
    rows = [export_row(**{"A terme datum": "15-03-2024"}),
            export_row(BSN="100000009", **{"A terme datum": "16-10-2026"}),  # 6 weeks ago: still ongoing
            export_row(BSN="100000101", **{"A terme datum": "01-12-2027"})]
    past, recent, ahead = export_plan(rows, checked=True, today=today).rows
    assert past.outcome is Outcome.ERROR and "meer dan 6 weken in het verleden" in past.errors["due_date"]
    assert recent.outcome is Outcome.NEW_CLIENT
    assert ahead.outcome is Outcome.ERROR and "44 weken" in ahead.errors["due_date"]


def test_counts_pregnancies_created_however_they_came_and_conflicts_only_on_carried_out_rows() -> None:
    known = stored()
    known.pregnancies = []
    rows = [export_row(Huisnummer=""), export_row(Achternaam="Smit", BSN="100000009"),
            export_row(Postcode="6212 AB", Geboortedatum="31-02-1994")]
    result = export_plan(rows, Existing([known]), checked=True)
    assert [r.outcome for r in result.rows] == [Outcome.NEW_PREGNANCY, Outcome.NEW_CLIENT, Outcome.ERROR]
    assert result.pregnancies_created == 2
    assert result.conflict_count == 0


def test_a_row_without_surname_still_shows_the_given_names() -> None:
    [bad] = export_plan([export_row(Achternaam="")], checked=True).rows
    assert bad.outcome is Outcome.ERROR and bad.name == "Anouk"
