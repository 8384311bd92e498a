"""Noodtoegang: a written reason, an elevated actor for one client, a red banner, ended on leaving."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ksdesk.services.audit_log import AuditFilter
from ksdesk.ui.dialogs import BreakGlassDialog
from tests.ui.conftest import no_bsn_client

REASON = "Cliënte belt met bloedverlies; haar verloskundige is onbereikbaar"


def _break_glass_entries(services, admin) -> list:
    return services.audit.entries(admin, AuditFilter(break_glass_only=True), limit=100)


def test_beheerder_uses_break_glass_for_one_client(qtbot, make_window, services, admin, midwife,
                                                   dialog_recorder) -> None:
    client = services.clients.create(midwife, no_bsn_client(surname="Bakker"))
    window = make_window(admin)
    window.show()
    window.show_section("clients")
    page = window.client_list
    assert not page.break_glass_button.isHidden()
    assert window.break_glass_banner.isHidden()
    qtbot.mouseClick(page.break_glass_button, Qt.MouseButton.LeftButton)
    assert dialog_recorder.names() == ["break_glass"]
    assert window.break_glass_actor is not None and window.break_glass_actor.break_glass_reason == REASON
    assert not window.break_glass_banner.isHidden()
    assert window.break_glass_label.text() == f"Noodtoegang actief: {REASON}"
    assert page.model.rowCount() == 1 and not window.search_bar.isHidden()

    window.open_client(client.id)
    assert window.client_page.view is not None and window.client_page.view.surname == "Bakker"
    entries = _break_glass_entries(services, admin)
    events = [e.event for e in entries]
    assert "break_glass" in events and "client.open" in events
    glass = next(e for e in entries if e.event == "break_glass")
    assert glass.user_name == "Bea Beheer" and glass.detail == REASON

    window.back_to_list()  # leaving the client ends it
    assert window.break_glass_actor is None and window.break_glass_banner.isHidden()
    assert window.client_page.view is None
    assert window.client_list.denied_message and not window.client_list.break_glass_button.isHidden()
    assert window.search_bar.isHidden()


def test_too_short_reason_is_refused_by_the_service(qtbot, make_window, services, admin,
                                                    dialog_recorder) -> None:
    window = make_window(admin)
    window.show_section("clients")
    dialog_recorder.break_glass_reason = "even kijken"[:8]
    assert not window.start_break_glass()
    assert dialog_recorder.break_glass_messages == ["Beschrijf de reden (minstens 10 tekens)."]
    assert window.break_glass_actor is None and window.break_glass_banner.isHidden()
    assert not any(e.event == "break_glass" for e in _break_glass_entries(services, admin))


def test_leaving_the_section_ends_break_glass(qtbot, make_window, admin) -> None:
    window = make_window(admin)
    window.show_section("clients")
    assert window.start_break_glass()
    window.show_section("admin")
    assert window.break_glass_actor is None and window.current_section() == "admin"


def test_refused_client_offers_break_glass(qtbot, make_window, services, admin, midwife, dialog_recorder) -> None:
    first = services.clients.create(midwife, no_bsn_client(surname="Bakker"))
    second = services.clients.create(midwife, no_bsn_client(surname="Smit"))
    window = make_window(admin)
    dialog_recorder.confirm_answer = False
    window.open_client(first.id)
    assert dialog_recorder.names() == ["confirm"] and window.client_page.view is None
    dialog_recorder.confirm_answer = True
    window.open_client(first.id)
    assert dialog_recorder.names() == ["confirm", "confirm", "break_glass"]
    assert window.client_page.view.id == first.id and window.break_glass_client_id == first.id
    window.open_client(second.id)  # only for that client: the other one is refused again
    assert window.break_glass_client_id == second.id and window.client_page.view.id == second.id
    assert dialog_recorder.names()[-2:] == ["confirm", "break_glass"]


def test_reason_dialog_keeps_the_service_message(qtbot, services, admin) -> None:
    dialog = BreakGlassDialog(None, lambda reason: services.accounts.break_glass(admin, reason))
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("kort")
    dialog.try_accept()
    assert dialog.message.text() == "Beschrijf de reden (minstens 10 tekens)."
    assert dialog.result() != BreakGlassDialog.DialogCode.Accepted
    dialog.reason.setPlainText(REASON)
    dialog.try_accept()
    assert dialog.result_value.break_glass_reason == REASON
