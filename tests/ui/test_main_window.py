"""The main window: menus and shortcuts, navigation, status bar, roles and remembered geometry."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ksdesk.ui.main_window import SECTIONS
from ksdesk.ui.widgets import PlaceholderPage


def _menu_titles(window) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_status_bar_shows_user_role_and_practice(make_window, midwife) -> None:
    window = make_window(midwife)
    assert window.user_label.text() == "Mila Verloskundige"
    assert "Verloskundige" in window.role_label.text()
    assert window.practice_label.text() == "Verloskundigenpraktijk De Testhoek"
    assert window.demo_chip.isHidden()


def test_demo_practice_is_marked(make_window, services, admin, midwife) -> None:
    practice = services.practice.get(admin)
    services.practice.save(admin, {"name": practice.name, "agb_code": practice.agb_code}, is_demo=True)
    window = make_window(midwife)
    assert not window.demo_chip.isHidden()
    assert "DEMO" in window.demo_chip.text() and "DEMO" in window.windowTitle()


def test_menus_and_shortcuts(make_window, midwife) -> None:
    window = make_window(midwife)
    assert _menu_titles(window) == ["Bestand", "Ga naar", "Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.new_client_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_ctrl_f_jumps_to_clients_and_focuses_search(qtbot, make_window, midwife) -> None:
    window = make_window(midwife)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("monitor")
    window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "clients"
    qtbot.waitUntil(window.search_field.hasFocus, timeout=2000)


def test_every_unbuilt_section_explains_itself(make_window, midwife) -> None:
    window = make_window(midwife)
    for key, _title in SECTIONS:
        window.show_section(key)
        page = window.stack.currentWidget()
        assert page is window.pages[key]
        if isinstance(page, PlaceholderPage):
            text = page.findChild(QLabel, "placeholder_text").text()
            assert len(text) > 60


def test_beheerder_sees_why_clients_are_absent(make_window, admin) -> None:
    window = make_window(admin)
    entries = [a.text().replace("&", "") for menu in window.menuBar().actions() for a in menu.menu().actions()]
    assert "Nieuwe cliënte" not in entries and "Cliënte zoeken…" not in entries
    assert window.search_bar.isHidden()
    assert window.current_section() == "admin"
    window.show_section("clients")
    assert "geen toegang" in window.client_list.empty_label.text()
    assert window.client_list.new_button.isHidden()


def test_beheerder_without_second_factor_gets_the_setup_first(make_window, admin) -> None:
    window = make_window(replace(admin, second_factor=False))
    page = window.admin_page
    assert page.needs_second_factor
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Mijn account"]


def test_geometry_and_splitter_persist(qtbot, make_window, midwife, ui_dir) -> None:
    first = make_window(midwife)
    first.show()
    qtbot.waitExposed(first)
    first.resize(first.width(), 560)
    first.splitter.setSizes([first.splitter.sizes()[0] + 40, 2000])
    nav_width, first_width = first.splitter.sizes()[0], first.width()
    first.client_list.table.setColumnWidth(1, 150)
    first.close()
    assert (ui_dir / "ksdesk-ui.ini").exists()
    second = make_window(midwife)
    # (the offscreen test screen is 800x600: Qt fits a restored width to it, so the height is the check)
    assert second.height() == 560
    second.resize(first_width, 560)
    second.show()
    qtbot.waitExposed(second)
    assert second.splitter.sizes()[0] == nav_width
    assert second.client_list.table.columnWidth(1) == 150


def test_logout_closes_the_window_and_signals(qtbot, make_window, midwife) -> None:
    window = make_window(midwife)
    window.show()
    with qtbot.waitSignal(window.logged_out, timeout=1000):
        window.logout_action.trigger()
    assert window.isHidden()


def test_about_says_the_version_and_where_the_data_is(make_window, midwife, services, dialog_recorder) -> None:
    from ksdesk import __version__

    window = make_window(midwife, backup_check_ms=0)
    window.show_about()
    [(_name, (title, text))] = [c for c in dialog_recorder.calls if c[0] == "about"]
    assert title == "Over ksdesk" and __version__ in text
    if services.store.path is not None:
        assert str(services.store.path.parent) in text and "versleuteld (SQLCipher)" in text
    else:
        assert "PostgreSQL" in text


def _unsaved_everywhere(window, services, midwife):
    """Unsaved edits in the client form, a screening and a referral being composed."""
    from tests.test_referrals import destination, setup_case

    client_id, pregnancy_id, assessment_id = setup_case(services, midwife)
    destination(services, midwife)
    window.open_client(client_id)
    window.client_page.client_fields.set_value("city", "Heerlen")
    window.open_screening(pregnancy_id)
    window.screening_page.checklist.risk_rows["stress"].check.setChecked(True)
    window.start_referral(pregnancy_id, assessment_id)
    window.referrals_page.detail.help_question.setPlainText("Hulp bij wonen")
    return client_id, pregnancy_id


def test_unsaved_forms_stay_when_switching_sections(qtbot, make_window, services, midwife, dialog_recorder) -> None:
    window = make_window(midwife, backup_check_ms=0)
    _unsaved_everywhere(window, services, midwife)
    for key in ("monitor", "clients", "signalling", "referrals", "today"):
        window.section_actions[key].trigger()
    assert dialog_recorder.calls == []
    assert window.client_page.client_fields.value("city") == "Heerlen"
    assert window.screening_page.checklist.risk_rows["stress"].check.isChecked()
    assert window.referrals_page.detail.help_question.toPlainText() == "Hulp bij wonen"


def test_logging_out_asks_about_each_unsaved_form(qtbot, make_window, services, midwife, dialog_recorder) -> None:
    window = make_window(midwife, backup_check_ms=0)
    window.show()
    client_id, pregnancy_id = _unsaved_everywhere(window, services, midwife)
    dialog_recorder.unsaved_answer = "cancel"
    window.logout_action.trigger()
    assert window.isVisible() and not window.logout_requested
    assert dialog_recorder.names() == ["ask_unsaved"]
    dialog_recorder.unsaved_answer = "discard"
    with qtbot.waitSignal(window.logged_out, timeout=1000):
        window.logout_action.trigger()
    what = [args[0] for name, args in dialog_recorder.calls[1:]]
    assert what == ["Anouk de Vries", "de beoordeling", "de verwijzing"]
    assert services.clients.get(midwife, client_id).city == "Maastricht"  # nothing was saved
    assert len(services.screening.dossier(midwife, pregnancy_id).assessments) == 1
    assert services.referrals.list(midwife) == []


def test_closing_can_save_the_unsaved_screening(qtbot, make_window, services, midwife, dialog_recorder) -> None:
    from tests.test_referrals import setup_case

    _client_id, pregnancy_id, _assessment_id = setup_case(services, midwife)
    window = make_window(midwife, backup_check_ms=0)
    window.show()
    window.open_screening(pregnancy_id)
    window.screening_page.checklist.risk_rows["stress"].check.setChecked(True)
    dialog_recorder.unsaved_answer = "save"
    assert window.close()
    [latest] = services.screening.dossier(midwife, pregnancy_id).assessments
    assert "stress" in {item.code for item in latest.items}


def test_another_pregnancys_screening_asks_first(qtbot, make_window, services, midwife, dialog_recorder) -> None:
    from tests.conftest import pregnancy_data
    from tests.test_referrals import setup_case

    client_id, pregnancy_id, _assessment_id = setup_case(services, midwife)
    other = services.clients.add_pregnancy(midwife, client_id, pregnancy_data(
        due_date="01-04-2022", status="bevallen", status_date="30-03-2022", birth_date="30-03-2022")).id
    window = make_window(midwife, backup_check_ms=0)
    window.open_screening(pregnancy_id)
    window.screening_page.checklist.risk_rows["stress"].check.setChecked(True)
    dialog_recorder.unsaved_answer = "cancel"
    window.open_screening(other)
    assert window.screening_page.dossier.pregnancy_id == pregnancy_id
    assert window.screening_page.checklist.risk_rows["stress"].check.isChecked()
    assert dialog_recorder.names() == ["ask_unsaved"]
