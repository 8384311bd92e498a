"""The import wizard driven like a user does, on a real file and a real database: file → encoding and separator
→ mapping → preview → confirm → progress → summary → report. Each step is rendered to /tmp/shots/import/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ksdesk.importing.plan import Outcome
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.import_dialog import ImportWizard, source_name_for
from ksdesk.ui.widgets import ERROR_COLOUR
from tests.conftest import client_data
from tests.importing.exports import HEADERS, rows, write_csv, write_xlsx
from tests.ui.conftest import DialogRecorder

SHOTS = Path("/tmp/shots/import")


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _to_preview(qtbot: Any, wizard: ImportWizard) -> None:
    """From the mapping to the preview (computed on a worker thread)."""
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=30_000)


@pytest.fixture
def wizard(qtbot: Any, services: Services, assistant: Actor) -> ImportWizard:
    dialog = ImportWizard(services, assistant)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def export(tmp_path: Path) -> Path:
    table = rows(12)
    table[3][4] = "123456789"  # fails the 11-proef
    table[8][3] = "31-02-1990"
    table[10][14] = ""  # no ATD: a client without pregnancy … but gravida/para are still filled in → error
    return write_csv(tmp_path / "Onatal export 2026-11-27.csv", table, encoding="cp1252")


def test_import_from_a_real_file_step_by_step(qtbot: Any, wizard: ImportWizard, services: Services,
                                              assistant: Actor, export: Path, dialog_recorder: DialogRecorder,
                                              tmp_path: Path) -> None:
    # the client of the file's second row is already in ksdesk, without phone number and pregnancy
    second = rows(12)[1]
    known = services.clients.create(assistant, client_data(
        bsn=second[4], given_names=second[2], surname=second[0], surname_prefix=second[1], date_of_birth=second[3],
        id_document_number=second[6], phone="", postcode=second[10], street="Dorpsstraat 1"))
    assert not wizard.next_button.isEnabled()
    dialog_recorder.open_path = export
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.file_label.text() == export.name
    assert wizard.encoding_combo.currentData() == "cp1252"
    assert wizard.separator_combo.currentData() == ";"
    assert wizard.source_name == "Onatal export"
    assert wizard.raw_model.rowCount() == 12
    _shot(wizard, "1-file")

    # a wrong encoding chosen by hand is refused inline; back to the right one
    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("utf-8"))
    wizard.encoding_combo.activated.emit(wizard.encoding_combo.currentIndex())
    assert "UTF-8" in wizard.file_error.text() and wizard.file_error.isVisible()
    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("cp1252"))
    wizard.encoding_combo.activated.emit(wizard.encoding_combo.currentIndex())
    assert wizard.file_error.isHidden()

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentWidget() is wizard.mapping_page
    assert wizard.mapping()["ATD"] == "due_date" and wizard.mapping()["Huisnummer"] == "house_number"
    wizard.set_field("Voornamen", None)
    assert "Voornamen" in wizard.mapping_error.text() and not wizard.next_button.isEnabled()
    wizard.set_field("Voornamen", "given_names")
    wizard.set_field("E-mail", None)  # she does not want the e-mail addresses
    assert wizard.mapping_error.isHidden() and wizard.next_button.isEnabled()
    _shot(wizard, "2-mapping")

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=30_000)
    assert services.clients.count(assistant) == 1  # nothing written by the preview
    plan = wizard.plan
    assert plan is not None and len(plan.rows) == 12
    counts = plan.counts()
    assert counts[Outcome.ERROR] == 3 and counts[Outcome.NEW_PREGNANCY] == 1 and counts[Outcome.NEW_CLIENT] == 8
    assert wizard.count_chips[Outcome.ERROR].text() == "Overgeslagen (fout): 3"
    assert wizard.next_button.text() == "9 regels importeren"
    wizard.filter_combo.setCurrentIndex(wizard.filter_combo.findData("errors"))
    assert wizard.plan_filter.rowCount() == 3
    reasons = [wizard.plan_filter.index(r, 5).data() for r in range(3)]
    assert any("elfproef" in r for r in reasons) and any("Onbekende datum" in r for r in reasons)
    assert any("À terme datum: Verplicht veld" in r for r in reasons)
    _shot(wizard, "3-preview-errors")
    wizard.filter_combo.setCurrentIndex(0)
    _shot(wizard, "3-preview")

    dialog_recorder.save_path = tmp_path / "controle.csv"
    qtbot.mouseClick(wizard.preview_report_button, Qt.MouseButton.LeftButton)
    assert "alleen gecontroleerd" in dialog_recorder.save_path.read_text(encoding="utf-8-sig")

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert "confirm" in dialog_recorder.names()
    assert "nieuwe cliënten 8, nieuwe zwangerschappen 9, aanvullingen 0" in dialog_recorder.texts()[-1]
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=30_000)
    assert wizard.worker is None and wizard.progress is None
    assert services.clients.count(assistant) == 9
    view = services.clients.get(assistant, known.id)
    assert view.phone is not None  # the empty phone was filled in …
    assert view.street == "Dorpsstraat 1" and len(view.pregnancies) == 1  # … her address kept, pregnancy added
    assert "Overgeslagen (fout)</b>: 3" in wizard.done_summary.text()
    _shot(wizard, "4-done")

    dialog_recorder.save_path = tmp_path / "verslag.csv"
    qtbot.mouseClick(wizard.report_button, Qt.MouseButton.LeftButton)
    report = dialog_recorder.save_path.read_text(encoding="utf-8-sig")
    assert ": geïmporteerd" in report.splitlines()[0] and report.count(";Overgeslagen (fout);") == 3
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == wizard.DialogCode.Accepted
    assert services.imports.saved_mapping(assistant, "Onatal export")["E-mail"] is None


def test_a_second_import_remembers_the_mapping_and_changes_nothing(qtbot: Any, services: Services,
                                                                   assistant: Actor, export: Path) -> None:
    first = ImportWizard(services, assistant)
    qtbot.addWidget(first)
    first.load(export)
    first.go_next()
    first.set_field("Telefoon", None)
    _to_preview(qtbot, first)
    first.start_import()
    qtbot.waitUntil(lambda: first.result_plan is not None, timeout=30_000)
    before = services.clients.count(assistant)

    again = ImportWizard(services, assistant)
    qtbot.addWidget(again)
    again.load(export)
    again.go_next()
    assert again.mapping()["Telefoon"] is None  # remembered for this source
    _to_preview(qtbot, again)
    assert again.plan is not None and again.plan.counts()[Outcome.DUPLICATE] == before
    assert not again.next_button.isEnabled() and again.next_button.text() == "Niets te importeren"
    assert services.clients.count(assistant) == before


def test_excel_file_and_cancelled_import(qtbot: Any, wizard: ImportWizard, services: Services, assistant: Actor,
                                         tmp_path: Path, dialog_recorder: DialogRecorder) -> None:
    data: list[list[object]] = [list(r) for r in rows(300)]
    due = dt.date.today() + dt.timedelta(days=60)
    for r in data:
        r[14] = (due - dt.date(1899, 12, 30)).days  # serial dates
    path = write_xlsx(tmp_path / "export.xlsx", data)
    assert wizard.load(path)
    assert not wizard.encoding_combo.isEnabled()
    wizard.go_next()
    _to_preview(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.rows[0].due_date == due
    wizard.start_import()
    assert wizard.progress is not None and wizard.progress.isVisible()
    _shot(wizard.progress, "4-progress")
    qtbot.mouseClick(wizard.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # "Afbreken"
    qtbot.waitUntil(lambda: wizard.worker is None, timeout=30_000)
    assert wizard.pages.currentWidget() is wizard.preview_page
    assert "niets opgeslagen" in wizard.preview_error.text()
    assert services.clients.count(assistant) == 0


def test_unreadable_file_is_shown_inline(wizard: ImportWizard, tmp_path: Path) -> None:
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    assert not wizard.load(empty)
    assert wizard.file_error.text() == "Het bestand is leeg." and not wizard.next_button.isEnabled()


def test_source_name_from_the_file_name() -> None:
    assert source_name_for(Path("onatal_export_2026-11-27.csv"), []) == "onatal export"
    assert source_name_for(Path("Export ORFEUS week 48.xlsx"), ["Orfeus"]) == "Orfeus"
    assert source_name_for(Path("2026-11-27.csv"), []) == "Export"


def test_headers_are_the_exports(wizard: ImportWizard, tmp_path: Path) -> None:
    wizard.load(write_csv(tmp_path / "e.csv", rows(1)))
    assert wizard.table is not None and wizard.table.headers == HEADERS


def test_a_fixed_reason_for_rows_without_bsn(qtbot: Any, wizard: ImportWizard, services: Services,
                                             assistant: Actor, tmp_path: Path) -> None:
    table = rows(2)
    for r in table:
        r[4] = r[5] = r[6] = ""  # no BSN, no document
    wizard.load(write_csv(tmp_path / "zonder-bsn.csv", table))
    wizard.go_next()
    _to_preview(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.counts()[Outcome.ERROR] == 2
    assert "Geef een reden" in wizard.plan.rows[0].reasons()
    wizard.go_back()
    wizard.reason_edit.setText("Niet in de export van het dossiersysteem")
    _shot(wizard, "2-mapping-fixed-reason")
    _to_preview(qtbot, wizard)
    assert wizard.plan.counts()[Outcome.NEW_CLIENT] == 2
    assert services.imports.saved_mapping(assistant, "zonder bsn")["=bsn_missing_reason"] == \
        "Niet in de export van het dossiersysteem"


def test_the_menu_opens_the_wizard_and_the_list_shows_the_imported_clients(
        qtbot: Any, make_window: Any, services: Services, assistant: Actor, admin: Actor, export: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Bestand › Importeren for a role with CLIENT_IMPORT; run_import exec()s the wizard (driven here)."""
    def drive(wizard: ImportWizard) -> int:
        wizard.load(export)
        wizard.go_next()
        _to_preview(qtbot, wizard)
        wizard.start_import()
        qtbot.waitUntil(lambda: wizard.result_plan is not None, timeout=30_000)
        wizard.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", drive)
    window = make_window(assistant)
    assert window.import_action in window.menuBar().actions()[0].menu().actions()
    window.import_action.trigger()
    assert services.clients.count(assistant) == 9
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() == 9, timeout=10_000)
    beheer = make_window(admin)
    assert beheer.import_action not in beheer.menuBar().actions()[0].menu().actions()


# --- an assistant's real export: semicolon, Windows-1252, Dutch headers, no ID-document or street column ---------
SHOTS2 = Path("/tmp/shots/import2")
ASSISTANT_HEADERS = ["Achternaam", "Voornamen", "Geboortedatum", "BSN", "Postcode", "Huisnummer", "Woonplaats",
                     "A terme datum"]


def _shot2(widget: Any, name: str) -> None:
    SHOTS2.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS2 / f"{name}.png"))


def _assistant_export(tmp_path: Path, count: int = 30) -> Path:
    today = dt.date.today()
    lines = [";".join(ASSISTANT_HEADERS)]
    for n, r in enumerate(rows(count, seed=5)):
        due = (today + dt.timedelta(days=30 + n * 5)).strftime("%d-%m-%Y")
        lines.append(";".join([f"{r[1]} {r[0]}".strip(), r[2], r[3], r[4], r[10], str(n + 1), r[11], due]))
    cells = [line.split(";") for line in lines]
    if count < 10:
        path = tmp_path / "Onatal export.csv"
        path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
        return path
    cells[3][2] = "31-02-1990"  # no such date
    cells[5][7] = (today - dt.timedelta(days=600)).strftime("%d-%m-%Y")  # an ATD long past
    cells[7][4] = "62111AB"  # bad postcode …
    cells[7][7] = "2026-02-30"  # … and no such ATD in the same row
    path = tmp_path / "Onatal export.csv"
    path.write_bytes(("\r\n".join(";".join(c) for c in cells) + "\r\n").encode("cp1252"))
    return path


def test_an_assistant_export_without_id_columns_imports_after_the_explicit_statement(
        qtbot: Any, wizard: ImportWizard, services: Services, assistant: Actor, tmp_path: Path) -> None:
    wizard.resize(1280, 800)
    assert wizard.load(_assistant_export(tmp_path))
    wizard.go_next()
    # a house number without a street column is allowed (with a note); the BSN without ID column is warned about
    assert wizard.mapping_error.isHidden() and wizard.next_button.isEnabled()
    warning = wizard.mapping_warning.text()
    assert wizard.mapping_warning.isVisible() and "geen kolom met het identiteitsbewijs" in warning
    assert "alleen het huisnummer" in warning
    assert wizard.id_checked_box.isVisible() and not wizard.id_checked_box.isChecked()
    _shot2(wizard, "1-mapping-warning")

    # she goes on without the statement: the rows with a BSN are skipped, every problem listed
    _to_preview(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.counts()[Outcome.ERROR] == 30
    wizard.go_back()
    wizard.id_checked_box.setChecked(True)
    assert "identiteitsbewijs" not in wizard.mapping_warning.text()
    qtbot.wait(20)  # let the layout settle before the picture
    _shot2(wizard, "2-mapping-statement")
    _to_preview(qtbot, wizard)
    plan = wizard.plan
    assert plan.counts()[Outcome.NEW_CLIENT] == 27 and plan.counts()[Outcome.ERROR] == 3
    assert wizard.count_chips[Outcome.NEW_PREGNANCY].text() == "Nieuwe zwangerschappen: 27"
    assert wizard.count_chips[Outcome.ERROR].text() == "Overgeslagen (fout): 3"
    _shot2(wizard, "3-preview")

    # the impossible date is shown as the file has it, in red
    source = wizard.plan_model
    bad_birth = next(i for i, r in enumerate(plan.rows) if r.line == 4)
    cell = source.index(bad_birth, 3)
    assert cell.data() == "31-02-1990"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == ERROR_COLOUR
    both = next(r for r in plan.rows if r.line == 8)
    assert {"postcode", "due_date"} <= set(both.errors)
    assert "meer dan 6 weken in het verleden" in next(r for r in plan.rows if r.line == 6).errors["due_date"]
    long_past = source.index(next(i for i, r in enumerate(plan.rows) if r.line == 6), 4)
    assert long_past.data(Qt.ItemDataRole.ForegroundRole).name() == ERROR_COLOUR  # a real date, refused
    assert source.index(bad_birth, 4).data(Qt.ItemDataRole.ForegroundRole) is None

    # the selected row stays in sight above the explanation, however long it is
    wizard.filter_combo.setCurrentIndex(0)
    last = wizard.plan_filter.index(wizard.plan_filter.rowCount() - 1, 0)
    wizard.plan_view.setCurrentIndex(last)
    qtbot.wait(50)
    height = wizard.plan_view.height()
    assert wizard.plan_view.viewport().rect().contains(wizard.plan_view.visualRect(last))
    row_8 = wizard.plan_filter.mapFromSource(source.index(plan.rows.index(both), 0))
    wizard.plan_view.setCurrentIndex(row_8)
    detail = wizard.row_detail.toPlainText().splitlines()
    assert detail[1].startswith("À terme datum: Onbekende datum; gebruik") and detail[2].startswith("Postcode:")
    assert wizard.plan_view.height() == height  # the detail box does not grow into the table
    _shot2(wizard, "4-preview-row-selected")

    wizard.start_import()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=30_000)
    assert "Nieuwe zwangerschappen</b>: 27" in wizard.done_summary.text()
    assert "3 regels zijn overgeslagen" in wizard.done_summary.text()
    assert "Bij 27 cliënten is als identiteitsbewijs vastgelegd" in wizard.done_summary.text()
    _shot2(wizard, "5-done")
    [hit] = services.clients.search(assistant, "", limit=1)
    view = services.clients.get(assistant, hit.id)
    assert view.id_document_type.value == "dossiersysteem" and view.id_document_number is None
    assert view.street is not None and view.street.isdigit()  # only the house number: no street in the file


def test_a_single_row_is_one_regel(qtbot: Any, wizard: ImportWizard, tmp_path: Path) -> None:
    assert wizard.load(_assistant_export(tmp_path, count=1))
    wizard.go_next()
    wizard.id_checked_box.setChecked(True)
    _to_preview(qtbot, wizard)
    assert wizard.next_button.text() == "1 regel importeren"


def test_a_wrong_encoding_or_separator_is_explained_next_to_its_field(
        qtbot: Any, wizard: ImportWizard, tmp_path: Path) -> None:
    wizard.resize(980, 640)
    path = _assistant_export(tmp_path, count=5)
    assert wizard.load(path)
    assert wizard.next_button.isEnabled() and wizard.raw_model.rowCount() == 5
    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("utf-8"))
    wizard.encoding_combo.activated.emit(wizard.encoding_combo.currentIndex())
    # the old reading is gone and she cannot go on with it; the message sits right under the two fields
    assert wizard.file_error.isVisible() and "UTF-8" in wizard.file_error.text()
    assert wizard.raw_model.rowCount() == 0 and not wizard.next_button.isEnabled()
    below = wizard.file_error.geometry().top() - wizard.separator_combo.geometry().bottom()
    assert 0 <= below < 30 and wizard.file_error.geometry().top() < wizard.raw_view.geometry().top()
    _shot2(wizard, "0a-wrong-encoding")

    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("cp1252"))
    wizard.encoding_combo.activated.emit(wizard.encoding_combo.currentIndex())
    assert wizard.file_error.isHidden() and wizard.next_button.isEnabled()
    wizard.separator_combo.setCurrentIndex(wizard.separator_combo.findData(","))
    wizard.separator_combo.activated.emit(wizard.separator_combo.currentIndex())
    text = wizard.file_error.text()
    assert "scheidingsteken klopt waarschijnlijk niet" in text and "puntkomma (;) worden het 8 kolommen" in text
    assert not wizard.next_button.isEnabled() and "1 kolom gelezen" in wizard.read_note.text()
    _shot2(wizard, "0b-wrong-separator")


def test_utf8_read_as_windows_1252_is_pointed_out(wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("Achternaam;Voornamen;Geboortedatum\r\nÖztürk;Zoë;01-02-1990\r\n".encode())
    assert wizard.load(path) and wizard.file_error.isHidden()
    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("cp1252"))
    wizard.encoding_combo.activated.emit(wizard.encoding_combo.currentIndex())
    assert wizard.file_error.isVisible() and "waarschijnlijk UTF-8" in wizard.file_error.text()
    assert "1 regel en 3 kolommen gelezen" in wizard.read_note.text()
