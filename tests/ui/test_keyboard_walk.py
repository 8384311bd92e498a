"""A midwife without a mouse: from the main window, with key presses only (each one sent to the control that has
the focus, as a keyboard does), she registers a new client, adds her pregnancy, opens the signalling, ticks items
and saves the assessment. The database (through the services) then holds both."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ksdesk.records.gestation import format_date
from ksdesk.screening.enums import RiskStatus, RiskSubject

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class Keyboard:
    """Key presses to whatever has the focus, the way a real keyboard delivers them."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def name(self) -> str:
        return self.focused().objectName()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focused(), text)

    def tab(self) -> str:
        self.press(Qt.Key.Key_Tab)
        return self.name()

    def tab_to(self, object_name: str, most: int = 30) -> None:
        """Tab until the named control has the focus (as she would, looking at the screen)."""
        for _ in range(most):
            if self.name() == object_name:
                return
            self.tab()
        raise AssertionError(f"Tab never reached {object_name}; it stopped at {self.name()}")

    def wait_for(self, object_name: str) -> None:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and self.name() == object_name,
                             timeout=3000)


@pytest.fixture
def keyboard(qtbot: Any) -> Keyboard:
    return Keyboard(qtbot)


def test_a_client_and_her_assessment_made_with_the_keyboard_only(qtbot, make_window, services, midwife,
                                                                 keyboard: Keyboard, dialog_recorder) -> None:
    window = make_window(midwife, backup_check_ms=0)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    keyboard.wait_for("search_field")  # the window opens with the cursor in the client search

    # Ctrl+N: a new client, the cursor in her first name
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.wait_for("field_given_names")
    form = [("field_given_names", "Fenna"), ("field_surname_prefix", "van"), ("field_surname", "Toetsenbord"),
            ("field_preferred_name", ""), ("field_date_of_birth", "14-02-1995"), ("field_bsn", ""),
            ("field_bsn_missing_reason", "Nog niet bekend"), ("field_id_document_type", ""),
            ("field_id_document_number", ""), ("field_street", "Demostraat 5"), ("field_postcode", "6211 AB"),
            ("field_city", "Maastricht"), ("field_municipality", "Maastricht"), ("field_phone", "06 12345678")]
    for field, text in form:
        assert keyboard.name() == field, "Tab follows the form from top to bottom"
        keyboard.type(text)
        keyboard.tab()
    keyboard.tab_to("client_save_button")
    assert keyboard.focused().text() == "Cliënte aanmaken"
    keyboard.press(Qt.Key.Key_Space)
    assert dialog_recorder.calls == [], dialog_recorder.calls

    # saved: her pregnancy comes next, the cursor in the due date
    keyboard.wait_for("field_due_date")
    due = dt.date.today() + dt.timedelta(days=150)
    keyboard.type(format_date(due))
    keyboard.tab_to("field_intake_date")
    keyboard.type(format_date(dt.date.today()))
    keyboard.tab_to("pregnancy_save_button")
    assert keyboard.focused().text() == "Zwangerschap toevoegen"
    keyboard.press(Qt.Key.Key_Space)
    assert dialog_recorder.calls == [], dialog_recorder.calls

    # Alt+S on the pregnancy: its signalling, a new checklist with the first item in hand
    qtbot.waitUntil(lambda: window.client_page.screening_button.isVisible(), timeout=2000)
    keyboard.press(Qt.Key.Key_S, ALT)  # "&Signalering…" (a button's Alt+letter clicks it a moment later)
    qtbot.waitUntil(lambda: window.current_section() == "signalling", timeout=2000)
    checklist = window.screening_page.checklist
    items = checklist.items_in_order()
    keyboard.wait_for(items[0].objectName())
    keyboard.press(Qt.Key.Key_Space)  # the first item: present, for her
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Down)
    ticked_second = keyboard.name()
    keyboard.press(Qt.Key.Key_2)  # a suspicion
    keyboard.press(Qt.Key.Key_P)  # about the partner
    keyboard.press(Qt.Key.Key_P, ALT)  # "Beschermende factoren bes&proken": ticks it
    qtbot.waitUntil(window.screening_page.protective_answered.isChecked, timeout=2000)
    keyboard.press(Qt.Key.Key_S, CTRL)  # save
    assert dialog_recorder.calls == [], dialog_recorder.calls

    # in the database, through the services
    [found] = services.clients.search(midwife, "Toetsenbord")
    client = services.clients.get(midwife, found.id)
    assert (client.given_names, client.surname_prefix, client.date_of_birth) == ("Fenna", "van",
                                                                                 dt.date(1995, 2, 14))
    [pregnancy] = client.pregnancies
    assert pregnancy.due_date == due and pregnancy.intake_date == dt.date.today()
    [assessment] = services.screening.dossier(midwife, pregnancy.id).assessments
    items_stored = {item.code: (item.status, item.concerns) for item in assessment.items}
    first = items[0].objectName().removeprefix("risk_")
    second = ticked_second.removeprefix("risk_")
    assert items_stored == {first: (RiskStatus.ACTUAL, (RiskSubject.CLIENT,)),
                            second: (RiskStatus.SUSPECTED, (RiskSubject.CLIENT, RiskSubject.PARTNER))}
    assert assessment.protective_answered
