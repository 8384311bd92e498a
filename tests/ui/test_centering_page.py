"""The Centering screen: from the pool to groups, adjusting the proposal, the group detail and its outputs."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from ksdesk.centering.model import GroupStatus
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.centering_page import CenteringPage
from ksdesk.ui.widgets import table_width
from tests.centering.helpers import add_pool, add_staff

TODAY = dt.date.today()
FIRST_DUE = TODAY + dt.timedelta(days=190)
SHOTS = os.environ.get("KSDESK_SHOTS")  # a folder: save screenshots there to look at them


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def page(qtbot: Any, services: Services, assistant: Actor) -> CenteringPage:
    widget = CenteringPage(services, assistant)
    widget.resize(1280, 820)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_empty_states(page: CenteringPage) -> None:
    assert page.pool_table.rowCount() == 0
    assert "Geen kandidaten" in page.pool_title.text()
    page.tabs.setCurrentIndex(1)
    assert page.groups_empty.isVisible()


def test_assistant_turns_the_pool_into_groups(page: CenteringPage, qtbot: Any, services: Services,
                                              midwife: Actor, assistant: Actor, admin: Actor) -> None:
    add_staff(services, admin)
    ids = add_pool(services, midwife, FIRST_DUE, [0, 1, 2, 3, 5, 8, 9, 12, 14, 20, 22])
    later = add_pool(services, midwife, FIRST_DUE + dt.timedelta(days=90), [0, 2, 4, 6, 8, 10, 12, 14, 16])
    far = add_pool(services, midwife, FIRST_DUE + dt.timedelta(days=200), [0])
    page.refresh()
    assert page.pool_table.rowCount() == 21
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    assert page.proposal_tree.topLevelItemCount() == 3  # two new groups and the unplaced
    assert "20 van de 21" in page.planning_message.text()
    # adjust: move the last woman of the first group to the second group
    first = page.proposal_tree.topLevelItem(0)
    page.proposal_tree.setCurrentItem(first.child(first.childCount() - 1))
    _shot(page, "planning")
    page.move_to.setCurrentIndex(1)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert [len(g) for g in page.proposed] == [10, 10]
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert "2 nieuwe groepen" in page.planning_message.text()
    groups = services.centering.groups(assistant)
    assert sorted(g.member_count for g in groups) == [10, 10]
    assert [c.pregnancy_id for c in services.centering.pool(assistant)] == far
    assert page.pool_table.rowCount() == 1
    assert page.groups_table.rowCount() == 2
    first_group = services.centering.group(assistant, groups[0].id)
    assert ids[-1] not in {m.pregnancy_id for m in first_group.members}
    assert len(first_group.sessions) == 10 and later


def test_create_a_group_from_a_selection_and_work_with_it(
        page: CenteringPage, qtbot: Any, services: Services, midwife: Actor, assistant: Actor, admin: Actor,
        dialog_recorder: Any, tmp_path: Path) -> None:
    staff = add_staff(services, admin)
    location = services.centering.save_location(admin, None, {"name": "Praktijk Centrum", "region": "Zuid"})
    services.centering.save_room(admin, location.id, None, {"name": "Groepsruimte"})
    add_pool(services, midwife, FIRST_DUE, [0, 1, 2, 3, 5, 8, 9, 12, 14])
    page.refresh()
    page.pool_table.selectAll()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == 1
    panel = page.panel
    assert panel.detail is not None and len(panel.detail.members) == 9
    assert panel.schedule.rowCount() == 10
    assert "geen verloskundige" in panel.warnings.text()
    # facilitators and place
    panel.tabs.setCurrentIndex(3)
    panel.location_combo.setCurrentIndex(panel.location_combo.findData(location.id))
    panel.room_combo.setCurrentIndex(1)
    panel.midwife_combo.setCurrentIndex(panel.midwife_combo.findData(staff["trained"]))
    panel.co_combo.setCurrentIndex(panel.co_combo.findData(staff["carer"]))
    qtbot.mouseClick(panel.details_save, Qt.MouseButton.LeftButton)
    assert panel.details_error.text() == ""
    assert [f.staff_id for f in panel.detail.facilitators] == [staff["trained"], staff["carer"]]
    assert not panel.warnings.isVisible()
    panel.tabs.setCurrentIndex(1)
    panel.schedule.selectRow(2)
    _shot(page, "group")
    # print the attendance sheet of session 3
    qtbot.mouseClick(panel.sheet_button, Qt.MouseButton.LeftButton)
    assert dialog_recorder.printed and dialog_recorder.printed[-1].startswith(b"%PDF")
    # save the calendar
    dialog_recorder.save_path = tmp_path / "groep.ics"
    qtbot.mouseClick(panel.ics_button, Qt.MouseButton.LeftButton)
    events = Calendar.from_ical(dialog_recorder.save_path.read_bytes()).walk("VEVENT")
    assert len(events) == 10
    # move a session onto a bad date: inline message, nothing changed
    before = panel.detail.session(3).starts_at
    panel.move_date.setText("not a date")
    qtbot.mouseClick(panel.move_session_button, Qt.MouseButton.LeftButton)
    assert "Datum" in panel.schedule_error.text()
    assert services.centering.group(assistant, panel.detail.id).session(3).starts_at == before
    # attendance at the first session (pretend it is that day)
    panel.today = panel.detail.session(1).starts_at.date()
    panel.show_group(panel.detail.id, [])
    panel.tabs.setCurrentIndex(2)
    assert panel.attendance.rowCount() == 9
    panel.attendance.cellWidget(0, 1).setCurrentIndex(2)  # afwezig
    qtbot.mouseClick(panel.attendance_save, Qt.MouseButton.LeftButton)
    assert "individueel consult" in panel.attendance_note.text()
    assert panel.detail.status is GroupStatus.RUNNING
    assert panel.attendance.item(0, 3).text() == "Nog plannen"
    panel.attendance.setCurrentCell(0, 0)
    qtbot.mouseClick(panel.consult_button, Qt.MouseButton.LeftButton)
    assert panel.attendance.item(0, 3).text() == "Gedaan"
    _shot(page, "attendance")


def test_the_section_in_the_main_window(make_window: Any, services: Services, midwife: Actor, assistant: Actor,
                                        admin: Actor) -> None:
    add_pool(services, midwife, FIRST_DUE, [0, 1, 2])
    window = make_window(assistant)
    window.show()
    window.show_section("centering")
    page = window.stack.currentWidget()
    assert isinstance(page, CenteringPage)
    assert page.pool_table.rowCount() == 3
    other = make_window(admin)
    other.show()
    other.show_section("centering")
    refused = other.stack.currentWidget()
    assert isinstance(refused, CenteringPage) and refused.pool_table.rowCount() == 0
    assert "geen toegang" in refused.planning_message.text()


def _whole_columns(table: Any) -> list[int]:
    """The columns narrower than their heading or their longest text."""
    header = table.horizontalHeader()
    return [c for c in range(table.columnCount())
            if header.sectionSize(c) < max(table.sizeHintForColumn(c), header.sectionSizeHint(c))]


def test_the_pool_and_group_lists_show_every_column_whole(page: CenteringPage, qtbot: Any, services: Services,
                                                          midwife: Actor) -> None:
    add_pool(services, midwife, FIRST_DUE, [0, 1, 2, 3, 5, 8, 9, 12, 14, 20])
    page.refresh()
    assert _whole_columns(page.pool_table) == []
    page.pool_table.selectAll()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)  # no midwife yet: the group has signals
    assert page.tabs.currentIndex() == 1 and page.groups_table.item(0, 4).text() != ""
    qtbot.wait(20)  # the splitter makes room once it has its size
    assert _whole_columns(page.groups_table) == []
    left = page.groups_splitter.sizes()[0]
    assert left >= table_width(page.groups_table) - 2, "the group list is wide enough for Signalen"
    page.resize(900, 700)  # a smaller window: the columns keep their width and the list scrolls sideways
    qtbot.wait(20)
    assert _whole_columns(page.groups_table) == []


def _two_groups(page: CenteringPage, services: Services, midwife: Actor, assistant: Actor) -> tuple[int, int]:
    first = add_pool(services, midwife, FIRST_DUE, [0, 1, 2, 3, 5, 8, 9, 12])
    second = add_pool(services, midwife, FIRST_DUE + dt.timedelta(days=120), [0, 1, 2, 3, 5, 8, 9, 12])
    one = services.centering.create_group(assistant, first, today=TODAY)
    two = services.centering.create_group(assistant, second, today=TODAY)
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.select_group(one.id)
    assert page.panel.detail is not None and page.panel.detail.id == one.id
    return one.id, two.id


def test_unsaved_group_details_are_asked_about(page: CenteringPage, services: Services, midwife: Actor,
                                               assistant: Actor, dialog_recorder: Any) -> None:
    one, two = _two_groups(page, services, midwife, assistant)
    panel = page.panel
    assert not page.is_dirty() and page.confirm_leave()  # as loaded: nothing to ask
    original = panel.name_edit.text()
    panel.name_edit.setText("Dinsdagochtend")
    assert page.is_dirty() and panel.dirty_parts() == ["de groepsgegevens"]
    # choosing another group: she stays
    dialog_recorder.unsaved_answer = "cancel"
    page.select_group(two)
    assert dialog_recorder.names() == ["ask_unsaved"] and "de groepsgegevens" in dialog_recorder.texts()[0]
    assert panel.detail.id == one and page._selected_group() == one and panel.name_edit.text() == "Dinsdagochtend"
    # refreshing the lists around the same group keeps her edit
    page.refresh()
    assert panel.name_edit.text() == "Dinsdagochtend" and page.is_dirty()
    # throwing it away
    dialog_recorder.unsaved_answer = "discard"
    assert page.confirm_leave()
    assert panel.name_edit.text() == original and not page.is_dirty()
    # saving it on the way to the other group
    panel.name_edit.setText("Dinsdagochtend")
    dialog_recorder.unsaved_answer = "save"
    page.select_group(two)
    assert services.centering.group(assistant, one).name == "Dinsdagochtend"
    assert panel.detail.id == two and not page.is_dirty()


def test_unsaved_attendance_is_asked_about(page: CenteringPage, services: Services, midwife: Actor,
                                          assistant: Actor, dialog_recorder: Any) -> None:
    one, _two = _two_groups(page, services, midwife, assistant)
    panel = page.panel
    panel.today = panel.detail.session(2).starts_at.date()  # two sessions took place
    panel.show_group(one, [])
    panel.tabs.setCurrentIndex(2)
    assert panel.attendance_session.count() == 2 and not page.is_dirty()
    panel.attendance.cellWidget(0, 1).setCurrentIndex(2)  # afwezig
    assert panel.dirty_parts() == ["de aanwezigheid"]
    # another session: asked; cancelled, the marks and the session stay
    dialog_recorder.unsaved_answer = "cancel"
    shown = panel.attendance_session.currentData()
    panel.attendance_session.setCurrentIndex(0 if panel.attendance_session.currentIndex() else 1)
    assert dialog_recorder.names() == ["ask_unsaved"]
    assert panel.attendance_session.currentData() == shown and panel.attendance.cellWidget(0, 1).currentIndex() == 2
    # leaving the page (logout, closing): saved
    dialog_recorder.unsaved_answer = "save"
    assert page.confirm_leave() and not page.is_dirty()
    session = services.centering.group(assistant, one).session(shown)
    assert any(a.status.missed for a in session.attendance)
