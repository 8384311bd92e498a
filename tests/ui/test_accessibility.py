"""Screen readers and the keyboard on every main screen, with a small demo practice.

Every control that can take the focus must have a name a screen reader can say (what Qt reports through
QAccessible, with the Windows rule for combo boxes: their own name or a label that is their buddy), and must be a
stop of the Tab order, except the checklist's per-item controls, which have their own keys (1/2/3, C/P/G)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QTabWidget, QWidget

from ksdesk.demo import DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORDS, create_demo_practice
from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.services import Services
from ksdesk.ui.accessibility import spoken_name
from ksdesk.ui.main_window import MainWindow

KEYS_OF_THEIR_OWN = ("status_", "concerns_")  # checklist: keys 1/2/3 and C/P/G on the ticked item


def _tab_stop(widget: QWidget) -> bool:
    return widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus


def _focusable(window: QWidget) -> Iterator[QWidget]:
    """Visible, enabled controls that can take the focus. Not: text that can be selected with the mouse (a label
    says itself), and Qt's own parts (a header, a table's corner button, a tab bar's scroll arrows)."""
    for widget in window.findChildren(QWidget):
        if (not widget.isVisible() or not widget.isEnabled() or widget.focusProxy() is not None
                or widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QHeaderView | QLabel)
                or widget.objectName() in ("qt_tableview_cornerbutton", "ScrollLeftButton", "ScrollRightButton")):
            continue
        yield widget


def _tab_chain(window: QWidget) -> list[QWidget]:
    """The controls Tab visits, in order, starting at the window."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if _tab_stop(widget) and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text ("&Soort" -> "s"), or None."""
    index = text.replace("&&", "").find("&")
    rest = text.replace("&&", "")[index + 1:] if index >= 0 else ""
    return rest[0].lower() if rest else None


def _mnemonic_clashes(window: MainWindow) -> list[str]:
    """Alt+letters used twice on what is on screen (the menu bar included): Alt would do one of them."""
    owners: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        if letter:
            owners.setdefault(letter, []).append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            letter = mnemonic(widget.text())  # type: ignore[attr-defined]
            if letter:
                owners.setdefault(letter, []).append(widget.text())  # type: ignore[attr-defined]
    return [f"Alt+{letter.upper()}: {' / '.join(texts)}" for letter, texts in owners.items() if len(texts) > 1]


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in {type(widget.parent()).__name__}"


class Inspector:
    """Collects, per screen, the controls without a spoken name and those Tab never reaches."""

    def __init__(self, window: MainWindow, qtbot: Any) -> None:
        self.window = window
        self.qtbot = qtbot
        self.screens: list[str] = []
        self.unnamed: list[str] = []
        self.unreachable: list[str] = []
        self.clashes: list[str] = []

    def check(self, screen: str) -> list[QWidget]:
        self.qtbot.wait(1)  # layouts and deferred showing settle
        self.screens.append(screen)
        chain = set(_tab_chain(self.window))
        for widget in _focusable(self.window):
            name = spoken_name(widget).strip()
            if not name or (isinstance(widget, QAbstractButton) and not any(c.isalnum() for c in name)):
                self.unnamed.append(f"{screen}: {_describe(widget)}")
            if widget not in chain and not widget.objectName().startswith(KEYS_OF_THEIR_OWN):
                self.unreachable.append(f"{screen}: {_describe(widget)}")
        self.clashes += [f"{screen}: {clash}" for clash in _mnemonic_clashes(self.window)]
        return _tab_chain(self.window)

    def every_tab(self, screen: str, tabs: QTabWidget) -> None:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            self.check(f"{screen} › {tabs.tabText(index)}")


@pytest.fixture
def demo(empty_services: Services) -> Services:
    create_demo_practice(empty_services, pregnancies=24, seed=7)
    return empty_services


@pytest.fixture
def open_window(qtbot: Any, demo: Services, tmp_path: Path) -> Iterator[Callable[[Role], MainWindow]]:
    windows: list[MainWindow] = []

    def make(role: Role) -> MainWindow:
        username, _name, password = DEMO_PASSWORDS[role]
        code = totp.current_code(DEMO_ADMIN_TOTP_SECRET) if role is Role.ADMIN else None
        window = MainWindow(demo, demo.accounts.login(username, password, code), tmp_path, backup_check_ms=0)
        qtbot.addWidget(window)
        window.resize(1280, 860)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.client_list.cancel_pending()


def _report(inspector: Inspector) -> None:
    assert len(inspector.screens) > 10
    assert inspector.unnamed == [], "no name for a screen reader:\n" + "\n".join(inspector.unnamed)
    assert inspector.unreachable == [], "not reachable with Tab:\n" + "\n".join(inspector.unreachable)
    assert inspector.clashes == [], "one Alt+letter for two things:\n" + "\n".join(inspector.clashes)


def test_the_midwifes_screens_are_named_and_reachable(qtbot, open_window, demo) -> None:
    window = open_window(Role.MIDWIFE)
    look = Inspector(window, qtbot)
    look.check("Vandaag")
    window.show_section("clients")
    window.client_list.refresh()
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() > 0, timeout=3000)
    look.check("Cliënten")
    window.client_list.table.selectRow(0)
    assert window.client_list.open_current()
    look.every_tab("Cliënt", window.client_page.tabs)
    window.new_client()
    look.check("Nieuwe cliënte")

    referrals = demo.referrals.list(window.actor)
    assert referrals, "the demo practice has referrals"
    window.show_section("signalling")
    look.check("Signalering")
    window.open_screening(referrals[0].pregnancy_id)
    chain = look.check("Signalering › beoordeling")
    page = window.screening_page
    items = page.checklist.items_in_order()
    assert chain.index(items[0]) < chain.index(items[-1]) < chain.index(page.kind_combo), \
        "Tab goes through the checklist before the side panel"
    page.new_assessment()
    look.check("Signalering › nieuwe beoordeling")
    page.back_to_overview()

    window.show_section("referrals")
    look.check("Verwijzingen")
    for referral in referrals:
        window.open_referral(referral.id)
        chain = look.check(f"Verwijzing ({referral.status.label})")
        detail = window.referrals_page.detail
        in_detail = [w for w in chain if detail.isAncestorOf(w)]
        letter = [w for w in in_detail if detail.preview.isAncestorOf(w)]
        assert in_detail[-len(letter) or len(in_detail):] == letter, "Tab: the steps, then the letter beside them"
    window.referrals_page.show_overview()
    pregnancy = referrals[0].pregnancy_id
    window.referrals_page.start_referral(pregnancy)
    look.check("Verwijzing maken")
    window.referrals_page.detail.discard()
    window.referrals_page.show_overview()

    window.show_section("centering")
    centering = window.centering_page
    centering.propose()
    look.check("Centering › Planning")
    centering.tabs.setCurrentIndex(1)
    look.check("Centering › Groepen")
    assert centering.groups_table.rowCount() > 0, "the demo practice has groups"
    centering.groups_table.selectRow(0)
    look.every_tab("Centering › groep", centering.panel.tabs)
    panel = centering.panel
    panel.tabs.setCurrentWidget(panel.attendance.parentWidget())
    chain = look.check("Centering › groep › aanwezigheid")
    choices = [panel.attendance.cellWidget(row, 1) for row in range(panel.attendance.rowCount())]
    assert choices, "the demo group has members"
    assert chain.index(panel.attendance) < chain.index(choices[0]) < chain.index(choices[-1]) \
        < chain.index(panel.attendance_save), "Tab: the table, each member's presence, then the buttons"

    window.show_section("monitor")
    look.check("Monitor")
    window.monitor_page.show_preview()
    look.every_tab("Monitor › voorbeeld", window.monitor_page.tabs)
    window.show_section("admin")
    look.every_tab("Beheer", window.admin_page.tabs)
    _report(look)


def test_the_beheerders_screens_are_named_and_reachable(qtbot, open_window) -> None:
    window = open_window(Role.ADMIN)
    look = Inspector(window, qtbot)
    look.check("Beheer")
    look.every_tab("Beheer", window.admin_page.tabs)
    catalogue = window.admin_page.catalogue_tab
    if catalogue is not None:
        look.every_tab("Beheer › Signaleringslijst", catalogue.lower_tabs)
    for key in ("today", "clients", "signalling", "referrals", "centering", "monitor"):
        window.show_section(key)
        look.check(f"{key} (beheerder)")
    window.lock()
    look.check("Vergrendeld")
    window.lock_screen.show_switch()
    look.check("Vergrendeld › andere gebruiker")
    _report(look)
