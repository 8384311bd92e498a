"""The menu bar: the entries a desktop user expects, their shortcuts shown in the menus and working from the
keyboard, Afdrukken for what the screen shows, and the manual on F1."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from ksdesk.ui.main_window import SECTIONS
from tests.conftest import client_data, pregnancy_data
from tests.test_referrals import consent_data, destination, referral_data, setup_case

CTRL = Qt.KeyboardModifier.ControlModifier


def _menu(window: Any, title: str) -> list[QAction]:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return [a for a in action.menu().actions() if not a.isSeparator()]
    raise AssertionError(f"no menu {title}")


def _entries(window: Any, title: str) -> dict[str, str]:
    """Menu entry text -> the shortcut the menu shows beside it."""
    return {a.text().replace("&", ""): a.shortcut().toString() for a in _menu(window, title)}


def _shown(qtbot: Any, window: Any) -> Any:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)  # keys go to the active window
    return window


def test_the_menus_hold_the_usual_entries_with_their_shortcuts(make_window, midwife) -> None:
    window = make_window(midwife)
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == ["Bestand", "Ga naar", "Help"]
    assert _entries(window, "Bestand") == {
        "Nieuwe cliënte": "Ctrl+N", "Importeren uit het dossiersysteem…": "", "Afdrukken…": "Ctrl+P",
        "Vergrendelen": "Ctrl+L", "Afmelden": "", "Afsluiten": "Ctrl+Q"}
    go = _entries(window, "Ga naar")
    assert go.pop("Cliënte zoeken…") == "Ctrl+F"
    assert go == {title: f"Ctrl+{n}" for n, (_key, title) in enumerate(SECTIONS, start=1)}
    assert _entries(window, "Help") == {"Handleiding": "F1", "Over ksdesk": ""}


def test_a_beheerder_has_no_client_entries(make_window, admin) -> None:
    beheer = make_window(admin)
    assert list(_entries(beheer, "Bestand")) == ["Afdrukken…", "Vergrendelen", "Afmelden", "Afsluiten"]
    assert "Cliënte zoeken…" not in _entries(beheer, "Ga naar")


def test_ctrl_and_a_number_goes_to_a_section(qtbot, make_window, midwife) -> None:
    window = _shown(qtbot, make_window(midwife))
    for number, (key, _title) in enumerate(SECTIONS, start=1):
        qtbot.keyClick(window.windowHandle(), Qt.Key(Qt.Key.Key_0 + number), CTRL)
        assert window.current_section() == key
        assert window.section_actions[key].isChecked()
    window.nav.setCurrentRow(0)  # by the navigation list: the menu follows
    assert window.section_actions["today"].isChecked()


def test_ctrl_n_opens_a_new_client_form(qtbot, make_window, midwife) -> None:
    window = _shown(qtbot, make_window(midwife))
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_N, CTRL)
    assert window.current_section() == "clients"
    assert window.clients_stack.currentWidget() is window.client_page
    assert window.client_page.client_id is None
    qtbot.waitUntil(window.client_page.client_fields.widgets["given_names"].hasFocus, timeout=2000)


def test_printing_is_there_only_where_the_screen_shows_something_to_print(
        qtbot, make_window, services, midwife, dialog_recorder) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    referral = services.referrals.create(midwife, pregnancy_id,
                                         referral_data(destination(services, midwife), assessment_id))
    services.referrals.record_consent(midwife, referral.id, consent_data())
    services.referrals.make_letter(midwife, referral.id)
    window = _shown(qtbot, make_window(midwife, backup_check_ms=0))
    assert not window.print_action.isEnabled()  # Vandaag: nothing to print
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_P, CTRL)
    assert dialog_recorder.printed == []
    window.show_section("referrals")
    assert not window.print_action.isEnabled()  # the overview of referrals
    window.open_referral(referral.id)
    window.update_print_action()
    assert window.print_action.isEnabled()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_P, CTRL)
    assert dialog_recorder.calls[-1] == ("print_pdf", ("Verwijsbrief",))
    assert dialog_recorder.printed[-1].startswith(b"%PDF")


def test_printing_a_centering_group_prints_what_its_tab_shows(qtbot, make_window, services, midwife,
                                                            dialog_recorder) -> None:
    pregnancies = []
    for n in range(3):
        client = services.clients.create(midwife, client_data(bsn="", bsn_missing_reason="Nog niet bekend",
                                                              id_document_type="geen", id_document_number="",
                                                              given_names=f"Fenna{'a' * n}"))
        pregnancies.append(services.clients.add_pregnancy(midwife, client.id, pregnancy_data(
            due_date="01-06-2027", intake_date="01-11-2026", wants_centering=True)).id)
    group = services.centering.create_group(midwife, pregnancies)
    window = _shown(qtbot, make_window(midwife, backup_check_ms=0))
    window.open_centering_group(group.id)
    window.update_print_action()
    assert window.print_action.isEnabled()
    window.print_action.trigger()
    assert dialog_recorder.calls[-1] == ("print_pdf", ("Groepsoverzicht",))
    panel = window.centering_page.panel
    panel.tabs.setCurrentIndex(1)  # Schema, with a session chosen: its attendance sheet
    panel.schedule.selectRow(0)
    window.print_action.trigger()
    assert dialog_recorder.calls[-1] == ("print_pdf", ("Presentielijst",))
    window.centering_page.tabs.setCurrentIndex(0)  # Planning: no group on screen
    window.update_print_action()
    assert not window.print_action.isEnabled()


def test_f1_opens_the_manual(qtbot, make_window, midwife) -> None:
    from ksdesk.ui.help_window import ManualWindow

    window = _shown(qtbot, make_window(midwife, backup_check_ms=0))
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    manual = window.findChild(ManualWindow)
    assert manual is not None and manual.isVisible()
    manual.close()


def test_without_the_manual_f1_says_it_follows(make_window, midwife, dialog_recorder,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ksdesk.ui.help_window", None)  # a build without the manual's window
    window = make_window(midwife, backup_check_ms=0)
    window.help_action.trigger()
    [(name, (title, text))] = dialog_recorder.calls
    assert name == "info" and title == "Handleiding" and "volgende versie" in text


def test_locking_disables_what_would_reach_past_the_lock(make_window, services, midwife) -> None:
    window = make_window(midwife, backup_check_ms=0)
    window.lock()
    for action in (window.print_action, window.import_action, window.new_client_action, window.find_action,
                   *window.section_actions.values()):
        assert not action.isEnabled(), action.text()
    assert window.help_action.isEnabled() and window.quit_action.isEnabled()


def test_a_pdf_goes_to_the_printer_page_by_page(qtbot, tmp_path: Path) -> None:
    """What Afdrukken does after the print dialog: every page drawn on the printer (here: a PDF file)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from ksdesk.ui import dialogs

    source = QByteArray()
    buffer = QBuffer(source)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for page in range(3):
        if page:
            writer.newPage()
        painter.drawText(200, 200, f"Pagina {page + 1}")
    painter.end()
    buffer.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialogs.send_pdf_to_printer(None, printer, "Proef", bytes(source.data()))
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == 3
